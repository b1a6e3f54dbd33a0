//! Which folds a [`Normalizer`](super::Normalizer) applies.

/// The set of folds a [`Normalizer`](super::Normalizer) applies. Start from a preset and switch folds
/// on or off with the builder-style methods.
///
/// | fold | [`none`](Self::none) | [`display`](Self::display) | [`matching`](Self::matching) |
/// | --- | :-: | :-: | :-: |
/// | bidi and zero-width controls removed | | ✓ | ✓ |
/// | Unicode spaces (NBSP …) → space | | ✓ | ✓ |
/// | presentation forms → letters | | ✓ | ✓ |
/// | Persian/Urdu look-alikes (ی ک ہ …) → Arabic | | ✓ | ✓ |
/// | tatweel removed | | ✓ | ✓ |
/// | diacritics and Quranic marks removed | | | ✓ |
/// | alef forms أ إ آ ٱ ٲ ٳ ٵ → ا | | | ✓ |
/// | alef maksura ى → ي | | | ✓ |
/// | teh marbuta ة → ه | | | ✓ |
/// | hamza carriers ؤ ئ → و ي | | | ✓ |
/// | Arabic-Indic and Extended digits → ASCII | | | ✓ |
/// | hashtags read as words: `#` removed, `_` → space | | | ✓ |
///
/// ```
/// use akhbar::{NormalizeOptions, Normalizer};
///
/// let keep_digits = Normalizer::new(NormalizeOptions::matching().digits(false));
/// assert_eq!(keep_digits.normalize("أحمد ٣").as_str(), "احمد ٣");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NormalizeOptions {
    pub(crate) controls: bool,
    pub(crate) spaces: bool,
    pub(crate) presentation_forms: bool,
    pub(crate) persian: bool,
    pub(crate) tatweel: bool,
    pub(crate) diacritics: bool,
    pub(crate) alef: bool,
    pub(crate) alef_maksura: bool,
    pub(crate) teh_marbuta: bool,
    pub(crate) hamza_carriers: bool,
    pub(crate) digits: bool,
    pub(crate) hashtags: bool,
}

macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        $(
            $(#[$doc])*
            #[must_use]
            pub const fn $name(mut self, on: bool) -> Self {
                self.$name = on;
                self
            }
        )*
    };
}

impl NormalizeOptions {
    /// No fold at all: the output equals the input.
    pub const fn none() -> Self {
        NormalizeOptions {
            controls: false,
            spaces: false,
            presentation_forms: false,
            persian: false,
            tatweel: false,
            diacritics: false,
            alef: false,
            alef_maksura: false,
            teh_marbuta: false,
            hamza_carriers: false,
            digits: false,
            hashtags: false,
        }
    }

    /// A light preset for display: removes invisible controls and tatweel, maps presentation forms,
    /// look-alike letters and odd spaces, and keeps spelling (hamza, ى, ة, diacritics, digits) as written.
    pub const fn display() -> Self {
        NormalizeOptions {
            controls: true,
            spaces: true,
            presentation_forms: true,
            persian: true,
            tatweel: true,
            ..Self::none()
        }
    }

    /// The aggressive preset used for matching names: every fold on.
    pub const fn matching() -> Self {
        NormalizeOptions {
            controls: true,
            spaces: true,
            presentation_forms: true,
            persian: true,
            tatweel: true,
            diacritics: true,
            alef: true,
            alef_maksura: true,
            teh_marbuta: true,
            hamza_carriers: true,
            digits: true,
            hashtags: true,
        }
    }

    setters! {
        /// Remove bidi and zero-width controls (LRM, RLM, ALM, U+202A–U+202E, U+2066–U+2069, ZWSP,
        /// ZWNJ, ZWJ, word joiner, soft hyphen, BOM).
        controls,
        /// Map NBSP and the other Unicode spaces to an ASCII space.
        spaces,
        /// Map Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to their letters.
        presentation_forms,
        /// Map Persian/Urdu look-alike letters (ی ک ہ ۀ ە ۃ ے ې) to the Arabic ones.
        persian,
        /// Remove tatweel (U+0640).
        tatweel,
        /// Remove harakat and other marks (U+064B–U+065F, U+0670, U+06D6–U+06ED).
        diacritics,
        /// Map أ إ آ ٱ ٲ ٳ ٵ to ا.
        alef,
        /// Map alef maksura ى to ي.
        alef_maksura,
        /// Map teh marbuta ة to ه.
        teh_marbuta,
        /// Map ؤ to و and ئ to ي.
        hamza_carriers,
        /// Map Arabic-Indic (U+0660–U+0669) and Extended (U+06F0–U+06F9) digits, and the Arabic
        /// decimal, thousands and percent signs, to ASCII.
        digits,
        /// Read hashtags as words: remove `#` and map `_` to a space (`#قطاع_غزة` → `قطاع غزة`).
        hashtags,
    }
}

impl Default for NormalizeOptions {
    /// The [`matching`](Self::matching) preset.
    fn default() -> Self {
        Self::matching()
    }
}
