//! Mermaid flowcharts, for Markdown renderers that draw ```` ```mermaid ```` blocks (GitHub,
//! GitLab, docs sites) and the Mermaid live editor.
//!
//! Node ids are generated (`n0`, `n1`, ... in node-id order), so no graph id can collide with
//! Mermaid keywords or syntax; every label is a quoted string passed through [`escape`]. Each
//! node type has its own shape and a `classDef` with the DOT palette; edges are labelled with
//! their relation or role.

use std::io;

use super::style::{self, Shape};
use crate::graph::{KnowledgeGraph, NodeType};

/// Escapes text for a double-quoted Mermaid label.
///
/// Mermaid reads `#name;` and `#123;` as character entities, so `"`, `#`, `&`, `<`, `>` and
/// the backtick (which would start a Markdown string) are written as entities; a line break
/// becomes `<br>`, the only markup left in a label; other control characters become spaces.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// The node statement's brackets for a shape.
fn brackets(shape: Shape) -> (&'static str, &'static str) {
    match shape {
        Shape::Ellipse => ("([", "])"),
        Shape::Box => ("[", "]"),
        Shape::Hexagon => ("{{", "}}"),
        Shape::Octagon => ("[[", "]]"),
        Shape::Note => (">", "]"),
        Shape::Diamond => ("{", "}"),
    }
}

/// Writes the graph as a Mermaid flowchart (left to right).
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    writeln!(w, "%% newsgraph {}: {} nodes, {} edges", env!("CARGO_PKG_VERSION"), kg.node_count(), kg.edge_count())?;
    writeln!(w, "flowchart LR")?;
    let mut ids = std::collections::HashMap::new();
    let mut classes: Vec<(&'static str, Vec<String>)> = Vec::new();
    for (k, (ix, n)) in kg.nodes().enumerate() {
        let id = format!("n{k}");
        let (open, close) = brackets(style::shape(n.ty));
        let label = match n.ty {
            NodeType::Event(_) => format!("{}\n({})", n.label, n.ty.as_str()),
            NodeType::Entity(_) => n.label.clone(),
        };
        writeln!(w, "  {id}{open}\"{}\"{close}", escape(&label))?;
        let c = style::class(n.ty);
        match classes.iter_mut().find(|(name, _)| *name == c) {
            Some((_, members)) => members.push(id.clone()),
            None => classes.push((c, vec![id.clone()])),
        }
        ids.insert(ix, id);
    }
    for (a, b, e) in kg.edges() {
        writeln!(w, "  {} -->|\"{}\"| {}", ids[&a], escape(e.label.as_str()), ids[&b])?;
    }
    for (name, ty) in style::legend() {
        writeln!(w, "  classDef {name} fill:{},stroke:#555,color:#111", style::fill(ty))?;
    }
    classes.sort();
    for (name, members) in classes {
        writeln!(w, "  class {} {name}", members.join(","))?;
    }
    Ok(())
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
    fn escapes_entities_and_breaks() {
        assert_eq!(escape("a \"b\" #1 <c> & `d`\ne"), "a #quot;b#quot; #35;1 #lt;c#gt; #amp; #96;d#96;<br>e");
        assert_eq!(escape("Zoë \\ O'Name"), "Zoë \\ O'Name");
    }

    #[test]
    fn shapes_classes_and_edges() {
        let g = testgraph::small();
        let s = out(&g);
        assert!(s.lines().nth(1) == Some("flowchart LR"), "{s}");
        assert!(s.contains(r#"  n0{"arrest of Ana Pérez<br>(arrest)"}"#), "{s}");
        assert!(s.contains(r#"(["Ana Pérez"])"#));
        assert_eq!(s.matches(" -->|").count(), g.edge_count());
        assert!(s.contains("classDef person fill:#a6cee3"));
    }

    #[test]
    fn hostile_labels_leave_no_raw_syntax() {
        let s = out(&testgraph::hostile());
        for line in s.lines().filter(|l| l.starts_with("  n") && !l.contains("-->")) {
            // the label is the text between the first and the last quote, with no quote inside
            let inner = &line[line.find('"').unwrap() + 1..line.rfind('"').unwrap()];
            assert!(!inner.replace("<br>", "").contains(['<', '>', '"', '`']), "{line}");
        }
        assert!(s.contains("Line one<br>Line two"));
    }
}
