//! Prints the tokens and sentences of an article with their byte offsets.
//!
//! ```text
//! cargo run --release --example tokenize -- examples/data/sample-article.txt
//! cargo run --release --example tokenize -- - < article.txt
//! ```

use std::io::Read;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "examples/data/sample-article.txt".to_string());
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(&path).map(|t| text = t)
    };
    if let Err(e) = read {
        eprintln!("tokenize: cannot read {path}: {e}");
        std::process::exit(2);
    }
    let tokens: Vec<akhbar::Token<'_>> = akhbar::tokenize(&text).collect();
    println!("{} tokens", tokens.len());
    for t in &tokens {
        let clitics: Vec<String> = t
            .proclitics()
            .map(|s| format!("{}+{}", s.prefix(), s.stem()))
            .collect();
        println!(
            "{:>6}..{:<6} {:<15} {:?}{}",
            t.start(),
            t.end(),
            format!("{:?}", t.kind()),
            t.as_str(),
            if clitics.is_empty() {
                String::new()
            } else {
                format!("  clitics: {}", clitics.join(" "))
            }
        );
    }
    let sentences = akhbar::sentences(&text);
    println!("\n{} sentences", sentences.len());
    for s in sentences {
        println!("{:>6}..{:<6} {}", s.start, s.end, s.slice(&text));
    }
}
