//! `top`: who is central, by degree, PageRank or betweenness.
//!
//! All three run on the [`ActorGraph`], where two actors are linked when a relation or a shared
//! event connects them: counted on the raw graph, an actor linked to others only through events
//! would look like a leaf of its events. Degree counts distinct actors linked; PageRank walks
//! the links in proportion to their weight (how many relations and events); betweenness is
//! Brandes' algorithm on unweighted shortest paths, normalized as networkx does for undirected
//! graphs.
//!
//! petgraph's own `page_rank` visits every pair of nodes in every iteration (O(V² · d)), too
//! slow for large graphs, and rustworkx-core (which has betweenness) pulls in rayon, ndarray
//! and rand; these short implementations over the compact actor graph avoid both.
//!
//! Reads an [`ActorGraph`]; writes nothing.

use std::collections::VecDeque;

use petgraph::stable_graph::NodeIndex;

use super::actors::ActorGraph;
use crate::graph::KnowledgeGraph;
use crate::kinds::EntityKind;

/// A centrality measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Centrality {
    /// Number of distinct actors linked.
    #[default]
    Degree,
    /// PageRank over the weighted actor graph (damping 0.85).
    PageRank,
    /// Share of shortest paths between other actors that pass through the actor.
    Betweenness,
}

impl Centrality {
    /// Every measure.
    pub const ALL: &'static [Centrality] = &[Centrality::Degree, Centrality::PageRank, Centrality::Betweenness];

    /// Its name on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Centrality::Degree => "degree",
            Centrality::PageRank => "pagerank",
            Centrality::Betweenness => "betweenness",
        }
    }

    /// The measure with this name.
    pub fn parse(s: &str) -> Option<Self> {
        Centrality::ALL.iter().copied().find(|c| c.as_str().eq_ignore_ascii_case(s))
    }
}

/// An actor with its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    /// The actor.
    pub node: NodeIndex,
    /// Its score on the chosen measure.
    pub score: f64,
    /// Distinct actors linked.
    pub degree: usize,
    /// Relations and shared events with them.
    pub strength: u64,
}

/// Each actor's degree.
///
/// # Complexity
/// O(V).
pub fn degree(ag: &ActorGraph) -> Vec<f64> {
    (0..ag.len()).map(|i| ag.degree(i) as f64).collect()
}

/// PageRank with damping `damping`, iterated until the scores change by less than `tolerance`
/// (sum of absolute changes) or `max_iter` times. A link is followed in proportion to its
/// weight; an actor without links spreads its score over everyone. Scores sum to 1.
///
/// # Complexity
/// O(I · (V + E)) for I iterations.
pub fn pagerank(ag: &ActorGraph, damping: f64, tolerance: f64, max_iter: usize) -> Vec<f64> {
    let n = ag.len();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let strength: Vec<f64> = (0..n).map(|i| ag.strength(i) as f64).collect();
    let mut rank = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..max_iter {
        let dangling: f64 = (0..n).filter(|&i| strength[i] == 0.0).map(|i| rank[i]).sum();
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        for (v, slot) in next.iter_mut().enumerate() {
            let inflow: f64 = ag.neighbors(v).map(|(u, w)| rank[u] * f64::from(w) / strength[u]).sum();
            *slot = base + damping * inflow;
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < tolerance {
            break;
        }
    }
    rank
}

/// Betweenness centrality (Brandes 2001) on unweighted shortest paths, normalized by
/// (n - 1)(n - 2) / 2, the number of pairs of other actors.
///
/// # Complexity
/// O(V · E) time, O(V + E) memory: exact, so meant for graphs of up to some ten thousand actors.
pub fn betweenness(ag: &ActorGraph) -> Vec<f64> {
    let n = ag.len();
    let mut score = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![u32::MAX; n];
    let mut delta = vec![0.0f64; n];
    let mut order = Vec::with_capacity(n);
    let mut queue = VecDeque::new();
    for s in 0..n {
        order.clear();
        sigma.iter_mut().for_each(|x| *x = 0.0);
        dist.iter_mut().for_each(|x| *x = u32::MAX);
        delta.iter_mut().for_each(|x| *x = 0.0);
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for (w, _) in ag.neighbors(v) {
                if dist[w] == u32::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                }
            }
        }
        // Predecessors of w are its neighbors one step closer to s.
        for &w in order.iter().rev() {
            for (v, _) in ag.neighbors(w) {
                if dist[v] != u32::MAX && dist[v] + 1 == dist[w] {
                    delta[v] += sigma[v] / sigma[w] * (1.0 + delta[w]);
                }
            }
            if w != s {
                score[w] += delta[w];
            }
        }
    }
    // Each pair was counted from both ends; normalize by the number of pairs of other actors.
    let pairs = if n > 2 { ((n - 1) * (n - 2)) as f64 } else { 1.0 };
    score.iter().map(|x| x / pairs).collect()
}

/// The `n` actors with the highest score (of type `kind` when given); ties by label, then id.
///
/// # Complexity
/// That of the measure, plus O(V log V) to sort.
pub fn top(kg: &KnowledgeGraph, ag: &ActorGraph, by: Centrality, kind: Option<EntityKind>, n: usize) -> Vec<Ranked> {
    let scores = match by {
        Centrality::Degree => degree(ag),
        Centrality::PageRank => pagerank(ag, 0.85, 1e-10, 200),
        Centrality::Betweenness => betweenness(ag),
    };
    let mut out: Vec<Ranked> = (0..ag.len())
        .filter(|&i| kind.is_none_or(|k| kg.node(ag.actor(i)).entity_kind() == Some(k)))
        .map(|i| Ranked { node: ag.actor(i), score: scores[i], degree: ag.degree(i), strength: ag.strength(i) })
        .collect();
    out.sort_by(|a, b| {
        let (x, y) = (kg.node(a.node), kg.node(b.node));
        b.score.total_cmp(&a.score).then_with(|| (&x.label, &x.id).cmp(&(&y.label, &y.id)))
    });
    out.truncate(n);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::{self, small};
    use crate::kinds::RelationKind;

    /// `edges` between people named p0, p1, ... (actor numbers follow the names).
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

    fn close(a: &[f64], b: &[f64]) {
        assert_eq!(a.len(), b.len());
        for (x, y) in a.iter().zip(b) {
            assert!((x - y).abs() < 1e-9, "{a:?} != {b:?}");
        }
    }

    #[test]
    fn betweenness_of_a_path_and_a_star() {
        // p0 - p1 - p2 - p3: p1 lies on (p0,p2) and (p0,p3): 2 of the 3 pairs without it.
        let (_, ag) = people(4, &[(0, 1), (1, 2), (2, 3)]);
        close(&betweenness(&ag), &[0.0, 2.0 / 3.0, 2.0 / 3.0, 0.0]);
        // A star: the center is on every path between leaves.
        let (_, ag) = people(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        close(&betweenness(&ag), &[1.0, 0.0, 0.0, 0.0, 0.0]);
        // A square: two shortest paths between opposite corners, each through one other corner.
        let (_, ag) = people(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]);
        close(&betweenness(&ag), &[1.0 / 6.0; 4]);
    }

    #[test]
    fn pagerank_of_a_star_matches_the_closed_form() {
        let leaves = 4.0;
        let (_, ag) = people(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        let pr = pagerank(&ag, 0.85, 1e-14, 1000);
        // c = (1-d)/N + d·leaves·l and l = (1-d)/N + d·c/leaves.
        let (d, nn) = (0.85, 5.0);
        let l = ((1.0 - d) / nn + d * (1.0 - d) / nn / leaves) / (1.0 - d * d);
        let c = (1.0 - d) / nn + d * leaves * l;
        close(&pr, &[c, l, l, l, l]);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn pagerank_weights_and_isolated_actors() {
        let s = small();
        let ag = ActorGraph::new(&s.kg);
        let pr = pagerank(&ag, 0.85, 1e-14, 1000);
        assert!((pr.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let at = |n| pr[ag.position(&s.kg, n).unwrap()];
        assert!(at(s.bo) > at(s.ana), "the middle of a chain ranks higher than its end");
        assert!(at(s.cy) < at(s.ana), "an isolated actor ranks lowest");
        let symmetric = pagerank(&people(3, &[(0, 1), (1, 2), (2, 0)]).1, 0.85, 1e-14, 1000);
        close(&symmetric, &[1.0 / 3.0; 3]);
    }

    #[test]
    fn top_sorts_filters_and_truncates() {
        let s = small();
        let ag = ActorGraph::new(&s.kg);
        let t = top(&s.kg, &ag, Centrality::Degree, None, 3);
        let got: Vec<(&str, f64)> = t.iter().map(|r| (s.kg.node(r.node).label.as_str(), r.score)).collect();
        assert_eq!(got, [("Acme Corp", 2.0), ("Bo Berg", 2.0), ("Ana Núñez", 1.0)]);
        let t = top(&s.kg, &ag, Centrality::Betweenness, Some(EntityKind::Person), 10);
        assert_eq!(t.len(), 3);
        assert_eq!(t[0].node, s.bo);
        assert_eq!(Centrality::parse("PageRank"), Some(Centrality::PageRank));
        assert_eq!(Centrality::parse("closeness"), None);
    }
}
