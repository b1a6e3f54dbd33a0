//! Quotes and speaker attribution: who said what.
//!
//! Every quoted statement — marked (`"…"`, `«…»`, `“…”`, `{…}`) or indirect (قال X إن …) — with its
//! span, its kind, and its speaker, linked to a gazetteer entity where one fits. Attribution applies
//! ordered rules, strongest first:
//!
//! 1. a trailing source phrase (، حسبما ذكر X / وفقا لـ X / نقلا عن X …) covers the quotes before it
//!    in its sentence ([`Rule::SourcePhrase`]);
//! 2. a speech verb and its subject (وقال X إن …), skipping appositions, titles and dates
//!    ([`Rule::CueVerb`]);
//! 3. a participle cue (مؤكدا …) takes the subject of the main verb ([`Rule::Participle`]);
//! 4. a relative clause (X، الذي أكد أن …) gives X ([`Rule::Relative`]);
//! 5. a quote before its cue ("…"، قال X) and headline forms (X: "…") ([`Rule::QuoteBeforeCue`],
//!    [`Rule::Headline`]);
//! 6. a continuation with no subject (وأضاف) takes the previous speaker whose gender agrees, or,
//!    when no one has spoken yet, the subject of the sentence before ([`Rule::Continuation`]);
//! 7. otherwise the sentence's subject, with low confidence ([`Rule::SentenceSubject`]).
//!
//! The speaker is never inside the quote or the reported clause, never the object of مع, and a
//! feminine cue (قالت) never takes a masculine person.

mod lexicon;

use crate::gazetteer::{Entity, EntityKind, Gender, Mention, Via};
use crate::hash::WordMap;
use crate::marks::Pairing;
use crate::{Normalizer, Paragraph, Sentence, Span, Token, TokenKind};
use lexicon::{cue_of, is_honorific, Cue};
use std::sync::{Arc, OnceLock};

/// What kind of quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A full quoted statement in quotation marks.
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
    /// A headline or lede: X: "…".
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
    /// The confidence of the attribution (0 when there is no speaker).
    pub fn confidence(&self) -> f32 {
        self.rule.map_or(0.0, Rule::confidence)
    }
}

/// A person named with a role in apposition: "المتحدث باسم الخارجية الأميركية، ماثيو ميلر".
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

/// An apposition while attribution runs: the person is an index into the mentions it reads.
#[derive(Clone, Debug)]
struct Appos {
    role: Span,
    /// The role's token range.
    role_toks: (usize, usize),
    mention: usize,
    country: Option<String>,
}

/// Per-token facts attribution reads.
#[derive(Clone, Copy, Debug)]
/// (Offsets are read from the token itself: one table per token is enough.)
struct Tok {
    kind: TokenKind,
    cue: Option<Cue>,
    /// Normalized form: a range of `Ctx::buf`.
    norm: (u32, u32),
    /// The mention covering this token, or `NONE`.
    mention: u32,
    /// Inside a marked quote (between its marks, or after an unbalanced opening).
    inside: bool,
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

use crate::gallop::partition_near;

const NONE: u32 = u32::MAX;

/// Where attribution is reading: the first token of the current window and, for the lists it
/// searches by position, the first item not ending before that token. Searches start there
/// (see [`partition_near`]) instead of bisecting the whole article, which on a long text costs
/// a cache miss per step.
#[derive(Clone, Copy, Default)]
struct Near {
    token: usize,
    mention: usize,
    apposition: usize,
    local_name: usize,
}

/// How many earlier mentions or appositions coreference looks back through.
const LOOKBACK: usize = 64;

/// A candidate speaker with what agreement needs.
#[derive(Clone, Debug)]
struct Cand {
    speaker: Speaker,
    gender: Option<Gender>,
    /// Whether the speaker is a person (named or not): persons must agree in gender.
    human: bool,
    agent: Option<Speaker>,
    /// For a speaker that is no person, the gender of the verb it was named the subject of (قال
    /// البيت الأبيض: masculine): a continuation agrees with it (see [`agrees`]).
    said_fem: Option<bool>,
}

impl Cand {
    /// A person the gazetteer does not know, named at `span`.
    fn unknown(span: Span, gender: Option<Gender>) -> Cand {
        Cand {
            speaker: Speaker { span, entity: None },
            gender,
            human: true,
            agent: None,
            said_fem: None,
        }
    }

    /// Whether the speaker is one word linked to a person (a surname alone).
    fn is_linked_surname(&self, ctx: &Ctx<'_>) -> bool {
        self.human
            && self.speaker.entity.is_some()
            && !self.speaker.span.slice(ctx.text).contains(' ')
    }

    /// The speaker a gazetteer mention gives.
    fn of(m: &Mention) -> Cand {
        // A country takes a feminine verb (أعلنت روسيا), but for the few whose names are
        // masculine (أعلن العراق، أكد المغرب); so does a capital, a city: "وقال" continues
        // neither. (The verb it speaks with, when it has one, decides instead.)
        let said_fem = (m.entity.kind() == EntityKind::Country).then(|| {
            m.via == Via::Capital
                || !matches!(
                    m.entity.id(),
                    "IQ" | "JO" | "SD" | "MA" | "LB" | "YE" | "SO" | "VA"
                )
        });
        Cand {
            speaker: speaker_of(m),
            gender: m.entity.gender(),
            human: m.entity.kind() == EntityKind::Person,
            agent: None,
            said_fem,
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    /// The article's tokens; `toks` holds what attribution adds to each.
    tokens: &'a [Token<'a>],
    toks: Vec<Tok>,
    /// The indices of the comma tokens, in order.
    commas: Vec<usize>,
    /// How many tokens are cues that may introduce a quote (verbs, participles, complementizers,
    /// source phrases): a bound on the quotes they give.
    reporting_cues: usize,
    /// The article's matching-normalized text; tokens' `norm` ranges index it.
    buf: &'a str,
    mentions: &'a [Mention],
    /// Token range of each mention.
    mtoks: Vec<(usize, usize)>,
    appositions: Vec<Appos>,
    /// Names the gazetteer does not know, given in apposition to a role ("رئيس الحكومة الإسبانية،
    /// ماريانو راخوي،"): (role head, role country, name span), in text order.
    local_names: Vec<(String, Option<String>, Span)>,
    /// Where attribution is reading.
    near: std::cell::Cell<Near>,
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

fn is_punct(t: &Token<'_>, set: &[&str]) -> bool {
    t.kind() == TokenKind::Punctuation && set.contains(&t.as_str())
}

const COMMAS: &[&str] = &["،", ","];

impl<'a> Ctx<'a> {
    fn new(input: &Input<'a, '_>) -> Ctx<'a> {
        let text: &'a str = input.text;
        // Each token's normalized form is a slice of the article's normalized text, found by a
        // linear merge of the tokens with the offset map.
        let buf: &'a str = input.norm.as_str();
        let mut cursor = 0;
        let mut toks = crate::scratch::take(&TOKS);
        toks.reserve(input.tokens.len());
        let mut commas = crate::scratch::take(&COMMA_TOKS);
        let mut reporting_cues = 0;
        let mut praying = false;
        for (i, t) in input.tokens.iter().enumerate() {
            let (mut ns, mut ne) = (0, 0);
            let mut cue = None;
            if is_punct(t, COMMAS) {
                commas.push(i);
            } else if t.kind() == TokenKind::Punctuation {
                praying &= !matches!(t.as_str(), "." | "!" | "?" | "؟" | ":");
            } else if t.kind() == TokenKind::ArabicWord {
                (ns, ne) = input
                    .norm
                    .normalized_range_seq(&mut cursor, t.start(), t.end());
                cue = cue_of(&buf[ns..ne]).map(|(c, _)| c);
                // "سائلا الله تعالى أن …"، "ندعو الله أن …": a prayer, not reported words; nor
                // is the rest of it ("… وأن يلهم أهله الصبر"), up to the sentence's end.
                if cue == Some(Cue::Complementizer) {
                    let prayer = after_god(&toks, buf);
                    praying |= prayer;
                    if prayer || (praying && buf[ns..ne].starts_with('و')) {
                        cue = None;
                    }
                }
                // "فان" after a verb of saying or a given name is the particle of a Dutch name
                // (قال فان غال، لويس فان غال), not فإن.
                if cue == Some(Cue::Complementizer) && &buf[ns..ne] == "فان" {
                    let van = toks.last().is_some_and(|p: &Tok| {
                        matches!(p.cue, Some(Cue::Verb { .. }))
                            || first_names()
                                .contains_key(&buf[p.norm.0 as usize..p.norm.1 as usize])
                    });
                    if van {
                        cue = None;
                    }
                }
                // "ما يشير إلى أن"، "مما يؤكد أن"، "الأمر الذي يعني أن": what the facts show,
                // an inference, not words anyone reported.
                if matches!(cue, Some(Cue::Verb { .. }))
                    && matches!(
                        &buf[ns..ne],
                        "يشير"
                            | "تشير"
                            | "يوكد"
                            | "توكد"
                            | "يدل"
                            | "تدل"
                            | "يعني"
                            | "تعني"
                            | "يثبت"
                            | "تثبت"
                            | "يكشف"
                            | "تكشف"
                    )
                {
                    let word = |k: usize| {
                        toks.get(toks.len().wrapping_sub(k))
                            .map_or("", |p: &Tok| &buf[p.norm.0 as usize..p.norm.1 as usize])
                    };
                    if matches!(word(1), "ما" | "مما" | "هذا" | "وهذا")
                        || (word(1) == "الذي" && matches!(word(2), "الامر" | "وهو"))
                    {
                        cue = None;
                    }
                }
                // رأي (with ي) is the noun "opinion" ("استطلاعات رأي أجريت"); the verb is رأى.
                if matches!(cue, Some(Cue::Verb { .. }))
                    && matches!(t.as_str(), "رأي" | "ورأي" | "راي" | "وراي")
                {
                    cue = None;
                }
                // A word after أبو، أم، بن، عبد is a name's (أبو طالب، علي بن أبي طالب), not a
                // cue; a participle after غير is an adjective ("معلومات غير مؤكدة").
                if matches!(cue, Some(Cue::Verb { .. } | Cue::Participle { .. }))
                    && toks.last().is_some_and(|p: &Tok| {
                        matches!(
                            &buf[p.norm.0 as usize..p.norm.1 as usize],
                            "ابو" | "ابي" | "ام" | "بن" | "ابن" | "بنت" | "عبد"
                        ) || (matches!(cue, Some(Cue::Participle { .. }))
                            && &buf[p.norm.0 as usize..p.norm.1 as usize] == "غير")
                    })
                {
                    cue = None;
                }
                reporting_cues += matches!(
                    cue,
                    Some(
                        Cue::Verb { .. }
                            | Cue::Participle { .. }
                            | Cue::Complementizer
                            | Cue::Source
                    )
                ) as usize;
            }
            toks.push(Tok {
                kind: t.kind(),
                cue,
                norm: (ns as u32, ne as u32),
                mention: NONE,
                inside: false,
            });
        }
        let mut mtoks = crate::scratch::take(&MENTION_TOKS);
        mtoks.reserve(input.mentions.len());
        let mut hint = 0;
        for (k, m) in input.mentions.iter().enumerate() {
            let a = partition_near(input.tokens, hint, |t| t.end() <= m.span.start);
            let b = partition_near(input.tokens, a, |t| t.start() < m.span.end).max(a + 1);
            hint = a;
            let b = b.min(toks.len());
            for t in &mut toks[a..b] {
                t.mention = k as u32;
                // A name is not a cue word (كشف، نقل … can be surnames).
                t.cue = None;
            }
            mtoks.push((a, b));
        }
        Ctx {
            text,
            tokens: input.tokens,
            toks,
            commas,
            reporting_cues,
            buf,
            mentions: input.mentions,
            mtoks,
            appositions: Vec::new(),
            local_names: Vec::new(),
            near: Default::default(),
        }
    }

    /// Moves the search hints forward to the window starting at token `a` (windows come in text
    /// order).
    fn move_to(&self, a: usize) {
        let old = self.near.get();
        let at = self.tokens.get(a).map_or(self.text.len(), |t| t.start());
        self.near.set(Near {
            token: a,
            mention: partition_near(self.mentions, old.mention, |m| m.span.end <= at),
            apposition: partition_near(&self.appositions, old.apposition, |ap| {
                self.mentions[ap.mention].span.start < at
            }),
            local_name: partition_near(&self.local_names, old.local_name, |l| l.2.end <= at),
        });
    }

    /// Whether token `i` is inside a marked quote.
    fn inside(&self, i: usize) -> bool {
        self.toks[i].inside
    }

    fn norm(&self, i: usize) -> &str {
        let (a, b) = self.toks[i].norm;
        &self.buf[a as usize..b as usize]
    }

    /// The normalized word without a leading conjunction or article, for head-noun comparisons.
    /// A conjunction is stripped only where it cannot be the word's own first letter: before ال
    /// (والوزارة) or before another و (ووزير).
    fn head(&self, i: usize) -> &str {
        let w = self.norm(i);
        // After a source word the ل is the phrase's: "وفقا لمصادر أمنية"، "طبقا للشرطة" (ل + the
        // article).
        if i > 0
            && self.toks[i - 1].cue == Some(Cue::Source)
            && self.toks[i].mention == NONE
            && w.chars().count() > 3
        {
            if let Some(rest) = w.strip_prefix("لل") {
                return rest;
            }
            if let Some(rest) = w.strip_prefix('ل') {
                return rest;
            }
        }
        // (والد، والدة "father, mother" open with the letters of و + ال; so does والي
        // "governor", as written with ي and no hamza: وإلى is "and to". Only words opening
        // with والد are looked up: this runs for every word.)
        let parent = |w: &str| {
            w.starts_with("والد")
                && matches!(
                    w,
                    "والد"
                        | "والده"
                        | "والدا"
                        | "والداه"
                        | "والدي"
                        | "والدها"
                        | "والدهم"
                        | "والدته"
                        | "والدتها"
                        | "والدتهم"
                        | "والدتي"
                )
        };
        let w = if w.starts_with("وال") || w.starts_with("فال") || w.starts_with("وو") {
            if parent(w) || (w == "والي" && self.tok_text(i) == "والي") {
                return w;
            }
            let rest = &w['و'.len_utf8()..];
            if parent(rest) {
                return rest;
            }
            rest
        } else {
            w
        };
        w.strip_prefix("ال")
            .filter(|r| r.chars().count() > 1)
            .unwrap_or(w)
    }

    fn tok_text(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start()..self.tokens[i].end()]
    }

    fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, TokenKind::ArabicWord | TokenKind::Word)
    }

    fn mention(&self, i: usize) -> Option<&'a Mention> {
        let m = self.toks[i].mention;
        (m != NONE).then(|| &self.mentions[m as usize])
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].start(), self.tokens[b - 1].end())
    }

    /// Whether the name at token `i` is governed by a preposition or "نظيره" (an object, not a
    /// subject): looks back a few tokens, through titles, demonyms and commas.
    fn is_object(&self, i: usize, floor: usize) -> bool {
        let mut j = i;
        let mut words = 0;
        while j > floor && words < 4 {
            j -= 1;
            let t = &self.toks[j];
            if t.mention != NONE && t.mention != self.toks[i].mention {
                let m = &self.mentions[t.mention as usize];
                if m.entity.kind() == EntityKind::Person {
                    return false;
                }
            }
            match t.cue {
                Some(Cue::Object) => return true,
                Some(Cue::Verb { .. })
                | Some(Cue::Participle { .. })
                | Some(Cue::Complementizer) => return false,
                _ => {}
            }
            // (في governs no subject: "تنصب في صالح العالم الإسلامي" is no word of Saleh's.)
            if j + 1 == i && self.is_word(j) && self.norm(j) == "في" {
                return true;
            }
            if self.is_word(j) {
                // A preposition attached to the name itself: لميلر is "to Miller".
                words += 1;
            } else if !is_punct(&self.tokens[j], COMMAS) {
                return false;
            }
        }
        false
    }

    /// Whether the name at `ns` holds the role heading the region at `first`, whose preposition
    /// it follows: "مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف"، "سفير السعودية لدى
    /// واشنطن خالد بن سلمان" (the preposition completes the role).
    fn role_holder(&self, first: usize, ns: usize) -> bool {
        let p = self.np_end(first, ns);
        self.mention(first).is_none()
            && is_role_head(self.head(first))
            && p + 1 < ns
            && ns - p <= 4
            && matches!(self.norm(p), "الي" | "لدي")
            && (p + 1..ns).all(|j| {
                self.is_word(j)
                    && !self.inside(j)
                    && self.toks[j].cue.is_none()
                    && self
                        .mention(j)
                        .is_none_or(|m| m.entity.kind() != EntityKind::Person)
            })
    }

    /// The role right after two or three words at `first` shaped as a name the lexicons do not
    /// know ("ألكساندرو فيتكو وزير الصحة"), if there is one; not a title before someone else's
    /// name ("حداد سجل الرئيسة روسيف").
    fn name_before_role(&self, first: usize, b: usize) -> Option<usize> {
        let plain = |j: usize| {
            j < b
                && self.is_word(j)
                && self.toks[j].cue.is_none()
                && self.mention(j).is_none()
                && !self.is_speaker_head(j)
                && !self.norm(j).starts_with("ال")
                && !matches!(
                    self.norm(j).chars().next(),
                    Some('و' | 'ف' | 'ب' | 'ل' | 'ك')
                )
                && self.norm(j).chars().count() >= 3
                && name_shaped(self.norm(j))
        };
        let words = (first..b.min(first + 3)).take_while(|&j| plain(j)).count();
        let role = first + words;
        let titles_another = role + 1 < b && self.mention(role + 1).is_some();
        (words >= 2
            && role < b
            && self.is_word(role)
            && is_role_head(self.head(role))
            && !titles_another)
            .then_some(role)
    }

    /// Whether the token before `i` is a source word (وفقا، طبقا، بحسب): a لـ at `i` is then the
    /// source's, not whom the words were given to.
    fn after_source(&self, i: usize) -> bool {
        i > 0 && self.toks[i - 1].cue == Some(Cue::Source)
    }

    /// Whether the person at token `i` is a possessor after باسم / مكتب … (the spokesman *of* X).
    fn is_genitive(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.head(i - 1),
                "باسم" | "مكتب" | "مستشار" | "مقرب" | "مقربه" | "مساعد"
            )
    }

    /// The first word of `a..b` that may start the subject: fillers are skipped, and so is a
    /// prepositional phrase up to the next punctuation or name ("ذكرت في تقرير لها، أن": the report
    /// is where the words appeared, not who said them).
    fn subject_start(&self, a: usize, b: usize) -> Option<usize> {
        let mut j = a;
        while j < b {
            if !self.is_word(j) {
                j += 1;
                continue;
            }
            if self.mention(j).is_none() && is_place_preposition(self.head(j)) {
                j += 1;
                loop {
                    while j < b && self.is_word(j) {
                        j += 1;
                    }
                    // A quoted name inside the phrase (في حديثه لـ«عكاظ») does not end it.
                    match self.quoted_name_end(j, b) {
                        Some(end) => j = end,
                        None => break,
                    }
                }
                continue;
            }
            // (Right after the verb, صحفي is a journalist, not the press of "مؤتمر صحفي".)
            let journalist = j == a && matches!(self.norm(j), "صحفي" | "صحافي");
            if self.toks[j].cue == Some(Cue::Filler) && !journalist && !self.is_alain(j) {
                j += 1;
                continue;
            }
            // "حتى الآن"، "حتى اليوم": when, not who.
            if self.norm(j) == "حتي" && j + 1 < b && self.is_word(j + 1) {
                j += 2;
                continue;
            }
            // "العام الماضي"، "الشهر الجاري"، "الأسبوع المقبل": when, not who.
            if j + 1 < b
                && matches!(self.head(j), "عام" | "شهر" | "اسبوع" | "سنه" | "يوم")
                && self.norm(j).starts_with("ال")
                && matches!(
                    self.norm(j + 1),
                    "الماضي"
                        | "الماضيه"
                        | "الجاري"
                        | "الجاريه"
                        | "المقبل"
                        | "المقبله"
                        | "الحالي"
                        | "الحاليه"
                        | "الفايت"
                )
            {
                j += 2;
                continue;
            }
            return Some(j);
        }
        None
    }

    /// Whether a name ending at token `j` is closed by what follows it: the region's end, a
    /// comma or colon, a quotation mark, a filler, a cue or a complementizer.
    /// Whether word `j`, opening with بال right after the given name at `i` (`first_len` words),
    /// is a family name (سمير بالطيب، رضا بالحاج, common in the Maghreb): the name closes after
    /// it, or a role follows ("سمير بالطيب أمين عام حزب المسار"), as no prepositional phrase
    /// after a given name does.
    fn bal_family_name(&self, i: usize, first_len: usize, j: usize, b: usize) -> bool {
        first_len > 0
            && j == i + first_len
            && self.norm(j).starts_with("بال")
            && (self.name_closes_after(j, b)
                || (j + 1 < b && self.is_word(j + 1) && is_role_head(self.head(j + 1))))
            // (A relative clause after it describes a noun: "وأشاد بلقاسم بالمستوى الذي".)
            && self
                .toks
                .get(j + 1)
                .is_none_or(|t| t.cue != Some(Cue::Relative))
    }

    fn name_closes_after(&self, j: usize, b: usize) -> bool {
        let k = j + 1;
        k >= b
            || !self.is_word(k)
            || self.toks[k].cue.is_some()
            || is_place_preposition(self.head(k))
    }

    /// Whether the short quotation after word `j`, ending before token `after`, may be a name:
    /// after a body or an outlet (صحيفة «الوطن»، وكالة أنباء «رويترز») or an indefinite noun,
    /// whose genitive it is (مراسل «العربية»، مصادر "سبق"), or when the phrase goes on after it
    /// (الدكتور "موريس روسابي" أستاذ …، العقيد "القرشي" أنه). Not when it closes the sentence
    /// or clause after a definite person: "وقال الوزير "الوضع خطير"." are the minister's words.
    fn named_by_quote(&self, j: usize, after: usize) -> bool {
        let head = self.head(j);
        !self.norm(j).starts_with("ال")
            || is_institution(head)
            || matches!(
                head,
                "موقع" | "اذاعه" | "مجله" | "جريده" | "شبكه" | "تلفزيون" | "منصه" | "جمعيه"
                    | "نادي" | "جامعه"
            )
            || (after < self.toks.len() && self.is_word(after))
            // (One word is a name or an acronym: "OPCW"، "تويتر"; a title takes a name.)
            || after == j + 4
            || self.is_name_title(j)
    }

    /// When token `j` opens a quotation of one to three words closed before `b` (a name such as
    /// «عكاظ»), the token after its closing mark.
    fn quoted_name_end(&self, j: usize, b: usize) -> Option<usize> {
        if j >= b || self.toks[j].kind != TokenKind::Quote {
            return None;
        }
        (j + 1..b.min(j + 5))
            .find(|&c| self.toks[c].kind == TokenKind::Quote)
            .filter(|&c| c > j + 1 && (j + 1..c).all(|k| self.is_word(k)))
            .map(|c| c + 1)
    }

    /// Whether the token at `k` is an outlet the gazetteer knows, written with ل: the one the
    /// words were given to ("لبي بي سي"، "لرويترز"), not part of a speaker's phrase.
    fn outlet_with_lam(&self, k: usize) -> bool {
        self.mention(k).is_some_and(|m| {
            m.entity.org_type() == Some("media")
                && m.prefix.is_some_and(|p| is_lam(p.slice(self.text)))
        })
    }

    /// Reads a speaker from the region `a..b` (after a cue verb, or after a source phrase).
    /// After a verb that describes or accuses someone (at `a - 1`), a definite noun at `first`
    /// that is no person is the subject, and a person named at `name` after it the object:
    /// "ووصف التقرير زعيم كوريا الشمالية كيم جونغ أون بـ«…»". The noun and its adjectives.
    fn describing_subject(&self, a: usize, first: usize, name: usize) -> Option<Cand> {
        let describes = name > first
            && a > 0
            && is_describing_verb(self.norm(a - 1))
            && self.mention(first).is_none()
            && self.norm(first).starts_with("ال")
            && !article_given_name(self.norm(first))
            && !is_role_head(self.head(first))
            && !is_human_noun(self.head(first))
            && !is_title(self.head(first))
            && !self.is_name_title(first);
        if !describes {
            return None;
        }
        let mut end = first + 1;
        while end < name
            && self.is_word(end)
            && self.mention(end).map_or_else(
                || is_definite_adjective(self.norm(end)),
                |d| d.via == Via::Demonym,
            )
        {
            end += 1;
        }
        Some(self.unnamed(first, end))
    }

    fn resolve(&self, a: usize, b: usize) -> Option<Cand> {
        let b = b.min(self.toks.len());
        let first = self.subject_start(a, b)?;
        // أمام "in front of" folds to the spelling of إمام "imam": the hamza as written tells
        // them apart. A region that opens with it says before whom ("وأضاف أمام النواب أن").
        if self
            .tok_text(first)
            .trim_start_matches('و')
            .starts_with("أمام")
        {
            return None;
        }
        // "وقال تعالى": God's epithet stands for the name cited before with its praise ("قال الله
        // تعالى: {…} … وقال تعالى: {…}"، "بقول المولى عز وجل"), when the article gives one.
        if first == a && matches!(self.norm(first), "تعالي" | "وتعالي") {
            let named = (a.saturating_sub(300)..a).rev().find(|&k| {
                matches!(self.norm(k), "الله" | "المولي")
                    && !self.inside(k)
                    && k + 1 < a
                    && is_praise(self.norm(k + 1))
            });
            if let Some(k) = named {
                return Some(Cand::unknown(self.span(k, k + 1), Some(Gender::Male)));
            }
        }
        // An institution heading the region speaks; a person named inside it is its agent
        // ("المكتب الإعلامي لرئيس الوزراء، حيدر العبادي").
        let institution = self.mention(first).is_none() && is_institution(self.head(first));
        // 0. One plain word right before a prepositional phrase is the subject, whoever the phrase
        //    names ("ووصف البريكي في تصريح … اثر اجراء رئيس الحكومة يوسف الشاهد …").
        if first == a
            && first + 1 < b
            && self.is_word(first + 1)
            && is_place_preposition(self.head(first + 1))
            && !is_definite_noun(self.norm(first))
        {
            if let Some(c) = self.single_name(first, b) {
                return Some(c);
            }
        }
        // 0b. A family or relative heading the region speaks, whoever its complement names
        //     ("كشفت أسرة الطيار الأردني مازن العقيل الذي …": the family, not the pilot).
        if self.mention(first).is_none() && is_kin(self.head(first)) {
            let mut k = first + 1;
            // (A lone preposition, لـ«المدينة», ends the phrase; so does the outlet the words
            // were given to, "والد كامبل لبي بي سي".)
            while k < b
                && k - first < 7
                && self.is_word(k)
                && self.toks[k].cue.is_none()
                && self.norm(k).chars().count() > 1
                && !self.outlet_with_lam(k)
                && !is_lam_outlet_noun(self.norm(k))
            {
                k += 1;
            }
            let mut c = self.unnamed(first, k);
            c.speaker.entity = None;
            // (Named in apposition when the relative is named: "زوجة الرئيس السوري بشار
            // الأسد، أسماء الأسد،"، "والد كينغ، تشارلز بومفورد،". After a common noun the name
            // may be the relative's, "ابنة العميل المزدوج الروسي، سيرغي سكريبال،".)
            let relative_named = k > first + 1
                && (self
                    .mention(k - 1)
                    .is_some_and(|m| m.entity.kind() == EntityKind::Person)
                    || (self.mention(k - 1).is_none()
                        && !self.norm(k - 1).starts_with("ال")
                        && !self.norm(k - 1).ends_with('ه')
                        && !is_kin(self.head(k - 1))));
            // (A naming verb names the relative: "شقيق الضحية، ويدعى حمدان،".)
            let naming = k + 1 < b && self.is_word(k + 1) && is_naming_verb(self.norm(k + 1));
            if let Some((s, e)) = self.name_after(k, b).filter(|&(s, _)| {
                (relative_named || naming) && s > k && is_punct(&self.tokens[k], COMMAS)
            }) {
                c.speaker.span = self.span(s, e);
            }
            return Some(c);
        }
        // 1. A person named in the region, not an object.
        let mut k = a;
        while k < b {
            if let Some(m) = self.mention(k) {
                let (ms, me) = self.mtoks[self.toks[k].mention as usize];
                if m.entity.kind() == EntityKind::Person && m.via != Via::Demonym {
                    // (Nor one in a clause about the subject, "نافالني، وهو أشد خصوم الرئيس
                    // بوتين،", nor one after a role's name in apposition and another comma:
                    // "ودعا زعيم الجمهوريين، بول راين، الاثنين، ترمب" names whom he urged.)
                    let in_clause = (first..ms).any(|j| is_clause_opener(self.norm(j)));
                    let past_apposition = self.mention(first).is_none()
                        && self.is_speaker_head(first)
                        && (first..ms)
                            .filter(|&j| is_punct(&self.tokens[j], COMMAS))
                            .count()
                            >= 2;
                    // (Nor one in the role after a name the gazetteer does not know: "قالت
                    // ديب فونغ، رئيسة مؤسسة باسيفيك لينك،" is the name before the comma.)
                    // (Or with no comma: "وقال يورغين هاردت المتحدث باسم الحزب التابع لميركل".)
                    let in_role_of_name = self.mention(first).is_none()
                        && !self.is_speaker_head(first)
                        && ((first + 1..ms.min(first + 5))
                            .find(|&j| !self.is_word(j))
                            .is_some_and(|c| {
                                is_punct(&self.tokens[c], COMMAS)
                                    && c + 1 < ms
                                    && self.is_speaker_head(c + 1)
                            })
                            || first == a
                                && self.name_before_role(first, b).is_some_and(|r| r < ms));
                    // A surname that is also a given name, with one plain word after it that
                    // closes the subject, is someone else's given name: "قائد الشرطة ميشال
                    // كادو، أن" is not Charles Michel.
                    // (The mention may end the text: no word after it then.)
                    let family = me < b
                        && (me + 1 == b
                            || is_punct(&self.tokens[me + 1], COMMAS)
                            || self.toks[me + 1].cue == Some(Cue::Complementizer));
                    let n = if family { self.norm(me) } else { "" };
                    if family
                        && m.via == Via::ShortForm
                        && m.prefix.is_none()
                        && !self.is_object(ms, a)
                        && me == ms + 1
                        && first_names().contains_key(self.norm(ms))
                        && self.mention(me).is_none()
                        && self.toks[me].cue.is_none()
                        && self.toks[me].kind == TokenKind::ArabicWord
                        && !n.starts_with("ال")
                        && !is_function_word(n)
                        && name_shaped(n)
                    {
                        // (No gender: foreign given names are written alike for both, ميشيل.)
                        return Some(Cand::unknown(self.span(ms, me + 1), None));
                    }
                    if let Some(c) = self.describing_subject(a, first, ms) {
                        return Some(c);
                    }
                    // A surname that is someone else's given name, as the role after the name
                    // shows: "جيفري لويس، رئيس برنامج …" is not James Jeffrey.
                    if m.via == Via::ShortForm && ms == first && me < b && self.is_word(me) {
                        let comma = (me + 1..b.min(me + 3)).find(|&j| !self.is_word(j));
                        if let Some(c) = comma.filter(|&c| {
                            is_punct(&self.tokens[c], COMMAS)
                                && (me..c).all(|j| {
                                    self.mention(j).is_none() && self.toks[j].cue.is_none()
                                })
                                && c + 1 < b
                                && self.is_word(c + 1)
                                && self.is_speaker_head(c + 1)
                        }) {
                            let gender = first_names().get(self.norm(first)).copied();
                            return Some(Cand::unknown(self.span(first, c), gender));
                        }
                    }
                    // (Nor one the words were said to: "قال لبوتين عبر مكالمة هاتفية إن",
                    // "قال للرئيس بوتين إن".)
                    // (After وفقا، طبقا … the لـ is the source's: "وفقا لميلر".)
                    let said_to = !self.after_source(a)
                        && (ms == a && m.prefix.is_some_and(|p| is_lam(p.slice(self.text)))
                            || (ms == a + 1
                                && self.mention(a).is_none()
                                && self.norm(a).strip_prefix("لل").is_some_and(is_title)));
                    if (self.is_object(ms, a) && !self.role_holder(first, ms))
                        || said_to
                        || in_role_of_name
                        || self.in_place_name(ms, a)
                        || self.in_construct(first, ms)
                        || in_clause
                        || past_apposition
                    {
                        k = me;
                        continue;
                    }
                    // An organization or country heading the region is the subject; a person
                    // further on is in its complement ("وصفت الخارجية الفرنسية دعوة لافروف").
                    if let Some(org) = self.mention(first).filter(|o| {
                        o.via != Via::Demonym
                            && o.entity.kind() != EntityKind::Person
                            && ms > first
                            && (self.mtoks[self.toks[first].mention as usize].1..ms)
                                .any(|j| self.is_word(j))
                    }) {
                        return Some(Cand::of(org));
                    }
                    // "المتحدث باسم رئيسة الوزراء، تيريزا ماي،": a head of state or government
                    // named after the phrase is the one the spokesman speaks for (a spokesman
                    // named there is the spokesman: "المتحدثة باسم البيت الأبيض، سارة ساندرز").
                    if ms > first + 2
                        && crate::gazetteer::is_leader(&m.entity)
                        && is_punct(&self.tokens[ms - 1], COMMAS)
                        && (first + 1..ms - 1).any(|j| self.head(j) == "باسم")
                        && (first..ms - 1).all(|j| self.is_word(j))
                    {
                        let mut c = self.unnamed(first, ms - 1);
                        c.agent = Some(speaker_of(m));
                        return Some(c);
                    }
                    // (Only for a person after the phrase's first word: one inside a phrase the
                    // subject came after, "أعلن في عنان …", leaves nothing in between.)
                    if ms > first && (institution || self.is_genitive(ms)) {
                        // (Unless the one in the role is named right after the phrase: "مستشار
                        // ترامب للأمن القومي جون بولتون"، "المتحدث باسم نتنياهو، أوفير جندلمان".)
                        let holder = (me..b.min(me + 5))
                            .take_while(|&j| {
                                self.mention(j).is_some()
                                    || (self.is_word(j) && self.toks[j].cue.is_none())
                                    || is_punct(&self.tokens[j], COMMAS)
                            })
                            .find_map(|j| self.mention(j))
                            .filter(|h| {
                                h.entity.kind() == EntityKind::Person
                                    && h.via != Via::Demonym
                                    && !std::ptr::eq(*h, m)
                            });
                        if let Some(h) = holder.filter(|_| !institution) {
                            return Some(Cand::of(h));
                        }
                        // "متحدث باسم نتنياهو": the spokesman speaks for Netanyahu.
                        let end = self.np_end(first, ms);
                        let mut c = self.unnamed(first, end);
                        c.agent = Some(speaker_of(m));
                        if self.is_genitive(ms) {
                            c.speaker.span = Span::new(self.tokens[first].start(), m.span.end);
                            c.speaker.entity = None;
                        }
                        return Some(c);
                    }
                    return Some(Cand::of(m));
                }
                k = me;
                continue;
            }
            k += 1;
        }
        // 1'. A family name with آل right after the verb, when it closes the subject ("أبان آل
        //     مسفر أنه"); written with its madda, after an honorific too and whatever follows it
        //     (the verb's object: "وأكد معالي آل الشيخ أهمية …"; الشيخ is no title there).
        let madda = self.tok_text(first).starts_with('آ');
        if self.norm(first) == "ال"
            && self.mention(first).is_none()
            && first + 1 < b
            && self.is_word(first + 1)
            && self.mention(first + 1).is_none()
            && ((madda && (a..first).all(|j| is_honorific(self.norm(j))))
                || (first == a && self.name_closes_after(first + 1, b)))
        {
            // (The person the gazetteer knows whose full name, given earlier, ends with it:
            // "وكرر آل ثاني" after "محمد بن عبدالرحمن آل ثاني".)
            // (Looking back a bounded way, as for every earlier name: linear on long texts.)
            let family = self.span(first, first + 2);
            let words = family.slice(self.text);
            let before = partition_near(self.mentions, self.near.get().mention, |m| {
                m.span.end <= family.start
            });
            let earlier = self.mentions[before.saturating_sub(LOOKBACK)..before]
                .iter()
                .rev()
                .find(|m| {
                    m.entity.kind() == EntityKind::Person
                        && m.via == Via::Name
                        && ends_with_words(m.span.slice(self.text), words)
                });
            return Some(earlier.map_or_else(|| Cand::unknown(family, None), Cand::of));
        }
        // 1a. A name the gazetteer does not know, then its role: "مختار الرحبي السكرتير الصحفي".
        //     (Between commas after the verb too, when its role follows: "وأضاف، خلدون قواص،
        //     المستشار الإعلامي لدار الفتوى:".)
        let after_comma = first == a + 1 && is_punct(&self.tokens[a], COMMAS);
        if (first == a || after_comma)
            && !self.is_speaker_head(first)
            && self.mention(first).is_none()
        {
            let mut k = first;
            while k < b
                && k - first < 4
                && self.is_word(k)
                && (self.toks[k].cue.is_none() || self.is_alain(k))
                && self.mention(k).is_none()
                && !self.is_speaker_head(k)
                && !(k > first && is_one_of(self.norm(k)))
                && !is_praise(self.norm(k))
                && !is_prepositional(self.norm(k))
                && !is_clause_opener(self.norm(k))
                && !(k > first && self.kin_apposition(k))
                // (After a family name with the article, a definite noun is the verb's object:
                // "وحذر المخلفي الشباب من …".)
                && !(k > first
                    && self.norm(first).starts_with("ال")
                    && is_definite_noun(self.norm(k)))
            {
                k += 1;
            }
            let closed = k == b
                || is_punct(&self.tokens[k], COMMAS)
                || self.kin_apposition(k)
                || (self.is_word(k) && is_clause_opener(self.norm(k)))
                || matches!(self.toks[k].cue, Some(Cue::Filler | Cue::Object))
                || (self.is_word(k) && (self.is_speaker_head(k) || self.is_name_title(k)))
                // ("رابهاكار شودري أحد مسؤولي الشرطة": one of a group, in apposition.)
                || (self.is_word(k) && is_one_of(self.norm(k)));
            // (A word opening with ب ل ك may be a preposition, unless a role right after the
            // words shows they are a name: "بروسك حسكة المتحدث باسم الوحدات".)
            // (Or "وهو أستاذ …", a clause saying what the named one is.)
            // (A person's role, not a body: "لمجلس العلاقات الخارجية" is no name.)
            let role_after = k < b
                && self.is_word(k)
                && ((self.is_speaker_head(k) && !is_institution(self.head(k)))
                    || (is_clause_opener(self.norm(k))
                        && k + 1 < b
                        && self.is_word(k + 1)
                        && self.is_speaker_head(k + 1)));
            // (A role in apposition after a comma shows the words are a name, whatever they look
            // like: "ألدر سلطانوف، المتحدث باسم مكتب المحامي العام"، "لام فول قبريال، نائب المتحدث").)
            // ("آلان كركوفيتش، أحد كبار المديرين": one of a group that speaks.)
            let role_apposition = k + 1 < b
                && is_punct(&self.tokens[k], COMMAS)
                && self.is_word(k + 1)
                && (self.is_speaker_head(k + 1) || is_one_of(self.norm(k + 1)))
                && self.mention(k + 1).is_none();
            let plain = (first..k).all(|i| {
                let n = self.norm(i);
                (n.starts_with("ال")
                    || role_after
                    || role_apposition
                    || !matches!(n.chars().next(), Some('ب' | 'ل' | 'ك')))
                    && !is_demonstrative(n)
                    && !is_preposition_with_pronoun(n)
                    // (Nor opening with an adverbial participle: "وأضاف طالبا عدم الكشف".)
                    && !(i == first
                        && looks_like_adverbial(n)
                        && !first_names().contains_key(n))
                    && !["ته", "تها", "ها", "هم", "هما", "كم", "نا"]
                        .iter()
                        .any(|p| n.ends_with(p))
            });
            // (A name does not open with a definite common noun: "تابعت الحادثة ووقفت على …", with
            // an adverbial participle: "وأضاف مخاطبا أنصار الحزب", or an honorific: "صاحب السمو
            // الملكي الأمير …".)
            // (A Maghrebi given name keeps its article: الطاهر، الهادي.)
            let article_name = article_given_name(self.norm(first)) || self.is_alain(first);
            let common = (is_definite_noun(self.norm(first)) && !article_name)
                || self.norm(first) == "صاحب"
                || (looks_like_participle(self.norm(first))
                    && !first_names().contains_key(self.norm(first)));
            if (2..=3).contains(&(k - first))
                && closed
                && plain
                && (!common || role_apposition)
                && (!after_comma || role_apposition)
            {
                let gender = first_names().get(self.norm(first)).copied();
                return Some(Cand::unknown(self.span(first, k), gender));
            }
        }
        // 1b. A name the gazetteer does not know: after a title (العقيد هشام الجابري) or starting
        //     with a known first name.
        // (Not the name of whom the words were given to: "قالت مصادر دبلوماسية لمراسل بي بي سي،
        //  جيمس لاندالي، إن" is the sources'.)
        let addressee_name = |ns: usize| {
            ns > first
                && self.is_speaker_head(first)
                && (first + 1..ns).any(|k| self.is_word(k) && is_addressee(self.norm(k)))
        };
        // (Nor one met with: "وقال الوزير في مؤتمر مع الرئيس ماكرون إن".)
        let met_with = |ns: usize| {
            ns > first
                && (ns.saturating_sub(2).max(first)..ns)
                    .any(|k| matches!(self.norm(k), "مع" | "ومع"))
        };
        if let Some((ns, ne, gender)) = self
            .unknown_name(a, b)
            .filter(|&(ns, _, _)| !addressee_name(ns) && !met_with(ns))
        {
            // A body in construct with a name is named after it: "شرطة شارلوت مكلنبورغ"، "شركة
            // فوكس", not the person the name might be.
            if ns == first + 1
                && self.mention(first).is_none()
                && is_institution(self.head(first))
                && !self.norm(first).starts_with("ال")
            {
                return Some(self.unnamed(first, ne));
            }
            // ("ووصفت السفارة الروسية رفض منح سارة سكريبل تأشيرة بأنه …": whom it was about;
            // a name right after definite words is theirs in apposition, "الحكم الدولي السابق
            // محمد النوفل".)
            let apart = (first..ns).any(|j| {
                let n = self.norm(j);
                !(n.starts_with("ال") || n.starts_with("وال"))
            });
            if let Some(c) = self.describing_subject(a, first, ns).filter(|_| apart) {
                return Some(c);
            }
            // "المتحدث باسم كيت إليسون": the spokesperson speaks, for the person named.
            if ns > first && self.is_genitive(ns) {
                return Some(Cand {
                    speaker: Speaker {
                        span: self.span(first, ne),
                        entity: None,
                    },
                    gender: None,
                    human: true,
                    agent: Some(Speaker {
                        span: self.span(ns, ne),
                        entity: None,
                    }),
                    said_fem: None,
                });
            }
            let agent = self
                .mention(first)
                .filter(|m| m.via != Via::Demonym && ns > first)
                .map(speaker_of);
            // A feminine role before the name tells the gender better than the first-names list
            // ("المتحدثة باسم المفوضية مينا أندرييفا": مينا is also a man's name).
            let head = self.head(first);
            let gender = if ns > first
                && self.is_speaker_head(first)
                && feminine_head(self.norm(first), head)
                && !is_institution(head)
            {
                Some(Gender::Female)
            } else {
                gender
            };
            return Some(Cand {
                speaker: Speaker {
                    span: self.span(ns, ne),
                    entity: None,
                },
                gender,
                human: true,
                agent: agent.filter(|_| institution),
                said_fem: None,
            });
        }
        // 1c. One plain word alone between the cue and the quote or complementizer is a name
        //     (قال راخوي "…"، وأكد الميتمي أن …): Arabic puts the subject right after the verb.
        //     (A family name with آل is step 1'.)
        if first == a {
            if let Some(c) = self.single_name(first, b) {
                return Some(c);
            }
            // (So is it after the abbreviated title: "وأشار م. البنيان إلى أن".)
            let title = abbreviated_title(self, a, b);
            if title > 0 && a + title < b && self.mention(a + title).is_none() {
                if let Some(c) = self.single_name(a + title, b) {
                    return Some(c);
                }
            }
        }
        // 2. An organization or country heading the region (not one the words were given to:
        //    "قال لوكالة رويترز").
        if let Some(m) = self.mention(first) {
            if m.via != Via::Demonym && m.entity.kind() != EntityKind::Person {
                // (After وفقا، طبقا … the لـ is the source's: "وفقا لوكالة الأناضول".)
                if !self.after_source(first) && m.prefix.is_some_and(|p| is_lam(p.slice(self.text)))
                {
                    return None;
                }
                return Some(Cand::of(m));
            }
        }
        // 3. An unnamed source headed by a noun that can speak (مصدر، المتحدث، الوزارة …), or a
        //    name the gazetteer does not know, in apposition to it.
        if !self.is_speaker_head(first) {
            return None;
        }
        let end = self.np_end(first, b);
        // (An institution takes no personal name without a comma: after "واستنكرت المنظمة" the
        // words are the verb's object, "ما وصفتها …"; an outlet may take its own name.)
        let institution = is_institution(self.head(first))
            && (self.norm(first).starts_with("ال") || !is_media_head(self.head(first)));
        let name = self
            .name_after(end, b)
            .filter(|&(start, _)| !institution || start > end)
            .or_else(|| {
                // A person's role may go on with a prepositional phrase before the name in
                // apposition: "القيادي في حزب نداء تونس، خميس قسيلة".
                if institution || end >= b || !matches!(self.norm(end), "في" | "ب" | "من" | "علي")
                {
                    return None;
                }
                let comma = (end + 1..b.min(end + 7))
                    .take_while(|&j| !self.is_word(j) || self.toks[j].cue.is_none())
                    .find(|&j| is_punct(&self.tokens[j], COMMAS))?;
                ((end + 1)..comma).all(|j| self.is_word(j)).then_some(())?;
                self.name_after(comma, b)
            })
            .or_else(|| {
                // Or after a place and no comma, the name closing the subject: "مدير مستشفى
                // ميراويس في قندهار نعمت باراك إن".
                if institution || end + 2 >= b || self.norm(end) != "في" {
                    return None;
                }
                let place = self.mention(end + 1)?;
                if place.entity.kind() != EntityKind::Country {
                    return None;
                }
                let after = self.mtoks[self.toks[end + 1].mention as usize].1;
                // (Not a second subject coordinated with و: "في فنزويلا وناشط مناهض".)
                self.name_after(after, b).filter(|&(s, e)| {
                    s == after && e == b && e - s >= 2 && !self.norm(s).starts_with('و')
                })
            });
        if let Some(name) = name {
            let mut c = self.unnamed(first, end);
            c.speaker = Speaker {
                span: self.span(name.0, name.1),
                entity: None,
            };
            return Some(c);
        }
        Some(self.unnamed(first, end))
    }

    /// The word at `first` as a name the gazetteer does not know, when it stands alone (before
    /// the region's end, a comma, a colon, a filler, praise or a prepositional phrase) and reads as
    /// a name: no preposition, pronoun suffix or participle shape.
    fn single_name(&self, first: usize, b: usize) -> Option<Cand> {
        if self.mention(first).is_some() || self.is_speaker_head(first) {
            return None;
        }
        let next = first + 1;
        let alone = next >= b
            || is_punct(&self.tokens[next], COMMAS)
            || self.tok_text(next) == ":"
            || self.toks[next].cue == Some(Cue::Filler)
            || (self.is_word(next) && is_place_preposition(self.head(next)))
            // "قال يوسف وهو عامل": a clause about the one named.
            || (self.is_word(next) && is_clause_opener(self.norm(next)))
            // "وأشار الصفيان إلى أن": the verb's preposition, then what was said.
            || (self.norm(next) == "الي"
                && next + 1 < self.toks.len()
                && self.toks[next + 1].cue == Some(Cue::Complementizer))
            // Praise after the name of God: الله تعالى، الله عز وجل، الله سبحانه.
            || is_praise(self.norm(next))
            // A given name with a kinship in apposition: "يوليا ابنة أحد أشهر الجواسيس".
            || (self.is_word(next)
                && is_kin(self.head(next))
                && first_names().contains_key(self.norm(first)));
        let n = self.norm(first);
        let plain = self.toks[first].cue.is_none()
            && self.toks[first].kind == TokenKind::ArabicWord
            && n.chars().count() >= 3
            // (A word opening with ب ل ك may be a preposition and a noun, unless it is a given
            // name: بشير، لطفي، كريم.)
            && (n.starts_with("ال")
                || !matches!(n.chars().next(), Some('ب' | 'ل' | 'ك'))
                || first_names().contains_key(n))
            // (الآن is "now" as well as آلان: alone it is the adverb.)
            && !matches!(n, "الان" | "اليوم" | "امس")
            && name_shaped(n)
            // (After a verb of describing a definite noun is what it describes, unless a nisba
            // family name: "وصف الاتفاق بأنه"، "ووصف الوضع في الغوطة بأنه". "The latter" and
            // an editorial speak: "ووصف الأخير ترامب بأنه"، "وصفت الافتتاحية".)
            && !(first > 0
                && is_describing_verb(self.norm(first - 1))
                && n.starts_with("ال")
                && !n.ends_with('ي')
                && !matches!(n, "الاخير" | "الاخيره" | "الافتتاحيه"));
        (alone && plain)
            .then(|| Cand::unknown(self.span(first, first + 1), first_names().get(n).copied()))
    }

    /// Whether the word at `i` is the given name آلان (Alain), which folds onto the filler الآن
    /// ("now"): the madda as written tells them apart.
    fn is_alain(&self, i: usize) -> bool {
        self.norm(i) == "الان" && self.tok_text(i).starts_with('آ')
    }

    /// Whether the word at `i` can head a speaking noun phrase.
    fn is_speaker_head(&self, i: usize) -> bool {
        let h = self.head(i);
        // (آب, the month August in the Levant, folds onto أب "father": the madda as written
        // tells them apart, "في شهر أغسطس/ آب عام 2000".)
        if h == "اب" && self.tok_text(i).contains('آ') {
            return false;
        }
        // "نفس المصدر" (the same source).
        if matches!(self.norm(i), "نفس" | "ذات") && i + 1 < self.toks.len() {
            return self.is_word(i + 1) && self.is_speaker_head(i + 1);
        }
        // "عدة مصادر"، "عدة مسؤولين": several of a group that speaks (not "عدة مرات").
        if self.norm(i) == "عده" && i + 1 < self.toks.len() {
            return self.is_word(i + 1)
                && self.mention(i + 1).is_none()
                && self.is_speaker_head(i + 1);
        }
        // "أحد المسؤولين"، "إحدى الناجيات": one of a group that speaks (not الأحد, Sunday).
        // (A demonstrative may come between: "أحد هذه المصادر".)
        if is_one_of(self.norm(i)) && i + 1 < self.toks.len() {
            let k = if i + 2 < self.toks.len() && is_demonstrative(self.norm(i + 1)) {
                i + 2
            } else {
                i + 1
            };
            // (Or a plural in construct: "أحد سكان المنطقة"، "أحد أعضاء الوفد".)
            let construct = || {
                k + 1 < self.toks.len()
                    && self.is_word(k + 1)
                    && (self.norm(k + 1).starts_with("ال") || self.mention(k + 1).is_some())
            };
            return self.is_word(k)
                && (self.norm(k).starts_with("ال") || construct())
                && self.mention(k).is_none()
                && self.is_speaker_head(k);
        }
        // "سلاح الجو الصيني": an air force (a branch of arms), not a weapon.
        if matches!(self.norm(i), "سلاح" | "وسلاح") && i + 1 < self.toks.len() {
            return matches!(
                self.norm(i + 1),
                "الجو" | "البحريه" | "الطيران" | "المهندسين" | "المشاه"
            );
        }
        self.toks[i].cue == Some(Cue::SourceHead)
            // (Airlines, with the article: الخطوط الجوية الجزائرية، not خطوط الهاتف.)
            || matches!(self.norm(i), "الخطوط" | "والخطوط")
            || is_role_head(h)
            || is_institution(h)
            || is_human_noun(h)
            || matches!(self.norm(i), "الله" | "تعالي" | "المولي" | "سبحانه")
            // (الأمينة العامة; أمينة alone is a given name. The accused, not "accused of".)
            || matches!(
                self.norm(i),
                "الامينه" | "والامينه" | "المتهم" | "المتهمه" | "والمتهم" | "والمتهمه"
            )
            || dual_singular(h, |s| {
                is_role_head(s) || is_institution(s) || is_human_noun(s)
            })
    }

    /// Whether the word at `i` is an honorific written right before a name (الدكتور، العقيد،
    /// الشيخ، الرئيس …), with its article.
    fn is_name_title(&self, i: usize) -> bool {
        let n = self.norm(i);
        (n.starts_with("ال") || n.starts_with("وال"))
            && self.toks[i].mention == NONE
            // ("السيدة الأولى" is the First Lady, a role, not a title before a name.)
            && !(i + 1 < self.toks.len() && self.norm(i + 1) == "الاولي")
            // (A rank that is also a noun before its adjective is the noun: "الفريق القانوني"
            // is the legal team, "اللواء المدرع" the armoured brigade. Ranks come before family
            // names with the article, "العميد الشحي", so only such adjectives tell.)
            && !(matches!(n.trim_start_matches('و'), "الفريق" | "اللواء")
                && i + 1 < self.toks.len()
                && matches!(
                    self.norm(i + 1),
                    "القانوني"
                        | "الطبي"
                        | "الفني"
                        | "الاعلامي"
                        | "التقني"
                        | "الهندسي"
                        | "الاستشاري"
                        | "الحكومي"
                        | "المفاوض"
                        | "المشترك"
                        | "الاممي"
                        | "الدولي"
                        | "الوطني"
                        | "المدرع"
                ))
            && is_name_title_head(self.head(i))
    }

    /// A person's name the gazetteer does not know, in `a..b`: the words after a title (العقيد،
    /// الدكتور، الشيخ …) or a run starting with a known first name; with the first name's gender.
    fn unknown_name(&self, a: usize, b: usize) -> Option<(usize, usize, Option<Gender>)> {
        let names = first_names();
        let mut i = a;
        while i < b {
            if self.toks[i].mention != NONE || !self.is_word(i) || is_praise(self.norm(i)) {
                i += 1;
                continue;
            }
            // "شاهدة تدعى إيوالينا أوتشاب": the name follows the verb of naming.
            if is_naming_verb(self.norm(i)) {
                i += 1;
                continue;
            }
            // Skip modifiers of a title: الرئيس السابق، المتحدث الرسمي.
            if i > a
                && (self.is_name_title(i - 1) || is_title_modifier(self.head(i - 1)))
                && is_title_modifier(self.head(i))
            {
                i += 1;
                continue;
            }
            // A person's name in a place's name is no speaker's: "بمدينة الملك سعود الطبية",
            // "جامعة الملك عبدالله بن عبدالعزيز" (the name and its connectors are skipped).
            // So is a name right after such a noun or a center's ("مركز محمد بن راشد للفضاء").
            let right_after_place = i > a
                && !self.is_name_title(i)
                && first_names().contains_key(self.norm(i))
                && (self.names_place(i - 1) || is_center_noun(self.norm(i - 1)));
            if right_after_place
                || (i > a + 1 && self.is_name_title(i - 1) && self.names_place(i - 2))
            {
                i += 1;
                while i + 1 < b && self.is_word(i) && is_name_connector(self.norm(i)) {
                    i += 2;
                }
                continue;
            }
            let after_title = i > a
                && ((self.is_name_title(i - 1))
                    || (i > a + 1
                        && is_title_modifier(self.head(i - 1))
                        && self.is_name_title(i - 2)));
            // After the abbreviated title a name need not open with a given name the list knows
            // ("المتحدث الرسمي للانتخابات م. جديع القحطاني"), but one word alone is left to the
            // earlier full name it may stand for ("وأضاف م. جديع أن").
            let after_abbreviation = i > a + 1
                && self.tok_text(i - 1) == "."
                && (a..i - 1)
                    .rev()
                    .take(3)
                    .any(|t| t + abbreviated_title(self, t, b) == i);
            let w = self.norm(i);
            let w = w
                .strip_prefix('و')
                .filter(|r| names.contains_key(*r))
                .unwrap_or(w);
            let (gender, first_len) = if let Some(&g) = names.get(w) {
                (Some(g), 1)
            } else if (matches!(w, "عبد" | "ابو" | "ام")
                // (Or a given name compounded with الله: عطا الله، فتح الله، نصر الله.)
                || (is_allah_compound(w)
                    && !w.starts_with("ال")
                    && !after_title
                    // (After a definite noun the phrase with its title is found as a whole.)
                    && (i == a || !self.norm(i - 1).starts_with("ال"))
                    && i + 1 < b
                    && self.norm(i + 1) == "الله"))
                && i + 1 < b
                && self.is_word(i + 1)
            {
                (
                    Some(if w == "ام" {
                        Gender::Female
                    } else {
                        Gender::Male
                    }),
                    2,
                )
            } else {
                (None, 0)
            };
            // A name carries no preposition (بالشؤون، لمكتب are phrases, not names).
            let prepositional = ["بال", "لل", "كال", "وبال", "ولل"]
                .iter()
                .any(|p| self.norm(i).starts_with(p))
                // (After a title a word opening with ب ل ك is a name: الدكتور بدر، العقيد كمال; not
                // a noun with its preposition, المدير العام لشركة.)
                || (first_len == 0
                    && (!(after_title || after_abbreviation)
                        || self.norm(i).ends_with('ه')
                        || self.norm(i).chars().count() < 3
                        // ("الرئيس العام لشؤون المسجد الحرام": a genitive phrase.)
                        || (i + 1 < b
                            && self.norm(i).starts_with('ل')
                            && self.norm(i + 1).starts_with("ال")))
                    && matches!(self.norm(i).chars().next(), Some('ب' | 'ل' | 'ك')));
            // (علي is also على "on" as many write it: the given name only as written with ي,
            // after a title or a noun of role, "المحامي علي الجهني".)
            // ("القبض علي محمدين" is على after a verbal noun: only a role or title before it.)
            // (Or right after a verb of saying that governs no على: "قال علي القرة داغي،".)
            let after_saying = i == a
                && i > 0
                && matches!(
                    self.norm(i - 1).trim_start_matches(['و', 'ف']),
                    "قال" | "يقول" | "صرح" | "اضاف" | "اوضح" | "ذكر" | "تابع"
                );
            // (Or after any definite noun for the speaker when a family name follows, which no
            // preposition governs: "أكد البائع علي العامري أن"، "ذكر الصياد علي آل مبارك أن".)
            let family_next = || {
                let n = self.norm(i + 1);
                (n.starts_with("ال") && n.ends_with('ي') && n.chars().count() >= 5)
                    || (n == "ال" && i + 2 < b && self.is_word(i + 2))
                    || first_names().contains_key(n)
            };
            let ali = self.toks[i].cue == Some(Cue::Object)
                && self.tok_text(i) == "علي"
                && (after_saying
                    || (i > a
                        && self.norm(i - 1).starts_with("ال")
                        && (self.is_speaker_head(i - 1)
                            || self.is_name_title(i - 1)
                            || is_title_modifier(self.head(i - 1))
                            || (i == a + 1 && i + 1 < b && family_next()))))
                && i + 1 < b
                && self.is_word(i + 1)
                && self.toks[i + 1].cue.is_none();
            let (gender, first_len) = if ali {
                (Some(Gender::Male), 1)
            } else {
                (gender, first_len)
            };
            if (first_len == 0 && !after_title && !after_abbreviation)
                || (self.toks[i].cue.is_some() && !ali)
                || prepositional
            {
                i += 1;
                continue;
            }
            let mut j = i + first_len.max(1);
            // (A lone preposition, لـ"رويترز", ends the name.)
            while j < b
                && j - i < 5
                && self.is_word(j)
                && self.toks[j].mention == NONE
                && !is_praise(self.norm(j))
                && (!is_prepositional(self.norm(j)) || self.bal_family_name(i, first_len, j, b))
                // (Nor the outlet the words were given to: "عيسى قراقع لوكالة «رويترز»".)
                && !is_lam_outlet_noun(self.norm(j))
                && !is_saying_noun(self.norm(j))
                && !is_clause_opener(self.norm(j))
                && self.norm(j).chars().count() > 1
            {
                let t = &self.toks[j];
                // A family name compounded with الله (فضل الله، الجار الله، ضيف الله) goes on
                // through it; no speaker here is God.
                if self.norm(j) == "الله" && is_allah_compound(self.norm(j - 1)) {
                    j += 1;
                    continue;
                }
                let connector = is_name_connector(self.norm(j));
                // (علي after بن is the father's name, not على: "فهد بن علي العوفي"; so is it
                // right after a given name when the name closes there: "محمد علي إن".)
                let ali_after_connector = self.tok_text(j) == "علي"
                    && (is_name_connector(self.norm(j - 1))
                        || (first_len > 0 && j == i + first_len && self.name_closes_after(j, b)));
                // After a connector a title word is a family name (آل الشيخ), and so is one that
                // closes the name right after a first name (علاء السيد، وهو محام).
                let family = is_name_connector(self.norm(j - 1))
                    || (first_len > 0 && j == i + first_len && self.name_closes_after(j, b));
                if !connector
                    && ((t.cue.is_some() && !ali_after_connector)
                        || (!family && (is_speaker_head(self.head(j)) || is_title(self.head(j)))))
                {
                    break;
                }
                // Past the first word after the first name, a name goes on through connectors
                // (بن، أبو، آل) and relative adjectives (المخلفي); another plain word belongs to it
                // only if the name closes right after ("محمد جواد ظريف إن"), so that the verb's
                // object is not read as a name ("عبدالله الحمراني | مغادرة جميع المصابين").
                // (After the abbreviated title with no given name the list knows, so from the
                // second word, "كشف د. الشعيبي وجود دراسات", unless it is a father's given name,
                // "د. عادل أحمد الصالح".)
                let past_surname = j > i + first_len.max(1)
                    || (after_abbreviation && first_len == 0 && !names.contains_key(self.norm(j)));
                if past_surname
                    && !connector
                    && !is_name_connector(self.norm(j - 1))
                    && !is_definite_adjective(self.norm(j))
                    && !self.name_closes_after(j, b)
                {
                    break;
                }
                j += 1;
            }
            // A first name alone is too weak; after a title one word is a name (العقيد الجابري).
            if j - i >= 2 || (after_title && j > i) {
                return Some((i, j, gender));
            }
            i = j.max(i + 1);
        }
        None
    }

    /// Whether the person named at `ms` is the genitive of a common noun heading the region at
    /// `first`: a bare word that is no name, title or speaker ("واستنكر تكليف رئيس الحكومة يوسف
    /// الشاهد": the appointment is the object, the subject is elided).
    fn in_construct(&self, first: usize, ms: usize) -> bool {
        ms > first
            && self.is_word(first)
            && self.mention(first).is_none()
            && self.toks[first].cue.is_none()
            && is_action_noun(self.norm(first))
            && (first + 1..ms).all(|j| self.is_word(j))
    }

    /// Whether the name starting at `i` (not before `floor`) is part of a place's name: right
    /// after a place noun, or after such a noun and a title ("جامعة الملك عبدالله").
    fn in_place_name(&self, i: usize, floor: usize) -> bool {
        (i > floor && self.names_place(i - 1))
            || (i > floor + 1 && self.is_name_title(i - 1) && self.names_place(i - 2))
    }

    /// Whether the word at `i` is a noun of a place or foundation often named after a person
    /// ("مدينة الملك سعود الطبية"، "جامعة الملك عبدالعزيز"، "بمستشفى الأمير محمد"), with or
    /// without a conjunction and a preposition.
    fn names_place(&self, i: usize) -> bool {
        is_place_noun_before_name(self.norm(i))
    }

    /// Whether the words at `k` are kin in apposition to the name before them: "غزاي الحربي ابن
    /// السجين" (ابن before a definite noun; before a name it joins the name).
    fn kin_apposition(&self, k: usize) -> bool {
        matches!(self.norm(k), "ابن" | "ابنه" | "شقيق" | "شقيقه")
            && k + 1 < self.toks.len()
            && self.norm(k + 1).starts_with("ال")
    }

    /// Whether word `j` is a preposition of time (بعد، قبل، منذ، أثناء، خلال، عقب، قبيل) taking an
    /// object: "الوزير بعد لقائه" ends the phrase before it; "تقرير ما بعد الوفاة" and "لم ينشر
    /// بعد،" do not.
    fn temporal_preposition(&self, j: usize) -> bool {
        matches!(
            self.norm(j),
            "بعد" | "قبل" | "منذ" | "اثناء" | "خلال" | "عقب" | "قبيل"
        ) && j > 0
            && self.norm(j - 1) != "ما"
            && j + 1 < self.toks.len()
            && self.is_word(j + 1)
    }

    /// Whether word `j` is a noun with a pronoun suffix and no article (مسؤوليته، موقفها): after a
    /// definite noun phrase it is the verb's object, never an adjective ("وأعلن التنظيم الإرهابي
    /// مسؤوليته عن …").
    fn is_suffixed_noun(&self, j: usize) -> bool {
        let n = self.norm(j);
        // (Not a preposition with a pronoun: "عدد من المقبوض عليهم".)
        let preposition = ["ه", "ها", "هم", "هما", "هن"].iter().any(|p| {
            n.strip_suffix(p).is_some_and(|stem| {
                matches!(
                    stem,
                    "علي" | "الي" | "لدي" | "عند" | "بين" | "من" | "عن" | "في" | "مع" | "حول"
                        | "ضد" | "دون" | "امام" | "خلف" | "عبر" | "منذ" | "فوق" | "تحت"
                        // (Nor "itself", "all of them": "المصادر نفسها"، "الدول كلها".)
                        | "نفس" | "ذات" | "انفس" | "كل" | "جميع" | "بعض"
                )
            })
        });
        // (Nouns of speech with "his": ه is also the folded teh marbuta, so the suffix alone
        // does not tell "حديثه" (his talk) from "حديثة" (new).)
        let his_speech = matches!(
            n,
            "حديثه"
                | "كلامه"
                | "تصريحه"
                | "خطابه"
                | "رده"
                | "تعليقه"
                | "مقاله"
                | "بيانه"
                | "تقريره"
                | "كتابه"
                | "موقفه"
        );
        his_speech
            || !preposition
                && !n.starts_with("ال")
                && n.chars().count() >= 5
                && ["ته", "تها", "ها", "هم", "هما"]
                    .iter()
                    .any(|p| n.ends_with(p))
    }

    /// The end of an unnamed noun phrase starting at `first`: before a comma, a complementizer, a
    /// cue, a preposition or a filler (باسم excepted); at most six words; not past `limit`.
    fn np_end(&self, first: usize, limit: usize) -> usize {
        // People named by a definite plural (المحتجون، المسؤولون، الأطباء) take adjectives,
        // which agree in definiteness, and no name: an indefinite word is the verb's object
        // ("طالب المحتجون برحيله"، "كتب المشاركون لافتات").
        let plural_head = is_people_plural(self.head(first));
        let definite = |j: usize| self.norm(j).starts_with("ال");
        let mut end = first + 1;
        while end < limit && end - first < 6 {
            let t = &self.toks[end];
            // A name in quotation marks: صحيفة «الوطن» المحلية، وكالة أنباء «رويترز». (After a
            // person, a short quote is what they said: وقال الوزير "الوضع خطير".)
            if let Some(after) = self
                .quoted_name_end(end, limit)
                .filter(|&after| self.named_by_quote(end - 1, after))
            {
                end = after;
                // (After the name a bare word is the verb's object: نقل موقع «يديعوت أحرونوت»
                // اعتراف الجيش. An adjective agrees with the article, صحيفة «الوطن» المحلية, or
                // is built with غير; a genitive with ل goes on, شركة «روتانا» للصوتيات، معهد «IAB»
                // لأبحاث التوظيف, and so does a body coordinated with و.)
                if end < limit
                    && self.is_word(end)
                    && self.toks[end].mention == NONE
                    && !self.norm(end).starts_with(['ل', 'و'])
                    && !self.norm(end).starts_with("ال")
                    && self.norm(end) != "غير"
                {
                    break;
                }
                continue;
            }
            // "أحد هذه المصادر": the demonstrative after "one of" goes on to its group.
            if is_demonstrative(self.norm(end)) && is_one_of(self.norm(end - 1)) && end + 1 < limit
            {
                end += 1;
                continue;
            }
            // A quantifier takes its group: "العديد من الإسرائيليين"، "عدد من المسؤولين".
            if self.norm(end) == "من" && is_quantifier(self.head(end - 1)) && end + 1 < limit {
                end += 1;
                continue;
            }
            // "لبي بي سي"، "لرويترز": the outlet the words were given to, not part of the phrase.
            let to_outlet = self.outlet_with_lam(end);
            // (A hashtag the gazetteer reads goes on like the name it is: "وزارة خارجية
            // #كوريا_الجنوبية".)
            let hashtag_name =
                self.toks[end].kind == TokenKind::Hashtag && self.toks[end].mention != NONE;
            let stop = !hashtag_name
                && (to_outlet
                || !self.is_word(end)
                || matches!(
                    t.cue,
                    Some(
                        Cue::Complementizer
                            | Cue::Verb { .. }
                            | Cue::Participle { .. }
                            | Cue::Relative
                            | Cue::Object
                            | Cue::Source
                    )
                )
                || (t.cue == Some(Cue::Filler)
                    && self.head(end) != "باسم"
                    // (A conference after a role in the construct state is its genitive:
                    // "رئيس مؤتمر ميونيخ للأمن", not "في مؤتمر صحفي".)
                    && !(self.norm(end) == "موتمر"
                        && is_role_head(self.head(end - 1))
                        && !definite(end - 1)))
                || is_praise(self.norm(end))
                || matches!(self.norm(end), "بالقول" | "للقول")
                // (After a role or a document the noun is its genitive: "المدير التنفيذي لوكالة"،
                // "التابع لوكالة"، "تقرير لصحيفة".)
                || (is_addressee(self.norm(end))
                    && !is_role_head(self.head(end - 1))
                    && !is_title_modifier(self.head(end - 1))
                    && !matches!(
                        self.head(end - 1),
                        "تابع" | "تابعه" | "تقرير" | "بيان" | "مقال" | "مقاله" | "تحقيق"
                    ))
                || self.temporal_preposition(end)
                // (أمام, لدى: "in front of", "at": a place, not the phrase's genitive; وهو,
                // ومقره open a clause about the phrase; قوله is "his saying" after the source.)
                || is_clause_opener(self.norm(end))
                // (ما opens the verb's object: "ووصفت وسائل الإعلام ما حدث بأنه"; حول says what
                // about; after a definite or named subject "عدة مرات" says how often, while
                // "مصادر عدة" is several sources.)
                || matches!(self.norm(end), "امام" | "لدي" | "ما" | "حول" | "ضمن")
                // ("مصدر وصفته بـ«المسؤول»": a clause on how the source was described.)
                || matches!(
                    self.norm(end),
                    "وصفته" | "وصفتها" | "وصفه" | "وصفها" | "وصفهم" | "وصفتهم"
                )
                || (self.norm(end) == "عده"
                    && (definite(end - 1) || self.toks[end - 1].mention != NONE))
                || is_saying_noun(self.norm(end))
                // "مصدر طلب عدم ذكر اسمه"، "مسؤول رفض الكشف عن هويته"، "مصدر لم تفصح عنه":
                // a clause about the source, who is not named.
                || (is_anonymity_opener(self.norm(end)) && self.toks[end].mention == NONE)
                // A plural verb in the past (تداولوا، كتبوا) ends the subject before it.
                || (is_plural_past(self.norm(end)) && self.toks[end].mention == NONE)
                || self.norm(end).chars().count() < 2
                || self
                    .mention(end)
                    .is_some_and(|m| m.entity.kind() == EntityKind::Person)
                // A given name after the role's words starts the name in apposition:
                // "المتحدث الرسمي لوزارة العمل تيسير المفرج".
                || (end > first + 1
                    && self.toks[end].mention == NONE
                    && first_names().contains_key(self.norm(end))
                    && !is_name_connector(self.norm(end - 1))
                    && !self.is_name_title(end - 1)
                    && definite(end - 1)));
            // After a definite genitive (نقابة الصحفيين), a definite word that is not an adjective
            // starts the verb's object: "ووصفت نقابة الصحفيين القرار بأنه …". After an indefinite
            // word it is that word's genitive: "المتحدث باسم الوزارة".
            let object = (plural_head
                && definite(first)
                && !definite(end)
                && self.toks[end].mention == NONE)
                || self.norm(end - 1).starts_with("ال")
                && self.toks[end].mention == NONE
                && (is_definite_noun(self.norm(end)) || self.is_suffixed_noun(end))
                // ("المنتهية ولايتها": outgoing.)
                && !(self.norm(end - 1) == "المنتهيه"
                    && matches!(self.norm(end), "ولايته" | "ولايتها"));
            // After a definite institution (الوكالة، الصحيفة) or one with a definite genitive
            // (وزارة الطيران المدني) an indefinite word is the verb's object: "ولم تذكر الوكالة
            // تفاصيل". (A name follows an indefinite head, an outlet's even after a definite
            // word: صحيفة نيويورك تايمز، صحيفة الصنداي تايمز.)
            let institution_object = is_institution(self.head(first))
                && (definite(first) || !is_media_head(self.head(first)))
                && (definite(end - 1) || is_prepositional(self.norm(end - 1)))
                && self.toks[end].mention == NONE
                && self.toks[end].kind == TokenKind::ArabicWord
                && {
                    // (Not a word with a proclitic, which may be a genitive, a coordinated
                    // adjective or a prepositional phrase of the name: للإعلام، والمحلية، بمقاطعة;
                    // nor غير, ذات, نفس, which build adjectives: المنظمة غير الحكومية.)
                    let w = self.norm(end);
                    !w.starts_with(['ا', 'و', 'ف', 'ب', 'ل', 'ك'])
                        && !matches!(w, "غير" | "ذاته" | "ذاتها" | "نفسه" | "نفسها")
                };
            // Nor does a definite noun take a country's name without the article as its
            // genitive: "وطالبت المجموعة روسيا" names the object. (A name with the article may be
            // an adjective: السلطات السعودية.)
            let country_object = definite(end - 1)
                && self.mention(end).is_some_and(|m| {
                    let k = self.toks[end].mention as usize;
                    self.mtoks[k].0 == end
                        && m.entity.kind() == EntityKind::Country
                        && matches!(m.via, Via::Name | Via::Capital)
                        && m.prefix.is_none()
                        && (!self.norm(end).starts_with("ال")
                            // (A feminine name after a masculine role is no adjective of it:
                            // "ووصف المرشد الأعلى السعودية بأنها".)
                            || (is_role_head(self.head(first))
                                && !self.head(first).ends_with('ه')
                                && self.norm(end).ends_with('ه')))
                });
            // A definite noun takes no genitive: a bare feminine noun after it, no given name, is
            // the verb's object ("وأبلغت السفيرة مجموعة صغيرة من الصحفيين").
            // (So is a bare feminine plural: "أورد التقرير مبررات مشرعين".)
            let w = self.norm(end);
            let feminine_object = definite(end - 1)
                && self.toks[end].mention == NONE
                && self.toks[end - 1].mention == NONE
                && ((w.ends_with('ه')
                    // (Not a pronoun's: المصدر نفسه، المصدر ذاته، القائمون عليه.)
                    && !w.ends_with("ته")
                    && !matches!(w, "نفسه" | "عينه" | "عليه"))
                    || (w.ends_with("ات") && w.chars().count() >= 5))
                && w.chars().count() >= 4
                && !w.starts_with(['ا', 'و', 'ف', 'ب', 'ل', 'ك'])
                && !first_names().contains_key(w);
            if stop || object || institution_object || country_object || feminine_object {
                break;
            }
            end += 1;
            // A role ends with its country or body (المتحدث باسم الحكومة التركية): what follows
            // is the name.
            let t = self.toks[end - 1].mention;
            // (Coordinated demonyms go on: الحكومتان الإسبانية والمغربية.)
            let and_demonym = end < limit
                && self.norm(end).starts_with('و')
                && self.mention(end).is_some_and(|m| {
                    m.via == Via::Demonym && m.span.start > self.tokens[end].start()
                });
            // (A body's name goes on past its nation's adjective with a لل genitive: "الشركة
            // السعودية للكهرباء"، "المركز الوطني الأميركي للأعاصير".)
            let body_genitive = t != NONE
                && end < limit
                && is_institution(self.head(first))
                && self.mentions[t as usize].via == Via::Demonym
                && self.norm(end).starts_with("لل")
                && self.toks[end].mention == NONE;
            if t != NONE
                && end < limit
                && self.toks[end].mention != t
                && self.mentions[t as usize].entity.kind() != EntityKind::Person
                && !and_demonym
                && !body_genitive
            {
                break;
            }
        }
        // A place noun in the construct state takes the place's name even past the phrase's
        // usual length: "المتحدث الرسمي بالمديرية العامة للمياه بمنطقة الرياض".
        if end - first == 6
            && end < limit
            && self.is_word(end)
            && self.toks[end].cue.is_none()
            && !definite(end - 1)
            && is_place_noun(without_particles(self.head(end - 1)))
        {
            end += 1;
            // (With its adjective or the rest of its mention: منطقة الحدود الشمالية.)
            if end < limit
                && self.is_word(end)
                && (is_definite_adjective(self.norm(end))
                    || self.toks[end].mention != NONE
                        && self.toks[end].mention == self.toks[end - 1].mention)
            {
                end += 1;
            }
        }
        end.min(limit)
    }

    /// A name the gazetteer does not know right after an unnamed noun phrase ending at `end`:
    /// "شاهدة عيان، إيوالينا أوتشاب، إن" or "المتحدث باسم الحكومة بكر بوزداج إن". One to four plain
    /// words, closed by a comma or by the end of the region.
    fn name_after(&self, end: usize, b: usize) -> Option<(usize, usize)> {
        let comma = end < b && is_punct(&self.tokens[end], COMMAS);
        let start = if comma { end + 1 } else { end };
        // ("شاهدة عيان، تدعى إيوالينا أوتشاب": the name follows the verb of naming.)
        let named = start + 1 < b && is_naming_verb(self.norm(start));
        let start = if named { start + 1 } else { start };
        // A definite common noun right after the phrase is the verb's object (ووصف الوزير الميتمي
        // الأوضاع …), not a name; surnames with the article are relative adjectives (الميتمي).
        // (A Maghrebi given name keeps its article: "السياسي الطاهر بن حسين".)
        let article_name = start < b && article_given_name(self.norm(start));
        if !comma && start < b && is_definite_noun(self.norm(start)) && !article_name {
            return None;
        }
        // Nor, with no comma, a word opening with ل or ب: the phrase goes on ("الاتحاد الألماني
        // لكرة القدم"); nor a clause about an unnamed source ("مصدر عسكري طلب عدم ذكر اسمه").
        if !comma
            && start < b
            && (matches!(self.norm(start).chars().next(), Some('ل' | 'ب'))
                || is_anonymity_opener(self.norm(start))
                || self.norm(start) == "ما")
        {
            return None;
        }
        // Nor a feminine common noun with no comma: "ووصف الأطباء حالة المرأة بأنها" (the
        // object), unlike a given name (أسامة).
        if !comma
            && start < b
            && self.norm(start).ends_with('ه')
            && !self.norm(start).starts_with("ال")
            && !first_names().contains_key(self.norm(start))
        {
            return None;
        }
        let given = start < b && first_names().contains_key(self.norm(start));
        // After a given name, a mention or a prepositional word ends the name: "مدير المركز أحمد
        // جمعة لبي بي سي".
        let ends_given_name = |j: usize| {
            self.mention(j).is_some()
                || (self.is_word(j)
                    && (is_place_preposition(self.head(j))
                        || is_addressee(self.norm(j))
                        || is_prepositional(self.norm(j))))
        };
        let mut j = start;
        while j < b
            && j - start < 4
            && self.is_word(j)
            // (علي after a given name is the name Ali, not على: "أحمد علي ضاهر".)
            && (self.toks[j].cue.is_none() || (given && j > start && self.tok_text(j) == "علي"))
        {
            if given && j > start && ends_given_name(j) {
                break;
            }
            // (A single letter is a particle, not a name: "متحدثة باسم الشرطة، لـCNN، إن".)
            if self.mention(j).is_some()
                || is_speaker_head(self.head(j))
                || is_praise(self.norm(j))
                || self.norm(j).chars().count() < 2
                || is_place_preposition(self.head(j))
                || is_plural_past(self.norm(j))
                || is_clause_opener(self.norm(j))
                || self.norm(j) == "بشده"
            {
                return None;
            }
            // ("his saying" after the source closes the name: "عن …، لين معلوف قولها".)
            if is_saying_noun(self.norm(j)) {
                break;
            }
            j += 1;
        }
        if j == start || j - start > 3 {
            return None;
        }
        // Closed by a comma (apposition), a filler (في تغريدة، الأحد) or the region's end.
        // (A name opening with a given name may also end before a preposition or a cue: "تحدث
        // لاعب الهلال محمد الشلهوب عن معسكر الفريق".)
        let closed = (j < b
            && (is_punct(&self.tokens[j], COMMAS)
                || self.toks[j].cue == Some(Cue::Filler)
                || (self.is_word(j) && is_saying_noun(self.norm(j)))
                || (given
                    && (self.toks[j].cue.is_some()
                        || ends_given_name(j)
                        || (self.is_word(j)
                            && matches!(self.norm(j), "عن" | "علي" | "من" | "الي" | "مع"))))))
            || j == b;
        // (A given name alone right before the reported words is a name too: "وصرح مدير الموارد
        // البشرية خالد بأنه".)
        // So is one word after a verb of naming: "شقيق الضحية، ويدعى حمدان،".
        let alone = j == start + 1
            && (named || (given && (j == b || self.toks[j].cue == Some(Cue::Complementizer))));
        (closed && (j - start >= 2 || alone)).then_some((start, j))
    }

    /// The publisher the gazetteer knows of the report whose noun is at `a`, named after a verb
    /// of publishing: "تقرير نشرته صحيفة الغارديان"، "خبر أوردته وكالة الأنباء الفرنسية"، "تقرير
    /// بثته قناة الجزيرة". (A statement's issuer is another matter: see [`Self::issuer_of`].)
    fn publisher(&self, a: usize) -> Option<&Mention> {
        if !matches!(
            self.head(a),
            "خبر" | "تقرير" | "مقال" | "مقاله" | "تحقيق" | "دراسه"
        ) {
            return None;
        }
        // (After an adjective or a relative pronoun: "خبر عاجل أورده"، "التقرير الذي نشرته".)
        let verb = (a + 1..(a + 3).min(self.toks.len()))
            .take_while(|&j| self.is_word(j))
            .find(|&j| is_publishing_verb(self.norm(j)))?;
        // (The verb may end the text.)
        (verb + 1 < self.toks.len())
            .then(|| self.mention(verb + 1))
            .flatten()
            .filter(|m| m.via == Via::Name && m.entity.kind() != EntityKind::Person)
    }

    /// Where the statement noun at `a` names its issuer: "الصادر عن X", "لـX", "أصدرته X", or
    /// (after the indefinite بيان) a definite noun it governs (بيان الجيش). The issuer's first
    /// token.
    fn issuer_of(&self, a: usize) -> Option<usize> {
        let word = |k: usize| k < self.toks.len() && self.is_word(k);
        // (After an adjective of the statement and a comma: "بيان مقتضب، لألوية العمالقة".)
        let j = if word(a + 1)
            && matches!(self.norm(a + 1), "مقتضب" | "رسمي" | "مكتوب" | "منفصل")
            && a + 3 < self.toks.len()
            && is_punct(&self.tokens[a + 2], COMMAS)
            && self.norm(a + 3).starts_with('ل')
        {
            a + 3
        } else {
            a + 1
        };
        if !word(j) {
            return None;
        }
        let next = self.norm(j);
        if matches!(self.head(j), "الصادر" | "صادر" | "الصادره" | "صادره")
            && word(j + 2)
            && matches!(self.head(j + 1), "عن" | "من")
        {
            return Some(j + 2);
        }
        if next.starts_with("اصدر") && word(j + 1) {
            return Some(j + 1);
        }
        let of = next.starts_with("لل")
            || (next.starts_with('ل')
                && next.chars().count() > 3
                && !next.starts_with("له")
                && !next.starts_with("لنا"));
        // (بيان وزارة الخزانة: a chain of nouns that ends definite; not an adjective, بيان رسمي.)
        // (Nor a word with "his" as written, بيان مكتبه: whose it is was said before.)
        let chain = word(j + 1)
            && self.norm(j + 1).starts_with("ال")
            && self.toks[j + 1].cue.is_none()
            && !self.tok_text(j).ends_with('ه')
            && !matches!(
                next,
                "رسمي"
                    | "مشترك"
                    | "صحفي"
                    | "صحافي"
                    | "مقتضب"
                    | "منفصل"
                    | "لاحق"
                    | "سابق"
                    | "جديد"
                    | "اخر"
                    | "مكتوب"
                    | "متلفز"
            );
        let construct = !self.norm(a).contains("ال")
            && self.toks[j].cue.is_none()
            && (next.starts_with("ال") || chain);
        (of || construct).then_some(j)
    }

    /// An unnamed speaker over tokens `a..b`, linked to a person or organization when its head noun
    /// and country match a role named earlier (الوزير الأميركي → the US minister in apposition).
    fn unnamed(&self, a: usize, b: usize) -> Cand {
        let span = self.span(a, b);
        // "متحدث باسم الوزير": the spokesman is unnamed; the minister, if known, is the agent.
        if let Some(k) = (a + 1..b).find(|&i| self.head(i) == "باسم") {
            let mut c = self.unnamed(a, k);
            c.speaker.span = span;
            c.speaker.entity = None;
            c.agent = (k + 1 < b)
                .then(|| self.unnamed(k + 1, b))
                .filter(|p| p.speaker.entity.is_some())
                .map(|p| p.speaker);
            return c;
        }
        let head = self.head(a).to_string();
        let country = (a..b)
            .filter_map(|i| self.mention(i))
            .find(|m| m.entity.kind() == EntityKind::Country)
            .map(|m| m.entity.id().to_string());
        // (الله, whose head is له, is not a feminine noun. والده is والدة "mother" or والده
        // "his father": the letter as written tells.)
        let fem_head = if head == "والده" {
            self.tok_text(a).ends_with('ة')
        } else {
            feminine_head(self.norm(a), &head) && head != "وزاره" && self.norm(a) != "الله"
        };
        // (States, a plural of things, take a feminine verb: after "اتهم الدول" the subject is
        // someone else, and the states the object.)
        let bare = || Cand {
            speaker: Speaker { span, entity: None },
            gender: (fem_head || head == "دول").then_some(Gender::Female),
            human: !matches!(
                head.as_str(),
                "بيان" | "وزاره" | "تقرير" | "وكاله" | "صحيفه"
            ),
            agent: None,
            said_fem: None,
        };
        // A report that names who published it: that publisher, when the gazetteer knows it.
        if let Some(m) = self.publisher(a) {
            return Cand::of(m);
        }
        // A phrase that names its referent in quotation marks (صحيفة "صباح") is nobody named
        // earlier, but a body named before whose name ends with the quoted word ("وكالة أنباء
        // فارس"، then وكالة أنباء «فارس» الإيرانية).
        if let Some(open) = (a..b).find(|&i| self.toks[i].kind == TokenKind::Quote) {
            // (One quoted word right after the head noun, or after وكالة أنباء; an outlet's
            // noun names an outlet, "موقع «حماس»" is Hamas's site, not Hamas.)
            let outlet = is_media_head(&head);
            let quoted = (open + 1 < b
                && self.is_word(open + 1)
                && (open == a + 1 || (open == a + 2 && self.head(a + 1) == "انباء")))
                .then(|| self.norm(open + 1))
                .filter(|_| open + 2 < b && self.toks[open + 2].kind == TokenKind::Quote);
            let before = partition_near(self.mentions, self.near.get().mention, |m| {
                m.span.end <= span.start
            });
            let named = quoted.and_then(|q| {
                (before.saturating_sub(LOOKBACK)..before)
                    .rev()
                    .map(|k| (k, &self.mentions[k]))
                    .find(|(k, m)| {
                        m.entity.kind() == EntityKind::Organization
                            && m.via == Via::Name
                            && (m.entity.org_type() == Some("media")) == outlet
                            && self.mtoks[*k].1 > self.mtoks[*k].0
                            && self.norm(self.mtoks[*k].1 - 1) == q
                    })
            });
            let mut c = bare();
            if let Some((_, m)) = named {
                c.speaker.entity = Some(m.entity.clone());
            }
            return c;
        }
        // A person in apposition whose role has the same head noun (and country, when the phrase
        // names one): "الوزير" is the minister named earlier, but "الحزب" is not the party's
        // leader, whose role only names it ("زعيم حزب العمال").
        // Look back a bounded way (coreference rarely reaches further), so that many unnamed
        // speakers in a long text stay linear.
        let before = partition_near(&self.appositions, self.near.get().apposition, |ap| {
            self.mentions[ap.mention].span.start < span.start
        });
        let person = self.appositions[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .rev()
            .find(|ap| {
                let (rs, re) = ap.role_toks;
                rs < re
                    && self.head(rs) == head
                    && (country.is_none() || ap.country == country)
                    // (رئيس الوزراء is no رئيس: the president is another person.)
                    && self.heads_government(rs, re) == self.heads_government(a, b)
            })
            .map(|ap| &self.mentions[ap.mention]);
        // Failing that, the person the gazetteer knows to hold the office that the phrase names
        // with its country, named last before it: "الرئيس التركي" after "أردوغان".
        if let Some(m) = person.or_else(|| self.office_holder(a, b, span, &head)) {
            return Cand {
                speaker: Speaker {
                    span,
                    entity: Some(m.entity.clone()),
                },
                gender: m.entity.gender(),
                human: true,
                agent: None,
                said_fem: None,
            };
        }
        // "البيان" speaks for whoever issued it: the body (or person) named last before it.
        if head == "بيان" {
            // بيان البيت الأبيض / بيان الوزارة: the issuer follows the noun.
            if let Some(m) = (a + 1..b)
                .find_map(|i| self.mention(i))
                .filter(|m| m.via == Via::Name)
            {
                return Cand::of(m);
            }
            // بيان للجيش / البيان الصادر عن الوزارة / بيان أصدرته الشرطة: the phrase names an
            // issuer the gazetteer does not know; it is not whoever was named before.
            let before = partition_near(self.mentions, self.near.get().mention, |m| {
                m.span.end <= span.start
            });
            // (The noun phrase may end before the issuer: read on to the sentence.)
            if let Some(k) = self.issuer_of(a) {
                // An issuer the gazetteer knows is the speaker, as after أصدرته ("بيان صادر عن
                // البيت الأبيض").
                if let Some(m) = self.mention(k).filter(|m| m.via == Via::Name) {
                    return Cand::of(m);
                }
                // The body named before whose name the issuer's noun opens ("بيان الجيش" after
                // "الجيش الإسرائيلي"); else the phrase as written.
                let noun = self.head(k);
                let noun = noun
                    .strip_prefix("لل")
                    .or_else(|| noun.strip_prefix('ل'))
                    .unwrap_or(noun);
                let noun = noun.strip_prefix("ال").unwrap_or(noun);
                let named = (before.saturating_sub(LOOKBACK)..before)
                    .rev()
                    .map(|m| (m, &self.mentions[m]))
                    .find(|(m, e)| {
                        e.via == Via::Name
                            && e.entity.kind() == EntityKind::Organization
                            && self.head(self.mtoks[*m].0).trim_start_matches("ال") == noun
                    });
                if let Some((_, m)) = named {
                    return Cand::of(m);
                }
                let mut c = bare();
                c.speaker.span = self.span(a, self.np_end(k, self.toks.len()).max(k + 1));
                return c;
            }
            // A final or joint statement (البيان الختامي، البيان المشترك) is a meeting's: its
            // issuer is a body named before (مجلس التعاون، مجموعة السبع), never a person, an
            // army or whoever else was named last.
            let meeting = a + 1 < b && matches!(self.norm(a + 1), "الختامي" | "المشترك");
            let may_issue = |m: &Mention| {
                !meeting
                    || (m.entity.kind() == EntityKind::Organization
                        && !matches!(m.entity.org_type(), Some("military" | "security")))
            };
            // The latest mention before the phrase, outside quotations, that `fits` (by index).
            // (Not a body named inside a quotation: «ندعو الحكومة الإثيوبية …» is not its issuer.)
            let latest = |fits: &dyn Fn(usize) -> bool| {
                (before.saturating_sub(LOOKBACK)..before)
                    .rev()
                    .filter(|&k| !self.inside(self.mtoks[k].0))
                    .find(|&k| fits(k))
                    .map(|k| &self.mentions[k])
            };
            let word = |j: usize| {
                if j < self.toks.len() && self.is_word(j) {
                    self.norm(j)
                } else {
                    ""
                }
            };
            // Whoever was said to speak in a statement before: "أعلن الكرملين في بيان"، "أصدر
            // الجيش بيانا" (not the person that statement named last).
            let issued = latest(&|k| {
                let m = &self.mentions[k];
                let end = self.mtoks[k].1;
                m.via == Via::Name
                    && m.entity.kind() != EntityKind::Country
                    && m.entity.org_type() != Some("media")
                    && may_issue(m)
                    && (word(end) == "بيانا"
                        || (word(end) == "في" && matches!(word(end + 1), "بيان" | "بيانه")))
            });
            if let Some(m) = issued {
                return Cand::of(m);
            }
            // (Nor an outlet that obtained the statement, "حصلت CNN على نسخة منه", nor a body after
            // a preposition, "بعد اجتماع للمجلس الوطني".)
            let issuer = latest(&|k| {
                let m = &self.mentions[k];
                let first = self.mtoks[k].0;
                // (A body after a preposition is the issuer only when a statement noun
                // governs it: "بيان للأمم المتحدة".)
                let governed = first > 0
                    && matches!(
                        self.head(first - 1),
                        "بيان" | "تقرير" | "تصريح" | "بيانا" | "تقريرا" | "رساله"
                    );
                m.via == Via::Name
                    && m.entity.kind() != EntityKind::Country
                    && m.entity.org_type() != Some("media")
                    && may_issue(m)
                    && (governed
                        || !m.prefix.is_some_and(|p| {
                            p.slice(self.text)
                                .trim_start_matches(['و', 'ف'])
                                .starts_with(['ل', 'ب', 'ك'])
                        }))
            });
            if let Some(m) = issuer {
                return Cand::of(m);
            }
        }
        // A person the gazetteer does not know, named earlier in apposition to the same role: the
        // speaker is that name.
        let before = partition_near(&self.local_names, self.near.get().local_name, |l| {
            l.2.end <= span.start
        });
        let local = self.local_names[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .rev()
            .find(|(h, c, _)| *h == head && (country.is_none() || *c == country));
        if let Some((_, _, name)) = local {
            return Cand::unknown(*name, None);
        }
        // An organization named earlier whose name starts with the same noun (الوزارة → وزارة …),
        // of the country an adjective or the genitive of the phrase names (الاتحاد الكرواتي is
        // not the European Union, nor حكومة البحرين Jordan's government).
        let qualifying_country = (a..b)
            .filter_map(|i| Some((i, self.mention(i)?)))
            .find(|(i, m)| {
                m.entity.kind() == EntityKind::Country
                    && (m.via == Via::Demonym || (*i == a + 1 && m.prefix.is_none()))
            })
            .map(|(_, m)| m.entity.id());
        let before = partition_near(self.mentions, self.near.get().mention, |m| {
            m.span.end <= span.start
        });
        let org = self.mentions[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .enumerate()
            .rev()
            .find(|&(k, m)| {
                m.span.end <= span.start
                    && m.entity.kind() == EntityKind::Organization
                    && qualifying_country.is_none_or(|c| m.entity.country() == Some(c))
                    && self.first_head_is(before.saturating_sub(LOOKBACK) + k, &head)
            })
            .map(|(_, m)| m);
        if let Some(m) = org {
            return Cand {
                speaker: Speaker {
                    span,
                    entity: Some(m.entity.clone()),
                },
                gender: None,
                human: false,
                agent: None,
                said_fem: None,
            };
        }
        bare()
    }

    /// Whether the role `a..b` is a head of government's: رئيس الوزراء، رئيس وزراء قطر، رئيس
    /// الحكومة.
    fn heads_government(&self, a: usize, b: usize) -> bool {
        a + 1 < b
            && self.head(a) == "رييس"
            && self.is_word(a + 1)
            && matches!(self.norm(a + 1), "الوزراء" | "الحكومه" | "وزراء" | "حكومه")
    }

    /// The person named last before `span` (within the lookback) whom the gazetteer gives the
    /// office that `a..b` names: a head noun (الرئيس، رئيس الوزراء، وزير الخارجية، الملك، ولي
    /// العهد), its complement, and a country by name or demonym, nothing else. (A former holder
    /// too, "رئيس الوزراء الماليزي السابق" after "نجيب رزاق": the article's time is unknown, and
    /// the holder it names is the best guess either way.)
    fn office_holder(&self, a: usize, b: usize, span: Span, head: &str) -> Option<&'a Mention> {
        let mut k = a + 1;
        let complement = if k < b && self.is_word(k) {
            self.norm(k)
        } else {
            ""
        };
        let titles: &[&str] = match (head, complement) {
            ("رييس", _) if self.heads_government(a, b) => &["Prime Minister of"],
            ("رييس", _) => &["President of"],
            ("وزير", "الخارجيه") => &[
                "Foreign Minister of",
                "US Secretary of State",
                "UK Foreign Secretary",
            ],
            ("وزير", "الدفاع") => &[
                "Defence Minister of",
                "US Secretary of Defense",
                "UK Defence Secretary",
            ],
            ("وزير", "الداخليه") => &["Interior Minister of", "UK Home Secretary"],
            ("ملك" | "عاهل", _) => &["King of"],
            ("ولي", "العهد") => &["Crown Prince of"],
            _ => return None,
        };
        if titles.len() > 1 || matches!(complement, "الوزراء" | "الحكومه" | "العهد")
        {
            k += 1;
        }
        // The rest is the country: one mention, by name or demonym, up to the phrase's end.
        if k >= b {
            return None;
        }
        let country = self
            .mention(k)
            .filter(|m| m.entity.kind() == EntityKind::Country)?;
        let (_, end) = self.mtoks[self.toks[k].mention as usize];
        if end != b {
            return None;
        }
        let before = partition_near(self.mentions, self.near.get().mention, |m| {
            m.span.end <= span.start
        });
        self.mentions[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .rev()
            .find(|m| {
                m.entity.kind() == EntityKind::Person
                    && m.entity.country() == Some(country.entity.id())
                    && m.entity
                        .roles()
                        .iter()
                        .any(|r| titles.iter().any(|t| r.title.starts_with(t)))
            })
    }

    fn tok_range(&self, span: Span) -> (usize, usize) {
        let a = partition_near(self.tokens, self.near.get().token, |t| {
            t.end() <= span.start
        });
        let b = partition_near(self.tokens, a, |t| t.start() < span.end);
        (a, b.max(a + 1).min(self.toks.len()))
    }

    /// Whether the first head noun of mention `k` is `head`.
    fn first_head_is(&self, k: usize, head: &str) -> bool {
        let m = &self.mentions[k];
        let a = self.mtoks[k].0;
        if self.tokens[a].start() == m.span.start {
            return self.head(a) == head;
        }
        // The mention starts inside its token (after a proclitic): normalize the name itself.
        self.first_head_of(m) == head
    }

    fn first_head_of(&self, m: &Mention) -> String {
        let (a, _) = self.tok_range(m.span);
        let mut s = self.head(a).to_string();
        // The mention may start inside its token (after a proclitic): normalize the name itself.
        if self.tokens[a].start() != m.span.start {
            s.clear();
            Normalizer::matching().normalize_into(
                m.span
                    .slice(self.text)
                    .split_whitespace()
                    .next()
                    .unwrap_or(""),
                &mut s,
            );
            if let Some(r) = s.strip_prefix("ال") {
                s = r.to_string();
            }
        }
        s
    }

    /// Finds role phrases in apposition to person mentions.
    fn find_appositions(&mut self, sentences: &[Sentence]) {
        let mut out = Vec::new();
        // Mentions come in text order: the sentence of each is found on from the last one's.
        let mut si = 0;
        for (k, m) in self.mentions.iter().enumerate() {
            if m.entity.kind() != EntityKind::Person || m.via == Via::Demonym {
                continue;
            }
            let (ms, _) = self.mtoks[k];
            si = partition_near(sentences, si, |s| s.tokens.end <= ms);
            let floor = sentences
                .get(si)
                .filter(|s| s.tokens.contains(&ms))
                .map_or(0, |s| s.tokens.start);
            // Skip a title right before the name (الأمير، الشيخ، الرئيس، الجنرال).
            let mut j = ms;
            while j > floor && is_title(self.head(j - 1)) && self.toks[j - 1].mention == NONE {
                j -= 1;
            }
            if j > floor && is_punct(&self.tokens[j - 1], COMMAS) {
                j -= 1;
            }
            let role_end = j;
            let mut start = role_end;
            while start > floor && role_end - start < 7 {
                let i = start - 1;
                // (No role holds "with" or a preposition with a pronoun: "الرئيس الأميركي أول
                // قمة له مع بوتين" names Putin as the other party, not as the president.)
                if !self.is_word(i)
                    || matches!(self.norm(i), "مع" | "ومع")
                    || is_preposition_with_pronoun(self.norm(i))
                    || matches!(
                        self.toks[i].cue,
                        Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
                    )
                    || (self.toks[i].mention != NONE
                        && self.mentions[self.toks[i].mention as usize].entity.kind()
                            == EntityKind::Person)
                {
                    break;
                }
                start = i;
                if is_role_head(self.head(i)) {
                    break;
                }
            }
            // A deputy's role opens with the deputy word: "نائب رئيس الوزراء التركي بكير بوزداغ"
            // is no "رئيس" (no later "الرئيس التركي" is he).
            if start > floor
                && start < role_end
                && self.is_word(start - 1)
                && matches!(self.norm(start - 1), "نايب" | "مساعد" | "وكيل")
            {
                start -= 1;
            }
            // The phrase must start with a role noun.
            let Some(rs) = (start..role_end).find(|&i| is_role_head(self.head(i))) else {
                continue;
            };
            let role = self.span(rs, role_end);
            let country = (rs..role_end)
                .filter_map(|i| self.mention(i))
                .find_map(|r| match r.entity.kind() {
                    EntityKind::Country => Some(r.entity.id().to_string()),
                    EntityKind::Organization => r.entity.country().map(String::from),
                    _ => None,
                });
            let country = country.or_else(|| m.entity.country().map(String::from));
            out.push(Appos {
                role,
                role_toks: (rs, role_end),
                mention: k,
                country,
            });
        }
        self.appositions = out;
        // "ROLE، NAME NAME، …": a name of two or three plain words between commas after a role.
        let mut local = Vec::new();
        let n = self.toks.len();
        for &c1 in &self.commas {
            let mut j = c1 + 1;
            while j < n
                && j - c1 <= 4
                && self.is_word(j)
                && self.toks[j].cue.is_none()
                && self.toks[j].mention == NONE
                && !is_speaker_head(self.head(j))
            {
                j += 1;
            }
            let words = j - c1 - 1;
            if !(2..=3).contains(&words) || j >= n || !is_punct(&self.tokens[j], COMMAS) {
                continue;
            }
            // The role before the first comma: a role head within five words.
            let Some(rs) =
                (c1.saturating_sub(5)..c1).find(|&i| self.is_word(i) && is_role_head(self.head(i)))
            else {
                continue;
            };
            if (rs..c1).any(|i| !self.is_word(i)) {
                continue;
            }
            // Not a prepositional phrase ("القاضية، بمحكمة بريستول الملكية،"), nor after a role
            // that has its name already ("القاضية نيكولا ديفيز، بمحكمة …").
            // (No feminine common noun before the last word, where a family name may end so:
            // "المدعي العام لولاية يوتا، محل إقامة هانسن،" is a place.)
            let named = (c1 + 1..j - 1).all(|i| {
                let w = self.norm(i);
                !w.ends_with('ه') || first_names().contains_key(w)
            });
            if !named {
                continue;
            }
            let first = self.norm(c1 + 1);
            // (Nor a phrase of company or occasion: "بحضور المندوبين الجهويين".)
            let noun = first
                .strip_prefix(['ب', 'ل', 'ك'])
                .is_some_and(|n| is_institution(n) || is_speaker_head(n))
                || matches!(
                    first,
                    "بحضور" | "بمشاركه" | "برفقه" | "برعايه" | "بمناسبه" | "بحسب"
                );
            if noun || (rs + 1..c1).any(|i| first_names().contains_key(self.norm(i))) {
                continue;
            }
            let country =
                (rs..c1)
                    .filter_map(|i| self.mention(i))
                    .find_map(|r| match r.entity.kind() {
                        EntityKind::Country => Some(r.entity.id().to_string()),
                        EntityKind::Organization => r.entity.country().map(String::from),
                        _ => None,
                    });
            local.push((self.head(rs).to_string(), country, self.span(c1 + 1, j)));
        }
        self.local_names = local;
    }
}

/// Whether a word (matching-normalized) can be part of a person's name: shaped as one, and no
/// role, title, institution, place or common word naming people (أمير منطقة الباحة is no name).
pub(crate) fn is_name_word(norm: &str) -> bool {
    let head = norm
        .strip_prefix("ال")
        .filter(|r| r.chars().count() > 1)
        .unwrap_or(norm);
    name_shaped(norm)
        && lexicon::cue_of(norm).is_none()
        && !is_role_head(head)
        && !is_institution(head)
        && !is_human_noun(head)
        && !is_place_noun(head)
        && !is_title(head)
}

/// Whether a matching-normalized word is a verb, participle, complementizer or source word of
/// reported speech (قال، يقول، مؤكدا، أن، وفقا): it makes a sentence, not a dateline.
pub(crate) fn is_cue_word(norm: &str) -> bool {
    lexicon::cue_of(norm).is_some_and(|(c, _)| {
        matches!(
            c,
            Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer | Cue::Source
        )
    })
}

/// Common first names (normalized) and their gender, from `data/names/first-names.tsv`.
pub(crate) fn first_names() -> &'static WordMap<String, Gender> {
    static NAMES: OnceLock<WordMap<String, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let n = Normalizer::matching();
        include_str!("../../data/names/first-names.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                let gender = match g.trim() {
                    "f" => Gender::Female,
                    _ => Gender::Male,
                };
                let mut s = String::new();
                n.normalize_into(name.trim(), &mut s);
                Some((s, gender))
            })
            .collect()
    })
}

fn speaker_of(m: &Mention) -> Speaker {
    Speaker {
        span: m.span,
        entity: Some(m.entity.clone()),
    }
}

/// Whether a definite word reads as an adjective of the noun before it: a relative adjective
/// (الأمريكية، الرسمي، الصحفيين) or one of the common others (العام، السابق، الأعلى …).
fn is_adjective(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    ["ي", "يه", "يين", "يون", "يان", "ييه"]
        .iter()
        .any(|s| w.ends_with(s))
        || matches!(
            w,
            "عام"
                | "عامه"
                | "سابق"
                | "سابقه"
                | "اسبق"
                | "اول"
                | "اولي"
                | "اعلي"
                | "جديد"
                | "جديده"
                | "كبير"
                | "كبري"
                | "مساعد"
                | "مساعده"
                | "مكلف"
                | "مكلفه"
                | "مستقل"
                | "مستقله"
                | "متحده"
                | "عليا"
                | "اعلى"
                | "تنفيذي"
                | "دايم"
                | "دايمه"
                | "مشترك"
                | "مشتركه"
                | "موقت"
                | "موقته"
                | "منتخب"
                | "منتخبه"
                | "ثاني"
                | "ثانيه"
                | "اخر"
                | "عسكري"
                | "مركزي"
                | "وطني"
                // Numbers after a plural (الدول الثلاث، الدول الأربع) and its members (الدول
                // الأعضاء).
                | "ثلاث"
                | "اربع"
                | "خمس"
                | "ست"
                | "سبع"
                | "ثماني"
                | "تسع"
                | "عشر"
                | "اعضاء"
        )
}

/// Whether `test` holds for the singular of a dual noun (حكومتان → حكومه، الوزيران → وزير).
/// Speaker-head checks run on every word: see [`respelled`].
fn dual_singular(head: &str, test: impl Fn(&str) -> bool) -> bool {
    respelled(
        head,
        &[("تان", "ه"), ("تين", "ه"), ("ان", ""), ("ين", "")],
        test,
    )
}

/// Whether `test` holds for `head` with the first of `endings` it has replaced (`(ending,
/// replacement)`), the stem keeping three letters or more; the word is built on the stack.
fn respelled(head: &str, endings: &[(&str, &str)], test: impl Fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 64];
    for (ending, replacement) in endings {
        let Some(stem) = head.strip_suffix(ending) else {
            continue;
        };
        let len = stem.len() + replacement.len();
        if stem.chars().count() < 3 || len > buf.len() {
            return false;
        }
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..len].copy_from_slice(replacement.as_bytes());
        return std::str::from_utf8(&buf[..len]).is_ok_and(&test);
    }
    false
}

/// A definite word that is not an adjective: a common noun (القرار، الحادثة), never a name.
fn is_definite_noun(norm: &str) -> bool {
    norm.starts_with("ال") && !is_adjective(norm)
}

/// A definite adjective, such as a relative adjective used as a surname (المخلفي).
fn is_definite_adjective(norm: &str) -> bool {
    norm.starts_with("ال") && is_adjective(norm)
}

/// A verb of publishing with the object pronoun of the report before it (matching-normalized):
/// نشرته، أوردته، بثته، أعدته، أصدرته and their masculine forms.
fn is_publishing_verb(norm: &str) -> bool {
    matches!(
        norm,
        "نشرته"
            | "نشره"
            | "اوردته"
            | "اورده"
            | "بثته"
            | "بثه"
            | "اعدته"
            | "اعده"
            | "اصدرته"
            | "اصدره"
    )
}

/// A word that joins the parts of a name: بن، بنت، ابن، أبو، آل، عبد.
fn is_name_connector(norm: &str) -> bool {
    matches!(norm, "بن" | "بنت" | "ابن" | "ابو" | "ال" | "اال" | "عبد")
}

/// Whether a word carries a preposition and the article (للشبكة، بالوزارة): it ends a name.
fn is_prepositional(norm: &str) -> bool {
    ["لل", "بال", "وبال", "ولل", "فبال", "فلل"]
        .iter()
        .any(|p| norm.starts_with(p) && norm.chars().count() > p.chars().count() + 1)
}

/// Whether `norm` is the first part of a family name compounded with الله: فضل الله، ضيف الله،
/// الجار الله، نصر الله (not a formula of praise, "رضي الله عنه").
fn is_allah_compound(norm: &str) -> bool {
    matches!(
        norm,
        "فضل"
            | "ضيف"
            | "جار"
            | "الجار"
            | "عطا"
            | "عطاء"
            | "نصر"
            | "حسب"
            | "فتح"
            | "رزق"
            | "جاب"
            | "خير"
            | "سعد"
            | "عوض"
            | "فرج"
            | "هبه"
            | "حبيب"
            | "سيف"
            | "عبيد"
            | "نور"
            | "جود"
    )
}

/// Praise that follows the name of God (الله تعالى، الله عز وجل، الله سبحانه): not part of a name.
fn is_praise(norm: &str) -> bool {
    matches!(
        norm,
        "تعالي" | "وتعالي" | "عز" | "وجل" | "سبحانه" | "جل" | "جلاله" | "وعلا"
    )
}

/// Prepositions of place, time and occasion whose phrase may sit between a verb and its subject
/// or complement (في بيان، خلال مؤتمر، عقب لقائه، إثر زيارة).
fn is_place_preposition(head: &str) -> bool {
    matches!(
        head,
        "في" | "خلال"
            | "بعد"
            | "قبل"
            | "منذ"
            | "عبر"
            | "ضمن"
            | "اثناء"
            | "عقب"
            | "اثر"
            | "اعقاب"
            | "قبيل"
            | "بعيد"
    )
}

pub(crate) fn is_title(head: &str) -> bool {
    matches!(
        head,
        "امير"
            | "شيخ"
            | "رييس"
            | "جنرال"
            | "ملك"
            | "سلطان"
            | "دكتور"
            | "سيد"
            | "سيده"
            | "لواء"
            | "عميد"
            | "عقيد"
            | "فريق"
            | "مشير"
            | "وزير"
            | "سفير"
            | "مستشار"
            | "نايب"
            | "حاخام"
            | "اميره"
            | "اميرال"
            | "ميجر"
            | "كولونيل"
            | "لفتنانت"
            | "قايد"
            | "متحدث"
            | "زعيم"
    )
}

/// An accusative active participle of the فاعل pattern used as an adverb (طالبا، رافضا، قائلا،
/// واصفا): five letters, alef second and last.
fn looks_like_adverbial(norm: &str) -> bool {
    let mut c = norm.chars();
    norm.chars().count() == 5 && c.nth(1) == Some('ا') && norm.ends_with('ا')
}

/// An accusative active participle (مستغربا، مهيبا، مضيفا): starts with م, ends with ا, 4+ letters.
fn looks_like_participle(norm: &str) -> bool {
    let n = norm.chars().count();
    // (A long vowel right after the م makes a name, not a participle: ماريا، ميلانيا.)
    norm.starts_with('م')
        && norm.ends_with('ا')
        && (5..=9).contains(&n)
        && !norm.ends_with("ما")
        && !matches!(norm.chars().nth(1), Some('ا' | 'ي'))
}

/// Adjectives that follow a title and are not names: الرئيس السابق، المتحدث الرسمي.
fn is_title_modifier(head: &str) -> bool {
    matches!(
        head,
        "سابق"
            | "اسبق"
            | "حالي"
            | "جديد"
            | "راحل"
            | "اول"
            | "ثاني"
            | "عام"
            | "تنفيذي"
            | "اعلامي"
            | "رسمي"
            | "مساعد"
            | "اعلي"
            | "مكلف"
            | "فخري"
            | "منتخب"
            | "منتهيه"
            | "دايم"
            | "خاص"
            | "اممي"
            | "ركن"
            // (ميجر جنرال، لفتنانت جنرال: the rank of a general, in two words.)
            | "جنرال"
            | "متقاعد"
            | "عسكري"
            | "امني"
            | "سياسي"
            | "دولي"
            | "سابقه"
            | "عامه"
    )
}

/// A verbal noun of an act done to someone, which a verb of reacting takes as its object: the
/// تفعيل pattern (تكليف، تعيين، ترشيح، تهديد) and a few common others (زيارة، اعتقال، اغتيال).
fn is_action_noun(norm: &str) -> bool {
    let mut c = norm.chars();
    let taf_il = norm.chars().count() == 5 && c.next() == Some('ت') && c.nth(2) == Some('ي');
    taf_il
        || matches!(
            norm,
            "زياره"
                | "اعتقال"
                | "اغتيال"
                | "اقاله"
                | "استقاله"
                | "اتهام"
                | "استقبال"
                | "انتقاد"
                | "اقحام"
                | "مقتل"
                | "تصريحات"
        )
}

/// Whether a word (matching-normalized, maybe with a conjunction and a preposition) is a noun of a
/// place or foundation often named after a person: مدينة، جامعة، مستشفى، مطار، جائزة … ("بمدينة
/// الملك سعود الطبية"، "جامعة الملك عبدالعزيز"). Shared with the gazetteer matcher, for which such
/// a name is no mention of the person.
pub(crate) fn is_place_noun_before_name(word: &str) -> bool {
    matches!(
        without_particles(word),
        "مدينه"
            | "جامعه"
            | "مستشفي"
            | "مطار"
            | "مسجد"
            | "جامع"
            | "شارع"
            | "طريق"
            | "مجمع"
            | "ميناء"
            | "قاعده"
            | "جايزه"
            | "موسسه"
            | "كليه"
            | "قاعه"
            | "حي"
            | "ستاد"
            | "استاد"
            | "ملعب"
            | "برج"
            | "مكتبه"
            | "مدرسه"
            | "كرسي"
            | "جسر"
            | "منطقه"
            | "قريه"
            | "ضاحيه"
            | "مسابقه"
            | "مدارس"
    )
}

/// Whether a word names a center ("مركز الملك سلمان للإغاثة"، "لمركز محمد بن راشد"), a
/// foundation often named after a person, though a name after "مركز" with a title may also be
/// its director's.
pub(crate) fn is_center_noun(word: &str) -> bool {
    without_particles(word) == "مركز"
}

/// A word without a leading conjunction (و، ف) and then a preposition (ب، ل).
fn without_particles(word: &str) -> &str {
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    w.strip_prefix(['ب', 'ل']).unwrap_or(w)
}

/// A noun of a place that a name in quotation marks follows: منطقة، ضاحية، حي، قرية …
fn is_place_noun(head: &str) -> bool {
    matches!(
        head,
        "منطقه"
            | "ضاحيه"
            | "حي"
            | "قريه"
            | "بلده"
            | "مدينه"
            | "محافظه"
            | "ولايه"
            | "مخيم"
            | "شارع"
            | "ميدان"
            | "ساحه"
            | "جزيره"
            | "مطار"
            | "ميناء"
            | "معبر"
            | "سجن"
            | "قاعده"
            | "مديريه"
            | "ناحيه"
            | "بلديه"
            // (And their plurals: في مديريات “دوعن والضليعة”.)
            | "مناطق"
            | "مدن"
            | "قري"
            | "محافظات"
            | "ولايات"
            | "مديريات"
            | "مخيمات"
    )
}

/// Whether the words of `from..to` read as indefinite feminine adjectives (one to three, the first
/// ending in ة, the others joined by و): ضخمة، سريعة وقوية.
fn feminine_adjectives(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let mut n = 0;
    (from..to).filter(|&j| ctx.is_word(j)).all(|j| {
        n += 1;
        // (After the first, each joined by و.)
        let w = ctx.norm(j);
        let w = if n > 1 { w.strip_prefix('و') } else { Some(w) };
        w.is_some_and(|w| !w.starts_with("ال") && w.ends_with('ه') && w.chars().count() >= 3)
    }) && (1..=3).contains(&n)
}

/// Whether token `j` is an indefinite agreement or law and the quote opening at `first` its name:
/// اتفاقية "نافتا"، لقانون "العدالة ضد رعاة الإرهاب"، اتفاق "خفض التوتر". Not the definite noun
/// (الاتفاق "لم يمت" is said of it) nor an adjective after it (لاتفاق "تكميلي"، لقانون "شبه
/// عسكري").
fn names_an_accord(ctx: &Ctx<'_>, j: usize, first: usize) -> bool {
    let w = ctx.norm(j);
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix(['ل', 'ب']).unwrap_or(w);
    matches!(w, "اتفاق" | "اتفاقيه" | "معاهده" | "قانون")
        && ctx.is_word(first)
        && !ctx.norm(first).ends_with('ي')
        && !matches!(ctx.norm(first), "شبه" | "غير" | "وسط")
}

/// Whether the quoted words from token `first` on open as a predicate rather than a name: a
/// verb of the feminine past (باتت، أصيبت), an indefinite feminine adjective (آتية، حقيقية), an
/// imperfect verb (يتقدم) or a negation.
fn reads_as_predicate(ctx: &Ctx<'_>, first: usize) -> bool {
    if first >= ctx.toks.len() || !ctx.is_word(first) {
        return false;
    }
    let w = ctx.norm(first);
    let definite = w.starts_with("ال");
    (w.ends_with('ت') && !w.ends_with("ات"))
        || (!definite && w.ends_with('ه'))
        || ["يت", "تت", "ين", "يس"].iter().any(|p| w.starts_with(p))
        || matches!(w, "ليس" | "ليست" | "لا" | "لم" | "لن" | "قد" | "غير")
}

/// Whether a noun heads a named thing's full name in marks ("مبادرة مستقبل الاستثمار"، "جبل
/// الخليقة"): the naming nouns ([`is_naming_noun`]) of things that bear names, not حملة، تحالف،
/// شبكة، فريق, which open loaded terms as often ("حملة القمع"، "تحالف العدوان").
fn bears_a_name(noun: &str) -> bool {
    matches!(
        noun,
        "حزب"
            | "حركه"
            | "عمليه"
            | "مبادره"
            | "جبل"
            | "سد"
            | "ملعب"
            | "شارع"
            | "جامعه"
            | "موسسه"
            | "مركز"
            | "جمعيه"
            | "قناه"
            | "جريده"
            | "صحيفه"
            | "تلفزيون"
            | "نادي"
            | "مسرحيه"
            | "برنامج"
            | "موتمر"
            | "جايزه"
            | "مشروع"
            | "منظمه"
            | "شركه"
            | "تنظيم"
            | "مستشفي"
            | "فندق"
            | "مهرجان"
            | "معرض"
            | "مسجد"
            | "جامع"
            | "مطار"
            | "ميناء"
            | "محطه"
            | "مخيم"
            | "سجن"
            | "معبر"
            | "جسر"
            | "برج"
            | "متحف"
            | "مدرسه"
            | "معهد"
            | "كليه"
            | "حديقه"
            | "ساحه"
            | "قصر"
            | "فصيل"
            | "جزيره"
    )
}

/// Whether a word is a verb of naming, after which a person's name follows: "شاهدة تدعى
/// إيوالينا أوتشاب"، "رجل اسمه …".
fn is_naming_verb(norm: &str) -> bool {
    matches!(
        norm.strip_prefix('و').unwrap_or(norm),
        "تدعي" | "يدعي" | "اسمه" | "اسمها"
    )
}

/// Whether a noun names the thing whose name may follow in marks: صحيفة "الشرق الأوسط"، حزب
/// "…"، مطار "…". The things that bear names ([`bears_a_name`]) and the nouns that may also open
/// a loaded term or name a kind (حملة، تحالف، نوع).
fn is_naming_noun(head: &str) -> bool {
    bears_a_name(head)
        || matches!(
            head,
            "وكاله"
            | "موقع"
            | "حمله"
            | "كتاب"
            | "فيلم"
            | "مسلسل"
            | "مجله"
            | "اذاعه"
            | "شبكه"
            | "عنوان"
            | "شعار"
            | "وسم"
            | "هاشتاغ"
            | "تطبيق"
            | "منصه"
            | "مناوره"
            | "مناورات"
            | "مسابقه"
            | "لقب"
            | "جماعه"
            | "هييه"
            | "جبهه"
            | "كتيبه"
            | "ميليشيا"
            | "مليشيا"
            | "مراسل"
            | "مراسله"
            | "ضيف"
            | "انباء"
            | "بعنوان"
            | "اسم"
            | "باسم"
            | "يسمي"
            | "تسمي"
            | "راديو"
            | "فريق"
            | "سفينه"
            | "صاروخ"
            | "صواريخ"
            | "طراز"
            | "طرازي"
            | "اغنيه"
            | "روايه"
            | "قصيده"
            | "البوم"
            | "مسمي"
            | "مسماه"
            | "تدعي"
            | "يدعي"
            | "مدعو"
            | "مدعوه"
            | "بالمدعو"
            | "بالمدعوه"
            | "للمدعو"
            | "للمدعوه"
            | "عبر"
            | "يوميه"
            | "اسبوعيه"
            | "ضمن"
            | "قايمه"
            | "مرض"
            | "بمرض"
            | "فيروس"
            | "بفيروس"
            | "قضيه"
            // (Places and venues: ملعب "…"، مطار "…"، جامع "…".)
            | "استاد"
            | "مطاري"
            | "قاعه"
            | "قريه"
            | "مدينه"
            | "كنيسه"
            | "نوع"
            | "تحالف"
            | "ايتلاف"
            | "موشر"
        )
}

/// A place noun as [`is_place_noun`], or such a noun with a possessive pronoun or in the dual's
/// construct: مدينته، قريتها، بلدتهم، مديريتي (the feminine ending is written ت before them).
fn is_place_noun_or_its(head: &str) -> bool {
    // (And the dual in construct: "مديريتي برط وخب", "محافظتي عدن ولحج".)
    is_place_noun(head)
        || respelled(
            head,
            &[("ته", "ه"), ("تها", "ه"), ("تهم", "ه"), ("تي", "ه")],
            is_place_noun,
        )
}

/// A word that opens a clause on an unnamed source right after it: "طلب عدم ذكر اسمه"، "رفض
/// الكشف عن هويته"، "فضل عدم …"، "اشترط …"، "لم يكشف …" (verbs with or without the feminine ت).
fn is_anonymity_opener(norm: &str) -> bool {
    let verb = norm.strip_suffix('ت').unwrap_or(norm);
    matches!(verb, "طلب" | "رفض" | "فضل" | "اشترط" | "اشترطا") || matches!(norm, "لم" | "شريطه")
}

/// A verb that describes or accuses someone (وصف، نعت، اتهم، انتقد), with or without و: its
/// object is a person as often as not.
fn is_describing_verb(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    matches!(
        w,
        "وصف" | "وصفت" | "نعت" | "نعتت" | "اتهم" | "اتهمت" | "انتقد" | "انتقدت"
    )
}

/// Whether a noun's head (`head`, of the word `norm`) is feminine: it ends in ة, except the few
/// nouns that read as well as a man's noun with the pronoun "his" when they have no article
/// (محاميه "his lawyer" or "a woman lawyer", شقيقه "his brother" or "sister"): their gender is
/// unknown. (المحامية is a woman.)
fn feminine_head(norm: &str, head: &str) -> bool {
    // (عمدة "mayor", خليفة "caliph", داعية "preacher" and علامة "erudite" end in ة but name men
    // as often: no gender by form.)
    head.ends_with('ه')
        && !matches!(head, "عمده" | "خليفه" | "داعيه" | "علامه")
        && (norm.starts_with("ال")
            || norm.starts_with("وال")
            || !matches!(
                head,
                "محاميه" | "والده" | "شقيقه" | "مديره" | "مستشاره" | "نايبه" | "مساعده"
            ))
}

/// "His / her / their saying" (قوله، قولها …), which follows the source after نقل عن.
fn is_saying_noun(norm: &str) -> bool {
    matches!(norm, "قوله" | "قولها" | "قولهم" | "قولهما" | "القول")
}

/// A word that opens a clause about the noun phrase or name before it: وهو، وهي ("and he is"),
/// ومقره ("and its seat is"), حين، عندما، بينما ("when", "while").
fn is_clause_opener(norm: &str) -> bool {
    matches!(
        norm,
        "وهو"
            | "وهي"
            | "وهم"
            | "وهما"
            | "ومقره"
            | "ومقرها"
            | "حين"
            | "حينما"
            | "عندما"
            | "بينما"
            | "فيما"
            // (Age: "أحمد البالغ من العمر 60 عاما".)
            | "البالغ"
            | "البالغه"
    )
}

/// A plural verb in the past by its shape (تداولوا، كتبوا، حضروا): five letters or more ending
/// in وا, without the article, and no given name (فرانسوا). (Few nouns end so; names the
/// gazetteer knows are mentions.)
fn is_plural_past(norm: &str) -> bool {
    norm.ends_with("وا")
        && norm.chars().count() >= 5
        && !norm.starts_with("ال")
        && !first_names().contains_key(norm)
}

/// The head noun of an outlet's name (صحيفة، وكالة، قناة): a name, even an unknown one, may
/// follow it.
fn is_media_head(head: &str) -> bool {
    is_outlet_noun(head) || head == "صحف"
}

/// Whether `norm` is an outlet's noun with ل (لوكالة، لصحيفة، لقناة): the outlet the words were
/// given to.
fn is_lam_outlet_noun(norm: &str) -> bool {
    norm.strip_prefix('ل').is_some_and(is_media_head)
}

/// The nouns for an outlet both [`is_media_head`] and [`is_media`] know.
fn is_outlet_noun(head: &str) -> bool {
    matches!(
        head,
        "صحيفه"
            | "جريده"
            | "مجله"
            | "وكاله"
            | "قناه"
            | "تلفزيون"
            | "تليفزيون"
            | "اذاعه"
            | "موقع"
            | "شبكه"
            // (A social-media page: "وذكرت صفحة جبهة الساحل الغربي على تويتر أن".)
            | "صفحه"
    )
}

/// Nouns for bodies that issue statements.
fn is_institution(head: &str) -> bool {
    matches!(
        head,
        "وزاره"
            // (As often mistyped: "وأكدت وزراة الدفاع".)
            | "وزراه"
            // (Maghrebi "services": مصالح الأمن، مصالح الحماية المدنية.)
            | "مصالح"
            // (A directorate or deanship: "وأوضحت الشؤون الصحية بمنطقة جازان، أن"، "أعلنت
            // عمادة شؤون الطلاب".)
            | "شوون"
            | "عماده"
            | "احصاييه"
            | "تحقيق"
            | "تحقيقات"
            | "صحف"
            | "معهد"
            | "تليفزيون"
            | "ادعاء"
            | "دراسه"
            | "دراسات"
            // (Figures and papers: "وتشير تقديرات منظمة الصحة العالمية إلى أن".)
            | "احصاءات"
            | "احصاييات"
            | "تقديرات"
            | "معطيات"
            | "ارقام"
            | "صحافه"
            | "وثايق"
            | "جيش"
            | "حكومه"
            | "حركه"
            | "حزب"
            | "رياسه"
            | "بيت"
            | "مكتب"
            | "وكاله"
            | "صحيفه"
            | "قناه"
            | "تحالف"
            | "شرطه"
            | "سلطات"
            | "مجلس"
            | "منظمه"
            | "لجنه"
            // (A palace for its household: قصر كنسينغتون، قصر الإليزيه.)
            | "قصر"
            | "هييه"
            | "محكمه"
            | "نيابه"
            | "شركه"
            | "جماعه"
            | "تنظيم"
            | "قوات"
            | "سفاره"
            | "قنصليه"
            | "اداره"
            | "خارجيه"
            | "داخليه"
            | "دفاع"
            | "مستشفي"
            | "مركز"
            | "مرصد"
            | "برلمان"
            | "كتله"
            | "ايتلاف"
            | "بعثه"
            | "مفوضيه"
            | "ديوان"
            | "امانه"
            | "كتايب"
            | "سرايا"
            | "اتحاد"
            | "نقابه"
            | "بنك"
            | "صندوق"
            | "مؤسسه"
            | "موسسه"
            | "جامعه"
            | "وكالات"
            | "تلفزيون"
            | "اذاعه"
            | "موقع"
            | "شبكه"
            | "فصايل"
            | "ميليشيات"
            | "مليشيات"
            | "قياده"
            | "راديو"
            | "خفر"
            | "بلديه"
            | "جهاز"
            | "دايره"
            | "جريده"
            | "مديريه"
            | "قضاء"
            | "نادي"
            | "مجله"
            | "محطه"
            | "جمعيه"
            // (Plurals: "وقالت الأحزاب المنضوية في التحالف إن".)
            | "احزاب"
            | "حركات"
            | "منظمات"
            | "جمعيات"
            | "نقابات"
            | "حكومات"
            // (States: "وتقول الدول الغربية وأوكرانيا إن".)
            | "دول"
            | "جماعات"
            | "هييات"
            | "لجان"
            | "موسسات"
            // (A public service: "وقالت خدمة الإسعاف إن".)
            | "خدمه"
    )
}

/// Nouns for people who speak in the news without a name.
fn is_human_noun(head: &str) -> bool {
    matches!(
        head,
        "شاهد"
            | "شاهده"
            // (Survivors: "وأوضح الناجون الأربعة أن"، "إحدى الناجيات".)
            | "ناجون"
            | "ناجين"
            | "ناجي"
            | "ناجيه"
            | "ناجيات"
            | "سكان"
            | "ناشطون"
            | "ناشطين"
            | "محللون"
            | "خبير"
            | "خبيره"
            | "مسوول"
            | "مسووله"
            | "مسوولون"
            | "مسوولين"
            | "مصدر"
            | "مصادر"
            | "مراجع"
            | "دبلوماسي"
            | "دبلوماسيون"
            | "ضابط"
            | "طبيب"
            | "محامي"
            | "مواطن"
            | "مواطنون"
            | "صحافي"
            | "صحفي"
            | "كاتب"
            | "باحث"
            | "محلل"
            | "نايب"
            | "سيناتور"
            | "مرشح"
            | "معارض"
            | "امام"
            | "داعيه"
            | "مفتي"
            | "مراسل"
            | "مراسله"
            | "متظاهرون"
            | "شهود"
            // (In the accusative after لكن / إن: "ولكن شهودا قالوا إن".)
            | "شهودا"
            | "شاهدا"
            // (Those close to someone: "المقربون من غول".)
            | "مقربون"
            | "عضو"
            | "اعضاء"
            | "قيادي"
            | "قياديون"
            | "مستشار"
            | "محافظ"
            | "عمده"
            | "قاضي"
            | "رجل"
            | "امراه"
            | "مسعف"
            | "مسعفون"
            | "لاجي"
            | "طالب"
            | "والد"
            | "والده"
            | "ام"
            | "اب"
            | "نايبه"
            | "ناشط"
            | "ناشطه"
            | "مراسلنا"
            | "مراسلتنا"
            | "جماهير"
            | "جمهور"
            | "اعلامي"
            | "اعلاميه"
            | "ممثلو"
            | "ممثلي"
            | "مسوولو"
            | "محامو"
            | "مندوبو"
            | "مدرب"
            | "مدربه"
            | "لاعب"
            | "لاعبه"
            | "سياسي"
            | "سياسيون"
            | "سياسيين"
            | "حقوقيون"
            | "حقوقيين"
            | "خبراء"
            | "علماء"
            | "باحثون"
            | "اطباء"
            | "والدا"
            | "والداه"
            | "والداها"
            | "اعلاميون"
            | "قايمون"
            | "قايمين"
            // Plural roles: "وأقر الوزراء الأوروبيون بأن".
            | "وزراء"
            | "سفراء"
            | "زعماء"
            | "نواب"
            | "رووساء"
            // Professions that speak as experts: "استشاري الجهاز الهضمي الدكتور …".
            | "استشاري"
            | "استشاريه"
            | "اخصايي"
            | "اخصاييه"
            | "استاذ"
            | "استاذه"
            | "مهندس"
            | "مهندسه"
            // Women in those trades, and nurses: "الطبيبة الشرعية"، "الباحثة"، "الممرضة".
            | "طبيبه"
            | "ضابطه"
            | "محاميه"
            | "كاتبه"
            | "باحثه"
            | "محلله"
            | "قاضيه"
            | "مسعفه"
            | "ممرض"
            | "ممرضه"
            | "اهالي"
    ) || is_kin(head)
        || is_participle_plural(head)
        // Their construct forms: متطوعو الدفاع المدني، موظفو الشركة. (Listed: many names
        // are shaped so too, مارسيلو، موسكو.)
        || matches!(
            head,
            "متطوعو"
                | "موظفو"
                | "مستخدمو"
                | "محققو"
                | "منظمو"
                | "مراسلو"
                | "مديرو"
                | "مسلحو"
                | "محتجو"
                | "متظاهرو"
                | "معارضو"
                | "مراقبو"
                | "منسوبو"
                | "مواطنو"
                | "مويدو"
                | "مناصرو"
                | "مسعفو"
                | "مقاتلو"
                | "ممثلو"
                | "منتقدو"
                | "مشجعو"
                | "مستثمرو"
                | "محللو"
                | "مفتشو"
        )
        || is_quantifier(head)
}

/// A plural that names people: a participle's (المحتجون) or a common broken or sound one
/// (الخبراء، الأطباء، السياسيون).
fn is_people_plural(head: &str) -> bool {
    is_participle_plural(head)
        || matches!(
            head,
            "وزراء"
                | "سفراء"
                | "زعماء"
                | "نواب"
                | "رووساء"
                | "خبراء"
                | "علماء"
                | "اطباء"
                | "سياسيون"
                | "سياسيين"
                | "حقوقيون"
                | "حقوقيين"
                | "باحثون"
                | "ناشطون"
                | "محللون"
                | "دبلوماسيون"
                | "قياديون"
                | "مواطنون"
                | "شهود"
        )
}

/// A sound masculine plural of a participle, people by their activity: المهربون، المحتجون،
/// المسلحون، المراقبون (مضمون "content" is too short to be one); and a few of the فاعل pattern
/// (not by shape: foreign family names share it, واتسون، هانسون).
fn is_participle_plural(head: &str) -> bool {
    head.starts_with('م') && head.ends_with("ون") && head.chars().count() >= 6
        || matches!(head, "عاملون" | "عاملين" | "حاضرون" | "لاجيون" | "لاجيين")
}

/// A quantifier heading a group of speakers (العديد من، عدد من، بعض، كثير من، معظم، غالبية).
fn is_quantifier(head: &str) -> bool {
    matches!(
        head,
        "عديد"
            | "عدد"
            | "بعض"
            | "كثير"
            | "كثيرون"
            | "معظم"
            | "غالبيه"
            | "اغلب"
            | "اغلبيه"
            | "مجموعه"
    )
}

/// Families and relatives, who speak for their dead and missing (كشفت أسرة الطيار أن …).
fn is_kin(head: &str) -> bool {
    matches!(
        head,
        "اسره"
            | "عايله"
            | "ذوو"
            | "ذوي"
            | "اقارب"
            | "شقيق"
            | "شقيقه"
            | "نجل"
            | "ابنه"
            | "زوج"
            | "زوجه"
            | "ارمله"
            | "حفيد"
            | "حفيده"
            | "والد"
            | "والده"
            // With a possessive: "his mother", "her father" (والدته، والدها).
            | "والدته"
            | "والدتها"
            | "والدها"
    )
}

fn is_speaker_head(head: &str) -> bool {
    is_role_head(head) || is_institution(head) || is_human_noun(head)
}

fn is_role_head(head: &str) -> bool {
    is_title(head)
        || matches!(
            head,
            // (A governor: والي الخرطوم. وإلى "and to" folds onto the same letters; `head`
            // reads it as the preposition.)
            "والي"
                | "وزيره"
                | "مشرف"
                | "مشرفه"
                | "رييسه"
                | "نظيره"
                | "نظيرته"
                | "نظيريه"
                | "امين"
                | "ممثل"
                | "ممثله"
                | "مبعوث"
                | "مبعوثه"
                | "مدير"
                | "مديره"
                | "منسق"
                | "مفوض"
                | "مفوضه"
                | "متحدثه"
                | "ناطق"
                | "ناطقه"
                | "ولي"
                | "قاده"
                | "حاكم"
                | "عضو"
                | "مساعد"
                | "مساعده"
                | "كبير"
                | "زعيمه"
                | "مندوب"
                | "مندوبه"
                | "سكرتير"
                | "سفيره"
                | "مستشاره"
                | "وكيل"
                | "وكيله"
                | "عاهل"
                | "مرشد"
                | "مدعي"
                | "قاضيه"
        )
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
            t.inside = true;
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
        let mut pair_hint = 0;
        for &u in &pairing.unbalanced {
            // (A straight mark written as a closing one, `… الخطيرة".`, lost its opening mark:
            // it opens nothing.)
            let opens = match u.slice(ctx.text) {
                "«" | "“" | "{" | "„" => true,
                "\"" => !crate::marks::looks_closing(ctx.text, u),
                _ => false,
            };
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

/// A speech cue in a sentence and the speaker it gives.
struct CueAt {
    tok: usize,
    cand: Option<Cand>,
    rule: Rule,
    fem: bool,
    /// نقلت X عن Y: the verb agrees with the relay, not with the speaker.
    relay: bool,
    /// Nested speech ("قال ميلر إن بلينكن أكد …"): the inner subject, whose position the words
    /// are; the speaker stays the one who reports them.
    agent: Option<Speaker>,
    /// A citation (مستشهدا بقول X، وقوله تعالى): it does not become the subject later cues take.
    citation: bool,
    /// "Whoever" is the subject (هناك من قال إن، ومنهم من يرى أن): no one an earlier speaker is.
    whoever: bool,
}

#[allow(clippy::too_many_arguments)]
fn attribute_sentence(
    ctx: &Ctx<'_>,
    a: usize,
    b: usize,
    before: Option<(usize, usize)>,
    marked: &[&Marked],
    quotes: &mut Vec<Quote>,
    prev: &mut Vec<Cand>,
    text: &str,
) {
    let toks = &ctx.toks;
    let in_marked = |i: usize| ctx.inside(i);
    let first_quote = quotes.len();
    // Cues of the sentence, outside quotes.
    let mut cues: Vec<CueAt> = Vec::new();
    let mut sources: Vec<(usize, Option<Cand>)> = Vec::new();
    let mut i = a;
    while i < b {
        if in_marked(i) {
            i += 1;
            continue;
        }
        // (The words below that are cues only in context, found with one comparison per word.)
        let special = if toks[i].kind == TokenKind::ArabicWord
            && matches!(toks[i].cue, None | Some(Cue::Object))
        {
            special_word(ctx.norm(i))
        } else {
            Special::None
        };
        // وجاء في البيان "…" / وورد في التقرير أن …: the document named after في is the source.
        if let Some(c) = (special == Special::Came)
            .then(|| came_in(ctx, i, b))
            .flatten()
        {
            cues.push(c);
            i += 2;
            continue;
        }
        // أصدرت الوزارة بيانا جاء فيه أن …: the words are the subject's, in the document.
        if special == Special::Came
            && i + 1 < b
            && matches!(ctx.norm(i), "جاء" | "ورد")
            && matches!(ctx.norm(i + 1), "فيه" | "فيها")
        {
            cues.push(CueAt {
                tok: i,
                cand: None,
                rule: Rule::Participle,
                fem: false,
                // (جاء agrees with the document, not with its author.)
                relay: true,
                agent: None,
                citation: false,
                whoever: false,
            });
            i += 2;
            continue;
        }
        // "explained" is spelled like بين "between": it is a cue right before أن (بيّن أن), or
        // opening a clause with the reported words after its subject (وبيّن X أن).
        // ("بين ولي العهد … والرئيس …": a coordinated pair after it makes it "between"; with
        // the conjunction, وبين is "and explained".)
        let coordinated = || {
            if ctx.norm(i) != "بين" {
                return false;
            }
            let end = region_end(ctx, i + 1, b);
            (i + 2..end).any(|j| {
                ctx.is_word(j)
                    && (ctx.norm(j).starts_with("وال")
                        || (ctx.norm(j).starts_with('و') && ctx.mention(j).is_some()))
            })
        };
        // (After قد it is a verb: "فقد بيّن الغنوشي أنه"; after كما too: "كما بيّن أن".)
        let after_qad = || i > a && matches!(ctx.norm(i - 1), "قد" | "فقد" | "وقد" | "لقد" | "كما");
        let explained = special == Special::Between
            && ((i + 1 < b && toks[i + 1].cue == Some(Cue::Complementizer))
                || ((i == a || toks[i - 1].kind == TokenKind::Punctuation || after_qad())
                    && reports_after(ctx, i, b)
                    && !coordinated()));
        let cue = match toks[i].cue {
            None | Some(Cue::Object) if explained => Some(Cue::Verb { fem: false }),
            // ومضى قائلا's other forms: "ومضى للقول"، "وخلص إلى القول"، "واختتم حديثه بالقول".
            None if special == Special::Saying
                && (ctx.norm(i) != "القول" || (i > a && ctx.norm(i - 1) == "الي")) =>
            {
                saying_lead(ctx, a, i).map(|fem| Cue::Participle { fem })
            }
            // أدانت المحكمة: "convicted", not a statement.
            Some(Cue::Verb { .. })
                if matches!(ctx.norm(i), "ادان" | "ادانت" | "وادان" | "وادانت")
                    && i + 1 < b
                    && matches!(ctx.head(i + 1), "محكمه" | "قضاء" | "قاضي" | "هييه") =>
            {
                None
            }
            // لم يذكر اسمه / لم تكشف هويتها: "unnamed", a formula about the source, not a cue.
            Some(Cue::Verb { .. })
                if i + 1 < b
                    && matches!(
                        ctx.norm(i + 1),
                        "اسمه" | "اسمها" | "اسمهم" | "هويته" | "هويتها" | "هويتهم"
                    ) =>
            {
                None
            }
            // أوردت الخبر / نقلت النبأ: the outlet that carried the story, not a statement.
            Some(Cue::Verb { .. })
                if i + 1 < b && matches!(ctx.norm(i + 1), "الخبر" | "النبا" | "الانباء") =>
            {
                None
            }
            // مطالبة، متابعة are also the nouns "demand", "follow-up": after a preposition or
            // a noun that takes them ("عن مطالبة المملكة بأن"، "محل متابعة") or with و.
            Some(Cue::Participle { .. })
                if matches!(ctx.norm(i), "ومطالبه" | "ومتابعه")
                    || (matches!(ctx.norm(i), "مطالبه" | "متابعه")
                        && i > a
                        && matches!(
                            ctx.norm(i - 1),
                            "عن" | "من"
                                | "في"
                                | "الي"
                                | "علي"
                                | "حول"
                                | "محل"
                                | "قيد"
                                | "دون"
                                | "بعد"
                                | "اجل"
                                | "خلال"
                                | "تحت"
                                | "مع"
                        )) =>
            {
                None
            }
            // "يُذكر أن" ("it is worth noting that"): the journalist's aside, no one's speech.
            Some(Cue::Verb { .. })
                if matches!(ctx.norm(i), "يذكر" | "ويذكر")
                    && i + 1 < b
                    && toks[i + 1].cue == Some(Cue::Complementizer) =>
            {
                None
            }
            // After هو / هي or a number, طالب is the noun "student", not "demanded": "وهو طالب
            // يبلغ من العمر"، "120 ألف طالب وطالبة".
            Some(Cue::Verb { .. })
                if i > a
                    && matches!(ctx.norm(i), "طالب" | "طالبه" | "وطالبه")
                    && (toks[i - 1].kind == TokenKind::Number
                        || matches!(
                            ctx.norm(i - 1),
                            "هو" | "هي"
                                | "وهو"
                                | "وهي"
                                | "الف"
                                | "الاف"
                                | "مليون"
                                | "ملايين"
                                | "مييات"
                                | "مايه"
                                | "ميه"
                                | "عشرات"
                                | "طالب"
                        )) =>
            {
                None
            }
            // يُعتبر / تُعتبر "is considered" describes; the present of اعتبر reports a view only
            // when أن, a colon or a quote follows its subject (ويعتبر الخبراء أن …).
            // ("إبان" is "during": أبان "explained" reports only where the words follow; نوّه
            // بـ is "praised", بيّنت عاقبة "showed the fate", لاحظ "noticed".)
            Some(Cue::Verb { .. })
                if matches!(
                    ctx.norm(i),
                    "يعتبر"
                        | "تعتبر"
                        | "ويعتبر"
                        | "وتعتبر"
                        | "ابان"
                        | "وابان"
                        | "نوه"
                        | "ونوه"
                        | "نوهت"
                        | "ونوهت"
                        | "بينت"
                        | "وبينت"
                        | "لاحظ"
                        | "ولاحظ"
                        | "لاحظت"
                        | "ولاحظت"
                ) && !reports_after(ctx, i, b) =>
            {
                None
            }
            c => c,
        };
        match cue {
            Some(Cue::Verb { fem }) => {
                // الذي أكد / الذي قد أكد: the relative pronoun right before the verb.
                let relative = if i > a && toks[i - 1].cue == Some(Cue::Relative) {
                    Some(i - 1)
                } else if i > a + 1
                    && toks[i - 2].cue == Some(Cue::Relative)
                    && ctx.head(i - 1) == "قد"
                {
                    Some(i - 2)
                } else {
                    None
                };
                let end = region_end(ctx, i + 1, b);
                // نقلت الصحيفة عن X: X is the source, the outlet only carries the words.
                let mut agent = None;
                // نسبت الوكالة إلى X تصريحات: the words are X's.
                let relay_prep = match ctx.head(i) {
                    "نقل" | "نقلت" | "ونقل" | "ونقلت" => Some("عن"),
                    "نسب" | "نسبت" | "ونسب" | "ونسبت" => Some("الي"),
                    _ => None,
                };
                // (نقلت الوكالة على لسان X: from X's tongue, as عن X.)
                // (Within twenty tokens: an outlet's name, its adjectives, a day and commas may
                // come first, "نقلت قناة "تي.آر.تي" الإخبارية الحكومية، الأربعاء، عن".)
                let relay = relay_prep.and_then(|prep| {
                    (i + 1..b.min(i + 20))
                        .take_while(|&j| toks[j].cue != Some(Cue::Complementizer))
                        // (Not a preposition of the quoted words: "ونقلت الوكالة تحذير
                        // النيابة من "… عن واجبهم"".)
                        .filter(|&j| !ctx.inside(j))
                        .find_map(|j| {
                            if ctx.head(j) == prep {
                                Some(j)
                            } else if prep == "عن"
                                && ctx.head(j) == "علي"
                                && j + 1 < b
                                && ctx.head(j + 1) == "لسان"
                            {
                                Some(j + 1)
                            } else {
                                None
                            }
                        })
                });
                // After a relative pronoun the verb's own subject, when it has one, wins: in
                // "والتي قالت الحكومة إنها" the pronoun is the object. Not after a verb of
                // describing with no object pronoun: in "جونسون، الذي وصف كوربن بأنه "…"" the
                // name is whom he described.
                // (Only when the pronoun stands for a person the gazetteer knows: "الذي اتُّهمت
                // روسيا بتدبيره" is passive, and unvowelled it reads the same.)
                let describes = matches!(
                    ctx.norm(i),
                    "وصف" | "وصفت" | "نعت" | "نعتت" | "اتهم" | "اتهمت"
                ) && relative
                    .and_then(|rel| antecedent(ctx, a, rel))
                    .is_some_and(|c| {
                        c.speaker
                            .entity
                            .as_ref()
                            .is_some_and(|e| e.kind() == EntityKind::Person)
                    });
                let own = relative
                    .filter(|_| !describes)
                    .and_then(|_| ctx.resolve(i + 1, end));
                let (cand, rule) = if let Some(c) = own {
                    (Some(c), Rule::CueVerb)
                } else if let Some(rel) = relative {
                    // The pronoun is the verb's subject only if they agree: "السياسيين الذين
                    // قال إنهم" is whom he said it of.
                    let verb = ctx.norm(i);
                    let agrees = match ctx.norm(rel).trim_start_matches('و') {
                        "الذين" => verb.ends_with("وا") || verb.ends_with("ون"),
                        "الذي" => !fem,
                        "التي" => fem,
                        _ => true,
                    };
                    // (A name the gazetteer does not know may be the end of a full name given
                    // earlier: "عبد الرحمن الذي اعتبر" after "رامي عبد الرحمن".)
                    let fuller = |c: Cand| {
                        if c.speaker.entity.is_some() {
                            return c;
                        }
                        let short = c.speaker.span.slice(text);
                        prev.iter()
                            .rev()
                            .filter(|p| p.human && p.speaker.entity.is_none())
                            .find(|p| ends_with_words(p.speaker.span.slice(text), short))
                            .cloned()
                            .unwrap_or(c)
                    };
                    // ("تصريحات خامنئي الأخيرة والتي أكد فيها أن": the statement is the
                    // antecedent, its author the verb's subject.)
                    let in_statement = statement_speaker(ctx, a, i);
                    if in_statement.is_some() {
                        (in_statement, Rule::CueVerb)
                    } else {
                        (
                            agrees
                                .then(|| antecedent(ctx, a, rel))
                                .flatten()
                                .map(fuller),
                            Rule::Relative,
                        )
                    }
                } else if let Some(an) = relay {
                    let e = region_end(ctx, an + 1, b);
                    let c = ctx
                        .resolve(an + 1, e)
                        .or_else(|| relayed_name(ctx, an + 1, e));
                    let rule = if c.is_some() {
                        Rule::CueVerb
                    } else {
                        Rule::Continuation
                    };
                    (c, rule)
                } else {
                    // "قال لـ«الشرق الأوسط» مصدر مطلع إن": the outlet the words were given to
                    // comes first; the subject follows it.
                    let after_addressee = addressee_end(ctx, i + 1, b)
                        .map(|j| skip_adjectives(ctx, j, b))
                        .filter(|&j| j < b)
                        .and_then(|j| {
                            // (Only a subject the reported words follow: "وقال لـ«الرياضية»
                            // عندما نرى …" has none.)
                            let e = region_end(ctx, j, b);
                            reports_at(ctx, e, b).then(|| ctx.resolve(j, e)).flatten()
                        });
                    // A negated verb after its own subject takes an object, no subject after
                    // it: "إن السلطات لم تذكر سبب التفتيش،".
                    let negated_after_subject = i > a + 1
                        && matches!(ctx.norm(i - 1), "لم" | "لن" | "لا")
                        && preverbal_subject(ctx, a, i - 1).is_some();
                    let end = if negated_after_subject { i + 1 } else { end };
                    // A last name alone (وأشار القديمي إلى أن) is first looked for among the
                    // full names given earlier, before it is taken as it stands.
                    // (So is one after the abbreviated title: وأضاف د. الرميح أن.)
                    let w = i + 1 + abbreviated_title(ctx, i + 1, end);
                    let one_word = end == w + 1 || (end == w + 2 && ctx.norm(w + 1) == "الي");
                    // "وكان ترمب حذر بكين من أنها": after كان the subject comes before the verb,
                    // and the noun phrase after it is the object.
                    match after_addressee
                        .or_else(|| kana_subject(ctx, a, i))
                        // ("وذكرت الوكالة أن الوزير قال إن": the subject before the verb in
                        // a reported clause speaks it when an outlet, a report or a body
                        // relays it, as after نقلت عن; a person reporting another keeps the
                        // words, the other the agent, below: "قال ميلر إن بلينكن أكد".)
                        .or_else(|| {
                            let person_reports = cues.last().is_some_and(|c| {
                                c.cand.as_ref().is_some_and(|c| c.human && !relays(ctx, c))
                            });
                            (end == i + 1 && !person_reports)
                                .then(|| fronted_subject(ctx, a, i))
                                .flatten()
                        })
                        .or_else(|| {
                            one_word
                                .then(|| earlier_surname(ctx, i + 1, end, prev))
                                .flatten()
                        })
                        // (So is a last name alone before a phrase the name ends at: "وقال
                        // أوغلو في تصريحات مقتضبة:".)
                        .or_else(|| {
                            ctx.resolve(i + 1, end).map(|c| {
                                let lone = c.speaker.entity.is_none()
                                    && c.speaker.span == ctx.span(w, w + 1);
                                lone.then(|| earlier_surname(ctx, i + 1, w + 1, prev))
                                    .flatten()
                                    .filter(|e| agrees(e, fem))
                                    .unwrap_or(c)
                            })
                        })
                        // (Already looked for above when the region is one word.)
                        .or_else(|| {
                            (!one_word)
                                .then(|| earlier_surname(ctx, i + 1, end, prev))
                                .flatten()
                        })
                        .or_else(|| quoted_subject(ctx, i + 1, end))
                        .or_else(|| bare_name(ctx, i, end).map(|c| named_before(ctx, c, prev)))
                        .or_else(|| hashtag_subject(ctx, i + 1, end))
                        .or_else(|| definite_subject(ctx, i, end, prev))
                        .or_else(|| statement_speaker(ctx, a, i))
                    {
                        Some(c) => (Some(c), Rule::CueVerb),
                        None => match preverbal_subject(ctx, a, i) {
                            Some((c, false)) => (Some(c), Rule::CueVerb),
                            Some((c, true)) => {
                                agent = Some(c.speaker);
                                (None, Rule::Continuation)
                            }
                            // A verb coordinated after a comma with the sentence's first,
                            // whose subject is a family name: "وقدم الحقباني شكره للجنة،
                            // وقال: …".
                            None if i > a + 3
                                && ctx.norm(i).starts_with('و')
                                && is_punct(&ctx.tokens[i - 1], COMMAS)
                                && sentence_verb_then_family_name(ctx, a)
                                && (a + 2..i - 1).all(|j| !speaks(ctx, j)) =>
                            {
                                (
                                    Some(Cand::unknown(ctx.span(a + 1, a + 2), None)),
                                    Rule::CueVerb,
                                )
                            }
                            None => (None, Rule::Continuation),
                        },
                    }
                };
                // "هناك من قال إن"، "ومنهم من يرى أن": whoever that is, no one named.
                let whoever = cand.is_none()
                    && i >= a + 2
                    && ctx.norm(i - 1) == "من"
                    && matches!(
                        ctx.norm(i - 2),
                        "هناك" | "وهناك" | "فهناك" | "ثمه" | "وثمه" | "منهم" | "ومنهم"
                    );
                // Scripture quoted by the speaker: قال الله تعالى، وقوله تعالى.
                let citation = matches!(ctx.norm(i), "قوله" | "وقوله" | "بقوله")
                    || cand.as_ref().is_some_and(|c| is_divine(ctx, c));
                // A country whose name is feminine after a masculine verb is its object: in
                // "واتهم واشنطن بـ"، "ودعا إسرائيل إلى" the verb's subject is someone before.
                // (Not a masculine noun naming it: "أعلن الكيان الصهيوني".)
                let (cand, rule) = if !fem
                    && rule == Rule::CueVerb
                    && relay.is_none()
                    && cand.as_ref().is_some_and(|c| {
                        c.said_fem == Some(true)
                            && c.speaker
                                .entity
                                .as_ref()
                                .is_some_and(|e| e.kind() == EntityKind::Country)
                            && !c.speaker.span.slice(text).starts_with("الكيان")
                    }) {
                    (None, Rule::Continuation)
                } else {
                    (cand, rule)
                };
                // (The verb agrees with the body that is its subject: "قال البيت الأبيض" is
                // masculine, and "وأضافت" later does not continue it.)
                let mut cand = cand;
                if let Some(c) = cand
                    .as_mut()
                    .filter(|c| !c.human && rule == Rule::CueVerb && relay.is_none())
                {
                    c.said_fem = Some(fem);
                }
                cues.push(CueAt {
                    tok: i,
                    cand,
                    rule,
                    fem,
                    relay: relay.is_some(),
                    agent,
                    citation,
                    whoever,
                });
            }
            Some(Cue::Participle { fem }) => {
                // مستشهدا بقول X: the participle's subject cites X, who said the quoted words.
                let cited = (i + 2 < b && matches!(ctx.norm(i + 1), "بقول" | "قول"))
                    .then(|| ctx.resolve(i + 2, region_end(ctx, i + 2, b)))
                    .flatten();
                let citation = cited.is_some();
                let rule = if citation {
                    Rule::CueVerb
                } else {
                    Rule::Participle
                };
                cues.push(CueAt {
                    tok: i,
                    cand: cited,
                    rule,
                    fem,
                    // (The participle agrees with its own subject, not with the one cited.)
                    relay: citation,
                    agent: None,
                    citation,
                    whoever: false,
                })
            }
            Some(Cue::Source) => {
                if let Some(np) = source_np(ctx, i, b).filter(|&np| !is_own_words(ctx.head(np))) {
                    let end = region_end(ctx, np, b);
                    // (The phrase ends at a comma before an adverbial phrase: "وفقا لمنظمة
                    // الرعاية، وسط مخاوف من أن" opens no clause of the source's.)
                    let end = (np + 1..end)
                        .find(|&c| {
                            is_punct(&ctx.tokens[c], COMMAS)
                                && c + 1 < end
                                && ctx.is_word(c + 1)
                                && (is_place_preposition(ctx.head(c + 1))
                                    || matches!(
                                        ctx.norm(c + 1),
                                        "وسط"
                                            | "بعد"
                                            | "قبل"
                                            | "رغم"
                                            | "خلال"
                                            | "عقب"
                                            | "اثر"
                                            | "حيث"
                                            | "بينما"
                                            | "فيما"
                                            | "مع"
                                    ))
                        })
                        .unwrap_or(end);
                    // بحسب ما نقلت صحيفة "…" عن X: the outlet relays X.
                    // (Not after an issuer given with من: in "وفقا للبيان الصادر من الاتحاد عن
                    // الاجتماع" the statement is about the meeting.)
                    let relay = (np..b.min(np + 14))
                        .take_while(|&j| toks[j].cue != Some(Cue::Complementizer))
                        .find(|&j| ctx.head(j) == "عن")
                        .filter(|&an| {
                            !(np + 1..an).any(|j| {
                                ctx.norm(j) == "من" && ctx.norm(j - 1).starts_with("الصادر")
                            })
                        });
                    let cand = match relay {
                        Some(an) => ctx
                            .resolve(an + 1, region_end(ctx, an + 1, b))
                            .or_else(|| ctx.resolve(np, end.max(np + 1))),
                        None => ctx.resolve(np, end.max(np + 1)),
                    };
                    // (The phrase's ل is no part of the speaker: "وفقا لمصادر أمنية" names
                    // "مصادر أمنية"; after لل the second ل stands for the article, as the
                    // gazetteer's mentions read it.)
                    let cand = cand.map(|mut c| {
                        let at = ctx.tokens[np].start();
                        if c.speaker.span.start == at
                            && ctx.tok_text(np).starts_with('ل')
                            && c.speaker.span.end > at + 'ل'.len_utf8()
                        {
                            c.speaker.span.start = at + 'ل'.len_utf8();
                        }
                        c
                    });
                    let end = match relay {
                        Some(an) => region_end(ctx, an + 1, b),
                        None => end,
                    };
                    // وبحسب X فإن / أن …: a source phrase opening the clause introduces speech.
                    // (Not when a cue verb before it has already opened the clause: "قال X، حسب
                    // بيان البيت الأبيض، إنه" is X's statement, the source only a conduit.)
                    let opened = cues.iter().any(|c| c.rule != Rule::Participle);
                    // ذكرت رويترز، نقلا عن مصادر، أن …: the sources said it, the outlet relays it.
                    let relayed = matches!(ctx.norm(i), "نقلا" | "ونقلا")
                        && cand.is_some()
                        && cues.last().is_some_and(|c| {
                            c.rule != Rule::Participle
                                && (c.tok..i).all(|j| toks[j].cue != Some(Cue::Complementizer))
                        });
                    if relayed {
                        let last = cues.last_mut().expect("checked");
                        last.cand = cand;
                        last.relay = true;
                        last.rule = Rule::CueVerb;
                    } else if !opened
                        && end < b
                        && (toks[end].cue == Some(Cue::Complementizer)
                            // (Or a marked quote after a colon: "وبحسب ما ورد في الوثيقة:
                            // "حاولنا …"".)
                            || (end + 2 < b
                                && ctx.tok_text(end) == ":"
                                && toks[end + 1].kind == TokenKind::Quote
                                && ctx.inside(end + 2)))
                        && cand.is_some()
                    {
                        cues.push(CueAt {
                            tok: i,
                            cand: cand.clone(),
                            rule: Rule::SourcePhrase,
                            fem: false,
                            relay: true,
                            agent: None,
                            citation: false,
                            whoever: false,
                        });
                    } else {
                        sources.push((i, cand));
                    }
                    // The verb inside the phrase (حسبما ذكر، بحسب ما نقلت) is not a new cue.
                    i = np;
                    continue;
                }
            }
            Some(Cue::Object) if ctx.head(i) == "علي" && i + 1 < b && ctx.head(i + 1) == "لسان" =>
            {
                sources.push((i, ctx.resolve(i + 2, region_end(ctx, i + 2, b))));
            }
            _ => {}
        }
        i += 1;
    }
    // The sentence's subject: the first person not governed by a preposition, or an organization
    // heading the sentence.
    let subject = sentence_subject(ctx, a, b, marked);
    // Fill participles and continuations, carrying the last main-verb speaker and the last speaker
    // of the sentence along (one pass).
    let mut last_main: Option<(Option<Cand>, bool)> = None; // (speaker, seen a main verb)
    let mut last_any: Option<Cand> = None;
    let mut last_rule: Option<Rule> = None; // (last_any's)
    for cue in cues.iter_mut() {
        let fem = cue.fem;
        if cue.cand.is_none() && !cue.whoever {
            let main = if cue.rule == Rule::Participle {
                match &last_main {
                    Some((c, _)) => c.clone(),
                    None => None,
                }
                .or_else(|| subject.clone())
                .or_else(|| opening_verb_subject(ctx, a, cue.tok, prev))
            } else {
                None
            };
            // A cue with no subject: an earlier speaker of the same sentence (قال X … وأضاف),
            // the sentence's subject if it comes before the cue, else the previous speaker.
            let main = main
                .or_else(|| last_any.clone().filter(|c| agrees(c, fem)))
                .or_else(|| {
                    subject.clone().filter(|c| {
                        c.speaker.span.end <= ctx.tokens[cue.tok].start() && agrees(c, fem)
                    })
                })
                // A verb joined to the one that opens the sentence shares its subject: "وأشاد
                // جواو أرماندو بالاستعداد …، وقال إنه".
                .or_else(|| {
                    (cue.rule != Rule::Participle && ctx.norm(cue.tok).starts_with('و'))
                        .then(|| opening_verb_subject(ctx, a, cue.tok, prev))
                        .flatten()
                        .filter(|c| agrees(c, fem) && named_person(ctx, c))
                });
            // "نقلت الوكالة عن X قوله": the saying noun completes the verb before it, whose
            // source speaks (no continuation of an earlier sentence's speaker).
            if main.is_some()
                && is_saying_noun(ctx.norm(cue.tok))
                && last_rule.is_some_and(|r| r != Rule::Continuation)
            {
                cue.rule = Rule::CueVerb;
            }
            cue.cand = main.or_else(|| {
                let c = prev.iter().rev().find(|c| agrees(c, fem)).cloned();
                if c.is_some() && cue.rule == Rule::Participle {
                    // A participle with no main verb subject falls back to the previous speaker.
                    cue.rule = Rule::Continuation;
                }
                c
            });
            // With no earlier speaker of its gender, a verb with no subject of its own continues
            // the subject of the sentence before: "وتمكنت الشرطة من اعتقال المشتبه به. وقالت إن".
            if cue.cand.is_none()
                && cue.rule != Rule::Participle
                && cue.tok == a
                && ctx.norm(a).starts_with('و')
                && a + 1 < b
                && (ctx.toks[a + 1].cue == Some(Cue::Complementizer) || ctx.tok_text(a + 1) == ":")
                // (Not a dual, "وقالا", of which one subject is seldom the whole.)
                && !ctx.norm(a).ends_with('ا')
            {
                let subject = before.and_then(|(pa, pb)| sentence_subject(ctx, pa, pb, &[]));
                cue.cand = subject.filter(|c| {
                    let kind = c.speaker.entity.as_ref().map(|e| e.kind());
                    // (A body's gender is its noun's: "الهيئة" is no subject of "وأوضح".)
                    let female = match c.gender {
                        Some(gender) => gender == Gender::Female,
                        None => {
                            kind != Some(EntityKind::Person)
                                && c.speaker
                                    .span
                                    .slice(ctx.text)
                                    .split(' ')
                                    .next()
                                    .is_some_and(|w| w.ends_with('ة'))
                        }
                    };
                    let country = kind == Some(EntityKind::Country);
                    !country && female == fem
                });
                if cue.cand.is_some() {
                    cue.rule = Rule::Continuation;
                }
            }
        }
        // A person the gazetteer knows, named in full right after the verb, is the subject
        // whatever the verb's gender: "قال ماريا زاخاروفا" is a slip of the writer's.
        let disagrees = |c: &Cand| !agrees(c, fem) && !named_right_after(ctx, cue.tok, c);
        if !cue.relay && cue.cand.as_ref().is_some_and(disagrees) {
            // A surname that belongs to someone of the other gender (قال … ماي is not Theresa May):
            // keep the name, drop the link; otherwise the previous speaker who agrees.
            if cue.cand.as_ref().is_some_and(|c| c.is_linked_surname(ctx)) {
                let c = cue.cand.as_mut().expect("checked");
                c.speaker.entity = None;
                c.gender = None;
            } else {
                cue.cand = prev.iter().rev().find(|c| agrees(c, fem)).cloned();
                cue.rule = Rule::Continuation;
            }
        }
        // A plural participle (مشيرين، مؤكدين) has no one person as its subject: "عبر الطلبة عن
        // شكرهم للأمير …، مشيرين إلى" is the students'. Unknown rather than the wrong one.
        let plural_participle = {
            let w = ctx.norm(cue.tok).trim_start_matches('و');
            w.starts_with('م') && w.ends_with("ين") && w.chars().count() >= 6
        };
        if plural_participle
            && cue
                .cand
                .as_ref()
                .and_then(|c| c.speaker.entity.as_ref())
                .is_some_and(|e| e.kind() == EntityKind::Person)
        {
            cue.cand = None;
        }
        // Nor does a plural verb (وقالوا، وأضافوا) continue one person: "وقالوا لها: …" after a
        // student's words is the harassers'.
        let plural_verb = is_plural_past(ctx.norm(cue.tok).trim_start_matches(['و', 'ف']));
        if plural_verb
            && cue.rule == Rule::Continuation
            && cue.cand.as_ref().is_some_and(|c| {
                c.gender.is_some()
                    || c.speaker
                        .entity
                        .as_ref()
                        .is_some_and(|e| e.kind() == EntityKind::Person)
                    || !reads_plural(ctx, c)
            })
        {
            cue.cand = None;
        }
        if let Some(agent) = cue.agent.take() {
            if let Some(c) = cue.cand.as_mut() {
                if !same_speaker(&agent, &c.speaker) {
                    c.agent = Some(agent);
                }
            }
        }
        if cue.citation {
            continue;
        }
        if cue.rule != Rule::Participle {
            last_main = Some((cue.cand.clone(), true));
        }
        if cue.cand.is_some() {
            last_any = cue.cand.clone();
            last_rule = Some(cue.rule);
        }
    }
    // Indirect speech: a cue, then a complementizer, then the reported clause.
    let mut indirect: Vec<(usize, usize, usize)> = Vec::new(); // (cue index, clause start tok, end tok)
    let near_marked = std::cell::Cell::new(0); // (the last answer: cues come in token order)
    for (k, c) in cues.iter().enumerate() {
        let limit = cues.get(k + 1).map_or(b, |n| n.tok).min(c.tok + 40).min(b);
        let Some(comp) = (c.tok + 1..limit).find(|&j| {
            toks[j].cue == Some(Cue::Complementizer)
                && !in_marked(j)
                && toks[j].mention == NONE
                // (إن after a hyphen ends a name: مون جي-إن.)
                && !text[..ctx.tokens[j].start()].ends_with('-')
                && !after_conjunction(ctx, j, c.tok + 1)
                // (Nor "had before": in "مون، الذي سبق أن اجتمع مع كيم، إن" the clause follows
                // إن; "فيما سبق" is "previously", and its أن the cue's.)
                && !(j > c.tok + 1
                    && matches!(ctx.norm(j - 1), "سبق" | "وسبق")
                    && !(j > c.tok + 2 && matches!(ctx.norm(j - 2), "فيما" | "ما")))
        }) else {
            continue;
        };
        // "التي كان من المقرر أن تبدأ": the first أن is the modal's, and the cue reports no
        // clause (a later أن, further from the cue, is rarely its own).
        if comp > c.tok + 1 && is_modal(ctx.norm(comp - 1)) {
            continue;
        }
        // The subject region may hold a quoted name (قناة "الحدث") but no open quotation, and a
        // colon only right before the complementizer (وقال كيري: إنه).
        let open_quote = (c.tok + 1..comp).any(|j| {
            toks[j].kind == TokenKind::Quote && {
                // The quote this mark opens or closes, found among the sentence's quotes.
                let k = partition_near(marked, near_marked.get(), |m| {
                    m.close.map_or(m.open, |c| c.max(m.open)) < j
                });
                near_marked.set(k);
                !marked.get(k).is_some_and(|m| {
                    (m.open == j || m.close == Some(j))
                        && m.open > c.tok
                        && m.close.is_some_and(|cl| cl < comp)
                })
            }
        });
        let colon = (c.tok + 1..comp.saturating_sub(1)).any(|j| ctx.tok_text(j) == ":");
        if open_quote || colon {
            continue;
        }
        // (The clause starts after a colon or comma written after the complementizer: إن:
        // "…"، أن، خلال هذه الفترة، …)
        let mut start = comp + 1;
        while start < b && (ctx.tok_text(start) == ":" || is_punct(&ctx.tokens[start], COMMAS)) {
            start += 1;
        }
        let end = clause_end(ctx, start, b, &in_marked);
        if start < end {
            indirect.push((k, start, end));
        }
    }
    // News outlets relay; continuations (وأضاف) never refer back to them.
    let emit = |q: Quote, quotes: &mut Vec<Quote>, prev: &mut Vec<Cand>, cand: Option<&Cand>| {
        // (Scripture is cited, not a speaker later continuations take.)
        if let Some(c) = cand.filter(|c| !is_media(ctx, c) && !is_divine(ctx, c)) {
            prev.push(c.clone());
        }
        quotes.push(q);
    };
    // Marked quotes.
    let mut direct_by_clause = vec![false; indirect.len()];
    // Cursors for the searches below: quotes come in token order, so each search gallops from
    // the last answer instead of bisecting a sentence that may hold a whole long text.
    let (mut near_cue, mut near_source, mut near_after, mut near_clause) = (0, 0, 0, 0);
    for m in marked {
        let content_words = count_words(ctx, m.open + 1, m.close.unwrap_or(b));
        let before = (a..m.open).next_back();
        let after = m.close.map(|c| c + 1).filter(|&j| j < b);
        // Cues and sources are in token order: binary searches keep this linear overall.
        near_cue = partition_near(&cues, near_cue, |c| c.tok < m.open);
        let cue_before = cues[..near_cue].last();
        let close_or_open = m.close.unwrap_or(m.open);
        near_after = partition_near(&sources, near_after, |(s, _)| *s <= close_or_open);
        let source_after = sources.get(near_after);
        let quote_then_cue = after
            .filter(|&j| is_punct(&ctx.tokens[j], COMMAS))
            .map(|j| j + 1)
            .filter(|&j| j < b)
            .and_then(|j| {
                cues.get(partition_near(&cues, near_cue, |c| c.tok < j))
                    .filter(|c| c.tok == j && c.rule != Rule::Participle)
            });
        // The clause of an indirect cue that is exactly this quote.
        near_clause = partition_near(&indirect, near_clause, |&(_, s, _)| s < m.open);
        let w = near_clause;
        let whole_clause = indirect.get(w).is_some_and(|&(_, s, e)| {
            s == m.open
                && m.close
                    .is_some_and(|c| c + 1 >= e || (c + 2 == e && !ctx.is_word(c + 1)))
        });
        // A short quote after بأنه / بأنها quotes a description ("وصفتها بأنها «منحازة»"): partial,
        // not the whole statement. After a verb of describing a longer one is too ("وصف الاتفاق
        // بأنه «واحد من أسوأ الصفقات التي رأيتها»"); after أفاد بأن it is the reported clause.
        let describing = |j: usize| {
            (j.saturating_sub(10)..j).any(|k| {
                ctx.is_word(k) && {
                    let n = ctx.norm(k);
                    let n = n.strip_prefix('و').unwrap_or(n);
                    ["وصف", "يصف", "تصف", "نصف"]
                        .iter()
                        .any(|p| n.starts_with(p))
                }
            })
        };
        let described = before.is_some_and(|j| {
            toks[j].cue == Some(Cue::Complementizer)
                && ctx.norm(j).starts_with('ب')
                && (content_words <= 3 || (content_words <= 8 && describing(j)))
        });
        if whole_clause && described {
            direct_by_clause[w] = true; // the clause is only the quote: no separate indirect quote
        }
        let whole_clause = (whole_clause && !described).then_some(w);
        let after_colon = before.is_some_and(|j| ctx.tok_text(j) == ":");
        let after_cue_word = !described
            && before.is_some_and(|j| {
                (matches!(
                    toks[j].cue,
                    Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
                ) && !is_position_verb(ctx.norm(j)))
                // (A cue read in context: "بالقول" after the verb that leads to it.)
                || cues.iter().any(|c| c.tok == j)
            });
        let entity_only = is_entity_only(ctx, m);
        let is_number =
            (m.open + 1..m.close.unwrap_or(b)).all(|j| toks[j].kind == TokenKind::Number);
        let has_speech = !cues.is_empty() || !sources.is_empty();
        // The quote is the whole complement of a cue: قال X "…" / أكد كاتس "أن …".
        // (Not after a bare preposition: تصنفه واشنطن كـ"…" is a phrase, not the complement.)
        // (Nor after a preposition written apart: دعوة صفوي إلى "مواصلة العمليات".)
        let after_particle = before.is_some_and(|j| {
            matches!(ctx.norm(j), "ك" | "ب" | "ل") || is_separate_preposition(ctx.norm(j))
        });
        // (After a verb of position the quotation is its object: ونددت تركيا "بشدة" …، أدانت
        // "جرائم الحرب".)
        let right_after_cue = !after_particle
            && cue_before.is_some_and(|c| {
                c.rule != Rule::Participle
                    && region_end(ctx, c.tok + 1, b) == m.open
                    && !is_position_verb(ctx.norm(c.tok))
            });
        // A short quote right after a noun that names things is a name: صحيفة "الشرق الأوسط".
        // (A slogan or a title may run longer: تحت شعار «الرضاعة الطبيعية.. والعمل لنجعلها
        // فعالة».)
        let slogan = content_words <= 12
            && before.is_some_and(|j| matches!(ctx.head(j), "شعار" | "بشعار" | "عنوان" | "بعنوان"));
        let named_thing = slogan
            || content_words <= 4
                && before.is_some_and(|j| {
                    is_naming_noun(ctx.head(j))
                    // (After ل or ب: "لحزب "حركة تنفيذ الشريعة""، "لشركة "…"".)
                    // (Not an indefinite adjective agreeing with it: يستعد لعملية "ضخمة"،
                    // بصواريخ "جديدة وذكية".)
                    || (ctx
                        .head(j)
                        .strip_prefix(['ل', 'ب'])
                        .is_some_and(|w| {
                            // (للصحيفة is "to the paper": no name follows the article.)
                            !w.starts_with('ل') && w.chars().count() >= 3 && is_naming_noun(w)
                        })
                        && !feminine_adjectives(ctx, m.open + 1, m.close.unwrap_or(b)))
                    || names_an_accord(ctx, j, m.open + 1)
                    // "شركة السكك الحديد الألمانية "دويتشيه بان""، "الشركة الرياضية "لوتو
                    // كيبيك"": the naming noun, then words of its phrase up to an adjective of
                    // origin or kind.
                    // (Not a predicate: "مدينة عفرين السورية "باتت محاصرة""، "الصواريخ
                    // الأميركية "آتية"".)
                    || (ctx.norm(j).starts_with("ال")
                        && (ctx.norm(j).ends_with('ي') || ctx.norm(j).ends_with("يه"))
                        && !matches!(ctx.norm(j), "الي" | "التي" | "الذي")
                        && !reads_as_predicate(ctx, m.open + 1)
                        && (j.saturating_sub(3).max(a)..j).any(|k| {
                            is_naming_noun(ctx.head(k))
                                && ctx.head(k) != "باسم"
                                && (k..=j).all(|i| ctx.is_word(i))
                        }))
                    // "بضاحية "بيدريغال""، "في منطقة "فيالوبوس""، "مدينته «اسطنبول»": a place's
                    // name.
                    || is_place_noun_or_its(
                        ctx.head(j).strip_prefix(['ب', 'ل']).unwrap_or(ctx.head(j)),
                    )
                    || is_place_noun_or_its(without_particles(ctx.head(j)))
                    || (
                        // "ما يسمى بـ"ولاية عدن أبين""، "المعروف بـ"أبو علي"": a name given.
                        // (An adverb may come between: "المعروفة إعلاميا بـ"…"".)
                        matches!(ctx.norm(j), "ب" | "بـ")
                            && j > a
                            && matches!(
                                if j > a + 1
                                    && matches!(
                                        ctx.norm(j - 1),
                                        "اعلاميا" | "شعبيا" | "محليا" | "رسميا" | "عالميا"
                                    )
                                {
                                    ctx.head(j - 2)
                                } else {
                                    ctx.head(j - 1)
                                },
                                "يسمي"
                                    | "تسمي"
                                    | "سمي"
                                    | "مسمي"
                                    | "مسماه"
                                    | "يعرف"
                                    | "تعرف"
                                    | "معروف"
                                    | "معروفه"
                            )
                    )
                });
        // A short quote right after لـ is who the words were given to, by name: "قال لـ«العربية.نت»"،
        // "في تصريح خاص لـ"الاقتصادية"". Shaped as a name: one word, or definite (a noun and an
        // indefinite adjective, لـ"خلية إرهابية", is a description).
        // So is one after مع / إلى following a word of talking: "في حديثه مع "العربية.نت""،
        // "خلال حديثهم إلى "الوطن"".
        let talked_to = |j: usize| {
            // (The word of talking may take هاتفي: "في اتصال هاتفي مع "الوطن"".)
            let talk = j.checked_sub(1).filter(|&k| k >= a).map(|k| {
                if matches!(ctx.norm(k), "هاتفي" | "هاتفيه") && k > a {
                    k - 1
                } else {
                    k
                }
            });
            matches!(ctx.norm(j), "مع" | "الي")
                && talk.is_some_and(|k| {
                    ["حديث", "تصريح", "مداخله", "مقابله", "حوار", "لقاء", "اتصال"]
                        .iter()
                        .any(|w| ctx.head(k).starts_with(w))
                })
        };
        // (Or "given exclusively to": "في تصريح خاص بـ"العربية"".)
        let exclusive_to =
            |j: usize| ctx.norm(j) == "ب" && j > a && matches!(ctx.norm(j - 1), "خاص" | "خاصه");
        let addressee =
            before.is_some_and(|j| ctx.norm(j) == "ل" || talked_to(j) || exclusive_to(j)) && {
                let mut words = (m.open + 1..m.close.unwrap_or(b))
                    .filter(|&j| ctx.is_word(j))
                    .map(|j| ctx.norm(j).starts_with("ال"));
                let (first_definite, second_definite) = (words.next(), words.next());
                match content_words {
                    1 => true,
                    2 => first_definite == Some(true) || second_definite == Some(true),
                    3 => first_definite == Some(true),
                    _ => false,
                }
            };
        // A short quotation right after the cue that the subject goes on after is the subject's
        // name (وأوضحت «الغذاء والدواء» أن).
        let subject_name = cue_before.is_some_and(|c| {
            c.tok + 1 == m.open
                && c.rule != Rule::Participle
                && m.close
                    .is_some_and(|close| region_end(ctx, c.tok + 1, b) > close)
        });
        // Whether every word in the marks is shaped as a name and no cue (asked last by the name
        // rules below, so read only for the few quotes that get that far).
        let name_shaped_words = || {
            (m.open + 1..m.close.unwrap_or(b))
                .filter(|&j| ctx.is_word(j))
                .all(|j| toks[j].cue.is_none() && name_shaped(ctx.norm(j)))
        };
        // A short quote between a speaker's role and the complementizer is the speaker's name:
        // "وقال المتحدث باسم الجالية "عمر بيبي" إن …".
        let name_before_complementizer = content_words <= 3
            // (No complementizer between the cue and the quote: "قال إن نتيجتها "مقلقة
            // للغاية" وإن …" is speech.)
            && cue_before.is_some_and(|c| {
                c.rule != Rule::Participle
                    && c.tok + 1 < m.open
                    && (c.tok + 1..m.open).all(|j| ctx.toks[j].cue != Some(Cue::Complementizer))
            })
            && before.is_some_and(|j| ctx.is_word(j) && ctx.toks[j].cue.is_none())
            // (A bare إن / أن, not "وإن" coordinating a second reported clause.)
            && m.close.is_some_and(|close| {
                close + 1 < b
                    && ctx.toks[close + 1].cue == Some(Cue::Complementizer)
                    && !ctx.norm(close + 1).starts_with('و')
            })
            && name_shaped_words();
        // A short quote right after a demonym names someone of that nation ("الروماني «بولوني»")
        // or after "what X published" names X ("ما نشرته “الوئام”"); one that opens with a
        // title is a person's name ("وزير التعليم "د. عزام الدخيل"").
        let first_word = (m.open + 1..m.close.unwrap_or(b)).find(|&j| ctx.is_word(j));
        let name_after_demonym = content_words <= 2
            && before.is_some_and(|j| {
                j > a
                    && ctx
                        .mention(j)
                        .is_some_and(|d| d.via == Via::Demonym && d.span.end == ctx.tokens[j].end())
                    // (After a person's noun and their nation: "المدرب الروماني «بولوني»"، or
                    // a role with its genitive: "رئيسة الوزراء البولندية «بياتا شيدلو»"; or an
                    // outlet's: "وكالة الأنباء اليمنية «سبأ»".)
                    && {
                        let person = |k: usize| {
                            ctx.is_word(k)
                                && ctx.mention(k).is_none()
                                && (is_role_head(ctx.head(k))
                                    || is_human_noun(ctx.head(k))
                                    || ctx.is_name_title(k)
                                    || is_media_head(ctx.head(k))
                                    || ctx.head(k) == "انباء")
                        };
                        person(j - 1)
                            || (j - 1 > a
                                && ctx.is_word(j - 1)
                                && ctx.mention(j - 1).is_none()
                                && ctx.norm(j - 1).starts_with("ال")
                                && person(j - 2))
                    }
            })
            // (Shaped as a name: not "بالانفصال"، "قريبا"، "دائم الانضباط".)
            && (m.open + 1..m.close.unwrap_or(b))
                .filter(|&j| ctx.is_word(j))
                .all(|j| {
                    let n = ctx.norm(j);
                    name_shaped(n)
                        && !n.starts_with("ال")
                        && (first_names().contains_key(n)
                            || !n.starts_with(['ب', 'ل', 'ك', 'و', 'ف']))
                });
        // One word in marks right after an outlet the gazetteer knows is its own name:
        // "وكالة الأنباء اليمنية «سبأ»"، "هيئة الإذاعة الإسرائيلية «مكان»". (Two may be what was
        // said of it: قال إن واشنطن بوست "أخبارها مزيفة".)
        let outlet_name = content_words == 1
            && before.is_some_and(|j| {
                ctx.mention(j).is_some_and(|o| {
                    o.entity.org_type() == Some("media") && o.span.end == ctx.tokens[j].end()
                })
            });
        // A short quote right after a source phrase names the source: "نقلا عن "الشرق الأوسط"
        // اللندنية"، "بحسب "الحياة"" (then the sentence ends, a mark or an adjective follows).
        let source_named = content_words <= 4
            && before.is_some_and(|j| {
                toks[j].cue == Some(Cue::Source)
                    || (ctx.norm(j) == "عن" && j > a && toks[j - 1].cue == Some(Cue::Source))
            })
            && m.close.is_some_and(|c| {
                c + 1 >= b || !ctx.is_word(c + 1) || ctx.norm(c + 1).starts_with("ال")
            });
        // Two or three name-shaped words right after a role and its genitive, which no verb of
        // saying governs, are the holder's name: "إعدام وزير الزراعة "هوانغ مين"".
        let name_after_role = (2..=3).contains(&content_words)
            && before.is_some_and(|j| {
                let words_back =
                    |k: usize| (k..=j).all(|i| ctx.is_word(i) && ctx.mention(i).is_none());
                (j.saturating_sub(4).max(a)..=j)
                    .find(|&k| is_role_head(ctx.head(k)) && words_back(k))
                    .is_some_and(|k| k == a || toks[k - 1].cue.is_none())
            })
            && m.close
                .is_some_and(|c| c + 1 >= b || toks[c + 1].cue != Some(Cue::Complementizer))
            && (m.open + 1..m.close.unwrap_or(b))
                .filter(|&j| ctx.is_word(j))
                .all(|j| {
                    let n = ctx.norm(j);
                    // (Not a description: a feminine ending or a particle glued on, as in
                    // "صعبة ومعقدة"، "بمستوى غير مسبوق"، unless it is a given name.)
                    toks[j].cue.is_none()
                        && name_shaped(n)
                        && !n.starts_with("ال")
                        && (first_names().contains_key(n)
                            || !(n.ends_with('ه') || n.starts_with(['و', 'ب', 'ل', 'ك', 'ف'])))
                        && !matches!(
                            n,
                            "لن" | "لا" | "لم" | "ما" | "قد" | "نحن" | "انا" | "هذا" | "هذه"
                        )
                });
        let outlet_published = content_words <= 3
            && before.is_some_and(|j| {
                matches!(
                    ctx.norm(j),
                    "نشرته"
                        | "نشرتها"
                        | "اوردته"
                        | "اوردتها"
                        | "ذكرته"
                        | "ذكرتها"
                        | "بثته"
                        | "بثتها"
                )
            });
        // "تحت عنوان: «…»"، "بشعار: «…»": a title after a colon, however long.
        // (Or right after بعنوان: "ندوة بعنوان «الذكرى 36 للتأسيس.. قراءات في …»".)
        let title_word = |j: usize| {
            ctx.is_word(j)
                && matches!(
                    ctx.norm(j),
                    "عنوان" | "بعنوان" | "عنوانه" | "عنوانها" | "شعار" | "بشعار"
                )
        };
        let titled = content_words <= 12
            && before.is_some_and(|j| {
                (ctx.tok_text(j) == ":" && j > a && title_word(j - 1))
                    || matches!(ctx.norm(j), "بعنوان" | "بشعار")
            });
        // (A rank that is also a noun, الفريق "the team"، اللواء "the brigade", titles a name
        // only before a given name or its own qualifier: "الفريق جاهز للمباراة" is said.)
        let titled_name = content_words <= 3
            && first_word.is_some_and(|j| {
                abbreviated_title(ctx, j, b) > 0
                    || ctx.is_name_title(j)
                        && (!matches!(ctx.norm(j), "الفريق" | "اللواء" | "العميد")
                            || (j + 1 < b
                                && (first_names().contains_key(ctx.norm(j + 1))
                                    || matches!(ctx.norm(j + 1), "اول" | "ركن")
                                    || ctx.toks[j + 1].kind == TokenKind::Number)))
            })
            && m.close
                .is_some_and(|c| (m.open + 1..c).all(|j| ctx.toks[j].cue.is_none()));
        // A word or two in marks that the clause goes on after is a term or a name inside it,
        // never a whole statement: "إن "آلاف" الصواعق ضربت"، "وأضاف "الذكير" لـ"سبق"".
        let embedded = content_words <= 2
            && m.close.is_some_and(|c| {
                c + 1 < b
                    && ctx.is_word(c + 1)
                    && !matches!(
                        toks[c + 1].cue,
                        Some(
                            Cue::Verb { .. }
                                | Cue::Participle { .. }
                                | Cue::Complementizer
                                | Cue::Source
                        )
                    )
            });
        // A few Latin words in marks in Arabic text are a name, a title or a gloss: "Oppo Mirror
        // 5s"، "USS Carl Vinson"، "MeToo".
        let latin_name = content_words <= 4
            && (m.open + 1..m.close.unwrap_or(b))
                .filter(|&j| toks[j].kind != TokenKind::Punctuation)
                .all(|j| matches!(toks[j].kind, TokenKind::Word | TokenKind::Number))
            && (m.open + 1..m.close.unwrap_or(b)).any(|j| toks[j].kind == TokenKind::Word);
        // A name with an age or a year in parentheses after it: "خورام بات" (27 عاما).
        let name_with_age = content_words <= 4
            && m.close.is_some_and(|c| {
                c + 2 < b && ctx.tok_text(c + 1) == "(" && toks[c + 2].kind == TokenKind::Number
            })
            && name_shaped_words();
        // A kunya in marks is a name: "مقتل "أبو عياض التونسي""، "«أبي بكر البغدادي»". (Not
        // "mother of all …": "أم الحروب"، "أبو كل القنابل" are the speaker's words.)
        let kunya = (2..=4).contains(&content_words)
            && first_word.is_some_and(|j| {
                let next = ctx.norm(j + 1);
                match ctx.norm(j) {
                    "ابو" | "ابي" => next != "كل",
                    "ام" => next != "كل" && !next.starts_with("ال"),
                    _ => false,
                }
            })
            && name_shaped_words();
        // Words in marks opening with ب and the article, not after a colon, complete the
        // clause as its prepositional complement (اتهم "بالتسبب في …"، وصفته "بالكارثة
        // الوطنية"، أشاد "بالتضحيات"): part of the sentence, not a statement of their own.
        // (Sentence adverbs open statements: "بالتأكيد"، "بالنسبة لنا"، "بالطبع".)
        // (Right after أن / إنه the marks hold the whole reported clause: مؤكدا أنه "بالتعاون
        // والتكاتف تستطيع الدول …".)
        let complement_phrase = !after_colon
            && !before.is_some_and(|j| toks[j].cue == Some(Cue::Complementizer))
            && first_word.is_some_and(|j| {
                let n = ctx.norm(j);
                n.strip_prefix('و').unwrap_or(n).starts_with("بال")
                    && !is_sentence_adverb(n.strip_prefix('و').unwrap_or(n))
            });
        // A short quote that opens with a naming noun and its definite genitive is a name:
        // "مبادرة مستقبل الاستثمار"، "فصيل خالد بن الوليد"، "جبل الخليقة".
        let self_named = (2..=4).contains(&content_words)
            && first_word.is_some_and(|j| {
                let second = (j + 1..m.close.unwrap_or(b)).find(|&k| ctx.is_word(k));
                bears_a_name(ctx.norm(j))
                    // (Its genitive is definite or a name, or opens a construct chain that ends
                    // in one: "عملية درع الفرات"; not an adjective, "عملية عسكرية واسعة النطاق".)
                    && second.is_some_and(|k| {
                        let named = |k: usize| {
                            ctx.norm(k).starts_with("ال") || ctx.mention(k).is_some()
                        };
                        let end = m.close.unwrap_or(b);
                        named(k)
                            || (!ctx.norm(k).ends_with('ه')
                                && (k + 1..end).all(|i| {
                                    !ctx.is_word(i) || !is_separate_preposition(ctx.norm(i))
                                })
                                && (k + 1..end).any(|i| ctx.is_word(i) && named(i)))
                    })
            });
        let kind = if entity_only
            || self_named
            || latin_name
            || name_after_role
            || name_with_age
            || kunya
            || is_number
            || content_words == 0
            || named_thing
            || name_after_demonym
            || outlet_name
            || source_named
            || outlet_published
            || titled_name
            || titled
            || name_before_complementizer
            || addressee
            || subject_name
        {
            QuoteKind::NonSpeech
        } else if !embedded
            && !complement_phrase
            // (One word in marks is a term the clause uses, "على أنها "جثامين""، "وصفها بأنها
            // "مروعة"", unless it stands after a colon as what was said or is an answer: "لا"،
            // "نعم". Two words are often a sentence, "الوضع خطير"، "سنعيد البناء".)
            && (content_words >= 2 || after_colon || short_answer(ctx, m.open + 1, m.close))
            && (whole_clause.is_some()
                || (after_colon && content_words >= 2)
                || after_cue_word
                || right_after_cue
                || quote_then_cue.is_some()
                || (m.open == a && content_words >= 3))
        {
            QuoteKind::Direct
        } else if content_words <= 2 && !has_speech {
            QuoteKind::NonSpeech
        } else {
            QuoteKind::Partial
        };
        if let Some(w) = whole_clause {
            direct_by_clause[w] = true;
        }
        let mut q = Quote {
            span: m.span,
            content: m.content,
            kind,
            speaker: None,
            agent: None,
            cue: None,
            rule: None,
            unbalanced: m.unbalanced,
        };
        if kind == QuoteKind::NonSpeech {
            quotes.push(q);
            continue;
        }
        let mut chosen: Option<(Cand, Rule, Option<Span>)> = None;
        // A news outlet named as the source only relays a speaker the sentence names.
        let source_after = source_after.filter(|(_, c)| {
            !(c.as_ref().is_some_and(|c| relays(ctx, c))
                && cue_before.is_some_and(|cb| cb.cand.is_some()))
        });
        if let Some((s, Some(c))) = source_after {
            let agent = cue_before
                .and_then(|cb| cb.cand.clone())
                .or_else(|| subject.clone())
                .map(|a| a.speaker);
            let mut c = c.clone();
            c.agent = agent.filter(|a| !same_speaker(a, &c.speaker));
            chosen = Some((c, Rule::SourcePhrase, Some(ctx.span(*s, s + 1))));
        } else if let Some(cb) = cue_before.filter(|c| c.cand.is_some()) {
            let cand = cb.cand.clone().expect("filtered");
            chosen = Some((cand, cb.rule, Some(ctx.span(cb.tok, cb.tok + 1))));
        } else if let Some(qc) = quote_then_cue.filter(|c| c.cand.is_some()) {
            let cand = qc.cand.clone().expect("filtered");
            chosen = Some((
                cand,
                Rule::QuoteBeforeCue,
                Some(ctx.span(qc.tok, qc.tok + 1)),
            ));
        } else if after_colon {
            if let Some(c) = headline(ctx, a, before.expect("colon")) {
                chosen = Some((c, Rule::Headline, None));
            }
        }
        if chosen.is_none() {
            // A source phrase between commas a few words before the quote: "وكانت، حسب الشرطة،
            // تمشي "مشية رجل واثق من نفسه"". (Not for a quoted term or name, which sources in the
            // sentence do not say.)
            near_source = partition_near(&sources, near_source, |(s, _)| *s < m.open);
            let source_before = sources[..near_source].last().filter(|(s, c)| {
                content_words >= 3
                    && *s > a
                    && m.open - s <= 10
                    && is_punct(&ctx.tokens[s - 1], COMMAS)
                    && c.as_ref().is_some_and(|c| {
                        let (_, e) = ctx.tok_range(c.speaker.span);
                        e < m.open && is_punct(&ctx.tokens[e], COMMAS)
                    })
            });
            if let Some((s, Some(c))) = source_before {
                chosen = Some((c.clone(), Rule::SourcePhrase, Some(ctx.span(*s, s + 1))));
            } else if let Some(c) = subject.clone().filter(|c| {
                // A quoted word or two that the subject only follows is a term or a name the
                // writer quotes ("التي رصدتها "العربية.نت" فقد حصد حزب العمال بزعامة كوربن").
                // (A subject inside the quote is the quoted speaker's word, no speaker: a quote
                // opening the sentence then continues the previous one.)
                (content_words > 2 || c.speaker.span.end <= m.span.start)
                    && !c.speaker.span.overlaps(m.span)
            }) {
                chosen = Some((c, Rule::SentenceSubject, None));
            } else if m.open == a
                && kind == QuoteKind::Direct
                && (subject.is_none() || closes_sentence(ctx, m, b))
            {
                // (Words after a quote whose subject it names make a heading of the line:
                // "\"جبهة تحرير سوريا\" آخر تشكيلات المعارضة".)
                if let Some(c) = prev.last() {
                    chosen = Some((c.clone(), Rule::Continuation, None));
                }
            }
        }
        // A single quoted word that no one in the text is said to have said is a term set off
        // in marks ("الرادار"، "الجهادية"), not a partial quotation.
        if content_words == 1 && q.kind == QuoteKind::Partial {
            let speaker_outside = chosen
                .as_ref()
                .is_some_and(|(c, _, _)| !c.speaker.span.overlaps(q.span));
            if !speaker_outside {
                q.kind = QuoteKind::NonSpeech;
            }
        }
        if let Some((c, rule, cue)) = chosen {
            if c.speaker.span.overlaps(q.span) {
                quotes.push(q);
                continue;
            }
            q.speaker = Some(c.speaker.clone());
            q.agent = c.agent.clone().filter(|a| !a.span.overlaps(q.span));
            q.cue = cue;
            q.rule = Some(rule);
            emit(q, quotes, prev, Some(&c));
        } else {
            quotes.push(q);
        }
    }
    // Indirect quotes whose clause is not just one marked quote.
    for (w, &(k, start, end)) in indirect.iter().enumerate() {
        if direct_by_clause[w] {
            continue;
        }
        let c = &cues[k];
        let content = trim(text, ctx.span(start, end));
        let mut q = Quote {
            span: content,
            content,
            kind: QuoteKind::Indirect,
            speaker: None,
            agent: None,
            cue: Some(ctx.span(c.tok, c.tok + 1)),
            rule: None,
            unbalanced: false,
        };
        near_source = partition_near(&sources, near_source, |(s, _)| *s < end);
        let source_after = sources
            .get(near_source)
            .filter(|(_, sc)| !(sc.as_ref().is_some_and(|x| relays(ctx, x)) && c.cand.is_some()));
        let (cand, rule) = match source_after {
            Some((_, Some(sc))) => {
                let mut sc = sc.clone();
                sc.agent = c.cand.as_ref().map(|x| x.speaker.clone());
                (Some(sc), Rule::SourcePhrase)
            }
            _ => (c.cand.clone(), c.rule),
        };
        if let Some(cand) = cand.filter(|x| !x.speaker.span.overlaps(content)) {
            q.speaker = Some(cand.speaker.clone());
            q.agent = cand
                .agent
                .clone()
                .filter(|a| !same_speaker(a, &cand.speaker) && !a.span.overlaps(content));
            q.rule = Some(rule);
            emit(q, quotes, prev, Some(&cand));
        } else {
            quotes.push(q);
        }
    }
    // A sentence with a named cue and no quote still sets the speaker that continuations take.
    // (Not a cue inside the words another speaker reports: in "قال الوزير إن القرار أوضح مدى قوة
    // جماعات الضغط", the minister goes on speaking.)
    let reported = &quotes[first_quote.min(quotes.len())..];
    let nested = |c: &CueAt| {
        let at = ctx.tokens[c.tok].start();
        reported
            .iter()
            .any(|q| q.content.start <= at && at < q.content.end)
    };
    if let Some(c) = cues
        .iter()
        .rev()
        .filter(|c| !c.citation && !nested(c))
        .find_map(|c| c.cand.clone())
        .filter(|c| !is_media(ctx, c) && !is_divine(ctx, c))
    {
        if prev
            .last()
            .is_none_or(|p| !same_speaker(&p.speaker, &c.speaker))
        {
            prev.push(c);
        }
    }
    if prev.len() > 64 {
        prev.drain(..prev.len() - 32);
    }
}

/// Whether the marked quote `m` ends its sentence (which ends before token `b`) with a full stop
/// or a question or exclamation mark after it: nothing else follows. (A line that only a quote
/// fills, with no stop, is a heading.)
fn closes_sentence(ctx: &Ctx<'_>, m: &Marked, b: usize) -> bool {
    m.close.is_some_and(|c| {
        (c + 1..b).all(|j| !ctx.is_word(j))
            && (c + 1..b).any(|j| matches!(ctx.tok_text(j), "." | "!" | "?" | "؟"))
    })
}

/// "على حد تعبيره"، "بحسب قوله": the speaker's own words, not a new source.
fn is_own_words(head: &str) -> bool {
    ["تعبير", "لتعبير", "قول", "حد", "وصف"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// Whether a speaker is a news outlet (agency, paper, channel), which relays others' words.
fn is_media(ctx: &Ctx<'_>, c: &Cand) -> bool {
    if let Some(e) = &c.speaker.entity {
        return e.org_type() == Some("media");
    }
    let (a, _) = ctx.tok_range(c.speaker.span);
    let head = ctx.head(a);
    is_outlet_noun(head) || matches!(head, "راديو" | "وكالات" | "هييه")
}

/// Whether a source phrase's speaker only relays what a speaker named before it said: an outlet
/// ([`is_media`]), or reports and the media at large ("قال ترامب إن … حسبما ذكرت تقارير" is
/// Trump's). (Unlike outlets, these are still speakers a continuation may take up.)
fn relays(ctx: &Ctx<'_>, c: &Cand) -> bool {
    is_media(ctx, c)
        || (c.speaker.entity.is_none() && {
            let (a, _) = ctx.tok_range(c.speaker.span);
            matches!(ctx.head(a), "تقارير" | "وسايل" | "صحف" | "مواقع")
        })
}

/// Whether the speaker is God (الله، تعالى، المولى), quoted in scripture. Reads the span's own
/// text, marks and tatweel aside: no search, since every emitted quote asks.
fn is_divine(ctx: &Ctx<'_>, c: &Cand) -> bool {
    let raw = &ctx.text[c.speaker.span.start..c.speaker.span.end];
    if raw.len() > 40 {
        return false;
    }
    let mut letters = ['\0'; 8];
    let mut n = 0;
    for ch in raw.chars() {
        if crate::script::is_arabic_combining(ch) || ch == '\u{0640}' {
            continue;
        }
        if n == letters.len() {
            return false;
        }
        letters[n] = match ch {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            _ => ch,
        };
        n += 1;
    }
    let word = &letters[..n];
    ["الله", "تعالي", "المولي"]
        .iter()
        .any(|w| w.chars().eq(word.iter().copied()))
}

fn same_speaker(a: &Speaker, b: &Speaker) -> bool {
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) => x.id() == y.id(),
        _ => a.span == b.span,
    }
}

/// Whether a speaker reads as many people, the subject a plural verb (وقالوا، وأضافوا) may
/// continue: a sound or listed plural (المحتجون، شهود عيان، السفراء), a group (عدد من، بعض، أهالي)
/// or speakers coordinated with و (شهود ومصادر). Not a country, an outlet or one person (كندا،
/// أسوشيتد برس، المصدر، مندوب ثان).
fn reads_plural(ctx: &Ctx<'_>, c: &Cand) -> bool {
    // (The span's words as the tokens already read them: no second normalization.)
    let (s, e) = ctx.tok_range(c.speaker.span);
    let words = || (s..e).filter(|&j| ctx.is_word(j)).map(|j| ctx.norm(j));
    let Some(first) = words().next() else {
        return false;
    };
    // (و is a conjunction unless the word is listed with it: وسائل.)
    let head = first.strip_prefix("ال").unwrap_or(first);
    let head = if head == "وسايل" {
        head
    } else {
        let head = first.strip_prefix('و').unwrap_or(first);
        head.strip_prefix("ال").unwrap_or(head)
    };
    let plural_shape = |w: &str| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        w.chars().count() >= 4 && (w.ends_with("ون") || w.ends_with("ين") || w.ends_with("ات"))
    };
    plural_shape(head)
        || is_people_plural(head)
        || head.ends_with("اء")
        // (The construct plural: مسؤولو الوزارة، ممثلو الأحزاب.)
        || (head.ends_with('و') && head.chars().count() >= 5)
        || matches!(
            head,
            "عدد"
                | "بعض"
                | "مجموعه"
                | "اهالي"
                | "سكان"
                | "افراد"
                | "عناصر"
                | "قاده"
                | "قيادات"
                | "مصادر"
                | "وسايل"
                | "طلاب"
                | "طلبه"
                | "عمال"
                | "جنود"
                | "رجال"
                | "نساء"
                | "اطفال"
                | "اسر"
                | "عايلات"
                | "ذوو"
                | "ذوي"
                | "اعضاء"
                | "ممثلي"
                | "كثيرون"
                | "اخرون"
                | "تقارير"
                | "صحف"
                | "جميع"
                | "كل"
        )
        // (Speakers joined by و: "شهود ومصادر".)
        || words()
            .skip(1)
            .any(|w| w.starts_with('و') && (plural_shape(&w[2..]) || w.len() > 6))
}

/// Whether a candidate can be the subject of a cue of this gender.
fn agrees(c: &Cand, fem: bool) -> bool {
    if !c.human {
        return c.said_fem.is_none_or(|said| said == fem);
    }
    match c.gender {
        Some(Gender::Female) => fem,
        Some(Gender::Male) => !fem,
        None => true,
    }
}

/// Whether the cue verb at `i` is followed, after its subject, by what introduces the words
/// reported: a complementizer, a colon or a quotation mark.
fn reports_after(ctx: &Ctx<'_>, i: usize, b: usize) -> bool {
    reports_at(ctx, region_end(ctx, i + 1, b), b)
}

/// Whether the words reported start at token `end` (before `b`): a complementizer, a colon or a
/// quotation mark.
fn reports_at(ctx: &Ctx<'_>, end: usize, b: usize) -> bool {
    end < b
        && (ctx.toks[end].cue == Some(Cue::Complementizer)
            || ctx.toks[end].kind == TokenKind::Quote
            || ctx.tok_text(end) == ":")
}

/// Whether `full` ends with the words of `short` (at a word boundary, and is longer): "رامي عبد
/// الرحمن" ends with "عبد الرحمن".
fn ends_with_words(full: &str, short: &str) -> bool {
    full.len() > short.len()
        && full.ends_with(short)
        && full.as_bytes()[full.len() - short.len() - 1] == b' '
}

/// Whether the last words of `toks` are a prayer to God (سائلا الله تعالى، ندعو الله، داعيا
/// المولى عز وجل): then أن opens what is prayed for, not reported words. (Not a name that ends
/// with الله: "أعلن نصر الله أنه".)
fn after_god(toks: &[Tok], buf: &str) -> bool {
    let word = |t: &Tok| &buf[t.norm.0 as usize..t.norm.1 as usize];
    let mut words = toks.iter().rev().take(5).map(word);
    for w in words.by_ref() {
        match w {
            "الله" | "المولي" => break,
            "تعالي" | "عز" | "وجل" | "سبحانه" | "وتعالي" | "العلي" | "القدير" | "العظيم"
            | "الكريم" => {}
            _ => return false,
        }
    }
    words.next().is_some_and(|w| {
        let w = w.strip_prefix('و').unwrap_or(w);
        [
            "سايل",
            "سائل",
            "سال",
            "داعي",
            "داعين",
            "ندعو",
            "يدعو",
            "ادعو",
            "نرجو",
            "راجي",
            "متضرع",
            "مبتهل",
            "نسال",
            "اسال",
            "يسال",
            "تسال",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    })
}

/// Whether a proclitic prefix as written is the preposition ل ("to"), alone or after و.
fn is_lam(prefix: &str) -> bool {
    matches!(prefix, "ل" | "لـ" | "ول")
}

/// Whether a word is the outlet or reporter the words were given to, with its لـ (لمراسل،
/// لوكالة، للصحفيين): it ends the speaker's noun phrase.
fn is_addressee(norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix('ل') else {
        return false;
    };
    let rest = rest.strip_prefix('ل').unwrap_or(rest);
    matches!(
        rest,
        "مراسل"
            | "مراسله"
            | "وكاله"
            | "صحيفه"
            | "قناه"
            | "موقع"
            | "تلفزيون"
            | "اذاعه"
            | "شبكه"
            | "صحفيين"
            | "صحافيين"
            | "صحفي"
            | "صحافه"
            | "راديو"
            // (The media at large: "قال المصدر لوسائل الإعلام".)
            | "وسايل"
    )
}

/// Whether a verb states a position (أدان، رحب، ندد، استنكر، شجب) rather than reporting words: its
/// subject goes on speaking, but a quotation right after it is its object.
fn is_position_verb(norm: &str) -> bool {
    let v = norm.strip_prefix('و').unwrap_or(norm);
    matches!(
        v,
        // (Calling on someone: the quotation is whom and to what, "ودعا راخوي «المجتمع
        // الإسباني بكامله إلى تذكر كل ضحية»".)
        "دعا"
            | "دعت"
            | "حث"
            | "حثت"
            | "ناشد"
            | "ناشدت"
            | "ادان"
            | "ادانت"
            | "استنكر"
            | "استنكرت"
            | "رحب"
            | "رحبت"
            | "ندد"
            | "نددت"
            | "شجب"
            | "شجبت"
    )
}

/// The verb that leads to the noun "saying" at `i` (مضى للقول، خلص إلى القول، اختتم كلمته
/// بالقول، اكتفى بالقول), at most six words back: whether it is feminine. None when no such verb
/// leads to it ("يمكن القول" is no one's statement).
fn saying_lead(ctx: &Ctx<'_>, a: usize, i: usize) -> Option<bool> {
    (a.max(i.saturating_sub(6))..i).rev().find_map(|j| {
        if !ctx.is_word(j) {
            return None;
        }
        let n = ctx.norm(j);
        let n = n
            .strip_prefix('و')
            .or_else(|| n.strip_prefix('ف'))
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(n);
        const LEADS: &[&str] = &[
            "مضي",
            "خلص",
            "اختتم",
            "ختم",
            "اكتفي",
            "ذهب",
            "انتهي",
            "عاد",
            "سارع",
            "بادر",
            "استهل",
            "افتتح",
            "تابع",
            "اضاف",
            "استطرد",
            "اردف",
            "علق",
            "رد",
        ];
        if LEADS.contains(&n) {
            return Some(false);
        }
        let fem = n
            .strip_suffix('ت')
            .is_some_and(|m| LEADS.contains(&m) || matches!(m, "مض" | "اكتف" | "انته"));
        fem.then_some(true)
    })
}

/// Words that are cues only in context.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Special {
    None,
    /// جاء / ورد: "it says" before في.
    Came,
    /// بين: also "explained".
    Between,
    /// القول: "saying", after a verb that leads to it.
    Saying,
}

/// Which [`Special`] word a normalized word is.
fn special_word(norm: &str) -> Special {
    match norm {
        "جاء" | "وجاء" | "ورد" | "وورد" => Special::Came,
        "بين" | "وبين" => Special::Between,
        "بالقول" | "للقول" | "القول" => Special::Saying,
        _ => Special::None,
    }
}

/// "جاء في X" / "ورد في X" ("it says in X") opening a clause at `i`, X a document or body that
/// speaks, followed by the words it reports (a complementizer, colon or quotation mark): a cue
/// whose speaker is X. Not "جاء في المرتبة" or "ورد في الخبر" with nothing reported.
/// (The caller has checked the word: [`Special::Came`].)
fn came_in(ctx: &Ctx<'_>, i: usize, b: usize) -> Option<CueAt> {
    if i + 2 >= b || ctx.norm(i + 1) != "في" {
        return None;
    }
    // (The verb after ما belongs to a source phrase: بحسب ما جاء في X.)
    if i > 0
        && matches!(
            ctx.norm(i - 1),
            "ما" | "وما" | "لما" | "كما" | "وكما" | "فيما"
        )
    {
        return None;
    }
    let end = region_end(ctx, i + 2, b);
    if !reports_at(ctx, end, b) {
        return None;
    }
    // X is a body or person the gazetteer knows, a noun that speaks (البيان، الوزارة) or a
    // document (مسودة القرار، الوثيقة); not scripture ("وقد جاء في الحديث" cites a hadith) nor
    // anything else ("جاء في وقت").
    let head = ctx.head(i + 2);
    let document = matches!(
        head,
        "مسوده"
            | "وثيقه"
            | "دعوي"
            | "نص"
            | "رساله"
            | "مذكره"
            | "اعلان"
            | "قرار"
            | "خطه"
            | "تقرير"
            | "بيان"
            | "تحقيق"
            | "لايحه"
            | "عريضه"
            | "وثايق"
            | "خطاب"
            | "تصريح"
            | "شهاده"
            | "قانون"
            | "التماس"
            | "مرسوم"
            | "كتاب"
            | "خبر"
            | "تغريده"
            | "منشور"
            | "اتفاق"
            | "اتفاقيه"
            | "دستور"
            | "مقال"
            | "مقاله"
            | "افتتاحيه"
            | "ملخص"
    );
    if !(document || ctx.mention(i + 2).is_some() || ctx.is_speaker_head(i + 2)) {
        return None;
    }
    let cand = ctx.resolve(i + 2, end).or_else(|| {
        if let Some(m) = ctx.publisher(i + 2) {
            return Some(Cand::of(m));
        }
        document.then(|| Cand {
            speaker: Speaker {
                span: ctx.span(i + 2, ctx.np_end(i + 2, end)),
                entity: None,
            },
            gender: None,
            human: false,
            agent: None,
            said_fem: None,
        })
    })?;
    Some(CueAt {
        tok: i,
        cand: Some(cand),
        rule: Rule::CueVerb,
        fem: false,
        // (جاء agrees with nothing in its source.)
        relay: true,
        agent: None,
        citation: false,
        whoever: false,
    })
}

/// End of the subject region after a cue verb: a complementizer, colon, quote, source phrase,
/// another cue or the sentence end; at most 20 tokens.
fn region_end(ctx: &Ctx<'_>, from: usize, b: usize) -> usize {
    let mut j = from;
    while j < b && j < from + 20 {
        let t = &ctx.toks[j];
        // A quoted name in the subject (ذكرت «وفا»، قالت صحيفة «الوطن») does not end it.
        if let Some(after) = ctx.quoted_name_end(j, b) {
            // (Right after the verb and right before the complementizer, a short quotation is
            // the subject's name: وأوضحت «الغذاء والدواء» أن.)
            // (Or before a prepositional phrase and then the complementizer: وقالت "فتح" في بيان
            // صحفي إن.)
            let reported_after_phrase = || {
                let k = (after..b.min(after + 16)).find(|&k| {
                    ctx.toks[k].kind == TokenKind::Quote
                        || matches!(
                            ctx.toks[k].cue,
                            Some(Cue::Complementizer | Cue::Verb { .. } | Cue::Source)
                        )
                });
                k.is_some_and(|k| {
                    k > after
                        && ctx.toks[k].cue == Some(Cue::Complementizer)
                        && ctx.head(after) == "في"
                        && ctx.subject_start(after, k).is_none()
                })
            };
            // (Or a person's name with their role after it: وقال “جون كول” المدير التنفيذي
            // للشركة إن.)
            // (The role may hold a quoted name of its own: خبير المدن الذكية في “المملكة
            // المتحدة” أن.)
            let role_after = || {
                if !(ctx.is_word(after)
                    && ctx.mention(after).is_none()
                    && ctx.is_speaker_head(after)
                    && !is_institution(ctx.head(after)))
                {
                    return false;
                }
                let mut k = after;
                while k < b.min(after + 12) {
                    if let Some(next) = ctx.quoted_name_end(k, b) {
                        k = next;
                        continue;
                    }
                    if ctx.toks[k].kind == TokenKind::Quote {
                        return false;
                    }
                    match ctx.toks[k].cue {
                        Some(Cue::Complementizer) => return true,
                        Some(Cue::Verb { .. } | Cue::Source) => return false,
                        _ => k += 1,
                    }
                }
                false
            };
            let subject_name = j == from
                && after < b
                && (ctx.toks[after].cue == Some(Cue::Complementizer)
                    || (ctx.tok_text(after) == ":"
                        && after + 1 < b
                        && ctx.toks[after + 1].cue == Some(Cue::Complementizer))
                    || reported_after_phrase()
                    || role_after());
            let named = subject_name
                || (j + 1..after - 1)
                    .all(|k| ctx.mention(k).is_some_and(|m| m.via != Via::Demonym))
                // (The agency's noun may end with its genitive: وكالة أنباء «فارس».)
                || (j > from
                    && (ctx.is_speaker_head(j - 1)
                        || ctx.head(j - 1) == "انباء"
                        // (Or an outlet's noun with ل: تقرير لوكالة «أعماق».)
                        || is_lam_outlet_noun(ctx.norm(j - 1)))
                    && ctx.named_by_quote(j - 1, after));
            if named {
                j = after;
                continue;
            }
        }
        if t.kind == TokenKind::Quote
            || ctx.tok_text(j) == ":"
            // ("وتابع قاووق بالقول إن": the saying the verb leads to ends its subject.)
            || matches!(ctx.norm(j), "بالقول" | "للقول")
            || matches!(
                t.cue,
                Some(
                    Cue::Complementizer
                        | Cue::Source
                        | Cue::Verb { .. }
                        | Cue::Participle { .. }
                        | Cue::Relative
                )
            )
        {
            break;
        }
        j += 1;
    }
    j
}

/// The comma that opens a relative clause between commas right before the verb at `verb`
/// (", الذي قاد فريق البحث، أوضح"): words only, no cue verb in it, no further back than `a`.
fn relative_clause_before(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<usize> {
    if verb < a + 4 || !is_punct(&ctx.tokens[verb - 1], COMMAS) {
        return None;
    }
    let floor = a.max(verb.saturating_sub(12));
    let c = (floor + 1..verb - 2)
        .rev()
        .find(|&c| is_punct(&ctx.tokens[c], COMMAS))?;
    (matches!(ctx.norm(c + 1), "الذي" | "التي" | "الذين")
        && (c + 2..verb - 1).all(|j| {
            ctx.is_word(j)
                && !ctx.inside(j)
                && !matches!(
                    ctx.toks[j].cue,
                    Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
                )
        }))
    .then_some(c)
}

/// The subject written before the verb at `verb`: opening the sentence before a comma ("فارخان،
/// قال"), or when a word that requires it comes first:
/// "وكانت صحيفة «الوطن» ذكرت أن"، "غير أن الحمادي أعلن أنه"، "لكن الوزارة قالت إن"; and in nested
/// speech, "قال ميلر إن بلينكن أكد" (then `true`: the subject is the agent, not the speaker).
fn preverbal_subject(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<(Cand, bool)> {
    // "هناك من قال إن"، "منهم من يرى أن": whoever that is, no one named.
    if verb > a && matches!(ctx.norm(verb - 1), "من" | "ما") {
        return None;
    }
    // "أما علاء السيد، وهو محام سوري، فيؤكد أن …": the subject follows أما, up to a comma; the
    // verb takes ف.
    if verb > a + 1 && matches!(ctx.norm(a), "اما" | "واما") && ctx.norm(verb).starts_with('ف')
    {
        // (A name in apposition between commas counts: "أما وزير الخارجية، جواد ظريف، فقال".)
        let end = if is_punct(&ctx.tokens[verb - 1], COMMAS) {
            verb - 1
        } else {
            verb
        };
        if end > a + 1 && (a + 1..end).all(|j| !ctx.inside(j)) {
            return ctx.resolve(a + 1, end).map(|c| (c, false));
        }
    }
    // A sentence that opens with its subject and a comma: "فارخان، قال في كلمته إن …". (Not
    // with what it is about or when: "وحول ملف المصالحة، قال"، "وعندما رفضت، قال".)
    let opener = ctx.norm(a).trim_start_matches(['و', 'ف']);
    let adverbial = matches!(
        opener,
        "حول"
            | "عن"
            | "بشان"
            | "عندما"
            | "حين"
            | "حينما"
            | "لما"
            | "بعد"
            | "بعدما"
            | "قبل"
            | "خلال"
            | "منذ"
            | "مع"
            | "في"
            | "علي"
            | "الي"
            | "لدي"
            | "اثر"
            | "عقب"
            | "رغم"
            | "بسبب"
            | "ازاء"
            | "اما"
    );
    if verb > a + 1
        && verb - a <= 5
        && !adverbial
        && is_punct(&ctx.tokens[verb - 1], COMMAS)
        && (a..verb - 1).all(|j| ctx.is_word(j) && ctx.toks[j].cue.is_none() && !ctx.inside(j))
    {
        return ctx.resolve(a, verb - 1).map(|c| (c, false));
    }
    // The same with a clause about the subject between commas: "شيرمان جاكسون، وهو باحث إسلامي
    // بارز، يقول إن".
    if verb > a + 3 && !adverbial && is_punct(&ctx.tokens[verb - 1], COMMAS) {
        let comma = (a + 1..verb - 1).find(|&j| is_punct(&ctx.tokens[j], COMMAS));
        if let Some(c) = comma.filter(|&c| {
            c - a <= 4
                && matches!(ctx.norm(c + 1), "وهو" | "وهي")
                && (a..c).all(|j| ctx.is_word(j) && ctx.toks[j].cue.is_none() && !ctx.inside(j))
                && (c + 1..verb - 1).all(|j| {
                    ctx.is_word(j)
                        && !matches!(
                            ctx.toks[j].cue,
                            Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
                        )
                        && !ctx.inside(j)
                })
        }) {
            return ctx.resolve(a, c).map(|c| (c, false));
        }
    }
    // A sentence that opens with its subject, a name or a speaking noun phrase, right before the
    // verb (headlines and timelines: "القنصلية السعودية تنفي وجوده"), or before كان قد ("موضي
    // الخلف كانت قد ذكرت أنها").
    let subject_end = if verb >= a + 2 && matches!(ctx.norm(verb - 1), "قد") {
        Some(verb - 1)
            .filter(|&k| k >= a + 2 && matches!(ctx.norm(k - 1), "كان" | "كانت"))
            .map(|k| k - 1)
    } else {
        Some(verb)
    };
    if let Some(end) = subject_end.filter(|&e| e > a && e - a <= 4) {
        // (A noun that heads a source may open it: "مصادر ميدانية أكدت أن".)
        let plain = (a..end).all(|j| {
            ctx.is_word(j)
                && matches!(ctx.toks[j].cue, None | Some(Cue::SourceHead))
                && !ctx.inside(j)
        });
        let named = ctx.mention(a).is_some_and(|m| m.via != Via::Demonym)
            || ctx.is_speaker_head(a)
            || ctx.unknown_name(a, end).is_some_and(|(s, _, _)| s == a);
        if plain && named {
            if let Some(c) = ctx.resolve(a, end) {
                return Some((c, false));
            }
        }
    }
    // A relative clause about the subject between commas is no verb of its own: "لكن
    // البروفيسور بول ليتل، الذي قاد فريق البحث، أوضح أنه".
    // (A name in marks may come before it: "من جامعة "ساوثمبتون"، الذي".)
    let (verb, reach) = match relative_clause_before(ctx, a, verb) {
        Some(c) => (c, 10),
        None => (verb, 8),
    };
    let floor = a.max(verb.saturating_sub(reach));
    let Some(opener) = (floor..verb).rev().find(|&j| {
        let n = ctx.norm(j);
        // (أن / إن: nested speech, "أشار إلى أن شاهد عيان قال إنه …", or غير أن / إلا أن.)
        matches!(n, "كان" | "كانت" | "وكان" | "وكانت" | "لكن" | "ولكن" | "ان")
            // (And فإن after a concession and its comma: "ومع أن الشركات …، فإن جينكينز تقول
            // إن". After a source, "ووفقا لـX، فإن", the subject is X's report.)
            || (n == "فان"
                && j > a
                && is_punct(&ctx.tokens[j - 1], COMMAS)
                && matches!(
                    ctx.norm(a),
                    "مع" | "ومع" | "رغم" | "ورغم" | "بالرغم" | "وبالرغم" | "لين" | "ولين"
                        | "بينما" | "وبينما"
                ))
    }) else {
        return indefinite_antecedent(ctx, a, verb).map(|c| (c, false));
    };
    // A clause of anonymity between commas after the subject is no verb of its own: "أن شاهد
    // عيان، رفض كشف هويته، قال إنه".
    let verb_or_clause = (opener + 2..verb.saturating_sub(1))
        .find(|&c| {
            is_punct(&ctx.tokens[c], COMMAS)
                && c + 1 < verb
                && is_anonymity_opener(ctx.norm(c + 1))
                && is_punct(&ctx.tokens[verb - 1], COMMAS)
                && (c + 1..verb - 1).all(|j| ctx.is_word(j))
        })
        .unwrap_or(verb);
    let verb = verb_or_clause;
    // The words between are the subject alone: no other verb or complementizer, and no more
    // quoted text than a name (صحيفة «الوطن»).
    let quoted = (opener + 1..verb).filter(|&j| ctx.inside(j)).count();
    if opener + 1 >= verb
        || quoted > 3
        || (opener + 1..verb).any(|j| {
            matches!(
                ctx.toks[j].cue,
                Some(Cue::Verb { .. } | Cue::Complementizer | Cue::Relative)
            )
        })
    {
        return None;
    }
    // After a bare أن / إن the clause is reported by an earlier verb: nested speech.
    // (غير أن، كما أن، رغم أن، بالرغم من أن، حيث أن …: a conjunction, not a reported clause.)
    let conjunction =
        conjunction_an(ctx, opener, a) || (opener > a && ctx.norm(opener - 1) == "مع");
    let nested = ctx.norm(opener) == "ان" && !conjunction;
    ctx.resolve(opener + 1, verb).map(|c| (c, nested))
}

/// An indefinite speaking noun phrase right before the verb, which is its relative clause with no
/// pronoun (Arabic leaves it out after an indefinite noun): "تصريحات مسؤول كبير بوزارة الدفاع
/// قال إن"، "نقلا عن مصدر أمني قال إن". At most five words, none a cue or a mention.
fn indefinite_antecedent(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
    // (Only a verb that reports words, near: "مسؤولين جدد" is "new officials", not جدّد.)
    let len = ctx.toks.len();
    // (The first cue that reports words after the verb must be the words' start.)
    let reports = matches!(ctx.norm(verb), "قوله" | "قولها" | "قولهم")
        || (verb + 1..len.min(verb + 6))
            .find(|&j| reports_at(ctx, j, len) || speaks(ctx, j))
            .is_some_and(|j| reports_at(ctx, j, len));
    if !reports {
        return None;
    }
    let plain = |j: usize| {
        ctx.is_word(j)
            && matches!(ctx.toks[j].cue, None | Some(Cue::SourceHead))
            && ctx.mention(j).is_none()
            && !ctx.inside(j)
    };
    let head = (a.max(verb.saturating_sub(5))..verb).find(|&k| {
        let n = ctx.norm(k);
        // (After ل or ب, "تصريحات لمسؤول", "عن مصدر".)
        let bare = n
            .strip_prefix(['ل', 'ب'])
            .filter(|r| r.chars().count() > 2)
            .unwrap_or(n);
        !n.starts_with("وال")
            && matches!(
                bare,
                "مسوول"
                    | "مسووله"
                    | "مسوولون"
                    | "مسوولين"
                    | "مصدر"
                    | "مصادر"
                    | "شاهد"
                    | "شهود"
                    | "دبلوماسي"
                    | "دبلوماسيون"
                    | "دبلوماسيين"
                    | "ضابط"
                    | "متحدث"
                    | "متحدثه"
            )
            && (k..verb).all(plain)
            // (Not a role in apposition to a name before it: "عن أندرياس ماير، مسؤول الشركة
            // قوله".)
            && !(k > a && is_punct(&ctx.tokens[k - 1], COMMAS))
            // (Adjectives and a place after the head, no particle or pronoun: "مصدر لم يسمه
            // قال" is no antecedent of its own.)
            && (k + 1..verb).all(|j| {
                let w = ctx.norm(j);
                w.chars().count() > 2
                    && !matches!(w, "دون" | "غير" | "عن" | "من" | "علي" | "الي" | "الذي" | "التي")
                    && !["ها", "هم", "هما"].iter().any(|p| w.ends_with(p))
            })
    })?;
    let mut c = ctx.unnamed(head, verb);
    // The preposition is not the speaker's: "لمصادر أمنية" speaks as مصادر أمنية.
    let word = ctx.tok_text(head);
    if ctx.norm(head).starts_with(['ل', 'ب']) && !ctx.norm(head).starts_with("ال") {
        if let Some((at, _)) = word
            .char_indices()
            .skip(1)
            .find(|&(_, ch)| !crate::script::is_arabic_combining(ch) && ch != '\u{0640}')
        {
            c.speaker.span.start += at;
        }
    }
    Some(c)
}

/// Whether the sentence at `a` opens with a verb and a family name of the ال…ي shape
/// (الحقباني، المطيري): a plain word of three to six letters after و/ف, no article, cue or
/// mention, then the name, not a known adjective.
fn sentence_verb_then_family_name(ctx: &Ctx<'_>, a: usize) -> bool {
    let verb = ctx.norm(a).trim_start_matches(['و', 'ف']);
    let name = ctx.norm(a + 1);
    ctx.is_word(a)
        && ctx.is_word(a + 1)
        && ctx.toks[a].cue.is_none()
        && ctx.toks[a + 1].cue.is_none()
        && ctx.mention(a).is_none()
        && ctx.mention(a + 1).is_none()
        && !ctx.inside(a)
        && (3..=6).contains(&verb.chars().count())
        && !verb.starts_with("ال")
        && !is_preposition_with_pronoun(verb)
        && name.starts_with("ال")
        && name.ends_with('ي')
        && name.chars().count() >= 6
        && !matches!(
            name,
            "الماضي"
                | "الحالي"
                | "الجاري"
                | "الثاني"
                | "الرسمي"
                | "الدولي"
                | "الوطني"
                | "العربي"
                | "الاسلامي"
                | "السياسي"
                | "الامني"
                | "العسكري"
                | "المحلي"
                | "الشعبي"
                | "الحكومي"
                | "الاعلامي"
                | "النهايي"
                | "الاجتماعي"
                | "الاقتصادي"
        )
        && !is_speaker_head(ctx.head(a + 1))
}

/// Whether the token at `j` is a cue that reports words of its own (a verb, participle,
/// complementizer, source phrase or relative pronoun), not a filler or an object word.
fn speaks(ctx: &Ctx<'_>, j: usize) -> bool {
    matches!(
        ctx.toks[j].cue,
        Some(
            Cue::Verb { .. }
                | Cue::Participle { .. }
                | Cue::Complementizer
                | Cue::Source
                | Cue::Relative
        )
    )
}

/// Whether the quoted word from token `from` (up to the closing mark `close`) is an answer,
/// a statement on its own: "لا"، "نعم"، "كلا"، "شكرا".
fn short_answer(ctx: &Ctx<'_>, from: usize, close: Option<usize>) -> bool {
    let end = close.unwrap_or(ctx.toks.len());
    (from..end)
        .find(|&j| ctx.is_word(j))
        .is_some_and(|j| matches!(ctx.norm(j), "لا" | "نعم" | "كلا" | "شكرا" | "ابدا"))
}

/// The subject between كان (or كانت، وكان …) or لكن and the verb at `verb`, with an optional قد
/// before the verb: "وكان ترمب حذر بكين"، "وكانت الوزارة قد أعلنت"، "لكن جونسون وصف الرداء بأنه".
/// At most four words, none a cue.
fn kana_subject(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
    let end = if verb > a && ctx.norm(verb - 1) == "قد" {
        verb - 1
    } else {
        verb
    };
    let opener = (a.max(end.saturating_sub(5))..end).rev().find(|&j| {
        matches!(
            ctx.norm(j),
            "كان" | "كانت" | "وكان" | "وكانت" | "لكن" | "ولكن"
        )
    })?;
    let words = opener + 1..end;
    if words.is_empty()
        || !words
            .clone()
            .all(|j| ctx.is_word(j) && ctx.toks[j].cue.is_none() && !ctx.inside(j))
    {
        return None;
    }
    let named = ctx
        .mention(opener + 1)
        .is_some_and(|m| m.via != Via::Demonym)
        || ctx.is_speaker_head(opener + 1);
    named.then(|| ctx.resolve(opener + 1, end)).flatten()
}

/// The subject of a verb of saying that stands before it inside a reported clause, right after
/// the complementizer, with a parenthetical between commas or none: "وذكرت الوكالة أن الوزير قال
/// إن"، "أن شاهد عيان، رفض كشف هويته، قال إنه". `start` is the token after the complementizer;
/// the subject's tokens.
fn fronted_subject_range(ctx: &Ctx<'_>, start: usize, verb: usize) -> Option<(usize, usize)> {
    if start == 0
        || verb <= start
        || ctx.toks[start - 1].cue != Some(Cue::Complementizer)
        || verb + 1 >= ctx.toks.len()
        || ctx.toks[verb + 1].cue != Some(Cue::Complementizer)
        || !matches!(ctx.toks[verb].cue, Some(Cue::Verb { .. }))
        || ctx.norm(verb).starts_with('و')
    {
        return None;
    }
    // (A parenthetical between commas before the verb: "، رفض كشف هويته،".)
    let mut end = verb;
    if is_punct(&ctx.tokens[verb - 1], COMMAS) {
        let open = (start..verb - 1)
            .rev()
            .take(10)
            .find(|&k| is_punct(&ctx.tokens[k], COMMAS))?;
        end = open;
    }
    let words = start..end;
    ((1..=4).contains(&words.len())
        && words.clone().all(|k| {
            ctx.is_word(k)
                && ctx.toks[k].cue.is_none_or(|c| c == Cue::SourceHead)
                && !ctx.inside(k)
                && ctx
                    .mention(k)
                    .is_none_or(|m| k > start || m.via != Via::Demonym)
        }))
    .then_some((start, end))
}

/// The fronted subject of the verb at `verb` (see [`fronted_subject_range`]) as a speaker: a name
/// or a speaking noun phrase.
fn fronted_subject(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
    let comp = (a..verb)
        .rev()
        .take(16)
        .find(|&k| ctx.toks[k].cue == Some(Cue::Complementizer))?;
    let (s, e) = fronted_subject_range(ctx, comp + 1, verb)?;
    // (The noun may be accusative after أن: "أن مسؤولا أمنيا قال".)
    let accusative = ctx.norm(s).strip_suffix('ا').is_some_and(is_speaker_head);
    let named = ctx.mention(s).is_some_and(|m| m.via != Via::Demonym)
        || ctx.is_speaker_head(s)
        || accusative
        || first_names().contains_key(ctx.norm(s));
    // (Between the commas, a person in apposition is the one named: "أن وزير الدفاع، أفيغدور
    // ليبرمان، قال".)
    let apposition = (e + 1 < verb - 1)
        .then(|| ctx.mention(e + 1))
        .flatten()
        .filter(|m| m.entity.kind() == EntityKind::Person && m.via != Via::Demonym)
        .map(Cand::of);
    let fem = matches!(ctx.toks[verb].cue, Some(Cue::Verb { fem: true }));
    named
        .then(|| apposition.or_else(|| ctx.resolve(s, e)))
        .flatten()
        .or_else(|| accusative.then(|| ctx.unnamed(s, e)))
        // (A person agrees with the verb: "أن ترمب كان وراء تهديد قالت إن" is not his.)
        .filter(|c| agrees(c, fem))
}

/// Whether the complementizer at `j` follows a conjunction or a preposition that makes it no
/// reported clause: "بعد أن التقى"، "غير أن"، "إضافة إلى أن"، "فضلا عن أن" (`from` bounds the
/// look back).
fn after_conjunction(ctx: &Ctx<'_>, j: usize, from: usize) -> bool {
    let word_before = |k: usize| (k > from).then(|| ctx.norm(k - 1));
    conjunction_an(ctx, j, from)
        || match word_before(j) {
            // (بعد أن، قبل أن: "قالت من قبل إن" is "said before that".)
            Some("دون" | "بدون" | "ودون" | "وبدون") => true,
            Some("بعد" | "وبعد" | "قبل" | "وقبل" | "منذ") => {
                !ctx.tok_text(j).starts_with('إ') && word_before(j - 1) != Some("من")
            }
            Some("لمجرد" | "بمجرد" | "بحكم" | "باعتبار") => true,
            Some("الي") => matches!(
                word_before(j - 1),
                Some("اضافه" | "بالاضافه" | "وبالاضافه" | "علاوه")
            ),
            Some("عن") => matches!(word_before(j - 1), Some("فضلا" | "ناهيك")),
            _ => false,
        }
}

/// Whether `norm` (matching-normalized) is a word of necessity, possibility, plan or seeming
/// that takes its own أن: "التي كان من المقرر أن"، "ما يمكن أن"، "يجب أن"، "لا يبدو أن". The
/// clause after it is no one's reported words.
fn is_modal(norm: &str) -> bool {
    let bare = norm.strip_prefix('و').unwrap_or(norm);
    bare.strip_prefix("ال").is_some_and(|adjective| {
        matches!(
            adjective,
            "مفترض"
                | "مقرر"
                | "متوقع"
                | "منتظر"
                | "مرتقب"
                | "مرجح"
                | "محتمل"
                | "ممكن"
                | "مستبعد"
                | "مستحيل"
                | "مفروض"
                | "مزمع"
        )
    }) || matches!(
        bare,
        "يمكن"
                | "يمكنه"
                | "يمكنها"
                | "يمكنهم"
                | "يجب"
                | "ينبغي"
                | "يتعين"
                | "يجوز"
                | "يفترض"
                | "يستطيع"
                | "تستطيع"
                // (Impersonal "it seems that": "ومن هنا لا يبدو أن".)
                | "يبدو"
                | "بدا"
    )
}

/// Whether the أن / إن at `j` closes a conjunction (غير أن، كما أن، رغم أن، بالرغم من أن، حيث أن):
/// the words before it, from `from` on.
fn conjunction_an(ctx: &Ctx<'_>, j: usize, from: usize) -> bool {
    let word_before = |k: usize| (k > from).then(|| ctx.norm(k - 1));
    match word_before(j) {
        Some(
            "غير" | "الا" | "بيد" | "كما" | "رغم" | "ورغم" | "برغم" | "حيث" | "بما" | "سيما"
            | "لاسيما" | "وخاصه" | "علما" | "حين"
            // The writer's "it is worth noting that": "ويذكر أن الجبير، أكد".
            | "يذكر" | "ويذكر" | "بالذكر",
        ) => true,
        // "، خاصة أنه" (especially as), not the adjective "مصادر خاصة أن" (private sources).
        Some("خاصه") => j >= 2 && j - 2 >= from && is_punct(&ctx.tokens[j - 2], COMMAS),
        // "فضلا عن أن"، "بغض النظر عن أن" (not "كشف عن أن", whose clause is reported).
        Some("عن") => matches!(word_before(j - 1), Some("فضلا" | "النظر")),
        Some("من") => matches!(
            word_before(j - 1),
            Some("بالرغم" | "وبالرغم" | "الرغم" | "رغم" | "ورغم")
        ),
        _ => false,
    }
}

/// The number of tokens of an abbreviated title at `j` (before `end`), 0 if there is none: د.
/// (doctor), م. (engineer), أ. (professor), أ.د. (full professor), each letter with its period.
fn abbreviated_title(ctx: &Ctx<'_>, j: usize, end: usize) -> usize {
    let letter_dot = |k: usize, letters: &[&str]| {
        k + 1 < end && letters.contains(&ctx.tok_text(k)) && ctx.tok_text(k + 1) == "."
    };
    if letter_dot(j, &["أ"]) && letter_dot(j + 2, &["د"]) {
        4
    } else if letter_dot(j, &["د", "م", "أ"]) {
        2
    } else {
        0
    }
}

/// Someone the gazetteer does not know, named in full earlier in the article, whose last name is
/// the word at `j` (right after a cue verb): "وأضاف آرييل" after "وزير الزراعة يوري آرييل". The
/// speaker is that earlier full name, as a continuation would give it. Earlier speakers and names
/// given in apposition to a role count.
fn earlier_surname(ctx: &Ctx<'_>, j: usize, end: usize, prev: &[Cand]) -> Option<Cand> {
    // (Some outlets quote the surname: وأوضح "العصيمي" أن.)
    let quoted = j + 2 < end
        && ctx.toks[j].kind == TokenKind::Quote
        && ctx.toks[j + 2].kind == TokenKind::Quote;
    // (After the abbreviated title, the given name may stand alone too: "أوضح د. فيصل أن" after
    // "فيصل حسن إبراهيم".)
    let title_len = if quoted {
        0
    } else {
        abbreviated_title(ctx, j, end)
    };
    let titled = title_len > 0 && j + title_len < end;
    let j = if quoted {
        j + 1
    } else if titled {
        j + title_len
    } else {
        j
    };
    if j >= end
        || ctx.toks[j].kind != TokenKind::ArabicWord
        || ctx.toks[j].cue.is_some()
        || ctx.mention(j).is_some()
        || (ctx.inside(j) && !quoted)
        || ctx.is_speaker_head(j)
    {
        return None;
    }
    // "وقال بن سحيم" after "سلطان بن سحيم آل ثاني": بن and the word after it, anywhere in the
    // earlier name after its first word.
    let connector = matches!(ctx.norm(j), "بن" | "ابن") && j + 1 < end && ctx.is_word(j + 1);
    let word = ctx.tok_text(if connector { j + 1 } else { j });
    if word.chars().count() < 3 {
        return None;
    }
    let connector_text = ctx.tok_text(j);
    // (Byte comparisons: this runs for every candidate of every lone name.)
    let is_last_word = |name: &str| ends_with_words(name, word);
    let ends_with_word = |span: Span| {
        let name = span.slice(ctx.text);
        if connector {
            let mut words = name.split(' ').skip(1);
            while let Some(w) = words.next() {
                if w == connector_text && words.clone().next() == Some(word) {
                    return true;
                }
            }
            return false;
        }
        // The last word of a name of two words or more (any of its words after a title).
        if titled {
            name.contains(' ') && name.split(' ').any(|w| w == word)
        } else {
            is_last_word(name)
        }
    };
    let at = ctx.tokens[j].start();
    let before = partition_near(&ctx.local_names, ctx.near.get().local_name, |l| {
        l.2.end <= at
    });
    let search = |fits: &dyn Fn(Span) -> bool| {
        let earlier_speaker = prev
            .iter()
            .rev()
            .filter(|c| c.human && c.speaker.span.end <= at)
            .find(|c| fits(c.speaker.span));
        if let Some(c) = earlier_speaker {
            // A person the gazetteer knows, by a last name it does not take alone (أوغلو after
            // مولود جاووش أوغلو): only when no other earlier speaker it knows ends so.
            let Some(e) = &c.speaker.entity else {
                return Some(c.clone());
            };
            let other = prev.iter().any(|o| {
                o.speaker.span.end <= at
                    && o.speaker
                        .entity
                        .as_ref()
                        .is_some_and(|f| !Arc::ptr_eq(e, f))
                    && fits(o.speaker.span)
            });
            if e.kind() == EntityKind::Person && !other {
                return Some(c.clone());
            }
        }
        let (_, _, name) = ctx.local_names[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .rev()
            .find(|l| fits(l.2))?;
        Some(Cand::unknown(*name, None))
    };
    // Failing a last name, the given name of an earlier full name of two or three words
    // ("وأشار نديم" after "نديم كاشيش"); not a word of the article or a quantifier.
    let given_name = !connector
        && !titled
        && !word.starts_with("ال")
        && !matches!(
            ctx.norm(j),
            "ابن"
                | "ابو"
                | "عبد"
                | "ال"
                | "احد"
                | "بعض"
                | "كل"
                | "جميع"
                | "عدد"
                | "عنه"
                | "عنها"
        );
    search(&ends_with_word).or_else(|| {
        given_name
            .then(|| {
                search(&|span: Span| {
                    let name = span.slice(ctx.text);
                    name.len() > word.len()
                        && name.starts_with(word)
                        && name.as_bytes()[word.len()] == b' '
                        && (1..=2).contains(&name.bytes().filter(|&b| b == b' ').count())
                })
            })
            .flatten()
    })
}

/// Whether a candidate is a person by name: one the gazetteer knows, or a name opening with a
/// known given name ("جواو أرماندو").
fn named_person(ctx: &Ctx<'_>, c: &Cand) -> bool {
    match &c.speaker.entity {
        Some(e) => e.kind() == EntityKind::Person,
        None => {
            let (s, _) = ctx.tok_range(c.speaker.span);
            c.human && first_names().contains_key(ctx.norm(s))
        }
    }
}

/// The subject of the verb that opens the sentence, for a participle with no verb of saying
/// before it: "ونعى خالد شقيقته عبر صفحته قائلا:"، "وعلق الوزير على القرار مضيفا أن". The verb
/// is a word with its conjunction (و، ف) and no article; its subject runs to the first comma or
/// preposition.
fn opening_verb_subject(ctx: &Ctx<'_>, a: usize, participle: usize, prev: &[Cand]) -> Option<Cand> {
    // (After "من جانبه،" the verb follows, with no و: "من جانبه، دافع المتحدث … مؤكدا".)
    let opened = after_opener(ctx, a, participle);
    let a = opened.unwrap_or(a);
    let n = ctx.norm(a);
    let verb = match opened {
        Some(_) => Some(n),
        None => n.strip_prefix('و').or_else(|| n.strip_prefix('ف')),
    };
    // (كان، أصبح، بات … take a predicate, not a subject: "وكان محل متابعة".)
    let copula = matches!(
        verb.unwrap_or(""),
        "كان"
            | "كانت"
            | "اصبح"
            | "اصبحت"
            | "بات"
            | "باتت"
            | "صار"
            | "صارت"
            | "ظل"
            | "ظلت"
            | "ليس"
            | "ليست"
    );
    let verb_like = !copula
        && ctx.toks[a].kind == TokenKind::ArabicWord
        && ctx.toks[a].cue.is_none()
        && ctx.mention(a).is_none()
        && verb.is_some_and(|rest| {
            // (Nor a preposition of time: "وبعد تجاهل مايكل للرسالة، بعثا".)
            !rest.starts_with("ال")
                && !matches!(rest, "بعد" | "قبل" | "منذ" | "خلال" | "عند" | "عقب" | "اثر")
        })
        && n.chars().count() >= 4
        && !ctx.is_speaker_head(a);
    if !verb_like || participle <= a + 1 {
        return None;
    }
    let from = a + 1;
    let limit = participle.min(from + 8);
    let end = (from..limit)
        .find(|&j| {
            !ctx.is_word(j)
                || is_place_preposition(ctx.head(j))
                || matches!(ctx.norm(j), "علي" | "عن" | "الي" | "من" | "مع" | "امام")
                // (Nor past a phrase with ل: "ورفع الحازمي التهنئة لمقام … الملك سلمان،
                // قائلاً" is not the king's saying.)
                || (j > from && ctx.mention(j).is_none() && {
                    let n = ctx.norm(j);
                    n.starts_with('ل') && !first_names().contains_key(n)
                })
        })
        .unwrap_or(limit);
    if end == from || (from..end).any(|j| ctx.inside(j) || ctx.toks[j].cue.is_some()) {
        return None;
    }
    let c = ctx
        .resolve(from, end)
        .or_else(|| earlier_surname(ctx, from, end, prev))?;
    // A name the gazetteer does not know must read as one: no word with a pronoun suffix
    // (شقيقته), in the accusative (صحفيا، طالبا) or of one letter, which would be the object or
    // an adverb run into the name.
    let in_region = c.speaker.span.start >= ctx.tokens[from].start()
        && c.speaker.span.end <= ctx.tokens[end - 1].end();
    if c.speaker.entity.is_none() && in_region {
        let plain = (from..end)
            .filter(|&j| ctx.tokens[j].start() < c.speaker.span.end)
            .all(|j| {
                let n = ctx.norm(j);
                n.chars().count() > 1
                    && !["ته", "تها", "ها", "هم", "هما", "ين"]
                        .iter()
                        .any(|p| n.ends_with(p))
                    && (!n.ends_with('ا') || first_names().contains_key(n))
            });
        if !plain {
            return None;
        }
        // After a single unknown word, a definite noun is the verb's object: "ورفضت راد
        // التكهن" (Rudd refused to speculate), "ورفض مورينيو الحديث".
        let first = ctx.tokens[from..end]
            .iter()
            .position(|t| t.start() >= c.speaker.span.start)
            .map(|k| from + k);
        if let Some(f) =
            first.filter(|&f| c.human && f + 1 < end && ctx.norm(f + 1).starts_with("ال"))
        {
            if !first_names().contains_key(ctx.norm(f)) && !ctx.norm(f).starts_with("ال") {
                let mut c = c;
                c.speaker.span = ctx.span(f, f + 1);
                return Some(c);
            }
        }
    }
    Some(c)
}

/// Where the outlet written right after a cue verb, before its subject, ends: "لـ«الشرق الأوسط»"،
/// "لـCNN"، "لوكالة رويترز" (a media mention after ل), "لصحيفة "الوطن"".
fn addressee_end(ctx: &Ctx<'_>, j: usize, b: usize) -> Option<usize> {
    if j >= b || !ctx.is_word(j) {
        return None;
    }
    // After a quotation mark: the token after its partner, a few words on.
    let past_quoted = |k: usize| {
        (k < b && ctx.toks[k].kind == TokenKind::Quote)
            .then(|| (k + 1..b.min(k + 8)).find(|&m| ctx.toks[m].kind == TokenKind::Quote))
            .flatten()
            .map(|m| m + 1)
    };
    if matches!(ctx.tok_text(j), "لـ" | "ل") {
        return past_quoted(j + 1).or_else(|| (j + 1 < b && ctx.is_word(j + 1)).then_some(j + 2));
    }
    if let Some(m) = ctx.mention(j) {
        let prefixed = m.prefix.is_some_and(|p| p.slice(ctx.text).ends_with('ل'));
        if prefixed && is_media(ctx, &Cand::of(m)) {
            return Some(ctx.mtoks[ctx.toks[j].mention as usize].1);
        }
        return None;
    }
    if is_lam_outlet_noun(ctx.norm(j)) {
        return past_quoted(j + 1);
    }
    None
}

/// Past the relative adjectives describing an outlet ("لبي بي سي الكورية"، "لموقع غيزمودو
/// الإخباري"): definite words ending in ي / ية.
fn skip_adjectives(ctx: &Ctx<'_>, mut j: usize, b: usize) -> usize {
    while j < b
        && ctx.toks[j].kind == TokenKind::ArabicWord
        && ctx.mention(j).is_none_or(|m| m.via == Via::Demonym)
        && ctx.norm(j).starts_with("ال")
        && (ctx.norm(j).ends_with('ي') || ctx.norm(j).ends_with("يه"))
    {
        j += 1;
    }
    j
}

/// A verb with فيه / فيها after it ("in which he said") speaks for the one whose statement the
/// sentence names before it: "بعد يوم من تصريح وزير الدفاع الإسرائيلي، قال فيه إن"، "مقابلة مع
/// الوزير قال فيها إن". (When the statement is the object of a verb, "أصدر الجيش بيانا قال فيه",
/// that verb's subject speaks, as for any verb with no subject of its own.)
fn statement_speaker(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
    if verb + 1 >= ctx.toks.len() || !matches!(ctx.norm(verb + 1), "فيه" | "فيها") {
        return None;
    }
    let noun = (a..verb).rev().take(12).find(|&j| {
        ctx.is_word(j)
            && matches!(
                ctx.head(j),
                "تصريح"
                    | "تصريحات"
                    | "بيان"
                    | "مقابله"
                    | "حوار"
                    | "كلمه"
                    | "خطاب"
                    | "تغريده"
                    | "تغريدات"
                    | "رساله"
                    | "مداخله"
                    | "تدوينه"
            )
    })?;
    let mut k = noun + 1;
    if k < verb && ctx.norm(k) == "مع" {
        k += 1;
    }
    if k >= verb || !ctx.is_word(k) {
        return None;
    }
    match ctx.mention(k) {
        Some(m) if m.entity.kind() == EntityKind::Person && m.via != Via::Demonym => {
            Some(Cand::of(m))
        }
        Some(_) => None,
        None if ctx.is_speaker_head(k) => Some(role_or_its_name(ctx, k, verb)),
        None => of_speaker_after_lam(ctx, k, verb),
    }
}

/// The speaker named by the role phrase at `k` (before `limit`), or by the name in apposition
/// right after it: "تصريحات الوزير الأول الفرنسي السابق مانوال فالس، التي قال فيها" is Valls.
fn role_or_its_name(ctx: &Ctx<'_>, k: usize, limit: usize) -> Cand {
    let end = ctx.np_end(k, limit);
    let at = if end < limit && is_punct(&ctx.tokens[end], COMMAS) {
        end + 1
    } else {
        end
    };
    // (Past السابق / الحالي, and a given name the gazetteer spells otherwise: "مانوال فالس".)
    let mut at = at;
    while at < limit && ctx.is_word(at) && is_title_modifier(ctx.head(at)) {
        at += 1;
    }
    // (And past a cleric's title: "المرشد الأعلى لإيران، آية الله علي خامنئي".)
    if at + 2 < limit && ctx.norm(at) == "ايه" && ctx.norm(at + 1) == "الله" {
        at += 2;
    }
    let person = |j: usize| {
        ctx.mention(j)
            .filter(|m| m.entity.kind() == EntityKind::Person && m.via != Via::Demonym)
    };
    let m = (at < limit).then(|| person(at)).flatten().or_else(|| {
        (at + 1 < limit
            && ctx.is_word(at)
            && ctx.toks[at].cue.is_none()
            && !ctx.norm(at).starts_with("ال"))
        .then(|| person(at + 1))
        .flatten()
    });
    if let Some(m) = m {
        return Cand::of(m);
    }
    let mut c = ctx.unnamed(k, end);
    if c.speaker.entity.is_none() {
        if let Some((s, e)) = ctx.name_after(end, limit) {
            c.speaker.span = ctx.span(s, e);
        }
    }
    c
}

/// The statement's author written with ل after it: "تصريح لرئيس السلطة القضائية قال فيه"،
/// "تغريدة للسفير السعودي، قال فيها" (the span starts after the preposition, as a mention's
/// does: "لسفير السعودي" when the article's alef is elided), or the name in apposition after
/// the role: "تغريدة لكبير موظفيه، ليونيد فولكوف، قال فيها".
fn of_speaker_after_lam(ctx: &Ctx<'_>, k: usize, verb: usize) -> Option<Cand> {
    let n = ctx.norm(k);
    let rest = n.strip_prefix('ل')?;
    let head = rest.strip_prefix('ل').unwrap_or(rest);
    // (A title takes a name this does not read: "مقابلة للشيخ سلطان بن سحيم ضمن برنامج".)
    if ctx.toks[k].kind != TokenKind::ArabicWord
        || !is_speaker_head(head)
        || (is_name_title_head(head) && !is_role_head(head))
    {
        return None;
    }
    // (After a verb of sending, ل names the addressee: "أرسلت امرأة رسالة لعضو في مجلس الشيوخ
    // تقول فيها"; and the verb agrees with the author: a feminine one is no رئيس's.)
    let sent = (k.saturating_sub(5)..k - 1).any(|j| {
        ctx.is_word(j)
            && ["ارسل", "وجه", "بعث", "سلم"]
                .iter()
                .any(|v| without_particles(ctx.norm(j)).starts_with(v))
    });
    let fem = matches!(ctx.toks[verb].cue, Some(Cue::Verb { fem: true }));
    if sent || fem != feminine_head(n, head) {
        return None;
    }
    let mut c = role_or_its_name(ctx, k, verb);
    if c.speaker.span.start == ctx.tokens[k].start() {
        // The role itself: its words after the preposition, and no entity its head with ل
        // could name.
        let token = ctx.tok_text(k);
        let written = token.strip_prefix('ل')?.trim_start_matches('ـ');
        c.speaker.span.start += token.len() - written.len();
        c.speaker.entity = None;
    } else if c.speaker.entity.is_none() {
        // The name in apposition: its given name tells the gender.
        let (s, _) = ctx.tok_range(c.speaker.span);
        c.gender = first_names().get(ctx.norm(s)).copied();
    }
    Some(c)
}

/// Whether `norm` (with its conjunction or none) is a verb whose next noun is as often its object
/// as its subject: وصف، اتهم، دعا، ناشد، طالب، حث، حذر ("ووصف #الجيش بأنه").
fn takes_object_first(norm: &str) -> bool {
    let verb = norm.strip_prefix('و').unwrap_or(norm);
    ["وصف", "اتهم", "دعا", "دعت", "ناشد", "طالب", "حث", "حذر"]
        .iter()
        .any(|v| verb.starts_with(v))
}

/// A subject written as hashtags, as scraped social posts and some sites write names: "قالت
/// #كوريا_الجنوبية إنها"، "قال #رئيس_الوزراء_الفرنسي #إدوار_فيليب إن". The last hashtag that names
/// an entity, among the first words after the verb, speaks.
fn hashtag_subject(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
    if takes_object_first(ctx.norm(from - 1)) {
        return None;
    }
    let mut found = None;
    for j in from..end.min(from + 3) {
        if ctx.toks[j].kind != TokenKind::Hashtag {
            break;
        }
        if let Some(m) = ctx.mention(j).filter(|m| m.via != Via::Demonym) {
            found = Some(Cand::of(m));
        }
    }
    found
}

/// Whether `c` is a person the gazetteer knows, named in full right after the verb at `verb` (a
/// role there is often the object, "ودعت ولي العهد إلى", and does not count).
fn named_right_after(ctx: &Ctx<'_>, verb: usize, c: &Cand) -> bool {
    c.speaker.entity.is_some()
        && c.speaker.span.slice(ctx.text).contains(' ')
        && ctx
            .tokens
            .get(verb + 1)
            .is_some_and(|t| t.start() == c.speaker.span.start)
        && !ctx.is_speaker_head(verb + 1)
        && !ctx.is_name_title(verb + 1)
}

/// Whether `head` (a word without its article) is an honorific written right before a name:
/// a title (الدكتور، الشيخ، الأمير), a rank (العقيد، الرائد، النقيب، الميجر) or a calling
/// (المهندس، الأستاذ). Shared with the gazetteer matcher, after which a bare demonym is a given
/// name.
pub(crate) fn is_name_title_head(head: &str) -> bool {
    matches!(
        head,
        "دكتور"
            | "شيخ"
            | "عقيد"
            | "لواء"
            | "عميد"
            | "فريق"
            | "مشير"
            | "مهندس"
            | "استاذ"
            | "سيد"
            | "سيده"
            | "امير"
            | "اميره"
            | "ملك"
            | "سلطان"
            | "جنرال"
            | "حاخام"
            | "قاضي"
            | "سفير"
            | "رييس"
            | "نقيب"
            | "مقدم"
            | "رايد"
            | "ملازم"
            | "دكتوره"
            // (Sir, Lord, Professor; a cardinal, an archbishop.)
            | "سير"
            | "لورد"
            | "بروفيسور"
            | "بروفسور"
            | "كاردينال"
            | "مطران"
            // (Ranks written as in English: الميجر جنرال، الكولونيل، اللفتنانت.)
            | "ميجر"
            | "كولونيل"
            | "لفتنانت"
            | "كابتن"
    )
}

/// A preposition written as a word of its own (في، من، إلى، على، عن، مع، حتى، منذ، بين، نحو،
/// لدى), normalized: what follows is its object. Shared with the gazetteer matcher, for which no
/// conjunction can follow one ("في فارنا" is no و / ف + a name).
pub(crate) fn is_separate_preposition(norm: &str) -> bool {
    matches!(
        norm,
        "في" | "من" | "الي" | "علي" | "عن" | "مع" | "حتي" | "منذ" | "بين" | "نحو" | "لدي"
    )
}

/// أحد / إحدى, "one of": before a group it names one of its members (أحد المسؤولين), and after a
/// name it opens the apposition that says which group (آلان كركوفيتش، أحد كبار المديرين).
fn is_one_of(norm: &str) -> bool {
    matches!(norm, "احد" | "احدي")
}

/// Whether the normalized word `n` is an adverb with ب and the article that opens a sentence
/// (بالتأكيد، بالنسبة، بالطبع، بالرغم، بالفعل …), not a prepositional complement.
fn is_sentence_adverb(n: &str) -> bool {
    matches!(
        n,
        "بالتاكيد"
            | "بالنسبه"
            | "بالطبع"
            | "بالنظر"
            | "بالرغم"
            | "بالفعل"
            | "بالمقابل"
            | "بالامس"
            | "بالاضافه"
            | "بالله"
            | "بالتالي"
            | "بالعكس"
            | "بالضبط"
            | "بالتحديد"
            | "بالذات"
            | "بالمناسبه"
    )
}

/// Whether the normalized word `n` may be a name by its shape: a known first name, or no
/// participle (مخاطبا), adverb in ا (سابقا), demonstrative, or word with a pronoun suffix.
/// Whether `n` is a given name written with its article, as Maghrebi news writes some (الطاهر،
/// الهادي): known without it.
fn article_given_name(n: &str) -> bool {
    n.strip_prefix("ال")
        .is_some_and(|stem| first_names().contains_key(stem))
}

fn name_shaped(n: &str) -> bool {
    // (A known first name may end in ا: ميلانيا، ماريا.)
    (first_names().contains_key(n) || (!looks_like_participle(n) && !n.ends_with('ا')))
        && !is_demonstrative(n)
        && !["ته", "تها", "هم", "هما", "كم", "نا"]
            .iter()
            .any(|p| n.ends_with(p))
        && !is_preposition_with_pronoun(n)
}

/// A preposition with a pronoun (عليه، إليها، عنه، منه، فيه، له، معها، لديه …): "كتب عليه
/// «سري»" is written on it, by no one named.
fn is_preposition_with_pronoun(n: &str) -> bool {
    ["علي", "الي", "عن", "من", "في", "ب", "ل", "مع", "لدي"]
        .iter()
        .filter_map(|p| n.strip_prefix(p))
        .any(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما" | "هن"))
}

/// A quoted name filling the subject region before the complementizer, the gazetteer knowing none
/// of it: "وأوضحت «الغذاء والدواء» أن".
fn quoted_subject(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
    if from >= end || ctx.toks[from].kind != TokenKind::Quote {
        return None;
    }
    // (A colon may come between: وقالت «الفيدرالية العالمية»: إن.)
    let reported = |k: usize| k < ctx.toks.len() && ctx.toks[k].cue == Some(Cue::Complementizer);
    // (A prepositional phrase may follow the name: وقالت "فتح" في بيان صحفي إن.)
    let after = ctx.quoted_name_end(from, end).filter(|&after| {
        (after == end || ctx.subject_start(after, end).is_none())
            && (reported(end)
                || (end < ctx.toks.len() && ctx.tok_text(end) == ":" && reported(end + 1)))
            && (from + 1..after - 1).all(|k| ctx.mention(k).is_none())
    })?;
    Some(Cand {
        speaker: Speaker {
            span: ctx.span(from, after),
            entity: None,
        },
        gender: None,
        human: false,
        agent: None,
        said_fem: None,
    })
}

/// One to three plain words between عن and قوله, a name the library does not know: "ونقلت
/// الوكالة عن كيم قوله".
fn relayed_name(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
    let saying = end < ctx.toks.len() && is_saying_noun(ctx.norm(end));
    let words = from..end;
    let plain = (1..=3).contains(&words.len())
        && words.clone().all(|j| {
            ctx.toks[j].kind == TokenKind::ArabicWord
                && ctx.toks[j].cue.is_none()
                && ctx.mention(j).is_none()
                && !ctx.inside(j)
                && !ctx.norm(j).starts_with("ال")
                && !ctx.is_speaker_head(j)
                && name_shaped(ctx.norm(j))
        });
    (saying && plain).then(|| {
        let gender = match ctx.norm(end) {
            "قولها" => Some(Gender::Female),
            "قوله" => Some(Gender::Male),
            _ => None,
        };
        Cand::unknown(ctx.span(from, end), gender)
    })
}

/// One to three words right after a cue verb that can only be a name the library does not know:
/// plain words (no article, no known word class, no preposition or pronoun), followed by the
/// complementizer or colon that ends the subject, or by a prepositional phrase before it ("وقال
/// ديرك كامبل إن"، "وقال سيرانو على تويتر إن"، "وقال جيل لبي بي سي إنه").
fn bare_name(ctx: &Ctx<'_>, verb: usize, end: usize) -> Option<Cand> {
    let saying = is_saying_verb(ctx.norm(verb));
    // (After the abbreviated title: "وأوضح د. المزروع أن"، "وأشار م. البنيان إلى أن".)
    let title_len = abbreviated_title(ctx, verb + 1, end);
    let titled = title_len > 0 && verb + 1 + title_len < end;
    // (After a demonym standing for a person of that nation, as sports news writes: "وقال
    // الباراغوياني خوان نابوت إن"; alone, "وقال الإسباني إن", it is the speaker.)
    let nationality = !titled
        && verb + 1 < end
        && ctx.norm(verb + 1).starts_with("ال")
        && ctx.mention(verb + 1).is_some_and(|m| {
            m.via == Via::Demonym
                && m.span.start == ctx.tokens[verb + 1].start()
                && m.span.end == ctx.tokens[verb + 1].end()
        });
    let from = if titled {
        verb + 1 + title_len
    } else if nationality {
        verb + 2
    } else {
        verb + 1
    };
    // (The words may follow at once, in quotation marks: "وقالت إدريس "…"".)
    let reports = saying && reports_right_after(ctx, end);
    if !reports {
        return None;
    }
    if nationality && from == end {
        return Some(Cand::unknown(ctx.span(verb + 1, end), None));
    }
    let name_word = |j: usize| {
        let n = ctx.norm(j);
        // (A later word may start with ب: "سعيد بوميدوحة"، "راجح بادي"; ل is the addressee's.)
        // (بن opens a name: "بن عمر"; a known given name may open with ل: لطفي، لزهر.)
        let connector = matches!(n, "بن" | "ابن" | "بنت");
        let preposition_letter = match n.chars().next() {
            Some('ل') => !first_names().contains_key(n),
            // (The first word may open with ب too when it stands alone before the words or a
            // comma: "وقال بركات، عبر صفحته، إن" is a family name; "وقال بحزم إن" says how, and
            // بال is ب + the article: "وقال بالمقابل".)
            Some('ب') => {
                let lone = j + 1 == end || (j + 1 < end && is_punct(&ctx.tokens[j + 1], COMMAS));
                !connector
                    && ((j == from && (!lone || is_manner(n) || n.starts_with("بال")))
                        || n.chars().count() < 4)
            }
            _ => false,
        };
        // A Maghrebi given name keeps its article (الطاهر، الهادي): known without it, and
        // followed by the family name.
        let article_name = titled || (j == from && j + 1 < end && article_given_name(n));
        ctx.toks[j].kind == TokenKind::ArabicWord
            && ctx.toks[j].cue.is_none()
            && ctx.mention(j).is_none()
            && !ctx.inside(j)
            && !ctx.is_speaker_head(j)
            && !ctx.is_name_title(j)
            && (n.chars().count() >= 3 || connector)
            && (!n.starts_with("ال") || article_name)
            && !preposition_letter
            && name_shaped(n)
            && !is_place_preposition(ctx.head(j))
            && !is_function_word(n)
            // Shapes of common nouns: plurals, feminine and relative nouns, pronoun suffixes,
            // verbal nouns (استطلاع، انسحاب). (A subject is not in the oblique case: alone right
            // before the words, or after a given name, ين ends a family name, كوهين، جون ماكين.)
            && (first_names().contains_key(n)
                || (n.ends_with("ين")
                    && !n.ends_with("يين")
                    && (j + 1 == end || (j > from && first_names().contains_key(ctx.norm(from))))
                    && !n.starts_with("ال"))
                || !(["ون", "ين", "ات", "ه", "يه"].iter().any(|p| n.ends_with(p))
                    || n.starts_with("است")
                    || n.starts_with("ان")))
    };
    let mut k = from;
    while k < end && k - from < 3 && name_word(k) {
        k += 1;
    }
    // A name does not end with a connector (ابن، بن، أبو، عبد): what follows it was not read.
    if k == from || matches!(ctx.norm(k - 1), "ابن" | "بن" | "ابو" | "عبد" | "ام") {
        return None;
    }
    // After the name: the end of the subject, a comma, or a prepositional phrase.
    let after_ok = k == end
        || is_punct(&ctx.tokens[k], COMMAS)
        // (An age or a place in brackets: "تقول سكارليت فينسينت (23 سنة)".)
        || ctx.tok_text(k) == "("
        || (ctx.is_word(k)
            && (is_place_preposition(ctx.head(k))
                || matches!(ctx.norm(k).chars().next(), Some('ب' | 'ل'))
                || matches!(
                    ctx.norm(k),
                    "علي" | "امام" | "عن" | "مع" | "كان" | "كانت" | "الذي" | "التي" | "الذين"
                )));
    if !after_ok {
        return None;
    }
    Some(Cand::unknown(
        ctx.span(from, k),
        first_names().get(ctx.norm(from)).copied(),
    ))
}

/// A word that is no part of a name: a particle, a preposition with or without a pronoun, a
/// word of time or manner, a demonstrative (عنه، بعد، حين، أيضا، كان، هذا، لكن …).
fn is_function_word(n: &str) -> bool {
    matches!(
        n,
        "كذلك"
            | "عنه"
            | "عنها"
            | "عنهم"
            | "منه"
            | "منها"
            | "عليه"
            | "عليها"
            | "فيه"
            | "فيها"
            | "له"
            | "لها"
            | "لهم"
            | "الي"
            | "علي"
            | "حول"
            | "امام"
            | "لدي"
            | "بعد"
            | "قبل"
            | "خلال"
            | "عبر"
            | "عقب"
            | "اثر"
            | "يوم"
            | "اليوم"
            | "امس"
            | "وقت"
            | "ايضا"
            | "حين"
            | "حيث"
            | "كما"
            | "عندما"
            | "بينما"
            | "منذ"
            | "مع"
            | "عن"
            | "من"
            | "ان"
            | "انه"
            | "انها"
            | "كان"
            | "كانت"
            | "قد"
            | "لقد"
            | "ما"
            | "لا"
            | "لم"
            | "لن"
            | "ثم"
            | "لكن"
            | "غير"
            | "كل"
            | "بعض"
    ) || is_demonstrative(n)
}

/// هذا، هذه، ذلك، تلك، هؤلاء.
fn is_demonstrative(n: &str) -> bool {
    matches!(n, "هذا" | "هذه" | "ذلك" | "تلك" | "هولاء")
}

/// Whether a word with ب says how something was said, or by whom of a group, not who: بحزم،
/// بصراحة، بدوره، بعضهم.
fn is_manner(norm: &str) -> bool {
    matches!(
        norm,
        "بحزم"
            | "بصراحه"
            | "بوضوح"
            | "بثقه"
            | "بهدوء"
            | "بشده"
            | "بغضب"
            | "بحسره"
            | "باسف"
            | "بفخر"
            | "بسخريه"
            | "بلهجه"
            | "بنبره"
            | "بدوره"
            | "بدورها"
            | "بعضهم"
            | "بعضهن"
            | "بعضها"
    )
}

/// A one-word name the gazetteer does not know, as the fuller name of a speaker given before
/// that holds it: "وقال باسيلوس" after "الراهب باسيلوس المقاري". (Not a given name: many share
/// one.)
fn named_before(ctx: &Ctx<'_>, c: Cand, prev: &[Cand]) -> Cand {
    let word = c.speaker.span.slice(ctx.text);
    if c.speaker.entity.is_some() || word.contains(' ') || first_names().contains_key(word) {
        return c;
    }
    prev.iter()
        .rev()
        .take(64)
        .find(|p| {
            p.human
                && p.speaker.entity.is_none()
                && p.speaker.span != c.speaker.span
                && p.speaker.span.slice(ctx.text).split(' ').any(|w| w == word)
        })
        .cloned()
        .unwrap_or(c)
}

/// Whether `norm` (with its conjunction و / ف or none) is a verb of saying whose next noun is its
/// subject: قال، أضاف، أوضح، ذكر، أكد … (after كشف، وصف، أعلن، نقل it is as often the object:
/// "كشف تسجيل أن"، "وصف كتابه بأنه").
fn is_saying_verb(norm: &str) -> bool {
    let v = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    matches!(
        v,
        "قال"
            | "قالت"
            | "اضاف"
            | "اضافت"
            | "تابع"
            | "تابعت"
            | "اوضح"
            | "اوضحت"
            | "يقول"
            | "تقول"
            | "ذكر"
            | "ذكرت"
            | "اكد"
            | "اكدت"
            | "اشار"
            | "اشارت"
            | "افاد"
            | "افادت"
            | "صرح"
            | "صرحت"
            | "شدد"
            | "شددت"
            | "اجاب"
            | "اجابت"
    )
}

/// Whether the token at `end` starts the reported words: a complementizer, a colon or a
/// quotation mark.
fn reports_right_after(ctx: &Ctx<'_>, end: usize) -> bool {
    end < ctx.toks.len()
        && (ctx.toks[end].cue == Some(Cue::Complementizer)
            || ctx.tok_text(end) == ":"
            || ctx.toks[end].kind == TokenKind::Quote)
}

/// The subject of a verb of saying that is a definite noun phrase no rule knows, right before
/// the reported words: "وقالت السلطة القضائية إن"، "تقول الموسوعة البريطانية إن"، "قالت
/// #الشرطة_البريطانية، الجمعة، إنها". Up to four words (or a hashtag), each with the article, and
/// then only fillers (days, في بيان …) and commas. A title or family name of a speaker named
/// earlier (`prev`) is that speaker: "وأكد البابا" after "البابا فرانسيس"، "الجار الله" after
/// "إبراهيم الجار الله".
fn definite_subject(ctx: &Ctx<'_>, verb: usize, end: usize, prev: &[Cand]) -> Option<Cand> {
    let from = verb + 1;
    // (A hashtag after any verb of reporting but those whose next noun is the object: "أعلنت
    // #الشرطة_الأفغانية، الأحد، أن".)
    // (Nor after نقل, whose hashtag relays from someone named after it.)
    let hashtag = from < end
        && ctx.toks[from].kind == TokenKind::Hashtag
        && !takes_object_first(ctx.norm(verb))
        && !without_particles(ctx.norm(verb)).starts_with("نقل");
    if !(hashtag || is_saying_verb(ctx.norm(verb))) || !reports_right_after(ctx, end) {
        return None;
    }
    // (After a preposition the verb's letters are its verbal noun: "على ذكر المطالب بأن".)
    if verb > 0 && ctx.is_word(verb - 1) && is_separate_preposition(ctx.norm(verb - 1)) {
        return None;
    }
    let definite_word = |j: usize| {
        let n = ctx.norm(j);
        ctx.toks[j].kind == TokenKind::ArabicWord
            && ctx.toks[j].cue.is_none()
            && ctx
                .mention(j)
                .is_none_or(|m| j > from && m.via == Via::Demonym)
            && !ctx.inside(j)
            && n.starts_with("ال")
            && n.chars().count() >= 4
            && !matches!(
                n,
                "الي" | "الا" | "الان" | "العام" | "الذي" | "التي" | "الذين"
            )
    };
    let k = if from < end && ctx.toks[from].kind == TokenKind::Hashtag {
        from + 1
    } else {
        let mut k = from;
        while k < end && k - from < 4 && definite_word(k) {
            k += 1;
        }
        // A name after the noun phrase, which no list knows: "وقال العالم الفيزيائي كريغ
        // سبريغس:" (a profession and a foreign name). One to three plain words, none an adverb
        // (مجددا، أيضا) or a particle.
        let name_word = |j: usize| {
            let n = ctx.norm(j);
            ctx.toks[j].kind == TokenKind::ArabicWord
                && ctx.toks[j].cue.is_none()
                && ctx
                    .mention(j)
                    .is_none_or(|m| m.entity.kind() == EntityKind::Person)
                && !ctx.inside(j)
                && !n.starts_with("ال")
                && !n.ends_with('ا')
                && n.chars().count() >= 3
                && !is_separate_preposition(n)
                // (Not whom it was said to, nor where: لراديو، للمحققين، بمنطقة; a name may open
                // with the letter: القمص بسيط. Nor a second subject: والمرصد.)
                && !(n.starts_with(['ل', 'ب']) && n.chars().count() >= 5)
                && (!n.starts_with('و') || first_names().contains_key(n))
                && !is_function_word(n)
        };
        let mut e = k;
        while k > from && e < end && e - k < 3 && name_word(e) {
            e += 1;
        }
        if e > k
            && (e == end
                || ctx.toks[e].cue == Some(Cue::Filler)
                || is_punct(&ctx.tokens[e], COMMAS))
        {
            e
        } else {
            k
        }
    };
    // (Or whom the words were given to: "وقالت المرأة لراديو المدينة إن".)
    let addressee = k < end
        && end - k <= 5
        && (is_addressee(ctx.norm(k)) || ctx.outlet_with_lam(k))
        && (k..end).all(|j| ctx.is_word(j) || ctx.toks[j].kind == TokenKind::Quote);
    if k == from
        || !(addressee
            || (k..end)
                .all(|j| ctx.toks[j].cue == Some(Cue::Filler) || is_punct(&ctx.tokens[j], COMMAS)))
    {
        return None;
    }
    let span = ctx.span(from, k);
    let words = span.slice(ctx.text);
    // (A body is not its head named before: "السلطة القضائية" after "رئيس السلطة القضائية".)
    let after_role = |full: &str| {
        let before = full[..full.len() - words.len()].trim_end();
        let last = before.rsplit(' ').next().unwrap_or(before);
        let n = Normalizer::matching().normalize(last);
        let n = n.as_str();
        is_speaker_head(n.strip_prefix("ال").unwrap_or(n))
    };
    let named_before = prev.iter().rev().find(|p| {
        let full = p.speaker.span.slice(ctx.text);
        (ends_with_words(full, words) && !after_role(full))
            || full
                .strip_prefix(words)
                .is_some_and(|rest| rest.starts_with(' '))
    });
    // (A body reads as one: "الدول الخمس" takes a feminine verb, see [`Ctx::unnamed`].)
    Some(named_before.cloned().unwrap_or_else(|| {
        if is_institution(ctx.head(from)) {
            ctx.unnamed(from, k)
        } else {
            Cand::unknown(span, None)
        }
    }))
}

/// Where the noun phrase of a source phrase starts (after حسبما ذكر، وفقا لما قاله، بحسب، نقلا عن …).
fn source_np(ctx: &Ctx<'_>, i: usize, b: usize) -> Option<usize> {
    let w = ctx.head(i);
    let w = w
        .strip_prefix('و')
        .filter(|r| {
            r.starts_with("بحسب")
                || r.starts_with("حسب")
                || r.starts_with("وفق")
                || r.starts_with("نقلا")
                || r.starts_with("طبقا")
        })
        .unwrap_or(w)
        .to_string();
    let mut j = i + 1;
    let word = |j: usize| if j < b { ctx.head(j) } else { "" };
    match w.as_str() {
        // حسبما + verb.
        "حسبما" => j += 1,
        "حسب" | "بحسب" => {
            if word(j) == "ما" {
                j += 2;
            } else if j < b
                && matches!(
                    ctx.norm(j),
                    "وصف" | "تعبير" | "قول" | "روايه" | "تصريح" | "تصريحات"
                )
                && j + 1 < b
                && ctx.is_word(j + 1)
                && !matches!(ctx.norm(j + 1), "سابقه" | "سابق" | "سابقا")
            {
                // "بحسب وصف عضو المكتب، محمد صميد": the saying noun, then its author.
                j += 1;
            }
        }
        "وفقا" | "وفق" | "طبقا" | "استنادا" => {
            let next = word(j);
            if matches!(next, "ما" | "لما") {
                j += 2;
            } else if next == "ل"
                || next == "الي"
                || ctx.tok_text(j.min(b.saturating_sub(1))) == "لـ"
            {
                j += 1;
            }
        }
        "نقلا" if word(j) == "عن" => j += 1,
        _ => return None,
    }
    // بحسب ما جاء في البيان / وفقا لما ورد في التقرير: the document after في.
    if j > i + 1 && word(j) == "في" && matches!(word(j - 1), "جاء" | "ورد") {
        j += 1;
    }
    (j < b).then_some(j)
}

/// The mention right before a relative pronoun at `rel` (through a comma).
fn antecedent(ctx: &Ctx<'_>, floor: usize, rel: usize) -> Option<Cand> {
    let mut j = rel;
    if j > floor && is_punct(&ctx.tokens[j - 1], COMMAS) {
        j -= 1;
    }
    if j == floor {
        return None;
    }
    // An unnamed source right before the pronoun, with up to two adjectives, a demonym among them:
    // "وفق المصادر التي أكدت أن"، "مصادر ميدانية التي"، "السلطات السعودية التي".
    let unnamed = || {
        (j.saturating_sub(3).max(floor)..j)
            .find(|&k| {
                ctx.is_speaker_head(k)
                    && (k..j).all(|i| {
                        ctx.is_word(i)
                            && ctx
                                .mention(i)
                                .is_none_or(|m| i > k && m.via == Via::Demonym)
                    })
            })
            .map(|k| ctx.unnamed(k, j))
    };
    match ctx.mention(j - 1) {
        Some(m) if m.via == Via::Demonym => unnamed(),
        Some(m) => Some(Cand::of(m)),
        None => unnamed()
            // A name the gazetteer does not know, or a given name alone: "التقيت نورة التي
            // قالت".
            .or_else(|| {
                let (s, e, gender) = (j.saturating_sub(4).max(floor)..j)
                    .find_map(|k| ctx.unknown_name(k, j).filter(|&(s, e, _)| s == k && e == j))
                    .or_else(|| {
                        let n = ctx.norm(j - 1);
                        (ctx.is_word(j - 1) && ctx.toks[j - 1].cue.is_none())
                            .then(|| first_names().get(n).copied())
                            .flatten()
                            .map(|g| (j - 1, j, Some(g)))
                    })?;
                Some(Cand::unknown(ctx.span(s, e), gender))
            }),
    }
}

/// Where a sentence goes on after an opening "on his part" (من جانبه، من جهتها، بدوره), its comma
/// included: the verb comes next.
fn after_opener(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    let own = |w: &str| {
        matches!(
            w,
            "جانبه"
                | "جانبها"
                | "جانبهم"
                | "جهته"
                | "جهتها"
                | "جهتهم"
                | "ناحيته"
                | "ناحيتها"
        )
    };
    let k = if a + 1 < b && matches!(ctx.norm(a), "من" | "ومن") && own(ctx.norm(a + 1)) {
        a + 2
    } else if matches!(ctx.norm(a), "بدوره" | "بدورها" | "وبدوره" | "وبدورها")
    {
        a + 1
    } else {
        return None;
    };
    let k = if k < b && is_punct(&ctx.tokens[k], COMMAS) {
        k + 1
    } else {
        k
    };
    (k < b && ctx.is_word(k)).then_some(k)
}

/// A name the gazetteer does not know right after the sentence's first verb, with a role in
/// apposition after a comma: "وأدلى بولنت تزجان، المتحدث باسم حزب الشعب الجمهوري، بهذه
/// التصريحات". The name, two or three plain words, speaks.
fn name_with_role_after_comma(ctx: &Ctx<'_>, verb: usize, b: usize) -> Option<Cand> {
    let comma = (verb + 3..b.min(verb + 5)).find(|&c| is_punct(&ctx.tokens[c], COMMAS))?;
    let plain = (verb + 1..comma).all(|j| {
        let n = ctx.norm(j);
        ctx.is_word(j)
            && ctx.toks[j].kind == TokenKind::ArabicWord
            && ctx.toks[j].cue.is_none()
            && ctx.mention(j).is_none()
            && !ctx.inside(j)
            && !n.starts_with("ال")
            && !n.starts_with('و')
            && n.chars().count() >= 3
            && name_shaped(n)
            && !is_function_word(n)
    });
    let role = comma + 1 < b
        && ctx.is_word(comma + 1)
        && ctx.norm(comma + 1).starts_with("ال")
        && is_role_head(ctx.head(comma + 1));
    (plain && role).then(|| Cand::unknown(ctx.span(verb + 1, comma), None))
}

/// The first person in the sentence not governed by a preposition and outside quotes; else an
/// organization heading the sentence.
fn sentence_subject(ctx: &Ctx<'_>, a: usize, b: usize, marked: &[&Marked]) -> Option<Cand> {
    let _ = marked;
    let inside = |i: usize| ctx.inside(i);
    let mut k = a;
    while k < b {
        if inside(k) {
            k += 1;
            continue;
        }
        if ctx.toks[k].cue == Some(Cue::Complementizer) {
            break; // the rest is a reported clause
        }
        if let Some(m) = ctx.mention(k) {
            let (ms, me) = ctx.mtoks[ctx.toks[k].mention as usize];
            if m.entity.kind() == EntityKind::Person
                && m.via != Via::Demonym
                && !ctx.is_object(ms, a)
            {
                return Some(Cand::of(m));
            }
            k = me.max(k + 1);
            continue;
        }
        k += 1;
    }
    // An organization or country (by name) within the first four words. (Not one in
    // parentheses: "(CNN)--" credits the outlet.)
    // (Nor one after a preposition: "عصابة في المكسيك "تعترف …"" is a gang's word; nor a
    // dateline's, before the outlet's credit: "دبي، الإمارات العربية المتحدة (CNN)--".)
    let org = (a..b.min(a + 4))
        .filter(|&i| !(i > a && ctx.tok_text(i - 1) == "("))
        .filter(|&i| {
            ctx.toks[i].mention == NONE || {
                // (An acronym in brackets is the same body's: "مكتب التحقيقات الفيدرالي (FBI)".)
                let m = &ctx.mentions[ctx.toks[i].mention as usize];
                let end = ctx.mtoks[ctx.toks[i].mention as usize].1;
                !(end + 1 < ctx.toks.len()
                    && ctx.tok_text(end) == "("
                    && ctx
                        .mention(end + 1)
                        .is_some_and(|o| o.entity.id() != m.entity.id()))
            }
        })
        .filter(|&i| {
            !(i > a
                && ctx.is_word(i - 1)
                && matches!(ctx.norm(i - 1), "في" | "من" | "الي" | "علي" | "عن" | "مع"))
        })
        .filter_map(|i| ctx.mention(i))
        .find(|m| m.entity.kind() != EntityKind::Person && m.via == Via::Name)
        .map(Cand::of);
    if org.is_some() {
        return org;
    }
    // A speaking noun right after the sentence's first verb (ونعت الرئيس الأميركي …).
    // (Not the one who asked: "وعندما سأله أحد الصحفيين …، قال" is the answer of the asked.)
    // (After an opening "on his part" the verb comes first: "من جانبه، دافع المتحدث …".)
    let verb = after_opener(ctx, a, b).unwrap_or(a);
    // (A family name with آل right after it: "وكرر آل ثاني مواقف بلاده".)
    if verb + 2 < b && ctx.tok_text(verb + 1) == "آل" {
        if let Some(c) = ctx.resolve(verb + 1, verb + 3) {
            return Some(c);
        }
    }
    let first = (verb..b.min(verb + 3)).find(|&i| {
        ctx.is_word(i)
            && i > verb
            && ctx.is_speaker_head(i)
            && !matches!(
                ctx.norm(i - 1),
                "ساله" | "سالها" | "سالته" | "سالتها" | "سالهم" | "سالوه"
            )
            // (Nor a noun after a preposition and a verb of saying: in "وقال في بيان:" the
            // statement is how the previous speaker said it; "وجاء في البيان" quotes it.)
            && !(i > verb + 1
                && is_place_preposition(ctx.head(i - 1))
                && matches!(ctx.toks[verb].cue, Some(Cue::Verb { .. })))
    });
    let Some(first) = first else {
        return name_with_role_after_comma(ctx, verb, b);
    };
    if inside(first) {
        return None;
    }
    let end = ctx.np_end(first, b);
    // A person the gazetteer knows, named in apposition right after the phrase: "يذكر أن رئيس
    // الوزراء الكندي، جاستن ترودو، كان قد علق …".
    let at = ctx
        .appositions
        .partition_point(|ap| ctx.mtoks[ap.mention].0 < end);
    if let Some(ap) = ctx.appositions.get(at).filter(|ap| {
        let (rs, re) = ap.role_toks;
        rs >= first && re == end && ctx.mtoks[ap.mention].0 <= end + 1
    }) {
        return Some(Cand::of(&ctx.mentions[ap.mention]));
    }
    let mut c = ctx.unnamed(first, end);
    // (The name in apposition, when one follows: "تحدث لاعب الهلال محمد الشلهوب عن …"; after
    // a comma only one opening with a given name, a comma here often closing a clause.)
    let name_like = |s: usize, e: usize| {
        // Between commas, every word shaped as a name: no article, no verb or preposition
        // prefix ("ويس ستريتينغ" yes; "وبعد أقل"، "فتى يبلغ" no).
        e < b
            && is_punct(&ctx.tokens[e], COMMAS)
            && (s..e).all(|j| {
                let n = ctx.norm(j);
                name_shaped(n) && !n.starts_with("ال") && !n.ends_with('ه')
            })
            && !ctx
                .norm(s)
                .starts_with(['و', 'ف', 'ب', 'ل', 'ي', 'ت', 'ا', 'ك', 'م'])
    };
    if let Some((s, e)) = ctx
        .name_after(end, b)
        .filter(|&(s, e)| s == end || first_names().contains_key(ctx.norm(s)) || name_like(s, e))
    {
        c.speaker = Speaker {
            span: ctx.span(s, e),
            entity: None,
        };
    }
    Some(c)
}

/// "X: …" at the head of a sentence: X is a mention or a short noun phrase.
fn headline(ctx: &Ctx<'_>, a: usize, colon: usize) -> Option<Cand> {
    if colon <= a || colon - a > 6 {
        return None;
    }
    if let Some(m) = (a..colon).rev().find_map(|i| ctx.mention(i)) {
        if m.via != Via::Demonym {
            return Some(Cand::of(m));
        }
    }
    let first = (a..colon).find(|&i| ctx.is_word(i))?;
    ctx.is_speaker_head(first)
        .then(|| ctx.unnamed(first, colon))
}

/// The end (exclusive token) of a reported clause starting at `start`.
fn clause_end(ctx: &Ctx<'_>, start: usize, b: usize, in_marked: &dyn Fn(usize) -> bool) -> usize {
    let mut j = start;
    while j < b {
        let t = &ctx.toks[j];
        if !in_marked(j) {
            if is_punct(&ctx.tokens[j], COMMAS) || ctx.tok_text(j) == "؛" || ctx.tok_text(j) == ";"
            {
                let next = j + 1;
                // (A comma that closes a person's name in apposition is followed by the clause's
                // own verb: "إن مستشاره للأمن القومي، جون بولتون، أبلغ السفير …".)
                let closes_name = || {
                    (start..j)
                        .rev()
                        .find(|&p| is_punct(&ctx.tokens[p], COMMAS))
                        .is_some_and(|p| {
                            p + 1 < j
                                && (p + 1..j).all(|k| {
                                    ctx.mention(k)
                                        .is_some_and(|m| m.entity.kind() == EntityKind::Person)
                                })
                        })
                };
                // (A relative clause between commas right after the clause's subject leaves its
                // verb to come: "أن الاتصالات، التي لا تزال في مرحلة أولية، تشمل مسؤولين".)
                // (Not one with a verb of saying: "نوفيتشوك، الذي قالت بريطانيا إنه".)
                let subject_relative = || {
                    ctx.toks[next].cue == Some(Cue::Relative)
                        && (start..j).filter(|&k| ctx.is_word(k)).take(4).count() <= 3
                        && (next + 1..b)
                            .take_while(|&k| !is_punct(&ctx.tokens[k], COMMAS))
                            .all(|k| !matches!(ctx.toks[k].cue, Some(Cue::Verb { .. })))
                };
                // (Nor one closing a parenthetical after the clause's own speaker, whose verb of
                // saying follows: "أن شاهد عيان، رفض كشف هويته، قال إنه".)
                let inner_speaker = || {
                    (next..b.min(next + 10))
                        .find(|&v| matches!(ctx.toks[v].cue, Some(Cue::Verb { .. })))
                        .is_some_and(|v| fronted_subject_range(ctx, start, v).is_some())
                };
                if next < b
                    && matches!(
                        ctx.toks[next].cue,
                        Some(
                            Cue::Participle { .. } | Cue::Source | Cue::Verb { .. } | Cue::Relative
                        )
                    )
                    && !closes_name()
                    && !subject_relative()
                    && !inner_speaker()
                {
                    break;
                }
                if next < b
                    && ctx.head(next) == "علي"
                    && next + 1 < b
                    && ctx.head(next + 1) == "لسان"
                {
                    break;
                }
                // ، مستغربا …: an accusative participle (حال) starts the narrator's clause.
                if next < b && looks_like_participle(ctx.norm(next)) {
                    break;
                }
                // ، بينما / فيما / في حين: the narrator goes on.
                if next < b && matches!(ctx.norm(next), "بينما" | "وبينما") {
                    break;
                }
                if next + 1 < b && ctx.norm(next) == "في" && ctx.norm(next + 1) == "حين" {
                    break;
                }
            }
            if j > start
                && matches!(t.cue, Some(Cue::Verb { .. }))
                && (ctx.norm(j).starts_with('و') || matches!(ctx.norm(j), "قال" | "قالت"))
                && fronted_subject_range(ctx, start, j).is_none()
            {
                break; // وأضاف …، قال تعالى: a new statement
            }
            if j > start
                && ctx.norm(j) == "كما"
                && j + 1 < b
                && (matches!(ctx.toks[j + 1].cue, Some(Cue::Verb { .. }))
                    || ctx.norm(j + 1).starts_with("بين"))
            {
                break; // كما قال / كما بينه: an aside
            }
        }
        j += 1;
    }
    // Drop trailing punctuation (but keep a closing quotation mark).
    while j > start && ctx.toks[j - 1].kind == TokenKind::Punctuation {
        j -= 1;
    }
    j
}

fn count_words(ctx: &Ctx<'_>, a: usize, b: usize) -> usize {
    (a..b.min(ctx.toks.len()))
        .filter(|&i| ctx.is_word(i))
        .count()
}

/// Whether a quote holds exactly one entity mention (a name in quotation marks: «داعش»).
fn is_entity_only(ctx: &Ctx<'_>, m: &Marked) -> bool {
    let Some(close) = m.close else { return false };
    if close <= m.open + 1 {
        return false;
    }
    let first = ctx.toks[m.open + 1].mention;
    first != NONE && (m.open + 1..close).all(|i| ctx.toks[i].mention == first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_nouns_with_a_possessive() {
        assert!(is_place_noun_or_its("مدينه"));
        assert!(is_place_noun_or_its("مدينته"));
        assert!(is_place_noun_or_its("قريتها"));
        assert!(is_place_noun_or_its("ولايتهم"));
        assert!(is_place_noun_or_its("مديريتي"));
        assert!(!is_place_noun_or_its("حكومته"));
        assert!(!is_place_noun_or_its("ته"));
    }
}
