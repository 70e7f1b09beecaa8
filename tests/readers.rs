//! Every export opened by the tool that reads it (`tests/readers.py`): networkx for JSON,
//! GraphML, GEXF and Cytoscape; the openCypher grammar and Python's csv for Neo4j; Graphviz for
//! DOT; Mermaid (its browser bundle in headless Chromium) for the flowchart; an XML parser for
//! SVG; headless Chromium for the HTML view.
//!
//! The graphs are the seed article and a corpus of four articles (built by the real binary, all
//! formats into one folder), and the hand-built hostile graph (written through the library).
//! Counts and labels are compared with each graph's own JSON, never with fixed numbers, since
//! extraction keeps improving. Missing readers are installed first by
//! `scripts/install-test-readers.sh` (so `cargo test` sets up a fresh machine); a reader that
//! cannot be installed fails the test, never skips it.

mod util;

use std::path::Path;
use std::process::Command;

use newsgraph::export::{self, Format};

const ALL: &str = "json,dot,graphml,gexf,cytoscape,neo4j,mermaid,svg,html";

/// Installs missing readers once per test run (`scripts/install-test-readers.sh`), so that
/// `cargo test` works on a fresh machine; a failed install fails the tests that need it.
fn install_readers() {
    static ONCE: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    let r = ONCE.get_or_init(|| {
        let out = Command::new("bash")
            .arg(util::repo("scripts/install-test-readers.sh"))
            .output()
            .map_err(|e| format!("cannot run scripts/install-test-readers.sh: {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "scripts/install-test-readers.sh failed:\n{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    });
    if let Err(e) = r {
        panic!("{e}");
    }
}

/// Runs `tests/readers.py` on `dir`, failing with its report.
fn readers(dir: &Path, extra: &[&str]) {
    install_readers();
    let script = util::repo("tests/readers.py");
    let out = Command::new("python3").arg(&script).args(extra).arg(dir).output().unwrap_or_else(|e| {
        panic!("cannot run python3 ({e}): install Python 3 with networkx and antlr4-cypher (.ci/run does)")
    });
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "tests/readers.py failed on {}:\n{stdout}\n{stderr}", dir.display());
    assert!(stdout.contains("readers: ") && stdout.contains(", 0 failures"), "{stdout}\n{stderr}");
}

/// Builds `inputs` into a fresh folder in every format.
fn build_all(inputs: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("graphs/");
    let mut cmd = util::newsgraph(&util::repo(""));
    cmd.arg("build").args(inputs).arg("-o").arg(&out).args(["-f", ALL, "--quiet"]).assert().success();
    dir
}

#[test]
fn seed_exports_open_in_their_readers() {
    let dir = build_all(&["data/000_d85db44f8ae8b12d.txt"]);
    readers(&dir.path().join("graphs"), &[]);
}

#[test]
fn corpus_exports_open_in_their_readers() {
    let dir = build_all(&["data/000_d85db44f8ae8b12d.txt", "tests/fixtures/corpus"]);
    let graphs = dir.path().join("graphs");
    // one graph per article and the corpus graph, every format beside each
    assert!(graphs.join("corpus.json").is_file() && graphs.join("corpus.relationships.csv").is_file());
    let corpus = std::fs::read_to_string(graphs.join("corpus.json")).unwrap();
    let one = std::fs::read_to_string(graphs.join("000_d85db44f8ae8b12d.json")).unwrap();
    assert!(corpus.len() > one.len(), "the corpus graph holds more than one article");
    readers(&graphs, &[]);
}

// See: issue #6 (names with quotes, backslashes, `<`, `&`, line breaks and accents survive every
// format).
#[test]
fn hostile_names_survive_every_reader() {
    let dir = tempfile::tempdir().unwrap();
    let g = util::testgraph::hostile();
    for &f in Format::ALL {
        export::write_graph_file(&g, f, &dir.path().join(format!("hostile.{}", f.extension()))).unwrap();
    }
    let labels = dir.path().join("labels.txt");
    std::fs::write(&labels, serde_json::to_string(util::testgraph::HOSTILE_LABELS).unwrap()).unwrap();
    readers(dir.path(), &["--labels", labels.to_str().unwrap()]);
}
