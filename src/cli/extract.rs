//! `newsgraph extract`: the stateless mapper of a scaled-out build.
//!
//! Reads documents (JSON Lines on standard input by default, or the paths given, as `build`
//! reads them) and writes one partial graph per document to standard output, one JSON line
//! each (`export::jsonl`), in input order. It keeps no state between documents and never
//! resolves across them: `newsgraph merge` does that once, over all the parts. Bad records are
//! reported on standard error and skipped; the exit code is then 2.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use newsgraph::corpus::{self, BuildOptions};
use newsgraph::export::jsonl;
use newsgraph::input::{self, ReadOptions};

use super::{InputArgs, lexicon, report};

#[derive(Debug, clap::Args)]
pub(crate) struct ExtractArgs {
    /// Articles (.txt/.md/.jsonl files, folders); default: JSON Lines records on standard input.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Also link names that share a sentence (co_occurs edges).
    #[arg(long)]
    cooccurrence: bool,
    /// Print no warnings.
    #[arg(short, long)]
    quiet: bool,
    /// Extraction threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N", default_value_t = 0)]
    threads: usize,
    #[command(flatten)]
    input: InputArgs,
}

pub(crate) fn run(a: ExtractArgs) -> Result<i32> {
    let lx = lexicon(&a.input)?;
    let opts = BuildOptions {
        read: ReadOptions { lossy: a.input.lossy },
        cooccurrence: a.cooccurrence,
        threads: a.threads,
        resolve: None,
        ..BuildOptions::default()
    };
    let stdin = a.paths.is_empty() || a.paths.iter().all(|p| p.as_os_str() == "-");
    let sources = if stdin { Vec::new() } else { input::sources(&a.paths)? };
    let read_opts = opts.read;
    let read = move |f: &mut dyn FnMut(newsgraph::Result<newsgraph::Document>)| {
        if stdin {
            input::read_records(Path::new("-"), io::stdin().lock(), read_opts, &mut &mut *f);
        } else {
            for src in &sources {
                input::read_source(src, read_opts, &mut *f);
            }
        }
    };
    let mut failed = false;
    let stdout = io::stdout();
    let mut w = io::BufWriter::new(stdout.lock());
    let r = {
        let mut rep = report(a.quiet, &mut failed);
        corpus::run(None, read, &lx, &opts, &mut rep, |d| {
            jsonl::write_line(&d.graph, &mut w).map_err(|e| newsgraph::Error::io("-", e))
        })
    };
    let r = r.map(|_| ()).and_then(|()| w.flush().map_err(|e| newsgraph::Error::io("-", e)));
    match r {
        Err(newsgraph::Error::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => return Ok(0),
        r => r.context("writing to standard output")?,
    }
    Ok(if failed { 2 } else { 0 })
}
