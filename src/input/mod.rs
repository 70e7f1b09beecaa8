//! Input: turns paths into [`Document`]s.
//!
//! Reads files (`*.txt`, `*.md`: one document each, with optional front matter; `*.jsonl`: one
//! document per line), folders (recursively, in sorted order), and `-` for standard input.
//! Problems with one file or one record are returned as an `Err` item for that file or line
//! and reading goes on with the rest, so one bad document never stops a build.
//!
//! Flow: **paths -> input -> Document** -> extraction.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::{Document, Meta};

/// Extensions read when walking a folder.
pub const EXTENSIONS: &[&str] = &["txt", "md", "jsonl"];

/// How to read input.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Decode invalid UTF-8 lossily (with a warning) instead of skipping the file.
    pub lossy: bool,
}

/// One input source: a file and the document id it gets, or standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The path as the user gave it (or found under a folder); `-` for standard input.
    pub path: PathBuf,
    /// The id its document gets (for JSON Lines: the prefix of ids of records without one).
    pub id: String,
    /// Found while walking a folder rather than named by the user. Only regular files are read
    /// then: a FIFO or device that happens to be called `*.txt` would block or never end.
    pub walked: bool,
}

impl Source {
    /// True for standard input.
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// True for a JSON Lines file.
    pub fn is_jsonl(&self) -> bool {
        self.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
    }
}

/// Expands files and folders into a sorted list of sources with unique document ids.
///
/// # Errors
/// [`Error::MissingPath`] for a path that does not exist, [`Error::Io`] for a folder that
/// cannot be listed.
pub fn sources(paths: &[PathBuf]) -> Result<Vec<Source>> {
    let mut files: Vec<(PathBuf, bool)> = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push((p.clone(), false));
            continue;
        }
        let meta = fs::metadata(p).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => Error::MissingPath(p.clone()),
            _ => Error::io(p, e),
        })?;
        if meta.is_dir() {
            walk(p, &mut files)?;
        } else {
            files.push((p.clone(), false));
        }
    }
    let mut stems: BTreeMap<String, usize> = BTreeMap::new();
    for (f, _) in &files {
        *stems.entry(stem(f)).or_default() += 1;
    }
    Ok(files
        .into_iter()
        .map(|(path, walked)| {
            let s = stem(&path);
            let id = if stems[&s] > 1 && path.as_os_str() != "-" {
                path.with_extension("").to_string_lossy().replace(['/', '\\'], "_")
            } else {
                s
            };
            Source { path, id, walked }
        })
        .collect())
}

fn stem(p: &Path) -> String {
    if p.as_os_str() == "-" {
        return "stdin".into();
    }
    p.file_stem().map_or_else(|| "doc".into(), |s| s.to_string_lossy().into_owned())
}

fn walk(dir: &Path, out: &mut Vec<(PathBuf, bool)>) -> Result<()> {
    let mut entries: Vec<PathBuf> =
        fs::read_dir(dir).map_err(|e| Error::io(dir, e))?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().map(|n| n.to_string_lossy().starts_with('.')).unwrap_or(false);
        if name {
            continue;
        }
        if p.is_dir() {
            walk(&p, out)?;
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
        {
            out.push((p, true));
        }
    }
    Ok(())
}

/// Refuses a FIFO, socket or device found while walking a folder: reading one could block
/// forever or never end. Named on the command line, such a file is read (`<(cmd)` works).
fn check_walked(src: &Source) -> Result<()> {
    if !src.walked {
        return Ok(());
    }
    let meta = fs::metadata(&src.path).map_err(|e| Error::io(&src.path, e))?;
    if meta.is_file() { Ok(()) } else { Err(Error::NotAFile(src.path.clone())) }
}

/// Reads all bytes of a source (a file or standard input).
fn read_bytes(src: &Source) -> Result<Vec<u8>> {
    check_walked(src)?;
    let mut buf = Vec::new();
    if src.is_stdin() {
        io::stdin().lock().read_to_end(&mut buf).map_err(|e| Error::io("-", e))?;
    } else {
        buf = fs::read(&src.path).map_err(|e| Error::io(&src.path, e))?;
    }
    Ok(buf)
}

/// Decodes bytes as text: rejects binary data, and invalid UTF-8 unless `lossy`.
/// Returns the text and an optional warning.
///
/// # Errors
/// [`Error::NotText`] or [`Error::InvalidUtf8`].
pub fn decode(path: &Path, bytes: Vec<u8>, opts: ReadOptions) -> Result<(String, Option<String>)> {
    if let Some(offset) = binary_offset(&bytes) {
        return Err(Error::NotText { path: path.to_path_buf(), offset });
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, None)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            if opts.lossy {
                let s = String::from_utf8_lossy(e.as_bytes()).into_owned();
                Ok((s, Some(format!("invalid UTF-8 at byte {offset}; decoded lossily"))))
            } else {
                Err(Error::InvalidUtf8 { path: path.to_path_buf(), offset })
            }
        }
    }
}

/// The offset of the first sign of binary data (a NUL byte or a known binary signature).
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    const SIGNATURES: &[&[u8]] =
        &[b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b"];
    if SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return Some(0);
    }
    memchr_nul(&bytes[..bytes.len().min(1 << 20)])
}

fn memchr_nul(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == 0)
}

/// A JSON Lines record.
#[derive(Debug, Deserialize)]
struct Record {
    text: Option<String>,
    id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
    /// Where the record came from originally (a sharded corpus keeps its `FILE:LINE` here).
    path: Option<String>,
}

/// Calls `f` with each document of a source, or with the error for the source or one of its
/// records. Plain files give one document; JSON Lines give one per line, streamed, so memory
/// does not grow with the file.
pub fn read_source(src: &Source, opts: ReadOptions, mut f: impl FnMut(Result<Document>)) {
    if src.is_jsonl() {
        read_jsonl(src, opts, &mut f);
        return;
    }
    let doc = read_bytes(src).and_then(|b| decode(&src.path, b, opts)).map(|(text, warning)| {
        let mut d = Document::new(src.id.clone(), text);
        d.set_path(src.path.to_string_lossy());
        if let Some(w) = warning {
            d.add_warning(w);
        }
        d
    });
    f(doc);
}

fn read_jsonl(src: &Source, opts: ReadOptions, f: &mut impl FnMut(Result<Document>)) {
    if let Err(e) = check_walked(src) {
        return f(Err(e));
    }
    match fs::File::open(&src.path) {
        Ok(file) => read_records(&src.path, BufReader::new(file), opts, f),
        Err(e) => f(Err(Error::io(&src.path, e))),
    }
}

/// Calls `f` with each document of a JSON Lines stream, or with the error for one of its
/// records (naming `path` and the 1-based line); blank lines are skipped. Reads line by line, so
/// memory does not grow with the stream. An I/O error ends the stream after one `Err`.
pub fn read_records(path: &Path, mut reader: impl BufRead, opts: ReadOptions, f: &mut impl FnMut(Result<Document>)) {
    let mut line = Vec::new();
    let mut n = 0usize;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return f(Err(Error::io(path, e))),
        }
        n += 1;
        let bad = |reason: String| Error::BadRecord { path: path.to_path_buf(), line: n, reason };
        let raw = std::mem::take(&mut line);
        let (text, warning) = match decode(path, raw, opts) {
            Ok(t) => t,
            Err(Error::InvalidUtf8 { offset, .. }) => {
                f(Err(bad(format!("invalid UTF-8 at byte {offset} of the line"))));
                continue;
            }
            // A binary file named *.jsonl: one error for the file, not one per "line".
            Err(e @ Error::NotText { .. }) if n == 1 => return f(Err(e)),
            Err(Error::NotText { .. }) => {
                f(Err(bad("not text".into())));
                continue;
            }
            Err(e) => return f(Err(e)),
        };
        if text.trim().is_empty() {
            continue;
        }
        f(record_document(path, n, &text, warning).map_err(bad));
    }
}

fn record_document(
    path: &Path,
    n: usize,
    line: &str,
    warning: Option<String>,
) -> std::result::Result<Document, String> {
    let rec: Record = serde_json::from_str(line.trim_end()).map_err(|e| format!("invalid JSON: {e}"))?;
    let text = rec.text.ok_or_else(|| "no \"text\" field".to_string())?;
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(x)) => x.to_string(),
        Some(serde_json::Value::Null) | None => format!("doc-{:016x}", fnv1a(text.as_bytes())),
        Some(_) => return Err("\"id\" must be a string or a number".into()),
    };
    let meta = Meta { title: rec.title, date: rec.date, url: rec.url, source: rec.source, ..Meta::default() };
    let mut d = Document::with_meta(id, text, meta);
    d.set_path(rec.path.unwrap_or_else(|| format!("{}:{n}", path.display())));
    if let Some(w) = warning {
        d.add_warning(w);
    }
    Ok(d)
}

/// FNV-1a, 64 bits: a stable content hash for ids of records without one.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_is_not_text() {
        let e = decode(Path::new("x.png"), b"\x89PNG\r\n\x1a\n\0\0".to_vec(), ReadOptions::default()).unwrap_err();
        assert_eq!(e.to_string(), "x.png: not text (binary data at byte 0)");
    }

    #[test]
    fn invalid_utf8_offset_and_lossy() {
        let bytes = b"abc\xffdef".to_vec();
        let e = decode(Path::new("a.txt"), bytes.clone(), ReadOptions::default()).unwrap_err();
        assert_eq!(e.to_string(), "a.txt: invalid UTF-8 at byte 3");
        let (s, w) = decode(Path::new("a.txt"), bytes, ReadOptions { lossy: true }).unwrap();
        assert_eq!(s, "abc\u{fffd}def");
        assert!(w.unwrap().contains("byte 3"));
    }

    #[test]
    fn record_ids() {
        let src = Path::new("x.jsonl");
        let d = record_document(src, 1, r#"{"id": 7, "text": "Hi."}"#, None).unwrap();
        assert_eq!(d.id(), "7");
        let d = record_document(src, 2, r#"{"text": "Hi."}"#, None).unwrap();
        assert!(d.id().starts_with("doc-"));
        assert!(record_document(src, 3, r#"{"title": "x"}"#, None).unwrap_err().contains("text"));
        assert!(record_document(src, 4, "{oops", None).unwrap_err().starts_with("invalid JSON"));
        assert_eq!(d.path(), Some("x.jsonl:2"));
        let d = record_document(src, 5, r#"{"text": "Hi.", "path": "all.jsonl:9"}"#, None).unwrap();
        assert_eq!(d.path(), Some("all.jsonl:9"));
    }
}
