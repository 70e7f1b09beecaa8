//! Views of a graph: the actor view collapses events into labelled actor-to-actor edges.
//!
//! Reads a [`KnowledgeGraph`] and returns a new one; the input is not changed. In the actor
//! view every event node disappears and its participants are linked directly, from whoever did
//! it to whomever it was done to ("United States -arrest-> Tomas Arkwell Brandt"), each
//! edge labelled with the event type and keeping the event's trigger sentences as evidence.
//! Relations between entities stay as they are. Used by `build --view actors` for diagrams.

use std::collections::BTreeSet;

use petgraph::visit::EdgeRef;

use super::{Edge, EdgeLabel, KnowledgeGraph, NodeKind};
use crate::kinds::Role;

/// Which view of the graph to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum View {
    /// Entities, events and every edge.
    #[default]
    Full,
    /// Entities only; events become actor-to-actor edges.
    Actors,
}

/// The actor view of a graph.
///
/// # Complexity
/// O(V + E log E): one pass over the events and their role edges.
pub fn actors(kg: &KnowledgeGraph) -> KnowledgeGraph {
    let mut out = KnowledgeGraph::new();
    for d in kg.documents() {
        out.add_document_info(d.clone());
    }
    for (_, n) in kg.nodes() {
        if n.kind() == NodeKind::Entity {
            out.upsert_node(n.clone());
        }
    }
    for (a, b, e) in kg.edges() {
        if let (EdgeLabel::Relation(_), Some(x), Some(y)) =
            (e.label, out.find(&kg.node(a).id), out.find(&kg.node(b).id))
        {
            out.upsert_edge(x, y, e.clone());
        }
    }
    let g = kg.petgraph();
    for (ev, n) in kg.nodes() {
        let Some(kind) = n.event_kind() else { continue };
        let mut doers: BTreeSet<String> = BTreeSet::new();
        let mut others: BTreeSet<String> = BTreeSet::new();
        let mut undergoers: BTreeSet<String> = BTreeSet::new();
        for r in g.edges(ev) {
            let id = g[r.target()].id.clone();
            match r.weight().label {
                EdgeLabel::Role(Role::Agent | Role::Instigator) => doers.insert(id),
                EdgeLabel::Role(Role::Patient) => undergoers.insert(id),
                _ => others.insert(id),
            };
        }
        // who did it to whom: doers to everyone else; without a doer, whoever underwent it
        // to the places and others involved
        let (from, to): (BTreeSet<String>, BTreeSet<String>) = if !doers.is_empty() {
            (doers.clone(), undergoers.union(&others).cloned().collect())
        } else if !undergoers.is_empty() {
            (undergoers.clone(), others.clone())
        } else {
            let mut it = others.iter().cloned();
            let first: BTreeSet<String> = it.next().into_iter().collect();
            (first, it.collect())
        };
        for x in &from {
            for y in to.iter().filter(|y| *y != x) {
                let (Some(a), Some(b)) = (out.find(x), out.find(y)) else { continue };
                out.upsert_edge(a, b, Edge { label: EdgeLabel::Event(kind), evidence: n.mentions.clone() });
            }
        }
    }
    out
}

/// The graph in the chosen view.
pub fn apply(kg: &KnowledgeGraph, view: View) -> std::borrow::Cow<'_, KnowledgeGraph> {
    match view {
        View::Full => std::borrow::Cow::Borrowed(kg),
        View::Actors => std::borrow::Cow::Owned(actors(kg)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    #[test]
    fn events_become_actor_edges() {
        let doc = Document::new("d", "Peru arrested Juan Carlos Mendez in Lima on Monday.");
        let mut kg = KnowledgeGraph::new();
        kg.add(&doc, &extract(&doc));
        let v = actors(&kg);
        assert!(v.nodes().all(|(_, n)| n.kind() == NodeKind::Entity));
        let edges: Vec<(String, String, &str)> = v
            .edges()
            .into_iter()
            .map(|(a, b, e)| (v.node(a).label.clone(), v.node(b).label.clone(), e.label.as_str()))
            .collect();
        assert!(edges.contains(&("Peru".into(), "Juan Carlos Mendez".into(), "arrest")), "{edges:?}");
        assert!(edges.contains(&("Peru".into(), "Lima".into(), "arrest")), "{edges:?}");
        // evidence is the trigger
        let (_, _, e) = v.edges().into_iter().find(|(_, _, e)| e.label.as_str() == "arrest").unwrap();
        assert_eq!(&*e.evidence[0].text, "arrested");
    }

    #[test]
    fn without_a_doer_the_patient_leads() {
        let doc = Document::new("d", "Juan Carlos Mendez was arrested in Lima.");
        let mut kg = KnowledgeGraph::new();
        kg.add(&doc, &extract(&doc));
        let v = actors(&kg);
        let edges: Vec<(String, String)> =
            v.edges().into_iter().map(|(a, b, _)| (v.node(a).label.clone(), v.node(b).label.clone())).collect();
        assert_eq!(edges, vec![("Juan Carlos Mendez".to_string(), "Lima".to_string())]);
    }
}
