//! Exporters: one module per output format, all with the same signature
//! `write(&KnowledgeGraph, &mut impl io::Write) -> io::Result<()>`.
//!
//! [`Format`] names the formats; [`write`] dispatches; [`write_file`] writes a file atomically
//! (a temporary file in the same folder, then a rename), so a failed run never leaves a
//! half-written graph behind.
//!
//! Flow: graph -> **export** -> files or standard output.

pub mod dot;
pub mod json;

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
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[Format::Json, Format::Dot];

    /// Its name on the command line.
    pub const fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
        }
    }

    /// The file extension it is written with.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
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

    /// The format a file name's extension implies ("graph.dot" -> DOT).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        let ext = if ext.eq_ignore_ascii_case("gv") { "dot" } else { ext };
        Format::ALL.iter().copied().find(|f| f.extension().eq_ignore_ascii_case(ext))
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

/// Writes a graph to a file atomically.
///
/// # Errors
/// [`Error::Io`] naming the file.
pub fn write_graph_file(kg: &KnowledgeGraph, format: Format, path: &Path) -> Result<()> {
    write_file(path, |w| write(kg, format, w))
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
