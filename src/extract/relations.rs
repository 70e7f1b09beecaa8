//! Relations between entities: titles with organizations, appositions, possessives, places.
//!
//! Requires: resolved mentions and entities, and the candidate links of the names pass.
//! Produces: [`Annotations::relations`] (TAC KBP / ACE relation names, see `docs/extraction.md`).
//!
//! Patterns (each over one sentence, each with the phrase as evidence):
//! - inside a name: a title's country ("U.S. Attorney General X": affiliated_with), an
//!   organization before a title ("ORG Director X": leader_of), a country before an
//!   organization ("U.S. Department of State": part_of);
//! - possessives: "ORG's X" (employee_of for a person, part_of for an organization);
//! - a lower-case role between two names: "ORG spokesman X", "Belarusian leader X";
//! - appositions: "X, a retired ORG agent", "X, head of ORG", "X, a senator from PLACE",
//!   "X, 63, of PLACE", and "X of ORG" after a titled name;
//! - copulas: "X is ORG's correspondent based in PLACE";
//! - places: "CITY, COUNTRY", "FACILITY in PLACE": located_in; "X and its arm, Y": part_of;
//! - lists: "ORG targets are: A, B and C": member_of.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::lexicon::roles::RoleClass;
use super::lexicon::{Lexicon, PlaceKind};
use super::{Annotations, Context, Pass, Relation};
use crate::error::Result;
use crate::kinds::{EntityKind, RelationKind};
use crate::text::{Document, Span, TokenKind};

/// The relations pass.
#[derive(Debug, Clone, Copy)]
pub struct RelationsPass;

impl Pass for RelationsPass {
    fn name(&self) -> &'static str {
        "relations"
    }

    fn run(&self, doc: &Document, cx: &Context<'_>, ann: &mut Annotations) -> Result<()> {
        let mut rels = find_relations(doc, ann, cx.lexicon);
        if cx.cooccurrence {
            rels.extend(cooccurrences(doc, ann));
        }
        // the first of each (kind, subject, object), in order
        let mut seen: HashSet<(RelationKind, usize, usize)> =
            ann.relations.iter().map(|x| (x.kind, x.subject, x.object)).collect();
        for r in rels {
            if r.subject == r.object || r.subject == usize::MAX || r.object == usize::MAX {
                continue;
            }
            if seen.insert((r.kind, r.subject, r.object)) {
                ann.relations.push(r);
            }
        }
        Ok(())
    }
}

fn role_class(w: &str) -> Option<RoleClass> {
    super::lexicon::roles::role_class_exact(w)
}

/// Group nouns for the forces and officers of a state, which a place "in" after them owns.
/// "Under Secretary of the Treasury X" where the text names the "Treasury Department",
/// "Minister of Defense X" beside the "Ministry of Defense": the title's department employs X.
fn department_titles(doc: &Document, ann: &Annotations, out: &mut Vec<Relation>) {
    let ce = &ann.candidate_entity;
    let norm = |x: &str| x.trim_start_matches("the ").to_lowercase();
    let mut departments: HashMap<String, usize> = HashMap::default();
    for (e, ent) in ann.entities.iter().enumerate().filter(|(_, x)| x.kind == EntityKind::Organization) {
        for name in std::iter::once(&ent.label).chain(ent.aliases.iter()) {
            let n = norm(name);
            let core = ["department of ", "ministry of ", "secretariat of "]
                .iter()
                .find_map(|h| n.strip_prefix(h))
                .or_else(|| [" department", " ministry"].iter().find_map(|h| n.strip_suffix(h)));
            if let Some(core) = core {
                departments.entry(norm(core)).or_insert(e);
            }
        }
    }
    if departments.is_empty() {
        return;
    }
    for (i, c) in ann.candidates.iter().enumerate() {
        let e = ce[i];
        if e == usize::MAX || ann.entities[e].kind != EntityKind::Person {
            continue;
        }
        // a title before the name ("Minister of Defense X") or a description resolved to the
        // person ("Norland's defense minister, X")
        let (text, class, evidence) = match (&c.title, c.form) {
            (Some(t), _) => (t.text.to_lowercase(), Some(t.class), t.span.cover(c.span)),
            (None, super::MentionForm::Nominal) => {
                let text = doc.slice_lower(c.span);
                let head = c.head.as_deref().unwrap_or("");
                (text.to_string(), role_class(head), c.span)
            }
            _ => continue,
        };
        let Some(class) = class else { continue };
        let (role, dept) = match text.rsplit_once(" of ") {
            Some((role, dept)) => (role.to_string(), dept.to_string()),
            // "defense minister": the word before the role noun
            None => {
                let mut words = text.rsplit(' ');
                let head = words.next().unwrap_or("");
                let Some(dept) = words.next() else { continue };
                let rest: Vec<&str> = words.collect();
                let before = rest.first().copied().unwrap_or("");
                (format!("{before} {head}"), dept.to_string())
            }
        };
        let Some(&o) = departments.get(&norm(&dept)) else { continue };
        let mut words = role.rsplit(' ');
        let (head, before) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        out.push(Relation {
            kind: relation_for(class, EntityKind::Organization, before, head),
            subject: e,
            object: o,
            evidence,
        });
    }
}

/// "Agencia Costera (AC), the national coast guard agency in Norland": an apposition headed by
/// an organization noun places the organization; a state body is part of the country, anything
/// else is based in the place.
fn organization_apposition(doc: &Document, si: usize, ms: &[M], out: &mut Vec<Relation>) {
    let toks = doc.tokens();
    let end = doc.sentences()[si].end_token;
    let w = |i: usize| doc.slice_lower(toks[i].span);
    for m in ms.iter().filter(|m| m.kind == EntityKind::Organization) {
        let mut k = m.b;
        // (over an acronym in parentheses)
        if k + 2 < end && w(k) == "(" && w(k + 2) == ")" {
            k += 3;
        }
        if !(k + 2 < end && w(k) == "," && matches!(w(k + 1), "the" | "a" | "an")) {
            continue;
        }
        let mut j = k + 2;
        while j + 1 < end && j < k + 8 && toks[j + 1].is_lower() && toks[j + 1].kind == TokenKind::Word {
            if matches!(w(j + 1), "in" | "of" | "based") {
                break;
            }
            j += 1;
        }
        let head = w(j);
        if !toks[j].is_lower()
            || !super::lexicon::heads::is_org_head(head)
            || j + 2 >= end
            || !matches!(w(j + 1), "in" | "of")
        {
            continue;
        }
        let Some(place) = ms.iter().find(|p| p.a == j + 2 && p.kind == EntityKind::Location) else { continue };
        let kind =
            if super::lexicon::heads::is_state_body_head(head) { RelationKind::PartOf } else { RelationKind::BasedIn };
        out.push(Relation {
            kind,
            subject: m.entity,
            object: place.entity,
            evidence: Span::new(toks[m.a].span.start, toks[place.b - 1].span.end),
        });
    }
}

/// "OSLO — ... President John Doe": a president or prime minister whose title names no
/// country and who is tied to no place leads the country the story is filed from (its
/// dateline's country), or, with no dateline, the one country the story names.
fn home_country_leaders(ann: &Annotations, lexicon: &Lexicon, out: &mut Vec<Relation>) {
    let ce = &ann.candidate_entity;
    let entry_entity = |entry: usize| {
        ann.candidates
            .iter()
            .enumerate()
            .find(|(i, c)| c.lex.is_some_and(|h| h.entry == entry) && ce[*i] != usize::MAX)
            .map(|(i, _)| ce[i])
    };
    let country_of = |entry: usize| {
        let en = lexicon.entry(entry);
        match en.place {
            Some(PlaceKind::Country) => Some(entry),
            _ => en.country.as_deref().and_then(|code| lexicon.country(code)),
        }
    };
    let dateline = ann
        .candidates
        .iter()
        .find(|c| c.form == super::MentionForm::Dateline)
        .and_then(|c| c.lex)
        .and_then(|h| country_of(h.entry));
    let home = match dateline {
        Some(entry) => entry_entity(entry),
        None => {
            let mut countries: Vec<usize> = ann
                .candidates
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    ce[*i] != usize::MAX
                        && c.lex.is_some_and(|h| lexicon.entry(h.entry).place == Some(PlaceKind::Country))
                })
                .map(|(i, _)| ce[i])
                .collect();
            countries.sort_unstable();
            countries.dedup();
            (countries.len() == 1).then(|| countries[0])
        }
    };
    let Some(home) = home else { return };
    // the people tied to some place already
    let placed: HashSet<usize> = out
        .iter()
        .chain(&ann.relations)
        .filter(|r| ann.entities[r.object].kind == EntityKind::Location)
        .map(|r| r.subject)
        .collect();
    let mut done: HashSet<usize> = HashSet::default();
    for (i, c) in ann.candidates.iter().enumerate() {
        let e = ce[i];
        let Some(t) = &c.title else { continue };
        if e == usize::MAX || ann.entities[e].kind != EntityKind::Person {
            continue;
        }
        let title = t.text.to_lowercase();
        if !matches!(title.as_str(), "president" | "prime minister" | "premier") {
            continue;
        }
        if !placed.contains(&e) && done.insert(e) {
            out.push(Relation {
                kind: RelationKind::LeaderOf,
                subject: e,
                object: home,
                evidence: t.span.cover(c.span),
            });
        }
    }
}

fn is_state_force(head: &str) -> bool {
    matches!(
        head,
        "police" | "authorities" | "officials" | "troops" | "soldiers" | "forces" | "prosecutors" | "officers"
    )
}

/// The relation a role gives its holder with an organization or place. `before` and `head` are
/// the role noun and the word before it ("foreign" "minister"): only a head of state or
/// government, a governor or a mayor leads a place; a minister of a country is affiliated with it.
pub(crate) fn relation_for(class: RoleClass, object_kind: EntityKind, before: &str, head: &str) -> RelationKind {
    if object_kind == EntityKind::Location {
        let head = head.trim_end_matches('s');
        let leads = class == RoleClass::Leader
            && (matches!(
                head,
                "president"
                    | "premier"
                    | "chancellor"
                    | "king"
                    | "queen"
                    | "emperor"
                    | "sultan"
                    | "emir"
                    | "governor"
                    | "gov."
                    | "mayor"
                    | "leader"
                    | "ruler"
                    | "monarch"
                    | "dictator"
            ) || before == "prime" && head == "minister")
            && !matches!(before, "vice" | "deputy" | "lieutenant" | "opposition" | "party" | "rebel" | "union");
        return if leads { RelationKind::LeaderOf } else { RelationKind::AffiliatedWith };
    }
    // "the ministry's procurement chief" heads a part of it, not the whole
    let sub_unit = !before.is_empty()
        && before.chars().all(|c| c.is_lowercase() || c == '-')
        && !matches!(
            before,
            "former"
                | "then"
                | "acting"
                | "interim"
                | "current"
                | "new"
                | "outgoing"
                | "incoming"
                | "top"
                | "longtime"
                | "chief"
                | "executive"
                | "founding"
                | "the"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
                | "party"
                | "group"
                | "s"
                | "general"
        );
    match class {
        RoleClass::Leader
            if sub_unit && matches!(head, "chief" | "head" | "director" | "manager" | "chairman" | "chair") =>
        {
            RelationKind::EmployeeOf
        }
        // ("the Deputy Editor-in-Chief of RT", "an assistant director of X": not the leader)
        RoleClass::Leader if matches!(before, "deputy" | "vice" | "assistant" | "associate" | "under") => {
            RelationKind::EmployeeOf
        }
        RoleClass::Leader => RelationKind::LeaderOf,
        RoleClass::Spokesperson => RelationKind::SpokespersonOf,
        RoleClass::Member => RelationKind::MemberOf,
        RoleClass::Family => RelationKind::Family,
        _ => RelationKind::EmployeeOf,
    }
}

/// A top-level (not nested) mention with its token range.
#[derive(Debug, Clone, Copy)]
struct M {
    cand: usize,
    entity: usize,
    kind: EntityKind,
    a: usize,
    b: usize,
    possessive: bool,
}

/// Finds relations in a resolved document.
pub fn find_relations(doc: &Document, ann: &Annotations, lexicon: &Lexicon) -> Vec<Relation> {
    let mut out = Vec::new();
    let ce = &ann.candidate_entity;
    // Links made inside names.
    for l in &ann.links {
        let (s, o) = (ce[l.subject], ce[l.object]);
        if s != usize::MAX && o != usize::MAX {
            let ev = l.evidence;
            out.push(Relation { kind: l.kind, subject: s, object: o, evidence: ev });
        }
    }
    let toks = doc.tokens();
    // Looked up once rather than by scanning everything for every sentence or mention: the
    // candidates of each sentence, the first candidate of each entity, and the organization
    // tied to each group candidate.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences().len()];
    let mut first_candidate: HashMap<usize, usize> = HashMap::default();
    for (i, c) in ann.candidates.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(c.sentence) {
            v.push(i);
        }
        first_candidate.entry(ce[i]).or_insert(i);
    }
    let owners = group_owners(ann);
    // "A Superior Court Judge ... Judge Jane X": a description resolved to a
    // person, whose possessor names an organization, ties the person to it
    for (i, c) in ann.candidates.iter().enumerate() {
        let (Some(p), super::MentionForm::Nominal) = (c.possessor, c.form) else { continue };
        let (e, o) = (ce[i], ce[p]);
        if e == usize::MAX || o == usize::MAX || ann.entities[e].kind != EntityKind::Person {
            continue;
        }
        let head = c.head.as_deref().unwrap_or("");
        // the word before the head inside the description ("procurement" of "procurement chief")
        let before = if c.tokens.1 >= c.tokens.0 + 2 { doc.slice_lower(toks[c.tokens.1 - 2].span) } else { "" };
        let rc = role_class(head).or_else(|| super::lexicon::roles::title_class(head));
        if let (Some(rc), EntityKind::Organization) = (rc, ann.entities[o].kind) {
            out.push(Relation {
                kind: relation_for(rc, EntityKind::Organization, before, head),
                subject: e,
                object: o,
                evidence: ann.candidates[p].span.cover(c.span),
            });
        }
    }
    department_titles(doc, ann, &mut out);
    for (si, in_sentence) in by_sentence.iter().enumerate() {
        let sent = &doc.sentences()[si];
        let ms: Vec<M> = in_sentence
            .iter()
            .map(|&i| (i, &ann.candidates[i]))
            .filter(|(i, c)| c.sentence == si && !c.nested && ce[*i] != usize::MAX && c.tokens.1 > c.tokens.0)
            .filter(|(_, c)| {
                c.form.is_name() || matches!(c.form, super::MentionForm::Group | super::MentionForm::Nominal)
            })
            .map(|(i, c)| M {
                cand: i,
                entity: ce[i],
                kind: ann.entities[ce[i]].kind,
                a: c.tokens.0,
                b: c.tokens.1,
                possessive: c.possessive,
            })
            .collect();
        role_as(doc, ann, si, in_sentence, &mut out);
        possessed_role(doc, ann, si, in_sentence, &ms, &mut out);
        its_role(doc, ann, si, &ms, &mut out);
        organization_apposition(doc, si, &ms, &mut out);
        crew(doc, si, &ms, &mut out);
        let w = |i: usize| doc.slice_lower(toks[i].span);
        let is_word = |i: usize| i < sent.end_token && toks[i].kind == TokenKind::Word;
        let ev = |a: usize, b: usize| Span::new(toks[a].span.start, toks[b.max(a + 1) - 1].span.end);
        for (k, m) in ms.iter().enumerate() {
            let next = ms.get(k + 1);
            // "ORG's X"
            if m.possessive {
                if let Some(n) = next.filter(|n| n.a == m.b + 1) {
                    let kind = match (n.kind, m.kind) {
                        (EntityKind::Person, EntityKind::Organization) => Some(RelationKind::EmployeeOf),
                        (EntityKind::Person, EntityKind::Location) => Some(RelationKind::AffiliatedWith),
                        (EntityKind::Organization, EntityKind::Organization) => Some(RelationKind::PartOf),
                        (EntityKind::Organization, EntityKind::Location) => Some(RelationKind::PartOf),
                        (EntityKind::Location, EntityKind::Location) => Some(RelationKind::LocatedIn),
                        _ => None,
                    };
                    if let Some(kind) = kind {
                        out.push(Relation { kind, subject: n.entity, object: m.entity, evidence: ev(m.a, n.b) });
                    }
                    // "Mutharika's Democratic Progressive Party": the owner belongs to it
                    if (n.kind, m.kind) == (EntityKind::Organization, EntityKind::Person) {
                        let kind = RelationKind::MemberOf;
                        out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev(m.a, n.b) });
                    }
                }
                // "ORG's correspondent X" / "ORG's foreign minister" (a person's lawyer is
                // possessed_role's)
                // (and a title run: "Norland's former President and Prime Minister X")
                let title_word = |i: usize| {
                    is_word(i)
                        && (role_class(w(i)).is_some()
                            || super::lexicon::roles::is_title_modifier(w(i))
                            || w(i) == "and" && i > m.b + 1)
                };
                if let Some(n) = next.filter(|n| {
                    n.a > m.b + 1
                        && (n.a <= m.b + 4 || n.a <= m.b + 7 && (m.b + 1..n.a).all(title_word))
                        && n.kind == EntityKind::Person
                        && m.kind != EntityKind::Person
                }) {
                    let titled = (m.b + 1..n.a).all(title_word);
                    if let Some((i, rc)) = (m.b + 1..n.a)
                        .filter(|&i| is_word(i) && (toks[i].is_lower() || titled))
                        .find_map(|i| role_class(w(i)).map(|rc| (i, rc)))
                    {
                        out.push(Relation {
                            kind: relation_for(rc, m.kind, if i > m.b + 1 { w(i - 1) } else { "" }, w(i)),
                            subject: n.entity,
                            object: m.entity,
                            evidence: ev(m.a, n.b),
                        });
                    }
                }
            }
            // "ORG spokesman X", "Belarusian leader X", "DEA agent X"
            // (a group noun in between is the role: "NASA astronauts A and B")
            let next_person = ms[k + 1..].iter().take(2).find(|n| n.kind == EntityKind::Person);
            if let Some(n) = next_person.filter(|n| n.a > m.b && n.a <= m.b + 3 && !m.possessive) {
                let between: Vec<usize> = (m.b..n.a).collect();
                // (no verb between them: "police in X arrested opposition leader Y")
                let verb = |i: usize| w(i).ends_with("ed") && !super::lexicon::roles::is_title_modifier(w(i));
                if !between.is_empty() && between.iter().all(|&i| is_word(i) && toks[i].is_lower() && !verb(i)) {
                    // (a plural role noun names a list: "NASA astronauts A and B")
                    let role =
                        between.iter().rev().find_map(|&i| super::lexicon::roles::role_class(w(i)).map(|rc| (i, rc)));
                    if let Some((i, rc)) = role {
                        if m.kind != EntityKind::Person && m.kind != EntityKind::Group {
                            // (the word before the role may be the organization's own name)
                            let before = if i > m.b { w(i - 1) } else { "" };
                            let kind = relation_for(rc, m.kind, before, w(i).trim_end_matches('s'));
                            out.push(Relation { kind, subject: n.entity, object: m.entity, evidence: ev(m.a, n.b) });
                            if w(i).ends_with('s') {
                                let mut last = *n;
                                for q in ms.iter().filter(|q| q.a > n.b) {
                                    let gap_ok = (last.b..q.a).all(|j| matches!(w(j), "and" | ","))
                                        && q.a > last.b
                                        && q.kind == EntityKind::Person;
                                    if !gap_ok {
                                        break;
                                    }
                                    out.push(Relation {
                                        kind,
                                        subject: q.entity,
                                        object: m.entity,
                                        evidence: ev(m.a, q.b),
                                    });
                                    last = *q;
                                }
                            }
                        }
                    }
                }
            }
            if m.kind == EntityKind::Person {
                person_patterns(doc, ann, si, &ms, k, &mut out);
                descriptor_before(doc, si, &ms, k, &mut out);
            }
            // places: "CITY, COUNTRY" and "X in PLACE"
            if let Some(n) = next {
                if n.kind == EntityKind::Location
                    && matches!(m.kind, EntityKind::Location | EntityKind::Organization | EntityKind::Other)
                {
                    let gap: Vec<&str> = (m.b..n.a).map(w).collect();
                    let located = match gap.as_slice() {
                        [","] => m.kind == EntityKind::Location && larger(ann, &first_candidate, n.entity, m.entity),
                        // (never a country in its own city: "the minister of X in CITY")
                        ["in"] | [",", "in"] => {
                            m.kind != EntityKind::Location
                                || place_rank(ann, lexicon, &first_candidate, m.entity)
                                    <= place_rank(ann, lexicon, &first_candidate, n.entity)
                        }
                        // "X Holdings of Singapore" (a company's name never holds "of PLACE")
                        ["of"] => m.kind == EntityKind::Organization,
                        _ => false,
                    };
                    if located && !(gap == [","] && next_is_list(doc, sent.end_token, n.b)) {
                        let kind = if m.kind == EntityKind::Location {
                            RelationKind::LocatedIn
                        } else {
                            RelationKind::BasedIn
                        };
                        out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev(m.a, n.b) });
                    }
                }
            }
            // "police in X arrested": the state's own forces of the place
            if let Some(n) = next.filter(|n| n.kind == EntityKind::Location && n.a == m.b + 1 && w(m.b) == "in") {
                let head = ann.entities[m.entity].label.rsplit(' ').next().unwrap_or("").to_lowercase();
                if m.kind == EntityKind::Group && is_state_force(&head) {
                    let kind = RelationKind::AffiliatedWith;
                    out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev(m.a, n.b) });
                }
            }
            // "Miami-based Acme", "Acme, a Miami-based bank": the place in a "-based" modifier
            if m.kind == EntityKind::Location && m.b == m.a + 1 {
                let c = &ann.candidates[m.cand];
                let rest = doc.slice_lower(Span::new(c.span.end, toks[m.a].span.end));
                if matches!(rest, "-based" | "-headquartered") {
                    let after = ms.iter().find(|n| {
                        n.a >= m.b
                            && n.a <= m.b + 3
                            && (m.b..n.a).all(|k| {
                                toks[k].is_lower() && is_word(k) && !super::lexicon::words::is_function_word(w(k))
                            })
                            && matches!(n.kind, EntityKind::Organization | EntityKind::Other)
                    });
                    let before =
                        (m.a >= sent.first_token + 2 && matches!(w(m.a - 1), "a" | "an" | "the") && w(m.a - 2) == ",")
                            .then(|| ms.iter().find(|n| n.b == m.a - 2 && n.kind != EntityKind::Location))
                            .flatten();
                    if let Some(n) = after.or(before) {
                        out.push(Relation {
                            kind: RelationKind::BasedIn,
                            subject: n.entity,
                            object: m.entity,
                            evidence: ev(m.a.min(n.a), m.b.max(n.b)),
                        });
                    }
                }
            }
            // "X and its enforcement arm, Y"
            if m.kind == EntityKind::Organization {
                if let Some(n) = next.filter(|n| n.kind == EntityKind::Organization) {
                    let gap: Vec<&str> = (m.b..n.a).map(w).collect();
                    if gap.len() >= 4 && gap[0] == "and" && gap[1] == "its" && gap.last() == Some(&",") {
                        out.push(Relation {
                            kind: RelationKind::PartOf,
                            subject: n.entity,
                            object: m.entity,
                            evidence: ev(m.a, n.b),
                        });
                    }
                }
            }
            // "ORG <group> are: A, B and C" / "ORG leaders -- A, B, C --"
            if m.kind == EntityKind::Group {
                let org = owners.get(&m.cand).copied();
                if let Some(org) = org {
                    let mut j = m.b;
                    while j < sent.end_token && j < m.b + 4 && !matches!(w(j), ":" | "--" | "—") {
                        j += 1;
                    }
                    if j < sent.end_token && matches!(w(j), ":" | "--" | "—") {
                        for p in ms.iter().filter(|p| p.a > j && p.kind == EntityKind::Person) {
                            if (j..p.a).any(|i| matches!(w(i), "--" | "—") && i > j) {
                                break;
                            }
                            out.push(Relation {
                                kind: RelationKind::MemberOf,
                                subject: p.entity,
                                object: org,
                                evidence: ev(m.a, p.b),
                            });
                        }
                    }
                }
            }
        }
    }
    home_country_leaders(ann, lexicon, &mut out);
    out
}

/// Is there a list continuing after token `b` ("A, B, and C")? Then a comma is a separator,
/// not a "city, country" pair.
fn next_is_list(doc: &Document, end: usize, b: usize) -> bool {
    let toks = doc.tokens();
    b < end && doc.slice(toks[b].span) == "," && b + 1 < end && toks[b + 1].is_cap()
}

/// True when the lexicon ranks `outer` as a larger kind of place than `inner`.
/// `first_candidate` maps each entity to its first candidate.
fn larger(ann: &Annotations, first_candidate: &HashMap<usize, usize>, outer: usize, inner: usize) -> bool {
    let rank = |e: usize| {
        let c = first_candidate.get(&e).copied();
        c.and_then(|c| ann.candidates[c].lex).map(|_| 1).unwrap_or(0)
    };
    rank(outer) >= rank(inner)
}

/// How large a gazetteer place is: city 1, state or province 2, country 3, world region 4,
/// celestial body 5; 0 for a place no gazetteer knows (which fits anywhere).
fn place_rank(ann: &Annotations, lexicon: &Lexicon, first_candidate: &HashMap<usize, usize>, e: usize) -> u8 {
    let hit = first_candidate.get(&e).and_then(|&c| ann.candidates[c].lex);
    match hit.and_then(|h| lexicon.entry(h.entry).place) {
        Some(PlaceKind::City) => 1,
        Some(PlaceKind::Subdivision) => 2,
        Some(PlaceKind::Country) => 3,
        Some(PlaceKind::Region) => 4,
        Some(PlaceKind::Celestial) => 5,
        None => 0,
    }
}

/// For each group candidate tied to an organization by its own member_of link ("Norte Cartel
/// targets"), the organization of its first such link.
fn group_owners(ann: &Annotations) -> HashMap<usize, usize> {
    let mut out = HashMap::default();
    for l in &ann.links {
        let o = ann.candidate_entity[l.object];
        if l.kind == RelationKind::MemberOf && o != usize::MAX && ann.entities[o].kind == EntityKind::Organization {
            out.entry(l.subject).or_insert(o);
        }
    }
    out
}

/// Appositions and copulas after a person's name.
fn person_patterns(doc: &Document, ann: &Annotations, si: usize, ms: &[M], k: usize, out: &mut Vec<Relation>) {
    let toks = doc.tokens();
    let sent = &doc.sentences()[si];
    let end = sent.end_token;
    let m = ms[k];
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let ev = |a: usize, b: usize| Span::new(toks[a].span.start, toks[b.max(a + 1) - 1].span.end);
    let mut i = m.b;
    // ", 63," age
    if i + 2 < end && w(i) == "," && toks[i + 1].kind == TokenKind::Number && w(i + 2) == "," {
        i += 2;
    }
    // "X worked at ORG", "X, who works for ORG"
    let mut v = i;
    if v < end && w(v) == "," {
        v += 1;
    }
    if v < end && w(v) == "who" {
        v += 1;
    }
    while v < end && matches!(w(v), "is" | "was" | "has" | "had" | "been" | "have" | "were" | "are") {
        v += 1;
    }
    // "X, who served as ambassador, worked at ORG": the verb after a set-off clause
    let works_at = |v: usize| {
        v + 1 < end
            && matches!(w(v), "worked" | "works" | "served" | "serves" | "lives" | "lived")
            && matches!(w(v + 1), "at" | "for" | "in" | "with" | "aboard" | "on")
    };
    if i < end && w(i) == "," && !works_at(v) {
        if let Some(close) = (i + 1..(i + 16).min(end)).find(|&j| matches!(w(j), "," | "." | ";")) {
            if w(close) == "," {
                let mut u = close + 1;
                while u < end && matches!(w(u), "has" | "had" | "have" | "also" | "previously" | "once") {
                    u += 1;
                }
                v = u;
            }
        }
    }
    if v + 1 < end
        && matches!(
            w(v),
            "worked"
                | "works"
                | "working"
                | "served"
                | "serves"
                | "serving"
                | "lives"
                | "lived"
                | "living"
                | "stationed"
        )
        && matches!(w(v + 1), "at" | "for" | "in" | "with" | "aboard" | "on")
    {
        if let Some(n) = ms
            .iter()
            .find(|n| n.a > v + 1 && n.a <= v + 4 && matches!(n.kind, EntityKind::Organization | EntityKind::Location))
        {
            out.push(Relation {
                kind: if n.kind == EntityKind::Location { RelationKind::BasedIn } else { RelationKind::EmployeeOf },
                subject: m.entity,
                object: n.entity,
                evidence: ev(m.a, n.b),
            });
        }
    }
    // "X, who leads ORG", "X heads ORG", "X, a former banker who leads ORG"
    let who =
        (i..(i + 14).min(end)).find(|&j| w(j) == "who").filter(|&j| !(i + 1..j).any(|k| matches!(w(k), "." | ";")));
    // "X, an economist who spent a decade at the ORG": a career at an organization
    if let Some(j) = who.filter(|&j| j + 2 < end && matches!(w(j + 1), "spent" | "worked" | "served")) {
        let at = (j + 2..(j + 7).min(end))
            .take_while(|&k| !matches!(w(k), "," | "." | ";"))
            .find(|&k| matches!(w(k), "at" | "with" | "for"));
        if let Some(n) = at.and_then(|at| {
            ms.iter().find(|n| {
                n.a > at && n.a <= at + 2 && (at + 1..n.a).all(|k| w(k) == "the") && n.kind == EntityKind::Organization
            })
        }) {
            out.push(Relation {
                kind: RelationKind::EmployeeOf,
                subject: m.entity,
                object: n.entity,
                evidence: ev(m.a, n.b),
            });
        }
    }
    let v = match who {
        Some(j)
            if !matches!(
                w(v),
                "leads" | "led" | "heads" | "headed" | "chairs" | "chaired" | "runs" | "ran" | "founded"
            ) =>
        {
            j + 1
        }
        _ => v,
    };
    if v + 1 < end
        && matches!(
            w(v),
            "leads"
                | "led"
                | "heads"
                | "headed"
                | "chairs"
                | "chaired"
                | "runs"
                | "ran"
                | "founded"
                | "directs"
                | "directed"
        )
    {
        if let Some(n) = ms.iter().find(|n| {
            n.a > v
                && n.a <= v + 2
                && (v + 1..n.a).all(|k| w(k) == "the")
                && matches!(n.kind, EntityKind::Organization | EntityKind::Group)
        }) {
            let kind = if w(v) == "founded" { RelationKind::AffiliatedWith } else { RelationKind::LeaderOf };
            out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev(m.a, n.b) });
        }
    }
    let copula = i < end && matches!(w(i), "is" | "was" | "has been" | "becomes" | "became");
    let comma = i < end && w(i) == ",";
    if !(comma || copula) {
        // "X of ORG" right after a titled name; "U.S. Attorney X for the District of Y"
        if i + 1 < end && matches!(w(i), "of" | "for") {
            let of = w(i) == "of";
            let titled = ann.entities[m.entity].titles.iter().next().is_some();
            if let Some(mut n) = ms.iter().find(|n| n.a > i && n.a <= i + 2).copied() {
                // "of the Justice Department's Civil Division": the division
                if n.possessive {
                    if let Some(h) = ms.iter().find(|h| h.a == n.b + 1 && h.kind == EntityKind::Organization) {
                        n = *h;
                    }
                }
                // ("Don Pettit of NASA": a person of an organization works for it, title or not)
                if (titled || of && n.kind == EntityKind::Organization && m.kind == EntityKind::Person)
                    && (n.kind == EntityKind::Organization || of && n.kind == EntityKind::Location)
                {
                    // ("the former Minister of Finance of Peru": what a description's title
                    // head says; "Judge X of the District of Y": the name's place of work)
                    let c = &ann.candidates[m.cand];
                    let head = c.head.as_deref().filter(|_| c.form == super::MentionForm::Nominal);
                    let before = if c.tokens.1 >= c.tokens.0 + 2 { w(c.tokens.1 - 2) } else { "" };
                    let kind = match head.and_then(|h| role_class(h).or_else(|| super::lexicon::roles::title_class(h)))
                    {
                        Some(rc) => relation_for(rc, n.kind, before, head.unwrap_or("")),
                        None if n.kind == EntityKind::Location => RelationKind::BasedIn,
                        None => RelationKind::EmployeeOf,
                    };
                    out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev(m.a, n.b) });
                }
            }
        }
        return;
    }
    // ", of PLACE" (after an age)
    if comma && i + 1 < end && w(i + 1) == "of" {
        if let Some(n) = ms.iter().find(|n| n.a == i + 2 && n.kind == EntityKind::Location) {
            out.push(Relation {
                kind: RelationKind::BasedIn,
                subject: m.entity,
                object: n.entity,
                evidence: ev(m.a, n.b),
            });
            return;
        }
    }
    // an apposition is a noun phrase: "X, the former minister", "X, 63, a judge", not "X, met Y"
    let opens_phrase = i + 1 < end && {
        let x = w(i + 1);
        toks[i + 1].is_cap()
            || toks[i + 1].kind == TokenKind::Number
            || role_class(x).is_some()
            || matches!(
                x,
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "former"
                    | "then"
                    | "longtime"
                    | "retired"
                    | "deputy"
                    | "acting"
                    | "senior"
                    | "chief"
                    | "veteran"
                    | "top"
                    | "outgoing"
                    | "incoming"
                    | "current"
                    | "interim"
            )
    };
    if comma && !opens_phrase {
        return;
    }
    // the apposition runs to the next comma or the end; look for a role noun in it
    // ("the chief of that agency": "that" after a preposition is a determiner)
    let determiner = |j: usize| j > 0 && matches!(w(j - 1), "of" | "at" | "for" | "with" | "by" | "from" | "in" | "to");
    let stop = (i + 1..end)
        .find(|&j| {
            !(w(j) == "that" && determiner(j))
                && matches!(
                    w(j),
                    "," | ";"
                        | "."
                        | "--"
                        | "—"
                        | "who"
                        | "that"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "said"
                        | "says"
                        | "told"
                )
        })
        .unwrap_or(end);
    let window: Vec<usize> = (i + 1..stop.min(i + 12)).collect();
    // "X, former lawmaker Y and the former mayor of Z, ...": a list of people, not a phrase about X
    if let Some(and) = window.iter().copied().find(|&j| w(j) == "and") {
        if ms.iter().any(|n| n.kind == EntityKind::Person && n.a > i && n.b <= and && n.entity != m.entity) {
            return;
        }
    }
    let role = window.iter().copied().find(|&j| role_class(w(j)).is_some() && !ms.iter().any(|n| n.a <= j && j < n.b));
    let based = window.iter().copied().find(|&j| w(j) == "based" && j + 1 < end && w(j + 1) == "in");
    let Some(r) = role else { return };
    // "A, NASA astronaut B, ...": a role right before another person's name is B's, in a list
    if ms.iter().any(|n| n.kind == EntityKind::Person && n.a == r + 1 && n.entity != m.entity) {
        return;
    }
    let rc = role_class(w(r)).unwrap_or(RoleClass::Person);
    // "X, an American citizen wrongfully detained by the Taliban": a participle after the role
    // noun opens a clause of its own
    // (not an adjective after an article: "and a respected ORG reporter")
    let stop = (r + 1..stop)
        .find(|&j| {
            toks[j].is_lower() && w(j).ends_with("ed") && w(j) != "based" && !matches!(w(j - 1), "a" | "an" | "the")
        })
        .unwrap_or(stop);
    // a "-based" modifier is a word of the phrase, not a member of it
    let based_modifier =
        |x: &M| x.b == x.a + 1 && doc.slice_lower(toks[x.a].span).ends_with("-based") && x.kind == EntityKind::Location;
    for n in ms.iter().filter(|n| n.a > i && n.b <= stop.min(i + 12) + 1 && n.entity != m.entity && !based_modifier(n))
    {
        let before_role = n.b <= r;
        // ("for the Miami-based Courier": look past the modifier)
        let mut pre = if n.a >= 2 && ms.iter().any(|x| x.b == n.a && based_modifier(x)) {
            n.a - 2
        } else {
            n.a.saturating_sub(1)
        };
        // ("the brother of former President X": past the title before the name)
        while pre > r + 1 && {
            let x = w(pre);
            super::lexicon::roles::title_class(x).is_some()
                || super::lexicon::roles::is_title_modifier(x)
                || toks[pre].is_lower() && role_class(x).is_some()
        } {
            pre -= 1;
            // ("the brother of Washington Post correspondent X": past the employer too)
            if let Some(o) = ms.iter().find(|o| o.b == pre + 1 && o.a > r + 1 && o.kind == EntityKind::Organization) {
                pre = o.a - 1;
            }
        }
        let after_prep = n.a >= 1 && matches!(w(pre), "of" | "at" | "for" | "from" | "with" | "the") && n.a > r;
        let in_based = based.is_some_and(|b| n.a > b);
        let located = n.kind == EntityKind::Location && n.a >= 1 && matches!(w(n.a - 1), "in" | "from") && n.a > r;
        // "an American citizen and a respected ORG reporter": a later role noun right after the
        // name is the one it goes with
        let own_role = (n.a > r)
            .then(|| (n.b..(n.b + 2).min(stop)).find(|&j| toks[j].is_lower() && role_class(w(j)).is_some()))
            .flatten();
        let kind = if in_based || located {
            Some(RelationKind::BasedIn)
        } else if let Some(o) = own_role.filter(|_| n.kind != EntityKind::Person) {
            role_class(w(o)).map(|c| relation_for(c, n.kind, w(o - 1), w(o)))
        } else if before_role || after_prep {
            Some(relation_for(rc, n.kind, w(r - 1), w(r)))
        } else {
            None
        };
        // ("the sister of former U.S. Marine X": family ties people only)
        let kind = kind.filter(|_| rc != RoleClass::Family || n.kind == EntityKind::Person);
        if let Some(kind) = kind {
            out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev(m.a, n.b) });
            // "in Dayton, Ohio": the larger place after a comma holds too
            if let Some(n2) = ms.iter().find(|x| x.a == n.b + 1 && x.kind == EntityKind::Location && w(n.b) == ",") {
                if n.kind == EntityKind::Location && kind == RelationKind::BasedIn {
                    out.push(Relation { kind, subject: m.entity, object: n2.entity, evidence: ev(m.a, n2.b) });
                }
            }
        }
    }
}

/// "the former Peruvian ambassador to Chile, Ana Ortiz, said": a description set off before a
/// person's name, with a role noun, ties the person to the places and organizations it names.
fn descriptor_before(doc: &Document, si: usize, ms: &[M], k: usize, out: &mut Vec<Relation>) {
    let toks = doc.tokens();
    let sent = &doc.sentences()[si];
    let m = ms[k];
    let w = |i: usize| doc.slice_lower(toks[i].span);
    if m.a < sent.first_token + 2 || w(m.a - 1) != "," {
        return;
    }
    let end = m.a - 1;
    let start = (sent.first_token..end)
        .rev()
        .find(|&j| matches!(w(j), "," | ";" | ":" | "--" | "—"))
        .map_or(sent.first_token, |j| j + 1);
    if end <= start || end - start > 12 {
        return;
    }
    let in_mention = |j: usize| ms.iter().any(|n| n.a <= j && j < n.b);
    // only a noun phrase: no verbs, just modifiers, names, prepositions and one role noun
    let is_phrase = |from: usize| {
        (from..end).all(|j| {
            in_mention(j)
                || toks[j].kind == TokenKind::Possessive
                || {
                    let x = w(j);
                    toks[j].is_lower()
                        && !x.ends_with("ed")
                        && !matches!(
                            x,
                            "is" | "was"
                                | "are"
                                | "were"
                                | "has"
                                | "had"
                                | "have"
                                | "will"
                                | "would"
                                | "said"
                                | "says"
                                | "say"
                                | "tell"
                                | "told"
                                | "according"
                                | "believe"
                                | "believes"
                                | "think"
                                | "thinks"
                                | "that"
                                | "which"
                                | "who"
                        )
                }
                || toks[j].is_cap()
        })
    };
    let Some(r) = (start..end).find(|&j| toks[j].is_lower() && role_class(w(j)).is_some()) else { return };
    // "X met with the leader of Y, Z": the description is the noun phrase that opens with the
    // last article before the role noun
    let start = (start..r).rev().find(|&j| matches!(w(j), "the" | "a" | "an")).unwrap_or(start);
    if !is_phrase(start) {
        return;
    }
    let inside: Vec<&M> = ms.iter().filter(|n| n.a >= start && n.b <= end).collect();
    let rc = role_class(w(r)).unwrap_or(RoleClass::Person);
    let ev = Span::new(toks[start].span.start, toks[m.b - 1].span.end);
    for n in inside {
        let kind = if n.b <= r {
            Some(relation_for(rc, n.kind, w(r - 1), w(r)))
        } else if n.a >= 1 && matches!(w(n.a - 1), "to" | "in" | "from") && n.kind == EntityKind::Location {
            Some(RelationKind::AffiliatedWith)
        } else if n.a >= 1 && matches!(w(n.a - 1), "of" | "at" | "for" | "the") {
            Some(relation_for(rc, n.kind, w(r - 1), w(r)))
        } else {
            None
        };
        if let Some(kind) = kind {
            out.push(Relation { kind, subject: m.entity, object: n.entity, evidence: ev });
        }
    }
}

/// The comma closing a short noun phrase that starts at token `from` ("spouse," in "his spouse,
/// Jane Doe"): at most `max` lower-case words, then a comma with something after it before
/// `end`. The noun is the word before the comma, the name set off starts after it.
fn set_off_noun(doc: &Document, from: usize, max: usize, end: usize) -> Option<usize> {
    let j = lower_words_end(doc, from, max, end);
    (j > from && j + 1 < end && doc.slice_lower(doc.tokens()[j].span) == ",").then_some(j)
}

/// The end of the run of at most `max` lower-case words that starts at token `from` (before
/// `end`): `from` itself when there is none.
fn lower_words_end(doc: &Document, from: usize, max: usize, end: usize) -> usize {
    let toks = doc.tokens();
    let mut j = from;
    while j < end && j < from + max && toks[j].is_lower() && toks[j].kind == TokenKind::Word {
        j += 1;
    }
    j
}

/// "his spouse, Jane Doe", "her lawyer, John Roe": a role noun owned by a pronoun and set off
/// before a name ties the name to the one the pronoun stands for (family for family nouns).
fn possessed_role(
    doc: &Document,
    ann: &Annotations,
    si: usize,
    in_sentence: &[usize],
    ms: &[M],
    out: &mut Vec<Relation>,
) {
    let toks = doc.tokens();
    let end = doc.sentences()[si].end_token;
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let ce = &ann.candidate_entity;
    for &ci in in_sentence {
        let c = &ann.candidates[ci];
        if ce[ci] == usize::MAX || c.sentence != si || c.nested {
            continue;
        }
        // the owner: "his", "her", "their", or a person's possessive name ("Chanda's")
        let pronoun =
            c.form == super::MentionForm::Pronoun && matches!(doc.slice_lower(c.span), "his" | "her" | "their");
        let named = c.form.is_name() && c.possessive && ann.entities[ce[ci]].kind == EntityKind::Person;
        if !pronoun && !named {
            continue;
        }
        let owner = ce[ci];
        // the noun phrase: lower-case words up to a comma, the last a role noun
        let from = if named { c.tokens.1 + 1 } else { c.tokens.1 };
        let Some(j) = set_off_noun(doc, from, 4, end) else {
            // "his wife Jane Doe": a family noun right before the name needs no comma
            let j = lower_words_end(doc, from, 3, end);
            let family = j > from && super::lexicon::roles::role_class(w(j - 1)) == Some(RoleClass::Family);
            if let Some(n) = ms.iter().find(|n| n.a == j && n.kind == EntityKind::Person && n.entity != owner) {
                if family {
                    out.push(Relation {
                        kind: RelationKind::Family,
                        subject: n.entity,
                        object: owner,
                        evidence: Span::new(c.span.start, toks[n.b - 1].span.end),
                    });
                }
            }
            continue;
        };
        // "Chanda's party, the United Progress Movement,": the owner belongs to it; "his
        // company, X Trading": the owner is tied to it
        let body = matches!(w(j - 1), "party" | "movement" | "group" | "organization" | "union" | "alliance");
        let firm = matches!(w(j - 1), "company" | "firm" | "business" | "charity" | "foundation");
        if body || firm {
            let at = if w(j + 1) == "the" { j + 2 } else { j + 1 };
            if let Some(n) =
                ms.iter().find(|n| n.a == at && matches!(n.kind, EntityKind::Organization | EntityKind::Group))
            {
                out.push(Relation {
                    kind: if body { RelationKind::MemberOf } else { RelationKind::AffiliatedWith },
                    subject: owner,
                    object: n.entity,
                    evidence: Span::new(c.span.start, toks[n.b - 1].span.end),
                });
            }
            continue;
        }
        let Some(rc) = super::lexicon::roles::role_class(w(j - 1)) else { continue };
        let Some(n) = ms.iter().find(|n| n.a == j + 1 && n.kind == EntityKind::Person && n.entity != owner) else {
            continue;
        };
        let kind = if rc == RoleClass::Family { RelationKind::Family } else { RelationKind::AffiliatedWith };
        out.push(Relation {
            kind,
            subject: n.entity,
            object: owner,
            evidence: Span::new(c.span.start, toks[n.b - 1].span.end),
        });
    }
}

/// "The Red Hand militia ... Its leader, Omar X, ...": "its" (or "the group's") before a role
/// noun and a name set off by a comma ties the person to the latest organization or group named
/// before, in this sentence or the one before.
fn its_role(doc: &Document, ann: &Annotations, si: usize, ms: &[M], out: &mut Vec<Relation>) {
    let toks = doc.tokens();
    let sent = &doc.sentences()[si];
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let ce = &ann.candidate_entity;
    for k in sent.first_token..sent.end_token {
        // "its", or "the group's" / "the organization's"
        let from = if w(k) == "its" {
            k + 1
        } else if w(k) == "the"
            && k + 2 < sent.end_token
            && super::lexicon::heads::is_org_head(w(k + 1))
            && toks[k + 2].kind == TokenKind::Possessive
        {
            k + 3
        } else {
            continue;
        };
        let Some(j) = set_off_noun(doc, from, 3, sent.end_token) else { continue };
        let Some(rc) = super::lexicon::roles::role_class(w(j - 1)) else { continue };
        let Some(n) = ms.iter().find(|n| n.a == j + 1 && n.kind == EntityKind::Person) else { continue };
        let at = toks[k].span.start;
        // ("the cartel's leader": an organization whose name ends in that head)
        let head = (from == k + 3).then(|| w(k + 1));
        let owner = ann
            .candidates
            .iter()
            .enumerate()
            .rev()
            .skip_while(|(_, c)| c.span.end > at)
            .take_while(|(_, c)| c.sentence.saturating_add(1) >= si)
            .find(|(i, c)| {
                !c.nested
                    && ce[*i] != usize::MAX
                    // ("its": one organization, not a plural group such as "smugglers")
                    && (ann.entities[ce[*i]].kind == EntityKind::Organization
                        || head.is_some() && ann.entities[ce[*i]].kind == EntityKind::Group)
                    && head.is_none_or(|h| {
                        ann.entities[ce[*i]].label.rsplit(' ').next().is_some_and(|l| l.eq_ignore_ascii_case(h))
                    })
            })
            .map(|(i, _)| ce[i]);
        if let Some(o) = owner {
            let kind = relation_for(rc, ann.entities[o].kind, w(j.saturating_sub(2)), w(j - 1));
            out.push(Relation { kind, subject: n.entity, object: o, evidence: Span::new(at, toks[n.b - 1].span.end) });
        }
    }
}

/// "The Aurora capsule, carrying astronauts A and B, docked ...": the people a craft (an
/// entity of the other kind) carries are its crew (member_of the craft).
fn crew(doc: &Document, si: usize, ms: &[M], out: &mut Vec<Relation>) {
    let toks = doc.tokens();
    let sent = &doc.sentences()[si];
    let w = |i: usize| doc.slice_lower(toks[i].span);
    for k in sent.first_token..sent.end_token {
        if !matches!(w(k), "carrying" | "carried" | "crewed") {
            continue;
        }
        // the craft right before: "X capsule, carrying", "X, carrying", "X carrying"
        let Some(craft) = ms.iter().rev().find(|m| m.b <= k && m.b + 3 >= k && m.kind == EntityKind::Other) else {
            continue;
        };
        // the people after it, up to a comma before a verb or the end of the phrase
        let mut last = k + 1;
        for n in ms.iter().filter(|n| n.a > k) {
            let gap_ok = (last..n.a).all(|j| {
                toks[j].is_lower() && toks[j].kind == TokenKind::Word || matches!(w(j), "," | "and") || toks[j].is_cap()
            }) && (last..n.a).all(|j| !w(j).ends_with("ed") || j == k);
            if !gap_ok || n.a > last + 6 {
                break;
            }
            if n.kind == EntityKind::Person {
                out.push(Relation {
                    kind: RelationKind::MemberOf,
                    subject: n.entity,
                    object: craft.entity,
                    evidence: Span::new(toks[craft.a].span.start, toks[n.b - 1].span.end),
                });
            }
            last = n.b;
        }
    }
}

/// "She spoke as the top U.S. diplomat": a role taken "as", tied to the nearest person before it
/// (a pronoun counts through the person it stands for).
fn role_as(doc: &Document, ann: &Annotations, si: usize, in_sentence: &[usize], out: &mut Vec<Relation>) {
    let toks = doc.tokens();
    let sent = &doc.sentences()[si];
    let w = |i: usize| doc.slice_lower(toks[i].span);
    let ce = &ann.candidate_entity;
    for a in sent.first_token..sent.end_token {
        if w(a) != "as" {
            continue;
        }
        let mut j = a + 1;
        let mut named: Vec<(usize, EntityKind)> = Vec::new();
        let mut role = None;
        while j < sent.end_token && j < a + 7 {
            let x = w(j);
            let starts_here = in_sentence
                .iter()
                .map(|&ci| (ci, &ann.candidates[ci]))
                .find(|(ci, c)| c.tokens.0 == j && c.tokens.1 > j && ce[*ci] != usize::MAX && c.form.is_name());
            if let Some((ci, c)) = starts_here {
                named.push((ce[ci], ann.entities[ce[ci]].kind));
                j = c.tokens.1;
                continue;
            }
            if toks[j].is_lower() && role_class(x).is_some() {
                role = role_class(x);
                break;
            }
            if !(toks[j].is_lower()
                && !x.ends_with("ed")
                && !matches!(x, "is" | "was" | "if" | "though" | "well" | "soon" | "long" | "much" | "many"))
            {
                break;
            }
            j += 1;
        }
        let Some(rc) = role else { continue };
        // "as ambassador to Kenya", "as director of the Agency": what the role is of
        if j + 2 < sent.end_token && matches!(w(j + 1), "to" | "of" | "at" | "for") {
            let from = if w(j + 2) == "the" { j + 3 } else { j + 2 };
            let after = in_sentence
                .iter()
                .map(|&ci| (ci, &ann.candidates[ci]))
                .find(|(ci, c)| c.tokens.0 == from && ce[*ci] != usize::MAX && c.form.is_name());
            if let Some((ci, c)) = after {
                named.push((ce[ci], ann.entities[ce[ci]].kind));
                j = c.tokens.1 - 1;
            }
        }
        if named.is_empty() {
            continue;
        }
        // the person: the nearest person mention before "as" in the sentence
        let subject = in_sentence.iter().rev().map(|&ci| (ci, &ann.candidates[ci])).find(|(ci, c)| {
            c.sentence == si
                && c.tokens.1 <= a
                && ce[*ci] != usize::MAX
                && ann.entities[ce[*ci]].kind == EntityKind::Person
        });
        if let Some((ci, c)) = subject {
            let ev = Span::new(c.span.start, toks[j].span.end);
            for &(e, kind) in &named {
                out.push(Relation {
                    kind: relation_for(rc, kind, w(j - 1), w(j)),
                    subject: ce[ci],
                    object: e,
                    evidence: ev,
                });
            }
        }
    }
}

/// `co_occurs` edges between entities named in one sentence (only with `--cooccurrence`).
pub fn cooccurrences(doc: &Document, ann: &Annotations) -> Vec<Relation> {
    let mut out = Vec::new();
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences().len()];
    for m in &ann.mentions {
        if let (Some(v), true) = (by_sentence.get_mut(m.sentence), m.form.is_name()) {
            v.push(m.entity);
        }
    }
    for (si, s) in doc.sentences().iter().enumerate() {
        let mut es = std::mem::take(&mut by_sentence[si]);
        es.sort_unstable();
        es.dedup();
        for x in 0..es.len() {
            for y in x + 1..es.len() {
                out.push(Relation { kind: RelationKind::Cooccurs, subject: es[x], object: es[y], evidence: s.span });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn rels(text: &str) -> Vec<(String, &'static str, String)> {
        let doc = Document::new("t", text);
        let ann = extract(&doc);
        ann.relations
            .iter()
            .map(|r| (ann.entities[r.subject].label.clone(), r.kind.as_str(), ann.entities[r.object].label.clone()))
            .collect()
    }

    fn has(rs: &[(String, &'static str, String)], s: &str, k: &str, o: &str) -> bool {
        rs.iter().any(|r| r.0 == s && r.1 == k && r.2 == o)
    }

    #[test]
    fn title_country_affiliation() {
        let r = rels("French Foreign Minister Paul Dupont visited Rome.");
        assert!(has(&r, "Paul Dupont", "affiliated_with", "France"), "{r:?}");
    }

    #[test]
    fn org_role_person() {
        let r = rels("Acme Corporation spokesman Tom Baker declined to comment.");
        assert!(has(&r, "Tom Baker", "spokesperson_of", "Acme Corporation"), "{r:?}");
    }

    #[test]
    fn possessive_org_person_and_org_org() {
        let r = rels("The Interior Department's Fish Division hired Reuters' correspondent Maria Gomez.");
        assert!(has(&r, "Fish Division", "part_of", "Interior Department"), "{r:?}");
    }

    #[test]
    fn apposition_role_of_org() {
        let r = rels("Peter Novak, a former agent of the Federal Bureau of Narcotics, testified.");
        assert!(has(&r, "Peter Novak", "employee_of", "Federal Bureau of Narcotics"), "{r:?}");
    }

    #[test]
    fn city_country_and_in() {
        let r = rels("They met in Lyon, France, and later at the Grand Arena in Texas.");
        assert!(has(&r, "Lyon", "located_in", "France"), "{r:?}");
        assert!(has(&r, "Grand Arena", "located_in", "Texas"), "{r:?}");
    }

    #[test]
    fn age_then_place() {
        let r = rels("Officers arrested Dana Whitfield, 52, of Tulsa, Oklahoma, on Friday.");
        assert!(has(&r, "Dana Whitfield", "based_in", "Tulsa"), "{r:?}");
    }

    #[test]
    fn member_list() {
        let r =
            rels("The Norte Cartel members named today are: Ramon Ortiz-Lara, Felipe Soto-Marin and Ana Vidal-Pena.");
        assert!(has(&r, "Ramon Ortiz-Lara", "member_of", "Norte Cartel"), "{r:?}");
        assert!(has(&r, "Ana Vidal-Pena", "member_of", "Norte Cartel"), "{r:?}");
    }
}
