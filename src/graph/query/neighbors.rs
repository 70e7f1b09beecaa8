//! `neighbors`: who is connected to an actor, directly or within K steps, and through what.
//!
//! A step is one [`Connection`]: a relation, or an event both actors take part in. Every way
//! in which a neighbor at distance d is reached from an actor at distance d - 1 is one result,
//! with the edges that hold its evidence. Reads a [`KnowledgeGraph`]; writes nothing.

use std::collections::HashMap;

use petgraph::stable_graph::NodeIndex;

use super::actors::{Connection, ConnectionFilter, Via, connections};
use crate::graph::KnowledgeGraph;
use crate::kinds::EntityKind;

/// What [`neighbors`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeighborOptions {
    /// How many steps away (1: direct neighbors).
    pub depth: usize,
    /// Show only neighbors of this entity type (the walk still goes through the others).
    pub kind: Option<EntityKind>,
    /// Walk only through connections that pass this filter.
    pub filter: Option<ConnectionFilter>,
}

impl Default for NeighborOptions {
    fn default() -> Self {
        NeighborOptions { depth: 1, kind: None, filter: None }
    }
}

/// A neighbor and one way it is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Neighbor {
    /// The neighbor.
    pub node: NodeIndex,
    /// Steps from the center.
    pub distance: usize,
    /// The step that reaches it, from a node one step closer to the center.
    pub via: Connection,
}

/// The neighbors of `center` within `opts.depth` steps. Sorted by distance, then neighbors
/// with more connections first, then by id and by what connects them.
///
/// # Complexity
/// O(Σ (d + p)) over the nodes walked, where d is a node's degree and p the number of
/// participants of its events, plus O(R log R) to sort the R results.
pub fn neighbors(kg: &KnowledgeGraph, center: NodeIndex, opts: &NeighborOptions) -> Vec<Neighbor> {
    let mut dist: HashMap<NodeIndex, usize> = HashMap::from([(center, 0)]);
    let mut rows = Vec::new();
    let mut layer = vec![center];
    for d in 0..opts.depth {
        let mut next = Vec::new();
        for &n in &layer {
            for c in connections(kg, n) {
                if opts.filter.is_some_and(|f| !f.matches(kg, &c)) {
                    continue;
                }
                match dist.get(&c.to) {
                    None => {
                        dist.insert(c.to, d + 1);
                        next.push(c.to);
                    }
                    Some(&k) if k == d + 1 => {}
                    Some(_) => continue,
                }
                rows.push(Neighbor { node: c.to, distance: d + 1, via: c });
            }
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    if let Some(k) = opts.kind {
        rows.retain(|r| kg.node(r.node).entity_kind() == Some(k));
    }
    let mut count: HashMap<NodeIndex, usize> = HashMap::new();
    for r in &rows {
        *count.entry(r.node).or_default() += 1;
    }
    let g = kg.petgraph();
    let key = |r: &Neighbor| {
        let (kind, a, b, c) = match r.via.via {
            Via::Edge { edge, forward } => (0, g[edge].label.as_str(), if forward { "->" } else { "<-" }, ""),
            Via::Event { event, from_role, to_role } => {
                (1, kg.node(event).id.as_str(), g[from_role].label.as_str(), g[to_role].label.as_str())
            }
        };
        (r.distance, std::cmp::Reverse(count[&r.node]), &kg.node(r.node).id, &kg.node(r.via.from).id, kind, a, b, c)
    };
    rows.sort_by(|x, y| key(x).cmp(&key(y)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::small;
    use crate::kinds::{EventKind, RelationKind, Role};

    fn names(kg: &KnowledgeGraph, rows: &[Neighbor]) -> Vec<(String, usize)> {
        rows.iter().map(|r| (kg.node(r.node).label.clone(), r.distance)).collect()
    }

    #[test]
    fn direct_neighbors_through_events_and_relations() {
        let s = small();
        let rows = neighbors(&s.kg, s.bo, &NeighborOptions::default());
        assert_eq!(names(&s.kg, &rows), vec![("Acme Corp".into(), 1), ("Ana Núñez".into(), 1)]);
        assert!(matches!(rows[1].via.via, Via::Event { event, .. } if event == s.dismissal));
        assert!(matches!(rows[0].via.via, Via::Edge { forward: true, .. }));
    }

    #[test]
    fn depth_walks_further_and_reports_the_step() {
        let s = small();
        let rows = neighbors(&s.kg, s.ana, &NeighborOptions { depth: 3, ..Default::default() });
        assert_eq!(names(&s.kg, &rows), vec![("Bo Berg".into(), 1), ("Acme Corp".into(), 2), ("Lima".into(), 3)]);
        assert_eq!(rows[2].via.from, s.acme);
        assert!(neighbors(&s.kg, s.cy, &NeighborOptions { depth: 5, ..Default::default() }).is_empty());
    }

    #[test]
    fn type_filter_keeps_walking() {
        let s = small();
        let opts = NeighborOptions { depth: 3, kind: Some(EntityKind::Location), filter: None };
        assert_eq!(names(&s.kg, &neighbors(&s.kg, s.ana, &opts)), vec![("Lima".into(), 3)]);
    }

    #[test]
    fn relation_filter_limits_the_walk() {
        let s = small();
        let only = |f| NeighborOptions { depth: 3, kind: None, filter: Some(f) };
        let rows = neighbors(&s.kg, s.ana, &only(ConnectionFilter::Event(EventKind::Dismissal)));
        assert_eq!(names(&s.kg, &rows), vec![("Bo Berg".into(), 1)]);
        let rows = neighbors(&s.kg, s.bo, &only(ConnectionFilter::Relation(RelationKind::EmployeeOf)));
        assert_eq!(names(&s.kg, &rows), vec![("Acme Corp".into(), 1)]);
        let rows = neighbors(&s.kg, s.bo, &only(ConnectionFilter::Role(Role::Agent)));
        assert_eq!(names(&s.kg, &rows), vec![("Ana Núñez".into(), 1)]);
    }

    #[test]
    fn every_way_to_a_neighbor_is_listed_strongest_first() {
        let mut s = small();
        let meet = crate::graph::query::fixture::event(&mut s.kg, EventKind::Meet, 1, None);
        crate::graph::query::fixture::role(&mut s.kg, meet, Role::Agent, s.bo, "Bo met Ana.");
        crate::graph::query::fixture::role(&mut s.kg, meet, Role::Partner, s.ana, "Bo met Ana.");
        let rows = neighbors(&s.kg, s.bo, &NeighborOptions::default());
        assert_eq!(
            names(&s.kg, &rows),
            vec![("Ana Núñez".into(), 1), ("Ana Núñez".into(), 1), ("Acme Corp".into(), 1)]
        );
    }

    #[test]
    fn an_event_center_lists_its_participants() {
        let s = small();
        let rows = neighbors(&s.kg, s.dismissal, &NeighborOptions::default());
        assert_eq!(names(&s.kg, &rows), vec![("Ana Núñez".into(), 1), ("Bo Berg".into(), 1)]);
    }
}
