//! The invariants the fuzz targets check, shared by `fuzz/fuzz_targets/*.rs` (through
//! `fuzz/src/lib.rs`) and `tests/fuzz_regressions.rs`, so that a saved reproducer runs through exactly
//! the checks that found it.
//!
//! [`run`] takes a target's name and the raw fuzz input. Every check panics with a message naming
//! the broken invariant; libFuzzer reports a panic as a crash.

use akhbar::marks::pair_marks;
use akhbar::{
    normalize, paragraphs, sentences, tokenize, Article, ErrorKind, Gazetteer, Matches, Mention,
    NormalizeOptions, Normalized, Normalizer, Parser, Quote, Span, Token, TokenKind,
};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The fuzz targets, by name (the names of `fuzz/fuzz_targets/*.rs` and of the folders of
/// `fuzz/regressions/`).
pub const TARGETS: &[&str] = &[
    "parse",
    "normalize",
    "tokenize",
    "quote_pairing",
    "gazetteer",
];

/// Runs the checks of `target` on a raw fuzz input. Every API under test takes `&str`: invalid
/// UTF-8 is replaced by U+FFFD (`from_utf8_lossy`) rather than skipped, so that byte-level mutations
/// of Arabic text, which often break a multi-byte char, still test something.
pub fn run(target: &str, data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    match target {
        "parse" => check_parse(text),
        "normalize" => check_normalize(text),
        "tokenize" => check_tokenize(text),
        "quote_pairing" => check_quote_pairing(text),
        "gazetteer" => check_gazetteer(text),
        _ => panic!("unknown fuzz target `{target}`"),
    }
}

/// Whether the check `name` is listed in the `AKHBAR_FUZZ_SKIP` environment variable (names
/// separated by commas): set it to keep fuzzing past an open finding (`fuzz/README.md` lists them).
fn skipped(name: &str) -> bool {
    static SKIP: OnceLock<Vec<String>> = OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("AKHBAR_FUZZ_SKIP")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_string())
            .collect()
    })
    .iter()
    .any(|s| s == name)
}

// ---------------------------------------------------------------------------------------------
// Spans

/// `span` lies within `text`, on char boundaries, `start <= end`.
fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} out of bounds (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
}

/// Spans in bounds, non-empty, in text order and non-overlapping.
fn check_ordered_spans(text: &str, spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut last_end = 0;
    for s in spans {
        check_span(text, s, what);
        assert!(s.start < s.end, "{what}: empty span {s:?}");
        assert!(
            s.start >= last_end,
            "{what}: span {s:?} overlaps or precedes the previous one (ended at {last_end})"
        );
        last_end = s.end;
    }
}

// ---------------------------------------------------------------------------------------------
// parse

/// A parser that also reports related articles' entities and quotes.
fn related_parser() -> &'static Parser {
    static P: OnceLock<Parser> = OnceLock::new();
    P.get_or_init(|| Parser::builder().include_related(true).build().unwrap())
}

/// `Article::parse`, a parser with related articles included, and one that parses the text in
/// windows of about a third of it (`ParserBuilder::window`), which must also give the whole
/// text's tokens.
pub fn check_parse(text: &str) {
    check_article(text, &Article::parse(text));
    check_article(text, &related_parser().parse(text));
    let windowed = Parser::builder()
        .window(text.len() / 3 + 1)
        .build()
        .expect("parser");
    let a = windowed.parse(text);
    check_article(text, &a);
    assert!(
        a.tokens().iter().copied().eq(tokenize(text)),
        "windowed parse: tokens differ from the whole text's"
    );
}

/// Every span an article returns is valid for its text, and the indices between its parts agree.
pub fn check_article(text: &str, a: &Article<'_>) {
    assert_eq!(a.text(), text, "article text");
    check_tokens(text, a.tokens());

    check_ordered_spans(text, a.paragraphs().iter().map(|p| p.span), "paragraph");
    for p in a.paragraphs() {
        check_token_range(a.tokens(), &p.tokens, p.span, "paragraph");
    }
    check_ordered_spans(text, a.sentences().iter().map(|s| s.span), "sentence");
    for s in a.sentences() {
        check_token_range(a.tokens(), &s.tokens, s.span, "sentence");
        let para = a.paragraphs().get(s.paragraph).unwrap_or_else(|| {
            panic!(
                "sentence {:?}: paragraph {} of {}",
                s.span,
                s.paragraph,
                a.paragraphs().len()
            )
        });
        assert!(
            para.span.contains(s.span),
            "sentence {:?} outside its paragraph {:?}",
            s.span,
            para.span
        );
    }

    check_ordered_spans(text, a.zones().iter().map(|z| z.span), "zone");
    for z in a.zones() {
        assert!(
            z.paragraphs.start <= z.paragraphs.end && z.paragraphs.end <= a.paragraphs().len(),
            "zone {:?}: paragraphs {:?} of {}",
            z.span,
            z.paragraphs,
            a.paragraphs().len()
        );
        for s in z.value.iter().chain(&z.items) {
            check_span(text, *s, "zone value/item");
        }
        if let Some(post) = &z.post {
            check_span(text, post.author, "post author");
            check_span(text, post.body, "post body");
            for s in post.handle.iter().chain(&post.date) {
                check_span(text, *s, "post handle/date");
            }
        }
    }
    for s in a
        .title()
        .iter()
        .chain(&a.dateline())
        .chain(&a.byline())
        .chain(&a.source())
    {
        check_span(text, *s, "title/dateline/byline/source");
    }
    // The head of the body: the byline and the dateline do not overlap (a reporter's byline comes
    // before the place, an agency's credit may follow it: "دبي، الإمارات (CNN)").
    if let (Some(b), Some(d)) = (a.byline(), a.dateline()) {
        assert!(
            b.end <= d.start || d.end <= b.start,
            "byline {b:?} over dateline {d:?}"
        );
    }
    for k in a.keywords() {
        check_span(text, *k, "keyword");
    }

    check_mentions(text, a.mentions(), "mention");
    for m in a.related_mentions() {
        check_mention(text, m, "related mention");
    }
    for u in a.unlinked() {
        check_span(text, u.span, "unlinked");
    }
    for q in a.quotes().iter().chain(a.related_quotes()) {
        check_quote(text, q);
    }
    for ap in a.appositions() {
        check_span(text, ap.role, "apposition role");
        if skipped("apposition-index") {
            continue;
        }
        // The person is named right after the role ("المتحدث باسم الخارجية، ماثيو ميلر") or
        // before it ("أنطونيو غوتيريش، الأمين العام"), in bounds, never overlapping it.
        check_span(text, ap.person, "apposition person");
        assert!(
            ap.role.end <= ap.person.start || ap.person.end <= ap.role.start,
            "apposition role {:?} overlaps its person {:?}",
            ap.role,
            ap.person
        );
    }
    let counted: usize = a.entities().iter().map(|e| e.count).sum();
    assert_eq!(
        counted,
        a.mentions().len(),
        "entities() counts vs mentions()"
    );
}

/// `range` indexes `tokens`, is non-empty, and `span` runs from its first token to its last.
fn check_token_range(tokens: &[Token<'_>], range: &std::ops::Range<usize>, span: Span, what: &str) {
    assert!(
        range.start < range.end && range.end <= tokens.len(),
        "{what} {span:?}: tokens {range:?} of {}",
        tokens.len()
    );
    let from = Span::new(tokens[range.start].start(), tokens[range.end - 1].end());
    assert_eq!(
        span, from,
        "{what}: span is not its first token to its last"
    );
}

fn check_quote(text: &str, q: &Quote) {
    check_span(text, q.span, "quote span");
    check_span(text, q.content, "quote content");
    assert!(
        q.span.contains(q.content),
        "quote content {:?} outside its span {:?}",
        q.content,
        q.span
    );
    for (who, s) in [("speaker", &q.speaker), ("agent", &q.agent)] {
        if let Some(s) = s {
            check_span(text, s.span, who);
            // A speaker is words: no space or separating punctuation at either edge.
            let words = s.span.slice(text);
            let separator = |c: char| c.is_whitespace() || "،,.;:؛".contains(c);
            assert!(
                !words.starts_with(separator) && !words.ends_with(separator),
                "{who} {:?} ({words:?}) has a separator at an edge",
                s.span
            );
            if skipped(&format!("{who}-overlap")) {
                continue;
            }
            assert!(
                !s.span.overlaps(q.content),
                "{who} {:?} ({:?}) overlaps the quote content {:?} ({:?})",
                s.span,
                s.span.slice(text),
                q.content,
                q.content.slice(text)
            );
        }
    }
    if let Some(c) = q.cue {
        check_span(text, c, "quote cue");
    }
}

fn check_mention(text: &str, m: &Mention, what: &str) {
    check_span(text, m.span, what);
    assert!(!m.span.is_empty(), "{what}: empty span {:?}", m.span);
    if let Some(p) = m.prefix {
        check_span(text, p, "mention prefix");
        assert!(
            p.end <= m.span.start,
            "{what}: prefix {p:?} not before {:?}",
            m.span
        );
    }
}

/// Mentions: valid, in text order, non-overlapping.
fn check_mentions(text: &str, mentions: &[Mention], what: &str) {
    for m in mentions {
        check_mention(text, m, what);
    }
    check_ordered_spans(text, mentions.iter().map(|m| m.span), what);
}

// ---------------------------------------------------------------------------------------------
// normalize

/// The display preset, built as a caller would build it.
fn display() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(|| Normalizer::new(NormalizeOptions::display()))
}

/// The matching preset (`normalize`), the display preset, and no fold at all.
pub fn check_normalize(text: &str) {
    let matching = normalize(text);
    check_offset_map(text, &matching, "matching");
    // Each char comes back when its original bytes are normalized alone (as tests/prop.rs checks).
    for (i, c) in matching.as_str().char_indices() {
        let r = matching.original_range(i..i + c.len_utf8());
        let again = normalize(&text[r.clone()]);
        assert!(
            again.as_str().contains(c),
            "matching: {:?} (from {r:?}) normalizes to {:?}, without {c:?}",
            &text[r.clone()],
            again.as_str()
        );
    }
    let mut buf = String::new();
    Normalizer::matching().normalize_into(text, &mut buf);
    assert_eq!(
        buf,
        matching.as_str(),
        "normalize_into differs from normalize"
    );

    check_offset_map(text, &display().normalize(text), "display");

    let none = Normalizer::new(NormalizeOptions::none()).normalize(text);
    assert_eq!(
        none.as_str(),
        text,
        "NormalizeOptions::none() changed the text"
    );
}

/// Every normalized char maps to a non-empty original range on char boundaries, with starts in
/// order; `original_offset` is monotone, on char boundaries and at most the text's length.
fn check_offset_map(text: &str, n: &Normalized<'_>, preset: &str) {
    let norm = n.as_str();
    assert_eq!(n.original(), text, "{preset}: original()");
    if !n.is_changed() {
        assert_eq!(norm, text, "{preset}: unchanged but differs");
    }
    let mut last_start = 0;
    for (i, c) in norm.char_indices() {
        let r = n.original_range(i..i + c.len_utf8());
        let what = format!("{preset}: char {c:?} at {i}");
        check_span(text, r.clone().into(), &what);
        assert!(r.start < r.end, "{what} maps to an empty range {r:?}");
        assert!(
            r.start >= last_start,
            "{what}: range {r:?} starts before the previous ({last_start})"
        );
        last_start = r.start;
    }
    check_span(
        text,
        n.original_span(0..norm.len()),
        &format!("{preset}: whole text"),
    );
    let mut prev = 0;
    for i in norm.char_indices().map(|(i, _)| i).chain([norm.len()]) {
        let o = n.original_offset(i);
        assert!(o >= prev, "{preset}: original_offset({i}) = {o} < {prev}");
        assert!(
            o <= text.len(),
            "{preset}: original_offset({i}) = {o} past the end"
        );
        assert!(
            text.is_char_boundary(o),
            "{preset}: original_offset({i}) = {o} not on a char boundary"
        );
        prev = o;
    }
}

// ---------------------------------------------------------------------------------------------
// tokenize

/// `tokenize`: see [`check_tokens`].
pub fn check_tokenize(text: &str) {
    let tokens: Vec<Token<'_>> = tokenize(text).collect();
    check_tokens(text, &tokens);
}

/// Tokens in order, non-overlapping, non-empty, on char boundaries, `&text[span] == as_str()`;
/// nothing but blanks between them (as tests/prop.rs checks); proclitic splits give the word back.
fn check_tokens(text: &str, tokens: &[Token<'_>]) {
    check_ordered_spans(text, tokens.iter().map(Token::span), "token");
    let mut last_end = 0;
    for t in tokens {
        let s = t.span();
        assert_eq!(
            &text[s.range()],
            t.as_str(),
            "token text differs from its span {s:?}"
        );
        for c in text[last_end..s.start].chars() {
            assert!(
                is_blank(c),
                "{c:?} between tokens (before {s:?}) belongs to no token"
            );
        }
        last_end = s.end;
        if t.kind() == TokenKind::ArabicWord {
            for split in t.proclitics() {
                assert_eq!(split.prefix_len(), split.prefix().len());
                assert_eq!(
                    format!("{}{}", split.prefix(), split.stem()),
                    t.as_str(),
                    "proclitic split {:?} + {:?}",
                    split.prefix(),
                    split.stem()
                );
            }
        }
        let _ = t.normalized();
    }
    for c in text[last_end..].chars() {
        assert!(
            is_blank(c),
            "{c:?} after the last token belongs to no token"
        );
    }
}

/// What may lie between tokens: whitespace, controls or stray marks (the list in tests/prop.rs).
fn is_blank(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0x0610..=0x061A | 0x08CA..=0x08FF | 0x064B..=0x065F | 0x0670
            | 0x06D6..=0x06ED | 0x0640 | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069
            | 0xFEFF | 0x061C | 0x00AD)
}

// ---------------------------------------------------------------------------------------------
// quote_pairing

/// `pair_marks` over all quote tokens and over each paragraph's; `sentences` and `paragraphs`.
pub fn check_quote_pairing(text: &str) {
    let marks: Vec<Span> = tokenize(text)
        .filter(|t| t.kind() == TokenKind::Quote)
        .map(|t| t.span())
        .collect();
    check_pairing(text, &marks);
    let paras = paragraphs(text);
    check_ordered_spans(text, paras.iter().copied(), "paragraphs()");
    for p in &paras {
        let inside: Vec<Span> = marks.iter().copied().filter(|m| p.contains(*m)).collect();
        check_pairing(text, &inside);
    }
    check_ordered_spans(text, sentences(text), "sentences()");
}

/// Every mark is paired once or unbalanced, never both; pairs open before they close, are ordered
/// by their open mark, and nest without crossing; unbalanced marks are in text order.
fn check_pairing(text: &str, marks: &[Span]) {
    let p = pair_marks(text, marks);
    let given: HashSet<Span> = marks.iter().copied().collect();
    let mut used = HashSet::new();
    for pair in &p.pairs {
        assert!(
            pair.open.end <= pair.close.start,
            "pair {pair:?} closes before it opens"
        );
        for m in [pair.open, pair.close] {
            assert!(given.contains(&m), "pair {pair:?} uses a mark not given");
            assert!(used.insert(m), "mark {m:?} used twice");
        }
    }
    for u in &p.unbalanced {
        assert!(given.contains(u), "unbalanced {u:?} is not a given mark");
        assert!(
            used.insert(*u),
            "mark {u:?} both unbalanced and paired (or listed twice)"
        );
    }
    assert_eq!(
        used.len(),
        given.len(),
        "some marks are neither paired nor unbalanced"
    );
    assert!(
        p.pairs
            .windows(2)
            .all(|w| w[0].open.start < w[1].open.start),
        "pairs not ordered by their open mark"
    );
    assert!(
        p.unbalanced.windows(2).all(|w| w[0].start < w[1].start),
        "unbalanced marks not in text order"
    );
    // Nesting: with pairs sorted by start, each pair lies inside every enclosing pair still open.
    let mut stack: Vec<Span> = Vec::new();
    for pair in &p.pairs {
        let outer = pair.outer();
        while stack.last().is_some_and(|top| top.end <= outer.start) {
            stack.pop();
        }
        if let Some(top) = stack.last() {
            assert!(top.contains(outer), "pairs {top:?} and {outer:?} cross");
        }
        stack.push(outer);
    }
}

// ---------------------------------------------------------------------------------------------
// gazetteer

/// A fixed sentence to match every gazetteer the fuzzer builds against.
pub const SENTENCE: &str = "وقال وزير الخارجية الأميركي أنتوني بلينكن للصحفيين في واشنطن إن \
    \"المفاوضات مع الجانب السعودي مستمرة\"، حسبما ذكر المتحدث باسم الخارجية ماثيو ميلر لـ Reuters.";

/// `GazetteerBuilder::add_str("fuzz.tsv", text).build()`: an error names the file and a line of
/// it; a gazetteer finds valid spans in [`SENTENCE`] and in a text made of its own names, and a
/// parser built on it parses that text with valid spans.
pub fn check_gazetteer(tsv: &str) {
    let g = match Gazetteer::builder().add_str("fuzz.tsv", tsv).build() {
        Ok(g) => g,
        Err(e) => {
            let msg = e.to_string();
            match e.kind() {
                ErrorKind::Gazetteer { source, line, .. } => {
                    assert_eq!(source, "fuzz.tsv", "error source: {msg}");
                    assert!(
                        *line >= 1 && *line <= tsv.lines().count(),
                        "error line out of the file: {msg}"
                    );
                    assert!(msg.starts_with("fuzz.tsv:"), "{msg}");
                }
                ErrorKind::DuplicateId { .. } => {}
                _ => panic!("unexpected gazetteer error: {msg}"),
            }
            return;
        }
    };
    assert_eq!(g.len(), g.entities().len());
    for e in g.entities() {
        assert!(
            g.get(e.id()).is_some(),
            "entity {} not found by its id",
            e.id()
        );
    }
    check_matches(SENTENCE, &g.find(SENTENCE));

    // A text that mentions the gazetteer's own names, bare, with a proclitic and as speakers.
    let mut names = String::from(SENTENCE);
    'entities: for e in g.entities() {
        let forms = [e.name_ar(), e.name_en()]
            .into_iter()
            .chain(e.variants_ar().iter().map(String::as_str))
            .chain(e.variants_en().iter().map(String::as_str))
            .chain(e.short_ar().iter().map(String::as_str))
            .chain(e.demonyms_ar().iter().map(String::as_str))
            .chain(e.capital_ar().iter().map(String::as_str));
        for form in forms.filter(|f| !f.is_empty()) {
            if names.len() > 16 * 1024 {
                break 'entities;
            }
            names.push_str(&format!(
                "\nوقال {form} إن \"الوضع خطير\"، و{form} ال{form}."
            ));
        }
    }
    check_matches(&names, &g.find(&names));
    let parser = Parser::builder()
        .gazetteer(g)
        .include_related(true)
        .build()
        .unwrap();
    check_article(&names, &parser.parse(&names));
}

fn check_matches(text: &str, m: &Matches) {
    check_mentions(text, &m.mentions, "gazetteer mention");
    for u in &m.unlinked {
        check_span(text, u.span, "unlinked");
    }
    assert!(
        m.unlinked
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "unlinked short forms not in text order"
    );
}
