//! Resolving a noun phrase to a speaker: gazetteer mentions, names the gazetteer does not know,
//! roles, institutions and unnamed sources (مصدر مطلع).

use super::*;

impl<'a> Ctx<'a> {
    /// Whether the name at token `i` is governed by a preposition or "نظيره" (an object, not a
    /// subject): looks back a few tokens, through titles, demonyms and commas.
    pub(super) fn is_object(&self, i: usize, floor: usize) -> bool {
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
    pub(super) fn role_holder(&self, first: usize, ns: usize) -> bool {
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
    pub(super) fn name_before_role(&self, first: usize, b: usize) -> Option<usize> {
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
    pub(super) fn after_source(&self, i: usize) -> bool {
        i > 0 && self.toks[i - 1].cue == Some(Cue::Source)
    }

    /// The last "باسم" of a spokesman's phrase in `from..end`, and whether a role follows it at
    /// once and ends the phrase within four words ("المتحدث باسم الرئيس الفلسطيني"): a name right
    /// after the phrase is then whom the spokesman speaks for.
    pub(super) fn on_behalf(&self, from: usize, end: usize) -> Option<(usize, bool)> {
        let p = (from..end).rev().find(|&j| self.head(j) == "باسم")?;
        let role = p + 1 < end && is_role_head(self.head(p + 1)) && end - (p + 1) <= 4;
        Some((p, role))
    }

    /// The number of name connectors (بن، أبو، عبد …) in `a..b`: each lets a name run on.
    pub(super) fn connectors(&self, a: usize, b: usize) -> usize {
        (a..b).filter(|&k| is_name_connector(self.norm(k))).count()
    }

    /// Where a phrase ending at `end` ends once it goes on past a name connector it was cut after
    /// (before `limit` and `cap`): "فوزي عبد | الرحمان"، "عبدالإله بن | عباد". With `family`, a
    /// family name with the article after the connector's word goes with it ("بن عباد الطويرقي").
    pub(super) fn past_connectors(
        &self,
        mut end: usize,
        limit: usize,
        cap: usize,
        family: bool,
    ) -> usize {
        let word = |j: usize| j < limit && self.is_word(j) && self.toks[j].cue.is_none();
        while end < cap && word(end) && is_name_connector(self.norm(end - 1)) {
            end += 1;
            if family && word(end) && self.norm(end).starts_with("ال") {
                end += 1;
            }
        }
        end
    }

    /// Whether the person at token `i` is a possessor after باسم / مكتب … (the spokesman *of* X).
    pub(super) fn is_genitive(&self, i: usize) -> bool {
        i > 0
            && (matches!(
                self.head(i - 1),
                "باسم" | "مكتب" | "مستشار" | "مقرب" | "مقربه" | "مساعد"
            )
            // (A lawyer in construct speaks for the client: "عن محامي مبارك أن"; "المحامي خالد
            // علي" and "محاميه بنيامين برافمان" name the lawyer.)
            || matches!(
                self.norm(i - 1).strip_prefix('و').unwrap_or(self.norm(i - 1)),
                "محامي" | "محامو"
            ))
    }

    /// Whether the person mentioned at token `i` with ل is the possessor of the indefinite role
    /// or person's noun that heads the subject at `first`: "وقال محام آخر لترامب" is a lawyer of
    /// Trump's, "مستشار سابق لأوباما" an adviser of Obama's (after a definite noun, "قال الوزير
    /// لترامب", the words were said to him).
    pub(super) fn is_lam_genitive(&self, first: usize, i: usize, m: &Mention) -> bool {
        i > first
            && i - first <= 3
            && m.entity.kind() == EntityKind::Person
            && m.prefix.is_some_and(|p| is_lam(p.slice(self.text)))
            && self.mention(first).is_none()
            && !self.norm(first).starts_with("ال")
            && self.is_speaker_head(first)
            && (first..i)
                .all(|j| self.is_word(j) && self.toks[j].cue.is_none() && self.mention(j).is_none())
    }

    /// Whether the person at token `i` is the possessor of a group's noun that heads the subject
    /// at `first` or follows في (حملة ترامب، إدارة ترامب، قوات حفتر، "مسؤول في إدارة ترامب"): the
    /// group speaks, for the person.
    pub(super) fn is_group_genitive(&self, first: usize, i: usize) -> bool {
        i > first
            && (i - 1 == first || (i - 1 > first && self.norm(i - 2) == "في"))
            // (In construct, without the article: "رئيس الحكومة يوسف الشاهد" is a title,
            // "الفريق" a rank.)
            && is_acting_group(
                self.norm(i - 1)
                    .strip_prefix('و')
                    .unwrap_or(self.norm(i - 1)),
            )
    }

    /// The first word of `a..b` that may start the subject: fillers are skipped, and so is a
    /// prepositional phrase up to the next punctuation or name ("ذكرت في تقرير لها، أن": the report
    /// is where the words appeared, not who said them).
    pub(super) fn subject_start(&self, a: usize, b: usize) -> Option<usize> {
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
            // ما: "ما معناه"، "ما وصفه" say what was said, not who said it, and after the verb
            // "ما يسمى فريق الخبراء" is the so-called panel; right after the verb any other ما
            // "what" or أي "any" opens its object: "ووصف ما يحدث بأنه"، "ونفت أي علاقة لها".
            if matches!(self.norm(j), "ما" | "اي") && j + 1 < b && self.is_word(j + 1) {
                let n = self.norm(j + 1);
                let ma = self.norm(j) == "ما";
                if ma && (is_what_was_said(n) || (j == a && matches!(n, "يسمي" | "تسمي"))) {
                    j += 2;
                    continue;
                }
                if j == a {
                    return None;
                }
            }
            // Right after the verb, حول / بشأن / بخصوص open what was spoken about: "وأضاف حول
            // تثبيت قوة الحرس بأن" has no subject of its own.
            if j == a && matches!(self.norm(j), "حول" | "بشان" | "بخصوص") {
                return None;
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
    pub(super) fn bal_family_name(&self, i: usize, first_len: usize, j: usize, b: usize) -> bool {
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

    pub(super) fn name_closes_after(&self, j: usize, b: usize) -> bool {
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
    pub(super) fn named_by_quote(&self, j: usize, after: usize) -> bool {
        let head = self.head(j);
        !self.norm(j).starts_with("ال")
            || is_institution(head)
            || matches!(
                head,
                "موقع" | "اذاعه" | "مجله" | "جريده" | "شبكه" | "تلفزيون" | "منصه" | "جمعيه"
                    | "نادي" | "جامعه"
            )
            || (after < self.toks.len() && self.is_word(after))
            // (One word is a name or an acronym: "OPCW"، "تويتر"; a title takes a name, not a
            // statement: "وقال السفير «نحن مستعدون للحوار»" are the ambassador's words.)
            || after == j + 4
            || (self.is_name_title(j)
                && (j + 2..after - 1).all(|k| self.is_word(k) && quoted_name_word(self.norm(k))))
    }

    /// When token `j` opens a quotation of one to three words closed before `b` (a name such as
    /// «عكاظ»), the token after its closing mark.
    pub(super) fn quoted_name_end(&self, j: usize, b: usize) -> Option<usize> {
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
    pub(super) fn outlet_with_lam(&self, k: usize) -> bool {
        self.mention(k).is_some_and(|m| {
            m.entity.org_type() == Some("media")
                && m.prefix.is_some_and(|p| is_lam(p.slice(self.text)))
        })
    }

    /// Reads a speaker from the region `a..b` (after a cue verb, or after a source phrase).
    /// After a verb that describes or accuses someone (at `a - 1`), a definite noun at `first`
    /// that is no person is the subject, and a person named at `name` after it the object:
    /// "ووصف التقرير زعيم كوريا الشمالية كيم جونغ أون بـ«…»". The noun and its adjectives.
    pub(super) fn describing_subject(&self, a: usize, first: usize, name: usize) -> Option<Cand> {
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
        // A name after the noun's own complement ("القيادية بالحزب الجمهوري مية الجريبي"،
        // "السفير لدى لندن فلان") or after a comma that ends it is in apposition to it, the noun
        // its role; the object is a noun phrase of its own ("التقرير زعيم كوريا"، "السفارة لدى
        // لندن رفض منح فلان"). A comma right after the noun parts subject and object: "انتقدت
        // ألكسندريا، جو كرولي".
        let mut k = end;
        if k < name && self.is_word(k) {
            let n = self.norm(k);
            if matches!(n, "في" | "لدي" | "علي" | "عن" | "من") {
                k += 2;
            } else if matches!(n.chars().next(), Some('ب' | 'ل')) {
                k += 1;
            }
            while k > end && k < name && self.is_word(k) && is_definite_adjective(self.norm(k)) {
                k += 1;
            }
        }
        let apposition =
            (k > end && k == name) || (name > end + 1 && is_punct(&self.tokens[name - 1], COMMAS));
        (!apposition).then(|| self.unnamed(first, end))
    }

    /// Whether a blessing after a name starts at token `j` (before `b`): "رضي الله عنه"، "رحمه
    /// الله"، "حفظه الله".
    pub(super) fn blessing(&self, j: usize, b: usize) -> bool {
        matches!(self.norm(j), "رضي" | "رحمه" | "يرحمه" | "حفظه" | "صلي")
            && j + 1 < b
            && self.norm(j + 1) == "الله"
    }

    /// The speaker the noun phrase in tokens `a..b` names, if any.
    /// The group a count opening at `first` counts when it is people who speak: the token of
    /// "المسؤولين" in "أكثر من 12 من المسؤولين", of "مسؤول" in "أكثر من مسؤول".
    fn counted_group(&self, first: usize, b: usize) -> Option<usize> {
        if !matches!(self.norm(first), "اكثر" | "اقل")
            || first + 2 >= b
            || self.norm(first + 1) != "من"
        {
            return None;
        }
        let mut k = first + 2;
        if self.toks[k].kind == TokenKind::Number {
            if k + 2 >= b || self.norm(k + 1) != "من" {
                return None;
            }
            k += 2;
        }
        (self.is_word(k) && self.mention(k).is_none() && self.is_speaker_head(k)).then_some(k)
    }

    pub(super) fn resolve(&self, a: usize, b: usize) -> Option<Cand> {
        let c = self.resolve_phrase(a, b)?;
        Some(self.titled_given_name(&c).unwrap_or(c))
    }

    /// A given name alone after a royal or sheikhly title stands for the person the article named
    /// in full with it earlier, as Gulf news names its royals: "وقال الأمير محمد إن" after "الأمير
    /// محمد بن سلمان". Only when one earlier person the gazetteer knows fits; the span stays the
    /// words as written here.
    pub(super) fn titled_given_name(&self, c: &Cand) -> Option<Cand> {
        if c.speaker.entity.is_some() {
            return None;
        }
        let honorific = |i: usize| {
            self.norm(i).trim_start_matches('و').starts_with("ال")
                && matches!(
                    self.head(i),
                    "امير" | "اميره" | "شيخ" | "شيخه" | "ملك" | "ملكه" | "سلطان"
                )
        };
        let (s, e) = self.tok_range(c.speaker.span);
        let t = e - 1;
        let titled = (e == s + 1 && s > 0 && honorific(s - 1)) || (e == s + 2 && honorific(s));
        if !titled || !first_names().contains_key(self.norm(t)) {
            return None;
        }
        let at = c.speaker.span.start;
        let before = self.mentions.partition_point(|m| m.span.end <= at);
        let mut fits = (0..before).rev().take(LOOKBACK).filter(|&k| {
            let (ma, mb) = self.mtoks[k];
            self.mentions[k].entity.kind() == EntityKind::Person
                && mb >= ma + 2
                && self.tokens[ma].start() == self.mentions[k].span.start
                && self.norm(ma) == self.norm(t)
        });
        let first = fits.next()?;
        let entity = &self.mentions[first].entity;
        if fits.any(|k| !Arc::ptr_eq(&self.mentions[k].entity, entity)) {
            return None;
        }
        Some(Cand {
            speaker: Speaker {
                span: c.speaker.span,
                entity: Some(entity.clone()),
            },
            gender: entity.gender(),
            ..c.clone()
        })
    }

    fn resolve_phrase(&self, a: usize, b: usize) -> Option<Cand> {
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
        // "ذكر الله": remembering God, no report ("كلما هم بفاحشة ذكر الله فخاف").
        if first == a
            && a > 0
            && self.norm(first) == "الله"
            && matches!(
                self.norm(a - 1).trim_start_matches(['و', 'ف']),
                "ذكر" | "يذكر" | "تذكر" | "ذكرت" | "اذكر" | "نذكر"
            )
        {
            return None;
        }
        // "وقال تعالى": God's epithet stands for the name cited before with its praise ("قال الله
        // تعالى: {…} … وقال تعالى: {…}"، "بقول المولى عز وجل"), when the article gives one.
        if first == a && matches!(self.norm(first), "تعالي" | "وتعالي" | "سبحانه")
        {
            let named = (a.saturating_sub(300)..a).rev().find(|&k| {
                matches!(self.norm(k), "الله" | "المولي")
                    && !self.inside(k)
                    && k + 1 < a
                    && is_praise(self.norm(k + 1))
            });
            if let Some(k) = named {
                return Some(Cand::unknown(self.span(k, k + 1), Some(Gender::Male)));
            }
            // (Else the epithet stands as written, with the praise after it: "قال سبحانه
            // وتعالى". Its ه is no feminine's ة.)
            let end = (first + 1..b.min(first + 3))
                .take_while(|&k| is_praise(self.norm(k)))
                .last()
                .map_or(first + 1, |k| k + 1);
            return Some(Cand::unknown(self.span(first, end), Some(Gender::Male)));
        }
        // "أكثر من 12 من المسؤولين"، "أكثر من مسؤول": a count of people who speak.
        if let Some(group) = self.counted_group(first, b) {
            let end = self.np_end(group, b);
            let mut c = self.unnamed(group, end);
            c.speaker.span = self.span(first, end);
            c.speaker.entity = None;
            c.gender = None;
            return Some(c);
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
        // 0a. Critics, supporters or representatives of someone the gazetteer knows (a plural
        //     in construct: "يرى معارضو أردوغان أن"، "وقال أنصار بوتشيمون") speak, not the one
        //     they are of.
        if first + 1 < b && self.mention(first).is_none() && is_people_of(self.norm(first)) {
            if let Some(m) = self.mention(first + 1) {
                let end = self.mtoks[self.toks[first + 1].mention as usize].1;
                if m.via != Via::Demonym && end <= b {
                    let mut c = self.unnamed(first, end);
                    c.speaker.entity = None;
                    return Some(c);
                }
            }
        }
        //     So do those close to someone ("المقربون من غول، قالوا إن").
        if first + 2 < b
            && matches!(
                self.norm(first),
                "المقربون" | "مقربون" | "المقربين" | "مقربين"
            )
            && self.norm(first + 1) == "من"
        {
            // (Up to the punctuation that ends the phrase: "نقلا عن مقربين من ماكين، أن".)
            let end = (first + 2..b).find(|&j| !self.is_word(j)).unwrap_or(b);
            let mut c = self.unnamed(first, end);
            c.speaker.entity = None;
            return Some(c);
        }
        // 0b. A family or relative heading the region speaks, whoever its complement names
        //     ("كشفت أسرة الطيار الأردني مازن العقيل الذي …": the family, not the pilot).
        // (Not one with a pronoun right after a verb that takes its object first: in "المرأة
        // التي اتهمت زوجها بـ" her husband is the accused.)
        let accused = first == a
            && a > 0
            && takes_object_first(self.norm(a - 1))
            && self.tok_text(first).ends_with(['ه', 'ا']);
        if accused && is_kin(self.head(first)) {
            return None;
        }
        if self.mention(first).is_none() && is_kin(self.head(first)) {
            let mut k = first + 1;
            // With a possessive pronoun the relative has no genitive after it, only a name: "نجله
            // زياد"، "زوجته لميس الخطيب"; not "جدته تبقى محتفظة …"، "والدها للشرطة".
            let written = self.tok_text(first);
            let possessed = !written.ends_with('ة') && written.ends_with(['ه', 'ا']);

            let goes_on = |k: usize| {
                let n = self.norm(k);
                !possessed
                    || first_names().contains_key(n)
                    || !(n.starts_with(['ي', 'ت']) || n.starts_with("لل"))
            };
            // (A lone preposition, لـ«المدينة», ends the phrase; so does the outlet the words
            // were given to, "والد كامبل لبي بي سي".)
            while k < b
                && k - first < 7
                && goes_on(k)
                && self.is_word(k)
                && self.toks[k].cue.is_none()
                && self.norm(k).chars().count() > 1
                && !self.outlet_with_lam(k)
                && !is_lam_outlet_noun(self.norm(k))
                // (Nor an age: "والدتها سارة البالغة 34 عاما".)
                && !matches!(self.norm(k), "البالغ" | "البالغه")
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
                    // (Nor one in a phrase of time set off by a comma: "وقال بيان للبيت الأبيض،
                    // بعد خروج ميلانيا من المستشفى:" is the White House's.)
                    let in_clause = (first..ms).any(|j| {
                        is_clause_opener(self.norm(j))
                            || (j > first
                                && is_punct(&self.tokens[j - 1], COMMAS)
                                && self.temporal_preposition(j))
                    });
                    let past_apposition = self.mention(first).is_none()
                        && self.is_speaker_head(first)
                        && (first..ms)
                            .filter(|&j| is_punct(&self.tokens[j], COMMAS))
                            .count()
                            >= 2;
                    // (Nor one in the role after a name the gazetteer does not know: "قالت
                    // ديب فونغ، رئيسة مؤسسة باسيفيك لينك،" is the name before the comma.)
                    // (Or with no comma: "وقال يورغين هاردت المتحدث باسم الحزب التابع لميركل".)
                    let in_role_of_name = (self.mention(first).is_none()
                        && !self.is_speaker_head(first)
                        && ((first + 1..ms.min(first + 5))
                            .find(|&j| !self.is_word(j))
                            .is_some_and(|c| {
                                is_punct(&self.tokens[c], COMMAS)
                                    && c + 1 < ms
                                    && self.is_speaker_head(c + 1)
                            })
                            || first == a
                                && self.name_before_role(first, b).is_some_and(|r| r < ms)))
                        // (Or after a title's: "انتقد رجل الأعمال سمير فهمي وزير الخارجية
                        // الأمريكي مايك بومبيو" is Fahmi's criticism.)
                        || (first + 1..ms).any(|j| {
                            self.mention(j).is_none()
                                && first_names().contains_key(self.norm(j))
                                && self.name_before_role(j, b).is_some_and(|r| r < ms)
                        });
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
                    let lam = m.prefix.is_some_and(|p| is_lam(p.slice(self.text)));
                    // (Or right after a definite subject: "وقال الوزير لترامب إن"; not after نسب,
                    // which ascribes the words to the one after ل: "ونسبت الوكالة لريابكوف أن".)
                    let said_to_after_subject = lam
                        && ms == first + 1
                        && !(a > 0 && self.norm(a - 1).trim_start_matches('و').starts_with("نسب"))
                        && self.mention(first).is_none()
                        && self.norm(first).starts_with("ال")
                        && self.is_speaker_head(first);
                    let said_to = !self.after_source(a)
                        && (ms == a && lam
                            || said_to_after_subject
                            || (ms == a + 1
                                && self.mention(a).is_none()
                                && self.norm(a).strip_prefix("لل").is_some_and(is_title)));
                    // (Nor one named after a role with ل, after the subject: "قال أحمد سامي
                    // لوزير الخارجية الأمريكي مايك بومبيو إن" is what was said to Pompeo.)
                    let said_to_role = !self.after_source(a)
                        && (first + 1..ms)
                            .rev()
                            .take(6)
                            .take_while(|&j| {
                                self.is_word(j) && self.toks[j].cue.is_none() && !self.inside(j)
                            })
                            .any(|j| {
                                let n = self.norm(j);
                                self.mention(j).is_none()
                                    && n.strip_prefix("لل")
                                        .or_else(|| n.strip_prefix('ل'))
                                        .is_some_and(is_role_head)
                            });
                    // (Nor one after an indefinite plural's phrase has ended: a group is no
                    // one person's apposition, "استنكر دبلوماسيون عرب هجوم نوري المالكي".)
                    // (The plural's ن written: مسؤولون، ناشطين; not أمين "secretary".)
                    let after_plural = self.mention(first).is_none()
                        && {
                            let n = self.norm(first);
                            let len = n.chars().count();
                            !n.starts_with("ال")
                                && ((n.ends_with("ون") && len >= 5)
                                    || (n.ends_with("ين") && len >= 6))
                        }
                        && self.is_speaker_head(first)
                        && {
                            // (Its object right after it, a word or three: no comma or clause
                            // between, "…، لكن آبي قال" is another subject.)
                            let end = self.np_end(first, ms);
                            end < ms && ms - end <= 3 && (end..ms).all(|j| self.is_word(j))
                        };
                    // (Nor one in a phrase with من after an unnamed speaker's phrase has ended:
                    // "قلل المتحدث باسم الكرملين من أهمية عدم تهنئة الرئيس دونالد ترامب" is the
                    // spokesman's downplaying.)
                    // (Read last, and only with a من between: the noun phrase's end costs a
                    // walk.)
                    let past_phrase = || {
                        self.mention(first).is_none()
                            && (first + 1..ms).any(|j| self.norm(j) == "من")
                            && self.is_speaker_head(first)
                            && {
                                let end = self.np_end(first, ms);
                                // (Only من: a role takes its complement with في، لدى، عن،
                                // إلى, "السفيرة الأميركية لدى الأمم المتحدة سامنثا باور".)
                                end + 1 < ms
                                    && self.norm(end) == "من"
                                    && (end..ms).all(|j| self.is_word(j) && !self.inside(j))
                            }
                    };
                    if (self.is_object(ms, a) && !self.role_holder(first, ms))
                        || after_plural
                        || said_to
                        || said_to_role
                        || in_role_of_name
                        || self.in_place_name(ms, a)
                        || self.in_construct(first, ms)
                        || self.object_group_genitive(first, ms)
                        || in_clause
                        || past_apposition
                        || past_phrase()
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
                    // (So is one named right after a role the phrase speaks for, with no comma:
                    // "المتحدث باسم الرئيس الفلسطيني محمود عباس إن"; after a body he is the
                    // spokesman, "المتحدث باسم الأمم المتحدة ستيفان دوجاريك".)
                    let comma = ms > first && is_punct(&self.tokens[ms - 1], COMMAS);
                    let phrase_end = if comma { ms - 1 } else { ms };
                    if ms > first + 2
                        && crate::gazetteer::is_leader(&m.entity)
                        && (first..phrase_end).all(|j| self.is_word(j))
                        && self
                            .on_behalf(first + 1, phrase_end)
                            .is_some_and(|(_, role)| comma || role)
                    {
                        let mut c = self.unnamed(first, phrase_end);
                        c.agent = Some(speaker_of(m));
                        return Some(c);
                    }
                    // (Only for a person after the phrase's first word: one inside a phrase the
                    // subject came after, "أعلن في عنان …", leaves nothing in between.)
                    if ms > first
                        && (institution
                            || self.is_genitive(ms)
                            || self.is_group_genitive(first, ms)
                            || self.is_lam_genitive(first, ms, m))
                    {
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
                        if self.is_genitive(ms) || self.is_lam_genitive(first, ms, m) {
                            c.speaker.span = Span::new(self.tokens[first].start(), m.span.end);
                            c.speaker.entity = None;
                        } else if self.is_group_genitive(first, ms) {
                            // (The group keeps the body it was read as when that body is the
                            // person's country's: "حكومة ماي" is the British government, "قوات
                            // الأسد" no Russian army.)
                            c.speaker.span = Span::new(self.tokens[first].start(), m.span.end);
                            c.speaker.entity = c.speaker.entity.take().filter(|e| {
                                e.country().is_some() && e.country() == m.entity.country()
                            });
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
                    // (Nor a verb of publishing: "خبر عاجل أورده" names a report.)
                    && !is_publishing_verb(n)
                    && !self.is_own_talk(i)
                    // (Nor opening with an adverbial participle: "وأضاف طالبا عدم الكشف".)
                    && !(i == first
                        && looks_like_adverbial(n)
                        && !first_names().contains_key(n))
                    && !["ته", "تها", "ها", "هم", "هما", "كم", "نا"]
                        .iter()
                        .any(|p| n.ends_with(p))
                    // (Nor any word with the accusative's tanween, an adverb: "وأكد تنكيس
                    // الأعلام اعتباراً من الثلاثاء".)
                    && !self.tok_text(i).contains('\u{064B}')
                    // (Nor a preposition of time or place: "وقال جوارديولا عقب المباراة إن".)
                    && !self.temporal_preposition(i)
                    // (Nor a number: "إذا كتب فقرة واحدة جيدة".)
                    && !matches!(n, "واحد" | "واحده" | "اثنان" | "اثنين" | "اثنتين")
                    && !is_count_word(n)
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
            if ns > first && (self.is_genitive(ns) || self.is_group_genitive(first, ns)) {
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
    pub(super) fn single_name(&self, first: usize, b: usize) -> Option<Cand> {
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
            // "وتابع شيعان حديثه قائلا": his talk, the verb's object.
            // (Not a noun in ة before it: "تؤكد صحة كلامه" confirm the truth of his words.)
            || (self.is_word(next) && self.is_own_talk(next) && !self.tok_text(first).contains('ة'))
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
            // (Nor one's own talk: "وختم حديثه بقوله" goes on with the last speaker.)
            && !self.is_own_talk(first)
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

    /// Whether the word at `i` is the speaker's own talk with its pronoun (حديثه، كلمته), as the
    /// text writes it: حديثة "recent", with teh marbuta, folds to the same letters.
    pub(super) fn is_own_talk(&self, i: usize) -> bool {
        is_own_talk_form(self.norm(i)) && !self.tok_text(i).contains('ة')
    }

    /// Whether the word at `i` is the given name آلان (Alain), which folds onto the filler الآن
    /// ("now"): the madda as written tells them apart.
    pub(super) fn is_alain(&self, i: usize) -> bool {
        self.norm(i) == "الان" && self.tok_text(i).starts_with('آ')
    }

    /// Whether the word at `i` can head a speaking noun phrase.
    pub(super) fn is_speaker_head(&self, i: usize) -> bool {
        let h = self.head(i);
        // (آب, the month August in the Levant, folds onto أب "father": the madda as written
        // tells them apart, "في شهر أغسطس/ آب عام 2000".)
        if h == "اب" && self.tok_text(i).contains('آ') {
            return false;
        }
        // A rapporteur: in construct ("مقرر اللجنة") or the special one ("المقررة الخاصة");
        // "المقرر" alone is "scheduled" ("من المقرر أن").
        let bare = self.norm(i).trim_start_matches('و');
        if matches!(bare, "مقرر" | "مقرره") {
            return i + 1 < self.toks.len() && self.norm(i + 1).starts_with("ال");
        }
        if matches!(bare, "المقرر" | "المقرره") {
            return i + 1 < self.toks.len() && matches!(self.norm(i + 1), "الخاص" | "الخاصه");
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
        // "مواقع إخبارية يمنية": news websites (not positions, "مواقع القتال").
        if matches!(self.norm(i), "مواقع" | "ومواقع" | "المواقع" | "والمواقع")
            && i + 1 < self.toks.len()
        {
            return matches!(
                self.norm(i + 1),
                "اخباريه"
                    | "الاخباريه"
                    | "اعلاميه"
                    | "الاعلاميه"
                    | "الكترونيه"
                    | "الالكترونيه"
            );
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
    pub(super) fn is_name_title(&self, i: usize) -> bool {
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
    pub(super) fn unknown_name(
        &self,
        a: usize,
        b: usize,
    ) -> Option<(usize, usize, Option<Gender>)> {
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
                && (first_names().contains_key(self.norm(i)) || self.opens_patronymic(i, b))
                && (self.names_place(i - 1) || is_center_noun(self.norm(i - 1)));
            if right_after_place
                || (i > a + 1 && self.place_title(i - 1) && self.names_place(i - 2))
            {
                i += 1;
                while i + 1 < b && self.is_word(i) && is_name_connector(self.norm(i)) {
                    i += 2;
                }
                continue;
            }
            // (An ordinal after اللواء makes it a brigade: "قائد اللواء الثالث عاصفة".)
            let after_title = i > a
                && ((self.is_name_title(i - 1))
                    || (i > a + 1
                        && is_title_modifier(self.head(i - 1))
                        && self.is_name_title(i - 2)
                        && !(self.head(i - 2) == "لواء" && is_ordinal(self.head(i - 1)))));
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
            // (آنا "Anna", as written with the madda; unwritten, انا is أنا "I".)
            let anna = w == "انا" && self.tok_text(i).starts_with('آ');
            let (gender, first_len) = if let Some(&g) = names.get(w) {
                (Some(g), 1)
            } else if anna {
                (Some(Gender::Female), 1)
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
            } else if self.opens_patronymic(i, b) {
                // A given name the list leaves out as a common word (سعيد، صالح، عادل) is one
                // when "son of" and a given name follow: "محافظ خميس مشيط سعيد بن عبدالعزيز".
                (Some(Gender::Male), 1)
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
            // (After a title, a preposition opens no name: "وقال الرئيس عند وصوله إن".)
            // (The prepositions of place include those of time.)
            let preposition = first_len == 0
                && (is_place_preposition(self.norm(i))
                    || matches!(self.norm(i), "فور" | "من" | "الي" | "عن" | "مع"));
            // (Nor a body's noun: "دعا الرئيس الحكومة إلى"، "دعا الملك حكومة الرزاز" name whom
            // he urged. A family name may end in ة as such nouns do: اللواء الحواتمة.)
            // (Read last, for a word after a title only.)
            let body_noun =
                || first_len == 0 && self.mention(i).is_none() && is_institution(self.head(i));
            // (Nor the tens of an ordinal: "الرئيس الخامس والأربعين".)
            let tens = || {
                first_len == 0 && {
                    let n = self.norm(i);
                    let n = n.strip_prefix('و').unwrap_or(n);
                    is_tens(n.strip_prefix("ال").unwrap_or(n))
                }
            };
            if (first_len == 0 && !after_title && !after_abbreviation)
                || (self.toks[i].cue.is_some() && !ali)
                || prepositional
                || preposition
                || body_noun()
                || tens()
            {
                i += 1;
                continue;
            }
            let mut j = i + first_len.max(1);
            // (A lone preposition, لـ"رويترز", ends the name.)
            loop {
                // (Five words, two more after a second connector: "محمد بن نواف بن عبد العزيز".)
                let cap = |j: usize| if self.connectors(i, j) >= 2 { 7 } else { 5 };
                while j < b
                    && j - i < cap(j)
                    && self.is_word(j)
                    && self.toks[j].mention == NONE
                    && !is_praise(self.norm(j))
                    // (Nor a blessing after the name: "أبو بكر رضي الله عنه"، "الملك فهد رحمه الله".)
                    && !self.blessing(j, b)
                    && (!is_prepositional(self.norm(j)) || self.bal_family_name(i, first_len, j, b))
                    // (Nor the outlet the words were given to: "عيسى قراقع لوكالة «رويترز»".)
                    && !is_lam_outlet_noun(self.norm(j))
                    && !is_saying_noun(self.norm(j))
                    && !self.is_own_talk(j)
                    && !is_clause_opener(self.norm(j))
                    // (Nor a time or a preposition with a pronoun: "منصور العتيبي بعد ظهر الجمعة"،
                    // "هناء الظفيري عنها".)
                    && !self.temporal_preposition(j)
                    && !matches!(self.norm(j), "عبر")
                    && !is_preposition_with_pronoun(self.norm(j))
                    && self.norm(j).chars().count() > 1
                {
                    let t = &self.toks[j];
                    // A family name compounded with الله (فضل الله، الجار الله، ضيف الله) goes
                    // on through it; no speaker here is God.
                    if self.norm(j) == "الله" && is_allah_compound(self.norm(j - 1)) {
                        j += 1;
                        continue;
                    }
                    let connector = is_name_connector(self.norm(j));
                    // (علي after بن is the father's name, not على: "فهد بن علي العوفي"; so is
                    // it right after a given name when the name closes there: "محمد علي إن".)
                    let ali_after_connector = self.tok_text(j) == "علي"
                        && (is_name_connector(self.norm(j - 1))
                            || (first_len > 0
                                && j == i + first_len
                                && self.name_closes_after(j, b)));
                    // After a connector a title word is a family name (آل الشيخ), and so is one
                    // that closes the name right after a first name (علاء السيد، وهو محام),
                    // or that a role follows in apposition (عاصم شيخ رئيس خدمات الضرائب).
                    let family = is_name_connector(self.norm(j - 1))
                        || (first_len > 0
                            && j == i + first_len
                            && (self.name_closes_after(j, b)
                                || (j + 1 < b
                                    && self.is_word(j + 1)
                                    && is_role_head(self.head(j + 1)))));
                    if !connector
                        && ((t.cue.is_some() && !ali_after_connector)
                            || (!family
                                && (is_speaker_head(self.head(j)) || is_title(self.head(j)))))
                    {
                        break;
                    }
                    // Past the first word after the first name, a name goes on through
                    // connectors (بن، أبو، آل) and relative adjectives (المخلفي); another plain
                    // word belongs to it only if the name closes right after ("محمد جواد ظريف
                    // إن"), so that the verb's object is not read as a name ("عبدالله الحمراني |
                    // مغادرة جميع المصابين"). (After the abbreviated title with no given name the
                    // list knows, so from the second word, "كشف د. الشعيبي وجود دراسات", unless
                    // it is a father's given name, "د. عادل أحمد الصالح".)
                    let past_surname = j > i + first_len.max(1)
                        || (after_abbreviation
                            && first_len == 0
                            && !names.contains_key(self.norm(j)));
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
                // A name joined by a hyphen goes on through it: "سايمون جروس-هودج"، "بيار-أنتوني
                // هيلدبران".
                if j > i
                    && j + 1 < b
                    && self.tok_text(j) == "-"
                    && self.tokens[j].start() == self.tokens[j - 1].end()
                    && self.tokens[j + 1].start() == self.tokens[j].end()
                    && self.toks[j + 1].kind == TokenKind::ArabicWord
                    && self.toks[j + 1].mention == NONE
                {
                    j += 2;
                    continue;
                }
                break;
            }
            // A first name alone is too weak; after a title one word is a name (العقيد الجابري),
            // but not one letter: "اللواء د. محمد …" goes on past the abbreviation.
            if j - i >= 2 || (after_title && j > i && self.norm(i).chars().count() > 1) {
                // A kunya (أبو، أم) after a given name the list does not know, opening the
                // phrase or after its comma, goes with it: "مديرة السباق، نديمة أبو العينين".
                let kunya = matches!(self.norm(i), "ابو" | "ام");
                let given_before = kunya
                    && i > a
                    && (i - 1 == a || is_punct(&self.tokens[i - 2], COMMAS))
                    && self.toks[i - 1].kind == TokenKind::ArabicWord
                    && self.toks[i - 1].cue.is_none()
                    && self.toks[i - 1].mention == NONE
                    && !self.norm(i - 1).starts_with("ال")
                    && !self.is_speaker_head(i - 1)
                    && !is_clause_opener(self.norm(i - 1))
                    && quoted_name_word(self.norm(i - 1));
                if given_before {
                    return Some((i - 1, j, None));
                }
                return Some((i, j, gender));
            }
            i = j.max(i + 1);
        }
        None
    }

    /// Whether the person named at `ms` is the genitive of a common noun heading the region at
    /// `first`: a bare word that is no name, title or speaker ("واستنكر تكليف رئيس الحكومة يوسف
    /// الشاهد": the appointment is the object, the subject is elided).
    pub(super) fn in_construct(&self, first: usize, ms: usize) -> bool {
        ms > first
            && self.is_word(first)
            && self.mention(first).is_none()
            && self.toks[first].cue.is_none()
            && is_action_noun(self.norm(first))
            && (first + 1..ms).all(|j| self.is_word(j))
    }

    /// Whether the person named at `ms` is the genitive of a group's noun that opens the verb's
    /// object after the definite subject at `first` (a definite noun takes no genitive): "واتهم
    /// المتحدث وفد بومبيو بالإصرار" is the spokesman's accusation.
    pub(super) fn object_group_genitive(&self, first: usize, ms: usize) -> bool {
        ms == first + 2
            && (first..ms).all(|j| self.is_word(j) && self.mention(j).is_none())
            && self.norm(first).starts_with("ال")
            && self.is_speaker_head(first)
            && self.toks[first + 1].cue.is_none()
            && is_collective_in_construct(self.norm(first + 1))
    }

    /// Whether the name starting at `i` (not before `floor`) is part of a place's name: right
    /// after a place noun, or after such a noun and a title ("جامعة الملك عبدالله").
    pub(super) fn in_place_name(&self, i: usize, floor: usize) -> bool {
        (i > floor && self.names_place(i - 1))
            || (i > floor + 1 && self.place_title(i - 1) && self.names_place(i - 2))
    }

    /// Whether the word at `i` is a title in a place's name: an honorific, or الإمام ("جامع
    /// الإمام تركي بن عبدالله", "جامعة الإمام محمد بن سعود").
    fn place_title(&self, i: usize) -> bool {
        self.is_name_title(i) || self.norm(i) == "الامام"
    }

    /// Whether the word at `i` (before `b`) is a given name because "son of" and a given name
    /// follow, though the first-names list leaves it out as a common word (سعيد، صالح، عادل):
    /// "محافظ خميس مشيط سعيد بن عبدالعزيز".
    fn opens_patronymic(&self, i: usize, b: usize) -> bool {
        let w = self.norm(i);
        i + 2 < b
            && self.is_word(i)
            && self.norm(i + 1) == "بن"
            && self.toks[i + 1].mention == NONE
            && (first_names().contains_key(self.norm(i + 2)) || self.norm(i + 2) == "عبد")
            && self.toks[i].cue.is_none()
            && !w.starts_with("ال")
            && w.chars().count() >= 3
            && name_shaped(w)
            && !is_function_word(w)
            // (A tribe is "sons of" its ancestor: "أحد مشايخ خولان بن عامر".)
            && !(i > 0 && is_tribe_noun(self.norm(i - 1)))
    }

    /// Whether the word at `i` is a noun of a place or foundation often named after a person
    /// ("مدينة الملك سعود الطبية"، "جامعة الملك عبدالعزيز"، "بمستشفى الأمير محمد"), with or
    /// without a conjunction and a preposition.
    pub(super) fn names_place(&self, i: usize) -> bool {
        is_place_noun_before_name(self.norm(i))
    }

    /// Whether the words at `k` are kin in apposition to the name before them: "غزاي الحربي ابن
    /// السجين" (ابن before a definite noun; before a name it joins the name).
    pub(super) fn kin_apposition(&self, k: usize) -> bool {
        matches!(self.norm(k), "ابن" | "ابنه" | "شقيق" | "شقيقه")
            && k + 1 < self.toks.len()
            && self.norm(k + 1).starts_with("ال")
    }

    /// Whether word `j` is a preposition of time (بعد، قبل، منذ، أثناء، خلال، عقب، قبيل، عند، لدى)
    /// taking an object: "الوزير بعد لقائه"، "الرئيس عند وصوله" end the phrase before them;
    /// "تقرير ما بعد الوفاة" and "لم ينشر بعد،" do not.
    pub(super) fn temporal_preposition(&self, j: usize) -> bool {
        matches!(
            self.norm(j),
            "بعد" | "قبل" | "منذ" | "اثناء" | "خلال" | "عقب" | "قبيل" | "عند" | "لدي"
        ) && j > 0
            && self.norm(j - 1) != "ما"
            && j + 1 < self.toks.len()
            && self.is_word(j + 1)
    }

    /// Whether word `j` is a noun with a pronoun suffix and no article (مسؤوليته، موقفها): after a
    /// definite noun phrase it is the verb's object, never an adjective ("وأعلن التنظيم الإرهابي
    /// مسؤوليته عن …").
    pub(super) fn is_suffixed_noun(&self, j: usize) -> bool {
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

    /// Whether the word at `end` (before `limit`) is a bare noun in ة in construct with the
    /// definite word after it, right after a definite word: the verb's object, since a definite
    /// noun takes no genitive ("ونفى المسؤول صحة الشائعات"). Not a given name (فاطمة).
    #[inline(never)]
    fn object_in_construct(&self, end: usize, limit: usize) -> bool {
        let definite = |j: usize| self.norm(j).starts_with("ال");
        end + 1 < limit
            && self.tok_text(end).ends_with('ة')
            && definite(end - 1)
            && definite(end + 1)
            && !matches!(
                self.norm(end).chars().next(),
                Some('ا' | 'ب' | 'ل' | 'و' | 'ف' | 'ك')
            )
            && self.toks[end].mention == NONE
            && !first_names().contains_key(self.norm(end))
    }

    /// The end of an unnamed noun phrase starting at `first`: before a comma, a complementizer, a
    /// cue, a preposition or a filler (باسم excepted); at most six words; not past `limit`.
    pub(super) fn np_end(&self, first: usize, limit: usize) -> usize {
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
                || self.blessing(end, limit)
                || matches!(
                    self.norm(end),
                    "بالقول" | "للقول" | "بعباره" | "بعبارات" | "بكلمات" | "بتغريده" | "بتدوينه"
                )
                // (A preposition joined to ما: "ودافع الوزير عما أسماه"، "وحذر الحزب مما".)
                || matches!(self.norm(end), "عما" | "مما" | "بما" | "لما" | "فيما")
                || self.is_own_talk(end)
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
                // (كل or جميع after a definite word opens the verb's object: "ودعا الحزب كل
                // الأطراف"، "وحث الوزير جميع المواطنين".)
                || (matches!(self.norm(end), "كل" | "جميع") && definite(end - 1))
                // (A far demonstrative after the phrase is the verb's object, "وفسر التقرير ذلك
                // بأنه"; not after "some of", "بعض تلك التعليقات".)
                || (matches!(self.norm(end), "ذلك" | "تلك")
                    && !is_one_of(self.norm(end - 1))
                    && !matches!(self.norm(end - 1), "بعض" | "كل" | "معظم"))
                // (عبر before a means of saying is how, not part of the phrase: "الوزير عبر
                // حسابه"، "جماهير النادي عبر شبكات التواصل"; "منسق العلاقات عبر الأطلسي" goes
                // on.)
                || (self.norm(end) == "عبر"
                    && end + 1 < limit
                    && self.is_word(end + 1)
                    && is_means_of_saying(self.norm(end + 1)))
                // ("مصدر وصفته بـ«المسؤول»": a clause on how the source was described.)
                || matches!(
                    self.norm(end),
                    "وصفته" | "وصفتها" | "وصفه" | "وصفها" | "وصفهم" | "وصفتهم"
                )
                || (self.norm(end) == "عده"
                    && (definite(end - 1) || self.toks[end - 1].mention != NONE))
                || is_saying_noun(self.norm(end))
                // (So is a noun in ة in construct after a definite noun, unless a given name:
                // "ونفى المسؤول صحة الشائعات".)
                || self.object_in_construct(end, limit)
                // (An event the verb announces is its object: "أعلنت مصادر رسمية مقتل
                // عسكريين".)
                || (self.toks[end].mention == NONE && is_event_noun(self.norm(end)))
                // (And a group's noun in construct: "واتهم المتحدث وفد بومبيو" accuses Pompeo's
                // delegation.)
                || (definite(end - 1)
                    && self.toks[end - 1].mention == NONE
                    && self.toks[end].mention == NONE
                    && is_collective_in_construct(self.norm(end)))
                // (A verbal noun of saying after a definite noun is the verb's object: "ووصف
                // الوزير إعلان إيران بأنه".)
                || (definite(end - 1)
                    && cue_of(self.norm(end)).is_some_and(|(c, _)| c == Cue::Masdar))
                // (A claim the subject rejects: "ورفض القاضي روبرت ستون مزاعم ويلسون".)
                || (is_claim_noun(self.norm(end))
                    && !is_prosecution_claim(self.norm(end - 1)))
                // A verbal noun with ب and the article after a plain definite noun is the verb's
                // complement: "وطالب الجمهوريون الرئيس بالتدخل"، "القاضي بالإفراج". (Not a
                // place, "المتحدث الرسمي بالمديرية"; nor after a participle, whose complement it
                // is: "القائم بالأعمال"، "المكلف بالملف".)
                || ((self.norm(end).starts_with("بالت")
                    || matches!(
                        self.norm(end),
                        "بالافراج" | "بالاشاره" | "بالاضافه" | "بالاصلاحات"
                    ))
                    && self.toks[end].mention == NONE
                    && definite(end - 1)
                    && !self.norm(end - 1).starts_with("الم")
                    && !matches!(self.norm(end - 1), "القايم" | "القايمه" | "الخاص" | "الخاصه"))
                // A verbal noun with ب after a definite noun is the verb's complement, not its
                // subject's genitive: "المدعي العام بضرورة احتجازه"، "وزارة الإسكان بإطلاق
                // شركة"، "الحكومة بحملة واسعة". (A name or a place may open with ب too:
                // "الإعلامي برهان بسيس"، "رئيس فرع الإفتاء بعسير".)
                || (definite(end - 1)
                    && self.toks[end].mention == NONE
                    && !self.norm(end - 1).starts_with("الم")
                    && is_verbal_noun_with_beh(self.tok_text(end), self.norm(end)))
                // A preposition with a possessive pronoun is no part of a name: "وأشاد معلم
                // نيكول بإنجازها". (Her or their: a name may end with ه, "بونتيه"; nor باسمها,
                // "متحدثة باسمها".)
                || (self.norm(end).starts_with('ب')
                    && !self.norm(end).starts_with("باسم")
                    && self.toks[end].mention == NONE
                    && self.tok_text(end).chars().count() >= 5
                    && ends_with_her_or_their(self.tok_text(end)))
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
            // (So after a noun made definite by "her" or "their": "ووصفت وزارة خارجيتها الطلب
            // بأنه".)
            // (Not a short verb with its object, "دراسة أعدها الباحث".)
            let possessed = |j: usize| {
                self.toks[j].mention == NONE
                    && self.tok_text(j).chars().count() >= 6
                    && ends_with_her_or_their(self.tok_text(j))
                    && !is_preposition_with_pronoun(self.norm(j))
            };
            let object = (plural_head
                && definite(first)
                && !definite(end)
                && self.toks[end].mention == NONE)
                || (self.norm(end - 1).starts_with("ال") || possessed(end - 1))
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
                    // (Except verbal nouns whose و is their own letter: "أكدت الشرطة وجود".)
                    let w = self.norm(end);
                    let own_waw = matches!(w, "وجود" | "وقوع" | "وصول" | "وفاه" | "وقف" | "وضع");
                    (!w.starts_with(['ا', 'و', 'ف', 'ب', 'ل', 'ك']) || own_waw)
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
                && !w.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
                // (Nor a definite word: an adjective. An alef alone opens a noun: "وأكد الأمين
                // العام أهمية الحوار".)
                && !w.starts_with("ال")
                && !first_names().contains_key(w)
                // (A family name after it makes it a given name: "المساعدة للشؤون التعليمية آمنة
                // الغامدي".)
                && !(end + 1 < limit && {
                    let next = self.norm(end + 1);
                    next.starts_with("ال") && next.ends_with('ي') && next.chars().count() >= 5
                });
            // Nor a body's name with its article: after a definite speaker's noun it is the verb's
            // object ("ويتهم التقرير الحوثيين باستخدام"، "ويتهم المسلحون الجيش السوري").
            // (Not after a role, as written without باسم: "المتحدث الهلال الأحمر".)
            let body_object = end == first + 1
                && definite(first)
                && self.toks[first].mention == NONE
                && !is_role_head(self.head(first))
                && self.norm(end).starts_with("ال")
                && self.mention(end).is_some_and(|m| {
                    let k = self.toks[end].mention as usize;
                    self.mtoks[k].0 == end
                        && m.via == Via::Name
                        && m.prefix.is_none()
                        && m.entity.kind() == EntityKind::Organization
                });
            // An indefinite plural that keeps its ن (ناشطون، مسؤولين) is in no construct: a bare
            // word after it that is not an adjective of the same ending, a preposition or a
            // coordinated word is the verb's object ("نشر ناشطون صورا"، "تداول ناشطون مقطع فيديو");
            // so is a definite word, which no indefinite takes as adjective ("استنكر دبلوماسيون
            // عرب التصريحات").
            // (Adjectives: "مسؤولون أكراد"، "ناشطون أقباط"، "مسؤولون رفيعو المستوى".)
            let plural_adjective = |w: &str| {
                w.ends_with("ون")
                    || w.ends_with("ين")
                    || matches!(
                        w,
                        "اكراد" | "اقباط" | "عرب" | "اجانب" | "اتراك" | "روس" | "كبار"
                    )
            };
            let nun_plural_object = plural_head
                && !definite(first)
                && (first..end).all(|j| {
                    let n = self.norm(j);
                    plural_adjective(n)
                        || (j > first && n.strip_prefix('و').is_some_and(plural_adjective))
                })
                && self.toks[end].mention == NONE
                && self.toks[end].kind == TokenKind::ArabicWord
                && {
                    let w = self.norm(end);
                    let adjective = plural_adjective(w) || w.ends_with('و');
                    let phrase = w.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
                        || is_place_preposition(self.head(end))
                        || is_function_word(w);
                    !adjective && !phrase
                };
            if stop
                || object
                || institution_object
                || country_object
                || body_object
                || feminine_object
                || nun_plural_object
            {
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
            // (Nor does "former" or "current" after the country: "الرئيس الأميركي السابق".)
            let former = t != NONE
                && end < limit
                && self.mentions[t as usize].via == Via::Demonym
                && self.toks[end].mention == NONE
                && self.norm(end).starts_with("ال")
                && (is_tenure(self.head(end)) || matches!(self.head(end), "راحل" | "جديد"));
            if t != NONE
                && end < limit
                && self.toks[end].mention != t
                && self.mentions[t as usize].entity.kind() != EntityKind::Person
                && !and_demonym
                && !body_genitive
                && !former
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
        // (A phrase the word limit cuts after a connector goes on to the name's next word:
        // "عضو المكتب السياسي للحزب فوزي عبد | الرحمان".)
        self.past_connectors(end, limit, first + 9, false)
            .min(limit)
    }

    /// A name the gazetteer does not know right after an unnamed noun phrase ending at `end`:
    /// "شاهدة عيان، إيوالينا أوتشاب، إن" or "المتحدث باسم الحكومة بكر بوزداج إن". One to four plain
    /// words, closed by a comma or by the end of the region.
    pub(super) fn name_after(&self, end: usize, b: usize) -> Option<(usize, usize)> {
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
        // (After a comma, a definite word that is no title opens a description: "الخطوط
        // الجوية الإماراتية، المعروفة بعروضها الفاخرة،".)
        // (A foreign given name written with أل / آل reads the same folded: ألكساندر، آلان.)
        if comma
            && start < b
            && self.tok_text(start).starts_with("ال")
            && self.norm(start).starts_with("الم")
            && !article_name
            && !self.is_name_title(start)
            && self.mention(start).is_none()
            && !first_names().contains_key(self.norm(start))
        {
            return None;
        }
        // Nor, with no comma, an adjective in construct: "مسؤول إيراني رفيع المستوى"; nor
        // "semi-" with or without: "وكالة "فارس"، شبه الرسمية،"; nor a demonstrative, "ذلك
        // الحظر" (the verb's object).
        if (!comma && start + 1 < b && self.norm(start + 1) == "المستوي")
            || (start < b && (self.norm(start) == "شبه" || is_demonstrative(self.norm(start))))
        {
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
        // object), unlike a given name (أسامة); nor the plural of a verbal noun, "ونفى المتحدث
        // اتهامات مماثلة".
        if !comma
            && start < b
            && !self.norm(start).starts_with("ال")
            && !first_names().contains_key(self.norm(start))
            && (self.norm(start).ends_with('ه') || {
                let n = self.norm(start);
                n.starts_with('ا') && n.ends_with("ات") && n.chars().count() >= 6
            })
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
        // The journalists told, the verb's object: "وأبلغ قائد الشرطة ستيوارت كاندي الصحفيين أنه".
        let press = |j: usize| self.is_word(j) && matches!(self.norm(j), "الصحفيين" | "الصحافيين");
        // (Nor a particle, a time or a preposition with a pronoun: "منصور العتيبي بعد ظهر
        // الجمعة"، "هناء الظفيري عنها عبر تغريدة"، "أبو يوسف أي اقتتال".)
        let ends_name_word = |j: usize| {
            let n = self.norm(j);
            // (علي is the name Ali; على, written with ى, the preposition.)
            self.is_word(j)
                && (n != "علي" || self.tok_text(j) == "على")
                && (is_separate_preposition(n)
                    || is_preposition_with_pronoun(n)
                    || self.temporal_preposition(j)
                    || matches!(n, "ما" | "اي" | "عبر"))
        };
        // (Three words, and two more for each connector: "محمد بن نواف بن عبد العزيز".)
        let words = |j: usize| 3 + 2 * self.connectors(start, j);
        let mut j = start;
        while j < b
            && j - start < words(j).min(7) + 1
            && self.is_word(j)
            // (علي after a given name is the name Ali, not على: "أحمد علي ضاهر".)
            && (self.toks[j].cue.is_none() || (given && j > start && self.tok_text(j) == "علي"))
        {
            if (given && j > start && (ends_given_name(j) || ends_name_word(j)))
                || (j > start && press(j))
            {
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
        if j == start || j - start > words(j).min(7) {
            return None;
        }
        // Closed by a comma (apposition), a filler (في تغريدة، الأحد) or the region's end.
        // (A name opening with a given name may also end before a preposition or a cue: "تحدث
        // لاعب الهلال محمد الشلهوب عن معسكر الفريق".)
        let closed = (j < b
            && (is_punct(&self.tokens[j], COMMAS)
                || self.toks[j].cue == Some(Cue::Filler)
                || (self.is_word(j) && is_saying_noun(self.norm(j)))
                || (j > start && press(j))
                || (given
                    && (self.toks[j].cue.is_some()
                        || ends_given_name(j)
                        || ends_name_word(j)
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
    pub(super) fn publisher(&self, a: usize) -> Option<&Mention> {
        if !is_report_noun(self.head(a)) {
            return None;
        }
        // Or who issued it: "تقرير صادر عن منظمة العفو الدولية"، "تقرير للأمم المتحدة".
        let issuer = self
            .issuer_of(a)
            .and_then(|k| self.mention(k))
            .filter(|m| m.via == Via::Name && m.entity.kind() != EntityKind::Person);
        if issuer.is_some() {
            return issuer;
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
    pub(super) fn issuer_of(&self, a: usize) -> Option<usize> {
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
    pub(super) fn unnamed(&self, a: usize, b: usize) -> Cand {
        self.unnamed_headed(a, b, self.head(a))
    }

    /// [`Ctx::unnamed`] with the head noun given: the role's own noun where the first word
    /// carries a preposition (لوزير الدفاع → وزير).
    pub(super) fn unnamed_headed(&self, a: usize, b: usize, head: &str) -> Cand {
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
        let head = head.to_string();
        let country = (a..b)
            .filter_map(|i| self.mention(i))
            .find(|m| m.entity.kind() == EntityKind::Country)
            .map(|m| m.entity.id().to_string());
        // (الله, whose head is له, is not a feminine noun. والده is والدة "mother" or والده
        // "his father": the letter as written tells.)
        let written = self.tok_text(a);
        // (A kin noun with a possessive pronoun is feminine when its ة shows as ت before it:
        // "زوجته"، "والدتها" yes; "نجله"، "زوجها" no.)
        let possessed = is_kin(&head)
            .then(|| {
                written
                    .strip_suffix("ها")
                    .or_else(|| written.strip_suffix('ه'))
            })
            .flatten();
        let fem_head = if head == "والده" {
            written.ends_with('ة')
        } else if let Some(stem) = possessed {
            stem.ends_with('ت')
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
        // A report that names who published it: that publisher, when the gazetteer knows it,
        // or the publisher's phrase as written ("خبر عاجل أورده تلفزيون "العربية" السعودي").
        if let Some(m) = self.publisher(a) {
            return Cand::of(m);
        }
        if is_report_noun(&head) {
            let len = self.toks.len();
            if let Some(v) = (a + 1..b.min(a + 3)).find(|&v| is_publishing_verb(self.norm(v))) {
                if v + 1 < len && self.is_word(v + 1) && self.is_speaker_head(v + 1) {
                    return self.unnamed(v + 1, self.np_end(v + 1, len));
                }
            }
        }
        // Where a body's noun names it: right after, or after وكالة أنباء; and which bodies it
        // names: an outlet's noun an outlet, another noun a body that is none ("موقع الجيش
        // اليمني" is the army's site, "موقع «حماس»" Hamas's).
        let outlet = is_media_head(&head);
        let named_at = if a + 1 < b && self.head(a + 1) == "انباء" {
            a + 2
        } else {
            a + 1
        };
        let body_of_kind = |m: &Mention| {
            m.entity.kind() == EntityKind::Organization
                && m.via == Via::Name
                && (m.entity.org_type() == Some("media")) == outlet
        };
        // A body's noun before a name the gazetteer knows without it ("وكالة بلومبرج"، "وكالة
        // أنباء سبوتنيك"): that body.
        // (Only an indefinite noun in construct with the name: after "الوزارة" another body is
        // the verb's object.)
        if named_at < b && !self.norm(a).starts_with("ال") && (is_institution(&head) || outlet) {
            let body = self.mention(named_at).filter(|m| {
                self.mtoks[self.toks[named_at].mention as usize].0 == named_at
                    // (Not a second body joined with و: "الكتائب وسرايا القدس".)
                    && m.prefix.is_none()
                    && body_of_kind(m)
            });
            if let Some(m) = body {
                let mut c = bare();
                c.speaker.entity = Some(m.entity.clone());
                return c;
            }
        }
        // A phrase that names its referent in quotation marks (صحيفة "صباح") is nobody named
        // earlier, but a body named before whose name ends with the quoted word ("وكالة أنباء
        // فارس"، then وكالة أنباء «فارس» الإيرانية).
        if let Some(open) = (a..b).find(|&i| self.toks[i].kind == TokenKind::Quote) {
            // (One quoted word where the noun names it.)
            let quoted = (open + 1 < b && self.is_word(open + 1) && open == named_at)
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
                        body_of_kind(m)
                            && self.mtoks[*k].1 > self.mtoks[*k].0
                            && self.norm(self.mtoks[*k].1 - 1) == q
                    })
            });
            // (Or the body the gazetteer reads inside the marks: منظمة "هيومن رايتس ووتش"،
            // صحيفة "نيويورك تايمز".)
            let inside = (open + 1 < b && open == named_at)
                .then(|| self.mention(open + 1))
                .flatten()
                .filter(|m| {
                    let (ms, me) = self.mtoks[self.toks[open + 1].mention as usize];
                    ms == open + 1
                        && me < b
                        && self.toks[me].kind == TokenKind::Quote
                        && body_of_kind(m)
                });
            let mut c = bare();
            if let Some(m) = inside {
                c.speaker.entity = Some(m.entity.clone());
            } else if let Some((_, m)) = named {
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
                    // (Nor the head of something the role does not name: "رئيس الأكاديمية" is
                    // not "الرئيس المصري", "وزير الدفاع" not "وزير الخارجية".)
                    && !(a + 1 < b && self.names_other_body(a + 1, rs, re))
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
        // (An indefinite noun in construct names its own body, "حزب الأحرار": only a body whose
        // name goes on with the same word, "وزارة الخارجية" after "وزارة الخارجية الأميركية".)
        let genitive = (!self.norm(a).starts_with("ال")
            && a + 1 < b
            && self.is_word(a + 1)
            && self.norm(a + 1).starts_with("ال")
            && self.mention(a + 1).is_none()
            // ("وكالة الأنباء التركية" is still the Turkish agency named before.)
            && self.norm(a + 1) != "الانباء")
            .then(|| self.norm(a + 1));
        let chain_genitive = (!self.norm(a).starts_with("ال"))
            .then(|| {
                (a + 1..b.min(a + 3))
                    .take_while(|&j| self.is_word(j) && self.mention(j).is_none())
                    .find(|&j| self.norm(j).starts_with("ال"))
            })
            .flatten()
            .filter(|&j| j > a + 1 && self.norm(j) != "الانباء");
        let before = partition_near(self.mentions, self.near.get().mention, |m| {
            m.span.end <= span.start
        });
        let org = self.mentions[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .enumerate()
            .rev()
            .find(|&(k, m)| {
                let k = before.saturating_sub(LOOKBACK) + k;
                m.span.end <= span.start
                    && m.entity.kind() == EntityKind::Organization
                    && qualifying_country.is_none_or(|c| m.entity.country() == Some(c))
                    && self.first_head_is(k, &head)
                    && genitive.is_none_or(|g| {
                        let (ms, me) = self.mtoks[k];
                        ms + 1 < me && self.norm(ms + 1) == g
                    })
                    // (Nor a body of something its name does not name, the genitive that ends
                    // the construct chain: "وزارة خارجية الشمال" is not "وزارة الخارجية
                    // الأمريكية".)
                    && chain_genitive.is_none_or(|j| {
                        let (ms, me) = self.mtoks[k];
                        !self.names_other_body(j, ms, me)
                    })
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
    pub(super) fn heads_government(&self, a: usize, b: usize) -> bool {
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
    pub(super) fn office_holder(
        &self,
        a: usize,
        b: usize,
        span: Span,
        head: &str,
    ) -> Option<&'a Mention> {
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
            ("امير", _) => &["Emir of"],
            ("سلطان", _) => &["Sultan of"],
            ("مرشد", _) => &["Supreme Leader of"],
            // (With the country right after it: "مستشار الأمن القومي" is an adviser.)
            ("مستشار" | "مستشاره", _) => &["Chancellor of"],
            // (The country's leader, whatever the office: "الزعيم الكوري الشمالي" is Kim Jong-un,
            // "الزعيم التركي" Erdogan.)
            ("زعيم", _) => &[
                "President of",
                "Prime Minister of",
                "King of",
                "Emir of",
                "Sultan of",
                "Supreme Leader of",
                "Chancellor of",
            ],
            ("ولي", "العهد") => &["Crown Prince of"],
            _ => return None,
        };
        if (titles.len() > 1 && head != "زعيم")
            || matches!(complement, "الوزراء" | "الحكومه" | "العهد")
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
        // (Or with "former" or "current" after it: "الرئيس الأميركي السابق".)
        let modified =
            end + 1 == b && self.norm(end).starts_with("ال") && is_tenure(self.head(end));
        if end != b && !modified {
            return None;
        }
        // (With no "former", not one whose office ended before the news the gazetteer is
        // about: "رئيس الوزراء اللبناني" is Saad Hariri, not his father named before him.)
        let former = modified && self.head(end) != "حالي";
        let before = partition_near(self.mentions, self.near.get().mention, |m| {
            m.span.end <= span.start
        });
        self.mentions[before.saturating_sub(LOOKBACK)..before]
            .iter()
            .rev()
            .find(|m| {
                m.entity.kind() == EntityKind::Person
                    && m.entity.country() == Some(country.entity.id())
                    && m.entity.roles().iter().any(|r| {
                        titles.iter().any(|t| r.title.starts_with(t))
                            && (former || r.to.is_none_or(|to| to >= crate::gazetteer::CURRENT_ERA))
                    })
            })
    }
    /// Whether the word at `j`, right after a role's head, is a genitive noun naming what the
    /// role heads that the role `rs..re` of a person in apposition does not name: "رئيس
    /// الأكاديمية" is not "الرئيس المصري". (Adjectives and countries do not count: الأممي،
    /// السابق، الأميركي; nor the government's heads, compared apart.)
    fn names_other_body(&self, j: usize, rs: usize, re: usize) -> bool {
        let n = self.norm(j);
        fn bare(w: &str) -> &str {
            let w = w.strip_prefix('و').unwrap_or(w);
            w.strip_prefix("ال").unwrap_or(w)
        }
        self.is_word(j)
            && n.starts_with("ال")
            && self.mention(j).is_none()
            // (An adjective agrees with the head: الأميركي after رئيس, الأميركية after رئيسة;
            // الأكاديمية after رئيس is a noun.)
            && !n.ends_with('ي')
            && !(n.ends_with("يه") && j > 0 && self.norm(j - 1).ends_with('ه'))
            && !is_title_modifier(self.head(j))
            && !is_title_modifier(self.head(j).strip_suffix('ه').unwrap_or(""))
            && !matches!(n, "الوزراء" | "الحكومه")
            && !(rs..re).any(|r| self.is_word(r) && bare(self.norm(r)) == bare(n))
    }
}

/// Whether the words of `from..to` read as indefinite feminine adjectives (one to three, the first
/// ending in ة, the others joined by و): ضخمة، سريعة وقوية.
pub(super) fn feminine_adjectives(ctx: &Ctx<'_>, from: usize, to: usize) -> bool {
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
pub(super) fn names_an_accord(ctx: &Ctx<'_>, j: usize, first: usize) -> bool {
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
pub(super) fn reads_as_predicate(ctx: &Ctx<'_>, first: usize) -> bool {
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
