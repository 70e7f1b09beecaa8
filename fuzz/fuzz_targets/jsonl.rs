//! Fuzz target: JSON Lines records (any bytes). Every line gives a document or an error that
//! names its line; reading never stops early except on a binary first line.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsgraph::Error;
use newsgraph::input::{ReadOptions, read_records};

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count();
    for lossy in [false, true] {
        let mut last_line = 0;
        read_records(Path::new("fuzz.jsonl"), data, ReadOptions { lossy }, &mut |r| match r {
            Ok(doc) => {
                let path = doc.path().expect("records have a path").to_string();
                let line: usize = path.rsplit(':').next().and_then(|n| n.parse().ok()).expect("path ends in :line");
                assert!(line > last_line && line <= lines, "record line {line} after {last_line}");
                last_line = line;
                newsgraph_fuzz::check_document(&doc);
            }
            Err(Error::BadRecord { line, reason, .. }) => {
                assert!(line > last_line && line <= lines && !reason.is_empty(), "bad record line {line}");
                last_line = line;
            }
            Err(Error::NotText { .. }) => assert_eq!(last_line, 0, "binary error after line 1"),
            Err(e) => panic!("unexpected error: {e}"),
        });
    }
});
