//! Adversarial inputs: each must give a sane result without panicking, in linear time (the linear
//! time is measured by `benches/adversarial.rs`, not here).

#[path = "../benches/common/adversarial.rs"]
mod adversarial;

use akhbar::{Article, Gazetteer};

fn check(text: &str) -> Article<'_> {
    let a = Article::parse(text);
    for t in a.tokens() {
        assert!(text.is_char_boundary(t.start()) && text.is_char_boundary(t.end()));
    }
    for q in a.quotes().iter().chain(a.related_quotes()) {
        assert!(q.span.end <= text.len() && text.is_char_boundary(q.span.start));
    }
    for m in a.mentions() {
        assert!(m.span.end <= text.len() && text.is_char_boundary(m.span.end));
    }
    a
}

#[test]
fn every_family_at_one_megabyte() {
    for (name, build) in adversarial::FAMILIES {
        let text = build(1 << 20);
        let a = check(&text);
        // Sanity of the result, per family.
        match *name {
            "diacritics_only" => assert!(a.tokens().is_empty(), "{name}"),
            "one_arabic_word" => assert_eq!(a.tokens().len(), 1, "{name}"),
            "straight_quotes" | "guillemets_open" => {
                assert!(a.quotes().iter().all(|q| q.speaker.is_none()), "{name}")
            }
            "social_posts" => {
                // Every post is a zone spoken by its author.
                let posts = a
                    .zones()
                    .iter()
                    .filter(|z| z.kind == akhbar::ZoneKind::SocialPost)
                    .count();
                let spoken = a
                    .quotes()
                    .iter()
                    .filter(|q| q.cue.is_some() && q.rule == Some(akhbar::Rule::Headline))
                    .count();
                assert!(
                    posts > 1000 && spoken == posts,
                    "{name}: {posts} posts, {spoken} spoken"
                );
            }
            _ => {}
        }
    }
}

#[test]
fn empty_and_whitespace() {
    assert!(check("").tokens().is_empty());
    let a = check(" \n\t\u{00A0}\r\n \u{200F}");
    assert!(a.paragraphs().is_empty() && a.quotes().is_empty() && a.mentions().is_empty());
}

#[test]
fn unbalanced_quote_stays_in_its_paragraph() {
    let text = "قال بلينكن: \"لن نتراجع\nوأضاف ميلر أن \"الاتصالات مستمرة\".";
    let a = check(text);
    for q in a.quotes() {
        let para = a.paragraphs().iter().find(|p| p.span.contains(q.span));
        assert!(
            para.is_some(),
            "quote {:?} crosses a paragraph",
            q.content.slice(text)
        );
    }
    assert!(a.quotes().iter().any(|q| q.unbalanced));
}

#[test]
fn malformed_gazetteer_line_is_named() {
    let mut file = String::from("kind\tid\tname_en\tname_ar\n");
    for i in 1..10_000 {
        if i == 9_998 {
            // Line 9,999 of the file (the header is line 1): a missing field.
            file.push_str("person\tbroken-entry\tBroken\n");
        } else {
            file.push_str(&format!("person\tperson-{i}\tPerson {i}\tشخص {i}\n"));
        }
    }
    let err = Gazetteer::builder()
        .add_str("big.tsv", &file)
        .build()
        .unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("big.tsv:9999:"), "{msg}");
    assert!(matches!(
        err.kind(),
        akhbar::ErrorKind::Gazetteer { line: 9999, .. }
    ));
}

#[test]
fn gazetteer_errors_name_file_and_line() {
    let cases: &[(&str, &str)] = &[
        ("kind\tid\tcolour\n", "mine.tsv:1: unknown column `colour`"),
        (
            "kind\tname_en\n",
            "mine.tsv:1: header lacks the `id` column",
        ),
        ("kind\tid\nplanet\tmars\n", "mine.tsv:2: kind `planet`"),
        ("kind\tid\ncountry\tusa\n", "mine.tsv:2: country id `usa`"),
        (
            "kind\tid\tname_en\tgender\nperson\tx\tX\tq\n",
            "mine.tsv:2: gender `q`",
        ),
        (
            "kind\tid\tname_en\troles\nperson\tx\tX\tMinister@19x\n",
            "mine.tsv:2: role",
        ),
        (
            "kind\tid\tname_en\tcapital_ar\nperson\tx\tX\tروما\n",
            "mine.tsv:2: column `capital_ar` does not apply",
        ),
        (
            "kind\tid\tname_en\nperson\tx\n",
            "mine.tsv:2: 2 fields, the header has 3",
        ),
        (
            "kind\tid\nperson\tx\n",
            "mine.tsv:2: an entry needs name_en or name_ar",
        ),
        (
            "# c\n\nkind\tid\tname_en\nperson\tx\tA\nperson\tx\tB\n",
            "mine.tsv:5: duplicate id `x`",
        ),
    ];
    for (text, want) in cases {
        let err = Gazetteer::builder()
            .add_str("mine.tsv", text)
            .build()
            .unwrap_err();
        assert!(err.to_string().starts_with(want), "{} vs {want}", err);
    }
    let missing = Gazetteer::builder()
        .add_file("/nonexistent/x.tsv")
        .build()
        .unwrap_err();
    assert!(matches!(missing.kind(), akhbar::ErrorKind::Io { .. }));
    // An explicit override replaces an entry instead.
    let g = Gazetteer::builder()
        .add_str("a.tsv", "kind\tid\tname_ar\nperson\tx\tأ\n")
        .add_str("b.tsv", "kind\tid\tname_ar\nperson\tx\tسامي بدر\n")
        .allow_override(true)
        .build()
        .unwrap();
    assert_eq!(g.get("x").unwrap().name_ar(), "سامي بدر");
}

/// A thread reuses its working buffers from one parse to the next: whatever came before, the same
/// text parses to the same result.
#[test]
fn a_parse_does_not_depend_on_the_ones_before() {
    let article = "وقال وزير الخارجية الأميركي أنتوني بلينكن إن \"الوضع خطير\"، حسبما ذكر المتحدث باسم الوزارة ماثيو ميلر.\nوأضاف ميلر أن الوزير سيزور القاهرة.\n";
    let fresh = std::thread::scope(|s| {
        s.spawn(|| format!("{:?}", Article::parse(article)))
            .join()
            .unwrap()
    });
    // Larger texts first (buffers of another size and content), then the article again.
    // A dropped article hands its lists to the next parse: that parse must not see their content,
    // and an article still alive keeps its own.
    for (_, build) in adversarial::FAMILIES {
        let big = build(200_000);
        let _ = Article::parse(&big);
        assert_eq!(format!("{:?}", Article::parse(article)), fresh);
        let held = Article::parse(&big);
        let held_before = format!("{:?}", held);
        assert_eq!(format!("{:?}", Article::parse(article)), fresh);
        assert_eq!(format!("{:?}", held), held_before);
    }
    assert!(fresh.contains("Antony Blinken") && fresh.contains("القاهرة"));
}
