//! GraphML, for yEd, Gephi, Cytoscape desktop and networkx (`read_graphml`).
//!
//! Written by hand (golden-tested; see `xml::escape`): the `<key>` declarations come
//! first, nodes in the fixed order of `attrs::NODE_ATTRS` (`d0`, `d1`, ...) then edges
//! (`e0`, ...), each with its `attr.type`; then the nodes in id order and the edges in
//! (source, target, relation) order. Lists are joined with `"; "`, evidence texts with line
//! breaks; empty values are left out (GraphML readers then use no value, not an empty one).
//! Edge ids are `e0`, `e1`, ... so that readers keep parallel edges apart.

use std::io;

use super::attrs::{self, AttrType};
use super::xml::escape;
use crate::graph::KnowledgeGraph;

fn graphml_type(ty: AttrType) -> &'static str {
    match ty {
        AttrType::Int => "int",
        AttrType::Text | AttrType::List | AttrType::Lines => "string",
    }
}

/// Writes the graph as GraphML.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    for (k, (name, ty)) in attrs::NODE_ATTRS.iter().enumerate() {
        writeln!(w, r#"  <key id="d{k}" for="node" attr.name="{name}" attr.type="{}"/>"#, graphml_type(*ty))?;
    }
    for (k, (name, ty)) in attrs::EDGE_ATTRS.iter().enumerate() {
        writeln!(w, r#"  <key id="e{k}" for="edge" attr.name="{name}" attr.type="{}"/>"#, graphml_type(*ty))?;
    }
    writeln!(w, r#"  <graph id="newsgraph" edgedefault="directed">"#)?;
    for (_, n) in kg.nodes() {
        writeln!(w, r#"    <node id="{}">"#, escape(&n.id))?;
        for (k, v) in attrs::node_values(n).into_iter().enumerate() {
            let Some(v) = v.filter(|v| !v.is_empty()) else { continue };
            writeln!(w, r#"      <data key="d{k}">{}</data>"#, escape(&v.joined(attrs::NODE_ATTRS[k].1)))?;
        }
        writeln!(w, "    </node>")?;
    }
    for (i, (a, b, e)) in kg.edges().into_iter().enumerate() {
        writeln!(w, r#"    <edge id="e{i}" source="{}" target="{}">"#, escape(&kg.node(a).id), escape(&kg.node(b).id))?;
        for (k, v) in attrs::edge_values(e).into_iter().enumerate() {
            let Some(v) = v.filter(|v| !v.is_empty()) else { continue };
            writeln!(w, r#"      <data key="e{k}">{}</data>"#, escape(&v.joined(attrs::EDGE_ATTRS[k].1)))?;
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    fn out(kg: &KnowledgeGraph) -> String {
        let mut v = Vec::new();
        write(kg, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn keys_come_first_with_types() {
        let s = out(&testgraph::small());
        let first_key = s.find("<key ").unwrap();
        let last_key = s.rfind("<key ").unwrap();
        assert!(last_key < s.find("<graph ").unwrap());
        assert!(first_key < s.find("<node ").unwrap());
        assert!(s.contains(r#"<key id="d7" for="node" attr.name="mentions" attr.type="int"/>"#), "{s}");
        assert!(s.contains(r#"<key id="e0" for="edge" attr.name="relation" attr.type="string"/>"#));
    }

    #[test]
    fn one_element_per_node_and_edge() {
        let g = testgraph::small();
        let s = out(&g);
        assert_eq!(s.matches("<node ").count(), g.node_count());
        assert_eq!(s.matches("<edge ").count(), g.edge_count());
        assert!(s.contains(r#"<data key="e0">member_of</data>"#));
        assert!(s.contains(r#"<data key="e1">2</data>"#), "the edge stated twice has weight 2");
    }

    #[test]
    fn hostile_names_are_escaped() {
        let s = out(&testgraph::hostile());
        assert!(s.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; Co"), "{s}");
        assert!(s.contains("Line one&#10;Line two"));
        assert!(s.contains("Zoë Ñúñez-Çelik"));
        assert!(!s.contains("<script"));
        assert!(!s.contains("</script"));
    }

    #[test]
    fn deterministic() {
        assert_eq!(out(&testgraph::small()), out(&testgraph::small()));
    }
}
