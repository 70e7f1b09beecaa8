//! A binary snapshot of a [`KnowledgeGraph`]: the fast load path for large graphs.
//!
//! Parsing node-link JSON costs seconds per gigabyte before a single node exists, so
//! `newsgraph query --cache` keeps this compact copy beside the JSON and reads it instead while
//! the JSON is unchanged. It is a cache, not an exchange format: it holds everything the JSON
//! holds, is tied by a caller-chosen key to the file it was made from (`newsgraph query` uses
//! the JSON's size and modification time) and to this crate's version, and a reader that finds
//! another key, version or format (an older snapshot) returns `None`, and one that finds damage
//! returns [`Corrupt`]: either way the caller reads the JSON again.
//!
//! Layout (format 2). The magic `NGSNAP02`; the crate version and the key, each a u32
//! little-endian byte length and UTF-8 bytes (the same in every format, so that any snapshot's
//! version can be read). Then everything is LEB128 numbers and strings (a length, then UTF-8):
//! the node and edge counts; the documents; four tables (the document ids that evidence cites,
//! the node types as kind and type, the edge labels sorted by name, the modalities); the byte
//! length of the node section (a u64, little-endian), the nodes (in id order), the edges, and
//! `END!`.
//!
//! Evidence is its document's number in the table, its offsets and its text. A text cited
//! once is written where it is cited (code 0); one cited more than once in its section is
//! written the first time with code 1 and then referred to by its number plus 2, so the reader
//! shares one copy without hashing anything. Edges are their ends' node positions, the label's
//! number and the evidence, sorted by ends and label, so the reader needs no duplicate check.
//!
//! Types, roles, relations and modalities are written by name in the tables, so a snapshot
//! never silently changes meaning when a vocabulary is reordered.
//!
//! Reading: [`read_file`] reads the file in pieces, without holding it in memory, the edge
//! section on a second thread while the nodes are built (the length of the node section says
//! where the edges start); [`read`] does the same from bytes in memory. Loading is dominated by the memory it
//! fills: every string is allocated once at its final size, straight from the file.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::Arc;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use rustc_hash::FxHashMap;

use crate::graph::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeKind, NodeType, Time};
use crate::kinds::{EntityKind, EventKind, Modality};

/// The magic of this format; an older or newer `NGSNAP..` is a stale snapshot, not damage.
const MAGIC: &[u8; 8] = b"NGSNAP02";
const FAMILY: &[u8; 6] = b"NGSNAP";
const END: &[u8; 4] = b"END!";
/// Text codes: written here and cited once; written here and numbered; else number + 2.
const TEXT_ONCE: usize = 0;
const TEXT_FIRST: usize = 1;
/// Read buffer of each of the two readers.
const BUF: usize = 1 << 20;

/// A snapshot that cannot be read: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("damaged snapshot at byte {offset}: {reason}")]
pub struct Corrupt {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What is wrong.
    pub reason: String,
}

/// Why a snapshot file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("{0}")]
    Io(#[from] io::Error),
    /// The file is damaged.
    #[error(transparent)]
    Corrupt(#[from] Corrupt),
}

// ---------------------------------------------------------------------------------------------
// Writing

struct Out<'w, W: Write + ?Sized>(&'w mut W);

impl<W: Write + ?Sized> Out<'_, W> {
    fn u8(&mut self, v: u8) -> io::Result<()> {
        self.0.write_all(&[v])
    }
    fn u32(&mut self, v: usize) -> io::Result<()> {
        let v = u32::try_from(v).map_err(|_| io::Error::other("more than 2^32 bytes in a snapshot header string"))?;
        self.0.write_all(&v.to_le_bytes())
    }
    fn u64(&mut self, v: usize) -> io::Result<()> {
        self.0.write_all(&(v as u64).to_le_bytes())
    }
    /// A LEB128 number.
    fn num(&mut self, v: usize) -> io::Result<()> {
        let mut v = v as u64;
        let mut b = [0u8; 10];
        let mut n = 0;
        while v >= 0x80 {
            b[n] = (v as u8) | 0x80;
            v >>= 7;
            n += 1;
        }
        b[n] = v as u8;
        self.0.write_all(&b[..=n])
    }
    fn str(&mut self, s: &str) -> io::Result<()> {
        self.num(s.len())?;
        self.0.write_all(s.as_bytes())
    }
    fn opt(&mut self, s: Option<&str>) -> io::Result<()> {
        match s {
            Some(s) => {
                self.u8(1)?;
                self.str(s)
            }
            None => self.u8(0),
        }
    }
    fn strs<'a>(&mut self, items: impl ExactSizeIterator<Item = &'a String>) -> io::Result<()> {
        self.num(items.len())?;
        items.into_iter().try_for_each(|s| self.str(s))
    }
}

/// Counts bytes instead of writing them.
struct Count(usize);

impl Write for Count {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The texts of one section: how often each is cited, and the numbers given so far to those
/// cited more than once. A text is known by its address: a graph shares one copy of a text
/// among the evidence that cites it ([`KnowledgeGraph::intern`]), so this finds the repeats
/// without hashing or comparing the texts (equal texts at two addresses are written twice,
/// and read back as two copies, as they were).
struct Texts<'g> {
    cited: FxHashMap<usize, u32>,
    numbers: FxHashMap<usize, usize>,
    graph: std::marker::PhantomData<&'g KnowledgeGraph>,
}

fn address(text: &Arc<str>) -> usize {
    Arc::as_ptr(text).cast::<u8>() as usize
}

impl<'g> Texts<'g> {
    /// `about`: how many there are, roughly.
    fn new<'e>(evidence: impl Iterator<Item = &'e Evidence>, about: usize) -> Self
    where
        'e: 'g,
    {
        let mut cited: FxHashMap<usize, u32> = FxHashMap::default();
        cited.reserve(about);
        for e in evidence {
            *cited.entry(address(&e.text)).or_default() += 1;
        }
        Texts { cited, numbers: FxHashMap::default(), graph: std::marker::PhantomData }
    }
}

/// What the sections refer to by number.
struct Tables<'g> {
    docs: FxHashMap<&'g str, usize>,
    types: FxHashMap<NodeType, usize>,
    labels: FxHashMap<EdgeLabel, usize>,
}

fn evidence<'g, W: Write + ?Sized>(
    o: &mut Out<'_, W>,
    e: &'g Evidence,
    t: &Tables<'_>,
    texts: &mut Texts<'g>,
) -> io::Result<()> {
    o.num(t.docs[&*e.doc])?;
    o.num(e.start)?;
    o.num(e.end)?;
    let at = address(&e.text);
    if texts.cited.get(&at).copied().unwrap_or(0) <= 1 {
        o.num(TEXT_ONCE)?;
        return o.str(&e.text);
    }
    if let Some(&k) = texts.numbers.get(&at) {
        return o.num(k + 2);
    }
    let k = texts.numbers.len();
    texts.numbers.insert(at, k);
    o.num(TEXT_FIRST)?;
    o.str(&e.text)
}

fn evidences<'g, W: Write + ?Sized>(
    o: &mut Out<'_, W>,
    es: &'g [Evidence],
    t: &Tables<'_>,
    texts: &mut Texts<'g>,
) -> io::Result<()> {
    o.num(es.len())?;
    es.iter().try_for_each(|e| evidence(o, e, t, texts))
}

fn write_edges<'g, W: Write + ?Sized>(
    o: &mut Out<'_, W>,
    kg: &'g KnowledgeGraph,
    edges: &[(u32, u32, &str, EdgeIndex)],
    t: &Tables<'_>,
    texts: &mut Texts<'g>,
) -> io::Result<()> {
    let g = kg.petgraph();
    for &(a, b, _, e) in edges {
        o.num(a as usize)?;
        o.num(b as usize)?;
        o.num(t.labels[&g[e].label])?;
        evidences(o, &g[e].evidence, t, texts)?;
    }
    Ok(())
}

/// Every evidence of a node.
fn node_evidence(n: &Node) -> impl Iterator<Item = &Evidence> {
    n.mentions.iter().chain(n.event.as_ref().and_then(|e| e.time.as_ref()).map(|t| &t.evidence))
}

/// Writes a snapshot of `kg` tied to `key`.
///
/// # Errors
/// I/O errors of the writer.
///
/// # Complexity
/// O(V log V + E log E): a few passes over nodes and edges, edges sorted by node position.
pub fn write<W: Write + ?Sized>(kg: &KnowledgeGraph, key: &str, w: &mut W) -> io::Result<()> {
    let g = kg.petgraph();
    let mut o = Out(w);
    o.0.write_all(MAGIC)?;
    o.u32(env!("CARGO_PKG_VERSION").len())?;
    o.0.write_all(env!("CARGO_PKG_VERSION").as_bytes())?;
    o.u32(key.len())?;
    o.0.write_all(key.as_bytes())?;
    o.num(kg.node_count())?;
    o.num(kg.edge_count())?;
    let docs: Vec<&DocInfo> = kg.documents().collect();
    o.num(docs.len())?;
    for d in docs {
        o.str(&d.id)?;
        for f in [&d.path, &d.title, &d.date, &d.source, &d.url] {
            o.opt(f.as_deref())?;
        }
    }

    // Tables.
    let all_evidence =
        || kg.nodes().flat_map(|(_, n)| node_evidence(n)).chain(g.edge_weights().flat_map(|e| &e.evidence));
    let mut doc_ids: Vec<&str> =
        all_evidence().map(|e| &*e.doc).collect::<rustc_hash::FxHashSet<&str>>().into_iter().collect();
    doc_ids.sort_unstable();
    let types: BTreeSet<NodeType> = g.node_weights().map(|n| n.ty).collect();
    let labels: BTreeMap<&str, EdgeLabel> = g.edge_weights().map(|e| (e.label.as_str(), e.label)).collect();
    o.num(doc_ids.len())?;
    doc_ids.iter().try_for_each(|d| o.str(d))?;
    o.num(types.len())?;
    for t in &types {
        o.str(t.kind().as_str())?;
        o.str(t.as_str())?;
    }
    o.num(labels.len())?;
    labels.keys().try_for_each(|l| o.str(l))?;
    o.num(Modality::ALL.len())?;
    Modality::ALL.iter().try_for_each(|m| o.str(m.as_str()))?;
    let tables = Tables {
        docs: doc_ids.iter().enumerate().map(|(k, &d)| (d, k)).collect(),
        types: types.iter().enumerate().map(|(k, &t)| (t, k)).collect(),
        labels: labels.values().enumerate().map(|(k, &l)| (l, k)).collect(),
    };

    let mut position = vec![u32::MAX; g.node_indices().map(|i| i.index() + 1).max().unwrap_or(0)];
    for (k, (i, _)) in kg.nodes().enumerate() {
        position[i.index()] = k as u32;
    }
    // Edges sorted by their ends' positions and label name (the order of the label table), so
    // the reader can add them without looking for duplicates: it only checks that each one
    // sorts after the last.
    let mut edges: Vec<(u32, u32, &str, EdgeIndex)> = g
        .edge_indices()
        .filter_map(|e| {
            g.edge_endpoints(e).map(|(a, b)| (position[a.index()], position[b.index()], g[e].label.as_str(), e))
        })
        .collect();
    edges.sort_unstable();
    // The node section comes first, after its length, so a reader can decode the edges on a
    // second thread while it builds the nodes.
    let node_texts = || Texts::new(kg.nodes().flat_map(|(_, n)| node_evidence(n)), kg.node_count());
    let mut counter = Count(0);
    write_nodes(&mut Out(&mut counter), kg, &tables, &mut node_texts())?;
    o.u64(counter.0)?;
    write_nodes(&mut o, kg, &tables, &mut node_texts())?;
    write_edges(
        &mut o,
        kg,
        &edges,
        &tables,
        &mut Texts::new(g.edge_weights().flat_map(|e| &e.evidence), kg.edge_count()),
    )?;
    o.0.write_all(END)
}

fn write_nodes<'g, W: Write + ?Sized>(
    o: &mut Out<'_, W>,
    kg: &'g KnowledgeGraph,
    tables: &Tables<'_>,
    texts: &mut Texts<'g>,
) -> io::Result<()> {
    let modality = |m: Modality| Modality::ALL.iter().position(|&x| x == m).unwrap_or(0);
    for (_, n) in kg.nodes() {
        o.str(&n.id)?;
        o.num(tables.types[&n.ty])?;
        o.str(&n.label)?;
        o.strs(n.aliases.iter())?;
        o.strs(n.titles.iter())?;
        o.strs(n.attributes.iter())?;
        evidences(o, &n.mentions, tables, texts)?;
        if n.kind() == NodeKind::Event {
            let info = n.event.as_ref();
            o.num(modality(info.map_or(Modality::Asserted, |e| e.modality)))?;
            match info.and_then(|e| e.time.as_ref()) {
                Some(t) => {
                    o.u8(1)?;
                    evidence(o, &t.evidence, tables, texts)?;
                    o.opt(t.value.as_deref())?;
                }
                None => o.u8(0)?,
            }
            o.opt(info.and_then(|e| e.source.as_deref()))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Reading

type Res<T> = Result<T, ReadError>;

fn corrupt<T>(offset: usize, reason: impl Into<String>) -> Res<T> {
    Err(ReadError::Corrupt(Corrupt { offset, reason: reason.into() }))
}

/// A buffered reader of one part of the snapshot, `[start, limit)`, that knows its offset.
struct In<R> {
    src: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    /// File offset of `buf[0]`.
    base: usize,
    /// File offset where this part ends.
    limit: usize,
}

impl<R: Read> In<R> {
    fn new(src: R, start: usize, limit: usize) -> Self {
        In { src, buf: vec![0; BUF.min(limit.saturating_sub(start)).max(16)], pos: 0, end: 0, base: start, limit }
    }
    fn at(&self) -> usize {
        self.base + self.pos
    }
    fn left(&self) -> usize {
        self.limit - self.at()
    }
    fn fail<T>(&self, reason: impl Into<String>) -> Res<T> {
        corrupt(self.at(), reason)
    }
    /// Makes sure the next `n` bytes are in the buffer.
    #[inline]
    fn fill(&mut self, n: usize) -> Res<()> {
        if self.end - self.pos >= n {
            return Ok(());
        }
        self.refill(n)
    }
    fn refill(&mut self, n: usize) -> Res<()> {
        if n > self.left() {
            return self.fail("unexpected end");
        }
        self.buf.copy_within(self.pos..self.end, 0);
        self.base += self.pos;
        self.end -= self.pos;
        self.pos = 0;
        if self.buf.len() < n {
            self.buf.resize(n, 0);
        }
        while self.end < n {
            let want = (self.buf.len() - self.end).min(self.limit - self.base - self.end);
            match self.src.read(&mut self.buf[self.end..self.end + want]) {
                Ok(0) => return corrupt(self.base + self.end, "unexpected end of file"),
                Ok(k) => self.end += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
    #[inline]
    fn take(&mut self, n: usize) -> Res<&[u8]> {
        self.fill(n)?;
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self) -> Res<u8> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Res<usize> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
    fn u64(&mut self) -> Res<usize> {
        let at = self.at();
        let b = self.take(8)?;
        let v = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
        usize::try_from(v).or_else(|_| corrupt(at, "offset too large"))
    }
    /// A LEB128 number.
    #[inline]
    fn num(&mut self) -> Res<usize> {
        // Most numbers are one byte.
        if let Some(&b) = self.buf[..self.end].get(self.pos)
            && b < 0x80
        {
            self.pos += 1;
            return Ok(usize::from(b));
        }
        self.num_slow()
    }
    fn num_slow(&mut self) -> Res<usize> {
        let at = self.at();
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                if shift == 63 && b > 1 {
                    break;
                }
                return usize::try_from(v).or_else(|_| corrupt(at, "number too large"));
            }
        }
        corrupt(at, "bad number")
    }
    /// A count, checked against the bytes left (each item takes at least `min` bytes), so a
    /// damaged count cannot make the reader allocate without bound.
    fn count(&mut self, min: usize) -> Res<usize> {
        let at = self.at();
        let n = self.num()?;
        if n.saturating_mul(min) > self.left() {
            return corrupt(at, format!("count {n} exceeds the data left"));
        }
        Ok(n)
    }
    fn raw_str(&mut self, n: usize) -> Res<&str> {
        let at = self.at();
        std::str::from_utf8(self.take(n)?).or_else(|_| corrupt(at, "invalid UTF-8"))
    }
    fn str(&mut self) -> Res<&str> {
        let n = self.num()?;
        self.raw_str(n)
    }
    fn string(&mut self) -> Res<String> {
        self.str().map(str::to_string)
    }
    fn opt(&mut self) -> Res<Option<String>> {
        match self.u8()? {
            0 => Ok(None),
            1 => self.string().map(Some),
            _ => self.fail("bad optional flag"),
        }
    }
    fn strs(&mut self) -> Res<BTreeSet<String>> {
        let n = self.count(1)?;
        let mut set = BTreeSet::new();
        for _ in 0..n {
            let at = self.at();
            if !set.insert(self.string()?) {
                return corrupt(at, "repeated item in a set");
            }
        }
        Ok(set)
    }
    /// An index into a table of `len` items.
    fn index(&mut self, len: usize, what: &str) -> Res<usize> {
        let at = self.at();
        match self.num()? {
            k if k < len => Ok(k),
            k => corrupt(at, format!("{what} {k} is not in its table")),
        }
    }
    fn evidence(&mut self, v: &Vocab, texts: &mut Vec<Arc<str>>) -> Res<Evidence> {
        let doc = v.docs[self.index(v.docs.len(), "document")?].clone();
        let (start, end) = (self.num()?, self.num()?);
        let at = self.at();
        let text = match self.num()? {
            TEXT_ONCE => Arc::from(self.str()?),
            TEXT_FIRST => {
                let t: Arc<str> = Arc::from(self.str()?);
                texts.push(t.clone());
                t
            }
            k => match texts.get(k - 2) {
                Some(t) => t.clone(),
                None => return corrupt(at, "text number not yet defined"),
            },
        };
        Ok(Evidence { doc, start, end, text })
    }
    fn evidences(&mut self, v: &Vocab, texts: &mut Vec<Arc<str>>) -> Res<Vec<Evidence>> {
        let n = self.count(4)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.evidence(v, texts)?);
        }
        Ok(out)
    }
}

/// The tables of a snapshot.
struct Vocab {
    docs: Vec<Arc<str>>,
    types: Vec<NodeType>,
    labels: Vec<EdgeLabel>,
    modalities: Vec<Modality>,
}

fn read_vocab<R: Read>(r: &mut In<R>) -> Res<Vocab> {
    let n = r.count(1)?;
    let mut docs = Vec::with_capacity(n);
    for _ in 0..n {
        docs.push(Arc::from(r.str()?));
    }
    let n = r.count(2)?;
    let mut types = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.at();
        let ty = match (r.string()?.as_str(), r.str()?) {
            ("entity", t) => EntityKind::parse(t).map(NodeType::Entity),
            ("event", t) => EventKind::parse(t).map(NodeType::Event),
            _ => None,
        };
        types.push(ty.map_or_else(|| corrupt(at, "unknown node type"), Ok)?);
    }
    let n = r.count(1)?;
    let mut labels = Vec::with_capacity(n);
    let mut last = String::new();
    for k in 0..n {
        let at = r.at();
        let name = r.str()?;
        if k > 0 && name <= last.as_str() {
            return corrupt(at, "edge labels out of order");
        }
        labels.push(EdgeLabel::parse(name).map_or_else(|| corrupt(at, "unknown edge label"), Ok)?);
        last = name.to_string();
    }
    let n = r.count(1)?;
    let mut modalities = Vec::with_capacity(n);
    for _ in 0..n {
        let at = r.at();
        modalities.push(Modality::parse(r.str()?).map_or_else(|| corrupt(at, "unknown modality"), Ok)?);
    }
    Ok(Vocab { docs, types, labels, modalities })
}

/// Decodes the edge section: (source position, target position, edge), checked to be sorted
/// without repeats and to end at nodes that exist, and sends them in batches. Stops early,
/// without error, when the batches are no longer wanted.
fn read_edges<R: Read>(
    mut r: In<R>,
    v: &Vocab,
    nodes: usize,
    count: usize,
    send: &std::sync::mpsc::Sender<Vec<(u32, u32, Edge)>>,
) -> Res<()> {
    const BATCH: usize = 1 << 14;
    let mut batch = Vec::with_capacity(BATCH.min(count));
    let mut texts = Vec::new();
    let mut last: Option<(usize, usize, usize)> = None;
    for _ in 0..count {
        let at = r.at();
        let (a, b, l) = (r.num()?, r.num()?, r.index(v.labels.len(), "label")?);
        if a >= nodes || b >= nodes {
            return corrupt(at, "edge end out of range");
        }
        if last.is_some_and(|x| x >= (a, b, l)) {
            return corrupt(at, "edges out of order");
        }
        last = Some((a, b, l));
        batch.push((a as u32, b as u32, Edge { label: v.labels[l], evidence: r.evidences(v, &mut texts)? }));
        if batch.len() == BATCH && send.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_err() {
            return Ok(());
        }
    }
    if r.take(END.len())? != END || r.at() != r.limit {
        return r.fail("bad ending");
    }
    if !batch.is_empty() {
        let _ = send.send(batch);
    }
    Ok(())
}

/// Decodes the node section into `graph` (empty before, so position k becomes node index k),
/// checking that the ids come in strictly increasing order.
fn read_nodes<R: Read>(r: &mut In<R>, v: &Vocab, count: usize, graph: &mut StableDiGraph<Node, Edge>) -> Res<()> {
    let mut texts = Vec::new();
    let mut last: Option<NodeIndex> = None;
    for _ in 0..count {
        let at = r.at();
        let id = r.string()?;
        if last.is_some_and(|l| graph[l].id >= id) {
            return corrupt(at, "nodes out of order");
        }
        let ty = v.types[r.index(v.types.len(), "node type")?];
        let (label, aliases, titles, attributes) = (r.string()?, r.strs()?, r.strs()?, r.strs()?);
        let mentions = r.evidences(v, &mut texts)?;
        let event = if ty.kind() == NodeKind::Event {
            let modality = v.modalities[r.index(v.modalities.len(), "modality")?];
            let time = match r.u8()? {
                0 => None,
                1 => Some(Time { evidence: r.evidence(v, &mut texts)?, value: r.opt()? }),
                _ => return r.fail("bad optional flag"),
            };
            Some(EventInfo { modality, time, source: r.opt()? })
        } else {
            None
        };
        last = Some(graph.add_node(Node { id, ty, label, aliases, titles, attributes, mentions, event }));
    }
    if r.at() != r.limit {
        return r.fail("node section longer than its nodes");
    }
    Ok(())
}

/// Decodes a snapshot of `total` bytes; `open(start, limit)` gives a reader of the bytes from
/// offset `start` on (it may stop at `limit`).
fn decode<R, F>(open: F, total: usize, key: &str) -> Res<Option<KnowledgeGraph>>
where
    R: Read + Send,
    F: Fn(usize) -> io::Result<R>,
{
    let mut r = In::new(open(0)?, 0, total);
    if r.left() < MAGIC.len() {
        return corrupt(0, "not a newsgraph snapshot");
    }
    let magic = r.take(MAGIC.len())?;
    if magic != MAGIC {
        if magic.starts_with(FAMILY) {
            return Ok(None); // another format: stale
        }
        return corrupt(0, "not a newsgraph snapshot");
    }
    let n = r.u32()?;
    if r.raw_str(n).ok() != Some(env!("CARGO_PKG_VERSION")) {
        return Ok(None);
    }
    let n = r.u32()?;
    if r.raw_str(n).ok() != Some(key) {
        return Ok(None);
    }
    let at = r.at();
    let (node_count, edge_count) = (r.num()?, r.num()?);
    // Each node takes at least 7 bytes and each edge 4: bounds what is reserved below.
    if node_count.saturating_mul(7).saturating_add(edge_count.saturating_mul(4)) > r.left()
        || node_count > u32::MAX as usize / 2
    {
        return corrupt(at, "counts exceed the data");
    }
    let mut documents = BTreeMap::new();
    for _ in 0..r.count(6)? {
        let at = r.at();
        let id = r.string()?;
        let (path, title, date, source, url) = (r.opt()?, r.opt()?, r.opt()?, r.opt()?, r.opt()?);
        if documents.insert(id.clone(), DocInfo { id, path, title, date, source, url }).is_some() {
            return corrupt(at, "repeated document");
        }
    }
    let vocab = read_vocab(&mut r)?;
    let len = r.u64()?;
    let start = r.at();
    let Some(end) = start.checked_add(len).filter(|&e| e <= total) else {
        return r.fail("node section longer than the file");
    };
    drop(r);

    let mut graph: StableDiGraph<Node, Edge> = StableDiGraph::with_capacity(node_count, edge_count);
    let mut nodes_in = In::new(open(start)?, start, end);
    let edges_in = In::new(open(end)?, end, total);
    // The edges are decoded in batches on one thread while the other builds the nodes, then
    // adds the batches to the graph as they come. The producer never waits (the channel has
    // no bound), so this also works, one after the other, when only one thread is free.
    let (send, receive) = std::sync::mpsc::channel::<Vec<(u32, u32, Edge)>>();
    let vocab = &vocab;
    let (edges, nodes) = rayon::join(
        move || read_edges(edges_in, vocab, node_count, edge_count, &send),
        || -> Res<()> {
            read_nodes(&mut nodes_in, vocab, node_count, &mut graph)?;
            for batch in receive {
                for (a, b, e) in batch {
                    graph.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), e);
                }
            }
            Ok(())
        },
    );
    nodes?;
    edges?;
    Ok(Some(KnowledgeGraph::from_snapshot(graph, documents)))
}

/// Reads a snapshot written by [`write`] from memory: `Ok(None)` when it was made from another
/// key, by another version of newsgraph or in another format (a stale cache).
///
/// # Errors
/// [`Corrupt`] with the byte offset of the damage.
///
/// # Complexity
/// O(V + E): nodes and edges are checked to come sorted, so none needs looking up. Edges are
/// decoded on a second thread while the nodes are built.
pub fn read(bytes: &[u8], key: &str) -> Result<Option<KnowledgeGraph>, Corrupt> {
    decode(|start| Ok(&bytes[start.min(bytes.len())..]), bytes.len(), key).map_err(|e| match e {
        ReadError::Corrupt(c) => c,
        // Reading from memory cannot fail.
        ReadError::Io(e) => Corrupt { offset: 0, reason: e.to_string() },
    })
}

/// Reads the snapshot file at `path`, as [`read`] does, without holding the file in memory:
/// two readers go through it side by side, one for the nodes and one for the edges.
///
/// # Errors
/// [`ReadError::Io`] when the file cannot be opened or read (it does not exist, for one);
/// [`ReadError::Corrupt`] with the byte offset of the damage.
pub fn read_file(path: &Path, key: &str) -> Result<Option<KnowledgeGraph>, ReadError> {
    let file = File::open(path)?;
    let total = usize::try_from(file.metadata()?.len()).map_err(io::Error::other)?;
    decode(|start| Ok(At { file: &file, pos: start as u64 }), total, key)
}

/// Reads a file from an offset with positioned reads, so two can share the open file.
struct At<'f> {
    file: &'f File,
    pos: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        #[cfg(unix)]
        let n = std::os::unix::fs::FileExt::read_at(self.file, buf, self.pos)?;
        #[cfg(windows)]
        let n = std::os::windows::fs::FileExt::seek_read(self.file, buf, self.pos)?;
        #[cfg(not(any(unix, windows)))]
        let n = {
            use std::io::Seek;
            let mut f = self.file;
            f.seek(io::SeekFrom::Start(self.pos))?;
            f.read(buf)?
        };
        self.pos += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::small;

    fn json(kg: &KnowledgeGraph) -> String {
        let mut v = Vec::new();
        crate::export::json::write(kg, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    fn snapshot(kg: &KnowledgeGraph, key: &str) -> Vec<u8> {
        let mut v = Vec::new();
        write(kg, key, &mut v).unwrap();
        v
    }

    #[test]
    fn round_trip_keeps_everything() {
        let mut kg = small().kg;
        kg.add_document_info(DocInfo { id: "d".into(), date: Some("2020-11-17".into()), ..Default::default() });
        let back = read(&snapshot(&kg, "k"), "k").unwrap().expect("fresh");
        assert_eq!(json(&back), json(&kg));
        assert!(json(&kg).contains("2020-11"), "the fixture has an event time");
    }

    #[test]
    fn another_key_version_or_format_is_stale() {
        let kg = small().kg;
        assert!(read(&snapshot(&kg, "k"), "other").unwrap().is_none());
        let mut bytes = snapshot(&kg, "k");
        bytes[13] ^= 1; // inside the version string
        assert!(read(&bytes, "k").unwrap().is_none());
        // A snapshot of the first format (or any other) is stale, not damaged.
        let mut old = snapshot(&kg, "k");
        old[..8].copy_from_slice(b"NGSNAP01");
        assert!(read(&old, "k").unwrap().is_none());
    }

    #[test]
    fn shared_texts_are_written_once_and_shared_on_reading() {
        let mut kg = small().kg;
        let (a, b) = (kg.find("person:ana-nunez").unwrap(), kg.find("person:bo-berg").unwrap());
        let sentence = "Ana Nunez and Bo Berg met, and one of them runs Acme Corp, a long sentence.";
        for label in [crate::kinds::RelationKind::ALL[0], crate::kinds::RelationKind::ALL[1]] {
            kg.upsert_edge(
                a,
                b,
                Edge { label: EdgeLabel::Relation(label), evidence: vec![Evidence::new("d1", 0, 9, sentence)] },
            );
        }
        let bytes = snapshot(&kg, "k");
        assert_eq!(bytes.windows(sentence.len()).filter(|w| *w == sentence.as_bytes()).count(), 1);
        let back = read(&bytes, "k").unwrap().expect("fresh");
        assert_eq!(json(&back), json(&kg));
        let texts: Vec<&Arc<str>> = back
            .edges()
            .into_iter()
            .flat_map(|(_, _, e)| &e.evidence)
            .map(|e| &e.text)
            .filter(|t| &***t == sentence)
            .collect();
        assert_eq!(texts.len(), 2);
        assert!(Arc::ptr_eq(texts[0], texts[1]), "one copy of the sentence");
    }

    #[test]
    fn a_loaded_graph_still_interns_what_it_holds() {
        let kg = small().kg;
        let mut back = read(&snapshot(&kg, "k"), "k").unwrap().expect("fresh");
        let (_, _, e) = back.edges()[0];
        let held = e.evidence[0].text.clone();
        let copy: String = held.chars().collect(); // the same text in another allocation
        assert!(Arc::ptr_eq(&back.intern(&copy), &held));
    }

    #[test]
    fn a_loaded_graph_finds_its_nodes_and_grows_in_order() {
        let kg = small().kg;
        let mut back = read(&snapshot(&kg, "k"), "k").unwrap().expect("fresh");
        for (i, n) in kg.nodes() {
            let j = back.find(&n.id).expect("every node is found");
            assert_eq!(back.node(j), kg.node(i));
        }
        assert_eq!(back.find("person:nobody"), None);
        assert_eq!(back.find(""), None);
        let mut extra = kg.node(kg.find("person:bo-berg").unwrap()).clone();
        extra.id = "person:aaron".into();
        let added = back.upsert_node(extra.clone());
        assert_eq!(back.find("person:aaron"), Some(added));
        assert_eq!(back.find("person:bo-berg").map(|i| back.node(i).label.as_str()), Some("Bo Berg"));
        let ids: Vec<&str> = back.nodes().map(|(_, n)| n.id.as_str()).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");
        assert_eq!(ids.len(), kg.node_count() + 1);
    }

    #[test]
    fn a_file_reads_as_the_bytes_do() {
        let kg = small().kg;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("g.ngsnap");
        std::fs::write(&path, snapshot(&kg, "k")).unwrap();
        let back = read_file(&path, "k").unwrap().expect("fresh");
        assert_eq!(json(&back), json(&kg));
        assert!(read_file(&path, "other").unwrap().is_none());
        assert!(matches!(read_file(&dir.path().join("none"), "k"), Err(ReadError::Io(_))));
        let bytes = snapshot(&kg, "k");
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(matches!(read_file(&path, "k"), Err(ReadError::Corrupt(_))));
    }

    #[test]
    fn damage_is_reported_with_its_offset() {
        let kg = small().kg;
        let bytes = snapshot(&kg, "k");
        assert_eq!(read(b"{\"nodes\": []}", "k").unwrap_err().reason, "not a newsgraph snapshot");
        let cut = read(&bytes[..bytes.len() / 2], "k").unwrap_err();
        assert!(cut.offset <= bytes.len() / 2, "{cut}");
        let mut extra = bytes.clone();
        extra.push(0);
        assert_eq!(read(&extra, "k").unwrap_err().reason, "bad ending");
        // An edge moved out of order is caught, so a damaged snapshot cannot make duplicates:
        // the first edges are (dismissal 0 -> ana 3, agent) and (0 -> bo 4, patient); give the
        // second an end that sorts before the first's.
        let len_at = MAGIC.len() + 4 + env!("CARGO_PKG_VERSION").len() + 4 + 1;
        let mut r = In::new(&bytes[len_at..], len_at, bytes.len());
        let (_, _) = (r.num().unwrap(), r.num().unwrap());
        for _ in 0..r.num().unwrap() {
            r.string().unwrap();
            (0..5).for_each(|_| drop(r.opt().unwrap()));
        }
        let vocab = read_vocab(&mut r).unwrap();
        let first = r.u64().unwrap() + r.at(); // the edges come after the nodes
        let mut r = In::new(&bytes[first..], first, bytes.len());
        assert_eq!((r.num().unwrap(), r.num().unwrap()), (0, 3));
        r.num().unwrap();
        r.evidences(&vocab, &mut Vec::new()).unwrap();
        let second = r.at();
        assert_eq!((r.num().unwrap(), r.num().unwrap()), (0, 4));
        let mut moved = bytes.clone();
        moved[second + 1] = 2; // (0 -> 2) after (0 -> 3)
        assert_eq!(read(&moved, "k").unwrap_err().reason, "edges out of order");
        let mut out_of_range = bytes.clone();
        out_of_range[first + 1] = 120;
        assert_eq!(read(&out_of_range, "k").unwrap_err().reason, "edge end out of range");
        // Flipping any single byte after the header never panics.
        for i in 30..bytes.len() {
            let mut b = bytes.clone();
            b[i] = b[i].wrapping_add(0x5b);
            let _ = read(&b, "k");
        }
    }
}
