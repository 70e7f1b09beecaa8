//! `communities`: clusters of actors, by Louvain modularity optimization (Blondel et al. 2008).
//!
//! Runs on the weighted [`ActorGraph`]. Each level moves single nodes to the neighboring
//! community that raises modularity most, until no move helps, then merges each community into
//! one node and repeats. Nodes are visited in actor (id) order and ties keep the current
//! community, or else the first one found (neighbor lists are sorted), so the result is the same
//! on every run: no random order, no seed.
//!
//! Reads an [`ActorGraph`]; writes nothing.

use petgraph::stable_graph::NodeIndex;

use super::actors::ActorGraph;

/// A community: its members, in actor (id) order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Community {
    /// The members.
    pub members: Vec<NodeIndex>,
}

/// A partition of the actors into communities.
#[derive(Debug, Clone, PartialEq)]
pub struct Partition {
    /// Communities, largest first, then by their first member's id.
    pub communities: Vec<Community>,
    /// Modularity of the partition, in [-1/2, 1].
    pub modularity: f64,
}

/// A weighted undirected graph in compressed rows; a self-loop carries the weight of the edges
/// inside a merged community, counted from both ends.
struct Level {
    offsets: Vec<usize>,
    targets: Vec<usize>,
    weights: Vec<f64>,
}

impl Level {
    fn len(&self) -> usize {
        self.offsets.len() - 1
    }

    fn row(&self, i: usize) -> impl Iterator<Item = (usize, f64)> + '_ {
        let r = self.offsets[i]..self.offsets[i + 1];
        self.targets[r.clone()].iter().copied().zip(self.weights[r].iter().copied())
    }

    /// Sum of row i: the node's weighted degree.
    fn strength(&self, i: usize) -> f64 {
        self.row(i).map(|(_, w)| w).sum()
    }

    /// Moves nodes between communities until no move raises modularity; returns each node's
    /// community (numbered 0.. in order of first appearance) and whether anything moved.
    fn one_level(&self) -> (Vec<usize>, bool) {
        let n = self.len();
        let k: Vec<f64> = (0..n).map(|i| self.strength(i)).collect();
        let m2: f64 = k.iter().sum();
        let mut comm: Vec<usize> = (0..n).collect();
        let mut tot = k.clone();
        let mut link = vec![0.0f64; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut moved_any = false;
        if m2 == 0.0 {
            return (comm, false);
        }
        for _pass in 0..1000 {
            let mut moved = false;
            for i in 0..n {
                let ci = comm[i];
                for (j, w) in self.row(i) {
                    // Weights are positive, so a zero link marks a community not seen yet.
                    if j != i {
                        if link[comm[j]] == 0.0 {
                            touched.push(comm[j]);
                        }
                        link[comm[j]] += w;
                    }
                }
                tot[ci] -= k[i];
                // Gain of joining c, up to a positive factor: link(i, c) - tot(c)·k(i)/2m.
                let gain = |c: usize| link[c] - tot[c] * k[i] / m2;
                let mut best = ci;
                let mut best_gain = gain(ci);
                for &c in &touched {
                    let g = gain(c);
                    if g > best_gain + 1e-12 {
                        best = c;
                        best_gain = g;
                    }
                }
                tot[best] += k[i];
                if best != ci {
                    comm[i] = best;
                    moved = true;
                    moved_any = true;
                }
                for &c in &touched {
                    link[c] = 0.0;
                }
                link[ci] = 0.0;
                touched.clear();
            }
            if !moved {
                break;
            }
        }
        (renumber(&comm), moved_any)
    }

    /// The graph of communities: one node per community, edge weights summed.
    fn aggregate(&self, comm: &[usize]) -> Level {
        let count = comm.iter().max().map_or(0, |m| m + 1);
        let mut entries: Vec<(usize, usize, f64)> = Vec::with_capacity(self.targets.len());
        for i in 0..self.len() {
            for (j, w) in self.row(i) {
                entries.push((comm[i], comm[j], w));
            }
        }
        entries.sort_by_key(|e| (e.0, e.1));
        let mut offsets = vec![0usize; count + 1];
        let mut targets = Vec::new();
        let mut weights: Vec<f64> = Vec::new();
        let mut last = None;
        for (a, b, w) in entries {
            if last == Some((a, b)) {
                *weights.last_mut().expect("a weight per target") += w;
            } else {
                targets.push(b);
                weights.push(w);
                last = Some((a, b));
            }
            offsets[a + 1] = targets.len();
        }
        for i in 1..=count {
            offsets[i] = offsets[i].max(offsets[i - 1]);
        }
        Level { offsets, targets, weights }
    }
}

/// Community numbers in order of first appearance.
fn renumber(comm: &[usize]) -> Vec<usize> {
    let mut map = vec![usize::MAX; comm.len()];
    let mut next = 0;
    comm.iter()
        .map(|&c| {
            if map[c] == usize::MAX {
                map[c] = next;
                next += 1;
            }
            map[c]
        })
        .collect()
}

/// Modularity of assigning actor i to community `comm[i]`:
/// Σ_c (in_c / 2m - (tot_c / 2m)²).
///
/// # Complexity
/// O(V + E).
pub fn modularity(ag: &ActorGraph, comm: &[usize]) -> f64 {
    let count = comm.iter().max().map_or(0, |m| m + 1);
    let (mut inside, mut tot) = (vec![0.0; count], vec![0.0; count]);
    let mut m2 = 0.0;
    for i in 0..ag.len() {
        for (j, w) in ag.neighbors(i) {
            let w = f64::from(w);
            m2 += w;
            tot[comm[i]] += w;
            if comm[i] == comm[j] {
                inside[comm[i]] += w;
            }
        }
    }
    if m2 == 0.0 {
        return 0.0;
    }
    inside.iter().zip(&tot).map(|(a, t)| a / m2 - (t / m2) * (t / m2)).sum()
}

/// Each actor's community number (by first appearance in actor order), by Louvain.
///
/// # Complexity
/// Near-linear in practice: O(E) per pass, with few passes and levels; the worst case is not
/// bounded better than O(V · E) per level (passes are capped at 1000).
pub fn louvain(ag: &ActorGraph) -> Vec<usize> {
    let n = ag.len();
    let mut level = Level { offsets: vec![0; n + 1], targets: Vec::new(), weights: Vec::new() };
    for i in 0..n {
        level.targets.extend(ag.neighbors(i).map(|(j, _)| j));
        level.weights.extend(ag.neighbors(i).map(|(_, w)| f64::from(w)));
        level.offsets[i + 1] = level.targets.len();
    }
    let mut assignment: Vec<usize> = (0..n).collect();
    loop {
        let (comm, moved) = level.one_level();
        if !moved {
            break;
        }
        for a in assignment.iter_mut() {
            *a = comm[*a];
        }
        level = level.aggregate(&comm);
    }
    renumber(&assignment)
}

/// Louvain communities of at least `min_size` actors, with the modularity of the whole
/// partition.
///
/// # Complexity
/// As [`louvain`].
pub fn communities(kg: &crate::graph::KnowledgeGraph, ag: &ActorGraph, min_size: usize) -> Partition {
    let comm = louvain(ag);
    let q = modularity(ag, &comm);
    let count = comm.iter().max().map_or(0, |m| m + 1);
    let mut groups: Vec<Vec<NodeIndex>> = vec![Vec::new(); count];
    for (i, &c) in comm.iter().enumerate() {
        groups[c].push(ag.actor(i));
    }
    let mut communities: Vec<Community> =
        groups.into_iter().filter(|g| g.len() >= min_size.max(1)).map(|members| Community { members }).collect();
    communities.sort_by(|a, b| {
        b.members.len().cmp(&a.members.len()).then_with(|| kg.node(a.members[0]).id.cmp(&kg.node(b.members[0]).id))
    });
    Partition { communities, modularity: q }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::KnowledgeGraph;
    use crate::graph::query::fixture;
    use crate::kinds::{EntityKind, RelationKind};

    fn people(n: usize, edges: &[(usize, usize)]) -> (KnowledgeGraph, ActorGraph) {
        let mut kg = KnowledgeGraph::new();
        let ids: Vec<_> =
            (0..n).map(|i| fixture::entity(&mut kg, EntityKind::Person, &format!("p{i:02}"), &[])).collect();
        for &(a, b) in edges {
            fixture::relation(&mut kg, ids[a], RelationKind::Family, ids[b], "kin");
        }
        let ag = ActorGraph::new(&kg);
        (kg, ag)
    }

    fn clique(nodes: &[usize]) -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        for (i, &a) in nodes.iter().enumerate() {
            for &b in &nodes[i + 1..] {
                v.push((a, b));
            }
        }
        v
    }

    #[test]
    fn two_cliques_joined_by_one_edge() {
        let mut edges = clique(&[0, 1, 2, 3, 4]);
        edges.extend(clique(&[5, 6, 7, 8, 9]));
        edges.push((4, 5));
        let (kg, ag) = people(11, &edges);
        let p = communities(&kg, &ag, 2);
        let labels: Vec<Vec<&str>> =
            p.communities.iter().map(|c| c.members.iter().map(|m| kg.node(*m).label.as_str()).collect()).collect();
        assert_eq!(labels, [["p00", "p01", "p02", "p03", "p04"], ["p05", "p06", "p07", "p08", "p09"]]);
        // Two communities of 10 edges each out of 21 (the singleton p10 is left out).
        let expected = 2.0 * (20.0 / 42.0 - (21.0f64 / 42.0).powi(2));
        assert!((p.modularity - expected).abs() < 1e-12, "{}", p.modularity);
        assert_eq!(communities(&kg, &ag, 1).communities.len(), 3);
    }

    #[test]
    fn a_ring_of_cliques_merges_into_one_community_per_clique() {
        let mut edges = Vec::new();
        for c in 0..6 {
            let base = c * 4;
            edges.extend(clique(&[base, base + 1, base + 2, base + 3]));
            edges.push((base + 3, (base + 4) % 24));
        }
        let (kg, ag) = people(24, &edges);
        let comm = louvain(&ag);
        for c in 0..6 {
            let first = comm[c * 4];
            assert!((0..4).all(|k| comm[c * 4 + k] == first), "{comm:?}");
        }
        assert_eq!(comm.iter().max(), Some(&5));
        let p = communities(&kg, &ag, 2);
        assert!(p.modularity > 0.6, "{}", p.modularity);
        assert_eq!(p, communities(&kg, &ag, 2), "deterministic");
    }

    #[test]
    fn modularity_of_trivial_partitions() {
        let (_, ag) = people(4, &[(0, 1), (2, 3)]);
        assert!((modularity(&ag, &[0, 0, 1, 1]) - 0.5).abs() < 1e-12);
        assert!((modularity(&ag, &[0, 0, 0, 0])).abs() < 1e-12);
        let (_, empty) = people(3, &[]);
        assert_eq!(louvain(&empty), vec![0, 1, 2]);
        assert_eq!(modularity(&empty, &[0, 1, 2]), 0.0);
    }
}
