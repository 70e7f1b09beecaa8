//! Cross-document entity resolution, evaluated (issue 7): precision and recall over the
//! hand-checked pairs in `tests/fixtures/crossdoc/pairs.tsv`, for the resolved corpus graph of
//! `newsgraph build` and, as a baseline, the unresolved union of `extract | merge --partial`
//! (where only names with the same slug meet). Method and figures: `docs/cross-document.md`.

mod util;

use std::collections::BTreeSet;

use serde_json::Value;
use util::{newsgraph, repo};

struct Pair {
    a: (String, String),
    b: (String, String),
    same: bool,
}

fn pairs() -> Vec<Pair> {
    let text = std::fs::read_to_string(repo("tests/fixtures/crossdoc/pairs.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 5 && (f[4] == "same" || f[4] == "different"), "bad pair line: {l}");
            Pair { a: (f[0].into(), f[1].into()), b: (f[2].into(), f[3].into()), same: f[4] == "same" }
        })
        .collect()
}

/// The id of the one entity node with a mention of `text` in document `doc`.
fn node_of(g: &Value, (doc, text): &(String, String)) -> String {
    let ids: BTreeSet<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "entity")
        .filter(|n| {
            n["mentions"].as_array().unwrap().iter().any(|m| m["doc"] == doc.as_str() && m["text"] == text.as_str())
        })
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 1, "'{text}' in {doc} should be a mention of exactly one entity, found {ids:?}");
    ids.into_iter().next().unwrap().to_string()
}

/// (precision, recall, true positives, predicted same, gold same).
fn score(g: &Value, pairs: &[Pair]) -> (f64, f64, usize, usize, usize) {
    let (mut tp, mut predicted, mut gold) = (0, 0, 0);
    for p in pairs {
        let same = node_of(g, &p.a) == node_of(g, &p.b);
        predicted += usize::from(same);
        gold += usize::from(p.same);
        tp += usize::from(same && p.same);
    }
    let precision = if predicted == 0 { 1.0 } else { tp as f64 / predicted as f64 };
    (precision, tp as f64 / gold as f64, tp, predicted, gold)
}

#[test]
fn resolution_precision_and_recall_on_hand_checked_pairs() {
    let dir = repo("tests/fixtures/crossdoc");
    let pairs = pairs();
    assert!(pairs.len() >= 25, "the evaluation set has {} pairs", pairs.len());
    let built = newsgraph(&dir).args(["build", ".", "-f", "json", "-q"]).assert().success();
    let resolved: Value = serde_json::from_slice(&built.get_output().stdout).unwrap();
    let parts = newsgraph(&dir).args(["extract", ".", "-q"]).assert().success();
    let union = newsgraph(&dir)
        .args(["merge", "--partial", "-q"])
        .write_stdin(parts.get_output().stdout.clone())
        .assert()
        .success();
    let baseline: Value = serde_json::from_slice(&union.get_output().stdout).unwrap();

    let (p, r, tp, predicted, gold) = score(&resolved, &pairs);
    let (bp, br, btp, bpredicted, _) = score(&baseline, &pairs);
    eprintln!("resolved: precision {p:.3} ({tp}/{predicted}), recall {r:.3} ({tp}/{gold})");
    eprintln!("baseline: precision {bp:.3} ({btp}/{bpredicted}), recall {br:.3} ({btp}/{gold})");
    // A false merge corrupts every answer about two actors, a missed one only splits one
    // actor's evidence: the rules are tuned for precision, so no false merge is tolerated here
    // (one would give 14/15 < 0.95), and at most three of the 17 same-actor pairs may be missed
    // (two are known misses: surnames that fit two people are left apart by design).
    assert!(p >= 0.95, "precision {p:.3} ({tp}/{predicted})");
    assert!(r >= 0.8, "recall {r:.3} ({tp}/{gold})");
    assert!(r > br + 0.4, "resolution should find far more than exact names: {r:.3} vs {br:.3}");
}

#[test]
fn merged_nodes_keep_every_document() {
    let dir = repo("tests/fixtures/crossdoc");
    let built = newsgraph(&dir).args(["build", ".", "-f", "json", "-q"]).assert().success();
    let g: Value = serde_json::from_slice(&built.get_output().stdout).unwrap();
    let node = g["nodes"].as_array().unwrap().iter().find(|n| n["id"] == "person:salvador-cienfuegos-zepeda").unwrap();
    assert_eq!(node["documents"], serde_json::json!(["000_d85db44f8ae8b12d", "a1_cienfuegos_case_closed"]));
    let docs: BTreeSet<&str> =
        node["mentions"].as_array().unwrap().iter().map(|m| m["doc"].as_str().unwrap()).collect();
    assert_eq!(docs.len(), 2);
    assert!(g["nodes"].as_array().unwrap().iter().all(|n| n["id"] != "person:cienfuegos"));
}
