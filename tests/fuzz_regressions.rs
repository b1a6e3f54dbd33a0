//! The fuzz targets' invariant checks (`tests/common/invariants.rs`, the same code the targets in
//! `fuzz/` run) on the reproducers saved in `fuzz/regressions/<target>/` and on hand-made edge
//! cases. See `fuzz/README.md`.

#[path = "common/invariants.rs"]
mod invariants;

use invariants::{run, TARGETS};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Runs each `(label, target, input)` and fails once, listing every case that panicked.
fn check_cases(cases: Vec<(String, &str, Vec<u8>)>) {
    let failed: Vec<String> = cases
        .iter()
        .filter(|(_, target, data)| catch_unwind(AssertUnwindSafe(|| run(target, data))).is_err())
        .map(|(label, target, _)| format!("{target}: {label}"))
        .collect();
    assert!(
        failed.is_empty(),
        "{} of {} cases broke an invariant (messages above):\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n")
    );
}

/// Reproducers (`<target>/<file>` under `fuzz/regressions/`) of findings not fixed yet, listed in
/// `fuzz/README.md`: `saved_reproducers` leaves them out, `open_findings` runs them
/// (`cargo test --test fuzz_regressions -- --ignored`). Remove a name once its fix lands.
const OPEN: &[&str] = &[];

/// The files in `fuzz/regressions/<target>/` as `(target/file, target, bytes)`.
fn reproducers() -> Vec<(String, &'static str, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut cases = Vec::new();
    for target in TARGETS {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in dir {
            let path = entry.unwrap().path();
            if path.is_file() {
                let name = format!("{target}/{}", path.file_name().unwrap().to_string_lossy());
                cases.push((name, *target, std::fs::read(&path).unwrap()));
            }
        }
    }
    cases.sort();
    cases
}

/// Every saved reproducer of a fixed finding, through its target's checks.
#[test]
fn saved_reproducers() {
    let cases = reproducers();
    for open in OPEN {
        assert!(
            cases.iter().any(|c| c.0 == *open),
            "{open} listed in OPEN but not saved"
        );
    }
    check_cases(
        cases
            .into_iter()
            .filter(|c| !OPEN.contains(&c.0.as_str()))
            .collect(),
    );
}

/// The reproducers of open findings: fails until they are fixed.
#[test]
#[ignore = "open fuzz findings (fuzz/README.md); run with --ignored"]
fn open_findings() {
    check_cases(
        reproducers()
            .into_iter()
            .filter(|c| OPEN.contains(&c.0.as_str()))
            .collect(),
    );
}

/// Hand-made edge cases, each through every target.
const EDGE_CASES: &[(&str, &str)] = &[
    ("empty", ""),
    ("lone fatha", "\u{064E}"),
    ("lone shadda then a word", "\u{0651}قال"),
    ("marks after a space", "قال \u{064E}\u{0651}\u{0670} إن"),
    ("lone tatweel", "\u{0640}"),
    ("lone BOM", "\u{FEFF}"),
    ("lone RLM and CR", "\u{200F}\r"),
    ("lam-alef ligature alone", "\u{FEFB}"),
    ("ligature ﷺ after a name", "محمد ﷺ قال"),
    ("Arabic-Indic number", "٣٫٥٪ من ۲۰۲۴"),
    ("bare hashtag, mention and scheme", "# @ _ https:// pic.twitter.com/"),
    ("deeply nested guillemets", "«««««««««««««««««««««««««««««««««««««««««»»»»»»»»»»»»»»»»»»»»»»»»"),
    (
        "nested mixed marks",
        "قال بلينكن «إن “الوضع ‘خطير {جدا} ‹هنا› \"الآن\" ’ ” و» وأضاف \"لا «نعم\" »",
    ),
    ("closing marks first", "»”’›}\" قال \"«“‘‹{"),
    ("glued marks", "»المدينة» و“كلمة“ قال"),
    (
        "unbalanced quote across lines",
        "قال بلينكن: \"لن نتراجع\nوأضاف ميلر أن \"الاتصالات مستمرة\".",
    ),
    (
        "apposition before a surname",
        "قال المتحدث باسم الخارجية الأميركية، ماثيو ميلر، إن \"الوضع خطير\".",
    ),
    // A relay whose subject is a surname that ends the text, no word after it.
    ("surname ending the text", "نقل\u{FFFD}إيران\u{FFFD}قاسمي"),
    // A report whose verb of publishing ends the text, no publisher after it.
    ("publishing verb ending the text", "وقال تقرير أورده"),
    // An office whose complement ends the text, no country after it.
    ("office ending the text", "وأكد رئيس الوزراء"),
    // A dual verb ending the text: its subject check reads the words after it, and there are none.
    ("dual verb ending the text", "وكان الوزيران أعلنا"),
    ("dual verb alone", "وقالتا:"),
    // A titled given name and a blessing at the very end.
    ("titled given name ending the text", "استقبل الأمير محمد بن سلمان الوفد. وقال الأمير محمد"),
    ("blessing ending the text", "وقال الملك فهد رحمه"),
    // A relaying verb's عن ending the text: the source in marks is looked for after it.
    ("relayed source ending the text", "ونقلت الوكالة عن"),
    (
        "every tail",
        "عنوان الخبر\nواشنطن - قال ميلر إن \"لا\".\n— A (@b) May 1, 2024\nالمصدر: الحرة\nكلمات دلالية: غزة، بلينكن\nإقرأ أيضاً:\nعنوان آخر\nمقالات مشابهة\n• خبر",
    ),
];

#[test]
fn edge_cases() {
    let mut cases = Vec::new();
    for (name, text) in EDGE_CASES {
        for target in TARGETS {
            cases.push((name.to_string(), *target, text.as_bytes().to_vec()));
        }
    }
    // Quotation marks nested a thousand deep, of every family.
    let deep: String = ["«", "“", "‘", "\"", "{", "‹"]
        .iter()
        .cycle()
        .take(1000)
        .copied()
        .collect();
    let closed = format!("{deep} كلام {}", deep.chars().rev().collect::<String>());
    for (name, text) in [("1000 open marks", deep), ("1000 nested marks", closed)] {
        for target in TARGETS {
            cases.push((name.to_string(), *target, text.as_bytes().to_vec()));
        }
    }
    check_cases(cases);
}

/// Gazetteer files that load, and malformed ones whose error must name the file and a line.
#[test]
fn gazetteer_edge_cases() {
    const HEADER: &str = "kind\tid\tname_en\tname_ar\tvariants_ar\tshort_ar\tcountry\n";
    let files = [
        ("header only", HEADER.to_string()),
        (
            "BOM, CRLF and a comment",
            format!("\u{FEFF}# c\r\n{}", HEADER.replace('\n', "\r\n")),
        ),
        (
            "one person",
            format!("{HEADER}person\tjohn-doe\tJohn Doe\tجون دو\t\tدو\tUS\n"),
        ),
        (
            "diacritic-only name",
            format!("{HEADER}person\tmark\t\t\u{064E}\t\u{0651}|\u{0640}\t\u{064E}\t\n"),
        ),
        (
            "proclitic-only names",
            format!("{HEADER}country\tXX\t\tو\tال|لل\t\t\n"),
        ),
        (
            "duplicate id",
            format!("{HEADER}person\ta\tA\tأ\t\t\t\nperson\ta\tB\tب\t\t\t\n"),
        ),
        ("missing field", format!("{HEADER}person\ta\tA\n")),
        ("unknown column", "kind\tid\tnope\n".to_string()),
        ("record without header columns", "person\ta\n".to_string()),
    ];
    let cases = files
        .into_iter()
        .map(|(name, tsv)| (name.to_string(), "gazetteer", tsv.into_bytes()))
        .collect();
    check_cases(cases);
}
