//! The knowledge graph: one petgraph `StableDiGraph` of entity and event nodes.
//!
//! [`KnowledgeGraph`] owns the petgraph graph, an index from node id to node, and the list of
//! documents it was built from. Documents are added one at a time ([`KnowledgeGraph::add`], in
//! `build.rs`); entities with the same type and canonical name merge across documents, and an
//! edge stated twice keeps one edge with both pieces of evidence. Iteration is always in node
//! id order, so every export of the same input is byte-identical.
//!
//! Graphs combine by value with [`KnowledgeGraph::absorb`] (`merge.rs`), and one actor named
//! differently across documents becomes one node in [`resolve`].
//!
//! Flow: Annotations -> **graph** -> query (`query/`) / exporters.

mod build;
mod merge;
pub mod model;
pub mod query;
pub mod resolve;
pub mod snapshot;
pub mod view;

use std::collections::BTreeMap;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

pub use build::slug;
pub use model::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, Node, NodeKind, NodeType, Time};

/// A knowledge graph of entities and events with their evidence.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Edge>,
    index: BTreeMap<String, NodeIndex>,
    documents: BTreeMap<String, DocInfo>,
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// The underlying petgraph graph (an escape hatch for algorithms).
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.graph
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// True when the graph has no nodes.
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// Documents the graph was built from, by id.
    pub fn documents(&self) -> impl Iterator<Item = &DocInfo> {
        self.documents.values()
    }

    /// True when a document with this id is in the graph.
    pub fn has_document(&self, id: &str) -> bool {
        self.documents.contains_key(id)
    }

    /// Records a document.
    pub fn add_document_info(&mut self, info: DocInfo) {
        self.documents.insert(info.id.clone(), info);
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeIndex, &Node)> {
        self.index.values().map(move |&i| (i, &self.graph[i]))
    }

    /// A node by index.
    ///
    /// # Panics
    /// When the index is not in the graph.
    pub fn node(&self, i: NodeIndex) -> &Node {
        &self.graph[i]
    }

    /// A node's index by id.
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Edges in (source id, target id, label) order.
    pub fn edges(&self) -> Vec<(NodeIndex, NodeIndex, &Edge)> {
        let mut es: Vec<(NodeIndex, NodeIndex, &Edge)> =
            self.graph.edge_references().map(|e| (e.source(), e.target(), e.weight())).collect();
        es.sort_by(|a, b| {
            (&self.graph[a.0].id, &self.graph[a.1].id, a.2.label.as_str()).cmp(&(
                &self.graph[b.0].id,
                &self.graph[b.1].id,
                b.2.label.as_str(),
            ))
        });
        es
    }

    /// Inserts a node, or merges it into the node with the same id.
    pub fn upsert_node(&mut self, node: Node) -> NodeIndex {
        match self.index.get(&node.id) {
            Some(&i) => {
                build::merge_node(&mut self.graph[i], node);
                i
            }
            None => {
                let id = node.id.clone();
                let i = self.graph.add_node(node);
                self.index.insert(id, i);
                i
            }
        }
    }

    /// Inserts an edge, or adds its evidence to the edge with the same ends and label.
    pub fn upsert_edge(&mut self, a: NodeIndex, b: NodeIndex, edge: Edge) -> EdgeIndex {
        let existing = self.graph.edges_connecting(a, b).find(|e| e.weight().label == edge.label).map(|e| e.id());
        match existing {
            Some(e) => {
                let w = &mut self.graph[e];
                for ev in edge.evidence {
                    if let Err(pos) = w.evidence.binary_search(&ev) {
                        w.evidence.insert(pos, ev);
                    }
                }
                e
            }
            None => self.graph.add_edge(a, b, edge),
        }
    }

    /// Makes room for `nodes` more nodes and `edges` more edges, for readers that know how many
    /// are coming.
    pub(crate) fn reserve(&mut self, nodes: usize, edges: usize) {
        self.graph.reserve_exact_nodes(nodes);
        self.graph.reserve_exact_edges(edges);
    }

    /// Adds an edge without looking for one with the same ends and label, for readers that know
    /// it is new (their input is sorted without repeats); anything else must use
    /// [`KnowledgeGraph::upsert_edge`], or the graph gets duplicate edges.
    pub(crate) fn push_edge(&mut self, a: NodeIndex, b: NodeIndex, edge: Edge) -> EdgeIndex {
        self.graph.add_edge(a, b, edge)
    }

    /// Adds every node, edge and document of another graph.
    pub fn merge(&mut self, other: &KnowledgeGraph) {
        for d in other.documents.values() {
            self.documents.entry(d.id.clone()).or_insert_with(|| d.clone());
        }
        for (_, n) in other.nodes() {
            self.upsert_node(n.clone());
        }
        for (a, b, e) in other.edges() {
            let (Some(x), Some(y)) = (self.find(&other.graph[a].id), self.find(&other.graph[b].id)) else { continue };
            self.upsert_edge(x, y, e.clone());
        }
    }
}
