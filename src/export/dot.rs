//! Graphviz DOT, written with the `dot-writer` crate.
//!
//! dot-writer writes node ids raw and label text unescaped, and unwraps I/O errors; so node
//! ids here are generated safe identifiers (`n0`, `n1`, ... in node-id order, with the real id
//! in the `id` attribute), every label goes through [`escape`], and the DOT text is built in
//! memory before it is written out. Entity types get distinct shapes and colours, events are
//! orange diamonds, and edges are labelled with their relation or role.

use std::collections::HashMap;
use std::io;

use dot_writer::{Attributes, DotWriter, RankDirection};

use crate::graph::{KnowledgeGraph, NodeType};
use crate::kinds::EntityKind;

/// Escapes text for a double-quoted DOT string: backslashes, quotes and line breaks.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Shape and fill colour of a node type.
pub fn style(ty: NodeType) -> (&'static str, &'static str) {
    match ty {
        NodeType::Entity(EntityKind::Person) => ("ellipse", "#a6cee3"),
        NodeType::Entity(EntityKind::Organization) => ("box", "#fdbf6f"),
        NodeType::Entity(EntityKind::Location) => ("hexagon", "#b2df8a"),
        NodeType::Entity(EntityKind::Group) => ("octagon", "#cab2d6"),
        NodeType::Entity(_) => ("note", "#e0e0e0"),
        NodeType::Event(_) => ("diamond", "#fb9a99"),
    }
}

/// Writes the graph as DOT.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let mut buf: Vec<u8> = Vec::new();
    {
        let mut writer = DotWriter::from(&mut buf);
        writer.set_pretty_print(true);
        let mut g = writer.digraph();
        g.set_rank_direction(RankDirection::LeftRight);
        g.set("fontname", "Helvetica", true);
        g.node_attributes().set("style", "filled", true).set("fontname", "Helvetica", true);
        g.edge_attributes().set("fontname", "Helvetica", true).set_font_size(10.0);
        let mut ids: HashMap<&str, String> = HashMap::new();
        for (k, (_, n)) in kg.nodes().enumerate() {
            let did = format!("n{k}");
            let (shape, fill) = style(n.ty);
            let label = match n.ty {
                NodeType::Event(_) => format!("{}\n({})", n.label, n.ty.as_str()),
                _ => n.label.clone(),
            };
            let tip = if n.aliases.is_empty() {
                n.id.clone()
            } else {
                format!("{}; also: {}", n.id, n.aliases.iter().cloned().collect::<Vec<_>>().join(", "))
            };
            g.node_named(did.clone())
                .set("id", &escape(&n.id), true)
                .set("label", &escape(&label), true)
                .set("shape", shape, false)
                .set("fillcolor", fill, true)
                .set("tooltip", &escape(&tip), true);
            ids.insert(n.id.as_str(), did);
        }
        for (a, b, e) in kg.edges() {
            let (sa, sb) = (&ids[kg.node(a).id.as_str()], &ids[kg.node(b).id.as_str()]);
            let tip = e.evidence.first().map(|x| x.text.clone()).unwrap_or_default();
            g.edge(sa, sb).attributes().set("label", &escape(e.label.as_str()), true).set(
                "tooltip",
                &escape(&tip),
                true,
            );
        }
    }
    w.write_all(&buf)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Node, NodeType};
    use std::collections::BTreeSet;

    #[test]
    fn escapes_quotes_backslashes_newlines() {
        assert_eq!(escape("a \"b\" \\ c\nd"), "a \\\"b\\\" \\\\ c\\nd");
        assert_eq!(escape("José"), "José");
    }

    #[test]
    fn hostile_labels_make_valid_dot() {
        let mut g = KnowledgeGraph::new();
        for (id, label) in [("person:a", "Dr. \"Bad\" \\ Name\nTwo"), ("person:b", "Zoë Ñúñez")] {
            g.upsert_node(Node {
                id: id.into(),
                ty: NodeType::Entity(EntityKind::Person),
                label: label.into(),
                aliases: BTreeSet::new(),
                titles: BTreeSet::new(),
                attributes: BTreeSet::new(),
                mentions: vec![],
                event: None,
            });
        }
        let mut out = Vec::new();
        write(&g, &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains(r#"label="Dr. \"Bad\" \\ Name\nTwo""#), "{s}");
        assert!(s.contains("Zoë Ñúñez"));
        // every quote inside a label is escaped: unescaped quotes come in pairs per line
        for line in s.lines() {
            let unescaped = line.replace("\\\\", "").replace("\\\"", "");
            assert_eq!(unescaped.matches('"').count() % 2, 0, "{line}");
        }
    }
}
