//! Article structure: the title, the body, and the tails scrapers leave behind — the source line
//! (`المصدر:`), the keyword line (`كلمات دلالية:`), `إقرأ أيضاً` blocks, `مقالات مشابهة` lists and
//! embedded social posts (`— Name (@handle) Month D, YYYY`).

use crate::{Normalizer, Paragraph, Span, Token, TokenKind};

/// What a zone of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum ZoneKind {
    /// The headline (the first line, when it reads as one).
    Title,
    /// Body paragraphs.
    Body,
    /// An embedded social-media post (tweet) with its signature line.
    SocialPost,
    /// The source line: `المصدر: الحرة`.
    Source,
    /// The keyword line: `كلمات دلالية: …`.
    Keywords,
    /// A related article inlined after `إقرأ أيضاً`: its headline and body; or a link line
    /// (`اقرأ أيضا: headline`), after which the article's own text goes on.
    ReadAlso,
    /// A list of related headlines after `مقالات مشابهة` (• bullets).
    Related,
    /// A line the site adds to every article: an app promotion (`يمكنكم استلام إشعارات …`), a
    /// disclaimer (`جميع المقالات المنشورة تمثل رأي كتابها فقط`), an end marker (`// انتهى //`).
    Boilerplate,
}

/// A social post's signature: `— Israel Defense Forces (@IDF) November 23, 2024`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PostSignature {
    /// The author's display name.
    pub author: Span,
    /// The author's handle, with `@`.
    pub handle: Option<Span>,
    /// The date as written.
    pub date: Option<Span>,
    /// The post's text (the paragraphs before the signature).
    pub body: Span,
}

/// A typed region of the article.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Zone {
    /// What the zone is.
    pub kind: ZoneKind,
    /// From its first to its last paragraph. (The one exception: an outlet's link line that the
    /// scraper ran into the body's last paragraph, "… لوفاتهما. رابط الخبر بصحيفة الوئام: …", is a
    /// source zone of its own, and the body's span ends before it.)
    pub span: Span,
    /// Indices of its paragraphs (there, both zones hold the shared last paragraph).
    pub paragraphs: std::ops::Range<usize>,
    /// Whether it belongs to the article itself (title, body and posts embedded in the body), as
    /// opposed to the tails and related articles.
    pub main: bool,
    /// Source zone: the source's name. ReadAlso zone: the related article's headline (the first
    /// link's, for links).
    pub value: Option<Span>,
    /// Keywords zone: the keywords. Related zone and ReadAlso links: the headlines.
    pub items: Vec<Span>,
    /// SocialPost zone: the signature (boxed: most zones have none, and a long text has many).
    pub post: Option<Box<PostSignature>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Marker {
    None,
    Source,
    /// "رابط الخبر بصحيفة الوئام: …": the link to the article on its outlet's site.
    Permalink,
    Keywords,
    ReadAlso,
    Related,
    Signature,
    Boilerplate,
}

/// The phrases that open a tail (matching-normalized), longest match first: an anchored
/// Aho–Corasick automaton over the head of each paragraph.
fn markers() -> &'static (aho_corasick::AhoCorasick, Vec<Marker>) {
    static MARKERS: std::sync::OnceLock<(aho_corasick::AhoCorasick, Vec<Marker>)> =
        std::sync::OnceLock::new();
    MARKERS.get_or_init(|| {
        let groups: [(&[&str], Marker); 6] = [
            (
                &[
                    "المصدر:",
                    "المصدر :",
                    "مصدر:",
                    "المصدر-",
                    "مصدر الخبر:",
                    "مصدر الخبر :",
                ],
                Marker::Source,
            ),
            (&["رابط الخبر بصحيفه"], Marker::Permalink),
            (
                &[
                    "كلمات دلاليه",
                    "الكلمات الدلاليه",
                    "كلمات مفتاحيه",
                    "الكلمات المفتاحيه",
                    "وسوم:",
                    "الوسوم:",
                    "كلمات البحث",
                    "Tags:",
                ],
                Marker::Keywords,
            ),
            (
                &[
                    "اقرا ايضا",
                    "اقرا المزيد",
                    "اقرا كذلك",
                    "اقرا:",
                    "شاهد ايضا",
                    "شاهد:",
                    "طالع ايضا",
                    "قد يهمك",
                ],
                Marker::ReadAlso,
            ),
            (
                &[
                    "مقالات مشابهه",
                    "مقالات ذات صله",
                    "اخبار ذات صله",
                    "اخبار متعلقه",
                    "مواضيع ذات صله",
                    "اقرا المزيد من الاخبار",
                    "الاكثر قراءه",
                ],
                Marker::Related,
            ),
            (
                &[
                    "يمكنكم استلام اشعارات",
                    "يمكنكم تسلم اشعارات",
                    "جميع المقالات المنشوره تمثل",
                    "المقالات المنشوره تعبر عن",
                    "المقال يعبر عن راي",
                    "المقاله تعبر عن راي",
                    "الاراء الوارده في",
                    "تابعونا علي",
                    "تابعونا عبر",
                    "تابعوا اخر الاخبار",
                    "جميع الحقوق محفوظه",
                    "كل الحقوق محفوظه",
                    "حقوق النشر محفوظه",
                    "©",
                    "Copyright",
                    "All rights reserved",
                    "شارك هذا المقال",
                    "شارك الخبر",
                    "حمل تطبيق",
                    "لمزيد من الاخبار",
                    "للمزيد من الاخبار",
                    "اشترك في النشره",
                    "اشترك في نشرتنا",
                    "اشترك في قناتنا",
                    "اشترك الان في",
                    "// انتهي",
                    "//انتهي",
                    "هذا المقال بقلم",
                    "التحليل بقلم",
                    "للتواصل مع الكاتب",
                    "لمراسله الكاتب",
                    // (Its second line: "تبدأ بالرمز (84) ثم مسافة ثم نص الرسالة إلى".)
                    "تبدا بالرمز",
                ],
                Marker::Boilerplate,
            ),
        ];
        let mut phrases = Vec::new();
        let mut kinds = Vec::new();
        for (words, m) in groups {
            for w in words {
                phrases.push(*w);
                kinds.push(m);
            }
        }
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .ascii_case_insensitive(true)
            .build(&phrases)
            .expect("the marker phrases build");
        (ac, kinds)
    })
}

/// How much of a paragraph's head (in chars, after bullets) is normalized to look for a marker:
/// the longest phrase has 22 chars, and diacritics or tatweel may add as many again.
const MARKER_CHARS: usize = 44;

/// The structural marker a paragraph starts with, and the byte offset where its content starts.
/// `head` is scratch space, reused from paragraph to paragraph.
fn marker(text: &str, p: &Paragraph, head: &mut String) -> (Marker, usize) {
    let line = p.span.slice(text);
    // Every marker starts (after bullets) with one of these letters: skip the rest cheaply.
    let first = line
        .trim_start_matches(['•', '-', '*', ' ', '\u{00A0}'])
        .chars()
        .next()
        .unwrap_or(' ');
    // A reprint's credit under an opinion piece, starred: "* نقلا عن "النهار" اللبنانية".
    // (Unstarred, "نقلا عن مصادر، قال …" opens a sentence of the story.)
    if line.starts_with('*') && line.split_whitespace().count() <= 8 {
        let rest = line.trim_start_matches(['*', ' ', '\u{00A0}']);
        let mut words = rest.split_whitespace();
        if matches!(words.next(), Some("نقلا" | "نقلاً" | "نقلًا")) && words.next() == Some("عن")
        {
            let after = rest.split_whitespace().take(2).last().map_or(0, |w| {
                w.as_ptr() as usize - line.as_ptr() as usize + w.len()
            });
            return (Marker::Source, p.span.start + after);
        }
    }
    if !matches!(
        first,
        'ا' | 'أ'
            | 'إ'
            | 'آ'
            | 'م'
            | 'ك'
            | 'و'
            | 'ش'
            | 'ط'
            | 'ق'
            | 'T'
            | 't'
            | '—'
            | '-'
            | 'ی'
            | 'ي'
            | 'ج'
            | 'ت'
            | 'ه'
            | 'ر'
            | 'ل'
            | '/'
            | 'N'
            | 'ذ'
            | 'ب'
            | 'A'
            | 'V'
    ) && !line.starts_with('—')
    {
        return (Marker::None, p.span.start);
    }
    // (Bullets and blanks before the marker are skipped after normalization.)
    let lead = line.len()
        - line
            .trim_start_matches(['•', '-', '*', ' ', '\u{00A0}'])
            .len();
    let prefix_end = line[lead..]
        .char_indices()
        .nth(MARKER_CHARS)
        .map_or(line.len(), |(i, _)| lead + i);
    head.clear();
    Normalizer::matching().normalize_into(&line[..prefix_end], head);
    let head = head.trim_start_matches(['•', '-', '*', ' ']).trim_start();
    let after_colon = |n: usize| -> usize {
        // Content starts after the first ':' within the first n chars, or after the marker words.
        match line.char_indices().take(n).find(|&(_, c)| c == ':') {
            Some((i, _)) => p.span.start + i + 1,
            None => p.span.end,
        }
    };
    if line.trim() == "Next Previous" {
        return (Marker::Boilerplate, p.span.start);
    }
    // A site's interface words alone on their line: the related list's heading ("ذات صلة"),
    // the print, comment and newsletter links.
    match head.trim_end_matches([':', ' ', '.', '\u{00A0}']) {
        "ذات صله" | "مواد ذات صله" | "روابط ذات صله" => {
            return (Marker::Related, p.span.end)
        }
        "طباعه"
        | "تعليقات"
        | "التعليقات"
        | "اضف تعليق"
        | "اضف تعليقك"
        | "اضف تعليقا"
        | "ارسل لصديق"
        | "بريد الكتروني" => return (Marker::Boilerplate, p.span.start),
        _ => {}
    }
    if (line.starts_with('—') && line.contains('@'))
        || (line.starts_with("- ") && line.contains("(@"))
        // (An Instagram post's: "A post shared by X (@handle) on Jun 8, 2023 at 4:12am PDT".)
        || (line.starts_with(INSTAGRAM_SHARED) && line.contains("(@"))
    {
        return (Marker::Signature, p.span.start);
    }
    // (The link line over an embedded Instagram post.)
    if line.trim() == "View this post on Instagram" {
        return (Marker::Boilerplate, p.span.start);
    }
    let (ac, kinds) = markers();
    let input = aho_corasick::Input::new(head).anchored(aho_corasick::Anchored::Yes);
    if let Some(found) = ac.find(input) {
        let m = kinds[found.pattern().as_usize()];
        if m == Marker::Permalink {
            // The outlet's name starts after the phrase's three words.
            let rest = &line[lead..];
            let after = rest.split_whitespace().take(3).last().map_or(0, |w| {
                w.as_ptr() as usize - rest.as_ptr() as usize + w.len()
            });
            return (m, p.span.start + lead + after);
        }
        let start = if m == Marker::Source || m == Marker::Keywords {
            after_colon(40)
        } else if m == Marker::ReadAlso && !line[..prefix_end].contains(':') {
            // With no colon, the headline starts right after "أيضا", even glued to it as
            // scraped links leave it: "اقرأ أيضاالأمم المتحدة تحذر …".
            also_end(&line[lead..]).map_or(p.span.end, |e| p.span.start + lead + e)
        } else {
            after_colon(30)
        };
        return (m, start.min(p.span.end));
    }
    (Marker::None, p.span.start)
}

/// Where the words "… أيضا" of a read-also marker end in `line` (its second word, or the start of
/// it when a headline is glued on), past blanks and dashes after them.
fn also_end(line: &str) -> Option<usize> {
    let first = line.find(char::is_whitespace)?;
    let second = first + line[first..].find(|c: char| !c.is_whitespace())?;
    let word = &line[second..];
    let also = ["أيضاً", "أيضًا", "أيضا", "ايضاً", "ايضا", "كذلك"]
        .iter()
        .find(|a| word.starts_with(**a))?;
    let end = second + also.len();
    let rest = &line[end..];
    Some(
        end + rest.len()
            - rest
                .trim_start_matches([' ', '-', '–', '|', '/', '\u{00A0}'])
                .len(),
    )
}

/// Whether a paragraph reads as a headline: short, no sentence-final period.
fn is_headline(tokens: &[Token<'_>], p: &Paragraph) -> bool {
    let toks = &tokens[p.tokens.clone()];
    let words = toks.iter().filter(|t| t.is_word()).count();
    let last = toks.last().map(|t| t.as_str()).unwrap_or("");
    (2..=25).contains(&words) && !matches!(last, "." | "،" | ",")
}

/// Whether a first line reads as the article's title: a headline of at most sixteen words with
/// no comma and no colon at its end. (A longer line, or one with a comma, is the story's first
/// sentence: "أعلن رئيس الحكومة المكلف يوسف الشاهد، السبت 20 أوت 2016، عن …".)
fn is_title(tokens: &[Token<'_>], p: &Paragraph) -> bool {
    let toks = &tokens[p.tokens.clone()];
    let words = toks.iter().filter(|t| t.is_word()).count();
    let last = toks
        .iter()
        .rev()
        .find(|t| !t.is_break())
        .map_or("", |t| t.as_str());
    // (A photo's caption is no title: "جانب من اللقاء"، "صورة أرشيفية".)
    let mut first = toks.iter().filter(|t| t.is_word()).map(normalized);
    let caption = matches!(
        (first.next().as_deref(), first.next().as_deref()),
        (Some("جانب"), Some("من")) | (Some("صوره"), _)
    );
    is_headline(tokens, p)
        && words <= 16
        && !caption
        && !toks.iter().any(|t| matches!(t.as_str(), "،" | ","))
        && !matches!(last, ":" | "-" | ":-")
        // (Nor a printed date: "تاريخ النشر: 2024/05/12 - 10:30".)
        && !is_date_line(tokens, p)
}

/// Whether most letters of a span are Latin.
fn mostly_latin(text: &str) -> bool {
    let (mut latin, mut arabic) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if crate::script::is_arabic_letter(c) {
            arabic += 1;
        }
    }
    latin > arabic
}

/// Parses a signature line: `— Name (@handle) Month D, YYYY`.
/// How an Instagram post's signature line opens.
const INSTAGRAM_SHARED: &str = "A post shared by ";

fn signature(text: &str, p: &Paragraph, body: Span) -> PostSignature {
    let line = p.span.slice(text);
    let base = p.span.start;
    let lead = line.len() - line.trim_start_matches(['—', '-', ' ', '\u{00A0}']).len();
    let lead = if line[lead..].starts_with(INSTAGRAM_SHARED) {
        lead + INSTAGRAM_SHARED.len()
    } else {
        lead
    };
    let (author_end, handle, date) = match line.find("(@") {
        Some(open) => {
            let close = line[open..].find(')').map(|c| open + c);
            let handle = close.map(|c| Span::new(base + open + 1, base + c));
            let date = close.and_then(|c| {
                let rest = &line[c + 1..];
                // (Instagram's "on Jun 8, 2023 at …": the date after "on".)
                let rest = rest.trim_start().strip_prefix("on ").unwrap_or(rest);
                let t = rest.trim();
                (!t.is_empty()).then(|| {
                    let s = t.as_ptr() as usize - line.as_ptr() as usize;
                    Span::new(base + s, base + s + t.len())
                })
            });
            (open, handle, date)
        }
        None => (line.len(), None, None),
    };
    let author = line[lead..author_end].trim_end();
    PostSignature {
        author: Span::new(base + lead, base + lead + author.len()),
        handle,
        date,
        body,
    }
}

/// Splits a keyword line's content into keywords: by `،` `,` `|` `-` when present, else by words.
fn keywords(text: &str, content: Span) -> Vec<Span> {
    let s = content.slice(text);
    let seps: &[char] = &['،', ',', '|', '؛', ';', '/'];
    let pieces: Vec<(usize, &str)> = if s.contains(seps) {
        let mut v = Vec::new();
        let mut start = 0;
        for (i, c) in s.char_indices() {
            if seps.contains(&c) {
                v.push((start, &s[start..i]));
                start = i + c.len_utf8();
            }
        }
        v.push((start, &s[start..]));
        v
    } else {
        s.split_whitespace()
            .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
            .collect()
    };
    pieces
        .into_iter()
        .filter_map(|(off, piece)| {
            let t = piece.trim();
            (!t.is_empty()).then(|| {
                let lead = piece.len() - piece.trim_start().len();
                let a = content.start + off + lead;
                Span::new(a, a + t.len())
            })
        })
        .collect()
}

fn strip_bullet(text: &str, p: &Paragraph) -> Span {
    let s = p.span.slice(text);
    let t = s.trim_start_matches(['•', '-', '*', '·', '▪', '◦', ' ', '\u{00A0}']);
    Span::new(p.span.end - t.len(), p.span.end)
}

thread_local! {
    /// The zone list of the last article dropped on this thread (see [`crate::scratch`]).
    pub(crate) static ZONES: std::cell::Cell<Vec<Zone>> = const { std::cell::Cell::new(Vec::new()) };
    /// The paragraphs' tail markers of the last parse on this thread.
    static MARKERS: std::cell::Cell<Vec<(Marker, usize)>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Where a window of a long article starts in the article's flow: after a read-also block (what
/// follows one is not the article's own), after a tail line (source, keywords, related list: the
/// article's own text is over).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Flow {
    /// Still the article's own text: no read-also block opened before.
    pub(crate) main: bool,
    /// A tail line came before.
    pub(crate) tail: bool,
}

impl Flow {
    /// The start of an article.
    pub(crate) const START: Flow = Flow {
        main: true,
        tail: false,
    };

    /// The flow after `zones`, which followed this one.
    pub(crate) fn after(self, zones: &[Zone]) -> Flow {
        Flow {
            main: self.main
                && !zones
                    .iter()
                    .any(|z| z.kind == ZoneKind::ReadAlso && !is_link(z)),
            tail: self.tail || zones.iter().any(|z| is_tail(z.kind)),
        }
    }
}

/// Whether a zone kind marks the end of the article's own text. (Not boilerplate, which may
/// also open it: "هذا المقال بقلم …، والآراء الواردة أدناه …".)
fn is_tail(kind: ZoneKind) -> bool {
    matches!(
        kind,
        ZoneKind::Source | ZoneKind::Keywords | ZoneKind::Related
    )
}

/// Splits the paragraphs of an article, or of a window of a long one, into zones: `at_start` when
/// the paragraphs open the text (only then may the first line be the title), `flow` where the
/// window starts in the article.
pub(crate) fn zones_from(
    text: &str,
    tokens: &[Token<'_>],
    paragraphs: &[Paragraph],
    at_start: bool,
    flow: Flow,
) -> Vec<Zone> {
    let Flow { main, mut tail } = flow;
    let n = paragraphs.len();
    let mut head = String::new();
    let mut markers = crate::scratch::take(&MARKERS);
    markers.extend(paragraphs.iter().map(|p| marker(text, p, &mut head)));
    // A credit line closing the article ("فرانس24/ أ ف ب") is its source line without the word
    // المصدر: the last plain paragraph, with only tail markers after it.
    if let Some(last) = (0..n).rev().find(|&k| markers[k].0 == Marker::None) {
        let after_is_tail = markers[last + 1..]
            .iter()
            .all(|(m, _)| matches!(m, Marker::Source | Marker::Keywords | Marker::Related));
        if last > 0 && after_is_tail && is_credit_line(tokens, &paragraphs[last]) {
            markers[last] = (Marker::Source, paragraphs[last].span.start);
        }
    }
    // Every zone has a paragraph of its own: reserved once rather than regrown.
    let mut out: Vec<Zone> = crate::scratch::take_for(&ZONES, n);
    out.reserve(n);
    let zone = |kind, a: usize, b: usize, main| Zone {
        kind,
        span: Span::new(paragraphs[a].span.start, paragraphs[b - 1].span.end),
        paragraphs: a..b,
        main,
        value: None,
        items: Vec::new(),
        post: None,
    };
    // Title: a short first line followed by more text.
    let mut i = 0;
    if at_start
        && n > 1
        && markers[0].0 == Marker::None
        && is_title(tokens, &paragraphs[0])
        && !is_head_line(tokens, &paragraphs[0])
    {
        out.push(zone(ZoneKind::Title, 0, 1, true));
        i = 1;
    }
    let mut main = main; // false once a read-also block starts
    let mut body_start: Option<usize> = None;
    let flush_body =
        |out: &mut Vec<Zone>, body_start: &mut Option<usize>, end: usize, main: bool| {
            if let Some(s) = body_start.take() {
                // Paragraphs before `end` only; `end` may cut the run short (a post's text).
                if s < end {
                    let kind = if main {
                        ZoneKind::Body
                    } else {
                        ZoneKind::ReadAlso
                    };
                    out.push(zone(kind, s, end, main));
                }
            }
        };
    while i < n {
        let (m, content) = markers[i];
        match m {
            Marker::None => {
                if body_start.is_none() {
                    body_start = Some(i);
                }
                i += 1;
            }
            Marker::Signature => {
                // The post is the run of Latin paragraphs before the signature (at least one).
                let floor = body_start.unwrap_or(i);
                let mut s = i;
                while s > floor && mostly_latin(paragraphs[s - 1].span.slice(text)) {
                    s -= 1;
                }
                if s == i && i > floor {
                    s = i - 1;
                }
                flush_body(&mut out, &mut body_start, s, main);
                let body = if s < i {
                    Span::new(paragraphs[s].span.start, paragraphs[i - 1].span.end)
                } else {
                    Span::new(paragraphs[i].span.start, paragraphs[i].span.start)
                };
                let mut z = zone(ZoneKind::SocialPost, s, i + 1, main);
                z.post = Some(Box::new(signature(text, &paragraphs[i], body)));
                out.push(z);
                i += 1;
            }
            Marker::Boilerplate => {
                flush_body(&mut out, &mut body_start, i, main);
                // With the code lines that go on with it: "88591 - Stc".
                let mut j = i + 1;
                while j < n
                    && markers[j].0 == Marker::None
                    && is_code_line(paragraphs[j].span.slice(text))
                {
                    j += 1;
                }
                out.push(zone(ZoneKind::Boilerplate, i, j, false));
                i = j;
            }
            Marker::Source | Marker::Keywords | Marker::Permalink => {
                tail = true;
                flush_body(&mut out, &mut body_start, i, main);
                let kind = if m == Marker::Keywords {
                    ZoneKind::Keywords
                } else {
                    ZoneKind::Source
                };
                let mut z = zone(kind, i, i + 1, false);
                let end = match m {
                    Marker::Permalink => permalink_name_end(text, content, paragraphs[i].span.end)
                        .unwrap_or(paragraphs[i].span.end),
                    _ => paragraphs[i].span.end,
                };
                let value = Span::new(content, end);
                let value_text = value.slice(text).trim();
                if !value_text.is_empty() {
                    let lead = value.slice(text).len() - value.slice(text).trim_start().len();
                    let v = Span::new(value.start + lead, value.start + lead + value_text.len());
                    if m != Marker::Keywords {
                        z.value = Some(v);
                    } else {
                        z.items = keywords(text, v);
                    }
                }
                out.push(z);
                i += 1;
            }
            Marker::ReadAlso => {
                flush_body(&mut out, &mut body_start, i, main);
                // Before the article's tail, read-also lines are links and the article goes on
                // after them: the headline on the marker's line ("اقرأ أيضا: …" between two
                // paragraphs) or on the short lines after it (BBC Arabic: "اقرأ أيضا:" and two
                // or three headlines). After the tail, or with no headline-shaped line after the
                // marker, the next paragraph is the headline of a related article whose body
                // follows, and the article's own text is over.
                let inline = Span::new(content, paragraphs[i].span.end);
                let inline_text = inline.slice(text).trim();
                let mut z = zone(ZoneKind::ReadAlso, i, i + 1, false);
                let mut next = i + 1;
                if !inline_text.is_empty() {
                    let headline = trim_span(text, inline);
                    z.value = Some(headline);
                    if !tail {
                        z.items.push(headline);
                    }
                } else {
                    if !tail {
                        while next < n
                            && next - i <= 5
                            && markers[next].0 == Marker::None
                            && is_headline(tokens, &paragraphs[next])
                        {
                            z.items.push(paragraphs[next].span);
                            next += 1;
                        }
                    }
                    // After the tail, the headline of a related article whose body follows.
                    // (Before it, running text after a bare marker is the article going on: the
                    // scraper dropped the link, "اقرأ أيضا:" then "وقالت المتحدثة …".)
                    if tail && z.items.is_empty() && next < n && markers[next].0 == Marker::None {
                        next += 1;
                    }
                    // (The first link's headline, or the related article's.)
                    z.value = (next > i + 1).then(|| paragraphs[i + 1].span);
                    z.paragraphs = i..next;
                    z.span = Span::new(paragraphs[i].span.start, paragraphs[next - 1].span.end);
                }
                if !is_link(&z) {
                    main = false;
                }
                out.push(z);
                i = next;
            }
            Marker::Related => {
                tail = true;
                flush_body(&mut out, &mut body_start, i, main);
                let mut j = i + 1;
                let mut items = Vec::new();
                while j < n && markers[j].0 == Marker::None {
                    let p = &paragraphs[j];
                    if !is_headline(tokens, p) && !starts_with_bullet(text, p) {
                        break;
                    }
                    items.push(strip_bullet(text, p));
                    j += 1;
                }
                let mut z = zone(ZoneKind::Related, i, j, false);
                z.items = items;
                out.push(z);
                i = j;
            }
        }
    }
    flush_body(&mut out, &mut body_start, n, main);
    split_inline_permalink(text, paragraphs, &mut out);
    crate::scratch::give_back(&MARKERS, markers);
    out
}

/// Where the outlet's name that starts at `start` ends in a link line ending at `end`: a permalink
/// names its outlet up to the colon before the headline.
fn permalink_name_end(text: &str, start: usize, end: usize) -> Option<usize> {
    text[start..end].find(':').map(|c| start + c)
}

/// The words that open an outlet's link line (`رابط الخبر بصحيفة الوئام: …`), as written: the
/// `Permalink` marker's phrase, which the markers hold normalized.
const PERMALINK: &str = "رابط الخبر بصحيفة";

/// A link line the scraper ran into the body's last paragraph ("… لوفاتهما. رابط الخبر بصحيفة
/// الوئام: مصرع شخصين …") is the source line: the body ends before it, and a source zone, naming
/// the outlet, holds it and the headline after it.
fn split_inline_permalink(text: &str, paragraphs: &[Paragraph], zones: &mut Vec<Zone>) {
    let Some(body) = zones.last_mut().filter(|z| z.kind == ZoneKind::Body) else {
        return;
    };
    // (Looked for in the last paragraph only, after a sentence's end, and in its last 600 bytes:
    // the outlet's name and a headline.)
    let last = paragraphs[body.paragraphs.end - 1].span;
    let slice = last.slice(text);
    let mut from = slice.len().saturating_sub(600);
    while !slice.is_char_boundary(from) {
        from += 1;
    }
    let Some(at) = slice[from..].rfind(PERMALINK).map(|at| from + at) else {
        return;
    };
    let before = slice[..at].trim_end();
    if at == 0
        || slice[before.len()..at].is_empty()
        || !before.ends_with(['.', '!', '؟', '?', '"', '»', '”'])
    {
        return;
    }
    let start = last.start + at;
    let end = body.span.end;
    // The outlet's name: after the phrase's three words.
    let name_start = start + PERMALINK.len();
    let Some(name_end) = permalink_name_end(text, name_start, end) else {
        return;
    };
    let value = trim_span(text, Span::new(name_start, name_end));
    let k = body.paragraphs.end - 1;
    body.span.end = last.start + before.len();
    zones.push(Zone {
        kind: ZoneKind::Source,
        span: Span::new(start, end),
        paragraphs: k..k + 1,
        main: false,
        value: (!value.is_empty()).then_some(value),
        items: Vec::new(),
        post: None,
    });
}

/// Whether a line is a short code with no Arabic word, as the lines under a contact notice list
/// them ("88591 - Stc").
fn is_code_line(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 40
        && line.bytes().any(|b| b.is_ascii_digit())
        && !line.chars().any(crate::script::is_arabic_letter)
}

/// Whether a read-also zone holds links (its `items`: the headlines), after which the article's
/// own text goes on; otherwise it opens a related article.
pub(crate) fn is_link(z: &Zone) -> bool {
    // (A bare marker, its link dropped, is one too.)
    z.kind == ZoneKind::ReadAlso
        && (!z.items.is_empty() || (z.value.is_none() && z.paragraphs.len() == 1))
}

fn starts_with_bullet(text: &str, p: &Paragraph) -> bool {
    p.span
        .slice(text)
        .trim_start()
        .starts_with(['•', '-', '*', '·', '▪', '◦'])
}

fn trim_span(text: &str, s: Span) -> Span {
    let inner = s.slice(text);
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}

/// What the head of the first body paragraph says about the article: where it was filed from
/// (the dateline: `واشنطن -`, the place of `دبي، الإمارات العربية المتحدة (CNN) --`) and by whom
/// (the byline: a reporter or an agency, `عبدالله البرقاوي - سبق- الرياض:`, `واس - الرياض :`, the
/// `(CNN)` after a place).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Head {
    pub dateline: Option<Span>,
    pub byline: Option<Span>,
    /// The head is the whole line ("عين اليوم – الرياض" on a line of its own).
    pub whole_line: bool,
}

/// Words no dateline or byline holds (matching-normalized): a segment with one is part of a
/// sentence ("فجرت كوريا الشمالية - كما يبدو - أنفاقا"، "قال الله تعالى:").
const FUNCTION_WORDS: &[&str] = &[
    "كما",
    "ما",
    "لا",
    "لم",
    "لن",
    "قد",
    "التي",
    "الذي",
    "الذين",
    "هو",
    "هي",
    "هذا",
    "هذه",
    "في",
    "من",
    "الي",
    "عن",
    "ان",
    "مع",
    "بعد",
    "قبل",
    "منذ",
    "حتي",
    "او",
    "ثم",
    "الله",
    "يبدو",
    "كان",
    "كانت",
];

/// The matching normalization of a token's text (for the few words of an article's head).
fn normalized(t: &Token<'_>) -> String {
    let mut n = String::new();
    Normalizer::matching().normalize_into(t.as_str(), &mut n);
    n
}

/// Agencies and outlets credited on a line of their own (matching-normalized; Latin in any case).
const CREDITS: &[&str] = &[
    "رويترز",
    "فرانس24",
    "فرانس",
    "وكالات",
    "الاناضول",
    "اسوشيتد",
    "واس",
    "سانا",
    "وام",
    "كونا",
    "قنا",
    "بنا",
    "وفا",
    "afp",
    "reuters",
    "ap",
    "dpa",
];

/// The letters of أ ف ب and د ب أ, and the second word of أسوشيتد برس: credits only beside one.
const CREDIT_PARTS: &[&str] = &["ا", "ف", "ب", "د", "برس", "بي", "اف"];

/// Whether a paragraph is only the names of the outlets and agencies a story came from
/// ("فرانس24/ أ ف ب"، "رويترز"، "وكالات"), with slashes, dashes or commas between.
fn is_credit_line(tokens: &[Token<'_>], p: &Paragraph) -> bool {
    let toks = &tokens[p.tokens.clone()];
    if toks.is_empty() || toks.len() > 12 {
        return false;
    }
    let is_in = |set: &[&str], w: &str| set.iter().any(|c| c.eq_ignore_ascii_case(w));
    let mut outlet = false;
    for t in toks {
        match t.kind() {
            TokenKind::Punctuation | TokenKind::Symbol
                if matches!(t.as_str(), "/" | "-" | "–" | "،" | "," | "|" | ".") => {}
            TokenKind::Number if t.as_str() == "24" => {}
            _ if t.is_word() => {
                let n = normalized(t);
                // (With و too: "رويترز وأ ف ب".)
                let w = if is_in(CREDITS, &n) || is_in(CREDIT_PARTS, &n) {
                    n.as_str()
                } else {
                    n.strip_prefix('و').unwrap_or(&n)
                };
                if is_in(CREDITS, w) {
                    outlet = true;
                } else if !is_in(CREDIT_PARTS, w) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    // (Or the three letters of أ ف ب or د ب أ alone.)
    outlet
        || toks
            .iter()
            .filter(|t| t.is_word() && t.as_str().chars().count() == 1)
            .count()
            >= 3
}

/// Whether a token is a common given name: a head that opens with one names a reporter.
fn is_given_name(t: &Token<'_>) -> bool {
    crate::quote::first_names().contains_key(normalized(t).as_str())
}

/// Whether a head segment has a comma or parentheses: `دبي، الإمارات العربية المتحدة (CNN)`.
fn is_wide(seg: &[Token<'_>]) -> bool {
    seg.iter().any(|t| matches!(t.as_str(), "،" | "," | "("))
}

/// Words that name where a story came from, not a place: "سبق - وكالات:".
const NOT_PLACES: &[&str] = &["وكالات", "متابعة", "متابعات", "خاص", "تقرير"];

/// Outlets that sign the head of their stories, matching-normalized (not one that is also a
/// place or a common word: الرياض، الخليج، الشرق).
const DATELINE_OUTLETS: &[&str] = &[
    "سكاي نيوز عربيه",
    "سكاي نيوز",
    "بي بي سي",
    "بي بي سي عربي",
    "الاناضول",
    "هسبريس",
    "الحره",
    "الشرق الاوسط",
    "القدس العربي",
    "صفا",
    "العربيه",
    "العربيه نت",
    "الجزيره",
    "الجزيره نت",
    "فرانس برس",
    "فرانس 24",
    "رويترز",
    "يورونيوز",
    "روسيا اليوم",
    "الخليج اونلاين",
    "عربي21",
    "عربي 21",
    "المصري اليوم",
    "اليوم السابع",
    "الاهرام",
    "عكاظ",
    "البيان",
    "الامارات اليوم",
    "القبس",
    "الراي",
    "العربي الجديد",
    "الميادين",
    "المنار",
    "معا",
    "وفا",
    "سانا",
    "ارنا",
    "سبوتنيك",
    "الاتحاد",
    "الوطن",
    "الحياه",
    "المدن",
];

/// An agency's dated head: "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": the place, the
/// Hijri and Gregorian dates, the agency.
fn dated_head(toks: &[Token<'_>]) -> Option<Head> {
    let line_end = toks.iter().position(|t| t.is_break()).unwrap_or(toks.len());
    let line = &toks[..line_end.min(16)];
    let number = line.iter().position(|t| t.kind() == TokenKind::Number)?;
    let equals = line.iter().position(|t| t.as_str() == "الموافق")?;
    if number == 0 || number > 3 || equals < number || !line[..number].iter().all(|t| t.is_word()) {
        return None;
    }
    // The agency after the Gregorian date's م, if any.
    let after = line[equals..].iter().position(|t| t.as_str() == "م")? + equals + 1;
    let agency = line
        .get(after)
        .filter(|t| is_outlet(std::slice::from_ref(*t)));
    let span = |a: &Token<'_>, b: &Token<'_>| Span::new(a.start(), b.end());
    Some(Head {
        dateline: Some(span(&line[0], &line[number - 1])),
        byline: agency.map(|t| t.span()),
        whole_line: agency.is_some() && after + 1 == line_end,
    })
}

/// A line that signs the story ("كتب: أحمد سمير"، "كتبت - منى علي"، "بقلم: د. سامي خالد"، "إعداد:
/// فريق التحرير"): the words after the label are the byline, up to a dash and a place, if any
/// ("كتب: أحمد سمير - القاهرة").
fn writer_line(toks: &[Token<'_>]) -> Option<Head> {
    let line_end = toks.iter().position(|t| t.is_break()).unwrap_or(toks.len());
    let line = &toks[..line_end];
    let label = line.first().filter(|t| t.kind() == TokenKind::ArabicWord)?;
    if !matches!(
        normalized(label).as_str(),
        "كتب" | "كتبت" | "كتبه" | "بقلم" | "اعداد" | "تحرير"
    ) {
        return None;
    }
    let is_dash = |t: &Token<'_>| matches!(t.as_str(), ":" | "-" | "–" | "—" | "--");
    if !line.get(1).is_some_and(is_dash) {
        return None;
    }
    let rest = &line[2..];
    let name_end = rest.iter().position(is_dash).unwrap_or(rest.len());
    let name = &rest[..name_end];
    let place = rest.get(name_end + 1..).unwrap_or(&[]);
    let words = |seg: &[Token<'_>]| seg.iter().filter(|t| t.is_word()).count();
    // (A name of one to five words, "د." allowed; a place of up to three.)
    let fits = (1..=5).contains(&words(name))
        && name
            .iter()
            .all(|t| t.is_word() || matches!(t.as_str(), "." | "،" | "و"))
        && words(place) <= 3
        && place.iter().all(|t| t.is_word());
    if !fits {
        return None;
    }
    let span = |seg: &[Token<'_>]| Span::new(seg[0].start(), seg[seg.len() - 1].end());
    Some(Head {
        dateline: (!place.is_empty()).then(|| span(place)),
        byline: Some(span(name)),
        whole_line: true,
    })
}

/// Whether a paragraph is only a date and time, as sites print under the byline ("الأحد، 12 مايو
/// 2024 03:15 م"، "2024-05-12"، "نشر في: 12/05/2024"): no dateline of its own.
pub(crate) fn is_date_line(tokens: &[Token<'_>], p: &Paragraph) -> bool {
    let toks = &tokens[p.tokens.clone()];
    let mut numbers = 0;
    let all = toks.iter().filter(|t| !t.is_break()).all(|t| {
        if t.kind() == TokenKind::Number {
            numbers += 1;
            return true;
        }
        t.kind() == TokenKind::Punctuation
            || t.is_word() && {
                let n = normalized(t);
                is_date_word(&n)
                    || matches!(
                        n.as_str(),
                        "م" | "ص"
                            | "مساء"
                            | "صباحا"
                            | "هـ"
                            | "ه"
                            | "نشر"
                            | "في"
                            | "بتاريخ"
                            | "اخر"
                            | "تحديث"
                            | "الساعه"
                            | "النشر"
                            | "التحديث"
                            | "تاريخ"
                    )
            }
    });
    all && numbers > 0
}

/// A weekday or a month (matching-normalized): the words of a printed date.
fn is_date_word(n: &str) -> bool {
    crate::quote::is_weekday(n)
        || matches!(
            n,
            "يناير"
                | "فبراير"
                | "مارس"
                | "ابريل"
                | "مايو"
                | "يونيو"
                | "يوليو"
                | "اغسطس"
                | "سبتمبر"
                | "اكتوبر"
                | "نوفمبر"
                | "ديسمبر"
                | "كانون"
                | "شباط"
                | "اذار"
                | "نيسان"
                | "ايار"
                | "حزيران"
                | "تموز"
                | "اب"
                | "ايلول"
                | "تشرين"
                | "الاول"
                | "الثاني"
                | "جانفي"
                | "فيفري"
                | "افريل"
                | "ماي"
                | "جوان"
                | "جويليه"
                | "اوت"
        )
}

/// Whether a paragraph is nothing but a head: a byline and a dateline on a line of their own
/// ("عين اليوم – الرياض"), which is no title.
fn is_head_line(tokens: &[Token<'_>], p: &Paragraph) -> bool {
    let h = head(tokens, p);
    h.whole_line && (h.dateline.is_some() || h.byline.is_some())
}

/// A line that is only a writer's name, opening with a given name ("فيصل الغامدي"، "د. صالح
/// المحيميد"): a columnist's byline, not a title. Two to four words, each one a name can hold.
fn name_line(toks: &[Token<'_>]) -> Option<Head> {
    if toks.iter().any(|t| t.is_break()) {
        return None;
    }
    let doctor = toks.len() > 2 && toks[0].as_str() == "د" && toks[1].as_str() == ".";
    let words = &toks[if doctor { 2 } else { 0 }..];
    // (One space between the words: "طلال عبدالله ـ جدة" has a tatweel for a dash, which the
    // tokenizer skips.)
    let named = (2..=4).contains(&words.len())
        && words.iter().all(|t| t.kind() == TokenKind::ArabicWord)
        && words.windows(2).all(|w| w[1].start() == w[0].end() + 1)
        && is_given_name(&words[0])
        && words
            .iter()
            .all(|t| crate::quote::is_name_word(&normalized(t)));
    named.then(|| Head {
        dateline: None,
        byline: Some(Span::new(toks[0].start(), toks[toks.len() - 1].end())),
        whole_line: true,
    })
}

/// Outlets that sign their reporters' heads ("رغد عشميل – عين اليوم"، "صحيفة الوطن"): no place.
fn is_outlet(seg: &[Token<'_>]) -> bool {
    // (An outlet that signs datelines, by name: "أبوظبي - سكاي نيوز عربية"، "غزة/ الأناضول"،
    // "لندن ـ «الشرق الأوسط»".)
    if is_listed_outlet(seg) {
        return true;
    }
    let mut words = seg.iter().filter(|t| t.is_word());
    let (first, second, third) = (words.next(), words.next(), words.next());
    match (first.map(|t| t.as_str()), second.map(|t| t.as_str()), third) {
        (Some("عين"), Some("اليوم"), None) => true,
        (Some("سبق" | "واس" | "قنا" | "وام" | "كونا" | "بنا" | "اليوم"), None, _) => {
            true
        }
        // (A two-word name or more that opens with an outlet's noun.)
        (Some(_), Some(_), _) => first.is_some_and(|t| {
            matches!(
                normalized(t).as_str(),
                "صحيفه" | "جريده" | "وكاله" | "قناه" | "موقع"
            )
        }),
        _ => false,
    }
}

/// Whether a segment is one of [`DATELINE_OUTLETS`] (with its "exclusive" mark or none: "الحرة /
/// خاص").
fn is_listed_outlet(seg: &[Token<'_>]) -> bool {
    let mut name = String::new();
    for t in seg
        .iter()
        .filter(|t| t.is_word() || t.kind() == TokenKind::Number)
    {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(&normalized(t));
        if name.len() > 40 {
            return false;
        }
    }
    let name = name.strip_suffix(" خاص").unwrap_or(&name);
    DATELINE_OUTLETS.contains(&name)
}

/// Reads the head of the first body paragraph: up to three short segments separated by dashes
/// (or a slash), ended by a dash or a colon. The last segment is the dateline's place; the first of
/// several, or one that opens with a given name, is the byline. Not a sentence that happens to
/// hold a dash: a segment with a verb of saying (قال، يقول، أفاد), a quotation mark or more than
/// four words (six with a comma or parentheses, `دبي، الإمارات العربية المتحدة (CNN)`) is none; a
/// dash inside a word (كيم جونغ-أون) separates nothing. A short line that is all head (`عين اليوم
/// – الرياض`) ends with its last segment, when it signs itself (a given name, an outlet).
pub(crate) fn head(tokens: &[Token<'_>], body: &Paragraph) -> Head {
    let toks = &tokens[body.tokens.clone()];
    if let Some(h) = writer_line(toks) {
        return h;
    }
    // (A site's navigation scraped with the story: "Next Previous أحمد حجازي – عين اليوم".)
    let nav = toks
        .iter()
        .take_while(|t| matches!(t.as_str(), "Next" | "Previous"))
        .count();
    let toks = &toks[nav..];
    if let Some(h) = dated_head(toks) {
        return h;
    }
    if let Some(h) = name_line(toks) {
        return h;
    }
    let limit = toks.len().min(16);
    let alnum = |t: &Token<'_>| t.is_word() || t.kind() == TokenKind::Number;
    // A head that a colon ends may glue its dashes (`واس-الرياض:`); elsewhere a dash between
    // two words joins them (كيم جونغ-أون، F-35).
    let colon = toks[..limit]
        .iter()
        .position(|t| t.kind() == TokenKind::Punctuation && t.as_str() == ":");
    let by_name = toks.first().is_some_and(is_given_name);
    // Whether an outlet's name follows token `k`, up to the line's end or a separator.
    let outlet_after = |k: usize| {
        let end = (k + 1..toks.len())
            .find(|&j| {
                toks[j].is_break()
                    || (toks[j].kind() == TokenKind::Punctuation
                        && matches!(toks[j].as_str(), "-" | "–" | "—" | ":" | "ـ"))
            })
            .unwrap_or(toks.len());
        end > k + 1 && end - k <= 5 && is_outlet(&toks[k + 1..end])
    };
    // (A short line of a reporter's name may glue its dash: "أحمد البشيري-الباحة".)
    let short_by_name = by_name
        && !toks.iter().any(|t| t.is_break())
        && toks.iter().filter(|t| t.is_word()).count() <= 5;
    let separator = |k: usize| {
        let t = &toks[k];
        let glued = k > 0
            && k + 1 < toks.len()
            && toks[k - 1].end() == t.start()
            && toks[k + 1].start() == t.end()
            && alnum(&toks[k - 1])
            && alnum(&toks[k + 1]);
        t.kind() == TokenKind::Punctuation
            && match t.as_str() {
                "-" | "–" | "—" | "--" => {
                    !glued || colon.is_some_and(|c| k < c) || short_by_name
                }
                // (A tatweel standing alone is a dash: "لندن ـ «الشرق الأوسط»".)
                ":" | "ـ" => true,
                // (A slash only after a reporter's name: "عطية الزهراني / نجح فريق …", not
                // "مارس / آذار"; or before an outlet: "غزة/ الأناضول".)
                "/" => by_name || outlet_after(k),
                _ => false,
            }
    };
    // Segments: (first token, end token) of the words between separators.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    let mut k = 0;
    let mut ended = false;
    while k < limit {
        if toks[k].is_break() {
            break;
        }
        if separator(k) {
            // (A run of separators, "- -" or "--", is one.)
            if k > from {
                segments.push((from, k));
            }
            let colon = toks[k].as_str() == ":";
            from = k + 1;
            if colon || segments.len() == 3 {
                ended = true;
                break;
            }
            // The head ends at a separator with no other in the eight tokens after it: what
            // follows is the story.
            // (Or at the end of the paragraph: a head on a line of its own, "… (CNN) --".)
            let next_word = (k + 1..toks.len()).find(|&j| !separator(j));
            if next_word.is_none_or(|j| !(j..limit.min(j + 8)).any(separator)) {
                ended = true;
                break;
            }
        }
        k += 1;
    }
    // A short line of its own that is nothing but the head: "عين اليوم – الرياض"، "رغد عشميل –
    // عين اليوم" (its last segment is one too).
    let line_end = toks.iter().position(|t| t.is_break()).unwrap_or(toks.len());
    let last_on_line = !segments.is_empty()
        && segments.len() < 3
        && from < line_end
        // (Two places may share the dateline: "عين اليوم – مكة المكرمة / المدينة المنورة".)
        && (from..line_end).all(|j| {
            let t = &toks[j];
            // (A dot inside a name, "العربية.نت"; a quoted outlet, «الشرق الأوسط».)
            let inner_dot = t.as_str() == "."
                && j > from
                && j + 1 < line_end
                && toks[j - 1].end() == t.start()
                && toks[j + 1].start() == t.end();
            alnum(t)
                || matches!(t.as_str(), "(" | ")" | "/")
                || inner_dot
                || t.kind() == TokenKind::Quote
        })
        && toks[from..line_end].iter().filter(|t| alnum(t)).count() <= 4
        && toks[..line_end].iter().filter(|t| t.is_word()).count() <= 8;
    if last_on_line {
        segments.push((from, line_end));
        ended = true;
    }
    // (Such a line signs itself: a reporter's given name, an outlet, or متابعات; "الأهلي -
    // الزمالك" is a headline.)
    let whole_line = ended
        && (last_on_line || from >= line_end)
        && segments.iter().any(|&(a, b)| {
            let seg = &toks[a..b];
            // (A credit in parentheses signs too: "دبي، الإمارات العربية المتحدة (CNN) --".)
            is_outlet(seg)
                || seg.last().is_some_and(|t| t.as_str() == ")")
                || seg
                    .iter()
                    .find(|t| t.kind() == TokenKind::ArabicWord)
                    // (علي is a name here, not the preposition على.)
                    .is_some_and(|t| {
                        is_given_name(t) || t.as_str() == "علي" || NOT_PLACES.contains(&t.as_str())
                    })
        });
    if last_on_line && !whole_line {
        return Head::default();
    }
    if !ended || segments.is_empty() {
        return Head::default();
    }
    let plausible = |seg: &[Token<'_>]| {
        let words = seg.iter().filter(|t| t.is_word()).count();
        words > 0
            && words <= if is_wide(seg) { 6 } else { 4 }
            && (seg.iter().all(|t| t.kind() != TokenKind::Quote) || is_outlet(seg))
            && seg
                .iter()
                .filter(|t| t.kind() == TokenKind::ArabicWord)
                .all(|t| {
                    let n = normalized(t);
                    !FUNCTION_WORDS.contains(&n.as_str()) && !crate::quote::is_cue_word(&n)
                })
    };
    if !segments.iter().all(|&(a, b)| plausible(&toks[a..b])) {
        return Head::default();
    }
    // (Without the quotation marks around an outlet's name: «الشرق الأوسط».)
    let span = |(a, b): (usize, usize)| {
        let quote = |t: &Token<'_>| t.kind() == TokenKind::Quote;
        let a = if b > a + 1 && quote(&toks[a]) {
            a + 1
        } else {
            a
        };
        let b = if b > a + 1 && quote(&toks[b - 1]) {
            b - 1
        } else {
            b
        };
        Span::new(toks[a].start(), toks[b - 1].end())
    };
    let first = segments[0];
    // (علي opening a segment of two words or more is the name, not the preposition على.)
    let first_is_name = is_given_name(&toks[first.0])
        || (toks[first.0].as_str() == "علي" && first.1 - first.0 >= 2);
    let last = segments[segments.len() - 1];
    let not_place = |seg: &[Token<'_>]| {
        (seg.len() == 1 && NOT_PLACES.contains(&seg[0].as_str())) || is_outlet(seg)
    };
    let last_is_place = !not_place(&toks[last.0..last.1]);
    // "الرياض - محمد الحيدر": the place first, then the reporter; "أبوظبي - سكاي نيوز عربية":
    // then the outlet.
    // (Only the outlets that sign so: "أميرة المولد - عين اليوم" is the reporter, then the
    // outlet.)
    let first_is_outlet = is_outlet(&toks[first.0..first.1]);
    // "عين اليوم – هيفاء عبدالله": the outlet, then its reporter (no place).
    if segments.len() == 2 && first_is_outlet && is_given_name(&toks[last.0]) {
        return Head {
            dateline: None,
            byline: Some(span(last)),
            whole_line,
        };
    }
    if segments.len() == 2
        && !first_is_name
        && !first_is_outlet
        && (is_given_name(&toks[last.0]) || is_listed_outlet(&toks[last.0..last.1]))
    {
        return Head {
            dateline: Some(span(first)),
            byline: Some(span(last)),
            whole_line,
        };
    }
    // A lone "(CNN)" credits the agency: a byline.
    let credit = {
        let seg = &toks[first.0..first.1];
        seg.len() == 3 && seg[0].as_str() == "(" && seg[2].as_str() == ")"
    };
    if segments.len() == 1 && (first_is_name || credit || is_outlet(&toks[first.0..first.1])) {
        return Head {
            dateline: None,
            byline: Some(span(first)),
            whole_line,
        };
    }
    // A byline of several segments is a name or an agency: no word with the accusative tanwin
    // (دائماً).
    if segments.len() > 1
        && toks[first.0..first.1]
            .iter()
            .filter(|t| t.kind() == TokenKind::ArabicWord)
            .any(|t| t.as_str().ends_with('\u{64B}'))
    {
        return Head::default();
    }
    // One segment before a colon is a label ("ملاحظة المحرر:"، "النائب:"), not a place; nor one
    // of three or more words without a comma or parentheses ("منتزه الحبلة السياحي - الواقع …").
    if segments.len() == 1 {
        let seg = &toks[last.0..last.1];
        if !is_wide(seg) && seg.iter().filter(|t| t.is_word()).count() > 2 {
            return Head::default();
        }
        let colon_ended = toks[last.1..]
            .iter()
            .find(|t| t.kind() == TokenKind::Punctuation)
            .is_none_or(|t| t.as_str() == ":");
        if colon_ended {
            return Head::default();
        }
    }
    // A credit in parentheses after the place ("دبي، الإمارات العربية المتحدة (CNN)") is the
    // agency's: the byline, unless a reporter's name comes first.
    let seg = &toks[last.0..last.1];
    let credit = (seg.len() >= 4 && seg[seg.len() - 1].as_str() == ")")
        .then(|| seg.iter().rposition(|t| t.as_str() == "("))
        .flatten()
        .filter(|&p| p > 0 && seg[p + 1..seg.len() - 1].iter().any(|t| t.is_word()));
    let (place, credit) = match credit {
        Some(p) => ((last.0, last.0 + p), Some(span((last.0 + p, last.1)))),
        None => (last, None),
    };
    Head {
        dateline: last_is_place.then(|| span(place)),
        byline: if segments.len() > 1 {
            Some(span(first))
        } else {
            credit
        },
        whole_line,
    }
}
