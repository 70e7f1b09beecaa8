//! Mention candidates: proper names, demonyms, acronyms, titles, groups, descriptions and
//! pronouns, each with the evidence for its type.
//!
//! Requires: a segmented [`Document`]. Produces: [`Annotations::candidates`] and
//! [`Annotations::links`] (relations stated inside one name, such as the country of a title).
//!
//! Capitalized words are chunked into names, joined by name particles ("de", "van", "bin")
//! and, inside organization names, by "of", "on", "for", "the" and "and" ("House Committee on
//! Foreign Affairs"). A chunk is then split into its parts: a leading place ("U.S."), a title
//! ("Attorney General"), an organization before a title ("Office of ... Director"), and a
//! person's name; or it stays one name whose type is voted from its head word, the lexicons and
//! its context. A sentence-initial capital is only a name when the word is not a common word,
//! or when the document also capitalizes it mid-sentence.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::heads::{
    is_corporate_head, is_craft_noun, is_creed_adjective, is_crime_modifier, is_facility_head, is_group_modifier,
    is_group_noun, is_non_actor, is_org_head, is_org_noun, is_other_head, is_place_head, is_standalone_institution,
};
use super::lexicon::roles::{RoleClass, is_title_modifier, role_class, role_class_exact, title_class};
use super::lexicon::words::{
    is_clock_word, is_first_person, is_function_word, is_name_connector, is_person_pronoun, month, weekday,
};
use super::lexicon::{Form, Hit, Lexicon, key};
use super::{Annotations, Context, MentionForm, Pass};
use crate::error::Result;
use crate::kinds::{EntityKind, RelationKind};
use crate::text::{BlockKind, Document, Span, Token, TokenKind};

/// Evidence for each entity type, with the reasons.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Votes {
    /// Scores indexed by [`kind_index`].
    pub score: [i32; 5],
    /// Human-readable reasons ("+3 organization: head word 'department'").
    pub reasons: Vec<String>,
}

/// Index of an entity kind in [`Votes::score`].
pub fn kind_index(k: EntityKind) -> usize {
    match k {
        EntityKind::Person => 0,
        EntityKind::Organization => 1,
        EntityKind::Location => 2,
        EntityKind::Group => 3,
        _ => 4,
    }
}

const KINDS: [EntityKind; 5] =
    [EntityKind::Person, EntityKind::Organization, EntityKind::Location, EntityKind::Group, EntityKind::Other];

impl Votes {
    /// Adds `w` to a type's score for a reason.
    pub fn add(&mut self, k: EntityKind, w: i32, why: impl std::fmt::Display) {
        self.score[kind_index(k)] += w;
        self.reasons.push(format!("{w:+} {k}: {why}"));
    }

    /// Adds another tally's scores, not its reasons.
    pub fn merge_scores(&mut self, o: &Votes) {
        for i in 0..5 {
            self.score[i] += o.score[i];
        }
    }

    /// Adds all of another tally.
    pub fn merge(&mut self, o: &Votes) {
        for i in 0..5 {
            self.score[i] += o.score[i];
        }
        self.reasons.extend(o.reasons.iter().cloned());
    }

    /// The winning type and its margin over the runner-up (ties go to the earlier type in
    /// person, organization, location, group, other).
    pub fn best(&self) -> (EntityKind, i32) {
        let mut order = [0, 1, 2, 3, 4];
        order.sort_by_key(|&i| (-self.score[i], i));
        (KINDS[order[0]], self.score[order[0]] - self.score[order[1]])
    }

    /// The highest score.
    pub fn max(&self) -> i32 {
        *self.score.iter().max().unwrap_or(&0)
    }
}

/// A title found before a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Title {
    /// The title text without a leading country ("Attorney General").
    pub text: String,
    /// Its class.
    pub class: RoleClass,
    /// Where it stands.
    pub span: Span,
}

/// A mention candidate.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Bytes of the mention.
    pub span: Span,
    /// Sentence index (`usize::MAX` for speaker labels and datelines).
    pub sentence: usize,
    /// Token range in [`Document::tokens`] (empty for labels and datelines).
    pub tokens: (usize, usize),
    /// How it names its entity.
    pub form: MentionForm,
    /// Evidence for its type.
    pub votes: Votes,
    /// Lexicon hit for the whole mention.
    pub lex: Option<Hit>,
    /// Title before it (persons).
    pub title: Option<Title>,
    /// Head noun of a description or group ("general", "cartels"), lower case.
    pub head: Option<String>,
    /// Modifiers kept as attributes ("retired").
    pub attributes: Vec<String>,
    /// Lies inside another candidate.
    pub nested: bool,
    /// Followed by a possessive "'s".
    pub possessive: bool,
    /// A description whose possessor is another candidate ("Mexico's foreign minister").
    pub possessor: Option<usize>,
    /// The common noun that introduced a named craft ("shuttle" for "the shuttle Endeavour").
    pub craft: Option<String>,
}

impl Candidate {
    fn new(span: Span, sentence: usize, tokens: (usize, usize), form: MentionForm) -> Self {
        Candidate {
            span,
            sentence,
            tokens,
            form,
            votes: Votes::default(),
            lex: None,
            title: None,
            head: None,
            attributes: Vec::new(),
            nested: false,
            possessive: false,
            possessor: None,
            craft: None,
        }
    }
}

/// A relation stated inside or right around a name, between two candidates.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Relation type.
    pub kind: RelationKind,
    /// Subject candidate.
    pub subject: usize,
    /// Object candidate.
    pub object: usize,
    /// The phrase.
    pub evidence: Span,
    /// A title the relation comes with ("Director").
    pub title: Option<String>,
}

/// The names pass.
#[derive(Debug, Clone, Copy)]
pub struct NamesPass;

impl Pass for NamesPass {
    fn name(&self) -> &'static str {
        "names"
    }

    fn run(&self, doc: &Document, cx: &Context<'_>, ann: &mut Annotations) -> Result<()> {
        let (c, l) = find_candidates(doc, cx.lexicon);
        ann.candidates = c;
        ann.links = l;
        Ok(())
    }
}

/// Status words kept as attributes rather than name words ("former", "retired").
const STATUS_MODIFIERS: &[&str] =
    &["former", "retired", "late", "acting", "interim", "outgoing", "incoming", "then", "ex", "deputy", "disgraced"];

/// Document-wide word statistics used to judge sentence-initial capitals.
struct DocStats<'a> {
    /// Lower-case forms of words capitalized somewhere other than a sentence start.
    cap_mid: HashSet<&'a str>,
    /// Words seen in lower case.
    lower_seen: HashSet<&'a str>,
}

impl<'a> DocStats<'a> {
    fn new(doc: &'a Document) -> Self {
        let mut cap_mid = HashSet::default();
        let mut lower_seen = HashSet::default();
        for t in doc.tokens() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let l = doc.slice_lower(t.span);
            if t.is_lower() {
                lower_seen.insert(l);
            } else if t.is_cap() && !t.is_sentence_start() && !t.is_all_caps() {
                cap_mid.insert(l);
            }
        }
        DocStats { cap_mid, lower_seen }
    }
}

/// A sentence being analysed.
struct Sent<'a> {
    doc: &'a Document,
    lx: &'a Lexicon,
    toks: &'a [Token],
    base: usize,
    index: usize,
    /// Index in the candidate list of this sentence's first candidate: the look-backs below
    /// only ever match candidates of the same sentence, so they search from here, not from
    /// the start of the document.
    first: usize,
}

impl<'a> Sent<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.doc.slice(self.toks[i].span)
    }
    fn low(&self, i: usize) -> &'a str {
        self.doc.slice_lower(self.toks[i].span)
    }
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }
    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }
    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word && t.is_cap())
    }
    fn low_is(&self, i: usize, words: &[&str]) -> bool {
        i < self.toks.len() && words.contains(&self.low(i))
    }
    fn gaz(&self, a: usize, b: usize) -> Option<Hit> {
        self.lx.best_lower(self.doc.slice_lower(self.span(a, b)))
    }
}

/// Finds all mention candidates of a document.
pub fn find_candidates(doc: &Document, lx: &Lexicon) -> (Vec<Candidate>, Vec<Link>) {
    let stats = DocStats::new(doc);
    let mut out = Vec::new();
    let mut links = Vec::new();
    labels(doc, lx, &mut out, &mut links);
    for si in 0..doc.sentences().len() {
        let s = &doc.sentences()[si];
        let toks = doc.sentence_tokens(si);
        let sent = Sent { doc, lx, toks, base: s.first_token, index: si, first: out.len() };
        let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
        let shouting = toks.iter().filter(|t| t.is_all_caps()).count();
        if words >= 4 && shouting * 10 >= words * 6 {
            continue;
        }
        sentence_candidates(&sent, &stats, &mut out, &mut links);
    }
    sort_candidates(&mut out, &mut links);
    dedup_overlaps(&mut out, &mut links);
    (out, links)
}

/// Sorts candidates by position (longest first at a start), keeping links and possessors
/// pointing at the same candidates.
fn sort_candidates(out: &mut Vec<Candidate>, links: &mut [Link]) {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].span.start, std::cmp::Reverse(out[i].span.end), i));
    let mut new_index = vec![0usize; out.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut taken: Vec<Option<Candidate>> = out.drain(..).map(Some).collect();
    for &old in &order {
        let mut c = taken[old].take().expect("each candidate moved once");
        c.possessor = c.possessor.map(|p| new_index[p]);
        out.push(c);
    }
    for l in links.iter_mut() {
        l.subject = new_index[l.subject];
        l.object = new_index[l.object];
    }
}

/// Speaker labels and datelines.
fn labels(doc: &Document, lx: &Lexicon, out: &mut Vec<Candidate>, links: &mut Vec<Link>) {
    for b in doc.blocks() {
        if b.kind != BlockKind::Text {
            continue;
        }
        if let Some(sp) = b.speaker {
            let mut c = Candidate::new(sp, usize::MAX, (0, 0), MentionForm::Speaker);
            c.votes.add(EntityKind::Person, 6, "transcript speaker label");
            out.push(c);
        }
        if let Some(dl) = b.dateline {
            let text = doc.slice(dl);
            let mut parts = Vec::new();
            let mut pos = dl.start;
            // ("Washington, D.C." is one place the gazetteer knows whole)
            let whole = lx.best(&key(text)).filter(|_| text.contains(','));
            let pieces: Vec<&str> = if whole.is_some() { vec![text] } else { text.split(',').collect() };
            for piece in pieces {
                let lead = piece.len() - piece.trim_start().len();
                let sp = Span::new(pos + lead, pos + lead + piece.trim().len());
                pos += piece.len() + 1;
                if !sp.is_empty() {
                    parts.push(sp);
                }
            }
            let first = out.len();
            for sp in parts {
                let mut c = Candidate::new(sp, usize::MAX, (0, 0), MentionForm::Dateline);
                c.lex = lx.best(&key(doc.slice(sp)));
                c.votes.add(EntityKind::Location, 6, "dateline");
                out.push(c);
            }
            if out.len() == first + 2 {
                links.push(Link {
                    kind: RelationKind::LocatedIn,
                    subject: first,
                    object: first + 1,
                    evidence: dl,
                    title: None,
                });
            }
        }
    }
}

/// Is token `i` a word that can be part of a name?
fn name_tok(s: &Sent<'_>, i: usize) -> bool {
    if !s.is_cap(i) {
        return false;
    }
    let t = s.text(i);
    let l = s.low(i);
    let pronoun = t == "I"
        || t == "I."
        || l.starts_with("i'") && l.len() <= 4
        || l.starts_with("i’") && l.chars().count() <= 4
        || is_person_pronoun(l)
        || matches!(l, "it" | "its" | "they" | "them" | "their" | "we" | "our" | "you" | "your");
    let shouted_word = s.toks[i].is_all_caps() && is_function_word(l) && t.len() > 2;
    // "10:49 AM EDT": a clock time's half of the day and time zone
    let clock = s.toks[i].is_all_caps()
        && is_clock_word(l)
        && i >= 1
        && (s.toks[i - 1].kind == TokenKind::Number || s.low_is(i - 1, &["am", "pm"]));
    !(pronoun || shouted_word || clock)
}

fn sentence_candidates(s: &Sent<'_>, stats: &DocStats, out: &mut Vec<Candidate>, links: &mut Vec<Link>) {
    let n = s.toks.len();
    let mut i = 0;
    while i < n {
        // "The retired general said": a capitalized determiner opens a description
        let determiner = (matches!(s.low(i), "the" | "its" | "his" | "her" | "their")
            || (s.toks[i].is_sentence_start() && (is_group_noun(s.low(i)) || s.low(i) == "it")))
            && !name_tok(s, i + 1);
        if !name_tok(s, i) || determiner {
            lowercase_candidates(s, i, out, links);
            i += 1;
            continue;
        }
        if hyphenated_places(s, i, out) || hyphenated_modifier(s, i, out) {
            i += 1;
            continue;
        }
        // "Rep. Jane Doe (D-Md.)", "(R-CA)", "(AR-02)": a lawmaker's party and state, no name
        if i > 0 && s.text(i - 1) == "(" {
            if let Some(close) = (i + 1..n.min(i + 6)).find(|&k| s.text(k) == ")") {
                let inner = s.doc.slice(Span::new(s.toks[i].span.start, s.toks[close - 1].span.end));
                if is_party_tag(inner) {
                    i = close;
                    continue;
                }
            }
        }
        let end = chunk_end(s, i);
        let end = match s.gaz_longest(i) {
            Some(e) if e > end => e,
            _ => end,
        };
        // "the jihadist group", "Eastern envoys": a creed or a side of the world before a
        // common noun describes it
        if end == i + 1
            && is_creed_adjective(s.low(i))
            && s.toks.get(end).is_some_and(|t| t.is_lower() && t.kind == TokenKind::Word)
        {
            lowercase_candidates(s, i, out, links);
            i = end;
            continue;
        }
        let before = out.len();
        analyse_chunk(s, stats, i, end, out, links);
        coordinate(s, before, out);
        i = end;
    }
}

/// A lawmaker's party and state or district as news writes it after the name: "D-Md.", "R-CA",
/// "R-Texas", "AR-02", "NY-17".
fn is_party_tag(t: &str) -> bool {
    let Some((party, place)) = t.split_once('-') else { return false };
    let party_ok = matches!(party, "R" | "D" | "I")
        || party.len() == 2
            && party.chars().all(|c| c.is_ascii_uppercase())
            && place.chars().all(|c| c.is_ascii_digit());
    let place = place.trim_end_matches('.');
    let place_ok = !place.is_empty()
        && (place.chars().all(|c| c.is_ascii_digit())
            || place.chars().next().is_some_and(|c| c.is_ascii_uppercase())
                && place.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c.is_ascii_digit()));
    party_ok && place_ok && t.len() <= 16
}

/// "California-Mexico border": a hyphenated word joining two places names both.
fn hyphenated_places(s: &Sent<'_>, i: usize, out: &mut Vec<Candidate>) -> bool {
    let t = s.text(i);
    let Some((x, y)) = t.split_once('-') else { return false };
    if name_tok(s, i + 1) || x.is_empty() || y.is_empty() || !y.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let place = |w: &str| {
        s.lx.best(&key(w))
            .filter(|h| h.form == Form::Name && !s.lx.entry(h.entry).weak && s.lx.entry(h.entry).place.is_some())
    };
    let (Some(hx), Some(hy)) = (place(x), place(y)) else { return false };
    let start = s.toks[i].span.start;
    for (h, a, b) in [(hx, start, start + x.len()), (hy, start + x.len() + 1, start + t.len())] {
        let mut c = Candidate::new(Span::new(a, b), s.index, (s.base + i, s.base + i + 1), MentionForm::Name);
        c.votes.add(EntityKind::Location, 5, format!("gazetteer: {}", s.lx.entry(h.entry).name));
        c.lex = Some(h);
        out.push(c);
    }
    true
}

/// Suffixes that make a name a modifier ("Boston-based", "U.S.-backed"), with the kind the
/// name gets when the lexicon does not know it.
const MODIFIER_SUFFIXES: &[(&str, EntityKind)] = &[
    ("-based", EntityKind::Location),
    ("-headquartered", EntityKind::Location),
    ("-born", EntityKind::Location),
    ("-registered", EntityKind::Location),
    ("-led", EntityKind::Organization),
    ("-backed", EntityKind::Organization),
    ("-owned", EntityKind::Organization),
    ("-run", EntityKind::Organization),
    ("-funded", EntityKind::Organization),
    ("-sponsored", EntityKind::Organization),
    ("-allied", EntityKind::Organization),
    ("-aligned", EntityKind::Organization),
    ("-linked", EntityKind::Organization),
    ("-controlled", EntityKind::Organization),
];

/// "a Boston-based bank", "Saudi-led forces": the name before the suffix, alone.
fn hyphenated_modifier(s: &Sent<'_>, i: usize, out: &mut Vec<Candidate>) -> bool {
    let t = s.text(i);
    let l = s.low(i);
    let Some(&(suffix, kind)) = MODIFIER_SUFFIXES.iter().find(|(x, _)| l.ends_with(x) && l.len() > x.len()) else {
        return false;
    };
    let x = &t[..t.len() - suffix.len()];
    let start = s.toks[i].span.start;
    let mut c =
        Candidate::new(Span::new(start, start + x.len()), s.index, (s.base + i, s.base + i + 1), MentionForm::Name);
    match s.lx.best(&key(x)).filter(|h| !s.lx.entry(h.entry).weak) {
        Some(h) => {
            let e = s.lx.entry(h.entry);
            c.votes.add(e.kind, 6, format!("gazetteer: {}", e.name));
            if h.form == Form::Demonym {
                c.form = MentionForm::Demonym;
            }
            c.lex = Some(h);
        }
        None => c.votes.add(kind, 3, format!("'{suffix}' after")),
    }
    out.push(c);
    true
}

/// "via Twitter and Facebook": a name with no evidence of its own, joined by "and"/"or" to the
/// name before it, is taken to be of the same type.
fn coordinate(s: &Sent<'_>, from: usize, out: &mut [Candidate]) {
    for k in from..out.len() {
        let c = &out[k];
        if c.form != MentionForm::Name || c.votes.max() > 1 || c.tokens.0 < s.base + 2 || c.lex.is_some() {
            continue;
        }
        let conj = c.tokens.0 - s.base - 1;
        if !s.low_is(conj, &["and", "or"]) {
            continue;
        }
        // (only this sentence's candidates can end right before it)
        let prev = out[s.first..from]
            .iter()
            .rposition(|p| p.tokens.1 == c.tokens.0 - 1 && !p.nested && p.form == MentionForm::Name)
            .map(|k| k + s.first);
        if let Some(p) = prev {
            let (kind, margin) = out[p].votes.best();
            // ("Nasir Qadri and Farid Hamidi": two-word names after a person's are people)
            let person_pair = kind == EntityKind::Person
                && margin >= 2
                && c.tokens.1 - c.tokens.0 == 2
                && out[k].votes.max() <= 1
                && !is_org_head(s.low(c.tokens.1 - s.base - 1));
            if person_pair {
                out[k].votes.add(kind, 2, format!("joined by '{}' to a person's name", s.low(conj)));
            } else if margin > 0
                && kind != EntityKind::Person
                && !{
                    // ("the X Agency and Don Pettin of NASA": a given name opens a person's name)
                    let first = s.low(c.tokens.0 - s.base);
                    c.tokens.1 - c.tokens.0 >= 2
                        && s.lx.is_given_name(first)
                        && !is_org_head(s.low(c.tokens.1 - s.base - 1))
                }
            {
                let why = format!("joined by '{}' to a name typed {kind}", s.low(conj));
                out[k].votes.add(kind, 2, why);
            }
        }
    }
}

impl Sent<'_> {
    /// End of the longest lexicon match starting at `i`, if any.
    fn gaz_longest(&self, i: usize) -> Option<usize> {
        let first = self.low(i);
        let first = first.split(['\'', '’']).next().unwrap_or(first);
        let max = self.lx.max_words_from(first)? + 2;
        let n = self.toks.len();
        for e in (i + 1..=(i + max).min(n)).rev() {
            if !self.is_cap(e - 1) {
                continue;
            }
            if self.gaz(i, e).is_some() {
                return Some(e);
            }
        }
        None
    }
}

/// Where the capitalized chunk starting at `i` ends (exclusive).
/// `Jorge "El Toro" Bandera`: where a quoted nickname of one to three capitalized words opens at
/// token `j` between a given name and more of the name, the index after the closing quote.
fn quoted_nickname_end(s: &Sent<'_>, j: usize) -> Option<usize> {
    let n = s.toks.len();
    if j == 0 || j + 3 >= n || !matches!(s.text(j), "\"" | "“") || !s.lx.is_given_name(s.low(j - 1)) {
        return None;
    }
    let close = (j + 2..(j + 5).min(n)).find(|&k| matches!(s.text(k), "\"" | "”"))?;
    ((j + 1..close).all(|k| s.is_cap(k) && s.toks[k].kind == TokenKind::Word) && name_tok(s, close + 1))
        .then_some(close + 1)
}

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”")
}

fn chunk_end(s: &Sent<'_>, i: usize) -> usize {
    let n = s.toks.len();
    let mut j = i + 1;
    let mut has_of = false;
    loop {
        // ("Norland Friday": a weekday after a name is the time, not the name)
        if j < n && name_tok(s, j) && (weekday(s.low(j)).is_none() || s.toks[j].is_all_caps()) {
            j += 1;
            continue;
        }
        if j + 1 < n
            && s.toks[j].kind == TokenKind::Word
            && is_name_connector(s.low(j))
            && name_tok(s, j + 1)
            && !s.low_is(j, &["al", "el"])
        {
            j += 2;
            continue;
        }
        if j + 2 < n && is_name_connector(s.low(j)) && is_name_connector(s.low(j + 1)) && name_tok(s, j + 2) {
            j += 3;
            continue;
        }
        if j < n && s.text(j) == "&" && name_tok(s, j + 1) {
            j += 2;
            continue;
        }
        if let Some(e) = quoted_nickname_end(s, j) {
            j = e;
            continue;
        }
        if j < n && s.toks[j].kind == TokenKind::Word {
            let prev = s.low(j - 1);
            let conn = s.low(j);
            let ok = match conn {
                "of" => {
                    is_org_head(prev)
                        || is_place_head(prev)
                        || title_class(prev).is_some()
                        || matches!(
                            prev,
                            "republic"
                                | "kingdom"
                                | "united"
                                | "states"
                                | "isle"
                                | "gulf"
                                | "bay"
                                | "sea"
                                | "university"
                                | "house"
                                | "chamber"
                                | "people's"
                                | "secretary"
                                | "minister"
                                | "member"
                        )
                }
                "on" | "for" => {
                    (is_org_head(prev) || matches!(prev, "center" | "centre") || title_class(prev).is_some())
                        // ("the Treasury on Wednesday")
                        && !(j + 1 < n && (weekday(s.low(j + 1)).is_some() || month(s.low(j + 1)).is_some()))
                }
                // "Special Agent in Charge"
                "in" => title_class(prev).is_some() && s.low_is(j + 1, &["charge"]),
                // "U.S. Ambassador to Mexico Jane Doe": an envoy's title names where they are sent
                "to" => super::lexicon::roles::is_envoy(prev) && s.toks[j - 1].is_cap(),
                // ("the Federal Bureau of Investigation and JANE DOE": a shouted or given name
                // after "and" is a person's)
                "and"
                    if s.toks.get(j + 1).is_some_and(|t| t.is_all_caps() && !s.toks[i].is_all_caps())
                        || j + 1 < n
                            && s.lx.is_given_name(s.low(j + 1))
                            && !s.lx.is_given_name_common_word(s.low(j + 1)) =>
                {
                    false
                }
                "and" => {
                    (has_of && (is_org_head(s.low(i)) || (i..j).any(|k| is_org_head(s.low(k)))))
                        // "Narcotic and Dangerous Drug Section", "Money Laundering and Asset
                        // Recovery Section": common words with no head of their own, then a
                        // name that ends in an organization head
                        || ((i..j).all(|k| {
                            s.toks[k].kind == TokenKind::Word
                                && !s.toks[k].is_all_caps()
                                && s.lx.is_common_word(s.low(k))
                                && !is_org_head(s.low(k))
                                && s.gaz(k, k + 1).is_none()
                        }) && {
                            let mut e = j + 1;
                            while e < n && name_tok(s, e) {
                                e += 1;
                            }
                            // (or a place head: "the Operations and Checkout Building")
                            e > j + 1 && (is_org_head(s.low(e - 1)) || is_place_head(s.low(e - 1)))
                        })
                }
                _ => false,
            };
            // a company's "of PLACE" says where it is, not what it is ("X Holdings of Singapore");
            // a head word after a given name is a surname ("Attorney Lee Park of the Division")
            let surname = j >= i + 2 && s.lx.is_given_name(s.low(j - 2)) && !s.toks[j - 2].is_all_caps();
            let ok = ok && !(conn == "of" && (is_corporate_head(prev) || surname));
            // "the United States of X's son": only "of America" continues the country's name
            let ok = ok && !(conn == "of" && prev == "states" && !s.low_is(j + 1, &["america"]));
            if ok {
                let mut k = j + 1;
                // "of the Interior"; but "X and the Y" joins two names
                if k < n && s.low(k) == "the" && conn != "and" {
                    k += 1;
                }
                if k < n && name_tok(s, k) {
                    has_of |= matches!(conn, "of" | "for" | "on");
                    j = k + 1;
                    continue;
                }
            }
        }
        // "Attorney General's Office", "People's Democratic Front", "Workers' Union": a title or
        // a plural noun for people owning an organization head is one name
        if j + 1 < n && s.toks[j].kind == TokenKind::Possessive && name_tok(s, j + 1) {
            let prev = s.low(j - 1);
            let people = s.lx.is_common_word(prev)
                && (prev.ends_with('s') || prev.ends_with("men") || prev == "people" || prev == "children")
                || prev.ends_with("ers") && !s.lx.is_surname(prev);
            let owner =
                (title_class(prev).is_some() || people) && s.gaz(j - 1, j).is_none() && !s.lx.is_given_name(prev);
            if owner {
                let mut e = j + 1;
                while e < n && name_tok(s, e) {
                    e += 1;
                }
                if is_org_head(s.low(e - 1)) {
                    j = e;
                    continue;
                }
            }
        }
        break;
    }
    j
}

/// Roles of the words inside a chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum W {
    Title,
    Modifier,
    Given,
    Place,
    Conn,
    Other,
}

fn word_class(s: &Sent<'_>, i: usize, place_end: &[usize]) -> W {
    let l = s.low(i);
    if s.toks[i].kind != TokenKind::Word || !s.is_cap(i) {
        return W::Conn;
    }
    if place_end[i] > i {
        return W::Place;
    }
    if title_class(l).is_some() && !s.toks[i].is_all_caps() {
        return W::Title;
    }
    // "Special Agent in Charge"
    if l == "charge" && i >= 2 && s.low(i - 1) == "in" && title_class(s.low(i - 2)).is_some() {
        return W::Title;
    }
    if is_title_modifier(l) && !s.toks[i].is_all_caps() {
        return W::Modifier;
    }
    if s.lx.is_given_name(l) && !s.lx.is_given_name_common_word(l) {
        return W::Given;
    }
    W::Other
}

/// Is a sentence-initial word a common word that should not start a name?
fn initial_common(s: &Sent<'_>, stats: &DocStats, i: usize) -> bool {
    if !s.toks[i].is_sentence_start() {
        return false;
    }
    let l = s.low(i);
    if opens_longer_entry(s, i) {
        return false;
    }
    if is_function_word(l) || is_non_actor(l) {
        return true;
    }
    // a legislature or institution named by one word ("Congress has opened an inquiry")
    if is_standalone_institution(l) {
        return false;
    }
    if stats.cap_mid.contains(l) {
        return false;
    }
    // "Peter Novak said": a given name before a surname; "Acme Corporation said": a word
    // that starts an organization's name
    if s.lx.is_given_name(l) && name_tok(s, i + 1) {
        let next = s.low(i + 1);
        if !s.lx.is_given_name_common_word(l) || !s.lx.is_common_word(next) || s.lx.is_surname(next) {
            return false;
        }
    }
    if name_tok(s, i + 1) {
        let mut e = i + 1;
        while name_tok(s, e + 1) {
            e += 1;
        }
        if is_org_head(s.low(e)) {
            return false;
        }
    }
    (s.lx.is_common_word(l) || stats.lower_seen.contains(l)) && s.gaz(i, i + 1).is_none()
}

/// "New York and ...": the first word of a longer name in the gazetteer opens it, even where it
/// is also a function word.
fn opens_longer_entry(s: &Sent<'_>, i: usize) -> bool {
    s.gaz_longest(i).is_some_and(|e| e > i + 1 && (i + 1..e).all(|k| name_tok(s, k)))
}

/// "Under Secretary of State X": a title modifier right before a title head opens a title even
/// where it is also a function word.
fn opens_title(s: &Sent<'_>, a: usize, b: usize) -> bool {
    is_title_modifier(s.low(a)) && a + 1 < b && title_class(s.low(a + 1)).is_some()
}

fn analyse_chunk(s: &Sent<'_>, stats: &DocStats, a0: usize, b: usize, out: &mut Vec<Candidate>, links: &mut Vec<Link>) {
    let mut a = a0;
    let mut attributes = Vec::new();
    // Leading articles, capitalized function words ("And" in a list) and sentence-initial
    // common words; but "Bureau of ..." at a sentence start is a name.
    while a < b {
        let l = s.low(a);
        let heads_name = (is_org_head(l) || is_place_head(l)) && s.low_is(a + 1, &["of", "for", "on"]);
        let article = matches!(l, "and" | "or" | "but" | "nor" | "the" | "a" | "an" | "of");
        if article
            || (is_function_word(l)
                && s.toks[a].is_sentence_start()
                && !opens_title(s, a, b)
                && !opens_longer_entry(s, a))
            || s.toks[a].kind != TokenKind::Word
            || !s.is_cap(a)
        {
            a += 1;
            continue;
        }
        if initial_common(s, stats, a) && !is_title_modifier(l) && title_class(l).is_none() && !heads_name {
            a += 1;
            continue;
        }
        break;
    }
    // Months and weekdays are times, not names; "Section 7031", "Title 18", "Executive Order
    // 13224", "Resolution 2231" are references.
    let number_after = s.toks.get(b).is_some_and(|t| t.kind == TokenKind::Number);
    // "H. Res. 233", "H.R. 1905": a bill or resolution of a legislature (its number may be cut
    // off by the period)
    if matches!(s.low(b - 1), "res" | "res." | "h.res" | "h.res." | "s.res" | "s.res." | "h.r.")
        && (b == s.toks.len() || number_after || s.text(b) == ".")
    {
        return;
    }
    if a + 1 == b && (month(s.low(a)).is_some() || weekday(s.low(a)).is_some() || is_org_head(s.low(a)) && number_after)
        || number_after
            && matches!(
                s.low(b - 1),
                "order"
                    | "section"
                    | "resolution"
                    | "article"
                    | "title"
                    | "chapter"
                    | "decree"
                    | "amendment"
                    | "regulation"
                    | "bill"
            )
    {
        return;
    }
    // "designating X as a Specially Designated Global Terrorist": a capitalized label after
    // "as a" that ends in a common noun is a status, not a name
    if a >= 2
        && b > a + 1
        && matches!(s.low(a - 1), "a" | "an")
        && s.low(a - 2) == "as"
        && s.lx.is_common_word(s.low(b - 1))
        && !is_org_head(s.low(b - 1))
        && !is_place_head(s.low(b - 1))
    {
        return;
    }
    if a >= b {
        return;
    }
    // A whole-chunk lexicon match.
    if let Some(h) = s.gaz(a, b) {
        push_lex(s, a, b, h, out);
        return;
    }
    // "the Government of Portugal" stands for the country, as "the government of Portugal" does
    if b > a + 2 && s.low(a) == "government" && s.low(a + 1) == "of" {
        // ("the Government of the Republic of Norland")
        let c = if s.low_is(a + 2, &["the"]) && b > a + 3 { a + 3 } else { a + 2 };
        let country = s.gaz(c, b).filter(|h| s.lx.entry(h.entry).place == Some(super::lexicon::PlaceKind::Country));
        if let Some(h) = country {
            push_lex(s, a, b, h, out);
            return;
        }
    }
    // "Department of Justice", "District of Oregon": an organization or place head followed
    // by "of" names an organization or place, whatever titles its words resemble.
    let org_first = (is_org_head(s.low(a)) || is_place_head(s.low(a))) && s.low_is(a + 1, &["of", "for", "on"]);
    let title_before_name = (a + 2..b).find(|&d| title_class(s.low(d)).is_some() && d + 1 < b && name_tok(s, d + 1));
    if org_first && title_before_name.is_none() {
        let n = s.toks.len();
        let cls = vec![W::Other; n];
        let place_end = vec![0usize; n];
        name_candidate(s, stats, a, b, &cls, &place_end, out, links);
        return;
    }
    let org_prefix_end = if org_first { title_before_name.unwrap_or(a) } else { a };
    // Lexicon matches inside the chunk, by start. A one-word city inside a longer name is a
    // place only when the name has no given name or title ("Houston Police Department"), not in
    // "Tomas Arkwell Brandt" or "General Arkwell".
    let n = s.toks.len();
    let personal = (a..b).any(|i| {
        let l = s.low(i);
        (s.lx.is_given_name(l) && !s.lx.is_given_name_common_word(l) && name_tok(s, i + 1) && i + 1 < b)
            || title_class(l).is_some()
    });
    let mut place_end = vec![0usize; n];
    let mut k = a;
    while k < b {
        if let Some(e) = s.gaz_longest(k).filter(|&e| e <= b) {
            let hit = s.gaz(k, e).map(|h| s.lx.entry(h.entry));
            let strong = hit.is_some_and(|en| {
                use super::lexicon::PlaceKind::{Celestial, Country, Region};
                !en.weak && (matches!(en.place, Some(Country | Region | Celestial)) || e > k + 1 || !personal)
            });
            if strong {
                place_end[k..e].fill(e);
                k = e;
                continue;
            }
        }
        k += 1;
    }
    let mut cls: Vec<W> = (0..n)
        .map(|i| match i {
            _ if i >= a && i < org_prefix_end => W::Other,
            _ if i >= a && i < b => word_class(s, i, &place_end),
            _ => W::Conn,
        })
        .collect();
    // "President Hassan Sheikh Mohamud": a title word between a given name and another name
    // word is part of the name
    for i in a + 1..b.saturating_sub(1) {
        if cls[i] == W::Title && cls[i - 1] == W::Given && matches!(cls[i + 1], W::Other | W::Given) {
            cls[i] = W::Other;
        }
    }
    // Leading status words before a non-title ("Former DEA") become attributes.
    while a < b
        && STATUS_MODIFIERS.contains(&s.low(a))
        && !(a + 1 < b && matches!(cls[a + 1], W::Title | W::Modifier | W::Place))
    {
        attributes.push(s.low(a).to_string());
        a += 1;
    }
    if a >= b {
        return;
    }
    // A person's name at the end, after a title: the tail of name words, which may include
    // words that can also be title modifiers ("Jane Q. Public") but does not start with one.
    let mut t = b;
    while t > a {
        let i = t - 1;
        let tail_ok = match cls[i] {
            W::Given | W::Other | W::Modifier => {
                // capitals only in initials ("T.S.") and a closing generational suffix ("III")
                let caps_ok = !s.toks[i].is_all_caps()
                    || is_initials(s.text(i))
                    || (i + 1 == b && i > a && is_generational_suffix(s.text(i)));
                // ("... for the Eastern District of Virginia": what "District of" names is the
                // office's, no one's name)
                let heads_of = i >= a + 2
                    && s.low_is(i - 1, &["of"])
                    && (is_org_head(s.low(i - 2)) || is_place_head(s.low(i - 2)));
                caps_ok && !is_org_head(s.low(i)) && !is_other_head(s.low(i)) && !heads_of
            }
            W::Conn => (is_name_connector(s.low(i)) || is_quote_mark(s.text(i))) && t < b,
            _ => false,
        };
        if !tail_ok {
            break;
        }
        t -= 1;
    }
    while t < b && matches!(cls[t], W::Modifier | W::Conn) {
        t += 1;
    }
    // "Minister of Foreign Affairs Ana Ruiz": after "of"/"for" in the title the name starts at
    // its given name (or, with none known, is the last two words); the title runs through the
    // words after the connector
    let connector = (a + 1..t).rev().find(|&i| s.low_is(i, &["of", "for", "in", "to"]) && cls[i - 1] == W::Title);
    let mut split = None;
    if let Some(c) = connector {
        if let Some(g) = (t..b).find(|&g| cls[g] == W::Given || s.lx.is_given_name(s.low(g)) && g + 1 < b) {
            (t, split) = (g, Some(c));
        } else if b - t > 2 && !(c..b).any(|i| is_org_head(s.low(i))) {
            (t, split) = (b - 2, Some(c));
        }
    }
    // the title run before the tail must hold a title head
    let mut r = split.unwrap_or(t);
    while r > a
        && (matches!(cls[r - 1], W::Title | W::Modifier | W::Place) || (s.low_is(r - 1, &["of", "the"]) && r - 1 > a))
    {
        r -= 1;
    }
    while r < t && s.low_is(r, &["of", "the"]) {
        r += 1;
    }
    // ("Minister of Foreign Affairs" alone: the portfolio is no one's name)
    let portfolio_tail = super::lexicon::roles::is_portfolio_head(s.low(b - 1)) && !(t..b).any(|g| cls[g] == W::Given);
    let titled = t < b && t > a && (r..t).any(|i| cls[i] == W::Title) && !portfolio_tail;
    if titled {
        let person = person_candidate(s, t, b, &cls, out);
        let title_span = s.span(r, t);
        let mut place = None;
        let mut title_words = Vec::new();
        for i in r..t {
            if cls[i] == W::Place && place.is_none() && place_end[i] > i {
                place = Some((i, place_end[i]));
            }
        }
        for i in r..t {
            if let Some((pa, pb)) = place {
                if i >= pa && i < pb {
                    continue;
                }
            }
            title_words.push(s.text(i));
        }
        let head = (r..t).rev().find(|&i| cls[i] == W::Title).map(|i| s.low(i)).unwrap_or("");
        let class = title_class(head).unwrap_or(RoleClass::Person);
        out[person].title = Some(Title { text: title_words.join(" "), class, span: title_span });
        out[person].attributes.extend(attributes);
        out[person].votes.add(EntityKind::Person, 5, format!("title '{}'", title_words.join(" ")));
        if let Some((h, (pa, pb))) = place.and_then(|(pa, pb)| s.gaz(pa, pb).map(|h| (h, (pa, pb)))) {
            let pc = push_lex(s, pa, pb, h, out);
            // "Mexican President X" leads the country; "Mexican Vice President X" works for it
            let head_at = (r..t).rev().find(|&i| cls[i] == W::Title).unwrap_or(r);
            let before = if head_at > r { s.low(head_at - 1) } else { "" };
            let kind = super::relations::relation_for(class, EntityKind::Location, before, head);
            links.push(Link {
                kind,
                subject: person,
                object: pc,
                evidence: s.span(pa, b),
                title: Some(title_words.join(" ")),
            });
        }
        // "Ambassador to Mexico X": the country an envoy is sent to
        if let Some(pa) = (r + 2..t)
            .find(|&i| cls[i] == W::Place && s.low_is(i - 1, &["to"]) && super::lexicon::roles::is_envoy(s.low(i - 2)))
        {
            let pb = place_end[pa].min(t);
            if place.is_none_or(|(qa, _)| qa != pa) {
                if let Some(h) = s.gaz(pa, pb) {
                    let pc = push_lex(s, pa, pb, h, out);
                    links.push(Link {
                        kind: RelationKind::AffiliatedWith,
                        subject: person,
                        object: pc,
                        evidence: s.span(pa - 2, b),
                        title: Some(title_words.join(" ")),
                    });
                }
            }
        }
        if r > a {
            // An organization or place before the title: "Office of ... Director Jane Doe".
            let oc = name_candidate(s, stats, a, r, &cls, &place_end, out, links);
            if let Some(oc) = oc {
                let kind = match class {
                    RoleClass::Leader => RelationKind::LeaderOf,
                    RoleClass::Spokesperson => RelationKind::SpokespersonOf,
                    RoleClass::Member => RelationKind::MemberOf,
                    _ => RelationKind::EmployeeOf,
                };
                let kind = if out[oc].lex.is_some() { RelationKind::AffiliatedWith } else { kind };
                links.push(Link {
                    kind,
                    subject: person,
                    object: oc,
                    evidence: s.span(a, b),
                    title: Some(title_words.join(" ")),
                });
            }
        }
        return;
    }
    // Trailing title after an organization ("Superior Court Judge"): a description.
    let mut e = b;
    while e > a + 1 && matches!(cls[e - 1], W::Title) {
        e -= 1;
    }
    while e < b
        && e > a + 1
        && matches!(cls[e - 1], W::Modifier)
        && (e - 1..b).all(|i| matches!(cls[i], W::Title | W::Modifier))
        && !is_org_head(s.low(e - 1))
    {
        e -= 1;
    }
    // ("Supreme Court of Justice": a title word after "of" belongs to the name)
    if e < b
        && e > a
        && !(a..e).all(|i| matches!(cls[i], W::Title | W::Modifier) || s.low_is(i, &["in"]))
        && !s.low_is(e - 1, &["of", "for", "on", "the"])
    {
        let oc = name_candidate(s, stats, a, e, &cls, &place_end, out, links);
        let mut d = Candidate::new(s.span(e, b), s.index, (s.base + e, s.base + b), MentionForm::Nominal);
        d.head = Some(s.low(b - 1).trim_end_matches('.').to_string());
        d.possessor = oc;
        out.push(d);
        return;
    }
    // A place and a title alone: "the U.S. Secretary of State" is a description of someone the
    // place employs, not a name
    if cls[a] == W::Place && place_end[a] > a && place_end[a] < b {
        let pe = place_end[a];
        let title_only = (pe..b).all(|i| matches!(cls[i], W::Title | W::Modifier | W::Conn) || s.low_is(i, &["of"]));
        if title_only && cls[pe..b].contains(&W::Title) {
            if let Some(h) = s.gaz(a, pe) {
                let pc = push_lex(s, a, pe, h, out);
                let mut d = Candidate::new(s.span(pe, b), s.index, (s.base + pe, s.base + b), MentionForm::Nominal);
                let of = (pe..b).find(|&i| s.low_is(i, &["of", "for"])).unwrap_or(b);
                let head = (pe..of).rev().find(|&i| cls[i] == W::Title).unwrap_or(b - 1);
                d.head = Some(s.low(head).trim_end_matches('.').to_string());
                d.possessor = Some(pc);
                out.push(d);
                return;
            }
        }
        // "the United States Attorney for the Southern District of New York": the place's
        // title, then the office it holds it in
        let mut t_end = pe;
        while t_end < b && matches!(cls[t_end], W::Title | W::Modifier) {
            t_end += 1;
        }
        if t_end > pe && t_end + 1 < b && cls[pe..t_end].contains(&W::Title) && s.low_is(t_end, &["of", "for"]) {
            let mut r = t_end + 1;
            while r < b && s.low_is(r, &["the"]) {
                r += 1;
            }
            if let (Some(h), true) = (s.gaz(a, pe), r < b) {
                let pc = push_lex(s, a, pe, h, out);
                let oc = name_candidate(s, stats, r, b, &cls, &place_end, out, links);
                let mut d =
                    Candidate::new(s.span(pe, t_end), s.index, (s.base + pe, s.base + t_end), MentionForm::Nominal);
                let head = (pe..t_end).rev().find(|&i| cls[i] == W::Title).unwrap_or(t_end - 1);
                d.head = Some(s.low(head).trim_end_matches('.').to_string());
                d.possessor = oc.or(Some(pc));
                out.push(d);
                if oc.is_some() {
                    let me = out.len() - 1;
                    let evidence = s.span(a, t_end);
                    links.push(Link {
                        kind: RelationKind::AffiliatedWith,
                        subject: me,
                        object: pc,
                        evidence,
                        title: None,
                    });
                }
                return;
            }
        }
    }
    // A title alone, maybe before "of the ORG": "Ranking Member of the House Committee ...".
    let mut h = a;
    while h < b && matches!(cls[h], W::Title | W::Modifier) {
        h += 1;
    }
    if h > a && h < b && (a..h).any(|i| cls[i] == W::Title) && s.low_is(h, &["of", "for"]) {
        let mut r = h + 1;
        while r < b && s.low_is(r, &["the"]) {
            r += 1;
        }
        let head = s.low(h - 1).to_string();
        // "Minister of Public Finance of Peru": the portfolio belongs to the title
        let portfolio_end = (r..b).find(|&i| s.low_is(i, &["of", "for", "in"])).unwrap_or(b);
        let portfolio = r == h + 1
            && portfolio_end > r
            && super::lexicon::roles::is_portfolio_head(s.low(portfolio_end - 1))
            && s.gaz(r, portfolio_end).is_none();
        let (h, r) = if portfolio {
            let mut next = portfolio_end;
            while next < b && s.low_is(next, &["of", "for", "in", "the"]) {
                next += 1;
            }
            (portfolio_end, next)
        } else {
            (h, r)
        };
        let oc = if r < b { name_candidate(s, stats, r, b, &cls, &place_end, out, links) } else { None };
        // ", the former Minister of Finance": the article and status words before the chunk
        // open the description
        let mut start = a;
        let mut attributes = Vec::new();
        while start > 0 && STATUS_MODIFIERS.contains(&s.low(start - 1)) && s.toks[start - 1].is_lower() {
            start -= 1;
            attributes.push(s.low(start).to_string());
        }
        if !(start > 0 && s.low_is(start - 1, &["the"])) {
            (start, attributes) = (a, Vec::new());
        } else {
            start -= 1;
            attributes.reverse();
        }
        let mut d = Candidate::new(s.span(start, h), s.index, (s.base + start, s.base + h), MentionForm::Nominal);
        d.head = Some(head);
        d.possessor = oc;
        d.attributes = attributes;
        out.push(d);
        return;
    }
    if (a..b).all(|i| matches!(cls[i], W::Title | W::Modifier | W::Conn)) && (a..b).any(|i| cls[i] == W::Title) {
        // A bare title ("Attorney General"): a description, not a name.
        let mut d = Candidate::new(s.span(a, b), s.index, (s.base + a, s.base + b), MentionForm::Nominal);
        // (the head of "Special Agent in Charge" is "agent")
        let head = if b >= a + 3 && s.low_is(b - 2, &["in"]) { b - 3 } else { b - 1 };
        d.head = Some(s.low(head).trim_end_matches('.').to_string());
        out.push(d);
        return;
    }
    if let Some(c) = name_candidate(s, stats, a, b, &cls, &place_end, out, links) {
        out[c].attributes.extend(attributes);
    }
}

/// Pushes a lexicon mention.
fn push_lex(s: &Sent<'_>, a: usize, b: usize, h: Hit, out: &mut Vec<Candidate>) -> usize {
    let form = if h.form == Form::Demonym { MentionForm::Demonym } else { MentionForm::Name };
    let mut c = Candidate::new(s.span(a, b), s.index, (s.base + a, s.base + b), form);
    let e = s.lx.entry(h.entry);
    let w = match (e.user, e.weak, e.place) {
        (true, _, _) => 20,
        (_, true, _) => 2,
        (_, _, Some(super::lexicon::PlaceKind::City)) if b == a + 1 => match e.population {
            0..100_000 => 3,
            100_000..1_000_000 => 5,
            _ => 6,
        },
        _ => 6,
    };
    c.votes.add(e.kind, w, if e.user { "user lexicon".to_string() } else { format!("gazetteer: {}", e.name) });
    c.lex = Some(h);
    c.possessive = s.toks.get(b).is_some_and(|t| t.kind == TokenKind::Possessive);
    // "Mission specialist X": a small town's name that is a common word, opening a sentence
    // before a lower-case noun, is the word
    if e.weak
        && b == a + 1
        && s.toks[a].is_sentence_start()
        && s.lx.is_common_word(s.low(a))
        && s.toks.get(b).is_some_and(|t| t.is_lower() && t.kind == TokenKind::Word)
    {
        c.votes.add(e.kind, -2, "common word opening a sentence before a noun");
    }
    if matches!(e.place, Some(super::lexicon::PlaceKind::City | super::lexicon::PlaceKind::Subdivision)) && !e.user {
        // a town's name can also be a craft's or a person's: "the ship Aurora"
        context_votes(s, a, b, &mut c);
    }
    out.push(c);
    out.len() - 1
}

/// A person candidate for tokens `a..b` (after a title).
fn person_candidate(s: &Sent<'_>, a: usize, b: usize, _cls: &[W], out: &mut Vec<Candidate>) -> usize {
    let mut c = Candidate::new(s.span(a, b), s.index, (s.base + a, s.base + b), MentionForm::Name);
    c.possessive = s.toks.get(b).is_some_and(|t| t.kind == TokenKind::Possessive);
    person_shape(s, a, b, &mut c.votes);
    out.push(c);
    out.len() - 1
}

/// Votes from the shape of a person-like name.
fn person_shape(s: &Sent<'_>, a: usize, b: usize, v: &mut Votes) {
    let first = s.low(a);
    let words = (a..b).filter(|&i| s.is_word(i)).count();
    if words >= 2 && s.lx.is_given_name(first) {
        let w = if s.lx.is_given_name_common_word(first) { 1 } else { 3 };
        v.add(EntityKind::Person, w, format!("given name '{}'", s.text(a)));
    }
    if (a..b).any(|i| s.toks[i].is_abbrev() && s.text(i).chars().filter(|c| c.is_alphabetic()).count() == 1) {
        v.add(EntityKind::Person, 3, "middle initial");
    }
    let last = s.low(b - 1);
    if words >= 2 && s.lx.is_surname(last) {
        v.add(EntityKind::Person, 1, format!("surname '{}'", s.text(b - 1)));
    }
    if words >= 2 && (a + 1..b).any(|i| is_name_connector(s.low(i))) {
        v.add(EntityKind::Person, 1, "name particle");
    }
    let lt = s.text(b - 1);
    if let Some((x, y)) = lt.split_once('-') {
        let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        if cap(x) && cap(y) && x.len() > 2 && !y.chars().any(|c| c.is_ascii_digit()) {
            v.add(EntityKind::Person, 2, "double surname");
        }
    }
}

/// A name candidate for tokens `a..b` whose type is voted from its words and context.
#[allow(clippy::too_many_arguments)]
fn name_candidate(
    s: &Sent<'_>,
    stats: &DocStats,
    a: usize,
    b: usize,
    cls: &[W],
    place_end: &[usize],
    out: &mut Vec<Candidate>,
    links: &mut Vec<Link>,
) -> Option<usize> {
    if a >= b {
        return None;
    }
    if let Some(h) = s.gaz(a, b) {
        let c = push_lex(s, a, b, h, out);
        return Some(c);
    }
    // A single sentence-initial unknown word needs support from elsewhere in the document.
    let l0 = s.low(a);
    if b == a + 1
        && s.toks[a].is_sentence_start()
        && !stats.cap_mid.contains(l0)
        && !s.toks[a].is_all_caps()
        && !s.lx.is_surname(l0)
        && !is_standalone_institution(l0)
    {
        let next_poss = s.toks.get(b).is_some_and(|t| t.kind == TokenKind::Possessive);
        if !next_poss && !s.low_is(b, &["said", "says", "told"]) {
            return None;
        }
    }
    let mut c = Candidate::new(s.span(a, b), s.index, (s.base + a, s.base + b), MentionForm::Name);
    c.possessive = s.toks.get(b).is_some_and(|t| t.kind == TokenKind::Possessive);
    let v = &mut c.votes;
    let words: Vec<usize> = (a..b).filter(|&i| s.is_word(i) && s.is_cap(i)).collect();
    let last = s.low(b - 1).trim_end_matches('.');
    let first = s.low(a);
    // the head of "Department of State" is "Department": the word before the first "of",
    // "for" or "on"; otherwise the last word
    let of_head = (a + 1..b).find(|&i| s.low_is(i, &["of", "for", "on"])).map(|i| s.low(i - 1));
    let head = of_head.unwrap_or(last);
    let all_caps = (a..b).all(|i| !s.is_word(i) || s.toks[i].is_all_caps());
    if all_caps && words.len() == 1 && s.text(a).chars().filter(|c| c.is_alphabetic()).count() <= 6 {
        c.form = MentionForm::Acronym;
        v.add(EntityKind::Organization, 3, "acronym");
    } else if is_org_head(head) || (of_head.is_some() && matches!(head, "center" | "centre")) {
        v.add(EntityKind::Organization, 4, format!("organization head '{head}'"));
    } else if super::lexicon::heads::is_foreign_org_first(first)
        && b > a + 2
        && s.low_is(a + 1, &["de", "del", "da", "do", "dos", "das", "des", "du"])
    {
        v.add(EntityKind::Organization, 4, format!("organization head '{first}'"));
    } else if words.len() > 1 && of_head.is_some() && is_place_head(head) {
        // "District of X" names a judicial or administrative district; "Gulf of X" a place
        if head == "district" {
            v.add(EntityKind::Organization, 3, "'District of' name");
        } else {
            v.add(EntityKind::Location, 3, format!("place head '{head}'"));
        }
    } else if is_other_head(last) && words.len() > 1 {
        v.add(EntityKind::Other, 4, format!("head word '{last}'"));
    } else if is_place_head(last) && words.len() > 1 {
        v.add(EntityKind::Location, 3, format!("place head '{last}'"));
    } else if (2..=3).contains(&words.len())
        && matches!(
            first,
            "port"
                | "puerto"
                | "porto"
                | "fort"
                | "mount"
                | "mt."
                | "lake"
                | "cape"
                | "san"
                | "santa"
                | "santo"
                | "saint"
                | "st."
                | "sao"
                | "são"
        )
    {
        // "Puerto Quetzal", "Fort Wexley", "San Isidro": a place word opening a short name
        v.add(EntityKind::Location, 3, format!("place word '{first}' first"));
    } else if words.len() > 1 && matches!(first, "los" | "las" | "la" | "el" | "les" | "le" | "al") {
        v.add(EntityKind::Organization, 3, "article-led name");
    } else if words.len() == 1 && (first.starts_with("al-") || first.starts_with("el-")) {
        v.add(EntityKind::Organization, 2, "article-led name");
    } else {
        person_shape(s, a, b, v);
        if words.len() >= 2 && v.max() == 0 {
            if (a..b).all(|i| !s.is_word(i) || s.lx.is_common_word(s.low(i))) {
                v.add(EntityKind::Organization, 2, "capitalized common words");
            } else if words.len() == 2 && s.lx.is_surname(last) {
                v.add(EntityKind::Person, 1, "two names");
            } else if words.len() == 2
                && (a..b).all(|i| !s.is_word(i) || !s.lx.is_common_word(s.low(i)))
                // (not a brand's inner capital: "SpaceX", "PetroChina")
                && !(a..b).any(|i| s.text(i).chars().skip(1).any(char::is_uppercase))
            {
                // two unknown words that are no English words: news names people far more
                // often than organizations without a head word
                v.add(EntityKind::Person, 1, "two unknown name words");
            } else {
                v.add(EntityKind::Organization, 1, "multi-word name");
            }
        }
        if words.len() == 1 && v.max() == 0 {
            if s.lx.is_surname(first) {
                v.add(EntityKind::Person, 1, "surname");
            } else if s.lx.is_given_name(first) && !s.lx.is_given_name_common_word(first) {
                v.add(EntityKind::Person, 1, "given name");
            }
        }
    }
    // A leading country inside an organization's name: "U.S. Department of State". (Not a
    // world region: "European Union" is not a part of Europe the way a ministry is of a state.)
    // ("Southern District of Texas" opens with a district's name, but "of" makes that the
    // organization's own head: the place is the one after "of".)
    if cls.get(a) == Some(&W::Place) && place_end[a] > a && place_end[a] < b && s.low(place_end[a]) != "of" {
        let country_like = |h: &Hit| {
            use super::lexicon::PlaceKind::{Country, Subdivision};
            matches!(s.lx.entry(h.entry).place, Some(Country | Subdivision))
        };
        if let Some(h) = s.gaz(a, place_end[a]).filter(country_like) {
            // "Garissa County", "Jalisco State": a state or province named with its own head is
            // that state or province
            let own_head = b == place_end[a] + 1
                && s.lx.entry(h.entry).place == Some(super::lexicon::PlaceKind::Subdivision)
                && matches!(s.low(b - 1), "county" | "province" | "state" | "region" | "district" | "governorate");
            if own_head && h.form != Form::Demonym {
                return Some(push_lex(s, a, b, h, out));
            }
            let mut pc = Candidate::new(
                s.span(a, place_end[a]),
                s.index,
                (s.base + a, s.base + place_end[a]),
                if h.form == Form::Demonym { MentionForm::Demonym } else { MentionForm::Name },
            );
            pc.votes.add(EntityKind::Location, 6, "gazetteer");
            pc.lex = Some(h);
            pc.nested = true;
            let me = out.len();
            out.push(c);
            out.push(pc);
            let kind = if out[me].votes.best().0 == EntityKind::Organization {
                // a state body is part of its state; a newspaper, company, party or outlaw
                // group named after a place ("Norte Cartel", "Lima Post") is only based there
                if super::lexicon::heads::is_state_body_head(s.low(b - 1)) {
                    RelationKind::PartOf
                } else {
                    RelationKind::BasedIn
                }
            } else {
                RelationKind::AffiliatedWith
            };
            links.push(Link { kind, subject: me, object: me + 1, evidence: s.span(a, b), title: None });
            context_votes(s, a, b, &mut out[me]);
            return Some(me);
        }
    }
    context_votes(s, a, b, &mut c);
    out.push(c);
    let me = out.len() - 1;
    Some(me)
}

/// Initials written together: "T.S.", "J.R.".
fn is_initials(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 4 && b.len() % 2 == 0 && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// A suffix that closes a person's name: "Jr.", "III".
fn is_generational_suffix(t: &str) -> bool {
    matches!(t, "II" | "III" | "IV" | "Jr." | "Jr" | "Sr." | "Sr")
}

/// Evidence from the words around a name.
fn context_votes(s: &Sent<'_>, a: usize, b: usize, c: &mut Candidate) {
    let n = s.toks.len();
    let v = &mut c.votes;
    let single = b == a + 1;
    // "the next shuttle, Atlantis,": a craft noun set off right before
    if a >= 2 && s.text(a - 1) == "," && s.toks[a - 2].is_lower() && is_craft_noun(s.low(a - 2)) {
        let noun = s.low(a - 2);
        v.add(EntityKind::Other, 6, format!("craft noun '{noun}' set off before"));
        c.craft = Some(noun.to_string());
    }
    if a >= 1 && s.toks[a - 1].kind == TokenKind::Word {
        let p = s.low(a - 1);
        if let Some(rc) = role_class(p).filter(|_| s.toks[a - 1].is_lower()) {
            // (a family noun only after a personal possessive: "his wife Jane Doe")
            let kin = a >= 2 && s.low_is(a - 2, &["his", "her", "their", "my", "our"]);
            if !matches!(rc, RoleClass::Family) || single || kin {
                v.add(EntityKind::Person, 4, format!("role noun '{p}' before"));
                if c.title.is_none() {
                    // (one person of "cosmonauts A and B" is a cosmonaut)
                    let one = if role_class_exact(p).is_none() { p.strip_suffix('s').unwrap_or(p) } else { p };
                    c.title = Some(Title { text: one.to_string(), class: rc, span: s.toks[a - 1].span });
                }
            }
        }
        if is_craft_noun(p) && s.toks[a - 1].is_lower() {
            v.add(EntityKind::Other, 6, format!("craft noun '{p}' before"));
            c.craft = Some(p.to_string());
        }

        if matches!(p, "called" | "named" | "dubbed") && a >= 2 {
            let craft = (a.saturating_sub(5)..a - 1).rev().find(|&i| is_craft_noun(s.low(i)));
            if let Some(ci) = craft {
                v.add(EntityKind::Other, 5, format!("'{p}' after '{}'", s.low(ci)));
                c.craft = Some(s.low(ci).to_string());
            }
        }
        if p == "via" {
            v.add(EntityKind::Organization, 2, "'via' before");
        }
        // "the militant group X", "the newspaper X": an organization noun right before
        if s.toks[a - 1].is_lower()
            && is_org_noun(p)
            && a >= 2
            && !s.low_is(a - 2, &["his", "her", "their", "my", "our"])
        {
            v.add(EntityKind::Organization, 3, format!("organization noun '{p}' before"));
        }
        if p == "the" && single && !s.toks[a].is_all_caps() {
            v.add(EntityKind::Person, -3, "'the' before a single word");
            let q = if a >= 2 { s.low(a - 2) } else { "" };
            if matches!(q, "at" | "in" | "to" | "near" | "inside" | "outside" | "from") {
                v.add(EntityKind::Location, 3, format!("'{q} the' before"));
            } else {
                v.add(EntityKind::Organization, 1, "'the' before");
            }
        }
        if matches!(p, "in" | "at" | "near" | "across" | "outside" | "inside") {
            v.add(EntityKind::Location, 1, format!("'{p}' before"));
        }
    }
    // "the opposition leader, Jane Doe,": a name set off after a role noun
    if a >= 2 && s.text(a - 1) == "," && s.toks[a - 2].is_lower() {
        // (a family noun too: "Ryan's wife, Anna,"; not "his family, the Smiths")
        if let Some(rc) = role_class(s.low(a - 2)).filter(|rc| {
            !matches!(rc, RoleClass::Family) || !matches!(s.low(a - 2), "family" | "families" | "relatives")
        }) {
            if !s.low(a - 2).ends_with('s') || role_class_exact(s.low(a - 2)).is_some() {
                let _ = rc;
                v.add(EntityKind::Person, 4, format!("after '{}, '", s.low(a - 2)));
            }
        }
    }
    // "a correspondent for the Daily Star", "an analyst at Capital Economics": the employer
    {
        let at = if a >= 1 && s.low_is(a - 1, &["the"]) { a - 1 } else { a };
        if at >= 2
            && s.low_is(at - 1, &["for", "at"])
            && s.toks[at - 2].is_lower()
            && role_class_exact(s.low(at - 2)).is_some_and(|rc| !matches!(rc, RoleClass::Family))
        {
            v.add(EntityKind::Organization, 3, format!("after '{} {}'", s.low(at - 2), s.low(at - 1)));
        }
    }
    // ", a 61-year-old economist"
    if b + 2 < n && s.text(b) == "," && (b + 1..(b + 4).min(n)).any(|k| s.low(k).contains("year-old")) {
        v.add(EntityKind::Person, 5, "age after name");
    }
    // Apposition: ", 63," or ", a retired judge".
    if b + 2 < n && s.text(b) == "," && s.toks[b + 1].kind == TokenKind::Number && s.text(b + 2) == "," {
        v.add(EntityKind::Person, 5, "age after name");
    }
    if b + 2 < n && s.text(b) == "," && s.low_is(b + 1, &["a", "an", "the"]) {
        let mut k = b + 2;
        // ("a militant group": a role noun before an organization noun only modifies it)
        let role_heads = |k: usize| {
            role_class(s.low(k)).is_some()
                && !(k + 1 < n && s.toks[k + 1].is_lower() && {
                    let x = s.low(k + 1);
                    is_org_noun(x) || is_org_head(x) || is_group_noun(x)
                })
        };
        while k < n
            && k < b + 10
            && (s.toks[k].kind == TokenKind::Word || s.text(k) == "-")
            && !role_heads(k)
            && !(s.toks[k].is_lower() && is_org_noun(s.low(k)) && org_noun_heads(s, k))
            && !matches!(s.text(k), ",")
        {
            k += 1;
        }
        if k < n
            && k < b + 10
            && s.toks[k].is_lower()
            && role_heads(k)
            && role_class(s.low(k)).is_some_and(|rc| rc != RoleClass::Family)
        {
            v.add(EntityKind::Person, 4, format!("apposition '{}'", s.low(k)));
        } else if k < n && k < b + 10 && s.toks[k].is_lower() && is_org_noun(s.low(k)) && org_noun_heads(s, k) {
            v.add(EntityKind::Organization, 4, format!("apposition '{}'", s.low(k)));
        }
    }
    if b < n && s.low_is(b, &["said", "says", "told", "added", "explained", "wrote"]) && single {
        v.add(EntityKind::Person, 1, "speech verb after");
    }
    if b < n && s.low_is(b, &["who"]) {
        v.add(EntityKind::Person, 2, "'who' after");
    }
    // (not after a preposition: in "a correspondent for the Miami-based Courier, who", "who" is
    // the correspondent)
    let after_preposition =
        (a.saturating_sub(3)..a).any(|k| s.low_is(k, &["for", "of", "at", "with", "from", "by", "to", "in", "on"]));
    if b + 1 < n && s.text(b) == "," && s.low_is(b + 1, &["who"]) && !after_preposition {
        v.add(EntityKind::Person, 3, "', who' after");
    }
    // "the main opposition party, Chadema,": a name set off after an organization noun
    // (one word: "couriers of the network, Nasir Qadri and ..." name the couriers)
    if single && a >= 2 && s.text(a - 1) == "," && s.toks[a - 2].is_lower() && is_org_noun(s.low(a - 2)) {
        v.add(EntityKind::Organization, 3, format!("after '{}, '", s.low(a - 2)));
    }
    // "Acme chairman Jane Doe": a name before the head of an organization
    if b + 1 < n
        && s.toks[b].is_lower()
        && s.low_is(b, &["chairman", "chairwoman", "chairperson", "founder", "secretary-general"])
        && name_tok(s, b + 1)
    {
        v.add(EntityKind::Organization, 3, format!("'{}' after", s.low(b)));
    }
    // "the Falcon 9 rocket", "a Soyuz 2 capsule": a model number and a craft noun after the name
    if b + 1 < n && s.toks[b].kind == TokenKind::Number && s.toks[b + 1].is_lower() && is_craft_noun(s.low(b + 1)) {
        let noun = s.low(b + 1);
        v.add(EntityKind::Other, 6, format!("model number and craft noun '{noun}' after"));
        c.craft = Some(noun.to_string());
    }
    // "Agencia Costera (AC), the national coast guard agency in Norland": an
    // organization noun heading an apposition says what the name is, and later "the agency"
    let mut k = b;
    if k + 2 < n && s.text(k) == "(" && s.text(k + 2) == ")" {
        k += 3;
    }
    if k + 2 < n && s.text(k) == "," && s.low_is(k + 1, &["the", "a", "an"]) {
        let mut j = k + 2;
        while j + 1 < n
            && j < k + 8
            && s.toks[j + 1].is_lower()
            && s.toks[j + 1].kind == TokenKind::Word
            && !s.low_is(
                j + 1,
                &["in", "of", "for", "at", "on", "with", "and", "or", "that", "which", "who", "from", "to", "by"],
            )
        {
            j += 1;
        }
        if j < n && s.toks[j].is_lower() && is_org_head(s.low(j)) && org_noun_heads(s, j) && c.craft.is_none() {
            let noun = s.low(j);
            v.add(EntityKind::Organization, 3, format!("apposition headed by '{noun}'"));
            c.craft = Some(noun.to_string());
        }
    }
    // "the Aurora capsule": a craft noun right after the name (not "a European-built
    // laboratory": a modifier, not a name)
    let modifier =
        s.text(b - 1).rsplit_once('-').is_some_and(|(_, x)| x.chars().next().is_some_and(char::is_lowercase));
    if b < n
        && !modifier
        && s.toks[b].is_lower()
        && is_craft_noun(s.low(b))
        && a >= 1
        && s.low_is(a - 1, &["the", "its", "their"])
    {
        let noun = s.low(b);
        v.add(EntityKind::Other, 6, format!("craft noun '{noun}' after"));
        c.craft = Some(noun.to_string());
    }
}

/// An organization noun heads its phrase: "a Boston bank," but not "a central bank governor"
/// or "a bank of ...".
fn org_noun_heads(s: &Sent<'_>, k: usize) -> bool {
    let next = k + 1;
    next >= s.toks.len()
        || s.toks[next].kind != TokenKind::Word
        || (s.toks[next].is_lower() && is_function_word(s.low(next)) && !s.low_is(next, &["of"]))
        // "a company registered in ...", "a group based in ..."
        || (s.toks[next].is_lower() && s.low(next).ends_with("ed"))
}

/// Lower-case mention candidates starting at token `i`: groups, descriptions, pronouns.
/// "A Tucson man was sentenced ...", "A Texas judge pleaded guilty ...": an indefinite
/// description opening one of a document's first sentences stands for the person the article
/// is about, named later (bound in resolve). Only the head noun is the mention, so the place
/// before it stays a mention of its own. A bare "man" or "woman" needs a place or another
/// capitalized modifier ("A man was killed" often never names him).
fn lede_description(s: &Sent<'_>, i: usize) -> Option<Candidate> {
    if s.index > 3 || !s.toks[i].is_lower() {
        return None;
    }
    let l = s.low(i);
    let person_noun = matches!(l, "man" | "woman");
    if !person_noun && !role_class(l).is_some_and(|c| c != RoleClass::Family && !l.ends_with('s')) {
        return None;
    }
    // back over at most four modifiers to "A"/"An" opening the sentence
    let mut k = i;
    while k > 1 && k + 4 > i && s.toks[k - 1].kind == TokenKind::Word && !is_function_word(s.low(k - 1)) {
        k -= 1;
    }
    let opens = k == 1 && matches!(s.low(0), "a" | "an");
    let capitalized = (k..i).any(|j| s.toks[j].is_cap());
    // (the description is the subject: a verb follows, not another noun or a name)
    let next_ok = s.toks.get(i + 1).is_some_and(|t| t.is_lower() || t.kind != TokenKind::Word);
    // ("A campaign official told AFP": a source who speaks, not the one the story is about)
    let speaks = (i + 1..(i + 3).min(s.toks.len()))
        .any(|j| s.low_is(j, &["said", "says", "told", "tells", "added", "confirmed"]));
    if speaks {
        return None;
    }
    if !opens || (person_noun && !capitalized) || !next_ok {
        return None;
    }
    let mut c = Candidate::new(s.toks[i].span, s.index, (s.base + i, s.base + i + 1), MentionForm::Nominal);
    c.head = Some(l.to_string());
    c.attributes.push("poss:a".to_string());
    Some(c)
}

fn lowercase_candidates(s: &Sent<'_>, i: usize, out: &mut Vec<Candidate>, links: &mut Vec<Link>) {
    if s.toks[i].kind != TokenKind::Word {
        return;
    }
    let l = s.low(i);
    // Lower-case organization heads right after a name: "Norte cartel", "Smith administration",
    // and over a crime's words: "the Vega drug trafficking organization", "the Ruiz criminal
    // network"
    let bare = matches!(l, "cartel" | "gang" | "militia" | "administration" | "clan" | "organization");
    let crime_head = bare && l != "administration" || matches!(l, "network" | "syndicate" | "ring" | "group");
    let mut m = i;
    while crime_head && m >= 1 && m + 3 > i && s.toks[m - 1].is_lower() && is_crime_modifier(s.low(m - 1)) {
        m -= 1;
    }
    if (bare || m < i) && m >= 1 && name_tok(s, m - 1) && !s.toks[m - 1].is_all_caps() {
        let mut a = m - 1;
        while a >= 1 && name_tok(s, a - 1) && !(a - 1 == 0 && matches!(s.low(0), "the" | "a" | "an")) {
            a -= 1;
        }
        if s.gaz(a, m).is_none_or(|h| s.lx.entry(h.entry).place != Some(super::lexicon::PlaceKind::Country)) {
            // replace the name candidate just pushed with the longer organization name
            let span = s.span(a, i + 1);
            let inner = out[s.first..].iter().rposition(|c| {
                c.span.start >= s.toks[a].span.start && c.span.end <= s.toks[m - 1].span.end && !c.nested
            });
            let inner = inner.map(|k| k + s.first);
            let mut c = Candidate::new(span, s.index, (s.base + a, s.base + i + 1), MentionForm::Name);
            c.votes.add(EntityKind::Organization, 6, format!("organization head '{l}'"));
            c.possessive = s.toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
            if let Some(k) = inner {
                if l == "administration" && m == i {
                    out[k].nested = true;
                    // the words around "the X administration" say nothing about X itself
                    out[k].votes = Votes::default();
                    out[k].votes.add(EntityKind::Person, 4, "leads an administration");
                    out.push(c);
                    let me = out.len() - 1;
                    links.push(Link {
                        kind: RelationKind::LeaderOf,
                        subject: k,
                        object: me,
                        evidence: span,
                        title: None,
                    });
                } else {
                    out[k] = c;
                }
            } else {
                out.push(c);
            }
            return;
        }
    }
    // "the Tomas de Lara Ortega cross-border bridge": a name before a facility noun
    // (over a modifier or two) names the facility, a place
    if is_facility_head(l) {
        let mut m = i;
        while m >= 1
            && m + 2 > i
            && s.toks[m - 1].is_lower()
            && s.toks[m - 1].kind == TokenKind::Word
            && !is_function_word(s.low(m - 1))
        {
            m -= 1;
        }
        if m >= 2 && name_tok(s, m - 1) && !s.toks[m - 1].is_all_caps() {
            let mut a = m - 1;
            while a >= 1 && (name_tok(s, a - 1) || a >= 2 && is_name_connector(s.low(a - 1)) && name_tok(s, a - 2)) {
                a -= 1;
            }
            let country =
                s.gaz(a, m).is_some_and(|h| s.lx.entry(h.entry).place == Some(super::lexicon::PlaceKind::Country));
            if a >= 1 && s.low_is(a - 1, &["the"]) && !country {
                let span = s.span(a, i + 1);
                let inner = out[s.first..].iter().rposition(|c| {
                    c.span.start >= s.toks[a].span.start && c.span.end <= s.toks[m - 1].span.end && !c.nested
                });
                let mut c = Candidate::new(span, s.index, (s.base + a, s.base + i + 1), MentionForm::Name);
                c.votes.add(EntityKind::Location, 6, format!("facility noun '{l}'"));
                match inner {
                    Some(k) => out[k + s.first] = c,
                    None => out.push(c),
                }
                return;
            }
        }
    }
    if let Some(c) = lede_description(s, i) {
        out.push(c);
        return;
    }
    // "It also sanctioned ...", "the company said it would ...": "it" as the subject of a verb
    // (resolve ties it to the latest organization; an "it" before "is" or "was" is mostly
    // the empty subject of "it is expected")
    // (only where it stands for the subject before: opening a sentence, or after "said that")
    if l == "it"
        && (i == 0 || matches!(s.low(i - 1), "said" | "says" | "that" | "announced" | "added" | "and"))
        && s.toks.get(i + 1).is_some_and(|t| t.is_lower())
        && (s.low(i + 1).ends_with("ed")
            || matches!(
                s.low(i + 1),
                "said" | "says" | "also" | "will" | "would" | "has" | "had" | "plans" | "wants" | "sought" | "made"
            ))
    {
        let mut c = Candidate::new(s.toks[i].span, s.index, (s.base + i, s.base + i + 1), MentionForm::Pronoun);
        c.head = Some(l.to_string());
        out.push(c);
        return;
    }
    if is_person_pronoun(l) || (is_first_person(l) && s.text(i) != "US") {
        let mut c = Candidate::new(s.toks[i].span, s.index, (s.base + i, s.base + i + 1), MentionForm::Pronoun);
        c.head = Some(l.to_string());
        out.push(c);
        return;
    }
    // (not a noun modifying a place or thing: "a police station", "police cars")
    let modifies_place = s.toks.get(i + 1).is_some_and(|t| t.is_lower())
        && (is_place_head(s.low(i + 1)) || matches!(s.low(i + 1), "car" | "cars" | "vehicle" | "vehicles" | "custody"));
    if is_group_noun(l) && (s.toks[i].is_lower() || s.toks[i].is_sentence_start()) && !modifies_place {
        // one lower-case noun modifier from a closed list ("drug cartels", "cartel leaders")
        let mut a = i;
        if i >= 1 && s.toks[i - 1].is_lower() && is_group_modifier(s.low(i - 1)) {
            a = i - 1;
        }
        let mut c = Candidate::new(s.span(a, i + 1), s.index, (s.base + a, s.base + i + 1), MentionForm::Group);
        c.head = Some(l.to_string());
        c.votes.add(EntityKind::Group, 3, format!("group noun '{l}'"));
        // a country or organization right before: "Mexican cartels", "U.S. prosecutors"
        let m = a;
        if m >= 1 && name_tok(s, m - 1) {
            let prev = out[s.first..]
                .iter()
                .rposition(|x| x.span.end == s.toks[m - 1].span.end && x.sentence == s.index)
                .map(|k| k + s.first);
            out.push(c);
            let me = out.len() - 1;
            if let Some(p) = prev {
                let kind = if out[p].lex.is_some() { RelationKind::AffiliatedWith } else { RelationKind::MemberOf };
                links.push(Link { kind, subject: me, object: p, evidence: s.span(m - 1, i + 1), title: None });
            }
            return;
        }
        out.push(c);
        return;
    }
    // Descriptions: "the retired general", "its former secretary of defense", "the shuttle";
    // after a preposition also "that"/"this" ("the chief of that agency")
    let demonstrative = matches!(l, "that" | "this")
        && i >= 1
        && s.low_is(i - 1, &["of", "at", "for", "with", "by", "from", "in", "to"]);
    if matches!(l, "the" | "its" | "his" | "her" | "their") || demonstrative {
        let mut k = i + 1;
        let mut attrs = Vec::new();
        while k < s.toks.len()
            && s.toks[k].is_lower()
            && k < i + 4
            && matches!(
                s.low(k),
                "former"
                    | "retired"
                    | "late"
                    | "outgoing"
                    | "new"
                    | "top"
                    | "deputy"
                    | "acting"
                    | "then"
                    | "chief"
                    | "senior"
            )
        {
            attrs.push(s.low(k).to_string());
            k += 1;
        }
        let mut heads = Vec::new();
        while k < s.toks.len() && s.toks[k].is_lower() && s.toks[k].kind == TokenKind::Word && k < i + 6 {
            heads.push(k);
            k += 1;
        }
        // the head is the last noun before a non-noun; accept role nouns and craft/org/place heads
        let head = heads.iter().rev().copied().find(|&h| {
            let w = s.low(h);
            role_class(w).is_some_and(|c| c != RoleClass::Family) && !w.ends_with('s')
                || is_craft_noun(w)
                || is_org_head(w)
                || matches!(w, "station" | "capital" | "country" | "city")
        });
        if let Some(h) = head {
            // only a compact description: modifiers then at most one noun before the head
            // and not a modifier of a following noun ("the general public")
            if h <= i + 1 + attrs.len() + 1
                && !(h + 1 < s.toks.len()
                    && s.toks[h + 1].is_lower()
                    && !is_function_word(s.low(h + 1))
                    && !s.low(h + 1).ends_with("ed")
                    && !s.low_is(
                        h + 1,
                        &[
                            "said", "says", "told", "did", "does", "took", "made", "met", "went", "came", "gave",
                            "left", "won", "spoke", "wrote", "faces", "wants", "plans",
                        ],
                    ))
            {
                let mut c =
                    Candidate::new(s.span(i, h + 1), s.index, (s.base + i, s.base + h + 1), MentionForm::Nominal);
                c.head = Some(s.low(h).to_string());
                c.attributes = attrs;
                if l != "the" {
                    c.head = Some(s.low(h).to_string());
                    c.attributes.push(format!("poss:{l}"));
                }
                out.push(c);
            }
        }
    }
    // "Mexico's foreign minister": a possessed description.
    if i >= 1 && s.toks[i - 1].kind == TokenKind::Possessive {
        let mut k = i;
        while k < s.toks.len() && k < i + 3 && s.toks[k].is_lower() {
            if role_class(s.low(k)).is_some_and(|c| c != RoleClass::Family) {
                let owner = out[s.first..]
                    .iter()
                    .rposition(|x| x.possessive && x.sentence == s.index && x.span.end <= s.toks[i - 1].span.start)
                    .map(|k| k + s.first);
                if let Some(o) = owner {
                    let mut c =
                        Candidate::new(s.span(i, k + 1), s.index, (s.base + i, s.base + k + 1), MentionForm::Nominal);
                    c.head = Some(s.low(k).to_string());
                    c.possessor = Some(o);
                    out.push(c);
                }
                break;
            }
            k += 1;
        }
    }
}

/// Drops candidates that overlap a longer one (longest wins, then earliest), except nested
/// places marked as such; remaps links.
fn dedup_overlaps(out: &mut Vec<Candidate>, links: &mut Vec<Link>) {
    let mut keep = vec![true; out.len()];
    let mut last_end = 0usize;
    let mut last_idx: Option<usize> = None;
    for i in 0..out.len() {
        if out[i].nested {
            continue;
        }
        if out[i].span.start < last_end {
            if let Some(j) = last_idx {
                if out[i].span.len() > out[j].span.len() {
                    keep[j] = false;
                } else {
                    keep[i] = false;
                    continue;
                }
            }
        }
        last_end = out[i].span.end;
        last_idx = Some(i);
    }
    let mut map: HashMap<usize, usize> = HashMap::default();
    let mut new = Vec::with_capacity(out.len());
    for (i, c) in out.drain(..).enumerate() {
        if keep[i] {
            map.insert(i, new.len());
            new.push(c);
        }
    }
    for c in &mut new {
        c.possessor = c.possessor.and_then(|p| map.get(&p).copied());
    }
    *out = new;
    links.retain_mut(|l| match (map.get(&l.subject), map.get(&l.object)) {
        (Some(&a), Some(&b)) => {
            l.subject = a;
            l.object = b;
            true
        }
        _ => false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cands(text: &str) -> Vec<(String, MentionForm, EntityKind)> {
        let doc = Document::new("t", text);
        let (c, _) = find_candidates(&doc, Lexicon::standard());
        c.iter().map(|c| (doc.slice(c.span).to_string(), c.form, c.votes.best().0)).collect()
    }

    fn names(text: &str) -> Vec<String> {
        cands(text)
            .into_iter()
            .filter(|c| !matches!(c.1, MentionForm::Pronoun | MentionForm::Nominal | MentionForm::Group))
            .map(|c| c.0)
            .collect()
    }

    #[test]
    fn title_is_stripped_and_country_kept_apart() {
        let doc = Document::new("t", "Yesterday U.S. Attorney General Jane Q. Public dropped the case.");
        let (c, links) = find_candidates(&doc, Lexicon::standard());
        let p = c.iter().find(|c| doc.slice(c.span) == "Jane Q. Public").expect("person");
        assert_eq!(p.title.as_ref().unwrap().text, "Attorney General");
        assert_eq!(p.votes.best().0, EntityKind::Person);
        assert!(links.iter().any(|l| l.kind == RelationKind::AffiliatedWith && doc.slice(c[l.object].span) == "U.S."));
    }

    #[test]
    fn sentence_initial_common_words_are_not_names() {
        assert_eq!(names("Today the Department of Commerce announced a plan."), ["Department of Commerce"]);
        assert_eq!(names("Caught off guard, officials in Ohio said nothing."), ["Ohio"]);
    }

    #[test]
    fn organization_with_connectors_and_title_before_name() {
        let n = names("She met Chairwoman Ana Ruiz of the Committee on Foreign Affairs.");
        assert_eq!(n, ["Ana Ruiz", "Committee on Foreign Affairs"]);
    }

    #[test]
    fn organization_then_title_then_person() {
        let doc = Document::new("t", "said Office of Budget Review Director Maria Rocha on Monday.");
        let (c, links) = find_candidates(&doc, Lexicon::standard());
        let got: Vec<&str> = c.iter().map(|c| doc.slice(c.span)).collect();
        assert!(got.contains(&"Office of Budget Review") && got.contains(&"Maria Rocha"), "{got:?}");
        assert!(links.iter().any(|l| l.kind == RelationKind::LeaderOf));
    }

    #[test]
    fn demonyms_and_places() {
        let c = cands("The Peruvian envoy flew to Lima.");
        assert!(c.iter().any(|c| c.0 == "Peruvian" && c.1 == MentionForm::Demonym));
        assert!(c.iter().any(|c| c.0 == "Lima" && c.2 == EntityKind::Location));
    }

    #[test]
    fn craft_names_are_other() {
        let c = cands("The crew of the space shuttle Endeavour landed.");
        assert!(c.iter().any(|c| c.0 == "Endeavour" && c.2 == EntityKind::Other), "{c:?}");
    }

    #[test]
    fn groups_and_lowercase_org_heads() {
        let c = cands("Police said the Tijuana cartel paid drug traffickers.");
        assert!(c.iter().any(|c| c.0 == "Tijuana cartel" && c.2 == EntityKind::Organization), "{c:?}");
        assert!(c.iter().any(|c| c.0 == "drug traffickers" && c.1 == MentionForm::Group), "{c:?}");
    }

    #[test]
    fn age_apposition_makes_a_person() {
        let c = cands("Police detained Xavi Brotons, 44, on Monday.");
        assert!(c.iter().any(|c| c.0 == "Xavi Brotons" && c.2 == EntityKind::Person), "{c:?}");
    }

    #[test]
    fn acronyms() {
        let c = cands("An agent of the ATF spoke.");
        assert!(c.iter().any(|c| c.0 == "ATF" && c.1 == MentionForm::Acronym && c.2 == EntityKind::Organization));
    }
}
