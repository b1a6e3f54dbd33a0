//! Linear time on adversarial inputs: every family of `benches/common/adversarial.rs` parsed at
//! 1 MB and 10 MB. The 10 MB time must stay within 12x the 1 MB time; the bench prints the ratio
//! of the fastest of seven direct runs at each size after the run (`cargo bench --bench adversarial`)
//! and a verdict. With `AKHBAR_LINEAR_STRICT=1` a failed check fails the run (by default it does
//! not, so that `cargo bench` goes on to the other benches).

mod common;

use common::adversarial::FAMILIES;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Instant;

fn benches(c: &mut Criterion) {
    let _ = akhbar::Gazetteer::default_ref();
    let mut ratios = Vec::new();
    for (name, build) in FAMILIES {
        let mut g = c.benchmark_group(format!("adversarial/{name}"));
        g.sample_size(10);
        let mut fastest = Vec::new();
        for (label, size) in [("1MB", 1usize << 20), ("10MB", 10 << 20)] {
            let text = build(size);
            let tokens = akhbar::tokenize(&text).count();
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, t| {
                b.iter(|| {
                    let a = akhbar::Article::parse(black_box(t));
                    assert_eq!(a.tokens().len(), tokens);
                    a.quotes().len()
                })
            });
            // The fastest of a few direct runs, for the ratio report (the least disturbed by other
            // load on the machine).
            let mut times: Vec<f64> = (0..7)
                .map(|_| {
                    let t = Instant::now();
                    black_box(akhbar::Article::parse(black_box(&text)).quotes().len());
                    t.elapsed().as_secs_f64()
                })
                .collect();
            times.sort_by(f64::total_cmp);
            fastest.push(times[0]);
        }
        g.finish();
        let ratio = fastest[1] / fastest[0];
        ratios.push((*name, fastest[0], fastest[1], ratio));
    }
    eprintln!("\nlinear-time check (10 MB time / 1 MB time, limit 12):");
    for (name, a, b, r) in &ratios {
        eprintln!(
            "  {name:<24} {:>9.2} ms {:>9.2} ms  x{r:.1}",
            a * 1e3,
            b * 1e3
        );
    }
    let over: Vec<&str> = ratios.iter().filter(|r| r.3 > 12.0).map(|r| r.0).collect();
    if over.is_empty() {
        eprintln!("linear-time check: passed");
        return;
    }
    eprintln!("linear-time check: FAILED, 10 MB took more than 12x the 1 MB time: {over:?}");
    // Failing here would stop `cargo bench` before the other benches run; set
    // AKHBAR_LINEAR_STRICT=1 to make the check fail the run.
    assert!(
        std::env::var_os("AKHBAR_LINEAR_STRICT").is_none(),
        "10 MB took more than 12x the 1 MB time: {over:?}"
    );
}

criterion_group!(group, benches);
criterion_main!(group);
