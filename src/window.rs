//! Long texts in windows: where to cut them, and how a window's results become the whole text's.
//!
//! A text longer than the parser's window (512 KiB by default; news articles are a few KiB) is
//! parsed a window at a time, so that each stage's tables stay in the processor's caches however
//! long the text is: a 10 MB text then costs ten 1 MB ones, not more. The cuts fall at line starts
//! where there are lines, else after a run of blanks, else at a token's end, so that the tokens
//! are exactly those of the whole text; a window's spans and indices are then moved on by where
//! the window starts.

use crate::gazetteer::{Mention, Unlinked};
use crate::quote::{Apposition, Quote, Speaker};
use crate::structure::{PostSignature, Zone};
use crate::{Paragraph, Sentence, Span, Token};
use std::ops::Range;

/// Where the window that starts at `start` (a cut, or 0) ends: the first line start at or after
/// `start + window` (past the blank lines there), else the end of the first run of blanks or
/// control chars there, else right after a quotation mark or an Arabic comma, semicolon or
/// question mark: each a token of its own that no other token's scan crosses, so that a cut after
/// one divides no token and changes none around it. (A cut at any other token's end could:
/// `pic.twitter.com` alone is a link, and a word, a dot and a word when `/xhttps://…` follows.)
/// Every cut is also a grapheme cluster boundary. Each kind is looked for within one more window
/// first; with none there, the first of any kind further on ends the window, or the end of the
/// text.
pub(crate) fn window_end(text: &str, start: usize, window: usize) -> usize {
    let target = start.saturating_add(window.max(1));
    if target >= text.len() {
        return text.len();
    }
    let limit = target.saturating_add(window).min(text.len());
    // (`target` may fall inside a char, but neither byte searched for is ever part of one.)
    if let Some(cut) = first_cut(text, target, limit, |b| b == b'\n') {
        return cut;
    }
    if let Some(cut) = first_cut(text, target, limit, is_separator_byte) {
        return cut;
    }
    if let Some(cut) = after_standalone_mark(text, char_boundary_from(text, target), limit) {
        return cut;
    }
    // None near: the first cut of any kind further on (one pass, so that windows stay linear).
    let far = char_boundary_from(text, limit);
    let mut skip_to = far;
    for (at, c) in text[far..].char_indices() {
        let at = far + at;
        if at < skip_to {
            continue;
        }
        let cut = match c {
            '\n' => past_blanks(text, at),
            c if c.is_ascii() && is_separator_byte(c as u8) => past_blanks(text, at),
            c if is_standalone_mark(c) => at + c.len_utf8(),
            _ => continue,
        };
        if is_grapheme_boundary(text, cut) {
            return cut;
        }
        skip_to = cut;
    }
    text.len()
}

/// The first char boundary at or after `i` (`i` at most the text's length).
fn char_boundary_from(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The first cut past the blanks at a byte of `text[from..limit]` that `is_cut` picks, where the
/// cut is a grapheme boundary. Each run of blanks is read once.
fn first_cut(text: &str, from: usize, limit: usize, is_cut: fn(u8) -> bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < limit {
        let at = i + bytes[i..limit].iter().position(|&b| is_cut(b))?;
        let cut = past_blanks(text, at);
        if is_grapheme_boundary(text, cut) {
            return Some(cut);
        }
        i = cut.max(at + 1);
    }
    None
}

/// Whether `at` is a grapheme cluster boundary of `text`. A cut must be one: the tokenizer makes
/// a symbol of a whole cluster, and a prepended mark (U+0600..U+0605) joins a space and a
/// combining mark after it into one ("\u{604} \u{746}"), so that the end of a run of blanks is
/// not always a token's edge. (Found by fuzzing.)
fn is_grapheme_boundary(text: &str, at: usize) -> bool {
    unicode_segmentation::GraphemeCursor::new(at, text.len(), true)
        .is_boundary(text, 0)
        .unwrap_or(true)
}

/// Chars the tokenizer always makes a token of their own, and that end every other token's
/// scan: double quotation marks and guillemets, and the Arabic comma, semicolon and question
/// mark. (Not the single quotation marks: ’ is also an apostrophe inside a word.)
fn is_standalone_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '،' | '؛' | '؟')
}

/// The position right after the first standalone mark in `text[from..limit]` (`from` a char
/// boundary) that is a grapheme boundary, if any.
fn after_standalone_mark(text: &str, from: usize, limit: usize) -> Option<usize> {
    text[from..]
        .char_indices()
        .take_while(|&(at, _)| from + at < limit)
        .filter(|&(_, c)| is_standalone_mark(c))
        .map(|(at, c)| from + at + c.len_utf8())
        .find(|&cut| is_grapheme_boundary(text, cut))
}

/// Whether an ASCII byte is a blank or a control char other than a line break: the tokenizer
/// skips it between tokens and no token's scan goes past it.
fn is_separator_byte(b: u8) -> bool {
    b == b' ' || b == b'\t' || (b < 0x20 && b != b'\n' && b != b'\r') || b == 0x7F
}

/// The end of the run of line breaks, blanks and controls at `i`: all that the tokenizer takes
/// into one line or paragraph break token or skips between tokens (spaces, control chars,
/// invisible controls), so that a cut there divides no token.
fn past_blanks(text: &str, i: usize) -> usize {
    use crate::normalize::{is_invisible_control, is_unicode_space};
    let rest = &text[i..];
    let blank = |c: char| {
        matches!(c, '\n' | '\r')
            || (c.is_ascii() && is_separator_byte(c as u8))
            || is_unicode_space(c)
            || is_invisible_control(c)
    };
    i + rest.len() - rest.trim_start_matches(blank).len()
}

/// Where a window starts in the whole text: its bytes, and the numbers of tokens and paragraphs
/// of the windows before it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Base {
    pub(crate) bytes: usize,
    pub(crate) tokens: usize,
    pub(crate) paragraphs: usize,
}

/// A window's result made the whole text's: spans moved on by the window's start, token and
/// paragraph indices by the counts before it.
pub(crate) trait Shift {
    fn shift(&mut self, base: &Base);
}

impl Shift for Span {
    fn shift(&mut self, base: &Base) {
        *self = self.shifted(base.bytes);
    }
}

impl<T: Shift> Shift for Option<T> {
    fn shift(&mut self, base: &Base) {
        if let Some(x) = self {
            x.shift(base);
        }
    }
}

impl<T: Shift> Shift for Vec<T> {
    fn shift(&mut self, base: &Base) {
        for x in self {
            x.shift(base);
        }
    }
}

impl<T: Shift> Shift for Box<T> {
    fn shift(&mut self, base: &Base) {
        (**self).shift(base);
    }
}

impl Shift for Token<'_> {
    fn shift(&mut self, base: &Base) {
        self.move_by(base.bytes);
    }
}

/// An index range `by` further on.
fn moved(r: &Range<usize>, by: usize) -> Range<usize> {
    r.start + by..r.end + by
}

impl Shift for Paragraph {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
        self.tokens = moved(&self.tokens, base.tokens);
    }
}

impl Shift for Sentence {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
        self.tokens = moved(&self.tokens, base.tokens);
        self.paragraph += base.paragraphs;
    }
}

impl Shift for PostSignature {
    fn shift(&mut self, base: &Base) {
        self.author.shift(base);
        self.handle.shift(base);
        self.date.shift(base);
        self.body.shift(base);
    }
}

impl Shift for Zone {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
        self.paragraphs = moved(&self.paragraphs, base.paragraphs);
        self.value.shift(base);
        self.items.shift(base);
        self.post.shift(base);
    }
}

impl Shift for Mention {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
        self.prefix.shift(base);
    }
}

impl Shift for Unlinked {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
    }
}

impl Shift for Speaker {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
    }
}

impl Shift for Quote {
    fn shift(&mut self, base: &Base) {
        self.span.shift(base);
        self.content.shift(base);
        self.speaker.shift(base);
        self.agent.shift(base);
        self.cue.shift(base);
    }
}

impl Shift for Apposition {
    fn shift(&mut self, base: &Base) {
        self.role.shift(base);
        self.person.shift(base);
    }
}

/// Moves the items of a window's list onto the end of the whole text's, shifted (the window's
/// list keeps its buffer for the next window).
pub(crate) fn append<T: Shift>(to: &mut Vec<T>, from: &mut Vec<T>, base: &Base) {
    to.extend(from.drain(..).map(|mut x| {
        x.shift(base);
        x
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(text: &str, window: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut start = 0;
        while start < text.len() {
            start = window_end(text, start, window);
            out.push(start);
        }
        out
    }

    #[test]
    fn cuts_at_line_starts_past_blank_lines() {
        let text = "سطر أول طويل\n\n  سطر ثان\nثالث";
        let first = window_end(text, 0, 16);
        assert_eq!(&text[first..], "سطر ثان\nثالث");
        assert_eq!(*cuts(text, 4).last().unwrap(), text.len());
    }

    #[test]
    fn invisible_controls_between_line_breaks_stay_in_the_break() {
        // "\n\u{200C}\n" is one paragraph break: the cut falls after all of it.
        for text in [
            "كلمة\n\u{200C}\nكلمة",
            "كلمة\n\u{061C}\nكلمة",
            "كلمة\n\u{00A0}\u{FEFF}كلمة",
        ] {
            let cut = window_end(text, 0, 6);
            assert_eq!(&text[cut..], "كلمة", "{text:?}");
        }
    }

    #[test]
    fn cuts_after_control_chars() {
        let text = "\0\u{1}قال\0\u{202E}".repeat(20);
        let c = cuts(&text, 10);
        assert!(c.len() > 5, "{c:?}");
        for cut in &c[..c.len() - 1] {
            assert!(text[*cut..].starts_with('ق'), "{cut}");
        }
    }

    #[test]
    fn cuts_after_blanks_without_lines() {
        let text = "كلمة كلمة   كلمة كلمة";
        let first = window_end(text, 0, 9);
        assert_eq!(&text[first..], "كلمة كلمة");
    }

    #[test]
    fn cuts_after_quotation_marks_without_blanks() {
        // Quotation marks are a token each: the cut falls between two.
        let text = "«".repeat(100);
        let c = cuts(&text, 7);
        assert!(c.len() > 10 && c.iter().all(|&cut| text.is_char_boundary(cut)));
        // Nor blanks nor marks: no cut, however long the text.
        let url = "pic.twitter.com/".repeat(50);
        assert_eq!(cuts(&url, 10), [url.len()]);
        // A mark far on ends the window.
        let text = format!("{}«{}", "x".repeat(100), "y".repeat(100));
        assert_eq!(cuts(&text, 10), [102, text.len()]);
    }

    #[test]
    fn windows_always_advance() {
        for text in ["", "a", "\n\n\n", "    ", "ب\nب\nب"] {
            let c = cuts(text, 1);
            assert!(c.windows(2).all(|w| w[0] < w[1]), "{text:?}: {c:?}");
            assert_eq!(c.last().copied().unwrap_or(0), text.len());
        }
    }
}
