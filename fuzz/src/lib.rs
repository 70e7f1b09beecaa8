//! Invariants the fuzz targets check after every run, beyond "does not panic".
//!
//! Each check panics with a message when an invariant fails, which libFuzzer reports as a
//! crash and saves the input under `fuzz/artifacts/<target>/`. The property tests in
//! `tests/properties.rs` check the same invariants with proptest.

use newsgraph::KnowledgeGraph;
use newsgraph::extract::Annotations;
use newsgraph::text::{Document, Span};

/// Panics unless `span` is a non-inverted range on character boundaries of `text`.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "{what} {span} out of bounds ({} bytes)", text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what} {span} splits a character");
}

/// Segmentation invariants: every block, sentence and token lies in the text on character
/// boundaries; tokens are in order, do not overlap, and lie inside their sentence.
pub fn check_document(doc: &Document) {
    let text = doc.text();
    check_span(text, doc.body(), "body");
    for b in doc.blocks() {
        check_span(text, b.span, "block");
        check_span(text, b.content, "block content");
        assert!(b.span.contains(b.content), "block content {} outside its line {}", b.content, b.span);
    }
    let tokens = doc.tokens();
    let mut prev_end = 0;
    for t in tokens {
        check_span(text, t.span, "token");
        assert!(!t.span.is_empty(), "empty token at {}", t.span);
        assert!(t.span.start >= prev_end, "tokens overlap at {}", t.span);
        prev_end = t.span.end;
    }
    let mut next_token = 0;
    for (i, s) in doc.sentences().iter().enumerate() {
        check_span(text, s.span, "sentence");
        assert!(s.first_token == next_token && s.first_token < s.end_token, "sentence {i} token range");
        assert!(s.end_token <= tokens.len(), "sentence {i} ends past the tokens");
        for t in &tokens[s.first_token..s.end_token] {
            assert!(s.span.contains(t.span), "token {} outside sentence {i} {}", t.span, s.span);
        }
        next_token = s.end_token;
    }
    assert_eq!(next_token, tokens.len(), "tokens outside every sentence");
    let mut last = 0;
    for (ci, (bi, _)) in text.char_indices().enumerate().step_by(7) {
        assert_eq!(doc.char_offset(bi), ci, "char_offset({bi})");
        assert!(ci >= last);
        last = ci;
    }
    assert_eq!(doc.char_offset(text.len()), text.chars().count(), "char_offset(len)");
}

/// Extraction invariants: every span slices the text; every index points at something.
pub fn check_annotations(doc: &Document, ann: &Annotations) {
    let text = doc.text();
    for m in &ann.mentions {
        check_span(text, m.span, "mention");
        assert!(m.entity < ann.entities.len(), "mention of entity {}", m.entity);
    }
    for e in &ann.entities {
        assert!(e.mentions.iter().all(|&m| m < ann.mentions.len()), "entity '{}' mention index", e.label);
    }
    for r in &ann.relations {
        check_span(text, r.evidence, "relation evidence");
        assert!(r.subject < ann.entities.len() && r.object < ann.entities.len(), "relation entity index");
    }
    for ev in &ann.events {
        assert_eq!(ev.triggers.len(), ev.sentences.len(), "one sentence per trigger");
        for &t in ev.triggers.iter().chain(&ev.sentences) {
            check_span(text, t, "event trigger/sentence");
        }
        for a in &ev.args {
            check_span(text, a.span, "argument");
            check_span(text, a.evidence, "argument evidence");
            assert!(a.entity < ann.entities.len(), "argument entity index");
        }
        if let Some(t) = &ev.time {
            check_span(text, t.span, "time");
        }
        assert!(ev.source.is_none_or(|s| s < ann.entities.len()), "event source index");
    }
}

/// Graph invariants: every piece of evidence from `doc` has character offsets that slice the
/// document's text to exactly its `text`.
pub fn check_graph(doc: &Document, kg: &KnowledgeGraph) {
    let chars: Vec<char> = doc.text().chars().collect();
    let check = |e: &newsgraph::graph::Evidence| {
        assert_eq!(&*e.doc, doc.id(), "evidence from another document");
        assert!(e.start <= e.end && e.end <= chars.len(), "evidence {}..{} out of bounds", e.start, e.end);
        let s: String = chars[e.start..e.end].iter().collect();
        assert_eq!(s.as_str(), &*e.text, "evidence {}..{} does not slice to its text", e.start, e.end);
    };
    for (_, n) in kg.nodes() {
        n.mentions.iter().for_each(check);
        if let Some(t) = n.event.as_ref().and_then(|i| i.time.as_ref()) {
            check(&t.evidence);
        }
    }
    for (_, _, e) in kg.edges() {
        e.evidence.iter().for_each(check);
    }
}

/// Writes a graph as JSON, reads it back and writes it again: the two texts must be equal.
pub fn check_json_round_trip(kg: &KnowledgeGraph) {
    let mut a = Vec::new();
    newsgraph::export::json::write(kg, &mut a).expect("write to memory");
    let text = std::str::from_utf8(&a).expect("JSON output is UTF-8");
    let back = newsgraph::export::json::read(text, std::path::Path::new("round-trip.json"))
        .unwrap_or_else(|e| panic!("our own JSON does not read back: {e}"));
    let mut b = Vec::new();
    newsgraph::export::json::write(&back, &mut b).expect("write to memory");
    assert!(a == b, "JSON round trip changed the graph");
}
