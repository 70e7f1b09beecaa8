//! `ego`: the subgraph around a node, as a [`KnowledgeGraph`] any exporter can write.
//!
//! Depth counts steps between actors, as in `neighbors`: depth 1 is the center, every event it
//! takes part in with all their participants, and every entity a relation links it to. The
//! result holds every edge of the original graph between the nodes it keeps, and the documents
//! their evidence comes from. Reads a [`KnowledgeGraph`]; returns a new one.

use std::collections::{BTreeSet, HashMap};

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;

use crate::graph::{EdgeLabel, KnowledgeGraph, NodeKind};

/// The subgraph of `kg` within `depth` steps of `center`.
///
/// # Complexity
/// O(Σ (d + p)) over the nodes walked (d: degree, p: participants of their events), plus
/// O(k log k) to copy the k nodes and edges kept in id order.
pub fn ego(kg: &KnowledgeGraph, center: NodeIndex, depth: usize) -> KnowledgeGraph {
    let g = kg.petgraph();
    let mut dist: HashMap<NodeIndex, usize> = HashMap::from([(center, 0)]);
    let mut layer = vec![center];
    for d in 0..depth {
        let mut next = Vec::new();
        let mut reach = |n: NodeIndex, dist: &mut HashMap<NodeIndex, usize>, at: usize| {
            if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(n) {
                e.insert(at);
                next.push(n);
            }
        };
        for &n in &layer {
            let is_entity = kg.node(n).kind() == NodeKind::Entity;
            for dir in [Direction::Outgoing, Direction::Incoming] {
                for e in g.edges_directed(n, dir) {
                    let other = if dir == Direction::Outgoing { e.target() } else { e.source() };
                    let through_event = is_entity
                        && dir == Direction::Incoming
                        && matches!(e.weight().label, EdgeLabel::Role(_))
                        && kg.node(other).kind() == NodeKind::Event;
                    if !through_event {
                        reach(other, &mut dist, d + 1);
                        continue;
                    }
                    // The event sits between its participants: it is kept at this depth and
                    // its participants are one step further.
                    dist.entry(other).or_insert(d);
                    for f in g.edges_directed(other, Direction::Outgoing) {
                        reach(f.target(), &mut dist, d + 1);
                    }
                }
            }
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    let mut keep: Vec<NodeIndex> = dist.into_keys().collect();
    keep.sort_by(|a, b| kg.node(*a).id.cmp(&kg.node(*b).id));
    let mut out = KnowledgeGraph::new();
    let mut map = HashMap::new();
    let mut docs = BTreeSet::new();
    for &n in &keep {
        let node = kg.node(n);
        docs.extend(node.mentions.iter().map(|m| m.doc.as_str()));
        map.insert(n, out.upsert_node(node.clone()));
    }
    let mut edges: Vec<_> = keep
        .iter()
        .flat_map(|&n| g.edges_directed(n, Direction::Outgoing))
        .filter(|e| map.contains_key(&e.target()))
        .collect();
    edges.sort_by(|x, y| {
        (&kg.node(x.source()).id, &kg.node(x.target()).id, x.weight().label.as_str()).cmp(&(
            &kg.node(y.source()).id,
            &kg.node(y.target()).id,
            y.weight().label.as_str(),
        ))
    });
    for e in edges {
        docs.extend(e.weight().evidence.iter().map(|m| m.doc.as_str()));
        out.upsert_edge(map[&e.source()], map[&e.target()], e.weight().clone());
    }
    for d in kg.documents().filter(|d| docs.contains(d.id.as_str())) {
        out.add_document_info(d.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::DocInfo;
    use crate::graph::query::fixture::{self, small};
    use crate::kinds::{EventKind, Role};

    fn ids(kg: &KnowledgeGraph) -> Vec<String> {
        kg.nodes().map(|(_, n)| n.id.clone()).collect()
    }

    #[test]
    fn depth_one_keeps_events_with_all_participants() {
        let mut s = small();
        let st = fixture::event(&mut s.kg, EventKind::Statement, 1, None);
        fixture::role(&mut s.kg, st, Role::Agent, s.ana, "Ana spoke.");
        s.kg.add_document_info(DocInfo { id: "d".into(), ..Default::default() });
        s.kg.add_document_info(DocInfo { id: "other".into(), ..Default::default() });
        let e = ego(&s.kg, s.ana, 1);
        assert_eq!(ids(&e), ["event:d:dismissal:1", "event:d:statement:1", "person:ana-nunez", "person:bo-berg"]);
        assert_eq!(e.edge_count(), 3);
        assert_eq!(e.documents().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["d"]);
    }

    #[test]
    fn deeper_and_induced() {
        let s = small();
        let e = ego(&s.kg, s.bo, 2);
        assert_eq!(
            ids(&e),
            ["event:d:dismissal:1", "location:lima", "organization:acme-corp", "person:ana-nunez", "person:bo-berg"]
        );
        assert_eq!(e.edge_count(), s.kg.edge_count());
        assert_eq!(ids(&ego(&s.kg, s.bo, 0)), ["person:bo-berg"]);
        assert_eq!(ids(&ego(&s.kg, s.cy, 3)), ["person:cy-young"]);
    }

    #[test]
    fn evidence_is_kept() {
        let s = small();
        let e = ego(&s.kg, s.acme, 1);
        let (_, _, edge) = e.edges().into_iter().find(|(_, _, x)| x.label.as_str() == "based_in").unwrap();
        assert_eq!(edge.evidence[0].text, "Acme Corp, based in Lima");
    }
}
