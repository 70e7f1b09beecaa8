//! `newsgraph build`: articles in, graphs out.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{Context as _, Result, bail};

use newsgraph::corpus::{self, BuildOptions};
use newsgraph::export::{self, Format};
use newsgraph::input::ReadOptions;

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
    /// Print no warnings.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    input: InputArgs,
}

/// What a folder gets when no format is named (the main job writes these into `graphs/`).
const DIR_FORMATS: &[Format] = &[Format::Json, Format::Dot, Format::Svg, Format::Html];

pub(crate) fn run(a: BuildArgs) -> Result<i32> {
    let main_job = a.paths.is_empty();
    let paths = if main_job { vec![PathBuf::from("data")] } else { a.paths.clone() };
    let output = match (&a.output, main_job) {
        (Some(o), _) => Some(o.clone()),
        (None, true) => Some(PathBuf::from("graphs")),
        (None, false) => None,
    };
    let to_dir = output
        .as_ref()
        .is_some_and(|o| o.is_dir() || o.to_string_lossy().ends_with('/') || (main_job && a.output.is_none()));
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
    let opts =
        BuildOptions { read: ReadOptions { lossy: a.input.lossy }, cooccurrence: a.cooccurrence, per_document: to_dir };
    let built = corpus::build(&sources, &lx, &opts, report(a.quiet, &mut failed));
    match output {
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            let r = export::write(&built.corpus, formats[0], &mut w).and_then(|()| w.flush());
            match r {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(0),
                r => r.context("writing to standard output")?,
            }
        }
        Some(out) if to_dir => {
            std::fs::create_dir_all(&out).with_context(|| format!("creating output folder '{}'", out.display()))?;
            for f in &formats {
                for (id, g) in &built.documents {
                    let p = out.join(format!("{}.{}", file_name(id), f.extension()));
                    export::write_graph_file(g, *f, &p)?;
                }
                export::write_graph_file(&built.corpus, *f, &out.join(format!("corpus.{}", f.extension())))?;
            }
            if !a.quiet {
                eprintln!(
                    "newsgraph: {} document{} -> {} ({} nodes, {} edges)",
                    built.count,
                    if built.count == 1 { "" } else { "s" },
                    out.display(),
                    built.corpus.node_count(),
                    built.corpus.edge_count()
                );
            }
        }
        Some(out) => {
            export::write_graph_file(&built.corpus, formats[0], &out)?;
        }
    }
    Ok(if failed { 2 } else { 0 })
}

/// A document id made safe as a file name.
fn file_name(id: &str) -> String {
    id.chars().map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect()
}
