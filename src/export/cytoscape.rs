//! Cytoscape.js JSON (`.cyjs`), for Cytoscape.js, Cytoscape desktop (File > Import > Network
//! from File) and networkx (`cytoscape_graph`).
//!
//! Shape: `{"data": {...}, "directed": true, "multigraph": true, "elements": {"nodes": [{"data":
//! {...}, "classes": "..."}], "edges": [...]}}`. Node data holds `id`, `value` (the same id:
//! networkx keys nodes by it), `name` (the label: Cytoscape desktop's default label column) and
//! then the attributes of `attrs.rs`, lists as arrays. Edge data holds `id` (`e0`, ...),
//! `source`, `target`, `key` (the relation, which keeps parallel edges apart in networkx's
//! multigraph) and the edge attributes. `classes` (`"entity person"`, `"event arrest"`) lets a
//! Cytoscape.js stylesheet pick nodes by kind and type. Built as a `serde_json` value with
//! insertion order kept, so the output is byte-identical for the same graph.

use std::io;

use serde_json::{Map, Value as J, json};

use super::attrs::{self, Value};
use crate::graph::KnowledgeGraph;

fn put(map: &mut Map<String, J>, name: &str, v: Option<Value<'_>>) {
    match v {
        Some(v) if !v.is_empty() => {
            let j = match v {
                Value::Text(s) => J::from(s),
                Value::Int(n) => J::from(n),
                Value::List(xs) => J::from(xs),
            };
            map.insert(name.to_string(), j);
        }
        _ => {}
    }
}

/// Writes the graph as Cytoscape.js JSON.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let nodes: Vec<J> = kg
        .nodes()
        .map(|(_, n)| {
            let mut d = Map::new();
            d.insert("id".into(), J::from(n.id.as_str()));
            d.insert("value".into(), J::from(n.id.as_str()));
            d.insert("name".into(), J::from(n.label.as_str()));
            for ((name, _), v) in attrs::NODE_ATTRS.iter().zip(attrs::node_values(n)) {
                put(&mut d, name, v);
            }
            json!({ "data": d, "classes": format!("{} {}", n.kind().as_str(), n.ty.as_str()) })
        })
        .collect();
    let edges: Vec<J> = kg
        .edges()
        .into_iter()
        .enumerate()
        .map(|(i, (a, b, e))| {
            let mut d = Map::new();
            d.insert("id".into(), J::from(format!("e{i}")));
            d.insert("source".into(), J::from(kg.node(a).id.as_str()));
            d.insert("target".into(), J::from(kg.node(b).id.as_str()));
            d.insert("key".into(), J::from(e.label.as_str()));
            for ((name, _), v) in attrs::EDGE_ATTRS.iter().zip(attrs::edge_values(e)) {
                put(&mut d, name, v);
            }
            json!({ "data": d, "classes": e.label.as_str() })
        })
        .collect();
    let doc = json!({
        "data": { "name": "newsgraph", "generator": "newsgraph", "version": env!("CARGO_PKG_VERSION") },
        "directed": true,
        "multigraph": true,
        "elements": { "nodes": nodes, "edges": edges },
    });
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    fn out(kg: &KnowledgeGraph) -> J {
        let mut v = Vec::new();
        write(kg, &mut v).unwrap();
        serde_json::from_slice(&v).unwrap()
    }

    #[test]
    fn elements_with_data() {
        let g = testgraph::small();
        let v = out(&g);
        let nodes = v["elements"]["nodes"].as_array().unwrap();
        let edges = v["elements"]["edges"].as_array().unwrap();
        assert_eq!((nodes.len(), edges.len()), (g.node_count(), g.edge_count()));
        let ana = nodes.iter().find(|n| n["data"]["id"] == "person:ana-perez").unwrap();
        assert_eq!(ana["data"]["value"], "person:ana-perez");
        assert_eq!(ana["data"]["name"], "Ana Pérez");
        assert_eq!(ana["data"]["aliases"], json!(["Pérez"]));
        assert_eq!(ana["classes"], "entity person");
        assert!(edges.iter().all(|e| e["data"]["key"] == e["data"]["relation"]));
    }

    #[test]
    fn hostile_names_round_trip() {
        let g = testgraph::hostile();
        let v = out(&g);
        let names: Vec<&str> =
            v["elements"]["nodes"].as_array().unwrap().iter().filter_map(|n| n["data"]["name"].as_str()).collect();
        for l in testgraph::HOSTILE_LABELS {
            assert!(names.contains(l), "{l:?} missing from {names:?}");
        }
    }
}
