//! The main job: `newsgraph build` with no arguments reads `data/` and writes `graphs/`. The
//! graphs committed in `graphs/` must be exactly what the current code makes from `data/`, so
//! this test fails whenever regenerating them would change them (run `cargo run --release --
//! build` and commit the result).

mod util;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), fs::read(&p).unwrap()))
        .collect()
}

// See: issue #2
#[test]
fn committed_graphs_are_what_data_gives() {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    fs::create_dir(&data).unwrap();
    for (name, bytes) in files(&util::repo("data")) {
        fs::write(data.join(name), bytes).unwrap();
    }
    util::newsgraph(work.path()).arg("build").assert().success();
    let made = files(&work.path().join("graphs"));
    let committed = files(&util::repo("graphs"));
    assert_eq!(
        made.keys().collect::<Vec<_>>(),
        committed.keys().collect::<Vec<_>>(),
        "graphs/ holds other files than `newsgraph build` makes: regenerate with `cargo run --release -- build`"
    );
    for (name, bytes) in &made {
        assert!(
            committed[name] == *bytes,
            "graphs/{name} is stale: regenerate with `cargo run --release -- build` and commit it"
        );
    }
    // one graph per article plus the corpus graph, in JSON and DOT at least
    assert!(made.contains_key("000_d85db44f8ae8b12d.json") && made.contains_key("corpus.dot"));
}
