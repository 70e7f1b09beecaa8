//! GEXF 1.3, Gephi's own format (also read by networkx `read_gexf(path, version="1.3")`).
//!
//! Written by hand like GraphML (see `xml::escape`). Attribute declarations come
//! first, in the order of `attrs.rs` (numbered by their place in that table); the node
//! label and the edge weight are GEXF's own `label` and `weight` attributes, so they are not
//! repeated as columns (Gephi has built-in Label and Weight columns). Each node gets a
//! `viz:color` by type (the same palette as the DOT export), a `viz:size` growing with its
//! degree and a `viz:shape` (disc for entities, diamond for events). Each edge carries its
//! relation as `label` and as `kind`, which GEXF 1.3 uses to keep parallel edges of different
//! kinds apart. No dates are written, so the output depends only on the graph.

use std::io;

use super::attrs::{self, AttrType};
use super::style;
use super::xml::escape;
use crate::graph::{KnowledgeGraph, NodeKind};

fn gexf_type(ty: AttrType) -> &'static str {
    match ty {
        AttrType::Int => "integer",
        AttrType::Text | AttrType::List | AttrType::Lines => "string",
    }
}

/// Writes the graph as GEXF 1.3.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(w, "  <meta>")?;
    writeln!(w, "    <creator>newsgraph {}</creator>", env!("CARGO_PKG_VERSION"))?;
    writeln!(w, "    <description>entities and events of news articles, with their evidence</description>")?;
    writeln!(w, "  </meta>")?;
    writeln!(w, r#"  <graph defaultedgetype="directed" mode="static">"#)?;
    writeln!(w, r#"    <attributes class="node" mode="static">"#)?;
    for (k, (name, ty)) in attrs::NODE_ATTRS.iter().enumerate().filter(|(_, (n, _))| *n != "label") {
        writeln!(w, r#"      <attribute id="{k}" title="{name}" type="{}"/>"#, gexf_type(*ty))?;
    }
    writeln!(w, "    </attributes>")?;
    writeln!(w, r#"    <attributes class="edge" mode="static">"#)?;
    for (k, (name, ty)) in attrs::EDGE_ATTRS.iter().enumerate().filter(|(_, (n, _))| *n != "weight") {
        writeln!(w, r#"      <attribute id="{k}" title="{name}" type="{}"/>"#, gexf_type(*ty))?;
    }
    writeln!(w, "    </attributes>")?;
    writeln!(w, "    <nodes>")?;
    for (ix, n) in kg.nodes() {
        writeln!(w, r#"      <node id="{}" label="{}">"#, escape(&n.id), escape(&n.label))?;
        writeln!(w, "        <attvalues>")?;
        for (k, v) in attrs::node_values(n).into_iter().enumerate() {
            let (name, ty) = attrs::NODE_ATTRS[k];
            let Some(v) = v.filter(|v| !v.is_empty() && name != "label") else { continue };
            writeln!(w, r#"          <attvalue for="{k}" value="{}"/>"#, escape(&v.joined(ty)))?;
        }
        writeln!(w, "        </attvalues>")?;
        let (r, g, b) = style::rgb(style::fill(n.ty));
        writeln!(w, r#"        <viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>"#)?;
        let degree = kg.petgraph().neighbors_undirected(ix).count();
        writeln!(w, r#"        <viz:size value="{}.0"/>"#, 10 + 2 * degree.min(20))?;
        let shape = if n.kind() == NodeKind::Event { "diamond" } else { "disc" };
        writeln!(w, r#"        <viz:shape value="{shape}"/>"#)?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    for (i, (a, b, e)) in kg.edges().into_iter().enumerate() {
        let rel = e.label.as_str();
        writeln!(
            w,
            r#"      <edge id="{i}" source="{}" target="{}" label="{rel}" kind="{rel}" weight="{}.0">"#,
            escape(&kg.node(a).id),
            escape(&kg.node(b).id),
            e.evidence.len().max(1)
        )?;
        writeln!(w, "        <attvalues>")?;
        for (k, v) in attrs::edge_values(e).into_iter().enumerate() {
            let (name, ty) = attrs::EDGE_ATTRS[k];
            let Some(v) = v.filter(|v| !v.is_empty() && name != "weight") else { continue };
            writeln!(w, r#"          <attvalue for="{k}" value="{}"/>"#, escape(&v.joined(ty)))?;
        }
        writeln!(w, "        </attvalues>")?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
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
    fn colours_by_type() {
        let s = out(&testgraph::small());
        let person = s.find(r#"<node id="person:ana-perez""#).unwrap();
        let place = s.find(r#"<node id="location:valparaiso""#).unwrap();
        let colour = |at: usize| s[at..].split("<viz:color ").nth(1).unwrap().split("/>").next().unwrap().to_string();
        assert_ne!(colour(person), colour(place));
        assert_eq!(colour(person), r#"r="166" g="206" b="227" a="1.0""#);
    }

    #[test]
    fn declares_version_and_counts() {
        let g = testgraph::small();
        let s = out(&g);
        assert!(s.contains(r#"xmlns="http://gexf.net/1.3""#) && s.contains(r#"version="1.3""#));
        assert_eq!(s.matches("<node ").count(), g.node_count());
        assert_eq!(s.matches("<edge ").count(), g.edge_count());
        assert!(s.contains(r#"kind="member_of" weight="2.0""#), "{s}");
        assert!(!s.contains(r#"title="label""#), "the label is GEXF's own attribute");
    }

    #[test]
    fn hostile_names_are_escaped() {
        let s = out(&testgraph::hostile());
        assert!(s.contains(r#"label="Dr. &quot;Bad&quot; \ O&apos;Name""#), "{s}");
        assert!(s.contains("Line one&#10;Line two"));
        assert!(!s.contains("<script") && !s.contains("</script"));
    }
}
