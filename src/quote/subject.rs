//! Finding the subject of a speech verb or a sentence: before or after the verb, fronted,
//! relative, a name met before, the sentence's subject when nothing else fits.

use super::*;

/// The comma that opens a relative clause between commas right before the verb at `verb`
/// (", الذي قاد فريق البحث، أوضح"): words only, no cue verb in it, no further back than `a`.
pub(super) fn relative_clause_before(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<usize> {
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
pub(super) fn preverbal_subject(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<(Cand, bool)> {
    // (The sentence opens after a dateline: "دبي (CNN)-- شيرمان جاكسون، وهو باحث …، يقول إن".)
    let a = after_dateline(ctx, a, verb);
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
    // (Not a verb coordinated with the sentence's first: "هاجم أردوغان الحكومة، وقال".)
    if verb > a + 1
        && verb - a <= 5
        && !adverbial
        && !ctx.norm(verb).starts_with('و')
        && is_punct(&ctx.tokens[verb - 1], COMMAS)
        && (a..verb - 1).all(|j| {
            ctx.is_word(j)
                // ("المقربون من غول، قالوا": من after those close is no relative pronoun.)
                && (ctx.toks[j].cue.is_none() || (j == a + 1 && ctx.norm(j) == "من"))
                && !ctx.inside(j)
        })
    {
        return ctx.resolve(a, verb - 1).map(|c| (c, false));
    }
    // The same with a clause about the subject between commas: "شيرمان جاكسون، وهو باحث إسلامي
    // بارز، يقول إن".
    if verb > a + 3 && !adverbial && is_punct(&ctx.tokens[verb - 1], COMMAS) {
        let comma = (a + 1..verb - 1).find(|&j| is_punct(&ctx.tokens[j], COMMAS));
        // (Or a role in apposition: "جين كينينمونت، الباحثة في معهد تشاتام هاوس، تقول إن".)
        // (A name's words only, or a person the gazetteer knows; after كان the subject is
        // read below.)
        let role_after = |c: usize| {
            ctx.is_speaker_head(c + 1)
                && ctx.mention(c + 1).is_none()
                && (name_words(ctx, a, c)
                    || ctx.mention(a).is_some_and(|m| {
                        m.entity.kind() == EntityKind::Person && m.via != Via::Demonym
                    }))
                && !ctx.norm(a).trim_start_matches('و').starts_with("كان")
        };
        if let Some(c) = comma.filter(|&c| {
            c - a <= 4
                && (matches!(ctx.norm(c + 1), "وهو" | "وهي") || role_after(c))
                && (a..c).all(|j| ctx.is_word(j) && ctx.toks[j].cue.is_none() && !ctx.inside(j))
                && parenthetical(ctx, c + 1, verb - 1)
        }) {
            return ctx
                .resolve(a, c)
                .or_else(|| name_then_role_in_commas(ctx, a, verb))
                .map(|c| (c, false));
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
    // (So may a role in apposition: "وكانت أماني بلور، مديرة مستشفى بالغوطة الشرقية، قالت".)
    let (verb, reach) = match relative_clause_before(ctx, a, verb) {
        Some(c) => (c, 10),
        None if role_between_commas_before(ctx, a, verb) => (verb, 10),
        None => (verb, 8),
    };
    let floor = a.max(verb.saturating_sub(reach));
    let Some(opener) = (floor..verb).rev().find(|&j| {
        let n = ctx.norm(j);
        // (أن / إن: nested speech, "أشار إلى أن شاهد عيان قال إنه …", or غير أن / إلا أن.)
        // (And لأن "because": "لأن الحكومة تعتبر أن".)
        matches!(
            n,
            "كان" | "كانت" | "وكان" | "وكانت" | "لكن" | "ولكن" | "ان" | "لان" | "ولان"
        )
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
    name_then_role_in_commas(ctx, opener + 1, verb)
        .or_else(|| ctx.resolve(opener + 1, verb))
        .map(|c| (c, nested))
}

/// Where a sentence at `a` starts after its dateline, an outlet in brackets and a dash ("دبي،
/// الإمارات العربية المتحدة (CNN)-- …"), looked for in its first dozen tokens before `verb`;
/// else `a`.
fn after_dateline(ctx: &Ctx<'_>, a: usize, verb: usize) -> usize {
    let close = (a + 2..verb.min(a + 12)).find(|&j| {
        ctx.tok_text(j) == ")"
            && ctx.tok_text(j - 2) == "("
            && ctx.toks[j - 1].kind == TokenKind::Word
    });
    let Some(close) = close else {
        return a;
    };
    let dash = |k: usize| {
        let t = ctx.tok_text(k);
        !t.is_empty() && t.chars().all(|c| matches!(c, '-' | '–' | '—' | ':'))
    };
    let mut k = close + 1;
    while k < verb && dash(k) {
        k += 1;
    }
    if k > close + 1 {
        k
    } else {
        a
    }
}

/// Whether the tokens `from..to` are words that may stand between commas about a subject: no
/// verb, participle or complementizer of their own, nothing quoted.
fn parenthetical(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    (from..to).all(|j| {
        ctx.is_word(j)
            && !matches!(
                ctx.toks[j].cue,
                Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
            )
            && !ctx.inside(j)
    })
}

/// Whether the comma at `k` opens words about the subject that close with a comma before the
/// reported clause: "قال "الدفاع المدني"، التابع للمعارضة، إن".
pub(super) fn aside_then_reported(ctx: &Ctx<'_>, k: usize) -> bool {
    k < ctx.toks.len()
        && is_punct(&ctx.tokens[k], COMMAS)
        && (k + 2..ctx.toks.len().min(k + 10))
            .find(|&c| !ctx.is_word(c))
            .is_some_and(|c| {
                is_punct(&ctx.tokens[c], COMMAS)
                    && parenthetical(ctx, k + 1, c)
                    && ctx
                        .toks
                        .get(c + 1)
                        .is_some_and(|t| t.cue == Some(Cue::Complementizer))
            })
}

/// Whether a role in apposition between commas stands right before the verb at `verb` (not
/// before `a`): "، مديرة مستشفى بالغوطة الشرقية، قالت".
fn role_between_commas_before(ctx: &Ctx<'_>, a: usize, verb: usize) -> bool {
    verb > a + 2
        && is_punct(&ctx.tokens[verb - 1], COMMAS)
        && (a.max(verb.saturating_sub(8))..verb - 2)
            .rev()
            .find(|&k| !ctx.is_word(k) || speaks(ctx, k))
            .is_some_and(|k| {
                is_punct(&ctx.tokens[k], COMMAS)
                    && ctx.is_speaker_head(k + 1)
                    && ctx.mention(k + 1).is_none()
                    && parenthetical(ctx, k + 1, verb - 1)
            })
}

/// Two or three words shaped as a name at `s`, then a role between commas right before the verb
/// at `verb`: the name is the verb's subject, listed given name or not ("وكانت أماني بلور، مديرة
/// مستشفى بالغوطة الشرقية، قالت").
fn name_then_role_in_commas(ctx: &Ctx<'_>, s: usize, verb: usize) -> Option<Cand> {
    let c = (s + 2..=s + 3)
        .filter(|&c| c + 1 < verb)
        .find(|&c| is_punct(&ctx.tokens[c], COMMAS))?;
    (is_punct(&ctx.tokens[verb - 1], COMMAS)
        && ctx.is_speaker_head(c + 1)
        && ctx.mention(c + 1).is_none()
        && name_words(ctx, s, c)
        // (The role may hold a name in marks: "مدير مجلس "يشع" الاستيطاني".)
        && (c + 1..verb - 1).all(|j| {
            !matches!(
                ctx.toks[j].cue,
                Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
            )
        }))
    .then(|| name_of_verb(ctx, s, c, verb))
    .flatten()
}

/// An indefinite speaking noun phrase right before the verb, which is its relative clause with no
/// pronoun (Arabic leaves it out after an indefinite noun): "تصريحات مسؤول كبير بوزارة الدفاع
/// قال إن"، "نقلا عن مصدر أمني قال إن". At most five words, none a cue or a mention.
pub(super) fn indefinite_antecedent(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
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
        let bare = without_lam_or_beh(n);
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
                    // (Reports: "على الرغم من تقارير أفادت بأنه".)
                    | "تقرير"
                    | "تقارير"
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
                    && !ends_with_her_or_their(w)
            })
    })?;
    // (One of them: "عن أحد شهود العيان قوله".)
    let one_of = head > a && is_one_of(without_lam_or_beh(ctx.norm(head - 1)));
    let head = if one_of { head - 1 } else { head };
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

/// A normalized word without the preposition ل or ب written on it, when more than two letters
/// remain ("لمسؤول" → "مسوول"; "بلد" stays).
fn without_lam_or_beh(n: &str) -> &str {
    n.strip_prefix(['ل', 'ب'])
        .filter(|r| r.chars().count() > 2)
        .unwrap_or(n)
}

/// Whether the sentence at `a` opens with a verb and a family name of the ال…ي shape
/// (الحقباني، المطيري): a plain word of three to six letters after و/ف, no article, cue or
/// mention, then the name, not a known adjective.
pub(super) fn sentence_verb_then_family_name(ctx: &Ctx<'_>, a: usize) -> bool {
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

/// The subject between كان (or كانت، وكان …) or لكن and the verb at `verb`, with an optional قد
/// before the verb: "وكان ترمب حذر بكين"، "وكانت الوزارة قد أعلنت"، "لكن جونسون وصف الرداء بأنه".
/// At most four words, none a cue.
pub(super) fn kana_subject(ctx: &Ctx<'_>, a: usize, verb: usize, prev: &[Cand]) -> Option<Cand> {
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
    if named {
        return ctx.resolve(opener + 1, end);
    }
    // One plain word there is a name the gazetteer does not know: "وكانت كليفورد قالت".
    let w = opener + 1;
    let n = ctx.norm(w);
    let plain = end == w + 1
        && ctx.toks[w].kind == TokenKind::ArabicWord
        && ctx.mention(w).is_none()
        && n.chars().count() >= 3
        && !n.starts_with("ال")
        // (Not a phrase of manner, بدوره among them, or one with a preposition and the
        // article: "وكان بدوره قد أعلن"، "وكان بالأمس قال".)
        && !n.starts_with("بال")
        && !n.starts_with("لل")
        && !is_manner(n)
        && !n
            .strip_prefix(['ب', 'ل', 'ك'])
            .is_some_and(|rest| matches!(rest, "ذلك" | "هذا" | "هذه" | "تلك"))
        && name_shaped(n)
        && !is_function_word(n);
    // (The full name given earlier, when it ends with it: "وكان كوهين قال" after "مايكل كوهين".)
    plain.then(|| {
        let word = ctx.tok_text(w);
        earlier_surname(ctx, w, w + 1, prev)
            .filter(|c| ends_with_words(c.speaker.span.slice(ctx.text), word))
            .unwrap_or_else(|| Cand::unknown(ctx.span(w, w + 1), first_names().get(n).copied()))
    })
}

/// The subject of a verb of saying that stands before it inside a reported clause, right after
/// the complementizer, with a parenthetical between commas or none: "وذكرت الوكالة أن الوزير قال
/// إن"، "أن شاهد عيان، رفض كشف هويته، قال إنه". `start` is the token after the complementizer;
/// the subject's tokens.
pub(super) fn fronted_subject_range(
    ctx: &Ctx<'_>,
    start: usize,
    verb: usize,
) -> Option<(usize, usize)> {
    if start == 0
        || verb <= start
        || !opens_fronted_subject(ctx, start - 1)
        || !complementizer_after(ctx, verb)
        || !matches!(ctx.toks[verb].cue, Some(Cue::Verb { .. }))
        || ctx.joined(verb)
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
        // (A new clause is no parenthetical: "أن أحد القتلى هو شقيق النائب، إلا أن تقارير
        // أخرى، أكدت أن".)
        if (open + 1..verb - 1).any(|k| ctx.toks[k].cue == Some(Cue::Complementizer)) {
            return None;
        }
        end = open;
    }
    let words = start..end;
    // (Up to six words: "أن وزير الخارجية الأمريكي مايك بومبيو قال إن". None opening a clause,
    // "أن القتال مستمر بقاعدة العند حيث قال إن"; no preposition first, "أنه لعبد المنان …".)
    let first = ctx.norm(start);
    ((1..=6).contains(&words.len())
        && (!first.starts_with('ل') || first_names().contains_key(first))
        && words.clone().all(|k| {
            ctx.is_word(k)
                && !is_clause_opener(ctx.norm(k))
                && ctx.toks[k]
                    .cue
                    .is_none_or(|c| c == Cue::SourceHead || c == Cue::Filler && k > start)
                && !ctx.inside(k)
                && ctx
                    .mention(k)
                    .is_none_or(|m| k > start || m.via != Via::Demonym || people_demonym(ctx, k))
        }))
    .then_some((start, end))
}

/// A people named by a demonym alone between a verb and the words it reports: "ويرى الفلسطينيون
/// أن"، "ويصفها العراقيون بأنها". (In the nominative ون only: "ووصف الصينيين بأنهم" names whom he
/// described.)
pub(super) fn people_subject(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
    (end == from + 1 && people_demonym(ctx, from) && ctx.norm(from).ends_with("يون"))
        .then(|| ctx.mention(from).map(people_cand))
        .flatten()
}

/// A people named by a demonym right after the verb, then an indefinite word, which opens the
/// verb's object: "لا يرى الأميركيون نذير خطر في ذلك، ويعتبرون أن"، "قال الإيطاليون لطاقم
/// السفينة إن".
pub(super) fn people_before_object(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
    (end > from + 1
        && people_demonym(ctx, from)
        && ctx.norm(from).ends_with("يون")
        && ctx.is_word(from + 1)
        && ctx.mention(from + 1).is_none()
        && ctx.toks[from + 1].cue.is_none()
        && !ctx.norm(from + 1).starts_with("ال"))
    .then(|| ctx.mention(from).map(people_cand))
    .flatten()
}

/// A people named by a demonym as a speaker, linked to its country.
fn people_cand(m: &Mention) -> Cand {
    Cand {
        speaker: speaker_of(m),
        gender: None,
        human: true,
        agent: None,
        said_fem: None,
    }
}

/// Whether the token at `k` is a demonym in the definite plural standing for a people: "لكن
/// الإيرانيين يقولون إن"، "الأمريكيون".
fn people_demonym(ctx: &Ctx<'_>, k: usize) -> bool {
    let n = ctx.norm(k);
    ctx.mention(k).is_some_and(|m| m.via == Via::Demonym)
        && n.strip_prefix('و').unwrap_or(n).starts_with("ال")
        && (n.ends_with("يين") || n.ends_with("يون"))
}

/// Whether the token at `k` may stand before a subject fronted before its verb: a complementizer
/// ("وذكرت الوكالة أن الوزير قال إن") or لكن, which takes its noun as إن does ("لكن مسؤولا في
/// المعارضة قال إن").
fn opens_fronted_subject(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.toks[k].cue == Some(Cue::Complementizer)
        || ctx.is_word(k) && matches!(ctx.norm(k), "لكن" | "ولكن")
}

/// Whether the complementizer follows the verb at `verb`, right after it or after a comma ("أن
/// رئيس بنك الطعام قال، إن") or أيضا.
pub(super) fn complementizer_after(ctx: &Ctx<'_>, verb: usize) -> bool {
    // (Or after "also": "أن متحدثا باسمه قال أيضا إن".)
    let next = if verb + 2 < ctx.toks.len()
        && (is_punct(&ctx.tokens[verb + 1], COMMAS)
            || matches!(ctx.norm(verb + 1), "ايضا" | "كذلك"))
    {
        verb + 2
    } else {
        verb + 1
    };
    next < ctx.toks.len() && ctx.toks[next].cue == Some(Cue::Complementizer)
}

/// The fronted subject of the verb at `verb` (see [`fronted_subject_range`]) as a speaker: a name
/// or a speaking noun phrase.
pub(super) fn fronted_subject(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
    let comp = (a..verb)
        .rev()
        .take(16)
        .find(|&k| opens_fronted_subject(ctx, k))?;
    let (s, e) = fronted_subject_range(ctx, comp + 1, verb)?;
    // (The noun may be accusative after أن: "أن مسؤولا أمنيا قال".)
    let accusative = ctx.norm(s).strip_suffix('ا').is_some_and(is_speaker_head);
    // (A people, the subject of a plural verb: "لكن الإيرانيين، الذين رفعوا القضية، يقولون إن".)
    let people = people_demonym(ctx, s) && {
        let v = ctx.norm(verb);
        v.ends_with("ون") || v.ends_with("وا")
    };
    // (Or two or three words shaped as a name with a role between the commas after them: "ولكن
    // جين كينينمونت، الباحثة في معهد تشاتام هاوس، تقول إنه" – the given name need not be one
    // the library lists.)
    if let Some(c) = name_then_role_in_commas(ctx, s, verb) {
        return Some(c);
    }
    let named = ctx.mention(s).is_some_and(|m| m.via != Via::Demonym)
        || ctx.is_speaker_head(s)
        || people
        || accusative
        || first_names().contains_key(ctx.norm(s));
    // (Between the commas, a person in apposition is the one named: "أن وزير الدفاع، أفيغدور
    // ليبرمان، قال".)
    // (Or a name the gazetteer does not know, filling the commas: "لكن المحلل السياسي المصري،
    // أيمن الصياد، يرى أنه".)
    let apposition = (e + 1 < verb - 1)
        .then(|| ctx.mention(e + 1))
        .flatten()
        .filter(|m| m.entity.kind() == EntityKind::Person && m.via != Via::Demonym)
        .map(Cand::of)
        .or_else(|| {
            (e + 1 < verb - 1 && ctx.is_speaker_head(s))
                .then(|| ctx.unknown_name(e + 1, verb - 1))
                .flatten()
                .filter(|&(ns, ne, _)| ns == e + 1 && ne == verb - 1)
                .map(|(ns, ne, gender)| Cand::unknown(ctx.span(ns, ne), gender))
        });
    let fem = matches!(ctx.toks[verb].cue, Some(Cue::Verb { fem: true }));
    named
        .then(|| apposition.or_else(|| ctx.resolve(s, e)))
        .flatten()
        .or_else(|| ctx.mention(s).filter(|_| people).map(people_cand))
        .or_else(|| accusative.then(|| ctx.unnamed(s, e)))
        // (A person agrees with the verb: "أن ترمب كان وراء تهديد قالت إن" is not his.)
        .filter(|c| agrees(c, fem))
}

/// Whether the word at `k` may be part of a name the gazetteer does not know: a plain word,
/// outside quotations, with no cue or mention, shaped as a name.
fn plain_name_word(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.is_word(k)
        && ctx.toks[k].cue.is_none()
        && ctx.mention(k).is_none()
        && !ctx.inside(k)
        && name_shaped(ctx.norm(k))
}

/// Whether the words `s..e` are shaped as a person's name the gazetteer does not know: plain
/// words, the first without the article, no function word ("جين كينينمونت").
fn name_words(ctx: &Ctx<'_>, s: usize, e: usize) -> bool {
    (s..e).all(|j| {
        let n = ctx.norm(j);
        plain_name_word(ctx, j)
            && (j > s || !n.starts_with("ال"))
            && !is_function_word(n)
            && !ctx.is_speaker_head(j)
            && !ctx.is_name_title(j)
    })
}

/// The person named at `s..e` as the subject of the verb at `verb`, of the verb's gender unless
/// the given name says otherwise (and then only if they agree).
fn name_of_verb(ctx: &Ctx<'_>, s: usize, e: usize, verb: usize) -> Option<Cand> {
    let fem = matches!(ctx.toks[verb].cue, Some(Cue::Verb { fem: true }));
    let gender = first_names().get(ctx.norm(s)).copied().or(Some(if fem {
        Gender::Female
    } else {
        Gender::Male
    }));
    Some(Cand::unknown(ctx.span(s, e), gender)).filter(|c| agrees(c, fem))
}

/// Whether the complementizer at `j` follows a conjunction or a preposition that makes it no
/// reported clause: "بعد أن التقى"، "غير أن"، "إضافة إلى أن"، "فضلا عن أن" (`from` bounds the
/// look back).
pub(super) fn after_conjunction(ctx: &Ctx<'_>, j: usize, from: usize) -> bool {
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

/// Whether the أن / إن at `j` closes a conjunction (غير أن، كما أن، رغم أن، بالرغم من أن، حيث أن):
/// the words before it, from `from` on.
pub(super) fn conjunction_an(ctx: &Ctx<'_>, j: usize, from: usize) -> bool {
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
        // "على اعتبار أن" ("given that"): the writer's or speaker's reason, no new report.
        Some("اعتبار") => matches!(word_before(j - 1), Some("علي")),
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
pub(super) fn abbreviated_title(ctx: &Ctx<'_>, j: usize, end: usize) -> usize {
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
pub(super) fn earlier_surname(ctx: &Ctx<'_>, j: usize, end: usize, prev: &[Cand]) -> Option<Cand> {
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
            // (A compound written with or without its space: "بن عبدالعزيز" is "أحمد بن عبد
            // العزيز".)
            let mut words = name.split(' ').skip(1);
            while let Some(w) = words.next() {
                let mut next = words.clone();
                let (first, second) = (next.next(), next.next());
                let joined = |first: &str, second: &str| {
                    word.len() == first.len() + second.len()
                        && word.starts_with(first)
                        && word.ends_with(second)
                };
                if w == connector_text
                    && (first == Some(word)
                        || first
                            .zip(second)
                            .is_some_and(|(f, s)| f == "عبد" && joined(f, s)))
                {
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
pub(super) fn named_person(ctx: &Ctx<'_>, c: &Cand) -> bool {
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
pub(super) fn opening_verb_subject(
    ctx: &Ctx<'_>,
    a: usize,
    participle: usize,
    prev: &[Cand],
) -> Option<Cand> {
    // (After "من جانبه،" the verb follows, with no و: "من جانبه، دافع المتحدث … مؤكدا".)
    let opened = after_opener(ctx, a, participle).or_else(|| adverbial_opener(ctx, a, participle));
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
        // (A verb of two letters, the second doubled, with its و: "وشن توم ترادوب هجوما …
        // وقال". Other words that short are particles: وفي، ولم، وقد.)
        && (n.chars().count() >= 4
            || verb.is_some_and(|v| {
                matches!(v, "شن" | "رد" | "حث" | "بث" | "عد" | "سن" | "شد" | "صد" | "مد" | "هز")
            }))
        && !ctx.is_speaker_head(a);
    if !verb_like {
        return None;
    }
    subject_after_verb(ctx, a + 1, participle, prev)
}

/// The reply verbs (رد، علق، تعقب …) and the verb of tweeting, which a participle of saying
/// follows with the verb's own subject between: "وهو الأمر الذي رد عليه الرئيس الإيراني، حسن
/// روحاني قائلا"، "ورد نتنياهو قائلا".
fn is_reply_verb(n: &str) -> bool {
    let verb = n
        .strip_prefix('و')
        .or_else(|| n.strip_prefix('ف'))
        .unwrap_or(n);
    matches!(
        verb,
        "رد" | "ردت"
            | "يرد"
            | "ترد"
            | "علق"
            | "علقت"
            | "يعلق"
            | "تعلق"
            | "عقبت"
            | "يعقب"
            | "تعقب"
            | "غرد"
            | "غردت"
            | "يغرد"
            | "تغرد"
            | "استطرد"
            | "استطردت"
    )
}

/// The subject of a reply verb between the sentence's last cue (`floor`) and a participle of
/// saying, which the participle goes with rather than the sentence's speaker: "وهاجم أردوغان
/// نتنياهو واصفا إياه …، ورد نتنياهو قائلا" is Netanyahu's. A pronoun object may come between
/// the verb and its subject ("رد عليه جونسون"). A verb with no و or ف opens its clause (after a
/// comma, a relative or a particle of tense), or it is the noun: "مع رد كاسن، معتبرا".
pub(super) fn reply_verb_subject(
    ctx: &Ctx<'_>,
    floor: usize,
    participle: usize,
    prev: &[Cand],
) -> Option<Cand> {
    let verb = (floor..participle).rev().take(12).find(|&k| {
        ctx.is_word(k)
            && !ctx.inside(k)
            && is_reply_verb(ctx.norm(k))
            && (ctx.norm(k).starts_with(['و', 'ف'])
                || k == floor
                || !ctx.is_word(k - 1)
                || matches!(
                    ctx.norm(k - 1),
                    "الذي" | "التي" | "ما" | "قد" | "وقد" | "فقد" | "ثم" | "وهو" | "وهي"
                ))
    })?;
    let mut from = verb + 1;
    if from < participle && matches!(ctx.norm(from), "عليه" | "عليها" | "عليهم" | "له" | "لها")
    {
        from += 1;
    }
    subject_after_verb(ctx, from, participle, prev)
}

/// The subject right after a verb at `from`, before a participle of saying: up to the first
/// comma or preposition, and read as a name only where it is one (see [`opening_verb_subject`]).
fn subject_after_verb(
    ctx: &Ctx<'_>,
    from: usize,
    participle: usize,
    prev: &[Cand],
) -> Option<Cand> {
    if participle <= from {
        return None;
    }
    let limit = participle.min(from + 8);
    let end = (from..limit)
        .find(|&j| {
            !ctx.is_word(j)
                || is_place_preposition(ctx.head(j))
                || matches!(ctx.norm(j), "علي" | "عن" | "الي" | "من" | "مع" | "امام")
                // (Nor past a relative clause on the object: "وحدد جان ماري الأسباب التي".)
                || ctx.toks[j].cue == Some(Cue::Relative)
                // (Nor past the speaker's own talk, the verb's object: "وتابع شيعان حديثه
                // قائلا".)
                || ctx.is_own_talk(j)
                // (Nor past a relative of the speaker's, the verb's object: "ونعى خالد أبو
                // النجا شقيقته قائلا".)
                || (j > from && is_possessed_kin(ctx.norm(j)))
                // (Nor past a phrase with ل: "ورفع الحازمي التهنئة لمقام … الملك سلمان،
                // قائلاً" is not the king's saying.)
                || (j > from && ctx.mention(j).is_none() && {
                    let n = ctx.norm(j);
                    n.starts_with('ل') && !first_names().contains_key(n)
                })
        })
        .unwrap_or(limit);
    // (A source's noun may head it: "رد المتحدث باسم الجيش، قائلا".)
    if end == from
        || (from..end)
            .any(|j| ctx.inside(j) || !matches!(ctx.toks[j].cue, None | Some(Cue::SourceHead)))
    {
        return None;
    }
    // A person the gazetteer knows after a comma, in apposition to the role before it, right
    // before the participle: "رد عليه الرئيس الإيراني، حسن روحاني قائلا".
    if end + 1 < participle && is_punct(&ctx.tokens[end], COMMAS) {
        if let Some(m) = ctx
            .mention(end + 1)
            .filter(|m| m.entity.kind() == EntityKind::Person && m.via != Via::Demonym)
        {
            let (_, me) = ctx.tok_range(m.span);
            if me == participle || (me + 1 == participle && is_punct(&ctx.tokens[me], COMMAS)) {
                return Some(Cand::of(m));
            }
        }
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
                    // (The accusative's alef is an indefinite's: "النجا" is a name.)
                    && (!n.ends_with('ا') || n.starts_with("ال") || first_names().contains_key(n))
            });
        if !plain {
            return None;
        }
        // A definite noun after a name of two words or more, with a relative clause after it,
        // is the verb's object: "وحدد جان ماري الأسباب التي" (a family name may take the
        // article: "أحمد عبدالله الضحاك").
        let (s, e) = ctx.tok_range(c.speaker.span);
        if let Some(k) = (s + 2..e).find(|&k| {
            let n = ctx.norm(k);
            n.starts_with("ال")
                && ctx.mention(k).is_none()
                && k + 1 < ctx.toks.len()
                && ctx.toks[k + 1].cue == Some(Cue::Relative)
        }) {
            let mut c = c;
            c.speaker.span = ctx.span(s, k);
            return Some(c);
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
pub(super) fn addressee_end(ctx: &Ctx<'_>, j: usize, b: usize) -> Option<usize> {
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
pub(super) fn skip_adjectives(ctx: &Ctx<'_>, mut j: usize, b: usize) -> usize {
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
/// So does a verb after حيث / إذ ("where he said"): "جاء ذلك في تغريدة للقرضاوي على صفحته، حيث
/// قال: …".
pub(super) fn statement_speaker(ctx: &Ctx<'_>, a: usize, verb: usize) -> Option<Cand> {
    let in_which = verb + 1 < ctx.toks.len() && matches!(ctx.norm(verb + 1), "فيه" | "فيها");
    let whereupon = verb > a && matches!(ctx.norm(verb - 1), "حيث" | "وحيث" | "اذ" | "حين");
    if !in_which && !whereupon {
        return None;
    }
    let noun = (a..verb)
        .rev()
        .take(12)
        .find(|&j| ctx.is_word(j) && is_statement_noun(ctx.head(j)));
    noun.and_then(|noun| statement_author(ctx, noun, verb))
        .or_else(|| {
            // "تصريحات … أدلى بها السفير الروسي لقناة روسيا اليوم، حيث قال": who gave them.
            // (Or "ما ذكره السفير الأميركي …، حين قال": who said it.)
            let (gave, len) = (a..verb.saturating_sub(2)).rev().take(12).find_map(|j| {
                if matches!(ctx.norm(j), "ادلي" | "ادلت") && matches!(ctx.norm(j + 1), "به" | "بها")
                {
                    Some((j, 2))
                } else if j > a
                    && matches!(ctx.norm(j - 1), "ما" | "لما")
                    && matches!(
                        ctx.norm(j),
                        "ذكره"
                            | "ذكرته"
                            | "قاله"
                            | "قالته"
                            | "اكده"
                            | "اكدته"
                            | "اعلنه"
                            | "اعلنته"
                    )
                {
                    Some((j, 1))
                } else {
                    None
                }
            })?;
            ctx.resolve(gave + len, region_end(ctx, gave + len, verb))
        })
        .or_else(|| {
            // "نقلته الوكالة على لسان مصدر بالخارجية، حيث قال": the one whose words they are.
            // (Relayed by an outlet: "ما جاء على لسان المشتكية" is what another said.)
            let tongue = (a..verb.saturating_sub(2))
                .rev()
                .take(12)
                .find(|&j| ctx.norm(j) == "علي" && ctx.norm(j + 1) == "لسان")
                .filter(|&j| {
                    (a.max(j.saturating_sub(6))..j).any(|k| {
                        let w = ctx.norm(k).trim_start_matches('و');
                        w.starts_with("نقل") || w.starts_with("ينقل")
                    })
                })?;
            ctx.resolve(tongue + 2, region_end(ctx, tongue + 2, verb))
        })
}

/// Whether `head` names a statement someone made (تصريح، بيان، مقابلة، كلمة، تغريدة …).
fn is_statement_noun(head: &str) -> bool {
    matches!(
        head,
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
}

/// Who made the statement named at `noun` (before `verb`): the person, body or role right after it
/// ("تصريحات وزير الدفاع"، "بيان للاتحاد الأوروبي"، "مقابلة مع محمد الشامي"). Not an outlet
/// interviewing someone ("مقابلة مع قناة الجزيرة"), nor a country.
fn statement_author(ctx: &Ctx<'_>, noun: usize, verb: usize) -> Option<Cand> {
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
        // (A body after the noun or with ل: "بيان الجيش"، "بيان للاتحاد الأوروبي"; not where
        // it was posted, "تغريدات بموقع تويتر".)
        Some(m)
            if m.entity.kind() == EntityKind::Organization
                && m.via == Via::Name
                && m.entity.org_type() != Some("media")
                && m.prefix
                    .is_none_or(|p| is_lam(p.slice(ctx.text)) || p.slice(ctx.text) == "لل")
                && m.span.start
                    == ctx.tokens[k].start() + m.prefix.map_or(0, |p| p.end - p.start) =>
        {
            Some(Cand::of(m))
        }
        Some(_) => None,
        None if ctx.is_speaker_head(k) => Some(role_or_its_name(ctx, k, verb)),
        // (A counterpart: "تصريحات نظيره البولندي، ماتيوش مورافيتسكي، التي قال فيها".)
        None if matches!(ctx.norm(k), "نظيره" | "نظيرته" | "نظيرها") => {
            Some(role_or_its_name(ctx, k, verb))
        }
        // (A name the gazetteer does not know, met with: "مقابلة مع محمد الشامي قال فيها".)
        None if ctx.norm(k - 1) == "مع" => ctx
            .unknown_name(k, verb)
            .filter(|&(s, _, _)| s == k)
            .map(|(s, e, gender)| Cand::unknown(ctx.span(s, e), gender)),
        None => of_speaker_after_lam(ctx, k, verb),
    }
}

/// The author of the statement a sentence opens by naming, for a participle in it: "جاء ذلك في
/// بيان للاتحاد الأوروبي، داعين …، لافتا إلى أنه".
pub(super) fn opening_statement_author(ctx: &Ctx<'_>, a: usize, participle: usize) -> Option<Cand> {
    let word = |k: usize| {
        if k < participle && ctx.is_word(k) {
            ctx.norm(k)
        } else {
            ""
        }
    };
    let opens = matches!(word(a), "جاء" | "وجاء")
        && word(a + 1) == "ذلك"
        && matches!(word(a + 2), "في" | "خلال")
        && is_statement_noun(ctx.head(a + 3));
    opens
        .then(|| statement_author(ctx, a + 3, participle))
        .flatten()
}

/// The speaker named by the role phrase at `k` (before `limit`), or by the name in apposition
/// right after it: "تصريحات الوزير الأول الفرنسي السابق مانوال فالس، التي قال فيها" is Valls.
pub(super) fn role_or_its_name(ctx: &Ctx<'_>, k: usize, limit: usize) -> Cand {
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
pub(super) fn of_speaker_after_lam(ctx: &Ctx<'_>, k: usize, verb: usize) -> Option<Cand> {
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
        // (Read with its own noun, the role is the person named with it earlier: "قال وزير
        // الدفاع الأمريكي، جيمس ماتيس، … جاء ذلك في تصريحات لوزير الدفاع الأمريكي".)
        let end = ctx.tok_range(c.speaker.span).1;
        c.speaker.entity = ctx
            .unnamed_headed(k, end, head)
            .speaker
            .entity
            .filter(|e| e.kind() == EntityKind::Person);
    } else if c.speaker.entity.is_none() {
        // The name in apposition: its given name tells the gender.
        let (s, _) = ctx.tok_range(c.speaker.span);
        c.gender = first_names().get(ctx.norm(s)).copied();
    }
    Some(c)
}

/// A subject written as hashtags, as scraped social posts and some sites write names: "قالت
/// #كوريا_الجنوبية إنها"، "قال #رئيس_الوزراء_الفرنسي #إدوار_فيليب إن". The last hashtag that names
/// an entity, among the first words after the verb, speaks.
pub(super) fn hashtag_subject(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
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
pub(super) fn named_right_after(ctx: &Ctx<'_>, verb: usize, c: &Cand) -> bool {
    c.speaker.entity.is_some()
        && c.speaker.span.slice(ctx.text).contains(' ')
        && ctx
            .tokens
            .get(verb + 1)
            .is_some_and(|t| t.start() == c.speaker.span.start)
        && !ctx.is_speaker_head(verb + 1)
        && !ctx.is_name_title(verb + 1)
}

/// A quoted name filling the subject region before the complementizer, the gazetteer knowing none
/// of it: "وأوضحت «الغذاء والدواء» أن".
pub(super) fn quoted_subject(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
    if from >= end || ctx.toks[from].kind != TokenKind::Quote {
        return None;
    }
    // (A colon may come between: وقالت «الفيدرالية العالمية»: إن. So may words about the body
    // between commas: قال "الدفاع المدني"، التابع للمعارضة، إن.)
    let reported = |k: usize| k < ctx.toks.len() && ctx.toks[k].cue == Some(Cue::Complementizer);
    // (A prepositional phrase may follow the name: وقالت "فتح" في بيان صحفي إن.)
    let after = ctx.quoted_name_end(from, end).filter(|&after| {
        (after == end || ctx.subject_start(after, end).is_none())
            && (reported(end)
                || (end < ctx.toks.len() && ctx.tok_text(end) == ":" && reported(end + 1))
                || aside_then_reported(ctx, end))
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

/// The subject of a clause that opens with a person named before its verb, inside the sentence,
/// for a verb coordinated with it at `cue`: "لكن المستشارة الألمانية أنجيلا ميركل استبعدت خفضا
/// … وقالت إنها". The person (a gazetteer mention, after لكن / بينما / فيما / ثم / كما, with a
/// role in apposition before the name or none) must be followed at once by a past verb of the
/// cue's gender.
pub(super) fn clause_subject(ctx: &Ctx<'_>, a: usize, cue: usize, fem: bool) -> Option<Cand> {
    let to = ctx.tokens[cue].start();
    let from = ctx.tokens[a].start();
    let before = ctx.mentions.partition_point(|m| m.span.end <= to);
    let k = (0..before)
        .rev()
        .take(8)
        .take_while(|&k| ctx.mentions[k].span.start >= from)
        .find(|&k| {
            let m = &ctx.mentions[k];
            m.entity.kind() == EntityKind::Person && m.via != Via::Demonym
        })?;
    let (ms, me) = ctx.mtoks[k];
    // The verb right after the name, past, of the cue's gender, no cue itself.
    if me >= cue || ctx.toks[me].kind != TokenKind::ArabicWord || ctx.toks[me].cue.is_some() {
        return None;
    }
    let verb = ctx.norm(me);
    if ctx.mention(me).is_some()
        || verb.starts_with("ال")
        || verb.starts_with(['ب', 'ل', 'ك'])
        || verb.chars().count() < 3
        || verb.ends_with('ت') != fem
        || is_function_word(verb)
        || is_separate_preposition(verb)
    {
        return None;
    }
    // Before the name (or the role in apposition before it): the clause's opening.
    let start = ctx
        .appositions
        .iter()
        .find(|ap| ap.mention == k)
        .map_or(ms, |ap| ap.role_toks.0);
    let opens = start > a
        && matches!(
            ctx.norm(start - 1),
            "لكن" | "ولكن" | "بينما" | "فيما" | "ثم" | "كما"
        );
    opens.then(|| Cand::of(&ctx.mentions[k]))
}

/// The subject of a clause that opens between the sentence's subject and a participle, where the
/// participle agrees with it and not with the sentence's: "رحل الرجل إلى تونس، بيد أن محكمة ألمانية
/// أمرت بإعادته، واصفة قرار إبعاده بأنه" is the court's. `after` is the token after the sentence
/// subject, `cue` the participle's.
pub(super) fn participle_clause_subject(
    ctx: &Ctx<'_>,
    after: usize,
    cue: usize,
    fem: bool,
) -> Option<Cand> {
    let opener = (after..cue).rev().find_map(|i| {
        if !ctx.is_word(i) || ctx.inside(i) {
            return None;
        }
        match ctx.norm(i) {
            "لكن" | "ولكن" | "بينما" | "فيما" | "ثم" => Some(i + 1),
            "بيد" | "غير" | "الا" if i + 1 < cue && ctx.norm(i + 1) == "ان" => {
                Some(i + 2)
            }
            _ => None,
        }
    })?;
    let fits = |c: &Cand| agrees_as_written(ctx, c, fem);
    sentence_subject(ctx, opener, cue, &[])
        .filter(fits)
        .or_else(|| {
            // A noun phrase fronted before its verb: "بيد أن محكمة ألمانية أمرت بإعادته". (A
            // feminine verb is told by its written ت, which a noun writes ة.)
            if !ctx.is_word(opener) || opener + 1 >= cue {
                return None;
            }
            let verb_shaped = |k: usize| {
                let verb = ctx.norm(k);
                ctx.is_word(k)
                    && !verb.starts_with("ال")
                    && verb.chars().count() >= 3
                    && !is_function_word(verb)
                    && !is_separate_preposition(verb)
            };
            let end = if fem {
                (opener + 1..cue.min(opener + 5))
                    .take_while(|&k| ctx.is_word(k))
                    .find(|&k| ctx.tok_text(k).ends_with('ت') && verb_shaped(k))?
            } else {
                let end = ctx.np_end(opener, cue);
                (end < cue && verb_shaped(end) && !ctx.norm(end).ends_with('ت')).then_some(end)?
            };
            ctx.resolve(opener, end)
        })
        .filter(fits)
}

/// Whether a speaker agrees with a participle of gender `fem`: as [`agrees`] reads it, and by its
/// head noun as written when its gender is otherwise unknown (see [`written_fem`]).
pub(super) fn agrees_as_written(ctx: &Ctx<'_>, c: &Cand, fem: bool) -> bool {
    agrees(c, fem) && written_fem(ctx, c).is_none_or(|f| f == fem)
}

/// For a speaker of no known gender (no person the gazetteer or the first names know, no verb
/// said of it), the gender its head noun is written in: feminine with ة (المحكمة، الوزارة),
/// masculine otherwise (الرجل، المسؤول); none for a plural in ون/ين/ات.
pub(super) fn written_fem(ctx: &Ctx<'_>, c: &Cand) -> Option<bool> {
    if c.gender.is_some() || c.said_fem.is_some() || c.speaker.entity.is_some() {
        return None;
    }
    let (s, e) = ctx.tok_range(c.speaker.span);
    let head = (s..e).find(|&i| ctx.is_word(i))?;
    let word = ctx.norm(head);
    // (Only a common noun: a given name the first names lack, "نيكول", tells nothing.)
    if word.ends_with("ون")
        || word.ends_with("ين")
        || word.ends_with("ات")
        || !(word.starts_with("ال") || ctx.is_speaker_head(head))
    {
        return None;
    }
    // (Matching folds ة onto ه: المشتبه is masculine, المحكمة feminine.)
    Some(ctx.tok_text(head).ends_with('ة'))
}

/// For a person of no known gender named after a title, the gender the title is written in:
/// "البروفيسور سام سبيرينغ" is a man, "الدكتورة منى" a woman. (Only a title before a name: a
/// noun alone may be a broken plural, "المصادر", or a family name with its article.)
pub(super) fn titled_fem(ctx: &Ctx<'_>, c: &Cand) -> Option<bool> {
    if c.gender.is_some() || c.speaker.entity.is_some() {
        return None;
    }
    let (s, e) = ctx.tok_range(c.speaker.span);
    // (The title may stand in the span or right before it, outside.)
    let title = if e > s + 1 && ctx.is_name_title(s) {
        s
    } else if s > 0 && ctx.is_name_title(s - 1) {
        s - 1
    } else {
        return None;
    };
    Some(ctx.tok_text(title).ends_with('ة'))
}

/// The person a pronoun after نقل عن or نسب إلى stands for ("ونقلت الوكالة عنه قوله إن"): the
/// person the gazetteer knows named in the verb's sentence (from token `a`), else the last person
/// of its gender who spoke from token `floor` on (the sentence before), else one named there.
pub(super) fn pronoun_antecedent(
    ctx: &Ctx<'_>,
    floor: usize,
    a: usize,
    verb: usize,
    gender: Gender,
    prev: &[Cand],
) -> Option<Cand> {
    let (from, to) = (ctx.tokens[floor].start(), ctx.tokens[verb].start());
    let agrees = |g: Option<Gender>| g.is_none_or(|g| g == gender);
    let before = ctx.mentions.partition_point(|m| m.span.end <= to);
    let named = ctx.mentions[..before]
        .iter()
        .rev()
        .take(LOOKBACK)
        .take_while(|m| m.span.start >= from)
        .find(|m| {
            m.entity.kind() == EntityKind::Person
                && m.via != Via::Demonym
                && agrees(m.entity.gender())
        })
        .map(|m| Cand {
            speaker: Speaker {
                span: m.span,
                entity: Some(m.entity.clone()),
            },
            gender: m.entity.gender(),
            human: true,
            agent: None,
            said_fem: None,
        });
    let spoke = prev
        .iter()
        .rev()
        .find(|c| {
            c.human
                && agrees(c.gender)
                && !relays(ctx, c)
                && (from..to).contains(&c.speaker.span.start)
        })
        .cloned();
    // A person named in the verb's own sentence is it ("مصادر مقربة من الأمير محمد بن سلمان
    // نسبت إليه قوله"); before that, one who spoke wins over a name in the sentence before, often
    // an object there ("عن أردوغان قوله إن … قرار الرئيس دونالد ترمب …. ونقلت "تي.آر.تي" عنه").
    let own_sentence = ctx.tokens[a].start();
    match named {
        Some(n) if n.speaker.span.start >= own_sentence => Some(n),
        named => spoke.or(named),
    }
}

/// One to three plain words between عن and قوله, a name the library does not know: "ونقلت
/// الوكالة عن كيم قوله".
pub(super) fn relayed_name(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<Cand> {
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
pub(super) fn bare_name(ctx: &Ctx<'_>, verb: usize, end: usize) -> Option<Cand> {
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
    // (Or after a relative clause on the one named, between commas: "وأوضح بابتشينكو، الذي
    // تلقى تهديدات بالقتل، أنه".)
    let after_relative = || {
        ctx.toks
            .get(end)
            .is_some_and(|t| t.cue == Some(Cue::Relative))
            && (end + 1..ctx.toks.len().min(end + 20))
                .take_while(|&j| !matches!(ctx.tok_text(j), "." | "!" | "?" | "؟" | ":"))
                .find(|&j| is_punct(&ctx.tokens[j], COMMAS))
                .is_some_and(|c| reports_right_after(ctx, c + 1))
    };
    let reports = saying && (reports_right_after(ctx, end) || after_relative());
    if !reports {
        return None;
    }
    if nationality && from == end {
        return Some(Cand::unknown(ctx.span(verb + 1, end), None));
    }
    // Whether the word at `k` is whom the words were given to after a name: the media ("لمراسل
    // الإذاعة"، "للصحفيين") or the police and the court ("للشرطة").
    let given_to = |k: usize| is_addressee(ctx.norm(k)) || is_authority_addressee(ctx.norm(k));
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
                // (Or before a phrase of time or place: "أكد بلاتر بعد اجتماع اللجنة أنه".)
                let lone = j + 1 == end
                    || (j + 1 < end
                        && (is_punct(&ctx.tokens[j + 1], COMMAS)
                            || matches!(ctx.tok_text(j + 1), "-" | "–" | "—")
                            || (ctx.is_word(j + 1) && is_place_preposition(ctx.head(j + 1)))
                            // (Or before whom the words were given to: "وقالت بروكتر لبي بي
                            // سي إن".)
                            || ctx.outlet_with_lam(j + 1)
                            || given_to(j + 1)));
                // (A short one too, alone: "وقال بيج إنه"; not after a name, "كارتر به".)
                !connector
                    && if j == from {
                        !lone || is_manner(n) || n.starts_with("بال")
                    } else {
                        n.chars().count() < 4
                    }
            }
            _ => false,
        };
        // A Maghrebi given name keeps its article (الطاهر، الهادي): known without it, and
        // followed by the family name.
        // (Not an adjective of the title: "الرئيس المحتمل لفرنسا"، "الرئيس المقبل".)
        let article_name =
            (titled && !is_title_modifier(ctx.head(j)) && !matches!(n, "المقبل" | "المقبله"))
                || (j == from && j + 1 < end && article_given_name(n));
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
            // (Nor a clause about the subject: "قالت وهي تبكي «…»".)
            && !is_clause_opener(n)
            // Shapes of common nouns: plurals, feminine and relative nouns, pronoun suffixes,
            // verbal nouns (استطلاع، انسحاب). (A subject is not in the oblique case: alone right
            // before the words, or after a given name, ين ends a family name, كوهين، جون ماكين.)
            && (first_names().contains_key(n)
                || (n.ends_with("ين")
                    && !n.ends_with("يين")
                    && (j + 1 == end
                        || (j > from && first_names().contains_key(ctx.norm(from)))
                        // (Or a foreign given name the list lacks, before the rest of the
                        // name: "نغوين دوي دنغ".)
                        || (j == from
                            && j + 2 < end
                            && ctx.toks[j + 1].kind == TokenKind::ArabicWord
                            && ctx.toks[j + 1].cue.is_none()
                            && ctx.mention(j + 1).is_none()
                            && !ctx.norm(j + 1).starts_with("ال")
                            && !ctx.norm(j + 1).ends_with("ين")
                            && name_shaped(ctx.norm(j + 1))
                            && !is_function_word(ctx.norm(j + 1)))
                        // (Or before whom the words were given to: "وقالت سين للشرطة إنها".)
                        || given_to(j + 1))
                    && !n.starts_with("ال"))
                || !(["ون", "ين", "ات", "ه", "يه"].iter().any(|p| n.ends_with(p))
                    || n.starts_with("است")
                    || n.starts_with("ان")))
    };
    // A lone word ending in ا right before the words is a name when no adverb is written so:
    // "وقال زالا إنه"، "وقالت فوكودا إن" (not "وقال أيضا إن"، "وأضاف لاحقا أن").
    if from + 1 == end
        && !titled
        && ctx.toks[from].kind == TokenKind::ArabicWord
        && ctx.toks[from].cue.is_none()
        && ctx.mention(from).is_none()
        && !ctx.inside(from)
        && !ctx.is_speaker_head(from)
        && name_in_alef(ctx.norm(from))
    {
        return Some(Cand::unknown(ctx.span(from, end), None));
    }
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
        // (An age or a place in brackets: "تقول سكارليت فينسينت (23 سنة)"; a phrase between
        // dashes: "أكد بلاتر -بعد اجتماع اللجنة- أنه".)
        || matches!(ctx.tok_text(k), "(" | "-" | "–" | "—")
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

/// Whether a word ending in ا may be a name standing alone: a foreign name ("زالا"، "فوكودا"،
/// "بنسودا"), not an adverb in the accusative (أيضا، لاحقا، مجددا، رسميا), a participle (مخاطبا), a
/// pronoun's suffix (فيها، مراسلنا، كلاهما) or a preposition's letter before it (لها، بها).
fn name_in_alef(n: &str) -> bool {
    let count = n.chars().count();
    // (Nor a participle of manner: متهكما، مبتسما; ساخرا، ضاحكا.)
    let manner =
        (n.starts_with('م') && count >= 5) || (count == 5 && n.chars().nth(1) == Some('ا'));
    n.ends_with('ا')
        && !n.ends_with("يا")
        && count >= 4
        && !n.starts_with("ال")
        && !n.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
        && !manner
        && !["ها", "نا", "هما", "وا"].iter().any(|p| n.ends_with(p))
        && !matches!(
            n,
            "ايضا"
                | "مجددا"
                | "سابقا"
                | "لاحقا"
                | "موخرا"
                | "اخيرا"
                | "مرارا"
                | "تكرارا"
                | "علنا"
                | "مسبقا"
                | "انفا"
                | "ضمنا"
                | "احيانا"
                | "دايما"
                | "غالبا"
                | "فورا"
                | "مثلا"
                | "اولا"
                | "ثانيا"
                | "ثالثا"
                | "تباعا"
                | "كثيرا"
                | "قليلا"
                | "سريعا"
                | "مطلقا"
                | "اطلاقا"
                | "صباحا"
                | "ظهرا"
                | "عصرا"
                | "مساءا"
                | "ليلا"
                | "نهارا"
                | "اسفا"
                | "غيرا"
                | "صبرا"
                | "حقا"
                | "قطعا"
                | "تماما"
                | "ابدا"
                | "عموما"
                | "خصوصا"
                | "تحديدا"
                | "جديدا"
                | "شيا"
                | "امرا"
                | "عاما"
                | "يوما"
                | "اكثرا"
        )
}

/// A one-word name the gazetteer does not know, as the fuller name of a speaker given before
/// that holds it: "وقال باسيلوس" after "الراهب باسيلوس المقاري". (Not a given name: many share
/// one.)
pub(super) fn named_before(ctx: &Ctx<'_>, c: Cand, prev: &[Cand]) -> Cand {
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

/// Whether the token at `end` starts the reported words: a complementizer, a colon or a
/// quotation mark.
pub(super) fn reports_right_after(ctx: &Ctx<'_>, end: usize) -> bool {
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
pub(super) fn definite_subject(
    ctx: &Ctx<'_>,
    verb: usize,
    end: usize,
    prev: &[Cand],
) -> Option<Cand> {
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
    // (The verb's own preposition may close the region: "وأكد الجانبان على أن".)
    let filler = |j: usize| {
        ctx.toks[j].cue == Some(Cue::Filler)
            || is_punct(&ctx.tokens[j], COMMAS)
            || (j + 1 == end && ctx.is_word(j) && matches!(ctx.norm(j), "علي" | "الي"))
    };
    if k == from || !(addressee || (k..end).all(filler)) {
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
pub(super) fn source_np(ctx: &Ctx<'_>, i: usize, b: usize) -> Option<usize> {
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
    // بحسب ما أفادت به مصادر / وفقا لما صرح به الوزير: the verb's به stands for the words.
    if j > i + 1 && matches!(word(j), "به" | "بها") {
        j += 1;
    }
    // (Past the outlet the words were given to, after a verb: "بحسب ما صرح به لمراسلة الإذاعة،
    // محمد الصحبي"، "وفق ما صرحت به لوكالة الأنباء وزيرة السياحة"، "حسبما صرح لرويترز الوزير".)
    if j > i + 1 && j < b && (is_addressee(ctx.norm(j)) || addressee_end(ctx, j, b).is_some()) {
        j = past_addressee(ctx, j, b)?;
    }
    (j < b).then_some(j)
}

/// Where the subject starts after the outlet at `j` that a source's words were given to: after
/// the outlet's mention or its name in marks (and the adjectives describing it), else at the
/// first noun that heads a speaker (no outlet's: "لمراسل الإذاعة،") or after the outlet's comma,
/// whichever comes first.
fn past_addressee(ctx: &Ctx<'_>, j: usize, b: usize) -> Option<usize> {
    if let Some(e) = addressee_end(ctx, j, b).filter(|&e| e > j + 1 || ctx.mention(j).is_some()) {
        return Some(skip_adjectives(ctx, e, b));
    }
    (j + 1..b.min(j + 8))
        .take_while(|&k| ctx.is_word(k) || is_punct(&ctx.tokens[k], COMMAS))
        .find(|&k| !ctx.is_word(k) || (ctx.is_speaker_head(k) && !is_media_head(ctx.head(k))))
        .map(|k| if ctx.is_word(k) { k } else { k + 1 })
}

/// Where the words before a relative pronoun at `rel` end: before its comma, if any.
fn before_comma(ctx: &Ctx<'_>, floor: usize, rel: usize) -> usize {
    if rel > floor && is_punct(&ctx.tokens[rel - 1], COMMAS) {
        rel - 1
    } else {
        rel
    }
}

/// The antecedent of a relative pronoun at `rel` as [`antecedent`] finds it, or else a surname
/// given in full earlier: "بحسب مولانس الذي قال" after "فرنسوا مولانس".
pub(super) fn antecedent_or_surname(
    ctx: &Ctx<'_>,
    floor: usize,
    rel: usize,
    prev: &[Cand],
) -> Option<Cand> {
    antecedent(ctx, floor, rel).or_else(|| {
        let j = before_comma(ctx, floor, rel);
        (j > floor)
            .then(|| earlier_surname(ctx, j - 1, j, prev))
            .flatten()
    })
}

/// The mention right before a relative pronoun at `rel` (through a comma).
pub(super) fn antecedent(ctx: &Ctx<'_>, floor: usize, rel: usize) -> Option<Cand> {
    let j = before_comma(ctx, floor, rel);
    if j == floor {
        return None;
    }
    // An unnamed source right before the pronoun, with up to two adjectives, a demonym among them:
    // "وفق المصادر التي أكدت أن"، "مصادر ميدانية التي"، "السلطات السعودية التي".
    let unnamed = || {
        (j.saturating_sub(3).max(floor)..j)
            .find(|&k| {
                // (No preposition between: in "التقرير عن الأمور التي تؤكد" the pronoun is
                // the things'.)
                ctx.is_speaker_head(k)
                    && (k..j).all(|i| {
                        ctx.is_word(i)
                            && !is_separate_preposition(ctx.norm(i))
                            && ctx
                                .mention(i)
                                .is_none_or(|m| i > k && m.via == Via::Demonym)
                    })
            })
            .map(|k| ctx.unnamed(k, j))
    };
    // A role between commas after the name is the name's: "ليزا موركوفيسكي، عضوة مجلس الشيوخ عن
    // ولاية ألاسكا، التي قالت" (the role's own words name no one the pronoun stands for).
    if j < rel {
        let role_comma = (j.saturating_sub(10).max(floor + 1)..j)
            .rev()
            .find(|&c| !ctx.is_word(c))
            .filter(|&c| {
                is_punct(&ctx.tokens[c], COMMAS)
                    && ctx.is_word(c + 1)
                    && ctx.mention(c + 1).is_none()
                    && is_role_head(ctx.head(c + 1))
            });
        if let Some(c) = role_comma {
            let named = ctx
                .mention(c - 1)
                .is_some_and(|m| m.via != Via::Demonym && m.entity.kind() == EntityKind::Person)
                || (c.saturating_sub(4).max(floor)..c).any(|k| {
                    ctx.unknown_name(k, c)
                        .is_some_and(|(s, e, _)| s == k && e == c)
                });
            if named {
                return antecedent(ctx, floor, c + 1);
            }
        }
    }
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
pub(super) fn after_opener(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
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
    // (Or "on the other hand": "من ناحية أخرى، رفضت الوزارة …"، "من جهة ثانية".)
    } else if a + 2 < b
        && matches!(ctx.norm(a), "من" | "ومن")
        && matches!(ctx.norm(a + 1), "ناحيه" | "جهه")
        && matches!(ctx.norm(a + 2), "اخري" | "ثانيه")
    {
        a + 3
    } else if matches!(
        ctx.norm(a),
        "بدوره" | "بدورها" | "وبدوره" | "وبدورها" | "بالمقابل" | "وبالمقابل"
    ) {
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

/// Where a sentence goes on after an opening phrase of place or time and its comma ("وفي حديثها
/// خارج المحكمة، اعتذرت …"، "وخلال المؤتمر، أشاد …"): the verb comes next.
fn adverbial_opener(ctx: &Ctx<'_>, a: usize, b: usize) -> Option<usize> {
    let opener = ctx.norm(a).trim_start_matches('و');
    if !matches!(
        opener,
        "في" | "خلال"
            | "علي"
            | "بعد"
            | "قبل"
            | "عقب"
            | "اثناء"
            | "امام"
            | "ومع"
            | "مع"
    ) {
        return None;
    }
    let comma = (a + 1..b.min(a + 9)).find(|&c| !ctx.is_word(c))?;
    let plain = (a + 1..comma).all(|j| {
        !ctx.inside(j)
            && !matches!(
                ctx.toks[j].cue,
                Some(Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer)
            )
    });
    (plain && is_punct(&ctx.tokens[comma], COMMAS) && comma + 1 < b && ctx.is_word(comma + 1))
        .then_some(comma + 1)
}

/// A name the gazetteer does not know right after the sentence's first verb, with a role in
/// apposition after a comma: "وأدلى بولنت تزجان، المتحدث باسم حزب الشعب الجمهوري، بهذه
/// التصريحات". The name, two or three plain words, speaks.
pub(super) fn name_with_role_after_comma(ctx: &Ctx<'_>, verb: usize, b: usize) -> Option<Cand> {
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
pub(super) fn sentence_subject(
    ctx: &Ctx<'_>,
    a: usize,
    b: usize,
    marked: &[&Marked],
) -> Option<Cand> {
    let c = first_subject(ctx, a, b, marked)?;
    Some(ctx.titled_given_name(&c).unwrap_or(c))
}

/// The subject named right after the sentence's opening verb when the person the gazetteer
/// knows comes after it, with their role, as its object: "هاجم البرلماني المصري مصطفى بكري
/// الرئيس التونسي السابق، منصف المرزوقي، قائلا" is Bakri's saying, not Marzouki's.
fn subject_before_object(ctx: &Ctx<'_>, a: usize, b: usize, mention: usize) -> Option<Cand> {
    // (The appositions come in the order of their mentions.)
    let at = ctx.appositions.partition_point(|p| p.mention < mention);
    let role = ctx
        .appositions
        .get(at)
        .filter(|p| p.mention == mention)?
        .role_toks
        .0;
    let verb = after_opener(ctx, a, b).unwrap_or(a);
    let n = ctx.norm(verb);
    let verb_like = ctx.toks[verb].kind == TokenKind::ArabicWord
        && ctx.mention(verb).is_none()
        && !n.starts_with("ال")
        && n.chars().count() >= 3
        && !ctx.is_speaker_head(verb)
        && !is_function_word(n);
    // (The subject's words are plain words: no cue, no other person, nothing quoted.)
    if !verb_like
        || role <= verb + 1
        || (verb + 1..role).any(|j| {
            !ctx.is_word(j)
                || ctx.inside(j)
                || ctx.toks[j].cue.is_some()
                || ctx
                    .mention(j)
                    .is_some_and(|m| m.entity.kind() == EntityKind::Person)
        })
    {
        return None;
    }
    // It ends in a name right before the object's role, not in a head noun whose genitive the
    // role is ("مستشار الرئيس الأمريكي").
    let last = ctx.norm(role - 1);
    if last.starts_with("ال") || ctx.is_speaker_head(role - 1) || !name_shaped(last) {
        return None;
    }
    // (A name of two words or more with a given name first: a verb or a noun before the role
    // is no name, "ووجه الرئيس …"، "يردد الرئيس …".)
    ctx.resolve(verb + 1, role).filter(|c| {
        let (s, e) = ctx.tok_range(c.speaker.span);
        c.human && s > verb && e == role && (s..e).any(|g| given_name_run(ctx, g, e))
    })
}

/// Whether `g..e` is a name of two to four words opening with a known given name, each word a
/// name's: "وكان نجيب يتمتع بصداقة الرئيس" has a verb and a ب-phrase.
fn given_name_run(ctx: &Ctx<'_>, g: usize, e: usize) -> bool {
    first_names().contains_key(ctx.norm(g))
        && (2..=4).contains(&(e - g))
        && (g + 1..e).all(|k| {
            let n = ctx.norm(k);
            name_shaped(n)
                && !is_function_word(n)
                && (first_names().contains_key(n) || !n.starts_with(['ب', 'ل', 'ي', 'ت']))
        })
}

fn first_subject(ctx: &Ctx<'_>, a: usize, b: usize, marked: &[&Marked]) -> Option<Cand> {
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
        // (So is a clause of time: "بعد أن نشر بدر العساكر، مدير المكتب الخاص لولي العهد، الأمير
        // محمد بن سلمان صورة "ودية"" is no subject of the sentence.)
        if k > a && ctx.norm(k) == "ان" && is_time_conjunction(ctx.norm(k - 1)) {
            break;
        }
        if let Some(m) = ctx.mention(k) {
            let (ms, me) = ctx.mtoks[ctx.toks[k].mention as usize];
            if m.entity.kind() == EntityKind::Person
                && m.via != Via::Demonym
                && !ctx.is_object(ms, a)
                // (Nor one whose words or claims the sentence is about: "رفض السفير حسين هريدي،
                // …، تصريحات المالكي، مؤكدا" is Heridi's rejection.)
                && !(ms > a
                    && (matches!(ctx.norm(ms - 1), "تصريحات" | "وتصريحات")
                        || is_claim_noun(ctx.norm(ms - 1))))
                // (Nor the genitive of the verb's object: "واتهم المتحدث وفد بومبيو".)
                && !(ms >= a + 2 && ctx.object_group_genitive(ms - 2, ms))
            {
                return Some(
                    subject_before_object(ctx, a, b, ctx.toks[k].mention as usize)
                        .unwrap_or_else(|| Cand::of(m)),
                );
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
    // (Counted after an opening "on his part" or "on the other hand": "من ناحية أخرى، رفضت
    // وزارة العدل الأمريكية …".)
    // (Right after the verb there: "بدوره، دان أمين سر مجلس الأمة" is the secretary's.)
    let (from, reach) = match after_opener(ctx, a, b) {
        Some(verb) => (verb, 2),
        None => (a, 4),
    };
    let org = (from..b.min(from + reach))
        .filter(|&i| !(i > from && ctx.tok_text(i - 1) == "("))
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
            !(i > from
                && ctx.is_word(i - 1)
                && matches!(ctx.norm(i - 1), "في" | "من" | "الي" | "علي" | "عن" | "مع"))
        })
        .filter_map(|i| ctx.mention(i).map(|m| (i, m)))
        .filter(|&(_, m)| m.entity.kind() != EntityKind::Person && m.via == Via::Name)
        // (Nor one with a preposition on it, "استهل ترامب زيارته لبريطانيا بالقول", but the
        // issuer of a statement: "وفي تعقيب لوزارة الخارجية قالت إنها".)
        .filter(|&(i, m)| {
            let issued = i > from
                && matches!(
                    ctx.head(i - 1),
                    "بيان" | "بلاغ" | "تعقيب" | "تصريح" | "تقرير" | "رساله"
                );
            issued
                || !m.prefix.is_some_and(|p| {
                    p.slice(ctx.text)
                        .trim_start_matches(['و', 'ف'])
                        .starts_with(['ل', 'ب', 'ك'])
                })
        })
        // (Not one right after a person's role in construct or before باسم, whose genitive it
        // is, "عضو مجلس الأمة"، "المتحدث باسم البيت الأبيض"; not after a verb of telling, whose object is whom the words were told: "وأخبرت
        // مراسلة بي بي سي أن".)
        .find(|&(i, _)| {
            // (A word of the sentence after its first, with no article before the genitive:
            // "ويتهم المسلحون الجيش السوري" names the accused.)
            let role = |j: usize| {
                j > from
                    && ctx.is_word(j)
                    && ctx.mention(j).is_none()
                    && (is_role_head(ctx.head(j)) || is_human_noun(ctx.head(j)))
            };
            let construct =
                |j: usize| role(j) && !ctx.norm(j).trim_start_matches('و').starts_with("ال");
            let told = || {
                ctx.norm(from)
                    .trim_start_matches(['و', 'ف'])
                    .starts_with("اخبر")
            };
            // (From the mention's first word: the window reads each of its words.)
            let i = ctx.mtoks[ctx.toks[i].mention as usize].0;
            !(i > from
                && (construct(i - 1)
                    || (i > from + 1 && ctx.head(i - 1) == "باسم" && role(i - 2))
                    // (Or the verb's object after a definite subject, which takes no genitive:
                    // "ويتهم التقرير الحوثيين باستخدام".)
                    || (i - 1 > from
                        && ctx.is_word(i - 1)
                        && ctx.mention(i - 1).is_none()
                        && ctx.norm(i - 1).starts_with("ال")
                        && ctx.is_speaker_head(i - 1)))
                && !told())
        })
        .map(|(_, m)| Cand::of(m));
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
    // (A name after an abbreviated title: "أكد م. صادق على أهمية …، معتبراً أن".)
    let title_len = abbreviated_title(ctx, verb + 1, b);
    if title_len > 0 {
        let s = verb + 1 + title_len;
        let gender = || first_names().get(ctx.norm(s)).copied();
        // (A given name and relative adjectives first: the verb's object may follow them, "وهنأ
        // م. منصور القحطاني الموظفين".)
        let by_shape = name_by_shape(ctx, s, b);
        if let Some((ns, ne)) = by_shape
            .filter(|&(ns, ne)| ne > ns + 1)
            .or_else(|| ctx.name_after(s, b).filter(|&(ns, _)| ns == s))
        {
            return Some(Cand::unknown(ctx.span(ns, ne), gender()));
        }
        // (A surname with the article alone: "قدم د. الصالح جملة من الحلول".)
        let surname = || {
            (s < b && plain_name_word(ctx, s) && ctx.norm(s).starts_with("ال"))
                .then_some((s, s + 1))
        };
        if let Some((ns, ne)) = by_shape.or_else(surname) {
            return Some(Cand::unknown(ctx.span(ns, ne), gender()));
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
            // (Nor one governed by a preposition that opens the sentence: "وفي المحكمة بدا
            // إبراهيم حزينا" names where.)
            && !(i == verb + 1 && matches!(ctx.norm(verb), "في" | "وفي"))
    });
    let Some(first) = first else {
        return name_with_role_after_comma(ctx, verb, b);
    };
    if inside(first) {
        return None;
    }
    // One plain word shaped as a name between a verb that takes its object first and the noun
    // is the subject, the noun its object: "واتهم موغابي الحكومة بـ«…»".
    if first == verb + 2 {
        let n = ctx.norm(verb + 1);
        let plain = ctx.toks[verb + 1].kind == TokenKind::ArabicWord
            && ctx.toks[verb + 1].cue.is_none()
            && ctx.mention(verb + 1).is_none()
            && !inside(verb + 1)
            && takes_object_first(ctx.norm(verb))
            && n.chars().count() >= 3
            && !n.starts_with("ال")
            && !n.starts_with(['ب', 'ل', 'ك', 'و', 'ف'])
            && name_shaped(n)
            && !is_function_word(n)
            && !is_place_preposition(ctx.head(verb + 1))
            && (first_names().contains_key(n)
                || !["ه", "ات", "ون", "ين", "يه"].iter().any(|p| n.ends_with(p)));
        if plain && ctx.norm(first).starts_with("ال") && ctx.norm(first) != "الله" {
            return Some(Cand::unknown(
                ctx.span(verb + 1, verb + 2),
                first_names().get(n).copied(),
            ));
        }
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
    } else if let Some((s, e)) = titled_name_after_role(ctx, first, end, b) {
        c.speaker = Speaker {
            span: ctx.span(s, e),
            entity: None,
        };
    }
    Some(c)
}

/// The name after a role's long complement, opened by a title and a given name: "المدير العام
/// للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ عبدالمجيد
/// العمري". Up to eight plain words between the phrase at `first..end` and the title.
fn titled_name_after_role(
    ctx: &Ctx<'_>,
    first: usize,
    end: usize,
    b: usize,
) -> Option<(usize, usize)> {
    if !ctx.is_speaker_head(first) || ctx.mention(first).is_some() {
        return None;
    }
    let title = |j: usize| {
        ctx.norm(j).starts_with("ال")
            && matches!(
                ctx.head(j),
                "شيخ"
                    | "دكتور"
                    | "دكتوره"
                    | "مهندس"
                    | "استاذ"
                    | "لواء"
                    | "عميد"
                    | "عقيد"
                    | "امير"
            )
    };
    // (The phrase may have taken the title as its last word: "مدير الدفاع المدني بمنطقة تبوك
    // اللواء | مستور الحارثي".)
    let start = if end > first + 1 && title(end - 1) {
        end - 1
    } else {
        end
    };
    let mut j = start;
    while j + 1 < b && j < end + 9 {
        if !ctx.is_word(j) || ctx.inside(j) || ctx.toks[j].cue.is_some() {
            return None;
        }
        // (Right after the phrase the title needs no known given name after it, only a name's
        // shape: a plain word and relative adjectives, "مدير الشرطة اللواء مستور الحارثي".)
        if title(j) && j == start && !first_names().contains_key(ctx.norm(j + 1)) {
            if let Some(name) = ctx.name_after(j + 1, b).filter(|&(s, _)| s == j + 1) {
                return Some(name);
            }
            return name_by_shape(ctx, j + 1, b).filter(|&(s, e)| e > s + 1);
        }
        if title(j) && first_names().contains_key(ctx.norm(j + 1)) {
            return ctx.name_after(j + 1, b).filter(|&(s, _)| s == j + 1);
        }
        j += 1;
    }
    None
}

/// A name read by its shape alone at `given` (before `b`), after a title: a plain word that is no
/// article's, particle's or feminine noun's, then up to two relative adjectives as written with ي
/// ("مستور الحارثي"; "المستوى" folds onto the letters of one).
fn name_by_shape(ctx: &Ctx<'_>, given: usize, b: usize) -> Option<(usize, usize)> {
    let plain = |k: usize| k < b && plain_name_word(ctx, k);
    if !plain(given)
        || ctx.norm(given).starts_with("ال")
        || ctx.norm(given).starts_with(['و', 'ب', 'ل', 'ف', 'ك'])
        || ctx.norm(given).ends_with('ه')
    {
        return None;
    }
    let mut e = given + 1;
    while e < given + 3
        && plain(e)
        && is_definite_adjective(ctx.norm(e))
        && ctx.tok_text(e).ends_with('ي')
    {
        e += 1;
    }
    Some((given, e))
}

/// "X: …" at the head of a sentence: X is a mention or a short noun phrase.
pub(super) fn headline(ctx: &Ctx<'_>, a: usize, colon: usize) -> Option<Cand> {
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
