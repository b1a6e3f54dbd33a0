//! # akhbar — أخبار
//!
//! Turns the plain text of an Arabic news article into structured data, exact to the byte. One
//! call, [`Article::parse`], gives:
//!
//! - the article's structure: title, dateline and byline, body paragraphs and sentences, and the
//!   tails scrapers leave (source line, keyword line, read-also blocks, related headlines,
//!   embedded social posts) as typed [`Zone`]s;
//! - entity [`Mention`]s from the embedded gazetteer (officials, countries, organizations), found
//!   through proclitics (وبلينكن), demonyms (نظيره السعودي), capitals (واشنطن) and short forms
//!   after a full mention (ميلر);
//! - [`Quote`]s, direct, partial and indirect, with the [`Speaker`] the article attributes them
//!   to, linked to a gazetteer entity where one is known.
//!
//! Every span is a byte range into the text the caller passed in ([`Span`]): `&text[span]` is what
//! it names. Parsing never fails and never panics; empty or malformed input gives an empty result.
//!
//! ## Example: parse an article
//!
//! ```
//! use akhbar::{Article, EntityKind, QuoteKind, ZoneKind};
//!
//! let text = "بلينكن يدعو إلى التهدئة\n\
//!     قال وزير الخارجية الأميركي أنتوني بلينكن إن \"الحل الدبلوماسي ممكن\"، وأضاف بلينكن أن \
//!     واشنطن تعمل مع شركائها.\n\
//!     المصدر: وكالات";
//! let article = Article::parse(text);
//!
//! assert_eq!(article.title().map(|t| t.slice(text)), Some("بلينكن يدعو إلى التهدئة"));
//! assert_eq!(article.source().map(|s| s.slice(text)), Some("وكالات"));
//! assert!(article.zones().iter().any(|z| z.kind == ZoneKind::Body && z.main));
//!
//! // Distinct entities with their mention counts (title, full name and short form).
//! let blinken = article.entities().into_iter().find(|e| e.entity.kind() == EntityKind::Person).unwrap();
//! assert_eq!((blinken.entity.id(), blinken.count), ("antony-blinken", 3));
//!
//! let q = article.quotes().iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
//! assert_eq!(q.content.slice(text), "الحل الدبلوماسي ممكن");
//! let speaker = q.speaker.as_ref().unwrap();
//! assert_eq!(speaker.entity.as_ref().map(|e| e.id()), Some("antony-blinken"));
//! ```
//!
//! With the `serde` feature (on by default) an [`Article`] serializes to the JSON schema documented
//! in the README; see [`Article::json`].
//!
//! ## Your own gazetteer
//!
//! [`Gazetteer::builder`] takes the embedded default, your files (the same TSV format), or both;
//! a malformed file is an [`Error`] naming the file and line. [`Parser::builder`] builds a parser
//! on it, `Send + Sync`, to share across threads.
//!
//! ```
//! use akhbar::{Gazetteer, Parser};
//!
//! let mine = "kind\tid\tname_en\tname_ar\tshort_ar\tgender\tcountry\n\
//!             person\tsami-haddad\tSami Haddad\tسامي حداد\tحداد\tm\tLB\n";
//! let gazetteer = Gazetteer::builder().add_defaults().add_str("mine.tsv", mine).build()?;
//! let parser = Parser::builder().gazetteer(gazetteer).build()?;
//! let article = parser.parse("التقى سامي حداد وزير الخارجية اللبناني، وقال حداد إن اللقاء كان مثمرا.");
//! let ids: Vec<&str> = article.mentions().iter().map(|m| m.entity.id()).collect();
//! assert_eq!(ids, ["sami-haddad", "LB", "sami-haddad"]);
//! # Ok::<(), akhbar::Error>(())
//! ```
//!
//! ## The parts on their own
//!
//! - [`normalize()`] / [`Normalizer`]: Arabic-aware normalization (alef and hamza forms, ى, ة, tatweel,
//!   diacritics, Persian look-alikes, digits, presentation forms, bidi and zero-width controls) with
//!   an offset map back to the original ([`Normalized::original_range`]).
//! - [`tokenize()`] / [`Tokens`]: tokens borrowing the input — Arabic words (with candidate proclitic
//!   splits), Latin words, numbers, punctuation, quotation marks, URLs, e-mails, @mentions,
//!   #hashtags, symbols and line breaks.
//! - [`sentences`] / [`paragraphs`]: sentence and paragraph spans.
//! - [`Gazetteer::find`]: entity mentions without the rest of the parse.
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
