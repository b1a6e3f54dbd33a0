//! # akhbar — أخبار
//!
//! Turns the plain text of an Arabic news article into structured data, exact to the byte.
//!
//! - [`normalize`] / [`Normalizer`]: Arabic-aware normalization (alef and hamza forms, ى, ة, tatweel,
//!   diacritics, Persian look-alikes, digits, presentation forms, bidi and zero-width controls) with
//!   an offset map back to the original ([`Normalized::original_range`]).
//! - [`tokenize`] / [`Tokens`]: tokens borrowing the input — Arabic words (with candidate proclitic
//!   splits), Latin words, numbers, punctuation, quotation marks, URLs, e-mails, @mentions,
//!   #hashtags, symbols and line breaks.
//! - [`sentences`] / [`paragraphs`]: sentence and paragraph spans.
//!
//! Every span is a byte range into the text the caller passed in ([`Span`]).
//!
//! ## Example: tokens with byte offsets into the original
//!
//! ```
//! use akhbar::{tokenize, TokenKind};
//!
//! let text = "وتحدث بلينكن مع نظيره الأردني، أيمن الصفدي.";
//! let words: Vec<&str> = tokenize(text)
//!     .filter(|t| t.kind() == TokenKind::ArabicWord)
//!     .map(|t| t.as_str())
//!     .collect();
//! assert_eq!(words, ["وتحدث", "بلينكن", "مع", "نظيره", "الأردني", "أيمن", "الصفدي"]);
//! let comma = tokenize(text).find(|t| t.as_str() == "،").unwrap();
//! assert_eq!(&text[comma.span().range()], "،");
//! ```
//!
//! ## Example: normalize for matching, map back to the original
//!
//! ```
//! let text = "الإمارات العربيّة المتّحدة";
//! let norm = akhbar::normalize(text);
//! assert_eq!(norm.as_str(), "الامارات العربيه المتحده");
//! assert_eq!(&text[norm.original_range(0..norm.as_str().len())], text);
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod article;
pub mod clitic;
mod error;
mod gallop;
mod gazetteer;
mod hash;
#[cfg(feature = "serde")]
mod json;
pub mod marks;
mod normalize;
mod quote;
mod scratch;
mod script;
mod segment;
mod span;
mod structure;
mod tokenize;
mod window;

pub use article::{Article, EntityCount, Parser, ParserBuilder, DEFAULT_WINDOW};
pub use error::{Error, ErrorKind};
pub use gazetteer::{
    Entity, EntityKind, Gazetteer, GazetteerBuilder, Gender, Matches, Mention, Role, Unlinked, Via,
};
#[cfg(feature = "serde")]
pub use json::{ArticleJson, JsonOptions};
pub use normalize::{normalize, NormalizeOptions, Normalized, Normalizer};
pub use quote::{Apposition, Quote, QuoteKind, Rule, Speaker};
pub use segment::{paragraphs, sentences, split_paragraphs, split_sentences, Paragraph, Sentence};
pub use span::Span;
pub use structure::{PostSignature, Zone, ZoneKind};
pub use tokenize::{tokenize, Token, TokenKind, Tokens};

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
