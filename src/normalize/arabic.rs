//! What each fold does to one character: the Arabic knowledge of the normalizer.
//!
//! To add a fold: give it a flag in [`NormalizeOptions`], a branch in [`fold`], a row in the table
//! of the options' docs and a case in `tests/normalize.rs`. The byte-level fast path in `mod.rs`
//! picks it up through [`FoldTable`] without further changes.

use super::NormalizeOptions;

/// What to do with one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fold {
    /// Copy it unchanged.
    Keep,
    /// Remove it; it belongs to the preceding character (a diacritic, tatweel).
    DropMark,
    /// Remove it; it stands alone (a bidi or zero-width control).
    Drop,
    /// Replace it with this text.
    To(&'static str),
    /// Persian yeh ی: ى at the end of a word, ي elsewhere.
    PersianYeh,
    /// A presentation form: replace it by its compatibility decomposition, folded in turn.
    Compat,
}

/// Whether `c` is a harakah, Quranic annotation mark or superscript alef.
pub(crate) const fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Whether `c` is a bidi or zero-width control that carries no text.
pub(crate) const fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Whether `c` is a space other than ASCII space, tab or newline that should read as a space.
pub(crate) const fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Whether `c` is an Arabic presentation form (Forms-A or Forms-B, BOM excluded).
pub(crate) const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The fold for `c` under `o`, ignoring context (see [`Fold::PersianYeh`]).
pub(crate) fn fold(c: char, o: &NormalizeOptions) -> Fold {
    match c {
        _ if o.controls && is_invisible_control(c) => Fold::Drop,
        _ if o.spaces && is_unicode_space(c) => Fold::To(" "),
        '#' if o.hashtags => Fold::Drop,
        '_' if o.hashtags => Fold::To(" "),
        _ if o.presentation_forms && is_presentation_form(c) => Fold::Compat,
        '\u{0640}' if o.tatweel => Fold::DropMark,
        _ if o.diacritics && is_arabic_mark(c) => Fold::DropMark,
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' | 'ٵ' if o.alef => Fold::To("ا"),
        'ى' if o.alef_maksura => Fold::To("ي"),
        'ة' if o.teh_marbuta => Fold::To("ه"),
        'ؤ' if o.hamza_carriers => Fold::To("و"),
        'ئ' if o.hamza_carriers => Fold::To("ي"),
        '\u{06CC}' if o.persian => {
            if o.alef_maksura {
                Fold::To("ي")
            } else {
                Fold::PersianYeh
            }
        }
        // ې (U+06D0) and ے (U+06D2): Pashto/Urdu yeh forms.
        '\u{06D0}' | '\u{06D2}' if o.persian => Fold::To("ي"),
        '\u{06A9}' if o.persian => Fold::To("ك"),
        // ہ ۀ ە: Urdu/Persian heh forms.
        '\u{06C1}' | '\u{06C0}' | '\u{06D5}' if o.persian => Fold::To("ه"),
        // ۃ: Urdu teh marbuta goal.
        '\u{06C3}' if o.persian => Fold::To(if o.teh_marbuta { "ه" } else { "ة" }),
        '\u{0660}'..='\u{0669}' if o.digits => Fold::To(DIGITS[c as usize - 0x0660]),
        '\u{06F0}'..='\u{06F9}' if o.digits => Fold::To(DIGITS[c as usize - 0x06F0]),
        '\u{066B}' if o.digits => Fold::To("."),
        '\u{066C}' if o.digits => Fold::To(","),
        '\u{066A}' if o.digits => Fold::To("%"),
        _ => Fold::Keep,
    }
}

/// Folds of the two-byte characters U+0600–U+06FF, indexed by `(lead - 0xD8) * 64 + (second & 0x3F)`,
/// so the hot loop needs one load per Arabic letter.
#[derive(Clone, Debug)]
pub(crate) struct FoldTable {
    table: [Fold; 256],
}

impl FoldTable {
    pub(crate) fn new(o: &NormalizeOptions) -> FoldTable {
        let mut table = [Fold::Keep; 256];
        for (i, slot) in table.iter_mut().enumerate() {
            let c = char::from_u32(0x0600 + i as u32).expect("U+0600..U+06FF are chars");
            *slot = fold(c, o);
        }
        FoldTable { table }
    }

    /// The fold of the character whose UTF-8 encoding starts with `lead` (0xD8..=0xDB) and `second`.
    #[inline(always)]
    pub(crate) fn get(&self, lead: u8, second: u8) -> Fold {
        self.table[(((lead - 0xD8) as usize) << 6) | (second & 0x3F) as usize]
    }
}
