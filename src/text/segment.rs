//! Sentence segmentation over the classified lines of a document.
//!
//! Reads the [`Block`]s made by the clutter pass and the document text; produces sentences and
//! their tokens. A line break always ends a sentence (news pages put one paragraph per line);
//! inside a line a sentence ends at `.`, `!` or `?` (with any closing quotes) before a word that
//! can start a sentence. Abbreviations ("Gen.", "Mr.", "Jan.") and initials ("J.") never end a
//! sentence; the few that can end one ("U.S.", "a.m.", "Inc.") do so only before a typical
//! sentence opener ("The", "He", "But" ...). Stage directions and clutter sentences are left
//! out, so nothing downstream ever sees them. A run of more than [`MAX_SENTENCE_TOKENS`] tokens
//! without a break is cut into several sentences.

use super::clutter;
use super::document::{Block, BlockKind, Sentence, Span};
use super::token::{self, FLAG_SENT_START, Token, TokenKind};

/// Words that typically open a sentence; used after an abbreviation that may end one.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "so",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "since",
    "however",
    "meanwhile",
    "also",
    "yet",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
    "officials",
    "some",
    "many",
    "most",
    "no",
    "not",
    "one",
    "two",
    "three",
    "last",
    "earlier",
    "later",
    "according",
];

/// The longest sentence, in tokens. News sentences run to about 60 tokens; a longer run with
/// no sentence break is not prose (a dump with the punctuation stripped, a list, a table).
/// Cutting it keeps the work per sentence, and the evidence every relation and role carries
/// (its sentence), bounded, so time and output grow linearly with the text.
pub const MAX_SENTENCE_TOKENS: usize = 200;

/// Segments every text block; returns sentences and the flat token list they index.
pub(super) fn segment(text: &str, lower: &str, blocks: &[Block]) -> (Vec<Sentence>, Vec<Token>) {
    let mut sentences = Vec::new();
    let mut tokens = Vec::new();
    for (bi, block) in blocks.iter().enumerate() {
        if block.kind != BlockKind::Text || block.content.is_empty() {
            continue;
        }
        for piece in pieces(text, block.content) {
            let first = tokens.len();
            token::tokenize(text, piece, &mut tokens);
            split_sentences(text, lower, bi, first, &mut tokens, &mut sentences);
        }
    }
    (sentences, tokens)
}

/// The parts of a line left once stage directions are cut out.
fn pieces(text: &str, content: Span) -> Vec<Span> {
    let s = &text[content.start..content.end];
    let mut out = Vec::new();
    let mut pos = 0;
    for (a, b) in clutter::stage_directions(s) {
        if a > pos {
            out.push(Span::new(content.start + pos, content.start + a));
        }
        pos = b;
    }
    if pos < s.len() {
        out.push(Span::new(content.start + pos, content.end));
    }
    out
}

fn tok_text<'a>(text: &'a str, t: &Token) -> &'a str {
    &text[t.span.start..t.span.end]
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn is_opener_punct(s: &str) -> bool {
    matches!(s, "\"" | "“" | "‘" | "'" | "(" | "[" | "«")
}

/// Splits tokens `first..` (one piece of one line) into sentences, dropping clutter sentences.
fn split_sentences(
    text: &str,
    lower: &str,
    block: usize,
    first: usize,
    tokens: &mut Vec<Token>,
    sentences: &mut Vec<Sentence>,
) {
    let end = tokens.len();
    let mut kept: Vec<Token> = Vec::with_capacity(end - first);
    let mut start = first;
    let mut i = first;
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    while i < end {
        let t = tokens[i];
        let s = tok_text(text, &t);
        let mut boundary = false;
        let mut last = i;
        if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…") {
            while last + 1 < end
                && is_closer(tok_text(text, &tokens[last + 1]))
                && tokens[last + 1].kind != TokenKind::Possessive
            {
                last += 1;
            }
            boundary = last + 1 >= end || can_start(text, &tokens[last + 1]);
        } else if t.kind == TokenKind::Word && t.is_abbrev() && i + 1 < end {
            let l = &lower[t.span.start..t.span.end];
            if token::SENTENCE_FINAL_ABBREVIATIONS.contains(&l) {
                let next = &tokens[i + 1];
                let nl = &lower[next.span.start..next.span.end];
                boundary = next.is_cap() && OPENERS.contains(&nl);
            }
        }
        if boundary {
            bounds.push((start, last + 1));
            start = last + 1;
            i = last + 1;
        } else {
            i += 1;
        }
    }
    if start < end {
        bounds.push((start, end));
    }
    for (a, b) in bounds.into_iter().flat_map(|(a, b)| cap_length(text, tokens, a, b)) {
        let span = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
        if clutter::is_clutter_sentence(&text[span.start..span.end]) {
            continue;
        }
        let first_kept = first + kept.len();
        let mut opened = false;
        for t in &tokens[a..b] {
            let mut t = *t;
            if !opened && t.kind == TokenKind::Word {
                t.flags |= FLAG_SENT_START;
                opened = true;
            } else if !opened && !is_opener_punct(tok_text(text, &t)) {
                opened = true;
            }
            kept.push(t);
        }
        sentences.push(Sentence { span, first_token: first_kept, end_token: first + kept.len(), block });
    }
    tokens.truncate(first);
    tokens.extend(kept);
}

/// Cuts tokens `a..b` into sentences of at most [`MAX_SENTENCE_TOKENS`] tokens, each ending
/// after the last comma, semicolon, colon or dash of its second half when there is one.
fn cap_length(text: &str, tokens: &[Token], mut a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    while b - a > MAX_SENTENCE_TOKENS {
        let limit = a + MAX_SENTENCE_TOKENS;
        let cut = (a + MAX_SENTENCE_TOKENS / 2..limit)
            .rev()
            .find(|&i| {
                let t = tok_text(text, &tokens[i]);
                matches!(t, "," | ";" | ":" | "—" | "–") || t.starts_with("--")
            })
            .map_or(limit, |i| i + 1);
        out.push((a, cut));
        a = cut;
    }
    out.push((a, b));
    out
}

/// Can this token begin a new sentence?
fn can_start(text: &str, t: &Token) -> bool {
    let s = tok_text(text, t);
    let c = s.chars().next().unwrap_or(' ');
    c.is_uppercase() || c.is_ascii_digit() || is_opener_punct(s) || matches!(s, "—" | "-" | "$")
}

#[cfg(test)]
mod tests {
    use super::MAX_SENTENCE_TOKENS;
    use crate::text::Document;

    fn sents(t: &str) -> Vec<String> {
        let d = Document::new("t", t);
        d.sentences().iter().map(|s| d.slice(s.span).to_string()).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("Gen. Smith met Mr. Jones on Jan. 5 at 9 a.m. in the U.S. capital. He left."),
            ["Gen. Smith met Mr. Jones on Jan. 5 at 9 a.m. in the U.S. capital.", "He left."]
        );
    }

    #[test]
    fn initials_do_not_split() {
        assert_eq!(sents("Antony J. Blinken spoke. Then he left."), ["Antony J. Blinken spoke.", "Then he left."]);
    }

    #[test]
    fn sentence_final_abbreviation_before_opener() {
        assert_eq!(sents("He flew to the U.S. The trip was long."), ["He flew to the U.S.", "The trip was long."]);
        assert_eq!(sents("Ties with the U.S. Embassy grew."), ["Ties with the U.S. Embassy grew."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(sents("\"We will win.\" Then she left."), ["\"We will win.\"", "Then she left."]);
    }

    #[test]
    fn lines_always_split_and_clutter_dropped() {
        assert_eq!(
            sents("First line without stop\nSecond line. Transcript provided by NPR, Copyright NPR."),
            ["First line without stop", "Second line."]
        );
    }

    #[test]
    fn stage_directions_removed() {
        assert_eq!(sents("(SOUNDBITE OF MUSIC) It rained."), ["It rained."]);
    }

    #[test]
    fn long_runs_without_a_break_are_cut() {
        // See: issue #8
        let words: Vec<String> = (0..1000).map(|i| format!("w{i}")).collect();
        let d = Document::new("t", words.join(" "));
        let s = d.sentences();
        assert_eq!(s.len(), 5);
        assert!(s.iter().all(|s| s.end_token - s.first_token == MAX_SENTENCE_TOKENS));
        assert_eq!(d.tokens().len(), 1000);
        assert_eq!(d.slice(s[1].span).split(' ').next(), Some("w200"));
    }

    #[test]
    fn long_runs_are_cut_after_the_last_comma_of_the_second_half() {
        // See: issue #8
        let mut words: Vec<String> = (0..300).map(|i| format!("w{i}")).collect();
        words[150].push(',');
        words[50].push(',');
        let d = Document::new("t", words.join(" "));
        let s: Vec<&str> = d.sentences().iter().map(|s| d.slice(s.span)).collect();
        assert_eq!(s.len(), 2);
        assert!(s[0].ends_with("w150,") && s[1].starts_with("w151"), "{s:?}");
    }

    #[test]
    fn sentence_start_flag() {
        let d = Document::new("t", "\"Today we vote,\" he said.");
        let t = d.tokens();
        assert!(t[1].is_sentence_start());
        assert!(!t[2].is_sentence_start());
    }
}
