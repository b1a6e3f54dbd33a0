//! Bench inputs shared by the bench targets.
#![allow(dead_code)]

pub mod adversarial;

use std::path::Path;

/// The shipped sample article (our own text) repeated to about `bytes`.
pub fn sample_repeated(bytes: usize) -> (String, usize) {
    let one = include_str!("../../examples/data/sample-article.txt");
    let reps = bytes.div_ceil(one.len());
    let mut s = String::with_capacity(reps * (one.len() + 1));
    for _ in 0..reps {
        s.push_str(one);
        s.push('\n');
    }
    (s, reps)
}

/// The article texts of `../shared/corpus/ant-multisource/articles.jsonl` (real news), up to about
/// `bytes`, one per paragraph-separated block; `None` where the corpus is absent.
pub fn corpus_texts(bytes: usize) -> Option<Vec<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/ant-multisource/articles.jsonl");
    let data = std::fs::read_to_string(path).ok()?;
    let mut out = Vec::new();
    let mut total = 0;
    for line in data.lines() {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let text = v.get("text")?.as_str()?.to_string();
        total += text.len();
        out.push(text);
        if total >= bytes {
            break;
        }
    }
    Some(out)
}

/// The corpus texts joined into one string (articles separated by a blank line).
pub fn corpus_joined(bytes: usize) -> Option<String> {
    corpus_texts(bytes).map(|v| v.join("\n\n"))
}
