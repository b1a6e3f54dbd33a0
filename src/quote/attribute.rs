//! Attribution within a sentence: cues, reported clauses, the rules that give each quote its
//! speaker, and agreement between a cue and its speaker.

use super::*;

#[allow(clippy::too_many_arguments)]
pub(super) fn attribute_sentence(
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
            // زاد "added" right before a colon or quotation marks ("وزاد: «…»"); elsewhere it is
            // "increased".
            None if matches!(ctx.norm(i), "زاد" | "وزاد" | "زادت" | "وزادت")
                && i + 1 < b
                && (ctx.tok_text(i + 1) == ":" || toks[i + 1].kind == TokenKind::Quote) =>
            {
                Some(Cue::Verb {
                    fem: ctx.norm(i).ends_with('ت'),
                })
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
            // "يُذكر أن" ("it is worth noting that"): the journalist's aside, no one's speech
            // (also with a comma: "يذكر، أن").
            Some(Cue::Verb { .. })
                if matches!(ctx.norm(i), "يذكر" | "ويذكر")
                    && (i + 1 < b && toks[i + 1].cue == Some(Cue::Complementizer)
                        || i + 2 < b
                            && is_punct(&ctx.tokens[i + 1], COMMAS)
                            && toks[i + 2].cue == Some(Cue::Complementizer)) =>
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
                // "أعرب X عن أمله في أن"، "وعبر X عن اعتقاده بأن": the subject ends at عن.
                let end = if matches!(
                    ctx.norm(i).trim_start_matches(['و', 'ف']),
                    "اعرب" | "اعربت" | "عبر" | "عبرت"
                ) {
                    (i + 1..end).find(|&j| ctx.norm(j) == "عن").unwrap_or(end)
                } else {
                    end
                };
                // "وما وصفه التقرير بالميل إلى …": after a verb of naming or describing, the
                // description (ب + noun) ends its subject.
                let naming = ctx.names_its_object(i);
                let end = if naming {
                    (i + 1..end)
                        .find(|&j| ctx.norm(j).starts_with("بال") && ctx.mention(j).is_none())
                        .unwrap_or(end)
                } else {
                    end
                };
                // نقلت الصحيفة عن X: X is the source, the outlet only carries the words.
                let mut agent = None;
                // نسبت الوكالة إلى X تصريحات: the words are X's.
                let relay_prep = match ctx.head(i) {
                    h if is_relaying_verb(h) => Some("عن"),
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
                            if ctx.head(j) == prep || relay_pronoun(ctx.norm(j), prep).is_some() {
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
                // "ونقلت الوكالة عنه": a pronoun for the source. (Not one for a source the
                // sentence named first, "وفقا لمصادر …، ونقلت عنها صحيفة", nor after ما, "ما
                // نُقل عنه", passive: then the verb reads as one with no relayed source.)
                let relayed_pronoun = relay
                    .and_then(|an| relay_pronoun(ctx.norm(an), relay_prep.unwrap_or_default()));
                let pronoun = relayed_pronoun
                    .filter(|_| sources.is_empty() && (i == 0 || ctx.norm(i - 1) != "ما"));
                let relay = relay.filter(|_| relayed_pronoun.is_none() || pronoun.is_some());
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
                // (Or a name in marks: "الرسائل التي قالت "صنداي تايمز" إنها حصلت عليها".)
                let own = relative.filter(|_| !describes).and_then(|_| {
                    ctx.resolve(i + 1, end)
                        .or_else(|| quoted_subject(ctx, i + 1, end))
                });
                let (cand, rule) = if let Some(c) = own {
                    (Some(c), Rule::CueVerb)
                } else if let Some(rel) = relative {
                    // The pronoun is the verb's subject only if they agree: "السياسيين الذين
                    // قال إنهم" is whom he said it of.
                    // (Nor is it before a verb with an object pronoun, "القرار الذي وصفه بأنه
                    // "…"": the pronoun is what was described.)
                    let verb = ctx.norm(i);
                    let agrees = !ctx.names_its_object(i)
                        && match ctx.norm(rel).trim_start_matches('و') {
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
                                .then(|| antecedent_or_surname(ctx, a, rel, prev))
                                .flatten()
                                .map(fuller),
                            Rule::Relative,
                        )
                    }
                } else if let Some(gender) = pronoun {
                    // "ونقلت الوكالة عنه قوله": the pronoun stands for a person named before.
                    let floor = before.map_or(a, |(pa, _)| pa);
                    let c = pronoun_antecedent(ctx, floor, a, i, gender, prev);
                    let rule = if c.is_some() {
                        Rule::CueVerb
                    } else {
                        Rule::Continuation
                    };
                    (c, rule)
                } else if let Some(an) = relay {
                    // ("ونقلت عن عمال الإغاثة وصفهم للإجراءات بـ": the source's describing,
                    // after it, ends it.)
                    let e = region_end(ctx, an + 1, b);
                    let e = (an + 2..e)
                        .find(|&j| is_describing_noun(ctx.norm(j)))
                        .unwrap_or(e);
                    // (A surname alone is the person named in full before: "ونقلت الوكالة
                    // على لسان شعبان قولها" after "بثينة شعبان".)
                    // (A source in marks is read inside them: عن "مصدر رسمي" قوله.)
                    // (quoted_name_end checks that a mark opens there, within the sentence.)
                    let marked = (relay_prep == Some("عن"))
                        .then(|| ctx.quoted_name_end(an + 1, b))
                        .flatten();
                    let c = match marked {
                        Some(after) => ctx.resolve(an + 2, after - 1),
                        None => (e == an + 2)
                            .then(|| earlier_surname(ctx, an + 1, e, prev))
                            .flatten()
                            .or_else(|| ctx.resolve(an + 1, e))
                            .or_else(|| relayed_name(ctx, an + 1, e)),
                    }
                    // (What نسب ascribes, in marks right after إلى, is the verb's subject's
                    // words: "نسبت هيئة الأركان الهجوم إلى «المنظمة الإرهابية»".)
                    .or_else(|| {
                        (relay_prep == Some("الي")
                            && ctx
                                .toks
                                .get(an + 1)
                                .is_some_and(|t| t.kind == TokenKind::Quote))
                        .then(|| ctx.resolve(i + 1, an))
                        .flatten()
                    });
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
                    // A verb of informing after its own subject takes whom it informed: "إن
                    // الولايات المتحدة أبلغت الجماعات المعارضة أن".
                    // (So does one after a complementizer with its subject's pronoun: "أكد
                    // بومبيو أنه أبلغ الكونغرس بأن" informed Congress.)
                    let informs_after_subject = matches!(
                        ctx.norm(i).trim_start_matches(['و', 'ف']),
                        "ابلغ" | "ابلغت" | "ابلغوا" | "اخبر" | "اخبرت" | "اخبروا"
                    ) && ((i > 0
                        && matches!(
                            ctx.norm(i - 1),
                            "انه" | "انها" | "انهم" | "انهما" | "بانه" | "بانها" | "بانهم"
                        ))
                        || preverbal_subject(ctx, a, i).is_some());
                    // A verb right after a complementizer with a pronoun of its gender has the
                    // pronoun as its subject, and the noun after it is its object: "وأنه يؤكد
                    // ضلال المنهج" (it confirms the misguidance).
                    let pronoun_subject = i > 0
                        && match ctx.norm(i - 1).trim_start_matches('و') {
                            "انه" | "بانه" | "لانه" => !fem,
                            "انها" | "بانها" | "لانها" => fem,
                            _ => false,
                        };
                    let end = if negated_after_subject || informs_after_subject || pronoun_subject {
                        i + 1
                    } else {
                        end
                    };
                    // A last name alone (وأشار القديمي إلى أن) is first looked for among the
                    // full names given earlier, before it is taken as it stands.
                    // (So is one after the abbreviated title: وأضاف د. الرميح أن.)
                    let w = i + 1 + abbreviated_title(ctx, i + 1, end);
                    let one_word = end == w + 1 || (end == w + 2 && ctx.norm(w + 1) == "الي");
                    // "وكان ترمب حذر بكين من أنها": after كان the subject comes before the verb,
                    // and the noun phrase after it is the object.
                    match after_addressee
                        .or_else(|| kana_subject(ctx, a, i, prev))
                        .or_else(|| people_before_object(ctx, i + 1, end))
                        // ("وذكرت الوكالة أن الوزير قال إن": the subject before the verb in
                        // a reported clause speaks it when an outlet, a report or a body
                        // relays it, as after نقلت عن; a person reporting another keeps the
                        // words, the other the agent, below: "قال ميلر إن بلينكن أكد".)
                        .or_else(|| {
                            let person_reports = cues.last().is_some_and(|c| {
                                c.cand.as_ref().is_some_and(|c| c.human && !relays(ctx, c))
                            });
                            // (A comma may come first: "أن رئيس البنك قال، إن".)
                            let comma_then_words = end == i + 2
                                && (is_punct(&ctx.tokens[i + 1], COMMAS)
                                    || matches!(ctx.norm(i + 1), "ايضا" | "كذلك"))
                                && complementizer_after(ctx, i);
                            ((end == i + 1 || comma_then_words) && !person_reports)
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
                        .or_else(|| {
                            reports_at(ctx, end, b)
                                .then(|| people_subject(ctx, i + 1, end))
                                .flatten()
                        })
                        .or_else(|| hashtag_subject(ctx, i + 1, end))
                        .or_else(|| definite_subject(ctx, i, end, prev))
                        .or_else(|| statement_speaker(ctx, a, i))
                        // After ما and a verb of naming, a lone noun that cannot speak is the
                        // name given: "عما أسماه الحق في الدفاع عن النفس"، "ما سماها عملية "…"".
                        // (Not a plural or a dual: "ما وصفه الجانبان بأنه".)
                        .filter(|c| {
                            let (s, e) = ctx.tok_range(c.speaker.span);
                            let head = ctx.head(s);
                            let after_ma = i > a
                                && matches!(
                                    ctx.norm(i - 1),
                                    "ما" | "وما" | "عما" | "مما" | "بما" | "لما" | "فيما"
                                );
                            !(naming && after_ma)
                                || c.speaker.span.end <= ctx.tokens[i].start()
                                || c.speaker.entity.is_some()
                                || e > s + 1
                                || ctx.is_speaker_head(s)
                                || first_names().contains_key(ctx.norm(s))
                                || ["ون", "ان", "ين"].iter().any(|p| head.ends_with(p))
                        })
                        // A dual verb's subject after it names two (الوزيران، الوزارة والمديرية);
                        // anything else there is its object or a time ("فيما أكدتا عدم وجود"،
                        // "أعلنتا مطلع أكتوبر"), and the subject came before it.
                        .filter(|c| {
                            !is_dual_verb(ctx.norm(i))
                                || c.speaker.span.end <= ctx.tokens[i].start()
                                || (i + 1 < end && names_two(ctx.span(i + 1, end).slice(text)))
                        }) {
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
                // (Not the speaker's own words or estimate, "وفق تقديره", nor what no one
                // said: "حسب رغبة المدرب"، "وفق القانون".)
                let said = |np: usize| {
                    !is_own_words(ctx.head(np))
                        && !is_own_estimate(ctx.norm(np))
                        && !is_unsaid_basis(ctx.head(np))
                };
                if let Some(np) = source_np(ctx, i, b).filter(|&np| said(np)) {
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
                    }
                    // (A lone word shaped as a name, closing the phrase, is someone's name: "بحسب
                    // ما أشار بريتس، مضيفا".)
                    .or_else(|| {
                        let n = ctx.norm(np);
                        (np + 1 < b
                            && (end == np + 1 || is_punct(&ctx.tokens[np + 1], COMMAS))
                            && ctx.toks[np].kind == TokenKind::ArabicWord
                            && ctx.toks[np].cue.is_none()
                            && ctx.mention(np).is_none()
                            && !n.starts_with("ال")
                            && !n.starts_with("بال")
                            && !n.starts_with('ل')
                            && n.chars().count() >= 4
                            && name_shaped(n)
                            && !is_function_word(n)
                            && !ctx.is_speaker_head(np)
                            && !is_place_preposition(ctx.head(np)))
                        .then(|| Cand::unknown(ctx.span(np, np + 1), None))
                    });
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
            // "على حد تعبير المحامي" / "على حد قول": in another's words. (With the pronoun,
            // "على حد تعبيره", the words are the speaker's own: no new source.)
            Some(Cue::Object)
                if ctx.head(i) == "علي"
                    && i + 3 < b
                    && ctx.norm(i + 1) == "حد"
                    && matches!(ctx.norm(i + 2), "تعبير" | "قول" | "وصف") =>
            {
                sources.push((i, ctx.resolve(i + 3, region_end(ctx, i + 3, b))));
            }
            // "نفى الوزير مزاعم المعارضة بأن …"، "رافضا اتهامات واشنطن بأن": the clause after a
            // claim is its author's (the genitive), not the words of the one who rejects it; with
            // no author named ("مزاعم بأن") it is no one's.
            // (Not the prosecution, "ممثلو ادعاء"; nor an adjective, "اتهامات ضمنية"، "مزاعم
            // غربية", unless it names a country.)
            None if is_claim_noun(ctx.norm(i))
                && ctx.toks[i].mention == NONE
                && !(i > a && is_prosecution_claim(ctx.norm(i - 1))) =>
            {
                let comp = (i + 1..b.min(i + 6))
                    .take_while(|&j| ctx.is_word(j))
                    .find(|&j| toks[j].cue == Some(Cue::Complementizer));
                if let Some(comp) = comp {
                    let adjective = comp > i + 1
                        && ctx.toks[i + 1].mention == NONE
                        && ["يه", "يون", "يين"]
                            .iter()
                            .any(|p| ctx.norm(i + 1).ends_with(p));
                    let cand = (comp > i + 1 && !adjective)
                        .then(|| ctx.resolve(i + 1, comp))
                        .flatten();
                    let named = cand.is_some() || comp == i + 1;
                    if named {
                        cues.push(CueAt {
                            tok: i,
                            whoever: cand.is_none(),
                            cand,
                            rule: Rule::CueVerb,
                            fem: false,
                            relay: true,
                            agent: None,
                            // (Its author is no subject later verbs take.)
                            citation: true,
                        });
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    // The sentence's subject: the first person not governed by a preposition, or an organization
    // heading the sentence.
    // (Only read when a cue or a marked quote needs it: most sentences of an article have
    // neither.)
    // (God, prayed to, is no sentence's subject: "ودعا الله أن يرحم الشهداء، وقال إن".)
    let subject = if cues.is_empty() && marked.is_empty() {
        None
    } else {
        sentence_subject(ctx, a, b, marked).filter(|c| !opens_with_god(ctx, c))
    };
    // Fill participles and continuations, carrying the last main-verb speaker and the last speaker
    // of the sentence along (one pass).
    let mut last_main: Option<(Option<Cand>, bool)> = None; // (speaker, seen a main verb)
    let mut last_any: Option<Cand> = None;
    let mut last_rule: Option<Rule> = None; // (last_any's)
    let mut after_last_cue = a; // (the token after the last cue before this one)
    for cue in cues.iter_mut() {
        let fem = cue.fem;
        let floor = std::mem::replace(&mut after_last_cue, cue.tok + 1);
        if cue.cand.is_none() && !cue.whoever {
            let main = if cue.rule == Rule::Participle {
                // (A reply verb with its own subject since the last cue: "وهاجم أردوغان نتنياهو
                // واصفا إياه …، ورد نتنياهو قائلا" is Netanyahu's.)
                reply_verb_subject(ctx, floor, cue.tok, prev)
                    .filter(|c| agrees_as_written(ctx, c, fem))
                    .or_else(|| match &last_main {
                        Some((c, _)) => c.clone(),
                        None => None,
                    })
                    // (A source phrase before it, with no verb: "ولكن ليس كل شخص مهدد …، حسب المتحدث
                    // باسم الوزارة، مضيفا أن" is the spokesman's.)
                    .or_else(|| {
                        sources
                            .iter()
                            .rev()
                            .find(|(s, _)| *s < cue.tok)
                            .and_then(|(_, c)| c.clone())
                            // (Not one the words were given to, "بحسب ما أكده لمراسلة الإذاعة". A
                            // speaker's own estimate, "وفق تقديره", is no source at all.)
                            .filter(|c| !is_addressee(ctx.norm(ctx.tok_range(c.speaker.span).0)))
                    })
                    // (Not a subject inside an earlier participle's reported clause: "مشددا بأن
                    // الأمم المتحدة لا يمكن أن تفشل، لافتا إلى أن" is the secretary-general's.)
                    .or_else(|| {
                        subject.clone().filter(|c| {
                            !(a..ctx.tok_range(c.speaker.span).0)
                                .any(|j| ctx.toks[j].cue == Some(Cue::Complementizer))
                        })
                    })
                    .or_else(|| opening_statement_author(ctx, a, cue.tok))
                    .or_else(|| opening_verb_subject(ctx, a, cue.tok, prev))
                    .map(|c| {
                        if agrees_as_written(ctx, &c, fem) {
                            return c;
                        }
                        let after = ctx.tok_range(c.speaker.span).1.max(a);
                        participle_clause_subject(ctx, after, cue.tok, fem)
                            // (Or the opening verb's subject, when the sentence's is its object:
                            // "ونعى سامي شقيقته قائلا".)
                            .or_else(|| {
                                opening_verb_subject(ctx, a, cue.tok, prev)
                                    .filter(|o| agrees_as_written(ctx, o, fem))
                            })
                            // (Or the source the verb's words were given by: "وطالبت الخارجية
                            // وفق المصدر …، مؤكداً أن" is the source's.)
                            .or_else(|| {
                                sources
                                    .iter()
                                    .rev()
                                    .find(|(s, _)| (after..cue.tok).contains(s))
                                    .and_then(|(_, s)| s.clone())
                                    .filter(|s| agrees_as_written(ctx, s, fem))
                            })
                            .unwrap_or(c)
                    })
                    .filter(|c| !opens_with_god(ctx, c))
            } else {
                None
            };
            // A verb joined to one whose subject opens a clause inside the sentence, after the
            // last speaker of the sentence, shares it: "ودعا الصندوق إلى … لكن المستشارة أنجيلا
            // ميركل استبعدت خفضا … وقالت إنها".
            let clause = (main.is_none() && cue.rule != Rule::Participle && ctx.joined(cue.tok))
                .then(|| clause_subject(ctx, a, cue.tok, fem))
                .flatten()
                .filter(|c| {
                    last_any
                        .as_ref()
                        .is_none_or(|l| l.speaker.span.end <= c.speaker.span.start)
                });
            // A cue with no subject: an earlier speaker of the same sentence (قال X … وأضاف),
            // the sentence's subject if it comes before the cue, else the previous speaker.
            let main = main
                .or(clause)
                .or_else(|| last_any.clone().filter(|c| agrees(c, fem)))
                .or_else(|| {
                    subject.clone().filter(|c| {
                        c.speaker.span.end <= ctx.tokens[cue.tok].start() && agrees(c, fem)
                    })
                })
                // A verb joined to the one that opens the sentence shares its subject: "وأشاد
                // جواو أرماندو بالاستعداد …، وقال إنه".
                .or_else(|| {
                    (cue.rule != Rule::Participle && ctx.joined(cue.tok))
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
            // (A relative pronoun stands for someone in its own sentence: when that is not found,
            // no earlier speaker is it.)
            let relative = cue.rule == Rule::Relative;
            cue.cand = main.or_else(|| {
                if relative {
                    return None;
                }
                // (A speaker of no known gender goes by the written gender of their title:
                // "وقالت إن" does not continue "البروفيسور سام سبيرينغ".)
                let c = prev
                    .iter()
                    .rev()
                    .find(|c| agrees(c, fem) && titled_fem(ctx, c).is_none_or(|f| f == fem))
                    .cloned();
                // A person the gazetteer knows, subject of the sentence right before and named
                // after the last speaker, is who "وقال" opening this one continues: "وقد أدى
                // مهاتير محمد اليمين رئيسا للحكومة. وقال إنه". (Not after أضاف / تابع, which go
                // on with the last speaker.)
                let newer_subject = (cue.tok == a
                    && cue.rule != Rule::Participle
                    && is_new_turn_verb(ctx.norm(cue.tok)))
                .then(|| {
                    // (Only one named at the head of that sentence, right after its verb or
                    // before it: a name further on is seldom its subject.)
                    before.and_then(|(pa, pb)| {
                        sentence_subject(ctx, pa, pb, &[])
                            .filter(|s| ctx.tok_range(s.speaker.span).0 <= pa + 3)
                    })
                })
                .flatten()
                .filter(|s| {
                    s.speaker
                        .entity
                        .as_ref()
                        .is_some_and(|e| e.kind() == EntityKind::Person)
                        && agrees(s, fem)
                        && c.as_ref().is_none_or(|c| {
                            c.speaker.span.end <= s.speaker.span.start
                                && c.speaker.entity.as_ref().map(|e| e.id())
                                    != s.speaker.entity.as_ref().map(|e| e.id())
                        })
                });
                let c = newer_subject.or(c);
                if c.is_some() && cue.rule == Rule::Participle {
                    // A participle with no main verb subject falls back to the previous speaker.
                    cue.rule = Rule::Continuation;
                }
                c
            });
            // With no earlier speaker of its gender, a verb with no subject of its own continues
            // the subject of the sentence before: "وتمكنت الشرطة من اعتقال المشتبه به. وقالت إن".
            // (An honorific may come between: "وأوضح سموه بأن".)
            let honorific = a + 2 < b
                && ctx.toks[a + 1].cue == Some(Cue::Filler)
                && is_honorific_pronoun(ctx.norm(a + 1));
            let next = if honorific { a + 2 } else { a + 1 };
            if cue.cand.is_none()
                && cue.rule != Rule::Participle
                && cue.tok == a
                && ctx.norm(a).starts_with('و')
                && next < b
                && (ctx.toks[next].cue == Some(Cue::Complementizer) || ctx.tok_text(next) == ":")
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
                    // (An honorific stands for one given a title: "وافتتح الأمير فيصل بن خالد
                    // …. وأوضح سموه"; not another named in passing, the king thanked.)
                    let titled = || {
                        let (s, _) = ctx.tok_range(c.speaker.span);
                        [Some(s), s.checked_sub(1)].into_iter().flatten().any(|t| {
                            ctx.is_name_title(t) && honorific_fits(ctx.norm(a + 1), ctx.head(t))
                        })
                    };
                    !country && female == fem && (!honorific || titled())
                });
                if cue.cand.is_some() {
                    cue.rule = Rule::Continuation;
                }
            }
        }
        // A plural participle (مشيرين، مؤكدين) has no one person as its subject: "عبر الطلبة عن
        // شكرهم للأمير …، مشيرين إلى" is the students'. Unknown rather than the wrong one.
        let plural_participle = {
            let w = ctx.norm(cue.tok).trim_start_matches('و');
            w.starts_with('م') && w.ends_with("ين") && w.chars().count() >= 6
        };
        // A person the gazetteer knows, named in full right after the verb, is the subject
        // whatever the verb's gender: "قال ماريا زاخاروفا" is a slip of the writer's. A body's
        // people may go on in the plural: "نفت إدارة النادي رحيل اللاعب، مؤكدين أنه". (Not an
        // outlet's, whose plural is more often the sources it relays: "نقلت محطة "أن بي سي" عن
        // مسؤولين … كما أكدت المحطة أن …، مشيرين".)
        let body = |c: &Cand| {
            let head = ctx.head(ctx.tok_range(c.speaker.span).0);
            c.speaker
                .entity
                .as_ref()
                .is_none_or(|e| e.kind() == EntityKind::Organization)
                && is_institution(head)
                && head != "محطه"
                && !is_media(ctx, c)
        };
        let disagrees = |c: &Cand| {
            !(agrees(c, fem)
                || named_right_after(ctx, cue.tok, c)
                || (plural_participle && body(c)))
        };
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
        // Nor a dual verb (وأضافا، وقالتا) one person: "وفقا لكاثرين وأليكس. وأضافا:" is the
        // two's, not the last person named.
        if is_dual_verb(ctx.norm(cue.tok))
            && cue.rule == Rule::Continuation
            && cue.cand.as_ref().is_some_and(|c| {
                (c.human
                    || c.speaker
                        .entity
                        .as_ref()
                        .is_some_and(|e| e.kind() == EntityKind::Person))
                    && !names_two(c.speaker.span.slice(text))
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
                                                               // Direct speech without marks after a colon (وقال الوزير: نحن …), as the indirect clauses.
    let mut colon_speech: Vec<(usize, usize, usize)> = Vec::new();
    let near_marked = std::cell::Cell::new(0); // (the last answer: cues come in token order)
    for (k, c) in cues.iter().enumerate() {
        // (A claim no one is named for ends the clause of the verb before it, and is no quote:
        // "تحقيق في مزاعم بأن".)
        if c.whoever && c.cand.is_none() && is_claim_noun(ctx.norm(c.tok)) {
            continue;
        }
        let limit = cues.get(k + 1).map_or(b, |n| n.tok).min(c.tok + 40).min(b);
        let comp = (c.tok + 1..limit).find(|&j| {
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
        });
        if let Some((start, end)) = colon_statement(ctx, c.tok, comp, limit, b, &in_marked) {
            colon_speech.push((k, start, end));
            continue;
        }
        let Some(comp) = comp else {
            continue;
        };
        // "التي كان من المقرر أن تبدأ": the first أن is the modal's, and the cue reports no
        // clause (a later أن, further from the cue, is rarely its own).
        if comp > c.tok + 1
            && (is_modal(ctx.norm(comp - 1))
                || c.rule != Rule::SourcePhrase && is_expectation(ctx.norm(comp - 1)))
        {
            continue;
        }
        // "أما … فإن" ("as for … then"): the فإن answers أما, not the verb before it ("الأوراق
        // التي كتبت عليها، أما المجتمعات … فإنها عرضة للفوضى").
        if ctx.norm(comp).starts_with('ف')
            && (a..comp).any(|j| matches!(ctx.norm(j), "اما" | "واما"))
        {
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
        // (Scripture is cited, not a speaker later continuations take; nor is the author of a
        // claim someone else rejects: "ورفض الوزير مزاعم المعارضة بأن …. وأضاف" is the
        // minister.)
        let claim = q
            .cue
            .is_some_and(|s| is_claim_noun(ctx.norm(ctx.tok_range(s).0)));
        if let Some(c) = cand.filter(|c| !claim && !is_media(ctx, c) && !is_divine(ctx, c)) {
            prev.push(c.clone());
        }
        quotes.push(q);
    };
    // A reported statement (indirect, or direct after a colon) gets its cue's speaker, and the
    // person whose position it is when that is someone else, outside its words.
    let speak = |mut q: Quote,
                 cand: Option<&Cand>,
                 rule: Rule,
                 quotes: &mut Vec<Quote>,
                 prev: &mut Vec<Cand>| {
        let Some(cand) = cand else {
            quotes.push(q);
            return;
        };
        q.speaker = Some(cand.speaker.clone());
        q.agent = cand
            .agent
            .clone()
            .filter(|a| !same_speaker(a, &cand.speaker) && !a.span.overlaps(q.content));
        q.rule = Some(rule);
        emit(q, quotes, prev, Some(cand));
    };
    // Marked quotes.
    let mut direct_by_clause = vec![false; indirect.len()];
    // Cursors for the searches below: quotes come in token order, so each search gallops from
    // the last answer instead of bisecting a sentence that may hold a whole long text.
    let (mut near_cue, mut near_source, mut near_after, mut near_clause) = (0, 0, 0, 0);
    // Where the last quote that is a name in marks ends (see `coordinated_name`).
    let mut last_name_end = None;
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
            })
            // (A statement opening its sentence, or one of some length: a word or two in marks
            // inside the narrator's sentence is a term or a name, "التدخل في "الأزمة"، ودعا".)
            .filter(|_| content_words >= 4 || (a..m.open).all(|j| !ctx.is_word(j)));
        // The clause of an indirect cue that is exactly this quote.
        near_clause = partition_near(&indirect, near_clause, |&(_, s, _)| s < m.open);
        let w = near_clause;
        let whole_clause = indirect.get(w).is_some_and(|&(_, s, e)| {
            s == m.open
                && m.close.is_some_and(|c| {
                    c + 1 >= e
                        || (c + 2 == e && !ctx.is_word(c + 1))
                        || own_view_tail(ctx, c + 1, e)
                })
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
                || cues
                    .iter()
                    .any(|c| c.tok == j && !is_position_verb(ctx.norm(j)))
                // (A document's words: "بيانا جاء فيه "…"".)
                || (j > 0
                    && matches!(ctx.norm(j), "فيه" | "فيها")
                    && cues.iter().any(|c| c.tok == j - 1))
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
        // (A spelled-out acronym may run to six short words: قناة "بي أف ام تي في".)
        let spelled_out = || {
            content_words <= 6
                && (m.open + 1..m.close.unwrap_or(b))
                    .filter(|&j| ctx.is_word(j))
                    .all(|j| ctx.norm(j).chars().count() <= 3)
        };
        let named_thing = slogan
            || (content_words <= 4 || spelled_out())
                && before.is_some_and(|j| {
                    is_naming_noun(ctx.head(j))
                    || is_dual_of_naming_noun(ctx.head(j))
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
        // (Or "إلى" after a verb of saying with the reported words still to come: "وأشار
        // الشهري إلى "الوطن" إلى أن".)
        let told_to = |j: usize| {
            ctx.norm(j) == "الي"
                && m.close.is_some_and(|c| {
                    c + 1 < b
                        && (ctx.toks[c + 1].cue == Some(Cue::Complementizer)
                            || (c + 2 < b
                                && ctx.norm(c + 1) == "الي"
                                && ctx.toks[c + 2].cue == Some(Cue::Complementizer)))
                })
        };
        let addressee = before
            .is_some_and(|j| ctx.norm(j) == "ل" || talked_to(j) || exclusive_to(j) || told_to(j))
            && {
                let mut words = (m.open + 1..m.close.unwrap_or(b))
                    .filter(|&j| ctx.is_word(j))
                    .map(|j| ctx.norm(j).starts_with("ال"));
                let (first_definite, second_definite) = (words.next(), words.next());
                // (Or an outlet's letters spelled out: لـ"كيه أي أي أي".)
                let spelled = || {
                    (m.open + 1..m.close.unwrap_or(b))
                        .filter(|&j| ctx.is_word(j))
                        .all(|j| ctx.norm(j).chars().count() <= 3)
                };
                match content_words {
                    1 => true,
                    2 => first_definite == Some(true) || second_definite == Some(true),
                    3 => first_definite == Some(true) || spelled(),
                    4 => spelled(),
                    _ => false,
                }
            };
        // A short quotation right after the cue that the subject goes on after is the subject's
        // name (وأوضحت «الغذاء والدواء» أن).
        let subject_name = cue_before.is_some_and(|c| {
            c.tok + 1 == m.open
                && c.rule != Rule::Participle
                && m.close.is_some_and(|close| {
                    region_end(ctx, c.tok + 1, b) > close
                        // (Or a name described right after it: "قالت "الجبهة الوطنية للتحرير"
                        // وهي ائتلاف مجموعات …".)
                        || (content_words <= 4
                            && close + 1 < b
                            && matches!(ctx.norm(close + 1), "وهي" | "وهو" | "وهم"))
                })
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
            // (A bare إن / أن, not "وإن" coordinating a second reported clause; a phrase of
            // place or time may come first, "صرحت الخبيرة "آن كلير" في حوار لها أن".)
            && m.close.is_some_and(|close| {
                let opens_phrase = |j: usize| {
                    ctx.is_word(j)
                        && (is_place_preposition(ctx.head(j))
                            || ctx.toks[j].cue == Some(Cue::Filler))
                };
                let k = (close + 1..b.min(close + 12))
                    .find(|&k| ctx.toks[k].cue == Some(Cue::Complementizer));
                // (Then only after a definite word or a role: "سماع صوت "انفجارات مدوية"" and
                // "وصف الصواريخ بـ"الجديدة"" are what was heard and said.)
                let after_role = before.is_some_and(|j| {
                    ctx.norm(j).starts_with("ال") || ctx.is_speaker_head(j) || ctx.is_name_title(j)
                });
                k.is_some_and(|k| {
                    !ctx.norm(k).starts_with('و')
                        && (k == close + 1
                            || (after_role
                                && opens_phrase(close + 1)
                                && (close + 1..k).all(|j| !speaks(ctx, j))))
                })
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
        // (So is one after a relaying verb's عن, before the saying noun: "ونقل التلفزيون عن
        // "مصدر رسمي" قوله إن".)
        let relayed_from = |j: usize| {
            ctx.norm(j) == "عن"
                && (j.saturating_sub(8).max(a)..j).any(|k| is_relaying_verb(ctx.head(k)))
        };
        let source_named = content_words <= 4
            && before.is_some_and(|j| {
                toks[j].cue == Some(Cue::Source)
                    || (ctx.norm(j) == "عن" && j > a && toks[j - 1].cue == Some(Cue::Source))
                    || relayed_from(j)
            })
            && m.close.is_some_and(|c| {
                c + 1 >= b
                    || !ctx.is_word(c + 1)
                    || ctx.norm(c + 1).starts_with("ال")
                    || (before.is_some_and(relayed_from)
                        && (is_saying_noun(ctx.norm(c + 1))
                            || toks[c + 1].cue == Some(Cue::Complementizer)))
            });
        // Two or three name-shaped words right after a role and its genitive, which no verb of
        // saying governs, are the holder's name: "إعدام وزير الزراعة "هوانغ مين"".
        let name_after_role = (2..=3).contains(&content_words)
            && before.is_some_and(|j| {
                let words_back =
                    |k: usize| (k..=j).all(|i| ctx.is_word(i) && ctx.mention(i).is_none());
                (j.saturating_sub(4).max(a)..=j)
                    .find(|&k| {
                        // (Or a title right before: "الأستاذ «سمير شيخاني»".)
                        (is_role_head(ctx.head(k)) || (k == j && ctx.is_name_title(k)))
                            && words_back(k)
                    })
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
        // (Or the outlet that saw or obtained a document: "تحذيرا جديدا اطلعت عليه
        // «العربية.نت»"، "وثيقة حصلت عليها «الوطن»".)
        let outlet_saw = content_words <= 3
            && before.is_some_and(|j| {
                j > a
                    && matches!(ctx.norm(j), "عليه" | "عليها")
                    && matches!(
                        ctx.norm(j - 1).trim_start_matches('و'),
                        "اطلعت" | "اطلع" | "حصلت" | "حصل"
                    )
            });
        let outlet_published = outlet_saw
            || content_words <= 3
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
        // Up to four words in marks that the clause goes on after are a term, a name or a phrase
        // inside it, never a whole statement: "إن "آلاف" الصواعق ضربت"، "وأضاف "الذكير"
        // لـ"سبق""، "قال إن "عيوب الاتفاق الفظيعة" يجب إصلاحها". (A time after three or four
        // words ends a whole clause: "إن «عملية احتجاز الرهائن متواصلة» حتى الآن".)
        let embedded = content_words <= 4
            && m.close.is_some_and(|c| {
                c + 1 < b
                    && ctx.is_word(c + 1)
                    && (content_words <= 2
                        || !matches!(
                            ctx.norm(c + 1),
                            "حتي" | "منذ" | "الان" | "امس" | "اليوم" | "ايضا" | "كذلك"
                        ))
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
                (n.strip_prefix('و').unwrap_or(n).starts_with("بال")
                    && !is_sentence_adverb(n.strip_prefix('و').unwrap_or(n)))
                    // (Or عن, what was expressed: "وعبر … "عن قلقه من الحكم"".)
                    || (n == "عن" && j == m.open + 1)
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
                    // (A name ends on its definite genitive: "عملية احتجاز الرهائن متواصلة" goes
                    // on to a predicate, a statement.)
                    && (j + 1..m.close.unwrap_or(b))
                        .rev()
                        .find(|&k| ctx.is_word(k))
                        .is_none_or(|k| {
                            let n = ctx.norm(k);
                            let predicate = n.ends_with('ه')
                                || (n.starts_with(['ت', 'ي']) && n.chars().count() >= 4);
                            n.strip_prefix('و').unwrap_or(n).starts_with("ال")
                                || ctx.mention(k).is_some()
                                || ctx.toks[k].kind != TokenKind::ArabicWord
                                || first_names().contains_key(n)
                                || !predicate
                        })
            });
        // A name coordinated with a name in marks just before is a name too: "حركتي "نور الدين
        // زنكي" و"أحرار الشام"".
        let coordinated_name = content_words <= 4
            && before.is_some_and(|j| {
                matches!(ctx.norm(j), "و" | "او")
                    && j > a
                    && last_name_end == Some(ctx.tokens[j - 1].end())
            });
        // A day's name alone in marks is a date: "اليوم «الأربعاء»".
        let day_name = content_words == 1 && first_word.is_some_and(|j| is_weekday(ctx.norm(j)));
        let is_name = entity_only
            || self_named
            || latin_name
            || name_after_role
            || name_with_age
            || kunya
            || named_thing
            || name_after_demonym
            || outlet_name
            || source_named
            || outlet_published
            || titled_name
            || name_before_complementizer
            || subject_name
            || addressee
            || coordinated_name;
        if is_name {
            last_name_end = Some(m.span.end);
        }
        let kind = if is_name || day_name || is_number || content_words == 0 || titled {
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
        // (Not one after "in reference to": in "حيث قال: "…"، في إشارة إلى تصريحات تناقلتها
        // وسائل إعلام على لسان X" the source is the referred statements', not the quote's.)
        let source_after = source_after.filter(|(s, c)| {
            let relayed = c.as_ref().is_some_and(|c| relays(ctx, c))
                && cue_before.is_some_and(|cb| cb.cand.is_some());
            let referred = m
                .close
                .is_some_and(|close| (close + 1..*s).any(|j| ctx.norm(j) == "اشاره"));
            !(relayed || referred)
        });
        if let Some((s, Some(c))) = source_after {
            // (The sentence's subject only where it comes before the source phrase: not "…
            // وفق ما صرحت به الوزيرة التي ترافق يوسف الشاهد".)
            let agent = cue_before
                .and_then(|cb| cb.cand.clone())
                .or_else(|| {
                    subject
                        .clone()
                        .filter(|c| c.speaker.span.end <= ctx.tokens[*s].start())
                })
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
                let between_commas = content_words >= 3
                    && *s > a
                    && m.open - s <= 10
                    && is_punct(&ctx.tokens[s - 1], COMMAS)
                    && c.as_ref().is_some_and(|c| {
                        let (_, e) = ctx.tok_range(c.speaker.span);
                        e < m.open && is_punct(&ctx.tokens[e], COMMAS)
                    });
                // (Or opening the sentence, the words right after it: "ووفقا لمصادر إعلامية
                // "فقد قضت المحكمة …"".)
                let opening = content_words >= 3
                    && *s == a
                    && (s + 1..m.open).all(|j| !is_punct(&ctx.tokens[j], COMMAS))
                    && c.as_ref()
                        .is_some_and(|c| ctx.tok_range(c.speaker.span).1 == m.open);
                between_commas || opening
            });
            if let Some((s, Some(c))) = source_before {
                chosen = Some((c.clone(), Rule::SourcePhrase, Some(ctx.span(*s, s + 1))));
            } else if let Some(c) = subject.clone().filter(|c| {
                // A quoted word or two that the subject only follows is a term or a name the
                // writer quotes ("التي رصدتها "العربية.نت" فقد حصد حزب العمال بزعامة كوربن").
                // (A subject inside the quote is the quoted speaker's word, no speaker: a quote
                // opening the sentence then continues the previous one.)
                // (Even after the subject a word or two in marks is most often a name or a term,
                // "قضت محكمة في أرض الصومال أو "صوماليلاند"": the subject's words only where
                // the sentence describes or accuses, "ونعت الرئيس الاتفاق بـ"الكارثي"", or
                // reports a clause: "وكرر موقف بلاده، وأن الخلاف سببه … "تحت الوصاية"".)
                let describes = || {
                    (a..m.open).any(|j| {
                        ctx.is_word(j)
                            && (ctx.toks[j].cue == Some(Cue::Complementizer)
                                || (is_describing_verb(ctx.norm(j))
                                    // (Right before a ب-word the verb is passive: "التي
                                    // وصفت بأشبه ما يكون "بالسيرك"".)
                                    && !(j + 1 < m.open && ctx.norm(j + 1).starts_with('ب')))
                                || names_its_object(ctx.norm(j)))
                    })
                };
                (content_words > 2 || (c.speaker.span.end <= m.span.start && describes()))
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
        let q = Quote::unmarked(
            content,
            QuoteKind::Indirect,
            Some(ctx.span(c.tok, c.tok + 1)),
        );
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
        speak(
            q,
            cand.as_ref().filter(|x| !x.speaker.span.overlaps(content)),
            rule,
            quotes,
            prev,
        );
    }
    // A headline's statement: a person or body, a colon, the words ("الجبير: لا مكان للأسد").
    if let Some((m, start, end)) = headline_statement(ctx, a, b, &in_marked) {
        let content = trim(text, ctx.span(start, end));
        let c = Cand::of(m);
        speak(
            Quote::unmarked(content, QuoteKind::Direct, None),
            Some(&c),
            Rule::Headline,
            quotes,
            prev,
        );
    }
    // Direct speech after a colon: the cue's speaker, as for its indirect clause.
    for &(k, start, end) in &colon_speech {
        let c = &cues[k];
        let content = trim(text, ctx.span(start, end));
        let q = Quote::unmarked(content, QuoteKind::Direct, Some(ctx.span(c.tok, c.tok + 1)));
        // (Scripture is quoted, but never continued: "وقال:" after a verse is its reader's.)
        let cand = c.cand.as_ref().filter(|x| {
            let continues_scripture = c.rule == Rule::Continuation && is_divine(ctx, x);
            !x.speaker.span.overlaps(content) && !continues_scripture
        });
        speak(q, cand, c.rule, quotes, prev);
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
pub(super) fn closes_sentence(ctx: &Ctx<'_>, m: &Marked, b: usize) -> bool {
    m.close.is_some_and(|c| {
        (c + 1..b).all(|j| !ctx.is_word(j))
            && (c + 1..b).any(|j| matches!(ctx.tok_text(j), "." | "!" | "?" | "؟"))
    })
}

/// Whether a speaker is a news outlet (agency, paper, channel), which relays others' words.
pub(super) fn is_media(ctx: &Ctx<'_>, c: &Cand) -> bool {
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
pub(super) fn relays(ctx: &Ctx<'_>, c: &Cand) -> bool {
    is_media(ctx, c)
        || (c.speaker.entity.is_none() && {
            let (a, _) = ctx.tok_range(c.speaker.span);
            matches!(ctx.head(a), "تقارير" | "وسايل" | "صحف" | "مواقع")
        })
}

/// Whether a candidate opens with God's name, "ودعا الله أن يرحم الشهداء": God, prayed to, is the
/// object of the sentence's verb, never the subject a participle or a later verb takes.
fn opens_with_god(ctx: &Ctx<'_>, c: &Cand) -> bool {
    matches!(ctx.norm(ctx.tok_range(c.speaker.span).0), "الله" | "المولي")
}

/// Whether the speaker is God (الله، تعالى، سبحانه، المولى, with the praise after the epithet:
/// "سبحانه وتعالى"), quoted in scripture. Reads the span's own text, marks and tatweel aside: no
/// search, since every emitted quote asks.
pub(super) fn is_divine(ctx: &Ctx<'_>, c: &Cand) -> bool {
    let mut raw = &ctx.text[c.speaker.span.start..c.speaker.span.end];
    if let Some((epithet, praise)) = raw.split_once(' ') {
        if !matches!(praise, "وتعالى" | "وتعالي" | "وجل" | "عز وجل") {
            return false;
        }
        raw = epithet;
    }
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
    ["الله", "تعالي", "سبحانه", "المولي"]
        .iter()
        .any(|w| w.chars().eq(word.iter().copied()))
}

/// Whether a speaker reads as many people, the subject a plural verb (وقالوا، وأضافوا) may
/// continue: a sound or listed plural (المحتجون، شهود عيان، السفراء), a group (عدد من، بعض، أهالي)
/// or speakers coordinated with و (شهود ومصادر). Not a country, an outlet or one person (كندا،
/// أسوشيتد برس، المصدر، مندوب ثان).
pub(super) fn reads_plural(ctx: &Ctx<'_>, c: &Cand) -> bool {
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

/// Whether the cue verb at `i` is followed, after its subject, by what introduces the words
/// reported: a complementizer, a colon or a quotation mark.
pub(super) fn reports_after(ctx: &Ctx<'_>, i: usize, b: usize) -> bool {
    reports_at(ctx, region_end(ctx, i + 1, b), b)
}

/// Whether the words reported start at token `end` (before `b`): a complementizer, a colon or a
/// quotation mark.
pub(super) fn reports_at(ctx: &Ctx<'_>, end: usize, b: usize) -> bool {
    end < b
        && (ctx.toks[end].cue == Some(Cue::Complementizer)
            || ctx.toks[end].kind == TokenKind::Quote
            || ctx.tok_text(end) == ":")
}

/// Whether the last words of `toks` are a prayer to God (سائلا الله تعالى، ندعو الله، داعيا
/// المولى عز وجل): then أن opens what is prayed for, not reported words. (Not a name that ends
/// with الله: "أعلن نصر الله أنه".)
pub(super) fn after_god(toks: &[Tok], buf: &str) -> bool {
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

/// The verb that leads to the noun "saying" at `i` (مضى للقول، خلص إلى القول، اختتم كلمته
/// بالقول، اكتفى بالقول), at most ten tokens back: whether it is feminine. None when no such verb
/// leads to it ("يمكن القول" is no one's statement).
pub(super) fn saying_lead(ctx: &Ctx<'_>, a: usize, i: usize) -> Option<bool> {
    // (The subject may come between commas: "استهل الرئيس الأمريكي، دونالد ترامب، زيارته
    // لبريطانيا بالقول".)
    (a.max(i.saturating_sub(10))..i).rev().find_map(|j| {
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
            // ("وتوجه إنجيه إلى الحشود بالقول"، "وخاطب أنصاره بالقول".)
            "توجه",
            "خاطب",
            "اجاب",
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

/// "جاء في X" / "ورد في X" ("it says in X") opening a clause at `i`, X a document or body that
/// speaks, followed by the words it reports (a complementizer, colon or quotation mark): a cue
/// whose speaker is X. Not "جاء في المرتبة" or "ورد في الخبر" with nothing reported.
/// (The caller has checked the word: [`Special::Came`].)
pub(super) fn came_in(ctx: &Ctx<'_>, i: usize, b: usize) -> Option<CueAt> {
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
        document.then(|| {
            // (Or who published it as written, the gazetteer not knowing it: "جاء في خبر عاجل
            // أورده تلفزيون "العربية" السعودي".)
            let np = ctx.np_end(i + 2, end);
            let (s, e) = (i + 3..np)
                .find(|&v| is_publishing_verb(ctx.norm(v)))
                .filter(|&v| v + 1 < np)
                .map_or((i + 2, np), |v| (v + 1, np));
            Cand {
                speaker: Speaker {
                    span: ctx.span(s, e),
                    entity: None,
                },
                gender: None,
                human: false,
                agent: None,
                said_fem: None,
            }
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

/// Whether a subject names two: a coordination with a definite noun (الوزارة والمديرية، وزارة
/// الأمن ومديرية الاستخبارات) or a dual (الوزيران). (Not و that opens a short word: "عدم
/// وجود".)
fn names_two(subject: &str) -> bool {
    subject
        .split([' ', '،', ','])
        .skip(1)
        .any(|w| w.starts_with("وال") || (w.starts_with('و') && w.chars().count() >= 5))
        || subject
            .split(' ')
            .next()
            .is_some_and(|w| w.ends_with("ان") || w.ends_with("ين"))
}

/// End of the subject region after a cue verb: a complementizer, colon, quote, source phrase,
/// another cue or the sentence end; at most 20 tokens.
pub(super) fn region_end(ctx: &Ctx<'_>, from: usize, b: usize) -> usize {
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
                    // (Or before the source it relays: ونقلت "بزنس ستاندرد" عن مسؤول.)
                    || (ctx.is_word(after)
                        && ctx.norm(after) == "عن"
                        && from > 0
                        && matches!(
                            ctx.norm(from - 1).trim_start_matches(['و', 'ف']),
                            "نقل" | "نقلت" | "ينقل" | "تنقل"
                        ))
                    || (ctx.tok_text(after) == ":"
                        && after + 1 < b
                        && ctx.toks[after + 1].cue == Some(Cue::Complementizer))
                    || aside_then_reported(ctx, after)
                    || reported_after_phrase()
                    || role_after());
            let named = subject_name
                || (j + 1..after - 1)
                    .all(|k| ctx.mention(k).is_some_and(|m| m.via != Via::Demonym))
                // (The agency's noun may end with its genitive: وكالة أنباء «فارس».)
                || (j > from
                    && (ctx.is_speaker_head(j - 1)
                        || ctx.head(j - 1) == "انباء"
                        // (Or a body's noun, the genitive of a role: المدير التنفيذي لحركة
                        // "بريطانيا المفتوحة" جيمس ماكغروري.)
                        || is_institution(without_particles(ctx.head(j - 1)))
                        // (Or an outlet's noun with ل: تقرير لوكالة «أعماق».)
                        || is_lam_outlet_noun(ctx.norm(j - 1)))
                    && ctx.named_by_quote(j - 1, after))
                // (Or a place's noun: السلطات المحلية بمقاطعة “سانت لويس” الأمريكية.)
                || (j > from
                    && ctx.is_word(j - 1)
                    && is_place_noun(without_particles(ctx.head(j - 1))));
            if named {
                j = after;
                continue;
            }
        }
        if t.kind == TokenKind::Quote
            || ctx.tok_text(j) == ":"
            // ("وتابع قاووق بالقول إن": the saying the verb leads to ends its subject.)
            || matches!(ctx.norm(j), "بالقول" | "للقول")
            // (A negation after the subject opens the words: "وقال متحدث باسم الشركة لا يمكن
            // تعريض سلامة الركاب للخطر"; or a clause about it, "مسؤول لم يكشف اسمه".)
            // (Before an imperfect verb: "شركة دي لا رو" is a name. After a comma, only a
            // clause between commas, "عن مصادر عسكرية، لم تسمها، أن": "وفقا لإدارة الغذاء، لا
            // يوجد دليل على أن" is the source's.)
            || (j > from
                && matches!(ctx.norm(j), "لا" | "لن" | "لم")
                && (!is_punct(&ctx.tokens[j - 1], COMMAS)
                    || (j + 2 < b && is_punct(&ctx.tokens[j + 2], COMMAS)))
                && j + 1 < b
                && ctx.is_word(j + 1)
                && ctx.norm(j + 1).starts_with(['ي', 'ت', 'ن', 'ا'])
                && ctx.norm(j + 1).chars().count() >= 3)
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
    // A long subject cut off inside a name by the limit goes on to the name's end: "…، الدكتور
    // عبدالإله بن | عباد الطويرقي «…»".
    if j == from + 20 {
        // (Short of the region's last token, as the cut name's words must be.)
        j = ctx.past_connectors(j, b - 1, from + 26, true);
    }
    j
}

/// Whether the token at `j` is a cue that reports words of its own (a verb, participle,
/// complementizer, source phrase or relative pronoun), not a filler or an object word.
pub(super) fn speaks(ctx: &Ctx<'_>, j: usize) -> bool {
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
pub(super) fn short_answer(ctx: &Ctx<'_>, from: usize, close: Option<usize>) -> bool {
    let end = close.unwrap_or(ctx.toks.len());
    (from..end)
        .find(|&j| ctx.is_word(j))
        .is_some_and(|j| matches!(ctx.norm(j), "لا" | "نعم" | "كلا" | "شكرا" | "ابدا"))
}

/// The end (exclusive token) of a reported clause starting at `start`.
/// The statement of a headline or lede that names its speaker and a colon, with no marks and no
/// verb: "الجبير: لا مكان للأسد في مستقبل سوريا". The sentence `a..b` opens with one mention of a
/// person or of a body other than an outlet (a capital before a colon is a dateline), then the
/// colon and at least three words: the mention and the statement's first and end tokens.
pub(super) fn headline_statement<'m>(
    ctx: &Ctx<'m>,
    a: usize,
    b: usize,
    in_marked: &dyn Fn(usize) -> bool,
) -> Option<(&'m Mention, usize, usize)> {
    let k = ctx.toks.get(a)?.mention;
    if k == NONE || in_marked(a) {
        return None;
    }
    let m = &ctx.mentions[k as usize];
    let (ms, me) = ctx.mtoks[k as usize];
    let speaks = match m.entity.kind() {
        EntityKind::Person => m.via != Via::Demonym,
        EntityKind::Organization => m.entity.org_type() != Some("media"),
        EntityKind::Country => false,
    };
    let start = me + 1;
    if !speaks
        || ms != a
        || start >= b
        || ctx.tok_text(me) != ":"
        || in_marked(start)
        || ctx.toks[start].kind != TokenKind::ArabicWord
        || ctx.toks[start].cue == Some(Cue::Complementizer)
    {
        return None;
    }
    // (Nor a profile's description of the person: "جون بولتون: الصقر الذي يريد …"، "مارين
    // لوبان: زعيمة حزب الجبهة الوطنية"، "جينا هاسبل: أول امرأة ترأس …".)
    let head = ctx.head(start);
    let relative_soon =
        (start + 1..b.min(start + 3)).any(|j| matches!(ctx.norm(j), "الذي" | "التي"));
    if ctx.is_speaker_head(start)
        || is_human_noun(head)
        || is_role_head(head)
        || is_title(head)
        || matches!(ctx.norm(start), "اول" | "ابن" | "نجل" | "ابنه")
        || (ctx.norm(start).starts_with("ال") && relative_soon)
        // (Or a nationality opening it, with no article: "عبد الحكيم بلحاج: ليبي كان أمير …".)
        || ctx.mention(start).is_some_and(|d| {
            d.via == Via::Demonym && d.prefix.is_none() && !ctx.norm(start).starts_with("ال")
        })
    {
        return None;
    }
    let end = clause_end(ctx, start, b, in_marked);
    (count_words(ctx, start, end) >= 3).then_some((m, start, end))
}

/// The statement a verb of saying at `cue` opens with a colon and no quotation marks ("وقال
/// الوزير للصحفيين: نحن مستعدون …"، "وأضاف: …"): its first and end tokens. The colon comes within
/// a few words of the verb (its subject and a complement), before any complementizer `comp` but
/// not right before it ("وقال كيري: إنه" is indirect speech), and opens plain words, not marks
/// (a marked quote is found as such) nor a list ("ذكر الأسباب التالية: …").
pub(super) fn colon_statement(
    ctx: &Ctx<'_>,
    cue: usize,
    comp: Option<usize>,
    limit: usize,
    b: usize,
    in_marked: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    if !opens_colon_speech(ctx.norm(cue)) {
        return None;
    }
    let upto = limit.min(cue + 12).min(comp.unwrap_or(b));
    let colon = (cue + 1..upto).find(|&j| ctx.tok_text(j) == ":")?;
    // (A name in marks may come between: "وقال في مداخلة مع قناة "الإخبارية": …".)
    let plain_subject = !in_marked(colon)
        && (cue + 1..colon).all(|j| {
            in_marked(j)
                || ctx.toks[j].kind == TokenKind::Quote
                || !matches!(
                    ctx.toks[j].cue,
                    Some(Cue::Verb { .. } | Cue::Complementizer)
                )
        });
    let list = colon > cue + 1 && is_list_opener(ctx.norm(colon - 1));
    let start = colon + 1;
    if !plain_subject
        || list
        || start >= b
        || comp == Some(start)
        || in_marked(start)
        || !matches!(
            ctx.toks[start].kind,
            TokenKind::ArabicWord | TokenKind::Number
        )
    {
        return None;
    }
    let end = clause_end(ctx, start, b, in_marked);
    (count_words(ctx, start, end) >= 2).then_some((start, end))
}

pub(super) fn clause_end(
    ctx: &Ctx<'_>,
    start: usize,
    b: usize,
    in_marked: &dyn Fn(usize) -> bool,
) -> usize {
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
                && (ctx.joined(j) || matches!(ctx.norm(j), "قال" | "قالت"))
                && fronted_subject_range(ctx, start, j).is_none()
            {
                break; // وأضاف …، قال تعالى: a new statement
            }
            // "… رفض ذلك بشدة مؤكدة أن …": a participle of saying with its own reported
            // clause starts the narrator's, comma or not.
            if j > start + 2
                && matches!(t.cue, Some(Cue::Participle { .. }))
                && !ctx.joined(j)
                && j + 1 < b
                && (ctx.toks[j + 1].cue == Some(Cue::Complementizer)
                    || (ctx.norm(j + 1) == "الي"
                        && j + 2 < b
                        && ctx.toks[j + 2].cue == Some(Cue::Complementizer)))
            {
                break;
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

/// Whether tokens `from..to` are only the writer's note that the words are the speaker's view or
/// wording, after a comma or not: "، من وجهة نظره"، "حسب تعبيره"، "على حد قوله".
fn own_view_tail(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
    let from = if from < to && is_punct(&ctx.tokens[from], COMMAS) {
        from + 1
    } else {
        from
    };
    if to <= from || to - from > 3 || !(from..to).all(|j| ctx.is_word(j)) {
        return false;
    }
    let mut w = [""; 3];
    for (k, j) in (from..to).enumerate() {
        w[k] = ctx.norm(j);
    }
    match &w[..to - from] {
        ["من", "وجهه", view] => view.starts_with("نظر"),
        ["حسب" | "بحسب" | "وفق" | "وفقا", own] => {
            is_own_words(own) || is_own_estimate(own)
        }
        ["علي", "حد", own] => is_own_words(own),
        _ => false,
    }
}

pub(super) fn count_words(ctx: &Ctx<'_>, a: usize, b: usize) -> usize {
    (a..b.min(ctx.toks.len()))
        .filter(|&i| ctx.is_word(i))
        .count()
}

/// Whether a quote holds exactly one entity mention (a name in quotation marks: «داعش»).
pub(super) fn is_entity_only(ctx: &Ctx<'_>, m: &Marked) -> bool {
    let Some(close) = m.close else { return false };
    if close <= m.open + 1 {
        return false;
    }
    let first = ctx.toks[m.open + 1].mention;
    first != NONE && (m.open + 1..close).all(|i| ctx.toks[i].mention == first)
}
