//! Adversarial input families (shared by `tests/adversarial.rs` and `benches/adversarial.rs`):
//! each builds a text of about `bytes` bytes.
#![allow(dead_code)]

/// Repeats `unit` until the text reaches `bytes`.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()).max(1))
}

/// Builds a text of about the given size.
pub type Builder = fn(usize) -> String;

/// The families: (name, builder).
pub const FAMILIES: &[(&str, Builder)] = &[
    ("one_arabic_word", |n| repeat_to("بلينكن", n)),
    ("diacritics_only", |n| repeat_to("َُِّْ", n)),
    ("straight_quotes", |n| repeat_to("\"", n)),
    ("guillemets_open", |n| repeat_to("«", n)),
    ("guillemets_unbalanced", |n| repeat_to("«»«", n)),
    ("nested_marks", |n| repeat_to("{«\"“", n)),
    ("controls_and_nul", |n| {
        repeat_to("\0\u{1}\u{7}\u{1b}قال\u{0}\u{202e}", n)
    }),
    ("names_no_spaces", |n| repeat_to("وبلينكنميلر", n)),
    ("names_one_paragraph", |n| {
        repeat_to("وقال بلينكن إن ميلر أكد أن \"الوضع\" خطير، ", n)
    }),
    ("cues_one_sentence", |n| {
        repeat_to("قال وأضاف وأكد مشيرا حسبما ذكر ", n)
    }),
    ("periods", |n| repeat_to("د. ", n)),
    ("tail_markers", |n| {
        repeat_to("المصدر: الحرة\nكلمات دلالية: أ ب\n", n)
    }),
    ("url_run", |n| repeat_to("pic.twitter.com/", n)),
    ("social_posts", |n| {
        repeat_to(
            "قال الوزير إن \"الوضع صعب\".\nThe Secretary met Ayman Safadi. pic.twitter.com/Ab3dEf9\n— Spokesperson (@Spox) October 15, 2023\n",
            n,
        )
    }),
    // An outlet's noun before open marks that never close: each is read with the noun.
    ("outlet_marks_open", |n| repeat_to("قناة «العربية ", n)),
    ("mixed_scripts", |n| {
        repeat_to("Blinken بلينكن ١٢٣ 👍🏽 Привет ", n)
    }),
];
