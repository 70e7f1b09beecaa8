//! Names to nodes: `find`, `resolve` and "did you mean" suggestions.
//!
//! Matching folds case, accents and periods with [`crate::extract::resolve::norm`], so
//! "rios montano" finds "Andrés Felipe Ríos Montaño" and "us" finds "U.S.". Matches are
//! ranked by how they matched ([`MatchKind`], best first), then by how often the entity is
//! mentioned, then by label and id. [`resolve`] turns a command-line name into one node, or
//! into [`Error::EntityNotFound`] with suggestions.
//!
//! Reads a [`KnowledgeGraph`]; writes nothing.

use petgraph::stable_graph::NodeIndex;

use crate::error::{Error, Result};
use crate::extract::resolve::norm;
use crate::graph::{KnowledgeGraph, Node, NodeKind};

/// How a name matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The node id itself (`person:william-barr`); the only way to name an event.
    Id,
    /// The label, folded.
    Label,
    /// An alias, folded.
    Alias,
    /// The query's words appear together in the label or an alias ("rios montano").
    Words,
    /// The query appears inside the label or an alias ("monta").
    Substring,
    /// The query is, or is part of, one of the entity's titles ("attorney general").
    Title,
}

impl MatchKind {
    /// The name written in outputs.
    pub const fn as_str(self) -> &'static str {
        match self {
            MatchKind::Id => "id",
            MatchKind::Label => "label",
            MatchKind::Alias => "alias",
            MatchKind::Words => "words",
            MatchKind::Substring => "substring",
            MatchKind::Title => "title",
        }
    }
}

/// One match of [`find`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The node.
    pub node: NodeIndex,
    /// How it matched.
    pub kind: MatchKind,
    /// The name that matched (label, alias, title or id), as written in the graph.
    pub name: String,
}

/// What [`resolve`] picked for a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The node.
    pub node: NodeIndex,
    /// How it matched.
    pub kind: MatchKind,
    /// Other nodes that matched just as well (ranked lower only by mentions, label or id).
    pub others: Vec<NodeIndex>,
}

/// A folded query: its text and words.
struct Query {
    text: String,
    words: Vec<String>,
    /// The longest plain ASCII word, for a quick reject of ASCII names.
    probe: Option<String>,
}

impl Query {
    fn new(s: &str) -> Self {
        let text = norm(s);
        let words: Vec<String> = text.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        let probe =
            words.iter().filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric())).max_by_key(|w| w.len()).cloned();
        Query { text, words, probe }
    }

    /// False only when `name` certainly cannot match (an ASCII name without periods or
    /// apostrophes that lacks the probe word): [`norm`] of such a name only lower-cases it and
    /// squeezes separators, so every word of a match is a substring of it.
    fn may_match(&self, name: &str) -> bool {
        let Some(p) = &self.probe else { return true };
        if !name.is_ascii() || name.contains(['.', '\'']) {
            return true;
        }
        let (h, p) = (name.as_bytes(), p.as_bytes());
        h.len() >= p.len() && h.windows(p.len()).any(|w| w.eq_ignore_ascii_case(p))
    }

    /// How a name matches, if it does (Label standing for "equal").
    fn against(&self, name: &str) -> Option<MatchKind> {
        if !self.may_match(name) {
            return None;
        }
        let n = norm(name);
        if n == self.text {
            return Some(MatchKind::Label);
        }
        let words: Vec<&str> = n.split(' ').collect();
        if words.windows(self.words.len()).any(|w| w.iter().zip(&self.words).all(|(a, b)| a == b)) {
            return Some(MatchKind::Words);
        }
        if self.text.chars().count() >= 2 && n.contains(&self.text) {
            return Some(MatchKind::Substring);
        }
        None
    }

    fn against_node(&self, node: &Node) -> Option<(MatchKind, String)> {
        let mut best: Option<(MatchKind, String)> = None;
        let mut consider = |k: MatchKind, name: &str| {
            if best.as_ref().is_none_or(|(b, _)| k < *b) {
                best = Some((k, name.to_string()));
            }
        };
        if let Some(k) = self.against(&node.label) {
            consider(k, &node.label);
        }
        for a in &node.aliases {
            if let Some(k) = self.against(a) {
                consider(if k == MatchKind::Label { MatchKind::Alias } else { k }, a);
            }
        }
        for t in &node.titles {
            if matches!(self.against(t), Some(MatchKind::Label | MatchKind::Words)) {
                consider(MatchKind::Title, t);
            }
        }
        best
    }
}

/// Entities whose label, alias or title matches `text` (and any node whose id is `text`),
/// best first.
///
/// # Complexity
/// O(N · L) for N entities with names of total length L; ASCII names that cannot match are
/// rejected without being folded.
pub fn find(kg: &KnowledgeGraph, text: &str) -> Vec<Found> {
    let q = Query::new(text);
    let by_id = kg.find(text.trim());
    let mut out: Vec<Found> =
        by_id.map(|i| Found { node: i, kind: MatchKind::Id, name: text.trim().to_string() }).into_iter().collect();
    if q.text.is_empty() {
        return out;
    }
    for (i, n) in kg.nodes() {
        if n.kind() != NodeKind::Entity || Some(i) == by_id {
            continue;
        }
        if let Some((kind, name)) = q.against_node(n) {
            out.push(Found { node: i, kind, name });
        }
    }
    out.sort_by(|a, b| {
        let (x, y) = (kg.node(a.node), kg.node(b.node));
        (a.kind, std::cmp::Reverse(x.mentions.len()), &x.label, &x.id).cmp(&(
            b.kind,
            std::cmp::Reverse(y.mentions.len()),
            &y.label,
            &y.id,
        ))
    });
    out
}

/// Up to `n` entity labels close to `text` when nothing matches it: the whole name within a
/// third of its length in edits, or one of its words (of four letters or more) one edit away
/// (two for words of seven letters or more). Closest first.
///
/// # Complexity
/// O(N · L · |text|) for N entities with names of total length L.
pub fn suggest(kg: &KnowledgeGraph, text: &str, n: usize) -> Vec<String> {
    let q = Query::new(text);
    if q.text.is_empty() {
        return Vec::new();
    }
    let qlen = q.text.chars().count();
    let mut scored: Vec<(usize, &str, &str)> = Vec::new();
    for (_, node) in kg.nodes() {
        if node.kind() != NodeKind::Entity {
            continue;
        }
        let best = std::iter::once(&node.label)
            .chain(node.aliases.iter())
            .filter_map(|name| {
                let f = norm(name);
                let d = edit_distance(&q.text, &f);
                if d <= (qlen / 3).max(1) {
                    return Some(d);
                }
                let close_word = q.words.iter().filter(|w| w.chars().count() >= 4).any(|w| {
                    let limit = if w.chars().count() >= 7 { 2 } else { 1 };
                    f.split(' ').any(|x| edit_distance(w, x) <= limit)
                });
                close_word.then_some(d)
            })
            .min();
        if let Some(d) = best {
            scored.push((d, &node.label, &node.id));
        }
    }
    scored.sort();
    let mut out: Vec<String> = Vec::new();
    for (_, label, _) in scored {
        if !out.iter().any(|l| l == label) {
            out.push(label.to_string());
        }
        if out.len() == n {
            break;
        }
    }
    out
}

/// The one node a command-line name stands for: a node id, or the best [`find`] match.
///
/// # Errors
/// [`Error::EntityNotFound`] with up to three suggestions when nothing matches.
///
/// # Complexity
/// O(log N) for an id; as [`find`] otherwise.
pub fn resolve(kg: &KnowledgeGraph, name: &str) -> Result<Resolved> {
    if let Some(i) = kg.find(name.trim()) {
        return Ok(Resolved { node: i, kind: MatchKind::Id, others: Vec::new() });
    }
    let found = find(kg, name);
    let Some(first) = found.first() else {
        return Err(Error::EntityNotFound { name: name.to_string(), suggestions: suggest(kg, name, 3) });
    };
    let others = found[1..].iter().take_while(|f| f.kind == first.kind).map(|f| f.node).collect();
    Ok(Resolved { node: first.node, kind: first.kind, others })
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = Vec::with_capacity(b.len() + 1);
    for (i, ca) in a.chars().enumerate() {
        cur.clear();
        cur.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::query::fixture::{self, small};
    use crate::kinds::EntityKind;

    fn labels(kg: &KnowledgeGraph, f: &[Found]) -> Vec<(String, MatchKind)> {
        f.iter().map(|f| (kg.node(f.node).label.clone(), f.kind)).collect()
    }

    #[test]
    fn case_and_accents_are_ignored() {
        let mut kg = KnowledgeGraph::new();
        fixture::entity(&mut kg, EntityKind::Person, "Andrés Felipe Ríos Montaño", &["Ríos Montaño"]);
        fixture::entity(&mut kg, EntityKind::Location, "Mexico", &[]);
        let f = find(&kg, "rios montano");
        assert_eq!(labels(&kg, &f), vec![("Andrés Felipe Ríos Montaño".into(), MatchKind::Alias)]);
        assert_eq!(f[0].name, "Ríos Montaño");
        assert_eq!(find(&kg, "ANDRES FELIPE RIOS MONTANO")[0].kind, MatchKind::Label);
        assert_eq!(find(&kg, "felipe rios")[0].kind, MatchKind::Words);
        assert_eq!(find(&kg, "monta")[0].kind, MatchKind::Substring);
        assert!(find(&kg, "montano rios").is_empty(), "words must be in order");
    }

    #[test]
    fn ranked_by_how_it_matched_then_mentions() {
        let mut kg = KnowledgeGraph::new();
        let a = fixture::entity(&mut kg, EntityKind::Person, "Juan Perez", &[]);
        fixture::entity(&mut kg, EntityKind::Person, "Perez", &[]);
        let c = fixture::entity(&mut kg, EntityKind::Person, "Maria Perez", &[]);
        let mut more = kg.node(c).clone();
        more.mentions.push(fixture::evidence("Maria Perez again"));
        kg.upsert_node(more);
        let f = find(&kg, "perez");
        assert_eq!(
            labels(&kg, &f),
            vec![
                ("Perez".into(), MatchKind::Label),
                ("Maria Perez".into(), MatchKind::Words),
                ("Juan Perez".into(), MatchKind::Words)
            ]
        );
        assert_eq!(f[2].node, a);
    }

    #[test]
    fn titles_match_last_and_periods_fold() {
        let mut kg = KnowledgeGraph::new();
        let w = fixture::entity(&mut kg, EntityKind::Person, "Wil Hale", &[]);
        let mut n = kg.node(w).clone();
        n.titles.insert("Attorney General".into());
        kg.upsert_node(n);
        fixture::entity(&mut kg, EntityKind::Location, "United States", &["U.S."]);
        assert_eq!(labels(&kg, &find(&kg, "attorney general")), vec![("Wil Hale".into(), MatchKind::Title)]);
        assert_eq!(labels(&kg, &find(&kg, "us")), vec![("United States".into(), MatchKind::Alias)]);
    }

    #[test]
    fn ids_and_events() {
        let s = small();
        let f = find(&s.kg, "event:d:dismissal:1");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].node, f[0].kind), (s.dismissal, MatchKind::Id));
        assert!(find(&s.kg, "dismissal").is_empty(), "event labels are not names");
        assert_eq!(resolve(&s.kg, "person:bo-berg").unwrap().node, s.bo);
    }

    #[test]
    fn resolve_picks_the_best_and_tells_the_rest() {
        let mut kg = KnowledgeGraph::new();
        fixture::entity(&mut kg, EntityKind::Person, "Ann Lee", &[]);
        fixture::entity(&mut kg, EntityKind::Organization, "Lee Group", &[]);
        let r = resolve(&kg, "lee").unwrap();
        assert_eq!(r.kind, MatchKind::Words);
        assert_eq!(kg.node(r.node).label, "Ann Lee");
        assert_eq!(r.others.len(), 1);
        assert_eq!(kg.node(r.others[0]).label, "Lee Group");
    }

    #[test]
    fn unknown_names_get_suggestions() {
        let s = small();
        let e = resolve(&s.kg, "Bo Burg").unwrap_err();
        assert_eq!(e.to_string(), "no entity matches 'Bo Burg'; did you mean 'Bo Berg'?");
        assert_eq!(suggest(&s.kg, "Acne", 3), vec!["Acme Corp".to_string()]);
        assert_eq!(suggest(&s.kg, "Nunes", 3), vec!["Ana Núñez".to_string()]);
        assert!(suggest(&s.kg, "zzzzzz", 3).is_empty());
        let e = resolve(&s.kg, "zzzzzz").unwrap_err();
        assert_eq!(e.to_string(), "no entity matches 'zzzzzz'");
    }

    #[test]
    fn quick_reject_agrees_with_folding() {
        let q = Query::new("barr");
        assert!(!q.may_match("William Smith"));
        assert!(q.may_match("WILLIAM BARR"));
        assert!(q.may_match("B.a.r.r"), "periods disable the quick reject");
        assert_eq!(q.against("B.a.r.r"), Some(MatchKind::Label));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
