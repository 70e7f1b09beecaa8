//! The export formats through the command line: what `build` writes where, format names and
//! extensions, Neo4j's three files, errors, and byte-identical output for the same input.
//!
//! Runs the real binary on the seed article; asserts structure, never extraction results.

mod util;

use std::fs;
use std::path::Path;

use predicates::prelude::*;

const SEED: &str = "000_d85db44f8ae8b12d";

/// A folder with `data/` holding the seed article, as the main job expects.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("data")).unwrap();
    fs::copy(util::repo(&format!("data/{SEED}.txt")), dir.path().join(format!("data/{SEED}.txt"))).unwrap();
    dir
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

// See: issue #6 (the main job also writes the seed's SVG and HTML into graphs/).
#[test]
fn main_job_writes_json_dot_svg_and_html() {
    let ws = workspace();
    util::newsgraph(ws.path()).arg("build").assert().success();
    let mut expected = Vec::new();
    for stem in [SEED, "corpus"] {
        for ext in ["dot", "html", "json", "svg"] {
            expected.push(format!("{stem}.{ext}"));
        }
    }
    expected.sort();
    assert_eq!(names(&ws.path().join("graphs")), expected);
    let svg = fs::read_to_string(ws.path().join(format!("graphs/{SEED}.svg"))).unwrap();
    assert!(svg.starts_with("<?xml") && svg.contains(r#"<g class="node "#));
    let html = fs::read_to_string(ws.path().join(format!("graphs/{SEED}.html"))).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains(r#"id="graph-data""#));
}

#[test]
fn extension_picks_the_format() {
    let ws = workspace();
    let cases = [
        ("g.graphml", "<graphml "),
        ("g.gexf", r#"<gexf xmlns="http://gexf.net/1.3""#),
        ("g.cyjs", r#""elements": {"#),
        ("g.cytoscape.json", r#""elements": {"#),
        ("g.mmd", "flowchart LR"),
        ("g.svg", "<svg "),
        ("g.html", "<!DOCTYPE html>"),
        ("g.json", r#""links": ["#),
    ];
    for (file, needle) in cases {
        util::newsgraph(ws.path()).args(["build", &format!("data/{SEED}.txt"), "-o", file]).assert().success();
        let text = fs::read_to_string(ws.path().join(file)).unwrap();
        assert!(text.contains(needle), "{file} lacks {needle:?}");
    }
}

#[test]
fn neo4j_writes_script_and_csv_files_beside_it() {
    let ws = workspace();
    fs::create_dir(ws.path().join("neo")).unwrap();
    util::newsgraph(ws.path()).args(["build", &format!("data/{SEED}.txt"), "-o", "neo/news.cypher"]).assert().success();
    assert_eq!(names(&ws.path().join("neo")), ["news.cypher", "news.nodes.csv", "news.relationships.csv"]);
    let nodes = fs::read_to_string(ws.path().join("neo/news.nodes.csv")).unwrap();
    assert!(nodes.starts_with("id:ID,:LABEL,"));
    // to standard output: the Cypher script alone
    util::newsgraph(ws.path())
        .args(["build", &format!("data/{SEED}.txt"), "-f", "neo4j"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("// newsgraph ").and(predicate::str::contains("MERGE (n:")))
        .stdout(predicate::str::contains("id:ID").not());
}

#[test]
fn every_format_into_a_folder() {
    let ws = workspace();
    util::newsgraph(ws.path())
        .args(["build", "data", "-o", "out/", "-f", "json,dot,graphml,gexf,cytoscape,neo4j,mermaid,svg,html"])
        .assert()
        .success();
    let files = names(&ws.path().join("out"));
    for ext in
        ["json", "dot", "graphml", "gexf", "cyjs", "cypher", "nodes.csv", "relationships.csv", "mmd", "svg", "html"]
    {
        for stem in [SEED, "corpus"] {
            assert!(files.contains(&format!("{stem}.{ext}")), "{stem}.{ext} missing from {files:?}");
        }
    }
    assert_eq!(files.len(), 22, "{files:?}");
}

#[test]
fn same_input_gives_byte_identical_files() {
    let ws = workspace();
    let all = "json,dot,graphml,gexf,cytoscape,neo4j,mermaid,svg,html";
    for out in ["a/", "b/"] {
        util::newsgraph(ws.path()).args(["build", "data", "-o", out, "-f", all]).assert().success();
    }
    let files = names(&ws.path().join("a"));
    assert_eq!(files, names(&ws.path().join("b")));
    for f in files {
        let (a, b) = (fs::read(ws.path().join("a").join(&f)).unwrap(), fs::read(ws.path().join("b").join(&f)).unwrap());
        assert!(a == b, "{f} differs between two runs");
    }
}

#[test]
fn unknown_format_names_the_known_ones() {
    let ws = workspace();
    util::newsgraph(ws.path()).args(["build", "data", "-f", "xml"]).assert().code(2).stderr(
        "newsgraph: unknown format 'xml' (expected one of: json, dot, graphml, gexf, cytoscape, neo4j, mermaid, svg, html)\n",
    );
}

#[test]
fn several_formats_into_one_file_is_an_error() {
    let ws = workspace();
    util::newsgraph(ws.path())
        .args(["build", "data", "-f", "svg,html", "-o", "g.svg"])
        .assert()
        .code(2)
        .stderr("newsgraph: several formats need an output folder (-o DIR/)\n");
    assert!(!ws.path().join("g.svg").exists());
}

#[test]
fn unwritable_output_names_the_file() {
    let ws = workspace();
    util::newsgraph(ws.path())
        .args(["build", "data", "-o", "missing/dir/g.html"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("newsgraph: missing/dir/g.html: "))
        .stderr(predicate::str::contains("panicked").not());
}
