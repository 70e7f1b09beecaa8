//! Partial graphs as JSON Lines: one whole graph per line, the format `newsgraph extract`
//! writes and `newsgraph merge` reads.
//!
//! A line is the node-link JSON of [`super::json`] without its layout whitespace, so each line
//! reads back with [`super::json::read`] and a stream of them can be split, shuffled and
//! concatenated by line-oriented tools (Spark's `RDD.pipe`, `split`, `cat`). String contents are
//! untouched: JSON escapes every control character inside strings, so only whitespace between
//! tokens is removed.
//!
//! Flow: KnowledgeGraph -> **jsonl** -> stream -> **jsonl** -> KnowledgeGraph.

use std::io::{self, Write};
use std::path::Path;

use crate::error::Error;
use crate::graph::KnowledgeGraph;

/// Writes `kg` as one line of JSON, ending in `\n`.
///
/// # Errors
/// I/O errors of the writer.
pub fn write_line<W: Write + ?Sized>(kg: &KnowledgeGraph, w: &mut W) -> io::Result<()> {
    let mut pretty = Vec::new();
    super::json::write(kg, &mut pretty)?;
    let line = minify(&pretty);
    w.write_all(&line)?;
    w.write_all(b"\n")
}

/// Reads one line written by [`write_line`]; `path` and `line` (1-based) name it in errors.
///
/// # Errors
/// [`Error::BadRecord`] naming the file, the line and the column of the problem.
pub fn read_line(text: &str, path: &Path, line: usize) -> Result<KnowledgeGraph, Error> {
    super::json::read(text, path).map_err(|e| match e {
        Error::BadGraph { column, reason, .. } => Error::BadRecord {
            path: path.to_path_buf(),
            line,
            reason: format!("invalid graph JSON at column {column}: {reason}"),
        },
        other => other,
    })
}

/// Removes whitespace outside JSON strings.
fn minify(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for &b in json {
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if b == b'"' {
            in_string = true;
            out.push(b);
        } else if !b.is_ascii_whitespace() {
            out.push(b);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    #[test]
    fn minify_keeps_strings() {
        let s = br#"{
  "a": "x  y \" z\\",
  "b": [ 1, 2 ]
}"#;
        assert_eq!(minify(s), br#"{"a":"x  y \" z\\","b":[1,2]}"#.to_vec());
    }

    #[test]
    fn a_line_reads_back_to_the_same_graph() {
        let doc = Document::new("d", "Police in Peru arrested Juan Carlos Mendez in Lima on Monday.\nHe denied it.");
        let mut g = KnowledgeGraph::new();
        g.add(&doc, &extract(&doc));
        let mut line = Vec::new();
        write_line(&g, &mut line).unwrap();
        assert_eq!(line.iter().filter(|&&b| b == b'\n').count(), 1);
        let back = read_line(std::str::from_utf8(&line).unwrap(), Path::new("-"), 1).unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        super::super::json::write(&g, &mut a).unwrap();
        super::super::json::write(&back, &mut b).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn errors_name_the_line() {
        let e = read_line("{\"nodes\": [,]}", Path::new("parts.jsonl"), 7).unwrap_err();
        assert!(e.to_string().starts_with("parts.jsonl: line 7: invalid graph JSON at column"), "{e}");
    }
}
