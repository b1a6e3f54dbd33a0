//! Builds a gazetteer of 100,000 synthetic people (plus the default), reports the build time and
//! the size of what was built, and matches a text. Run under `/usr/bin/time -v` for peak memory:
//!
//! ```text
//! cargo build --release --example gazetteer_stress
//! /usr/bin/time -v ./target/release/examples/gazetteer_stress 100000
//! ```

use akhbar::Gazetteer;
use std::fmt::Write;
use std::time::Instant;

/// Arabic letters to make names from.
const LETTERS: &[char] = &[
    'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف',
    'ق', 'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي',
];

fn word(mut n: u64, len: usize) -> String {
    let mut s = String::new();
    for _ in 0..len {
        s.push(LETTERS[(n % LETTERS.len() as u64) as usize]);
        n = n / LETTERS.len() as u64 + 7919;
    }
    s
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let mut file = String::from("kind\tid\tname_en\tname_ar\tshort_ar\tgender\n");
    for i in 0..n {
        let h = (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let (first, last) = (word(h, 4), word(h >> 20, 5));
        writeln!(file, "person\tp-{i}\tPerson {i}\t{first} {last}\t{last}\tm").unwrap();
    }
    let t = Instant::now();
    let g = Gazetteer::builder()
        .add_defaults()
        .add_str("synthetic.tsv", &file)
        .build()
        .expect("the synthetic gazetteer is valid");
    let built = t.elapsed();
    let sample = "قال وزير الخارجية الأميركي أنتوني بلينكن إن ";
    let probe = g.entities()[g.len() - 1].name_ar().to_string();
    let text = format!("{sample}{probe} وصل إلى الرياض.");
    let t = Instant::now();
    let found = g.find(&text);
    println!(
        "{} entities, {} patterns, built in {:.1} ms; {} mentions found in {:?}",
        g.len(),
        g.pattern_count(),
        built.as_secs_f64() * 1e3,
        found.mentions.len(),
        t.elapsed()
    );
    assert!(found.mentions.iter().any(|m| m.entity.name_ar() == probe));
}
