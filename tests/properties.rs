//! Properties over arbitrary text (issue #8), checked with proptest through the library:
//! every mention and every piece of evidence slices the text to its own `text` (character
//! offsets in the graph, byte spans in the annotations); building twice gives byte-identical
//! output; and reading JSON Lines, graph JSON or any text never panics.
//!
//! Texts mix arbitrary Unicode with the things extraction reacts to: capitals, names, titles,
//! quotes, possessives, abbreviations, line breaks, speaker labels, datelines and front matter.
//! Case counts stay moderate for CI on two cores; `PROPTEST_CASES=5000 cargo test --test
//! properties` runs longer.

use std::path::Path;

use proptest::prelude::*;

use newsgraph::export::{self, Format};
use newsgraph::extract::{self, Annotations};
use newsgraph::input::{ReadOptions, read_records};
use newsgraph::text::{Document, Span};
use newsgraph::{Error, KnowledgeGraph};

/// Pieces of news text, each kept whole by the generator.
const PIECES: &[&str] = &[
    "Juan",
    "Carlos",
    "Mendez",
    "Maria",
    "Lopez",
    "Police",
    "Peru",
    "Lima",
    "U.S.",
    "Gen.",
    "J.",
    "Mr.",
    "Attorney",
    "General",
    "President",
    "Department",
    "of",
    "Justice",
    "DEA",
    "the",
    "The",
    "a",
    "in",
    "on",
    "Monday",
    "arrested",
    "said",
    "told",
    "was",
    "charged",
    "he",
    "she",
    "they",
    "we",
    "I",
    "his",
    "its",
    "retired",
    "general",
    "cartel",
    "administration",
    "targets",
    "are:",
    "and",
    ",",
    ".",
    "!",
    "?",
    "'s",
    "’s",
    "'",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "--",
    "—",
    "-",
    ":",
    ";",
    "2009",
    "63",
    "July",
    "20,",
    "a.m.",
    "O'Brien",
    "Lazcano-Lazcano",
    "al-Qaeda",
    "Andrés",
    "López",
    "İstanbul",
    "Straße",
    "ǅemal",
    "ﬁnance",
    "北京",
    "e\u{301}",
    "\u{200d}",
    "\u{feff}",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "SMITH:",
    "KAHN, BYLINE:",
    "WASHINGTON —",
    "LIMA (AP) -",
    "(SOUNDBITE OF MUSIC)",
    "Transcript provided by NPR.",
    "---\n",
    "title: x\n",
    "according to",
    "Twitter",
    "shuttle",
    "Discovery",
];

/// Text built from [`PIECES`], arbitrary characters and arbitrary strings.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "\\PC{0,6}",
    ];
    let sep = prop_oneof![6 => Just(" "), 1 => Just(""), 1 => Just("\n")];
    prop_oneof![
        4 => proptest::collection::vec((piece, sep), 0..120)
            .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect::<String>()),
        1 => any::<String>(),
    ]
}

/// Extracts a document with the standard pipeline and adds it to a graph.
fn build(id: &str, text: &str) -> (Document, Annotations, KnowledgeGraph) {
    let doc = Document::new(id, text);
    let ann = extract::extract(&doc);
    let mut kg = KnowledgeGraph::new();
    kg.add(&doc, &ann);
    (doc, ann, kg)
}

fn slices(doc: &Document, span: Span) -> bool {
    let t = doc.text();
    span.start <= span.end && span.end <= t.len() && t.is_char_boundary(span.start) && t.is_char_boundary(span.end)
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(96);
    let regressions = proptest::test_runner::FileFailurePersistence::WithSource("regressions");
    ProptestConfig { cases, failure_persistence: Some(Box::new(regressions)), ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config())]

    // See: issue #8 (every offset slices the text to its text).
    #[test]
    fn every_offset_slices_the_text_to_its_text(text in text()) {
        let (doc, ann, kg) = build("p", &text);
        for s in doc.sentences() {
            prop_assert!(slices(&doc, s.span), "sentence {}", s.span);
        }
        for m in &ann.mentions {
            prop_assert!(slices(&doc, m.span), "mention {}", m.span);
        }
        for r in &ann.relations {
            prop_assert!(slices(&doc, r.evidence), "relation evidence {}", r.evidence);
        }
        for e in &ann.events {
            for &sp in e.triggers.iter().chain(&e.sentences).chain(e.args.iter().flat_map(|a| [&a.span, &a.evidence])) {
                prop_assert!(slices(&doc, sp), "event span {}", sp);
            }
        }
        let chars: Vec<char> = text.chars().collect();
        let mut evidence = Vec::new();
        for (_, n) in kg.nodes() {
            evidence.extend(n.mentions.iter());
            evidence.extend(n.event.as_ref().and_then(|i| i.time.as_ref()).map(|t| &t.evidence));
        }
        for (_, _, e) in kg.edges() {
            evidence.extend(e.evidence.iter());
        }
        for e in evidence {
            prop_assert!(e.start <= e.end && e.end <= chars.len(), "evidence {}..{}", e.start, e.end);
            let s: String = chars[e.start..e.end].iter().collect();
            prop_assert_eq!(s.as_str(), &*e.text, "evidence {}..{} (character offsets)", e.start, e.end);
        }
    }

    // See: issue #8 (the same input gives byte-identical output).
    #[test]
    fn two_builds_are_byte_identical(a in text(), b in text()) {
        let run = || {
            let mut kg = KnowledgeGraph::new();
            for (id, t) in [("a", &a), ("b", &b)] {
                let doc = Document::new(id, t.as_str());
                kg.add(&doc, &extract::extract(&doc));
            }
            let mut out = Vec::new();
            for f in [Format::Json, Format::Dot] {
                export::write(&kg, f, &mut out).unwrap();
            }
            out
        };
        let first = run();
        prop_assert!(first == run(), "two builds of the same input differ");
    }

    // See: issue #8 (our own JSON reads back to the same graph).
    #[test]
    fn graph_json_round_trips(text in text()) {
        let (_, _, kg) = build("r", &text);
        let mut a = Vec::new();
        export::json::write(&kg, &mut a).unwrap();
        let back = export::json::read(std::str::from_utf8(&a).unwrap(), Path::new("r.json"));
        prop_assert!(back.is_ok(), "{:?}", back.err());
        let mut b = Vec::new();
        export::json::write(&back.unwrap(), &mut b).unwrap();
        prop_assert!(a == b, "the round trip changed the graph");
    }

    // See: issue #8 (any bytes as JSON Lines: documents or errors naming their line, no panic).
    #[test]
    fn json_lines_never_panic(lines in proptest::collection::vec(prop_oneof![
        Just(br#"{"id": "x", "text": "Police arrested Juan Perez."}"#.to_vec()),
        Just(br#"{"text": null}"#.to_vec()),
        Just(b"{oops".to_vec()),
        proptest::collection::vec(any::<u8>(), 0..40),
        text().prop_map(|t| serde_json::json!({ "text": t }).to_string().into_bytes()),
    ], 0..8)) {
        let data = lines.join(&b'\n');
        let count = data.split(|&b| b == b'\n').count();
        for lossy in [false, true] {
            // errors name their lines in order (a record may name its own path, so documents
            // are only counted)
            let (mut last, mut items) = (0, 0);
            read_records(Path::new("p.jsonl"), &data[..], ReadOptions { lossy }, &mut |r| {
                items += 1;
                match r {
                    Ok(_) => {}
                    Err(Error::BadRecord { line, .. }) => {
                        assert!(line > last && line <= count, "line {line} after {last} of {count}");
                        last = line;
                    }
                    Err(Error::NotText { .. }) => assert_eq!(items, 1, "binary error after line 1"),
                    Err(e) => panic!("unexpected error {e}"),
                }
            });
            prop_assert!(items <= count, "{} items from {} lines", items, count);
        }
    }

    // See: issue #8 (any text as graph JSON: a graph or an error with a line and a column).
    #[test]
    fn graph_json_reader_never_panics(text in prop_oneof![
        any::<String>(),
        text(),
        Just("{\"nodes\": [], \"links\": []}".to_string()),
        "\\{\"nodes\": \\[(\\{\"id\": \"[a-z:]{0,8}\", \"kind\": \"(entity|event)\", \"type\": \"[a-z]{0,8}\", \"label\": \"x\"\\},? ?){0,3}\\], \"links\": \\[\\]\\}",
    ]) {
        match export::json::read(&text, Path::new("g.json")) {
            Ok(_) => {}
            Err(Error::BadGraph { line, column, .. }) => prop_assert!(line >= 1 && column >= 1, "{line}:{column}"),
            Err(e) => prop_assert!(false, "unexpected error {}", e),
        }
    }
}
