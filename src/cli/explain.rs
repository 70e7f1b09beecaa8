//! `newsgraph explain`: why an entity got its type, label and aliases.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;

use newsgraph::extract;
use newsgraph::input::{self, ReadOptions};

use super::{InputArgs, lexicon};

#[derive(Debug, clap::Args)]
pub(crate) struct ExplainArgs {
    /// The entity's name or an alias (case and accents ignored).
    name: String,
    /// Articles to read (default data/).
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    input: InputArgs,
}

pub(crate) fn run(a: ExplainArgs) -> Result<i32> {
    let paths = if a.paths.is_empty() { vec![PathBuf::from("data")] } else { a.paths.clone() };
    let lx = lexicon(&a.input)?;
    let cx = extract::Context { lexicon: &lx, cooccurrence: false };
    let pipeline = extract::Pipeline::english();
    let want = extract::resolve::norm(&a.name);
    let mut found = 0;
    let mut failed = false;
    let mut all_labels = Vec::new();
    let stdout = io::stdout();
    let mut w = stdout.lock();
    for src in super::sources(&paths, &mut failed)? {
        input::read_source(&src, ReadOptions { lossy: a.input.lossy }, |doc| {
            let doc = match doc {
                Ok(d) => d,
                Err(e) => {
                    failed = true;
                    eprintln!("newsgraph: {e}");
                    return;
                }
            };
            let Ok(ann) = pipeline.run(&doc, &cx) else { return };
            for e in &ann.entities {
                all_labels.push(e.label.clone());
                let names: Vec<String> =
                    std::iter::once(&e.label).chain(e.aliases.iter()).map(|n| extract::resolve::norm(n)).collect();
                if !names.contains(&want) {
                    continue;
                }
                found += 1;
                let _ = explain_entity(&mut w, &doc, &ann, e);
            }
        });
    }
    if found == 0 {
        let sugg = suggestions(&want, &all_labels);
        eprintln!(
            "newsgraph: no entity matches '{}'{}",
            a.name,
            if sugg.is_empty() { String::new() } else { format!("; did you mean {}?", sugg.join(", ")) }
        );
        return Ok(1);
    }
    Ok(if failed { 2 } else { 0 })
}

fn explain_entity(
    w: &mut impl Write,
    doc: &newsgraph::Document,
    ann: &extract::Annotations,
    e: &extract::Entity,
) -> io::Result<()> {
    writeln!(w, "{} [{}] in {}", e.label, e.kind, doc.path().unwrap_or(doc.id()))?;
    if !e.aliases.is_empty() {
        writeln!(w, "  aliases: {}", e.aliases.iter().cloned().collect::<Vec<_>>().join(", "))?;
    }
    if !e.titles.is_empty() {
        writeln!(w, "  titles: {}", e.titles.iter().cloned().collect::<Vec<_>>().join(", "))?;
    }
    if !e.attributes.is_empty() {
        writeln!(w, "  attributes: {}", e.attributes.iter().cloned().collect::<Vec<_>>().join(", "))?;
    }
    writeln!(w, "  why:")?;
    for r in &e.reasons {
        writeln!(w, "    - {r}")?;
    }
    writeln!(w, "  mentions:")?;
    for &m in &e.mentions {
        let m = &ann.mentions[m];
        let sentence = doc
            .sentences()
            .get(m.sentence)
            .map_or_else(|| doc.slice(m.span).to_string(), |s| doc.slice(s.span).to_string());
        writeln!(
            w,
            "    - {} [{}..{}] {:?}: {}",
            doc.slice(m.span),
            doc.char_offset(m.span.start),
            doc.char_offset(m.span.end),
            m.form,
            sentence
        )?;
    }
    writeln!(w)
}

/// Up to three labels closest to `want`: by edit distance to the whole name or to one of its
/// words ("Arkwel" suggests "Tomas Arkwell Brandt").
fn suggestions(want: &str, labels: &[String]) -> Vec<String> {
    let limit = (want.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, String)> = labels
        .iter()
        .filter_map(|l| {
            let n = extract::resolve::norm(l);
            let best = std::iter::once(n.as_str()).chain(n.split(' ')).map(|x| edit_distance(want, x)).min()?;
            (best <= limit).then(|| (best, l.clone()))
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(3).map(|(_, l)| format!("'{l}'")).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
