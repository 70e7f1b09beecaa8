//! `stats`: counts by node type, relation and role, event type; connected components; density.
//!
//! Reads a [`KnowledgeGraph`]; writes nothing.

use std::collections::BTreeMap;

use petgraph::unionfind::UnionFind;
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

use crate::graph::{EdgeLabel, KnowledgeGraph, NodeType};

/// Counts that describe a graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// Documents the graph was built from.
    pub documents: usize,
    /// Nodes.
    pub nodes: usize,
    /// Edges.
    pub edges: usize,
    /// Nodes by type (entity types, then event types).
    pub node_types: BTreeMap<NodeType, usize>,
    /// Edges by label (roles, then relations).
    pub edge_labels: BTreeMap<EdgeLabel, usize>,
    /// Weakly connected components (edges taken as undirected).
    pub components: usize,
    /// Nodes in the largest component.
    pub largest_component: usize,
    /// Nodes without any edge.
    pub isolated: usize,
    /// Edges over the most a simple directed graph could have, V(V-1); 0 below two nodes.
    pub density: f64,
}

/// The counts of `kg`. Components come from petgraph's [`UnionFind`].
///
/// # Complexity
/// O((V + E) α(V)).
pub fn stats(kg: &KnowledgeGraph) -> Stats {
    let g = kg.petgraph();
    let mut node_types = BTreeMap::new();
    for (_, n) in kg.nodes() {
        *node_types.entry(n.ty).or_insert(0) += 1;
    }
    let mut edge_labels = BTreeMap::new();
    let mut uf = UnionFind::<usize>::new(g.node_bound());
    let mut degree = vec![0usize; g.node_bound()];
    for e in g.edge_references() {
        *edge_labels.entry(e.weight().label).or_insert(0) += 1;
        uf.union(e.source().index(), e.target().index());
        degree[e.source().index()] += 1;
        degree[e.target().index()] += 1;
    }
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    for i in g.node_indices() {
        *sizes.entry(uf.find_mut(i.index())).or_insert(0) += 1;
    }
    let (v, e) = (kg.node_count(), kg.edge_count());
    Stats {
        documents: kg.documents().count(),
        nodes: v,
        edges: e,
        node_types,
        edge_labels,
        components: sizes.len(),
        largest_component: sizes.values().copied().max().unwrap_or(0),
        isolated: g.node_indices().filter(|i| degree[i.index()] == 0).count(),
        density: if v < 2 { 0.0 } else { e as f64 / (v as f64 * (v - 1) as f64) },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::small;
    use crate::kinds::{EntityKind, EventKind, RelationKind, Role};

    #[test]
    fn counts_components_and_density() {
        let s = small();
        let st = stats(&s.kg);
        assert_eq!((st.nodes, st.edges, st.documents), (6, 4, 0));
        assert_eq!(st.node_types[&NodeType::Entity(EntityKind::Person)], 3);
        assert_eq!(st.node_types[&NodeType::Event(EventKind::Dismissal)], 1);
        assert_eq!(st.edge_labels[&EdgeLabel::Role(Role::Agent)], 1);
        assert_eq!(st.edge_labels[&EdgeLabel::Relation(RelationKind::BasedIn)], 1);
        assert_eq!((st.components, st.largest_component, st.isolated), (2, 5, 1));
        assert!((st.density - 4.0 / 30.0).abs() < 1e-12);
        let empty = stats(&KnowledgeGraph::new());
        assert_eq!((empty.components, empty.largest_component, empty.density), (0, 0, 0.0));
    }
}
