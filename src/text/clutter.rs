//! Page clutter, transcript speaker labels, datelines and headline-case lines.
//!
//! Reads the body of a document line by line and classifies each line ([`BlockKind`]). Scraped
//! pages carry player controls, donation pleas, copyright and credit lines and stage directions
//! such as "(SOUNDBITE OF ...)"; none of it may become an entity, so such lines (and such
//! sentences inside a line, see [`is_clutter_sentence`]) are marked and never extracted. The
//! patterns are general page furniture, not tied to one site.
//!
//! Sits between reading and segmentation: `Document::new` calls [`classify`].

use std::sync::LazyLock;

use regex::Regex;

use super::document::{Block, BlockKind, Span};

/// Whole lines that are page furniture (case-insensitive, anchored).
static CLUTTER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^\s*(?:
            play\ live\ radio | next\ up:? | listen(?:\ live)?(?:\ ·.*)? | live\ radio
          | (?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s+(?:\d{1,2}:)?\d{1,2}:\d{2})*
          | available\ on\ air\ stations | on\ air\ now.* | now\ playing.*
          | donate(?:\ now|\ today)?\b.* | support\ (?:local|public|independent)\ .*
          | (?:sign\ up|subscribe)\b.{0,80} | .{0,40}\bnewsletters?\b.{0,40}
          | (?:share|tweet|email|print|comment|save)(?:\ (?:this|on)\ \w+)?(?:\ (?:story|article|page))?
          | advertisement | skip\ to\ (?:main\ )?content | (?:main\ )?menu | search
          | (?:read|see|watch|listen)\ more\b.{0,80} | related(?:\ (?:stories|articles|content|topics|coverage))?(?::.*)?
          | click\ here\b.* | follow\ us\b.* | (?:all\ )?rights\ reserved\.?
          | media\ note | press\ release | news\ release | for\ immediate\ release | fact\ sheet
          | press\ statement | statement | joint\ statement | readout | remarks | press\ briefing | (?:photo|image|video)\ (?:credit|by|courtesy)\b.*
          | prn:?\s*[\d/\-]+ | \#\#\#+ | -\ ?\d+\ ?- | (?:page\ )?\d+\ of\ \d+
          | you\ make\ .{1,60}\ possible\.? | .{1,40}\ is\ (?:a\ )?(?:nonprofit|non-profit)(?:\ and\ independent)?\b.{0,80}
          | (?:give|donate|contribute)\ (?:today|now)\b.*
          | accessibility\ links | breaking\ news | (?:top\ )?stories | back\ to\ top | top\ of\ page
          | print\ this\ page | (?:follow|like)\ us\ on\ .{1,40} | media\ contacts? (?:\ .{0,40})?
        )\s*$",
    )
    .expect("clutter line pattern")
});

/// Sentences that are page furniture wherever they stand (case-insensitive, anchored at the
/// start of the sentence).
static CLUTTER_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^\s*(?:
            transcript\ provided\ by | copyright\b | \(c\)\ \d | ©
          | (?:give|donate|contribute)\ (?:today|now) | a\ (?:monthly|one-time|recurring)\ (?:donation|gift)
          | we\ rely\ on\ (?:readers|listeners|viewers|donors|you)
          | your\ (?:support|donation|gift)\ (?:makes|helps|keeps)
          | you\ make\ .{1,60}\ possible | .{1,60}\ is\ (?:a\ )?(?:nonprofit|non-profit)
          | this\ (?:transcript|story|article)\ (?:was|has\ been|is)\ (?:provided|produced|updated|corrected|edited)
          | (?:npr|ap|reuters)\ transcripts\ are
          | (?:some\ )?information\ (?:in\ this\ report\ )?(?:comes|came)\ from
          | (?:sign\ up|subscribe)\ (?:for|to)\b
          | (?:click|tap)\ (?:here|to)\b
        )",
    )
    .expect("clutter sentence pattern")
});

/// Stage directions in transcripts: "(SOUNDBITE OF ARCHIVED BROADCAST)", "(LAUGHTER)".
static STAGE_DIRECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\((?:SOUNDBITE|BEGIN|END|LAUGHTER|APPLAUSE|CROSSTALK|MUSIC|INAUDIBLE|SPEAKING|FOREIGN LANGUAGE|UNIDENTIFIED|BROADCAST|AUDIO|VIDEO|CHEERING|SINGING|CHANTING|SIREN|GUNFIRE|NOISE|SOUND|BELL)[^()]*(?:\([^()]*\)[^()]*)*\)|\((?i:speaking|singing|laughter|laughing|applause|crosstalk|inaudible)[^()]*\)",
    )
    .expect("stage direction pattern")
});

/// A transcript speaker label: an all-capitals name, an optional role, a colon.
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<name>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’\-]*(?: [A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž.'’\-]*){0,5})(?:, (?P<role>[A-Z][A-Z .,'’\-]{1,60}?))?:(?: |$)",
    )
    .expect("speaker pattern")
});

/// Label words that look like a speaker label but are not a person.
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "UPDATE",
    "UPDATED",
    "CORRECTION",
    "SOURCE",
    "SOURCES",
    "PHOTO",
    "VIDEO",
    "WATCH",
    "READ",
    "RELATED",
    "PRN",
    "CAPTION",
    "CREDIT",
    "WARNING",
    "DISCLAIMER",
    "Q",
    "A",
    "QUESTION",
    "ANSWER",
    "BREAKING",
    "EXCLUSIVE",
    "OPINION",
    "ANALYSIS",
    "TOPICS",
    "TAGS",
    "FILE",
    "AUDIO",
    "TRANSCRIPT",
    "SUMMARY",
    "BACKGROUND",
    "LOCATION",
    "DATE",
    "TIME",
    "SUBJECT",
    "TO",
    "FROM",
    "CC",
    "RE",
    "PS",
    "P.S",
    "WHAT",
    "WHEN",
    "WHERE",
    "WHY",
    "HOW",
    "WHO",
];

/// Speaker labels for unnamed voices: recognized as labels but not as people.
const ANONYMOUS_SPEAKERS: &[&str] = &[
    "UNIDENTIFIED PERSON",
    "UNIDENTIFIED MAN",
    "UNIDENTIFIED WOMAN",
    "UNIDENTIFIED REPORTER",
    "UNIDENTIFIED GROUP",
    "UNIDENTIFIED CHILD",
    "ANNOUNCER",
    "CROWD",
    "GROUP",
    "HOST",
    "NARRATOR",
    "MAN",
    "WOMAN",
    "REPORTER",
    "SPEAKER",
    "AUDIENCE",
    "CHORUS",
    "PROTESTERS",
    "CHILD",
    "BOY",
    "GIRL",
    "OFFICER",
    "OPERATOR",
    "INTERPRETER",
    "TRANSLATOR",
];

/// A dateline at the start of a line: "WASHINGTON —", "MEXICO CITY (AP) -",
/// "SANTA FE, New Mexico —"; in title case only with its state and a spaced dash
/// ("Washington, D.C. –", "Plano, Texas —").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?)(?: \([A-Za-z .]{1,30}\))? ?(?:—|–|--|-) ?|^(?P<titled>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?) (?:—|–|--) ",
    )
    .expect("dateline pattern")
});

/// Classifies the lines of `body` in `text`.
pub(super) fn classify(text: &str, body: Span) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut pos = body.start;
    // a label on a line of its own ("JANE DOE, HOST:") speaks the next paragraph
    let mut pending: Option<(Option<Span>, Option<Span>)> = None;
    // the body's first line, if it reads as a title, is the headline ("Kenya and Somalia Agree to
    // Boost Border Security"), whatever its verb
    let mut first_text = true;
    let mut headlines: std::collections::HashSet<&str> = std::collections::HashSet::new();
    // the front matter's title, when the page repeats it as a line
    if let Some(title) = text[..body.start].lines().find_map(|l| l.strip_prefix("title:")) {
        let title = title.trim().trim_matches(['"', '\'']).trim();
        if !title.is_empty() {
            headlines.insert(title);
        }
    }
    for raw in text[body.start..body.end].split_inclusive('\n') {
        let line_end = pos + raw.trim_end_matches(['\n', '\r']).len();
        let span = Span::new(pos, line_end);
        let mut block = classify_line(text, span);
        if block.kind == BlockKind::Text && std::mem::take(&mut first_text) {
            let line = &text[span.start..span.end];
            if block.speaker.is_none() && block.dateline.is_none() && is_title_line(line) {
                block.kind = BlockKind::Headline;
            }
        } else if block.kind == BlockKind::Headline {
            first_text = false;
        }
        let label_only = block.kind == BlockKind::Text
            && block.content.start >= block.content.end
            && (block.speaker.is_some() || block.speaker_role.is_some());
        if label_only {
            pending = Some((block.speaker, block.speaker_role));
        } else if block.kind == BlockKind::Text {
            if let Some((speaker, role)) = pending.take() {
                if block.speaker.is_none() && block.dateline.is_none() {
                    block.speaker = speaker;
                    block.speaker_role = role;
                }
            }
        } else if block.kind != BlockKind::Blank {
            pending = None;
        }
        // a page that repeats its headline: the repeat is a headline too
        if block.kind == BlockKind::Text && block.speaker.is_none() && block.dateline.is_none() {
            let line = text[span.start..span.end].trim();
            if headlines.contains(line) {
                block.kind = BlockKind::Headline;
            }
        }
        if block.kind == BlockKind::Headline {
            headlines.insert(text[span.start..span.end].trim());
        }
        blocks.push(block);
        pos += raw.len();
    }
    join_wrapped_lines(text, &mut blocks);
    blocks
}

/// Lines broken inside a sentence, as in hard-wrapped press releases ("JOHN DOE, Special Agent
/// in Charge / of the Drug Enforcement Administration, announced"), are one block. A text line
/// with no closing punctuation continues into the next text line when that line opens in lower
/// case, or, in a document whose prose is wrapped (three or more such long lines, a quarter of
/// its text lines), whenever the line is long.
fn join_wrapped_lines(text: &str, blocks: &mut Vec<Block>) {
    const LONG: usize = 45;
    let open = |b: &Block| {
        let t = text[b.content.start..b.content.end].trim_end();
        b.kind == BlockKind::Text
            && !t.is_empty()
            && !t.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', ')', ']', '|'])
    };
    // (a wrapped line full of names may read as a headline: "of the Drug Enforcement
    // Administration and JANE DOE, the United States")
    let continues = |b: &Block| {
        matches!(b.kind, BlockKind::Text | BlockKind::Headline)
            && b.speaker.is_none()
            && b.dateline.is_none()
            && b.content.start < b.content.end
    };
    // (the last line of a block already joined is what may be wrapped)
    let long = |b: &Block| {
        let t = &text[b.content.start..b.content.end];
        t.rsplit('\n').next().unwrap_or(t).trim().chars().count() >= LONG
    };
    let lower_start = |b: &Block| text[b.content.start..b.content.end].trim_start().starts_with(char::is_lowercase);
    // first the lines that open in lower case, then, where the prose is wrapped, every long one
    let (out, joined) = join_where(std::mem::take(blocks), |prev, b| open(prev) && continues(b) && lower_start(b));
    let texts = out.iter().filter(|b| b.kind == BlockKind::Text).count();
    let wrapped = out
        .windows(2)
        .filter(|w| open(&w[0]) && long(&w[0]) && continues(&w[1]) && w[1].kind == BlockKind::Text)
        .count()
        + joined;
    let out = if wrapped >= 3 && wrapped * 4 >= texts {
        join_where(out, |prev, b| open(prev) && long(prev) && continues(b) && b.kind == BlockKind::Text).0
    } else {
        out
    };
    *blocks = out;
}

/// Each block that `joins` the one before it (as joined so far) is added to it; also says how
/// many were.
fn join_where(blocks: Vec<Block>, joins: impl Fn(&Block, &Block) -> bool) -> (Vec<Block>, usize) {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut joined = 0;
    for b in blocks {
        if let Some(prev) = out.last_mut().filter(|prev| joins(prev, &b)) {
            prev.span.end = b.span.end;
            prev.content.end = b.content.end;
            joined += 1;
        } else {
            out.push(b);
        }
    }
    (out, joined)
}

fn classify_line(text: &str, span: Span) -> Block {
    let line = &text[span.start..span.end];
    let mut block =
        Block { span, kind: BlockKind::Text, speaker: None, speaker_role: None, dateline: None, content: span };
    if line.trim().is_empty() {
        block.kind = BlockKind::Blank;
        return block;
    }
    if CLUTTER_LINE.is_match(line) {
        block.kind = BlockKind::Clutter;
        return block;
    }
    if let Some(c) = SPEAKER.captures(line) {
        let name = c.name("name").expect("group");
        let label = name.as_str().trim_end_matches('.');
        let whole = c.get(0).expect("match");
        let letters = label.chars().filter(|c| c.is_alphabetic()).count();
        // (alone on its line only with a role: "JANE DOE, HOST:")
        let rest = !line[whole.end()..].trim().is_empty() || c.name("role").is_some();
        if letters >= 2 && !NOT_SPEAKERS.contains(&label) && rest {
            if !ANONYMOUS_SPEAKERS.contains(&label) {
                block.speaker = Some(Span::new(span.start + name.start(), span.start + name.start() + label.len()));
                block.speaker_role = c.name("role").map(|r| Span::new(span.start + r.start(), span.start + r.end()));
            }
            block.content = Span::new(span.start + whole.end(), span.end);
            return block;
        }
    }
    if let Some(c) = DATELINE.captures(line) {
        let place = c.name("place").or_else(|| c.name("titled")).expect("group");
        let caps = place.as_str().split(',').next().unwrap_or("");
        let whole = c.get(0).expect("match");
        let rest = line[whole.end()..].trim_start();
        if caps.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && rest.chars().next().is_some_and(|c| c.is_uppercase() || c == '"' || c == '“')
        {
            block.dateline = Some(Span::new(span.start + place.start(), span.start + place.end()));
            block.content = Span::new(span.start + whole.end(), span.end);
            return block;
        }
    }
    if is_headline(line) {
        block.kind = BlockKind::Headline;
    }
    block
}

/// True for a sentence that is page furniture ("Transcript provided by ...").
pub fn is_clutter_sentence(sentence: &str) -> bool {
    CLUTTER_SENTENCE.is_match(sentence)
}

/// Byte ranges (relative to `s`) of stage directions such as "(SOUNDBITE OF ...)".
pub(super) fn stage_directions(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    STAGE_DIRECTION.find_iter(s).map(|m| (m.start(), m.end()))
}

/// Words that headline case capitalizes but running text does not.
const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "for", "of", "on", "in", "at", "to", "by", "with", "from", "as", "after",
    "before", "over", "into", "is", "are", "was", "were", "be", "its", "his", "her", "their", "amid", "against",
    "about", "up", "down", "off", "out",
];

/// A first line that reads as a title: no closing punctuation, four words or more, every word
/// but the small ones capitalized, and no comma (a name with its office, "Jane Doe, Secretary
/// of State", or an office line, "Bureau of Public Affairs, Office of the Spokesman", is not a
/// title).
fn is_title_line(line: &str) -> bool {
    let t = line.trim();
    if t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”']) || t.contains(',') {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    let big: Vec<&&str> = words.iter().filter(|w| !SMALL_WORDS.contains(&w.to_lowercase().as_str())).collect();
    big.len() >= 4 && big.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// A line in headline case: no closing punctuation, at least four words, nearly every word
/// capitalized, including some words that running text writes in lower case.
fn is_headline(line: &str) -> bool {
    let t = line.trim();
    if t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”']) {
        return false;
    }
    // a name and an office ("Jane Doe, Department Spokesperson") is a byline, not a headline
    if t.contains(',') && t.split_whitespace().count() <= 6 {
        return false;
    }
    let words: Vec<&str> = t.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_alphabetic)).collect();
    if words.len() < 4 {
        return false;
    }
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let small_capped = words
        .iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && SMALL_WORDS.contains(&w.to_lowercase().as_str())
        })
        .count();
    let small_lower = words.iter().filter(|w| SMALL_WORDS.contains(w)).count();
    if caps * 10 >= words.len() * 9 && (small_capped > 0 || small_lower == 0) && caps >= 4 {
        return true;
    }
    // news-agency style keeps the small words in lower case ("Man Sentenced to 12 Years for
    // Fraud"): every other word capitalized, enough of them that it is not a byline's list of
    // names ("By Jane Doe and John Roe"), and a participle that makes it a headline rather than
    // an organization's name ("Bureau of Public Affairs, Office of the Spokesman")
    let big = words.len() - small_lower;
    let participle = words.iter().any(|w| w.len() > 4 && w.ends_with("ed"));
    small_lower > 0 && big >= 5 && caps * 10 >= big * 9 && small_capped == 0 && participle
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<BlockKind> {
        classify(text, Span::new(0, text.len())).into_iter().map(|b| b.kind).collect()
    }

    #[test]
    fn player_and_donation_lines_are_clutter() {
        let t = "Play Live Radio\nNext Up:\n0:00 0:00\nDonate today and support local reporting.\nThe court ruled on Monday.";
        assert_eq!(
            kinds(t),
            vec![BlockKind::Clutter, BlockKind::Clutter, BlockKind::Clutter, BlockKind::Clutter, BlockKind::Text]
        );
    }

    #[test]
    fn headline_case_line() {
        assert!(is_headline("Senate Passes Budget Bill After Long Night"));
        assert!(!is_headline("The senate passed the budget bill after a long night."));
        assert!(!is_headline("Washington, DC"));
        assert!(is_headline("Tucson Man Sentenced to 12 Years for Laundering Drug Proceeds"));
        assert!(!is_headline("By Jane Doe and John Roe"));
        assert!(!is_headline("Jane Doe and John Roe"));
        assert!(is_headline("Opposition Leader Detained Ahead of Vote"));
        assert!(!is_headline("Bureau of Public Affairs, Office of the Spokesman"));
        assert!(!is_headline("The court sentenced him to 12 years for fraud on Monday"));
    }

    #[test]
    fn speaker_labels() {
        let t = "JANE DOE, BYLINE: It rained today.\nSMITH: No, it did not.\nPRN: 2010/12\nNOTE: this is text.";
        let b = classify(t, Span::new(0, t.len()));
        assert_eq!(&t[b[0].speaker.unwrap().start..b[0].speaker.unwrap().end], "JANE DOE");
        assert_eq!(&t[b[0].content.start..b[0].content.end], "It rained today.");
        assert_eq!(&t[b[1].speaker.unwrap().start..b[1].speaker.unwrap().end], "SMITH");
        assert_eq!(b[2].kind, BlockKind::Clutter);
        assert_eq!(b[3].speaker, None);
    }

    #[test]
    fn a_label_on_its_own_line_speaks_the_next_paragraph() {
        let t = "JANE DOE, HOST:\n\nIt rained today.\nSMITH: No.";
        let b = classify(t, Span::new(0, t.len()));
        assert_eq!(b[0].content.start, b[0].content.end, "the label line holds no text");
        assert_eq!(&t[b[2].speaker.unwrap().start..b[2].speaker.unwrap().end], "JANE DOE");
        assert_eq!(&t[b[2].speaker_role.unwrap().start..b[2].speaker_role.unwrap().end], "HOST");
        assert_eq!(&t[b[3].speaker.unwrap().start..b[3].speaker.unwrap().end], "SMITH");
    }

    #[test]
    fn a_title_case_first_line_is_the_headline() {
        let t = "Kenya and Somalia Agree to Boost Border Security\n\nThe two leaders met on Monday.\nJane Doe and John Roe Smith";
        assert!(!is_title_line("Jane Doe, Secretary of State Of Ruritania"));
        let k = kinds(t);
        assert_eq!(k[0], BlockKind::Headline);
        assert_eq!(k[2], BlockKind::Text);
        assert_eq!(k[3], BlockKind::Text, "only the first line is read as a title");
    }

    #[test]
    fn anonymous_speaker_has_label_but_no_name() {
        let t = "UNIDENTIFIED PERSON: Get out.";
        let b = classify(t, Span::new(0, t.len()));
        assert_eq!(b[0].speaker, None);
        assert_eq!(&t[b[0].content.start..b[0].content.end], "Get out.");
    }

    #[test]
    fn a_name_and_a_dash_without_a_state_is_no_dateline() {
        let line = "Jane Doe – the mayor – spoke.";
        assert!(classify(line, Span::new(0, line.len()))[0].dateline.is_none());
    }

    #[test]
    fn datelines() {
        for (line, place) in [
            ("WASHINGTON—Representative Jones spoke.", "WASHINGTON"),
            ("MEXICO CITY (AP) — Officials said.", "MEXICO CITY"),
            ("SANTA FE, New Mexico -- A judge ruled.", "SANTA FE, New Mexico"),
            ("Washington, D.C. – Today, Senator Jones spoke.", "Washington, D.C."),
            ("Plano, Texas — A jury found him guilty.", "Plano, Texas"),
        ] {
            let b = classify(line, Span::new(0, line.len()));
            let d = b[0].dateline.expect(line);
            assert_eq!(&line[d.start..d.end], place);
        }
    }

    #[test]
    fn clutter_sentences_and_stage_directions() {
        assert!(is_clutter_sentence("Transcript provided by NPR, Copyright NPR."));
        assert!(is_clutter_sentence("A monthly donation of $5 makes a real difference."));
        assert!(!is_clutter_sentence("The station donated food to the shelter."));
        let s = "(SOUNDBITE OF SONG, \"LOVE\") Transcript provided by X.";
        let d: Vec<_> = stage_directions(s).collect();
        assert_eq!(d, vec![(0, 27)]);
    }
}
