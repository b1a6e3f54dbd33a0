//! Arabic normalization that never loses the way back to the original text.
//!
//! [`Normalizer::normalize`] returns a [`Normalized`] text together with an offset map: every byte
//! range of the normalized text maps back, in O(log n), to the byte range of the original it came
//! from ([`Normalized::original_range`]), deletions and one-to-many changes included.
//!
//! ```
//! use akhbar::normalize;
//!
//! let text = "قال وزيرُ الخارجيّة إنّ أمريكا";
//! let norm = normalize(text);
//! assert_eq!(norm.as_str(), "قال وزير الخارجيه ان امريكا");
//! // "امريكا" in the normalized text is "أمريكا" in the original.
//! let start = norm.as_str().find("امريكا").unwrap();
//! let orig = norm.original_range(start..start + "امريكا".len());
//! assert_eq!(&text[orig], "أمريكا");
//! ```

mod arabic;
mod options;

pub(crate) use arabic::{is_invisible_control, is_unicode_space};
pub use options::NormalizeOptions;

use crate::scratch;
use crate::Span;
use arabic::{fold, Fold, FoldTable};
use std::borrow::Cow;
use std::cell::Cell;
use std::ops::Range;
use std::sync::OnceLock;

/// Normalizes text with a fixed set of folds. Cheap to clone; build once and reuse.
///
/// ```
/// use akhbar::{NormalizeOptions, Normalizer};
///
/// let display = Normalizer::new(NormalizeOptions::display());
/// // tatweel and the right-to-left mark go; hamza and diacritics stay.
/// assert_eq!(display.normalize("أحـــمدُ\u{200F}").as_str(), "أحمدُ");
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    options: NormalizeOptions,
    table: FoldTable,
    /// Whether any fold can touch characters outside U+0600–U+06FF and ASCII.
    check_other: bool,
}

/// Normalizes `text` with the [`matching`](NormalizeOptions::matching) preset.
///
/// ```
/// assert_eq!(akhbar::normalize("إسرائيل").as_str(), "اسراييل");
/// ```
pub fn normalize(text: &str) -> Normalized<'_> {
    Normalizer::matching().normalize(text)
}

impl Normalizer {
    /// A normalizer applying `options`.
    pub fn new(options: NormalizeOptions) -> Normalizer {
        Normalizer {
            options,
            table: FoldTable::new(&options),
            check_other: options.controls || options.spaces || options.presentation_forms,
        }
    }

    /// The shared normalizer with the [`matching`](NormalizeOptions::matching) preset.
    pub fn matching() -> &'static Normalizer {
        static MATCHING: OnceLock<Normalizer> = OnceLock::new();
        MATCHING.get_or_init(|| Normalizer::new(NormalizeOptions::matching()))
    }

    /// The shared normalizer with the [`display`](NormalizeOptions::display) preset.
    pub fn display() -> &'static Normalizer {
        static DISPLAY: OnceLock<Normalizer> = OnceLock::new();
        DISPLAY.get_or_init(|| Normalizer::new(NormalizeOptions::display()))
    }

    /// The folds this normalizer applies.
    pub fn options(&self) -> NormalizeOptions {
        self.options
    }

    /// Normalizes `text`. Borrows it unchanged (no allocation) when no fold applies.
    pub fn normalize<'t>(&self, text: &'t str) -> Normalized<'t> {
        self.normalize_with(Writer::new(text))
    }

    /// [`normalize`](Self::normalize) into this thread's spare buffers; hand the result to
    /// [`Normalized::recycle`] when done with it (see [`crate::scratch`]).
    pub(crate) fn normalize_reusing<'t>(&self, text: &'t str) -> Normalized<'t> {
        let mut w = Writer::new(text);
        // (An empty buffer is valid UTF-8: the fallback never runs.)
        w.out = String::from_utf8(scratch::take(&TEXT)).unwrap_or_default();
        w.pieces = scratch::take(&PIECES);
        self.normalize_with(w)
    }

    fn normalize_with<'t>(&self, mut w: Writer<'t>) -> Normalized<'t> {
        let text = w.src;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if self.options.hashtags && (b == b'#' || b == b'_') {
                    if b == b'#' {
                        w.drop(i, 1);
                    } else {
                        w.replace(i, 1, " ");
                    }
                }
                i += 1;
                continue;
            }
            if (0xD8..=0xDB).contains(&b) {
                match self.table.get(b, bytes[i + 1]) {
                    Fold::Keep => {}
                    // أ → ا، ة → ه، ى → ي: the common case, one Arabic letter for another.
                    Fold::To(s) if s.len() == 2 => w.replace_letter(i, s),
                    f => self.apply(&mut w, f, i, 2),
                }
                i += 2;
                continue;
            }
            let len = utf8_len(b);
            if self.check_other && matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF) {
                let f = fold(char_at(text, i), &self.options);
                if f != Fold::Keep {
                    self.apply(&mut w, f, i, len);
                }
            }
            i += len;
        }
        w.finish()
    }

    /// Appends the normalization of `text` to `out`, without an offset map: for short strings such as
    /// one word, into a reused buffer.
    ///
    /// ```
    /// let mut buf = String::new();
    /// akhbar::Normalizer::matching().normalize_into("وأكّدت", &mut buf);
    /// assert_eq!(buf, "واكدت");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        let bytes = text.as_bytes();
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let (f, len) = if b < 0x80 {
                if !(self.options.hashtags && (b == b'#' || b == b'_')) {
                    i += 1;
                    continue;
                }
                (if b == b'#' { Fold::Drop } else { Fold::To(" ") }, 1)
            } else if (0xD8..=0xDB).contains(&b) {
                (self.table.get(b, bytes[i + 1]), 2)
            } else if self.check_other {
                let c = char_at(text, i);
                (fold(c, &self.options), c.len_utf8())
            } else {
                (Fold::Keep, utf8_len(b))
            };
            if f != Fold::Keep {
                out.push_str(&text[run..i]);
                match f {
                    Fold::To(s) => out.push_str(s),
                    Fold::PersianYeh => {
                        let next = text[i + len..].chars().next();
                        let medial = next.is_some_and(crate::script::is_arabic_word_char);
                        out.push_str(if medial { "ي" } else { "ى" });
                    }
                    Fold::Compat => {
                        unicode_normalization::char::decompose_compatible(char_at(text, i), |d| {
                            self.push_folded(out, d)
                        })
                    }
                    Fold::Keep | Fold::Drop | Fold::DropMark => {}
                }
                run = i + len;
            }
            i += len;
        }
        out.push_str(&text[run..]);
    }

    /// Normalizes one character into `out` (used for presentation-form decompositions).
    fn push_folded(&self, out: &mut String, c: char) {
        match fold(c, &self.options) {
            Fold::Keep | Fold::Compat | Fold::PersianYeh => out.push(c),
            Fold::To(s) => out.push_str(s),
            Fold::Drop | Fold::DropMark => {}
        }
    }

    #[cold]
    fn apply(&self, w: &mut Writer<'_>, f: Fold, i: usize, len: usize) {
        match f {
            Fold::Keep => {}
            Fold::To(s) => w.replace(i, len, s),
            Fold::Drop => w.drop(i, len),
            Fold::DropMark => w.drop_mark(i, len),
            Fold::PersianYeh => {
                let next = w.src[i + len..].chars().next();
                let medial = next.is_some_and(crate::script::is_arabic_word_char);
                w.replace(i, len, if medial { "ي" } else { "ى" });
            }
            Fold::Compat => {
                let c = char_at(w.src, i);
                w.replace_with(i, len, |out| {
                    unicode_normalization::char::decompose_compatible(c, |d| {
                        self.push_folded(out, d)
                    })
                });
            }
        }
    }
}

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::matching().clone()
    }
}

/// Length of the UTF-8 sequence that starts with `lead`.
#[inline(always)]
pub(crate) const fn utf8_len(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else if lead < 0xE0 {
        2
    } else if lead < 0xF0 {
        3
    } else {
        4
    }
}

/// The char starting at byte `i` of `s` (which must be a char boundary).
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

/// A piece of the offset map: normalized bytes from `norm` up to the next piece's `norm` came from
/// original bytes `orig..orig_end`. A `copy` piece is an unchanged run (byte-for-byte); any other
/// piece is atomic (every byte of it maps to the whole original range).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    norm: usize,
    orig: usize,
    orig_end: usize,
    copy: bool,
}

thread_local! {
    /// Spare buffers for the normalized text and its map (see [`crate::scratch`]).
    static TEXT: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    static PIECES: Cell<Vec<Piece>> = const { Cell::new(Vec::new()) };
}

/// Builds the normalized text and its offset map in one pass; allocates only once a fold applies.
struct Writer<'t> {
    src: &'t str,
    out: String,
    pieces: Vec<Piece>,
    /// Start of the pending unchanged run in `src`.
    run_start: usize,
    changed: bool,
}

impl<'t> Writer<'t> {
    fn new(src: &'t str) -> Writer<'t> {
        Writer {
            src,
            out: String::new(),
            pieces: Vec::new(),
            run_start: 0,
            changed: false,
        }
    }

    /// Copies the pending unchanged run up to `upto`.
    fn flush(&mut self, upto: usize) {
        if !self.changed {
            self.changed = true;
            self.out.reserve(self.src.len() + 16);
        }
        if self.run_start < upto {
            self.push_copy(self.run_start, upto);
            self.out.push_str(&self.src[self.run_start..upto]);
        }
    }

    /// Records that the next normalized bytes map byte for byte onto `orig..orig_end`, extending
    /// the last copy piece when it ends right there (so same-length replacements such as أ → ا
    /// add no piece).
    fn push_copy(&mut self, orig: usize, orig_end: usize) {
        let norm = self.out.len();
        if let Some(last) = self.pieces.last_mut() {
            if last.copy && last.orig_end == orig && last.norm + (last.orig_end - last.orig) == norm
            {
                last.orig_end = orig_end;
                return;
            }
        }
        self.pieces.push(Piece {
            norm,
            orig,
            orig_end,
            copy: true,
        });
    }

    /// Replaces the two-byte char at `i` with the two-byte char `s`: offsets stay byte for byte,
    /// so the copy piece goes on.
    #[inline]
    fn replace_letter(&mut self, i: usize, s: &str) {
        self.flush(i);
        let norm = self.out.len();
        self.out.push_str(s);
        match self.pieces.last_mut() {
            Some(last)
                if last.copy
                    && last.orig_end == i
                    && last.norm + (last.orig_end - last.orig) == norm =>
            {
                last.orig_end = i + 2;
            }
            _ => self.pieces.push(Piece {
                norm,
                orig: i,
                orig_end: i + 2,
                copy: true,
            }),
        }
        self.run_start = i + 2;
    }

    fn replace(&mut self, i: usize, len: usize, s: &str) {
        self.replace_with(i, len, |out| out.push_str(s));
    }

    fn replace_with(&mut self, i: usize, len: usize, f: impl FnOnce(&mut String)) {
        self.flush(i);
        let norm = self.out.len();
        f(&mut self.out);
        let written = self.out.len() - norm;
        if written == len && self.out[norm..].chars().nth(1).is_none() {
            // One char for one char of the same length (أ → ا، ة → ه، ى → ي): offsets stay byte
            // for byte, so the copy piece goes on.
            let extended = match self.pieces.last_mut() {
                Some(last)
                    if last.copy
                        && last.orig_end == i
                        && last.norm + (last.orig_end - last.orig) == norm =>
                {
                    last.orig_end = i + len;
                    true
                }
                _ => false,
            };
            if !extended {
                self.pieces.push(Piece {
                    norm,
                    orig: i,
                    orig_end: i + len,
                    copy: true,
                });
            }
        } else if written > 0 {
            self.pieces.push(Piece {
                norm,
                orig: i,
                orig_end: i + len,
                copy: false,
            });
        }
        self.run_start = i + len;
    }

    /// Removes a character that stands alone.
    fn drop(&mut self, i: usize, len: usize) {
        self.flush(i);
        self.run_start = i + len;
    }

    /// Removes a mark, folding its bytes into the source of the character it sits on.
    fn drop_mark(&mut self, i: usize, len: usize) {
        self.flush(i);
        self.run_start = i + len;
        let src = self.src.as_bytes();
        let Some(last) = self.pieces.last_mut() else {
            return;
        };
        if last.orig_end != i {
            return; // something was dropped in between: the mark stands alone
        }
        if !last.copy {
            last.orig_end = i + len;
            return;
        }
        // Split the last character off the unchanged run and make it atomic with the mark.
        let mut last_start = i - 1;
        while last_start > last.orig && src[last_start] & 0xC0 == 0x80 {
            last_start -= 1;
        }
        if last_start == last.orig {
            last.copy = false;
            last.orig_end = i + len;
        } else {
            let norm = last.norm + (last_start - last.orig);
            last.orig_end = last_start;
            self.pieces.push(Piece {
                norm,
                orig: last_start,
                orig_end: i + len,
                copy: false,
            });
        }
    }

    fn finish(mut self) -> Normalized<'t> {
        if !self.changed {
            // A buffer lent by `normalize_reusing` goes back unused (the map's stays with the
            // result, empty, until it is recycled).
            if self.out.capacity() > 0 {
                scratch::give_back(&TEXT, self.out.into_bytes());
            }
            return Normalized {
                original: self.src,
                text: Cow::Borrowed(self.src),
                pieces: self.pieces,
            };
        }
        self.flush(self.src.len());
        Normalized {
            original: self.src,
            text: Cow::Owned(self.out),
            pieces: self.pieces,
        }
    }
}

/// A normalized text with its map back to the original.
///
/// Positions given to the mapping methods are byte offsets into [`as_str`](Self::as_str) and should
/// lie on its char boundaries; they are clamped to its length.
#[derive(Clone, Debug)]
pub struct Normalized<'t> {
    original: &'t str,
    text: Cow<'t, str>,
    /// Empty when the text is unchanged (identity map).
    pieces: Vec<Piece>,
}

impl<'t> Normalized<'t> {
    /// The normalized text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// Whether normalization changed anything.
    pub fn is_changed(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }

    /// The normalized text as a `Cow` (borrowed when unchanged).
    pub fn into_text(self) -> Cow<'t, str> {
        self.text
    }

    /// Gives this result's buffers to the thread's spare slots, for the next
    /// [`Normalizer::normalize_reusing`].
    pub(crate) fn recycle(self) {
        scratch::give_back(&PIECES, self.pieces);
        if let Cow::Owned(text) = self.text {
            scratch::give_back(&TEXT, text.into_bytes());
        }
    }

    /// The original byte range that the normalized range `range` came from.
    ///
    /// A non-empty range maps to the span from the source of its first byte to the source of its
    /// last byte, so characters removed inside it (tatweel, controls) are included, and marks
    /// removed after a letter travel with that letter. An empty range maps to an empty range.
    ///
    /// ```
    /// let text = "بـلـيـنـكـنَ قال";
    /// let norm = akhbar::normalize(text);
    /// assert_eq!(norm.as_str(), "بلينكن قال");
    /// let r = norm.original_range(0..12);
    /// assert_eq!(&text[r], "بـلـيـنـكـنَ");
    /// ```
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let span = self.original_span_near(&mut 0, range);
        span.start..span.end
    }

    /// [`original_range`](Self::original_range) as a [`Span`].
    pub fn original_span(&self, range: Range<usize>) -> Span {
        self.original_range(range).into()
    }

    /// [`original_span`](Self::original_span) searching the offset map from `hint` (a piece index
    /// the previous call left there; start it at 0): for ranges asked in text order, each costs
    /// O(log distance) and touches the map only near the last answer.
    pub(crate) fn original_span_near(&self, hint: &mut usize, range: Range<usize>) -> Span {
        let len = self.text.len();
        let (a, b) = (range.start.min(len), range.end.min(len));
        if self.pieces.is_empty() {
            return if self.is_changed() {
                Span::new(0, 0)
            } else {
                Span::new(a, b.max(a))
            };
        }
        let start = self.start_of_near(hint, a);
        if a >= b {
            return Span::new(start, start);
        }
        Span::new(start, self.end_of_near(hint, b))
    }

    /// The normalized range of the original range `start..end`, for ranges given in increasing,
    /// non-overlapping order with the same `cursor` (start it at 0): a linear merge of the ranges
    /// with the offset map. Used to read each token's normalized form without normalizing it again.
    pub(crate) fn normalized_range_seq(
        &self,
        cursor: &mut usize,
        start: usize,
        end: usize,
    ) -> (usize, usize) {
        let pieces = &self.pieces;
        let norm_len = self.text.len();
        if pieces.is_empty() {
            return if self.is_changed() {
                (0, 0)
            } else {
                (start, end)
            };
        }
        while *cursor < pieces.len() && pieces[*cursor].orig_end <= start {
            *cursor += 1;
        }
        let k = *cursor;
        let ns = match pieces.get(k) {
            None => norm_len,
            Some(p) if p.copy && p.orig <= start => p.norm + (start - p.orig),
            Some(p) => p.norm,
        };
        let mut j = k;
        while j < pieces.len() && pieces[j].orig < end {
            j += 1;
        }
        let ne = if j == k {
            ns
        } else {
            let p = &pieces[j - 1];
            if p.copy {
                p.norm + (end.min(p.orig_end) - p.orig)
            } else {
                pieces.get(j).map_or(norm_len, |n| n.norm)
            }
        };
        (ns, ne.max(ns))
    }

    /// The original offset of normalized position `pos` read as the start of something.
    pub fn original_offset(&self, pos: usize) -> usize {
        let pos = pos.min(self.text.len());
        if self.pieces.is_empty() {
            return if self.is_changed() { 0 } else { pos };
        }
        self.start_of(pos)
    }

    /// The piece holding normalized offset `p`, searched from piece `hint` (left at the answer).
    fn piece_near(&self, hint: &mut usize, p: usize) -> &Piece {
        let k = crate::gallop::partition_near(&self.pieces, *hint, |x| x.norm <= p);
        let k = k.saturating_sub(1);
        *hint = k;
        &self.pieces[k]
    }

    fn start_of(&self, p: usize) -> usize {
        let mut from_start = 0;
        self.start_of_near(&mut from_start, p)
    }

    fn start_of_near(&self, hint: &mut usize, p: usize) -> usize {
        if p >= self.text.len() {
            return self.pieces.last().map_or(0, |x| x.orig_end);
        }
        let x = self.piece_near(hint, p);
        if x.copy {
            x.orig + (p - x.norm)
        } else {
            x.orig
        }
    }

    fn end_of_near(&self, hint: &mut usize, b: usize) -> usize {
        let x = self.piece_near(hint, b - 1);
        if x.copy {
            x.orig + (b - x.norm)
        } else {
            x.orig_end
        }
    }
}

impl AsRef<str> for Normalized<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
