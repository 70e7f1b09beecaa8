//! Building a corpus graph that does not fit in memory: sorted runs on disk and a k-way merge.
//!
//! A [`Spill`] takes the documents' graphs of a build (it is a [`Sink`] for
//! `corpus::run_into`), absorbs them into a graph of a few hundred documents at a time, and
//! writes each such graph to a temporary folder as a *run*: the layout `export::json::write`
//! writes (nodes in id order, then links in (source, target, relation) order, one a line),
//! with its documents in a file beside it (one a line, in id order). In memory stay only the
//! document ids (to skip documents added twice) and the `resolve::summary` of the corpus graph:
//! its entity nodes without mentions, the relations between them and which entities share an
//! event.
//!
//! [`Spill::finish`] resolves the summary (`resolve::renames`: the same clusters and ids as
//! `resolve::resolve` on the whole graph), renames the runs side by side (only the records that
//! name a renamed entity are read, renamed and moved to their new place; the others keep their
//! text) and hands back a [`Merged`], whose [`Merged::write`] reads all runs side by side and
//! merges them ([`merge_sorted`]): a record in one run only is copied as it is (records are
//! kept as text with their keys, read from the start of the line); records with one key (a
//! node id, or a link's ends and relation) in several runs combine as `KnowledgeGraph::absorb`
//! combines them: a node's other fields are read and merged (`build::merge_node`), and the
//! evidence lists become their sorted union, each evidence copied as text. All go straight to
//! `export::json::GraphWriter`. The bytes are those `export::json::write` writes for the
//! resolved graph built in memory; memory holds one run's graph while building, one run's
//! records per thread while renaming, and one record per run (plus every part of the record
//! being merged) while merging. At most
//! [`Spill::fan_in`] runs are read side by side; beyond that the first runs are merged into
//! one first.
//!
//! The folder is removed when the `Spill` or `Merged` is dropped, on success or error.
//!
//! Flow: corpus (documents' graphs) -> **spill** (runs, summary) -> resolve (renames) ->
//! **merge** -> JSON writer.

use std::borrow::Cow;
use std::collections::{BTreeMap, BinaryHeap};
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::KnowledgeGraph;
use super::build::merge_node;
use super::merge::{self, doc_key};
use super::model::{DocInfo, Edge, Node};
use super::resolve::{self, ResolveOptions};
use crate::corpus::Sink;
use crate::error::{Error, Result};
use crate::export::json::{self, GraphWriter};

/// The documents' graphs of a build, spilled to disk in sorted runs (see the module
/// documentation).
pub struct Spill {
    dir: tempfile::TempDir,
    /// Documents per run.
    every: usize,
    /// The graph of the documents since the last run.
    chunk: KnowledgeGraph,
    chunk_docs: usize,
    /// The ids of all documents added.
    ids: rustc_hash::FxHashSet<Box<str>>,
    /// What resolution needs of all graphs added.
    summary: KnowledgeGraph,
    runs: Vec<Run>,
    /// The most runs merged side by side.
    fan_in: usize,
    /// Runs made so far, for their names.
    made: usize,
    /// Threads that rename runs side by side (0: one per core).
    threads: usize,
}

/// The files of a run: its graph, and its documents (one a line, in id order).
#[derive(Debug)]
struct Run {
    graph: PathBuf,
    documents: PathBuf,
}

impl std::fmt::Debug for Spill {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spill").field("dir", &self.dir.path()).field("runs", &self.runs.len()).finish()
    }
}

impl Spill {
    /// A spill for the file `output`, into a new temporary folder beside it, writing a run every
    /// `every` documents.
    ///
    /// # Errors
    /// [`Error::Io`] naming `output` when the folder cannot be made.
    pub fn new(output: &Path, every: usize) -> Result<Spill> {
        let dir = output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let tmp = tempfile::Builder::new()
            .prefix(".newsgraph-spill-")
            .tempdir_in(dir)
            // The folder's own error (missing, not a folder) rather than the temporary name's.
            .map_err(|e| Error::io(output, fs::metadata(dir).err().unwrap_or(e)))?;
        Ok(Spill {
            dir: tmp,
            every: every.max(1),
            chunk: KnowledgeGraph::new(),
            chunk_docs: 0,
            ids: Default::default(),
            summary: KnowledgeGraph::new(),
            runs: Vec::new(),
            fan_in: FAN_IN,
            made: 0,
            threads: 0,
        })
    }

    /// Renames runs on at most `n` threads at once (0, the default: one per core). The output
    /// is the same for any number; each thread holds one run's graph.
    #[must_use]
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = n;
        self
    }

    /// Merges at most `n` (at least 2) runs side by side, in more passes if need be (default
    /// 500: one file open per run).
    #[must_use]
    pub fn fan_in(mut self, n: usize) -> Self {
        self.fan_in = n.max(2);
        self
    }

    /// The temporary folder (removed when the spill, or the [`Merged`] it ends in, is dropped).
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The file names of a new run.
    fn new_run(&mut self) -> Run {
        let name = format!("run-{:06}", self.made);
        self.made += 1;
        Run {
            graph: self.dir.path().join(format!("{name}.json")),
            documents: self.dir.path().join(format!("{name}.docs.jsonl")),
        }
    }

    /// Writes the documents since the last run as a run.
    fn spill(&mut self) -> Result<()> {
        if self.chunk_docs == 0 && self.chunk.is_empty() {
            return Ok(());
        }
        let chunk = std::mem::take(&mut self.chunk);
        self.chunk_docs = 0;
        self.summary.absorb(resolve::summary(&chunk));
        let run = self.new_run();
        write_run(&chunk, &run.graph)?;
        write_documents(&chunk, &run.documents)?;
        self.runs.push(run);
        Ok(())
    }

    /// Writes the last run and resolves: each run is renamed by [`resolve::renames`] of the
    /// summary (when `resolve` is given) and sorted again, ready to be merged.
    ///
    /// # Errors
    /// [`Error::Io`] or [`Error::BadGraph`] naming a run that could not be written or read.
    pub fn finish(mut self, resolve: Option<ResolveOptions>) -> Result<Merged> {
        self.spill()?;
        let summary = std::mem::take(&mut self.summary);
        let rename = resolve.map(|o| resolve::renames(summary, o)).unwrap_or_default();
        if !rename.is_empty() {
            // (runs are independent: renamed side by side, each by one thread)
            use rayon::prelude::*;
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(self.threads)
                .build()
                .map_err(|e| Error::io(self.dir.path(), io::Error::other(e)))?;
            pool.install(|| self.runs.par_iter().try_for_each(|r| rename_run(&r.graph, &rename)))?;
        }
        // At most `fan_in` runs are read side by side (open files, buffers): beyond that, the
        // first runs are merged into one first, as few as bring the count down to `fan_in`.
        while self.runs.len() > self.fan_in {
            let n = (self.runs.len() - self.fan_in + 1).min(self.fan_in);
            let run = self.new_run();
            merge_runs(&self.runs[..n], &run)?;
            for r in self.runs.drain(..n) {
                let _ = fs::remove_file(&r.graph);
                let _ = fs::remove_file(&r.documents);
            }
            self.runs.insert(0, run);
        }
        Ok(Merged { dir: self.dir, runs: self.runs })
    }
}

impl Sink for Spill {
    fn has_document(&self, id: &str) -> bool {
        self.ids.contains(id)
    }

    fn absorb(&mut self, graph: KnowledgeGraph) -> Result<()> {
        self.ids.extend(graph.documents.keys().map(|id| Box::from(id.as_str())));
        self.chunk_docs += graph.documents.len().max(1);
        self.chunk.absorb(graph);
        if self.chunk_docs >= self.every {
            self.spill()?;
        }
        Ok(())
    }
}

/// The most runs merged side by side by default.
const FAN_IN: usize = 500;

/// Merges runs into one run.
fn merge_runs(runs: &[Run], into: &Run) -> Result<()> {
    let docs = |e| Error::io(&into.documents, e);
    let mut w = BufWriter::new(File::create(&into.documents).map_err(docs)?);
    merge_documents(runs, |d| {
        serde_json::to_writer(&mut w, d)?;
        w.write_all(b"\n")
    })
    .and_then(|()| w.flush())
    .map_err(docs)?;
    let graph = |e| Error::io(&into.graph, e);
    let mut out = GraphWriter::start(BufWriter::new(File::create(&into.graph).map_err(graph)?)).map_err(graph)?;
    merge_graphs(runs, &mut out).and_then(|_| out.finish()).map_err(graph)
}

/// Writes a graph as a run: the JSON layout without documents, atomically.
fn write_run(kg: &KnowledgeGraph, path: &Path) -> Result<()> {
    write_atomically(path, |w| {
        let mut out = GraphWriter::new(w, std::iter::empty())?;
        for (_, n) in kg.nodes() {
            out.node(n)?;
        }
        out.links()?;
        for (a, b, e) in kg.edges() {
            out.link(&kg.node(a).id, &kg.node(b).id, e)?;
        }
        out.finish()
    })
}

/// Writes a graph's documents, one a line in id order, atomically.
fn write_documents(kg: &KnowledgeGraph, path: &Path) -> Result<()> {
    write_atomically(path, |mut w| {
        for d in kg.documents.values() {
            serde_json::to_writer(&mut w, d)?;
            w.write_all(b"\n")?;
        }
        w.flush()
    })
}

/// Writes the file `path` through `write`, atomically (to a temporary file renamed into place).
fn write_atomically(path: &Path, write: impl FnOnce(&mut BufWriter<File>) -> io::Result<()>) -> Result<()> {
    let tmp = path.with_extension("tmp");
    let r = File::create(&tmp).and_then(|f| write(&mut BufWriter::new(f))).and_then(|()| fs::rename(&tmp, path));
    r.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// Renames the entities of a run by `rename` (old id -> new id), in place. Only the records
/// that name a renamed entity (as id, event source or link end) are read and written again;
/// the others keep their text. Records that come to share a key stay apart, one after the
/// other (the merge combines them).
fn rename_run(path: &Path, rename: &BTreeMap<String, String>) -> Result<()> {
    let renamed = |id: &str| rename.contains_key(id);
    let mut run = RunReader::open(path).map_err(|e| Error::io(path, e))?;
    let (mut nodes, mut links, mut touched) = (Vec::new(), Vec::new(), false);
    let r = (|| {
        while let Some(mut n) = run.next_node()? {
            if renamed(&n.key) || json::node_record_source(&n.text).is_some_and(|s| renamed(&s)) {
                let mut node = n.node()?;
                merge::rename_node(&mut node, rename);
                n = Record { key: node.id.clone(), text: json::node_record(&node), run: path };
                touched = true;
            }
            nodes.push(n);
        }
        while let Some(mut l) = run.next_link()? {
            if renamed(&l.key.0) || renamed(&l.key.1) {
                let (mut s, mut t, e) = l.link()?;
                for end in [&mut s, &mut t] {
                    if let Some(r) = rename.get(end.as_str()) {
                        end.clone_from(r);
                    }
                }
                l = Record { text: json::link_record(&s, &t, &e), key: (s, t, e.label.as_str()), run: path };
                touched = true;
            }
            links.push(l);
        }
        Ok(())
    })();
    r.map_err(|e: io::Error| Error::io(path, e))?;
    if !touched {
        return Ok(());
    }
    // (stable: records that come to share a key keep the order of their old keys)
    nodes.sort_by(|a, b| a.key.cmp(&b.key));
    links.sort_by(|a, b| a.key.cmp(&b.key));
    write_atomically(path, |w| {
        let mut out = GraphWriter::new(w, std::iter::empty())?;
        for n in &nodes {
            out.node_record(&n.text)?;
        }
        out.links()?;
        for l in &links {
            out.link_record(&l.text)?;
        }
        out.finish()
    })
}

/// Reads a run's documents, one a line.
struct DocReader<'p> {
    path: &'p Path,
    lines: BufReader<File>,
    line: String,
}

impl<'p> DocReader<'p> {
    fn open(path: &'p Path) -> io::Result<Self> {
        let file = File::open(path).map_err(|e| at(path, e))?;
        Ok(DocReader { path, lines: BufReader::with_capacity(1 << 13, file), line: String::new() })
    }

    fn next_document(&mut self) -> io::Result<Option<DocInfo>> {
        self.line.clear();
        if self.lines.read_line(&mut self.line).map_err(|e| at(self.path, e))? == 0 {
            return Ok(None);
        }
        serde_json::from_str(&self.line).map(Some).map_err(|e| at(self.path, e.into()))
    }
}

/// Sorted runs ready to be merged into the corpus graph's JSON.
pub struct Merged {
    dir: tempfile::TempDir,
    runs: Vec<Run>,
}

impl std::fmt::Debug for Merged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Merged").field("dir", &self.dir.path()).field("runs", &self.runs.len()).finish()
    }
}

/// Counts of a merged graph.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Nodes written.
    pub nodes: usize,
    /// Links written.
    pub edges: usize,
}

impl Merged {
    /// Writes the corpus graph as `export::json::write` writes it, merging the runs.
    ///
    /// # Errors
    /// I/O errors of the writer or of reading a run (whose message names the run).
    pub fn write(&self, w: &mut dyn Write) -> io::Result<Counts> {
        let mut out = GraphWriter::start(w)?;
        merge_documents(&self.runs, |d| out.document(d))?;
        let counts = merge_graphs(&self.runs, &mut out)?;
        out.finish()?;
        Ok(counts)
    }
}

/// Merges the runs' documents, in id order, into `emit`.
fn merge_documents(runs: &[Run], mut emit: impl FnMut(&DocInfo) -> io::Result<()>) -> io::Result<()> {
    let mut readers = runs.iter().map(|r| DocReader::open(&r.documents)).collect::<io::Result<Vec<_>>>()?;
    let docs: Vec<_> = readers.iter_mut().map(|r| move || r.next_document()).collect();
    merge_sorted(
        docs,
        |d: &DocInfo| d.id.clone(),
        |group| {
            // A document id in two runs keeps the smaller record, as `absorb` does.
            let d = group.iter().min_by(|a, b| doc_key(a).cmp(&doc_key(b)));
            d.map_or(Ok(()), &mut emit)
        },
    )
}

/// Merges the runs' nodes and links into `out` (after its documents), records with one key
/// combined as `KnowledgeGraph::absorb` combines them.
fn merge_graphs<W: Write>(runs: &[Run], out: &mut GraphWriter<W>) -> io::Result<Counts> {
    let mut counts = Counts::default();
    let mut readers = runs.iter().map(|r| RunReader::open(&r.graph)).collect::<io::Result<Vec<_>>>()?;
    let nodes: Vec<_> = readers.iter_mut().map(|r| move || r.next_node()).collect();
    merge_sorted(
        nodes,
        |n: &NodeRecord<'_>| n.key.clone(),
        |group| {
            counts.nodes += 1;
            // (a record in one run only is written as it is there)
            if let [one] = group.as_slice() {
                return out.node_record(&one.text);
            }
            // (the others: their fields read and merged, their mentions united as text)
            let mut heads = group.iter().map(Record::head);
            let Some(mut head) = heads.next().transpose()? else { return Ok(()) };
            for n in heads {
                merge_node(&mut head, n?);
            }
            out.node_with_lists_of(&head, &texts(&group)).map_err(|e| of_run(group[0].run, e))
        },
    )?;
    out.links()?;
    let links: Vec<_> = readers.iter_mut().map(|r| move || r.next_link()).collect();
    merge_sorted(
        links,
        |l: &LinkRecord<'_>| l.key.clone(),
        |group| {
            counts.edges += 1;
            if let [one] = group.as_slice() {
                return out.link_record(&one.text);
            }
            out.link_with_evidence_of(&texts(&group)).map_err(|e| of_run(group[0].run, e))
        },
    )?;
    Ok(counts)
}

/// Merges sources that each give items in increasing key order into one stream in increasing
/// key order: the items with one key (from any sources, in source order) go to `emit` together.
///
/// # Complexity
/// O(n log k) key comparisons for n items from k sources.
///
/// # Errors
/// The first error of a source or of `emit`.
pub fn merge_sorted<T, K: Ord, E>(
    mut sources: Vec<impl FnMut() -> std::result::Result<Option<T>, E>>,
    key: impl Fn(&T) -> K,
    mut emit: impl FnMut(Vec<T>) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let mut heads: Vec<Option<T>> = Vec::with_capacity(sources.len());
    let mut heap = BinaryHeap::new();
    for (i, s) in sources.iter_mut().enumerate() {
        let item = s()?;
        if let Some(t) = &item {
            heap.push(std::cmp::Reverse((key(t), i)));
        }
        heads.push(item);
    }
    while let Some(std::cmp::Reverse((k, i))) = heap.pop() {
        let mut group = Vec::new();
        group.extend(heads[i].take());
        refill(&mut sources[i], &mut heads[i], &mut heap, &key, i)?;
        while heap.peek().is_some_and(|std::cmp::Reverse((k2, _))| *k2 == k) {
            let Some(std::cmp::Reverse((_, j))) = heap.pop() else { break };
            group.extend(heads[j].take());
            refill(&mut sources[j], &mut heads[j], &mut heap, &key, j)?;
        }
        emit(group)?;
    }
    Ok(())
}

/// Takes the next item of source `i` into its head and the heap.
fn refill<T, K: Ord, E>(
    source: &mut impl FnMut() -> std::result::Result<Option<T>, E>,
    head: &mut Option<T>,
    heap: &mut BinaryHeap<std::cmp::Reverse<(K, usize)>>,
    key: &impl Fn(&T) -> K,
    i: usize,
) -> std::result::Result<(), E> {
    *head = source()?;
    if let Some(t) = head.as_ref() {
        heap.push(std::cmp::Reverse((key(t), i)));
    }
    Ok(())
}

/// A record of a run: the text of its line (without indent and comma), and its key.
struct Record<'p, K> {
    key: K,
    text: String,
    /// The run's file (for messages).
    run: &'p Path,
}

/// A node record, keyed by its id.
type NodeRecord<'p> = Record<'p, String>;

/// A link record, keyed by its source id, target id and relation.
type LinkRecord<'p> = Record<'p, (String, String, &'static str)>;

fn texts<'a, K>(records: &'a [Record<'_, K>]) -> Vec<&'a str> {
    records.iter().map(|r| r.text.as_str()).collect()
}

impl<K> Record<'_, K> {
    /// The node without its documents and mentions.
    fn head(&self) -> io::Result<Node> {
        json::read_node_record_head(&self.text, self.run).map_err(io::Error::other)
    }

    fn node(&self) -> io::Result<Node> {
        json::read_node_record(&self.text, self.run).map_err(io::Error::other)
    }

    fn link(&self) -> io::Result<(String, String, Edge)> {
        json::read_link_record(&self.text, self.run).map_err(io::Error::other)
    }
}

/// Reads a run line by line: its nodes, then its links.
struct RunReader<'p> {
    path: &'p Path,
    lines: BufReader<File>,
    line: String,
    /// Where the reader is.
    at: Section,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Nodes,
    BeforeLinks,
    Links,
    End,
}

impl<'p> RunReader<'p> {
    fn open(path: &'p Path) -> io::Result<Self> {
        let file = File::open(path).map_err(|e| at(path, e))?;
        let mut r =
            RunReader { path, lines: BufReader::with_capacity(1 << 14, file), line: String::new(), at: Section::Nodes };
        loop {
            if !r.read_line()? {
                return Err(r.bad("no nodes array"));
            }
            if r.line == "  \"nodes\": [" {
                return Ok(r);
            }
        }
    }

    /// The next line without its line break into `line`; false at the end.
    fn read_line(&mut self) -> io::Result<bool> {
        if self.line.capacity() > 1 << 20 {
            self.line = String::new();
        }
        self.line.clear();
        let n = self.lines.read_line(&mut self.line).map_err(|e| at(self.path, e))?;
        if self.line.ends_with('\n') {
            self.line.pop();
        }
        Ok(n > 0)
    }

    fn bad(&self, what: &str) -> io::Error {
        not_a_run(self.path, what)
    }

    /// The record on the next line, or `None` at the line that closes the array.
    fn record(&mut self, close: &str) -> io::Result<Option<&str>> {
        if !self.read_line()? {
            return Err(self.bad("it ends early"));
        }
        if self.line == close {
            return Ok(None);
        }
        let r = self.line.strip_prefix("    ").ok_or_else(|| self.bad("a record is not indented"))?;
        Ok(Some(r.strip_suffix(',').unwrap_or(r)))
    }

    fn next_node(&mut self) -> io::Result<Option<NodeRecord<'p>>> {
        if self.at != Section::Nodes {
            return Ok(None);
        }
        let path = self.path;
        match self.record("  ],")? {
            Some(r) => {
                let key = json::node_record_id(r).map(Cow::into_owned);
                keyed(path, r, key).map(Some)
            }
            None => {
                self.at = Section::BeforeLinks;
                Ok(None)
            }
        }
    }

    fn next_link(&mut self) -> io::Result<Option<LinkRecord<'p>>> {
        while self.at == Section::Nodes {
            self.next_node()?;
        }
        if self.at == Section::BeforeLinks {
            if !self.read_line()? || self.line != "  \"links\": [" {
                return Err(self.bad("no links array"));
            }
            self.at = Section::Links;
        }
        if self.at != Section::Links {
            return Ok(None);
        }
        let path = self.path;
        match self.record("  ]")? {
            Some(r) => {
                let key = json::link_record_key(r).map(|(s, t, l)| (s.into_owned(), t.into_owned(), l.as_str()));
                keyed(path, r, key).map(Some)
            }
            None => {
                self.at = Section::End;
                Ok(None)
            }
        }
    }
}

/// A record of the run `path` with its key.
fn keyed<'p, K>(path: &'p Path, text: &str, key: Option<K>) -> io::Result<Record<'p, K>> {
    let key = key.ok_or_else(|| not_a_run(path, "a record without its key"))?;
    Ok(Record { key, text: text.to_string(), run: path })
}

fn not_a_run(path: &Path, what: &str) -> io::Error {
    at(path, io::Error::new(io::ErrorKind::InvalidData, format!("not a run: {what}")))
}

/// A record of `path` found not as written named by the run; other errors as they are.
fn of_run(path: &Path, e: io::Error) -> io::Error {
    if e.kind() == io::ErrorKind::InvalidData { at(path, e) } else { e }
}

/// An I/O error that names the run it happened on.
fn at(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

/// Spills the graphs in `graphs` into a folder inside `dir`, with a run every `every` documents,
/// and merges them, at most `fan_in` runs at a time: the out-of-core path without a build.
///
/// # Errors
/// As [`Spill::finish`] and [`Merged::write`].
pub fn write_spilled(
    graphs: impl IntoIterator<Item = KnowledgeGraph>,
    dir: &Path,
    every: usize,
    fan_in: usize,
    resolve: Option<ResolveOptions>,
    w: &mut dyn Write,
) -> Result<Counts> {
    let mut spill = Spill::new(&dir.join("graph.json"), every)?.fan_in(fan_in);
    for g in graphs {
        spill.absorb(g)?;
    }
    let merged = spill.finish(resolve)?;
    merged.write(w).map_err(|e| Error::io(dir, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    fn graph(id: &str, text: &str) -> KnowledgeGraph {
        let d = Document::new(id, text);
        let mut g = KnowledgeGraph::new();
        g.add(&d, &extract(&d));
        g
    }

    /// A source of test items.
    type Source<T> = Box<dyn FnMut() -> std::result::Result<Option<T>, String>>;

    fn merge_ints(sources: Vec<Vec<(u32, u32)>>) -> Vec<(u32, u32)> {
        let mut its: Vec<_> = sources.into_iter().map(|v| v.into_iter()).collect();
        let fns: Vec<_> = its.iter_mut().map(|it| move || Ok::<_, ()>(it.next())).collect();
        let mut out = Vec::new();
        merge_sorted(
            fns,
            |t: &(u32, u32)| t.0,
            |g| {
                out.push((g[0].0, g.iter().map(|t| t.1).sum()));
                Ok(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn k_way_merge_orders_and_groups_equal_keys() {
        let out =
            merge_ints(vec![vec![(1, 1), (4, 1), (9, 1)], vec![], vec![(2, 10), (4, 10)], vec![(4, 100), (5, 100)]]);
        assert_eq!(out, [(1, 1), (2, 10), (4, 111), (5, 100), (9, 1)]);
        assert!(merge_ints(vec![]).is_empty());
        assert_eq!(merge_ints(vec![vec![(3, 1)]]), [(3, 1)]);
        // A key repeated within one source joins its group too.
        assert_eq!(merge_ints(vec![vec![(1, 1), (1, 2)], vec![(1, 4), (2, 8)]]), [(1, 7), (2, 8)]);
    }

    #[test]
    fn k_way_merge_groups_in_source_order_and_stops_on_errors() {
        let mut a = vec![(1, "a")].into_iter();
        let mut b = vec![(1, "b"), (2, "b")].into_iter();
        let mut c = vec![(1, "c")].into_iter();
        let sources: Vec<Source<(i32, &'static str)>> =
            vec![Box::new(move || Ok(a.next())), Box::new(move || Ok(b.next())), Box::new(move || Ok(c.next()))];
        let mut seen = Vec::new();
        merge_sorted(
            sources,
            |t| t.0,
            |g| {
                seen.push(g.iter().map(|t| t.1).collect::<String>());
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(seen, ["abc", "b"]);
        let failing: Vec<Source<i32>> = vec![Box::new(|| Ok(Some(1))), Box::new(|| Err("bad run".to_string()))];
        assert_eq!(merge_sorted(failing, |t| *t, |_| Ok(())), Err("bad run".to_string()));
    }

    #[test]
    fn spilled_build_writes_the_bytes_of_the_in_memory_build() {
        let docs = [
            ("a", "Former Defense Secretary Tomas Arkwell Brandt was arrested in Los Angeles."),
            ("b", "Former Defense Secretary Arkwell was released in Mexico City."),
            ("c", "Tomas Arkwell met the president in Mexico City. Police arrested Juan Perez in Lima."),
            ("d", "Juan Perez met the president of Peru in Lima on Monday."),
            ("e", "The Drug Enforcement Administration (DEA) said the DEA arrested two men in Lima."),
            ("f", "According to Juan Perez, police arrested Arkwell in Lima."),
            ("g", "Juan Perez Salas met the president of Peru in Lima."),
        ];
        let mut whole = KnowledgeGraph::new();
        for (id, t) in docs {
            whole.absorb(graph(id, t));
        }
        let resolved = resolve::resolve(whole.clone(), ResolveOptions::default());
        assert!(resolved.node_count() < whole.node_count(), "the example should resolve something");
        let source = |g: &KnowledgeGraph| {
            g.nodes().find_map(|(_, n)| n.event.as_ref().and_then(|e| e.source.clone())).unwrap_or_default()
        };
        assert_eq!(
            (source(&whole).as_str(), source(&resolved).as_str()),
            ("person:juan-perez", "person:juan-perez-salas")
        );
        for (g, opts) in [(resolved, Some(ResolveOptions::default())), (whole, None)] {
            let mut expected = Vec::new();
            json::write(&g, &mut expected).unwrap();
            for (every, fan_in) in [(1, 500), (1, 2), (1, 3), (2, 2), (5, 2)] {
                let dir = tempfile::tempdir().unwrap();
                let mut got = Vec::new();
                let graphs = docs.iter().map(|(id, t)| graph(id, t));
                let counts = write_spilled(graphs, dir.path(), every, fan_in, opts, &mut got).unwrap();
                assert_eq!(String::from_utf8(got).unwrap(), String::from_utf8(expected.clone()).unwrap());
                assert_eq!(counts, Counts { nodes: g.node_count(), edges: g.edge_count() });
                assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0, "the spill folder is removed");
            }
        }
    }

    #[test]
    fn an_empty_spill_writes_an_empty_graph() {
        let dir = tempfile::tempdir().unwrap();
        let mut got = Vec::new();
        write_spilled(Vec::new(), dir.path(), 3, 2, Some(ResolveOptions::default()), &mut got).unwrap();
        let mut expected = Vec::new();
        json::write(&KnowledgeGraph::new(), &mut expected).unwrap();
        assert_eq!(got, expected);
    }

    #[test]
    fn summaries_resolve_as_the_graph_does() {
        let g = {
            let mut g = KnowledgeGraph::new();
            for (id, t) in [
                ("a", "Former Defense Secretary Tomas Arkwell Brandt was arrested in Los Angeles."),
                ("b", "Former Defense Secretary Arkwell was released in Mexico City."),
                ("c", "Police said Arkwell met Juan Perez in Lima."),
            ] {
                g.absorb(graph(id, t));
            }
            g
        };
        let opts = ResolveOptions::default();
        assert_eq!(resolve::clusters(&resolve::summary(&g), opts), resolve::clusters(&g, opts));
        let rename = resolve::renames(resolve::summary(&g), opts);
        let mut a = Vec::new();
        json::write(&g.clone().renamed(&rename), &mut a).unwrap();
        let mut b = Vec::new();
        json::write(&resolve::resolve(g, opts), &mut b).unwrap();
        assert_eq!(a, b);
    }
}
