//! Command-line arguments and the commands they run.
//!
//! clap parses the arguments into [`Opts`]; each command turns its flags into library options
//! and calls the library. Errors carry context (`anyhow`) and become exit code 2 in `main`;
//! problems with single inputs are reported as they happen and make the exit code 2 at the end
//! while the rest is still built.

use std::path::PathBuf;

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

use newsgraph::corpus::Problem;
use newsgraph::extract::Lexicon;
use newsgraph::input;

mod build;
mod explain;
mod extract;
mod merge;
mod progress;
mod query;

const EXAMPLES: &str = "\
Examples:
  newsgraph build                              read data/, write graphs/ (JSON, DOT, SVG, HTML per article + corpus)
  newsgraph build article.txt                  print the article's graph as JSON
  newsgraph build news/ -o graphs/news.dot     one DOT graph of every article under news/
  newsgraph build news/ -o view.html           one interactive page (also: .svg .graphml .gexf .cyjs .mmd)
  newsgraph build news/ -o neo/news.cypher     Cypher script + news.nodes.csv + news.relationships.csv
  newsgraph build feed.jsonl -o out/ -f json,graphml,gexf
  cat article.txt | newsgraph build - --format dot
  newsgraph build --update graphs/corpus.json new/   add articles to a graph built earlier
  newsgraph extract < part.jsonl > part.graphs.jsonl   map: documents to partial graphs (scale-out)
  newsgraph merge parts/*.jsonl -o corpus.json       reduce: partial graphs to one graph
  newsgraph explain \"Rios Montano\" article.txt   why an entity got its type, label and aliases";

/// Turn news articles into a knowledge graph of who did what to whom.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, about, after_help = EXAMPLES)]
pub(crate) struct Opts {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build a knowledge graph from articles (files, folders, or - for standard input).
    #[command(after_help = EXAMPLES)]
    Build(build::BuildArgs),
    /// Show why an entity got its type, label and aliases, with the evidence sentences.
    Explain(explain::ExplainArgs),
    /// Turn JSON Lines documents (standard input) into partial graphs, one JSON line each.
    Extract(extract::ExtractArgs),
    /// Combine partial graphs into one graph, resolving entities across documents.
    Merge(merge::MergeArgs),
    /// Ask a built graph: find, neighbors, path, ego, top, communities, events, stats.
    Query(query::QueryArgs),
}

#[derive(Debug, clap::Args)]
pub(crate) struct InputArgs {
    /// Extra lexicon files (name<TAB>type<TAB>aliases), see docs/lexicons.md.
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Decode invalid UTF-8 lossily (with a warning) instead of skipping the file.
    #[arg(long)]
    lossy: bool,
}

/// Runs the parsed command; returns the exit code.
pub(crate) fn run(opts: Opts) -> Result<i32> {
    match opts.command {
        Command::Build(a) => build::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Merge(a) => merge::run(a),
        Command::Query(a) => query::run(a),
    }
}

pub(crate) fn lexicon(args: &InputArgs) -> Result<Lexicon> {
    let mut lx = Lexicon::standard().clone();
    for p in &args.lexicons {
        lx = lx.with_user_file(p).with_context(|| format!("reading lexicon '{}'", p.display()))?;
    }
    Ok(lx)
}

/// An error and its causes on one line, like anyhow's `{:#}`, but leaving out a cause the line
/// already ends with: library errors name their cause themselves ("g.json: No such file or
/// directory (os error 2)") and would otherwise print it twice.
pub(crate) fn message(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let c = cause.to_string();
        if line.is_empty() {
            line = c;
        } else if !line.ends_with(&c) {
            line.push_str(": ");
            line.push_str(&c);
        }
    }
    line
}

/// The input files under `paths`. A path that does not exist is reported on its own line and
/// the others are still read (the exit code becomes 2, as for a bad file).
pub(crate) fn sources(paths: &[PathBuf], failed: &mut bool) -> Result<Vec<input::Source>> {
    let mut present = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && p.as_os_str() != "-" => {
                *failed = true;
                eprintln!("newsgraph: {}", newsgraph::Error::MissingPath(p.clone()));
            }
            _ => present.push(p.clone()),
        }
    }
    Ok(input::sources(&present)?)
}

pub(crate) fn report(quiet: bool, failed: &mut bool) -> impl FnMut(Problem) + '_ {
    move |p| match p {
        Problem::Error(e) => {
            *failed = true;
            eprintln!("newsgraph: {e}");
        }
        Problem::Warning { path, message } => {
            if !quiet {
                eprintln!("newsgraph: warning: {path}: {message}");
            }
        }
    }
}
