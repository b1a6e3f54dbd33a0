//! Paragraphs and sentences over a token stream.
//!
//! Paragraphs come from line breaks: every non-empty line is a paragraph, as in scraped text.
//! Sentences end at `.` `!` `?` `؟` `…` `۔` and at paragraph ends; not inside numbers or URLs (the
//! tokenizer keeps those whole), not after abbreviations and initials (د. أ. J.), and not inside a
//! quotation that closes within the same paragraph — a sentence whose terminal mark sits right before
//! the closing mark ends after it.
//!
//! ```
//! let text = "قال د. أحمد إن \"الوضع صعب. لكنه سيتحسن.\" وأضاف أن 3.5% فقط نجحوا! ثم غادر\nسطر ثان";
//! let s: Vec<&str> = akhbar::sentences(text).iter().map(|s| s.slice(text)).collect();
//! assert_eq!(s, [
//!     "قال د. أحمد إن \"الوضع صعب. لكنه سيتحسن.\"",
//!     "وأضاف أن 3.5% فقط نجحوا!",
//!     "ثم غادر",
//!     "سطر ثان",
//! ]);
//! ```

use crate::gallop::partition_near;
use crate::marks::{pair_marks, MarkPair, Pairing};
use crate::{Span, Token, TokenKind};
use std::ops::Range;

/// A paragraph: its span and the range of its tokens in the token slice it was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Paragraph {
    /// From the first to the last token of the paragraph.
    pub span: Span,
    /// Indices of its tokens.
    pub tokens: Range<usize>,
}

/// A sentence: its span, its tokens and the index of its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence {
    /// From the first to the last token of the sentence.
    pub span: Span,
    /// Indices of its tokens.
    pub tokens: Range<usize>,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Splits a token slice into paragraphs at line and paragraph breaks.
pub fn split_paragraphs(tokens: &[Token<'_>]) -> Vec<Paragraph> {
    let mut split = ParagraphSplitter::default();
    for (i, t) in tokens.iter().enumerate() {
        split.feed(i, t);
    }
    split.finish(tokens.len())
}

/// Splits paragraphs from tokens fed one at a time (see [`split_paragraphs`]).
#[derive(Default)]
struct ParagraphSplitter {
    /// The open paragraph: its first token, its start offset and the end of its last token.
    open: Option<(usize, usize, usize)>,
    out: Vec<Paragraph>,
}

impl ParagraphSplitter {
    /// Feeds token `i`.
    fn feed(&mut self, i: usize, t: &Token<'_>) {
        if t.is_break() {
            self.close(i);
        } else {
            self.open.get_or_insert((i, t.start(), t.end())).2 = t.end();
        }
    }

    fn close(&mut self, i: usize) {
        if let Some((first, start, end)) = self.open.take() {
            self.out.push(Paragraph {
                span: Span::new(start, end),
                tokens: first..i,
            });
        }
    }

    /// The paragraphs of `n` tokens fed.
    fn finish(mut self, n: usize) -> Vec<Paragraph> {
        self.close(n);
        self.out
    }
}

/// Whether the token ends a sentence by itself.
fn is_terminal(t: &Token<'_>) -> bool {
    t.kind() == TokenKind::Punctuation
        && t.as_str()
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁉'))
}

/// Whether a `.` after `word` marks an abbreviation or an initial rather than a sentence end.
fn is_abbreviation(word: &Token<'_>) -> bool {
    if !word.is_word() {
        return false;
    }
    let w = word.as_str();
    let mut chars = w
        .chars()
        .filter(|c| !crate::script::is_arabic_combining(*c));
    let first = chars.next();
    if chars.next().is_none() {
        // A single letter: د. أ. م. J.
        return first.is_some_and(|c| {
            crate::script::is_arabic_letter(c) || crate::script::is_alphabetic(c)
        });
    }
    const LATIN: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt",
        "Maj", "Rep", "Sen", "Gov", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];
    LATIN.contains(&w)
}

/// What one pass of tokenization gathers for the later stages: the paragraphs, and the spans of the
/// quotation marks with the range of them in each paragraph.
pub(crate) struct Segmented {
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) marks: Vec<Span>,
    /// Per paragraph: its marks, a range of `marks`.
    pub(crate) mark_ranges: Vec<Range<usize>>,
}

/// Tokenizes `text` into `tokens` and splits paragraphs and collects quotation marks in the same
/// pass, while each token is at hand (a long text is not read again for them).
pub(crate) fn tokenize_segmented<'t>(text: &'t str, tokens: &mut Vec<Token<'t>>) -> Segmented {
    // (A paragraph has at least one token, and a token at least one byte.)
    let mut split = ParagraphSplitter {
        out: crate::scratch::take_for(&PARAGRAPHS, text.len()),
        ..ParagraphSplitter::default()
    };
    let mut marks = crate::scratch::take(&MARKS);
    for t in crate::tokenize(text) {
        if t.kind() == TokenKind::Quote {
            marks.push(t.span());
        }
        split.feed(tokens.len(), &t);
        tokens.push(t);
    }
    let paragraphs = split.finish(tokens.len());
    // Marks are never breaks: each lies in a paragraph, and both lists are in text order.
    let mut k = 0;
    let mut mark_ranges = crate::scratch::take(&MARK_RANGES);
    mark_ranges.extend(paragraphs.iter().map(|p| {
        let first = k;
        while k < marks.len() && marks[k].start < p.span.end {
            k += 1;
        }
        first..k
    }));
    Segmented {
        paragraphs,
        marks,
        mark_ranges,
    }
}

impl Segmented {
    /// Gives the mark lists to this thread's spare slots once read (see [`crate::scratch`]).
    pub(crate) fn recycle_marks(marks: Vec<Span>, mark_ranges: Vec<Range<usize>>) {
        crate::scratch::give_back(&MARKS, marks);
        crate::scratch::give_back(&MARK_RANGES, mark_ranges);
    }
}

thread_local! {
    /// The paragraph list of the last article dropped on this thread (see [`crate::scratch`]).
    pub(crate) static PARAGRAPHS: std::cell::Cell<Vec<Paragraph>> =
        const { std::cell::Cell::new(Vec::new()) };
    /// The sentence list of the last article dropped on this thread (see [`crate::scratch`]).
    pub(crate) static SENTENCES: std::cell::Cell<Vec<Sentence>> =
        const { std::cell::Cell::new(Vec::new()) };
    static MARKS: std::cell::Cell<Vec<Span>> = const { std::cell::Cell::new(Vec::new()) };
    /// A paragraph's closing marks in order, with the stack that orders them, and its quoted
    /// intervals (see [`split_sentences_pairing`]).
    static CLOSES: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
    static OPEN_STACK: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
    static QUOTED: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
    /// The per-paragraph pairings list of the last parse on this thread (see [`recycle_pairings`]).
    static PAIRINGS: std::cell::Cell<Vec<(usize, Pairing)>> =
        const { std::cell::Cell::new(Vec::new()) };
    static MARK_RANGES: std::cell::Cell<Vec<Range<usize>>> =
        const { std::cell::Cell::new(Vec::new()) };
}

/// Splits each paragraph into sentences.
pub fn split_sentences(
    text: &str,
    tokens: &[Token<'_>],
    paragraphs: &[Paragraph],
) -> Vec<Sentence> {
    split_sentences_pairing(text, tokens, paragraphs, None, false).0
}

/// Splits each paragraph into sentences and, if `keep_pairings`, also returns the quotation-mark
/// pairing of each paragraph that has marks, with the paragraph's index (attribution reads them
/// again rather than pairing the marks twice).
/// `marks`, when given, holds the quotation marks and their range per paragraph (as
/// [`tokenize_segmented`] gathers them); else each paragraph's tokens are searched for them.
pub(crate) fn split_sentences_pairing(
    text: &str,
    tokens: &[Token<'_>],
    paragraphs: &[Paragraph],
    marks: Option<(&[Span], &[Range<usize>])>,
    keep_pairings: bool,
) -> (Vec<Sentence>, Vec<(usize, Pairing)>) {
    // At least one sentence per paragraph: reserved once rather than regrown. (A sentence has at
    // least one token.)
    let mut out = crate::scratch::take_for(&SENTENCES, tokens.len());
    out.reserve(paragraphs.len());
    let mut pairings = if keep_pairings {
        crate::scratch::take(&PAIRINGS)
    } else {
        Vec::new()
    };
    let mut found = Vec::new();
    // Per paragraph: its closing marks in order, a stack, and its quoted intervals (one set of
    // lists for all paragraphs, and from one parse to the next).
    let mut closes = crate::scratch::take(&CLOSES);
    let mut open = crate::scratch::take(&OPEN_STACK);
    let mut quoted = crate::scratch::take(&QUOTED);
    for (p, para) in paragraphs.iter().enumerate() {
        let toks = &tokens[para.tokens.clone()];
        let marks: &[Span] = match marks {
            Some((all, ranges)) => &all[ranges[p].clone()],
            None => {
                found.clear();
                found.extend(
                    toks.iter()
                        .filter(|t| t.kind() == TokenKind::Quote)
                        .map(|t| t.span()),
                );
                &found
            }
        };
        // Inside paired quotes no sentence ends; a terminal right before a closing mark ends after it.
        let pairing: Pairing = if marks.is_empty() {
            Pairing::default()
        } else {
            pair_marks(text, marks)
        };
        closes_in_order(&pairing.pairs, &mut closes, &mut open);
        union_of(
            pairing.pairs.iter().map(|m| (m.open.end, m.close.start)),
            &mut quoted,
        );
        let mut q = 0; // first interval of `quoted` that may contain the current position
        let base = para.tokens.start;
        let mut first = 0;
        let mut i = 0;
        let mut near_close = 0;
        while i < toks.len() {
            let t = &toks[i];
            let mut end_here = false;
            if is_terminal(t) {
                let abbrev = t.as_str() == "."
                    && i > 0
                    && is_abbreviation(&toks[i - 1])
                    && toks[i - 1].end() == t.start();
                // A colon glued to the terminal introduces what follows ("زيمبابوي.: "…""):
                // the sentence goes on.
                let before_colon = toks
                    .get(i + 1)
                    .is_some_and(|n| n.start() == t.end() && matches!(n.as_str(), ":" | "："));
                if !abbrev && !before_colon {
                    // Extend over closing marks and brackets right after the terminal.
                    let mut j = i + 1;
                    while j < toks.len()
                        && (toks[j].kind() == TokenKind::Quote && {
                            // (From the last answer: a long paragraph may close many.)
                            let at = toks[j].start();
                            near_close = partition_near(&closes, near_close, |&c| c < at);
                            closes.get(near_close) == Some(&at)
                        } || matches!(toks[j].as_str(), ")" | "]"))
                    {
                        j += 1;
                    }
                    while q < quoted.len() && quoted[q].1 <= t.start() {
                        q += 1;
                    }
                    let in_quote = q < quoted.len() && quoted[q].0 <= t.start();
                    if j > i + 1 || !in_quote {
                        i = j - 1;
                        end_here = true;
                    }
                }
            }
            if end_here {
                out.push(sentence(toks, base, first..i + 1, p));
                first = i + 1;
            }
            i += 1;
        }
        if first < toks.len() {
            out.push(sentence(toks, base, first..toks.len(), p));
        }
        if keep_pairings && !marks.is_empty() {
            pairings.push((p, pairing));
        }
    }
    crate::scratch::give_back(&CLOSES, closes);
    crate::scratch::give_back(&OPEN_STACK, open);
    crate::scratch::give_back(&QUOTED, quoted);
    (out, pairings)
}

/// Hands the pairings of [`split_sentences_pairing`] back to this thread's next parse: the list
/// itself, and the lists of its largest pairing.
pub(crate) fn recycle_pairings(mut pairings: Vec<(usize, Pairing)>) {
    let largest = (0..pairings.len())
        .max_by_key(|&k| pairings[k].1.pairs.len() + pairings[k].1.unbalanced.len());
    if let Some(k) = largest {
        pairings.swap_remove(k).1.recycle();
    }
    crate::scratch::give_back(&PAIRINGS, pairings);
}

/// The starts of the closing marks of `pairs` (ordered by their opening marks), in text order.
/// Pairs come from a stack, so they nest or follow one another: a stack reads the closing marks off
/// in order, where a sort of a long paragraph's marks would cost O(n log n).
fn closes_in_order(pairs: &[MarkPair], out: &mut Vec<usize>, open: &mut Vec<usize>) {
    out.clear();
    open.clear();
    out.reserve(pairs.len());
    for p in pairs {
        while let Some(&c) = open.last().filter(|&&c| c < p.open.start) {
            out.push(c);
            open.pop();
        }
        open.push(p.close.start);
    }
    out.extend(open.drain(..).rev());
    // (Crossing pairs cannot come from the pairing; sorted all the same if they ever did.)
    if !out.is_sorted() {
        out.sort_unstable();
    }
}

/// The union of half-open intervals, sorted and disjoint, into `out`.
fn union_of(intervals: impl Iterator<Item = (usize, usize)>, out: &mut Vec<(usize, usize)>) {
    out.clear();
    out.extend(intervals.filter(|(a, b)| a < b));
    out.sort_unstable();
    // Merged in place: `w` intervals kept so far.
    let mut w = 0;
    for k in 0..out.len() {
        let (a, b) = out[k];
        if w > 0 && a <= out[w - 1].1 {
            out[w - 1].1 = out[w - 1].1.max(b);
        } else {
            out[w] = (a, b);
            w += 1;
        }
    }
    out.truncate(w);
}

fn sentence(toks: &[Token<'_>], base: usize, r: Range<usize>, paragraph: usize) -> Sentence {
    Sentence {
        span: Span::new(toks[r.start].start(), toks[r.end - 1].end()),
        tokens: base + r.start..base + r.end,
        paragraph,
    }
}

/// The sentences of `text` as spans (tokenizes and splits paragraphs on the way).
pub fn sentences(text: &str) -> Vec<Span> {
    let tokens: Vec<Token<'_>> = crate::tokenize(text).collect();
    let paragraphs = split_paragraphs(&tokens);
    split_sentences(text, &tokens, &paragraphs)
        .into_iter()
        .map(|s| s.span)
        .collect()
}

/// The paragraphs of `text` as spans.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let tokens: Vec<Token<'_>> = crate::tokenize(text).collect();
    split_paragraphs(&tokens)
        .into_iter()
        .map(|p| p.span)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The one-pass split and `split_paragraphs` give the maximal runs of non-break tokens,
        /// with each paragraph's marks, and the sentences come out the same either way.
        #[test]
        fn one_pass_split_agrees(text in "[قال \"«»“”\\n.،a-b١]{0,60}") {
            let mut tokens = Vec::new();
            let seg = tokenize_segmented(&text, &mut tokens);
            let all: Vec<Token<'_>> = crate::tokenize(&text).collect();
            prop_assert_eq!(&tokens, &all);
            // Reference: the maximal runs of tokens that are not breaks.
            let mut paragraphs = Vec::new();
            let mut i = 0;
            while i < tokens.len() {
                if tokens[i].is_break() {
                    i += 1;
                    continue;
                }
                let first = i;
                while i < tokens.len() && !tokens[i].is_break() {
                    i += 1;
                }
                paragraphs.push(Paragraph {
                    span: Span::new(tokens[first].start(), tokens[i - 1].end()),
                    tokens: first..i,
                });
            }
            prop_assert_eq!(&seg.paragraphs, &paragraphs);
            prop_assert_eq!(&split_paragraphs(&tokens), &paragraphs);
            for (p, r) in paragraphs.iter().zip(&seg.mark_ranges) {
                let marks: Vec<Span> = tokens[p.tokens.clone()]
                    .iter()
                    .filter(|t| t.kind() == TokenKind::Quote)
                    .map(|t| t.span())
                    .collect();
                prop_assert_eq!(&seg.marks[r.clone()], marks.as_slice());
            }
            let given = split_sentences_pairing(
                &text,
                &tokens,
                &paragraphs,
                Some((&seg.marks, &seg.mark_ranges)),
                true,
            );
            let searched = split_sentences_pairing(&text, &tokens, &paragraphs, None, true);
            prop_assert_eq!(given, searched);
        }
    }
}
