//! SVG diagrams, drawn by newsgraph itself (no Graphviz or other program needed): for READMEs,
//! reports and browsers.
//!
//! Reads a graph, lays it out with `layout.rs` and writes one standalone SVG: a caption,
//! the links as arrows labelled with their relations, the nodes with a shape and colour per type
//! (the palette of the DOT export), and a legend. Graphs above [`MAX_NODES`] nodes are cut down
//! to their most connected nodes, and the caption says so. Every node is a `<g class="node
//! TYPE">` whose `<title>` holds the exact label (browsers show it on hover) and whose `<text>`
//! shows it wrapped; every string goes through `xml::escape`.

use std::io;

use super::layout::{self, FONT_SIZE, Layout, Placed};
use super::style::{self, Shape};
use super::xml::escape;
use crate::graph::KnowledgeGraph;

/// The most nodes drawn; larger graphs show their most connected nodes.
pub const MAX_NODES: usize = 80;
/// Height of the caption band above the drawing.
const CAPTION: f64 = 30.0;
/// Height of the legend band below the drawing.
const LEGEND: f64 = 36.0;
/// Width one legend entry takes.
const LEGEND_ENTRY: f64 = 118.0;

/// A number with at most one decimal, without a trailing `.0`.
fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r };
    if r.fract() == 0.0 { format!("{}", r as i64) } else { format!("{r:.1}") }
}

/// A darker shade of a fill colour, for outlines.
pub(crate) fn stroke(fill: &str) -> String {
    let (r, g, b) = style::rgb(fill);
    let d = |c: u8| (f64::from(c) * 0.55).round() as u8;
    format!("#{:02x}{:02x}{:02x}", d(r), d(g), d(b))
}

/// The outline element of a node shape centred on `(x, y)`.
pub(crate) fn outline(shape: Shape, x: f64, y: f64, w: f64, h: f64) -> String {
    let (l, r, t, b) = (x - w / 2.0, x + w / 2.0, y - h / 2.0, y + h / 2.0);
    let poly = |pts: &[(f64, f64)]| {
        let p: Vec<String> = pts.iter().map(|(px, py)| format!("{},{}", num(*px), num(*py))).collect();
        format!(r#"<polygon points="{}"/>"#, p.join(" "))
    };
    match shape {
        Shape::Ellipse => {
            format!(r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}"/>"#, num(x), num(y), num(w / 2.0), num(h / 2.0))
        }
        Shape::Box => format!(r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3"/>"#, num(l), num(t), num(w), num(h)),
        Shape::Note => format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}" stroke-dasharray="4 2"/>"#,
            num(l),
            num(t),
            num(w),
            num(h)
        ),
        Shape::Hexagon => {
            let c = (h / 2.0).min(14.0);
            poly(&[(l, y), (l + c, t), (r - c, t), (r, y), (r - c, b), (l + c, b)])
        }
        Shape::Octagon => {
            let c = (h / 3.0).min(9.0);
            poly(&[(l + c, t), (r - c, t), (r, t + c), (r, b - c), (r - c, b), (l + c, b), (l, b - c), (l, t + c)])
        }
        Shape::Diamond => poly(&[(x, t), (r, y), (x, b), (l, y)]),
    }
}

/// The caption above the drawing.
fn caption(l: &Layout<'_>) -> String {
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    if l.is_partial() {
        format!(
            "Showing the {} most connected of {} nodes and the {} among them (of {}).",
            l.nodes.len(),
            l.total_nodes,
            plural(l.drawn_edges, "edge"),
            l.total_edges
        )
    } else if l.total_nodes == 0 {
        "Empty graph: no entities or events were found.".to_string()
    } else {
        format!("{}, {}.", plural(l.total_nodes, "node"), plural(l.total_edges, "edge"))
    }
}

fn write_node<W: io::Write + ?Sized>(w: &mut W, p: &Placed<'_>, dy: f64) -> io::Result<()> {
    let n = p.node;
    let shape = style::shape(n.ty);
    let fill = style::fill(n.ty);
    let (x, y) = (p.x, p.y + dy);
    writeln!(w, r#"<g class="node {} {}" data-id="{}">"#, n.kind().as_str(), n.ty.as_str(), escape(&n.id))?;
    writeln!(w, "<title>{}</title>", escape(&n.label))?;
    writeln!(
        w,
        r#"<g fill="{fill}" stroke="{}" stroke-width="1.2">{}</g>"#,
        stroke(fill),
        outline(shape, x, y, p.w, p.h)
    )?;
    let line_h = FONT_SIZE + 3.0;
    let top = y - (p.lines.len() as f64 - 1.0) * line_h / 2.0 + FONT_SIZE * 0.35;
    write!(w, r#"<text text-anchor="middle">"#)?;
    for (i, line) in p.lines.iter().enumerate() {
        write!(w, r#"<tspan x="{}" y="{}">{}</tspan>"#, num(x), num(top + i as f64 * line_h), escape(line))?;
    }
    writeln!(w, "</text>")?;
    writeln!(w, "</g>")
}

/// Writes the graph as an SVG picture.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let l = layout::layout(kg, Some(MAX_NODES));
    let present: Vec<(&str, crate::graph::NodeType)> = style::legend()
        .into_iter()
        .filter(|(name, _)| l.nodes.iter().any(|p| style::class(p.node.ty) == *name))
        .collect();
    let cap = caption(&l);
    let width = l
        .width
        .max(present.len() as f64 * LEGEND_ENTRY + 2.0 * layout::MARGIN)
        .max(cap.chars().count() as f64 * 7.0 + 40.0)
        .ceil();
    let height = (l.height + CAPTION + LEGEND).ceil();
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{0}" height="{1}" viewBox="0 0 {0} {1}" font-family="Helvetica, Arial, sans-serif" font-size="{2}">"#,
        num(width),
        num(height),
        num(FONT_SIZE)
    )?;
    writeln!(w, "<title>newsgraph: {}</title>", escape(&cap))?;
    writeln!(
        w,
        r##"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>"##
    )?;
    writeln!(w, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##)?;
    writeln!(
        w,
        r##"<text class="caption" x="{}" y="20" font-size="13" fill="#333">{}</text>"##,
        num(layout::MARGIN),
        escape(&cap)
    )?;
    writeln!(w, r##"<g class="links" stroke="#888" stroke-width="1.1" fill="none">"##)?;
    for link in &l.links {
        let (a, b) = (&l.nodes[link.from], &l.nodes[link.to]);
        let title = format!("{} → {}: {}", a.node.label, b.node.label, link.label());
        writeln!(w, r#"<g class="link"><title>{}</title>"#, escape(&title))?;
        if link.from == link.to {
            let (x, y) = (a.x, a.y + CAPTION - a.h / 2.0);
            writeln!(w, r#"<path d="M{},{} c-18,-34 54,-34 36,0" marker-end="url(#arrow)"/>"#, num(x - 18.0), num(y))?;
        } else {
            // a link with a twin in the other direction is shifted aside so both show
            let twin = l.links.iter().any(|o| o.from == link.to && o.to == link.from);
            let (dx, dy) = (b.x - a.x, b.y - a.y);
            let len = (dx * dx + dy * dy).sqrt().max(0.01);
            let (ox, oy) = if twin { (-dy / len * 4.0, dx / len * 4.0) } else { (0.0, 0.0) };
            let (sx, sy) = layout::boundary(style::shape(a.node.ty), a.w, a.h, dx, dy);
            let (tx, ty) = layout::boundary(style::shape(b.node.ty), b.w, b.h, -dx, -dy);
            writeln!(
                w,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" marker-end="url(#arrow)"/>"#,
                num(a.x + sx + ox),
                num(a.y + sy + oy + CAPTION),
                num(b.x + tx + ox),
                num(b.y + ty + oy + CAPTION)
            )?;
        }
        writeln!(w, "</g>")?;
    }
    writeln!(w, "</g>")?;
    writeln!(
        w,
        r##"<g class="link-labels" font-size="9" fill="#555" stroke="#ffffff" stroke-width="3" paint-order="stroke" text-anchor="middle">"##
    )?;
    for link in &l.links {
        let (a, b) = (&l.nodes[link.from], &l.nodes[link.to]);
        let (x, y) =
            if link.from == link.to { (a.x, a.y - a.h / 2.0 - 28.0) } else { ((a.x + b.x) / 2.0, (a.y + b.y) / 2.0) };
        writeln!(w, r#"<text x="{}" y="{}">{}</text>"#, num(x), num(y + CAPTION + 3.0), escape(&link.label()))?;
    }
    writeln!(w, "</g>")?;
    writeln!(w, r#"<g class="nodes">"#)?;
    for p in &l.nodes {
        write_node(w, p, CAPTION)?;
    }
    writeln!(w, "</g>")?;
    let ly = height - LEGEND / 2.0;
    writeln!(w, r##"<g class="legend" fill="#333">"##)?;
    for (i, (name, ty)) in present.iter().enumerate() {
        let x = layout::MARGIN + i as f64 * LEGEND_ENTRY;
        let fill = style::fill(*ty);
        writeln!(
            w,
            r#"<g fill="{fill}" stroke="{}">{}</g><text x="{}" y="{}">{}</text>"#,
            stroke(fill),
            outline(style::shape(*ty), x + 14.0, ly, 26.0, 16.0),
            num(x + 32.0),
            num(ly + 4.0),
            name
        )?;
    }
    writeln!(w, "</g>")?;
    writeln!(w, "</svg>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;
    use crate::graph::{Edge, EdgeLabel, Node, NodeType};
    use crate::kinds::{EntityKind, RelationKind};

    fn out(kg: &KnowledgeGraph) -> String {
        let mut v = Vec::new();
        write(kg, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(-0.01), "0");
    }

    #[test]
    fn every_node_has_its_label_and_style() {
        let g = testgraph::small();
        let s = out(&g);
        assert_eq!(s.matches(r#"<g class="node "#).count(), g.node_count());
        for (_, n) in g.nodes() {
            assert!(s.contains(&format!("<title>{}</title>", escape(&n.label))), "{}", n.label);
        }
        assert!(s.contains(r#"<g class="node entity person" data-id="person:ana-perez">"#));
        assert!(s.contains("<ellipse ") && s.contains("<polygon "), "persons and events look different");
        assert!(s.contains(">member_of</text>"));
        assert!(s.contains("5 nodes, 4 edges."), "{s}");
    }

    #[test]
    fn hostile_labels_are_escaped() {
        let s = out(&testgraph::hostile());
        assert!(!s.contains("<script") && !s.contains("</script"));
        assert!(s.contains("<title>Line one&#10;Line two</title>"));
        assert!(s.contains(">Line one</tspan>") && s.contains(">Line two</tspan>"));
    }

    #[test]
    fn large_graphs_show_their_most_connected_nodes_and_say_so() {
        let mut g = KnowledgeGraph::new();
        let hub = g.upsert_node(node("person:hub", "Hub"));
        for k in 0..MAX_NODES + 20 {
            let leaf = g.upsert_node(node(&format!("person:leaf-{k:03}"), &format!("Leaf {k}")));
            g.upsert_edge(hub, leaf, Edge { label: EdgeLabel::Relation(RelationKind::Family), evidence: vec![] });
        }
        let s = out(&g);
        assert_eq!(s.matches(r#"<g class="node "#).count(), MAX_NODES);
        assert!(s.contains("Showing the 80 most connected of 101 nodes and the 79 edges among them (of 100)."), "{s}");
        assert!(s.contains("<title>Hub</title>"));
    }

    #[test]
    fn empty_graph_is_still_a_picture() {
        let s = out(&KnowledgeGraph::new());
        assert!(s.contains("Empty graph") && s.ends_with("</svg>\n"));
    }

    fn node(id: &str, label: &str) -> Node {
        Node {
            id: id.into(),
            ty: NodeType::Entity(EntityKind::Person),
            label: label.into(),
            aliases: Default::default(),
            titles: Default::default(),
            attributes: Default::default(),
            mentions: vec![],
            event: None,
        }
    }
}
