//! Tokens: words, numbers, punctuation and possessive markers, each with its byte span.
//!
//! The tokenizer never rewrites text: a token is a span of the document and its text is read
//! back from the document. Abbreviations keep their periods ("U.S.", "Gen.", "a.m."), initials
//! too ("J."), hyphenated words stay whole ("Ortega-Ortega", "anti-drug"), and a possessive
//! "'s" is split off its word ("Brandt's" -> "Brandt" + "'s").
//!
//! Called by the segmenter for each piece of extractable text.

use super::document::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (with inner hyphens, apostrophes, digits or abbreviation periods).
    Word,
    /// Starts with a digit ("2009", "6.25", "0:00", "34th").
    Number,
    /// The possessive "'s", "’s", or a lone trailing apostrophe after a plural.
    Possessive,
    /// Any other single character, or a dash ("--").
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Bytes in the document.
    pub span: Span,
    /// Its class.
    pub kind: TokenKind,
    /// Case and position flags (see the `FLAG_*` constants).
    pub flags: u8,
}

/// First letter is upper case (or an Arabic article before a capital: "al-Qaeda").
pub const FLAG_CAP: u8 = 1;
/// At least two letters, all upper case.
pub const FLAG_ALLCAPS: u8 = 2;
/// First letter is lower case.
pub const FLAG_LOWER: u8 = 4;
/// First word of its sentence (after any opening quote or bracket).
pub const FLAG_SENT_START: u8 = 8;
/// Ends with an abbreviation period.
pub const FLAG_ABBREV: u8 = 16;

impl Token {
    /// Starts with a capital letter.
    pub fn is_cap(&self) -> bool {
        self.flags & FLAG_CAP != 0
    }
    /// All capitals (two letters or more).
    pub fn is_all_caps(&self) -> bool {
        self.flags & FLAG_ALLCAPS != 0
    }
    /// Starts with a lower-case letter.
    pub fn is_lower(&self) -> bool {
        self.flags & FLAG_LOWER != 0
    }
    /// First word of its sentence.
    pub fn is_sentence_start(&self) -> bool {
        self.flags & FLAG_SENT_START != 0
    }
    /// Ends with an abbreviation period ("Gen.", "U.S.").
    pub fn is_abbrev(&self) -> bool {
        self.flags & FLAG_ABBREV != 0
    }
    /// A word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Words that take an abbreviation period (lower case, without the period).
pub(crate) const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "cmdr", "adm", "brig", "cpl", "pvt",
    "rep", "reps", "sen", "sens", "gov", "pres", "supt", "atty", "insp", "det", "rev", "hon", "msgr", "fr", "st",
    "ste", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "no", "nos",
    "vs", "etc", "approx", "est", "fig", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ala", "ariz", "ark",
    "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn",
    "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
    "al", "ave", "blvd", "rd", "hwy", "sq", "cf", "ca", "op", "ed", "eds", "govt", "intl", "natl", "dist",
];

/// True for a word (any case) that takes an abbreviation period.
fn is_abbreviation(w: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ABBREVIATIONS.iter().copied().collect());
    let mut buf = [0u8; 8];
    if w.len() > buf.len() || !w.is_ascii() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(w.bytes()) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..w.len()]).is_ok_and(|l| SET.contains(l))
}

/// Abbreviations that may also end a sentence.
pub(crate) const SENTENCE_FINAL_ABBREVIATIONS: &[&str] = &[
    "u.s.", "u.k.", "u.n.", "d.c.", "a.m.", "p.m.", "inc.", "corp.", "co.", "ltd.", "llc.", "jr.", "sr.", "etc.",
    "bros.", "l.a.", "n.y.", "u.s.a.", "e.u.", "calif.", "fla.", "mass.", "tex.", "wash.", "ill.", "pa.", "va.", "ga.",
    "md.", "no.", "st.",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036f}')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character at byte `i` of `s` (`None` at the end).
fn char_at(s: &str, i: usize) -> Option<char> {
    // (an ASCII byte is always a whole character, so it needs no decoding; past the end there
    // is no byte and no character)
    match s.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => s.get(i..).and_then(|r| r.chars().next()),
    }
}

/// The byte after the character at byte `i` of `s` (`s.len()` at the end).
fn after(s: &str, i: usize) -> usize {
    char_at(s, i).map_or(s.len(), |c| i + c.len_utf8())
}

/// Appends the tokens of `text[span]` to `out`.
///
/// Walks the text by byte offsets with a few characters of look-ahead, so it needs no memory
/// beyond the tokens it appends (a piece may be a whole 50 MB line).
pub fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = &text[span.start..span.end];
    let n = s.len();
    let at = |i: usize| char_at(s, i);
    let next = |i: usize| after(s, i);
    let mut i = 0;
    while let Some(c) = at(i) {
        if c.is_whitespace() {
            i = next(i);
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            i = scan_word(s, i);
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            i = next(i);
            while let Some(d) = at(i) {
                if is_word_char(d) {
                    i = next(i);
                } else if matches!(d, '.' | ',' | ':' | '/') && at(next(i)).is_some_and(|x| x.is_ascii_digit()) {
                    i = next(next(i));
                } else {
                    break;
                }
            }
        } else if is_apostrophe(c)
            && at(next(i)).is_some_and(|x| x == 's' || x == 'S')
            && !at(next(next(i))).is_some_and(is_word_char)
            && out.last().is_some_and(|t: &Token| t.span.end == span.start + i && t.kind != TokenKind::Punct)
        {
            kind = TokenKind::Possessive;
            i = next(next(i));
        } else if is_apostrophe(c)
            && out.last().is_some_and(|t: &Token| {
                t.span.end == span.start + i
                    && t.kind == TokenKind::Word
                    && text[t.span.start..t.span.end].ends_with(['s', 'S'])
            })
            && !at(next(i)).is_some_and(is_word_char)
        {
            kind = TokenKind::Possessive;
            i = next(i);
        } else if c == '-' && at(next(i)) == Some('-') {
            kind = TokenKind::Punct;
            i = next(next(i));
            while at(i) == Some('-') {
                i = next(i);
            }
        } else {
            kind = TokenKind::Punct;
            i = next(i);
        }
        debug_assert!(i > start && i <= n);
        let (b0, b1) = (span.start + start, span.start + i);
        out.push(Token { span: Span::new(b0, b1), kind, flags: flags_of(&text[b0..b1], kind) });
    }
}

/// Scans one word of `s` from byte `i`; returns the byte one past it.
fn scan_word(s: &str, mut i: usize) -> usize {
    let at = |k: usize| char_at(s, k);
    let next = |k: usize| after(s, k);
    let start = i;
    // Dotted abbreviations and initials: "U.S.", "a.m.", "D.C.", "J."
    if at(next(i)) == Some('.') {
        let mut k = i;
        let mut letters = 0;
        while at(k).is_some_and(char::is_alphabetic) && at(next(k)) == Some('.') {
            letters += 1;
            k = next(next(k));
        }
        if letters >= 2 || (letters == 1 && at(i).is_some_and(char::is_uppercase)) {
            return k;
        }
    }
    // (the look-ahead for a hyphen or an apostrophe is only taken at one: decoding the next
    // characters after every letter was most of the tokenizer's time)
    let hyphen = |i: usize| i > start && at(next(i)).is_some_and(is_word_char);
    let possessive = |i: usize| matches!(at(next(i)), Some('s' | 'S')) && !at(next(next(i))).is_some_and(is_word_char);
    while let Some(c) = at(i) {
        if is_word_char(c) || ((c == '-' || c == '‐') && hyphen(i)) {
            i = next(i);
        } else if is_apostrophe(c) && at(next(i)).is_some_and(char::is_alphabetic) && !possessive(i) {
            // o'clock, O'Brien, don't; but not the possessive 's
            i = next(i);
        } else {
            break;
        }
    }
    // An abbreviation period: "Gen.", "Jan.", "Calif." (the list is lower-case ASCII)
    if at(i) == Some('.') && i - start <= 6 && is_abbreviation(&s[start..i]) {
        return i + 1;
    }
    i
}

fn flags_of(t: &str, kind: TokenKind) -> u8 {
    if kind != TokenKind::Word {
        return 0;
    }
    let mut flags = 0;
    let first = t.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        flags |= FLAG_CAP;
    } else if first.is_lowercase() {
        // (every article below has its hyphen third or fourth: most words are ruled out at once)
        let lower_article = t.as_bytes().get(2..4).is_some_and(|b| b.contains(&b'-'))
            && ["al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-"]
                .iter()
                .any(|p| t.starts_with(p) && t[p.len()..].chars().next().is_some_and(char::is_uppercase));
        flags |= if lower_article { FLAG_CAP } else { FLAG_LOWER };
    }
    // (a word with a lower-case letter is never all capitals: stop counting letters there)
    let mut letters = 0;
    let mut has_lower = false;
    for c in t.chars() {
        if c.is_lowercase() {
            has_lower = true;
            break;
        }
        letters += usize::from(c.is_alphabetic());
    }
    if letters >= 2 && !has_lower {
        flags |= FLAG_ALLCAPS;
    }
    if t.ends_with('.') {
        flags |= FLAG_ABBREV;
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        out.iter().map(|t| &s[t.span.start..t.span.end]).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            toks("U.S. Gen. Antony J. Blinken at 9 a.m."),
            ["U.S.", "Gen.", "Antony", "J.", "Blinken", "at", "9", "a.m."]
        );
        assert_eq!(toks("the U.S.-Mexico border"), ["the", "U.S.", "-", "Mexico", "border"]);
    }

    #[test]
    fn possessives_split() {
        assert_eq!(toks("Brandt's arrest"), ["Brandt", "'s", "arrest"]);
        assert_eq!(toks("the U.S.’s evidence"), ["the", "U.S.", "’s", "evidence"]);
        assert_eq!(toks("officials' claims"), ["officials", "'", "claims"]);
        assert_eq!(toks("O'Brien don't"), ["O'Brien", "don't"]);
    }

    #[test]
    fn hyphens_numbers_dashes() {
        assert_eq!(
            toks("Ortega-Ortega, 63, paid $5 -- or 6.25"),
            ["Ortega-Ortega", ",", "63", ",", "paid", "$", "5", "--", "or", "6.25"]
        );
        assert_eq!(toks("XR-450 at 0:00"), ["XR-450", "at", "0:00"]);
    }

    #[test]
    fn flags() {
        let s = "KAHN said al-Qaeda Élan";
        let mut out = Vec::new();
        tokenize(s, Span::new(0, s.len()), &mut out);
        assert!(out[0].is_all_caps() && out[0].is_cap());
        assert!(out[1].is_lower());
        assert!(out[2].is_cap());
        assert!(out[3].is_cap() && !out[3].is_all_caps());
    }
}
