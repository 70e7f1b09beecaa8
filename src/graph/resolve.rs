//! Cross-document entity resolution: one node for one actor named differently in different
//! articles ("Arkwell" here, "Tomas Arkwell Brandt" there).
//!
//! Reads the entity nodes of a merged corpus graph (type, label, aliases, titles, and the
//! entities they share events or relations with); writes the same graph with the nodes judged
//! to be one actor merged under one id. It runs as a canonicalization step over the final graph,
//! never while documents are added: the decisions depend only on the set of nodes and edges,
//! not on the order documents came in, so a parallel, sharded or incremental build resolves the
//! same way as a sequential one.
//!
//! The rules, for two entity nodes of the same type, a short `s` and a longer `l`:
//! - **name compatibility** (persons): the name tokens of `s` (accents folded, lower case) are a
//!   proper subsequence of those of `l`, and `s` is not just `l`'s given name ("Arkwell",
//!   "Tomas Arkwell" ⊂ "Tomas Arkwell Brandt"; "Salvador" alone is not);
//! - **shared alias** (any type): the label of `s` is an alias of `l` ("DEA" and the node of
//!   "Drug Enforcement Administration" whose alias is "DEA");
//! - **unambiguous**: every candidate `l` of `s` must be compatible with every other one. A
//!   short form that fits two people ("Garcia" with "Juan Garcia" and "Pedro Garcia") stays
//!   apart, and so do the full names; two full names that differ in a given name never match;
//! - **support** for a single-token person name (a bare surname): besides the name, `s` and `l`
//!   must share a title or a co-participant (an entity that is not a place, linked to both
//!   through an event or a relation). A bare surname is the weakest evidence of all.
//!
//! Accepted pairs are joined with a union-find; each cluster takes the id of its member with the
//! longest label (then the smallest), which is `type:slug(label)` of the merged node, so ids
//! stay what a build gives them. Merging can reveal new aliases, so rounds repeat until nothing
//! changes: resolving a resolved graph changes nothing.
//!
//! Flow: merged corpus graph -> **resolve** -> exporters.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::unionfind::UnionFind;
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::model::{Edge, EdgeLabel, Node, NodeKind, NodeType};
use super::{KnowledgeGraph, slug};
use crate::kinds::{EntityKind, EventKind, Role};

/// How to resolve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolveOptions {
    /// Require a shared title or co-participant before a bare surname joins a full name.
    pub surname_support: bool,
}

impl Default for ResolveOptions {
    fn default() -> Self {
        ResolveOptions { surname_support: true }
    }
}

/// What resolution knows of one entity node.
struct Entry<'a> {
    id: &'a str,
    kind: EntityKind,
    label: &'a str,
    tokens: Vec<String>,
    aliases: BTreeSet<String>,
    titles: BTreeSet<String>,
    neighbours: BTreeSet<usize>,
}

/// The clusters of entity ids that resolution merges (only clusters of two or more), each
/// sorted, the cluster's id first.
///
/// # Complexity
/// O(N log N + Σ p) for N entity nodes, where p is, for each node, the number of nodes of the
/// same type that contain its rarest name token (each checked in time linear in the names),
/// plus O(Σ a²) over events with a participants for the co-participant sets.
pub fn clusters(kg: &KnowledgeGraph, opts: ResolveOptions) -> Vec<Vec<String>> {
    let entries = entries(kg);
    let mut by_token: HashMap<(EntityKind, &str), Vec<usize>> = HashMap::new();
    let mut by_alias: HashMap<(EntityKind, &str), Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if e.kind == EntityKind::Person {
            for t in e.tokens.iter().collect::<BTreeSet<_>>() {
                by_token.entry((e.kind, t.as_str())).or_default().push(i);
            }
        }
        for a in &e.aliases {
            by_alias.entry((e.kind, a.as_str())).or_default().push(i);
        }
    }
    let mut uf = UnionFind::<usize>::new(entries.len());
    for (i, s) in entries.iter().enumerate() {
        let mut cands: BTreeSet<usize> = BTreeSet::new();
        if s.kind == EntityKind::Person && !s.tokens.is_empty() {
            let rarest = s
                .tokens
                .iter()
                .min_by_key(|t| by_token.get(&(s.kind, t.as_str())).map_or(0, Vec::len))
                .map(String::as_str)
                .unwrap_or_default();
            for &j in by_token.get(&(s.kind, rarest)).into_iter().flatten() {
                if j != i && shortens(&s.tokens, &entries[j].tokens) {
                    cands.insert(j);
                }
            }
        }
        let own = slug(s.label);
        for &j in by_alias.get(&(s.kind, own.as_str())).into_iter().flatten() {
            if j != i && slug(entries[j].label) != own {
                cands.insert(j);
            }
        }
        if cands.is_empty() {
            continue;
        }
        let list: Vec<usize> = cands.iter().copied().collect();
        let ambiguous =
            list.iter().enumerate().any(|(k, &a)| list[k + 1..].iter().any(|&b| !compatible(&entries[a], &entries[b])));
        if ambiguous {
            continue;
        }
        if opts.surname_support
            && s.kind == EntityKind::Person
            && s.tokens.len() == 1
            && !list.iter().any(|&j| supported(s, &entries[j]))
        {
            continue;
        }
        for j in list {
            uf.union(i, j);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..entries.len() {
        groups.entry(uf.find(i)).or_default().push(i);
    }
    let mut out: Vec<Vec<String>> = groups
        .into_values()
        .filter(|g| g.len() > 1)
        .map(|g| {
            let rep = representative(&entries, &g);
            let mut ids: Vec<String> = g.iter().filter(|&&k| k != rep).map(|&k| entries[k].id.to_string()).collect();
            ids.sort();
            ids.insert(0, entries[rep].id.to_string());
            ids
        })
        .collect();
    out.sort();
    out
}

/// Merges the nodes that name one actor (see the module documentation), in rounds until none
/// is left to merge. Resolving the result again changes nothing.
///
/// # Complexity
/// Each round costs [`clusters`] plus O((N + E) log N) to rebuild the graph; the number of
/// rounds is small (each round removes at least one node; in practice one or two rounds).
pub fn resolve(mut kg: KnowledgeGraph, opts: ResolveOptions) -> KnowledgeGraph {
    while let Some(rename) = round(&kg, opts) {
        kg = kg.renamed(&rename);
    }
    kg
}

/// One round of resolution: old id -> new id for every entity that merges into another, or
/// `None` when nothing merges.
fn round(kg: &KnowledgeGraph, opts: ResolveOptions) -> Option<BTreeMap<String, String>> {
    let cl = clusters(kg, opts);
    if cl.is_empty() {
        return None;
    }
    let mut rename = BTreeMap::new();
    for c in cl {
        let (rep, rest) = c.split_first().expect("clusters have two or more ids");
        for id in rest {
            rename.insert(id.clone(), rep.clone());
        }
    }
    Some(rename)
}

/// What resolution reads of a graph, and nothing else: its entity nodes without mentions or
/// attributes, the relations between them without evidence, and for every two entities that
/// take part in one event a stand-in event node linked to both. [`clusters`] gives the same
/// clusters for the summary as for the graph, summaries of parts absorb into the summary of the
/// whole (`KnowledgeGraph::absorb`), and renaming commutes with summarizing. So an out-of-core
/// build keeps only the summary of the corpus graph, and [`renames`] on it tells how the full
/// graph resolves.
///
/// # Complexity
/// O((N + E) log N + Σ a²) for events with a entity participants.
pub fn summary(kg: &KnowledgeGraph) -> KnowledgeGraph {
    let g = kg.petgraph();
    let mut out = KnowledgeGraph::new();
    let mut pos: HashMap<petgraph::stable_graph::NodeIndex, petgraph::stable_graph::NodeIndex> = HashMap::new();
    for (i, n) in kg.nodes() {
        if n.entity_kind().is_none() {
            continue;
        }
        let entity = Node {
            id: n.id.clone(),
            ty: n.ty,
            label: n.label.clone(),
            aliases: n.aliases.clone(),
            titles: n.titles.clone(),
            attributes: BTreeSet::new(),
            mentions: Vec::new(),
            event: None,
        };
        pos.insert(i, out.upsert_node(entity));
    }
    for e in g.edge_references() {
        if let (EdgeLabel::Relation(_), Some(&a), Some(&b)) =
            (e.weight().label, pos.get(&e.source()), pos.get(&e.target()))
        {
            out.upsert_edge(a, b, Edge { label: e.weight().label, evidence: Vec::new() });
        }
    }
    for (i, n) in kg.nodes() {
        if n.kind() != NodeKind::Event {
            continue;
        }
        let parts: BTreeSet<&str> =
            g.edges(i).filter(|e| pos.contains_key(&e.target())).map(|e| g[e.target()].id.as_str()).collect();
        for (k, &a) in parts.iter().enumerate() {
            for &b in parts.iter().skip(k + 1) {
                let pair = out.upsert_node(Node {
                    id: format!("~pair {a} {b}"),
                    ty: NodeType::Event(EventKind::Meet),
                    label: String::new(),
                    aliases: BTreeSet::new(),
                    titles: BTreeSet::new(),
                    attributes: BTreeSet::new(),
                    mentions: Vec::new(),
                    event: None,
                });
                for x in [a, b] {
                    let x = out.find(x).expect("entity nodes are in the summary");
                    out.upsert_edge(pair, x, Edge { label: EdgeLabel::Role(Role::Participant), evidence: Vec::new() });
                }
            }
        }
    }
    out
}

/// How the graph `summary` summarizes resolves: old id -> final id for every entity that merges
/// into another, over all rounds of [`resolve`]. Renaming the full graph by it once
/// (`KnowledgeGraph::renamed`) gives what [`resolve`] gives.
pub fn renames(mut summary: KnowledgeGraph, opts: ResolveOptions) -> BTreeMap<String, String> {
    let mut total: BTreeMap<String, String> = BTreeMap::new();
    while let Some(rename) = round(&summary, opts) {
        for to in total.values_mut() {
            if let Some(r) = rename.get(to) {
                to.clone_from(r);
            }
        }
        for (from, to) in &rename {
            total.entry(from.clone()).or_insert_with(|| to.clone());
        }
        summary = summary.renamed(&rename);
    }
    total
}

/// The member whose label wins when nodes merge: the longest, then the smallest (as
/// `build::merge_node` chooses), then the smallest id.
fn representative(entries: &[Entry<'_>], group: &[usize]) -> usize {
    *group
        .iter()
        .max_by(|&&a, &&b| {
            let (x, y) = (&entries[a], &entries[b]);
            (x.label.chars().count(), std::cmp::Reverse(x.label), std::cmp::Reverse(x.id)).cmp(&(
                y.label.chars().count(),
                std::cmp::Reverse(y.label),
                std::cmp::Reverse(y.id),
            ))
        })
        .expect("a cluster is not empty")
}

fn entries(kg: &KnowledgeGraph) -> Vec<Entry<'_>> {
    let mut pos: HashMap<petgraph::stable_graph::NodeIndex, usize> = HashMap::new();
    let mut entries = Vec::new();
    for (i, n) in kg.nodes() {
        let Some(kind) = n.entity_kind() else { continue };
        pos.insert(i, entries.len());
        let tokens = if kind == EntityKind::Person { tokens(&n.label) } else { Vec::new() };
        entries.push(Entry {
            id: &n.id,
            kind,
            label: &n.label,
            tokens,
            aliases: n.aliases.iter().map(|a| slug(a)).collect(),
            titles: n.titles.iter().map(|t| slug(t)).collect(),
            neighbours: BTreeSet::new(),
        });
    }
    let g = kg.petgraph();
    let linkable = |k: usize, entries: &[Entry<'_>]| entries[k].kind != EntityKind::Location;
    for e in g.edge_references() {
        if let (EdgeLabel::Relation(_), Some(&a), Some(&b)) =
            (e.weight().label, pos.get(&e.source()), pos.get(&e.target()))
        {
            if a != b {
                if linkable(b, &entries) {
                    entries[a].neighbours.insert(b);
                }
                if linkable(a, &entries) {
                    entries[b].neighbours.insert(a);
                }
            }
        }
    }
    for (i, n) in kg.nodes() {
        if n.kind() != NodeKind::Event {
            continue;
        }
        let parts: BTreeSet<usize> = g.edges(i).filter_map(|e| pos.get(&e.target()).copied()).collect();
        for &a in &parts {
            for &b in &parts {
                if a != b && linkable(b, &entries) {
                    entries[a].neighbours.insert(b);
                }
            }
        }
    }
    entries
}

/// Name tokens: the slug's words ("Andrés Ríos" -> ["andres", "rios"]).
fn tokens(label: &str) -> Vec<String> {
    slug(label).split('-').filter(|t| !t.is_empty()).map(str::to_string).collect()
}

/// True when `short` names the person `long` names: a proper subsequence of its tokens that is
/// not just its first (given) name.
fn shortens(short: &[String], long: &[String]) -> bool {
    if short.is_empty() || short.len() >= long.len() || short.last() == long.first() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|t| it.any(|u| u == t))
}

/// True when two candidates can be one actor: one shortens the other, one's label is the
/// other's alias, or they have the same name.
fn compatible(a: &Entry<'_>, b: &Entry<'_>) -> bool {
    let (sa, sb) = (slug(a.label), slug(b.label));
    sa == sb
        || shortens(&a.tokens, &b.tokens)
        || shortens(&b.tokens, &a.tokens)
        || a.aliases.contains(&sb)
        || b.aliases.contains(&sa)
}

/// A shared title or co-participant.
fn supported(s: &Entry<'_>, l: &Entry<'_>) -> bool {
    s.titles.intersection(&l.titles).next().is_some() || s.neighbours.intersection(&l.neighbours).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::text::Document;

    fn build(docs: &[(&str, &str)]) -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        for (id, t) in docs {
            let d = Document::new(*id, *t);
            g.add(&d, &extract(&d));
        }
        g
    }

    fn toks(s: &str) -> Vec<String> {
        tokens(s)
    }

    #[test]
    fn short_forms_are_subsequences_not_given_names() {
        let long = toks("Tomas Arkwell Brandt");
        assert!(shortens(&toks("Arkwell"), &long));
        assert!(shortens(&toks("Tomas Arkwell"), &long));
        assert!(shortens(&toks("Arkwell Brandt"), &long));
        assert!(!shortens(&toks("Salvador"), &long));
        assert!(!shortens(&toks("Brandt Arkwell"), &long));
        assert!(!shortens(&long, &long));
        assert!(!shortens(&toks("Pedro Arkwell"), &long));
    }

    #[test]
    fn full_name_and_surname_with_a_shared_title_merge() {
        let g = build(&[
            ("a", "Former Defense Secretary Tomas Arkwell Brandt was arrested in Los Angeles."),
            ("b", "Former Defense Secretary Arkwell was released in Mexico City."),
        ]);
        let cl = clusters(&g, ResolveOptions::default());
        assert!(
            cl.iter().any(|c| c[0] == "person:tomas-arkwell-brandt" && c.contains(&"person:arkwell".into())),
            "{cl:?}"
        );
        let r = resolve(g, ResolveOptions::default());
        assert!(r.find("person:arkwell").is_none());
        let n = r.node(r.find("person:tomas-arkwell-brandt").unwrap());
        assert_eq!(n.documents().into_iter().collect::<Vec<_>>(), ["a", "b"]);
        assert!(n.aliases.contains("Arkwell"));
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let g = build(&[
            ("a", "Police arrested Juan Garcia Rocha in Lima on Monday."),
            ("b", "Police arrested Pedro Garcia Rocha in Lima on Monday."),
            ("c", "Police said Garcia Rocha was arrested in Lima."),
        ]);
        let r = resolve(g, ResolveOptions::default());
        for id in ["person:juan-garcia-rocha", "person:pedro-garcia-rocha", "person:garcia-rocha"] {
            assert!(r.find(id).is_some(), "{id} should stay");
        }
    }

    #[test]
    fn resolving_twice_changes_nothing() {
        let g = build(&[
            ("a", "Former Defense Secretary Tomas Arkwell Brandt was arrested in Los Angeles."),
            ("b", "Former Defense Secretary Arkwell was released in Mexico City."),
            ("c", "Tomas Arkwell met the president in Mexico City."),
        ]);
        let once = resolve(g, ResolveOptions::default());
        let n = (once.node_count(), once.edge_count());
        let twice = resolve(once, ResolveOptions::default());
        assert_eq!((twice.node_count(), twice.edge_count()), n);
        assert!(clusters(&twice, ResolveOptions::default()).is_empty());
    }
}
