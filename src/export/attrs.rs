//! The flat attribute table: what a node or an edge says, as named scalar and list values, for
//! the formats that store attributes in columns (GraphML, GEXF, Cytoscape, Neo4j).
//!
//! Keeping the table in one place means every tabular format carries the same attributes in the
//! same order, under the same names as the node-link JSON. Exporters read a graph, ask this
//! module for each node's and edge's values, and decide only how a list is written. Flow:
//! graph -> **attrs** -> graphml / gexf / cytoscape / neo4j.

use crate::graph::{Edge, Evidence, Node};
use crate::kinds::EventKind;

/// How a value is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AttrType {
    /// One string.
    Text,
    /// A count.
    Int,
    /// Names: written as an array where the format has arrays, else joined with `"; "`.
    List,
    /// Sentences or phrases (which may hold `;`): written as one string, one per line.
    Lines,
}

/// One attribute's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value<'a> {
    /// A string.
    Text(&'a str),
    /// A count.
    Int(usize),
    /// A list (names for [`AttrType::List`], texts for [`AttrType::Lines`]).
    List(Vec<&'a str>),
}

impl Value<'_> {
    /// The value as one string: lists joined by `"; "`, lines by `"\n"`.
    pub(crate) fn joined(&self, ty: AttrType) -> String {
        match self {
            Value::Text(s) => (*s).to_string(),
            Value::Int(n) => n.to_string(),
            Value::List(xs) => xs.join(if ty == AttrType::Lines { "\n" } else { "; " }),
        }
    }

    /// True for an empty string or list (formats leave such values out).
    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Value::Text(s) => s.is_empty(),
            Value::Int(_) => false,
            Value::List(xs) => xs.is_empty(),
        }
    }
}

/// Node attributes, in the order every format declares them.
pub(crate) const NODE_ATTRS: &[(&str, AttrType)] = &[
    ("kind", AttrType::Text),
    ("type", AttrType::Text),
    ("label", AttrType::Text),
    ("aliases", AttrType::List),
    ("titles", AttrType::List),
    ("attributes", AttrType::List),
    ("documents", AttrType::List),
    ("mentions", AttrType::Int),
    ("evidence", AttrType::Lines),
    ("modality", AttrType::Text),
    ("time", AttrType::Text),
    ("time_value", AttrType::Text),
    ("ace", AttrType::Text),
    ("cameo", AttrType::Text),
    ("source", AttrType::Text),
];

/// Edge attributes, in the order every format declares them.
pub(crate) const EDGE_ATTRS: &[(&str, AttrType)] = &[
    ("relation", AttrType::Text),
    ("weight", AttrType::Int),
    ("documents", AttrType::List),
    ("evidence", AttrType::Lines),
];

/// Distinct evidence texts in evidence order (first occurrence wins).
fn texts(evidence: &[Evidence]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for e in evidence {
        if !out.contains(&e.text.as_ref()) {
            out.push(&e.text);
        }
    }
    out
}

/// A node's values, one per [`NODE_ATTRS`] entry (`None` where the node has none).
pub(crate) fn node_values(n: &Node) -> Vec<Option<Value<'_>>> {
    let info = n.event.as_ref();
    let time = info.and_then(|i| i.time.as_ref());
    let ek = n.event_kind();
    fn list(s: &std::collections::BTreeSet<String>) -> Option<Value<'_>> {
        Some(Value::List(s.iter().map(String::as_str).collect()))
    }
    vec![
        Some(Value::Text(n.kind().as_str())),
        Some(Value::Text(n.ty.as_str())),
        Some(Value::Text(&n.label)),
        list(&n.aliases),
        list(&n.titles),
        list(&n.attributes),
        Some(Value::List(n.documents().into_iter().collect())),
        Some(Value::Int(n.mentions.len())),
        Some(Value::List(texts(&n.mentions))),
        info.map(|i| Value::Text(i.modality.as_str())),
        time.map(|t| Value::Text(&t.evidence.text)),
        time.and_then(|t| t.value.as_deref()).map(Value::Text),
        ek.and_then(EventKind::ace).map(Value::Text),
        ek.and_then(EventKind::cameo).map(Value::Text),
        info.and_then(|i| i.source.as_deref()).map(Value::Text),
    ]
}

/// An edge's values, one per [`EDGE_ATTRS`] entry.
pub(crate) fn edge_values(e: &Edge) -> Vec<Option<Value<'_>>> {
    let mut docs: Vec<&str> = e.evidence.iter().map(|x| x.doc.as_ref()).collect();
    docs.sort_unstable();
    docs.dedup();
    vec![
        Some(Value::Text(e.label.as_str())),
        Some(Value::Int(e.evidence.len())),
        Some(Value::List(docs)),
        Some(Value::List(texts(&e.evidence))),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn one_value_per_declared_attribute() {
        let g = testgraph::small();
        for (_, n) in g.nodes() {
            assert_eq!(node_values(n).len(), NODE_ATTRS.len());
        }
        for (_, _, e) in g.edges() {
            assert_eq!(edge_values(e).len(), EDGE_ATTRS.len());
        }
    }

    #[test]
    fn evidence_texts_are_distinct_and_lines_keep_semicolons() {
        let g = testgraph::small();
        let (_, n) = g.nodes().find(|(_, n)| n.label == "Ana Pérez").unwrap();
        let v = node_values(n);
        let ev = v[8].as_ref().unwrap();
        assert_eq!(ev, &Value::List(vec!["Ana Pérez", "Pérez"]));
        assert_eq!(Value::List(vec!["a; b", "c"]).joined(AttrType::Lines), "a; b\nc");
        assert_eq!(Value::List(vec!["a", "b"]).joined(AttrType::List), "a; b");
    }

    #[test]
    fn event_only_values_are_absent_on_entities() {
        let g = testgraph::small();
        let (_, n) = g.nodes().find(|(_, n)| n.label == "Ana Pérez").unwrap();
        let v = node_values(n);
        assert!(v[9..].iter().all(Option::is_none));
        let (_, ev) = g.nodes().find(|(_, n)| n.event.is_some()).unwrap();
        assert_eq!(node_values(ev)[9], Some(Value::Text("asserted")));
    }
}
