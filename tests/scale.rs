//! Corpus-scale builds through the real binary (issue 7): the same bytes whatever the number of
//! threads, folder output streamed per document, incremental `--update`, and the scale-out pair
//! `extract` | `merge` giving the graph of a single `build` for any sharding and any order.

mod util;

use std::fs;
use std::path::Path;

use util::{newsgraph, repo};

/// A JSON Lines corpus of the fixture articles, `copies` times each under distinct ids, every
/// record naming its own path (as `scripts/gen_corpus.py` writes them).
fn corpus(dir: &Path, copies: usize) -> String {
    let mut files: Vec<_> = fs::read_dir(repo("tests/fixtures/corpus")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut out = String::new();
    let mut line = 0;
    for k in 0..copies {
        for f in &files {
            line += 1;
            let text = fs::read_to_string(f).unwrap();
            let stem = f.file_stem().unwrap().to_string_lossy();
            let rec =
                serde_json::json!({"id": format!("{stem}-{k}"), "text": text, "path": format!("corpus.jsonl:{line}")});
            out.push_str(&rec.to_string());
            out.push('\n');
        }
    }
    fs::write(dir.join("corpus.jsonl"), &out).unwrap();
    out
}

fn build(dir: &Path, args: &[&str]) -> Vec<u8> {
    newsgraph(dir).arg("build").args(args).assert().success().get_output().stdout.clone()
}

#[test]
fn any_thread_count_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 3);
    let one = build(dir.path(), &["corpus.jsonl", "-j", "1"]);
    assert!(one.len() > 1000);
    for t in ["2", "4"] {
        // Small chunks, so the documents of one build are split between chunks and threads.
        let many = build(dir.path(), &["corpus.jsonl", "--threads", t, "--chunk", "2"]);
        assert!(one == many, "{t} threads differ from 1");
    }
}

#[test]
fn folder_output_writes_every_document_and_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 2);
    newsgraph(dir.path())
        .args(["build", "corpus.jsonl", "-o", "out/", "-f", "json", "-j", "2", "-q"])
        .assert()
        .success();
    let mut names: Vec<String> = fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into())
        .collect();
    names.sort();
    assert_eq!(names.len(), 9, "{names:?}");
    assert!(names.contains(&"corpus.json".to_string()));
    assert!(names.contains(&"16_doj_puerto_rico_judge_sentenced-1.json".to_string()));
    let one: serde_json::Value =
        serde_json::from_slice(&fs::read(dir.path().join("out/01_state_rewards_gulf_cartel_zetas-0.json")).unwrap())
            .unwrap();
    assert_eq!(one["graph"]["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn update_adds_documents_and_adding_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = corpus(dir.path(), 2);
    let lines: Vec<&str> = text.lines().collect();
    fs::write(dir.path().join("old.jsonl"), lines[..5].join("\n") + "\n").unwrap();
    fs::write(dir.path().join("new.jsonl"), lines[5..].join("\n") + "\n").unwrap();
    let full = build(dir.path(), &["corpus.jsonl"]);
    newsgraph(dir.path()).args(["build", "old.jsonl", "-o", "g.json"]).assert().success();
    newsgraph(dir.path()).args(["build", "--update", "g.json", "new.jsonl"]).assert().success().stderr(
        predicates::str::is_match(
            "^newsgraph: 3 documents added, 0 already there -> g.json \\(\\d+ nodes, \\d+ edges\\)\n$",
        )
        .unwrap(),
    );
    let updated = fs::read(dir.path().join("g.json")).unwrap();
    assert!(updated == full, "old + update differs from one build of everything");
    // Again, to another file: every document is already there.
    newsgraph(dir.path())
        .args(["build", "--update", "g.json", "new.jsonl", "-o", "h.json", "-q"])
        .assert()
        .success()
        .stderr("");
    assert!(fs::read(dir.path().join("h.json")).unwrap() == full);
    let warned = newsgraph(dir.path()).args(["build", "--update", "g.json", "new.jsonl"]).assert().success();
    let err = String::from_utf8_lossy(&warned.get_output().stderr).into_owned();
    assert!(
        err.starts_with(
            "newsgraph: warning: corpus.jsonl:6: document id '07_voa_us_blacklists_three_mexican_cartels-1' already added; skipped\n"
        ),
        "{err}"
    );
    assert!(err.contains("\nnewsgraph: 0 documents added, 3 already there -> g.json ("), "{err}");
    assert!(fs::read(dir.path().join("g.json")).unwrap() == full);
}

#[test]
fn update_names_a_bad_graph_and_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 1);
    fs::write(dir.path().join("g.json"), "{\"nodes\": [").unwrap();
    newsgraph(dir.path())
        .args(["build", "--update", "g.json", "corpus.jsonl"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with("newsgraph: g.json: invalid graph JSON at line 1, column"));
    assert_eq!(fs::read_to_string(dir.path().join("g.json")).unwrap(), "{\"nodes\": [");
    newsgraph(dir.path())
        .args(["build", "--update", "g.json"])
        .assert()
        .code(2)
        .stderr("newsgraph: --update needs articles to add (newsgraph build --update GRAPH.json PATH...)\n");
}

/// Runs `extract` on one shard of records and returns its partial graphs (JSON Lines).
fn extract(dir: &Path, records: &[&str]) -> String {
    let input = records.iter().map(|r| format!("{r}\n")).collect::<String>();
    let out = newsgraph(dir).args(["extract", "-j", "1"]).write_stdin(input).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn any_sharding_and_order_merge_to_the_single_build() {
    let dir = tempfile::tempdir().unwrap();
    let text = corpus(dir.path(), 2);
    let records: Vec<&str> = text.lines().collect();
    let single = build(dir.path(), &["corpus.jsonl"]);
    let one_line_each = extract(dir.path(), &records);
    assert_eq!(one_line_each.lines().count(), records.len());
    // Shardings: one shard, halves, thirds, and every record on its own; each merged in input
    // order, reversed, and interleaved.
    for size in [records.len(), 4, 3, 1] {
        let shards: Vec<String> = records.chunks(size).map(|c| extract(dir.path(), c)).collect();
        let mut orders: Vec<Vec<usize>> = vec![(0..shards.len()).collect(), (0..shards.len()).rev().collect()];
        orders.push((0..shards.len()).filter(|i| i % 2 == 1).chain((0..shards.len()).filter(|i| i % 2 == 0)).collect());
        for order in orders {
            let mut files = Vec::new();
            for (k, &i) in order.iter().enumerate() {
                let f = format!("part-{size}-{k}.jsonl");
                fs::write(dir.path().join(&f), &shards[i]).unwrap();
                files.push(f);
            }
            let merged = newsgraph(dir.path()).arg("merge").args(&files).assert().success().get_output().stdout.clone();
            assert!(merged == single, "shards of {size} in order {order:?} differ from the single build");
        }
    }
    // From standard input, lines shuffled (reversed).
    let reversed: String = one_line_each.lines().rev().map(|l| format!("{l}\n")).collect();
    let merged =
        newsgraph(dir.path()).arg("merge").write_stdin(reversed).assert().success().get_output().stdout.clone();
    assert!(merged == single);
}

#[test]
fn partial_merges_merge_again() {
    let dir = tempfile::tempdir().unwrap();
    let text = corpus(dir.path(), 2);
    let records: Vec<&str> = text.lines().collect();
    let single = build(dir.path(), &["corpus.jsonl"]);
    fs::write(dir.path().join("a.jsonl"), extract(dir.path(), &records[..3])).unwrap();
    fs::write(dir.path().join("b.jsonl"), extract(dir.path(), &records[3..])).unwrap();
    newsgraph(dir.path()).args(["merge", "--partial", "a.jsonl", "-o", "ab1.jsonl"]).assert().success();
    // The same shard twice, and a merge of merges: a union changes nothing for repeats.
    newsgraph(dir.path()).args(["merge", "--partial", "b.jsonl", "b.jsonl", "-o", "ab2.jsonl"]).assert().success();
    assert_eq!(fs::read_to_string(dir.path().join("ab1.jsonl")).unwrap().lines().count(), 1);
    let merged =
        newsgraph(dir.path()).args(["merge", "ab2.jsonl", "ab1.jsonl"]).assert().success().get_output().stdout.clone();
    assert!(merged == single);
    // Any format, to a file.
    newsgraph(dir.path()).args(["merge", "a.jsonl", "b.jsonl", "-o", "g.graphml"]).assert().success();
    assert!(fs::read_to_string(dir.path().join("g.graphml")).unwrap().contains("<graphml"));
}

#[test]
fn merge_names_a_bad_line_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let text = corpus(dir.path(), 1);
    let records: Vec<&str> = text.lines().collect();
    let good = extract(dir.path(), &records[..1]);
    fs::write(dir.path().join("p.jsonl"), format!("{good}\n{{\"nodes\": [1]}}\n")).unwrap();
    let out = newsgraph(dir.path())
        .args(["merge", "p.jsonl"])
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with("newsgraph: p.jsonl: line 3: invalid graph JSON at column"));
    let g: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(g["graph"]["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn extract_names_a_bad_record_and_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsgraph(dir.path())
        .arg("extract")
        .write_stdin("{\"id\": \"a\", \"text\": \"Police arrested Juan Perez in Lima.\"}\n{oops\n")
        .assert()
        .code(2)
        .stderr(predicates::str::starts_with("newsgraph: -: line 2: invalid JSON"));
    assert_eq!(String::from_utf8_lossy(&out.get_output().stdout).lines().count(), 1);
}

#[test]
fn no_progress_bar_without_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 1);
    // Standard error is a pipe here: nothing but the summary line, even for a folder build.
    newsgraph(dir.path())
        .args(["build", "corpus.jsonl", "-o", "out/", "-f", "json"])
        .assert()
        .success()
        .stderr(predicates::str::is_match("^newsgraph: 4 documents -> out/? \\(\\d+ nodes, \\d+ edges\\)\n$").unwrap());
}

#[test]
fn out_of_core_build_writes_the_bytes_of_the_in_memory_build() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 3);
    // Articles that resolve across documents (so runs are renamed before they are merged), and
    // the corpus twice (so documents already added are skipped).
    let cross = repo("tests/fixtures/crossdoc");
    let cross = cross.to_str().unwrap();
    let inputs = ["corpus.jsonl", cross, "corpus.jsonl"];
    let args = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = inputs.iter().map(|s| s.to_string()).collect();
        a.extend(["-q", "--chunk", "2"].iter().chain(extra).map(|s| s.to_string()));
        a
    };
    let argv = args(&["--in-memory", "-o", "memory.json"]);
    build(dir.path(), &argv.iter().map(String::as_str).collect::<Vec<_>>());
    let memory = fs::read(dir.path().join("memory.json")).unwrap();
    assert!(memory.len() > 10_000);
    for (every, threads) in [("1", "1"), ("3", "2"), ("512", "1")] {
        let argv = args(&["--spill-docs", every, "-j", threads, "-o", "spilled.json"]);
        build(dir.path(), &argv.iter().map(String::as_str).collect::<Vec<_>>());
        let spilled = fs::read(dir.path().join("spilled.json")).unwrap();
        assert!(memory == spilled, "out of core with a run every {every} documents differs");
    }
    let mut left: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["corpus.jsonl", "memory.json", "spilled.json"], "no spill folder is left behind");
}

#[test]
fn out_of_core_build_into_a_missing_folder_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path(), 1);
    newsgraph(dir.path())
        .args(["build", "corpus.jsonl", "-q", "-o", "missing/graph.json"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("missing"));
    let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the corpus is there");
}
