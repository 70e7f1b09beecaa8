//! Query speed on a generated graph of 1M nodes and 5M edges (criterion, `harness = false`).
//!
//! The graph is generated in code from a fixed seed (600,000 entities, 400,000 events with two
//! to six participants each, the rest entity-entity relations; endpoints drawn with a skew so
//! that a few actors are hubs, as countries and agencies are in news), written as the JSON that
//! `build` writes, and read back the way `newsgraph query` reads it. Measured: loading that
//! file, and its `--cache` snapshot; `neighbors` (a typical actor, a hub, two steps); `path`
//! between typical actors and to a hub; name resolution; and `top --by pagerank` (actor graph
//! included). Figures: `docs/performance.md`.
//!
//! `NEWSGRAPH_BENCH_SCALE=0.01 cargo bench --bench query` runs the same on a graph 100 times
//! smaller. CI only compiles this (`cargo bench --no-run`).

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

// The allocator of the `newsgraph` binary, so that loading is measured as `query` does it.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use newsgraph::graph::query::{self, ActorGraph, Centrality, NeighborOptions};
use newsgraph::graph::{DocInfo, Edge, EdgeLabel, EventInfo, Evidence, KnowledgeGraph, Node, NodeType, Time};
use newsgraph::kinds::{EntityKind, EventKind, Modality, RelationKind, Role};
use petgraph::stable_graph::NodeIndex;

/// splitmix64: small, fast, and the same numbers everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Skewed towards 0: P(i) falls like 1/sqrt(i), so the first few are hubs.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * n as f64) as usize).min(n - 1)
    }
}

const KINDS: [EntityKind; 5] =
    [EntityKind::Person, EntityKind::Organization, EntityKind::Location, EntityKind::Group, EntityKind::Other];

fn entity_kind(i: usize) -> EntityKind {
    // 40% people, 25% organizations, 15% places, 10% groups, 10% other.
    match i % 20 {
        0..=7 => KINDS[0],
        8..=12 => KINDS[1],
        13..=15 => KINDS[2],
        16..=17 => KINDS[3],
        _ => KINDS[4],
    }
}

fn label(i: usize) -> String {
    let k = entity_kind(i).as_str();
    format!("{}{} {i:07}", k[..1].to_uppercase(), &k[1..])
}

fn ev(doc: usize, text: String) -> Evidence {
    Evidence { doc: format!("doc-{doc:06}").into(), start: 100, end: 100 + text.chars().count(), text: text.into() }
}

/// A graph of `nodes` nodes (60% entities) and exactly `edges` edges.
fn generate(nodes: usize, edges: usize) -> KnowledgeGraph {
    let mut rng = Rng(0x5EED);
    let entities = nodes * 6 / 10;
    let events = nodes - entities;
    let docs = (events / 4).max(1);
    let mut kg = KnowledgeGraph::new();
    for d in 0..docs {
        kg.add_document_info(DocInfo {
            id: format!("doc-{d:06}"),
            date: Some(format!("2020-{:02}-{:02}", 1 + d % 12, 1 + d % 28)),
            ..Default::default()
        });
    }
    let mut ids: Vec<NodeIndex> = Vec::with_capacity(nodes);
    for i in 0..entities {
        let k = entity_kind(i);
        let l = label(i);
        let aliases: BTreeSet<String> =
            if i % 3 == 0 { BTreeSet::from([format!("{}{i}", &l[..1])]) } else { BTreeSet::new() };
        ids.push(kg.upsert_node(Node {
            id: format!("{}:{}", k.as_str(), newsgraph::graph::slug(&l)),
            ty: NodeType::Entity(k),
            label: l.clone(),
            aliases,
            titles: BTreeSet::new(),
            attributes: BTreeSet::new(),
            mentions: vec![ev(i % docs, l)],
            event: None,
        }));
    }
    let mut added = 0;
    for j in 0..events {
        let kind = EventKind::ALL[j % EventKind::ALL.len()];
        let doc = j / 4;
        let e = kg.upsert_node(Node {
            id: format!("event:doc-{doc:06}:{}:{}", kind.as_str(), j % 4 + 1),
            ty: NodeType::Event(kind),
            label: format!("{} {j}", kind.as_str()),
            aliases: BTreeSet::new(),
            titles: BTreeSet::new(),
            attributes: BTreeSet::new(),
            mentions: vec![ev(doc, kind.as_str().to_string())],
            event: Some(EventInfo {
                modality: Modality::Asserted,
                time: (j % 2 == 0).then(|| Time {
                    evidence: ev(doc, "last month".into()),
                    value: Some(format!("2020-{:02}", 1 + j % 12)),
                }),
                source: None,
            }),
        });
        let participants = 2 + rng.below(5);
        for p in 0..participants {
            let who = ids[rng.skewed(entities)];
            let role = Role::ALL[if p < 2 { p } else { rng.below(Role::ALL.len()) }];
            let text = format!(
                "In this report, {} took part in the {} as its {}, officials said on {}.",
                kg.node(who).label,
                kind.as_str(),
                role.as_str(),
                ["Monday", "Tuesday", "Friday"][p % 3]
            );
            let before = kg.edge_count();
            kg.upsert_edge(e, who, Edge { label: EdgeLabel::Role(role), evidence: vec![ev(doc, text)] });
            added += kg.edge_count() - before;
        }
        ids.push(e);
    }
    while added < edges {
        let a = rng.below(entities);
        let b = rng.skewed(entities);
        if a == b {
            continue;
        }
        let r = RelationKind::ALL[rng.below(RelationKind::ALL.len() - 2)];
        let text = format!(
            "{} and {} are linked ({}), according to documents seen by reporters.",
            kg.node(ids[a]).label,
            kg.node(ids[b]).label,
            r.as_str()
        );
        let before = kg.edge_count();
        kg.upsert_edge(ids[a], ids[b], Edge { label: EdgeLabel::Relation(r), evidence: vec![ev(a % docs, text)] });
        added += kg.edge_count() - before;
    }
    kg
}

/// What `newsgraph query` does before answering.
fn load(path: &Path) -> KnowledgeGraph {
    let bytes = std::fs::read(path).expect("the generated graph file");
    let text = String::from_utf8(bytes).expect("UTF-8");
    newsgraph::export::json::read(&text, path).expect("a readable graph")
}

fn scale() -> f64 {
    std::env::var("NEWSGRAPH_BENCH_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1.0)
}

/// What `newsgraph query --cache` does before answering, once the snapshot exists.
fn load_snapshot(path: &Path) -> KnowledgeGraph {
    newsgraph::graph::snapshot::read_file(path, "bench").expect("a readable snapshot").expect("a fresh snapshot")
}

/// Generates the graph and writes it once as JSON and as a snapshot; returns both files.
fn graph_files() -> (PathBuf, PathBuf) {
    let (nodes, edges) = ((1_000_000.0 * scale()) as usize, (5_000_000.0 * scale()) as usize);
    let path = std::env::temp_dir().join(format!("newsgraph-bench-{nodes}-{edges}.json"));
    let t = Instant::now();
    let kg = generate(nodes, edges);
    eprintln!("generated {} nodes, {} edges in {:.1?}", kg.node_count(), kg.edge_count(), t.elapsed());
    let t = Instant::now();
    newsgraph::export::write_graph_file(&kg, newsgraph::export::Format::Json, &path).expect("writing the graph");
    let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    eprintln!("wrote {} ({:.0} MiB) in {:.1?}", path.display(), size as f64 / 1048576.0, t.elapsed());
    let snap = path.with_extension("ngsnap");
    let t = Instant::now();
    newsgraph::export::write_file(&snap, |w| newsgraph::graph::snapshot::write(&kg, "bench", w)).expect("a snapshot");
    let size = std::fs::metadata(&snap).map(|m| m.len()).unwrap_or(0);
    eprintln!("wrote {} ({:.0} MiB) in {:.1?}", snap.display(), size as f64 / 1048576.0, t.elapsed());
    (path, snap)
}

/// Entities by degree: a typical one (the median) and the biggest hub.
fn picks(kg: &KnowledgeGraph) -> (NodeIndex, NodeIndex, NodeIndex) {
    let g = kg.petgraph();
    let mut by_degree: Vec<(usize, NodeIndex)> = kg
        .nodes()
        .filter(|(_, n)| n.entity_kind().is_some())
        .map(|(i, _)| (g.edges_directed(i, petgraph::Direction::Incoming).count() + g.edges(i).count(), i))
        .collect();
    by_degree.sort();
    let n = by_degree.len();
    (by_degree[n / 2].1, by_degree[n / 2 + n / 7].1, by_degree[n - 1].1)
}

fn benches(c: &mut Criterion) {
    let (path, snap) = graph_files();
    let mut group = c.benchmark_group("load");
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .measurement_time(Duration::from_secs(60))
        .warm_up_time(Duration::from_secs(1));
    group.bench_function("json_file", |b| b.iter_with_large_drop(|| load(black_box(&path))));
    group.bench_function("snapshot_file", |b| b.iter_with_large_drop(|| load_snapshot(black_box(&snap))));
    group.finish();

    let kg = load_snapshot(&snap);
    let (typical, other, hub) = picks(&kg);
    eprintln!(
        "typical actor {} (degree {}), hub {} (degree {})",
        kg.node(typical).id,
        kg.petgraph().edges_directed(typical, petgraph::Direction::Incoming).count()
            + kg.petgraph().edges(typical).count(),
        kg.node(hub).id,
        kg.petgraph().edges_directed(hub, petgraph::Direction::Incoming).count() + kg.petgraph().edges(hub).count(),
    );
    let one = NeighborOptions::default();
    let two = NeighborOptions { depth: 2, ..Default::default() };
    let mut group = c.benchmark_group("neighbors");
    group.bench_function("typical_depth1", |b| b.iter(|| query::neighbors::neighbors(&kg, black_box(typical), &one)));
    group.bench_function("hub_depth1", |b| b.iter(|| query::neighbors::neighbors(&kg, black_box(hub), &one)));
    group.sample_size(20);
    group.bench_function("typical_depth2", |b| b.iter(|| query::neighbors::neighbors(&kg, black_box(typical), &two)));
    group.finish();

    let mut group = c.benchmark_group("path");
    group.bench_function("typical_to_typical", |b| {
        b.iter(|| query::path::shortest_path(&kg, black_box(typical), black_box(other), None))
    });
    group.bench_function("typical_to_hub", |b| {
        b.iter(|| query::path::shortest_path(&kg, black_box(typical), black_box(hub), None))
    });
    group.finish();

    let name = kg.node(typical).label.clone();
    let mut group = c.benchmark_group("resolve");
    group.sample_size(10);
    group.bench_function("by_id", |b| b.iter(|| query::find::resolve(&kg, black_box(&kg.node(typical).id))));
    group.bench_function("by_name", |b| b.iter(|| query::find::resolve(&kg, black_box(&name))));
    group.finish();

    let mut group = c.benchmark_group("top");
    group.sample_size(10).sampling_mode(SamplingMode::Flat).measurement_time(Duration::from_secs(30));
    group.bench_function("actor_graph", |b| b.iter_with_large_drop(|| ActorGraph::new(&kg)));
    group.bench_function("pagerank_top10", |b| {
        b.iter(|| {
            let ag = ActorGraph::new(&kg);
            query::centrality::top(&kg, &ag, Centrality::PageRank, None, 10)
        })
    });
    group.finish();
}

criterion_group!(query_benches, benches);
criterion_main!(query_benches);
