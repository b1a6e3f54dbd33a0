//! End-to-end tests of `Article::parse` on our own fixtures (and on the seed article when
//! `../shared/` is present).

use akhbar::{Article, EntityKind, Parser, QuoteKind, Rule, Via, ZoneKind};

const SAMPLE: &str = include_str!("../examples/data/sample-article.txt");

fn speaker_id(q: &akhbar::Quote) -> Option<&str> {
    q.speaker.as_ref()?.entity.as_ref().map(|e| e.id())
}

/// Every span the article returns slices the input on char boundaries.
fn check_spans(a: &Article<'_>) {
    let text = a.text();
    let ok = |s: akhbar::Span| {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{s:?} out of bounds"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    };
    a.tokens().iter().for_each(|t| ok(t.span()));
    a.paragraphs().iter().for_each(|p| ok(p.span));
    a.sentences().iter().for_each(|s| ok(s.span));
    for z in a.zones() {
        ok(z.span);
        z.value
            .into_iter()
            .chain(z.items.iter().copied())
            .for_each(ok);
    }
    for m in a.mentions().iter().chain(a.related_mentions()) {
        ok(m.span);
    }
    for q in a.quotes().iter().chain(a.related_quotes()) {
        ok(q.span);
        ok(q.content);
        assert!(q.span.contains(q.content));
        if let Some(s) = &q.speaker {
            ok(s.span);
            assert!(!s.span.overlaps(q.content), "speaker inside its quote");
        }
    }
}

/// Each zone's kind and whether it is the article's own text, in order.
fn zones_and_main(a: &Article<'_>) -> Vec<(ZoneKind, bool)> {
    a.zones().iter().map(|z| (z.kind, z.main)).collect()
}

#[test]
fn sample_article_zones() {
    let a = Article::parse(SAMPLE);
    check_spans(&a);
    let kinds: Vec<ZoneKind> = a.zones().iter().map(|z| z.kind).collect();
    assert_eq!(
        kinds,
        [
            ZoneKind::Title,
            ZoneKind::Body,
            ZoneKind::Source,
            ZoneKind::Keywords,
            ZoneKind::ReadAlso,
            ZoneKind::ReadAlso,
            ZoneKind::SocialPost,
            ZoneKind::Related,
        ]
    );
    assert_eq!(
        a.title().unwrap().slice(SAMPLE),
        "وزير الخارجية الأميركي يبحث مع نظرائه العرب التهدئة في غزة"
    );
    assert_eq!(a.dateline().unwrap().slice(SAMPLE), "واشنطن");
    assert_eq!(a.source().unwrap().slice(SAMPLE), "وكالات");
    // The keyword line is written with Persian letters.
    let kw: Vec<&str> = a.keywords().iter().map(|k| k.slice(SAMPLE)).collect();
    assert_eq!(kw, ["بلینکن", "الخارجیة", "الأمیرکیة", "غزة", "الأردن"]);
    let read_also = a
        .zones()
        .iter()
        .find(|z| z.kind == ZoneKind::ReadAlso)
        .unwrap();
    assert_eq!(
        read_also.value.unwrap().slice(SAMPLE),
        "الصفدي يحذر من اتساع الحرب في المنطقة"
    );
    let post = a.zones().iter().find_map(|z| z.post.as_ref()).unwrap();
    assert_eq!(post.author.slice(SAMPLE), "Matthew Miller");
    assert_eq!(post.handle.unwrap().slice(SAMPLE), "@StateDeptSpox");
    assert_eq!(post.date.unwrap().slice(SAMPLE), "January 7, 2024");
    let related = a
        .zones()
        .iter()
        .find(|z| z.kind == ZoneKind::Related)
        .unwrap();
    assert_eq!(related.items.len(), 3);
    assert_eq!(
        related.items[0].slice(SAMPLE),
        "بلينكن يصل إلى القاهرة في جولة إقليمية جديدة"
    );
    // Tails are kept apart from the article's own zones.
    assert!(a
        .zones()
        .iter()
        .filter(|z| !z.main)
        .all(|z| z.kind != ZoneKind::Body));
}

#[test]
fn sample_article_entities_and_quotes() {
    let a = Article::parse(SAMPLE);
    let ids: Vec<&str> = a.mentions().iter().map(|m| m.entity.id()).collect();
    for id in [
        "antony-blinken",
        "matthew-miller",
        "sameh-shoukry",
        "faisal-bin-farhan",
        "ayman-safadi",
    ] {
        assert!(ids.contains(&id), "{id} missing");
    }
    // Related articles stay out of the article's own mentions.
    assert!(a
        .mentions()
        .iter()
        .all(|m| a.zones().iter().any(|z| z.main && z.span.contains(m.span))));
    // نظيره المصري → Egypt, by demonym.
    assert!(a.mentions().iter().any(|m| m.entity.id() == "EG"
        && m.via == Via::Demonym
        && m.span.slice(SAMPLE) == "المصري"));
    let find = |needle: &str| {
        a.quotes()
            .iter()
            .find(|q| q.content.slice(SAMPLE).contains(needle))
            .unwrap_or_else(|| panic!("no quote with {needle}"))
    };
    assert_eq!(
        speaker_id(find("ضرورة حماية المدنيين")),
        Some("matthew-miller")
    );
    assert_eq!(
        speaker_id(find("مواصلة التنسيق الوثيق")),
        Some("matthew-miller")
    );
    let q = find("أهمية منع اتساع");
    assert_eq!(speaker_id(q), Some("matthew-miller"));
    assert_eq!(q.rule, Some(Rule::SourcePhrase));
    assert_eq!(
        q.agent.as_ref().unwrap().entity.as_ref().unwrap().id(),
        "antony-blinken"
    );
    assert_eq!(
        speaker_id(find("ترفض استهداف")),
        Some("saudi-foreign-ministry")
    );
    let q = find("المنطقة لا تحتمل");
    assert_eq!(q.kind, QuoteKind::Direct);
    assert_eq!(speaker_id(q), Some("ayman-safadi"));
    // نقلت الوكالة عن الصفدي: the agency relays Safadi.
    assert_eq!(speaker_id(find("لن تدخر جهدا")), Some("ayman-safadi"));
    assert_eq!(
        speaker_id(find("تواصل عملياتها")),
        Some("israel-defense-forces")
    );
    assert_eq!(
        speaker_id(find("الوضع الإنساني في غزة")),
        Some("antonio-guterres")
    );
    // Indirect speech: the reported clause after إن.
    let q = a
        .quotes()
        .iter()
        .find(|q| {
            q.kind == QuoteKind::Indirect && q.content.slice(SAMPLE).starts_with("الوزيرين اتفقا")
        })
        .unwrap();
    assert_eq!(speaker_id(q), Some("matthew-miller"));
}

#[test]
fn related_articles_on_request() {
    let a = Parser::builder()
        .include_related(true)
        .build()
        .unwrap()
        .parse(SAMPLE);
    assert!(a.related_mentions().is_empty());
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(SAMPLE).contains("يدفع المنطقة نحو الهاوية"))
        .unwrap();
    assert_eq!(speaker_id(q), Some("ayman-safadi"));
    // The embedded post is a statement by its author.
    let post = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(SAMPLE).starts_with("The Secretary spoke"))
        .unwrap();
    assert_eq!(
        post.speaker.as_ref().unwrap().span.slice(SAMPLE),
        "Matthew Miller"
    );
    assert_eq!(speaker_id(post), Some("matthew-miller"));
}

/// The seed article (`../shared/seed/article.txt`): every quoted span gets the speaker a careful
/// reader gives. Skipped where `../shared/` is absent.
#[test]
fn seed_article_speakers() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seed/article.txt");
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!("../shared/seed/article.txt absent: skipped");
        return;
    };
    let a = Parser::builder()
        .include_related(true)
        .build()
        .unwrap()
        .parse(&text);
    check_spans(&a);
    // (start of the quoted content, expected speaker id; None = no speaker)
    let expected: &[(&str, Option<&str>)] = &[
        ("للوقف الفوري للهجمات", Some("US")),
        (
            "الحجم والوحشية غير المسبوقين لهجمات حماس على الأراضي الإسرائيلية\"",
            Some("antony-blinken"),
        ),
        ("بأشد العبارات", Some("matthew-miller")),
        ("تضامن الولايات المتحدة", Some("matthew-miller")),
        ("التدابير اللازمة", Some("matthew-miller")),
        ("دعم الولايات المتحدة الثابت", Some("matthew-miller")),
        ("حق إسرائيل في الدفاع عن النفس", Some("antony-blinken")),
        ("بذل جهود منسقة", Some("matthew-miller")),
        ("التنسيق الوثيق", Some("matthew-miller")),
        ("ضرورة التوصل إلى وقف فوري", Some("matthew-miller")),
        ("الحاجة الملحة", Some("antony-blinken")),
        ("ناقش مع هؤلاء", Some("matthew-miller")),
        ("كافة القيادات", Some("antony-blinken")),
        ("مواصلة وتعزيز الخطوات", Some("matthew-miller")),
        ("التزامنا بتعزيز", Some("israeli-defence-ministry")),
        ("Erik", None),
        ("ستواصل التحرك بحزم\"", Some("israel-katz")),
        ("أن إسرائيل ستواصل", Some("israel-katz")),
        ("محدودة", None),
    ];
    for (needle, want) in expected {
        let needle = needle.trim_end_matches('"');
        let q = a
            .quotes()
            .iter()
            .filter(|q| q.kind != QuoteKind::Indirect)
            .find(|q| q.content.slice(&text).starts_with(needle))
            .unwrap_or_else(|| panic!("no quote starting with {needle}"));
        assert_eq!(speaker_id(q), *want, "speaker of «{needle}…»");
    }
    // The Turkish-minister sentence repeats an earlier quote: its source is Miller (بحسب ما ذكره).
    let repeated: Vec<_> = a
        .quotes()
        .iter()
        .filter(|q| {
            q.content
                .slice(&text)
                .starts_with("الحجم والوحشية غير المسبوقين")
        })
        .collect();
    assert_eq!(repeated.len(), 2);
    assert_eq!(speaker_id(repeated[1]), Some("matthew-miller"));
    // An unnamed spokesman speaks for the minister named earlier.
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(&text).starts_with("بالجهود الأميركية"))
        .unwrap();
    let s = q.speaker.as_ref().unwrap();
    assert_eq!(s.span.slice(&text), "متحدث باسم الوزير");
    assert!(s.entity.is_none());
    assert_eq!(
        q.agent.as_ref().unwrap().entity.as_ref().unwrap().id(),
        "israel-katz"
    );
    // The embedded tweet's author speaks it.
    let post = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(&text).starts_with("The Commander"))
        .unwrap();
    assert_eq!(speaker_id(post), Some("israel-defense-forces"));
    // Entities through clitics, demonyms and short forms.
    let has = |id: &str, via: Via, surface: &str| {
        a.mentions()
            .iter()
            .any(|m| m.entity.id() == id && m.via == via && m.span.slice(&text) == surface)
    };
    assert!(has("SA", Via::Demonym, "السعودي"));
    assert!(has("matthew-miller", Via::ShortForm, "ميلر"));
    assert!(has("european-union", Via::Name, "لاتحاد الأوروبي"));
    assert!(has("US", Via::Name, "الولايات المتحدة"));
    assert!(a
        .mentions()
        .iter()
        .any(|m| m.entity.kind() == EntityKind::Person && m.entity.id() == "faisal-bin-farhan"));
    assert_eq!(a.source().unwrap().slice(&text), "الحرة");
}

#[cfg(feature = "serde")]
#[test]
fn json_round_trip() {
    let a = Article::parse(SAMPLE);
    let v: serde_json::Value = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
    // Every object with start/end/text has text == input[start..end].
    fn walk(v: &serde_json::Value, text: &str, n: &mut usize) {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(s), Some(e), Some(t)) = (m.get("start"), m.get("end"), m.get("text")) {
                    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                    assert_eq!(&text[s..e], t.as_str().unwrap());
                    *n += 1;
                }
                m.values().for_each(|x| walk(x, text, n));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, text, n)),
            _ => {}
        }
    }
    let mut n = 0;
    walk(&v, SAMPLE, &mut n);
    assert!(n > 100, "only {n} spans checked");
    for key in [
        "entities",
        "quotes",
        "paragraphs",
        "sentences",
        "zones",
        "keywords",
    ] {
        assert!(v[key].is_array(), "{key}");
    }
    assert_eq!(v["source"]["text"], "وكالات");
    assert_eq!(v["dateline"]["text"], "واشنطن");
    assert!(v["byline"].is_null(), "the sample has no byline");
    assert_eq!(
        v["title"]["text"],
        "وزير الخارجية الأميركي يبحث مع نظرائه العرب التهدئة في غزة"
    );
    let e = &v["entities"][0];
    for key in [
        "kind", "id", "name", "name_ar", "start", "end", "text", "via",
    ] {
        assert!(!e[key].is_null(), "entity field {key}");
    }
    let country = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "country")
        .unwrap();
    assert_eq!(country["id"].as_str().unwrap().len(), 2);
    let q = v["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| !q["speaker"].is_null())
        .unwrap();
    for key in ["text", "start", "end", "entity"] {
        assert!(q["speaker"].get(key).is_some(), "speaker field {key}");
    }
    assert!(v.get("tokens").is_none(), "tokens only on request");
}

#[test]
fn bad_input_never_panics() {
    let long_word = "بلينكن".repeat(10_000);
    let inputs: Vec<String> = vec![
        String::new(),
        " \n\t\n ".into(),
        "َُِّْ".repeat(100),
        "\"".repeat(1000),
        "«".repeat(1000),
        "«»".repeat(500) + "«",
        "{«\"“".repeat(500),
        "\0\u{1}\u{7}قال\u{0}".into(),
        long_word,
        "قال: \"".into(),
        "وقال إن".into(),
        "— (@".into(),
        "المصدر:".into(),
        "كلمات دلالية:".into(),
        "إقرأ أيضاً:".into(),
        "مقالات مشابهة\n•\n• ".into(),
    ];
    for t in &inputs {
        let a = Article::parse(t);
        check_spans(&a);
    }
}

/// Parsers, gazetteers and normalizers are shared across threads: checked at compile time.
#[test]
fn shared_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Parser>();
    assert_send_sync::<akhbar::Gazetteer>();
    assert_send_sync::<akhbar::Normalizer>();
    fn assert_send<T: Send>() {}
    assert_send::<Article<'static>>();
}

/// One parser used from several threads gives the same result as one thread.
#[test]
fn parser_shared_across_threads() {
    let parser = Parser::builder().build().unwrap();
    let expected = parser.parse(SAMPLE).quotes().len();
    std::thread::scope(|s| {
        for _ in 0..4 {
            let p = parser.clone();
            s.spawn(move || assert_eq!(p.parse(SAMPLE).quotes().len(), expected));
        }
    });
}

#[test]
fn a_read_also_link_line_does_not_end_the_article() {
    // A link with its headline on the marker's line, between two paragraphs of the article: the
    // paragraphs after it are still the article's. "اقرأ:" and "شاهد:" alone are such markers too.
    let text = "وقال وزير الخارجية المصري إن المحادثات مستمرة.\nاقرأ أيضا: الأردن يحذر من اتساع الحرب\nوأضاف الوزير أن \"الحل سياسي\".\nاقرأ: قطر تستضيف جولة جديدة\nشاهد: لقطات من الاجتماع\nوقالت وزارة الخارجية السعودية إن المملكة ترحب بالاتفاق.\n";
    let a = Article::parse(text);
    check_spans(&a);
    let kinds = zones_and_main(&a);
    assert_eq!(
        kinds,
        [
            (ZoneKind::Body, true),
            (ZoneKind::ReadAlso, false),
            (ZoneKind::Body, true),
            (ZoneKind::ReadAlso, false),
            (ZoneKind::ReadAlso, false),
            (ZoneKind::Body, true),
        ]
    );
    let speakers: Vec<&str> = a
        .quotes()
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| s.span.slice(text))
        .collect();
    assert_eq!(
        speakers,
        ["وزير الخارجية المصري", "الوزير", "وزارة الخارجية السعودية"]
    );
    // The links' headlines are no mentions of the article's own.
    let ids: Vec<&str> = a.mentions().iter().map(|m| m.entity.id()).collect();
    assert!(!ids.contains(&"JO") && !ids.contains(&"QA"), "{ids:?}");
    // A marker on a line of its own followed by short headlines: links too, the article goes on.
    let list = "وقال الوزير إن المحادثات مستمرة.\nاقرأ أيضا:\nالأردن يحذر من اتساع الحرب\nقطر تستضيف جولة جديدة من المفاوضات\nوقالت وزارة الخارجية الأردنية إن الوضع خطير.\n";
    let a = Article::parse(list);
    check_spans(&a);
    let links = a
        .zones()
        .iter()
        .find(|z| z.kind == ZoneKind::ReadAlso)
        .unwrap();
    let headlines: Vec<&str> = links.items.iter().map(|h| h.slice(list)).collect();
    assert_eq!(
        headlines,
        [
            "الأردن يحذر من اتساع الحرب",
            "قطر تستضيف جولة جديدة من المفاوضات"
        ]
    );
    assert_eq!((a.quotes().len(), a.related_quotes().len()), (2, 0));
    // After the article's tail (here its source line) the marker opens a related article: what
    // follows is not the article's.
    let block = "وقال الوزير إن المحادثات مستمرة.\nالمصدر: وكالات\nإقرأ أيضاً:\nالأردن يحذر من اتساع الحرب\nوقالت وزارة الخارجية الأردنية إن الوضع خطير.\n";
    let a = Article::parse(block);
    assert_eq!((a.quotes().len(), a.related_quotes().len()), (1, 1));
    // Before the tail, a bare marker followed by running text lost its link to the scraper: the
    // article goes on.
    let dropped = "وأعلن البيت الأبيض إجراء اتصالات مع الرياض.\nاقرأ أيضا:\nوقالت المتحدثة باسم البيت الأبيض، في مؤتمر صحفي عقدته بعد ظهر الأربعاء في واشنطن، إن مستشار الأمن القومي تحدث مع ولي العهد.\nقد يهمك| مسؤول سعودي: المملكة لم تتورط\nوأضافت المتحدثة أن الاتصالات ستستمر.\n";
    let a = Article::parse(dropped);
    check_spans(&a);
    let kinds = zones_and_main(&a);
    assert_eq!(
        kinds,
        [
            (ZoneKind::Body, true),
            (ZoneKind::ReadAlso, false),
            (ZoneKind::Body, true),
            (ZoneKind::ReadAlso, false),
            (ZoneKind::Body, true),
        ]
    );
    assert_eq!((a.quotes().len(), a.related_quotes().len()), (2, 0));
    // A link's headline glued to the marker, as scraped link text leaves it, or after "|": the
    // headline is the link's, and the subheading after it is the article's.
    for marker in [
        "اقرأ أيضاالأردن يحذر من اتساع الحرب",
        "اقرأ أيضا|\nالأردن يحذر من اتساع الحرب",
    ] {
        let text = format!("وقال الوزير إن المحادثات مستمرة.\n{marker}\nضغوط دولية متزايدة\nوأضاف الوزير أن الحل سياسي.\n");
        let a = Article::parse(&text);
        check_spans(&a);
        let link = a
            .zones()
            .iter()
            .find(|z| z.kind == ZoneKind::ReadAlso)
            .unwrap();
        assert_eq!(
            link.value.map(|v| v.slice(&text)),
            Some("الأردن يحذر من اتساع الحرب"),
            "{marker}"
        );
        assert!(
            !a.mentions().iter().any(|m| m.entity.id() == "JO"),
            "{marker}"
        );
        assert_eq!(a.quotes().len(), 2, "{marker}");
    }
}

#[test]
fn a_first_sentence_is_no_title() {
    // A short headline is the title; a first line with commas or of many words is the story's
    // first sentence, and a line that ends with a colon announces what follows.
    let title = |text: &str| {
        Article::parse(text)
            .title()
            .map(|s| s.slice(text).to_string())
    };
    assert_eq!(
        title("الوزير يفتتح المعرض الدولي للكتاب\nافتتح الوزير المعرض أمس.").as_deref(),
        Some("الوزير يفتتح المعرض الدولي للكتاب")
    );
    assert_eq!(
        title("أعلن رئيس الحكومة، السبت 20 أوت 2016، عن تشكيلة حكومته الجديدة\nوضمت الحكومة 26 وزيرا.",),
        None
    );
    assert_eq!(
        title("صدر عن الديوان الملكي أمس البيان التالي:\nنص البيان هنا."),
        None
    );
}

#[test]
fn a_permalink_line_names_the_source() {
    // The outlet's link line under the article names the outlet and repeats the headline; the
    // columnist's contact line is boilerplate.
    let text = "أعلنت وزارة الصحة عن توفر وظائف جديدة في جدة.\n  رابط الخبر بصحيفة النهار: الصحة تعلن عن وظائف في جدة\nللتواصل مع الكاتب ارسل رسالة SMS تبدأ بالرمز (12)\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(a.source().unwrap().slice(text), "النهار");
    let kinds = zones_and_main(&a);
    assert_eq!(
        kinds,
        [
            (ZoneKind::Body, true),
            (ZoneKind::Source, false),
            (ZoneKind::Boilerplate, false),
        ]
    );
}

#[test]
fn a_permalink_run_into_the_last_paragraph_names_the_source() {
    // The scraper left the link line on the body's last line: the body ends at its sentence,
    // and the headline after the link (with its quotation and its mentions) is no part of it.
    let text = "قال الدفاع المدني إن شخصين توفيا في حريق داخل بئر بتبوك. رابط الخبر بصحيفة النهار: وفاة شخصين بحريق «بئر» في تبوك";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(a.source().unwrap().slice(text), "النهار");
    assert_eq!(
        zones_and_main(&a),
        [(ZoneKind::Body, true), (ZoneKind::Source, false)]
    );
    assert_eq!(
        a.zones()[0].span.slice(text),
        "قال الدفاع المدني إن شخصين توفيا في حريق داخل بئر بتبوك."
    );
    assert!(a
        .quotes()
        .iter()
        .all(|q| q.span.end <= a.zones()[0].span.end));
    assert_eq!(a.quotes().len(), 1);
    // Mid-sentence, the words are the body's own.
    let text = "وقال إن رابط الخبر بصحيفة النهار: كان معطلا";
    let a = Article::parse(text);
    assert_eq!(zones_and_main(&a), [(ZoneKind::Body, true)]);
}

#[test]
fn an_opinion_disclaimer_opens_no_body() {
    // The outlet's disclaimer above an opinion piece is boilerplate; the dateline is on the line
    // after it, and a later read-also link still leaves the article going on.
    let text = "هذا المقال بقلم سامي العتيبي، والآراء الواردة أدناه تعبر عن رأي الكاتب ولا تعكس بالضرورة وجهة نظر شبكة CNN.\nبيروت، لبنان (CNN)-- قال الوزير إن الحكومة مستمرة.\nاقرأ أيضا: الأردن يحذر من اتساع الحرب\nوأضاف الوزير أن الانتخابات في موعدها.\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(a.zones()[0].kind, ZoneKind::Boilerplate);
    assert!(!a.zones()[0].main);
    assert_eq!(a.dateline().unwrap().slice(text), "بيروت، لبنان");
    assert_eq!(a.byline().unwrap().slice(text), "(CNN)");
    // The disclaimer's CNN is no mention; the byline's is.
    let cnn: Vec<_> = a
        .mentions()
        .iter()
        .filter(|m| m.entity.id() == "cnn")
        .collect();
    assert_eq!(cnn.len(), 1);
    assert!(a.byline().unwrap().contains(cnn[0].span));
    assert_eq!(a.quotes().len(), 2);
}

#[test]
fn boilerplate_lines_are_kept_out_of_the_body() {
    let text = "عنوان الخبر هنا\n\nوقال المتحدث باسم الوزارة إن الاجتماع كان مثمرا.\n-------------------------------\nيمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.\n\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.\n\n// انتهى //\n";
    let a = Article::parse(text);
    check_spans(&a);
    let boilerplate: Vec<&str> = a
        .zones()
        .iter()
        .filter(|z| z.kind == ZoneKind::Boilerplate)
        .map(|z| z.span.slice(text))
        .collect();
    assert_eq!(boilerplate.len(), 3, "{boilerplate:?}");
    assert!(boilerplate[0].starts_with("يمكنكم استلام"));
    assert!(a
        .zones()
        .iter()
        .all(|z| z.kind != ZoneKind::Boilerplate || !z.main));
    // The app promotion's BBC is no mention of the article's own.
    assert!(a.mentions().is_empty(), "{:?}", a.mentions());
    assert_eq!(a.related_mentions().len(), 1);
    // A columnist's contact notice with its code lines, to the last.
    let column = "وقال الكاتب إن الإصلاح ضروري.\nللتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (2) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n635031 - Mobily\n";
    let a = Article::parse(column);
    check_spans(&a);
    let kinds: Vec<ZoneKind> = a.zones().iter().map(|z| z.kind).collect();
    assert_eq!(
        kinds,
        [ZoneKind::Body, ZoneKind::Boilerplate, ZoneKind::Boilerplate]
    );
    assert!(a.zones()[2].span.slice(column).ends_with("Mobily"));
    // Or the columnist's e-mail.
    let column = "وقال الكاتب إن الإصلاح ضروري.\nلمراسلة الكاتب: writer@example.com\n";
    let a = Article::parse(column);
    let kinds: Vec<ZoneKind> = a.zones().iter().map(|z| z.kind).collect();
    assert_eq!(kinds, [ZoneKind::Body, ZoneKind::Boilerplate]);
    // A site's follow and copyright lines.
    let site = "وقال الوزير إن الاجتماع كان مثمرا.\n\nتابعونا عبر فيسبوك وتويتر\n\nجميع الحقوق محفوظة © 2024\n\n© 2024 Copyright\n";
    let a = Article::parse(site);
    check_spans(&a);
    let kinds: Vec<ZoneKind> = a.zones().iter().map(|z| z.kind).collect();
    assert_eq!(
        kinds,
        [ZoneKind::Body, ZoneKind::Boilerplate, ZoneKind::Boilerplate]
    );
    assert!(a.zones()[2].span.slice(site).starts_with("جميع الحقوق"));
    assert!(a.zones()[2].span.slice(site).ends_with("Copyright"));
}

#[test]
fn datelines_and_bylines() {
    // (reporter - outlet - place:), (agency - place :), (place، country (agency) --), a lone credit,
    // a reporter's name alone; and sentences that hold a dash or a colon, which have neither.
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "سامي العتيبي - الوطن - جدة: افتتح المركز أمس.",
            Some("جدة"),
            Some("سامي العتيبي"),
        ),
        (
            "واس - الرياض : وجه الوزير بإنهاء الإجراءات.",
            Some("الرياض"),
            Some("واس"),
        ),
        (
            "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت الشركة نتائجها.",
            Some("دبي، الإمارات العربية المتحدة"),
            Some("(CNN)"),
        ),
        (
            "بيروت، لبنان (رويترز) - أعلنت الحكومة خطتها.",
            Some("بيروت، لبنان"),
            Some("(رويترز)"),
        ),
        ("(CNN)-- أعلنت الشركة نتائجها.", None, Some("(CNN)")),
        (
            "القاهرة - أعلنت الوزارة نتائج الامتحانات.",
            Some("القاهرة"),
            None,
        ),
        ("قال الوزير: إن الوضع مستقر.", None, None),
        ("ملاحظة المحرر: نشر هذا المقال قبل عام.", None, None),
        ("التقى كيم جونغ-أون الرئيس في سنغافورة.", None, None),
        (
            "فجرت كوريا الشمالية - كما يبدو - أنفاقا في الموقع.",
            None,
            None,
        ),
        ("في 17 مايو / أيار أعلنت المنظمة قرارها.", None, None),
        // A head on a line of its own (no title): outlet - place, reporter - outlet, reporter -
        // "follow-ups", place - reporter.
        (
            "صحيفة الوطن – الرياض\nافتتح المركز أمس.",
            Some("الرياض"),
            Some("صحيفة الوطن"),
        ),
        (
            "سامي العتيبي – عين اليوم\nافتتح المركز أمس.",
            None,
            Some("سامي العتيبي"),
        ),
        (
            "سامي العتيبي – متابعات\nافتتح المركز أمس.",
            None,
            Some("سامي العتيبي"),
        ),
        (
            "جدة - سامي العتيبي:\nافتتح المركز أمس.",
            Some("جدة"),
            Some("سامي العتيبي"),
        ),
        // A site's navigation scraped before the head is no part of it; علي is a name there.
        (
            "Next Previous علي العتيبي – الرياض\nافتتح المركز أمس.",
            Some("الرياض"),
            Some("علي العتيبي"),
        ),
        // An agency's dated head; a place and credit alone on their line.
        (
            "جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\nافتتح المركز أمس.",
            Some("جدة"),
            Some("واس"),
        ),
        (
            "بيروت، لبنان (CNN) --\nافتتح المركز أمس.",
            Some("بيروت، لبنان"),
            Some("(CNN)"),
        ),
        // An outlet alone before the story is its byline, no place.
        ("عين اليوم – افتتح المركز أمس.", None, Some("عين اليوم")),
        // A headline that holds a dash stays the title.
        ("الأهلي - الزمالك\nفاز الأهلي بهدفين.", None, None),
        // A writer's line ("كتب: …"), then a printed date, then the place of the story; a
        // writer's line with its place; a sentence with كتب is none.
        (
            "كتب: أحمد سمير\nالأحد، 12 مايو 2024 03:15 م\nالقاهرة (رويترز) - أعلنت الوزارة نتائج الامتحانات.",
            Some("القاهرة"),
            Some("أحمد سمير"),
        ),
        (
            "كتبت - منى علي - الإسكندرية\nافتتح المحافظ المركز أمس.",
            Some("الإسكندرية"),
            Some("منى علي"),
        ),
        ("كتب الوزير مقالا عن الأزمة في الصحيفة.", None, None),
        // The place, then an outlet that signs so (a dash, a slash, a lone tatweel; its name in
        // quotation marks or with its "exclusive" mark); an outlet, then its reporter.
        (
            "أبوظبي - سكاي نيوز عربية\nأعلنت الوزارة نتائج الامتحانات.",
            Some("أبوظبي"),
            Some("سكاي نيوز عربية"),
        ),
        (
            "غزة/ الأناضول\nأعلنت الوزارة نتائج الامتحانات.",
            Some("غزة"),
            Some("الأناضول"),
        ),
        (
            "لندن ـ «الشرق الأوسط»: أعلنت الوزارة نتائج الامتحانات.",
            Some("لندن"),
            Some("الشرق الأوسط"),
        ),
        (
            "بيروت - الحرة / خاص\nأعلنت الوزارة نتائج الامتحانات.",
            Some("بيروت"),
            Some("الحرة / خاص"),
        ),
        (
            "عين اليوم – هيفاء عبدالله\nأعلنت الوزارة نتائج الامتحانات.",
            None,
            Some("هيفاء عبدالله"),
        ),
        (
            "طلال عبدالله ـ جدة\nطرح الشاعر قصيدته الجديدة.",
            Some("جدة"),
            Some("طلال عبدالله"),
        ),
    ];
    for &(text, dateline, byline) in cases {
        let a = Article::parse(text);
        check_spans(&a);
        // (A two-line case's first line is a title only when it is no head.)
        if let Some((first, _)) = text.split_once('\n') {
            let head = dateline.is_some() || byline.is_some();
            assert_eq!(a.title().is_none(), head, "title of {text:?}");
            if !head {
                assert_eq!(a.title().unwrap().slice(text), first);
            }
        }
        assert_eq!(
            a.dateline().map(|s| s.slice(text)),
            dateline,
            "dateline of {text:?}"
        );
        assert_eq!(
            a.byline().map(|s| s.slice(text)),
            byline,
            "byline of {text:?}"
        );
    }
}

#[test]
fn a_closing_credit_line_is_the_source() {
    // The agencies credited on the article's last line ("فرانس24/ أ ف ب") are its source, kept
    // out of the article's entities; a line that only starts with an agency's name is text.
    let text = "قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعم الحل السياسي.\n\nوأضاف في مؤتمر صحفي أن \"الوضع خطير\".\n\nفرانس24/ أ ف ب\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(a.source().unwrap().slice(text), "فرانس24/ أ ف ب");
    assert!(a
        .mentions()
        .iter()
        .all(|m| m.entity.id() != "afp" && m.entity.id() != "france-24"));
    for tail in ["رويترز", "- أ ف ب -", "وكالات", "د ب أ"] {
        let text = format!("قال الوزير إن الحكومة مستمرة في عملها.\n{tail}\n");
        let a = Article::parse(&text);
        assert_eq!(a.source().map(|s| s.slice(&text)), Some(tail), "{tail}");
    }
    let text = "قال الوزير إن الحكومة مستمرة في عملها.\nرويترز تنقل عن مصادر أن الاجتماع تأجل.\n";
    assert_eq!(Article::parse(text).source(), None);
}

#[test]
fn a_starred_reprint_credit_is_the_source() {
    // An opinion piece reprinted from a newspaper credits it on a starred line near its end; the
    // story's own "نقلا عن مصادر، …" stays text.
    let text = "يبدو أن الحكومة الجديدة تحتاج إلى وقت قبل أن تنال الثقة.\n\nوالمطلوب الآن الاختصار في النقاش.\n*نقلاً عن \"الأيام\" البحرينية\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(
        a.source().map(|s| s.slice(text)),
        Some("\"الأيام\" البحرينية")
    );
    let source = a
        .zones()
        .iter()
        .find(|z| z.kind == ZoneKind::Source)
        .expect("a source zone");
    assert!(!source.main);
    let text = "نقلا عن مصادر مطلعة، قال الوزير إن الاجتماع تأجل.\n";
    assert_eq!(Article::parse(text).source(), None);
}

#[test]
fn a_writer_s_name_on_the_first_line_is_the_byline() {
    // A columnist's name alone on the first line is the byline, not a title; a caption-like
    // line that names a role is no name ("أمير منطقة الباحة").
    let text =
        "فيصل الغامدي\nيبدو أنه لم يفتني الكثير خلال الأيام الماضية التي أردت أن تكون فرصة للتوقف.\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(a.byline().map(|s| s.slice(text)), Some("فيصل الغامدي"));
    assert!(a.title().is_none());
    let text = "أمير منطقة الباحة\nافتتح أمير المنطقة المعرض السنوي أمس بحضور عدد من المسؤولين.\n";
    assert!(Article::parse(text).byline().is_none());
    // Two places may share a head's dateline.
    let text =
        "عين اليوم – مكة المكرمة / المدينة المنورة\nأوصى إمام المسجد الحرام المسلمين بتقوى الله.\n";
    let a = Article::parse(text);
    assert_eq!(
        a.dateline().map(|s| s.slice(text)),
        Some("مكة المكرمة / المدينة المنورة")
    );
    assert_eq!(a.byline().map(|s| s.slice(text)), Some("عين اليوم"));
    // A reporter's name and place on a short line may glue the dash.
    let text = "أحمد البشيري-الباحة\nافتتح أمير المنطقة المعرض السنوي أمس بحضور المسؤولين.\n";
    let a = Article::parse(text);
    assert_eq!(a.byline().map(|s| s.slice(text)), Some("أحمد البشيري"));
    assert_eq!(a.dateline().map(|s| s.slice(text)), Some("الباحة"));
    // اليوم (the Dammam daily) signs a head like سبق or واس.
    let text = "اليوم - الدمام\nافتتح أمير المنطقة المعرض السنوي أمس بحضور المسؤولين.\n";
    let a = Article::parse(text);
    assert_eq!(a.byline().map(|s| s.slice(text)), Some("اليوم"));
    assert_eq!(a.dateline().map(|s| s.slice(text)), Some("الدمام"));
}

#[test]
fn a_photo_caption_is_no_title() {
    for text in [
        "جانب من اللقاء\nاستقبل أمير المنطقة وفد الغرفة التجارية أمس.\n",
        "صورة أرشيفية للمشروع\nأعلنت الأمانة عن بدء تنفيذ المشروع الجديد.\n",
    ] {
        assert!(Article::parse(text).title().is_none(), "{text}");
    }
}

/// A printed date opening the body leaves the dateline to the next line; a site's interface words
/// alone on their lines ("ذات صلة"، "أضف تعليقك"، "طباعة") are tails: the related headlines after
/// "ذات صلة" are no statements of the article.
#[test]
fn printed_date_before_the_dateline_and_interface_lines() {
    let text = "الحكومة تعلن خطة جديدة لدعم الصادرات\nالاثنين 12 مايو 2024 - 10:30 ص\nالقاهرة (رويترز) - أعلنت الحكومة اليوم خطة جديدة لدعم الصادرات بقيمة عشرة مليارات جنيه.\nوقال رئيس الوزراء إن الخطة \"ستضاعف الصادرات\".\nذات صلة\nمدبولي: الاقتصاد المصري يتعافى بسرعة كبيرة\nوزير المالية يكشف تفاصيل الموازنة الجديدة\nأضف تعليقك\nاشترك في النشرة البريدية\nطباعة\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert_eq!(a.dateline().map(|s| s.slice(text)), Some("القاهرة"));
    let kinds: Vec<ZoneKind> = a.zones().iter().map(|z| z.kind).collect();
    assert!(kinds.contains(&ZoneKind::Related), "{kinds:?}");
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == ZoneKind::Boilerplate)
            .count(),
        3,
        "{kinds:?}"
    );
    let quotes: Vec<&str> = a.quotes().iter().map(|q| q.content.slice(text)).collect();
    assert!(
        !quotes.iter().any(|q| q.contains("الاقتصاد المصري")),
        "{quotes:?}"
    );
}

/// A printed date is no title ("تاريخ النشر: …"); "مصدر الخبر:" is the source line, "كلمات البحث:"
/// the keywords, "لمزيد من الأخبار تابعونا" boilerplate.
#[test]
fn publication_date_source_of_the_news_and_search_words() {
    let text = "تاريخ النشر: 2024/05/12 - 10:30\nأعلن الجيش، الأحد، أن وحداته انتشرت في الجنوب بعد انسحاب القوات.\nمصدر الخبر: الجزيرة + وكالات\nكلمات البحث: لبنان، الجيش، الجنوب\nلمزيد من الأخبار تابعونا على تويتر\n";
    let a = Article::parse(text);
    check_spans(&a);
    assert!(a.title().is_none());
    assert_eq!(a.source().map(|s| s.slice(text)), Some("الجزيرة + وكالات"));
    let keywords: Vec<&str> = a.keywords().iter().map(|k| k.slice(text)).collect();
    assert_eq!(keywords, ["لبنان", "الجيش", "الجنوب"]);
    assert_eq!(
        a.zones().last().map(|z| z.kind),
        Some(ZoneKind::Boilerplate)
    );
}

/// An embedded Instagram post: its link line is boilerplate, its "A post shared by" line the
/// post's signature (author, handle, date).
#[test]
fn an_instagram_post_is_a_social_post() {
    let text = "استقبل الوزير نظيره الأمريكي في الرياض أمس.\nView this post on Instagram\nA post shared by وزارة الخارجية (@ksamofa) on Jun 8, 2023 at 4:12am PDT\nوأكد الجانبان أهمية التعاون.\n";
    let a = Article::parse(text);
    check_spans(&a);
    let kinds: Vec<ZoneKind> = a.zones().iter().map(|z| z.kind).collect();
    assert!(kinds.contains(&ZoneKind::Boilerplate), "{kinds:?}");
    let post = a
        .zones()
        .iter()
        .find_map(|z| z.post.as_ref())
        .expect("a post");
    assert_eq!(post.author.slice(text), "وزارة الخارجية");
    assert_eq!(post.handle.map(|h| h.slice(text)), Some("@ksamofa"));
    assert_eq!(
        post.date.map(|d| d.slice(text)),
        Some("Jun 8, 2023 at 4:12am PDT")
    );
}

#[test]
fn an_outlet_named_in_marks_after_its_noun() {
    // The name alone is no form ("العربية" is "Arabic"); after its noun, in marks, it is the
    // outlet, and its mention is the quoted name as written; the quote it opens is the outlet's.
    let text = "وقالت قناة \"العربية\" إن الوفد وصل، وذكرت صحيفة «الشرق الأوسط» أن الاجتماع انتهى.";
    let a = Article::parse(text);
    check_spans(&a);
    let found: Vec<(&str, &str)> = a
        .mentions()
        .iter()
        .map(|m| (m.span.slice(text), m.entity.id()))
        .collect();
    assert_eq!(
        found,
        [
            ("العربية", "al-arabiya"),
            ("الشرق الأوسط", "asharq-al-awsat")
        ]
    );
    let linked: Vec<Option<&str>> = a
        .quotes()
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| {
            q.speaker
                .as_ref()
                .and_then(|s| s.entity.as_ref())
                .map(|e| e.id())
        })
        .collect();
    assert_eq!(linked, [Some("al-arabiya"), Some("asharq-al-awsat")]);
    // Not another country's paper of the same name.
    let text = "وقالت صحيفة \"النهار\" الجزائرية إن الحكومة استقالت.";
    assert!(Article::parse(text)
        .mentions()
        .iter()
        .all(|m| m.entity.id() != "annahar"));
}
