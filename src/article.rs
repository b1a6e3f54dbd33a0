//! `Article::parse`: the one call that runs every stage.

use crate::gallop::partition_near;
use crate::gazetteer::{Entity, Gazetteer, Matches, Mention, Unlinked, Via};
use crate::quote::{self, Apposition, Quote, QuoteKind, Rule, Speaker};
use crate::scratch;
use crate::structure::{self, Flow, Zone, ZoneKind};
use crate::{Error, Normalizer, Paragraph, Sentence, Span, Token};
use std::cell::Cell;
use std::sync::{Arc, OnceLock};

/// Parses articles. Cheap to clone and `Send + Sync`: build once, share across threads.
///
/// ```
/// use akhbar::{Gazetteer, Parser};
///
/// let parser = Parser::builder().gazetteer(Gazetteer::default_ref().clone()).build()?;
/// let article = parser.parse("قال وزير الخارجية الأردني أيمن الصفدي إن المنطقة في خطر.");
/// assert_eq!(article.quotes()[0].speaker.as_ref().unwrap().entity.as_ref().unwrap().id(), "ayman-safadi");
/// # Ok::<(), akhbar::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Parser {
    gazetteer: Gazetteer,
    include_related: bool,
    window: usize,
}

/// Texts longer than this many bytes are parsed in windows by default (see
/// [`ParserBuilder::window`]).
pub const DEFAULT_WINDOW: usize = 512 << 10;

/// Builds a [`Parser`].
#[derive(Clone, Debug, Default)]
pub struct ParserBuilder {
    gazetteer: Option<Gazetteer>,
    include_related: bool,
    window: Option<usize>,
}

impl ParserBuilder {
    /// Use this gazetteer instead of the embedded default.
    pub fn gazetteer(mut self, g: Gazetteer) -> Self {
        self.gazetteer = Some(g);
        self
    }

    /// Also report the entities and quotes of related articles inlined after `إقرأ أيضاً` and of the
    /// `مقالات مشابهة` lists (default: only the article's own title, body and posts).
    pub fn include_related(mut self, yes: bool) -> Self {
        self.include_related = yes;
        self
    }

    /// Parse texts longer than `bytes` (default [`DEFAULT_WINDOW`], 512 KiB) a window of about
    /// that many bytes at a time, so that a long text costs in proportion to its length: each
    /// stage's tables then stay in the processor's caches. Windows end at line starts where the
    /// text has lines, else after blanks or control chars, else after a quotation mark or an
    /// Arabic comma: tokens are those of the whole text, and so are paragraphs and sentences
    /// where the cuts fall between lines. What reaches across
    /// a cut does not: a quotation open at the edge, the speaker a later "وأضاف" continues, a short
    /// form whose full name is in another window, the countries that choose among contextual
    /// forms. (News articles are a few KiB long: windows only matter for dumps and feeds passed as
    /// one text.)
    ///
    /// ```
    /// use akhbar::Parser;
    ///
    /// let parser = Parser::builder().window(64).build()?;
    /// let text = "قال وزير الخارجية الأردني أيمن الصفدي إن المنطقة في خطر.\n".repeat(4);
    /// let article = parser.parse(&text);
    /// assert_eq!(article.paragraphs().len(), 4);
    /// assert_eq!(article.quotes().len(), 4);
    /// assert!(article.quotes().iter().all(|q| q.speaker.is_some()));
    /// # Ok::<(), akhbar::Error>(())
    /// ```
    pub fn window(mut self, bytes: usize) -> Self {
        self.window = Some(bytes.max(1));
        self
    }

    /// Builds the parser. Fails only if building the default gazetteer fails.
    pub fn build(self) -> Result<Parser, Error> {
        Ok(Parser {
            gazetteer: self
                .gazetteer
                .unwrap_or_else(|| Gazetteer::default_ref().clone()),
            include_related: self.include_related,
            window: self.window.unwrap_or(DEFAULT_WINDOW),
        })
    }
}

impl Parser {
    /// A builder.
    pub fn builder() -> ParserBuilder {
        ParserBuilder::default()
    }

    /// The shared parser with the embedded default gazetteer.
    pub fn default_ref() -> &'static Parser {
        static DEFAULT: OnceLock<Parser> = OnceLock::new();
        DEFAULT.get_or_init(|| Parser {
            gazetteer: Gazetteer::default_ref().clone(),
            include_related: false,
            window: DEFAULT_WINDOW,
        })
    }

    /// The gazetteer this parser matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Parses an article. Never fails, never panics; every span indexes `text`.
    pub fn parse<'t>(&self, text: &'t str) -> Article<'t> {
        if text.len() <= self.window {
            return self.parse_window(text, true, Flow::START);
        }
        // A long text with no place to cut (one run of quotation marks, say) is one window: its
        // lists are the article's, not copied into a second set.
        let mut end = crate::window::window_end(text, 0, self.window);
        if end == text.len() {
            return self.parse_window(text, true, Flow::START);
        }
        // A long text a window at a time (see `ParserBuilder::window`), into lists taken first
        // from this thread's spares: those of the last long text, of the size this one needs.
        // (The windows then share a second, window-sized set.)
        let mut article = Article::empty(text);
        let (mut start, mut flow) = (0, Flow::START);
        loop {
            let mut part = self.parse_window(&text[start..end], start == 0, flow);
            flow = flow.after(&part.zones);
            if start == 0 {
                article.title = part.title;
                article.dateline = part.dateline;
                article.byline = part.byline;
            }
            article.append(&mut part, start);
            if end == text.len() {
                return article;
            }
            start = end;
            end = crate::window::window_end(text, start, self.window);
        }
    }

    /// Parses one window of a text (the whole text when it is short): `at_start` when it opens the
    /// text, `flow` where it starts in the article (after a read-also block or a tail line).
    fn parse_window<'t>(&self, text: &'t str, at_start: bool, flow: Flow) -> Article<'t> {
        // News text averages one token per six bytes or so: reserve once instead of regrowing.
        // (A text has at most one token per byte.)
        let mut tokens: Vec<Token<'t>> = scratch::take_for(&TOKENS, text.len());
        tokens.reserve(text.len() / 5 + 8);
        let segmented = crate::segment::tokenize_segmented(text, &mut tokens);
        let paragraphs = segmented.paragraphs;
        let (sentences, pairings) = crate::segment::split_sentences_pairing(
            text,
            &tokens,
            &paragraphs,
            Some((&segmented.marks, &segmented.mark_ranges)),
            true,
        );
        let zones = structure::zones_from(text, &tokens, &paragraphs, at_start, flow);
        let norm = Normalizer::matching().normalize_reusing(text);
        let Matches {
            mentions: mut all_mentions,
            unlinked,
        } = self.gazetteer.find_normalized(&norm);
        self.gazetteer
            .quoted_outlets(text, &segmented.marks, &mut all_mentions);
        crate::segment::Segmented::recycle_marks(segmented.marks, segmented.mark_ranges);
        // Attribution also reads surnames the matcher left unlinked when only one person has them
        // ("وأضاف ترمب"), without reporting them as entity mentions.
        // Both lists are in text order: merge them.
        // Only where the text makes it likely: written alone (or after و / ف, not inside another
        // word: كايرو is no ك + ايرو), and in an article that names the person's country or its
        // people or bodies (آبي in news about Ethiopia is Abiy Ahmed, not Shinzo Abe).
        // (Built only when some surname was left unlinked: most articles have none.)
        let places: std::collections::HashSet<&str> = if unlinked.is_empty() {
            Default::default()
        } else {
            all_mentions
                .iter()
                .flat_map(|m| [Some(m.entity.id()), m.entity.country()])
                .flatten()
                .collect()
        };
        let mut word = String::new();
        let mut given_name = |span: Span| {
            word.clear();
            Normalizer::matching().normalize_into(span.slice(text), &mut word);
            crate::quote::first_names().contains_key(word.as_str())
        };
        let usable = |u: &&Unlinked| {
            u.candidates.len() == 1
                && starts_word(text, u.span.start)
                && u.candidates[0].country().is_none_or(|c| places.contains(c))
        };
        // Such a surname finds the speaker, but links them only for a head of state or government
        // (ترمب، مون) whose surname is not also a common given name (وقال صالح may be anyone
        // called Saleh): other surnames are too often someone else's (سلامة، ميتشل) to be linked
        // without a full mention.
        let unlinked_speakers: Vec<Span> = unlinked
            .iter()
            .filter(usable)
            .filter(|u| !crate::gazetteer::is_leader(&u.candidates[0]) || given_name(u.span))
            .map(|u| u.span)
            .collect();
        let mut singles = unlinked
            .iter()
            .filter(usable)
            .map(|u| Mention {
                span: u.span,
                prefix: None,
                entity: u.candidates[0].clone(),
                via: Via::ShortForm,
            })
            .peekable();
        // (Usually there is none: attribution then reads the mentions themselves, uncopied.)
        let mut merged: Vec<Mention> = Vec::new();
        if singles.peek().is_some() {
            merged.reserve(all_mentions.len() + 1);
            for m in &all_mentions {
                while let Some(u) = singles.next_if(|u| u.span.start < m.span.start) {
                    merged.push(u);
                }
                merged.push(m.clone());
            }
            merged.extend(singles);
        }
        let speakers_view: &[Mention] = if merged.is_empty() {
            &all_mentions
        } else {
            &merged
        };
        let found = quote::find_quotes(&quote::Input {
            text,
            norm: &norm,
            tokens: &tokens,
            paragraphs: &paragraphs,
            sentences: &sentences,
            pairings: &pairings,
            mentions: speakers_view,
        });
        norm.recycle();
        // The list and its largest pairing's lists serve the next parse on this thread.
        crate::segment::recycle_pairings(pairings);
        let mut quotes = found.quotes;
        let mut appositions = found.appositions;
        if !unlinked_speakers.is_empty() {
            let unlinked_speaker = |s: &Speaker| unlinked_speakers.binary_search(&s.span).is_ok();
            for q in &mut quotes {
                for s in [&mut q.speaker, &mut q.agent].into_iter().flatten() {
                    if unlinked_speaker(s) {
                        s.entity = None;
                    }
                }
            }
            appositions.retain(|a| unlinked_speakers.binary_search(&a.person).is_err());
        }
        // Each social post is a statement by its author. Posts, mentions and quotes are all in
        // text order: searches from the last answer and one merge keep this linear.
        let near_mention = Cell::new(0);
        let mention_in = |span: Span| {
            let k = partition_near(&all_mentions, near_mention.get(), |m| {
                m.span.start < span.start
            });
            near_mention.set(k);
            all_mentions
                .get(k)
                .filter(|m| span.contains(m.span))
                .map(|m| m.entity.clone())
        };
        let is_post = |z: &&Zone| z.kind == ZoneKind::SocialPost;
        let mut posts: Vec<Quote> = scratch::take(&POSTS);
        posts.reserve(zones.iter().filter(is_post).count());
        for z in zones.iter().filter(is_post) {
            let Some(post) = &z.post else { continue };
            if post.body.is_empty() {
                continue;
            }
            let entity = mention_in(post.author).or_else(|| post.handle.and_then(mention_in));
            posts.push(Quote {
                span: post.body,
                content: post.body,
                kind: QuoteKind::Direct,
                speaker: Some(Speaker {
                    span: post.author,
                    entity,
                }),
                agent: None,
                cue: post.handle,
                rule: Some(Rule::Headline),
                unbalanced: false,
            });
        }
        if !posts.is_empty() {
            // Quotes inside a post's body give way to the post (names in it stay).
            let near_post = Cell::new(0);
            let in_post = |q: &Quote| {
                let k = partition_near(&posts, near_post.get(), |p| p.span.end <= q.span.start);
                near_post.set(k);
                posts.get(k).is_some_and(|p| p.span.contains(q.span))
            };
            quotes.retain(|q| !in_post(q) || q.kind == QuoteKind::NonSpeech);
            // Both lists are in text order: one merge, no sort.
            let key = |q: &Quote| (q.span.start, q.span.end);
            // (Into the spare quote list of this thread; the emptied one becomes the spare.)
            let mut merged = scratch::take(&SPARE_QUOTES);
            let (quotes_used, posts_used) = (quotes.len(), posts.len());
            merged.reserve(quotes.len() + posts.len());
            let mut in_order = posts.drain(..).peekable();
            for q in quotes.drain(..) {
                while let Some(p) = in_order.next_if(|p| key(p) < key(&q)) {
                    merged.push(p);
                }
                merged.push(q);
            }
            merged.extend(in_order);
            let emptied = std::mem::replace(&mut quotes, merged);
            scratch::give_back_emptied(&SPARE_QUOTES, emptied, quotes_used);
            scratch::give_back_emptied(&POSTS, posts, posts_used);
        } else {
            scratch::give_back(&POSTS, posts);
        }
        debug_assert!(quotes.is_sorted_by_key(|q| (q.span.start, q.span.end)));
        let mut main_spans = scratch::take(&MAIN_SPANS);
        main_spans.extend(
            zones
                .iter()
                .filter(|z| z.main || self.include_related)
                .map(|z| z.span),
        );
        // Zones are in text order and do not overlap: a search per span, from the last answer
        // (mentions, then quotes, come in text order).
        let near_zone = Cell::new(0);
        let in_main = |s: Span| {
            let k = partition_near(&main_spans, near_zone.get(), |z| z.end <= s.start);
            near_zone.set(k);
            main_spans.get(k).is_some_and(|z| z.contains(s))
        };
        let (mentions, related_mentions) = split_related(all_mentions, |m| in_main(m.span));
        let (quotes, related_quotes) = split_related(quotes, |q| in_main(q.span));
        scratch::give_back(&MAIN_SPANS, main_spans);
        let title = zones
            .iter()
            .find(|z| z.kind == ZoneKind::Title)
            .map(|z| z.span);
        let head = zones
            .iter()
            .find(|z| z.kind == ZoneKind::Body)
            .map(|z| {
                let opening = &paragraphs[z.paragraphs.start];
                let first = structure::head(&tokens, opening);
                // A writer's line of its own ("كتب: أحمد سمير"), then maybe a printed date: the
                // dateline is the next paragraph's ("القاهرة (رويترز) -"). So it is after a
                // printed date opening the body ("الاثنين 12 مايو 2024 - 10:30 ص").
                let writer = first.whole_line && first.byline.is_some() && first.dateline.is_none();
                let printed_date = structure::is_date_line(&tokens, opening);
                if !(writer || printed_date) {
                    return first;
                }
                let next = paragraphs[z.paragraphs.start + 1..z.paragraphs.end]
                    .iter()
                    .take(2)
                    .find(|p| !structure::is_date_line(&tokens, p));
                match next.map(|p| structure::head(&tokens, p)) {
                    Some(h) if writer && h.dateline.is_some() => structure::Head {
                        dateline: h.dateline,
                        ..first
                    },
                    Some(h) if printed_date => h,
                    _ => first,
                }
            })
            .unwrap_or_default();
        Article {
            text,
            tokens,
            paragraphs,
            sentences,
            zones,
            title,
            dateline: head.dateline,
            byline: head.byline,
            mentions,
            related_mentions,
            unlinked,
            quotes,
            related_quotes,
            appositions,
        }
    }
}

thread_local! {
    /// The token list of the last article dropped on this thread, for the next parse (see
    /// [`crate::scratch`]): a long article's tables are then not mapped and zeroed afresh.
    static TOKENS: Cell<Vec<Token<'static>>> = const { Cell::new(Vec::new()) };
    /// The social posts of the last parse on this thread, as quotes.
    static POSTS: Cell<Vec<Quote>> = const { Cell::new(Vec::new()) };
    /// A second quote list, which merging the posts into the quotes fills.
    static SPARE_QUOTES: Cell<Vec<Quote>> = const { Cell::new(Vec::new()) };
    /// The spans of the main zones of the last parse on this thread.
    static MAIN_SPANS: Cell<Vec<Span>> = const { Cell::new(Vec::new()) };
}

impl Drop for Article<'_> {
    /// Hands the article's large lists back to this thread's next parse.
    fn drop(&mut self) {
        let tokens = std::mem::take(&mut self.tokens);
        let used = tokens.len();
        scratch::give_back_emptied(&TOKENS, crate::tokenize::detach(tokens), used);
        scratch::give_back(
            &crate::segment::SENTENCES,
            std::mem::take(&mut self.sentences),
        );
        scratch::give_back(&quote::QUOTES, std::mem::take(&mut self.quotes));
        scratch::give_back(
            &crate::segment::PARAGRAPHS,
            std::mem::take(&mut self.paragraphs),
        );
        scratch::give_back(&structure::ZONES, std::mem::take(&mut self.zones));
        scratch::give_back(
            &crate::gazetteer::MENTIONS,
            std::mem::take(&mut self.mentions),
        );
        scratch::give_back(
            &crate::gazetteer::UNLINKED,
            std::mem::take(&mut self.unlinked),
        );
    }
}

impl<'t> Article<'t> {
    /// An article of `text` with nothing in it yet, its lists taken from this thread's spares
    /// (those large enough for `text`; see [`crate::scratch`]).
    fn empty(text: &'t str) -> Article<'t> {
        let n = text.len();
        Article {
            text,
            tokens: scratch::take_for(&TOKENS, n),
            paragraphs: scratch::take_for(&crate::segment::PARAGRAPHS, n),
            sentences: scratch::take_for(&crate::segment::SENTENCES, n),
            zones: scratch::take_for(&structure::ZONES, n),
            title: None,
            dateline: None,
            byline: None,
            mentions: scratch::take_for(&crate::gazetteer::MENTIONS, n),
            related_mentions: Vec::new(),
            unlinked: scratch::take_for(&crate::gazetteer::UNLINKED, n),
            quotes: scratch::take_for(&quote::QUOTES, n),
            related_quotes: Vec::new(),
            appositions: Vec::new(),
        }
    }

    /// Adds the results of the window `part` of this article's text, which starts at byte
    /// `start`. (Its lists are emptied but keep their buffers for the next window.)
    fn append(&mut self, part: &mut Article<'t>, start: usize) {
        use crate::window::{append, Base, Shift};
        let base = Base {
            bytes: start,
            tokens: self.tokens.len(),
            paragraphs: self.paragraphs.len(),
        };
        append(&mut self.tokens, &mut part.tokens, &base);
        append(&mut self.paragraphs, &mut part.paragraphs, &base);
        append(&mut self.sentences, &mut part.sentences, &base);
        let mut zones = part.zones.drain(..).map(|mut z| {
            z.shift(&base);
            z
        });
        // A body the cut divides stays one zone (the article's, or a related article's).
        let body = |z: &Zone| {
            z.kind == ZoneKind::Body
                || z.kind == ZoneKind::ReadAlso && z.value.is_none() && z.items.is_empty()
        };
        if let Some(first) = zones.next() {
            match self.zones.last_mut() {
                Some(last)
                    if body(last)
                        && last.kind == first.kind
                        && body(&first)
                        && last.paragraphs.end == first.paragraphs.start =>
                {
                    last.span.end = first.span.end;
                    last.paragraphs.end = first.paragraphs.end;
                }
                _ => self.zones.push(first),
            }
        }
        self.zones.extend(zones);
        append(&mut self.mentions, &mut part.mentions, &base);
        append(
            &mut self.related_mentions,
            &mut part.related_mentions,
            &base,
        );
        append(&mut self.unlinked, &mut part.unlinked, &base);
        append(&mut self.quotes, &mut part.quotes, &base);
        append(&mut self.related_quotes, &mut part.related_quotes, &base);
        append(&mut self.appositions, &mut part.appositions, &base);
    }
}

/// Whether a word starts at `at`, alone or after the conjunction و or ف.
fn starts_word(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        Some('و' | 'ف') => !before.next().is_some_and(crate::script::is_alphanumeric),
        c => !c.is_some_and(crate::script::is_alphanumeric),
    }
}

/// Splits `items` into the article's own and the related ones. When all are the article's own (the
/// usual case) the list is kept as it is instead of being copied.
fn split_related<T>(items: Vec<T>, own: impl Fn(&T) -> bool) -> (Vec<T>, Vec<T>) {
    if items.iter().all(&own) {
        (items, Vec::new())
    } else {
        items.into_iter().partition(own)
    }
}

/// A parsed article. Borrows the input; every span indexes it.
#[derive(Clone, Debug)]
pub struct Article<'t> {
    text: &'t str,
    tokens: Vec<Token<'t>>,
    paragraphs: Vec<Paragraph>,
    sentences: Vec<Sentence>,
    zones: Vec<Zone>,
    title: Option<Span>,
    dateline: Option<Span>,
    byline: Option<Span>,
    mentions: Vec<Mention>,
    related_mentions: Vec<Mention>,
    unlinked: Vec<Unlinked>,
    quotes: Vec<Quote>,
    related_quotes: Vec<Quote>,
    appositions: Vec<Apposition>,
}

/// An entity with how often the article mentions it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct EntityCount {
    /// The entity.
    pub entity: Arc<Entity>,
    /// Number of mentions.
    pub count: usize,
    /// The first mention.
    pub first: Span,
}

impl<'t> Article<'t> {
    /// Parses `text` with the embedded default gazetteer.
    ///
    /// ```
    /// use akhbar::{Article, QuoteKind};
    ///
    /// let text = "وقال ميلر إن بلينكن ناقش \"التدابير اللازمة\"، حسبما ذكر المتحدث باسم الخارجية الأميركية، ماثيو ميلر.";
    /// let article = Article::parse(text);
    /// let q = &article.quotes()[0];
    /// assert_eq!(q.content.slice(text), "بلينكن ناقش \"التدابير اللازمة\"");
    /// assert_eq!(q.kind, QuoteKind::Indirect);
    /// assert_eq!(q.speaker.as_ref().unwrap().entity.as_ref().unwrap().id(), "matthew-miller");
    /// ```
    pub fn parse(text: &'t str) -> Article<'t> {
        Parser::default_ref().parse(text)
    }

    /// The input text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// All tokens.
    pub fn tokens(&self) -> &[Token<'t>] {
        &self.tokens
    }

    /// All paragraphs (every non-empty line).
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }

    /// All sentences.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The zones, in text order.
    pub fn zones(&self) -> &[Zone] {
        &self.zones
    }

    /// The headline, when the first line reads as one.
    pub fn title(&self) -> Option<Span> {
        self.title
    }

    /// The dateline at the head of the body: the place the story was filed from (`واشنطن -`,
    /// the `دبي، الإمارات العربية المتحدة` of `دبي، الإمارات العربية المتحدة (CNN) --`, the `الرياض`
    /// of `سبق- الرياض:`), if any.
    pub fn dateline(&self) -> Option<Span> {
        self.dateline
    }

    /// The byline at the head of the body: the reporter or agency the story is by
    /// (`عبدالله البرقاوي` in `عبدالله البرقاوي - سبق- الرياض:`, `واس` in `واس - الرياض :`, the
    /// `(CNN)` credited after a place, the name of a writer's line `كتب: أحمد سمير`), if any.
    ///
    /// ```
    /// let text = "سامي العتيبي - الرياض: أعلنت الوزارة افتتاح المركز.";
    /// let a = akhbar::Article::parse(text);
    /// assert_eq!(a.byline().map(|s| s.slice(text)), Some("سامي العتيبي"));
    /// assert_eq!(a.dateline().map(|s| s.slice(text)), Some("الرياض"));
    /// // A writer's line, then the place of the story in the next paragraph.
    /// let text = "كتب: أحمد سمير\nالقاهرة - أعلنت الوزارة افتتاح المركز.";
    /// let a = akhbar::Article::parse(text);
    /// assert_eq!(a.byline().map(|s| s.slice(text)), Some("أحمد سمير"));
    /// assert_eq!(a.dateline().map(|s| s.slice(text)), Some("القاهرة"));
    /// ```
    pub fn byline(&self) -> Option<Span> {
        self.byline
    }

    /// The source named on the `المصدر:` line.
    pub fn source(&self) -> Option<Span> {
        self.zones
            .iter()
            .find(|z| z.kind == ZoneKind::Source)
            .and_then(|z| z.value)
    }

    /// The keywords of the `كلمات دلالية:` line.
    pub fn keywords(&self) -> &[Span] {
        self.zones
            .iter()
            .find(|z| z.kind == ZoneKind::Keywords)
            .map_or(&[], |z| &z.items)
    }

    /// Entity mentions in the article's own zones (title, body, posts), in text order.
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    /// Entity mentions outside the article's own zones: related articles and lists, and the tails
    /// (source and keyword lines, boilerplate), kept apart from the article's own.
    pub fn related_mentions(&self) -> &[Mention] {
        &self.related_mentions
    }

    /// Short forms that could not be linked to one person.
    pub fn unlinked(&self) -> &[Unlinked] {
        &self.unlinked
    }

    /// Quotes in the article's own zones, in text order. (A window of 4 GiB or more gets none:
    /// attribution keeps 32-bit offsets; see [`ParserBuilder::window`].)
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }

    /// Quotes outside the article's own zones (related articles, tails).
    pub fn related_quotes(&self) -> &[Quote] {
        &self.related_quotes
    }

    /// Role phrases in apposition to people (المتحدث باسم الخارجية الأميركية، ماثيو ميلر).
    pub fn appositions(&self) -> &[Apposition] {
        &self.appositions
    }

    /// The distinct entities of [`mentions`](Self::mentions), most mentioned first.
    pub fn entities(&self) -> Vec<EntityCount> {
        let mut out: Vec<EntityCount> = Vec::new();
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for m in &self.mentions {
            match index.get(m.entity.id()) {
                Some(&k) => out[k].count += 1,
                None => {
                    index.insert(m.entity.id(), out.len());
                    out.push(EntityCount {
                        entity: m.entity.clone(),
                        count: 1,
                        first: m.span,
                    });
                }
            }
        }
        out.sort_by(|a, b| b.count.cmp(&a.count).then(a.first.cmp(&b.first)));
        out
    }
}
