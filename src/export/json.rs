//! Node-link JSON: the graph as networkx's `node_link_graph(data, edges="links")` reads it,
//! and the format `newsgraph query` and `build --update` read back.
//!
//! Written through private, borrowing `Serialize` structs (the model types do not derive
//! `Serialize`); read as a stream straight into the graph, reporting the line and column of any
//! problem. Format: `docs/json-format.md`.

use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

use petgraph::stable_graph::NodeIndex;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::graph::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeType, Time};
use crate::kinds::{EntityKind, EventKind, Modality};

#[derive(Serialize)]
struct JDoc<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct JNode<'a> {
    id: &'a str,
    kind: &'static str,
    #[serde(rename = "type")]
    ty: &'static str,
    label: &'a str,
    aliases: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    titles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributes: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ace: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<JTime<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    documents: Vec<&'a str>,
    mentions: Evs<'a>,
}

#[derive(Serialize)]
struct JTime<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
    doc: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JEv<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JLink<'a> {
    source: &'a str,
    target: &'a str,
    relation: &'static str,
    weight: usize,
    evidence: Evs<'a>,
}

fn ev(e: &Evidence) -> JEv<'_> {
    JEv { doc: &e.doc, start: e.start, end: e.end, text: &e.text }
}

/// Writes the graph as node-link JSON: the top level indented, one node or link a line (small
/// diffs, fast to write and read), every list sorted.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let mut out = GraphWriter::new(&mut *w, kg.documents())?;
    for (_, n) in kg.nodes() {
        out.node(n)?;
    }
    out.links()?;
    for (a, b, e) in kg.edges() {
        out.link(&kg.node(a).id, &kg.node(b).id, e)?;
    }
    out.finish()
}

/// Writes the layout [`write()`] writes one record at a time, for a graph that is never whole in
/// memory: documents in id order, then nodes in id order, then links in (source id, target id,
/// relation) order, each key once. A record may come in parts (the records of one key in
/// several partial graphs): [`GraphWriter::node_parts`] and [`GraphWriter::link_parts`] write
/// the sorted union of their evidence lists without building it. The bytes are those [`write()`]
/// writes for the graph the records make up.
pub struct GraphWriter<W: io::Write> {
    w: io::BufWriter<W>,
    /// Records written in the current array (documents, nodes, then links).
    count: usize,
    at: Section,
}

/// Where a [`GraphWriter`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    Documents,
    Nodes,
    Links,
}

impl<W: io::Write> GraphWriter<W> {
    /// Starts the output with the graph's documents (in id order).
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn new<'a>(w: W, documents: impl Iterator<Item = &'a DocInfo>) -> io::Result<Self> {
        let mut out = Self::start(w)?;
        for d in documents {
            out.document(d)?;
        }
        Ok(out)
    }

    /// Starts the output; documents follow with [`GraphWriter::document`].
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn start(w: W) -> io::Result<Self> {
        let mut w = io::BufWriter::with_capacity(1 << 16, w);
        w.write_all(b"{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": ")?;
        // The `graph` object as serde writes a struct: generator, version, documents.
        w.write_all(b"{\"generator\":")?;
        serde_json::to_writer(&mut w, "newsgraph").map_err(io::Error::other)?;
        w.write_all(b",\"version\":")?;
        serde_json::to_writer(&mut w, env!("CARGO_PKG_VERSION")).map_err(io::Error::other)?;
        w.write_all(b",\"documents\":[")?;
        Ok(GraphWriter { w, count: 0, at: Section::Documents })
    }

    /// Writes the next document (ids strictly increasing).
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn document(&mut self, d: &DocInfo) -> io::Result<()> {
        debug_assert!(self.at == Section::Documents, "documents come first");
        let doc = JDoc {
            id: &d.id,
            path: d.path.as_deref(),
            title: d.title.as_deref(),
            date: d.date.as_deref(),
            source: d.source.as_deref(),
            url: d.url.as_deref(),
        };
        if self.count > 0 {
            self.w.write_all(b",")?;
        }
        self.count += 1;
        serde_json::to_writer(&mut self.w, &doc).map_err(io::Error::other)
    }

    /// Moves on to `section`, closing the ones before.
    fn enter(&mut self, section: Section) -> io::Result<()> {
        if self.at < Section::Nodes && section >= Section::Nodes {
            self.w.write_all(b"]},\n  \"nodes\": [")?;
            self.at = Section::Nodes;
            self.count = 0;
        }
        if self.at < Section::Links && section >= Section::Links {
            self.w.write_all(b"\n  ],\n  \"links\": [")?;
            self.at = Section::Links;
            self.count = 0;
        }
        Ok(())
    }

    fn separator(&mut self) -> io::Result<()> {
        self.count += 1;
        self.w.write_all(if self.count == 1 { b"\n    " } else { b",\n    " })
    }

    /// Writes the next node (ids strictly increasing).
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn node(&mut self, n: &Node) -> io::Result<()> {
        self.node_parts(n, &[&n.mentions])
    }

    /// Writes the next node: `head` with the sorted union of the sorted `mentions` lists as its
    /// mentions (its own are not written).
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn node_parts(&mut self, head: &Node, mentions: &[&[Evidence]]) -> io::Result<()> {
        debug_assert!(self.at <= Section::Nodes, "nodes come before links");
        self.enter(Section::Nodes)?;
        self.separator()?;
        serde_json::to_writer(&mut self.w, &node(head, mentions)).map_err(io::Error::other)
    }

    /// Writes the next node as the text of its record ([`node_record`], or a line of a file
    /// [`write()`] wrote, without indent and comma), as it is.
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub(crate) fn node_record(&mut self, text: &str) -> io::Result<()> {
        debug_assert!(self.at <= Section::Nodes, "nodes come before links");
        self.enter(Section::Nodes)?;
        self.separator()?;
        self.w.write_all(text.as_bytes())
    }

    /// Ends the nodes and starts the links (done by the first link too).
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn links(&mut self) -> io::Result<()> {
        self.enter(Section::Links)
    }

    /// Writes the next link, from the node `source` to the node `target`.
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn link(&mut self, source: &str, target: &str, e: &Edge) -> io::Result<()> {
        self.link_parts(source, target, e.label, &[&e.evidence])
    }

    /// Writes the next link with the sorted union of the sorted `evidence` lists.
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn link_parts(
        &mut self,
        source: &str,
        target: &str,
        label: EdgeLabel,
        evidence: &[&[Evidence]],
    ) -> io::Result<()> {
        self.enter(Section::Links)?;
        self.separator()?;
        serde_json::to_writer(&mut self.w, &link(source, target, label, evidence)).map_err(io::Error::other)
    }

    /// Writes the next link as the text of its record ([`link_record`], or a line of a file
    /// [`write()`] wrote, without indent and comma), as it is.
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub(crate) fn link_record(&mut self, text: &str) -> io::Result<()> {
        self.enter(Section::Links)?;
        self.separator()?;
        self.w.write_all(text.as_bytes())
    }

    /// Writes the next node: `head` (its own mentions not written) with the sorted union of
    /// the documents and mentions of node records of it as written, copied as text.
    ///
    /// # Errors
    /// I/O errors of the writer; [`io::ErrorKind::InvalidData`] if a record is not as
    /// [`write()`] writes it.
    pub(crate) fn node_with_lists_of(&mut self, head: &Node, records: &[&str]) -> io::Result<()> {
        const EMPTY: &str = "\"documents\":[],\"mentions\":[]}";
        let record = serde_json::to_string(&node(head, &[])).map_err(io::Error::other)?;
        let fields = record.strip_suffix(EMPTY).ok_or_else(|| bad_record("a node record ends with its lists"))?;
        self.node_record(fields)?;
        self.w.write_all(b"\"documents\":")?;
        let bad = std::cell::Cell::new(false);
        let docs = records.iter().map(|r| Elements::of(r, ",\"documents\":", &bad, doc_text));
        self.elements(merge_union(docs.collect::<Option<Vec<_>>>().ok_or_else(|| bad_record("no documents"))?))?;
        self.w.write_all(b",\"mentions\":")?;
        let mentions = records.iter().map(|r| Elements::of(r, ",\"mentions\":", &bad, evidence_text));
        self.elements(merge_union(mentions.collect::<Option<Vec<_>>>().ok_or_else(|| bad_record("no mentions"))?))?;
        self.w.write_all(b"}")?;
        if bad.get() { Err(bad_record("a list element is not as written")) } else { Ok(()) }
    }

    /// Writes the next link with the sorted union of the evidence of link records of it as
    /// written (what comes before the evidence is the same in all), copied as text.
    ///
    /// # Errors
    /// I/O errors of the writer; [`io::ErrorKind::InvalidData`] if a record is not as
    /// [`write()`] writes it.
    pub(crate) fn link_with_evidence_of(&mut self, records: &[&str]) -> io::Result<()> {
        let first = records.first().ok_or_else(|| bad_record("no link record"))?;
        let at = first.find(",\"weight\":").ok_or_else(|| bad_record("a link record has its weight"))?;
        self.link_record(&first[..at])?;
        let bad = std::cell::Cell::new(false);
        let evidence = || {
            let lists = records.iter().map(|r| Elements::of(r, ",\"evidence\":", &bad, evidence_text));
            lists.collect::<Option<Vec<_>>>().map(merge_union).ok_or_else(|| bad_record("no evidence"))
        };
        // (the weight, the number of evidence, comes first: the union is made twice)
        write!(self.w, ",\"weight\":{},\"evidence\":", evidence()?.count())?;
        self.elements(evidence()?)?;
        self.w.write_all(b"}")?;
        if bad.get() { Err(bad_record("a list element is not as written")) } else { Ok(()) }
    }

    /// Writes list elements as they are, as a JSON list.
    fn elements<'a>(&mut self, list: impl Iterator<Item = Element<'a>>) -> io::Result<()> {
        self.w.write_all(b"[")?;
        for (i, e) in list.enumerate() {
            if i > 0 {
                self.w.write_all(b",")?;
            }
            self.w.write_all(e.text.as_bytes())?;
        }
        self.w.write_all(b"]")
    }

    /// Ends the output and flushes it.
    ///
    /// # Errors
    /// I/O errors of the writer.
    pub fn finish(mut self) -> io::Result<()> {
        self.enter(Section::Links)?;
        self.w.write_all(b"\n  ]\n}\n")?;
        self.w.flush()
    }
}

/// Evidence lists written as their sorted union.
struct Evs<'a>(&'a [&'a [Evidence]]);

impl Serialize for Evs<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(union(self.0).map(ev))
    }
}

/// The sorted union of sorted lists (each without repeats), without building it.
fn union<'a>(lists: &[&'a [Evidence]]) -> Box<dyn Iterator<Item = &'a Evidence> + 'a> {
    match lists {
        [] => Box::new(std::iter::empty()),
        [one] => Box::new(one.iter()),
        _ => Box::new(merge_union(lists.iter().map(|l| l.iter()).collect())),
    }
}

/// The sorted union of sorted sequences (each without repeats), one item at a time.
fn merge_union<T: Ord>(mut lists: Vec<impl Iterator<Item = T>>) -> impl Iterator<Item = T> {
    use std::cmp::Reverse;
    let mut heap = std::collections::BinaryHeap::with_capacity(lists.len());
    for (i, it) in lists.iter_mut().enumerate() {
        if let Some(e) = it.next() {
            heap.push(Reverse((e, i)));
        }
    }
    std::iter::from_fn(move || {
        let Reverse((e, i)) = heap.pop()?;
        let mut advance = |heap: &mut std::collections::BinaryHeap<_>, i: usize| {
            if let Some(n) = lists[i].next() {
                heap.push(Reverse((n, i)));
            }
        };
        advance(&mut heap, i);
        // (the same item in other sequences is passed over)
        while let Some(Reverse((_, j))) =
            heap.peek_mut().filter(|top| top.0.0 == e).map(std::collections::binary_heap::PeekMut::pop)
        {
            advance(&mut heap, j);
        }
        Some(e)
    })
}

/// The text [`write()`] writes for a node on a line of its own (without indent and comma).
pub(crate) fn node_record(n: &Node) -> String {
    serde_json::to_string(&node(n, &[&n.mentions])).expect("a node serializes")
}

/// The text [`write()`] writes for a link on a line of its own (without indent and comma).
pub(crate) fn link_record(source: &str, target: &str, e: &Edge) -> String {
    serde_json::to_string(&link(source, target, e.label, &[&e.evidence])).expect("a link serializes")
}

fn link<'a>(source: &'a str, target: &'a str, label: EdgeLabel, evidence: &'a [&'a [Evidence]]) -> JLink<'a> {
    JLink { source, target, relation: label.as_str(), weight: union(evidence).count(), evidence: Evs(evidence) }
}

/// The id of a node record as [`write()`] writes it (without indent and comma), read from its
/// start without reading the rest; `None` if the record does not start with one.
pub(crate) fn node_record_id(text: &str) -> Option<Cow<'_, str>> {
    leading_string(text.strip_prefix("{\"id\":")?).map(|(id, _)| id)
}

/// The `source` entity of an event node record as [`write()`] writes it, read without reading
/// its documents and mentions; `None` if it has none.
pub(crate) fn node_record_source(text: &str) -> Option<Cow<'_, str>> {
    // A quote after a comma is never inside a string (there it is escaped), so these are keys;
    // `documents` and `source` are keys only at the top level, and `source` comes before
    // `documents`, after which are the mentions (most of the text).
    let head = &text[..text.find(",\"documents\":")?];
    let at = head.find(",\"source\":")?;
    leading_string(&head[at + ",\"source\":".len()..]).map(|(s, _)| s)
}

/// The source id, target id and relation of a link record as [`write()`] writes it, read from
/// its start without reading its evidence; `None` if the record does not start with them.
pub(crate) fn link_record_key(text: &str) -> Option<(Cow<'_, str>, Cow<'_, str>, EdgeLabel)> {
    let (source, rest) = leading_string(text.strip_prefix("{\"source\":")?)?;
    let (target, rest) = leading_string(rest.strip_prefix(",\"target\":")?)?;
    let (relation, _) = leading_string(rest.strip_prefix(",\"relation\":")?)?;
    Some((source, target, EdgeLabel::parse(&relation)?))
}

/// An element of a list of a record as written: its text, and what it holds (ordered as the
/// list is sorted: a document id, or an evidence's document, start, end and text).
#[derive(Debug)]
pub(crate) struct Element<'a> {
    key: (Cow<'a, str>, usize, usize, Cow<'a, str>),
    text: &'a str,
}

impl PartialEq for Element<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Element<'_> {}

impl PartialOrd for Element<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Element<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key.cmp(&other.key)
    }
}

/// The elements of a list of a record as written, read one at a time; a malformed element
/// ends the list and sets `bad`.
struct Elements<'a, 'b, F> {
    rest: &'a str,
    bad: &'b std::cell::Cell<bool>,
    read: F,
}

impl<'a, 'b, F> Elements<'a, 'b, F> {
    /// The list after the first `key` (a key like `,"name":`) in `record`; `None` if there is
    /// none. A quote after a comma starts a key (in a string it is escaped), and the lists
    /// read here have names no nested object of a record uses.
    fn of(record: &'a str, key: &str, bad: &'b std::cell::Cell<bool>, read: F) -> Option<Self> {
        let at = record.find(key)? + key.len();
        Some(Elements { rest: record[at..].strip_prefix('[')?, bad, read })
    }
}

impl<'a, F: FnMut(&'a str) -> Option<(Element<'a>, &'a str)>> Iterator for Elements<'a, '_, F> {
    type Item = Element<'a>;

    fn next(&mut self) -> Option<Element<'a>> {
        if self.rest.starts_with(']') {
            return None;
        }
        let Some((e, rest)) = (self.read)(self.rest) else {
            self.bad.set(true);
            self.rest = "]";
            return None;
        };
        self.rest = rest.strip_prefix(',').unwrap_or(rest);
        Some(e)
    }
}

/// The document id `text` starts with as written, and the text after it.
fn doc_text(text: &str) -> Option<(Element<'_>, &str)> {
    let (doc, r) = leading_string(text)?;
    Some((Element { key: (doc, 0, 0, Cow::Borrowed("")), text: &text[..text.len() - r.len()] }, r))
}

/// The evidence object `text` starts with as written, and the text after it.
fn evidence_text(text: &str) -> Option<(Element<'_>, &str)> {
    let (doc, r) = leading_string(text.strip_prefix("{\"doc\":")?)?;
    let (start, r) = leading_number(r.strip_prefix(",\"start\":")?)?;
    let (end, r) = leading_number(r.strip_prefix(",\"end\":")?)?;
    let (said, r) = leading_string(r.strip_prefix(",\"text\":")?)?;
    let r = r.strip_prefix('}')?;
    Some((Element { key: (doc, start, end, said), text: &text[..text.len() - r.len()] }, r))
}

fn bad_record(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

/// The number `text` starts with, and the text after it.
fn leading_number(text: &str) -> Option<(usize, &str)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    Some((text[..digits].parse().ok()?, &text[digits..]))
}

/// A node record as [`write()`] writes it, read back without its documents and mentions (not
/// read, left empty).
///
/// # Errors
/// [`Error::BadGraph`] naming `path` (line 1: the record is the text).
pub(crate) fn read_node_record_head(text: &str, path: &std::path::Path) -> Result<Node, Error> {
    let head = text.find(",\"documents\":").map_or(text, |at| &text[..at]);
    read_node_record(&format!("{head}}}"), path)
}

/// The JSON string `text` starts with, unescaped (borrowed when it has no escapes), and the
/// text after it.
fn leading_string(text: &str) -> Option<(Cow<'_, str>, &str)> {
    let body = text.strip_prefix('"')?.as_bytes();
    let mut escaped = false;
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'"' => {
                // (byte i + 1 of `text` is the closing quote: ASCII, so a char boundary)
                let (string, rest) = text.split_at(i + 2);
                let value = match escaped {
                    false => Cow::Borrowed(&string[1..=i]),
                    true => Cow::Owned(serde_json::from_str(string).ok()?),
                };
                return Some((value, rest));
            }
            b'\\' => {
                escaped = true;
                i += 2;
            }
            _ => i += 1,
        }
    }
    None
}

/// One node record as [`write()`] writes it on a line of its own (without the comma), read back.
///
/// # Errors
/// [`Error::BadGraph`] naming `path` (line 1: the record is the text).
pub fn read_node_record(text: &str, path: &std::path::Path) -> Result<Node, Error> {
    let n: RNode<'_> = record(text, path)?;
    let mut strings = rustc_hash::FxHashSet::default();
    node_from(n, &mut |s| crate::graph::intern_in(&mut strings, s)).map_err(|p| Error::BadGraph {
        path: path.to_path_buf(),
        line: 1,
        column: 1,
        reason: p.reason,
    })
}

/// One link record as [`write()`] writes it on a line of its own (without the comma), read back:
/// source id, target id and the edge.
///
/// # Errors
/// [`Error::BadGraph`] naming `path` (line 1: the record is the text).
pub fn read_link_record(text: &str, path: &std::path::Path) -> Result<(String, String, Edge), Error> {
    let l: RLink<'_> = record(text, path)?;
    let Some(label) = EdgeLabel::parse(&l.relation) else {
        let reason = format!("unknown relation '{}'", l.relation);
        return Err(Error::BadGraph { path: path.to_path_buf(), line: 1, column: 1, reason });
    };
    let mut strings = rustc_hash::FxHashSet::default();
    let evidence = evidence_list(&l.evidence, |s| crate::graph::intern_in(&mut strings, s));
    Ok((l.source.into_owned(), l.target.into_owned(), Edge { label, evidence }))
}

fn record<'a, T: Deserialize<'a>>(text: &'a str, path: &std::path::Path) -> Result<T, Error> {
    serde_json::from_str(text).map_err(|e| Error::BadGraph {
        path: path.to_path_buf(),
        line: e.line().max(1),
        column: e.column().max(1),
        reason: e.to_string(),
    })
}

fn node<'a>(n: &'a Node, mentions: &'a [&'a [Evidence]]) -> JNode<'a> {
    let ek = n.event_kind();
    let info = n.event.as_ref();
    let documents: std::collections::BTreeSet<&str> = mentions.iter().flat_map(|l| l.iter()).map(|m| &*m.doc).collect();
    JNode {
        id: &n.id,
        kind: n.kind().as_str(),
        ty: n.ty.as_str(),
        label: &n.label,
        aliases: n.aliases.iter().map(String::as_str).collect(),
        titles: n.titles.iter().map(String::as_str).collect(),
        attributes: n.attributes.iter().map(String::as_str).collect(),
        ace: ek.and_then(EventKind::ace),
        cameo: ek.and_then(EventKind::cameo),
        modality: info.map(|i| i.modality.as_str()),
        time: info.and_then(|i| i.time.as_ref()).map(|t| JTime {
            text: &t.evidence.text,
            value: t.value.as_deref(),
            doc: &t.evidence.doc,
            start: t.evidence.start,
            end: t.evidence.end,
        }),
        source: info.and_then(|i| i.source.as_deref()),
        documents: documents.into_iter().collect(),
        mentions: Evs(mentions),
    }
}

// Reading streams: nodes and links go into the graph as serde reads them, so a large file never
// exists twice in memory (as parsed records and as a graph). Ids and relation names are
// borrowed from the text where they have no escapes, and links find their nodes through a hash
// map of those borrowed ids. A schema problem (unknown type, dangling link) is raised inside
// serde, which then reports the line and column where it was found.

#[derive(Deserialize)]
struct RMeta {
    #[serde(default)]
    documents: Vec<RDoc>,
}

#[derive(Deserialize)]
struct RDoc {
    id: String,
    path: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct RNode<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    kind: Cow<'a, str>,
    #[serde(rename = "type", borrow)]
    ty: Cow<'a, str>,
    label: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    attributes: Vec<String>,
    #[serde(default, borrow)]
    modality: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    time: Option<RTime<'a>>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default, borrow)]
    mentions: Vec<REvidence<'a>>,
}

#[derive(Deserialize)]
struct RTime<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
    value: Option<String>,
    #[serde(borrow)]
    doc: Cow<'a, str>,
    start: usize,
    end: usize,
}

/// Evidence as read: the strings borrowed from the text where they have no escapes, and
/// interned by the loader (one allocation for a text however often it is cited).
#[derive(Deserialize)]
struct REvidence<'a> {
    #[serde(borrow)]
    doc: Cow<'a, str>,
    start: usize,
    end: usize,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

#[derive(Deserialize)]
struct RLink<'a> {
    #[serde(borrow)]
    source: Cow<'a, str>,
    #[serde(borrow)]
    target: Cow<'a, str>,
    #[serde(borrow)]
    relation: Cow<'a, str>,
    #[serde(default, borrow)]
    evidence: Vec<REvidence<'a>>,
}

/// The graph being read, and the node ids seen so far.
struct Loader<'a> {
    kg: KnowledgeGraph,
    ids: HashMap<&'a str, NodeIndex>,
    nodes_done: bool,
    /// Links met before the nodes (another writer's key order), added after them.
    pending: Vec<RLink<'a>>,
    /// The schema problem that stopped reading.
    problem: Option<Problem>,
    /// The last link added, and whether all links so far came sorted without repeats (as
    /// [`write`] writes them): while they do, a link cannot repeat an earlier one and is added
    /// without looking for it.
    last_link: Option<LinkKey<'a>>,
    sorted: bool,
}

/// What is wrong with a record, and the bad value as it appears in the text (quoted), to find
/// its line and column.
struct Problem {
    reason: String,
    needle: String,
}

fn problem(reason: String, value: &str) -> Problem {
    Problem { reason, needle: format!("\"{value}\"") }
}

/// Evidence as the graph holds it: strings shared through `intern`, in sorted order (as
/// `write` leaves them, so mostly without sorting).
fn evidence_list(es: &[REvidence<'_>], mut intern: impl FnMut(&str) -> std::sync::Arc<str>) -> Vec<Evidence> {
    let mut list: Vec<Evidence> = es
        .iter()
        .map(|e| Evidence { doc: intern(&e.doc), start: e.start, end: e.end, text: intern(&e.text) })
        .collect();
    if !list.is_sorted() {
        list.sort();
    }
    list
}

/// A node as read, with its evidence strings shared through `intern`.
fn node_from(n: RNode<'_>, intern: &mut dyn FnMut(&str) -> std::sync::Arc<str>) -> Result<Node, Problem> {
    let ty = match &*n.kind {
        "entity" => EntityKind::parse(&n.ty).map(NodeType::Entity),
        "event" => EventKind::parse(&n.ty).map(NodeType::Event),
        _ => None,
    };
    let Some(ty) = ty else {
        let bad = if matches!(&*n.kind, "entity" | "event") { &n.ty } else { &n.kind };
        return Err(problem(format!("node '{}' has unknown kind/type '{}'/'{}'", n.id, n.kind, n.ty), bad));
    };
    let event = matches!(ty, NodeType::Event(_)).then(|| EventInfo {
        modality: n.modality.as_deref().and_then(Modality::parse).unwrap_or(Modality::Asserted),
        time: n.time.map(|t| Time {
            evidence: Evidence { doc: intern(&t.doc), start: t.start, end: t.end, text: intern(&t.text) },
            value: t.value,
        }),
        source: n.source,
    });
    let mentions = evidence_list(&n.mentions, &mut *intern);
    Ok(Node {
        id: n.id.into_owned(),
        ty,
        label: n.label,
        aliases: n.aliases.into_iter().collect(),
        titles: n.titles.into_iter().collect(),
        attributes: n.attributes.into_iter().collect(),
        mentions,
        event,
    })
}

impl<'a> Loader<'a> {
    fn add_node(&mut self, n: RNode<'a>) -> Result<(), Problem> {
        let borrowed = match n.id {
            Cow::Borrowed(id) => Some(id),
            Cow::Owned(_) => None,
        };
        let node = node_from(n, &mut |s| self.kg.intern(s))?;
        let i = self.kg.push_node(node);
        if let Some(id) = borrowed {
            self.ids.insert(id, i);
        }
        Ok(())
    }

    fn node(&self, id: &str) -> Option<NodeIndex> {
        self.ids.get(id).copied().or_else(|| self.kg.find(id))
    }

    fn add_link(&mut self, l: RLink<'a>) -> Result<(), Problem> {
        if !self.nodes_done {
            self.pending.push(l);
            return Ok(());
        }
        let (Some(a), Some(b)) = (self.node(&l.source), self.node(&l.target)) else {
            let missing = if self.node(&l.source).is_none() { &l.source } else { &l.target };
            let reason = format!("link '{}' -> '{}' names a node that does not exist", l.source, l.target);
            return Err(problem(reason, missing));
        };
        let Some(label) = EdgeLabel::parse(&l.relation) else {
            return Err(problem(format!("unknown relation '{}'", l.relation), &l.relation));
        };
        let evidence = evidence_list(&l.evidence, |s| self.kg.intern(s));
        self.insert_edge(a, b, (l.source, l.target, l.relation), Edge { label, evidence });
        Ok(())
    }

    /// Adds an edge whose evidence holds interned strings, without looking for an equal one
    /// while the links come sorted by `key` (source id, target id, relation).
    fn insert_edge(&mut self, a: NodeIndex, b: NodeIndex, key: LinkKey<'a>, edge: Edge) {
        self.sorted = self.sorted && self.last_link.as_ref().is_none_or(|last| *last < key);
        if self.sorted {
            self.kg.push_edge(a, b, edge);
        } else {
            self.kg.upsert_edge(a, b, edge);
        }
        self.last_link = Some(key);
    }
}

/// A link's source id, target id and relation name, as read.
type LinkKey<'a> = (Cow<'a, str>, Cow<'a, str>, Cow<'a, str>);

/// The top-level object: `graph`, `nodes`, `links` (or `edges`); other keys are skipped.
struct GraphSeed<'l, 'a>(&'l mut Loader<'a>);

impl<'de> DeserializeSeed<'de> for GraphSeed<'_, 'de> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for GraphSeed<'_, 'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a node-link graph object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let (mut nodes, mut links) = (false, false);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "graph" => {
                    if let Some(meta) = map.next_value::<Option<RMeta>>()? {
                        for d in meta.documents {
                            self.0.kg.add_document_info(DocInfo {
                                id: d.id,
                                path: d.path,
                                title: d.title,
                                date: d.date,
                                source: d.source,
                                url: d.url,
                            });
                        }
                    }
                }
                "nodes" if nodes => return Err(de::Error::duplicate_field("nodes")),
                "nodes" => {
                    map.next_value_seed(Items(&mut *self.0, Loader::add_node))?;
                    nodes = true;
                    self.0.nodes_done = true;
                }
                "links" | "edges" if links => return Err(de::Error::duplicate_field("links")),
                "links" | "edges" => {
                    map.next_value_seed(Items(&mut *self.0, Loader::add_link))?;
                    links = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !nodes {
            return Err(de::Error::missing_field("nodes"));
        }
        if !links {
            return Err(de::Error::missing_field("links"));
        }
        Ok(())
    }
}

/// An array whose items go to the loader one at a time.
struct Items<'l, 'a, T>(&'l mut Loader<'a>, fn(&mut Loader<'a>, T) -> Result<(), Problem>);

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Items<'_, 'de, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Items<'_, 'de, T> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array")
    }
    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<(), S::Error> {
        while let Some(item) = seq.next_element::<T>()? {
            if let Err(p) = (self.1)(&mut *self.0, item) {
                let e = de::Error::custom(&p.reason);
                self.0.problem = Some(p);
                return Err(e);
            }
        }
        Ok(())
    }
}

// The fast path for the layout [`write`] writes: the top-level keys in its order and
// spacing, one node or link a line. Its nodes and links are parsed side by side: the links on
// a second thread, which sends them in batches, with their evidence interned in a set of its
// own, to the thread that builds the nodes and then adds the links. A record on one line holds
// no raw line break (JSON escapes them in strings), so the first line `  ],` after the nodes
// starts the links; the parser then checks that each array ends exactly where the layout says.
// Anything else, or any problem, and the text is read again the general way, which reports
// problems with their line and column.

const HEAD: &str = "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": ";
const NODES: &str = ",\n  \"nodes\": ";
const LINKS: &str = "\n  ],\n  \"links\": [";

/// Links as the second thread prepares them: ends and relation as read, and the edge.
type LinkBatch<'a> = Vec<(Cow<'a, str>, Cow<'a, str>, Cow<'a, str>, Edge)>;

fn read_fast(text: &str) -> Option<KnowledgeGraph> {
    let mut at = HEAD.len();
    if !text.starts_with(HEAD) {
        return None;
    }
    let mut stream = serde_json::Deserializer::from_str(&text[at..]).into_iter::<RMeta>();
    let meta = stream.next()?.ok()?;
    at += stream.byte_offset();
    if !text[at..].starts_with(NODES) {
        return None;
    }
    let nodes_at = at + NODES.len();
    let links_at = nodes_at + text[nodes_at..].find(LINKS)?;
    let mut loader = Loader {
        kg: KnowledgeGraph::new(),
        ids: HashMap::default(),
        nodes_done: true,
        pending: Vec::new(),
        problem: None,
        last_link: None,
        sorted: true,
    };
    for d in meta.documents {
        let RDoc { id, path, title, date, source, url } = d;
        loader.kg.add_document_info(DocInfo { id, path, title, date, source, url });
    }
    // Room for the strings and ids to come, from the sizes of the sections (records take more
    // than 128 bytes each).
    loader.kg.reserve_strings((links_at - nodes_at) / 128);
    loader.ids.reserve((links_at - nodes_at) / 128);
    let (send, receive) = std::sync::mpsc::channel::<LinkBatch<'_>>();
    // The links array: from its `[` to the `]` before the closing brace.
    let body = text.trim_end().strip_suffix("\n}")?;
    let links_text = body.get(links_at + LINKS.len() - 1..)?;
    let (links, nodes) = rayon::join(
        move || -> Option<()> {
            let mut de = serde_json::Deserializer::from_str(links_text);
            let mut strings = rustc_hash::FxHashSet::default();
            strings.reserve(links_text.len() / 128);
            (&mut de).deserialize_seq(LinkBatches { send, strings }).ok()?;
            de.end().ok()
        },
        || -> Option<()> {
            // The nodes array: from its `[` to the `]` of the line before the links.
            let mut de = serde_json::Deserializer::from_str(&text[nodes_at..links_at + 4]);
            Items(&mut loader, Loader::add_node).deserialize(&mut de).ok()?;
            de.end().ok()?;
            // Links come grouped by source: its index is looked up once per group.
            let mut last: Option<(NodeIndex, Cow<'_, str>)> = None;
            for batch in receive {
                for (source, target, relation, edge) in batch {
                    let a = match &last {
                        Some((a, id)) if *id == source => *a,
                        _ => loader.node(&source)?,
                    };
                    let b = loader.node(&target)?;
                    last = Some((a, source.clone()));
                    loader.insert_edge(a, b, (source, target, relation), edge);
                }
            }
            Some(())
        },
    );
    links?;
    nodes?;
    // Each thread shared strings in a set of its own: the graph builds its set when it grows.
    loader.kg.forget_strings();
    Some(loader.kg)
}

/// The links array, sent in batches; stops at the first problem.
struct LinkBatches<'a> {
    send: std::sync::mpsc::Sender<LinkBatch<'a>>,
    strings: rustc_hash::FxHashSet<std::sync::Arc<str>>,
}

impl<'de> Visitor<'de> for LinkBatches<'de> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of links")
    }
    fn visit_seq<S: SeqAccess<'de>>(mut self, mut seq: S) -> Result<(), S::Error> {
        const BATCH: usize = 1 << 13;
        let mut batch = Vec::with_capacity(BATCH);
        let stop = || de::Error::custom("stop");
        while let Some(l) = seq.next_element::<RLink<'de>>()? {
            let label = EdgeLabel::parse(&l.relation).ok_or_else(stop)?;
            let evidence = evidence_list(&l.evidence, |s| crate::graph::intern_in(&mut self.strings, s));
            batch.push((l.source, l.target, l.relation, Edge { label, evidence }));
            if batch.len() == BATCH {
                self.send.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).map_err(|_| stop())?;
            }
        }
        self.send.send(batch).map_err(|_| stop())
    }
}

/// Reads a graph written by [`write`]. `path` only names the source in errors.
///
/// # Errors
/// [`Error::BadGraph`] with the line and column of a JSON or schema problem.
pub fn read(text: &str, path: &std::path::Path) -> Result<KnowledgeGraph, Error> {
    match read_fast(text) {
        Some(kg) => Ok(kg),
        None => read_general(text, path),
    }
}

/// Reads any layout, one record after the other.
fn read_general(text: &str, path: &std::path::Path) -> Result<KnowledgeGraph, Error> {
    let bad =
        |line: usize, column: usize, reason: String| Error::BadGraph { path: path.to_path_buf(), line, column, reason };
    let mut loader = Loader {
        kg: KnowledgeGraph::new(),
        ids: HashMap::default(),
        nodes_done: false,
        pending: Vec::new(),
        problem: None,
        last_link: None,
        sorted: true,
    };
    // About one evidence text or document id for every 256 bytes of a graph written by
    // `write`: room for them up front spares the interning set its rehashing as it grows.
    loader.kg.reserve_strings(text.len() / 256);
    let mut de = serde_json::Deserializer::from_str(text);
    let r = GraphSeed(&mut loader).deserialize(&mut de).and_then(|()| de.end());
    if let Err(e) = r {
        if let Some(p) = loader.problem.take() {
            // serde stops past the bad record; its bad value is the last one before that point.
            let stop = line_start(text, e.line()) + e.column();
            let (line, column) = position(text, text[..stop.min(text.len())].rfind(&p.needle));
            return Err(bad(line, column, p.reason));
        }
        // serde_json ends its messages with the position, which BadGraph already gives.
        let msg = e.to_string();
        let reason = msg.strip_suffix(&format!(" at line {} column {}", e.line(), e.column())).unwrap_or(&msg);
        // (serde_json counts a position before a line's first character as column 0, and an
        // empty text as line 1, column 0; BadGraph's line and column are 1-based)
        return Err(bad(e.line().max(1), e.column().max(1), reason.to_string()));
    }
    for l in std::mem::take(&mut loader.pending) {
        loader.add_link(l).map_err(|p| {
            let (line, column) = position(text, text.find(&p.needle));
            bad(line, column, p.reason)
        })?;
    }
    Ok(loader.kg)
}

/// Byte offset where 1-based `line` starts.
fn line_start(text: &str, line: usize) -> usize {
    if line <= 1 {
        return 0;
    }
    text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1)
}

/// 1-based line and column (in bytes, as serde_json counts) of the character after the quote at
/// `quote`; line 1, column 1 when the value was not found (it had escapes).
fn position(text: &str, quote: Option<usize>) -> (usize, usize) {
    let Some(q) = quote else { return (1, 1) };
    let at = q + 1;
    let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    (text[..at].matches('\n').count() + 1, at - start + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    fn graph() -> KnowledgeGraph {
        let doc = Document::new("d", "Police in Peru arrested Juan Carlos Mendez in Lima on Monday.");
        let mut g = KnowledgeGraph::new();
        g.add(&doc, &extract(&doc));
        g
    }

    #[test]
    fn round_trip_is_identical() {
        let g = graph();
        let mut a = Vec::new();
        write(&g, &mut a).unwrap();
        let g2 = read(std::str::from_utf8(&a).unwrap(), std::path::Path::new("x.json")).unwrap();
        let mut b = Vec::new();
        write(&g2, &mut b).unwrap();
        assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
    }

    /// A graph with escaped ids, two documents, shared sentences and an event time.
    fn varied_graph() -> KnowledgeGraph {
        let mut g = graph();
        let doc = Document::new("d2", "Ana Núñez met \"Bo\" Berg in Lima.\nThen she left.");
        g.add(&doc, &extract(&doc));
        let mut n = g.nodes().next().unwrap().1.clone();
        n.id = "person:quote\"d".into();
        g.upsert_node(n);
        g
    }

    fn written(g: &KnowledgeGraph) -> String {
        let mut out = Vec::new();
        write(g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_written_layout_reads_on_two_threads_as_any_other_layout_reads() {
        let g = varied_graph();
        let text = written(&g);
        assert!(g.node_count() > 3 && g.edge_count() > 2 && text.contains("\\\""), "{text}");
        let fast = read_fast(&text).expect("the layout of write");
        assert_eq!(written(&fast), text);
        // Another spacing at the top: the general reader, the same graph.
        let other = text.replacen("\"directed\": true", "\"directed\":true", 1);
        assert!(read_fast(&other).is_none());
        assert_eq!(written(&read(&other, std::path::Path::new("g.json")).unwrap()), text);
        // A graph read the fast way grows as any other.
        let mut grown = read(&text, std::path::Path::new("g.json")).unwrap();
        let doc = Document::new("d3", "Police in Peru arrested Juan Carlos Mendez in Lima on Monday.");
        grown.add(&doc, &extract(&doc));
        let mut expected = g.clone();
        expected.add(&doc, &extract(&doc));
        assert_eq!(written(&grown), written(&expected));
    }

    fn evidence_keys(line: &str, list: &str) -> Vec<Evidence> {
        let bad = std::cell::Cell::new(false);
        let list: Vec<_> = Elements::of(line, list, &bad, evidence_text).unwrap().collect();
        assert!(!bad.get());
        list.iter().map(|e| Evidence::new(&e.key.0, e.key.1, e.key.2, &e.key.3)).collect()
    }

    /// Checks that the writer wrote `line` twice: once from its parts, once as it is.
    fn assert_rewritten(w: GraphWriter<Vec<u8>>, line: &str) {
        let mut out = Vec::new();
        w.w.into_inner().unwrap().clone_into(&mut out);
        let text = String::from_utf8(out).unwrap();
        let mut records = text.lines().filter_map(|l| l.strip_prefix("    ")).map(|l| l.strip_suffix(',').unwrap_or(l));
        assert_eq!((records.next(), records.next()), (Some(line), Some(line)));
    }

    #[test]
    fn record_keys_are_read_from_the_written_records() {
        let mut g = crate::export::testgraph::hostile();
        let (event, entity) = {
            let mut nodes = g.nodes().map(|(_, n)| n);
            let event = nodes.find(|n| n.event.is_some()).unwrap().clone();
            (event, g.nodes().map(|(_, n)| n.id.clone()).find(|id| id.contains('\\')).unwrap())
        };
        let mut cited = event.clone();
        cited.id = "event:\"y\":meet:2".into();
        cited.event.as_mut().unwrap().source = Some(entity.clone());
        g.upsert_node(cited);
        let text = written(&g);
        let mut lines = text.lines().filter_map(|l| l.strip_prefix("    ")).map(|l| l.strip_suffix(',').unwrap_or(l));
        for (_, n) in g.nodes() {
            let line = lines.next().unwrap();
            assert_eq!(line, node_record(n));
            assert_eq!(node_record_id(line).as_deref(), Some(n.id.as_str()));
            let source = n.event.as_ref().and_then(|e| e.source.as_deref());
            assert_eq!(node_record_source(line).as_deref(), source, "{line}");
            assert_eq!(evidence_keys(line, ",\"mentions\":"), n.mentions);
            let mut head = read_node_record_head(line, std::path::Path::new("run")).unwrap();
            assert!(head.mentions.is_empty());
            head.mentions.clone_from(&n.mentions);
            assert_eq!(node_record(&head), line);
            head.mentions.clear();
            let mut again = GraphWriter::start(Vec::new()).unwrap();
            again.node_with_lists_of(&head, &[line, line]).unwrap();
            again.node_record(line).unwrap();
            assert_rewritten(again, line);
        }
        assert!(g.nodes().any(|(_, n)| n.event.as_ref().is_some_and(|e| e.source.as_deref() == Some(&entity))));
        for (a, b, e) in g.edges() {
            let line = lines.next().unwrap();
            let (s, t) = (&g.node(a).id, &g.node(b).id);
            assert_eq!(line, link_record(s, t, e));
            let (ks, kt, label) = link_record_key(line).unwrap();
            assert_eq!((&*ks, &*kt, label), (s.as_str(), t.as_str(), e.label));
            assert_eq!(evidence_keys(line, ",\"evidence\":"), e.evidence);
            let mut again = GraphWriter::start(Vec::new()).unwrap();
            again.link_with_evidence_of(&[line, line]).unwrap();
            again.link_record(line).unwrap();
            assert_rewritten(again, line);
        }
        assert_eq!(node_record_id("{\"kind\":\"event\"}"), None);
        assert_eq!(node_record_id("{\"id\":\"unclosed"), None);
        assert_eq!(link_record_key("{\"source\":\"a\",\"target\":\"b\",\"relation\":\"nonsense\"}"), None);
    }

    #[test]
    fn a_problem_in_the_written_layout_is_reported_by_the_general_reader() {
        let text = written(&graph());
        let bad = text.replacen("\"relation\":\"", "\"relation\":\"x", 1);
        assert!(read_fast(&bad).is_none());
        let msg = read(&bad, std::path::Path::new("g.json")).unwrap_err().to_string();
        assert!(msg.contains("unknown relation 'x"), "{msg}");
        let cut = &text[..text.len() - 10];
        assert!(read_fast(cut).is_none());
        assert!(read(cut, std::path::Path::new("g.json")).is_err());
        let dangling = text.replacen("\"target\":\"", "\"target\":\"nobody", 1);
        assert!(read_fast(&dangling).is_none());
        let msg = read(&dangling, std::path::Path::new("g.json")).unwrap_err().to_string();
        assert!(msg.contains("names a node that does not exist"), "{msg}");
    }

    #[test]
    fn damage_anywhere_in_the_written_layout_reads_as_the_general_reader_reads_it() {
        let text = written(&graph());
        let path = std::path::Path::new("g.json");
        let (mut fast, mut general_only) = (0, 0);
        for i in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for b in [b'x', b'"', b']', b'\n'] {
                let mut bytes = text.clone().into_bytes();
                if !bytes[i].is_ascii() || bytes[i] == b {
                    continue;
                }
                bytes[i] = b;
                let Ok(damaged) = String::from_utf8(bytes) else { continue };
                let general = read_general(&damaged, path);
                match read_fast(&damaged) {
                    Some(kg) => {
                        fast += 1;
                        let general =
                            general.unwrap_or_else(|e| panic!("byte {i} -> {b}: read fast, not generally: {e}"));
                        assert_eq!(written(&kg), written(&general), "byte {i} -> {b}");
                    }
                    None => general_only += 1,
                }
            }
        }
        // Damage inside a label or a sentence keeps the layout; damage to the structure does not.
        assert!(fast > 100 && general_only > 100, "{fast} {general_only}");
    }

    #[test]
    fn an_empty_text_is_line_1_column_1() {
        // See: issue #8 (found by the property tests: column 0)
        let e = read("", std::path::Path::new("g.json")).unwrap_err();
        assert!(e.to_string().starts_with("g.json: invalid graph JSON at line 1, column 1: "), "{e}");
    }

    #[test]
    fn errors_have_line_and_column() {
        let e = read("{\n  \"nodes\": [,]\n}", std::path::Path::new("g.json")).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("g.json: invalid graph JSON at line 2, column"), "{msg}");
    }

    #[test]
    fn schema_errors_point_at_the_record() {
        // The position is the end of the bad record.
        let node = |id: &str, ty: &str| {
            format!("{{\"id\": \"{id}\", \"kind\": \"entity\", \"type\": \"{ty}\", \"label\": \"A\"}}")
        };
        let text = format!(
            "{{\"nodes\": [\n  {},\n  {},\n  {}\n], \"links\": []}}",
            node("a", "person"),
            node("b", "planet"),
            node("c", "person")
        );
        let msg = read(&text, std::path::Path::new("g.json")).unwrap_err().to_string();
        assert_eq!(
            msg,
            "g.json: invalid graph JSON at line 3, column 42: node 'b' has unknown kind/type 'entity'/'planet'"
        );
        let text = "{\"nodes\": [], \"links\": [\n {\"source\": \"a\", \"target\": \"b\", \"relation\": \"family\"}]}";
        let msg = read(text, std::path::Path::new("g.json")).unwrap_err().to_string();
        assert_eq!(
            msg,
            "g.json: invalid graph JSON at line 2, column 14: link 'a' -> 'b' names a node that does not exist"
        );
        let msg = read("{\"nodes\": []}", std::path::Path::new("g.json")).unwrap_err().to_string();
        assert_eq!(msg, "g.json: invalid graph JSON at line 1, column 13: missing field `links`");
    }

    #[test]
    fn links_may_come_first_and_ids_may_be_escaped() {
        let text = r#"{"links": [{"source": "person:a\u00e9", "target": "person:b", "relation": "family",
            "evidence": [{"doc": "d", "start": 0, "end": 1, "text": "x"}]}],
          "nodes": [{"id": "person:a\u00e9", "kind": "entity", "type": "person", "label": "A"},
                    {"id": "person:b", "kind": "entity", "type": "person", "label": "B"}],
          "directed": true, "extra": {"ignored": [1, 2]}}"#;
        let g = read(text, std::path::Path::new("g.json")).unwrap();
        assert_eq!(g.node_count(), 2);
        let (a, b, e) = g.edges()[0];
        assert_eq!((g.node(a).id.as_str(), g.node(b).id.as_str()), ("person:aé", "person:b"));
        assert_eq!(&*e.evidence[0].text, "x");
    }

    #[test]
    fn repeated_links_merge_whatever_their_order() {
        let node = |id: &str| format!(r#"{{"id": "{id}", "kind": "entity", "type": "person", "label": "{id}"}}"#);
        let link = |s: &str, t: &str, text: &str| {
            format!(
                r#"{{"source": "{s}", "target": "{t}", "relation": "family", "evidence": [{{"doc": "d", "start": 0, "end": 1, "text": "{text}"}}]}}"#
            )
        };
        // Sorted, then out of order, then a repeat of the first link: still one edge per pair.
        let links = [link("a", "b", "one"), link("b", "c", "two"), link("a", "c", "three"), link("a", "b", "again")];
        let text =
            format!(r#"{{"nodes": [{}, {}, {}], "links": [{}]}}"#, node("a"), node("b"), node("c"), links.join(", "));
        let g = read(&text, std::path::Path::new("g.json")).unwrap();
        assert_eq!(g.edge_count(), 3);
        let (_, _, ab) = g.edges()[0];
        assert_eq!(ab.evidence.iter().map(|e| e.text.as_ref()).collect::<Vec<_>>(), ["again", "one"]);
        // A repeat right after its first occurrence is not "sorted" either.
        let text = format!(
            r#"{{"nodes": [{}, {}], "links": [{}, {}]}}"#,
            node("a"),
            node("b"),
            link("a", "b", "x"),
            link("a", "b", "y")
        );
        assert_eq!(read(&text, std::path::Path::new("g.json")).unwrap().edge_count(), 1);
    }

    #[test]
    fn top_level_fields() {
        let mut out = Vec::new();
        write(&graph(), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["directed"], true);
        assert_eq!(v["graph"]["generator"], "newsgraph");
        assert!(v["nodes"].as_array().unwrap().iter().any(|n| n["kind"] == "event" && n["type"] == "arrest"));
        assert!(v["links"].as_array().unwrap().iter().all(|l| l["evidence"].as_array().is_some_and(|e| !e.is_empty())));
    }
}
