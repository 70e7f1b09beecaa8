//! How actors are connected, and the actor-to-actor graph.
//!
//! Actors are entity nodes. Two actors are connected when a relation edge links them, or when
//! both take part in one event (the event node links to each with a role edge). A
//! [`Connection`] names which, with the edges that hold the evidence. [`connections`] lists a
//! node's connections for the traversals (neighbors, ego); [`ActorGraph`] collapses them into a
//! weighted undirected graph over actors (the weight counts the relations and shared events)
//! in compressed sparse row form, for centrality and communities.
//!
//! Reads a [`KnowledgeGraph`]; writes nothing.

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, NodeIndexable};

use crate::graph::{EdgeLabel, KnowledgeGraph, NodeKind};
use crate::kinds::{EventKind, RelationKind, Role};

/// What links two nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Via {
    /// One edge: a relation between entities, or a role edge between an event and an entity.
    Edge {
        /// The edge.
        edge: EdgeIndex,
        /// True when the edge points from the connection's `from` to its `to`.
        forward: bool,
    },
    /// An event both take part in.
    Event {
        /// The event node.
        event: NodeIndex,
        /// The event's role edge to `from`.
        from_role: EdgeIndex,
        /// The event's role edge to `to`.
        to_role: EdgeIndex,
    },
}

/// One way in which `from` is connected to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Connection {
    /// Where the connection is seen from.
    pub from: NodeIndex,
    /// The connected node.
    pub to: NodeIndex,
    /// Through what.
    pub via: Via,
}

/// Keeps only connections through one relation type, one event type, or one role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionFilter {
    /// A relation edge of this type (`employee_of`).
    Relation(RelationKind),
    /// An event of this type (`dismissal`).
    Event(EventKind),
    /// A role edge with this role, on either side of an event (`agent`).
    Role(Role),
}

impl ConnectionFilter {
    /// Reads a relation, event type or role name, in that order of preference.
    pub fn parse(s: &str) -> Option<Self> {
        RelationKind::parse(s)
            .map(ConnectionFilter::Relation)
            .or_else(|| EventKind::parse(s).map(ConnectionFilter::Event))
            .or_else(|| Role::parse(s).map(ConnectionFilter::Role))
    }

    /// Every name [`ConnectionFilter::parse`] accepts, for error messages.
    pub fn names() -> Vec<&'static str> {
        let mut v: Vec<&'static str> = RelationKind::ALL.iter().map(|k| k.as_str()).collect();
        v.extend(EventKind::ALL.iter().map(|k| k.as_str()));
        v.extend(Role::ALL.iter().map(|k| k.as_str()));
        v
    }

    /// True when the connection passes the filter.
    pub fn matches(&self, kg: &KnowledgeGraph, c: &Connection) -> bool {
        let g = kg.petgraph();
        match (*self, c.via) {
            (ConnectionFilter::Relation(r), Via::Edge { edge, .. }) => g[edge].label == EdgeLabel::Relation(r),
            (ConnectionFilter::Relation(_), Via::Event { .. }) => false,
            (ConnectionFilter::Event(k), Via::Event { event, .. }) => kg.node(event).event_kind() == Some(k),
            // An event edge of the actor view, or a role edge seen from or to an event node.
            (ConnectionFilter::Event(k), Via::Edge { edge, .. }) => {
                g[edge].label == EdgeLabel::Event(k)
                    || kg.node(c.from).event_kind() == Some(k)
                    || kg.node(c.to).event_kind() == Some(k)
            }
            (ConnectionFilter::Role(r), Via::Edge { edge, .. }) => g[edge].label == EdgeLabel::Role(r),
            (ConnectionFilter::Role(r), Via::Event { from_role, to_role, .. }) => {
                g[from_role].label == EdgeLabel::Role(r) || g[to_role].label == EdgeLabel::Role(r)
            }
        }
    }
}

/// Every connection of `node`: for an entity, its relations and, for each event it takes part
/// in, one connection per other participant; for an event, one per participant. In graph order
/// (deterministic for a given graph); callers sort what they show.
///
/// # Complexity
/// O(d + p) where d is the node's degree and p the number of participants of its events.
pub fn connections(kg: &KnowledgeGraph, node: NodeIndex) -> Vec<Connection> {
    let g = kg.petgraph();
    let mut out = Vec::new();
    let is_entity = kg.node(node).kind() == NodeKind::Entity;
    for dir in [Direction::Outgoing, Direction::Incoming] {
        for e in g.edges_directed(node, dir) {
            let (other, forward) = if dir == Direction::Outgoing { (e.target(), true) } else { (e.source(), false) };
            if other == node {
                continue;
            }
            let through_event = is_entity
                && !forward
                && matches!(e.weight().label, EdgeLabel::Role(_))
                && kg.node(other).kind() == NodeKind::Event;
            if !through_event {
                out.push(Connection { from: node, to: other, via: Via::Edge { edge: e.id(), forward } });
                continue;
            }
            for f in g.edges_directed(other, Direction::Outgoing) {
                let p = f.target();
                if p != node && matches!(f.weight().label, EdgeLabel::Role(_)) {
                    out.push(Connection {
                        from: node,
                        to: p,
                        via: Via::Event { event: other, from_role: e.id(), to_role: f.id() },
                    });
                }
            }
        }
    }
    out
}

/// The weighted, undirected graph of actors: entity nodes, linked when a relation or a shared
/// event connects them, with the number of such relations and events as the weight. Actors
/// are numbered `0..len()` in node id order; neighbor lists are sorted.
#[derive(Debug, Clone)]
pub struct ActorGraph {
    actors: Vec<NodeIndex>,
    offsets: Vec<usize>,
    targets: Vec<u32>,
    weights: Vec<u32>,
}

impl ActorGraph {
    /// Builds the actor graph of `kg`.
    ///
    /// # Complexity
    /// O(V + E + P log P) where P is the number of actor pairs: one per entity-entity edge plus,
    /// for an event with p participants, p(p-1)/2.
    ///
    /// # Panics
    /// When the graph has more than `u32::MAX` entities.
    pub fn new(kg: &KnowledgeGraph) -> Self {
        let g = kg.petgraph();
        let mut pos = vec![u32::MAX; g.node_bound()];
        let mut actors = Vec::new();
        for (i, n) in kg.nodes() {
            if n.kind() == NodeKind::Entity {
                pos[i.index()] = u32::try_from(actors.len()).expect("fewer than 2^32 actors");
                actors.push(i);
            }
        }
        let mut pairs: Vec<u64> = Vec::new();
        let mut push = |a: u32, b: u32| {
            if a != b && a != u32::MAX && b != u32::MAX {
                let (x, y) = if a < b { (a, b) } else { (b, a) };
                pairs.push((u64::from(x) << 32) | u64::from(y));
            }
        };
        let mut members: Vec<u32> = Vec::new();
        for i in g.node_indices() {
            if pos[i.index()] != u32::MAX {
                for e in g.edges_directed(i, Direction::Outgoing) {
                    push(pos[i.index()], pos[e.target().index()]);
                }
                continue;
            }
            members.clear();
            members.extend(
                g.edges_directed(i, Direction::Outgoing)
                    .filter(|e| matches!(e.weight().label, EdgeLabel::Role(_)))
                    .map(|e| pos[e.target().index()])
                    .filter(|&p| p != u32::MAX),
            );
            members.sort_unstable();
            members.dedup();
            for (k, &a) in members.iter().enumerate() {
                for &b in &members[k + 1..] {
                    push(a, b);
                }
            }
        }
        pairs.sort_unstable();
        let n = actors.len();
        let mut degree = vec![0usize; n + 1];
        let mut unique: Vec<(u32, u32, u32)> = Vec::new();
        for &p in &pairs {
            let (a, b) = ((p >> 32) as u32, p as u32);
            match unique.last_mut() {
                Some(last) if last.0 == a && last.1 == b => last.2 += 1,
                _ => {
                    unique.push((a, b, 1));
                    degree[a as usize] += 1;
                    degree[b as usize] += 1;
                }
            }
        }
        drop(pairs);
        let mut offsets = vec![0usize; n + 1];
        for i in 0..n {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0u32; offsets[n]];
        let mut weights = vec![0u32; offsets[n]];
        // Pairs are sorted by (a, b) with a < b, so each row receives its entries in increasing
        // order: first the smaller actors (as b), then the larger ones (as a).
        for &(a, b, w) in &unique {
            for (x, y) in [(a, b), (b, a)] {
                let slot = &mut fill[x as usize];
                targets[*slot] = y;
                weights[*slot] = w;
                *slot += 1;
            }
        }
        ActorGraph { actors, offsets, targets, weights }
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.actors.len()
    }

    /// True when there are no actors.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// Number of linked actor pairs.
    pub fn edge_count(&self) -> usize {
        self.targets.len() / 2
    }

    /// The graph node of actor `i`.
    ///
    /// # Panics
    /// When `i >= len()`.
    pub fn actor(&self, i: usize) -> NodeIndex {
        self.actors[i]
    }

    /// The actor number of a graph node, if it is an actor.
    ///
    /// # Complexity
    /// O(log n).
    pub fn position(&self, kg: &KnowledgeGraph, node: NodeIndex) -> Option<usize> {
        let id = &kg.node(node).id;
        self.actors.binary_search_by(|a| kg.node(*a).id.cmp(id)).ok()
    }

    /// Actor `i`'s neighbors and the weight of each link, by increasing actor number.
    pub fn neighbors(&self, i: usize) -> impl Iterator<Item = (usize, u32)> + '_ {
        let r = self.offsets[i]..self.offsets[i + 1];
        self.targets[r.clone()].iter().map(|&t| t as usize).zip(self.weights[r].iter().copied())
    }

    /// Number of distinct actors linked to actor `i`.
    pub fn degree(&self, i: usize) -> usize {
        self.offsets[i + 1] - self.offsets[i]
    }

    /// Sum of actor `i`'s link weights: how many relations and shared events it has.
    pub fn strength(&self, i: usize) -> u64 {
        self.weights[self.offsets[i]..self.offsets[i + 1]].iter().map(|&w| u64::from(w)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::{self, small};
    use crate::kinds::{EntityKind, EventKind};

    #[test]
    fn an_event_connects_its_participants() {
        let s = small();
        let cs = connections(&s.kg, s.ana);
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].to, s.bo);
        let Via::Event { event, from_role, to_role } = cs[0].via else { panic!("expected an event") };
        assert_eq!(event, s.dismissal);
        assert_eq!(s.kg.petgraph()[from_role].label.as_str(), "agent");
        assert_eq!(s.kg.petgraph()[to_role].label.as_str(), "patient");
    }

    #[test]
    fn relations_in_both_directions() {
        let s = small();
        let mut to: Vec<_> = connections(&s.kg, s.acme)
            .into_iter()
            .map(|c| match c.via {
                Via::Edge { forward, .. } => (c.to, forward),
                Via::Event { .. } => panic!("no event"),
            })
            .collect();
        to.sort();
        assert_eq!(to, vec![(s.bo, false), (s.lima, true)]);
        assert!(connections(&s.kg, s.cy).is_empty());
    }

    #[test]
    fn an_event_sees_its_participants_as_edges() {
        let s = small();
        let cs = connections(&s.kg, s.dismissal);
        assert_eq!(cs.len(), 2);
        assert!(cs.iter().all(|c| matches!(c.via, Via::Edge { forward: true, .. })));
    }

    #[test]
    fn filters() {
        let s = small();
        let c = connections(&s.kg, s.ana)[0];
        assert!(ConnectionFilter::parse("dismissal").unwrap().matches(&s.kg, &c));
        assert!(ConnectionFilter::parse("patient").unwrap().matches(&s.kg, &c));
        assert!(!ConnectionFilter::parse("arrest").unwrap().matches(&s.kg, &c));
        assert!(!ConnectionFilter::parse("employee_of").unwrap().matches(&s.kg, &c));
        assert_eq!(ConnectionFilter::parse("nope"), None);
        assert!(ConnectionFilter::names().contains(&"based_in"));
        // In the actor view an event is an edge between its actors.
        let view = crate::graph::view::actors(&s.kg);
        let (ana, bo) = (view.find("person:ana-nunez").unwrap(), view.find("person:bo-berg").unwrap());
        let c = connections(&view, ana).into_iter().find(|c| c.to == bo).expect("an event edge");
        assert!(ConnectionFilter::parse("dismissal").unwrap().matches(&view, &c));
        assert!(!ConnectionFilter::parse("arrest").unwrap().matches(&view, &c));
    }

    #[test]
    fn actor_graph_counts_relations_and_shared_events() {
        let mut s = small();
        // A second event between Ana and Bo doubles their link's weight.
        let meet = fixture::event(&mut s.kg, EventKind::Meet, 1, None);
        fixture::role(&mut s.kg, meet, Role::Agent, s.ana, "Ana met Bo.");
        fixture::role(&mut s.kg, meet, Role::Partner, s.bo, "Ana met Bo.");
        let ag = ActorGraph::new(&s.kg);
        assert_eq!(ag.len(), 5);
        assert_eq!(ag.edge_count(), 3);
        let ana = ag.position(&s.kg, s.ana).unwrap();
        let bo = ag.position(&s.kg, s.bo).unwrap();
        assert_eq!(ag.neighbors(ana).collect::<Vec<_>>(), vec![(bo, 2)]);
        assert_eq!((ag.degree(bo), ag.strength(bo)), (2, 3));
        assert_eq!(ag.degree(ag.position(&s.kg, s.cy).unwrap()), 0);
        assert_eq!(ag.position(&s.kg, s.dismissal), None);
        for i in 0..ag.len() {
            let ns: Vec<usize> = ag.neighbors(i).map(|(j, _)| j).collect();
            assert!(ns.windows(2).all(|w| w[0] < w[1]), "neighbor lists are sorted");
        }
    }

    #[test]
    fn an_actor_twice_in_one_event_is_not_its_own_neighbor() {
        let mut kg = KnowledgeGraph::new();
        let a = fixture::entity(&mut kg, EntityKind::Person, "Ann Lee", &[]);
        let ev = fixture::event(&mut kg, EventKind::Statement, 1, None);
        fixture::role(&mut kg, ev, Role::Agent, a, "Ann Lee spoke.");
        fixture::role(&mut kg, ev, Role::Topic, a, "Ann Lee spoke.");
        assert!(connections(&kg, a).is_empty());
        let ag = ActorGraph::new(&kg);
        assert_eq!(ag.edge_count(), 0);
    }
}
