//! Fuzz target: reading graph JSON (what `query` loads). Any text is read or rejected with a
//! line and column inside the text; a graph that reads writes back and reads again unchanged.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use newsgraph::Error;
use newsgraph::export::json;

fuzz_target!(|text: &str| {
    match json::read(text, Path::new("fuzz.json")) {
        Ok(kg) => newsgraph_fuzz::check_json_round_trip(&kg),
        Err(Error::BadGraph { line, column, reason, .. }) => {
            let lines = text.split('\n').count();
            assert!(line >= 1 && line <= lines.max(1), "line {line} of {lines}: {reason}");
            assert!(column >= 1, "column {column}: {reason}");
            assert!(column <= text.split('\n').nth(line - 1).map_or(0, str::len) + 1, "column {column}: {reason}");
        }
        Err(e) => panic!("unexpected error: {e}"),
    }
});
