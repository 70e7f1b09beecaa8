//! A binary snapshot of a [`KnowledgeGraph`]: the fast load path for large graphs.
//!
//! Parsing node-link JSON costs seconds per gigabyte before a single node exists, so
//! `newsgraph query --cache` keeps this compact copy beside the JSON and reads it instead while
//! the JSON is unchanged. It is a cache, not an exchange format: it holds everything the JSON
//! holds, is tied by a caller-chosen key to the file it was made from (`newsgraph query` uses
//! the JSON's size and modification time) and to this crate's version, and a reader that finds
//! another key, version or any damage simply reads the JSON again.
//!
//! Layout, little-endian: the magic `NGSNAP01`, the crate version and the key as strings, then
//! documents; the byte length of the edge section and the edges (ends as node positions, sorted
//! by ends and label, so that reading needs no duplicate check); the nodes (in id order); then
//! `END!`. The edge section comes first so that a reader can decode it on a second thread while
//! it builds the nodes. A string is
//! a u32 byte length and UTF-8 bytes; a list is a u32 count and its items; an optional value a
//! 0/1 byte and the value. Types, roles, relations and modalities are written by name, so a
//! snapshot never silently changes meaning when a vocabulary is reordered.
//!
//! Reads and writes bytes; the caller owns the files.

use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, Write};

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use crate::graph::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeKind, NodeType, Time};
use crate::kinds::{EntityKind, EventKind, Modality};

const MAGIC: &[u8; 8] = b"NGSNAP01";
const END: &[u8; 4] = b"END!";

/// A snapshot that cannot be read: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrupt {
    /// Byte offset of the problem.
    pub offset: usize,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for Corrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "damaged snapshot at byte {}: {}", self.offset, self.reason)
    }
}

impl std::error::Error for Corrupt {}

struct Out<'w, W: Write + ?Sized>(&'w mut W);

impl<W: Write + ?Sized> Out<'_, W> {
    fn u8(&mut self, v: u8) -> io::Result<()> {
        self.0.write_all(&[v])
    }
    fn u32(&mut self, v: usize) -> io::Result<()> {
        let v = u32::try_from(v).map_err(|_| io::Error::other("more than 2^32 items in a snapshot list"))?;
        self.0.write_all(&v.to_le_bytes())
    }
    fn u64(&mut self, v: usize) -> io::Result<()> {
        self.0.write_all(&(v as u64).to_le_bytes())
    }
    fn str(&mut self, s: &str) -> io::Result<()> {
        self.u32(s.len())?;
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
        self.u32(items.len())?;
        items.into_iter().try_for_each(|s| self.str(s))
    }
    fn evidence(&mut self, e: &Evidence) -> io::Result<()> {
        self.str(&e.doc)?;
        self.u64(e.start)?;
        self.u64(e.end)?;
        self.str(&e.text)
    }
    fn evidences(&mut self, es: &[Evidence]) -> io::Result<()> {
        self.u32(es.len())?;
        es.iter().try_for_each(|e| self.evidence(e))
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

fn write_edges<W: Write + ?Sized>(
    o: &mut Out<'_, W>,
    kg: &KnowledgeGraph,
    edges: &[(u32, u32, &str, EdgeIndex)],
) -> io::Result<()> {
    let g = kg.petgraph();
    o.u32(edges.len())?;
    for &(a, b, label, e) in edges {
        o.u32(a as usize)?;
        o.u32(b as usize)?;
        o.str(label)?;
        o.evidences(&g[e].evidence)?;
    }
    Ok(())
}

/// Writes a snapshot of `kg` tied to `key`.
///
/// # Errors
/// I/O errors of the writer.
///
/// # Complexity
/// O(V log V + E log E): one pass over nodes and edges, edges sorted by node position.
pub fn write<W: Write + ?Sized>(kg: &KnowledgeGraph, key: &str, w: &mut W) -> io::Result<()> {
    let mut o = Out(w);
    o.0.write_all(MAGIC)?;
    o.str(env!("CARGO_PKG_VERSION"))?;
    o.str(key)?;
    let docs: Vec<&DocInfo> = kg.documents().collect();
    o.u32(docs.len())?;
    for d in docs {
        o.str(&d.id)?;
        for f in [&d.path, &d.title, &d.date, &d.source, &d.url] {
            o.opt(f.as_deref())?;
        }
    }
    let g = kg.petgraph();
    let mut position = vec![u32::MAX; g.node_indices().map(|i| i.index() + 1).max().unwrap_or(0)];
    for (k, (i, _)) in kg.nodes().enumerate() {
        position[i.index()] = k as u32;
    }
    // Edges sorted by their ends' positions and label, so the reader can add them without
    // looking for duplicates: it only checks that each one sorts after the last.
    let mut edges: Vec<(u32, u32, &str, EdgeIndex)> = g
        .edge_indices()
        .map(|e| {
            let (a, b) = g.edge_endpoints(e).expect("an edge of the graph has ends");
            (position[a.index()], position[b.index()], g[e].label.as_str(), e)
        })
        .collect();
    edges.sort_unstable();
    // The edge section comes first, after its length, so a reader can decode it on a second
    // thread while it builds the nodes.
    let mut counter = Count(0);
    write_edges(&mut Out(&mut counter), kg, &edges)?;
    o.u64(counter.0)?;
    write_edges(&mut o, kg, &edges)?;
    o.u32(kg.node_count())?;
    for (_, n) in kg.nodes() {
        o.str(&n.id)?;
        o.str(n.kind().as_str())?;
        o.str(n.ty.as_str())?;
        o.str(&n.label)?;
        o.strs(n.aliases.iter())?;
        o.strs(n.titles.iter())?;
        o.strs(n.attributes.iter())?;
        o.evidences(&n.mentions)?;
        if n.kind() == NodeKind::Event {
            let info = n.event.as_ref();
            o.str(info.map_or(Modality::Asserted, |e| e.modality).as_str())?;
            match info.and_then(|e| e.time.as_ref()) {
                Some(t) => {
                    o.u8(1)?;
                    o.evidence(&t.evidence)?;
                    o.opt(t.value.as_deref())?;
                }
                None => o.u8(0)?,
            }
            o.opt(info.and_then(|e| e.source.as_deref()))?;
        }
    }
    o.0.write_all(END)
}

struct In<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Res<T> = Result<T, Corrupt>;

impl<'a> In<'a> {
    fn fail<T>(&self, reason: impl Into<String>) -> Res<T> {
        Err(Corrupt { offset: self.at, reason: reason.into() })
    }
    fn take(&mut self, n: usize) -> Res<&'a [u8]> {
        match self.bytes.get(self.at..self.at.saturating_add(n)) {
            Some(s) => {
                self.at += n;
                Ok(s)
            }
            None => self.fail("unexpected end"),
        }
    }
    fn u8(&mut self) -> Res<u8> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Res<usize> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    }
    fn u64(&mut self) -> Res<usize> {
        let b = self.take(8)?;
        let v = u64::from_le_bytes(b.try_into().expect("eight bytes"));
        usize::try_from(v).or_else(|_| self.fail("offset too large"))
    }
    fn str(&mut self) -> Res<&'a str> {
        let n = self.u32()?;
        let at = self.at;
        std::str::from_utf8(self.take(n)?).map_err(|_| Corrupt { offset: at, reason: "invalid UTF-8".into() })
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
    /// A count, checked against the bytes left (each item takes at least `min` bytes), so a
    /// damaged count cannot make the reader allocate without bound.
    fn count(&mut self, min: usize) -> Res<usize> {
        let n = self.u32()?;
        if n.saturating_mul(min) > self.bytes.len() - self.at {
            return self.fail(format!("count {n} exceeds the data left"));
        }
        Ok(n)
    }
    fn strs(&mut self) -> Res<BTreeSet<String>> {
        let n = self.count(4)?;
        (0..n).map(|_| self.string()).collect()
    }
    fn evidence(&mut self) -> Res<Evidence> {
        Ok(Evidence { doc: self.string()?, start: self.u64()?, end: self.u64()?, text: self.string()? })
    }
    fn evidences(&mut self) -> Res<Vec<Evidence>> {
        let n = self.count(24)?;
        (0..n).map(|_| self.evidence()).collect()
    }
}

/// Decodes the edge section: (offset, source position, target position, edge), checked to be
/// sorted without repeats.
fn read_edges(mut r: In<'_>) -> Res<Vec<(usize, usize, usize, Edge)>> {
    let n = r.count(16)?;
    let mut out = Vec::with_capacity(n);
    let mut last: Option<(usize, usize, &str)> = None;
    for _ in 0..n {
        let at = r.at;
        let (a, b, name) = (r.u32()?, r.u32()?, r.str()?);
        if last.is_some_and(|l| l >= (a, b, name)) {
            return Err(Corrupt { offset: at, reason: "edges out of order".into() });
        }
        last = Some((a, b, name));
        let label = EdgeLabel::parse(name).ok_or_else(|| Corrupt { offset: at, reason: "unknown label".into() })?;
        out.push((at, a, b, Edge { label, evidence: r.evidences()? }));
    }
    if r.at != r.bytes.len() {
        return r.fail("edge section longer than its edges");
    }
    Ok(out)
}

/// Decodes the node section into `kg`; returns the nodes in the order written.
fn read_nodes(r: &mut In<'_>, kg: &mut KnowledgeGraph) -> Res<Vec<NodeIndex>> {
    let n = r.count(16)?;
    kg.reserve(n, 0);
    let mut nodes = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.string()?;
        let at = r.at;
        let ty = match (r.str()?, r.str()?) {
            ("entity", t) => EntityKind::parse(t).map(NodeType::Entity),
            ("event", t) => EventKind::parse(t).map(NodeType::Event),
            _ => None,
        };
        let Some(ty) = ty else {
            return Err(Corrupt { offset: at, reason: format!("node '{id}' has an unknown type") });
        };
        let (label, aliases, titles, attributes, mentions) =
            (r.string()?, r.strs()?, r.strs()?, r.strs()?, r.evidences()?);
        let event = if ty.kind() == NodeKind::Event {
            let at = r.at;
            let modality =
                Modality::parse(r.str()?).ok_or_else(|| Corrupt { offset: at, reason: "unknown modality".into() })?;
            let time = match r.u8()? {
                0 => None,
                1 => Some(Time { evidence: r.evidence()?, value: r.opt()? }),
                _ => return r.fail("bad optional flag"),
            };
            Some(EventInfo { modality, time, source: r.opt()? })
        } else {
            None
        };
        nodes.push(kg.upsert_node(Node { id, ty, label, aliases, titles, attributes, mentions, event }));
    }
    Ok(nodes)
}

/// Reads a snapshot written by [`write`]: `Ok(None)` when it was made from another key or by
/// another version of newsgraph (a stale cache).
///
/// # Errors
/// [`Corrupt`] with the byte offset of the damage.
///
/// # Complexity
/// O(V log V + E): edges are checked to come sorted, so none needs looking up. Edges are
/// decoded on a second thread while the nodes are built.
pub fn read(bytes: &[u8], key: &str) -> Result<Option<KnowledgeGraph>, Corrupt> {
    let mut r = In { bytes, at: 0 };
    if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
        return Err(Corrupt { offset: 0, reason: "not a newsgraph snapshot".into() });
    }
    if r.str()? != env!("CARGO_PKG_VERSION") || r.str()? != key {
        return Ok(None);
    }
    let mut kg = KnowledgeGraph::new();
    for _ in 0..r.count(5)? {
        let id = r.string()?;
        let (path, title, date, source, url) = (r.opt()?, r.opt()?, r.opt()?, r.opt()?, r.opt()?);
        kg.add_document_info(DocInfo { id, path, title, date, source, url });
    }
    let len = r.u64()?;
    let start = r.at;
    let Some(end) = start.checked_add(len).filter(|&e| e <= bytes.len()) else {
        return r.fail("edge section longer than the file");
    };
    r.at = end;
    let (nodes, edges) = std::thread::scope(|s| {
        let edges = s.spawn(|| read_edges(In { bytes: &bytes[..end], at: start }));
        let nodes = read_nodes(&mut r, &mut kg);
        (nodes, edges.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
    });
    let (nodes, edges) = (nodes?, edges?);
    kg.reserve(0, edges.len());
    for (at, a, b, edge) in edges {
        let (Some(&x), Some(&y)) = (nodes.get(a), nodes.get(b)) else {
            return Err(Corrupt { offset: at, reason: "edge end out of range".into() });
        };
        kg.push_edge(x, y, edge);
    }
    if r.take(END.len())? != END || r.at != bytes.len() {
        return r.fail("bad ending");
    }
    Ok(Some(kg))
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
    fn another_key_or_version_is_stale() {
        let kg = small().kg;
        assert!(read(&snapshot(&kg, "k"), "other").unwrap().is_none());
        let mut bytes = snapshot(&kg, "k");
        bytes[13] ^= 1; // inside the version string
        assert!(read(&bytes, "k").unwrap().is_none());
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
        // the first edge is (dismissal 0 -> ana 3, agent); give it source 2.
        let label = [&5u32.to_le_bytes()[..], b"agent"].concat();
        let at = bytes.windows(label.len()).position(|w| w == label).unwrap();
        assert_eq!(bytes[at - 8..at].to_vec(), [0, 0, 0, 0, 3, 0, 0, 0]);
        let mut moved = bytes.clone();
        moved[at - 8] = 2;
        assert_eq!(read(&moved, "k").unwrap_err().reason, "edges out of order");
        // Flipping any single byte after the header never panics.
        for i in 30..bytes.len() {
            let mut b = bytes.clone();
            b[i] = b[i].wrapping_add(0x5b);
            let _ = read(&b, "k");
        }
    }
}
