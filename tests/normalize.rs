//! Table-driven tests of every fold, and of the offset map.

use akhbar::{normalize, NormalizeOptions, Normalizer};

/// `case!(name, options, input => expected)`: normalizing `input` gives `expected`.
macro_rules! cases {
    ($($name:ident: $opts:expr, $input:expr => $expected:expr;)*) => {
        $(
            #[test]
            fn $name() {
                let n = Normalizer::new($opts);
                let out = n.normalize($input);
                assert_eq!(out.as_str(), $expected, "input {:?}", $input);
                check_map($input, &out);
            }
        )*
    };
}

/// Every normalized char maps to a non-empty original range on char boundaries, ranges are
/// monotone, and the whole text maps to the span from its first to its last kept character.
fn check_map(original: &str, n: &akhbar::Normalized<'_>) {
    let norm = n.as_str();
    let mut last_end = 0;
    for (i, c) in norm.char_indices() {
        let r = n.original_range(i..i + c.len_utf8());
        assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
        assert!(r.start < r.end, "{c:?} at {i} maps to an empty range");
        assert!(
            r.start >= last_end || r.end <= last_end,
            "ranges go backwards"
        );
        last_end = last_end.max(r.end);
    }
    let all = n.original_range(0..norm.len());
    assert!(all.end <= original.len());
}

const M: NormalizeOptions = NormalizeOptions::matching();
const D: NormalizeOptions = NormalizeOptions::display();
const NONE: NormalizeOptions = NormalizeOptions::none();

cases! {
    alef_forms: M, "أإآٱٲٳٵا" => "اااااااا";
    alef_off: M.alef(false), "أحمد إيران آمن" => "أحمد إيران آمن";
    alef_maksura: M, "على مصطفى" => "علي مصطفي";
    teh_marbuta: M, "الخارجية الأميركية" => "الخارجيه الاميركيه";
    hamza_carriers: M, "مؤتمر رئيس" => "موتمر رييس";
    tatweel: M, "بـــلينكن" => "بلينكن";
    tatweel_display: D, "بـــلينكن" => "بلينكن";
    diacritics: M, "وَقَالَ إِنَّ" => "وقال ان";
    superscript_alef_and_quranic: M, "هٰذا ۖ" => "هذا ";
    diacritics_kept_in_display: D, "وَقَالَ" => "وَقَالَ";
    persian_yeh_medial_and_final: D, "الخارجیة مصطفی" => "الخارجية مصطفى";
    persian_yeh_matching: M, "مصطفی" => "مصطفي";
    persian_keheh: M, "الأمیرکی" => "الاميركي";
    persian_heh: M, "ہ ۀ ە" => "ه ه ه";
    arabic_indic_digits: M, "٢٣ سبتمبر ١٤٤٥" => "23 سبتمبر 1445";
    extended_digits: M, "۲۰۲۴" => "2024";
    arabic_decimal_and_percent: M, "٣٫٥٪" => "3.5%";
    digits_off: M.digits(false), "٢٣" => "٢٣";
    presentation_lam_alef: M, "ﻻ ﻷ" => "لا لا";
    presentation_letters: D, "ﺑﻠﻴﻨﻜﻦ" => "بلينكن";
    latin_ligature_untouched: M, "ﬁnance" => "ﬁnance";
    bidi_controls: M, "\u{200F}قال\u{200E} \u{202B}x\u{202C}\u{2067}y\u{2069}" => "قال xy";
    zero_width: M, "لا\u{200C}مع\u{200B}ا\u{200D}ب\u{FEFF}" => "لامعاب";
    arabic_letter_mark: M, "\u{061C}نص" => "نص";
    nbsp_and_spaces: M, "a\u{00A0}b\u{2009}c\u{202F}d\u{3000}e" => "a b c d e";
    none_is_identity: NONE, "أَحمد\u{200F} ٣" => "أَحمد\u{200F} ٣";
    latin_untouched: M, "Antony Blinken, U.S." => "Antony Blinken, U.S.";
    empty: M, "" => "";
    only_diacritics: M, "َُِّْ" => "";
    control_chars_kept: M, "a\0b\u{1}" => "a\0b\u{1}";
}

#[test]
fn unchanged_text_is_borrowed() {
    let n = normalize("بلينكن ميلر");
    assert!(!n.is_changed());
    assert_eq!(n.original_range(0..6), 0..6);
}

#[test]
fn map_back_through_deletions_and_expansions() {
    let text = "قالَ ﻻ\u{200F} الخارجيّة";
    let n = normalize(text);
    assert_eq!(n.as_str(), "قال لا الخارجيه");
    // "قال" carries its fatha.
    assert_eq!(&text[n.original_range(0..6)], "قالَ");
    // The two letters of "لا" both come from the one ligature.
    let la = n.as_str().find("لا").unwrap();
    assert_eq!(&text[n.original_range(la..la + 2)], "ﻻ");
    assert_eq!(&text[n.original_range(la + 2..la + 4)], "ﻻ");
    assert_eq!(&text[n.original_range(la..la + 4)], "ﻻ");
    // The RLM after the ligature belongs to no normalized character.
    let word = n.as_str().find("الخارجيه").unwrap();
    assert_eq!(&text[n.original_range(word..n.as_str().len())], "الخارجيّة");
    // Empty ranges map to empty ranges.
    let r = n.original_range(word..word);
    assert!(r.is_empty());
}

#[test]
fn out_of_range_positions_are_clamped() {
    let text = "أحمد";
    let n = normalize(text);
    assert_eq!(n.original_range(0..1000), 0..text.len());
    assert_eq!(n.original_offset(1000), text.len());
}

#[test]
fn fully_deleted_text_maps_to_empty() {
    let n = normalize("\u{200F}\u{200E}");
    assert_eq!(n.as_str(), "");
    assert_eq!(n.original_range(0..0), 0..0);
}
