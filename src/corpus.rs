//! Building graphs from many inputs: read, extract, add, and report problems without stopping.
//!
//! Reads [`Source`]s with the input module, runs the extraction pipeline on each document and
//! adds it to the corpus graph (and, when asked, to a graph of its own). A file or record that
//! cannot be read is reported through the callback and skipped; the rest still build.
//!
//! Flow: sources -> **corpus** (input -> extract -> graph) -> exporters.

use crate::error::Error;
use crate::extract::{Context, Lexicon, Pipeline};
use crate::graph::KnowledgeGraph;
use crate::input::{self, ReadOptions, Source};
use crate::text::Document;

/// How to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// How to read input.
    pub read: ReadOptions,
    /// Add `co_occurs` edges between names in one sentence.
    pub cooccurrence: bool,
    /// Keep one graph per document besides the corpus graph.
    pub per_document: bool,
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

/// Builds the graphs of `sources`, calling `report` for every problem as it happens.
pub fn build(sources: &[Source], lexicon: &Lexicon, opts: &BuildOptions, mut report: impl FnMut(Problem)) -> Built {
    let pipeline = Pipeline::english();
    let cx = Context { lexicon, cooccurrence: opts.cooccurrence };
    let mut built = Built::default();
    for src in sources {
        input::read_source(src, opts.read, |doc| match doc {
            Ok(doc) => {
                add_document(&doc, &pipeline, &cx, opts, &mut built, &mut report);
            }
            Err(e) => {
                built.errors += 1;
                report(Problem::Error(e));
            }
        });
    }
    built
}

fn add_document(
    doc: &Document,
    pipeline: &Pipeline,
    cx: &Context<'_>,
    opts: &BuildOptions,
    built: &mut Built,
    report: &mut impl FnMut(Problem),
) {
    let path = doc.path().unwrap_or(doc.id()).to_string();
    for w in doc.warnings() {
        report(Problem::Warning { path: path.clone(), message: w.clone() });
    }
    if built.corpus.has_document(doc.id()) {
        report(Problem::Warning { path, message: format!("document id '{}' already added; skipped", doc.id()) });
        return;
    }
    let ann = match pipeline.run(doc, cx) {
        Ok(a) => a,
        Err(e) => {
            built.errors += 1;
            report(Problem::Error(e));
            return;
        }
    };
    built.corpus.add(doc, &ann);
    if opts.per_document {
        let mut g = KnowledgeGraph::new();
        g.add(doc, &ann);
        built.documents.push((doc.id().to_string(), g));
    }
    built.count += 1;
}
