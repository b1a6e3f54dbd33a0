//! Matching gazetteer names in text: Aho–Corasick over the matching-normalized text, then word
//! boundaries and proclitics checked on each candidate, longest match first.

use super::entity::{Entity, EntityKind};
use super::snapshot::Reader;
#[cfg(test)]
use super::snapshot::Writer;
use super::trie::{word_hash, FirstWord, Trie};
use crate::clitic::{proclitic_chain, Clitics};
use crate::script::{is_arabic_letter, is_word_char};
use crate::{Error, Normalized, Normalizer, Span};
use std::collections::BTreeMap;
use std::sync::Arc;

/// How a mention designates its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Via {
    /// One of the entity's names or acronyms.
    Name,
    /// A country's capital used as a metonym (واشنطن → United States).
    Capital,
    /// A country's demonym (نظيره السعودي → Saudi Arabia).
    Demonym,
    /// A person's surname or short form, linked because the article names the person in full.
    ShortForm,
}

/// Every [`Via`], in the order snapshots number them.
const VIAS: [Via; 4] = [Via::Name, Via::Capital, Via::Demonym, Via::ShortForm];

impl Via {
    /// The name used in JSON: `name`, `capital`, `demonym`, `short_form`.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Name => "name",
            Via::Capital => "capital",
            Via::Demonym => "demonym",
            Via::ShortForm => "short_form",
        }
    }
}

/// A gazetteer entity found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Mention {
    /// The name as written, without proclitics (`بلينكن` in `وبلينكن`); a demonym keeps its
    /// article (`الأميركي` in `والأميركي`).
    pub span: Span,
    /// The proclitics written before the name in the same word, if any (`و` in `وبلينكن`).
    pub prefix: Option<Span>,
    /// The entity.
    pub entity: Arc<Entity>,
    /// How the text designates it.
    pub via: Via,
}

/// A short form that fits several people named in full (or none): left unlinked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Unlinked {
    /// The short form as written.
    pub span: Span,
    /// The people it could designate.
    pub candidates: Vec<Arc<Entity>>,
}

/// The result of matching a gazetteer against a text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Matches {
    /// Linked mentions in text order, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Short forms left unlinked, in text order.
    pub unlinked: Vec<Unlinked>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Target {
    entity: u32,
    via: Via,
    /// The name starts with ال and is written here without its alef, after the preposition ل
    /// (للاتحاد الأوروبي).
    lam_elided: bool,
    /// A form that names the entity only in a text that names its country (`contextual_ar`).
    contextual: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct PatternInfo {
    /// Candidates, best first (Name, Capital, Demonym, ShortForm; then country, organization,
    /// person; then gazetteer order).
    targets: Vec<Target>,
    /// The pattern has no Arabic letter: no proclitics, Latin word boundaries.
    latin: bool,
    /// An all-capitals acronym (US, NATO): matched only in capitals.
    upper: bool,
    /// A block phrase (ريال مدريد): it wins like a name, then is dropped with what it covers.
    block: bool,
    /// The form is also a demonym (السوداني): a surname that may not stand alone.
    demonym_like: bool,
}

/// The automaton and what each pattern stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Matcher {
    trie: Trie,
    patterns: Vec<PatternInfo>,
    /// Per entity: a leader whose surname alone designates them (heads of state and government,
    /// foreign ministers, UN secretaries-general).
    standalone: Vec<bool>,
    /// Cities spelled like another country's name or capital (matching-normalized), with the
    /// country they are in: طرابلس → Lebanon (see [`resolve_shared_names`]).
    homonyms: crate::hash::WordMap<String, u32>,
    /// [`is_word_char`] of each char U+0600..U+06FF.
    arabic_word: [bool; 256],
}

/// Whether a person's roles make their surname alone a reference in the news.
pub(crate) fn is_leader(e: &Entity) -> bool {
    const TITLES: &[&str] = &[
        "President",
        "Prime Minister",
        "King",
        "Emir",
        "Supreme Leader",
        "Crown Prince",
        "Sultan",
        "Chancellor",
        "Secretary-General",
        "Secretary General",
        "Secretary of State",
        "Foreign Minister",
    ];
    e.kind == EntityKind::Person
        && e.roles.iter().any(|r| {
            TITLES.iter().any(|t| r.title.contains(t))
                && !r.title.contains("Vice")
                && !r.title.contains("Deputy")
                && !r.title.contains("Assistant")
        })
}

/// The forms `s` is matched by: matching-normalized, spaces collapsed.
pub(crate) fn match_form(s: &str) -> String {
    let n = Normalizer::matching().normalize(s);
    n.as_str().split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Matcher {
    pub(crate) fn build(entities: &[Arc<Entity>], blocks: &[&str]) -> Result<Matcher, Error> {
        let mut index: crate::hash::WordMap<String, usize> = Default::default();
        let mut strings: Vec<String> = Vec::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        let mut add = |form: &str, entity: usize, via: Via, contextual: bool| {
            let latin = !form.chars().any(is_arabic_letter);
            let norm = match_form(form);
            if norm.chars().count() < 2 {
                return;
            }
            let upper = latin
                && form.chars().any(|c| c.is_ascii_uppercase())
                && !form.chars().any(|c| c.is_lowercase())
                && form.chars().filter(|c| c.is_alphabetic()).count() <= 6;
            let mut push = |s: String, lam_elided: bool| {
                let k = *index.entry(s.clone()).or_insert_with(|| {
                    strings.push(s);
                    patterns.push(PatternInfo {
                        targets: Vec::new(),
                        latin,
                        upper,
                        block: false,
                        demonym_like: false,
                    });
                    patterns.len() - 1
                });
                let t = Target {
                    entity: entity as u32,
                    via,
                    lam_elided,
                    contextual,
                };
                let p = &mut patterns[k];
                p.upper &= upper;
                if !p.targets.contains(&t) {
                    p.targets.push(t);
                }
            };
            if !latin {
                if let Some(rest) = norm.strip_prefix("ال") {
                    if rest.chars().count() >= 2 {
                        push(format!("ل{rest}"), true);
                    }
                }
            }
            push(norm, false);
        };
        for (i, e) in entities.iter().enumerate() {
            // (A form listed as contextual is contextual wherever else it is listed.)
            let contextual = |form: &str| e.contextual_ar.iter().any(|c| c == form);
            for name in [&e.name_ar, &e.name_en]
                .into_iter()
                .chain(&e.variants_ar)
                .chain(&e.variants_en)
                .filter(|n| !contextual(n))
            {
                add(name, i, Via::Name, false);
            }
            for name in &e.contextual_ar {
                add(name, i, Via::Name, true);
            }
            for s in e.short_ar.iter().chain(&e.short_en) {
                add(s, i, Via::ShortForm, false);
            }
            for d in &e.demonyms_ar {
                add(d, i, Via::Demonym, false);
                // Two-word demonyms take the article on the later words too: (ال)كوري الشمالي.
                let words: Vec<&str> = d.split_whitespace().collect();
                if words.len() > 1 {
                    let with_al: Vec<String> = words
                        .iter()
                        .enumerate()
                        .map(|(k, w)| {
                            if k == 0 {
                                w.to_string()
                            } else {
                                format!("ال{w}")
                            }
                        })
                        .collect();
                    add(&with_al.join(" "), i, Via::Demonym, false);
                }
            }
            for d in &e.demonyms_en {
                add(d, i, Via::Demonym, false);
            }
            for c in e.capital_ar.iter().chain(&e.capital_en) {
                add(c, i, Via::Capital, false);
            }
        }
        for form in blocks {
            let norm = match_form(form);
            if norm.chars().count() < 2 {
                continue;
            }
            let k = *index.entry(norm.clone()).or_insert_with(|| {
                strings.push(norm);
                patterns.push(PatternInfo {
                    targets: Vec::new(),
                    latin: !form.chars().any(is_arabic_letter),
                    upper: false,
                    block: false,
                    demonym_like: false,
                });
                patterns.len() - 1
            });
            patterns[k].block = true;
        }
        // Surnames that read as a demonym with its article (السوداني) never stand alone.
        let demonyms: std::collections::HashSet<String> = patterns
            .iter()
            .zip(&strings)
            .filter(|(p, _)| p.targets.iter().any(|t| t.via == Via::Demonym))
            .map(|(_, s)| s.clone())
            .collect();
        for (p, s) in patterns.iter_mut().zip(&strings) {
            let bare = s.strip_prefix("ال").unwrap_or(s);
            p.demonym_like = demonyms.contains(bare) || demonyms.contains(s.as_str());
        }
        for p in &mut patterns {
            p.targets.sort_by_key(|t| {
                let e = &entities[t.entity as usize];
                (t.via, e.kind, t.entity)
            });
        }
        let trie = Trie::new(&strings);
        Ok(Matcher::assemble(entities, trie, patterns))
    }

    /// The matcher of a trie and its patterns, with what derives from the entities.
    fn assemble(entities: &[Arc<Entity>], trie: Trie, patterns: Vec<PatternInfo>) -> Matcher {
        // (A surname must also be unique to stand alone: checked per match.)
        let standalone = entities.iter().map(|e| is_leader(e)).collect();
        let homonyms = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.homonyms_ar.iter().map(move |h| (match_form(h), i as u32)))
            .collect();
        Matcher {
            trie,
            patterns,
            standalone,
            homonyms,
            arabic_word: std::array::from_fn(|k| {
                char::from_u32(0x0600 + k as u32).is_some_and(is_word_char)
            }),
        }
    }

    #[cfg(test)]
    /// Writes the matcher to a snapshot (see [`super::snapshot`]).
    pub(crate) fn write_snapshot(&self, w: &mut Writer) {
        self.trie.write_snapshot(w);
        w.varint(self.patterns.len() as u64);
        for p in &self.patterns {
            let flags = p.latin as u64
                | (p.upper as u64) << 1
                | (p.block as u64) << 2
                | (p.demonym_like as u64) << 3;
            w.varint(flags);
            w.varint(p.targets.len() as u64);
            for t in &p.targets {
                w.varint(t.entity as u64);
                w.varint(VIAS.iter().position(|&v| v == t.via).unwrap_or(0) as u64);
                w.varint(t.lam_elided as u64 | (t.contextual as u64) << 1);
            }
        }
    }

    /// Reads a matcher for `entities` written by `Self::write_snapshot`; `None` if it does not
    /// decode or does not fit the entities.
    pub(crate) fn read_snapshot(entities: &[Arc<Entity>], r: &mut Reader<'_>) -> Option<Matcher> {
        let trie = Trie::read_snapshot(r)?;
        let n = r.len()?;
        let mut patterns = Vec::with_capacity(n);
        for _ in 0..n {
            let flags = r.varint()?;
            let count = r.len()?;
            let mut targets = Vec::with_capacity(count);
            for _ in 0..count {
                let entity = r.u32()?;
                let via = *VIAS.get(usize::try_from(r.varint()?).ok()?)?;
                let bits = r.varint()?;
                if entity as usize >= entities.len() || bits > 3 {
                    return None;
                }
                targets.push(Target {
                    entity,
                    via,
                    lam_elided: bits & 1 != 0,
                    contextual: bits & 2 != 0,
                });
            }
            patterns.push(PatternInfo {
                targets,
                latin: flags & 1 != 0,
                upper: flags & 2 != 0,
                block: flags & 4 != 0,
                demonym_like: flags & 8 != 0,
            });
        }
        let fits = r.is_done()
            && trie
                .max_form()
                .is_none_or(|m| (m as usize) < patterns.len());
        fits.then(|| Matcher::assemble(entities, trie, patterns))
    }

    /// Whether the two-byte char `lead second` (lead byte D8–DB: Arabic letters and marks, the
    /// second byte saying which) is a word char.
    #[inline(always)]
    fn arabic_word_char(&self, lead: u8, second: u8) -> bool {
        self.arabic_word[(((lead & 3) as usize) << 6) | (second & 0x3F) as usize]
    }

    /// Whether the char at byte `i` of `text` is a word char, and its length in bytes.
    #[inline(always)]
    fn word_char_at(&self, text: &str, i: usize) -> (bool, usize) {
        let b = text.as_bytes();
        let lead = b[i];
        if lead < 0x80 {
            (ASCII_WORD[lead as usize], 1)
        } else if (0xD8..=0xDB).contains(&lead) && i + 1 < b.len() {
            (self.arabic_word_char(lead, b[i + 1]), 2)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (is_word_char(c), c.len_utf8())
        }
    }

    /// Number of distinct patterns in the automaton.
    pub(crate) fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The candidate for pattern `pid` matched at `start..end` of the normalized `text` (in the word
    /// starting at `word_start`), if the match ends on a word boundary after an allowed proclitic
    /// chain.
    fn consider(
        &self,
        text: &str,
        word_start: usize,
        start: usize,
        end: usize,
        pid: usize,
        shorts: &mut Vec<u32>,
    ) -> Option<Candidate> {
        let info = &self.patterns[pid];
        if text[end..].chars().next().is_some_and(is_word_char) {
            return None;
        }
        if info.upper && text[start..end].chars().any(|c| c.is_lowercase()) {
            return None;
        }
        if info.latin && inside_link(text, start, end) {
            return None;
        }
        // Proclitic chains are at most four letters (وبال، ولل): clitic offsets lie no further in.
        let chain = if word_start == start {
            Some(Clitics::default())
        } else if info.latin {
            None
        } else {
            proclitic_chain(&text[word_start..start])
        };
        let chain = chain?;
        // "السياسة الخارجية الأميركية" is American foreign policy: after a definite noun the
        // ministry's elliptic name reads as an adjective (the demonym after it stays one).
        if word_start == start && ministry_adjective(text, start) {
            return None;
        }
        // A word that is itself a given name is no clitic chain before a name: كلاوس is Klaus, not
        // ك + لاوس (Laos).
        if word_start != start && is_given_name(&text[word_start..end]) {
            return None;
        }
        // No conjunction follows a preposition: "في فارنا" is Varna, not ف + إرنا (IRNA).
        if chain.conjunction().is_some() && after_preposition(text, word_start) {
            return None;
        }
        if info.block {
            if chain.has_article() {
                return None;
            }
            return Some(Candidate {
                start,
                end,
                name_start: start,
                word_start,
                target: Target {
                    entity: u32::MAX,
                    via: Via::Name,
                    lam_elided: false,
                    contextual: false,
                },
                short: 0..0,
                block: true,
                demonym_like: false,
                capital_of_another: None,
            });
        }
        let fits = |t: &Target| {
            if t.lam_elided {
                chain.preposition() == Some('ل') && !chain.has_article()
            } else {
                !chain.has_article() || t.via == Via::Demonym
            }
        };
        let mut admissible = info.targets.iter().copied().filter(fits);
        let first = admissible.next()?;
        // A name that is also another country's capital (عمان: Oman, or Amman): resolved by the
        // rest of the article once every mention is known.
        let capital_of_another = if first.via == Via::Name && info.targets.len() > 1 {
            info.targets
                .iter()
                .copied()
                .filter(fits)
                .find(|t| t.via == Via::Capital && t.entity != first.entity)
        } else {
            None
        };
        let short = if first.via == Via::ShortForm {
            let from = shorts.len();
            shorts.extend(
                std::iter::once(first)
                    .chain(admissible)
                    .filter(|t| t.via == Via::ShortForm)
                    .map(|t| t.entity),
            );
            from..shorts.len()
        } else if first.contextual {
            // The bodies this contextual form may name, one per country: the text's countries
            // choose among them (الحرس الوطني in Tunisian news is Tunisia's).
            let from = shorts.len();
            shorts.extend(
                info.targets
                    .iter()
                    .filter(|t| fits(t) && t.via == Via::Name && t.contextual)
                    .map(|t| t.entity),
            );
            from..shorts.len()
        } else {
            0..0
        };
        // A demonym's article belongs to the adjective: the span is الأميركي, the prefix و.
        let name_start = if chain.has_article() && first.via == Via::Demonym {
            let prefix = &text[word_start..start];
            start - if prefix.ends_with("ال") { 4 } else { 2 }
        } else {
            start
        };
        Some(Candidate {
            start,
            end,
            name_start,
            word_start,
            target: first,
            short,
            block: false,
            demonym_like: info.demonym_like,
            capital_of_another,
        })
    }

    /// Walks on from each first-word hit of a word, given the hash of the next word (`None` at the
    /// end of the text), and keeps the longest admissible form found from each.
    fn walk_hits(
        &self,
        text: &str,
        hits: &[(usize, usize, usize, u64, FirstWord)],
        next: Option<u64>,
        cands: &mut Vec<Candidate>,
        shorts: &mut Vec<u32>,
    ) {
        let mut found: [(usize, usize); 16] = [(0, 0); 16];
        for &(ws, o, we, h, first) in hits {
            let mut n = 0;
            if first.always || next.is_some_and(|next| self.trie.may_continue(h, next)) {
                self.trie.walk_from(text, first.node, we, |end, id| {
                    // Forms nest at most a few deep; keep the longest 16.
                    if n == found.len() {
                        found.copy_within(1.., 0);
                        n -= 1;
                    }
                    found[n] = (end, id);
                    n += 1;
                });
            } else if let Some(id) = first.form {
                found[0] = (we, id);
                n = 1;
            }
            // Longest first; a rejected match (mid-word end, wrong chain) yields to a shorter.
            for &(end, id) in found[..n].iter().rev() {
                if let Some(c) = self.consider(text, ws, o, end, id, shorts) {
                    cands.push(c);
                    break;
                }
            }
        }
    }

    /// Finds mentions in `norm` (the matching normalization of the text).
    pub(crate) fn find(&self, entities: &[Arc<Entity>], norm: &Normalized<'_>) -> Matches {
        let text = norm.as_str();
        // (normalized start, end, prefix start, pattern, chosen target or short-form candidates)
        let mut cands = crate::scratch::take(&CANDIDATES);
        // The people of the candidates' short forms, one list for all (see `Candidate::short`).
        let mut shorts = crate::scratch::take(&SHORTS);
        // Names start at a word start or right after a proclitic chain: one anchored,
        // longest-first search at each such offset, retried shorter while the match is rejected.
        let bytes = text.as_bytes();
        // The previous word's first-word hits, walked on once the next word is known:
        // (word start, offset, word end, hash of text[offset..end], first word).
        let mut hits: Vec<(usize, usize, usize, u64, FirstWord)> = Vec::new();
        let mut next_hits = Vec::new();
        let mut i = 0;
        let len = bytes.len();
        loop {
            // Skip to the next word, then to its end, a char at a time without decoding Arabic.
            while i < len {
                let (word, n) = self.word_char_at(text, i);
                if word {
                    break;
                }
                i += n;
            }
            if i >= len {
                self.walk_hits(text, &hits, None, &mut cands, &mut shorts);
                break;
            }
            let ws = i;
            let mut upper = false;
            while i < len {
                let b = bytes[i];
                if b < 0x80 {
                    if !ASCII_WORD[b as usize] {
                        break;
                    }
                    upper |= b.is_ascii_uppercase();
                    i += 1;
                } else if (0xD8..=0xDB).contains(&b) && i + 1 < len {
                    if !self.arabic_word_char(b, bytes[i + 1]) {
                        break;
                    }
                    i += 2;
                } else {
                    let (word, n) = self.word_char_at(text, i);
                    if !word {
                        break;
                    }
                    i += n;
                }
            }
            let mut starts = clitic_starts(&bytes[ws..i]);
            let mut whole = None;
            next_hits.clear();
            while starts != 0 {
                let o = ws + 2 * starts.trailing_zeros() as usize;
                starts &= starts - 1;
                // A form starts here only if its first word is the rest of this word.
                let rest = &bytes[o..i];
                let (h, first) = if !upper {
                    let h = word_hash(rest);
                    (h, self.trie.first_word(h, rest))
                } else if rest.len() <= 64 {
                    let mut folded = [0u8; 64];
                    let key = &mut folded[..rest.len()];
                    key.copy_from_slice(rest);
                    key.make_ascii_lowercase();
                    let h = word_hash(key);
                    (h, self.trie.first_word(h, key))
                } else {
                    // A capitalized Latin word over 64 bytes: walked from the root.
                    let node = self.trie.after_prefix(text, o, i);
                    (
                        0,
                        node.map(|node| FirstWord {
                            node,
                            always: true,
                            form: None,
                        }),
                    )
                };
                if o == ws {
                    whole = Some(h);
                }
                if let Some(first) = first {
                    next_hits.push((ws, o, i, h, first));
                }
            }
            if !hits.is_empty() {
                self.walk_hits(text, &hits, whole, &mut cands, &mut shorts);
            }
            std::mem::swap(&mut hits, &mut next_hits);
        }
        // A surname that reads as a demonym with its article (السوداني) is the demonym unless its
        // person is named in full somewhere: then only does the surname compete for the span.
        if cands
            .iter()
            .any(|c| c.demonym_like && c.target.via == Via::ShortForm)
        {
            let named: std::collections::HashSet<u32> = cands
                .iter()
                .filter(|c| c.target.via == Via::Name && !c.block)
                .map(|c| c.target.entity)
                .collect();
            cands.retain(|c| {
                !(c.demonym_like
                    && c.target.via == Via::ShortForm
                    && !shorts[c.short.clone()].iter().any(|e| named.contains(e)))
            });
        }
        // Longest first, then earliest, then the fixed priority of the target. Candidates come in
        // order of start, and only overlapping ones compete: the greedy choice runs per group of
        // overlapping candidates (usually one), so no sort spans the whole text.
        debug_assert!(cands.windows(2).all(|w| w[0].start <= w[1].start));
        let order = |a: &&Candidate, b: &&Candidate| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(a.start.cmp(&b.start))
                .then(b.block.cmp(&a.block))
                .then_with(|| priority(entities, &a.target).cmp(&priority(entities, &b.target)))
        };
        // The chosen candidates' indices, in a list the thread reuses (as long as the text's
        // candidates: a fresh one would be new memory on every long text).
        let mut chosen: Vec<u32> = crate::scratch::take(&CHOSEN);
        chosen.reserve(cands.len());
        let mut group: Vec<u32> = Vec::new();
        let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
        let mut i = 0;
        while i < cands.len() {
            let mut j = i + 1;
            let mut end = cands[i].end;
            while j < cands.len() && cands[j].start < end {
                end = end.max(cands[j].end);
                j += 1;
            }
            if j == i + 1 {
                chosen.push(i as u32);
            } else {
                group.clear();
                group.extend(i as u32..j as u32);
                group.sort_by(|&a, &b| order(&&cands[a as usize], &&cands[b as usize]));
                taken.clear();
                let from = chosen.len();
                for &k in &group {
                    let c = &cands[k as usize];
                    let before = taken.range(..c.end).next_back();
                    if before.is_some_and(|(_, &e)| e > c.start) {
                        continue;
                    }
                    taken.insert(c.start, c.end);
                    chosen.push(k);
                }
                chosen[from..].sort_by_key(|&k| cands[k as usize].start);
            }
            i = j;
        }
        // People named in full (by a Name) anywhere in the text.
        chosen.retain(|&k| !cands[k as usize].block);
        let named: std::collections::HashSet<u32> = chosen
            .iter()
            .map(|&k| &cands[k as usize])
            .filter(|c| c.target.via == Via::Name)
            .map(|c| c.target.entity)
            .collect();
        // The countries the text names, by themselves or through their people and bodies: a
        // leader's surname stands alone only in news about their country (الشاهد is Youssef
        // Chahed in Tunisian news, a witness elsewhere), and a contextual form names the body of
        // such a country. (Only looked for when a candidate needs them.)
        let needs_places = chosen.iter().any(|&k| {
            let c = &cands[k as usize];
            c.target.contextual
                || c.target.via == Via::ShortForm
                    && shorts[c.short.clone()]
                        .iter()
                        .any(|&e| self.standalone[e as usize])
        });
        // (A handful per article: a sorted list, no hashing.)
        let mut places: Vec<&str> = Vec::new();
        if needs_places {
            places.extend(
                chosen
                    .iter()
                    .map(|&k| &cands[k as usize])
                    .filter(|c| c.target.via != Via::ShortForm && !c.target.contextual)
                    .map(|c| &entities[c.target.entity as usize])
                    .filter_map(|e| match e.kind {
                        EntityKind::Country => Some(e.id()),
                        _ => e.country(),
                    }),
            );
            places.sort_unstable();
            places.dedup();
        }
        // Whether an entity has no country or one the text names.
        let at_home = |e: u32| {
            entities[e as usize]
                .country()
                .is_none_or(|home| places.binary_search(&home).is_ok())
        };
        let mut out = Matches {
            mentions: crate::scratch::take_for(&MENTIONS, chosen.len()),
            unlinked: crate::scratch::take_for(&UNLINKED, chosen.len()),
        };
        // Reserved once, for the most each list can take, instead of regrown.
        out.mentions.reserve(chosen.len());
        out.unlinked.reserve(
            chosen
                .iter()
                .filter(|&&k| cands[k as usize].target.via == Via::ShortForm)
                .count(),
        );
        // Mentions of a name that is also another country's capital: (index, that country).
        let mut shared: Vec<(usize, u32, Shared)> = Vec::new();
        // Candidates come in text order: the offset map is searched on from the last answer.
        let mut near = 0;
        let mut fits: Vec<u32> = Vec::new();
        // Names that are also everyday words after ب (see `EVERYDAY_AFTER_BEH`) count there only
        // in news that names the entity without ب or names one of the table's countries.
        let named_plainly = |entity: u32, countries: &[&str]| {
            chosen.iter().map(|&k| &cands[k as usize]).any(|c| {
                let e = &entities[c.target.entity as usize];
                c.target.via != Via::ShortForm
                    && !c.block
                    && if c.target.entity == entity {
                        c.word_start == c.name_start
                    } else {
                        countries.contains(&e.country().unwrap_or(e.id()))
                    }
            })
        };
        for (n, c) in chosen.iter().map(|&k| &cands[k as usize]).enumerate() {
            if c.word_start < c.name_start && text[c.word_start..c.name_start].ends_with('ب') {
                let everyday = EVERYDAY_AFTER_BEH
                    .iter()
                    .find(|(form, _)| *form == &text[c.start..c.end]);
                if everyday.is_some_and(|(_, countries)| !named_plainly(c.target.entity, countries))
                {
                    continue;
                }
            }
            // A person's name inside another's (الأمير سلطان بن سلمان بن عبدالعزيز), inside a
            // place's (مستشفى الملك سلمان، جامعة الملك سعود) or before "junior" (ترامب الابن) is no
            // mention of that person.
            if entities
                .get(c.target.entity as usize)
                .is_some_and(|e| e.kind == EntityKind::Person)
                && matches!(c.target.via, Via::Name | Via::ShortForm)
                && (in_patronymic(text, c.word_start)
                    || in_place_name(text, c.word_start)
                    || before_junior(text, c.end))
            {
                continue;
            }
            let prefix = (c.word_start < c.name_start)
                .then(|| norm.original_span_near(&mut near, c.word_start..c.name_start));
            let span = norm.original_span_near(&mut near, c.name_start..c.end);
            // (A proclitic and the name may share one original char — the ligature ﻻ is ل + ا —
            // and then the span has it and there is no separate prefix.)
            let prefix = prefix.filter(|p| p.end <= span.start);
            // "اليمنى" with the alef maksura is "right" (اليد اليمنى، الجهة اليمنى): the feminine
            // of أيمن, which matching folds onto اليمني (Yemeni).
            if c.target.via == Via::Demonym && span.slice(norm.original()).ends_with("منى") {
                continue;
            }
            let (entity, via) = if c.target.via == Via::ShortForm {
                let short = &shorts[c.short.clone()];
                fits.clear();
                fits.extend(short.iter().copied().filter(|e| named.contains(e)));
                // A leader's surname stands alone when no one else has it (ترامب، بوتين).
                // After another first name the surname is someone else's full name ("عصام
                // البديوي" is not Jasem Albudaiwi): neither a mention nor a short form.
                // Even when such a person is named in full, a first name that is none of theirs
                // makes it someone else: "خالد الفيصل" is not Saud al-Faisal.
                if after_first_name(text, c.word_start)
                    && (fits.is_empty()
                        || fits
                            .iter()
                            .all(|&e| !has_first_name(&entities[e as usize], text, c.word_start)))
                {
                    continue;
                }
                // A surname that is also a given name, followed by a family name of the ال…ي
                // shape, is someone's given name: "صالح العنزي" is not Ali Abdullah Saleh.
                if is_given_name(&text[c.start..c.end]) && before_family_name(text, c.end) {
                    continue;
                }
                if fits.is_empty()
                    && short.len() == 1
                    && !c.demonym_like
                    && self.standalone[short[0] as usize]
                    // (A short one only where the words around it make it the leader's:
                    // "قوات صالح"، "الحوثي وصالح".)
                    && (text[c.start..c.end].chars().count() >= 5
                        || leaders_context(text, c.word_start))
                    // (Unless it is also a given name or an everyday word, when only a title
                    // before it makes it the leader: "الملك سلمان", not "وقالت ميشيل" of
                    // Michelle Obama, nor "دور رئيسي".)
                    && (!(is_given_name(&text[c.start..c.end])
                        || COMMON_WORD_SURNAMES.contains(&&text[c.start..c.end]))
                        || after_title(text, c.word_start)
                        || leaders_context(text, c.word_start))
                    && at_home(short[0])
                    && !nisba_adjective(text, c.word_start, &text[c.start..c.end])
                {
                    fits.push(short[0]);
                }
                if fits.len() != 1 {
                    out.unlinked.push(Unlinked {
                        span,
                        candidates: short
                            .iter()
                            .map(|&e| entities[e as usize].clone())
                            .collect(),
                    });
                    continue;
                }
                (fits[0], Via::ShortForm)
            } else if c.target.contextual {
                // A body several countries have: the one of the country a demonym right after it
                // names ("حزب العمال البرازيلي" is Brazil's, no body the gazetteer has), else of
                // a country the text names, if any.
                let demonym = chosen
                    .get(n + 1)
                    .map(|&k| &cands[k as usize])
                    .filter(|d| {
                        d.target.via == Via::Demonym
                            && d.word_start > c.end
                            && text[c.end..d.word_start].chars().all(|ch| ch == ' ')
                    })
                    .map(|d| entities[d.target.entity as usize].id());
                let mut bodies = shorts[c.short.clone()].iter().copied();
                let body = match demonym {
                    Some(country) => {
                        bodies.find(|&e| entities[e as usize].country() == Some(country))
                    }
                    None => bodies.find(|&e| at_home(e)),
                };
                match body {
                    Some(e) => (e, Via::Name),
                    None => continue,
                }
            } else if c.target.via == Via::Name
                && c.word_start == c.name_start
                && ADJECTIVE_NAMES.contains(&&text[c.start..c.end])
                && after_indefinite_masculine(text, c.word_start)
            {
                // "حصل على مقابل مالي": after an indefinite masculine noun مالي is "financial".
                continue;
            } else if c.target.via == Via::Name
                && entities[c.target.entity as usize].kind == EntityKind::Country
                && c.word_start == c.start
                && word_before_after_and(text, c.word_start).is_some_and(|w| {
                    matches!(
                        w,
                        "شركه"
                            | "لشركه"
                            | "بشركه"
                            | "فريق"
                            | "لفريق"
                            | "نادي"
                            | "لنادي"
                            | "شارع"
                            | "بشارع"
                            | "لشارع"
                            | "ميدان"
                            | "بميدان"
                            | "مستشفي"
                            | "بمستشفي"
                            | "مدرسه"
                            | "دوار"
                    )
                })
            {
                // "شركة قطر للغاز"، "فريق قطر القطري"، "شارع الأردن": a company, a club, a street
                // or a hospital named after the country, not the country.
                continue;
            } else if c.target.via == Via::Demonym
                && (c.word_start == c.start || matches!(&text[c.word_start..c.start], "و" | "ف"))
                && !text[c.start..c.end].starts_with("ال")
                && demonym_as_given_name(text, c.word_start, c.end)
            {
                // "الأمير تركي بن محمد"، "تركي آل الشيخ"، "وتركي الميزاني" in a list of names: a
                // given name, not "Turkish".
                continue;
            } else if c.target.via == Via::Demonym
                && c.word_start == c.name_start
                && nisba_family_name(text, c.word_start, c.end)
            {
                // "الكابتن خليل المصري": a family name after a given name, not "Egyptian".
                continue;
            } else if c.target.via == Via::Name
                && c.demonym_like
                && entities[c.target.entity as usize].kind == EntityKind::Country
                && after_definite_feminine(text, c.word_start)
            {
                // "العائلة المالكة السعودية": after a definite feminine noun السعودية is the
                // adjective, not the country's name.
                (c.target.entity, Via::Demonym)
            } else {
                (c.target.entity, c.target.via)
            };
            // (Written with its shadda, عمّان is the capital, whatever the rest says.)
            let (entity, via) = match c.capital_of_another.filter(|_| via == Via::Name) {
                Some(alt) if span.slice(norm.original()).contains('\u{651}') => {
                    (alt.entity, Via::Capital)
                }
                _ => (entity, via),
            };
            if let Some(alt) = c.capital_of_another.filter(|_| via == Via::Name) {
                shared.push((out.mentions.len(), alt.entity, Shared::Capital));
            } else if matches!(via, Via::Name | Via::Capital)
                && entities[entity as usize].kind == EntityKind::Country
            {
                let city = self.homonyms.get(&text[c.start..c.end]);
                if let Some(&city) = city.filter(|&&city| city != entity) {
                    shared.push((out.mentions.len(), city, Shared::City));
                }
            }
            out.mentions.push(Mention {
                span,
                prefix,
                entity: entities[entity as usize].clone(),
                via,
            });
        }
        resolve_shared_names(entities, &mut out.mentions, &shared);
        crate::scratch::give_back(&CHOSEN, chosen);
        crate::scratch::give_back(&SHORTS, shorts);
        crate::scratch::give_back(&CANDIDATES, cands);
        out
    }
}

impl Matcher {
    /// Outlets named in quotation marks after their noun, which the gazetteer writes together:
    /// `قناة "العربية"`، `صحيفة «الشرق الأوسط»`. The name alone is often no form (العربية is
    /// "Arabic"), and the marks break the form: each open mark right after such a noun (`marks`:
    /// the text's quotation marks, in order) is read with the noun and the words up to the next
    /// mark as one form, and a match gives a mention of the quoted name as written. `mentions`
    /// stays in text order; a name the search found already keeps its mention, and a demonym
    /// after the marks naming another country blocks the match (صحيفة "النهار" الجزائرية).
    #[inline(never)]
    pub(crate) fn quoted_outlets(
        &self,
        entities: &[Arc<Entity>],
        text: &str,
        marks: &[Span],
        mentions: &mut Vec<Mention>,
    ) {
        let mut noun = String::new();
        let mut key = String::new();
        for (k, open) in marks.iter().enumerate() {
            // An open mark and the next mark closing.
            let Some(close) = marks.get(k + 1) else {
                break;
            };
            if !matches!(open.slice(text), "\"" | "«" | "“")
                || !matches!(close.slice(text), "\"" | "»" | "”")
            {
                continue;
            }
            // The noun right before, a space apart, with a proclitic or none: لقناة، بصحيفة.
            // (Cheap tests first: the nouns end in ة، ع or ن, ة perhaps written ه.)
            let Some(before) = text[..open.start]
                .strip_suffix(char::is_whitespace)
                .and_then(|t| t.rsplit(char::is_whitespace).next())
                .filter(|w| w.ends_with(['ة', 'ه', 'ع', 'ن']))
            else {
                continue;
            };
            noun.clear();
            Normalizer::matching().normalize_into(before, &mut noun);
            let Some(media) = ["", "و", "ل", "ب", "ول", "وب"]
                .iter()
                .filter_map(|p| noun.strip_prefix(p))
                .find(|n| crate::quote::is_outlet_noun(n))
            else {
                continue;
            };
            // A name of one to four words, right inside the marks.
            // (Blanks inside the marks stay outside the name: «\u{a0}سبق».)
            let inside = &text[open.end..close.start];
            let name = inside.trim();
            let start = open.end + (inside.len() - inside.trim_start().len());
            if name.is_empty()
                || name.split_whitespace().count() > 4
                || !name.chars().all(|c| c.is_whitespace() || is_word_char(c))
            {
                continue;
            }
            let span = Span::new(start, start + name.len());
            key.clear();
            key.push_str(media);
            for w in name.split_whitespace() {
                key.push(' ');
                Normalizer::matching().normalize_into(w, &mut key);
            }
            let Some(pattern) = self
                .trie
                .after_prefix(&key, 0, key.len())
                .and_then(|node| self.trie.form_at(node))
            else {
                continue;
            };
            let Some(target) = self.patterns[pattern].targets.iter().find(|t| {
                t.via == Via::Name
                    && !t.contextual
                    && !t.lam_elided
                    && entities[t.entity as usize].kind == EntityKind::Organization
            }) else {
                continue;
            };
            let at = mentions.partition_point(|m| m.span.start < span.start);
            let overlaps = |m: &Mention| m.span.start < span.end && span.start < m.span.end;
            if at > 0 && overlaps(&mentions[at - 1]) || mentions.get(at).is_some_and(overlaps) {
                continue;
            }
            let entity = &entities[target.entity as usize];
            let elsewhere = mentions.get(at).is_some_and(|m| {
                m.via == Via::Demonym
                    && m.span.start - span.end <= 4
                    && entity.country().is_some_and(|c| c != m.entity.id())
            });
            if elsewhere {
                continue;
            }
            mentions.insert(
                at,
                Mention {
                    span,
                    prefix: None,
                    entity: entity.clone(),
                    via: Via::Name,
                },
            );
        }
    }
}

thread_local! {
    /// The mention list of the last article dropped on this thread (see [`crate::scratch`]).
    pub(crate) static MENTIONS: std::cell::Cell<Vec<Mention>> =
        const { std::cell::Cell::new(Vec::new()) };
    /// The unlinked short forms of the last article dropped on this thread.
    pub(crate) static UNLINKED: std::cell::Cell<Vec<Unlinked>> =
        const { std::cell::Cell::new(Vec::new()) };
}

thread_local! {
    /// The candidates of the last search on this thread, for the next (see [`crate::scratch`]).
    static CANDIDATES: std::cell::Cell<Vec<Candidate>> = const { std::cell::Cell::new(Vec::new()) };
    /// The short forms' people of the last search on this thread.
    static SHORTS: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
    /// The indices of the candidates chosen in the last search on this thread.
    static CHOSEN: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
}

struct Candidate {
    start: usize,
    end: usize,
    /// Where the mention's span starts: `start`, or the article of a demonym.
    name_start: usize,
    word_start: usize,
    target: Target,
    /// The short form's people: a range of the search's list of them.
    short: std::ops::Range<usize>,
    block: bool,
    demonym_like: bool,
    /// Another country whose capital is spelled like this name (see [`resolve_shared_names`]).
    capital_of_another: Option<Target>,
}

fn priority(entities: &[Arc<Entity>], t: &Target) -> (Via, EntityKind, u32) {
    let kind = entities
        .get(t.entity as usize)
        .map_or(EntityKind::Country, |e| e.kind);
    (t.via, kind, t.entity)
}

/// ASCII word chars: letters, digits and `_`.
const ASCII_WORD: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// Where in `word` a name may start, as a bit set: bit k for byte offset 2k. The word start, and
/// after each proclitic chain the word begins with — conjunction و/ف, then preposition ب/ك/ل,
/// then article ال (written ل after the preposition ل) — when two chars remain. Chains are at
/// most four letters (وبال، ولل), so the offsets are 0, 2, 4, 6 or 8: five bits.
#[inline]
fn clitic_starts(word: &[u8]) -> u32 {
    // The letters as the big-endian value of their two UTF-8 bytes.
    const WAW: u16 = 0xD988;
    const FEH: u16 = 0xD981;
    const BEH: u16 = 0xD8A8;
    const KAF: u16 = 0xD983;
    const LAM: u16 = 0xD984;
    const ALEF: u16 = 0xD8A7;
    let n = word.len();
    let at = |i: usize| -> u16 {
        if i + 2 <= n {
            u16::from_be_bytes([word[i], word[i + 1]])
        } else {
            0
        }
    };
    let first = at(0);
    if !matches!(first, WAW | FEH | BEH | KAF | LAM | ALEF) {
        return 1;
    }
    let mut starts = 1u32;
    // Adds `i` when at least two chars remain from it (a char is as long as its lead byte says).
    let mut add = |i: usize| {
        if i < n && i + crate::normalize::utf8_len(word[i]) < n {
            starts |= 1 << (i / 2);
        }
    };
    // After the conjunction (p), with or without a preposition (q), and then the article.
    let conjunctions: &[usize] = if matches!(first, WAW | FEH) {
        &[0, 2]
    } else {
        &[0]
    };
    for &p in conjunctions {
        if p != 0 {
            add(p);
        }
        if at(p) == ALEF && at(p + 2) == LAM {
            add(p + 4);
        }
        if matches!(at(p), BEH | KAF | LAM) {
            add(p + 2);
            if at(p + 2) == ALEF && at(p + 4) == LAM {
                add(p + 6);
            } else if at(p) == LAM && at(p + 2) == LAM {
                add(p + 4); // لل: ل + ال with the alef elided
            }
        }
    }
    starts
}

/// What else a country's name or capital may be: another country's capital, or a city of another
/// country.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Shared {
    /// عمان: Oman's name, and Amman, Jordan's capital. Read as the capital, it is a mention of
    /// Jordan.
    Capital,
    /// طرابلس: Libya's capital, and Tripoli in Lebanon. Read as the city, it is no country's
    /// mention (the gazetteer has no cities).
    City,
}

/// Names two countries share: عمان is Oman's name and the spelling of Amman, Jordan's capital;
/// طرابلس is Libya's capital and a city of Lebanon. Each such mention (`shared`: index in
/// `mentions`, the other country, how it shares the name) goes to the country the rest of the
/// article says more about — mentions of the country itself or of its people and bodies — and
/// stays the name's country on a tie. A mention that goes to the other country's city is dropped.
fn resolve_shared_names(
    entities: &[Arc<Entity>],
    mentions: &mut Vec<Mention>,
    shared: &[(usize, u32, Shared)],
) {
    if shared.is_empty() {
        return;
    }
    let is_shared = |k: usize| shared.binary_search_by_key(&k, |s| s.0).is_ok();
    // The distinct (name's country, other country, kind) triples: one pass over the mentions each
    // (one or two in the default gazetteer).
    let mut pairs: Vec<(String, u32, Shared)> = shared
        .iter()
        .map(|&(k, other, how)| (mentions[k].entity.id().to_string(), other, how))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut dropped: Vec<usize> = Vec::new();
    for (name_country, other, how) in pairs {
        let other_id = entities[other as usize].id();
        let about = |m: &Mention, id: &str| m.entity.id() == id || m.entity.country() == Some(id);
        let (mut name_side, mut other_side) = (0usize, 0usize);
        for (k, m) in mentions.iter().enumerate() {
            if !is_shared(k) {
                name_side += about(m, &name_country) as usize;
                other_side += about(m, other_id) as usize;
            }
        }
        if other_side <= name_side {
            continue;
        }
        for &(k, o, h) in shared {
            if o == other && h == how && mentions[k].entity.id() == name_country {
                match how {
                    Shared::Capital => {
                        mentions[k].entity = entities[other as usize].clone();
                        mentions[k].via = Via::Capital;
                    }
                    Shared::City => dropped.push(k),
                }
            }
        }
    }
    if !dropped.is_empty() {
        dropped.sort_unstable();
        let mut k = 0;
        mentions.retain(|_| {
            k += 1;
            dropped.binary_search(&(k - 1)).is_err()
        });
    }
}

/// Whether the word right before `word_start` (one space between) is a first name.
fn after_first_name(text: &str, word_start: usize) -> bool {
    let Some(word) = word_before(text, word_start) else {
        return false;
    };
    // (حافظ, also a verb, is out of the first-names list: حافظ الأسد is the father.)
    let given = |w: &str| crate::quote::first_names().contains_key(w) || w == "حافظ";
    given(word)
        || word.strip_prefix('و').is_some_and(given)
        // عبد الحميد غول: a compound name of عبد and a divine name.
        || (word.starts_with("ال")
            && word_before(text, word_start - word.len() - 1)
                .is_some_and(|w| matches!(w, "عبد" | "وعبد")))
}

/// Whether a masculine demonym with the article at `start..end` (المصري، السوري) is a family name:
/// right after a given name that itself follows no other name ("خليل المصري"; in "محمد صلاح
/// المصري" the demonym follows a full name and is the player's nationality).
fn nisba_family_name(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    if !word.starts_with("ال") || !word.ends_with('ي') || !after_first_name(text, start) {
        return false;
    }
    let given = word_before(text, start).map_or(0, str::len);
    // (The given name's own start: one separator before it.)
    let given_start = start.saturating_sub(given + 1);
    !text.is_char_boundary(given_start) || !after_first_name(text, given_start)
}

/// Whether a bare demonym at `start..end` (تركي، سعودي) reads as a given name: before بن، بنت, آل
/// or a family name (تركي الثقفي), or after الأمير / الشيخ.
fn demonym_as_given_name(text: &str, start: usize, end: usize) -> bool {
    matches!(word_after(text, end), Some("بن" | "بنت" | "ال"))
        // "تركي الثقفي": a singular before a family name of the relative-adjective shape (not
        // "اتهم عراقيون المالكي").
        || (text[start..end].ends_with('ي') && before_family_name(text, end))
        // After a title or a rank (الأمير تركي بن محمد، الرائد تركي الحواس، الأستاذ تركي
        // المانع) a bare demonym is no adjective: that would take the article.
        || after_name_title(text, start)
}

/// Whether the word before `start` is an honorific a name follows, with its article (الرائد،
/// العقيد، الأستاذ، الدكتور …: [`crate::quote::is_name_title_head`]), maybe with a rank's branch
/// between (الرائد بحري، المقدم طيار، العميد ركن).
fn after_name_title(text: &str, start: usize) -> bool {
    let rank = |w: &str| {
        let w = w.strip_prefix('و').unwrap_or(w);
        w.strip_prefix("ال")
            .is_some_and(crate::quote::is_name_title_head)
            // (And a few more that precede a name in news: المحامي، المستشار، الشيخة.)
            || matches!(w, "المحامي" | "المستشار" | "الرقيب" | "العريف" | "الشيخه")
    };
    match word_before(text, start) {
        Some(w) if rank(w) => true,
        Some(w @ ("بحري" | "طيار" | "ركن" | "اول")) => {
            word_before(text, start - w.len() - 1).is_some_and(rank)
        }
        _ => false,
    }
}

/// Whether one of the person's Arabic names starts with the word right before `word_start` (a
/// first name spelled as the article spells it: "مايك بومبيو" for Mike Pompeo).
fn has_first_name(person: &Entity, text: &str, word_start: usize) -> bool {
    let Some(first) = word_before_after_and(text, word_start) else {
        return false;
    };
    let n = crate::Normalizer::matching();
    std::iter::once(person.name_ar())
        .chain(person.variants_ar().iter().map(String::as_str))
        .any(|name| {
            n.normalize(name)
                .as_str()
                .split(' ')
                .next()
                .is_some_and(|w| w == first)
        })
}

/// Whether `word` (matching-normalized) is a common given name (عباس، هادي). The first-names list
/// leaves out names that are also frequent words; those that are officials' surnames are added
/// here.
fn is_given_name(word: &str) -> bool {
    crate::quote::first_names().contains_key(word)
        || matches!(word, "صالح" | "مبارك" | "عون" | "سلامه" | "تامر")
}

/// Whether the word right before `word_start` is a title a leader's given name follows (الملك،
/// الأمير، الرئيس، الشيخ، السلطان، العاهل) or a noun of their rule (نظام، عهد), with or without و.
fn after_title(text: &str, word_start: usize) -> bool {
    word_before(text, word_start).is_some_and(|w| {
        matches!(
            w.strip_prefix('و').unwrap_or(w),
            "الملك" | "الامير" | "الرييس" | "الشيخ" | "السلطان" | "العاهل" | "الملكه" | "الاميره"
                // The leader's era or rule: "نظام مبارك"، "في عهد مبارك".
                | "نظام" | "عهد" | "حكم" | "ايام" | "زمن" | "عصر"
        )
    })
}

/// Whether the words before the surname at `word_start` make it a head of state's in news of
/// their country, however short or common the surname: his office, his rule, his forces or his
/// fall ("الرئيس صالح"، "نظام صالح"، "قوات صالح"، "المخلوع صالح"), or his allies named with him
/// ("ميليشيات الحوثي وصالح").
fn leaders_context(text: &str, word_start: usize) -> bool {
    let Some(before) = word_before(text, word_start) else {
        return false;
    };
    let with_waw = text[word_start..].starts_with('و');
    matches!(
        before.strip_prefix('و').unwrap_or(before),
        "الرييس" | "نظام" | "عهد" | "حكم" | "قوات" | "المخلوع" | "ميليشيات" | "مليشيات"
    ) || (with_waw && matches!(before, "الحوثي" | "الحوثيين" | "الحوثيون"))
}

/// Whether the name at `word_start` follows بن / بنت (or ابن after a given name): it is a father's
/// name inside someone else's full name ("سلطان بن سلمان بن عبدالعزيز" is not King Salman).
fn in_patronymic(text: &str, word_start: usize) -> bool {
    match word_before(text, word_start) {
        Some("بن" | "بنت") => true,
        // (ابن after a given name too; elsewhere it is "the son of": "أعلن ابن ترمب" names the
        // father.)
        Some("ابن") => {
            word_before(text, word_start - "ابن".len() - 1).is_some_and(is_given_name)
        }
        _ => false,
    }
}

/// Whether the name at `word_start` is part of a place's or foundation's name: right after a noun
/// such as مستشفى، جامعة، مطار (with its conjunction or preposition), maybe with a title between
/// ("بمستشفى الملك سلمان"، "جامعة الملك عبدالعزيز"، "شارع الشيخ زايد").
fn in_place_name(text: &str, word_start: usize) -> bool {
    // (With a center's name too: "مركز الملك سلمان للإغاثة".)
    let is_place =
        |w: &str| crate::quote::is_place_noun_before_name(w) || crate::quote::is_center_noun(w);
    let Some(before) = word_before(text, word_start) else {
        return false;
    };
    if is_place(before) {
        return true;
    }
    matches!(
        before,
        "الملك" | "الامير" | "الشيخ" | "السلطان" | "الاميره" | "الملكه"
    ) && word_before(text, word_start - before.len() - 1).is_some_and(is_place)
}

/// Whether the word right before `word_start` is a preposition written apart (في، من، إلى …),
/// after which no conjunction may come.
fn after_preposition(text: &str, word_start: usize) -> bool {
    word_before(text, word_start).is_some_and(crate::quote::is_separate_preposition)
}

/// Whether the word right after `word_end` (one space between) reads as a family name of the
/// relative-adjective shape: الـ, at least five letters, ending in ي (العنزي، الحربي); not الذي.
fn before_family_name(text: &str, word_end: usize) -> bool {
    let word = word_after(text, word_end).unwrap_or("");
    word.starts_with("ال") && word.ends_with('ي') && word.chars().count() >= 5
}

/// Whether the word before `word_start` is a definite noun ending in teh marbuta (normalized ه) or
/// a definite feminine plural (السلطات، العلاقات): the noun a feminine adjective such as السعودية
/// agrees with (a definite noun takes no genitive: "صادرات السعودية" is the country's).
fn after_definite_feminine(text: &str, word_start: usize) -> bool {
    word_before(text, word_start).is_some_and(|w| {
        is_definite(w) && (w.ends_with('ه') || w.ends_with("ات")) && w.chars().count() > 4
    })
}

/// Whether the word at `start` is الخارجية or الداخلية ("foreign", "interior": the elliptic names
/// of ministries, وزارة left out) after a definite noun, where it is the noun's adjective
/// (السياسة الخارجية، الشؤون الداخلية، المخابرات الداخلية). Not after a weekday or another
/// definite word that is no noun of that phrase (أعلنت الخميس الخارجية، إلى الخارجية), nor in
/// the ministry's full name (وزارة الشؤون الخارجية).
fn ministry_adjective(text: &str, start: usize) -> bool {
    let rest = &text[start..];
    let elliptic = ["الخارجيه", "الداخليه"].iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|after| !after.chars().next().is_some_and(is_word_char))
    });
    let Some(noun) = word_before(text, start).filter(|_| elliptic) else {
        return false;
    };
    // (وزارة الشؤون الخارجية القطرية: the ministry's full name.)
    let ministry_of_affairs = noun == "الشوون"
        && word_before(text, start - noun.len() - 1)
            .is_some_and(|m| ["وزاره", "وزير", "وزيره"].iter().any(|h| m.ends_with(h)));
    let bare = noun.strip_prefix('و').unwrap_or(noun);
    is_definite(noun)
        && !ministry_of_affairs
        && bare.chars().count() > 3
        && !matches!(
            bare,
            "الي"
                | "الا"
                | "الذي"
                | "التي"
                | "الذين"
                | "اللذين"
                | "اللتين"
                | "اللذان"
                | "اللتان"
                | "اللواتي"
                | "اللاتي"
                | "اليوم"
                | "الاثنين"
                | "الثلاثاء"
                | "الاربعاء"
                | "الخميس"
                | "الجمعه"
                | "السبت"
                | "الاحد"
                | "الماضي"
                | "الماضيه"
        )
}

/// Whether the word after a person's name makes it their namesake son's: "دونالد ترامب جونيور"،
/// "ترامب الابن" are Donald Trump Jr., not his father.
fn before_junior(text: &str, end: usize) -> bool {
    matches!(word_after(text, end), Some("الابن" | "جونيور"))
}

/// The word right before `word_start` when exactly one space separates them.
fn word_before(text: &str, word_start: usize) -> Option<&str> {
    let before = text[..word_start].strip_suffix(' ')?;
    if before.ends_with(' ') {
        return None;
    }
    let word = before.rsplit(|c: char| !is_word_char(c)).next()?;
    (!word.is_empty()).then_some(word)
}

/// [`word_before`] without the conjunction و glued to it.
fn word_before_after_and(text: &str, word_start: usize) -> Option<&str> {
    word_before(text, word_start).map(|w| w.strip_prefix('و').unwrap_or(w))
}

/// The word right after `word_end` when one space separates them.
fn word_after(text: &str, word_end: usize) -> Option<&str> {
    let after = text[word_end..].strip_prefix(' ')?;
    after.split(|c: char| !is_word_char(c)).next()
}

/// Whether the word is definite: the article ال, maybe after a conjunction or preposition.
fn is_definite(word: &str) -> bool {
    ["ال", "وال", "بال", "لل", "فال", "كال"]
        .iter()
        .any(|p| word.starts_with(p))
}

/// Whether a surname of the relative-adjective shape (ال…ي: الفاسي، السيسي) standing alone
/// follows a definite word other than a title: "المغرب الفاسي" is a football club, "الفريق
/// الفاسي" a team, while "الرئيس السيسي" is the president.
fn nisba_adjective(text: &str, word_start: usize, form: &str) -> bool {
    if !(form.starts_with("ال") && form.ends_with('ي')) {
        return false;
    }
    word_before(text, word_start).is_some_and(|w| {
        let head = ["و", "ف", "ب", "ك", "ل"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|r| r.starts_with("ال")))
            .unwrap_or(w);
        let head = head.strip_prefix("ال").unwrap_or(head);
        is_definite(w) && !crate::quote::is_title(head)
    })
}

/// Country names that are also an everyday masculine adjective (normalized): مالي "financial".
const ADJECTIVE_NAMES: &[&str] = &["مالي"];

/// Names that are also everyday words after the preposition ب (normalized), with the countries
/// whose mention makes the name the entity's: بحماس is "with enthusiasm" as often as "with Hamas".
const EVERYDAY_AFTER_BEH: &[(&str, &[&str])] = &[("حماس", &["PS", "IL"])];

/// Leaders' surnames that are also everyday words (normalized): standing alone, without the
/// person named in full, they are the leader only after a title (الرئيس رئيسي), not in "دور رئيسي"
/// ("a main role") in news about Iran.
const COMMON_WORD_SURNAMES: &[&str] = &["رييسي"];

/// Whether the word before `word_start` is an indefinite masculine noun that an adjective such as
/// مالي "financial" agrees with (دعم مالي، فائض مالي), and not a word that governs a country's name
/// (في مالي، شمال مالي، رئيس مالي، زار مالي). A feminine or plural noun (حكومة مالي، سلطات مالي)
/// would take the feminine adjective مالية, so before it مالي is the country.
fn after_indefinite_masculine(text: &str, word_start: usize) -> bool {
    const GOVERNS: &[&str] = &[
        "في",
        "الي",
        "من",
        "عن",
        "مع",
        "علي",
        "حول",
        "داخل",
        "خارج",
        "ضد",
        "بين",
        "عبر",
        "نحو",
        "لدي",
        "جنوب",
        "شمال",
        "شرق",
        "غرب",
        "وسط",
        "رييس",
        "جيش",
        "شعب",
        "زار",
        "يزور",
        "غادر",
        "يغادر",
        "دخل",
        "اجتاح",
        "هاجم",
        "حكم",
        "استعمار",
        "سفير",
        "منتخب",
        "اقليم",
        "رحب",
        "شهدت",
        "تشهد",
        "ان",
        "لان",
    ];
    let Some(w) = word_before(text, word_start) else {
        return false;
    };
    let bare = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() > 1)
        .unwrap_or(w);
    w.chars().all(is_arabic_letter)
        && !is_definite(w)
        && !w.ends_with('ه')
        && !w.ends_with("ات")
        && !GOVERNS.contains(&w)
        && !GOVERNS.contains(&bare)
}

/// Whether `start..end` sits in a URL, a domain or an e-mail address (`pic.twitter.com/…`).
fn inside_link(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let mut after = text[end..].chars();
    let (a1, a2) = (after.next(), after.next());
    matches!(before, Some('.' | '/' | ':'))
        || matches!(a1, Some('/'))
        || matches!(a1, Some('.' | '@')) && a2.is_some_and(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::clitic_starts;

    /// The byte offsets `clitic_starts` gives for `word`.
    fn starts(word: &str) -> Vec<usize> {
        let set = clitic_starts(word.as_bytes());
        (0..5)
            .filter(|k| set & (1 << k) != 0)
            .map(|k| 2 * k)
            .collect()
    }

    #[test]
    fn names_start_after_each_proclitic_chain() {
        // After و، وال، ب، بال، ل، لل، ول، ولل، وب، وبال (and nothing in مصر).
        assert_eq!(starts("مصر"), [0]);
        assert_eq!(starts("الصين"), [0, 4]);
        assert_eq!(starts("ولبنان"), [0, 2, 4]);
        assert_eq!(starts("والولايات"), [0, 2, 6]);
        assert_eq!(starts("بالولايات"), [0, 2, 6]);
        assert_eq!(starts("للاتحاد"), [0, 2, 4]);
        assert_eq!(starts("وللاتحاد"), [0, 2, 4, 6]);
        assert_eq!(starts("وبالعراق"), [0, 2, 4, 8]);
        // Two chars must remain after the chain.
        assert_eq!(starts("وال"), [0, 2]);
        assert_eq!(starts("بي"), [0]);
        assert_eq!(starts("Paris"), [0]);
        assert_eq!(starts(""), [0]);
    }
}
