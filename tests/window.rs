//! Long texts are parsed in windows (`ParserBuilder::window`): the windows' results must be those
//! of the whole text wherever nothing reaches across a cut, and valid everywhere.

#[path = "../benches/common/adversarial.rs"]
mod adversarial;
#[allow(dead_code)]
#[path = "common/invariants.rs"]
mod invariants;

use akhbar::{Article, Parser, Token, ZoneKind};
use invariants::check_article;

fn windowed(bytes: usize) -> Parser {
    Parser::builder().window(bytes).build().unwrap()
}

fn tokens<'t>(a: &Article<'t>) -> Vec<Token<'t>> {
    a.tokens().to_vec()
}

#[test]
fn every_family_keeps_the_whole_texts_tokens() {
    for (name, build) in adversarial::FAMILIES {
        let text = build(24 << 10);
        let whole: Vec<Token<'_>> = akhbar::tokenize(&text).collect();
        for window in [1, 700, 4096] {
            let a = windowed(window).parse(&text);
            check_article(&text, &a);
            // (Compared with `assert!`: a failure would print every token.)
            assert!(
                tokens(&a) == whole,
                "{name}, window {window}: tokens differ"
            );
            if text.contains('\n') && window > 1 {
                // Cut at line starts (every line is shorter than the window): the same
                // paragraphs and sentences.
                let one = Article::parse(&text);
                assert!(
                    a.paragraphs() == one.paragraphs() && a.sentences() == one.sentences(),
                    "{name}, window {window}: paragraphs or sentences differ"
                );
            }
        }
    }
}

/// Paragraphs that each name their speaker in full and quote them: nothing reaches across a line.
const LINES: [&str; 4] = [
    "قال وزير الخارجية الأردني أيمن الصفدي إن المنطقة \"لا تحتمل حربا أخرى\".",
    "وأعلن الجيش الإسرائيلي في بيان أن قواته تواصل عملياتها في شمال غزة.",
    "وقالت وزارة الخارجية السعودية إن المملكة ترفض استهداف المدنيين.",
    "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى «وقف فوري لإطلاق النار».",
];

fn article_text() -> String {
    let mut text = String::from("الصفدي يحذر من حرب جديدة في المنطقة\n\n");
    for i in 0..40 {
        text.push_str(LINES[i % LINES.len()]);
        text.push_str("\n\n");
        // Links between paragraphs, after which the article goes on.
        if i == 17 {
            text.push_str("اقرأ أيضا:\n\nالأردن يحذر من اتساع الحرب\n\n");
        }
        if i == 29 {
            text.push_str("شاهد: لقطات من الاجتماع\n\n");
        }
    }
    text.push_str("المصدر: وكالات\n\nإقرأ أيضاً:\n\nغوتيريش يدعو إلى وقف إطلاق النار\n\n");
    for i in 0..6 {
        text.push_str(LINES[i % LINES.len()]);
        text.push('\n');
    }
    text
}

#[test]
fn windows_give_the_whole_articles_results() {
    let text = article_text();
    let one = Article::parse(&text);
    assert!(one.quotes().len() >= 40 && one.related_quotes().len() >= 6);
    for window in [100, 333, 1000] {
        let a = windowed(window).parse(&text);
        check_article(&text, &a);
        assert_eq!(a.title(), one.title(), "window {window}");
        assert_eq!(a.paragraphs(), one.paragraphs(), "window {window}");
        assert_eq!(a.sentences(), one.sentences(), "window {window}");
        assert_eq!(a.zones(), one.zones(), "window {window}");
        assert_eq!(a.mentions(), one.mentions(), "window {window}");
        assert_eq!(
            a.related_mentions(),
            one.related_mentions(),
            "window {window}"
        );
        assert_eq!(a.quotes(), one.quotes(), "window {window}");
        assert_eq!(a.related_quotes(), one.related_quotes(), "window {window}");
        assert_eq!(a.appositions(), one.appositions(), "window {window}");
    }
}

#[test]
fn only_the_first_window_has_a_title() {
    // Every line reads as a headline, and each window starts with one.
    let text = "عنوان قصير للخبر\n".repeat(50);
    let a = windowed(40).parse(&text);
    check_article(&text, &a);
    let titles = a
        .zones()
        .iter()
        .filter(|z| z.kind == ZoneKind::Title)
        .count();
    assert_eq!(titles, 1);
    assert_eq!(a.title(), Article::parse(&text).title());
}

#[test]
fn after_a_read_also_block_later_windows_are_related() {
    let text = article_text();
    let a = windowed(100).parse(&text);
    // (The links between paragraphs hold headlines: the block after the source line holds none.)
    let zone = |links: bool| {
        a.zones()
            .iter()
            .find(|z| z.kind == ZoneKind::ReadAlso && z.items.is_empty() != links)
            .unwrap()
            .span
            .start
    };
    let (link, read_also) = (zone(true), zone(false));
    assert!(a.mentions().iter().all(|m| m.span.start < read_also));
    // After the links the article goes on.
    assert!(a
        .mentions()
        .iter()
        .any(|m| m.span.start > link && m.span.start < read_also));
    assert!(a
        .related_mentions()
        .iter()
        .any(|m| m.span.start > read_also));
}

#[test]
fn a_cut_never_splits_a_grapheme_cluster() {
    // U+0604 (a prepended concatenation mark) joins the space and the combining mark after it
    // into one cluster, which the tokenizer makes one symbol: no window may end after that space.
    let text = "كلمة\u{604} \u{746}أخرى، ثم \u{604} \u{746}».".repeat(20);
    let whole: Vec<_> = akhbar::tokenize(&text).collect();
    for window in 1..40 {
        let a = windowed(window).parse(&text);
        check_article(&text, &a);
        assert!(
            a.tokens().iter().copied().eq(whole.iter().copied()),
            "window {window}: tokens differ from the whole text's"
        );
    }
}
