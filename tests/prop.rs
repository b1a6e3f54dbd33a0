//! Property tests: every span-returning function returns spans in bounds, on char boundaries, in
//! order, with `text == &input[span]`; normalization maps back monotonically and agrees with a
//! piecewise reference; nothing panics on arbitrary input.

use akhbar::marks::pair_marks;
use akhbar::{normalize, sentences, tokenize, Article, Gazetteer, Parser, Span, TokenKind};
use proptest::prelude::*;

/// Pieces of text that stress the stages: Arabic letters and words, marks, controls, quotes,
/// digits, Latin, emoji, presentation forms.
const ATOMS: &[&str] = &[
    "ا",
    "أ",
    "إ",
    "آ",
    "ى",
    "ة",
    "ؤ",
    "ئ",
    "ی",
    "ک",
    "ہ",
    "ـ",
    "َ",
    "ّ",
    "ٰ",
    "ۖ",
    "\u{200C}",
    "\u{200F}",
    "\u{202B}",
    "\u{FEFF}",
    "\u{00A0}",
    // A prepended mark and a combining mark: with a space between, one grapheme cluster.
    "\u{604}",
    "\u{746}",
    "ﻻ",
    "ﺑ",
    "ﷺ",
    "٣",
    "۲",
    "٫",
    "٪",
    "3",
    ".",
    ",",
    "،",
    "؛",
    "؟",
    "!",
    ":",
    "\"",
    "«",
    "»",
    "“",
    "”",
    "{",
    "}",
    "'",
    "(",
    ")",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\0",
    "\u{1}",
    "قال",
    "وقال",
    "بلينكن",
    "ميلر",
    "إن",
    "أن",
    "حسبما",
    "ذكر",
    "وفقا",
    "لميلر",
    "السعودي",
    "الولايات المتحدة",
    "مؤكدا",
    "الذي",
    "د.",
    "Blinken",
    "US",
    "@IDF",
    "#غزة",
    "pic.twitter.com/x",
    "https://a.b/c",
    "👍🏽",
    "Привет",
    "a",
    "المصدر: ",
    "كلمات دلالية: ",
    "إقرأ أيضاً:",
    "مقالات مشابهة",
    "• ",
    "— A (@b) May 1, 2024",
];

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(ATOMS), 0..120).prop_map(|v| v.concat()),
        1 => any::<String>(),
    ]
}

fn ok_span(text: &str, s: Span) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text.len(),
        "{s:?} out of {}",
        text.len()
    );
    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    Ok(())
}

/// Every span of `a` is valid for `text`; mentions are in order and do not overlap.
fn article_spans_ok(text: &str, a: &Article<'_>) -> Result<(), TestCaseError> {
    for p in a.paragraphs() {
        ok_span(text, p.span)?;
    }
    for z in a.zones() {
        ok_span(text, z.span)?;
        for s in z.value.iter().chain(&z.items) {
            ok_span(text, *s)?;
        }
        if let Some(post) = &z.post {
            for s in [Some(post.author), post.handle, post.date, Some(post.body)]
                .into_iter()
                .flatten()
            {
                ok_span(text, s)?;
            }
        }
    }
    let mut last = 0;
    for m in a.mentions() {
        ok_span(text, m.span)?;
        prop_assert!(m.span.start >= last, "mentions overlap or go backwards");
        last = m.span.end;
        if let Some(p) = m.prefix {
            ok_span(text, p)?;
            prop_assert!(p.end <= m.span.start);
        }
    }
    for q in a.quotes().iter().chain(a.related_quotes()) {
        ok_span(text, q.span)?;
        ok_span(text, q.content)?;
        prop_assert!(q.span.contains(q.content));
        for s in q.speaker.iter().chain(&q.agent) {
            ok_span(text, s.span)?;
            prop_assert!(!s.span.overlaps(q.content), "speaker inside the quote");
        }
        if let Some(c) = q.cue {
            ok_span(text, c)?;
        }
    }
    for t in a
        .title()
        .into_iter()
        .chain(a.dateline())
        .chain(a.byline())
        .chain(a.source())
    {
        ok_span(text, t)?;
    }
    for k in a.keywords() {
        ok_span(text, *k)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn normalization_maps_back(text in arb_text()) {
        let n = normalize(&text);
        let norm = n.as_str();
        let mut last_start = 0;
        for (i, c) in norm.char_indices() {
            let r = n.original_range(i..i + c.len_utf8());
            ok_span(&text, r.clone().into())?;
            prop_assert!(r.start < r.end, "char {c:?} maps to nothing");
            prop_assert!(r.start >= last_start, "starts go backwards");
            last_start = r.start;
            // The original bytes, normalized on their own, give back this char.
            let again = normalize(&text[r.clone()]);
            prop_assert!(again.as_str().contains(c), "{:?} -> {:?} lacks {c:?}", &text[r], again.as_str());
        }
        let all = n.original_range(0..norm.len());
        ok_span(&text, all.into())?;
        // Positions map monotonically.
        let mut prev = 0;
        for (i, _) in norm.char_indices().chain(std::iter::once((norm.len(), ' '))) {
            let o = n.original_offset(i);
            prop_assert!(o >= prev && o <= text.len());
            prev = o;
        }
    }

    #[test]
    fn normalization_is_piecewise(text in arb_text()) {
        // Folds look at no context beyond the next char, so normalizing whitespace-separated
        // pieces one by one gives the same text (the reference).
        let whole = normalize(&text).as_str().to_string();
        let mut pieces = String::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            if c == ' ' || c == '\n' {
                pieces.push_str(normalize(&text[start..i]).as_str());
                pieces.push(c);
                start = i + 1;
            }
        }
        pieces.push_str(normalize(&text[start..]).as_str());
        prop_assert_eq!(whole, pieces);
    }

    #[test]
    fn tokens_cover_the_text_in_order(text in arb_text()) {
        let mut last = 0;
        for t in tokenize(&text) {
            let s = t.span();
            ok_span(&text, s)?;
            prop_assert!(s.start >= last && s.start < s.end, "tokens out of order");
            prop_assert_eq!(&text[s.range()], t.as_str());
            // What lies between tokens is blank: whitespace, controls or stray marks.
            for c in text[last..s.start].chars() {
                prop_assert!(
                    c.is_whitespace() || c.is_control() || matches!(c as u32, 0x0610..=0x061A | 0x08CA..=0x08FF | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0640 | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0x061C | 0x00AD),
                    "{c:?} belongs to no token"
                );
            }
            last = s.end;
            if t.kind() == TokenKind::ArabicWord {
                for split in t.proclitics() {
                    prop_assert_eq!(format!("{}{}", split.prefix(), split.stem()), t.as_str());
                }
            }
        }
    }

    #[test]
    fn sentences_are_ordered_spans(text in arb_text()) {
        let mut last = 0;
        for s in sentences(&text) {
            ok_span(&text, s)?;
            prop_assert!(s.start >= last && s.start < s.end);
            last = s.end;
        }
    }

    #[test]
    fn quote_marks_pair_without_crossing(text in arb_text()) {
        let marks: Vec<Span> = tokenize(&text).filter(|t| t.kind() == TokenKind::Quote).map(|t| t.span()).collect();
        let p = pair_marks(&text, &marks);
        let mut used = std::collections::HashSet::new();
        for pair in &p.pairs {
            prop_assert!(pair.open.end <= pair.close.start);
            prop_assert!(used.insert(pair.open) && used.insert(pair.close), "a mark used twice");
        }
        for u in &p.unbalanced {
            prop_assert!(used.insert(*u), "an unbalanced mark is also paired");
        }
        prop_assert_eq!(used.len(), marks.len());
        for a in &p.pairs {
            for b in &p.pairs {
                let (x, y) = (a.outer(), b.outer());
                prop_assert!(!x.overlaps(y) || x.contains(y) || y.contains(x), "pairs cross");
            }
        }
    }

    #[test]
    fn articles_have_valid_spans(text in arb_text()) {
        article_spans_ok(&text, &Article::parse(&text))?;
    }

    #[test]
    fn windowed_articles_have_valid_spans_and_the_whole_texts_tokens(text in arb_text(), window in 1usize..64) {
        let parser = Parser::builder().window(window).build().unwrap();
        let a = parser.parse(&text);
        article_spans_ok(&text, &a)?;
        prop_assert!(a.tokens().iter().copied().eq(tokenize(&text)), "tokens differ from the whole text's");
    }

    #[test]
    fn gazetteer_loader_never_panics(text in arb_text(), header in prop::sample::select(&["kind\tid\tname_en\tname_ar\tshort_ar\tgender\n", "kind\tid\n", ""][..])) {
        let data = format!("{header}{}", text.replace(' ', "\t"));
        let _ = Gazetteer::builder().add_str("fuzz.tsv", &data).build();
    }
}
