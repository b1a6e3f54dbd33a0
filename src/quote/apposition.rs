//! Appositions: a role phrase and the name it is in apposition to (المتحدث باسم الخارجية،
//! ماثيو ميلر), found once per article before attribution.

use super::*;

impl<'a> Ctx<'a> {
    /// Finds role phrases in apposition to person mentions.
    pub(super) fn find_appositions(&mut self, sentences: &[Sentence]) {
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
                    // (A group's noun right before the name is in construct with it: in
                    // "المتحدث وفد بومبيو" the name is the delegation's, no spokesman's.)
                    || (i + 1 == role_end
                        && i + 1 == ms
                        && is_collective_in_construct(self.norm(i)))
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
            // A role between commas right after the name: "قال أنطونيو غوتيريش، الأمين العام
            // للأمم المتحدة، إن".
            if let Some(ap) = self.role_after(k) {
                out.push(ap);
            }
            // The phrase must start with a role noun. A name right after a spokesman's "باسم",
            // or after a role that follows it, with no comma, is whom he speaks for: "المتحدثة
            // باسم ميلانيا" is not Melania, and in "المتحدث باسم الرئيس الفلسطيني محمود عباس"
            // the name is the president's. (After a body it is the spokesman's: "الناطق باسم
            // الجبهة الشعبية حمة الهمامي"، "باسم وزارة الخارجية المصرية السفير بدر عبد العاطي".)
            let on_behalf = self.on_behalf(start, role_end).filter(|_| role_end == ms);
            if on_behalf.is_some_and(|(p, _)| p + 1 == role_end) {
                continue;
            }
            let inner = on_behalf.filter(|&(_, role)| role).map(|(p, _)| p + 1);
            let Some(rs) =
                inner.or_else(|| (start..role_end).find(|&i| is_role_head(self.head(i))))
            else {
                continue;
            };
            let role = self.span(rs, role_end);
            let country = self
                .role_country(rs, role_end)
                .or_else(|| m.entity.country().map(String::from));
            out.push(Appos {
                role,
                role_toks: (rs, role_end),
                mention: k,
                country,
            });
        }
        // (In the order of their mentions, which readers search by.)
        debug_assert!(out.windows(2).all(|w| w[0].mention <= w[1].mention));
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
            let country = self.role_country(rs, c1);
            local.push((self.head(rs).to_string(), country, self.span(c1 + 1, j)));
        }
        self.local_names = local;
    }

    /// The country a role phrase over tokens `rs..re` names: a country, or a national body's.
    fn role_country(&self, rs: usize, re: usize) -> Option<String> {
        (rs..re)
            .filter_map(|i| self.mention(i))
            .find_map(|r| match r.entity.kind() {
                EntityKind::Country => Some(r.entity.id().to_string()),
                EntityKind::Organization => r.entity.country().map(String::from),
                _ => None,
            })
    }

    /// The role written between commas right after person mention `k`: a role noun, at most
    /// eight words with no other person, closed by a comma that no name follows (in "استقبل
    /// السيسي، وزير الخارجية الأمريكي، مايك بومبيو" the role is Pompeo's).
    fn role_after(&self, k: usize) -> Option<Appos> {
        let (_, me) = self.mtoks[k];
        let n = self.toks.len();
        let rs = me + 1;
        if rs >= n
            || !is_punct(&self.tokens[me], COMMAS)
            || !self.is_word(rs)
            || self.toks[rs].mention != NONE
            || !is_role_head(self.head(rs))
            || self.is_name_title(rs)
            // (Not a second person joined with و: "ترمب، والزعيم الكوري الشمالي،".)
            || (self.norm(rs).starts_with('و') && self.head(rs) != self.norm(rs))
        {
            return None;
        }
        let person = |i: usize| {
            self.mention(i)
                .is_some_and(|m| m.entity.kind() == EntityKind::Person && m.via != Via::Demonym)
        };
        let mut re = rs + 1;
        while re < n
            && re - rs < 8
            && self.is_word(re)
            && matches!(self.toks[re].cue, None | Some(Cue::Filler))
            && !person(re)
        {
            re += 1;
        }
        if re >= n || !is_punct(&self.tokens[re], COMMAS) {
            return None;
        }
        let next = re + 1;
        let named_next = next < n
            && self.is_word(next)
            && (person(next)
                || first_names().contains_key(self.norm(next))
                || (is_title(self.head(next)) && next + 1 < n && person(next + 1)));
        if named_next {
            return None;
        }
        let country = self
            .role_country(rs, re)
            .or_else(|| self.mentions[k].entity.country().map(String::from));
        Some(Appos {
            role: self.span(rs, re),
            role_toks: (rs, re),
            mention: k,
            country,
        })
    }
}
