//! Build speed per stage on the fixture articles (criterion, `harness = false`).
//!
//! One group per stage of a corpus build, each over the articles in `tests/fixtures/corpus/`
//! (the same text for every stage, so the throughput figures compare):
//! - `segment`: `Document::new` (front matter, clutter, sentences, tokens);
//! - `extract`: the extraction pipeline on segmented documents;
//! - `graph`: one graph per document from its annotations (`KnowledgeGraph::add`);
//! - `merge`: the per-document graphs of 64 copies of the articles (distinct ids) absorbed
//!   into one corpus graph;
//! - `resolve`: cross-document entity resolution of that corpus graph;
//! - `export`: the corpus graph written as JSON and as a JSON line (`export::jsonl`).
//!
//! Whole-process figures (MB/s over a 100 MB corpus, peak memory) come from
//! `scripts/bench_build.sh`; see `docs/performance.md`. CI only compiles this.

// criterion_group! defines an undocumented public function.
#![allow(missing_docs)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use newsgraph::extract::{Annotations, Context, Lexicon, Pipeline};
use newsgraph::graph::resolve::{self, ResolveOptions};
use newsgraph::{Document, KnowledgeGraph};

fn articles() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("fixtures").map(|e| e.expect("entry").path()).collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let id = p.file_stem().expect("stem").to_string_lossy().into_owned();
            (id, std::fs::read_to_string(&p).expect("fixture text"))
        })
        .collect()
}

fn stages(c: &mut Criterion) {
    let arts = articles();
    let bytes: u64 = arts.iter().map(|(_, t)| t.len() as u64).sum();
    let lexicon = Lexicon::standard();
    let cx = Context { lexicon, cooccurrence: false };
    let pipeline = Pipeline::english();
    let docs: Vec<Document> = arts.iter().map(|(id, t)| Document::new(id.clone(), t.clone())).collect();
    let anns: Vec<Annotations> = docs.iter().map(|d| pipeline.run(d, &cx).expect("extracts")).collect();

    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("fixtures", |b| {
        b.iter(|| arts.iter().map(|(id, t)| Document::new(id.clone(), t.clone()).tokens().len()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("fixtures", |b| {
        b.iter(|| docs.iter().map(|d| pipeline.run(d, &cx).expect("extracts").entities.len()).sum::<usize>())
    });
    g.finish();

    let mut g = c.benchmark_group("graph");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("fixtures", |b| {
        b.iter(|| {
            docs.iter()
                .zip(&anns)
                .map(|(d, a)| {
                    let mut kg = KnowledgeGraph::new();
                    kg.add(d, a);
                    kg.node_count()
                })
                .sum::<usize>()
        })
    });
    g.finish();

    // 64 copies of every article under distinct ids: what a corpus of repeated articles merges.
    let copies = 64;
    let parts: Vec<KnowledgeGraph> = (0..copies)
        .flat_map(|k| {
            arts.iter().zip(&anns).map(move |((id, t), a)| {
                let d = Document::new(format!("{id}-{k}"), t.clone());
                let mut kg = KnowledgeGraph::new();
                kg.add(&d, a);
                kg
            })
        })
        .collect();
    let corpus_bytes = bytes * copies;
    let mut g = c.benchmark_group("merge");
    g.throughput(Throughput::Bytes(corpus_bytes));
    g.sample_size(10);
    g.bench_function("absorb", |b| {
        b.iter_batched(
            || parts.clone(),
            |parts| {
                let mut corpus = KnowledgeGraph::new();
                for p in parts {
                    corpus.absorb(p);
                }
                corpus.node_count()
            },
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();

    let mut corpus = KnowledgeGraph::new();
    for p in parts {
        corpus.absorb(p);
    }
    let mut g = c.benchmark_group("resolve");
    g.throughput(Throughput::Bytes(corpus_bytes));
    g.sample_size(10);
    g.bench_function("clusters", |b| b.iter(|| resolve::clusters(black_box(&corpus), ResolveOptions::default())));
    g.bench_function("resolve", |b| {
        b.iter_batched(
            || corpus.clone(),
            |kg| resolve::resolve(kg, ResolveOptions::default()).node_count(),
            criterion::BatchSize::LargeInput,
        )
    });
    g.finish();

    let mut g = c.benchmark_group("export");
    g.throughput(Throughput::Bytes(corpus_bytes));
    g.sample_size(10);
    g.bench_function("json", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            newsgraph::export::json::write(black_box(&corpus), &mut out).expect("writes");
            out.len()
        })
    });
    g.bench_function("jsonl", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            newsgraph::export::jsonl::write_line(black_box(&corpus), &mut out).expect("writes");
            out.len()
        })
    });
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
