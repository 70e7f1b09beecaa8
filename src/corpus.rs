//! Building graphs from many inputs: read, extract in parallel, add in input order, and report
//! problems without stopping.
//!
//! Reads documents from a reader (files and folders through the input module, or any stream of
//! documents such as JSON Lines on standard input), runs the extraction pipeline on each and
//! adds its graph to the corpus graph. A file or record that cannot be read is reported through
//! the callback and skipped; the rest still build.
//!
//! **Parallel and streaming.** A reader thread hands documents over a bounded channel; they are
//! taken in chunks of at most [`BuildOptions::chunk`] documents, each chunk is extracted on a
//! rayon pool of [`BuildOptions::threads`] threads (every document to a graph of its own), and
//! the chunk's graphs are then handed to the caller and absorbed into the corpus graph in input
//! order, while the next chunk is being extracted. Only a few chunks of documents exist at any
//! time, so memory grows with the graph, not with the input. Absorbing is a union that does not
//! depend on order anyway (`graph::merge`), and problems are reported in input order, so the
//! output and the messages are the same whatever the number of threads.
//!
//! Flow: sources -> **corpus** (input -> extract -> graph) -> resolve -> exporters.

use std::sync::mpsc;

use crate::error::{Error, Result};
use crate::extract::{Context, Lexicon, Pipeline};
use crate::graph::KnowledgeGraph;
use crate::graph::resolve::{self, ResolveOptions};
use crate::input::{self, ReadOptions, Source};
use crate::text::Document;

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// How to read input.
    pub read: ReadOptions,
    /// Add `co_occurs` edges between names in one sentence.
    pub cooccurrence: bool,
    /// Keep one graph per document besides the corpus graph (in [`Built::documents`]; the
    /// streaming [`run`] hands them to its callback instead).
    pub per_document: bool,
    /// Extraction threads; 0 for one per core.
    pub threads: usize,
    /// Documents extracted together before their graphs are added (bounds memory).
    pub chunk: usize,
    /// Cross-document entity resolution of the corpus graph; `None` leaves it unresolved.
    pub resolve: Option<ResolveOptions>,
}

impl Default for BuildOptions {
    fn default() -> Self {
        BuildOptions {
            read: ReadOptions::default(),
            cooccurrence: false,
            per_document: false,
            threads: 0,
            chunk: 256,
            resolve: Some(ResolveOptions::default()),
        }
    }
}

/// Something that went wrong with one input, or a warning about it.
#[derive(Debug)]
pub enum Problem {
    /// A file or record was skipped.
    Error(Error),
    /// A document was read but something about it is odd.
    Warning {
        /// The file (and line) it came from.
        path: String,
        /// What is odd.
        message: String,
    },
}

/// What a build produced.
#[derive(Debug, Default)]
pub struct Built {
    /// All documents in one graph.
    pub corpus: KnowledgeGraph,
    /// One graph per document, in input order (when [`BuildOptions::per_document`]).
    pub documents: Vec<(String, KnowledgeGraph)>,
    /// Number of documents built.
    pub count: usize,
    /// Number of inputs skipped for errors.
    pub errors: usize,
}

/// Counts from a streaming [`run`].
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// Documents added.
    pub count: usize,
    /// Inputs skipped for errors.
    pub errors: usize,
    /// Documents skipped because their id was already in the graph.
    pub skipped: usize,
    /// Bytes of document text extracted.
    pub bytes: u64,
}

/// One built document, as handed to the callback of [`run`].
#[derive(Debug)]
pub struct DocumentGraph {
    /// The document id.
    pub id: String,
    /// Bytes of its text.
    pub bytes: usize,
    /// Its graph (entities resolved within the document only).
    pub graph: KnowledgeGraph,
}

/// Builds the graphs of `sources`, calling `report` for every problem as it happens. The corpus
/// graph is resolved across documents unless [`BuildOptions::resolve`] is `None`.
pub fn build(sources: &[Source], lexicon: &Lexicon, opts: &BuildOptions, mut report: impl FnMut(Problem)) -> Built {
    let mut built = Built::default();
    let read = |f: &mut dyn FnMut(Result<Document>)| {
        for src in sources {
            input::read_source(src, opts.read, &mut *f);
        }
    };
    let keep = opts.per_document;
    let stats = run(Some(&mut built.corpus), read, lexicon, opts, &mut report, |d| {
        if keep {
            built.documents.push((d.id.clone(), d.graph.clone()));
        }
        Ok(())
    });
    let stats = stats.unwrap_or_default();
    built.count = stats.count;
    built.errors = stats.errors;
    if let Some(r) = opts.resolve {
        built.corpus = resolve::resolve(std::mem::take(&mut built.corpus), r);
    }
    built
}

/// The reader of a [`run`]: calls its argument with every document (or error), in order.
pub trait Reader: FnOnce(&mut dyn FnMut(Result<Document>)) + Send {}
impl<T: FnOnce(&mut dyn FnMut(Result<Document>)) + Send> Reader for T {}

/// Streams documents from `read` through extraction (see the module documentation for how the
/// work is split between threads): each document's graph goes to
/// `on_document` in input order and then, when `corpus` is given, into it (not resolved: call
/// [`resolve::resolve`] at the end). A document whose id is already in `corpus` is skipped with
/// a warning, so adding documents twice changes nothing. Problems go to `report` in input order.
///
/// # Errors
/// The first error `on_document` returns; the build stops there.
pub fn run(
    corpus: Option<&mut KnowledgeGraph>,
    read: impl Reader,
    lexicon: &Lexicon,
    opts: &BuildOptions,
    report: &mut dyn FnMut(Problem),
    on_document: impl FnMut(&DocumentGraph) -> Result<()>,
) -> Result<Stats> {
    run_into(corpus.map(|g| g as &mut dyn Sink), read, lexicon, opts, report, on_document)
}

/// Where a [`run_into`] puts the documents' graphs: a corpus graph, or something that keeps
/// less of them in memory (`graph::spill`).
pub trait Sink {
    /// True when a document with this id was added already.
    fn has_document(&self, id: &str) -> bool;
    /// Adds a document's graph.
    ///
    /// # Errors
    /// What keeping it failed with (writing it out, for a sink that does).
    fn absorb(&mut self, graph: KnowledgeGraph) -> Result<()>;
}

impl Sink for KnowledgeGraph {
    fn has_document(&self, id: &str) -> bool {
        KnowledgeGraph::has_document(self, id)
    }
    fn absorb(&mut self, graph: KnowledgeGraph) -> Result<()> {
        KnowledgeGraph::absorb(self, graph);
        Ok(())
    }
}

/// [`run`] into any [`Sink`].
///
/// # Errors
/// The first error `on_document` or the sink returns; the build stops there.
pub fn run_into(
    mut corpus: Option<&mut (dyn Sink + '_)>,
    read: impl Reader,
    lexicon: &Lexicon,
    opts: &BuildOptions,
    report: &mut dyn FnMut(Problem),
    mut on_document: impl FnMut(&DocumentGraph) -> Result<()>,
) -> Result<Stats> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(opts.threads)
        .thread_name(|i| format!("newsgraph-extract-{i}"))
        .build()
        .map_err(|e| Error::Io { path: "thread pool".into(), source: std::io::Error::other(e) })?;
    let chunk = opts.chunk.max(1);
    let pipeline = Pipeline::english();
    let cx = Context { lexicon, cooccurrence: opts.cooccurrence };
    let (tx, rx) = mpsc::sync_channel::<Result<Document>>(chunk);
    let mut stats = Stats::default();
    std::thread::scope(|scope| {
        scope.spawn(move || {
            read(&mut |d| {
                // The receiver hangs up only when the build stopped on an error.
                let _ = tx.send(d);
            });
        });
        let mut pending: Vec<Item> = Vec::new();
        let mut done = false;
        while !done {
            let mut batch = Vec::with_capacity(chunk);
            while batch.len() < chunk {
                match rx.recv() {
                    Ok(d) => batch.push(d),
                    Err(_) => {
                        done = true;
                        break;
                    }
                }
            }
            let seen = |id: &str| corpus.as_deref().is_some_and(|g| g.has_document(id));
            let batch: Vec<Job> = batch
                .into_iter()
                .map(|d| match d {
                    Ok(doc) if seen(doc.id()) => Job::Seen(seen_item(&doc)),
                    Ok(doc) => Job::Extract(doc),
                    Err(e) => Job::Failed(e),
                })
                .collect();
            let previous = std::mem::take(&mut pending);
            let mut next = Vec::new();
            let r = pool.in_place_scope(|s| {
                s.spawn(|_| next = extract_all(batch, &pipeline, &cx));
                add_items(previous, corpus.as_deref_mut(), report, &mut on_document, &mut stats)
            });
            r?;
            pending = next;
        }
        add_items(pending, corpus, report, &mut on_document, &mut stats)?;
        // Dropping the receiver here lets a reader blocked on a full channel finish.
        drop(rx);
        Ok(stats)
    })
}

/// A document on its way to extraction.
enum Job {
    Extract(Document),
    Seen(Item),
    Failed(Error),
}

fn seen_item(doc: &Document) -> Item {
    Item::Seen {
        id: doc.id().to_string(),
        path: doc.path().unwrap_or(doc.id()).to_string(),
        warnings: doc.warnings().to_vec(),
    }
}

/// A document after extraction, waiting to be added in input order.
enum Item {
    Built { doc: DocumentGraph, path: String, warnings: Vec<String> },
    Seen { id: String, path: String, warnings: Vec<String> },
    Failed(Error),
}

fn extract_all(jobs: Vec<Job>, pipeline: &Pipeline, cx: &Context<'_>) -> Vec<Item> {
    use rayon::prelude::*;
    jobs.into_par_iter()
        .map(|j| match j {
            Job::Extract(doc) => match pipeline.run(&doc, cx) {
                Ok(ann) => {
                    let mut graph = KnowledgeGraph::new();
                    graph.add(&doc, &ann);
                    let path = doc.path().unwrap_or(doc.id()).to_string();
                    let d = DocumentGraph { id: doc.id().to_string(), bytes: doc.text().len(), graph };
                    Item::Built { doc: d, path, warnings: doc.warnings().to_vec() }
                }
                Err(e) => Item::Failed(e),
            },
            Job::Seen(item) => item,
            Job::Failed(e) => Item::Failed(e),
        })
        .collect()
}

fn add_items(
    items: Vec<Item>,
    mut corpus: Option<&mut (dyn Sink + '_)>,
    report: &mut dyn FnMut(Problem),
    on_document: &mut impl FnMut(&DocumentGraph) -> Result<()>,
    stats: &mut Stats,
) -> Result<()> {
    for item in items {
        match item {
            Item::Failed(e) => {
                stats.errors += 1;
                report(Problem::Error(e));
            }
            Item::Seen { id, path, warnings } => {
                for w in warnings {
                    report(Problem::Warning { path: path.clone(), message: w });
                }
                stats.skipped += 1;
                report(Problem::Warning { path, message: format!("document id '{id}' already added; skipped") });
            }
            Item::Built { doc, path, warnings } => {
                for w in warnings {
                    report(Problem::Warning { path: path.clone(), message: w });
                }
                if corpus.as_deref().is_some_and(|g| g.has_document(&doc.id)) {
                    stats.skipped += 1;
                    let message = format!("document id '{}' already added; skipped", doc.id);
                    report(Problem::Warning { path, message });
                    continue;
                }
                on_document(&doc)?;
                stats.count += 1;
                stats.bytes += doc.bytes as u64;
                if let Some(g) = corpus.as_deref_mut() {
                    g.absorb(doc.graph)?;
                }
            }
        }
    }
    Ok(())
}
