//! Exporters: one module per output format, all with the same signature
//! `write(&KnowledgeGraph, &mut impl io::Write) -> io::Result<()>`.
//!
//! [`Format`] names the formats and their file extensions; [`write()`] dispatches; [`write_file`]
//! writes a file atomically (a temporary file in the same folder, then a rename), so a failed
//! run never leaves a half-written graph behind; [`write_graph_file`] writes every file of a
//! format (one, except Neo4j's three). Shared pieces: `xml` (escaping), `attrs` (the attribute
//! table of the tabular formats), `style` (colours and shapes), `layout` (node placement for
//! SVG and HTML). What each format is for and how to open it: `docs/formats.md`.
//!
//! Flow: graph -> **export** -> files or standard output.

mod attrs;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod jsonl;
mod layout;
pub mod mermaid;
pub mod neo4j;
mod style;
pub mod svg;
#[cfg(test)]
pub(crate) mod testgraph;
mod xml;

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// Node-link JSON (networkx, newsgraph query).
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML (yEd, Gephi, Cytoscape, networkx).
    Graphml,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// Cytoscape.js JSON (Cytoscape.js, Cytoscape desktop, networkx).
    Cytoscape,
    /// Neo4j: a Cypher script plus CSV files for `neo4j-admin database import`.
    Neo4j,
    /// Mermaid flowchart (Markdown renderers).
    Mermaid,
    /// SVG picture drawn by newsgraph.
    Svg,
    /// Self-contained interactive HTML view.
    Html,
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[
        Format::Json,
        Format::Dot,
        Format::Graphml,
        Format::Gexf,
        Format::Cytoscape,
        Format::Neo4j,
        Format::Mermaid,
        Format::Svg,
        Format::Html,
    ];

    /// Its name on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Cytoscape => "cytoscape",
            Format::Neo4j => "neo4j",
            Format::Mermaid => "mermaid",
            Format::Svg => "svg",
            Format::Html => "html",
        }
    }

    /// The file extension it is written with (for Neo4j, that of the Cypher script; the CSV
    /// files sit beside it, see [`neo4j::Paths`]).
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Cytoscape => "cyjs",
            Format::Neo4j => "cypher",
            Format::Mermaid => "mmd",
            Format::Svg => "svg",
            Format::Html => "html",
        }
    }

    /// The format with this name.
    ///
    /// # Errors
    /// [`Error::UnknownFormat`] listing the known names.
    pub fn parse(name: &str) -> Result<Format> {
        Format::ALL.iter().copied().find(|f| f.name().eq_ignore_ascii_case(name)).ok_or_else(|| {
            Error::UnknownFormat(name.to_string(), Format::ALL.iter().map(|f| f.name()).collect::<Vec<_>>().join(", "))
        })
    }

    /// The format a file name's extension implies ("graph.dot" -> DOT). Besides each format's
    /// own extension: `.gv` (DOT), `.cytoscape.json` (Cytoscape), `.csv` (Neo4j), `.mermaid`
    /// (Mermaid), `.htm` (HTML).
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".cytoscape.json") {
            return Some(Format::Cytoscape);
        }
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        let ext = match ext.as_str() {
            "gv" => "dot",
            "csv" => "cypher",
            "mermaid" => "mmd",
            "htm" => "html",
            e => e,
        };
        Format::ALL.iter().copied().find(|f| f.extension() == ext)
    }
}

/// Writes a graph in a format.
///
/// # Errors
/// I/O errors of the writer.
pub fn write<W: io::Write + ?Sized>(kg: &KnowledgeGraph, format: Format, w: &mut W) -> io::Result<()> {
    match format {
        Format::Json => json::write(kg, w),
        Format::Dot => dot::write(kg, w),
        Format::Graphml => graphml::write(kg, w),
        Format::Gexf => gexf::write(kg, w),
        Format::Cytoscape => cytoscape::write(kg, w),
        Format::Neo4j => neo4j::write(kg, w),
        Format::Mermaid => mermaid::write(kg, w),
        Format::Svg => svg::write(kg, w),
        Format::Html => html::write(kg, w),
    }
}

/// Writes `path` atomically: the content goes to a temporary file beside it, which is then
/// renamed over `path`. On any error the temporary file is removed and `path` is untouched.
///
/// # Errors
/// [`Error::Io`] naming `path`.
pub fn write_file(path: &Path, f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let file = fs::File::create(&tmp)?;
        let mut w = io::BufWriter::new(file);
        f(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// Writes a graph to a file atomically; for [`Format::Neo4j`], to its three files (the Cypher
/// script and the two CSV files named by [`neo4j::Paths::new`]), each atomically.
///
/// # Errors
/// [`Error::Io`] naming the file.
pub fn write_graph_file(kg: &KnowledgeGraph, format: Format, path: &Path) -> Result<()> {
    if format == Format::Neo4j {
        let p = neo4j::Paths::new(path);
        write_file(&p.nodes, |w| neo4j::write_nodes_csv(kg, w))?;
        write_file(&p.relationships, |w| neo4j::write_relationships_csv(kg, w))?;
        return write_file(&p.script, |w| neo4j::write(kg, w));
    }
    write_file(path, |w| write(kg, format, w))
}

/// The files [`write_graph_file`] writes for `path`.
pub fn graph_files(format: Format, path: &Path) -> Vec<std::path::PathBuf> {
    if format == Format::Neo4j {
        let p = neo4j::Paths::new(path);
        vec![p.script, p.nodes, p.relationships]
    } else {
        vec![path.to_path_buf()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_and_extensions() {
        assert_eq!(Format::parse("DOT").unwrap(), Format::Dot);
        assert!(Format::parse("xml").unwrap_err().to_string().contains("unknown format 'xml'"));
        assert_eq!(Format::from_path(Path::new("a/b.json")), Some(Format::Json));
        assert_eq!(Format::from_path(Path::new("a/b.gv")), Some(Format::Dot));
        assert_eq!(Format::from_path(Path::new("a/b")), None);
        assert_eq!(Format::from_path(Path::new("a/b.GraphML")), Some(Format::Graphml));
        assert_eq!(Format::from_path(Path::new("a/b.cytoscape.json")), Some(Format::Cytoscape));
        assert_eq!(Format::from_path(Path::new("a/b.cyjs")), Some(Format::Cytoscape));
        assert_eq!(Format::from_path(Path::new("a/b.csv")), Some(Format::Neo4j));
        assert_eq!(Format::from_path(Path::new("a/b.mmd")), Some(Format::Mermaid));
        assert_eq!(Format::from_path(Path::new("a/b.htm")), Some(Format::Html));
    }

    #[test]
    fn every_format_round_trips_its_name_and_extension() {
        for &f in Format::ALL {
            assert_eq!(Format::parse(f.name()).unwrap(), f);
            assert_eq!(Format::from_path(Path::new(&format!("g.{}", f.extension()))), Some(f), "{f:?}");
        }
    }

    #[test]
    fn every_format_writes_the_empty_graph() {
        for &f in Format::ALL {
            let mut out = Vec::new();
            write(&KnowledgeGraph::new(), f, &mut out).unwrap();
            assert!(!out.is_empty(), "{f:?}");
        }
    }

    #[test]
    fn neo4j_writes_three_files() {
        let dir = tempfile::tempdir().unwrap();
        let g = testgraph::small();
        write_graph_file(&g, Format::Neo4j, &dir.path().join("g.cypher")).unwrap();
        let mut names: Vec<String> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        assert_eq!(names, ["g.cypher", "g.nodes.csv", "g.relationships.csv"]);
        assert_eq!(graph_files(Format::Neo4j, &dir.path().join("g.csv")).len(), 3);
    }

    #[test]
    fn failed_write_keeps_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        fs::write(&p, "old").unwrap();
        let r = write_file(&p, |w| {
            w.write_all(b"half")?;
            Err(io::Error::other("boom"))
        });
        assert!(r.is_err());
        assert_eq!(fs::read_to_string(&p).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "temporary file left behind");
    }
}
