//! Building the graph from one document's annotations.
//!
//! Reads a [`Document`] and its [`Annotations`]; writes nodes and edges into a
//! [`KnowledgeGraph`]. Byte spans become character offsets here. Entities get the id
//! `type:slug-of-label`, so the same entity named the same way in two documents is one node;
//! events get `event:doc:type:n`. Merging a node keeps a deterministic label (the longest, then
//! the smallest) and the union of aliases, titles, attributes and mentions, so the result does
//! not depend on the order documents are added in.

use std::collections::BTreeSet;

use unicode_normalization::UnicodeNormalization;

use super::KnowledgeGraph;
use super::model::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, Node, NodeType, Time};
use crate::extract::Annotations;
use crate::kinds::{EntityKind, Role};
use crate::text::{Document, Span};

/// An ASCII slug of a name: accents folded, lower case, runs of other characters as `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || c == '.' || c == '\'' || c == '’' {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out = format!("x{:08x}", crate::input::fnv1a(s.as_bytes()) as u32);
    }
    out
}

fn evidence(doc: &Document, span: Span) -> Evidence {
    Evidence {
        doc: doc.id().into(),
        start: doc.char_offset(span.start),
        end: doc.char_offset(span.end),
        text: doc.slice(span).into(),
    }
}

/// Merges `b` into `a` (same id).
pub(crate) fn merge_node(a: &mut Node, b: Node) {
    let pick_b =
        (b.label.chars().count(), std::cmp::Reverse(&b.label)) > (a.label.chars().count(), std::cmp::Reverse(&a.label));
    let mut aliases: BTreeSet<String> = a.aliases.iter().chain(b.aliases.iter()).cloned().collect();
    if pick_b {
        aliases.insert(std::mem::replace(&mut a.label, b.label));
    } else if b.label != a.label {
        aliases.insert(b.label);
    }
    aliases.remove(&a.label);
    a.aliases = aliases;
    a.titles.extend(b.titles);
    a.attributes.extend(b.attributes);
    for m in b.mentions {
        if let Err(pos) = a.mentions.binary_search(&m) {
            a.mentions.insert(pos, m);
        }
    }
    if a.event.is_none() {
        a.event = b.event;
    }
}

impl KnowledgeGraph {
    /// Adds one document and its annotations. A document whose id is already in the graph is
    /// skipped, so adding the same document twice changes nothing.
    pub fn add(&mut self, doc: &Document, ann: &Annotations) {
        if self.has_document(doc.id()) {
            return;
        }
        let m = doc.meta();
        self.add_document_info(DocInfo {
            id: doc.id().to_string(),
            path: doc.path().map(str::to_string),
            title: m.title.clone(),
            date: m.date.clone(),
            source: m.source.clone(),
            url: m.url.clone(),
        });
        let mut ids = Vec::with_capacity(ann.entities.len());
        for e in &ann.entities {
            let id = format!("{}:{}", e.kind.as_str(), slug(&e.label));
            let mentions: Vec<Evidence> = {
                let mut v: Vec<Evidence> = e.mentions.iter().map(|&i| evidence(doc, ann.mentions[i].span)).collect();
                v.sort();
                v.dedup();
                v
            };
            let node = Node {
                id: id.clone(),
                ty: NodeType::Entity(e.kind),
                label: e.label.clone(),
                aliases: e.aliases.clone(),
                titles: e.titles.clone(),
                attributes: e.attributes.clone(),
                mentions,
                event: None,
            };
            ids.push(self.upsert_node(node));
        }
        for r in &ann.relations {
            let edge = Edge { label: EdgeLabel::Relation(r.kind), evidence: vec![evidence(doc, r.evidence)] };
            self.upsert_edge(ids[r.subject], ids[r.object], edge);
        }
        let doc_slug = slug(doc.id());
        let mut counters: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
        for ev in &ann.events {
            let n = counters.entry(ev.kind.as_str()).or_insert(0);
            *n += 1;
            let id = format!("event:{doc_slug}:{}:{n}", ev.kind.as_str());
            let label = event_label(ann, ev);
            let mut mentions: Vec<Evidence> = ev.triggers.iter().map(|&t| evidence(doc, t)).collect();
            mentions.sort();
            mentions.dedup();
            let info = EventInfo {
                modality: ev.modality,
                time: ev.time.as_ref().map(|t| Time { evidence: evidence(doc, t.span), value: t.value.clone() }),
                source: ev.source.map(|s| self.node(ids[s]).id.clone()),
            };
            let node = Node {
                id,
                ty: NodeType::Event(ev.kind),
                label,
                aliases: BTreeSet::new(),
                titles: BTreeSet::new(),
                attributes: BTreeSet::new(),
                mentions,
                event: Some(info),
            };
            let ni = self.upsert_node(node);
            for a in &ev.args {
                let edge = Edge { label: EdgeLabel::Role(a.role), evidence: vec![evidence(doc, a.evidence)] };
                self.upsert_edge(ni, ids[a.entity], edge);
            }
        }
    }
}

/// "arrest of Tomas Arkwell Brandt", "United States: sanction", "statement by X".
fn event_label(ann: &Annotations, ev: &crate::extract::Event) -> String {
    let who = |r: Role| ev.args.iter().find(|a| a.role == r).map(|a| ann.entities[a.entity].label.as_str());
    let k = ev.kind.as_str();
    match (who(Role::Patient), who(Role::Agent)) {
        (Some(p), _)
            if ann.entities.iter().any(|e| e.label == p && e.kind != EntityKind::Location)
                || ev.kind != crate::kinds::EventKind::Statement =>
        {
            format!("{k} of {p}")
        }
        (_, Some(a)) => format!("{k} by {a}"),
        (Some(p), None) => format!("{k} of {p}"),
        (None, None) => {
            ev.args.first().map_or_else(|| k.to_string(), |a| format!("{k}: {}", ann.entities[a.entity].label))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Andrés Felipe Ríos Montaño"), "andres-felipe-rios-montano");
        assert_eq!(slug("U.S."), "us");
        assert_eq!(slug("O'Brien & Sons"), "obrien-sons");
        assert!(slug("北京").starts_with('x'));
    }

    #[test]
    fn same_document_twice_changes_nothing() {
        let doc = Document::new("d1", "Police arrested Juan Perez in Lima.");
        let ann = extract(&doc);
        let mut g = KnowledgeGraph::new();
        g.add(&doc, &ann);
        let (n, e) = (g.node_count(), g.edge_count());
        g.add(&doc, &ann);
        assert_eq!((g.node_count(), g.edge_count()), (n, e));
    }

    #[test]
    fn entities_merge_across_documents() {
        let a = Document::new("a", "Police arrested Juan Perez in Lima.");
        let b = Document::new("b", "Juan Perez left Lima for Chile.");
        let mut g = KnowledgeGraph::new();
        g.add(&a, &extract(&a));
        g.add(&b, &extract(&b));
        let lima = g.find("location:lima").expect("lima");
        assert_eq!(g.node(lima).documents().len(), 2);
    }

    #[test]
    fn mentions_are_character_offsets() {
        let text = "Señora Inés Pérez met officials in Bogotá.";
        let doc = Document::new("d", text);
        let mut g = KnowledgeGraph::new();
        g.add(&doc, &extract(&doc));
        for (_, n) in g.nodes() {
            for m in &n.mentions {
                let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
                assert_eq!(s, &*m.text);
            }
        }
    }
}
