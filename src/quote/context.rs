//! What attribution reads: the per-token table, candidate speakers, and the context that
//! answers questions about tokens (their normalized forms, heads, mentions and spans).

use super::*;

/// An apposition while attribution runs: the person is an index into the mentions it reads.
#[derive(Clone, Debug)]
pub(super) struct Appos {
    pub(super) role: Span,
    /// The role's token range.
    pub(super) role_toks: (usize, usize),
    pub(super) mention: usize,
    pub(super) country: Option<String>,
}

/// Per-token facts attribution reads.
#[derive(Clone, Copy, Debug)]
/// (Offsets are read from the token itself: one table per token is enough.)
pub(super) struct Tok {
    pub(super) kind: TokenKind,
    pub(super) cue: Option<Cue>,
    /// [`INSIDE`], [`JOINED`] and [`MASDAR`] (one byte, so that a token stays 16 bytes).
    pub(super) flags: u8,
    /// Normalized form: a range of `Ctx::buf`.
    pub(super) norm: (u32, u32),
    /// The mention covering this token, or `NONE`.
    pub(super) mention: u32,
}

/// [`Tok::flags`]: inside a marked quote (between its marks, or after an unbalanced opening).
pub(super) const INSIDE: u8 = 1;
/// [`Tok::flags`]: the cue word follows the conjunction و (وقال), not a radical و (وصفه).
pub(super) const JOINED: u8 = 2;
/// [`Tok::flags`]: a verbal noun of saying read as a verb (see `keep_masdars_with_subjects`).
pub(super) const MASDAR: u8 = 4;

pub(super) const NONE: u32 = u32::MAX;

/// Where attribution is reading: the first token of the current window and, for the lists it
/// searches by position, the first item not ending before that token. Searches start there
/// (see [`partition_near`]) instead of bisecting the whole article, which on a long text costs
/// a cache miss per step.
#[derive(Clone, Copy, Default)]
pub(super) struct Near {
    pub(super) token: usize,
    pub(super) mention: usize,
    pub(super) apposition: usize,
    pub(super) local_name: usize,
}

/// How many earlier mentions or appositions coreference looks back through.
pub(super) const LOOKBACK: usize = 64;

/// A candidate speaker with what agreement needs.
#[derive(Clone, Debug)]
pub(super) struct Cand {
    pub(super) speaker: Speaker,
    pub(super) gender: Option<Gender>,
    /// Whether the speaker is a person (named or not): persons must agree in gender.
    pub(super) human: bool,
    pub(super) agent: Option<Speaker>,
    /// For a speaker that is no person, the gender of the verb it was named the subject of (قال
    /// البيت الأبيض: masculine): a continuation agrees with it (see [`agrees`]).
    pub(super) said_fem: Option<bool>,
}

impl Cand {
    /// A person the gazetteer does not know, named at `span`.
    pub(super) fn unknown(span: Span, gender: Option<Gender>) -> Cand {
        Cand {
            speaker: Speaker { span, entity: None },
            gender,
            human: true,
            agent: None,
            said_fem: None,
        }
    }

    /// Whether the speaker is one word linked to a person (a surname alone).
    pub(super) fn is_linked_surname(&self, ctx: &Ctx<'_>) -> bool {
        self.human
            && self.speaker.entity.is_some()
            && !self.speaker.span.slice(ctx.text).contains(' ')
    }

    /// The speaker a gazetteer mention gives.
    pub(super) fn of(m: &Mention) -> Cand {
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

pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    /// The article's tokens; `toks` holds what attribution adds to each.
    pub(super) tokens: &'a [Token<'a>],
    pub(super) toks: Vec<Tok>,
    /// The indices of the comma tokens, in order.
    pub(super) commas: Vec<usize>,
    /// How many tokens are cues that may introduce a quote (verbs, participles, complementizers,
    /// source phrases): a bound on the quotes they give.
    pub(super) reporting_cues: usize,
    /// The article's matching-normalized text; tokens' `norm` ranges index it.
    pub(super) buf: &'a str,
    pub(super) mentions: &'a [Mention],
    /// Token range of each mention.
    pub(super) mtoks: Vec<(usize, usize)>,
    pub(super) appositions: Vec<Appos>,
    /// Names the gazetteer does not know, given in apposition to a role ("رئيس الحكومة الإسبانية،
    /// ماريانو راخوي،"): (role head, role country, name span), in text order.
    pub(super) local_names: Vec<(String, Option<String>, Span)>,
    /// Where attribution is reading.
    pub(super) near: std::cell::Cell<Near>,
}

pub(super) fn is_punct(t: &Token<'_>, set: &[&str]) -> bool {
    t.kind() == TokenKind::Punctuation && set.contains(&t.as_str())
}

pub(super) const COMMAS: &[&str] = &["،", ","];

/// Whether a complementizer (أن، إن، بأن، على أن، أنه، بأنها …) follows in the same sentence
/// within eight tokens: the verbal noun before it reports a clause.
fn complementizer_ahead(tokens: &[Token<'_>]) -> bool {
    let mut buf = String::new();
    tokens
        .iter()
        .take(8)
        .take_while(|t| !matches!(t.as_str(), "." | "!" | "?" | "؟" | ":" | "\"" | "«"))
        .filter(|t| t.kind() == TokenKind::ArabicWord && t.as_str().len() <= 16)
        .any(|t| {
            buf.clear();
            Normalizer::matching().normalize_into(t.as_str(), &mut buf);
            // (وإن is "even if" as often: not read as a clause.)
            !buf.starts_with("وان") && cue_of(&buf).is_some_and(|(c, _)| c == Cue::Complementizer)
        })
}

/// Whether a verb is written with the passive's damma on its first letter (after a conjunction):
/// "وُصف"، "ووُصفت"، "أُعلن"، "وأُعلنت".
fn is_vowelled_passive(word: &str) -> bool {
    // (In the past tense only: a damma on the present's prefix, "يُضيف"، "تُصر", is active.)
    let damma_second = |w: &str| {
        let mut c = w.chars();
        !matches!(c.next(), Some('ي' | 'ت' | 'ن')) && c.next() == Some('\u{064F}')
    };
    damma_second(word) || word.strip_prefix(['و', 'ف']).is_some_and(damma_second)
}

impl<'a> Ctx<'a> {
    pub(super) fn new(input: &Input<'a, '_>) -> Ctx<'a> {
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
            let mut joined = false;
            let mut masdar = false;
            if is_punct(t, COMMAS) {
                commas.push(i);
            } else if t.kind() == TokenKind::Punctuation {
                praying &= !matches!(t.as_str(), "." | "!" | "?" | "؟" | ":");
            } else if t.kind() == TokenKind::ArabicWord {
                (ns, ne) = input
                    .norm
                    .normalized_range_seq(&mut cursor, t.start(), t.end());
                match cue_of(&buf[ns..ne]) {
                    // "عقب تأكيد وزير الخارجية، مايك بومبيو، على أن …": the verbal noun of
                    // saying, its subject after it, reports a clause as its verb would.
                    Some((Cue::Masdar, _)) if complementizer_ahead(&input.tokens[i + 1..]) => {
                        cue = Some(Cue::Verb { fem: false });
                        masdar = true;
                    }
                    Some((Cue::Masdar, _)) => {}
                    Some((c, stripped)) => {
                        cue = Some(c);
                        joined = stripped && buf[ns..ne].starts_with('و');
                    }
                    None => {}
                }
                // After a preposition a verb's form with an object pronoun is a verbal noun, "his
                // describing": "علاوة على وصفه"، "عن وصفه". (Not after من, often "whom": "من
                // وصفهم بالإرهابيين".)
                // (So is one before ل, "his description of": "وصفهم للإجراءات"، "وصفه لترامب".)
                if matches!(cue, Some(Cue::Verb { .. }))
                    && names_its_object(&buf[ns..ne])
                    && (toks.last().is_some_and(|p: &Tok| {
                        matches!(
                            &buf[p.norm.0 as usize..p.norm.1 as usize],
                            "علي" | "في" | "بعد" | "عن" | "الي" | "قبل" | "منذ" | "رغم"
                        )
                    }) || input.tokens.get(i + 1).is_some_and(|n| {
                        n.kind() == TokenKind::ArabicWord && n.as_str().starts_with('ل')
                    }))
                {
                    cue = None;
                }
                // After a count كتب is "books", not "wrote": "ألف خمسة كتب سياسية من بينها «…»".
                if matches!(cue, Some(Cue::Verb { .. }))
                    && &buf[ns..ne] == "كتب"
                    && toks.last().is_some_and(|p: &Tok| {
                        // (Not a year: "في 2 يوليو 2014 كتب:" wrote.)
                        if p.kind == TokenKind::Number {
                            input.tokens[i - 1].as_str().chars().count() <= 3
                        } else {
                            is_count_word(&buf[p.norm.0 as usize..p.norm.1 as usize])
                        }
                    })
                {
                    cue = None;
                }
                // كتب right before "on it" is written there, by no one named: "لافتة كتب عليها
                // "…""، "سترة كتب عليها أنه صحفي".
                if matches!(cue, Some(Cue::Verb { .. }))
                    && matches!(&buf[ns..ne], "كتب" | "وكتب")
                    && input.tokens.get(i + 1).is_some_and(|n| {
                        matches!(n.as_str(), "عليها" | "عليه" | "عليهما" | "عليهم")
                    })
                {
                    cue = None;
                }
                // "رأت النور" is "came to light" ("الحركة رأت النور العام الماضي"), no opinion.
                // (The next word first: it is the rare one.)
                if cue.is_some()
                    && input
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| n.as_str() == "النور")
                    && matches!(
                        buf[ns..ne].trim_start_matches(['و', 'ف']),
                        "راي" | "رات" | "راوا" | "يري" | "تري"
                    )
                {
                    cue = None;
                }
                // A verb vowelled as passive ("وُصف بأنه"، "أُعلن أن") has no subject to speak.
                if matches!(cue, Some(Cue::Verb { .. })) && is_vowelled_passive(t.as_str()) {
                    cue = None;
                }
                // "ودعا الله تعالى للشهداء بالرحمة … وأن يكونوا"، "كما دعا للجرحى بالشفاء …
                // وأن يحفظ الله بلادنا": praying to God, or for someone's mercy or cure, the
                // sentence goes on as a prayer.
                let prayed = |k: usize| {
                    toks.len()
                        .checked_sub(k)
                        .and_then(|j| toks.get(j))
                        .is_some_and(|p: &Tok| {
                            matches!(
                                &buf[p.norm.0 as usize..p.norm.1 as usize],
                                "دعا" | "ودعا" | "دعت" | "ودعت"
                            )
                        })
                };
                // (Cheap tests first: most words are neither.)
                let norm = &buf[ns..ne];
                let to_god =
                    norm.starts_with("ال") && matches!(norm, "الله" | "المولي") && prayed(1);
                if to_god
                    || (norm.starts_with("بال")
                        && matches!(
                            norm,
                            "بالرحمه" | "بالمغفره" | "بالشفاء" | "بالتوفيق" | "بالسداد"
                        )
                        && (prayed(1) || prayed(2)))
                {
                    praying = true;
                }
                // (Whoever prays to God, God is not the subject: دعا is no verb of saying then.)
                if to_god {
                    if let Some(p) = toks.last_mut() {
                        if matches!(p.cue.take(), Some(Cue::Verb { .. })) {
                            reporting_cues -= 1;
                        }
                    }
                }
                // "سائلا الله تعالى أن …"، "ندعو الله أن …": a prayer, not reported words; nor
                // is the rest of it ("… وأن يلهم أهله الصبر"), up to the sentence's end.
                if cue == Some(Cue::Complementizer) {
                    let prayer = after_god(&toks, buf);
                    praying |= prayer;
                    // (Not the clause of a verb or participle of saying after the prayer: "…،
                    // وقال إن"، "…، مؤكدا أن".)
                    let after_cue = toks.last().is_some_and(|p: &Tok| {
                        matches!(p.cue, Some(Cue::Verb { .. } | Cue::Participle { .. }))
                    });
                    if prayer || (praying && (buf[ns..ne].starts_with('و') || !after_cue)) {
                        cue = None;
                    }
                }
                // أن after بعد / قبل / منذ / دون is a conjunction of time or manner ("بعد أن وجه
                // تحذيرا"), no reported clause.
                // (Not the adverbs "من قبل"، "فيما بعد": "قال من قبل إن" is "said before that".)
                let word = |k: usize| {
                    toks.get(toks.len().wrapping_sub(k))
                        .map_or("", |p: &Tok| &buf[p.norm.0 as usize..p.norm.1 as usize])
                };
                if cue == Some(Cue::Complementizer)
                    && buf[ns..ne] == *"ان"
                    && (is_time_conjunction(word(1)) || matches!(word(1), "دون" | "بدون"))
                    && !matches!(word(2), "من" | "فيما" | "ما")
                {
                    cue = None;
                }
                // A verb of describing right before بأن with no object pronoun is passive,
                // unvowelled: "مفاوضات وصفت بأنها "مصيرية"" was described so, by no one named.
                if cue == Some(Cue::Complementizer) && buf[ns..ne].starts_with('ب') {
                    if let Some(p) = toks.last_mut().filter(|p| {
                        let w = &buf[p.norm.0 as usize..p.norm.1 as usize];
                        matches!(p.cue, Some(Cue::Verb { .. }))
                            && (is_verb_of_description(w)
                                || matches!(w.strip_prefix('و').unwrap_or(w), "اعتبر" | "اعتبرت"))
                    }) {
                        p.cue = None;
                        reporting_cues -= 1;
                    }
                }
                // A complementizer written twice ("واعتبر الرئيس أن أن "…"") opens its clause at
                // the second.
                if cue == Some(Cue::Complementizer) {
                    if let Some(p) = toks.last_mut().filter(|p| {
                        p.cue == Some(Cue::Complementizer)
                            && buf[p.norm.0 as usize..p.norm.1 as usize] == buf[ns..ne]
                    }) {
                        p.cue = None;
                        reporting_cues -= 1;
                    }
                }
                // آن with its madda is a name, "كما أشادت آن هيدالغو" (Anne), or "now", never
                // أن / إن folded onto it.
                if cue == Some(Cue::Complementizer)
                    && t.as_str().trim_start_matches(['و', 'ف']).starts_with('آ')
                {
                    cue = None;
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
                // عبّر "expressed" is written as عبر "via": opening a sentence, with عن further on
                // before any stop, it is the verb ("وعبر الكرملين، اليوم، عن أسفه").
                if cue.is_none()
                    && matches!(&buf[ns..ne], "عبر" | "وعبر" | "عبرت" | "وعبرت")
                    && (i == 0
                        || matches!(
                            input.tokens[i - 1].kind(),
                            TokenKind::LineBreak | TokenKind::ParagraphBreak
                        )
                        || matches!(input.tokens[i - 1].as_str(), "." | "!" | "?" | "؟"))
                    && input.tokens[i + 1..]
                        .iter()
                        .take(12)
                        .take_while(|t| {
                            !matches!(t.kind(), TokenKind::Punctuation | TokenKind::LineBreak)
                                || is_punct(t, COMMAS)
                        })
                        .any(|t| t.as_str() == "عن")
                {
                    cue = Some(Cue::Verb {
                        fem: buf[ns..ne].ends_with('ت'),
                    });
                }
                // رأي (with ي) is the noun "opinion" ("استطلاعات رأي أجريت"); the verb is رأى.
                if matches!(cue, Some(Cue::Verb { .. }))
                    && matches!(t.as_str(), "رأي" | "ورأي" | "راي" | "وراي")
                {
                    cue = None;
                }
                // نقل relays words from a source (عن، على لسان) or reports a clause (أن) or a
                // quotation: with none of them in the sentence after it, it is the verbal noun
                // "moving": "قرار الرئيس نقل السفارة إلى القدس".
                if matches!(cue, Some(Cue::Verb { .. }))
                    && matches!(&buf[ns..ne], "نقل" | "ونقل" | "نقلت" | "ونقلت")
                    && !input.tokens[i + 1..]
                        .iter()
                        .take(24)
                        .take_while(|n| !matches!(n.as_str(), "." | "!" | "?" | "؟"))
                        .any(|n| {
                            let w = n.as_str().trim_start_matches(['و', 'ف', 'ب', 'ل']);
                            w.starts_with("عن")
                                || w.starts_with("أن")
                                || w.starts_with("إن")
                                || w.starts_with("ان")
                                || matches!(n.as_str(), "لسان" | ":" | "\"" | "«" | "“")
                        })
                {
                    cue = None;
                }
                // نقل after a preposition is the verbal noun "moving": "وافق على نقل اللاجئين"
                // (agreed to move the refugees). (Not so other verbs of saying, whose verbal noun
                // still reports: "سارع إلى وصف كتابه بأنه …".)
                if matches!(cue, Some(Cue::Verb { .. }))
                    && &buf[ns..ne] == "نقل"
                    && i > 0
                    && matches!(
                        input.tokens[i - 1].as_str(),
                        "على"
                            | "في"
                            | "إلى"
                            | "الى"
                            | "عن"
                            | "بعد"
                            | "قبل"
                            | "خلال"
                            | "عبر"
                            | "لدى"
                    )
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
                // "بعد يوم من وصفه الغارة بأنها": after من, a verb of describing with its object
                // pronoun before a definite noun that cannot speak is a verbal noun, "his
                // describing the raid". ("من وصفهم بالإرهابيين" is "whom he described".)
                let norm = &buf[ns..ne];
                if let [.., before, verb] = toks.as_mut_slice() {
                    let word = |t: &Tok| &buf[t.norm.0 as usize..t.norm.1 as usize];
                    if matches!(verb.cue, Some(Cue::Verb { .. }))
                        && word(before) == "من"
                        && names_its_object(word(verb))
                        && norm
                            .strip_prefix("ال")
                            .is_some_and(|head| !is_speaker_head(head))
                    {
                        verb.cue = None;
                        reporting_cues -= 1;
                    }
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
                flags: if joined { JOINED } else { 0 } | if masdar { MASDAR } else { 0 },
                norm: (ns as u32, ne as u32),
                mention: NONE,
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
        let mut ctx = Ctx {
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
        };
        ctx.keep_masdars_with_subjects();
        ctx
    }

    /// A verbal noun of saying reports only with its subject right after it, a name or a speaking
    /// noun: "تأكيد وزير الخارجية أن"، "تحذير الأخير بأن". Not with its object ("رفض الكرملين
    /// تأكيد المزاعم بأن"، "ستسعى إلى تحذير الجمهور") or none ("بكل تأكيد أن").
    fn keep_masdars_with_subjects(&mut self) {
        for i in 0..self.toks.len() {
            if self.toks[i].flags & MASDAR == 0
                || !matches!(self.toks[i].cue, Some(Cue::Verb { .. }))
            {
                continue;
            }
            let subject = i + 1 < self.toks.len()
                && self.is_word(i + 1)
                && (self.toks[i + 1].mention != NONE
                    || self.is_speaker_head(i + 1)
                    || matches!(self.norm(i + 1), "الاخير" | "الاخيره"));
            let refused = i > 0
                && matches!(
                    self.norm(i - 1).trim_start_matches(['و', 'ف']),
                    "رفض" | "رفضت" | "عدم" | "دون" | "بدون" | "الي"
                );
            // (Nor in construct after the occasion it names: "في خطاب إعلان الحكومة أمام البرلمان
            // إن" is the speech's, whose speaker came before.)
            let occasion = i > 0
                && matches!(
                    self.head(i - 1).trim_start_matches(['ب', 'ل']),
                    "خطاب"
                        | "كلمه"
                        | "بيان"
                        | "حفل"
                        | "مراسم"
                        | "موتمر"
                        | "جلسه"
                        | "موعد"
                        | "وثيقه"
                );
            // (Nor the object of a verb of describing: "ووصف جان إيف لو دريان إعلان إيران
            // بأنه"; one of accusing leaves it its report, "انتقد إعلان الحكومة أنها ستؤجل".
            // Nor a clause's subject right after its complementizer: "إلى أن إعلان الجماعة
            // وقوفها مع إيران يدل على أنها".)
            let described = (i.saturating_sub(8)..i)
                .rev()
                .take_while(|&j| self.is_word(j))
                .any(|j| is_verb_of_description(self.norm(j)));
            let clause_subject = i > 0 && self.toks[i - 1].cue == Some(Cue::Complementizer);
            if !subject || refused || occasion || described || clause_subject {
                self.toks[i].cue = None;
                self.reporting_cues -= 1;
            } else {
                // A verbal noun has no gender: it takes its subject's ("تأكيد الوزيرة أنها"،
                // "إعلان الصين أنها"), for the speaker to agree with it.
                let fem = self.tok_text(i + 1).ends_with('ة')
                    || self.tok_text(i + 1).ends_with("ات")
                    || self.mention(i + 1).is_some_and(|m| {
                        m.entity.kind() == EntityKind::Country
                            || m.entity.gender() == Some(Gender::Female)
                    });
                self.toks[i].cue = Some(Cue::Verb { fem });
            }
        }
    }

    /// Moves the search hints forward to the window starting at token `a` (windows come in text
    /// order).
    pub(super) fn move_to(&self, a: usize) {
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
    pub(super) fn inside(&self, i: usize) -> bool {
        self.toks[i].flags & INSIDE != 0
    }

    /// Whether token `i` is a cue word after the conjunction و (وقال، وأضاف), as opposed to one
    /// whose و is its own first letter (وصفه).
    pub(super) fn joined(&self, i: usize) -> bool {
        self.toks[i].flags & JOINED != 0
    }

    /// Whether the cue verb at `i`, without its conjunction, names or describes its object
    /// ([`names_its_object`]): "ووصفها"، "الذي يعتبره".
    pub(super) fn names_its_object(&self, i: usize) -> bool {
        let n = self.norm(i);
        names_its_object(if self.joined(i) {
            n.strip_prefix('و').unwrap_or(n)
        } else {
            n
        })
    }

    pub(super) fn norm(&self, i: usize) -> &str {
        let (a, b) = self.toks[i].norm;
        &self.buf[a as usize..b as usize]
    }

    /// The normalized word without a leading conjunction or article, for head-noun comparisons.
    /// A conjunction is stripped only where it cannot be the word's own first letter: before ال
    /// (والوزارة) or before another و (ووزير).
    pub(super) fn head(&self, i: usize) -> &str {
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

    pub(super) fn tok_text(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start()..self.tokens[i].end()]
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        matches!(self.toks[i].kind, TokenKind::ArabicWord | TokenKind::Word)
    }

    pub(super) fn mention(&self, i: usize) -> Option<&'a Mention> {
        let m = self.toks[i].mention;
        (m != NONE).then(|| &self.mentions[m as usize])
    }

    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].start(), self.tokens[b - 1].end())
    }

    pub(super) fn tok_range(&self, span: Span) -> (usize, usize) {
        let a = partition_near(self.tokens, self.near.get().token, |t| {
            t.end() <= span.start
        });
        let b = partition_near(self.tokens, a, |t| t.start() < span.end);
        (a, b.max(a + 1).min(self.toks.len()))
    }

    /// Whether the first head noun of mention `k` is `head`.
    pub(super) fn first_head_is(&self, k: usize, head: &str) -> bool {
        let m = &self.mentions[k];
        let a = self.mtoks[k].0;
        if self.tokens[a].start() == m.span.start {
            return self.head(a) == head;
        }
        // The mention starts inside its token (after a proclitic): normalize the name itself.
        self.first_head_of(m) == head
    }

    pub(super) fn first_head_of(&self, m: &Mention) -> String {
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
}

pub(super) fn speaker_of(m: &Mention) -> Speaker {
    Speaker {
        span: m.span,
        entity: Some(m.entity.clone()),
    }
}
