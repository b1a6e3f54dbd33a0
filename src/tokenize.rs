//! The tokenizer: one pass over the original text, tokens borrow it.
//!
//! ```
//! use akhbar::{tokenize, TokenKind};
//!
//! let text = "وقال ميلر إن 3.5% من #قطاع_غزة… pic.twitter.com/eilQADAI7u";
//! let toks: Vec<_> = tokenize(text).map(|t| (t.as_str(), t.kind())).collect();
//! assert_eq!(toks, [
//!     ("وقال", TokenKind::ArabicWord),
//!     ("ميلر", TokenKind::ArabicWord),
//!     ("إن", TokenKind::ArabicWord),
//!     ("3.5%", TokenKind::Number),
//!     ("من", TokenKind::ArabicWord),
//!     ("#قطاع_غزة", TokenKind::Hashtag),
//!     ("…", TokenKind::Punctuation),
//!     ("pic.twitter.com/eilQADAI7u", TokenKind::Url),
//! ]);
//! ```

use crate::clitic::Proclitics;
use crate::normalize::{is_invisible_control, is_unicode_space, utf8_len, Normalizer};
use crate::script::{
    arabic_class2, arabic_flags2, is_alphabetic, is_alphanumeric, is_arabic_letter,
    is_arabic_word_char, is_news_digit, is_other_combining, is_quote_mark, ArabicClass, LETTER,
    WORD,
};
use crate::Span;
use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A word in Arabic script (diacritics, tatweel and ZWNJ inside included).
    ArabicWord,
    /// A word in Latin or another script.
    Word,
    /// A number: ASCII, Arabic-Indic or Extended digits, with `.` `,` `٫` `٬` between digits and an
    /// optional `%` or `٪`.
    Number,
    /// Punctuation: ، ؛ ؟ . , : ; ! ? ( ) - – — … and the like.
    Punctuation,
    /// A quotation mark: `"` « » “ ” ‘ ’ „ ‹ › and the `{` `}` some outlets use as quotes.
    Quote,
    /// A URL, with or without scheme (`pic.twitter.com/…`).
    Url,
    /// An e-mail address.
    Email,
    /// An `@mention`.
    Mention,
    /// A `#hashtag` (`#قطاع_غزة`).
    Hashtag,
    /// An emoji or other symbol (one grapheme cluster).
    Symbol,
    /// A single line break (`\n`, `\r\n` or `\r`).
    LineBreak,
    /// Two or more line breaks with only blanks between them: a paragraph break.
    ParagraphBreak,
}

/// A token: a byte span of the original text and its kind. Three words on 64-bit targets: an
/// article keeps one per token, so the start offset and the kind share one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    text: &'t str,
    /// The start offset in the low 56 bits, the kind in the high 8 (no address space holds a text
    /// of 2^56 bytes).
    start_kind: u64,
}

/// `tokens`, emptied, as a list that borrows nothing: its buffer kept for another text.
pub(crate) fn detach(mut tokens: Vec<Token<'_>>) -> Vec<Token<'static>> {
    tokens.clear();
    // Collected in place: the same allocation, retyped (the closure never runs).
    tokens
        .into_iter()
        .map(|_| Token {
            text: "",
            start_kind: 0,
        })
        .collect()
}

const KIND_SHIFT: u32 = 56;
const START_MASK: u64 = (1 << KIND_SHIFT) - 1;
const KINDS: [TokenKind; 12] = [
    TokenKind::ArabicWord,
    TokenKind::Word,
    TokenKind::Number,
    TokenKind::Punctuation,
    TokenKind::Quote,
    TokenKind::Url,
    TokenKind::Email,
    TokenKind::Mention,
    TokenKind::Hashtag,
    TokenKind::Symbol,
    TokenKind::LineBreak,
    TokenKind::ParagraphBreak,
];

impl std::fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("text", &self.text)
            .field("start", &self.start())
            .field("kind", &self.kind())
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Token<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Token", 3)?;
        st.serialize_field("text", self.text)?;
        st.serialize_field("start", &self.start())?;
        st.serialize_field("kind", &self.kind())?;
        st.end()
    }
}

impl<'t> Token<'t> {
    #[inline(always)]
    fn new(text: &'t str, start: usize, kind: TokenKind) -> Token<'t> {
        Token {
            text,
            start_kind: (start as u64 & START_MASK) | ((kind as u64) << KIND_SHIFT),
        }
    }

    /// The token's text, borrowed from the input.
    pub fn as_str(&self) -> &'t str {
        self.text
    }

    /// Where the token is in the input.
    pub fn span(&self) -> Span {
        let start = self.start();
        Span::new(start, start + self.text.len())
    }

    /// First byte of the token in the input.
    #[inline]
    pub fn start(&self) -> usize {
        (self.start_kind & START_MASK) as usize
    }

    /// The token `by` bytes further on: a window's token as a token of the whole text (whose
    /// slice it already is).
    pub(crate) fn move_by(&mut self, by: usize) {
        self.start_kind += by as u64;
    }

    /// One past the last byte of the token in the input.
    #[inline]
    pub fn end(&self) -> usize {
        self.start() + self.text.len()
    }

    /// What the token is.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        KINDS[(self.start_kind >> KIND_SHIFT) as usize]
    }

    /// Whether the token is a word (Arabic or other script).
    pub fn is_word(&self) -> bool {
        matches!(self.kind(), TokenKind::ArabicWord | TokenKind::Word)
    }

    /// Whether the token is a line or paragraph break.
    pub fn is_break(&self) -> bool {
        matches!(
            self.kind(),
            TokenKind::LineBreak | TokenKind::ParagraphBreak
        )
    }

    /// The token under the [`matching`](crate::NormalizeOptions::matching) normalization; borrowed
    /// (no allocation) when normalization leaves it unchanged.
    ///
    /// ```
    /// let t = akhbar::tokenize("بالإمارات").next().unwrap();
    /// assert_eq!(t.normalized(), "بالامارات");
    /// let t = akhbar::tokenize("بلينكن").next().unwrap();
    /// assert!(matches!(t.normalized(), std::borrow::Cow::Borrowed(_)));
    /// ```
    pub fn normalized(&self) -> Cow<'t, str> {
        Normalizer::matching().normalize(self.text).into_text()
    }

    /// Candidate proclitic splits of an Arabic word (و ف ب ك ل ال and their chains), shortest first.
    /// The token itself is never split: the unsplit reading is always possible too.
    ///
    /// ```
    /// let t = akhbar::tokenize("وبلينكن").next().unwrap();
    /// let stems: Vec<&str> = t.proclitics().map(|s| s.stem()).collect();
    /// assert_eq!(stems, ["بلينكن", "لينكن"]);
    /// ```
    pub fn proclitics(&self) -> Proclitics<'t> {
        if self.kind() == TokenKind::ArabicWord {
            Proclitics::new(self.text)
        } else {
            Proclitics::new("")
        }
    }
}

/// Tokenizes `text`. See [`Tokens`].
pub fn tokenize(text: &str) -> Tokens<'_> {
    Tokens::new(text)
}

/// An iterator over the tokens of a text, in order. Whitespace, invisible controls and stray marks
/// produce no token; everything else belongs to exactly one token.
#[derive(Clone, Debug)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Tokens<'t> {
    /// Tokens of `text`.
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens { text, pos: 0 }
    }

    /// The remaining tokens as `(byte offset, &str)` pairs, like `str::char_indices`.
    pub fn indices(self) -> impl Iterator<Item = (usize, &'t str)> {
        self.map(|t| (t.start(), t.text))
    }

    #[inline(always)]
    fn token(&mut self, start: usize, end: usize, kind: TokenKind) -> Token<'t> {
        self.pos = end;
        Token::new(&self.text[start..end], start, kind)
    }

    /// Scans an Arabic word from `start`; returns its end and whether it holds a letter.
    #[inline(always)]
    fn scan_arabic(&self, start: usize) -> (usize, bool) {
        let b = self.text.as_bytes();
        let mut i = start;
        let mut flags = 0u8;
        loop {
            // The common case: two-byte letters and marks of U+0600–U+06FF.
            while let [lead @ 0xD8..=0xDB, second, ..] = b[i..] {
                let f = arabic_flags2(lead, second);
                if f & WORD == 0 {
                    return (i, flags & LETTER != 0);
                }
                flags |= f;
                i += 2;
            }
            let Some(&lead) = b.get(i) else { break };
            if lead < 0x80 {
                break;
            }
            let c = crate::normalize::char_at(self.text, i);
            let len = c.len_utf8();
            if is_arabic_word_char(c) {
                if is_arabic_letter(c) {
                    flags |= LETTER;
                }
            } else if !(matches!(c, '\u{200C}' | '\u{200D}')
                && self.text[i + len..]
                    .chars()
                    .next()
                    .is_some_and(is_arabic_word_char))
            {
                // ZWNJ/ZWJ inside a word does not split it; anything else ends the word.
                break;
            }
            i += len;
        }
        (i, flags & LETTER != 0)
    }

    fn scan_number(&self, start: usize) -> usize {
        let t = self.text;
        let mut it = t[start..].char_indices().peekable();
        let mut end = start;
        while let Some((off, c)) = it.next() {
            if is_news_digit(c) {
                end = start + off + c.len_utf8();
            } else if matches!(c, '.' | ',' | '٫' | '٬')
                && it.peek().is_some_and(|&(_, d)| is_news_digit(d))
            {
                continue;
            } else {
                if matches!(c, '%' | '٪') {
                    end = start + off + c.len_utf8();
                }
                break;
            }
        }
        end
    }

    /// Scans a run of letters, digits and marks of any non-Arabic script, with inner apostrophes.
    fn scan_other_word(&self, start: usize) -> usize {
        let t = self.text;
        let mut end = start;
        let mut chars = t[start..].char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let ok = (is_alphanumeric(c) && !is_arabic_letter(c) && arabic_digit_free(c))
                || is_other_combining(c)
                || (matches!(c, '\'' | '’')
                    && off > 0
                    && chars
                        .peek()
                        .is_some_and(|&(_, d)| is_alphabetic(d) && !is_arabic_letter(d)));
            if !ok {
                break;
            }
            end = start + off + c.len_utf8();
        }
        end
    }

    /// A URL or e-mail starting at `start`, if there is one; returns its end and kind.
    fn scan_link(&self, start: usize) -> Option<(usize, TokenKind)> {
        let b = self.text.as_bytes();
        let mut end = start;
        while end < b.len() && is_url_byte(b[end]) {
            end += 1;
        }
        // Trailing punctuation belongs to the sentence, not the link.
        while end > start
            && matches!(
                b[end - 1],
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b')' | b']'
            )
        {
            if b[end - 1] == b')' && b[start..end].contains(&b'(') {
                break;
            }
            end -= 1;
        }
        let run = &self.text[start..end];
        let lower_starts = |p: &str| run.len() >= p.len() && run[..p.len()].eq_ignore_ascii_case(p);
        if let Some(colon) = run.find("://") {
            let scheme = &run[..colon];
            if !scheme.is_empty()
                && scheme
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'.' | b'-'))
                && run.len() > colon + 3
            {
                return Some((end, TokenKind::Url));
            }
            return None;
        }
        if lower_starts("www.") && run.len() > 4 {
            return Some((end, TokenKind::Url));
        }
        if let Some(at) = run.find('@') {
            let (local, domain) = (&run[..at], &run[at + 1..]);
            let domain = domain.split(['/', '?']).next().unwrap_or("");
            if !local.is_empty() && is_host(domain) && !run[at + 1..].contains('@') {
                let e = start + at + 1 + domain.len();
                return Some((e, TokenKind::Email));
            }
            return None;
        }
        let host_end = run.find(['/', ':', '?', '#']).unwrap_or(run.len());
        let host = &run[..host_end];
        if is_host(host) {
            let tld = host.rsplit('.').next().unwrap_or("");
            if host_end < run.len() && run.as_bytes()[host_end] == b'/' || is_common_tld(tld) {
                return Some((end, TokenKind::Url));
            }
        }
        None
    }

    fn scan_tag(&self, start: usize) -> usize {
        let t = self.text;
        let mut end = start + 1;
        for (off, c) in t[start + 1..].char_indices() {
            let word = c.is_ascii_alphanumeric()
                || c == '_'
                || !c.is_ascii()
                    && (is_arabic_word_char(c) || is_alphanumeric(c) || is_other_combining(c));
            if word {
                end = start + 1 + off + c.len_utf8();
            } else {
                break;
            }
        }
        end
    }

    /// A line break at `start`: `LineBreak`, or `ParagraphBreak` if more breaks follow with only
    /// blanks between.
    fn scan_break(&self, start: usize) -> (usize, TokenKind) {
        let b = self.text.as_bytes();
        let one = |i: usize| -> usize {
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        };
        let mut end = start + one(start);
        let mut breaks = 1;
        let mut i = end;
        while i < b.len() {
            match b[i] {
                b'\n' | b'\r' => {
                    i += one(i);
                    end = i;
                    breaks += 1;
                }
                b' ' | b'\t' | 0x0B | 0x0C => i += 1,
                0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF | 0xD8 => {
                    let c = crate::normalize::char_at(self.text, i);
                    if is_unicode_space(c) || is_invisible_control(c) {
                        i += c.len_utf8();
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let kind = if breaks > 1 {
            TokenKind::ParagraphBreak
        } else {
            TokenKind::LineBreak
        };
        (end, kind)
    }
}

fn arabic_digit_free(c: char) -> bool {
    !matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

#[inline]
fn is_url_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b':'
                | b'/'
                | b'?'
                | b'#'
                | b'['
                | b']'
                | b'@'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
                | b'%'
        )
}

/// `label(.label)+` with an alphabetic last label of 2–24 letters.
fn is_host(host: &str) -> bool {
    let mut labels = 0;
    for label in host.split('.') {
        if label.is_empty()
            || label.starts_with('-')
            || !label
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'-')
        {
            return false;
        }
        labels += 1;
    }
    let tld = host.rsplit('.').next().unwrap_or("");
    labels >= 2 && (2..=24).contains(&tld.len()) && tld.bytes().all(|c| c.is_ascii_alphabetic())
}

fn is_common_tld(tld: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "org", "net", "gov", "edu", "int", "info", "io", "co", "news", "tv", "me", "ly",
        "ae", "sa", "eg", "qa", "kw", "bh", "om", "jo", "lb", "sy", "iq", "ps", "ma", "dz", "tn",
        "uk", "fr", "de", "ru", "cn", "us", "tr", "ir", "il", "int", "eu",
    ];
    TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
}

impl<'t> Iterator for Tokens<'t> {
    type Item = Token<'t>;

    fn next(&mut self) -> Option<Token<'t>> {
        let text = self.text;
        let b = text.as_bytes();
        loop {
            let start = self.pos;
            let &lead = b.get(start)?;
            if lead == b' ' {
                self.pos += 1;
                continue;
            }
            if (0xD8..=0xDB).contains(&lead) {
                match arabic_class2(lead, b[start + 1]) {
                    ArabicClass::Letter | ArabicClass::Mark | ArabicClass::Tatweel => {
                        let (end, letter) = self.scan_arabic(start);
                        if letter {
                            return Some(self.token(start, end, TokenKind::ArabicWord));
                        }
                        // A tatweel standing alone is a dash: "لندن ـ «الشرق الأوسط»".
                        if b[start..end].chunks(2).all(|c| c == [0xD9, 0x80]) {
                            return Some(self.token(start, end, TokenKind::Punctuation));
                        }
                        self.pos = end; // stray marks: no token
                        continue;
                    }
                    ArabicClass::Digit => {
                        let end = self.scan_number(start);
                        return Some(self.token(start, end, TokenKind::Number));
                    }
                    ArabicClass::Punct => {
                        return Some(self.token(start, start + 2, TokenKind::Punctuation))
                    }
                    ArabicClass::Other => {}
                }
            }
            if lead < 0x80 {
                match lead {
                    b' ' | b'\t' | 0x00..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F => {
                        self.pos += 1;
                        continue;
                    }
                    b'\n' | b'\r' => {
                        let (end, kind) = self.scan_break(start);
                        return Some(self.token(start, end, kind));
                    }
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => {
                        if let Some((end, kind)) = self.scan_link(start) {
                            return Some(self.token(start, end, kind));
                        }
                        if lead.is_ascii_digit() {
                            let end = self.scan_number(start);
                            return Some(self.token(start, end, TokenKind::Number));
                        }
                        let end = self.scan_other_word(start);
                        return Some(self.token(start, end, TokenKind::Word));
                    }
                    b'@' | b'#' => {
                        let end = self.scan_tag(start);
                        if end > start + 1 {
                            let kind = if lead == b'@' {
                                TokenKind::Mention
                            } else {
                                TokenKind::Hashtag
                            };
                            return Some(self.token(start, end, kind));
                        }
                        return Some(self.token(start, start + 1, TokenKind::Punctuation));
                    }
                    b'"' | b'{' | b'}' => {
                        return Some(self.token(start, start + 1, TokenKind::Quote))
                    }
                    b'.' | b'!' | b'?' | b'-' => {
                        let mut end = start + 1;
                        while b.get(end) == Some(&lead) {
                            end += 1;
                        }
                        return Some(self.token(start, end, TokenKind::Punctuation));
                    }
                    b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~' => {
                        return Some(self.token(start, start + 1, TokenKind::Symbol))
                    }
                    _ => return Some(self.token(start, start + 1, TokenKind::Punctuation)),
                }
            }
            // Other non-ASCII characters: the slow path.
            let c = crate::normalize::char_at(text, start);
            let len = utf8_len(lead);
            if c == '\u{2028}' || c == '\u{2029}' || c == '\u{0085}' {
                return Some(self.token(start, start + len, TokenKind::LineBreak));
            }
            if c.is_whitespace() || is_invisible_control(c) || c.is_control() {
                self.pos += len;
                continue;
            }
            if is_arabic_word_char(c) {
                let (end, letter) = self.scan_arabic(start);
                if letter {
                    return Some(self.token(start, end, TokenKind::ArabicWord));
                }
                self.pos = end.max(start + len);
                continue;
            }
            if is_quote_mark(c) {
                return Some(self.token(start, start + len, TokenKind::Quote));
            }
            if is_news_digit(c) || c.is_numeric() && !is_alphabetic(c) {
                let end = self.scan_number(start).max(start + len);
                return Some(self.token(start, end, TokenKind::Number));
            }
            if is_alphabetic(c) {
                let end = self.scan_other_word(start).max(start + len);
                return Some(self.token(start, end, TokenKind::Word));
            }
            if is_punctuation(c) {
                return Some(self.token(start, start + len, TokenKind::Punctuation));
            }
            let end = text[start..]
                .graphemes(true)
                .next()
                .map_or(start + len, |g| start + g.len());
            return Some(self.token(start, end, TokenKind::Symbol));
        }
    }
}

/// Non-ASCII punctuation (general punctuation block, CJK and full-width marks, Arabic ones).
fn is_punctuation(c: char) -> bool {
    matches!(c as u32,
        0x00A1 | 0x00A7 | 0x00B6 | 0x00B7 | 0x00BF | 0x2010..=0x2027 | 0x2030..=0x205E
        | 0x3001..=0x3003 | 0x3008..=0x3011 | 0xFF01..=0xFF0F | 0xFD3E | 0xFD3F
        | 0x060C | 0x060D | 0x061B | 0x061E | 0x061F | 0x066D | 0x06D4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detached_token_list_keeps_its_allocation() {
        let text = String::from("قال الوزير إن الوضع خطير");
        let mut tokens: Vec<Token<'_>> = Vec::with_capacity(100);
        tokens.extend(tokenize(&text));
        let (ptr, cap) = (tokens.as_ptr() as usize, tokens.capacity());
        let detached: Vec<Token<'static>> = detach(tokens);
        drop(text);
        assert!(detached.is_empty());
        assert_eq!(detached.capacity(), cap);
        assert_eq!(detached.as_ptr() as usize, ptr);
    }

    #[test]
    fn packed_kind_round_trips() {
        for (k, &kind) in KINDS.iter().enumerate() {
            assert_eq!(kind as usize, k);
            let t = Token::new("x", START_MASK as usize, kind);
            assert_eq!((t.kind(), t.start()), (kind, START_MASK as usize));
        }
        #[cfg(target_pointer_width = "64")]
        assert_eq!(std::mem::size_of::<Token<'_>>(), 24);
    }
}
