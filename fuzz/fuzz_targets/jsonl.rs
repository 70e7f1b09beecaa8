//! Fuzz target: JSON Lines records (any bytes). Every line gives a document or an error that
//! names its line (in order); reading never stops early except on a binary first line.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsgraph::Error;
use newsgraph::input::{ReadOptions, read_records};

fuzz_target!(|data: &[u8]| {
    let lines = data.split(|&b| b == b'\n').count();
    for lossy in [false, true] {
        // errors name their lines in order; a record may name its own path, so documents are
        // only counted
        let (mut last_line, mut items) = (0, 0);
        read_records(Path::new("fuzz.jsonl"), data, ReadOptions { lossy }, &mut |r| {
            items += 1;
            match r {
                Ok(doc) => newsgraph_fuzz::check_document(&doc),
                Err(Error::BadRecord { line, reason, .. }) => {
                    assert!(line > last_line && line <= lines && !reason.is_empty(), "bad record line {line}");
                    last_line = line;
                }
                Err(Error::NotText { .. }) => assert_eq!(items, 1, "binary error after line 1"),
                Err(e) => panic!("unexpected error: {e}"),
            }
        });
        assert!(items <= lines, "{items} items from {lines} lines");
    }
});
