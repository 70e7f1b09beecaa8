//! Neo4j: CSV files for `neo4j-admin database import`, and a Cypher script of `MERGE`
//! statements for loading into a running server.
//!
//! The format is three files with one stem (see [`Paths`]): `STEM.cypher` (the script, which is
//! also what [`write()`] writes, e.g. to standard output), `STEM.nodes.csv` and
//! `STEM.relationships.csv`. The CSV headers use neo4j-admin's typed columns: `id:ID`, `:LABEL`
//! (`Entity;Person`, `Event;Arrest`), `:START_ID`, `:END_ID`, `:TYPE` (`AGENT`, `MEMBER_OF`),
//! `mentions:int`, and `string[]` arrays separated by `;` (a `;` inside an array element
//! becomes `,`, since neo4j-admin has no escape for its array delimiter). Every text field is
//! quoted with inner quotes doubled; absent values are left empty, which neo4j-admin reads as
//! "no property". Evidence texts (which may hold `;` and line breaks) are one string with one
//! text per line, so imports need `--multiline-fields=true`.
//!
//! The script creates a uniqueness constraint per label, then one `MERGE` per node and per
//! relationship, one statement per line, every string in single quotes with `\`, `'`, line
//! breaks and other control characters escaped. Running it twice changes nothing.

use std::io;
use std::path::{Path, PathBuf};

use super::attrs::{self, AttrType, Value};
use crate::graph::{KnowledgeGraph, Node, NodeKind};

/// The three files of a Neo4j export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The Cypher script (`STEM.cypher`).
    pub script: PathBuf,
    /// Nodes for neo4j-admin (`STEM.nodes.csv`).
    pub nodes: PathBuf,
    /// Relationships for neo4j-admin (`STEM.relationships.csv`).
    pub relationships: PathBuf,
}

impl Paths {
    /// The files for an output path: `-o out/g.cypher`, `out/g.csv`, `out/g.nodes.csv` and
    /// `out/g` all name the stem `out/g`.
    pub fn new(path: &Path) -> Paths {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let stem = [".nodes.csv", ".relationships.csv", ".cypher", ".csv"]
            .iter()
            .find_map(|suffix| name.strip_suffix(suffix).filter(|s| !s.is_empty()))
            .unwrap_or(&name)
            .to_string();
        let with = |suffix: &str| path.with_file_name(format!("{stem}{suffix}"));
        Paths { script: with(".cypher"), nodes: with(".nodes.csv"), relationships: with(".relationships.csv") }
    }
}

/// A node label: the type name with its first letter in upper case (`person` -> `Person`).
fn label_name(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// The kind label of a node (`Entity` or `Event`).
fn kind_label(n: &Node) -> &'static str {
    match n.kind() {
        NodeKind::Entity => "Entity",
        NodeKind::Event => "Event",
    }
}

/// A relationship type: the relation in upper case (`member_of` -> `MEMBER_OF`).
fn rel_type(s: &str) -> String {
    s.to_ascii_uppercase()
}

/// Quotes a CSV field: always in double quotes, inner quotes doubled.
pub fn csv_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// A CSV field for a value: empty when absent, bare numbers, quoted text, `;`-joined arrays.
fn csv_field(v: Option<Value<'_>>, ty: AttrType) -> String {
    match v {
        None => String::new(),
        Some(v) if v.is_empty() => String::new(),
        Some(Value::Int(n)) => n.to_string(),
        Some(Value::List(xs)) if ty == AttrType::List => {
            csv_quote(&xs.iter().map(|x| x.replace(';', ",")).collect::<Vec<_>>().join(";"))
        }
        Some(v) => csv_quote(&v.joined(ty)),
    }
}

fn csv_header(name: &str, ty: AttrType) -> String {
    match ty {
        AttrType::Int => format!("{name}:int"),
        AttrType::List => format!("{name}:string[]"),
        AttrType::Text | AttrType::Lines => name.to_string(),
    }
}

/// Writes the nodes file for `neo4j-admin database import --nodes=...`.
///
/// # Errors
/// I/O errors of the writer.
pub fn write_nodes_csv<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let mut header = vec!["id:ID".to_string(), ":LABEL".to_string()];
    header.extend(attrs::NODE_ATTRS.iter().map(|(n, t)| csv_header(n, *t)));
    writeln!(w, "{}", header.join(","))?;
    for (_, n) in kg.nodes() {
        let mut row = vec![csv_quote(&n.id), format!("{};{}", kind_label(n), label_name(n.ty.as_str()))];
        for ((_, ty), v) in attrs::NODE_ATTRS.iter().zip(attrs::node_values(n)) {
            row.push(csv_field(v, *ty));
        }
        writeln!(w, "{}", row.join(","))?;
    }
    Ok(())
}

/// Writes the relationships file for `neo4j-admin database import --relationships=...`.
///
/// # Errors
/// I/O errors of the writer.
pub fn write_relationships_csv<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let mut header = vec![":START_ID".to_string(), ":END_ID".to_string(), ":TYPE".to_string()];
    header.extend(attrs::EDGE_ATTRS.iter().map(|(n, t)| csv_header(n, *t)));
    writeln!(w, "{}", header.join(","))?;
    for (a, b, e) in kg.edges() {
        let mut row = vec![csv_quote(&kg.node(a).id), csv_quote(&kg.node(b).id), rel_type(e.label.as_str())];
        for ((_, ty), v) in attrs::EDGE_ATTRS.iter().zip(attrs::edge_values(e)) {
            row.push(csv_field(v, *ty));
        }
        writeln!(w, "{}", row.join(","))?;
    }
    Ok(())
}

/// Escapes text as a single-quoted Cypher string literal (quotes included).
pub fn cypher_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

fn cypher_value(v: &Value<'_>, ty: AttrType) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::List(xs) if ty == AttrType::List => {
            format!("[{}]", xs.iter().map(|x| cypher_string(x)).collect::<Vec<_>>().join(", "))
        }
        v => cypher_string(&v.joined(ty)),
    }
}

fn cypher_map(values: Vec<Option<Value<'_>>>, table: &[(&str, AttrType)]) -> String {
    let items: Vec<String> = table
        .iter()
        .zip(values)
        .filter_map(|((name, ty), v)| v.filter(|v| !v.is_empty()).map(|v| format!("{name}: {}", cypher_value(&v, *ty))))
        .collect();
    format!("{{{}}}", items.join(", "))
}

/// Writes the Cypher script: constraints, then one `MERGE` per node and relationship.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    writeln!(
        w,
        "// newsgraph {}: {} nodes, {} relationships.",
        env!("CARGO_PKG_VERSION"),
        kg.node_count(),
        kg.edge_count()
    )?;
    writeln!(w, "// Load into a running Neo4j with: cypher-shell -u USER -p PASSWORD -f FILE.cypher")?;
    writeln!(w, "CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;")?;
    writeln!(w, "CREATE CONSTRAINT newsgraph_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;")?;
    for (_, n) in kg.nodes() {
        writeln!(
            w,
            "MERGE (n:{} {{id: {}}}) SET n:{}, n += {};",
            kind_label(n),
            cypher_string(&n.id),
            label_name(n.ty.as_str()),
            cypher_map(attrs::node_values(n), attrs::NODE_ATTRS)
        )?;
    }
    for (a, b, e) in kg.edges() {
        let (na, nb) = (kg.node(a), kg.node(b));
        writeln!(
            w,
            "MATCH (a:{} {{id: {}}}), (b:{} {{id: {}}}) MERGE (a)-[r:{}]->(b) SET r += {};",
            kind_label(na),
            cypher_string(&na.id),
            kind_label(nb),
            cypher_string(&nb.id),
            rel_type(e.label.as_str()),
            cypher_map(attrs::edge_values(e), attrs::EDGE_ATTRS)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    fn out(f: fn(&KnowledgeGraph, &mut Vec<u8>) -> io::Result<()>, kg: &KnowledgeGraph) -> String {
        let mut v = Vec::new();
        f(kg, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    /// CSV records: line breaks outside quoted fields.
    fn records(csv: &str) -> usize {
        let mut quoted = false;
        csv.chars()
            .filter(|&c| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == '\n' && !quoted
            })
            .count()
    }

    #[test]
    fn cypher_strings_escape_quotes_backslashes_and_breaks() {
        assert_eq!(cypher_string(r"O'Name \ x"), r"'O\'Name \\ x'");
        assert_eq!(cypher_string("a\nb\r\tc\u{1}"), r"'a\nb\r\tc\u0001'");
        assert_eq!(cypher_string("Zoë \"q\""), "'Zoë \"q\"'");
    }

    #[test]
    fn csv_fields_double_quotes() {
        assert_eq!(csv_quote(r#"say "hi", then"#), r#""say ""hi"", then""#);
        assert_eq!(csv_field(Some(Value::List(vec!["a;b", "c"])), AttrType::List), r#""a,b;c""#);
        assert_eq!(csv_field(Some(Value::List(vec!["a;b", "c"])), AttrType::Lines), "\"a;b\nc\"");
        assert_eq!(csv_field(None, AttrType::Text), "");
    }

    #[test]
    fn headers_and_rows() {
        let g = testgraph::small();
        let nodes = out(write_nodes_csv, &g);
        let header = nodes.lines().next().unwrap();
        assert!(header.starts_with("id:ID,:LABEL,kind,type,label,aliases:string[],"), "{header}");
        assert!(
            nodes.contains(r#""person:ana-perez",Entity;Person,"entity","person","Ana Pérez","Pérez","activist""#),
            "{nodes}"
        );
        assert!(nodes.contains("Event;Arrest"));
        let rels = out(write_relationships_csv, &g);
        assert!(
            rels.starts_with(":START_ID,:END_ID,:TYPE,relation,weight:int,documents:string[],evidence\n"),
            "{rels}"
        );
        assert!(
            rels.contains(r#""person:ana-perez","organization:rio-verde-cooperative",MEMBER_OF,"member_of",2,"d1","#)
        );
        assert_eq!(records(&rels), 1 + g.edge_count(), "one record per edge, though evidence spans lines");
        assert_eq!(records(&nodes), 1 + g.node_count());
    }

    #[test]
    fn script_merges_every_node_and_relationship() {
        let g = testgraph::small();
        let s = out(write, &g);
        assert_eq!(s.lines().filter(|l| l.starts_with("MERGE (n:")).count(), g.node_count());
        assert_eq!(s.lines().filter(|l| l.starts_with("MATCH (a:")).count(), g.edge_count());
        assert!(s.contains("MERGE (n:Entity {id: 'person:ana-perez'}) SET n:Person, n += {kind: 'entity', type: 'person', label: 'Ana Pérez', aliases: ['Pérez'],"), "{s}");
    }

    #[test]
    fn hostile_script_keeps_one_statement_per_line() {
        let s = out(write, &testgraph::hostile());
        for line in s.lines().filter(|l| !l.starts_with("//")) {
            assert!(line.ends_with(';'), "{line}");
            // outside string literals there are no quotes left unbalanced
            let unescaped = line.replace("\\\\", "").replace("\\'", "");
            assert_eq!(unescaped.matches('\'').count() % 2, 0, "{line}");
        }
        assert!(s.contains(r#"label: 'Dr. "Bad" \\ O\'Name'"#), "{s}");
    }

    #[test]
    fn paths_share_a_stem() {
        for p in ["out/g.cypher", "out/g.csv", "out/g.nodes.csv", "out/g.relationships.csv", "out/g"] {
            let ps = Paths::new(Path::new(p));
            assert_eq!(ps.script, Path::new("out/g.cypher"), "{p}");
            assert_eq!(ps.nodes, Path::new("out/g.nodes.csv"));
            assert_eq!(ps.relationships, Path::new("out/g.relationships.csv"));
        }
    }
}
