//! The library's error type.
//!
//! Every fallible library function returns [`Result`]. Variants carry the context a user needs
//! (the path, the line, the bad value); messages are lower case and quote the bad value. The
//! binary adds its own context with `anyhow` and maps errors to exit code 2.

use std::path::PathBuf;

/// Errors of the newsgraph library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file is not text (it holds NUL bytes or other binary data).
    #[error("{}: not text (binary data at byte {offset})", path.display())]
    NotText {
        /// The file.
        path: PathBuf,
        /// Where the binary data starts.
        offset: usize,
    },
    /// A file is not valid UTF-8.
    #[error("{}: invalid UTF-8 at byte {offset}", path.display())]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// The first bad byte.
        offset: usize,
    },
    /// A JSON Lines record could not be used.
    #[error("{}: line {line}: {reason}", path.display())]
    BadRecord {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A graph JSON file could not be read.
    #[error("{}: invalid graph JSON at line {line}, column {column}: {reason}", path.display())]
    BadGraph {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        reason: String,
    },
    /// An unknown output format name.
    #[error("unknown format '{0}' (expected one of: {1})")]
    UnknownFormat(String, String),
    /// A lexicon file has a bad line.
    #[error("{}: line {line}: {reason}", path.display())]
    BadLexicon {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// No entity matches a name.
    #[error("no entity matches '{name}'{}", suggest(.suggestions))]
    EntityNotFound {
        /// The name asked for.
        name: String,
        /// Close matches.
        suggestions: Vec<String>,
    },
    /// A FIFO, socket or device found while walking a folder.
    #[error("{}: not a regular file (a FIFO, socket or device)", .0.display())]
    NotAFile(PathBuf),
    /// An input path does not exist.
    #[error("{}: no such file or directory", .0.display())]
    MissingPath(PathBuf),
}

fn suggest(s: &[String]) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", s.iter().map(|x| format!("'{x}'")).collect::<Vec<_>>().join(", "))
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}
