//! `path`: the chain of relations and events between two nodes.
//!
//! Edges count as undirected for connectivity (an event links its agent and its patient
//! whichever way the role edges point); each [`Hop`] records the direction of the edge it
//! crosses. [`shortest_path`] is a bidirectional breadth-first search, [`all_paths`] a
//! depth-first enumeration of simple paths pruned by the distance to the target.
//!
//! Reads a [`KnowledgeGraph`]; writes nothing.

use std::collections::HashMap;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use crate::graph::KnowledgeGraph;

/// One step of a path: the edge crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hop {
    /// The edge.
    pub edge: EdgeIndex,
    /// True when the edge points along the path (from `nodes[i]` to `nodes[i + 1]`).
    pub forward: bool,
}

/// A path: `nodes[0]` to `nodes[n]` through `hops[0..n]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// The nodes, ends included.
    pub nodes: Vec<NodeIndex>,
    /// The edges between consecutive nodes.
    pub hops: Vec<Hop>,
}

impl Path {
    /// Number of hops.
    pub fn len(&self) -> usize {
        self.hops.len()
    }

    /// True for the path from a node to itself.
    pub fn is_empty(&self) -> bool {
        self.hops.is_empty()
    }
}

/// Every edge at `v`, either way, as (other end, edge, points away from `v`).
fn incident(kg: &KnowledgeGraph, v: NodeIndex) -> impl Iterator<Item = (NodeIndex, EdgeIndex, bool)> + '_ {
    let g = kg.petgraph();
    g.edges_directed(v, Direction::Outgoing)
        .map(|e| (e.target(), e.id(), true))
        .chain(g.edges_directed(v, Direction::Incoming).map(|e| (e.source(), e.id(), false)))
        .filter(move |&(w, _, _)| w != v)
}

/// Per search side: each reached node's distance and the step that reached it.
type Seen = HashMap<NodeIndex, (usize, Option<(NodeIndex, Hop)>)>;

/// A shortest path from `a` to `b` of at most `max_len` hops, if there is one. Among equally
/// short paths it meets in the middle at the node with the smallest id; the halves follow
/// graph order, so the answer is the same for the same graph.
///
/// # Complexity
/// O(V + E) in the worst case; on graphs with short paths it visits about the square root of
/// what a one-sided search visits, because it always grows the smaller frontier.
pub fn shortest_path(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, max_len: Option<usize>) -> Option<Path> {
    if a == b {
        return Some(Path { nodes: vec![a], hops: Vec::new() });
    }
    let mut seen = [Seen::from([(a, (0, None))]), Seen::from([(b, (0, None))])];
    let mut frontier = [vec![a], vec![b]];
    let mut depth = [0usize, 0];
    loop {
        if frontier[0].is_empty() || frontier[1].is_empty() || max_len.is_some_and(|m| depth[0] + depth[1] >= m) {
            return None;
        }
        let side = usize::from(frontier[1].len() < frontier[0].len());
        let (this, other) = if side == 0 {
            let [x, y] = &mut seen;
            (x, &*y)
        } else {
            let [x, y] = &mut seen;
            (y, &*x)
        };
        let mut next = Vec::new();
        let mut meets = Vec::new();
        for &v in &frontier[side] {
            for (w, edge, away) in incident(kg, v) {
                if this.contains_key(&w) {
                    continue;
                }
                this.insert(w, (depth[side] + 1, Some((v, Hop { edge, forward: away }))));
                next.push(w);
                if other.contains_key(&w) {
                    meets.push(w);
                }
            }
        }
        depth[side] += 1;
        frontier[side] = next;
        // Every meeting found while growing one full layer closes a path of the same, shortest,
        // length (depth[0] + depth[1]): none was found one layer earlier.
        if let Some(&m) = meets.iter().min_by(|x, y| kg.node(**x).id.cmp(&kg.node(**y).id)) {
            return Some(join(&seen, m));
        }
    }
}

/// The path a .. m .. b from the two search trees.
fn join(seen: &[Seen; 2], m: NodeIndex) -> Path {
    let mut nodes = vec![m];
    let mut hops = Vec::new();
    let mut v = m;
    while let Some((_, Some((p, hop)))) = seen[0].get(&v) {
        nodes.push(*p);
        hops.push(*hop);
        v = *p;
    }
    nodes.reverse();
    hops.reverse();
    let mut v = m;
    while let Some((_, Some((p, hop)))) = seen[1].get(&v) {
        nodes.push(*p);
        // The search from b crossed the edge from p towards v, against the path's direction.
        hops.push(Hop { edge: hop.edge, forward: !hop.forward });
        v = *p;
    }
    Path { nodes, hops }
}

/// Nodes within `max` hops of `from`, with their distance.
fn distances(kg: &KnowledgeGraph, from: NodeIndex, max: usize) -> HashMap<NodeIndex, usize> {
    let mut dist = HashMap::from([(from, 0)]);
    let mut layer = vec![from];
    for d in 1..=max {
        let mut next = Vec::new();
        for &v in &layer {
            for (w, _, _) in incident(kg, v) {
                if let std::collections::hash_map::Entry::Vacant(e) = dist.entry(w) {
                    e.insert(d);
                    next.push(w);
                }
            }
        }
        if next.is_empty() {
            break;
        }
        layer = next;
    }
    dist
}

/// Simple paths (no node twice) from `a` to `b` of at most `max_len` hops: shortest first,
/// then in order of their nodes' ids; at most `limit` of them. Parallel edges between the same
/// two nodes count once (the one with the smallest label).
///
/// # Complexity
/// Exponential in `max_len` in the worst case (the number of paths itself can be); nodes that
/// cannot reach `b` within the hops left are never entered. Stops after `limit` paths.
pub fn all_paths(kg: &KnowledgeGraph, a: NodeIndex, b: NodeIndex, max_len: usize, limit: usize) -> Vec<Path> {
    if a == b {
        return vec![Path { nodes: vec![a], hops: Vec::new() }];
    }
    let to_b = distances(kg, b, max_len);
    let Some(&shortest) = to_b.get(&a) else { return Vec::new() };
    let mut out = Vec::new();
    for len in shortest..=max_len {
        let mut walk = Walk { kg, b, len, to_b: &to_b, limit, nodes: vec![a], hops: Vec::new(), out: &mut out };
        walk.go();
        if out.len() >= limit {
            break;
        }
    }
    out
}

struct Walk<'a> {
    kg: &'a KnowledgeGraph,
    b: NodeIndex,
    len: usize,
    to_b: &'a HashMap<NodeIndex, usize>,
    limit: usize,
    nodes: Vec<NodeIndex>,
    hops: Vec<Hop>,
    out: &'a mut Vec<Path>,
}

impl Walk<'_> {
    fn go(&mut self) {
        let v = *self.nodes.last().expect("a path has a first node");
        let used = self.hops.len();
        if v == self.b {
            if used == self.len {
                self.out.push(Path { nodes: self.nodes.clone(), hops: self.hops.clone() });
            }
            return;
        }
        let g = self.kg.petgraph();
        let mut next: Vec<(NodeIndex, EdgeIndex, bool)> = incident(self.kg, v)
            .filter(|(w, _, _)| self.to_b.get(w).is_some_and(|&d| used + 1 + d <= self.len) && !self.nodes.contains(w))
            .collect();
        next.sort_by(|x, y| {
            (&self.kg.node(x.0).id, g[x.1].label.as_str(), !x.2).cmp(&(
                &self.kg.node(y.0).id,
                g[y.1].label.as_str(),
                !y.2,
            ))
        });
        next.dedup_by_key(|x| x.0);
        for (w, edge, forward) in next {
            if self.out.len() >= self.limit {
                return;
            }
            self.nodes.push(w);
            self.hops.push(Hop { edge, forward });
            self.go();
            self.nodes.pop();
            self.hops.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::{self, small};
    use crate::kinds::{EntityKind, RelationKind};

    fn labels(kg: &KnowledgeGraph, p: &Path) -> Vec<String> {
        p.nodes.iter().map(|n| kg.node(*n).label.clone()).collect()
    }

    #[test]
    fn through_an_event_with_directions() {
        let s = small();
        let p = shortest_path(&s.kg, s.ana, s.lima, None).unwrap();
        assert_eq!(labels(&s.kg, &p), ["Ana Núñez", "dismissal 1", "Bo Berg", "Acme Corp", "Lima"]);
        let g = s.kg.petgraph();
        let steps: Vec<(&str, bool)> = p.hops.iter().map(|h| (g[h.edge].label.as_str(), h.forward)).collect();
        assert_eq!(steps, [("agent", false), ("patient", true), ("employee_of", true), ("based_in", true)]);
        for (i, h) in p.hops.iter().enumerate() {
            let (s0, t0) = g.edge_endpoints(h.edge).unwrap();
            let (from, to) = (p.nodes[i], p.nodes[i + 1]);
            assert_eq!((s0, t0), if h.forward { (from, to) } else { (to, from) });
        }
        let back = shortest_path(&s.kg, s.lima, s.ana, None).unwrap();
        assert_eq!(labels(&s.kg, &back), ["Lima", "Acme Corp", "Bo Berg", "dismissal 1", "Ana Núñez"]);
        assert!(!back.hops[0].forward);
    }

    #[test]
    fn none_when_apart_or_too_long() {
        let s = small();
        assert_eq!(shortest_path(&s.kg, s.ana, s.cy, None), None);
        assert_eq!(shortest_path(&s.kg, s.ana, s.lima, Some(3)), None);
        assert_eq!(shortest_path(&s.kg, s.ana, s.lima, Some(4)).map(|p| p.len()), Some(4));
        assert_eq!(shortest_path(&s.kg, s.ana, s.ana, None).map(|p| p.len()), Some(0));
    }

    #[test]
    fn shortest_wins_over_longer() {
        let mut s = small();
        fixture::relation(&mut s.kg, s.ana, RelationKind::EmployeeOf, s.acme, "Ana of Acme");
        let p = shortest_path(&s.kg, s.ana, s.lima, None).unwrap();
        assert_eq!(labels(&s.kg, &p), ["Ana Núñez", "Acme Corp", "Lima"]);
    }

    /// A ladder: every shortest path is found by the two-sided search as by a one-sided one.
    #[test]
    fn agrees_with_breadth_first_search_on_a_grid() {
        let mut kg = KnowledgeGraph::new();
        let n = 6;
        let ids: Vec<NodeIndex> =
            (0..n * n).map(|i| fixture::entity(&mut kg, EntityKind::Location, &format!("cell {i}"), &[])).collect();
        for r in 0..n {
            for c in 0..n {
                if c + 1 < n {
                    fixture::relation(&mut kg, ids[r * n + c], RelationKind::LocatedIn, ids[r * n + c + 1], "x");
                }
                if r + 1 < n && (c % 2 == 0) {
                    fixture::relation(&mut kg, ids[(r + 1) * n + c], RelationKind::LocatedIn, ids[r * n + c], "x");
                }
            }
        }
        for &a in &ids {
            let d = distances(&kg, a, usize::MAX);
            for &b in &ids {
                let p = shortest_path(&kg, a, b, None);
                assert_eq!(p.as_ref().map(Path::len), d.get(&b).copied(), "{a:?} {b:?}");
                if let Some(p) = p {
                    assert_eq!((p.nodes[0], *p.nodes.last().unwrap()), (a, b));
                }
            }
        }
    }

    #[test]
    fn all_simple_paths_shortest_first() {
        let mut s = small();
        fixture::relation(&mut s.kg, s.ana, RelationKind::EmployeeOf, s.acme, "Ana of Acme");
        let ps = all_paths(&s.kg, s.ana, s.lima, 4, 10);
        let got: Vec<Vec<String>> = ps.iter().map(|p| labels(&s.kg, p)).collect();
        assert_eq!(
            got,
            vec![
                vec!["Ana Núñez", "Acme Corp", "Lima"],
                vec!["Ana Núñez", "dismissal 1", "Bo Berg", "Acme Corp", "Lima"],
            ]
        );
        assert_eq!(all_paths(&s.kg, s.ana, s.lima, 3, 10).len(), 1);
        assert_eq!(all_paths(&s.kg, s.ana, s.lima, 4, 1).len(), 1);
        assert!(all_paths(&s.kg, s.ana, s.cy, 6, 10).is_empty());
    }

    #[test]
    fn parallel_edges_count_once() {
        let mut s = small();
        fixture::relation(&mut s.kg, s.bo, RelationKind::MemberOf, s.acme, "Bo, a member of Acme");
        let ps = all_paths(&s.kg, s.bo, s.acme, 3, 10);
        assert_eq!(ps.len(), 1);
        assert_eq!(s.kg.petgraph()[ps[0].hops[0].edge].label.as_str(), "employee_of");
    }
}
