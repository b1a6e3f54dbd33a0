//! Quotes and speaker attribution: who said what.
//!
//! Every quoted statement — marked (`"…"`, `«…»`, `“…”`, `{…}`), direct after a colon (وقال X: …)
//! or indirect (قال X إن …) — with its
//! span, its kind, and its speaker, linked to a gazetteer entity where one fits. Attribution applies
//! ordered rules, strongest first:
//!
//! 1. a trailing source phrase (، حسبما ذكر X / وفقا لـ X / نقلا عن X …) covers the quotes before it
//!    in its sentence ([`Rule::SourcePhrase`]);
//! 2. a speech verb and its subject (وقال X إن …), skipping appositions, titles and dates
//!    ([`Rule::CueVerb`]);
//! 3. a participle cue (مؤكدا …) takes the subject of the main verb ([`Rule::Participle`]);
//! 4. a relative clause (X، الذي أكد أن …) gives X ([`Rule::Relative`]);
//! 5. a quote before its cue ("…"، قال X) and headline forms (X: "…", or X: … for a known X)
//!    ([`Rule::QuoteBeforeCue`], [`Rule::Headline`]);
//! 6. a continuation with no subject (وأضاف) takes the previous speaker whose gender agrees, or,
//!    when no one has spoken yet, the subject of the sentence before ([`Rule::Continuation`]);
//! 7. otherwise the sentence's subject, with low confidence ([`Rule::SentenceSubject`]).
//!
//! The speaker is never inside the quote or the reported clause, never the object of مع, and a
//! feminine cue (قالت) never takes a masculine person.
//!
//! The work is split by concern: [`context`] holds the per-token table and the questions asked of
//! it, [`apposition`] finds role–name appositions, [`names`] resolves a noun phrase to a speaker,
//! [`subject`] finds the subject of a verb or sentence, [`attribute`] applies the rules within a
//! sentence, and [`words`] and `lexicon` hold the word classes they read.

mod lexicon;

mod apposition;
mod attribute;
mod context;
mod names;
mod subject;
mod words;

use attribute::*;
use context::*;
use names::*;
use subject::*;
use words::*;
pub(crate) use words::{
    first_names, is_center_noun, is_cue_word, is_name_title_head, is_name_word, is_outlet_noun,
    is_place_noun_before_name, is_separate_preposition, is_title, is_weekday,
};

use crate::gallop::partition_near;
use crate::gazetteer::{Entity, EntityKind, Gender, Mention, Via};
use crate::hash::WordMap;
use crate::marks::Pairing;
use crate::{Normalizer, Paragraph, Sentence, Span, Token, TokenKind};
use lexicon::{cue_of, is_dual_verb, is_honorific, Cue};
use std::sync::{Arc, OnceLock};

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A full quoted statement: in quotation marks, or without them after a verb of saying and a
    /// colon (وأضاف الوزير: نحن مستعدون …), when `span` and `content` are the same words.
    Direct,
    /// A quoted fragment embedded in a reported clause (لإدانة الهجمات "بأشد العبارات").
    Partial,
    /// Reported speech without marks: the clause after إن/أن.
    Indirect,
    /// Quotation marks around a name, title, term or scare quote: no speaker.
    NonSpeech,
}

/// Which attribution rule gave the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Rule {
    /// A trailing source phrase: حسبما ذكر X، وفقا لـ X، نقلا عن X …
    SourcePhrase,
    /// A speech verb and its subject.
    CueVerb,
    /// A participle cue taking the main verb's subject.
    Participle,
    /// A relative clause: X، الذي أكد أن …
    Relative,
    /// The quote comes before its cue: "…"، قال X.
    QuoteBeforeCue,
    /// A headline or lede: X: "…", or X: … without marks when X is a person or body the
    /// gazetteer knows (الجبير: لا مكان للأسد).
    Headline,
    /// A cue with no stated subject continues the previous speaker.
    Continuation,
    /// No cue: the sentence's subject (low confidence).
    SentenceSubject,
}

impl Rule {
    /// How much to trust the rule, from 0 to 1.
    pub fn confidence(self) -> f32 {
        match self {
            Rule::SourcePhrase | Rule::CueVerb | Rule::Relative => 0.9,
            Rule::QuoteBeforeCue | Rule::Headline => 0.85,
            Rule::Participle => 0.8,
            Rule::Continuation => 0.7,
            Rule::SentenceSubject => 0.4,
        }
    }
}

/// Who said it: the mention in the text, and the gazetteer entity when one is linked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Speaker {
    /// The speaker's mention as written (a name, or an unnamed source such as مصدر مطلع).
    pub span: Span,
    /// The entity, when the gazetteer knows the speaker.
    pub entity: Option<Arc<Entity>>,
}

/// A quoted statement.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quote {
    /// The quotation with its marks; for indirect speech, the reported clause.
    pub span: Span,
    /// The words quoted: between the marks; for indirect speech, the reported clause.
    pub content: Span,
    /// What kind of quotation.
    pub kind: QuoteKind,
    /// The source the article attributes the words to.
    pub speaker: Option<Speaker>,
    /// The person whose position it is, when the text makes it explicit and it differs from the
    /// speaker (Blinken in "أكد بلينكن على "…"، وفق ما قال ميلر").
    pub agent: Option<Speaker>,
    /// The word that signals the attribution (قال، حسبما، مؤكدا …).
    pub cue: Option<Span>,
    /// The rule that gave the speaker.
    pub rule: Option<Rule>,
    /// Whether a quotation mark of this quote has no partner in its paragraph.
    pub unbalanced: bool,
}

impl Quote {
    /// A statement without marks around it (indirect speech, or direct speech after a colon):
    /// its span is its words, and it has no speaker yet.
    pub(crate) fn unmarked(content: Span, kind: QuoteKind, cue: Option<Span>) -> Quote {
        Quote {
            span: content,
            content,
            kind,
            speaker: None,
            agent: None,
            cue,
            rule: None,
            unbalanced: false,
        }
    }

    /// The confidence of the attribution (0 when there is no speaker).
    pub fn confidence(&self) -> f32 {
        self.rule.map_or(0.0, Rule::confidence)
    }
}

/// A person named with a role in apposition: "المتحدث باسم الخارجية الأميركية، ماثيو ميلر", or
/// the role between commas after the name: "أنطونيو غوتيريش، الأمين العام للأمم المتحدة،".
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Apposition {
    /// The role phrase.
    pub role: Span,
    /// The person's name as written.
    pub person: Span,
    /// The person.
    pub entity: Arc<Entity>,
    /// The country the role names (by demonym or organization), if any.
    pub country: Option<String>,
}

thread_local! {
    /// The per-token table of the last parse on this thread, for the next (see [`crate::scratch`]).
    static TOKS: std::cell::Cell<Vec<Tok>> = const { std::cell::Cell::new(Vec::new()) };
    /// The marked quotes of the last parse on this thread.
    static MARKED: std::cell::Cell<Vec<Marked>> = const { std::cell::Cell::new(Vec::new()) };
    /// The comma tokens of the last parse on this thread.
    static COMMA_TOKS: std::cell::Cell<Vec<usize>> = const { std::cell::Cell::new(Vec::new()) };
    /// The mentions' token ranges of the last parse on this thread.
    static MENTION_TOKS: std::cell::Cell<Vec<(usize, usize)>> =
        const { std::cell::Cell::new(Vec::new()) };
    /// The quote list of the last article dropped on this thread.
    pub(crate) static QUOTES: std::cell::Cell<Vec<Quote>> =
        const { std::cell::Cell::new(Vec::new()) };
}

/// Everything [`find_quotes`] needs from the earlier stages.
pub(crate) struct Input<'a, 't> {
    pub text: &'t str,
    /// The matching normalization of `text`.
    pub norm: &'a crate::Normalized<'t>,
    pub tokens: &'a [Token<'t>],
    pub paragraphs: &'a [Paragraph],
    pub sentences: &'a [Sentence],
    /// The quotation-mark pairing of each paragraph with marks (paragraph index, pairing), in
    /// order, as sentence splitting found it.
    pub pairings: &'a [(usize, Pairing)],
    pub mentions: &'a [Mention],
}

/// The quotes of an article and the appositions found on the way.
pub(crate) struct Found {
    pub quotes: Vec<Quote>,
    pub appositions: Vec<Apposition>,
}

/// A marked quote before attribution.
struct Marked {
    open: usize,
    close: Option<usize>,
    span: Span,
    content: Span,
    unbalanced: bool,
}

/// Finds the quotes of an article.
pub(crate) fn find_quotes(input: &Input<'_, '_>) -> Found {
    // Token offsets are 32-bit here (a smaller table for long texts): a text of 4 GiB or more,
    // which no news article is, gets no attribution rather than wrong offsets.
    if input.text.len() >= u32::MAX as usize || input.norm.as_str().len() >= u32::MAX as usize {
        return Found {
            quotes: Vec::new(),
            appositions: Vec::new(),
        };
    }
    let mut ctx = Ctx::new(input);
    ctx.find_appositions(input.sentences);
    let text = input.text;
    let marked = marked_quotes(&ctx, input.paragraphs, input.pairings);
    // Top-level quotes do not overlap, so marking their tokens is linear.
    for m in &marked {
        let end = m
            .close
            .unwrap_or_else(|| partition_near(ctx.tokens, m.open, |t| t.start() < m.span.end));
        for t in &mut ctx.toks[(m.open + 1).min(end)..end] {
            t.flags |= INSIDE;
        }
    }
    // At most one quote per marked quote and one per cue (usually fewer): reserved once, so that a
    // long text does not copy its quotes over and over as the list grows.
    let mut quotes: Vec<Quote> = crate::scratch::take_for(&QUOTES, ctx.tokens.len());
    quotes.reserve(marked.len() + ctx.reporting_cues);
    // Earlier speakers, most recent last.
    let mut prev: Vec<Cand> = Vec::new();
    // The first marked quote not yet placed in a sentence.
    let mut mi = 0;
    // A "sentence" of thousands of tokens is no sentence (a page without punctuation, or hostile
    // input): attribution reads it in windows, which keeps its working memory bounded.
    const WINDOW: usize = 1000;
    let key = |q: &Quote| (q.span.start, q.span.end);
    let mut in_order = true;
    let windows = input.sentences.iter().flat_map(|s| {
        let (a, b) = (s.tokens.start, s.tokens.end);
        (a..b)
            .step_by(WINDOW)
            .map(move |w| (w, (w + WINDOW).min(b)))
    });
    // The window before, whose subject a cue with none of its own may continue.
    let mut before: Option<(usize, usize)> = None;
    for (a, b) in windows {
        let mut in_sentence: Vec<&Marked> = Vec::new();
        while mi < marked.len() && marked[mi].open < b {
            if marked[mi].open >= a {
                in_sentence.push(&marked[mi]);
            }
            mi += 1;
        }
        let from = quotes.len();
        ctx.move_to(a);
        attribute_sentence(
            &ctx,
            a,
            b,
            before,
            &in_sentence,
            &mut quotes,
            &mut prev,
            text,
        );
        before = Some((a, b));
        // Sorted a sentence at a time, so that no sort runs over every quote of a long text; the
        // whole list is then in order if each sentence's first follows the one before.
        quotes[from..].sort_by_key(key);
        in_order &=
            from == 0 || from == quotes.len() || key(&quotes[from - 1]) <= key(&quotes[from]);
    }
    if !in_order {
        quotes.sort_by_key(key);
    }
    let appositions = ctx
        .appositions
        .iter()
        .map(|ap| {
            let m = &ctx.mentions[ap.mention];
            Apposition {
                role: ap.role,
                person: m.span,
                entity: m.entity.clone(),
                country: ap.country.clone(),
            }
        })
        .collect();
    crate::scratch::give_back(&TOKS, ctx.toks);
    crate::scratch::give_back(&COMMA_TOKS, ctx.commas);
    crate::scratch::give_back(&MENTION_TOKS, ctx.mtoks);
    crate::scratch::give_back(&MARKED, marked);
    Found {
        quotes,
        appositions,
    }
}

/// Top-level marked quotes (quotes nested inside another are part of it), per paragraph; an open
/// mark left unbalanced quotes to the end of its paragraph.
fn marked_quotes(
    ctx: &Ctx<'_>,
    paragraphs: &[Paragraph],
    pairings: &[(usize, Pairing)],
) -> Vec<Marked> {
    let mut out = crate::scratch::take(&MARKED);
    for (p, pairing) in pairings
        .iter()
        .map(|(k, pairing)| (&paragraphs[*k], pairing))
    {
        // Marks are searched from the paragraph's first token onwards, in text order.
        let tok_at =
            |hint: usize, pos: usize| partition_near(ctx.tokens, hint, |t| t.start() < pos);
        let mut last_end = 0;
        let mut hint = p.tokens.start;
        // (This paragraph's quotes start here in `out`.)
        let para_from = out.len();
        for pair in &pairing.pairs {
            if pair.open.start < last_end {
                continue; // nested in the previous top-level quote
            }
            last_end = pair.close.end;
            let content = trim(ctx.text, pair.inner());
            if content.is_empty() {
                continue;
            }
            let open = tok_at(hint, pair.open.start);
            hint = open;
            out.push(Marked {
                open,
                close: Some(tok_at(open, pair.close.start)),
                span: pair.outer(),
                content,
                unbalanced: false,
            });
        }
        // The paragraph's last quote when it is a «…» with nothing but punctuation after it
        // (found once: a long tail is not read again for every unbalanced mark).
        let mut closing_quote = out[para_from..].last().map(|m| m.span).filter(|q| {
            ctx.text[q.start..].starts_with('«')
                && ctx.text[..q.end].ends_with('»')
                && ctx.text[q.end..p.span.end]
                    .chars()
                    .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || c == '،')
        });
        let mut pair_hint = 0;
        for &u in &pairing.unbalanced {
            // (A straight mark written as a closing one, `… الخطيرة".`, lost its opening mark:
            // it opens nothing.)
            let opens = match u.slice(ctx.text) {
                "«" | "“" | "{" | "„" => true,
                "\"" => !crate::marks::looks_closing(ctx.text, u),
                _ => false,
            };
            // (An opening « before the paragraph's only later quote, a «…» closing the
            // paragraph, shares its closing mark: «لا أستطيع … قال: «إنه مهتم …». The outer quote
            // holds the inner one.)
            let shares_close = u.slice(ctx.text) == "«"
                && closing_quote.is_some_and(|q: Span| {
                    q.start > u.start
                        && (out.len() == para_from + 1 || out[out.len() - 2].span.end <= u.start)
                });
            if shares_close {
                out.pop();
                last_end = u.start;
                closing_quote = None;
            }
            if !opens || u.start < last_end {
                continue;
            }
            let content = trim(ctx.text, Span::new(u.end, p.span.end));
            // An opening mark followed by words, quoting to the end of its paragraph.
            let k = partition_near(&pairing.pairs, pair_hint, |q| q.open.start < u.start);
            pair_hint = k;
            let covered = k > 0
                && pairing.pairs[..k]
                    .last()
                    .is_some_and(|q| q.outer().contains(u));
            if content.len() < 2 || covered {
                continue;
            }
            out.push(Marked {
                open: tok_at(p.tokens.start, u.start),
                close: None,
                span: Span::new(u.start, p.span.end),
                content,
                unbalanced: true,
            });
            last_end = p.span.end;
        }
    }
    // (Usually in order already: paragraphs come in order. Keys are distinct, so an unstable
    // sort, which needs no buffer, gives the same order.)
    if !out.is_sorted_by_key(|m| (m.open, m.span.start)) {
        out.sort_unstable_by_key(|m| (m.open, m.span.start));
    }
    out
}

fn trim(text: &str, s: Span) -> Span {
    let inner = s.slice(text);
    let lead = inner.len() - inner.trim_start().len();
    let t = inner.trim();
    Span::new(s.start + lead, s.start + lead + t.len())
}
