//! Fuzz target: front-matter parsing. Any text gives None, Ok with a body offset on a
//! character boundary, or Malformed with a reason; a document built from it reads the whole
//! text as body (with a warning) whenever the block is malformed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text::Document;
use newsgraph::text::frontmatter::{Parsed, parse};

fuzz_target!(|text: &str| {
    let doc = Document::new("fuzz", text);
    match parse(text) {
        Parsed::None => assert_eq!(doc.body().start, 0),
        Parsed::Ok { body_start, .. } => {
            assert!(body_start <= text.len() && text.is_char_boundary(body_start));
            assert_eq!(doc.body().start, body_start);
        }
        Parsed::Malformed { reason } => {
            assert!(!reason.is_empty());
            assert_eq!(doc.body().start, 0);
            assert!(doc.warnings().iter().any(|w| w.starts_with("front matter ")), "{:?}", doc.warnings());
        }
    }
    newsgraph_fuzz::check_document(&doc);
});
