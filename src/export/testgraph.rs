//! Hand-built graphs for exporter tests: a small one for golden files and a hostile one whose
//! names hold quotes, backslashes, markup, line breaks and accents.
//!
//! Compiled only for tests. The unit tests of `export::*` use it as `crate::export::testgraph`,
//! and the integration tests include the same file (`tests/util/mod.rs`), so it names the
//! library as `newsgraph::` (`lib.rs` declares `extern crate self as newsgraph`). The names are
//! invented.
#![allow(dead_code, unreachable_pub)]

use std::collections::BTreeSet;

use newsgraph::graph::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeType, Time};
use newsgraph::kinds::{EntityKind, EventKind, Modality, RelationKind, Role};

fn ev(doc: &str, start: usize, text: &str) -> Evidence {
    Evidence { doc: doc.into(), start, end: start + text.chars().count(), text: text.into() }
}

fn set(xs: &[&str]) -> BTreeSet<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

fn entity(id: &str, kind: EntityKind, label: &str, aliases: &[&str], mentions: Vec<Evidence>) -> Node {
    Node {
        id: id.into(),
        ty: NodeType::Entity(kind),
        label: label.into(),
        aliases: set(aliases),
        titles: BTreeSet::new(),
        attributes: BTreeSet::new(),
        mentions,
        event: None,
    }
}

fn event(id: &str, kind: EventKind, label: &str, trigger: Evidence, time: Option<Time>) -> Node {
    Node {
        id: id.into(),
        ty: NodeType::Event(kind),
        label: label.into(),
        aliases: BTreeSet::new(),
        titles: BTreeSet::new(),
        attributes: BTreeSet::new(),
        mentions: vec![trigger],
        event: Some(EventInfo { modality: Modality::Asserted, time, source: None }),
    }
}

fn edge(label: EdgeLabel, evidence: Vec<Evidence>) -> Edge {
    Edge { label, evidence }
}

/// Five nodes, five edges, one document: every node type the styles distinguish, an event with
/// a time, aliases, titles, and an edge stated twice.
pub fn small() -> KnowledgeGraph {
    const S1: &str = "Police in Valparaíso arrested Ana Pérez on Monday; she denied it.";
    const S2: &str = "Pérez, a member of the Río Verde Cooperative, was released.";
    let mut g = KnowledgeGraph::new();
    g.add_document_info(DocInfo {
        id: "d1".into(),
        path: Some("news/d1.txt".into()),
        title: Some("A small story".into()),
        ..DocInfo::default()
    });
    let mut ana = entity("person:ana-perez", EntityKind::Person, "Ana Pérez", &["Pérez"], vec![]);
    ana.titles = set(&["activist"]);
    ana.mentions = vec![ev("d1", 30, "Ana Pérez"), ev("d1", 66, "Pérez")];
    let ana = g.upsert_node(ana);
    let coop = g.upsert_node(entity(
        "organization:rio-verde-cooperative",
        EntityKind::Organization,
        "Río Verde Cooperative",
        &[],
        vec![ev("d1", 89, "Río Verde Cooperative")],
    ));
    let city = g.upsert_node(entity(
        "location:valparaiso",
        EntityKind::Location,
        "Valparaíso",
        &[],
        vec![ev("d1", 10, "Valparaíso")],
    ));
    let police = g.upsert_node(entity("group:police", EntityKind::Group, "police", &[], vec![ev("d1", 0, "Police")]));
    let time = Time { evidence: ev("d1", 43, "Monday"), value: None };
    let arrest = g.upsert_node(event(
        "event:d1:arrest:1",
        EventKind::Arrest,
        "arrest of Ana Pérez",
        ev("d1", 21, "arrested"),
        Some(time),
    ));
    let s1 = ev("d1", 0, S1);
    let s2 = ev("d1", 66, S2);
    g.upsert_edge(arrest, police, edge(EdgeLabel::Role(Role::Agent), vec![s1.clone()]));
    g.upsert_edge(arrest, ana, edge(EdgeLabel::Role(Role::Patient), vec![s1.clone()]));
    g.upsert_edge(arrest, city, edge(EdgeLabel::Role(Role::Place), vec![s1]));
    g.upsert_edge(ana, coop, edge(EdgeLabel::Relation(RelationKind::MemberOf), vec![s2.clone()]));
    g.upsert_edge(
        ana,
        coop,
        edge(EdgeLabel::Relation(RelationKind::MemberOf), vec![ev("d1", 66, "Pérez, a member of")]),
    );
    g
}

/// Labels (and ids) that break naive writers in every format.
pub const HOSTILE_LABELS: &[&str] = &[
    "Dr. \"Bad\" \\ O'Name",
    "<script>alert('x')</script> & Co",
    "Line one\nLine two",
    "Zoë Ñúñez-Çelik",
    "</script><!-- end -->",
    "a;b|c] {d} #quot; `e` --> x",
];

/// One node per [`HOSTILE_LABELS`] entry (alternating entity types, plus an event whose label is
/// hostile too), linked in a chain, with hostile aliases and evidence.
pub fn hostile() -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    g.add_document_info(DocInfo { id: "doc \"1\" <&>".into(), ..DocInfo::default() });
    let doc = "doc \"1\" <&>";
    let kinds =
        [EntityKind::Person, EntityKind::Organization, EntityKind::Location, EntityKind::Group, EntityKind::Other];
    let mut ids = Vec::new();
    for (k, label) in HOSTILE_LABELS.iter().enumerate() {
        let id = format!("{}:{k}'\"<&>\\", kinds[k % kinds.len()].as_str());
        let alias = format!("{label} (alias)");
        let n = entity(&id, kinds[k % kinds.len()], label, &[&alias], vec![ev(doc, 10 * k, label)]);
        ids.push(g.upsert_node(n));
    }
    let e = g.upsert_node(event(
        "event:\"x\":meet:1",
        EventKind::Meet,
        "meet of \"Bad\" & <Co>",
        ev(doc, 100, "met\nagain"),
        Some(Time { evidence: ev(doc, 120, "on 'Monday'"), value: Some("2020-01-06".into()) }),
    ));
    for w in ids.windows(2) {
        let text = format!("{} & {} \"met\"; then <left>", HOSTILE_LABELS[0], HOSTILE_LABELS[2]);
        g.upsert_edge(w[0], w[1], edge(EdgeLabel::Relation(RelationKind::AffiliatedWith), vec![ev(doc, 200, &text)]));
    }
    g.upsert_edge(e, ids[0], edge(EdgeLabel::Role(Role::Agent), vec![ev(doc, 100, "met\nagain")]));
    g.upsert_edge(e, ids[1], edge(EdgeLabel::Role(Role::Partner), vec![ev(doc, 100, "met\nagain")]));
    g
}
