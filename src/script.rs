//! Character classes shared by the normalizer, the tokenizer and the matcher.

/// Class of a character in the Arabic block U+0600–U+06FF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArabicClass {
    Letter,
    Mark,
    Tatweel,
    Digit,
    Punct,
    Other,
}

const fn arabic_class_of(cp: u32) -> ArabicClass {
    match cp {
        0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5 => {
            ArabicClass::Letter
        }
        0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF => ArabicClass::Letter,
        0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED => ArabicClass::Mark,
        0x0640 => ArabicClass::Tatweel,
        0x0660..=0x0669 | 0x06F0..=0x06F9 => ArabicClass::Digit,
        // ، ؍ ؛ ؞ ؟ ٭ ۔
        0x060C | 0x060D | 0x061B | 0x061E | 0x061F | 0x066D | 0x06D4 => ArabicClass::Punct,
        _ => ArabicClass::Other,
    }
}

const fn build_table() -> [ArabicClass; 256] {
    let mut t = [ArabicClass::Other; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = arabic_class_of(0x0600 + i as u32);
        i += 1;
    }
    t
}

static ARABIC_TABLE: [ArabicClass; 256] = build_table();

/// Flag: the character continues an Arabic word (letter, mark or tatweel).
pub(crate) const WORD: u8 = 1;
/// Flag: the character is a letter.
pub(crate) const LETTER: u8 = 2;

const fn build_flags() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match arabic_class_of(0x0600 + i as u32) {
            ArabicClass::Letter => WORD | LETTER,
            ArabicClass::Mark | ArabicClass::Tatweel => WORD,
            _ => 0,
        };
        i += 1;
    }
    t
}

static ARABIC_FLAGS: [u8; 256] = build_flags();

/// [`WORD`] and [`LETTER`] flags of the U+0600–U+06FF character encoded as `lead`, `second`.
#[inline(always)]
pub(crate) fn arabic_flags2(lead: u8, second: u8) -> u8 {
    ARABIC_FLAGS[(((lead.wrapping_sub(0xD8)) as usize & 3) << 6) | (second & 0x3F) as usize]
}

/// The class of the U+0600–U+06FF character encoded as `lead` (0xD8..=0xDB), `second`.
#[inline(always)]
pub(crate) fn arabic_class2(lead: u8, second: u8) -> ArabicClass {
    ARABIC_TABLE[(((lead.wrapping_sub(0xD8)) as usize & 3) << 6) | (second & 0x3F) as usize]
}

/// The class of any char in U+0600–U+06FF.
#[inline]
pub(crate) fn arabic_class(c: char) -> ArabicClass {
    let cp = c as u32;
    if (0x0600..=0x06FF).contains(&cp) {
        ARABIC_TABLE[(cp - 0x0600) as usize]
    } else {
        ArabicClass::Other
    }
}

/// Whether `c` is an Arabic-script letter (any block, presentation forms included).
pub(crate) fn is_arabic_letter(c: char) -> bool {
    match c as u32 {
        0x0600..=0x06FF => arabic_class(c) == ArabicClass::Letter,
        0x0750..=0x077F | 0x08A0..=0x08C9 | 0xFB50..=0xFD3D | 0xFD50..=0xFDFB | 0xFE70..=0xFEFC => {
            true
        }
        _ => false,
    }
}

/// Whether `c` is an Arabic combining mark (harakat, Quranic marks, extended-A marks).
pub(crate) fn is_arabic_combining(c: char) -> bool {
    match c as u32 {
        0x0600..=0x06FF => arabic_class(c) == ArabicClass::Mark,
        0x08CA..=0x08FF => true,
        _ => false,
    }
}

/// Whether `c` can continue an Arabic word: letter, mark or tatweel.
pub(crate) fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_combining(c) || c == '\u{0640}'
}

/// Whether `c` is a combining mark of a non-Arabic script that continues a word.
pub(crate) fn is_other_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

/// Whether `c` is a digit of one of the three systems news uses: ASCII, Arabic-Indic, Extended.
#[inline]
pub(crate) fn is_news_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

/// Whether `c` is a letter, digit or `_` of any script: a word character for boundaries in
/// normalized text (which has no marks or tatweel).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        is_arabic_letter(c) || is_alphanumeric(c)
    }
}

/// The code points below this have their [`char::is_alphabetic`] in a table.
const ALPHABETIC_TABLE_END: u32 = 0x3000;

/// `c.is_alphabetic()`, fast for the scripts news text mixes with Arabic. The standard library
/// searches its Unicode tables for every non-ASCII char (a third of the parse time of text in
/// Latin, Cyrillic and emoji); here the first 12,288 code points (Latin, Greek, Cyrillic, Hebrew,
/// Indic, punctuation, symbols) are read from a table built once from the standard library's
/// answers (0.7 ms), and the emoji blocks, which hold no letters, are answered at once.
///
/// ```text
/// is_alphabetic('ж') == true, is_alphabetic('👍') == false, is_alphabetic('ب') == true
/// ```
pub(crate) fn is_alphabetic(c: char) -> bool {
    let u = c as u32;
    if u < ALPHABETIC_TABLE_END {
        let table = alphabetic_table();
        (table[(u / 64) as usize] >> (u % 64)) & 1 == 1
    } else if (0x1F000..=0x1FAFF).contains(&u) && !(0x1F100..=0x1F189).contains(&u) {
        // Cards, pictographs, emoticons, transport and other symbols: no letters. (The enclosed
        // Latin letters of U+1F100–U+1F189 are alphabetic.)
        false
    } else {
        c.is_alphabetic()
    }
}

/// `c.is_alphanumeric()`, with [`is_alphabetic`]'s fast paths.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    is_alphabetic(c) || c.is_numeric()
}

fn alphabetic_table() -> &'static [u64; (ALPHABETIC_TABLE_END / 64) as usize] {
    static TABLE: std::sync::OnceLock<[u64; (ALPHABETIC_TABLE_END / 64) as usize]> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [0u64; (ALPHABETIC_TABLE_END / 64) as usize];
        for u in 0..ALPHABETIC_TABLE_END {
            if char::from_u32(u).is_some_and(char::is_alphabetic) {
                table[(u / 64) as usize] |= 1 << (u % 64);
            }
        }
        table
    })
}

/// Opening or closing quotation marks, including the braces some outlets use as quotes.
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '«' | '»' | '“' | '”' | '‘' | '’' | '„' | '‟' | '‹' | '›' | '{' | '}' | '＂'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_alphabetic_agrees_with_the_standard_library_on_every_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}
