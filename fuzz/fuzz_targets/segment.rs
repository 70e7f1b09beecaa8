//! Fuzz target: line classification, sentence segmentation and tokenization of any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text::Document;

fuzz_target!(|text: &str| {
    newsgraph_fuzz::check_document(&Document::new("fuzz", text));
});
