//! Node-link JSON: the graph as networkx's `node_link_graph(data, edges="links")` reads it,
//! and the format `newsgraph query` and `build --update` read back.
//!
//! Written through private, borrowing `Serialize` structs (the model types do not derive
//! `Serialize`); read through owned `Deserialize` structs that report the line and column of
//! any problem. Format: `docs/json-format.md`.

use std::io;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::graph::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeType, Time};
use crate::kinds::{EntityKind, EventKind, Modality};

#[derive(Serialize, Deserialize)]
struct JEvidence {
    doc: String,
    start: usize,
    end: usize,
    text: String,
}

#[derive(Serialize)]
struct JGraph<'a> {
    directed: bool,
    multigraph: bool,
    graph: JMeta<'a>,
    nodes: Vec<JNode<'a>>,
    links: Vec<JLink<'a>>,
}

#[derive(Serialize)]
struct JMeta<'a> {
    generator: &'static str,
    version: &'static str,
    documents: Vec<JDoc<'a>>,
}

#[derive(Serialize)]
struct JDoc<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct JNode<'a> {
    id: &'a str,
    kind: &'static str,
    #[serde(rename = "type")]
    ty: &'static str,
    label: &'a str,
    aliases: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    titles: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attributes: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ace: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cameo: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<JTime<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    documents: Vec<&'a str>,
    mentions: Vec<JEv<'a>>,
}

#[derive(Serialize)]
struct JTime<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
    doc: &'a str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JEv<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JLink<'a> {
    source: &'a str,
    target: &'a str,
    relation: &'static str,
    weight: usize,
    evidence: Vec<JEv<'a>>,
}

fn ev(e: &Evidence) -> JEv<'_> {
    JEv { doc: &e.doc, start: e.start, end: e.end, text: &e.text }
}

/// Writes the graph as pretty-printed node-link JSON.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let docs = kg
        .documents()
        .map(|d| JDoc {
            id: &d.id,
            path: d.path.as_deref(),
            title: d.title.as_deref(),
            date: d.date.as_deref(),
            source: d.source.as_deref(),
            url: d.url.as_deref(),
        })
        .collect();
    let nodes = kg
        .nodes()
        .map(|(_, n)| {
            let ek = n.event_kind();
            let info = n.event.as_ref();
            JNode {
                id: &n.id,
                kind: n.kind().as_str(),
                ty: n.ty.as_str(),
                label: &n.label,
                aliases: n.aliases.iter().map(String::as_str).collect(),
                titles: n.titles.iter().map(String::as_str).collect(),
                attributes: n.attributes.iter().map(String::as_str).collect(),
                ace: ek.and_then(EventKind::ace),
                cameo: ek.and_then(EventKind::cameo),
                modality: info.map(|i| i.modality.as_str()),
                time: info.and_then(|i| i.time.as_ref()).map(|t| JTime {
                    text: &t.evidence.text,
                    value: t.value.as_deref(),
                    doc: &t.evidence.doc,
                    start: t.evidence.start,
                    end: t.evidence.end,
                }),
                source: info.and_then(|i| i.source.as_deref()),
                documents: n.documents().into_iter().collect(),
                mentions: n.mentions.iter().map(ev).collect(),
            }
        })
        .collect();
    let links = kg
        .edges()
        .into_iter()
        .map(|(a, b, e)| JLink {
            source: &kg.node(a).id,
            target: &kg.node(b).id,
            relation: e.label.as_str(),
            weight: e.evidence.len(),
            evidence: e.evidence.iter().map(ev).collect(),
        })
        .collect();
    let g = JGraph {
        directed: true,
        multigraph: true,
        graph: JMeta { generator: "newsgraph", version: env!("CARGO_PKG_VERSION"), documents: docs },
        nodes,
        links,
    };
    serde_json::to_writer_pretty(&mut *w, &g).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

#[derive(Deserialize)]
struct RGraph {
    #[serde(default)]
    graph: Option<RMeta>,
    nodes: Vec<RNode>,
    #[serde(alias = "edges")]
    links: Vec<RLink>,
}

#[derive(Deserialize)]
struct RMeta {
    #[serde(default)]
    documents: Vec<RDoc>,
}

#[derive(Deserialize)]
struct RDoc {
    id: String,
    path: Option<String>,
    title: Option<String>,
    date: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
struct RNode {
    id: String,
    kind: String,
    #[serde(rename = "type")]
    ty: String,
    label: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    titles: Vec<String>,
    #[serde(default)]
    attributes: Vec<String>,
    #[serde(default)]
    modality: Option<String>,
    #[serde(default)]
    time: Option<RTime>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    mentions: Vec<JEvidence>,
}

#[derive(Deserialize)]
struct RTime {
    text: String,
    value: Option<String>,
    doc: String,
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct RLink {
    source: String,
    target: String,
    relation: String,
    #[serde(default)]
    evidence: Vec<JEvidence>,
}

fn evidence(e: JEvidence) -> Evidence {
    Evidence { doc: e.doc, start: e.start, end: e.end, text: e.text }
}

/// Reads a graph written by [`write`]. `path` only names the source in errors.
///
/// # Errors
/// [`Error::BadGraph`] with the line and column of a JSON or schema problem.
pub fn read(text: &str, path: &std::path::Path) -> Result<KnowledgeGraph, Error> {
    let bad =
        |line: usize, column: usize, reason: String| Error::BadGraph { path: path.to_path_buf(), line, column, reason };
    // serde_json counts a position before a line's first character as column 0 (and an empty
    // text as line 1, column 0); the error says 1-based line and column
    let g: RGraph = serde_json::from_str(text).map_err(|e| bad(e.line().max(1), e.column().max(1), e.to_string()))?;
    let mut kg = KnowledgeGraph::new();
    for d in g.graph.map(|m| m.documents).unwrap_or_default() {
        kg.add_document_info(DocInfo {
            id: d.id,
            path: d.path,
            title: d.title,
            date: d.date,
            source: d.source,
            url: d.url,
        });
    }
    let where_is = |needle: &str| -> (usize, usize) {
        let pos = text.find(needle).unwrap_or(0);
        let line = text[..pos].matches('\n').count() + 1;
        let col = pos - text[..pos].rfind('\n').map_or(0, |p| p + 1) + 1;
        (line, col)
    };
    for n in g.nodes {
        let ty = match n.kind.as_str() {
            "entity" => EntityKind::parse(&n.ty).map(NodeType::Entity),
            "event" => EventKind::parse(&n.ty).map(NodeType::Event),
            _ => None,
        };
        let Some(ty) = ty else {
            let (l, c) = where_is(&format!("\"{}\"", n.id));
            return Err(bad(l, c, format!("node '{}' has unknown kind/type '{}'/'{}'", n.id, n.kind, n.ty)));
        };
        let event = matches!(ty, NodeType::Event(_)).then(|| EventInfo {
            modality: n.modality.as_deref().and_then(Modality::parse).unwrap_or(Modality::Asserted),
            time: n.time.map(|t| Time {
                evidence: Evidence { doc: t.doc, start: t.start, end: t.end, text: t.text },
                value: t.value,
            }),
            source: n.source,
        });
        let mut mentions: Vec<Evidence> = n.mentions.into_iter().map(evidence).collect();
        mentions.sort();
        kg.upsert_node(Node {
            id: n.id,
            ty,
            label: n.label,
            aliases: n.aliases.into_iter().collect(),
            titles: n.titles.into_iter().collect(),
            attributes: n.attributes.into_iter().collect(),
            mentions,
            event,
        });
    }
    for l in g.links {
        let (Some(a), Some(b)) = (kg.find(&l.source), kg.find(&l.target)) else {
            let (li, c) = where_is(&format!("\"source\": \"{}\"", l.source));
            return Err(bad(li, c, format!("link '{}' -> '{}' names a node that does not exist", l.source, l.target)));
        };
        let Some(label) = EdgeLabel::parse(&l.relation) else {
            let (li, c) = where_is(&format!("\"relation\": \"{}\"", l.relation));
            return Err(bad(li, c, format!("unknown relation '{}'", l.relation)));
        };
        let mut evidence_list: Vec<Evidence> = l.evidence.into_iter().map(evidence).collect();
        evidence_list.sort();
        kg.upsert_edge(a, b, Edge { label, evidence: evidence_list });
    }
    Ok(kg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    fn graph() -> KnowledgeGraph {
        let doc = Document::new("d", "Police in Peru arrested Juan Carlos Mendez in Lima on Monday.");
        let mut g = KnowledgeGraph::new();
        g.add(&doc, &extract(&doc));
        g
    }

    #[test]
    fn round_trip_is_identical() {
        let g = graph();
        let mut a = Vec::new();
        write(&g, &mut a).unwrap();
        let g2 = read(std::str::from_utf8(&a).unwrap(), std::path::Path::new("x.json")).unwrap();
        let mut b = Vec::new();
        write(&g2, &mut b).unwrap();
        assert_eq!(String::from_utf8(a).unwrap(), String::from_utf8(b).unwrap());
    }

    #[test]
    fn errors_have_line_and_column() {
        let e = read("{\n  \"nodes\": [,]\n}", std::path::Path::new("g.json")).unwrap_err();
        let msg = e.to_string();
        assert!(msg.starts_with("g.json: invalid graph JSON at line 2, column"), "{msg}");
    }

    #[test]
    fn an_empty_text_is_line_1_column_1() {
        // See: issue #8 (found by the property tests: column 0)
        let e = read("", std::path::Path::new("g.json")).unwrap_err();
        assert!(e.to_string().starts_with("g.json: invalid graph JSON at line 1, column 1: "), "{e}");
    }

    #[test]
    fn top_level_fields() {
        let mut out = Vec::new();
        write(&graph(), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["directed"], true);
        assert_eq!(v["graph"]["generator"], "newsgraph");
        assert!(v["nodes"].as_array().unwrap().iter().any(|n| n["kind"] == "event" && n["type"] == "arrest"));
        assert!(v["links"].as_array().unwrap().iter().all(|l| l["evidence"].as_array().is_some_and(|e| !e.is_empty())));
    }
}
