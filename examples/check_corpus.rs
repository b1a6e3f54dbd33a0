//! Runs every article of the shared news corpora through the invariant checks the fuzz targets use
//! (spans in bounds and on char boundaries, `text == &input[span]`, order, nesting, the offset map):
//! a regression net on real text. Needs `../shared/corpus/` (skipped, exit 0, when absent); CI runs
//! it.
//!
//! ```sh
//! cargo run --release --example check_corpus
//! ```

#[path = "../tests/common/invariants.rs"]
#[allow(dead_code)]
mod invariants;

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !root.is_dir() {
        println!("check_corpus: ../shared/corpus absent, skipped");
        return;
    }
    let t = std::time::Instant::now();
    let (mut articles, mut bytes) = (0usize, 0usize);
    for corpus in ["ant-multisource", "saudinewsnet", "ant-jawharafm"] {
        let path = root.join(corpus).join("articles.jsonl");
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("check_corpus: {} absent, skipped", path.display());
            continue;
        };
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(text) = v["text"].as_str() else {
                continue;
            };
            // Each check panics with the failing span and the reason.
            invariants::check_parse(text);
            invariants::check_normalize(text);
            invariants::check_tokenize(text);
            articles += 1;
            bytes += text.len();
        }
    }
    println!(
        "check_corpus: {articles} articles ({:.1} MB) pass the parse, normalize and tokenize invariants in {:.1} s",
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
}
