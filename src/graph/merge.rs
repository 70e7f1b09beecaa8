//! Combining graphs by value: [`KnowledgeGraph::absorb`] and id remapping for resolution.
//!
//! Reads and consumes whole graphs; writes into another graph through `upsert_node` and
//! `upsert_edge`. Both operations are unions: node fields merge with `build::merge_node` (label
//! = longest then smallest, sets unioned, mentions sorted), edge evidence is a sorted set, and
//! a document listed twice keeps the smaller of its two records. A union of sets does not depend
//! on the order it is taken in, so absorbing graphs is associative and commutative, and adding
//! the same graph twice changes nothing. That is what lets `newsgraph merge` combine partial
//! graphs from any sharding, in any order, into the graph of a single build.
//!
//! Flow: per-document graphs (corpus build, `newsgraph extract`) -> **merge** -> resolve ->
//! exporters.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use super::KnowledgeGraph;
use super::model::{DocInfo, Edge, Node};

/// A graph taken apart: documents, nodes, and edges as positions into the node list.
struct Parts {
    documents: BTreeMap<String, DocInfo>,
    nodes: Vec<Node>,
    edges: Vec<(usize, usize, Edge)>,
}

/// The order used to choose between two records of one document id (the smaller wins).
pub(crate) fn doc_key(d: &DocInfo) -> impl Ord + '_ {
    (&d.path, &d.title, &d.date, &d.source, &d.url)
}

impl KnowledgeGraph {
    /// Takes the graph apart in O(N + E): petgraph compacts a `StableGraph` into a `Graph`,
    /// whose node and edge lists can be moved out whole (removing edges one by one would walk
    /// the adjacency list of hub nodes once per edge).
    fn into_parts(self) -> Parts {
        let graph: petgraph::Graph<Node, Edge> = self.graph.into();
        let (nodes, edges) = graph.into_nodes_edges();
        let edges = edges.into_iter().map(|e| (e.source().index(), e.target().index(), e.weight)).collect();
        Parts { documents: self.documents, nodes: nodes.into_iter().map(|n| n.weight).collect(), edges }
    }

    fn add_documents(&mut self, documents: BTreeMap<String, DocInfo>) {
        for (id, d) in documents {
            match self.documents.entry(id) {
                Entry::Vacant(v) => {
                    v.insert(d);
                }
                Entry::Occupied(mut o) => {
                    if doc_key(&d) < doc_key(o.get()) {
                        o.insert(d);
                    }
                }
            }
        }
    }

    /// Adds every node, edge and document of `other`, moving them instead of copying.
    ///
    /// A union: the result does not depend on the order graphs are absorbed in, and absorbing
    /// the same graph twice changes nothing. A document id present in both keeps the smaller
    /// record (path, then title, date, source, url), so even conflicting records merge the same
    /// way in any order.
    ///
    /// # Complexity
    /// O((n + e) log N) for `other` with n nodes and e edges into a graph of N nodes, plus the
    /// degree of each edge's source for finding an existing parallel edge.
    pub fn absorb(&mut self, other: KnowledgeGraph) {
        if self.graph.node_count() == 0 && self.documents.is_empty() {
            *self = other;
            return;
        }
        let parts = other.into_parts();
        self.add_documents(parts.documents);
        let idx: Vec<_> = parts.nodes.into_iter().map(|n| self.upsert_node(n)).collect();
        for (a, b, e) in parts.edges {
            self.upsert_edge(idx[a], idx[b], e);
        }
    }

    /// The graph with entity ids renamed by `rename` (old id -> new id): nodes that get the same
    /// id merge, edges follow their ends (merging with any parallel edge of the same label), and
    /// event `source` references follow too.
    ///
    /// # Complexity
    /// O((N + E) log N).
    pub(crate) fn renamed(self, rename: &BTreeMap<String, String>) -> KnowledgeGraph {
        let parts = self.into_parts();
        let mut out = KnowledgeGraph::new();
        out.documents = parts.documents;
        let idx: Vec<_> = parts
            .nodes
            .into_iter()
            .map(|mut n| {
                rename_node(&mut n, rename);
                out.upsert_node(n)
            })
            .collect();
        for (a, b, e) in parts.edges {
            out.upsert_edge(idx[a], idx[b], e);
        }
        out
    }
}

/// Renames a node's id and its event's `source` reference by `rename` (old id -> new id).
pub(crate) fn rename_node(n: &mut Node, rename: &BTreeMap<String, String>) {
    if let Some(r) = rename.get(&n.id) {
        n.id.clone_from(r);
    }
    if let Some(s) = n.event.as_mut().and_then(|e| e.source.as_mut()) {
        if let Some(r) = rename.get(s.as_str()) {
            s.clone_from(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::graph::KnowledgeGraph;
    use crate::text::Document;

    fn graph(id: &str, text: &str) -> KnowledgeGraph {
        let d = Document::new(id, text);
        let mut g = KnowledgeGraph::new();
        g.add(&d, &extract(&d));
        g
    }

    fn json(g: &KnowledgeGraph) -> String {
        let mut out = Vec::new();
        crate::export::json::write(g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn absorb_equals_adding_in_any_order() {
        let a = ("a", "Police arrested Juan Perez in Lima on Monday.");
        let b = ("b", "Juan Perez met the president of Peru in Lima.");
        let mut direct = KnowledgeGraph::new();
        for (id, t) in [a, b] {
            let d = Document::new(id, t);
            direct.add(&d, &extract(&d));
        }
        let mut ab = graph(a.0, a.1);
        ab.absorb(graph(b.0, b.1));
        let mut ba = graph(b.0, b.1);
        ba.absorb(graph(a.0, a.1));
        assert_eq!(json(&ab), json(&direct));
        assert_eq!(json(&ba), json(&direct));
        // Idempotent: absorbing a part again changes nothing.
        ab.absorb(graph(a.0, a.1));
        assert_eq!(json(&ab), json(&direct));
    }

    #[test]
    fn renaming_merges_nodes_and_follows_edges() {
        let g = graph("a", "Police arrested Juan Perez in Lima on Monday.");
        let edges = g.edge_count();
        let rename = [("person:juan-perez".to_string(), "person:juan-perez-soto".to_string())].into_iter().collect();
        let r = g.renamed(&rename);
        assert!(r.find("person:juan-perez").is_none());
        let n = r.find("person:juan-perez-soto").expect("renamed node");
        assert_eq!(r.node(n).label, "Juan Perez");
        assert_eq!(r.edge_count(), edges);
        assert!(r.edges().iter().any(|(_, b, _)| *b == n));
    }
}
