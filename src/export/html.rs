//! A self-contained interactive HTML view: one file with the graph, our own JavaScript and CSS
//! (`html/view.js`, `html/view.css`, embedded at compile time), no network access, no CDN.
//!
//! Reads a graph, lays it out with `layout.rs` (every node; the page pans and zooms) and
//! writes the page. The graph goes into a `<script type="application/json">` block as JSON in
//! which `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes ([`escape_json`]), so no
//! label can close the script element; the script inserts every string into the page as text,
//! never as markup. The view: pan (drag) and zoom (wheel, buttons), search by name or alias
//! (also from the address: `view.html#q=NAME`), a details panel for the clicked node (aliases,
//! titles, mentions, and the evidence of each of its links), filters by type, and an actor-only
//! view that hides events and links the actors that take part in the same event.

use std::io;

use serde::Serialize;

use super::layout::{self, Layout};
use super::style;
use super::xml::escape;
use crate::graph::{Evidence, KnowledgeGraph, NodeType};

const SCRIPT: &str = include_str!("html/view.js");
const STYLE: &str = include_str!("html/view.css");

#[derive(Serialize)]
struct Data<'a> {
    caption: String,
    width: f64,
    height: f64,
    types: Vec<TypeStyle>,
    documents: Vec<Doc<'a>>,
    nodes: Vec<NodeData<'a>>,
    links: Vec<LinkData<'a>>,
}

#[derive(Serialize)]
struct TypeStyle {
    name: &'static str,
    shape: &'static str,
    fill: &'static str,
    stroke: String,
}

#[derive(Serialize)]
struct Doc<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct Ev<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct NodeData<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'static str,
    #[serde(rename = "type")]
    ty: &'static str,
    class: &'static str,
    aliases: Vec<&'a str>,
    titles: Vec<&'a str>,
    attributes: Vec<&'a str>,
    mentions: Vec<Ev<'a>>,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    lines: &'a [String],
}

#[derive(Serialize)]
struct LinkData<'a> {
    source: usize,
    target: usize,
    relation: &'static str,
    evidence: Vec<Ev<'a>>,
}

fn ev(e: &Evidence) -> Ev<'_> {
    Ev { doc: &e.doc, start: e.start, end: e.end, text: &e.text }
}

/// Escapes serialized JSON for a `<script>` element: `<`, `>` and `&` (which JSON only has
/// inside strings) and the line separators U+2028 and U+2029 become `\u` escapes, so the text
/// can neither end the element nor start a comment, and still parses to the same value.
pub fn escape_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

fn data<'a>(kg: &'a KnowledgeGraph, l: &'a Layout<'a>) -> Data<'a> {
    let slot: std::collections::HashMap<_, usize> = l.nodes.iter().enumerate().map(|(i, p)| (p.ix, i)).collect();
    let types = style::legend()
        .into_iter()
        .filter(|(name, _)| l.nodes.iter().any(|p| style::class(p.node.ty) == *name))
        .map(|(name, ty): (&'static str, NodeType)| TypeStyle {
            name,
            shape: style::shape(ty).as_str(),
            fill: style::fill(ty),
            stroke: super::svg::stroke(style::fill(ty)),
        })
        .collect();
    let nodes = l
        .nodes
        .iter()
        .map(|p| {
            let n = p.node;
            NodeData {
                id: &n.id,
                label: &n.label,
                kind: n.kind().as_str(),
                ty: n.ty.as_str(),
                class: style::class(n.ty),
                aliases: n.aliases.iter().map(String::as_str).collect(),
                titles: n.titles.iter().map(String::as_str).collect(),
                attributes: n.attributes.iter().map(String::as_str).collect(),
                mentions: n.mentions.iter().map(ev).collect(),
                x: p.x,
                y: p.y,
                w: p.w,
                h: p.h,
                lines: &p.lines,
            }
        })
        .collect();
    let links = kg
        .edges()
        .into_iter()
        .filter_map(|(a, b, e)| {
            Some(LinkData {
                source: *slot.get(&a)?,
                target: *slot.get(&b)?,
                relation: e.label.as_str(),
                evidence: e.evidence.iter().map(ev).collect(),
            })
        })
        .collect();
    let documents = kg
        .documents()
        .map(|d| Doc { id: &d.id, title: d.title.as_deref(), path: d.path.as_deref(), url: d.url.as_deref() })
        .collect();
    let caption = format!(
        "{} node{}, {} edge{}",
        l.total_nodes,
        if l.total_nodes == 1 { "" } else { "s" },
        l.total_edges,
        if l.total_edges == 1 { "" } else { "s" }
    );
    Data { caption, width: l.width, height: l.height, types, documents, nodes, links }
}

/// The page title: the document's title when the graph holds one document with a title.
fn title(kg: &KnowledgeGraph) -> String {
    let docs: Vec<_> = kg.documents().collect();
    match docs.as_slice() {
        [d] => format!("newsgraph: {}", d.title.as_deref().unwrap_or(&d.id)),
        _ => format!("newsgraph: {} documents", docs.len()),
    }
}

/// Writes the graph as one self-contained interactive HTML page.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let l = layout::layout(kg, None);
    let json = serde_json::to_string(&data(kg, &l)).map_err(io::Error::other)?;
    let title = escape(&title(kg));
    write!(
        w,
        r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newsgraph {version}">
<title>{title}</title>
<style>
{STYLE}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<input id="search" type="search" placeholder="Search a name or alias" aria-label="Search a name or alias" autocomplete="off">
<span id="count" aria-live="polite"></span>
<label><input id="actors" type="checkbox"> actors only</label>
<span id="filters" aria-label="Show types"></span>
<span class="zoom"><button id="zoom-in" title="Zoom in">+</button><button id="zoom-out" title="Zoom out">−</button><button id="zoom-fit" title="Fit to window">fit</button></span>
</header>
<main>
<svg id="view" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="knowledge graph">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#777"></path></marker></defs>
<g id="viewport"><g id="links"></g><g id="link-labels"></g><g id="nodes"></g></g>
</svg>
<aside id="side">
<ul id="results"></ul>
<section id="details"><p class="hint">Click a node to see its names, mentions and evidence. Drag to pan, scroll to zoom.</p></section>
</aside>
</main>
<footer id="caption"></footer>
<script type="application/json" id="graph-data">{json}</script>
<script>
{SCRIPT}</script>
</body>
</html>
"##,
        version = env!("CARGO_PKG_VERSION"),
        json = escape_json(&json),
    )
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

    fn embedded(page: &str) -> serde_json::Value {
        let start = page.find(r#"id="graph-data">"#).unwrap() + r#"id="graph-data">"#.len();
        let end = start + page[start..].find("</script>").unwrap();
        serde_json::from_str(&page[start..end]).unwrap()
    }

    #[test]
    fn json_escape_keeps_the_value() {
        let raw = serde_json::to_string(&serde_json::json!({"a": "</script><!-- & \u{2028}"})).unwrap();
        let esc = escape_json(&raw);
        assert!(!esc.contains('<') && !esc.contains('&') && !esc.contains('\u{2028}'));
        assert_eq!(serde_json::from_str::<serde_json::Value>(&esc).unwrap()["a"], "</script><!-- & \u{2028}");
    }

    #[test]
    fn hostile_labels_cannot_break_out() {
        let page = out(&testgraph::hostile());
        // the only script end tags are ours: one for the data, one for the code
        assert_eq!(page.matches("</script").count(), 2);
        assert!(!page.contains("<!-- end"));
        let data = embedded(&page);
        let labels: Vec<&str> =
            data["nodes"].as_array().unwrap().iter().map(|n| n["label"].as_str().unwrap()).collect();
        for l in testgraph::HOSTILE_LABELS {
            assert!(labels.contains(l), "{l:?}");
        }
    }

    #[test]
    fn self_contained() {
        let page = out(&testgraph::small());
        for needle in ["http://", "https://", "src=", "<link", "@import", "fetch(", "XMLHttpRequest"] {
            let hits: Vec<&str> =
                page.lines().filter(|l| l.contains(needle) && !l.contains("www.w3.org/2000/svg")).collect();
            assert!(hits.is_empty(), "{needle}: {hits:?}");
        }
    }

    #[test]
    fn embeds_every_node_and_edge_with_positions() {
        let g = testgraph::small();
        let data = embedded(&out(&g));
        assert_eq!(data["nodes"].as_array().unwrap().len(), g.node_count());
        assert_eq!(data["links"].as_array().unwrap().len(), g.edge_count());
        assert!(
            data["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .all(|n| n["x"].as_f64().is_some() && n["w"].as_f64().unwrap() > 0.0)
        );
        assert_eq!(data["documents"][0]["title"], "A small story");
    }
}
