//! Quotation-mark pairing within a paragraph.
//!
//! Straight `"` marks alternate; « » “ ” ‘ ’ „ ‹ › have a direction; `{` opens and may be closed by
//! `}` or `»` (some outlets mix them). Another mark type may nest inside an open quote. A mark left
//! open at the end of its paragraph never pairs across it: it is reported as unbalanced.

use crate::script::is_alphanumeric;
use crate::Span;

/// A pair of quotation marks: the open mark's span and the close mark's span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MarkPair {
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
}

impl MarkPair {
    /// From the start of the open mark to the end of the close mark.
    pub fn outer(&self) -> Span {
        Span::new(self.open.start, self.close.end)
    }

    /// Between the marks.
    pub fn inner(&self) -> Span {
        Span::new(self.open.end, self.close.start)
    }
}

/// Result of pairing the marks of one paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Pairing {
    /// Pairs, ordered by their open mark.
    pub pairs: Vec<MarkPair>,
    /// Marks that found no partner, in text order.
    pub unbalanced: Vec<Span>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open(u8),
    Close(u8),
    /// Straight marks: open or close by alternation.
    Either(u8),
}

const STRAIGHT: u8 = 0;
const GUILLEMET: u8 = 1;
const CURLY_DOUBLE: u8 = 2;
const CURLY_SINGLE: u8 = 3;
const BRACE: u8 = 4;
const SINGLE_GUILLEMET: u8 = 5;

fn role(c: char) -> Option<Role> {
    Some(match c {
        '"' | '＂' => Role::Either(STRAIGHT),
        '«' => Role::Open(GUILLEMET),
        '»' => Role::Close(GUILLEMET),
        '“' | '„' => Role::Open(CURLY_DOUBLE),
        '”' | '‟' => Role::Close(CURLY_DOUBLE),
        '‘' => Role::Open(CURLY_SINGLE),
        '’' => Role::Close(CURLY_SINGLE),
        '‹' => Role::Open(SINGLE_GUILLEMET),
        '›' => Role::Close(SINGLE_GUILLEMET),
        '{' => Role::Open(BRACE),
        '}' => Role::Close(BRACE),
        _ => return None,
    })
}

/// Whether the mark at `span` is glued to the word before it and not to the word after it, as a
/// closing mark is written (`… الخطيرة".`). Not after a tatweel, which ends a proclitic written
/// apart (`لـ" العربية "`): that mark opens.
pub(crate) fn looks_closing(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    before.is_some_and(|c| is_alphanumeric(c) && c != '\u{640}')
        && !after.is_some_and(is_alphanumeric)
}

/// Whether the mark at `span` has no word after it: a space, a punctuation mark or the end (not
/// another quotation mark on either side: "««" opens two quotes). Such an opening mark closes
/// («المجنون «).
fn stands_apart(text: &str, span: Span) -> bool {
    let after_mark = text[..span.start]
        .chars()
        .next_back()
        .is_some_and(|c| role(c).is_some());
    !after_mark
        && text[span.end..].chars().next().is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, '.' | '،' | ',' | '؛' | ';' | ':' | '!' | '؟' | '?' | ')')
        })
}

/// Whether an open mark of `family` may be closed by a close mark of `closer`.
fn closes(family: u8, closer: u8) -> bool {
    family == closer
        || (family == BRACE && closer == GUILLEMET)
        || (family == GUILLEMET && closer == BRACE)
}

thread_local! {
    /// The stack and partner table of the last pairing on this thread (see [`crate::scratch`]).
    static STACK: std::cell::Cell<Vec<(usize, u8)>> = const { std::cell::Cell::new(Vec::new()) };
    static PARTNER: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
    /// The lists of a pairing given back with [`Pairing::recycle`].
    static PAIRS: std::cell::Cell<Vec<MarkPair>> = const { std::cell::Cell::new(Vec::new()) };
    static UNBALANCED_MARKS: std::cell::Cell<Vec<Span>> =
        const { std::cell::Cell::new(Vec::new()) };
}

impl Pairing {
    /// Hands this pairing's lists to the next [`pair_marks`] on this thread, when a parse is done
    /// with them.
    pub(crate) fn recycle(self) {
        crate::scratch::give_back(&PAIRS, self.pairs);
        crate::scratch::give_back(&UNBALANCED_MARKS, self.unbalanced);
    }
}

/// In the partner table: a mark not (yet) paired, and a mark left unbalanced.
const UNPAIRED: usize = usize::MAX;
const UNBALANCED: usize = usize::MAX - 1;

/// Pairs the quotation marks whose spans are given (in text order, all within one paragraph of
/// `text`). Linear in the number of marks.
///
/// ```
/// use akhbar::marks::pair_marks;
/// use akhbar::{tokenize, TokenKind};
///
/// let text = "قال إن «الوضع \"خطير\" جدا» وأضاف \"لا";
/// let marks: Vec<_> = tokenize(text).filter(|t| t.kind() == TokenKind::Quote).map(|t| t.span()).collect();
/// let p = pair_marks(text, &marks);
/// let inner: Vec<&str> = p.pairs.iter().map(|m| m.inner().slice(text)).collect();
/// assert_eq!(inner, ["الوضع \"خطير\" جدا", "خطير"]);
/// assert_eq!(p.unbalanced.len(), 1);
/// ```
pub fn pair_marks(text: &str, marks: &[Span]) -> Pairing {
    // Stack of (mark index, family).
    let mut stack = crate::scratch::take(&STACK);
    // Per mark: the index of its closing partner, or UNPAIRED / UNBALANCED. Read in mark order at
    // the end, it gives pairs and unbalanced marks in text order without a sort.
    let mut partner = crate::scratch::take(&PARTNER);
    partner.resize(marks.len(), UNPAIRED);
    // Open marks of each family on the stack, so that a close mark with no partner costs O(1) and
    // the whole pairing stays linear (every other search pops what it scans).
    let mut open = [0usize; 6];
    let can_close = |open: &[usize; 6], f: u8| {
        open[f as usize] > 0
            || (f == GUILLEMET && open[BRACE as usize] > 0)
            || (f == BRACE && open[GUILLEMET as usize] > 0)
    };
    // Pairs the mark on the stack at `k` with mark `i`; marks opened after it and still open are
    // unbalanced.
    let close_at = |stack: &mut Vec<(usize, u8)>,
                    partner: &mut [usize],
                    open: &mut [usize; 6],
                    k: usize,
                    i: usize| {
        for &(j, g) in &stack[k + 1..] {
            partner[j] = UNBALANCED;
            open[g as usize] -= 1;
        }
        open[stack[k].1 as usize] -= 1;
        partner[stack[k].0] = i;
        stack.truncate(k);
    };
    for (i, &span) in marks.iter().enumerate() {
        let Some(r) = span.slice(text).chars().next().and_then(role) else {
            continue;
        };
        let close_family = match r {
            Role::Close(f) => Some(f),
            Role::Either(f) if open[f as usize] > 0 => Some(f),
            _ => None,
        };
        if let Some(f) = close_family {
            let found = if can_close(&open, f) {
                stack.iter().rposition(|&(_, g)| closes(g, f))
            } else {
                None
            };
            if let Some(k) = found {
                close_at(&mut stack, &mut partner, &mut open, k, i);
                continue;
            }
            if let Role::Close(f) = r {
                // A closing mark glued to the word after it opens a quote (»المدينة» in some
                // outlets): treat it as an opening of its family.
                let glued = text[span.end..].chars().next().is_some_and(is_alphanumeric);
                // So does one standing apart when the next mark of its family, among the next
                // four, is an opening one that will close it (” شمسك أشرقت “: the writer
                // reversed the pair).
                let reversed = !glued
                    && !looks_closing(text, span)
                    && marks[i + 1..]
                        .iter()
                        .take(4)
                        .find_map(|&m| {
                            let r = m.slice(text).chars().next().and_then(role)?;
                            matches!(r, Role::Open(g) | Role::Close(g) if g == f).then_some((m, r))
                        })
                        .is_some_and(|(m, r)| r == Role::Open(f) && stands_apart(text, m));
                if glued || reversed {
                    open[f as usize] += 1;
                    stack.push((i, f));
                } else {
                    partner[i] = UNBALANCED;
                }
                continue;
            }
        }
        // An opening mark glued to the word before it closes an open quote of its family
        // (“…“ in some outlets), and so does one with no word after it (” … “).
        if let Role::Open(f) = r {
            if (looks_closing(text, span) || stands_apart(text, span)) && open[f as usize] > 0 {
                if let Some(k) = stack.iter().rposition(|&(_, g)| g == f) {
                    close_at(&mut stack, &mut partner, &mut open, k, i);
                    continue;
                }
            }
        }
        // A straight mark glued to the word before it and not to the word after it closes a quote;
        // with none open, its opening mark was lost (`… الخطيرة". وقال … إن "`): it is unbalanced,
        // not the start of a quote running over the sentences after it.
        if matches!(r, Role::Either(_)) && looks_closing(text, span) {
            // Unless the innermost open quote was opened with a double mark of another family: the
            // writer closed “ or « with the straight mark (`اسم “تيانغونغ-1"، وهو`).
            if let Some(&(_, g)) = stack.last() {
                if g == CURLY_DOUBLE || g == GUILLEMET {
                    let k = stack.len() - 1;
                    close_at(&mut stack, &mut partner, &mut open, k, i);
                    continue;
                }
            }
            partner[i] = UNBALANCED;
            continue;
        }
        let family = match r {
            Role::Open(f) | Role::Either(f) | Role::Close(f) => f,
        };
        open[family as usize] += 1;
        stack.push((i, family));
    }
    for &(j, _) in &stack {
        partner[j] = UNBALANCED;
    }
    // Sized once: a paragraph of a million marks does not regrow (and copy) its lists.
    let unbalanced = partner.iter().filter(|&&p| p == UNBALANCED).count();
    let paired = partner.iter().filter(|&&p| p < UNBALANCED).count();
    let mut out = Pairing {
        pairs: crate::scratch::take_for(&PAIRS, paired),
        unbalanced: crate::scratch::take_for(&UNBALANCED_MARKS, unbalanced),
    };
    out.pairs.reserve_exact(paired);
    out.unbalanced.reserve_exact(unbalanced);
    for (i, &p) in partner.iter().enumerate() {
        match p {
            UNPAIRED => {}
            UNBALANCED => out.unbalanced.push(marks[i]),
            close => out.pairs.push(MarkPair {
                open: marks[i],
                close: marks[close],
            }),
        }
    }
    crate::scratch::give_back(&STACK, stack);
    crate::scratch::give_back(&PARTNER, partner);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairing(text: &str) -> (Vec<(&str, &str)>, Vec<usize>) {
        let marks: Vec<Span> = crate::tokenize(text)
            .filter(|t| t.kind() == crate::TokenKind::Quote)
            .map(|t| t.span())
            .collect();
        let p = pair_marks(text, &marks);
        let pairs = p
            .pairs
            .iter()
            .map(|m| (m.inner().slice(text), m.close.slice(text)))
            .collect();
        (pairs, p.unbalanced.iter().map(|u| u.start).collect())
    }

    #[test]
    fn a_straight_closing_mark_with_none_open_is_unbalanced() {
        // The first mark closes a quote whose opening was lost; the next two pair.
        let text = "الخطر\". وقال إن \"الوضع خطير\".";
        let (pairs, unbalanced) = pairing(text);
        assert_eq!(pairs, [("الوضع خطير", "\"")]);
        assert_eq!(unbalanced, [text.find('"').unwrap()]);
        // Glued on both sides or on neither, straight marks alternate as before.
        let (pairs, unbalanced) = pairing("قال\"نعم\"ثم \" لا \"");
        assert_eq!(pairs, [("نعم", "\""), (" لا ", "\"")]);
        assert!(unbalanced.is_empty());
    }

    #[test]
    fn a_straight_mark_closes_a_curly_or_guillemet_quote_left_open() {
        // “ closed with the straight mark: one quote, then a separate straight pair.
        let (pairs, unbalanced) = pairing("اسم “القمر-1\"، وقال \"نعم\"");
        assert_eq!(pairs, [("القمر-1", "\""), ("نعم", "\"")]);
        assert!(unbalanced.is_empty());
        let (pairs, unbalanced) = pairing("على أنغام «العدة\" ويقول");
        assert_eq!(pairs, [("العدة", "\"")]);
        assert!(unbalanced.is_empty());
        // Not a straight mark opened inside it, which closes its own pair.
        let (pairs, _) = pairing("قال “إن \"الوضع\" خطير”");
        assert_eq!(pairs, [("إن \"الوضع\" خطير", "”"), ("الوضع", "\"")]);
    }

    #[test]
    fn pairs_and_unbalanced_marks_come_in_text_order() {
        let text = "«أ “ب” {ج» د» \"هـ";
        let (pairs, unbalanced) = pairing(text);
        // In order of their opening marks; { closes with the first » (a mixed {…» quote).
        assert_eq!(pairs, [("أ “ب” {ج» د", "»"), ("ب", "”"), ("ج", "»")]);
        assert_eq!(unbalanced, [text.find('"').unwrap()]);
        // (The last » and « stand apart, a reversed pair: » ج «.)
        let text = "\" أ » ب » ج «";
        let (pairs, unbalanced) = pairing(text);
        assert_eq!(pairs, [(" ج ", "«")]);
        assert_eq!(unbalanced.len(), 2);
        assert!(unbalanced.is_sorted());
        let text = "\" أ » ب » ج";
        let (pairs, unbalanced) = pairing(text);
        assert!(pairs.is_empty());
        assert_eq!(unbalanced.len(), 3);
        assert!(unbalanced.is_sorted());
    }

    #[test]
    fn marks_written_reversed_or_twice_pair() {
        // ” … “ standing apart: the writer reversed the pair.
        let (pairs, unbalanced) = pairing("بعنوان ” شمسك أشرقت “، حيث تضم");
        assert_eq!(pairs, [(" شمسك أشرقت ", "“")]);
        assert!(unbalanced.is_empty());
        // « … « : the second mark, with no word after it, closes.
        let (pairs, unbalanced) = pairing("الملقب بـ « المجنون «. وأبلغ");
        assert_eq!(pairs, [(" المجنون ", "«")]);
        assert!(unbalanced.is_empty());
        // Two opening marks in a row open two quotes.
        let (pairs, unbalanced) = pairing("قال «« أ » ب »");
        assert_eq!(pairs, [("« أ » ب ", "»"), (" أ ", "»")]);
        assert!(unbalanced.is_empty());
        // A lone closing mark whose family's next mark closes too stays unbalanced.
        let text = "قالت :» إن الطيران قصف. وقال :»إن حماس مسؤولة «.";
        let (pairs, unbalanced) = pairing(text);
        assert_eq!(pairs, [("إن حماس مسؤولة ", "«")]);
        assert_eq!(unbalanced, [text.find('»').unwrap()]);
    }
}
