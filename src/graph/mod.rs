//! The knowledge graph: one petgraph `StableDiGraph` of entity and event nodes.
//!
//! [`KnowledgeGraph`] owns the petgraph graph, an index from node id to node, and the list of
//! documents it was built from. Documents are added one at a time ([`KnowledgeGraph::add`], in
//! `build.rs`); entities with the same type and canonical name merge across documents, and an
//! edge stated twice keeps one edge with both pieces of evidence. Iteration is always in node
//! id order, so every export of the same input is byte-identical.
//!
//! Graphs combine by value with [`KnowledgeGraph::absorb`] (`merge.rs`), and one actor named
//! differently across documents becomes one node in [`resolve`]. A corpus graph too large for
//! memory is built as sorted runs on disk and merged into its JSON file in [`spill`].
//!
//! Flow: Annotations -> **graph** -> query (`query/`) / exporters.

mod build;
mod merge;
pub mod model;
pub mod query;
pub mod resolve;
pub mod snapshot;
pub mod spill;
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
    /// Node ids to nodes; empty while `index_unset`.
    index: BTreeMap<String, NodeIndex>,
    /// True when `index` is not built and need not be: the nodes are exactly the indices
    /// `0..node_count` in increasing id order (a graph read from a snapshot), so a binary
    /// search finds an id. The first node added builds the index.
    index_unset: bool,
    documents: BTreeMap<String, DocInfo>,
    /// Every document id and evidence text once: mentions and edges share them.
    strings: rustc_hash::FxHashSet<std::sync::Arc<str>>,
    /// True when `strings` does not yet hold the graph's strings (a graph read from a snapshot
    /// shares its strings already and builds the set only when something is added).
    strings_unset: bool,
}

/// The shared copy of `s` in `set`, made on first use.
pub(crate) fn intern_in(set: &mut rustc_hash::FxHashSet<std::sync::Arc<str>>, s: &str) -> std::sync::Arc<str> {
    if let Some(a) = set.get(s) {
        return a.clone();
    }
    let a: std::sync::Arc<str> = std::sync::Arc::from(s);
    set.insert(a.clone());
    a
}

impl KnowledgeGraph {
    /// The shared copy of a string (document id or evidence text), made on first use: a
    /// sentence cited by ten edges is stored once.
    pub fn intern(&mut self, s: &str) -> std::sync::Arc<str> {
        if self.strings_unset {
            self.collect_strings();
        }
        intern_in(&mut self.strings, s)
    }

    /// Forgets the shared strings (after a reader shared them by other means); the set is built
    /// again from the graph when something is added.
    pub(crate) fn forget_strings(&mut self) {
        self.strings = Default::default();
        self.strings_unset = true;
    }

    /// Fills the set of shared strings with those the graph holds.
    fn collect_strings(&mut self) {
        self.strings_unset = false;
        let strings = &mut self.strings;
        let mut keep = |e: &Evidence| {
            for s in [&e.doc, &e.text] {
                if !strings.contains(&**s) {
                    strings.insert(s.clone());
                }
            }
        };
        for n in self.graph.node_weights() {
            n.mentions.iter().for_each(&mut keep);
            if let Some(t) = n.event.as_ref().and_then(|e| e.time.as_ref()) {
                keep(&t.evidence);
            }
        }
        self.graph.edge_weights().flat_map(|e| &e.evidence).for_each(keep);
    }

    /// A graph from a snapshot's parts: `graph` holds the nodes as indices `0..n` in strictly
    /// increasing id order (the caller checks it) and the edges, with their strings already
    /// shared.
    pub(crate) fn from_snapshot(graph: StableDiGraph<Node, Edge>, documents: BTreeMap<String, DocInfo>) -> Self {
        KnowledgeGraph {
            graph,
            index: BTreeMap::new(),
            index_unset: true,
            documents,
            strings: Default::default(),
            strings_unset: true,
        }
    }

    /// Replaces an evidence's strings with the graph's shared copies.
    fn intern_evidence(&mut self, e: &mut Evidence) {
        e.doc = self.intern(&e.doc);
        e.text = self.intern(&e.text);
    }

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
        let (ordered, indexed) =
            if self.index_unset { (0..self.graph.node_count(), None) } else { (0..0, Some(self.index.values())) };
        ordered.map(NodeIndex::new).chain(indexed.into_iter().flatten().copied()).map(move |i| (i, &self.graph[i]))
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
        if self.index_unset {
            let (mut lo, mut hi) = (0, self.graph.node_count());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                match self.graph[NodeIndex::new(mid)].id.as_str().cmp(id) {
                    std::cmp::Ordering::Less => lo = mid + 1,
                    std::cmp::Ordering::Greater => hi = mid,
                    std::cmp::Ordering::Equal => return Some(NodeIndex::new(mid)),
                }
            }
            return None;
        }
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
    pub fn upsert_node(&mut self, mut node: Node) -> NodeIndex {
        for m in &mut node.mentions {
            self.intern_evidence(m);
        }
        if let Some(t) = node.event.as_mut().and_then(|e| e.time.as_mut()) {
            self.intern_evidence(&mut t.evidence);
        }
        if self.index_unset {
            self.index = self.graph.node_indices().map(|i| (self.graph[i].id.clone(), i)).collect();
            self.index_unset = false;
        }
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
    pub fn upsert_edge(&mut self, a: NodeIndex, b: NodeIndex, mut edge: Edge) -> EdgeIndex {
        for ev in &mut edge.evidence {
            self.intern_evidence(ev);
        }
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

    /// Adds an edge without looking for one with the same ends and label, for readers that know
    /// it is new (their input is sorted without repeats); anything else must use
    /// [`KnowledgeGraph::upsert_edge`], or the graph gets duplicate edges. The evidence should
    /// hold strings from [`KnowledgeGraph::intern`] (they are not interned again).
    pub(crate) fn push_edge(&mut self, a: NodeIndex, b: NodeIndex, edge: Edge) -> EdgeIndex {
        self.graph.add_edge(a, b, edge)
    }

    /// Adds a node as [`KnowledgeGraph::upsert_node`] does, but without the id index while
    /// nodes come in strictly increasing id order into a graph that has only such nodes (the
    /// order [`KnowledgeGraph::nodes`] gives, in which readers get them back). The evidence
    /// should hold strings from [`KnowledgeGraph::intern`].
    pub(crate) fn push_node(&mut self, node: Node) -> NodeIndex {
        let n = self.graph.node_count();
        let in_order = if n == 0 {
            self.index.is_empty()
        } else {
            self.index_unset && self.graph[NodeIndex::new(n - 1)].id < node.id
        };
        if in_order {
            self.index_unset = true;
            return self.graph.add_node(node);
        }
        self.upsert_node(node)
    }

    /// Makes room for `n` more strings in the interning set.
    pub(crate) fn reserve_strings(&mut self, n: usize) {
        if !self.strings_unset {
            self.strings.reserve(n);
        }
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
