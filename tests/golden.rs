//! Golden files: every export format of the small hand-built graph
//! (`src/export/testgraph.rs`), compared byte for byte with `tests/golden/<format>/`.
//!
//! After a deliberate change, regenerate with `UPDATE_GOLDEN=1 cargo test --test golden` and
//! review the diff like code.

mod util;

use std::fs;
use std::path::Path;

use newsgraph::KnowledgeGraph;
use newsgraph::export::{self, Format};

/// Compares `actual` with the golden file, or rewrites it when `UPDATE_GOLDEN` is set.
fn check(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, actual).unwrap();
        return;
    }
    let expected = fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("{}: {e}; run `UPDATE_GOLDEN=1 cargo test --test golden` to create it", path.display())
    });
    if expected == actual {
        return;
    }
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = e.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(e.len().min(a.len()));
    let mut diff = String::new();
    for k in first.saturating_sub(2)..(first + 4).min(e.len().max(a.len())) {
        match (e.get(k), a.get(k)) {
            (Some(x), Some(y)) if x == y => diff.push_str(&format!("   {:>5} {x}\n", k + 1)),
            (x, y) => {
                if let Some(x) = x {
                    diff.push_str(&format!("-  {:>5} {x}\n", k + 1));
                }
                if let Some(y) = y {
                    diff.push_str(&format!("+  {:>5} {y}\n", k + 1));
                }
            }
        }
    }
    panic!(
        "{} differs from the output (- golden, + actual; {} vs {} lines):\n{diff}\
         if the change is intended, run `UPDATE_GOLDEN=1 cargo test --test golden` and review the diff",
        path.display(),
        e.len(),
        a.len()
    );
}

/// Writes `format` of `kg` into a temporary folder the way `build -o` does and checks every
/// file it wrote against `tests/golden/<case>/`.
fn golden(case: &str, kg: &KnowledgeGraph, format: Format) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("expected.{}", format.extension()));
    export::write_graph_file(kg, format, &out).unwrap();
    for file in export::graph_files(format, &out) {
        let actual = fs::read_to_string(&file).unwrap();
        check(&util::repo("tests/golden").join(case).join(file.file_name().unwrap()), &actual);
    }
    // the same graph written twice is byte-identical
    let (mut a, mut b) = (Vec::new(), Vec::new());
    export::write(kg, format, &mut a).unwrap();
    export::write(kg, format, &mut b).unwrap();
    assert!(a == b, "{case}: two writes differ");
}

macro_rules! golden {
    ($($name:ident: $format:expr,)*) => {
        $(
            #[test]
            fn $name() {
                golden(stringify!($name), &util::testgraph::small(), $format);
            }
        )*
    };
}

golden! {
    json: Format::Json,
    dot: Format::Dot,
    graphml: Format::Graphml,
    gexf: Format::Gexf,
    cytoscape: Format::Cytoscape,
    neo4j: Format::Neo4j,
    mermaid: Format::Mermaid,
    svg: Format::Svg,
    html: Format::Html,
}

#[test]
fn every_format_has_a_golden_case() {
    for f in Format::ALL {
        assert!(util::repo("tests/golden").join(f.name()).is_dir(), "no tests/golden/{}/", f.name());
    }
}
