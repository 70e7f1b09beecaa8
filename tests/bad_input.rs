//! The bad-input matrix of issue #8, one test per row, through the real binary: what a user sees
//! (exact standard error), the exit code, what still gets built, and that earlier output
//! survives a failed or killed run. Also: nothing makes the binary panic.
//!
//! Every test works in its own temporary folder with relative paths, so messages are exact.
//! The huge-line test reads 4 MB in a debug build and the full 50 MB in a release build
//! (`.ci/run` runs this file with `--release` too); growth with size is measured by
//! `scripts/scaling.py` and recorded in `docs/robustness.md`.

mod util;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

const ARTICLE: &str = "Police in Peru arrested Juan Carlos Mendez in Lima on Monday.\n";

/// A temporary folder with `in/good.txt` holding [`ARTICLE`].
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "in/good.txt", ARTICLE.as_bytes());
    dir
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, bytes).unwrap();
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("the output is graph JSON")
}

/// Document ids of a graph, sorted.
fn documents(g: &Value) -> Vec<String> {
    let mut ids: Vec<String> =
        g["graph"]["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap().to_string()).collect();
    ids.sort();
    ids
}

fn labels(g: &Value) -> Vec<String> {
    g["nodes"].as_array().unwrap().iter().map(|n| n["label"].as_str().unwrap().to_string()).collect()
}

/// Checks every piece of evidence in `g` from document `doc` against its text: the character
/// offsets slice `text` to exactly the evidence's `text`. Returns how many were checked.
fn check_evidence(g: &Value, doc: &str, text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    let mut check = |e: &Value| {
        if e["doc"] != doc {
            return;
        }
        let (a, b) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert!(a <= b && b <= chars.len(), "evidence {a}..{b} out of {} characters", chars.len());
        let s: String = chars[a..b].iter().collect();
        assert_eq!(s, e["text"].as_str().unwrap(), "evidence {a}..{b}");
        checked += 1;
    };
    for n in g["nodes"].as_array().unwrap() {
        n["mentions"].as_array().unwrap().iter().for_each(&mut check);
        if n["time"].is_object() {
            check(&n["time"]);
        }
    }
    for l in g["links"].as_array().unwrap() {
        l["evidence"].as_array().unwrap().iter().for_each(&mut check);
    }
    checked
}

/// Files in a folder, sorted (to show that no temporary file is left).
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

/// Runs the binary through `sh` with `ulimit` settings applied first.
fn limited(dir: &Path, ulimits: &str, args: &[&str]) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("newsgraph");
    Command::new("sh")
        .current_dir(dir)
        .arg("-c")
        .arg(format!("{ulimits}; exec \"$0\" \"$@\""))
        .arg(bin)
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap()
}

/// Runs the binary and samples its peak resident memory (Linux: `VmHWM` in `/proc`, read until
/// it exits; `None` elsewhere). Virtual memory says little: the allocator reserves far more
/// address space than it uses.
fn peak_memory(dir: &Path, args: &[&str]) -> (std::process::Output, Option<usize>) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .current_dir(dir)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = None;
    while child.try_wait().unwrap().is_none() {
        let hwm = fs::read_to_string(&status).ok().and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<usize>().ok()
        });
        peak = hwm.map(|kb| kb * 1024).or(peak);
        std::thread::sleep(Duration::from_millis(20));
    }
    (child.wait_with_output().unwrap(), peak)
}

/// News text with no sentence break: the seed article with its line breaks and sentence
/// punctuation removed, repeated to `bytes` (a dump of pages run together). Names then run into
/// each other across the lost sentence ends, as they would in such a dump.
fn one_line(bytes: usize) -> String {
    let article = fs::read_to_string(util::repo("data/000_d85db44f8ae8b12d.txt")).unwrap();
    let flat: String =
        article.chars().map(|c| if matches!(c, '\n' | '\r' | '.' | '!' | '?' | '…') { ' ' } else { c }).collect();
    let mut out = String::with_capacity(bytes + flat.len());
    while out.len() < bytes {
        out.push_str(&flat);
        out.push(' ');
    }
    out
}

// See: issue #8 (a binary file in an input folder).
#[test]
fn binary_files_are_skipped_with_one_line_each() {
    let ws = workspace();
    write(ws.path(), "in/photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0");
    write(ws.path(), "in/notes.md", b"Notes about the case in Lima.\0\x01\x02");
    write(ws.path(), "in/picture.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"); // not a text extension: not read
    let out = util::newsgraph(ws.path()).args(["build", "in"]).assert().code(2);
    let out = out.stderr(
        "newsgraph: in/notes.md: not text (binary data at byte 29)\n\
         newsgraph: in/photo.txt: not text (binary data at byte 0)\n",
    );
    let g = json(&out.get_output().stdout);
    assert_eq!(documents(&g), ["good"]);
    assert!(labels(&g).contains(&"Juan Carlos Mendez".to_string()));
}

// See: issue #8 (binary data on standard input).
#[test]
fn binary_standard_input_is_one_error() {
    let ws = workspace();
    util::newsgraph(ws.path())
        .args(["build", "-"])
        .write_stdin(&b"\x89PNG\r\n\x1a\n\0\0"[..])
        .assert()
        .code(2)
        .stderr("newsgraph: -: not text (binary data at byte 0)\n");
}

// See: issue #8 (invalid UTF-8 is skipped with the byte offset of the first bad byte).
#[test]
fn invalid_utf8_names_the_byte_and_is_skipped() {
    let ws = workspace();
    write(ws.path(), "in/latin1.txt", b"Caf\xe9 owners in Lima met Ana Ortiz on Friday.\n");
    let out = util::newsgraph(ws.path())
        .args(["build", "in"])
        .assert()
        .code(2)
        .stderr("newsgraph: in/latin1.txt: invalid UTF-8 at byte 3\n");
    assert_eq!(documents(&json(&out.get_output().stdout)), ["good"]);
}

// See: issue #8 (with --lossy, invalid UTF-8 is decoded with a warning and built).
#[test]
fn invalid_utf8_with_lossy_is_built_with_a_warning() {
    let ws = workspace();
    write(ws.path(), "in/latin1.txt", b"Caf\xe9 owners in Lima met Ana Ortiz on Friday.\n");
    let out = util::newsgraph(ws.path())
        .args(["build", "in", "--lossy"])
        .assert()
        .success()
        .stderr("newsgraph: warning: in/latin1.txt: invalid UTF-8 at byte 3; decoded lossily\n");
    let g = json(&out.get_output().stdout);
    assert_eq!(documents(&g), ["good", "latin1"]);
    // offsets count the replacement character as one character
    let decoded = "Caf\u{fffd} owners in Lima met Ana Ortiz on Friday.\n";
    assert!(check_evidence(&g, "latin1", decoded) > 0);
}

// See: issue #8 (empty and whitespace-only files).
#[test]
fn empty_and_blank_files_warn_and_add_no_nodes() {
    let ws = tempfile::tempdir().unwrap();
    write(ws.path(), "in/empty.txt", b"");
    write(ws.path(), "in/blank.md", b"  \n\t\n   \n");
    let out = util::newsgraph(ws.path())
        .args(["build", "in"])
        .assert()
        .success()
        .stderr("newsgraph: warning: in/blank.md: no text\nnewsgraph: warning: in/empty.txt: no text\n");
    let g = json(&out.get_output().stdout);
    assert_eq!(documents(&g), ["blank", "empty"]);
    assert_eq!(g["nodes"].as_array().unwrap().len(), 0);
    assert_eq!(g["links"].as_array().unwrap().len(), 0);
}

// See: issue #8 (50 MB on one line with no sentence breaks: finishes, bounded memory, sane).
#[test]
fn a_huge_line_without_sentence_breaks_finishes_in_bounded_memory() {
    let mb = if cfg!(debug_assertions) { 4 } else { 50 };
    let ws = tempfile::tempdir().unwrap();
    let text = one_line(mb * 1_000_000);
    write(ws.path(), "huge.txt", text.as_bytes());
    let (out, peak) = peak_memory(ws.path(), &["build", "huge.txt", "-o", "huge.json", "-q"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    // memory: at most 150 MB plus 40 bytes per input byte (measured: about 26 at 50 MB)
    if let Some(peak) = peak {
        let bound = 150_000_000 + 40 * text.len();
        assert!(peak < bound, "peak resident memory {peak} bytes, more than {bound}");
    }
    let g = json(&fs::read(ws.path().join("huge.json")).unwrap());
    assert!(check_evidence(&g, "huge", &text) > 1000);
    // no evidence longer than a (capped) sentence: nothing grows with the whole line
    let longest = g["links"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["evidence"].as_array().unwrap())
        .map(|e| e["text"].as_str().unwrap().len())
        .max()
        .unwrap();
    assert!(longest < 10 * newsgraph::text::MAX_SENTENCE_TOKENS * 8, "evidence of {longest} bytes");
}

// See: issue #8 (10,000 capitalized words in a row).
#[test]
fn ten_thousand_capitalized_words_in_a_row() {
    let ws = tempfile::tempdir().unwrap();
    let syllables = ["ka", "lo", "mi", "ran", "tes", "vo", "dur", "pel", "sin", "gor"];
    let words: Vec<String> = (0..10_000)
        .map(|i| {
            let w = format!("{}{}{}", syllables[i % 10], syllables[(i / 10) % 10], syllables[(i / 100) % 10]);
            let mut c = w.chars();
            c.next().unwrap().to_uppercase().chain(c).collect()
        })
        .collect();
    let text = format!("{} met the press.\n", words.join(" "));
    write(ws.path(), "caps.txt", text.as_bytes());
    let out = util::newsgraph(ws.path()).args(["build", "caps.txt"]).assert().success().stderr("");
    let g = json(&out.get_output().stdout);
    check_evidence(&g, "caps", &text);
    // chunks of at most one capped sentence each, not one node per word
    let nodes = g["nodes"].as_array().unwrap().len();
    assert!((1..=10_000 / newsgraph::text::MAX_SENTENCE_TOKENS + 5).contains(&nodes), "{nodes} nodes");
}

// See: issue #8 (one name repeated 100,000 times).
#[test]
fn one_name_repeated_a_hundred_thousand_times() {
    let ws = tempfile::tempdir().unwrap();
    let text = "Maria Lopez spoke. ".repeat(100_000);
    write(ws.path(), "repeat.txt", text.as_bytes());
    let out = util::newsgraph(ws.path()).args(["build", "repeat.txt"]).assert().success().stderr("");
    let g = json(&out.get_output().stdout);
    let entities: Vec<&Value> = g["nodes"].as_array().unwrap().iter().filter(|n| n["kind"] == "entity").collect();
    assert_eq!(entities.len(), 1, "{:?}", labels(&g));
    assert_eq!(entities[0]["label"], "Maria Lopez");
    assert_eq!(entities[0]["mentions"].as_array().unwrap().len(), 100_000);
    assert!(check_evidence(&g, "repeat", &text) >= 100_000);
    // and the bare name with no punctuation at all: capped chunks, a handful of nodes
    let text = "Lopez ".repeat(100_000);
    write(ws.path(), "bare.txt", text.as_bytes());
    let out = util::newsgraph(ws.path()).args(["build", "bare.txt"]).assert().success();
    let g = json(&out.get_output().stdout);
    assert!(g["nodes"].as_array().unwrap().len() <= 5, "{:?}", labels(&g));
    check_evidence(&g, "bare", &text);
}

// See: issue #8 (a malformed JSON Lines record names its line; the others are built).
#[test]
fn malformed_json_lines_name_their_line_and_the_rest_is_built() {
    let ws = tempfile::tempdir().unwrap();
    let mut feed = Vec::new();
    feed.extend_from_slice(br#"{"id": "a", "text": "Police in Peru arrested Juan Carlos Mendez in Lima on Monday."}"#);
    feed.extend_from_slice(b"\n{oops\n\n");
    feed.extend_from_slice(br#"{"id": "b", "title": "no text"}"#);
    feed.extend_from_slice(b"\n");
    feed.extend_from_slice(br#"{"id": "c", "text": "Officials in Chile said Ana Ortiz left."}"#);
    feed.extend_from_slice(b"\n{\"id\": \"d\", \"text\": \"caf\xe9\"}\n");
    write(ws.path(), "feed.jsonl", &feed);
    let out = util::newsgraph(ws.path()).args(["build", "feed.jsonl"]).assert().code(2).stderr(
        "newsgraph: feed.jsonl: line 2: invalid JSON: key must be a string at line 1 column 2\n\
         newsgraph: feed.jsonl: line 4: no \"text\" field\n\
         newsgraph: feed.jsonl: line 6: invalid UTF-8 at byte 24 of the line\n",
    );
    assert_eq!(documents(&json(&out.get_output().stdout)), ["a", "c"]);
}

// See: issue #8 (a binary file named *.jsonl is one error, not one per "line").
#[test]
fn a_binary_json_lines_file_is_one_error() {
    let ws = workspace();
    write(ws.path(), "in/dump.jsonl", b"\x1f\x8b\x08\0\0\0\0\0\n\0\x03\n\x01\x02\n");
    util::newsgraph(ws.path())
        .args(["build", "in"])
        .assert()
        .code(2)
        .stderr("newsgraph: in/dump.jsonl: not text (binary data at byte 0)\n");
}

// See: issue #8 (malformed or unterminated front matter is read as text with a warning).
#[test]
fn broken_front_matter_is_read_as_text_with_a_warning() {
    let ws = tempfile::tempdir().unwrap();
    let unterminated = "---\ntitle: Arrest in Lima\nsummary: Police in Peru arrested Juan Carlos Mendez in Lima.\n";
    write(ws.path(), "unterminated.md", unterminated.as_bytes());
    write(ws.path(), "malformed.md", format!("---\njust words here\n---\n{ARTICLE}").as_bytes());
    let out = util::newsgraph(ws.path()).args(["build", "unterminated.md", "malformed.md"]).assert().success().stderr(
        "newsgraph: warning: unterminated.md: front matter is not terminated by '---'; read as text\n\
         newsgraph: warning: malformed.md: front matter line 2 is not 'key: value'; read as text\n",
    );
    let g = json(&out.get_output().stdout);
    assert_eq!(documents(&g), ["malformed", "unterminated"]);
    // the text after the broken block is extracted, from both files
    let mendez = g["nodes"].as_array().unwrap().iter().find(|n| n["label"] == "Juan Carlos Mendez").unwrap();
    let docs: Vec<&str> = mendez["documents"].as_array().unwrap().iter().map(|d| d.as_str().unwrap()).collect();
    assert_eq!(docs, ["malformed", "unterminated"]);
    assert!(check_evidence(&g, "unterminated", unterminated) > 0);
}

// See: issue #8 (unreadable files: root reads anything, so a FIFO, a file that fails to read,
// a broken link; and a file without read permission when not root).
#[cfg(target_os = "linux")]
#[test]
fn unreadable_files_are_named_and_skipped() {
    let ws = workspace();
    let dir = ws.path().join("in");
    let fifo = Command::new("mkfifo").arg(dir.join("pipe.txt")).status().unwrap();
    assert!(fifo.success());
    std::os::unix::fs::symlink("/proc/self/mem", dir.join("mem.txt")).unwrap(); // reading fails: EIO
    std::os::unix::fs::symlink("nowhere.txt", dir.join("gone.txt")).unwrap();
    let mut expected = String::from(
        "newsgraph: in/gone.txt: No such file or directory (os error 2)\n\
         newsgraph: in/mem.txt: Input/output error (os error 5)\n\
         newsgraph: in/pipe.txt: not a regular file (a FIFO, socket or device)\n",
    );
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(true);
    if !root {
        use std::os::unix::fs::PermissionsExt;
        write(ws.path(), "in/secret.txt", ARTICLE.as_bytes());
        fs::set_permissions(dir.join("secret.txt"), fs::Permissions::from_mode(0o000)).unwrap();
        expected.push_str("newsgraph: in/secret.txt: Permission denied (os error 13)\n");
    }
    let out = util::newsgraph(ws.path())
        .args(["build", "in"])
        .timeout(Duration::from_secs(120)) // a FIFO read as a file would block forever
        .assert()
        .code(2)
        .stderr(expected);
    assert_eq!(documents(&json(&out.get_output().stdout)), ["good"]);
}

// See: issue #8 (a missing path is named; the other paths are still built).
#[test]
fn a_missing_path_is_named_and_the_rest_is_built() {
    let ws = workspace();
    let out = util::newsgraph(ws.path())
        .args(["build", "nope.txt", "in/good.txt", "missing/"])
        .assert()
        .code(2)
        .stderr("newsgraph: nope.txt: no such file or directory\nnewsgraph: missing/: no such file or directory\n");
    assert_eq!(documents(&json(&out.get_output().stdout)), ["good"]);
    util::newsgraph(ws.path())
        .args(["build", "nope.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("newsgraph: nope.txt: no such file or directory\n");
}

// See: issue #8 (an output folder that cannot be written: a clear error naming the path).
#[test]
fn an_unwritable_output_is_named() {
    let ws = workspace();
    write(ws.path(), "blocker", b"a file where a folder should be");
    util::newsgraph(ws.path())
        .args(["build", "in", "-o", "blocker/out/", "-f", "json"])
        .assert()
        .code(2)
        .stderr("newsgraph: creating output folder 'blocker/out/': Not a directory (os error 20)\n");
    util::newsgraph(ws.path())
        .args(["build", "in", "-o", "nodir/sub/g.json"])
        .assert()
        .code(2)
        .stderr("newsgraph: nodir/sub/g.json: No such file or directory (os error 2)\n");
    assert!(!ws.path().join("nodir").exists());
    let root = Command::new("id").arg("-u").output().map(|o| o.stdout == b"0\n").unwrap_or(true);
    if !root {
        use std::os::unix::fs::PermissionsExt;
        fs::create_dir(ws.path().join("locked")).unwrap();
        fs::set_permissions(ws.path().join("locked"), fs::Permissions::from_mode(0o555)).unwrap();
        util::newsgraph(ws.path())
            .args(["build", "in", "-o", "locked/", "-f", "json"])
            .assert()
            .code(2)
            .stderr("newsgraph: locked/good.json: Permission denied (os error 13)\n");
    }
}

// See: issue #8 (malformed graph JSON given to `query`: line and column, exit code 2).
#[test]
fn malformed_graph_json_given_to_query_names_line_and_column() {
    let ws = tempfile::tempdir().unwrap();
    write(ws.path(), "syntax.json", b"{\n  \"directed\": true,\n  \"nodes\": [,]\n}\n");
    write(
        ws.path(),
        "schema.json",
        b"{\"nodes\": [\n {\"id\": \"x\", \"kind\": \"entity\", \"type\": \"dragon\", \"label\": \"X\"}], \"links\": []}",
    );
    write(ws.path(), "empty.json", b"");
    let cases = [
        ("syntax.json", "line 3, column 13: expected value"),
        ("schema.json", "line 2, column 41: node 'x' has unknown kind/type 'entity'/'dragon'"),
        ("empty.json", "line 1, column 1: EOF while parsing a value"),
    ];
    for (file, what) in cases {
        util::newsgraph(ws.path())
            .args(["query", file, "stats"])
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!("newsgraph: {file}: invalid graph JSON at {what}\n"));
    }
}

// See: issue #8 (a run that fails while writing leaves the previous output intact).
#[test]
fn a_failed_write_keeps_the_previous_output() {
    let ws = workspace();
    util::newsgraph(ws.path()).args(["build", "in", "-o", "out/", "-f", "json", "-q"]).assert().success();
    let out = ws.path().join("out");
    let before: Vec<(String, Vec<u8>)> =
        listing(&out).into_iter().map(|f| (f.clone(), fs::read(out.join(&f)).unwrap())).collect();
    assert_eq!(before.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(), ["corpus.json", "good.json"]);
    // new input, and files may hold at most 512 bytes: the first write fails half way
    write(ws.path(), "in/good.txt", b"Officials in Chile said Ana Ortiz left for Peru on Friday.\n");
    let run = limited(ws.path(), "ulimit -f 1; trap '' XFSZ", &["build", "in", "-o", "out/", "-f", "json", "-q"]);
    assert_eq!(run.status.code(), Some(2), "{run:?}");
    assert_eq!(String::from_utf8_lossy(&run.stderr), "newsgraph: out/good.json: File too large (os error 27)\n");
    for (name, bytes) in &before {
        assert_eq!(&fs::read(out.join(name)).unwrap(), bytes, "{name} changed");
    }
    assert_eq!(listing(&out), ["corpus.json", "good.json"], "a temporary file was left behind");
}

// See: issue #8 (a run killed midway leaves the previous output intact).
#[test]
fn a_killed_run_keeps_the_previous_output() {
    let ws = tempfile::tempdir().unwrap();
    write(ws.path(), "big.txt", ARTICLE.as_bytes());
    util::newsgraph(ws.path()).args(["build", "big.txt", "-o", "out/", "-f", "json", "-q"]).assert().success();
    let out = ws.path().join("out");
    let before = (fs::read(out.join("big.json")).unwrap(), fs::read(out.join("corpus.json")).unwrap());
    // a bigger input that takes seconds to build; killed well before it is written
    write(ws.path(), "big.txt", one_line(3_000_000).as_bytes());
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .current_dir(ws.path())
        .args(["build", "big.txt", "-o", "out/", "-f", "json", "-q"])
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success(), "the run finished before it was killed");
    assert_eq!((fs::read(out.join("big.json")).unwrap(), fs::read(out.join("corpus.json")).unwrap()), before);
    assert_eq!(listing(&out), ["big.json", "corpus.json"]);
}

// See: issue #8 (no input makes the program panic). Inputs that broke the pipeline once.
#[test]
fn no_input_shows_a_panic() {
    let ws = tempfile::tempdir().unwrap();
    let nasty: Vec<(&str, Vec<u8>)> = vec![
        // the end of a non-ASCII text 256 bytes long (found by fuzzing: offset 0)
        ("end256.txt", format!("é{}", "a".repeat(254)).into_bytes()),
        // a speaker label whose block has no sentence, then a pronoun speaker
        // (usize::MAX + 2 in debug builds)
        (
            "label.txt",
            b"SMITH: Transcript provided by NPR.\nJohn Baker met us in Lima. \"We left,\" he said.\n".to_vec(),
        ),
        ("quotes.txt", "\"\u{201c}\"\u{201d}\"\"“ ” “ \" said he said she said".into()),
        ("frontmatter.md", b"---\n---\n---\n".to_vec()),
        ("marks.txt", "e\u{301}\u{301}\u{301} \u{200d}\u{feff}İ ǅ ﬁ Ⅻ".into()),
        ("dots.txt", b"... . .. U.S. U.S.S.R. a.m. Gen. J. 's 's ' '".to_vec()),
        ("stage.txt", b"(SOUNDBITE OF (SOUNDBITE OF (SOUNDBITE OF MUSIC) (((".to_vec()),
        ("dashes.txt", "-- --- ---- - — – WASHINGTON —".into()),
    ];
    for (name, bytes) in &nasty {
        write(ws.path(), &format!("in/{name}"), bytes);
    }
    let out = util::newsgraph(ws.path()).args(["build", "in", "-q", "--cooccurrence"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("internal error") && !stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let g = json(&out.stdout);
    for (name, bytes) in &nasty {
        let id = name.split('.').next().unwrap();
        check_evidence(&g, id, std::str::from_utf8(bytes).unwrap());
    }
}
