//! The hot paths: tokenizer and normalizer, against `split_whitespace` as the yardstick.
//!
//! `cargo bench --bench tokenize`. Inputs: the sample article repeated to ~1 MB, and the first ~4 MB
//! of real news texts from `../shared/corpus/ant-multisource/articles.jsonl` when present.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;

fn bench_text(c: &mut Criterion, name: &str, text: &str, expected_tokens: Option<usize>) {
    let ws = text.split_whitespace().count();
    let tokens = akhbar::tokenize(text).count();
    if let Some(n) = expected_tokens {
        assert_eq!(tokens, n, "token count of {name}");
    }
    // Punctuation and breaks add tokens; a tokenizer that finds fewer than the words is broken.
    assert!(
        tokens >= ws,
        "{name}: {tokens} tokens < {ws} whitespace words"
    );

    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_with_input(BenchmarkId::new("akhbar_tokenize", name), text, |b, t| {
        b.iter(|| {
            let n = akhbar::tokenize(black_box(t)).count();
            assert_eq!(n, tokens);
            n
        })
    });
    g.bench_with_input(BenchmarkId::new("split_whitespace", name), text, |b, t| {
        b.iter(|| {
            let n = black_box(t).split_whitespace().count();
            assert_eq!(n, ws);
            n
        })
    });
    g.finish();

    let normalized_len = akhbar::normalize(text).as_str().len();
    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_with_input(BenchmarkId::new("matching", name), text, |b, t| {
        b.iter(|| {
            let n = akhbar::normalize(black_box(t));
            assert_eq!(n.as_str().len(), normalized_len);
            n.as_str().len()
        })
    });
    let display = akhbar::Normalizer::display();
    g.bench_with_input(BenchmarkId::new("display", name), text, |b, t| {
        b.iter(|| display.normalize(black_box(t)).as_str().len())
    });
    g.finish();

    // Tokenize + gazetteer matching: what entity extraction adds to tokenizing.
    let gaz = akhbar::Gazetteer::default_ref();
    let mentions = gaz.find(text).mentions.len();
    assert!(mentions > 0, "{name}: no entity found");
    let mut g = c.benchmark_group("tokenize_and_match");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_with_input(BenchmarkId::new("default_gazetteer", name), text, |b, t| {
        b.iter(|| {
            let n = akhbar::tokenize(black_box(t)).count();
            let m = gaz.find(black_box(t)).mentions.len();
            assert_eq!((n, m), (tokens, mentions));
            n + m
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    let (sample, reps) = common::sample_repeated(1 << 20);
    let per_article = akhbar::tokenize(include_str!("../examples/data/sample-article.txt")).count();
    // 380 tokens in the sample article; the separating newline merges into its final break.
    assert_eq!(per_article, 380);
    bench_text(c, "sample_1MB", &sample, Some(reps * per_article));
    match common::corpus_joined(4 << 20) {
        Some(corpus) => bench_text(c, "ant_multisource_4MB", &corpus, None),
        None => eprintln!("../shared/corpus absent: corpus benches skipped"),
    }
}

criterion_group!(name = group; config = Criterion::default().sample_size(30); targets = benches);
criterion_main!(group);
