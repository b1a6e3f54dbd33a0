//! Table-driven tests of every token kind, proclitic splits and sentences.

use akhbar::{tokenize, TokenKind as K};

/// `tokens!(name, input => [(text, kind), ...])`.
macro_rules! tokens {
    ($($name:ident: $input:expr => [$(($t:expr, $k:ident)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let input: &str = $input;
                let got: Vec<(&str, K)> = tokenize(input).map(|t| (t.as_str(), t.kind())).collect();
                let want: Vec<(&str, K)> = vec![$(($t, K::$k)),*];
                assert_eq!(got, want, "input {:?}", input);
                for t in tokenize(input) {
                    assert_eq!(&input[t.span().range()], t.as_str());
                }
            }
        )*
    };
}

tokens! {
    arabic_words: "قال الرئيس" => [("قال", ArabicWord), ("الرئيس", ArabicWord)];
    diacritics_and_tatweel_inside: "وَقَالَ بـــلينكن" => [("وَقَالَ", ArabicWord), ("بـــلينكن", ArabicWord)];
    zwnj_inside_word: "می\u{200C}خواهم" => [("می\u{200C}خواهم", ArabicWord)];
    zwnj_between_words_dropped: "قال \u{200C} نعم" => [("قال", ArabicWord), ("نعم", ArabicWord)];
    latin_words: "General Michael Kurilla's visit" => [("General", Word), ("Michael", Word), ("Kurilla's", Word), ("visit", Word)];
    mixed_script: "قناةCNN" => [("قناة", ArabicWord), ("CNN", Word)];
    other_script: "Привет שלום" => [("Привет", Word), ("שלום", Word)];
    ascii_numbers: "23 3.5 1,000,000 45%" => [("23", Number), ("3.5", Number), ("1,000,000", Number), ("45%", Number)];
    arabic_indic_numbers: "٢٣ ٣٫٥٪ ۱۴۰۲ ١٬٠٠٠" => [("٢٣", Number), ("٣٫٥٪", Number), ("۱۴۰۲", Number), ("١٬٠٠٠", Number)];
    number_then_period: "عام 2024." => [("عام", ArabicWord), ("2024", Number), (".", Punctuation)];
    arabic_punctuation: "نعم، لا؛ لماذا؟" => [("نعم", ArabicWord), ("،", Punctuation), ("لا", ArabicWord), ("؛", Punctuation), ("لماذا", ArabicWord), ("؟", Punctuation)];
    latin_punctuation: "(a) b: c! d..." => [("(", Punctuation), ("a", Word), (")", Punctuation), ("b", Word), (":", Punctuation), ("c", Word), ("!", Punctuation), ("d", Word), ("...", Punctuation)];
    dashes_and_ellipsis: "— نعم – …" => [("—", Punctuation), ("نعم", ArabicWord), ("–", Punctuation), ("…", Punctuation)];
    // A tatweel standing alone is a dash ("لندن ـ «الشرق الأوسط»"); stray diacritics make no token.
    lone_tatweel_is_a_dash: "لندن ـ الشرق ــ \u{064E} نعم" => [("لندن", ArabicWord), ("ـ", Punctuation), ("الشرق", ArabicWord), ("ــ", Punctuation), ("نعم", ArabicWord)];
    quote_marks: "\"«»“”‘’{}" => [("\"", Quote), ("«", Quote), ("»", Quote), ("“", Quote), ("”", Quote), ("‘", Quote), ("’", Quote), ("{", Quote), ("}", Quote)];
    quoted_word: "«داعش»" => [("«", Quote), ("داعش", ArabicWord), ("»", Quote)];
    url_with_scheme: "انظر https://www.alhurra.com/a/b?x=1." => [("انظر", ArabicWord), ("https://www.alhurra.com/a/b?x=1", Url), (".", Punctuation)];
    bare_pic_twitter: "pic.twitter.com/eilQADAI7u" => [("pic.twitter.com/eilQADAI7u", Url)];
    www_url: "www.bbc.com" => [("www.bbc.com", Url)];
    bare_domain: "alarabiya.net" => [("alarabiya.net", Url)];
    initials_not_url: "U.S. forces" => [("U", Word), (".", Punctuation), ("S", Word), (".", Punctuation), ("forces", Word)];
    email: "راسلونا info@example.org" => [("راسلونا", ArabicWord), ("info@example.org", Email)];
    mention: "(@IDF) @CENTCOM" => [("(", Punctuation), ("@IDF", Mention), (")", Punctuation), ("@CENTCOM", Mention)];
    hashtag: "#قطاع_غزة #Gaza2024" => [("#قطاع_غزة", Hashtag), ("#Gaza2024", Hashtag)];
    lone_hash_and_at: "# @" => [("#", Punctuation), ("@", Punctuation)];
    emoji_cluster: "👍🏽 👨‍👩‍👧 ✓" => [("👍🏽", Symbol), ("👨‍👩‍👧", Symbol), ("✓", Symbol)];
    line_break: "أ\nب" => [("أ", ArabicWord), ("\n", LineBreak), ("ب", ArabicWord)];
    crlf_line_break: "أ\r\nب" => [("أ", ArabicWord), ("\r\n", LineBreak), ("ب", ArabicWord)];
    paragraph_break: "أ\n \u{00A0}\n\nب" => [("أ", ArabicWord), ("\n \u{00A0}\n\n", ParagraphBreak), ("ب", ArabicWord)];
    bullets: "  • بلينكن" => [("•", Punctuation), ("بلينكن", ArabicWord)];
    nul_and_controls_skipped: "أ\0\u{1}ب\u{7F}" => [("أ", ArabicWord), ("ب", ArabicWord)];
    stray_diacritics_skipped: "َُ قال" => [("قال", ArabicWord)];
    empty: "" => [];
    whitespace_only: " \t \u{00A0} " => [];
}

#[test]
fn normalized_form_borrows_when_unchanged() {
    let t = tokenize("ميلر").next().unwrap();
    assert!(matches!(t.normalized(), std::borrow::Cow::Borrowed("ميلر")));
    let t = tokenize("لإسرائيل").next().unwrap();
    assert_eq!(t.normalized(), "لاسراييل");
}

/// `clitics!(name, word => [stems...])`: candidate stems, shortest prefix first.
macro_rules! clitics {
    ($($name:ident: $word:expr => [$($stem:expr),*];)*) => {
        $(
            #[test]
            fn $name() {
                let t = tokenize($word).next().unwrap();
                let stems: Vec<&str> = t.proclitics().map(|s| s.stem()).collect();
                let want: Vec<&str> = vec![$($stem),*];
                assert_eq!(stems, want);
                for s in t.proclitics() {
                    assert_eq!(format!("{}{}", s.prefix(), s.stem()), $word);
                }
            }
        )*
    };
}

clitics! {
    wa: "وبلينكن" => ["بلينكن", "لينكن"];
    li_with_hamza: "لإسرائيل" => ["إسرائيل"];
    bi_al: "بالولايات" => ["الولايات", "ولايات"];
    lil: "للاتحاد" => ["لاتحاد", "اتحاد"];
    wa_lil: "وللاتحاد" => ["للاتحاد", "لاتحاد", "اتحاد"];
    wa_bi_al: "وبالولايات" => ["بالولايات", "الولايات", "ولايات"];
    al_only: "السعودي" => ["سعودي"];
    short_stem_rejected: "لم" => [];
    diacritic_after_clitic: "وَبِالولايات" => ["بِالولايات", "الولايات", "ولايات"];
    no_clitic_letter: "إلى" => [];
}

#[test]
fn clitic_split_kinds() {
    let t = tokenize("وللاتحاد").next().unwrap();
    let last = t.proclitics().last().unwrap();
    assert_eq!(last.prefix(), "ولل");
    let c = last.clitics();
    assert_eq!(c.conjunction(), Some('و'));
    assert_eq!(c.preposition(), Some('ل'));
    assert!(c.has_article());
}

#[test]
fn non_words_have_no_clitics() {
    let t = tokenize("Blinken").next().unwrap();
    assert_eq!(t.proclitics().count(), 0);
}

/// `sentences!(name, input => [sentences...])`.
macro_rules! sentences {
    ($($name:ident: $input:expr => [$($s:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let input: &str = $input;
                let got: Vec<&str> = akhbar::sentences(input).iter().map(|s| s.slice(input)).collect();
                let want: Vec<&str> = vec![$($s),*];
                assert_eq!(got, want);
            }
        )*
    };
}

sentences! {
    simple_periods: "قال ميلر ذلك. وأضاف أنه مستعد." => ["قال ميلر ذلك.", "وأضاف أنه مستعد."];
    question_marks: "هل انتهت الحرب؟ لا! ليس بعد" => ["هل انتهت الحرب؟", "لا!", "ليس بعد"];
    ellipsis: "الوضع صعب… لكنه يتحسن" => ["الوضع صعب…", "لكنه يتحسن"];
    decimal_not_split: "ارتفع بنسبة 3.5 في المئة" => ["ارتفع بنسبة 3.5 في المئة"];
    url_not_split: "انظر www.example.com/a.html للمزيد" => ["انظر www.example.com/a.html للمزيد"];
    arabic_abbreviation: "قال د. محمد إن الأمر انتهى." => ["قال د. محمد إن الأمر انتهى."];
    latin_initial: "General Michael E. Kurilla arrived. He met Halevi." => ["General Michael E. Kurilla arrived.", "He met Halevi."];
    period_inside_quote: "قال: \"انتهى الأمر. سنرحل.\" ثم غادر." => ["قال: \"انتهى الأمر. سنرحل.\"", "ثم غادر."];
    guillemets: "قال «لا. لن نقبل» وغادر. ثم عاد" => ["قال «لا. لن نقبل» وغادر.", "ثم عاد"];
    unbalanced_quote_does_not_swallow: "قال \"لا. ثم غادر.\nفقرة جديدة." => ["قال \"لا.", "ثم غادر.", "فقرة جديدة."];
    paragraph_ends_sentence: "سطر أول\nسطر ثان" => ["سطر أول", "سطر ثان"];
    empty_text: "" => [];
    period_before_colon: "وقال المعلم في رسالته إلى المدرسة.: \"لن أعود\". ثم غادر." => ["وقال المعلم في رسالته إلى المدرسة.: \"لن أعود\".", "ثم غادر."];
}
