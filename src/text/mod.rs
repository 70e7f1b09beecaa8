//! Text: documents, front matter, page clutter, sentences and tokens.
//!
//! The first stage of the flow: raw text in, an immutable [`Document`] out. Every later stage
//! reads a `Document` and refers to its text by [`Span`]s, never by copies.

mod clutter;
mod document;
pub mod frontmatter;
mod segment;
pub mod token;

pub use clutter::is_clutter_sentence;
pub use document::{Block, BlockKind, Document, Meta, Sentence, Span};
pub use segment::MAX_SENTENCE_TOKENS;
pub use token::{Token, TokenKind};
