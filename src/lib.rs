//! newsgraph turns news articles into a knowledge graph of who did what to whom.
//!
//! The flow runs one way, one module per stage:
//!
//! ```text
//! paths ─input─▶ Document ─extract::Pipeline─▶ Annotations ─KnowledgeGraph::add─▶ KnowledgeGraph
//!       ─export::{json,dot,graphml,gexf,cytoscape,neo4j,mermaid,svg,html}::write─▶ files
//! ```
//!
//! ```
//! use newsgraph::{extract, KnowledgeGraph, Document};
//!
//! let doc = Document::new("d1", "Police in Peru arrested Juan Carlos Mendez in Lima on Monday.");
//! let ann = extract::extract(&doc);
//! let mut kg = KnowledgeGraph::new();
//! kg.add(&doc, &ann);
//! let arrest = kg.nodes().find(|(_, n)| n.ty.as_str() == "arrest").expect("an arrest event");
//! assert_eq!(arrest.1.label, "arrest of Juan Carlos Mendez");
//! let mut json = Vec::new();
//! newsgraph::export::json::write(&kg, &mut json).unwrap();
//! ```
#![warn(missing_docs)]

// Lets test helpers shared with the integration tests (`export/testgraph.rs`) name the
// library `newsgraph::` in both places.
#[cfg(test)]
extern crate self as newsgraph;

pub mod corpus;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod input;
pub mod kinds;
pub mod text;

pub use error::{Error, Result};
pub use graph::KnowledgeGraph;
pub use text::Document;
