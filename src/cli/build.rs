//! `newsgraph build`: articles in, graphs out.
//!
//! Streams the inputs through `corpus::run` on `--threads` threads; in folder output each
//! article's files are written as soon as its graph is built, so no article waits in memory for
//! the end. The corpus graph is resolved across documents, then written. `--update GRAPH` starts
//! from a graph written earlier instead of an empty one and skips documents it already has.
//!
//! One JSON graph file of the full view (`-o FILE.json`, no `--update`) is built out of core
//! (`graph::spill`): the documents' graphs go to sorted runs in a temporary folder beside the
//! output and are merged into the file at the end, so memory does not grow with the corpus
//! graph. Other outputs (standard output, folders, other formats, `--view actors`, `--update`)
//! build the corpus graph in memory.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use newsgraph::KnowledgeGraph;
use newsgraph::corpus::{self, BuildOptions, Sink};
use newsgraph::export::{self, Format};
use newsgraph::graph::resolve::{self, ResolveOptions};
use newsgraph::graph::spill::Spill;
use newsgraph::graph::view::{self, View};
use newsgraph::input::{self, ReadOptions};

use super::progress::Progress;
use super::{EXAMPLES, InputArgs, lexicon, report, sources};

#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct BuildArgs {
    /// Articles: .txt/.md files (optional front matter), .jsonl files, folders, or -.
    /// Without any, reads data/ and writes graphs/.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output file, or folder for one graph per article plus corpus.*; default standard output.
    /// neo4j writes three files: STEM.cypher, STEM.nodes.csv, STEM.relationships.csv (to
    /// standard output, only the Cypher script).
    #[arg(short, long, value_name = "FILE|DIR")]
    output: Option<PathBuf>,
    /// Output format(s): json, dot, graphml, gexf, cytoscape, neo4j, mermaid, svg, html
    /// (default: from the output extension, else json; for a folder: json, dot, svg, html).
    #[arg(short, long, value_delimiter = ',', value_name = "FORMAT")]
    format: Vec<String>,
    /// Also link names that share a sentence (co_occurs edges, marked as such).
    #[arg(long)]
    cooccurrence: bool,
    /// full: entities, events and roles; actors: events collapsed into labelled
    /// actor-to-actor edges ("United States -arrest-> X"), for diagrams.
    #[arg(long, value_enum, default_value = "full")]
    view: ViewArg,
    /// Print no warnings and no progress bar.
    #[arg(short, long)]
    quiet: bool,
    /// Add the articles to this graph (JSON, as written by build): documents already in it,
    /// by id, are skipped. Written back to the same file unless -o is given.
    #[arg(long, value_name = "GRAPH.json")]
    update: Option<PathBuf>,
    /// Extraction threads (default: one per core). The output is the same for any number.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,
    /// Documents extracted together (memory holds about three chunks of text).
    #[arg(long, value_name = "N", default_value_t = 256, hide = true)]
    chunk: usize,
    /// Documents per run of an out-of-core build (memory holds about one run's graph).
    #[arg(long, value_name = "N", default_value_t = 256, hide = true)]
    spill_docs: usize,
    /// Build a JSON graph file in memory instead of out of core (the output is the same).
    #[arg(long, hide = true)]
    in_memory: bool,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ViewArg {
    Full,
    Actors,
}

impl From<ViewArg> for View {
    fn from(v: ViewArg) -> View {
        match v {
            ViewArg::Full => View::Full,
            ViewArg::Actors => View::Actors,
        }
    }
}

/// What a folder gets when no format is named (the main job writes these into `graphs/`).
const DIR_FORMATS: &[Format] = &[Format::Json, Format::Dot, Format::Svg, Format::Html];

pub(crate) fn run(a: BuildArgs) -> Result<i32> {
    let main_job = a.paths.is_empty() && a.update.is_none();
    if a.update.is_some() && a.paths.is_empty() {
        bail!("--update needs articles to add (newsgraph build --update GRAPH.json PATH...)");
    }
    let paths = if main_job { vec![PathBuf::from("data")] } else { a.paths.clone() };
    let output = match (&a.output, &a.update, main_job) {
        (Some(o), _, _) => Some(o.clone()),
        (None, Some(u), _) => Some(u.clone()),
        (None, None, true) => Some(PathBuf::from("graphs")),
        (None, None, false) => None,
    };
    let to_dir = output
        .as_ref()
        .is_some_and(|o| o.is_dir() || o.to_string_lossy().ends_with('/') || (main_job && a.output.is_none()));
    if a.update.is_some() && matches!(a.view, ViewArg::Actors) {
        bail!("--update keeps the full graph it reads and writes; drop --view actors");
    }
    if to_dir && a.update.is_some() {
        bail!("--update writes one graph file, not a folder (give -o FILE)");
    }
    let mut formats: Vec<Format> = a.format.iter().map(|f| Format::parse(f)).collect::<newsgraph::Result<_>>()?;
    if formats.is_empty() {
        formats = match &output {
            Some(_) if to_dir => DIR_FORMATS.to_vec(),
            Some(o) => vec![Format::from_path(o).unwrap_or(Format::Json)],
            None => vec![Format::Json],
        };
    }
    if !to_dir && formats.len() > 1 {
        bail!("several formats need an output folder (-o DIR/)");
    }
    let lx = lexicon(&a.input)?;
    let mut failed = false;
    let sources = sources(&paths, &mut failed)?;
    if sources.is_empty() {
        if failed {
            return Ok(2); // every path was missing, and each was reported
        }
        bail!(
            "no input files (*.txt, *.md, *.jsonl) under {}",
            paths.iter().map(|p| format!("'{}'", p.display())).collect::<Vec<_>>().join(", ")
        );
    }
    let mut corpus = match &a.update {
        Some(g) => read_graph(g)?,
        None => KnowledgeGraph::new(),
    };
    if let Some(out) = output.as_ref().filter(|_| to_dir) {
        std::fs::create_dir_all(out).with_context(|| format!("creating output folder '{}'", out.display()))?;
    }
    let opts = BuildOptions {
        read: ReadOptions { lossy: a.input.lossy },
        cooccurrence: a.cooccurrence,
        per_document: to_dir,
        threads: a.threads,
        chunk: a.chunk,
        ..BuildOptions::default()
    };
    let total = sources.iter().map(|s| if s.is_stdin() { None } else { std::fs::metadata(&s.path).ok() });
    let total = total.map(|m| m.map(|m| m.len())).sum::<Option<u64>>();
    let progress = Progress::new(total, a.quiet);
    let view: View = a.view.into();
    // One JSON graph file of the full view: built out of core (graph::spill), the corpus graph
    // never whole in memory.
    let out_of_core = !a.in_memory && !to_dir && a.update.is_none() && view == View::Full && formats[0] == Format::Json;
    let mut spill = match output.as_deref().filter(|_| out_of_core) {
        Some(out) => Some(Spill::new(out, a.spill_docs)?.threads(a.threads)),
        None => None,
    };
    let stats = {
        let sink: &mut dyn Sink = match spill.as_mut() {
            Some(s) => s,
            None => &mut corpus,
        };
        let mut rep = report(a.quiet, &mut failed);
        let mut report = |p| progress.suspend(|| rep(p));
        let read = |f: &mut dyn FnMut(newsgraph::Result<newsgraph::Document>)| {
            for src in &sources {
                input::read_source(src, opts.read, &mut *f);
            }
        };
        let mut done = 0;
        corpus::run_into(Some(sink), read, &lx, &opts, &mut report, |d| {
            done += 1;
            progress.advance(d.bytes as u64, done);
            if let Some(out) = output.as_ref().filter(|_| to_dir) {
                for f in &formats {
                    let p = out.join(format!("{}.{}", file_name(&d.id), f.extension()));
                    export::write_graph_file(&view::apply(&d.graph, view), *f, &p)?;
                }
            }
            Ok(())
        })
    };
    progress.finish();
    let stats = stats?;
    if let (Some(spill), Some(out)) = (spill, &output) {
        let merged = spill.finish(Some(ResolveOptions::default()))?;
        export::write_file(out, |w| merged.write(w).map(|_| ()))?;
        return Ok(if failed { 2 } else { 0 });
    }
    let corpus = resolve::resolve(corpus, ResolveOptions::default());
    match output {
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            let r = export::write(&view::apply(&corpus, a.view.into()), formats[0], &mut w).and_then(|()| w.flush());
            match r {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(0),
                r => r.context("writing to standard output")?,
            }
        }
        Some(out) if to_dir => {
            for f in &formats {
                let corpus = view::apply(&corpus, a.view.into());
                export::write_graph_file(&corpus, *f, &out.join(format!("corpus.{}", f.extension())))?;
            }
            if !a.quiet {
                eprintln!(
                    "newsgraph: {} document{} -> {} ({} nodes, {} edges)",
                    stats.count,
                    if stats.count == 1 { "" } else { "s" },
                    out.display(),
                    corpus.node_count(),
                    corpus.edge_count()
                );
            }
        }
        Some(out) => {
            export::write_graph_file(&view::apply(&corpus, a.view.into()), formats[0], &out)?;
            if a.update.is_some() && !a.quiet {
                eprintln!(
                    "newsgraph: {} document{} added, {} already there -> {} ({} nodes, {} edges)",
                    stats.count,
                    if stats.count == 1 { "" } else { "s" },
                    stats.skipped,
                    out.display(),
                    corpus.node_count(),
                    corpus.edge_count()
                );
            }
        }
    }
    Ok(if failed { 2 } else { 0 })
}

/// Reads a graph written by `build` (JSON) for `--update`.
pub(crate) fn read_graph(path: &Path) -> Result<KnowledgeGraph> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading graph '{}'", path.display()))?;
    Ok(export::json::read(&text, path)?)
}

/// A document id made safe as a file name.
fn file_name(id: &str) -> String {
    id.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect()
}
