//! Fuzz target: the whole pipeline on any text: segmentation, every extraction pass, the graph
//! and its JSON. Checks every span and every evidence offset, and the JSON round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::text::Document;
use newsgraph::{KnowledgeGraph, extract};

fuzz_target!(|text: &str| {
    let doc = Document::new("fuzz", text);
    let ann = extract::extract(&doc);
    newsgraph_fuzz::check_annotations(&doc, &ann);
    let mut kg = KnowledgeGraph::new();
    kg.add(&doc, &ann);
    newsgraph_fuzz::check_graph(&doc, &kg);
    newsgraph_fuzz::check_json_round_trip(&kg);
});
