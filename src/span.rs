//! Byte spans into the caller's original text.

use std::ops::Range;

/// A byte range `start..end` into the text the caller passed in (never into a normalized copy).
///
/// Every span the crate returns lies on `char` boundaries, so `&text[span.range()]` never panics.
///
/// ```
/// use akhbar::Span;
///
/// let text = "قال بلينكن";
/// let span = Span::new(7, 19);
/// assert_eq!(span.slice(text), "بلينكن");
/// assert_eq!(span.len(), 12);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range<usize>`.
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// If the span is out of bounds of `text` or not on char boundaries, which cannot happen for a
    /// span the crate returned for that same `text`.
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// Whether `other` lies entirely within this span.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span `by` bytes further on: a window's span as a span of the whole text.
    pub(crate) const fn shifted(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}
