//! `newsgraph merge`: the reducer of a scaled-out build.
//!
//! Reads partial graphs (JSON Lines, one graph a line, as `newsgraph extract` writes them; or
//! whole `.json` graphs as `build` writes them) from files or standard input, absorbs them all
//! into one graph (a union: any sharding and any order give the same graph), resolves entities
//! across documents once, and writes the result in any format. `--partial` skips resolution and
//! writes the union as one JSON line, so merges can themselves be merged (a tree of reducers).
//! A bad line is reported and skipped; the exit code is then 2.

use std::fs;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};

use newsgraph::KnowledgeGraph;
use newsgraph::export::{self, Format, jsonl};
use newsgraph::graph::resolve::{self, ResolveOptions};

#[derive(Debug, clap::Args)]
pub(crate) struct MergeArgs {
    /// Partial graphs: .jsonl files (one graph a line), .json graphs, or - (JSON Lines on
    /// standard input, the default).
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Output file; default standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Output format: json, dot, graphml, gexf, cytoscape, neo4j, mermaid, svg, html
    /// (default: from the output extension, else json).
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    /// Write the union unresolved, as one JSON line that merge reads again.
    #[arg(long, conflicts_with = "format")]
    partial: bool,
    /// Print no warnings.
    #[arg(short, long)]
    quiet: bool,
}

pub(crate) fn run(a: MergeArgs) -> Result<i32> {
    let format = match (&a.format, &a.output) {
        (Some(f), _) => Format::parse(f)?,
        (None, Some(o)) => Format::from_path(o).unwrap_or(Format::Json),
        (None, None) => Format::Json,
    };
    if a.partial && a.output.as_ref().is_some_and(|o| o.extension().is_some_and(|e| e != "jsonl")) {
        bail!("--partial writes JSON Lines: name the output *.jsonl");
    }
    let files = if a.files.is_empty() { vec![PathBuf::from("-")] } else { a.files.clone() };
    let mut graph = KnowledgeGraph::new();
    let mut failed = false;
    let mut parts = 0usize;
    for f in &files {
        let mut add = |r: newsgraph::Result<KnowledgeGraph>| match r {
            Ok(g) => {
                parts += 1;
                graph.absorb(g);
            }
            Err(e) => {
                failed = true;
                eprintln!("newsgraph: {e}");
            }
        };
        if f.as_os_str() == "-" {
            read_lines(f, io::stdin().lock(), &mut add);
        } else if f.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")) {
            let text = fs::read_to_string(f).with_context(|| format!("reading '{}'", f.display()))?;
            add(export::json::read(&text, f));
        } else {
            let file = fs::File::open(f).with_context(|| format!("reading '{}'", f.display()))?;
            read_lines(f, BufReader::new(file), &mut add);
        }
    }
    if !a.quiet && parts == 0 {
        eprintln!("newsgraph: warning: no partial graphs read");
    }
    let write = |w: &mut dyn Write, g: &KnowledgeGraph| -> io::Result<()> {
        if a.partial { jsonl::write_line(g, w) } else { export::write(g, format, w) }
    };
    let graph = if a.partial { graph } else { resolve::resolve(graph, ResolveOptions::default()) };
    match &a.output {
        None => {
            let stdout = io::stdout();
            let mut w = io::BufWriter::new(stdout.lock());
            match write(&mut w, &graph).and_then(|()| w.flush()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(0),
                r => r.context("writing to standard output")?,
            }
        }
        Some(out) if a.partial => export::write_file(out, |w| write(w, &graph))?,
        Some(out) => export::write_graph_file(&graph, format, out)?,
    }
    Ok(if failed { 2 } else { 0 })
}

/// Calls `add` with the graph of every non-blank line, or the error that names the line.
fn read_lines(path: &Path, reader: impl BufRead, add: &mut impl FnMut(newsgraph::Result<KnowledgeGraph>)) {
    for (n, line) in reader.lines().enumerate() {
        match line {
            Ok(l) if l.trim().is_empty() => {}
            Ok(l) => add(jsonl::read_line(&l, path, n + 1)),
            Err(e) => return add(Err(newsgraph::Error::io(path, e))),
        }
    }
}
