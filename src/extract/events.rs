//! Events: triggers, participants with roles, coreference, modality, time and quotes.
//!
//! Requires: resolved mentions and entities. Produces: [`Annotations::events`].
//!
//! 1. **Triggers** come from the trigger table (verbs, nominalizations, phrasal forms such as
//!    "set free", "taken into custody"); a noun used as a modifier ("arrest warrant") and a
//!    legal verb far from a legal object ("dropped" without "charges") are not triggers.
//! 2. **Participants** are read off one clause: the subject (left, skipping appositions) is the
//!    agent, or the patient in the passive and for verbs whose subject undergoes the event
//!    ("returned", "resigned"); the object is the patient; prepositions give place, destination,
//!    origin, partner, target, predecessor and topic; a possessor of a noun trigger is its
//!    patient ("his arrest") or agent ("Mexico's threat"). Descriptions and pronouns count
//!    through their resolved entity, first-person pronouns in a quote through its speaker, and
//!    "Mexico's foreign minister" through Mexico when the minister has no name.
//! 3. **Coreference**: mentions of one type with the same patient (or one without a patient)
//!    are one event; statements are one event per speaker. An event of the legal chain (arrest,
//!    charge, dismissal, release, ...) with no patient takes the document's main defendant.
//! 4. **Modality** (negated, planned, hypothetical, reported) from the words before the
//!    trigger; **time** from the nearest time expression of the sentence; a **source** from
//!    "according to X" or a speech verb that governs the trigger.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::lexicon::triggers::{CHARGE_GOVERNORS, LEGAL, LEGAL_OBJECTS, NOUN, POSS_AGENT, TO, TRIGGERS, UNDERGO};
use super::lexicon::words::{FIRST_PERSON, MODALS, NEGATIONS, REPORTING, is_function_word};
use super::time::find_times;
use super::{Annotations, Argument, Context, Event, MentionForm, Pass};
use crate::error::Result;
use crate::kinds::{EntityKind, EventKind, Modality, Role};
use crate::text::{Document, Span, TokenKind};

/// The events pass.
#[derive(Debug, Clone, Copy)]
pub struct EventsPass;

impl Pass for EventsPass {
    fn name(&self) -> &'static str {
        "events"
    }

    fn run(&self, doc: &Document, _cx: &Context<'_>, ann: &mut Annotations) -> Result<()> {
        ann.events = find_events(doc, ann);
        Ok(())
    }
}

/// A trigger found in a sentence.
#[derive(Debug, Clone, Copy)]
struct Trig {
    kind: EventKind,
    flags: u8,
    /// Token range (global indices).
    a: usize,
    b: usize,
}

/// A participant candidate in a sentence: an entity standing at tokens `a..b`.
#[derive(Debug, Clone, Copy)]
struct P {
    entity: usize,
    a: usize,
    b: usize,
    span: Span,
    possessive: bool,
    kind: EntityKind,
}

/// One event mention before coreference.
#[derive(Debug, Clone)]
struct EvMention {
    kind: EventKind,
    trigger: Span,
    sentence: usize,
    args: Vec<(Role, usize, Span)>,
    modality: Modality,
    source: Option<usize>,
    /// Plural noun standing as the patient when no entity does ("targets").
    patient_noun: Option<String>,
}

const BE: &[&str] = &["was", "were", "is", "are", "been", "being", "be", "get", "got", "gets", "getting", "'s"];

/// Finds the events of a resolved document.
pub fn find_events(doc: &Document, ann: &Annotations) -> Vec<Event> {
    let toks = doc.tokens();
    let quotes = quote_spans(doc);
    let speakers = quote_speakers(doc, ann, &quotes);
    let table = trigger_table();
    let mut mentions: Vec<EvMention> = Vec::new();
    let mut bindings: Vec<(String, usize, Vec<usize>)> = Vec::new(); // (noun, sentence, members)
    // the candidates of each sentence, in text order (one pass, not one per sentence)
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences().len()];
    for (i, c) in ann.candidates.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(c.sentence) {
            v.push(i);
        }
    }
    for (si, in_sentence) in by_sentence.iter().enumerate() {
        let s = &doc.sentences()[si];
        let ps = participants(doc, ann, si, in_sentence, &quotes, &speakers);
        let trigs = find_triggers(doc, si, &table);
        let times = find_times(doc, si);
        if let Some(b) = list_binding(doc, si, &ps, ann) {
            bindings.push(b);
        }
        for t in &trigs {
            let mut m = arguments(doc, si, t, &ps, &trigs);
            if m.args.is_empty() && m.patient_noun.is_none() && t.kind != EventKind::Statement {
                // kept only to join an event told elsewhere
            }
            m.modality = modality(doc, si, t);
            if let Some(src) = according_to(doc, si, &ps) {
                m.source = Some(src);
                if m.modality == Modality::Asserted {
                    m.modality = Modality::Reported;
                }
            }
            let _ = &times;
            mentions.push(m);
        }
        // transcript speakers make statements
        let _ = s;
    }
    // statements by transcript speakers (not the reporter's own narration)
    for (bi, b) in doc.blocks().iter().enumerate() {
        let (Some(sp), false) = (b.speaker, b.speaker_role.is_some_and(|r| is_narrator(doc.slice(r)))) else {
            continue;
        };
        let Some(e) = entity_at(ann, sp) else { continue };
        // the block's first sentence (sentences are in block order)
        let si = Some(doc.sentences().partition_point(|s| s.block < bi))
            .filter(|&i| doc.sentences().get(i).is_some_and(|s| s.block == bi));
        mentions.push(EvMention {
            kind: EventKind::Statement,
            trigger: sp,
            sentence: si.unwrap_or(usize::MAX),
            args: vec![(Role::Agent, e, sp)],
            modality: Modality::Asserted,
            source: None,
            patient_noun: None,
        });
    }
    mentions.sort_by_key(|m| m.trigger.start);
    let mut events = corefer(doc, ann, mentions, &bindings);
    for ev in &mut events {
        attach_time(doc, ev);
    }
    let _ = toks;
    events.retain(|e| !e.args.is_empty());
    events
}

fn is_narrator(role: &str) -> bool {
    let r = role.to_uppercase();
    ["BYLINE", "HOST", "ANCHOR", "CORRESPONDENT", "REPORTER"].iter().any(|x| r.contains(x))
}

/// The entity of the first mention with exactly this span (mentions are in text order: by
/// start, the longer first).
fn entity_at(ann: &Annotations, span: Span) -> Option<usize> {
    let key = |s: Span| (s.start, std::cmp::Reverse(s.end));
    let i = ann.mentions.partition_point(|m| key(m.span) < key(span));
    ann.mentions.get(i).filter(|m| m.span == span).map(|m| m.entity)
}

type Table = HashMap<&'static str, Vec<(Vec<&'static str>, EventKind, u8)>>;

fn trigger_table() -> Table {
    let mut t: Table = HashMap::new();
    for &(form, kind, flags) in TRIGGERS {
        let words: Vec<&str> = form.split(' ').collect();
        t.entry(words[0]).or_default().push((words, kind, flags));
    }
    for v in t.values_mut() {
        v.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
    }
    t
}

fn find_triggers(doc: &Document, si: usize, table: &Table) -> Vec<Trig> {
    let s = &doc.sentences()[si];
    let toks = doc.tokens();
    let (a0, b0) = (s.first_token, s.end_token);
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let mut out: Vec<Trig> = Vec::new();
    let mut i = a0;
    while i < b0 {
        if toks[i].kind != TokenKind::Word || !toks[i].is_lower() && !toks[i].is_sentence_start() {
            i += 1;
            continue;
        }
        let Some(cands) = table.get(w(i)) else {
            i += 1;
            continue;
        };
        let mut hit = None;
        for (words, kind, flags) in cands {
            let n = words.len();
            if i + n > b0 || !(0..n).all(|k| w(i + k) == words[k]) {
                continue;
            }
            let (a, b) = (i, i + n);
            if !accept(doc, si, a, b, *kind, *flags) {
                continue;
            }
            hit = Some(Trig { kind: *kind, flags: *flags, a, b });
            break;
        }
        match hit {
            Some(t) => {
                i = t.b;
                out.push(t);
            }
            None => i += 1,
        }
    }
    // a "charges" noun next to a dismissal belongs to the dismissal
    let dismissals: Vec<(usize, usize)> =
        out.iter().filter(|t| t.kind == EventKind::Dismissal).map(|t| (t.a, t.b)).collect();
    out.retain(|t| {
        !(t.kind == EventKind::Charge
            && t.flags & NOUN != 0
            && dismissals.iter().any(|&(a, b)| t.a + 6 >= a && t.a <= b + 6))
    });
    out
}

/// Checks the conditions a trigger's flags set.
fn accept(doc: &Document, si: usize, a: usize, b: usize, kind: EventKind, flags: u8) -> bool {
    let s = &doc.sentences()[si];
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let (lo, hi) = (s.first_token, s.end_token);
    if flags & TO != 0 && !(b < hi && matches!(w(b), "to" | "as")) {
        return false;
    }
    if flags & NOUN != 0 {
        // a noun modifying another noun is not an event ("arrest warrant")
        if b < hi
            && toks[b].kind == TokenKind::Word
            && toks[b].is_lower()
            && !is_function_word(w(b))
            && !matches!(w(b), "against" | "was" | "were" | "is" | "are" | "had" | "has" | "said")
        {
            return false;
        }
        // "drug trafficking and conspiracy charges": a crime named before a charge noun
        if kind != EventKind::Charge
            && (b..(b + 4).min(hi)).any(|k| matches!(w(k), "charges" | "charge" | "case" | "counts"))
        {
            return false;
        }
        if a > lo && matches!(w(a - 1), "a" | "an") && matches!(kind, EventKind::Statement) {
            return true;
        }
    }
    if kind == EventKind::Charge && flags & NOUN != 0 {
        let gov = (a.saturating_sub(4).max(lo)..a).any(|k| CHARGE_GOVERNORS.contains(&w(k)))
            || (b < hi && matches!(w(b), "against" | "of"));
        return gov;
    }
    if flags & LEGAL != 0 && kind != EventKind::Charge {
        let near = (a.saturating_sub(6).max(lo)..(b + 6).min(hi)).any(|k| LEGAL_OBJECTS.contains(&w(k)));
        return near;
    }
    true
}

/// Entities that can fill roles in a sentence, with their token positions.
/// `cands` are the indices of the sentence's candidates, in text order.
fn participants(
    doc: &Document,
    ann: &Annotations,
    si: usize,
    cands: &[usize],
    quotes: &[Span],
    speakers: &[Option<usize>],
) -> Vec<P> {
    let mut out = Vec::new();
    for &i in cands {
        let c = &ann.candidates[i];
        if c.sentence != si || c.nested || c.tokens.1 <= c.tokens.0 {
            continue;
        }
        let mut e = ann.candidate_entity[i];
        if e == usize::MAX {
            if c.form == MentionForm::Pronoun && c.head.as_deref().is_some_and(|h| FIRST_PERSON.contains(&h)) {
                // first person: the speaker of the quote, or of the labelled block
                let q = quote_at(quotes, c.span);
                e = q.and_then(|q| speakers[q]).or_else(|| block_speaker(doc, ann, c.span)).unwrap_or(usize::MAX);
            } else if c.form == MentionForm::Nominal {
                if let Some(p) = c.possessor {
                    e = ann.candidate_entity[p];
                }
            }
        }
        if e == usize::MAX {
            continue;
        }
        out.push(P {
            entity: e,
            a: c.tokens.0,
            b: c.tokens.1,
            span: c.span,
            possessive: c.possessive,
            kind: ann.entities[e].kind,
        });
    }
    out.sort_by_key(|p| p.a);
    // a description with a possessor stands for its possessor only when it has no entity
    out.dedup_by(|x, y| x.a == y.a && x.b == y.b);
    out
}

/// The index of the quote containing `span` (quotes are in text order and do not overlap).
fn quote_at(quotes: &[Span], span: Span) -> Option<usize> {
    let i = quotes.partition_point(|q| q.start <= span.start);
    i.checked_sub(1).filter(|&k| quotes[k].contains(span))
}

fn block_speaker(doc: &Document, ann: &Annotations, span: Span) -> Option<usize> {
    // the block containing it: the last one starting at or before it (blocks are lines, in order)
    let blocks = doc.blocks();
    let b =
        blocks[..blocks.partition_point(|b| b.span.start <= span.start)].last().filter(|b| b.content.contains(span))?;
    let sp = b.speaker?;
    entity_at(ann, sp)
}

/// Quoted passages: pairs of curly quotes, or of straight double quotes within a line.
pub fn quote_spans(doc: &Document) -> Vec<Span> {
    let mut out = Vec::new();
    for b in doc.blocks() {
        let text = doc.slice(b.content);
        let mut open: Option<usize> = None;
        for (i, ch) in text.char_indices() {
            match ch {
                '“' => open = Some(i),
                '”' => {
                    if let Some(o) = open.take() {
                        out.push(Span::new(b.content.start + o, b.content.start + i + ch.len_utf8()));
                    }
                }
                '"' => match open.take() {
                    Some(o) => out.push(Span::new(b.content.start + o, b.content.start + i + 1)),
                    None => open = Some(i),
                },
                _ => {}
            }
        }
        // a quote left open runs to the end of its paragraph (press-release style)
        if let Some(o) = open {
            out.push(Span::new(b.content.start + o, b.content.end));
        }
    }
    out
}

/// The speaker of each quote: said/says next to it, the block's speaker label, or the agent of
/// the last statement before it ("made the following statement:").
fn quote_speakers(doc: &Document, ann: &Annotations, quotes: &[Span]) -> Vec<Option<usize>> {
    let toks = doc.tokens();
    let mut last: Option<usize> = None;
    let mut out = Vec::new();
    let speech = [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "announced",
        "added",
        "statement",
        "asked",
        "stated",
        "declared",
        "wrote",
    ];
    // Lookups in the mentions (in text order) without scanning them for every quote:
    // `covering_end[k]`, the largest end of a name or description among mentions `..=k`, finds
    // the first one covering a token; `ended_before[k]`, the smallest end of a person's name
    // among mentions `k..`, finds the last one ending before a quote.
    let ms = &ann.mentions;
    let mut covering_end = Vec::with_capacity(ms.len());
    let mut max_end = 0;
    for m in ms {
        if m.form != MentionForm::Pronoun {
            max_end = max_end.max(m.span.end);
        }
        covering_end.push(max_end);
    }
    let mut ended_before = vec![usize::MAX; ms.len()];
    let mut min_end = usize::MAX;
    for (k, m) in ms.iter().enumerate().rev() {
        if ann.entities[m.entity].kind == EntityKind::Person && m.form != MentionForm::Pronoun {
            min_end = min_end.min(m.span.end);
        }
        ended_before[k] = min_end;
    }
    for q in quotes {
        let mut who = block_speaker(doc, ann, *q);
        if who.is_none() {
            // a speech verb within a few tokens after or before the quote, with a person near it
            let after = Some(toks.partition_point(|t| t.span.start < q.end)).filter(|&a| a < toks.len());
            let before = toks.partition_point(|t| t.span.end <= q.start).checked_sub(1);
            let near: Vec<usize> = after
                .into_iter()
                .flat_map(|a| a..(a + 6).min(toks.len()))
                .chain(before.into_iter().flat_map(|b| b.saturating_sub(6)..=b))
                .collect();
            if near.iter().any(|&i| speech.contains(&doc.slice_lower(toks[i].span))) {
                who = near
                    .iter()
                    .find_map(|&i| {
                        // the first mention covering token i: it starts at or before the token
                        // and is the first to reach the token's end
                        let t = toks[i].span;
                        let starts_before = ms.partition_point(|m| m.span.start <= t.start);
                        let k = covering_end.partition_point(|&e| e < t.end);
                        (k < starts_before).then(|| ms[k].entity)
                    })
                    .filter(|&e| matches!(ann.entities[e].kind, EntityKind::Person | EntityKind::Organization));
            }
        }
        if who.is_none() {
            // "made the following statement:" before the quote
            let prev_stmt = ended_before.partition_point(|&e| e <= q.start).checked_sub(1).map(|k| &ms[k]);
            let mut from = q.start.saturating_sub(400);
            while !doc.text().is_char_boundary(from) {
                from += 1;
            }
            let text_before = &doc.text()[from..q.start];
            let low = text_before.to_lowercase();
            if low.contains("statement") || low.contains("said") || low.contains("remarks") {
                who = last.or(prev_stmt.map(|m| m.entity));
            }
        }
        if who.is_some() {
            last = who;
        }
        out.push(who);
    }
    out
}

fn is_passive(doc: &Document, lo: usize, t: &Trig) -> bool {
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let first = w(t.a);
    let participle = first.ends_with("ed")
        || first.ends_with("en")
        || matches!(
            first,
            "set"
                | "sent"
                | "brought"
                | "taken"
                | "held"
                | "found"
                | "shot"
                | "freed"
                | "flown"
                | "told"
                | "led"
                | "sworn"
                | "paid"
                | "caught"
                | "seized"
        );
    if !participle || t.flags & NOUN != 0 {
        return false;
    }
    let mut k = t.a;
    let mut steps = 0;
    while k > lo && steps < 4 {
        k -= 1;
        steps += 1;
        let x = w(k);
        if BE.contains(&x) {
            return true;
        }
        if !(toks[k].kind == TokenKind::Word
            && (x.ends_with("ly")
                || matches!(
                    x,
                    "not"
                        | "never"
                        | "n't"
                        | "also"
                        | "just"
                        | "then"
                        | "already"
                        | "later"
                        | "reportedly"
                        | "allegedly"
                        | "being"
                        | "been"
                        | "have"
                        | "has"
                        | "had"
                )))
        {
            return false;
        }
    }
    false
}

/// The clause around a trigger: from the last boundary before it to the next after it.
fn clause(doc: &Document, si: usize, t: &Trig, ps: &[P]) -> (usize, usize) {
    let s = &doc.sentences()[si];
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let boundary = |i: usize| {
        matches!(w(i), ";" | "--" | "—" | ":")
            || (w(i) == ","
                && i + 1 < s.end_token
                && matches!(w(i + 1), "and" | "but" | "while" | "although" | "because" | "whereas")
                && {
                    // a new clause: a subject follows the conjunction
                    let k = i + 2;
                    k < s.end_token
                        && (starts_at(ps, k)
                            || (starts_at(ps, k + 1) && toks[k].is_cap())
                            || matches!(w(k), "he" | "she" | "they" | "we" | "i" | "it" | "the"))
                })
    };
    let mut lo = t.a;
    while lo > s.first_token && !boundary(lo - 1) {
        lo -= 1;
    }
    let mut hi = t.b;
    while hi < s.end_token && !boundary(hi) {
        hi += 1;
    }
    (lo, hi)
}

/// True when a participant starts at token `k` (`ps` is sorted by start).
fn starts_at(ps: &[P], k: usize) -> bool {
    ps.binary_search_by_key(&k, |p| p.a).is_ok()
}

fn role_of_prep(kind: EventKind, prep: &str, noun: bool) -> Option<Role> {
    use EventKind::*;
    Some(match prep {
        "to" | "into" => match kind {
            Return | Extradite | Release => Role::Destination,
            Statement | Communicate => Role::Target,
            _ => Role::Target,
        },
        "from" => Role::Origin,
        "in" | "at" | "near" | "inside" | "outside" | "across" | "aboard" => Role::Place,
        "by" => Role::Agent,
        "with" | "between" | "alongside" => Role::Partner,
        "against" => Role::Target,
        "on" => {
            if matches!(kind, Sanction | Attack) {
                Role::Patient
            } else {
                Role::Topic
            }
        }
        "for" => {
            if matches!(kind, Appoint) {
                Role::Predecessor
            } else {
                Role::Topic
            }
        }
        "of" => {
            if noun {
                Role::Patient
            } else {
                Role::Topic
            }
        }
        "via" | "through" | "over" => Role::Participant,
        "as" => Role::Topic,
        _ => return None,
    })
}

fn arguments(doc: &Document, si: usize, t: &Trig, ps: &[P], trigs: &[Trig]) -> EvMention {
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let s = &doc.sentences()[si];
    let (lo, hi) = clause(doc, si, t, ps);
    let noun = t.flags & NOUN != 0;
    let passive = is_passive(doc, lo, t);
    let undergo = t.flags & UNDERGO != 0;
    let mut args: Vec<(Role, usize, Span)> = Vec::new();
    let mut patient_noun = None;
    let push = |args: &mut Vec<(Role, usize, Span)>, r: Role, p: &P| {
        if !args.iter().any(|(_, e, _)| *e == p.entity) {
            args.push((r, p.entity, p.span));
        }
    };
    let prep_before = |p: &P| -> Option<&str> {
        let mut k = p.a;
        // skip determiners and adjectives back to a preposition
        let mut steps = 0;
        while k > lo && steps < 4 {
            k -= 1;
            steps += 1;
            let x = w(k);
            if role_of_prep(t.kind, x, noun).is_some() && toks[k].is_lower() {
                return Some(x);
            }
            if !(toks[k].kind == TokenKind::Word
                && (is_function_word(x)
                    && matches!(
                        x,
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "all"
                            | "both"
                            | "several"
                            | "some"
                            | "other"
                            | "more"
                    )
                    || toks[k].is_lower() && !is_verbish(x)))
                && toks[k].kind != TokenKind::Possessive
            {
                return None;
            }
            if toks[k].kind == TokenKind::Possessive {
                continue;
            }
        }
        None
    };

    // Statement after a quote: `"...," said X` / `", X said`
    let after_quote = t.a > s.first_token && matches!(w(t.a - 1), "," | "\"" | "”");

    // Subject side.
    let left: Vec<&P> = ps.iter().filter(|p| p.b <= t.a && p.a >= lo).collect();
    if noun {
        // possessor right before the noun ("Zepeda's shocking arrest")
        if let Some(p) = left.iter().rev().find(|p| {
            p.possessive
                && t.a - p.b <= 4
                && (p.b + 1..t.a).all(|k| toks[k].is_lower() || toks[k].kind == TokenKind::Possessive)
        }) {
            let r = if t.flags & POSS_AGENT != 0 { Role::Agent } else { Role::Patient };
            push(&mut args, r, p);
        } else if let Some(p) = left.last().filter(|p| p.b == t.a && !p.possessive) {
            // a name modifying the noun: "U.S. sanctions", "the Ukraine invasion"
            let r = if t.flags & POSS_AGENT != 0 && t.kind != EventKind::Attack { Role::Agent } else { Role::Patient };
            push(&mut args, r, p);
        }
        // the clause subject of a verb that governs the noun ("the State Department announced
        // the designation"): agent of agentive nouns
        if let Some(p) = left.iter().find(|p| prep_before(p).is_none() && !args.iter().any(|(_, e, _)| *e == p.entity))
        {
            if !matches!(t.kind, EventKind::Die) {
                push(&mut args, Role::Agent, p);
            }
        }
    } else if !(t.kind == EventKind::Statement && after_quote) {
        // skip an apposition: "X, a retired agent who covered Y, says"
        let mut cut = t.a;
        let mut k = t.a;
        while k > lo
            && (toks[k - 1].is_lower()
                && matches!(
                    w(k - 1),
                    "also"
                        | "now"
                        | "then"
                        | "later"
                        | "personally"
                        | "still"
                        | "has"
                        | "had"
                        | "have"
                        | "will"
                        | "would"
                        | "did"
                        | "does"
                        | "not"
                        | "never"
                )
                || w(k - 1).ends_with("ly") && toks[k - 1].is_lower())
        {
            k -= 1;
        }
        if k > lo && w(k - 1) == "," {
            if let Some(open) = (lo..k - 1).rev().find(|&j| w(j) == ",") {
                cut = open;
            }
        }
        let mut subject =
            left.iter().rev().copied().find(|p| p.b <= cut && prep_before(p).is_none_or(|x| x == "by" && passive));
        if subject.is_none() {
            subject = left.iter().rev().copied().find(|p| p.b <= cut && prep_before(p).is_none());
        }
        if let Some(p) = subject {
            // passive: the subject is the patient only if it stands right before the verb group
            let role = if passive || undergo { Role::Patient } else { Role::Agent };
            if passive {
                let before_be = (lo..t.a).rev().find(|&k| BE.contains(&w(k))).map(|k| k.saturating_sub(1));
                let adjacent = before_be.is_some_and(|k| p.b == k + 1 || p.b == k);
                if adjacent {
                    push(&mut args, role, p);
                }
            } else {
                push(&mut args, role, p);
            }
        }
    }

    // Object side.
    let mut first_obj = true;
    // stop at another trigger's subject: "X dropped the case, and Y appealed"
    let next_verb = trigs
        .iter()
        .filter(|o| o.a > t.b && o.kind != t.kind && o.flags & NOUN == 0 && !matches!(o.kind, EventKind::Statement))
        .map(|o| o.a)
        .min();
    for p in ps.iter().filter(|p| p.a >= t.b && p.b <= hi) {
        if next_verb.is_some_and(|a| a < p.a) && !matches!(t.kind, EventKind::Request) {
            break;
        }
        let prep = prep_before(p);
        let role = match prep {
            Some(x) => role_of_prep(t.kind, x, noun),
            None if t.kind == EventKind::Statement && after_quote && first_obj => Some(Role::Agent),
            None if first_obj && !undergo => Some(if passive {
                Role::Agent
            } else if t.kind == EventKind::Statement {
                Role::Topic
            } else {
                Role::Patient
            }),
            None => Some(Role::Participant),
        };
        if let Some(r) = role {
            // passive "by X" is the agent; a bare object after a passive is not
            if t.kind == EventKind::Statement && r != Role::Agent && r != Role::Target {
                first_obj = false;
                continue;
            }
            let r = if r == Role::Place && p.kind != EntityKind::Location { Role::Participant } else { r };
            push(&mut args, r, p);
        }
        first_obj = false;
    }
    // a plural noun object with no entity: "the designation of ten new targets"
    if !args.iter().any(|(r, _, _)| *r == Role::Patient) {
        let mut k = t.b;
        while k < hi && k < t.b + 7 {
            let x = w(k);
            if toks[k].kind == TokenKind::Word
                && toks[k].is_lower()
                && x.ends_with('s')
                && !is_function_word(x)
                && x.len() > 3
                && (k + 1 >= hi || !toks[k + 1].is_lower() || matches!(w(k + 1), "of" | "under" | "in" | "to" | "and"))
            {
                patient_noun = Some(x.to_string());
                break;
            }
            if ps.iter().any(|p| p.a == k) {
                break;
            }
            k += 1;
        }
    }
    // a request governs the event it asks for: its agent instigates that event
    EvMention {
        kind: t.kind,
        trigger: Span::new(toks[t.a].span.start, toks[t.b - 1].span.end),
        sentence: si,
        args,
        modality: Modality::Asserted,
        source: None,
        patient_noun,
    }
}

fn is_verbish(x: &str) -> bool {
    x.ends_with("ed")
        || matches!(x, "is" | "was" | "were" | "are" | "has" | "had" | "have" | "will" | "would" | "said" | "says")
}

fn modality(doc: &Document, si: usize, t: &Trig) -> Modality {
    let s = &doc.sentences()[si];
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let lo = t.a.saturating_sub(5).max(s.first_token);
    let window: Vec<&str> = (lo..t.a).map(w).collect();
    if window.iter().any(|x| NEGATIONS.contains(x) || x.ends_with("n't")) {
        return Modality::Negated;
    }
    if window.iter().any(|x| REPORTING.contains(x)) {
        return Modality::Reported;
    }
    let near: Vec<&str> = (t.a.saturating_sub(3).max(s.first_token)..t.a).map(w).collect();
    if near.iter().any(|x| matches!(*x, "could" | "might" | "may" | "would" | "if" | "unless" | "whether"))
        || (near.iter().any(|x| *x == "face" || *x == "faces" || *x == "facing") && t.kind != EventKind::Charge)
    {
        return Modality::Hypothetical;
    }
    if near.iter().any(|x| {
        matches!(*x, "will" | "plans" | "plan" | "planned" | "intends" | "wants" | "seeks" | "expected" | "set")
    }) || (near.last() == Some(&"to")
        && t.flags & NOUN == 0
        && near.iter().any(|x| MODALS.contains(x) && *x != "to"))
    {
        return Modality::Planned;
    }
    if near.last() == Some(&"to") && t.flags & NOUN == 0 {
        return Modality::Planned;
    }
    Modality::Asserted
}

fn according_to(doc: &Document, si: usize, ps: &[P]) -> Option<usize> {
    let s = &doc.sentences()[si];
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let k = (s.first_token..s.end_token.saturating_sub(1)).find(|&k| w(k) == "according" && w(k + 1) == "to")?;
    ps.iter().find(|p| p.a > k + 1 && p.a <= k + 5).map(|p| p.entity)
}

/// "The Norte Cartel targets announced today are: A, B and C" / "Included are A and B":
/// a plural noun bound to the people listed after it.
fn list_binding(doc: &Document, si: usize, ps: &[P], ann: &Annotations) -> Option<(String, usize, Vec<usize>)> {
    let s = &doc.sentences()[si];
    let toks = doc.tokens();
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let (lo, hi) = (s.first_token, s.end_token);
    let are = (lo..hi).find(|&k| matches!(w(k), "are" | "include" | "included" | "were"))?;
    let mut noun = None;
    for k in (lo..are).rev() {
        let x = w(k);
        if toks[k].kind == TokenKind::Word && x.ends_with('s') && x.len() > 3 && !is_function_word(x) {
            noun = Some(x.to_string());
            break;
        }
    }
    let noun = noun.unwrap_or_default();
    let members: Vec<usize> = ps
        .iter()
        .filter(|p| p.a > are && matches!(ann.entities[p.entity].kind, EntityKind::Person | EntityKind::Organization))
        .map(|p| p.entity)
        .collect();
    (members.len() >= 2).then_some((noun, si, members))
}

/// Groups event mentions into events.
fn corefer(
    doc: &Document,
    ann: &Annotations,
    ms: Vec<EvMention>,
    bindings: &[(String, usize, Vec<usize>)],
) -> Vec<Event> {
    struct Acc {
        ev: Event,
        /// The entities of `ev.args`.
        entities: HashSet<usize>,
        patients: Vec<usize>,
        agents: Vec<usize>,
        nouns: Vec<String>,
        last_sentence: usize,
    }
    let mut accs: Vec<Acc> = Vec::new();
    // Indexes that answer "the latest event of this kind that ..." without scanning every
    // event for every mention: the latest event per kind, per (kind, patient) and per (kind,
    // agent); and the events with no patient yet, per kind and last sentence.
    let mut latest: HashMap<EventKind, usize> = HashMap::new();
    let mut by_patient: HashMap<(EventKind, usize), usize> = HashMap::new();
    let mut by_agent: HashMap<(EventKind, usize), usize> = HashMap::new();
    let mut no_patient: HashMap<EventKind, BTreeMap<usize, BTreeSet<usize>>> = HashMap::new();
    let sentence_span = |si: usize| doc.sentences().get(si).map_or(Span::default(), |s| s.span);
    for m in ms {
        let patients: Vec<usize> = m.args.iter().filter(|a| a.0 == Role::Patient).map(|a| a.1).collect();
        let agents: Vec<usize> = m.args.iter().filter(|a| a.0 == Role::Agent).map(|a| a.1).collect();
        let latest_with = |index: &HashMap<(EventKind, usize), usize>, xs: &[usize]| {
            xs.iter().filter_map(|&x| index.get(&(m.kind, x)).copied()).max()
        };
        let target = if m.kind == EventKind::Statement {
            latest_with(&by_agent, &agents)
        } else if !patients.is_empty() {
            // one with a shared patient, or one without patients within three sentences
            let near = no_patient.get(&m.kind).and_then(|by_sentence| {
                by_sentence
                    .range(m.sentence.saturating_sub(3)..=m.sentence.saturating_add(3))
                    .filter_map(|(_, events)| events.last().copied())
                    .max()
            });
            latest_with(&by_patient, &patients).max(near)
        } else {
            let same_kind = latest.get(&m.kind).copied();
            match m.kind {
                EventKind::Meet | EventKind::Communicate | EventKind::Cooperate => {
                    same_kind.filter(|&i| m.args.is_empty() || m.args.iter().any(|x| accs[i].entities.contains(&x.1)))
                }
                _ => same_kind,
            }
        };
        if m.args.is_empty() && target.is_none() && m.patient_noun.is_none() {
            continue;
        }
        let args: Vec<Argument> = m
            .args
            .iter()
            .map(|&(role, entity, span)| Argument { role, entity, span, evidence: sentence_span(m.sentence) })
            .collect();
        let i = match target {
            Some(i) => {
                let a = &mut accs[i];
                if a.patients.is_empty() {
                    if let Some(set) = no_patient.get_mut(&m.kind).and_then(|s| s.get_mut(&a.last_sentence)) {
                        set.remove(&i);
                    }
                }
                a.ev.triggers.push(m.trigger);
                a.ev.sentences.push(sentence_span(m.sentence));
                for arg in args {
                    if a.entities.insert(arg.entity) {
                        a.ev.args.push(arg);
                    }
                }
                a.patients.extend(patients.iter().copied());
                a.agents.extend(agents.iter().copied());
                a.nouns.extend(m.patient_noun);
                a.last_sentence = m.sentence;
                if a.ev.modality != Modality::Asserted && m.modality == Modality::Asserted {
                    a.ev.modality = Modality::Asserted;
                }
                a.ev.source = a.ev.source.or(m.source);
                i
            }
            None => {
                accs.push(Acc {
                    entities: args.iter().map(|a| a.entity).collect(),
                    ev: Event {
                        kind: m.kind,
                        triggers: vec![m.trigger],
                        sentences: vec![sentence_span(m.sentence)],
                        args,
                        modality: m.modality,
                        time: None,
                        source: m.source,
                    },
                    patients: patients.clone(),
                    agents: agents.clone(),
                    nouns: m.patient_noun.into_iter().collect(),
                    last_sentence: m.sentence,
                });
                latest.insert(m.kind, accs.len() - 1);
                accs.len() - 1
            }
        };
        for &x in &patients {
            let e = by_patient.entry((m.kind, x)).or_insert(i);
            *e = (*e).max(i);
        }
        for &x in &agents {
            let e = by_agent.entry((m.kind, x)).or_insert(i);
            *e = (*e).max(i);
        }
        if accs[i].patients.is_empty() {
            no_patient.entry(m.kind).or_default().entry(m.sentence).or_default().insert(i);
        }
    }
    // nouns bound to lists become their members ("targets ... are: A, B"); a noun named twice
    // adds nothing the first time did not
    let mut named: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut unnamed: Vec<usize> = Vec::new();
    for (k, (bn, _, _)) in bindings.iter().enumerate() {
        if bn.is_empty() {
            unnamed.push(k);
        } else {
            named.entry(bn.as_str()).or_default().push(k);
        }
    }
    for a in &mut accs {
        let first_start = a.ev.sentences.iter().map(|s| s.start).min();
        let mut seen: HashSet<&str> = HashSet::new();
        for noun in &a.nouns {
            if !seen.insert(noun.as_str()) {
                continue;
            }
            let mut ks: Vec<usize> = named.get(noun.as_str()).map_or(Vec::new(), Vec::clone);
            ks.extend(&unnamed);
            ks.sort_unstable();
            for &k in &ks {
                let (_, si, members) = &bindings[k];
                let sentence = sentence_span(*si);
                let follows = first_start.is_some_and(|s| s <= sentence.start);
                if follows {
                    for &e in members {
                        if a.entities.insert(e) {
                            // the entity's first mention in the binding sentence (mentions are in
                            // text order and never cross a sentence)
                            let ms = &ann.entities[e].mentions;
                            let k = ms.partition_point(|&m| ann.mentions[m].span.start < sentence.start);
                            let sp = ms
                                .get(k)
                                .map(|&m| ann.mentions[m].span)
                                .filter(|s| sentence.contains(*s))
                                .unwrap_or_default();
                            a.ev.args.push(Argument { role: Role::Patient, entity: e, span: sp, evidence: sentence });
                            a.patients.push(e);
                        }
                    }
                }
            }
        }
    }
    // the legal chain: an event with no patient takes the main defendant
    let chain = [
        EventKind::Arrest,
        EventKind::Charge,
        EventKind::Dismissal,
        EventKind::Release,
        EventKind::Return,
        EventKind::Extradite,
        EventKind::Convict,
        EventKind::Sentence,
        EventKind::Acquit,
    ];
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for a in accs.iter().filter(|a| chain.contains(&a.ev.kind)) {
        for &p in &a.patients {
            if ann.entities[p].kind == EntityKind::Person {
                *counts.entry(p).or_default() += 1;
            }
        }
    }
    let main = counts.iter().max_by_key(|(e, c)| (**c, std::cmp::Reverse(**e))).map(|(e, _)| *e);
    if let Some(d) = main {
        for a in
            accs.iter_mut().filter(|a| chain.contains(&a.ev.kind) && a.patients.is_empty() && !a.ev.args.is_empty())
        {
            let sp = ann.entities[d].mentions.first().map(|&m| ann.mentions[m].span).unwrap_or_default();
            a.ev.args.push(Argument { role: Role::Patient, entity: d, span: sp, evidence: a.ev.sentences[0] });
        }
    }
    accs.into_iter().map(|a| a.ev).collect()
}

fn attach_time(doc: &Document, ev: &mut Event) {
    for (k, sspan) in ev.sentences.iter().enumerate() {
        // sentences are in text order and do not overlap
        let sents = doc.sentences();
        let si = sents.partition_point(|s| s.span.start < sspan.start);
        if sents.get(si).is_none_or(|s| s.span != *sspan) {
            continue;
        }
        let trig = ev.triggers[k];
        let times = find_times(doc, si);
        if let Some(t) = times.into_iter().min_by_key(|t| t.span.start.abs_diff(trig.start)) {
            ev.time = Some(t);
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    type Ev = (EventKind, Vec<(Role, String)>, Modality);

    fn events(text: &str) -> Vec<Ev> {
        let doc = Document::new("t", text);
        let ann = extract(&doc);
        ann.events
            .iter()
            .map(|e| {
                (e.kind, e.args.iter().map(|a| (a.role, ann.entities[a.entity].label.clone())).collect(), e.modality)
            })
            .collect()
    }

    fn find(evs: &[Ev], k: EventKind) -> &Ev {
        evs.iter().find(|e| e.0 == k).unwrap_or_else(|| panic!("no {k} in {evs:?}"))
    }

    fn has(e: &Ev, r: Role, who: &str) -> bool {
        e.1.iter().any(|(rr, w)| *rr == r && w == who)
    }

    #[test]
    fn active_verb_agent_patient_place() {
        let evs = events("Police in Peru arrested Juan Carlos Mendez in Lima on Monday.");
        let e = find(&evs, EventKind::Arrest);
        assert!(has(e, Role::Patient, "Juan Carlos Mendez") && has(e, Role::Place, "Lima"), "{e:?}");
    }

    #[test]
    fn possessive_noun_trigger_is_patient() {
        let evs = events("Since Maria Elena Ruiz's arrest last week in Bogota, Colombia has protested.");
        let e = find(&evs, EventKind::Arrest);
        assert!(has(e, Role::Patient, "Maria Elena Ruiz") && has(e, Role::Place, "Bogota"), "{e:?}");
    }

    #[test]
    fn passive_with_by_agent() {
        let evs = events("Former minister Hugo Salas was detained by Argentina on Friday.");
        let e = find(&evs, EventKind::Arrest);
        assert!(has(e, Role::Patient, "Hugo Salas") && has(e, Role::Agent, "Argentina"), "{e:?}");
    }

    #[test]
    fn negation_and_plans() {
        let evs = events(
            "We never threatened Canada, said Prime Minister Olaf Berg. Peru plans to extradite Ana Ortiz to Chile.",
        );
        assert_eq!(find(&evs, EventKind::Threaten).2, Modality::Negated);
        let x = find(&evs, EventKind::Extradite);
        assert_eq!(x.2, Modality::Planned);
        assert!(
            has(x, Role::Patient, "Ana Ortiz") && has(x, Role::Destination, "Chile") && has(x, Role::Agent, "Peru"),
            "{x:?}"
        );
    }

    #[test]
    fn coreference_by_patient() {
        let evs = events(
            "Authorities arrested Tomas Ferreira in Porto. Ferreira's arrest angered Brazil. Brazil said Portugal arrested him unfairly.",
        );
        assert_eq!(evs.iter().filter(|e| e.0 == EventKind::Arrest).count(), 1, "{evs:?}");
    }

    #[test]
    fn legal_chain_takes_the_defendant() {
        let evs = events("Judge Rosa Bell charged Ivan Petrov with fraud. Then Canada dropped all charges.");
        let d = find(&evs, EventKind::Dismissal);
        assert!(has(d, Role::Agent, "Canada") && has(d, Role::Patient, "Ivan Petrov"), "{d:?}");
    }

    #[test]
    fn modifier_nouns_are_not_events() {
        let evs = events("Officials in Texas signed an arrest warrant for Dan Hill.");
        assert!(evs.iter().all(|e| e.0 != EventKind::Arrest), "{evs:?}");
    }

    #[test]
    fn relative_clause_subject() {
        let evs = events("Mayor Alice Grant, who steps down Friday, spoke to Ohio reporters.");
        assert!(has(find(&evs, EventKind::Resign), Role::Patient, "Alice Grant"), "{evs:?}");
    }

    #[test]
    fn list_binding_expands_patients() {
        let evs = events(
            "The Treasury Department announced the designation of four new targets. The targets named today are: Ramon Ortiz-Lara, Felipe Soto-Mejia and Ana Cruz-Pena.",
        );
        let s = find(&evs, EventKind::Sanction);
        assert!(has(s, Role::Patient, "Ramon Ortiz-Lara") && has(s, Role::Patient, "Ana Cruz-Pena"), "{s:?}");
    }

    #[test]
    fn first_person_in_quote_is_the_speaker() {
        let evs = events(
            "Senator Carl Olsen made the following statement:\n\"I urge Governor Ruth Adler to release Tom Price.\"",
        );
        let r = find(&evs, EventKind::Request);
        assert!(has(r, Role::Agent, "Carl Olsen") && has(r, Role::Patient, "Ruth Adler"), "{r:?}");
    }
}
