//! The `newsgraph` binary as a user runs it: inputs (files, folders, JSON Lines, standard
//! input, front matter), outputs (standard output, files, folders), the main job, `explain`,
//! user lexicons, views, exit codes and exact error messages.

mod util;

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

const SEED: &str = "data/000_d85db44f8ae8b12d.txt";

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("valid JSON")
}

fn labels(g: &Value) -> Vec<String> {
    g["nodes"].as_array().unwrap().iter().map(|n| n["label"].as_str().unwrap().to_string()).collect()
}

#[test]
fn help_lists_commands_and_examples() {
    let out = util::newsgraph(&util::repo("")).arg("--help").assert().success().get_output().stdout.clone();
    let s = String::from_utf8(out).unwrap();
    for want in ["build", "explain", "Examples:", "newsgraph build article.txt"] {
        assert!(s.contains(want), "--help lacks {want:?}:\n{s}");
    }
}

#[test]
fn build_prints_json_to_standard_output() {
    let out = util::newsgraph(&util::repo("")).args(["build", SEED]).assert().success().get_output().stdout.clone();
    let g = json(&out);
    assert_eq!(g["directed"], true);
    assert_eq!(g["graph"]["documents"][0]["id"], "000_d85db44f8ae8b12d");
    assert!(labels(&g).contains(&"Salvador Cienfuegos Zepeda".to_string()));
}

#[test]
fn standard_input_and_dot() {
    let text = fs::read_to_string(util::repo(SEED)).unwrap();
    let out = util::newsgraph(&util::repo(""))
        .args(["build", "-", "--format", "dot"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(s.starts_with("digraph {"), "{s}");
    assert!(s.contains("label=\"Salvador Cienfuegos Zepeda\""));
}

#[test]
fn json_lines_records_are_documents() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("feed.jsonl");
    fs::write(
        &p,
        concat!(
            "{\"id\": \"a1\", \"title\": \"One\", \"date\": \"2021-03-04\", \"text\": \"Police in Peru arrested Juan Carlos Mendez in Lima.\"}\n",
            "{\"id\": \"a2\", \"text\": \"Juan Carlos Mendez was released in Lima on Friday.\"}\n"
        ),
    )
    .unwrap();
    let out = util::newsgraph(dir.path()).args(["build", "feed.jsonl"]).assert().success().get_output().stdout.clone();
    let g = json(&out);
    let docs = g["graph"]["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["title"], "One");
    assert_eq!(docs[0]["path"], "feed.jsonl:1");
    // the same person across the two records is one node with mentions in both
    let person = g["nodes"].as_array().unwrap().iter().find(|n| n["label"] == "Juan Carlos Mendez").unwrap();
    assert_eq!(person["documents"], serde_json::json!(["a1", "a2"]));
    let types: Vec<&str> = g["nodes"].as_array().unwrap().iter().filter_map(|n| n["type"].as_str()).collect();
    assert!(types.contains(&"arrest") && types.contains(&"release"), "{types:?}");
}

#[test]
fn output_file_format_follows_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    util::newsgraph(&util::repo("")).args(["build", SEED, "-o"]).arg(dir.path().join("g.dot")).assert().success();
    let s = fs::read_to_string(dir.path().join("g.dot")).unwrap();
    assert!(s.starts_with("digraph {"));
}

#[test]
fn folder_output_has_one_graph_per_article_and_a_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out/");
    util::newsgraph(&util::repo(""))
        .args(["build", SEED, "tests/fixtures/corpus", "-f", "json", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("newsgraph: 5 documents ->"));
    let mut files: Vec<String> =
        fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files.len(), 6, "{files:?}");
    assert!(files.contains(&"corpus.json".to_string()));
    let corpus = json(&fs::read(out.join("corpus.json")).unwrap());
    assert_eq!(corpus["graph"]["documents"].as_array().unwrap().len(), 5);
}

#[test]
fn missing_input_is_one_line_and_exit_2() {
    util::newsgraph(&util::repo(""))
        .args(["build", "no-such-file.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("newsgraph: no-such-file.txt: no such file or directory\n");
}

#[test]
fn unknown_format_is_an_error() {
    util::newsgraph(&util::repo(""))
        .args(["build", SEED, "--format", "xls"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("newsgraph: unknown format 'xls' (expected one of: json, dot"));
}

#[test]
fn explain_shows_why() {
    let out = util::newsgraph(&util::repo(""))
        .args(["explain", "cienfuegos", SEED])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s = String::from_utf8(out).unwrap();
    assert!(s.starts_with("Salvador Cienfuegos Zepeda [person] in data/000_d85db44f8ae8b12d.txt"), "{s}");
    assert!(s.contains("alias 'Cienfuegos': part of the full name"), "{s}");
    assert!(s.contains("titles: General"), "{s}");
    assert!(s.contains("shocking arrest last month in Los Angeles"), "evidence sentences are shown:\n{s}");
}

#[test]
fn explain_unknown_name_suggests_and_exits_1() {
    util::newsgraph(&util::repo(""))
        .args(["explain", "Cienfuegoz", SEED])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no entity matches 'Cienfuegoz'; did you mean 'Salvador Cienfuegos Zepeda'"));
}

#[test]
fn user_lexicon_entries_win() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("art.txt"), "Officials at Blue Harbor Widgets said Zarquon Quill left the firm.\n")
        .unwrap();
    fs::write(dir.path().join("lex.tsv"), "# mine\nBlue Harbor Widgets\torganization\tBHW\nZarquon Quill\tperson\n")
        .unwrap();
    let out = util::newsgraph(dir.path())
        .args(["build", "art.txt", "--lexicon", "lex.tsv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let g = json(&out);
    let find = |l: &str| g["nodes"].as_array().unwrap().iter().find(|n| n["label"] == l).cloned();
    assert_eq!(find("Blue Harbor Widgets").unwrap()["type"], "organization");
    assert_eq!(find("Zarquon Quill").unwrap()["type"], "person");
}

#[test]
fn bad_lexicon_line_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Text.\n").unwrap();
    fs::write(dir.path().join("lex.tsv"), "Good\tperson\nBad\tplanet\n").unwrap();
    util::newsgraph(dir.path())
        .args(["build", "a.txt", "--lexicon", "lex.tsv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lex.tsv: line 2: unknown type 'planet'"));
}

#[test]
fn actor_view_has_no_event_nodes() {
    let out = util::newsgraph(&util::repo(""))
        .args(["build", SEED, "--view", "actors"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let g = json(&out);
    assert!(g["nodes"].as_array().unwrap().iter().all(|n| n["kind"] == "entity"));
    assert!(
        g["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["relation"] == "arrest" && l["target"] == "person:salvador-cienfuegos-zepeda"),
        "the arrest becomes an edge to the person arrested"
    );
}

#[test]
fn cooccurrence_only_on_request() {
    let run = |extra: &[&str]| {
        let out = util::newsgraph(&util::repo(""))
            .args(["build", SEED])
            .args(extra)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        json(&out)["links"].as_array().unwrap().iter().filter(|l| l["relation"] == "co_occurs").count()
    };
    assert_eq!(run(&[]), 0);
    assert!(run(&["--cooccurrence"]) > 0);
}
