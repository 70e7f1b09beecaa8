//! Resolution within a document: candidates clustered into entities, typed and labelled.
//!
//! Requires: [`Annotations::candidates`] (names pass). Produces: [`Annotations::mentions`],
//! [`Annotations::entities`] and [`Annotations::candidate_entity`].
//!
//! Names are clustered with a union-find: the same normalized name (case, accents, periods,
//! possessives); the same lexicon entry ("U.S." = "United States" = "American"); a surname or
//! given name that is part of exactly one longer person's name (nearest preceding when several
//! fit); an acronym that spells an organization's initials or follows it in parentheses;
//! "Department of X" = "X Department". Each cluster's type is the sum of its mentions' votes;
//! its label is the lexicon's canonical name or its longest proper name. Descriptions ("the
//! retired general") and pronouns are then resolved to an entity when the text makes it clear.
//!
//! [`PrunePass`] runs last and drops group entities that take part in nothing.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap as HashMap;

use petgraph::unionfind::UnionFind;
use unicode_normalization::UnicodeNormalization;

use super::lexicon::Lexicon;
use super::lexicon::roles::role_class;
use super::lexicon::words::is_org_connector;
use super::names::{Candidate, Votes};
use super::{Annotations, Context, Entity, Mention, MentionForm, Pass};
use crate::error::Result;
use crate::kinds::{EntityKind, Role};
use crate::text::{Document, Span};

/// The resolution pass.
#[derive(Debug, Clone, Copy)]
pub struct ResolvePass;

impl Pass for ResolvePass {
    fn name(&self) -> &'static str {
        "resolve"
    }

    fn run(&self, doc: &Document, cx: &Context<'_>, ann: &mut Annotations) -> Result<()> {
        resolve(doc, cx, ann);
        Ok(())
    }
}

/// Normalizes a name for comparison: accents and case folded, periods dropped, hyphens and
/// white space folded to single spaces, a leading "the" dropped.
pub fn norm(s: &str) -> String {
    if s.is_ascii() { norm_ascii(s) } else { norm_general(s) }
}

fn norm_general(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for w in folded.to_lowercase().replace(['’', '\''], "'").split(|c: char| c.is_whitespace() || c == '-' || c == '‐')
    {
        let w: String = w.chars().filter(|c| *c != '.').collect();
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&w);
    }
    out.strip_prefix("the ").map(str::to_string).unwrap_or(out)
}

/// [`norm`] of ASCII text in one pass and one allocation: the same words (split at white
/// space and hyphens, periods dropped, empty ones skipped), lower-cased, joined by one space.
fn norm_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_word = false;
    for b in s.bytes() {
        if char::from(b).is_whitespace() || b == b'-' {
            in_word = false;
        } else if b != b'.' {
            if !in_word && !out.is_empty() {
                out.push(' ');
            }
            in_word = true;
            out.push(char::from(b.to_ascii_lowercase()));
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => out,
    }
}

/// Accents removed (NFKD without combining marks); ASCII text is returned as it is.
fn fold(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).collect())
    }
}

/// Words of a name for subsequence matching (white space only: hyphenated surnames stay whole).
fn words(s: &str) -> Vec<String> {
    let folded = fold(s);
    folded
        .to_lowercase()
        .split_whitespace()
        .map(|w| w.trim_matches('.').to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// `f` of each text, computed once per distinct text, and for each text the index of its value
/// (names repeat: a document names its protagonist dozens of times, and says "he" more often).
fn once_per_text<T>(texts: &[&str], f: impl Fn(&str) -> T) -> (Vec<T>, Vec<usize>) {
    let mut seen: HashMap<&str, usize> = HashMap::default();
    let mut values = Vec::new();
    let index = texts
        .iter()
        .map(|&t| {
            *seen.entry(t).or_insert_with(|| {
                values.push(f(t));
                values.len() - 1
            })
        })
        .collect();
    (values, index)
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && needle.len() < hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// "department of justice" -> "justice department"; other names unchanged. A leading country
/// abbreviation is dropped ("us department of state" -> "state department").
fn org_key(n: &str) -> String {
    let n = n.strip_prefix("us ").or_else(|| n.strip_prefix("united states ")).unwrap_or(n);
    // a company's legal form is not part of what it is called ("Acme Energy Company" = "Acme
    // Energy"), as long as a name of two words or more is left
    let n = n.trim_end_matches(',');
    for form in [
        " company",
        " co",
        " corp",
        " corporation",
        " inc",
        " incorporated",
        " ltd",
        " limited",
        " llc",
        " plc",
        " ag",
        " sa",
        " gmbh",
        " group",
        " holdings",
        " trading",
    ] {
        if let Some(rest) = n.strip_suffix(form) {
            let rest = rest.trim_end_matches([',', ' ']);
            if rest.split(' ').count() >= 2 {
                return org_key(rest);
            }
        }
    }
    for head in ["department", "ministry"] {
        if let Some(rest) = n.strip_prefix(&format!("{head} of ")) {
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            return format!("{rest} {head}");
        }
    }
    n.to_string()
}

fn initials(text: &str, skip_prefix: bool) -> String {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for (i, w) in ws.iter().enumerate() {
        // (most words need no lower-casing: ASCII without capitals)
        let connector = if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            is_org_connector(w)
        } else {
            is_org_connector(&w.to_lowercase())
        };
        if connector {
            continue;
        }
        if skip_prefix && i == 0 && (w.contains('.') || w.chars().all(|c| c.is_uppercase())) {
            continue;
        }
        for part in w.split('-') {
            if let Some(c) = part.chars().next().filter(|c| c.is_alphabetic()) {
                out.extend(c.to_uppercase());
            }
        }
    }
    out
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut out = String::new();
            let mut up = true;
            for c in w.chars() {
                if up {
                    out.extend(c.to_uppercase());
                } else {
                    out.extend(c.to_lowercase());
                }
                up = matches!(c, '-' | '\'' | '’' | '.');
            }
            out
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The candidates `keep` accepts, grouped by text and lexicon entry, groups in the text order
/// of their first candidate and each group in text order. Such candidates got one key in step
/// 1 of [`resolve`], so each group lies in one cluster and is looked up once, not once per
/// candidate (a name repeated 100,000 times is one group).
fn text_groups<'a>(
    cands: &[Candidate],
    texts: &[&'a str],
    keep: impl Fn(usize, &Candidate) -> bool,
) -> Vec<Vec<usize>> {
    let mut index: HashMap<(&'a str, Option<usize>), usize> = HashMap::default();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (j, d) in cands.iter().enumerate() {
        if !keep(j, d) {
            continue;
        }
        let g = *index.entry((texts[j], d.lex.map(|h| h.entry))).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(j);
    }
    groups
}

/// Groups of names (candidates grouped by text) indexed by every run of one, two and three
/// words of their text, to find the names that contain a given run of words.
///
/// A run is keyed by its words, not by a string of them: words hold no white space (see
/// [`words`]), so that is the same as keying by the words joined with spaces, without a string
/// for every run.
struct RunIndex<'a> {
    by_run: HashMap<&'a [String], Vec<usize>>,
}

impl<'a> RunIndex<'a> {
    fn new(groups: &[Vec<usize>], words: &[&'a [String]]) -> Self {
        let mut by_run: HashMap<&'a [String], Vec<usize>> = HashMap::default();
        for (g, js) in groups.iter().enumerate() {
            let ws: &'a [String] = words[js[0]];
            let mut runs: Vec<&'a [String]> = (1..=3).flat_map(|k| ws.windows(k)).collect();
            runs.sort_unstable();
            runs.dedup();
            for r in runs {
                by_run.entry(r).or_default().push(g);
            }
        }
        RunIndex { by_run }
    }

    /// Every group whose text contains `me` as a run of words, and maybe others: the groups
    /// holding the rarest run of (up to) three words of `me`.
    fn maybe_containing(&self, me: &[String]) -> &[usize] {
        let k = me.len().clamp(1, 3);
        me.windows(k).map(|w| self.by_run.get(w).map_or(&[][..], Vec::as_slice)).min_by_key(|l| l.len()).unwrap_or(&[])
    }
}

/// Step 4 of [`resolve`]: which cluster a short form of a person's name joins.
///
/// A short form fits a person's name that contains it as a run of words (but does not start
/// with it), and a given name fits one that starts with it. When exactly one other cluster of
/// a person fits, the short form joins it; when several do, it joins the one with a fitting
/// name nearest before it (at equal distance, the one named first in the text comes last and
/// wins). Comparing every short form with every name, then with every fitting candidate, was
/// quadratic in the length of a document (issue #8). Here the names a text fits are found once
/// per text ([`RunIndex`]), and the nearest fitting candidate by walking back over a sorted list
/// from which candidates that cannot be picked (in the short form's own cluster, or in a
/// cluster that is not a person's) are deleted as they are met. A cluster only stops being a
/// person's or joins the short form's for good, except when a union makes a cluster that was
/// not a person's one: then the lists holding its names are built again ([`ShortForms::join`]).
struct ShortForms<'a> {
    cands: &'a [Candidate],
    words: &'a [&'a [String]],
    /// Names and speaker labels (no lexicon entry) grouped by text: each group lies in one
    /// cluster.
    groups: Vec<Vec<usize>>,
    group_of: Vec<usize>,
    runs: RunIndex<'a>,
    /// For each group of short forms met so far, what it fits.
    fitting: HashMap<usize, Fitting>,
    /// For each group, the groups of short forms whose fitting lists hold it.
    held_by: Vec<Vec<usize>>,
    /// The groups of each cluster, by root.
    members: HashMap<usize, Vec<usize>>,
}

/// What the text of one group of short forms fits.
struct Fitting {
    /// Groups of names it fits, and their candidates by start then index.
    all_groups: Vec<usize>,
    all_cands: Vec<usize>,
    /// The groups not deleted yet (in any order).
    groups: Vec<usize>,
    /// Deletions from `all_cands`: position `p` (1-based, 0 meaning none) leads to the latest
    /// position at or before it still present.
    live: Vec<usize>,
    /// A cluster holding some of the groups became a person's: start again from `all_*`.
    stale: bool,
}

impl Fitting {
    fn live(&mut self, mut p: usize) -> usize {
        while self.live[p] != p {
            self.live[p] = self.live[self.live[p]];
            p = self.live[p];
        }
        p
    }

    fn restart(&mut self) {
        self.groups.clone_from(&self.all_groups);
        self.live = (0..=self.all_cands.len()).collect();
        self.stale = false;
    }
}

impl<'a> ShortForms<'a> {
    fn new(cands: &'a [Candidate], words: &'a [&'a [String]], groups: Vec<Vec<usize>>, uf: &UnionFind<usize>) -> Self {
        let mut group_of = vec![usize::MAX; cands.len()];
        let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
        for (g, js) in groups.iter().enumerate() {
            for &j in js {
                group_of[j] = g;
            }
            members.entry(uf.find(js[0])).or_default().push(g);
        }
        let runs = RunIndex::new(&groups, words);
        let held_by = vec![Vec::new(); groups.len()];
        ShortForms { cands, words, groups, group_of, runs, fitting: HashMap::default(), held_by, members }
    }

    /// The names group `g`'s text fits, and their candidates.
    fn fitting(&self, g: usize, lx: &Lexicon) -> Fitting {
        let me = &self.words[self.groups[g][0]];
        let groups: Vec<usize> = self
            .runs
            .maybe_containing(me)
            .iter()
            .copied()
            .filter(|&h| {
                let them = &self.words[self.groups[h][0]];
                let surname = contains_run(them, me) && them[0] != me[0];
                let given = me.len() == 1 && them.len() >= 2 && them[0] == me[0] && lx.is_given_name(&me[0]);
                // "Hun" for "Hun Sen", "Monovithya" for "Monovithya Kem": a family name written
                // first (no given name we know, no English word)
                let family_first = me.len() == 1
                    && them.len() == 2
                    && them[0] == me[0]
                    && !lx.is_given_name(&me[0])
                    && !lx.is_common_word(&me[0]);
                surname || given || family_first
            })
            .collect();
        let mut cands: Vec<usize> = groups.iter().flat_map(|&h| self.groups[h].iter().copied()).collect();
        cands.sort_unstable_by_key(|&j| (self.cands[j].span.start, j));
        let mut f = Fitting { all_groups: groups, all_cands: cands, groups: Vec::new(), live: Vec::new(), stale: true };
        f.restart();
        f
    }

    /// The cluster candidate `i` (a name or speaker label) joins, if any.
    fn pick(&mut self, i: usize, uf: &UnionFind<usize>, votes: &HashMap<usize, Votes>, lx: &Lexicon) -> Option<usize> {
        let g = self.group_of[i];
        if !self.fitting.contains_key(&g) {
            let f = self.fitting(g, lx);
            for &h in &f.all_groups {
                self.held_by[h].push(g);
            }
            self.fitting.insert(g, f);
        }
        let f = self.fitting.get_mut(&g).expect("just inserted");
        if f.stale {
            f.restart();
        }
        let own = uf.find(i);
        // the same short form met before already joined a name it fits: a later one joins no
        // other ("Vela" after "Juan Vela" and "Hugo Vela" is not both of them)
        if f.all_groups.iter().any(|&h| uf.find(self.groups[h][0]) == own) {
            return None;
        }
        let person = |r: usize| votes.get(&r).map(|v| v.best().0) == Some(EntityKind::Person);
        // How many other clusters of persons fit: none, one, or several (stop at two).
        let mut roots: Vec<usize> = Vec::new();
        let mut k = 0;
        while k < f.groups.len() && roots.len() < 2 {
            let r = uf.find(self.groups[f.groups[k]][0]);
            if r == own || !person(r) {
                f.groups.swap_remove(k);
                continue;
            }
            if !roots.contains(&r) {
                roots.push(r);
                f.groups.swap(k, roots.len() - 1); // looked at first next time
            }
            k += 1;
        }
        match roots.len() {
            0 => return None,
            1 => return Some(roots[0]),
            _ => {}
        }
        // Several: the cluster of the latest fitting candidate before `i`.
        let start = self.cands[i].span.start;
        let before = f.all_cands.partition_point(|&j| self.cands[j].span.start < start);
        let mut p = f.live(before);
        let mut best: Option<(usize, Vec<usize>)> = None; // (start, clusters with a candidate there)
        while p > 0 {
            let j = f.all_cands[p - 1];
            let at = self.cands[j].span.start;
            if best.as_ref().is_some_and(|(s, _)| at < *s) {
                break;
            }
            let r = uf.find(j);
            if r == own || !person(r) {
                f.live[p] = p - 1;
            } else {
                let rs = &mut best.get_or_insert_with(|| (at, Vec::new())).1;
                if !rs.contains(&r) {
                    rs.push(r);
                }
            }
            p = f.live(p - 1);
        }
        let (_, rs) = best?;
        if rs.len() == 1 {
            return Some(rs[0]);
        }
        // a tie: the cluster whose first fitting name comes last in the text
        let first = |r: usize| {
            f.all_groups.iter().map(|&h| self.groups[h][0]).filter(|&j| uf.find(j) == r).min().unwrap_or(usize::MAX)
        };
        rs.into_iter().max_by_key(|&r| first(r))
    }

    /// Joins candidate `i`'s cluster to cluster `r` (a person's). When that makes `i`'s names
    /// a person's, the fitting lists holding them start again.
    fn join(&mut self, i: usize, r: usize, uf: &mut UnionFind<usize>, votes: &HashMap<usize, Votes>) {
        let person = |r: usize| votes.get(&r).map(|v| v.best().0) == Some(EntityKind::Person);
        let own = uf.find(i);
        let was_person = person(own);
        uf.union(i, r);
        let root = uf.find(i);
        let (mut a, b) = (self.members.remove(&own).unwrap_or_default(), self.members.remove(&r).unwrap_or_default());
        if !was_person && person(root) {
            for &h in &a {
                for &g in &self.held_by[h] {
                    if let Some(f) = self.fitting.get_mut(&g) {
                        f.stale = true;
                    }
                }
            }
        }
        a.extend(b);
        self.members.insert(root, a);
    }
}

fn is_proper(c: &Candidate) -> bool {
    matches!(
        c.form,
        MentionForm::Name | MentionForm::Acronym | MentionForm::Demonym | MentionForm::Speaker | MentionForm::Dateline
    )
}

/// Clusters candidates into entities.
pub fn resolve(doc: &Document, cx: &Context<'_>, ann: &mut Annotations) {
    demote_surname_places(doc, cx, &mut ann.candidates);
    demote_quoted_nicknames(doc, &mut ann.candidates);
    let cands = &ann.candidates;
    let n = cands.len();
    let lx = cx.lexicon;
    let mut uf = UnionFind::<usize>::new(n);
    // (a name with a quoted nickname inside reads without it: `Jorge "El Toro" Bandera`)
    // (and a name broken over lines reads on one: "HUMBERTO\nAVILA")
    let unquoted: Vec<Option<String>> = cands
        .iter()
        .map(|c| {
            let t = doc.slice(c.span);
            let u = without_inner_quote(t);
            let base = u.as_deref().unwrap_or(t);
            if base.contains(|ch: char| ch.is_whitespace() && ch != ' ') || base.contains("  ") {
                Some(base.split_whitespace().collect::<Vec<_>>().join(" "))
            } else {
                u
            }
        })
        .collect();
    let texts: Vec<&str> =
        cands.iter().zip(&unquoted).map(|(c, u)| u.as_deref().unwrap_or_else(|| doc.slice(c.span))).collect();
    let (normed_values, text_index) = once_per_text(&texts, norm);
    let normed: Vec<&str> = text_index.iter().map(|&k| normed_values[k].as_str()).collect();

    // 1. Same key: lexicon entry, normalized name, organization key.
    let mut first_link: HashMap<usize, usize> = HashMap::default(); // subject -> object
    for l in &ann.links {
        first_link.entry(l.subject).or_insert(l.object);
    }
    // (the three kinds of key never equal each other, as when they were strings with the
    // prefixes "lex:", "n:" and "g:")
    #[derive(PartialEq, Eq, Hash)]
    enum Key {
        Lex(usize),
        Name(String),
        Group(String),
    }
    let mut by_key: HashMap<Key, usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        let k = match c.form {
            _ if c.lex.is_some() => Key::Lex(c.lex.map(|h| h.entry).unwrap_or(0)),
            MentionForm::Name | MentionForm::Acronym | MentionForm::Speaker | MentionForm::Dateline => {
                Key::Name(org_key(normed[i]))
            }
            // "Norte Cartel targets" and "Los Halcones targets" are two groups
            MentionForm::Group => {
                let owner = first_link.get(&i).map(|&o| norm(doc.slice(cands[o].span)));
                Key::Group(format!("{}|{}", normed[i], owner.unwrap_or_default()))
            }
            _ => continue,
        };
        match by_key.get(&k) {
            Some(&j) => {
                uf.union(i, j);
            }
            None => {
                by_key.insert(k, i);
            }
        }
        // a name that is also a lexicon surface in another case ("WASHINGTON") joins the entry
        if c.lex.is_none() && matches!(c.form, MentionForm::Speaker | MentionForm::Dateline) {
            if let Some(h) = lx.best(&super::lexicon::key(texts[i])) {
                let lk = Key::Lex(h.entry);
                match by_key.get(&lk) {
                    Some(&j) => {
                        uf.union(i, j);
                    }
                    None => {
                        by_key.insert(lk, i);
                    }
                }
            }
        }
    }

    // Cluster votes so far.
    // Each cluster's votes; `counts(i)` says whether candidate `i`'s own votes are added (a
    // cluster whose votes are all left out still gets an empty entry).
    // Only the final tally keeps the reasons (for the entities); the ones before only decide
    // types, from the scores, and copying every reason string into each was most of their cost.
    let cluster_votes_where = |uf: &UnionFind<usize>, counts: &dyn Fn(usize) -> bool, reasons: bool| {
        let mut v: HashMap<usize, Votes> = HashMap::default();
        for (i, c) in cands.iter().enumerate() {
            if is_proper(c) || c.form == MentionForm::Group {
                let e = v.entry(uf.find(i)).or_default();
                if counts(i) {
                    if reasons {
                        e.merge(&c.votes);
                    } else {
                        e.merge_scores(&c.votes);
                    }
                }
            }
        }
        v
    };
    let cluster_votes = |uf: &UnionFind<usize>| cluster_votes_where(uf, &|_| true, false);
    let kind_of =
        |uf: &UnionFind<usize>, votes: &HashMap<usize, Votes>, i: usize| votes.get(&uf.find(i)).map(|v| v.best().0);

    // Candidates come in text order (the names pass sorts them), so index order is start
    // order. The steps below look candidates up in indexes built once instead of scanning all
    // of them for each one, which was quadratic in the length of a document (issue #8); every
    // lookup visits the candidates a scan would have accepted, in the same order.

    // 2. Parenthetical acronyms: "Drug Enforcement Administration (DEA)".
    let toks = doc.tokens();
    let mut proper_by_end: HashMap<usize, Vec<usize>> = HashMap::default();
    for (j, d) in cands.iter().enumerate() {
        if is_proper(d) {
            proper_by_end.entry(d.tokens.1).or_default().push(j);
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if c.form != MentionForm::Acronym || c.tokens.0 < 2 {
            continue;
        }
        let (a, b) = c.tokens;
        let open = doc.slice(toks[a - 1].span) == "(";
        let close = b < toks.len() && doc.slice(toks[b].span) == ")";
        if open && close {
            // the last proper name before it that ends right before the "("
            let before = proper_by_end.get(&(a - 1)).and_then(|js| js[..js.partition_point(|&j| j < i)].last());
            if let Some(&j) = before {
                uf.union(i, j);
            }
        }
    }

    // 2b. "X, known as Y", "X ..., known by its initials, Y", "X, nicknamed Y": Y is another
    //     name of the nearest person or organization named before it in the sentence.
    for (i, c) in cands.iter().enumerate() {
        if !matches!(c.form, MentionForm::Name | MentionForm::Acronym) || c.tokens.0 < 2 || c.nested {
            continue;
        }
        let w = |k: usize| doc.slice_lower(toks[k].span);
        // ("known as "El Tigre"": over an opening quote; an unquoted nickname that is also a
        // gazetteer place stays apart: its lexicon label would win)
        let quoted = matches!(w(c.tokens.0 - 1), "\"" | "“" | "'" | "‘");
        if c.lex.is_some() {
            continue;
        }
        let a = if quoted { c.tokens.0 - 1 } else { c.tokens.0 };
        let lo = a.saturating_sub(6);
        // ("known as Y", "known by its Spanish initials, Y", "nicknamed Y")
        let Some(cue) = (lo..a).rev().find(|&k| match w(k) {
            "known" => {
                (k + 1 < a && w(k + 1) == "as" && k + 2 == a)
                    || (k + 1..a).any(|j| matches!(w(j), "initials" | "acronym" | "abbreviation"))
                        && (k + 1..a).all(|j| w(j) != "." && w(j) != ";")
            }
            "nicknamed" | "dubbed" | "alias" | "a.k.a." | "aka" => k + 1 == a,
            _ => false,
        }) else {
            continue;
        };
        // the name before the cue, with only an apposition between ("X, a watchdog known as
        // Y"): not a gazetteer place nor a "-based" modifier inside that apposition
        let before = (0..i).rev().take(12).find(|&j| {
            let d = &cands[j];
            d.sentence == c.sentence
                && d.tokens.1 <= cue
                && !d.nested
                && d.lex.is_none()
                && matches!(d.form, MentionForm::Name | MentionForm::Acronym)
                && !(d.tokens.1 < toks.len() && w(d.tokens.1) == "-")
                && cue - d.tokens.1 <= 10
                && (d.tokens.1..cue).all(|k| !matches!(w(k), "." | ";" | "and" | "said" | "says"))
        });
        if let Some(j) = before {
            uf.union(i, j);
        }
    }

    // 3. Acronyms spelling an organization's initials.
    let long_names = text_groups(cands, &texts, |j, d| {
        d.form == MentionForm::Name && d.lex.is_none() && texts[j].split_whitespace().count() >= 2
    });
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    for (g, js) in long_names.iter().enumerate() {
        let (a, b) = (initials(texts[js[0]], true), initials(texts[js[0]], false));
        if a != b {
            by_initials.entry(b).or_default().push(g);
        }
        by_initials.entry(a).or_default().push(g);
    }
    for (i, c) in cands.iter().enumerate() {
        if c.form != MentionForm::Acronym {
            continue;
        }
        let acr: String = texts[i].chars().filter(|c| c.is_alphabetic()).collect();
        let mut fits: Vec<usize> = Vec::new();
        for &g in by_initials.get(&acr).map_or(&[][..], Vec::as_slice) {
            let r = uf.find(long_names[g][0]);
            if r != uf.find(i) && !fits.contains(&r) {
                fits.push(r);
                if fits.len() > 1 {
                    break;
                }
            }
        }
        if fits.len() == 1 {
            uf.union(i, fits[0]);
        }
    }

    // 4. Short forms of people's names.
    let votes = cluster_votes(&uf);
    let (word_values, _) = once_per_text(&texts, words);
    let word_lists: Vec<&[String]> = text_index.iter().map(|&k| word_values[k].as_slice()).collect();
    let names = text_groups(cands, &texts, |_, d| {
        matches!(d.form, MentionForm::Name | MentionForm::Speaker) && d.lex.is_none()
    });
    let mut short_forms = ShortForms::new(cands, &word_lists, names, &uf);
    for (i, c) in cands.iter().enumerate() {
        if !matches!(c.form, MentionForm::Name | MentionForm::Speaker) || c.lex.is_some() || c.nested {
            continue;
        }
        let ki = kind_of(&uf, &votes, i);
        if matches!(ki, Some(EntityKind::Location | EntityKind::Other))
            && votes.get(&uf.find(i)).is_some_and(|v| v.best().1 >= 3)
        {
            continue;
        }
        if let Some(r) = short_forms.pick(i, &uf, &votes, lx) {
            short_forms.join(i, r, &mut uf, &votes);
        }
    }

    // 5. Organization short forms: "Halcones" in "Los Halcones", "Superior Court" in "Ohio
    //    Superior Court" (only when exactly one longer organization fits).
    let votes = cluster_votes(&uf);
    let orgs = text_groups(cands, &texts, |j, d| d.form == MentionForm::Name && !word_lists[j].is_empty());
    let org_runs = RunIndex::new(&orgs, &word_lists);
    let mut org_group: HashMap<&str, usize> = HashMap::default(); // groups without a lexicon entry
    for (g, js) in orgs.iter().enumerate() {
        if cands[js[0]].lex.is_none() {
            org_group.insert(texts[js[0]], g);
        }
    }
    // per group of short forms, the longer names it fits not yet found in its own cluster
    let mut org_fitting: HashMap<usize, Vec<usize>> = HashMap::default();
    // short forms with no evidence of their own, whose votes must not type the name they join
    // (by their cluster before this step)
    let pre_root: Vec<usize> = (0..n).map(|i| uf.find(i)).collect();
    let mut weak_roots: rustc_hash::FxHashSet<usize> = rustc_hash::FxHashSet::default();
    for (i, c) in cands.iter().enumerate() {
        // (a single word with no evidence of any kind may be a company's first word: "Dralvik"
        // after "Dralvik Maritime")
        let unknown = word_lists[i].len() == 1
            && votes.get(&uf.find(i)).is_none_or(|v| v.max() <= 1)
            && c.form == MentionForm::Name
            && !lx.is_given_name(&word_lists[i][0]);
        if c.form != MentionForm::Name
            || c.lex.is_some()
            || !(unknown || kind_of(&uf, &votes, i) == Some(EntityKind::Organization))
        {
            continue;
        }
        let me = &word_lists[i];
        // "the Department" after "the Department of State": a bare head fits a name it opens
        let bare_head = me.len() == 1 && super::lexicon::heads::is_org_head(me[0].as_str());
        let Some(last) = me.last() else { continue };
        let fitting = org_fitting.entry(org_group[texts[i]]).or_insert_with(|| {
            org_runs
                .maybe_containing(me)
                .iter()
                .copied()
                .filter(|&h| {
                    let them = &word_lists[orgs[h][0]];
                    if bare_head {
                        // ("the Treasury" after "the Department of the Treasury")
                        let object = them.len() >= 3
                            && them.last() == Some(last)
                            && matches!(them[them.len() - 2].as_str(), "of" | "the");
                        // ("the Department" after "the U.S. Department of State")
                        let opens = them.iter().position(|w| w == last).is_some_and(|p| {
                            p <= 1 && them.get(p + 1).is_some_and(|w| w == "of") && (p == 0 || them[0].len() <= 3)
                        });
                        them.len() >= 3 && (opens || object)
                    } else if unknown {
                        them.len() >= 2
                            && them.first() == Some(last)
                            && them.last().is_some_and(|h| super::lexicon::heads::is_org_head(h))
                    } else {
                        contains_run(them, me) && them.last() == Some(last)
                    }
                })
                .collect()
        });
        let own = uf.find(i);
        if bare_head {
            // the nearest such name before it ("the Department" of the last "Department of ...")
            let nearest = fitting
                .iter()
                .filter_map(|&h| orgs[h].iter().rev().find(|&&j| j < i).copied())
                .filter(|&j| kind_of(&uf, &votes, j) == Some(EntityKind::Organization))
                .max();
            if let Some(j) = nearest {
                uf.union(i, j);
            }
            continue;
        }
        let mut fits: Vec<usize> = Vec::new();
        let mut k = 0;
        while k < fitting.len() && fits.len() < 2 {
            let j0 = orgs[fitting[k]][0];
            let r = uf.find(j0);
            if r == own {
                fitting.swap_remove(k); // clusters only grow: never a fit again
                continue;
            }
            if kind_of(&uf, &votes, j0) == Some(EntityKind::Organization) && !fits.contains(&r) {
                fits.push(r);
            }
            k += 1;
        }
        if fits.len() == 1 {
            if unknown && kind_of(&uf, &votes, i) != Some(EntityKind::Organization) {
                weak_roots.insert(pre_root[i]);
            }
            uf.union(i, fits[0]);
        }
    }

    // 6. "KXR News" is KXR: an acronym followed by an organization head word.
    let mut first_acronym: HashMap<&str, usize> = HashMap::default();
    for (j, d) in cands.iter().enumerate() {
        if d.form == MentionForm::Acronym {
            first_acronym.entry(texts[j]).or_insert(j);
        }
    }
    for (i, c) in cands.iter().enumerate() {
        let w = &word_lists[i];
        if c.form != MentionForm::Name || w.len() != 2 || !super::lexicon::heads::is_org_head(w[1].as_str()) {
            continue;
        }
        let first = texts[i].split_whitespace().next().unwrap_or("");
        if let Some(&j) = first_acronym.get(first) {
            uf.union(i, j);
        }
    }

    // The final clusters' votes (weak short forms left out, so they take their name's type).
    let votes = cluster_votes_where(&uf, &|i| !weak_roots.contains(&pre_root[i]), true);

    // Build entities from clusters of proper names and groups.
    let mut roots: Vec<usize> = Vec::new();
    let mut root_entity: HashMap<usize, usize> = HashMap::default();
    let mut cand_entity = vec![usize::MAX; n];
    for (i, c) in cands.iter().enumerate() {
        if !(is_proper(c) || c.form == MentionForm::Group) {
            continue;
        }
        let r = uf.find(i);
        let v = &votes[&r];
        if v.max() <= 0 {
            continue;
        }
        let e = *root_entity.entry(r).or_insert_with(|| {
            roots.push(r);
            roots.len() - 1
        });
        cand_entity[i] = e;
    }
    let mut members_of: Vec<Vec<usize>> = vec![Vec::new(); roots.len()];
    for (i, &e) in cand_entity.iter().enumerate() {
        if e != usize::MAX {
            members_of[e].push(i);
        }
    }
    let mut entities: Vec<Entity> = roots
        .iter()
        .zip(members_of)
        .map(|(r, members)| {
            let v = &votes[r];
            let (mut kind, margin) = v.best();
            if kind == EntityKind::Group && members.iter().any(|&i| cands[i].form != MentionForm::Group) {
                kind = EntityKind::Organization;
            }
            let mut reasons = vec![format!("type {kind} (margin {margin}): {}", v.reasons.join("; "))];
            let lexname = members.iter().find_map(|&i| cands[i].lex.map(|h| lx.entry(h.entry).name.clone()));
            let label = match (&lexname, kind) {
                (Some(l), _) => {
                    reasons.push(format!("label '{l}': canonical lexicon name"));
                    l.clone()
                }
                _ => {
                    let best = members
                        .iter()
                        .filter(|&&i| {
                            matches!(
                                cands[i].form,
                                MentionForm::Name | MentionForm::Speaker | MentionForm::Group | MentionForm::Dateline
                            )
                        })
                        .max_by_key(|&&i| {
                            let t = texts[i];
                            let mixed = t.chars().any(|c| c.is_lowercase());
                            (mixed, word_lists[i].len(), t.chars().count(), std::cmp::Reverse(cands[i].span.start))
                        })
                        .or_else(|| members.first())
                        .copied()
                        .unwrap_or(*r);
                    let t = texts[best];
                    let l = if t.chars().any(|c| c.is_lowercase())
                        || cands[best].form == MentionForm::Acronym
                        || t.split_whitespace().count() == 1 && t.len() <= 5
                    {
                        t.to_string()
                    } else {
                        title_case(t)
                    };
                    reasons.push(format!("label '{l}': longest name"));
                    l
                }
            };
            let mut aliases = BTreeSet::new();
            let mut titles = BTreeSet::new();
            let mut attributes = BTreeSet::new();
            let normed_label = norm(&label);
            for &i in &members {
                let t = texts[i];
                if t != label && cands[i].form != MentionForm::Group && !aliases.contains(t) {
                    reasons.push(format!("alias '{t}': {}", alias_reason(&cands[i], normed[i], &normed_label)));
                    aliases.insert(t.to_string());
                }
                if let Some(ti) = &cands[i].title {
                    titles.insert(ti.text.clone());
                }
                for a in &cands[i].attributes {
                    if !a.starts_with("poss:") {
                        attributes.insert(a.clone());
                    }
                }
            }
            Entity { label, kind, aliases, titles, attributes, mentions: Vec::new(), reasons }
        })
        .collect();

    // Descriptions and pronouns.
    // How many candidates each entity has (kept up to date as descriptions and pronouns join),
    // the craft nouns of its names, and per description head the entities it fits (the fit
    // depends on the head and on what never changes here: kinds, titles, labels, crafts).
    let mut counts = vec![0usize; entities.len()];
    let mut crafts: Vec<Vec<&str>> = vec![Vec::new(); entities.len()];
    for (k, &e) in cand_entity.iter().enumerate() {
        if e != usize::MAX {
            counts[e] += 1;
            crafts[e].extend(cands[k].craft.as_deref());
        }
    }
    let mut fitting: HashMap<String, Vec<usize>> = HashMap::default();
    // The candidate each entity is first named by: a description refers back, never forward.
    let mut first_named = vec![usize::MAX; entities.len()];
    for (k, &e) in cand_entity.iter().enumerate() {
        if e != usize::MAX && first_named[e] == usize::MAX {
            first_named[e] = k;
        }
    }
    // The candidates before `i` that name a person in a sentence (a pronoun's antecedents).
    let mut persons: Vec<usize> = Vec::new();
    // Each person's gender as the document shows it: an honorific, then the pronouns that
    // referred to them so far (true for male).
    let mut gender: Vec<Option<bool>> = entities
        .iter()
        .map(|e| {
            let honorific = e.titles.iter().find_map(|t| match t.trim_end_matches('.').to_lowercase().as_str() {
                "mr" | "sir" | "lord" | "king" | "prince" | "congressman" | "chairman" => Some(true),
                "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "congresswoman"
                | "chairwoman" => Some(false),
                _ => None,
            });
            // then the given name of a person's full name ("Maria Soto" is a woman)
            let given = || {
                let mut words = e.label.split_whitespace();
                let first = words.next()?;
                words.next()?;
                lx.given_gender(&first.to_lowercase())
            };
            if e.kind == EntityKind::Person { honorific.or_else(given) } else { None }
        })
        .collect();
    for i in 0..n {
        if let Some(k) = i.checked_sub(1) {
            if cand_entity[k] != usize::MAX
                && entities[cand_entity[k]].kind == EntityKind::Person
                // (a subject pronoun already resolved carries its person on: "He is … he was
                // arrested"; an object or possessive one does not)
                && (cands[k].form != MentionForm::Pronoun
                    || matches!(cands[k].head.as_deref(), Some("he" | "she")) && !is_object_pronoun(doc, &cands[k]))
                && cands[k].sentence != usize::MAX
            {
                persons.push(k);
            }
        }
        let c = &cands[i];
        match c.form {
            MentionForm::Nominal => {
                let Some(h) = c.head.as_deref() else { continue };
                let hl = h.trim_end_matches('.');
                // "X, the former finance minister," and "the former finance minister, X,": a
                // description set off by a comma right beside a name is that name's entity
                if let Some(k) = apposed_name(doc, cands, &cand_entity, &entities, i) {
                    let e = cand_entity[k];
                    cand_entity[i] = e;
                    counts[e] += 1;
                    let t = texts[i];
                    entities[e].reasons.push(format!("description '{t}' is in apposition to '{}'", texts[k]));
                    if entities[e].kind == EntityKind::Person {
                        if let Some(title) = description_title(doc, c) {
                            entities[e].titles.insert(title);
                        }
                    }
                    for a in &c.attributes {
                        if !a.starts_with("poss:") {
                            entities[e].attributes.insert(a.clone());
                        }
                    }
                    continue;
                }
                // "A Tucson man" (a lede's description): any person of that gender
                let sex = match hl {
                    "man" => Some(true),
                    "woman" => Some(false),
                    _ => None,
                };
                let fits = fitting.entry(hl.to_string()).or_insert_with(|| {
                    (0..entities.len())
                        .filter(|&e| {
                            let ent = &entities[e];
                            if let Some(male) = sex {
                                return ent.kind == EntityKind::Person && gender[e].is_none_or(|g| g == male);
                            }
                            match ent.kind {
                                EntityKind::Person => ent.titles.iter().any(|t| {
                                    let tl = t.to_lowercase();
                                    tl.split_whitespace()
                                        .any(|w| w.trim_end_matches('.') == hl || abbrev_of(w) == Some(hl))
                                }),
                                EntityKind::Other | EntityKind::Location | EntityKind::Organization => {
                                    crafts[e].contains(&hl)
                                        || ent.label.to_lowercase().split_whitespace().last() == Some(hl)
                                }
                                _ => false,
                            }
                        })
                        .collect()
                });
                // one named before it when there is one ("the general" refers back); a lede's
                // "A Superior Court judge was sentenced" may name its judge only later
                let back = fits.iter().any(|&e| first_named[e] < i);
                let mut best: Option<(usize, usize)> = None;
                for &e in fits.iter().filter(|&&e| !back || first_named[e] < i) {
                    let cnt = counts[e];
                    if best.is_none_or(|(_, bc)| cnt > bc) {
                        best = Some((e, cnt));
                    }
                }
                // a lede's description no title fits ("A former customs official was
                // sentenced"): the person the article names most often, when one clearly is
                let lede = c.attributes.iter().any(|a| a == "poss:a") && role_class(hl).is_some();
                if best.is_none() && lede {
                    best = protagonist(cands, &cand_entity, &entities, |_| true).map(|e| (e, 0));
                }
                if let Some((e, _)) = best {
                    cand_entity[i] = e;
                    counts[e] += 1;
                    let t = texts[i];
                    entities[e].reasons.push(format!("description '{t}' refers to it (head '{hl}')"));
                    for a in &c.attributes {
                        if !a.starts_with("poss:") {
                            entities[e].attributes.insert(a.clone());
                        }
                    }
                }
            }
            MentionForm::Pronoun => {
                let Some(h) = c.head.as_deref() else { continue };
                if h == "it" {
                    // "The government said it arrested X": after a speech verb whose subject is a
                    // common noun, "it" is that unnamed subject
                    let toks = doc.tokens();
                    let mut k = c.tokens.0;
                    if k > 0 && doc.slice_lower(toks[k - 1].span) == "that" {
                        k -= 1;
                    }
                    let unnamed_speaker = k >= 2
                        && matches!(doc.slice_lower(toks[k - 1].span), "said" | "says" | "say" | "announced")
                        && toks[k - 2].is_lower()
                        && toks[k - 2].kind == crate::text::TokenKind::Word
                        && !super::lexicon::words::is_function_word(doc.slice_lower(toks[k - 2].span));
                    if unnamed_speaker {
                        continue;
                    }
                    // the latest organization or thing named before, within two sentences: "it"
                    // is that organization's ("the spacecraft ... before it touched down" is not)
                    let org = (0..i)
                        .rev()
                        .take(64)
                        .take_while(|&k| c.sentence == usize::MAX || cands[k].sentence.saturating_add(2) >= c.sentence)
                        .find(|&k| {
                            cand_entity[k] != usize::MAX
                                && !cands[k].nested
                                && matches!(
                                    cands[k].form,
                                    MentionForm::Name | MentionForm::Acronym | MentionForm::Nominal
                                )
                                && matches!(entities[cand_entity[k]].kind, EntityKind::Organization | EntityKind::Other)
                        })
                        .filter(|&k| entities[cand_entity[k]].kind == EntityKind::Organization);
                    if let Some(k) = org {
                        cand_entity[i] = cand_entity[k];
                        counts[cand_entity[k]] += 1;
                    }
                    continue;
                }
                if !super::lexicon::words::is_person_pronoun(h) {
                    continue;
                }
                // the most recent person mention before it, within two sentences (candidates
                // are in text order, so no candidate between it and the pronoun is further back);
                // an object pronoun ("charged him") is never the subject of its own clause
                // and never a person the document already gave the other gender
                let object = is_object_pronoun(doc, c);
                let male = pronoun_gender(h);
                let prev = persons
                    .iter()
                    .rev()
                    .take_while(|&&k| c.sentence == usize::MAX || cands[k].sentence + 2 >= c.sentence)
                    .take(64) // (bounded: a run-on "sentence" may hold thousands of names)
                    .find(|&&k| {
                        let bound = object && same_clause(doc, cands[k].span.end, c.span.start);
                        let other_gender = male.is_some() && gender[cand_entity[k]].is_some_and(|g| Some(g) != male);
                        !bound && !other_gender
                    })
                    .copied();
                // a subject pronoun opening a sentence continues the previous sentence's
                // subject: its first person, not its last ("Banda beat Phiri. She named ...")
                let opens = cands[i].sentence != usize::MAX
                    && doc.sentences().get(c.sentence).is_some_and(|s| s.first_token == c.tokens.0)
                    && matches!(h, "he" | "she");
                let prev = prev.map(|k| {
                    if !opens || cands[k].sentence == c.sentence {
                        return k;
                    }
                    // (the persons are in text order: the sentence's run starts at a partition point)
                    let from = persons.partition_point(|&q| cands[q].sentence < cands[k].sentence);
                    persons[from..]
                        .iter()
                        .copied()
                        .take_while(|&q| cands[q].sentence == cands[k].sentence)
                        .take(64)
                        .find(|&q| !(male.is_some() && gender[cand_entity[q]].is_some_and(|g| Some(g) != male)))
                        .unwrap_or(k)
                });
                if let Some(k) = prev {
                    if gender[cand_entity[k]].is_none() {
                        gender[cand_entity[k]] = male;
                    }
                    cand_entity[i] = cand_entity[k];
                    counts[cand_entity[k]] += 1;
                } else if persons.is_empty() && c.sentence < 4 && matches!(h, "he" | "she" | "him" | "his" | "her") {
                    // a lede's pronoun before anyone is named ("The retired commissioner ... was
                    // flown to New York, where he faces charges"): the person the article is
                    // about, its most mentioned one, when the gender fits
                    let fits = |e: usize| male.is_none() || gender[e].is_none_or(|g| Some(g) == male);
                    if let Some(m) = protagonist(cands, &cand_entity, &entities, fits) {
                        cand_entity[i] = m;
                        counts[m] += 1;
                    }
                }
            }
            _ => {}
        }
    }

    // Mentions in text order.
    let mut mentions = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        let e = cand_entity[i];
        if e == usize::MAX {
            continue;
        }
        entities[e].mentions.push(mentions.len());
        mentions.push(Mention { span: c.span, sentence: c.sentence, form: c.form, entity: e, nested: c.nested });
    }
    ann.mentions = mentions;
    ann.entities = entities;
    ann.candidate_entity = cand_entity;
}

/// The person a document is about: the one its text names most often (speaker labels aside:
/// a reporter's label repeats), named at least twice and more often than anyone else, among
/// those `fits` accepts.
fn protagonist(
    cands: &[Candidate],
    cand_entity: &[usize],
    entities: &[Entity],
    fits: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut named = vec![0usize; entities.len()];
    for (d, &e) in cands.iter().zip(cand_entity) {
        if e != usize::MAX && d.form == MentionForm::Name {
            named[e] += 1;
        }
    }
    let people: Vec<usize> = (0..entities.len()).filter(|&e| entities[e].kind == EntityKind::Person).collect();
    let main = people.iter().copied().filter(|&e| fits(e)).max_by_key(|&e| (named[e], std::cmp::Reverse(e)))?;
    let second = people.iter().filter(|&&e| e != main).map(|&e| named[e]).max();
    (named[main] >= 2 && second.is_none_or(|n| named[main] > n)).then_some(main)
}

/// The name candidate a description stands in apposition to: "X, the former minister" (the name
/// right before, a comma between) or "the former minister, X," (the name right after, set off
/// by commas), when the name's entity is of the kind the description's head names.
fn apposed_name(
    doc: &Document,
    cands: &[Candidate],
    cand_entity: &[usize],
    entities: &[Entity],
    i: usize,
) -> Option<usize> {
    let c = &cands[i];
    let det = doc.slice_lower(doc.tokens()[c.tokens.0].span);
    // ("X, Special Agent in Charge of ORG,": a capitalized title set off with no article)
    let bare_title = doc.tokens()[c.tokens.0].is_cap() && c.span.start >= 2 && {
        let before = doc.text()[..c.span.start].trim_end();
        before.ends_with(',')
    };
    // ("Zambia's opposition leader, X," counts: its possessor names no person)
    if !(matches!(det, "the" | "a" | "an") || c.possessor.is_some() || bare_title)
        || c.attributes.iter().any(|a| a.starts_with("poss:"))
    {
        return None;
    }
    let head = c.head.as_deref()?.trim_end_matches('.');
    let personal = role_class(head).is_some();
    let fits = |k: usize| {
        let e = cand_entity[k];
        e != usize::MAX
            && matches!(cands[k].form, MentionForm::Name | MentionForm::Acronym)
            && cands[k].sentence == c.sentence
            && (entities[e].kind == EntityKind::Person) == personal
    };
    let text = doc.text();
    // a comma, or an age set off by commas ("X, 58, the former mayor,")
    let only_comma = |a: usize, b: usize| {
        a <= b && b - a < 16 && {
            let gap: String = text[a..b].chars().filter(|c| !c.is_whitespace()).collect();
            gap == ","
                || gap.len() > 2
                    && gap.starts_with(',')
                    && gap.ends_with(',')
                    && gap[1..gap.len() - 1].chars().all(|c| c.is_ascii_digit())
        }
    };
    if let Some(k) = i.checked_sub(1) {
        if fits(k) && only_comma(cands[k].span.end, c.span.start) {
            return Some(k);
        }
    }
    // the name after the description, closed by a comma or the end of the clause
    let k = i + 1;
    // (its title may stand before it: "Niger's military leader, General Jane Doe,")
    let start =
        |k: usize| cands[k].title.as_ref().map_or(cands[k].span.start, |t| t.span.start.min(cands[k].span.start));
    if k < cands.len() && fits(k) && only_comma(c.span.end, start(k)) {
        let rest = text[cands[k].span.end..].trim_start();
        if rest.starts_with([',', '.', ';', ':']) || rest.is_empty() {
            return Some(k);
        }
    }
    None
}

/// The title a description gives its entity: the words after the determiner and the
/// modifiers kept as attributes ("finance minister" of "the former finance minister").
fn description_title(doc: &Document, c: &Candidate) -> Option<String> {
    let toks = &doc.tokens()[c.tokens.0..c.tokens.1];
    // (a capitalized title set off with no article has no determiner to skip)
    let det = toks.first().is_some_and(|t| !t.is_cap() || matches!(doc.slice_lower(t.span), "the" | "a" | "an"));
    let skip = usize::from(det) + c.attributes.iter().filter(|a| !a.starts_with("poss:")).count();
    let first = toks.get(skip)?;
    let last = toks.last()?;
    let t = doc.slice(Span::new(first.span.start, last.span.end));
    (!t.is_empty()).then(|| t.to_string())
}

/// The gender a third-person pronoun names (true for male), if any.
fn pronoun_gender(w: &str) -> Option<bool> {
    match w {
        "he" | "him" | "his" | "himself" => Some(true),
        "she" | "her" | "hers" | "herself" => Some(false),
        _ => None,
    }
}

/// "him", "her" or "them" as the object of a verb or preposition (not "her" before a noun).
fn is_object_pronoun(doc: &Document, c: &Candidate) -> bool {
    let w = doc.slice_lower(c.span);
    match w {
        "him" | "them" => true,
        "her" => {
            let next = doc.tokens().get(c.tokens.1);
            next.is_none_or(|t| !t.is_lower() || super::lexicon::words::is_function_word(doc.slice_lower(t.span)))
        }
        _ => false,
    }
}

/// No clause boundary between two byte offsets of one sentence: no "that", "who", "and",
/// reporting verb or semicolon between them.
fn same_clause(doc: &Document, from: usize, to: usize) -> bool {
    // (far apart is never one clause; this also bounds the scan)
    if from > to || to - from > 600 {
        return false;
    }
    let gap = doc.slice_lower(Span::new(from, to));
    !gap.contains([';', ':', '"', '“', '”'])
        && !gap.split(|ch: char| !ch.is_alphanumeric()).any(|x| {
            matches!(
                x,
                "that"
                    | "who"
                    | "whom"
                    | "which"
                    | "and"
                    | "but"
                    | "or"
                    | "said"
                    | "says"
                    | "told"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "because"
                    | "if"
                    | "as"
                    | "since"
                    | "until"
            )
        })
}

/// A one-word city or province that is also a word of a person's full name in the same
/// document is that person's surname ("Arkwell" after "Tomas Arkwell Brandt").
fn demote_surname_places(doc: &Document, cx: &Context<'_>, cands: &mut [Candidate]) {
    use super::lexicon::PlaceKind;
    let person_words: rustc_hash::FxHashSet<String> = cands
        .iter()
        .filter(|c| c.lex.is_none() && c.form == MentionForm::Name && c.votes.best().0 == EntityKind::Person)
        .flat_map(|c| words(doc.slice(c.span)))
        .collect();
    for c in cands.iter_mut() {
        let Some(h) = c.lex else { continue };
        let e = cx.lexicon.entry(h.entry);
        if h.form != super::lexicon::Form::Name || !matches!(e.place, Some(PlaceKind::City | PlaceKind::Subdivision)) {
            continue;
        }
        let w = words(doc.slice(c.span));
        if w.len() == 1 && person_words.contains(&w[0]) {
            c.lex = None;
            c.votes = Votes::default();
            c.votes.add(EntityKind::Person, 2, "part of a person's name in this document");
        }
    }
}

/// "known as "El Tigre"": a quoted nickname is a name, not the town the gazetteer knows by it.
fn demote_quoted_nicknames(doc: &Document, cands: &mut [Candidate]) {
    let toks = doc.tokens();
    for c in cands.iter_mut().filter(|c| c.lex.is_some() && c.tokens.0 >= 3) {
        let a = c.tokens.0;
        let w = |k: usize| doc.slice_lower(toks[k].span);
        if matches!(w(a - 1), "\"" | "“") && matches!(w(a - 2), "as" | "nicknamed" | "dubbed") {
            c.lex = None;
            c.votes = Votes::default();
        }
    }
}

/// `Jorge "El Toro" Bandera` -> "Jorge Bandera": a name's text without a quoted part inside it.
fn without_inner_quote(t: &str) -> Option<String> {
    let open = t.find(['"', '“'])?;
    // (the opening mark may be a curly quote, three bytes long)
    let rest = &t[open + t[open..].chars().next().map_or(1, char::len_utf8)..];
    let close = rest.find(['"', '”'])?;
    let after = rest[close..].chars().next().map_or(0, char::len_utf8);
    let (head, tail) = (t[..open].trim_end(), rest[close + after..].trim_start());
    (!head.is_empty() && !tail.is_empty()).then(|| format!("{head} {tail}"))
}

#[cfg(test)]
mod quote_tests {
    use super::without_inner_quote;

    #[test]
    fn inner_quotes_straight_or_curly_are_left_out() {
        assert_eq!(without_inner_quote("Jorge \"El Toro\" Bandera").as_deref(), Some("Jorge Bandera"));
        assert_eq!(without_inner_quote("Jorge “El Toro” Bandera").as_deref(), Some("Jorge Bandera"));
        assert_eq!(without_inner_quote("“Jorge”"), None);
        assert_eq!(without_inner_quote("A “"), None);
    }
}

fn abbrev_of(w: &str) -> Option<&'static str> {
    match w {
        "gen." => Some("general"),
        "sen." => Some("senator"),
        "rep." => Some("representative"),
        "gov." => Some("governor"),
        "pres." => Some("president"),
        "lt." => Some("lieutenant"),
        "col." => Some("colonel"),
        "adm." => Some("admiral"),
        "sgt." => Some("sergeant"),
        "capt." => Some("captain"),
        "dr." => Some("doctor"),
        "prof." => Some("professor"),
        _ => None,
    }
}

fn alias_reason(c: &Candidate, normed: &str, label: &str) -> &'static str {
    if c.lex.is_some() {
        return if c.form == MentionForm::Demonym { "demonym of the same lexicon entry" } else { "same lexicon entry" };
    }
    if normed == label {
        return "same name in another case or spelling";
    }
    match c.form {
        MentionForm::Acronym => "acronym of the name",
        MentionForm::Speaker => "transcript speaker label",
        MentionForm::Dateline => "dateline",
        _ if label.contains(normed) => "part of the full name",
        _ => "same organization written another way",
    }
}

/// Drops group entities that take part in no relation or event, and re-numbers everything.
#[derive(Debug, Clone, Copy)]
pub struct PrunePass;

impl Pass for PrunePass {
    fn name(&self) -> &'static str {
        "prune"
    }

    fn run(&self, _doc: &Document, _cx: &Context<'_>, ann: &mut Annotations) -> Result<()> {
        // a group earns a node by what it does or undergoes, not by the words that name it
        // ("Mexican officials" alone is affiliated with Mexico but does nothing)
        let mut used = vec![false; ann.entities.len()];
        for r in &ann.relations {
            used[r.object] = true;
        }
        // a group earns a node by a relation, or by a core role in an event the text does not deny
        for e in &ann.events {
            if e.modality == crate::kinds::Modality::Negated {
                continue;
            }
            for a in &e.args {
                if matches!(a.role, Role::Agent | Role::Patient | Role::Partner | Role::Target) {
                    used[a.entity] = true;
                }
            }
        }
        let keep: Vec<bool> =
            ann.entities.iter().enumerate().map(|(i, e)| e.kind != EntityKind::Group || used[i]).collect();
        retain_entities(ann, &keep);
        Ok(())
    }
}

/// Keeps the entities flagged in `keep`, re-numbering mentions, relations and events.
pub fn retain_entities(ann: &mut Annotations, keep: &[bool]) {
    let mut map = vec![usize::MAX; ann.entities.len()];
    let mut next = 0;
    for (i, &k) in keep.iter().enumerate() {
        if k {
            map[i] = next;
            next += 1;
        }
    }
    let mut mentions = Vec::new();
    let mut mention_map = vec![usize::MAX; ann.mentions.len()];
    for (i, m) in ann.mentions.iter().enumerate() {
        if map[m.entity] != usize::MAX {
            mention_map[i] = mentions.len();
            mentions.push(Mention { entity: map[m.entity], ..m.clone() });
        }
    }
    let mut entities = Vec::new();
    for (i, mut e) in std::mem::take(&mut ann.entities).into_iter().enumerate() {
        if map[i] != usize::MAX {
            e.mentions = e.mentions.iter().map(|&m| mention_map[m]).filter(|&m| m != usize::MAX).collect();
            entities.push(e);
        }
    }
    ann.entities = entities;
    ann.mentions = mentions;
    ann.relations.retain(|r| map[r.subject] != usize::MAX && map[r.object] != usize::MAX);
    for r in &mut ann.relations {
        r.subject = map[r.subject];
        r.object = map[r.object];
    }
    for ev in &mut ann.events {
        ev.args.retain(|a| map[a.entity] != usize::MAX);
        for a in &mut ev.args {
            a.entity = map[a.entity];
        }
        ev.source = ev.source.and_then(|s| (map[s] != usize::MAX).then(|| map[s]));
    }
    for ce in &mut ann.candidate_entity {
        if *ce != usize::MAX {
            *ce = map[*ce];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn entities(text: &str) -> Vec<(String, EntityKind, Vec<String>)> {
        let doc = Document::new("t", text);
        let ann = extract(&doc);
        ann.entities.iter().map(|e| (e.label.clone(), e.kind, e.aliases.iter().cloned().collect())).collect()
    }

    fn find<'a>(es: &'a [(String, EntityKind, Vec<String>)], label: &str) -> &'a (String, EntityKind, Vec<String>) {
        es.iter().find(|e| e.0 == label).unwrap_or_else(|| panic!("no {label} in {es:?}"))
    }

    #[test]
    fn norm_folds_case_accents_periods() {
        assert_eq!(norm("Andrés Felipe Ríos Montaño"), "andres felipe rios montano");
        assert_eq!(norm("U.S."), "us");
        assert_eq!(norm("The Hague"), "hague");
        assert_eq!(norm("Ortega-Ortega"), "ortega ortega");
    }

    #[test]
    fn norm_of_ascii_is_the_general_norm() {
        for s in [
            "",
            " ",
            "The",
            "the ",
            "The  Hague",
            "THE HAGUE",
            "U.S.-Mexico",
            "...",
            "a . b",
            "x -- y",
            "\tTabs\x0band\x0cfeeds\r\n",
            "O'Brien's",
            "then",
            "the the",
            "-the x",
            "Dept. of  the Treasury",
        ] {
            assert_eq!(norm_ascii(s), norm_general(s), "{s:?}");
        }
    }

    #[test]
    fn surname_joins_full_name_and_title_is_not_label() {
        let es = entities(
            "Police arrested retired Colonel Martin Alvarado Soler on Monday. Alvarado Soler denied it. Later Alvarado spoke.",
        );
        let e = find(&es, "Martin Alvarado Soler");
        assert_eq!(e.1, EntityKind::Person);
        assert!(e.2.contains(&"Alvarado Soler".to_string()) && e.2.contains(&"Alvarado".to_string()), "{e:?}");
        assert_eq!(es.iter().filter(|e| e.1 == EntityKind::Person).count(), 1, "{es:?}");
    }

    #[test]
    fn a_short_form_joins_the_nearest_fitting_name_before_it() {
        // See: issue #8 (ShortForms replaced a scan over every pair of names)
        let es = entities("Juan Perez met Maria Perez in Lima. Later Perez left.");
        assert!(find(&es, "Maria Perez").2.contains(&"Perez".to_string()), "{es:?}");
        assert!(find(&es, "Juan Perez").2.is_empty(), "{es:?}");
    }

    #[test]
    fn a_short_form_joins_the_only_fitting_name_even_after_it() {
        // See: issue #8
        let es = entities("Perez left on Monday. Then Juan Perez arrived in Lima.");
        assert!(find(&es, "Juan Perez").2.contains(&"Perez".to_string()), "{es:?}");
    }

    #[test]
    fn two_people_sharing_a_surname_stay_apart() {
        let es = entities("Judge Ana Torres-Vega met Paul Torres-Mena. Torres-Vega left.");
        let people: Vec<_> = es.iter().filter(|e| e.1 == EntityKind::Person).collect();
        assert_eq!(people.len(), 2, "{es:?}");
    }

    #[test]
    fn acronym_in_parentheses_and_by_initials() {
        let es = entities("The Federal Aviation Administration (FAA) grounded jets. The FAA said so.");
        let e = find(&es, "Federal Aviation Administration");
        assert!(e.2.contains(&"FAA".to_string()));
        let es = entities("The Bureau of Land Management sued. Later the BLM agreed.");
        assert!(find(&es, "Bureau of Land Management").2.contains(&"BLM".to_string()), "{es:?}");
    }

    #[test]
    fn country_forms_and_demonyms_are_one_entity() {
        let es = entities("The U.S. said the United States and American officials agree.");
        let e = find(&es, "United States");
        assert!(e.2.contains(&"U.S.".to_string()) && e.2.contains(&"American".to_string()), "{es:?}");
    }

    #[test]
    fn department_inversion() {
        let es = entities("The Department of Energy spoke. The Energy Department later agreed.");
        assert_eq!(es.iter().filter(|e| e.1 == EntityKind::Organization).count(), 1, "{es:?}");
    }

    #[test]
    fn speaker_labels_join_names_case_insensitively() {
        let es = entities("As Jane Smithson reports, rain fell.\n\nSMITHSON: It rained all day.");
        let e = find(&es, "Jane Smithson");
        assert!(e.2.contains(&"SMITHSON".to_string()), "{es:?}");
    }
}
