//! `Document`: one news article, its metadata, and its segmentation.
//!
//! Owns the text exactly as read. Everything downstream refers to it by [`Span`]s, half-open
//! byte ranges into [`Document::text`]; exporters turn them into character offsets with
//! [`Document::char_offset`]. A document is immutable once built: [`Document::new`] parses the
//! front matter, marks page clutter and speaker labels, and segments the body into sentences and
//! tokens in one go.
//!
//! Flow: input readers -> **Document** -> extraction passes -> graph.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use super::{clutter, frontmatter, segment};

/// A half-open byte range `start..end` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Metadata from a front-matter block or a JSON Lines record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// Headline.
    pub title: Option<String>,
    /// Publication date as given (ISO `YYYY-MM-DD` when parseable).
    pub date: Option<String>,
    /// Where the article came from (a URL or a publisher).
    pub source: Option<String>,
    /// URL of the article.
    pub url: Option<String>,
    /// Licence of the text.
    pub license: Option<String>,
    /// Any other `key: value` pairs, sorted by key.
    pub extra: BTreeMap<String, String>,
}

impl Meta {
    /// Sets a field by its front-matter key; unknown keys go to `extra`.
    pub fn set(&mut self, key: &str, value: String) {
        match key.to_ascii_lowercase().as_str() {
            "title" | "headline" => self.title = Some(value),
            "date" | "published" | "pubdate" => self.date = Some(value),
            "source" => self.source = Some(value),
            "url" | "link" => self.url = Some(value),
            "license" | "licence" => self.license = Some(value),
            k => {
                self.extra.insert(k.to_string(), value);
            }
        }
    }

    /// The publication date as `(year, month, day)` when it starts with an ISO date.
    pub fn ymd(&self) -> Option<(i32, u32, u32)> {
        let d = self.date.as_deref()?;
        let y = d.get(0..4)?.parse().ok()?;
        let m = d.get(5..7)?.parse().ok()?;
        let day = d.get(8..10)?.parse().ok()?;
        ((1..=12).contains(&m) && (1..=31).contains(&day)).then_some((y, m, day))
    }
}

/// What a line of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Running text: extracted.
    Text,
    /// Page clutter (player controls, donation pleas, copyright): never extracted.
    Clutter,
    /// A headline-case line (every word capitalized): not extracted, since capitals there say
    /// nothing about names.
    Headline,
    /// Empty or whitespace only.
    Blank,
}

/// One line of the body, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The whole line, without its line break.
    pub span: Span,
    /// Its class.
    pub kind: BlockKind,
    /// A transcript speaker label's name ("CARRIE KAHN" in "CARRIE KAHN, BYLINE: ...").
    pub speaker: Option<Span>,
    /// The role after a speaker's name ("BYLINE", "HOST"), if given.
    pub speaker_role: Option<Span>,
    /// A dateline's place ("WASHINGTON" in "WASHINGTON — ...").
    pub dateline: Option<Span>,
    /// The part of the line that is text to extract (after any label or dateline).
    pub content: Span,
}

/// A sentence: a span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence text, trimmed.
    pub span: Span,
    /// Index of its first token in [`Document::tokens`].
    pub first_token: usize,
    /// One past its last token.
    pub end_token: usize,
    /// The block (line) it belongs to.
    pub block: usize,
}

use super::token::Token;

/// Maps byte offsets to character (Unicode scalar value) offsets.
#[derive(Debug, Clone)]
struct CharIndex {
    /// Characters before each 256-byte checkpoint; empty for pure ASCII text.
    checkpoints: Vec<usize>,
}

const CHECKPOINT: usize = 256;

impl CharIndex {
    fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex { checkpoints: Vec::new() };
        }
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut count = 0usize;
        for chunk in bytes.chunks(CHECKPOINT) {
            checkpoints.push(count);
            count += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        // The end of a text whose length is a multiple of the step needs a checkpoint too.
        if bytes.len() % CHECKPOINT == 0 {
            checkpoints.push(count);
        }
        CharIndex { checkpoints }
    }

    fn char_offset(&self, text: &str, byte: usize) -> usize {
        if self.checkpoints.is_empty() {
            return byte;
        }
        let byte = byte.min(text.len());
        let k = byte / CHECKPOINT;
        let base = self.checkpoints.get(k).copied().unwrap_or(0);
        let from = k * CHECKPOINT;
        base + text.as_bytes()[from..byte].iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }
}

/// One article with its metadata and segmentation.
///
/// The segmentation (lower-cased text, line classes, sentences, tokens) is computed the first
/// time something asks for it, not when the document is made: a build reads documents on one
/// thread and extracts them on several, and this moves the segmentation, most of the reading
/// work, onto the extracting threads. It depends only on the text, so when it runs changes
/// nothing in the result.
#[derive(Debug, Clone)]
pub struct Document {
    id: String,
    path: Option<String>,
    text: String,
    meta: Meta,
    body: Span,
    layout: OnceLock<Layout>,
    warnings: Vec<String>,
}

/// What [`Document`] derives from its text, once.
#[derive(Debug, Clone)]
struct Layout {
    lower: String,
    chars: CharIndex,
    blocks: Vec<Block>,
    sentences: Vec<Sentence>,
    tokens: Vec<Token>,
}

impl Layout {
    fn new(text: &str, body: Span) -> Self {
        let lower = lowercase_same_len(text);
        let chars = CharIndex::new(text);
        let blocks = clutter::classify(text, body);
        let (sentences, tokens) = segment::segment(text, &lower, &blocks);
        Layout { lower, chars, blocks, sentences, tokens }
    }
}

impl Document {
    /// Builds a document from raw file text: parses a front-matter block if there is one,
    /// classifies lines, and segments the body.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let (meta, body_start, mut warnings) = match frontmatter::parse(&text) {
            frontmatter::Parsed::None => (Meta::default(), 0, Vec::new()),
            frontmatter::Parsed::Ok { meta, body_start } => (meta, body_start, Vec::new()),
            frontmatter::Parsed::Malformed { reason } => {
                (Meta::default(), 0, vec![format!("front matter {reason}; read as text")])
            }
        };
        Self::assemble(id.into(), text, meta, body_start, &mut warnings)
    }

    /// Builds a document whose metadata is already known (a JSON Lines record); the text is
    /// all body.
    pub fn with_meta(id: impl Into<String>, text: impl Into<String>, meta: Meta) -> Self {
        let mut warnings = Vec::new();
        Self::assemble(id.into(), text.into(), meta, 0, &mut warnings)
    }

    fn assemble(id: String, text: String, meta: Meta, body_start: usize, warnings: &mut Vec<String>) -> Self {
        let body = Span::new(body_start, text.len());
        if text[body_start..].trim().is_empty() {
            warnings.push("no text".to_string());
        }
        Document { id, path: None, text, meta, body, layout: OnceLock::new(), warnings: std::mem::take(warnings) }
    }

    /// The segmentation, computed on first use (see the type's documentation).
    fn layout(&self) -> &Layout {
        self.layout.get_or_init(|| Layout::new(&self.text, self.body))
    }

    /// Adds a warning about how the document was read.
    pub fn add_warning(&mut self, w: impl Into<String>) {
        self.warnings.push(w.into());
    }

    /// Sets the path the document was read from.
    pub fn set_path(&mut self, path: impl Into<String>) {
        self.path = Some(path.into());
    }

    /// The document id (file stem, JSON Lines `id`, or content hash).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The path it was read from, if any.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The whole text exactly as read, front matter included.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text lowercased character by character where that keeps byte lengths, so every
    /// span of [`Document::text`] indexes the same characters here.
    pub fn lower(&self) -> &str {
        &self.layout().lower
    }

    /// Metadata.
    pub fn meta(&self) -> &Meta {
        &self.meta
    }

    /// The body (text after the front matter).
    pub fn body(&self) -> Span {
        self.body
    }

    /// Lines of the body, classified.
    pub fn blocks(&self) -> &[Block] {
        &self.layout().blocks
    }

    /// Sentences of the extractable text, in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.layout().sentences
    }

    /// All tokens of all sentences, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.layout().tokens
    }

    /// Tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: usize) -> &[Token] {
        let l = self.layout();
        let s = &l.sentences[sentence];
        &l.tokens[s.first_token..s.end_token]
    }

    /// Problems met while reading that did not stop it (e.g. malformed front matter).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The text of a span.
    ///
    /// # Panics
    /// When the span is out of bounds or not on character boundaries (spans made by this
    /// crate never are).
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// The lowercased text of a span.
    pub fn slice_lower(&self, span: Span) -> &str {
        &self.layout().lower[span.start..span.end]
    }

    /// The character offset of a byte offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        self.layout().chars.char_offset(&self.text, byte)
    }

    /// The sentence containing a byte offset, if any.
    pub fn sentence_at(&self, byte: usize) -> Option<usize> {
        let sentences = &self.layout().sentences;
        let i = sentences.partition_point(|s| s.span.end <= byte);
        (i < sentences.len() && sentences[i].span.start <= byte).then_some(i)
    }
}

/// Lowercases each character whose lowercase form has the same UTF-8 length, keeping every
/// other character as it is, so byte offsets agree with the original.
fn lowercase_same_len(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            // (the common case, without the general case mapping)
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lc = c.to_lowercase();
        match (lc.next(), lc.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalar_values() {
        let text = "Andrés Felipe Ríos ".repeat(40);
        let doc = Document::new("d", text.clone());
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(doc.char_offset(bi), ci);
        }
        assert_eq!(doc.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn char_offset_of_the_end_when_the_length_is_a_multiple_of_the_step() {
        // See: issue #8 (found by fuzzing: the end offset came out as 0)
        for len in [CHECKPOINT, 2 * CHECKPOINT] {
            let text = format!("é{}", "a".repeat(len - 2));
            assert_eq!(text.len(), len);
            let doc = Document::new("d", text.clone());
            assert_eq!(doc.char_offset(len), text.chars().count());
        }
    }

    #[test]
    fn lower_keeps_byte_offsets() {
        let doc = Document::new("d", "ÁRBOL İstanbul Straße");
        assert_eq!(doc.lower().len(), doc.text().len());
        assert!(doc.lower().starts_with("árbol"));
    }

    #[test]
    fn meta_date_parses_iso() {
        let mut m = Meta::default();
        m.set("date", "2009-07-20".into());
        assert_eq!(m.ymd(), Some((2009, 7, 20)));
        m.set("date", "July 2009".into());
        assert_eq!(m.ymd(), None);
    }

    #[test]
    fn sentence_at_finds_sentence() {
        let doc = Document::new("d", "One sentence here. Another one there.");
        let i = doc.sentence_at(20).unwrap();
        assert_eq!(doc.slice(doc.sentences()[i].span), "Another one there.");
        assert_eq!(doc.sentence_at(18), None);
    }
}
