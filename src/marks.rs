//! Quotation-mark pairing within a paragraph.
//!
//! Straight `"` marks alternate; « » “ ” ‘ ’ „ ‹ › have a direction; `{` opens and may be closed by
//! `}` or `»` (some outlets mix them). Another mark type may nest inside an open quote. A mark left
//! open at the end of its paragraph never pairs across it: it is reported as unbalanced.

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

/// Whether an open mark of `family` may be closed by a close mark of `closer`.
fn closes(family: u8, closer: u8) -> bool {
    family == closer
        || (family == BRACE && closer == GUILLEMET)
        || (family == GUILLEMET && closer == BRACE)
}

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
    let mut out = Pairing::default();
    // Stack of (mark span, family).
    let mut stack: Vec<(Span, u8)> = Vec::new();
    // Open marks of each family on the stack, so that a close mark with no partner costs O(1) and
    // the whole pairing stays linear (every other search pops what it scans).
    let mut open = [0usize; 6];
    let can_close = |open: &[usize; 6], f: u8| {
        open[f as usize] > 0
            || (f == GUILLEMET && open[BRACE as usize] > 0)
            || (f == BRACE && open[GUILLEMET as usize] > 0)
    };
    for &span in marks {
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
                // Marks opened after the matching one and still open are unbalanced.
                for &(s, g) in &stack[k + 1..] {
                    out.unbalanced.push(s);
                    open[g as usize] -= 1;
                }
                open[stack[k].1 as usize] -= 1;
                out.pairs.push(MarkPair {
                    open: stack[k].0,
                    close: span,
                });
                stack.truncate(k);
                continue;
            }
            if let Role::Close(f) = r {
                // A closing mark glued to the word after it opens a quote (»المدينة» in some
                // outlets): treat it as an opening of its family.
                let glued = text[span.end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if glued {
                    open[f as usize] += 1;
                    stack.push((span, f));
                } else {
                    out.unbalanced.push(span);
                }
                continue;
            }
        }
        // An opening mark glued to the word before it closes an open quote of its family
        // (“…“ in some outlets).
        if let Role::Open(f) = r {
            let glued_before = text[..span.start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let free_after = text[span.end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if glued_before && free_after && open[f as usize] > 0 {
                if let Some(k) = stack.iter().rposition(|&(_, g)| g == f) {
                    for &(s, g) in &stack[k + 1..] {
                        out.unbalanced.push(s);
                        open[g as usize] -= 1;
                    }
                    open[f as usize] -= 1;
                    out.pairs.push(MarkPair {
                        open: stack[k].0,
                        close: span,
                    });
                    stack.truncate(k);
                    continue;
                }
            }
        }
        let family = match r {
            Role::Open(f) | Role::Either(f) | Role::Close(f) => f,
        };
        open[family as usize] += 1;
        stack.push((span, family));
    }
    out.unbalanced.extend(stack.iter().map(|&(s, _)| s));
    out.pairs.sort_by_key(|p| p.open.start);
    out.unbalanced.sort();
    out
}
