//! Arabic proclitics: the conjunctions و ف, the prepositions ب ك ل and the article ال, and their
//! chains (وال، بال، لل، وبال، ولل …).
//!
//! The tokenizer never splits a word; it offers candidate splits and a later stage (the gazetteer
//! matcher) decides which reading holds. `لل` is ل + ال with the article's alef elided.

use crate::script::{is_arabic_combining, is_arabic_letter};

/// Which proclitics a prefix holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Clitics {
    conjunction: Option<char>,
    preposition: Option<char>,
    article: bool,
}

impl Clitics {
    /// و or ف, if the prefix starts with a conjunction.
    pub fn conjunction(&self) -> Option<char> {
        self.conjunction
    }

    /// ب, ك or ل, if the prefix holds a preposition.
    pub fn preposition(&self) -> Option<char> {
        self.preposition
    }

    /// Whether the prefix ends with the article ال (written `ل` alone after the preposition ل).
    pub fn has_article(&self) -> bool {
        self.article
    }
}

/// Written proclitic prefixes (without marks), shortest first, with what they hold. `لل` is ل+ال.
const PREFIXES: &[(&str, Option<char>, Option<char>, bool)] = &[
    ("و", Some('و'), None, false),
    ("ف", Some('ف'), None, false),
    ("ب", None, Some('ب'), false),
    ("ك", None, Some('ك'), false),
    ("ل", None, Some('ل'), false),
    ("ال", None, None, true),
    ("لل", None, Some('ل'), true),
    ("وب", Some('و'), Some('ب'), false),
    ("وك", Some('و'), Some('ك'), false),
    ("ول", Some('و'), Some('ل'), false),
    ("فب", Some('ف'), Some('ب'), false),
    ("فك", Some('ف'), Some('ك'), false),
    ("فل", Some('ف'), Some('ل'), false),
    ("وال", Some('و'), None, true),
    ("فال", Some('ف'), None, true),
    ("بال", None, Some('ب'), true),
    ("كال", None, Some('ك'), true),
    ("ولل", Some('و'), Some('ل'), true),
    ("فلل", Some('ف'), Some('ل'), true),
    ("وبال", Some('و'), Some('ب'), true),
    ("وكال", Some('و'), Some('ك'), true),
    ("فبال", Some('ف'), Some('ب'), true),
    ("فكال", Some('ف'), Some('ك'), true),
];

/// The proclitics that `prefix` (normalized, no marks) consists of exactly, if it is a chain.
///
/// ```
/// use akhbar::clitic::proclitic_chain;
///
/// let c = proclitic_chain("وبال").unwrap();
/// assert_eq!((c.conjunction(), c.preposition(), c.has_article()), (Some('و'), Some('ب'), true));
/// assert!(proclitic_chain("").unwrap() == Default::default());
/// assert!(proclitic_chain("لا").is_none());
/// ```
pub fn proclitic_chain(prefix: &str) -> Option<Clitics> {
    if prefix.is_empty() {
        return Some(Clitics::default());
    }
    PREFIXES
        .iter()
        .find(|p| p.0 == prefix)
        .map(|&(_, conjunction, preposition, article)| Clitics {
            conjunction,
            preposition,
            article,
        })
}

/// One candidate reading of a word as proclitics + stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CliticSplit<'t> {
    word: &'t str,
    at: usize,
    clitics: Clitics,
}

impl<'t> CliticSplit<'t> {
    /// The proclitic prefix as written (marks included).
    pub fn prefix(&self) -> &'t str {
        &self.word[..self.at]
    }

    /// The rest of the word.
    pub fn stem(&self) -> &'t str {
        &self.word[self.at..]
    }

    /// Byte length of the prefix.
    pub fn prefix_len(&self) -> usize {
        self.at
    }

    /// What the prefix holds.
    pub fn clitics(&self) -> Clitics {
        self.clitics
    }
}

/// Candidate proclitic splits of one word, shortest prefix first; see
/// [`Token::proclitics`](crate::Token::proclitics). A stem keeps at least two letters.
#[derive(Clone, Debug)]
pub struct Proclitics<'t> {
    word: &'t str,
    next: usize,
}

impl<'t> Proclitics<'t> {
    pub(crate) fn new(word: &'t str) -> Proclitics<'t> {
        Proclitics { word, next: 0 }
    }
}

/// The byte offset in `word` after its first `n` letters (marks and tatweel after a letter travel
/// with it), and the letters, if the word starts with `letters`.
fn strip_letters(word: &str, letters: &str) -> Option<usize> {
    let mut chars = word.char_indices().peekable();
    for want in letters.chars() {
        let (_, c) = chars.next()?;
        if c != want && !(want == 'ا' && c == 'ٱ') {
            return None;
        }
        while chars
            .peek()
            .is_some_and(|&(_, m)| is_arabic_combining(m) || m == '\u{0640}')
        {
            chars.next();
        }
    }
    Some(chars.peek().map_or(word.len(), |&(i, _)| i))
}

impl<'t> Iterator for Proclitics<'t> {
    type Item = CliticSplit<'t>;

    fn next(&mut self) -> Option<CliticSplit<'t>> {
        while let Some(&(written, conjunction, preposition, article)) = PREFIXES.get(self.next) {
            self.next += 1;
            let Some(at) = strip_letters(self.word, written) else {
                continue;
            };
            if self.word[at..]
                .chars()
                .filter(|&c| is_arabic_letter(c))
                .count()
                < 2
            {
                continue;
            }
            return Some(CliticSplit {
                word: self.word,
                at,
                clitics: Clitics {
                    conjunction,
                    preposition,
                    article,
                },
            });
        }
        None
    }
}
