//! `Article::parse` end to end, per article, on our sample article and on real news texts.
//!
//! `cargo bench --bench parse`. Throughput counts input bytes.

mod common;

use akhbar::{Article, Gazetteer};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    // Build the shared gazetteer outside the timing.
    let start = std::time::Instant::now();
    let g = Gazetteer::default_ref();
    eprintln!(
        "default gazetteer: {} entities, {} patterns, built in {:?}",
        g.len(),
        g.pattern_count(),
        start.elapsed()
    );
    let mut group = c.benchmark_group("parse");
    let sample = include_str!("../examples/data/sample-article.txt");
    let quotes = Article::parse(sample).quotes().len();
    assert!(quotes >= 15, "sample: {quotes} quotes");
    group.throughput(Throughput::Bytes(sample.len() as u64));
    group.bench_with_input(BenchmarkId::new("article", "sample"), sample, |b, t| {
        b.iter(|| {
            let a = Article::parse(black_box(t));
            assert_eq!(a.quotes().len(), quotes);
            a.mentions().len()
        })
    });
    if let Some(texts) = common::corpus_texts(4 << 20) {
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let expected: usize = texts.iter().map(|t| Article::parse(t).quotes().len()).sum();
        assert!(expected > 1000, "corpus: only {expected} quotes");
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_with_input(
            BenchmarkId::new("articles", "ant_multisource_4MB"),
            &texts,
            |b, texts| {
                b.iter(|| {
                    let q: usize = texts
                        .iter()
                        .map(|t| Article::parse(black_box(t)).quotes().len())
                        .sum();
                    assert_eq!(q, expected);
                    q
                })
            },
        );
    } else {
        eprintln!("../shared/corpus absent: corpus bench skipped");
    }
    group.finish();
    let mut group = c.benchmark_group("gazetteer");
    group.sample_size(10);
    // The embedded default alone loads its pre-built matcher (data/gazetteer/default.snapshot).
    group.bench_function("build_default", |b| {
        b.iter(|| {
            Gazetteer::builder()
                .add_defaults()
                .build()
                .expect("valid")
                .len()
        })
    });
    // The default plus a user's file (one entity) builds the whole matcher at run time.
    let mine = "kind\tid\tname_en\tname_ar\n\
                organization\tmy-agency\tMy Agency\tوكالتي للأنباء\n";
    group.bench_function("build_default_plus_user_file", |b| {
        b.iter(|| {
            Gazetteer::builder()
                .add_defaults()
                .add_str("mine.tsv", mine)
                .build()
                .expect("valid")
                .len()
        })
    });
    group.finish();
}

criterion_group!(name = group; config = Criterion::default().sample_size(20); targets = benches);
criterion_main!(group);
