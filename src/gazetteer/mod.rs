//! The gazetteer: countries, organizations and officials, with their Arabic and Latin names, and
//! the matcher that finds them in text through proclitics, demonyms, capitals and short forms.
//!
//! The default gazetteer is embedded (`data/gazetteer/*.tsv`) and parsed once, lazily. Build your
//! own from the default, from files, or both:
//!
//! ```
//! use akhbar::{EntityKind, Gazetteer, Via};
//!
//! let mine = "kind\tid\tname_en\tname_ar\tshort_ar\tgender\n\
//!             person\tsalma-haddad\tSalma Haddad\tسلمى حداد\tحداد\tf\n";
//! let g = Gazetteer::builder().add_defaults().add_str("mine.tsv", mine).build().unwrap();
//! let text = "التقت سلمى حداد بوزير الخارجية الأميركي في واشنطن، وقالت حداد إن …";
//! let matches = g.find(text);
//! let found: Vec<(&str, &str, Via)> = matches
//!     .mentions
//!     .iter()
//!     .map(|m| (m.span.slice(text), m.entity.id(), m.via))
//!     .collect();
//! assert_eq!(found, [
//!     ("سلمى حداد", "salma-haddad", Via::Name),
//!     ("الأميركي", "US", Via::Demonym),
//!     ("واشنطن", "US", Via::Capital),
//!     ("حداد", "salma-haddad", Via::ShortForm),
//! ]);
//! ```

mod entity;
mod matcher;
mod snapshot;
mod trie;
mod tsv;

pub(crate) use entity::CURRENT_ERA;
pub use entity::{Entity, EntityKind, Gender, Role};
pub(crate) use matcher::{is_leader, MENTIONS, UNLINKED};
pub use matcher::{Matches, Mention, Unlinked, Via};

use crate::{Error, ErrorKind, Normalized, Normalizer, Span};
use matcher::Matcher;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The embedded default data files: (name, contents).
const DEFAULT_FILES: &[(&str, &str)] = &[
    (
        "data/gazetteer/countries.tsv",
        include_str!("../../data/gazetteer/countries.tsv"),
    ),
    (
        "data/gazetteer/organizations.tsv",
        include_str!("../../data/gazetteer/organizations.tsv"),
    ),
    (
        "data/gazetteer/people-arab.tsv",
        include_str!("../../data/gazetteer/people-arab.tsv"),
    ),
    (
        "data/gazetteer/people-world.tsv",
        include_str!("../../data/gazetteer/people-world.tsv"),
    ),
    (
        "data/gazetteer/blocks.tsv",
        include_str!("../../data/gazetteer/blocks.tsv"),
    ),
];

/// A set of entities and the automaton that finds them. Cheap to clone (`Arc` inside), `Send` and
/// `Sync`: build once, share everywhere.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    entities: Vec<Arc<Entity>>,
    by_id: HashMap<String, usize>,
    matcher: Matcher,
}

impl Gazetteer {
    /// The embedded default gazetteer, built on first use and shared.
    pub fn default_ref() -> &'static Gazetteer {
        static DEFAULT: OnceLock<Gazetteer> = OnceLock::new();
        DEFAULT.get_or_init(|| {
            Gazetteer::builder()
                .add_defaults()
                .build()
                .expect("the embedded gazetteer is valid (checked by tests)")
        })
    }

    /// A builder, empty until you add the defaults or files.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// All entities, in load order.
    pub fn entities(&self) -> &[Arc<Entity>] {
        &self.inner.entities
    }

    /// The entity with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Entity>> {
        self.inner.by_id.get(id).map(|&i| &self.inner.entities[i])
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.inner.entities.len()
    }

    /// Whether the gazetteer has no entity.
    pub fn is_empty(&self) -> bool {
        self.inner.entities.is_empty()
    }

    /// Number of distinct normalized surface forms the matcher looks for.
    pub fn pattern_count(&self) -> usize {
        self.inner.matcher.pattern_count()
    }

    /// Finds the entities mentioned in `text`. Spans index `text`.
    pub fn find(&self, text: &str) -> Matches {
        self.find_normalized(&Normalizer::matching().normalize(text))
    }

    /// Finds the entities in a text already normalized with the
    /// [`matching`](crate::NormalizeOptions::matching) preset; spans index its original.
    pub fn find_normalized(&self, norm: &Normalized<'_>) -> Matches {
        self.inner.matcher.find(&self.inner.entities, norm)
    }

    /// Adds to `mentions` (in text order) the outlets named in quotation marks after their noun
    /// (`قناة "العربية"`), given the text's quotation marks in order: see
    /// `Matcher::quoted_outlets`.
    pub(crate) fn quoted_outlets(&self, text: &str, marks: &[Span], mentions: &mut Vec<Mention>) {
        self.inner
            .matcher
            .quoted_outlets(&self.inner.entities, text, marks, mentions);
    }
}

impl Default for Gazetteer {
    /// A clone of [`Gazetteer::default_ref`].
    fn default() -> Self {
        Gazetteer::default_ref().clone()
    }
}

enum Source {
    Text { name: String, text: String },
    File(PathBuf),
    Defaults,
}

/// Builds a [`Gazetteer`] from the embedded defaults and/or files in the documented format.
#[derive(Default)]
pub struct GazetteerBuilder {
    sources: Vec<Source>,
    allow_override: bool,
    /// Build the default's matcher even where the snapshot could be used (tests compare the two).
    skip_snapshot: bool,
}

/// The default gazetteer's matcher from the stored snapshot, when it was built from the embedded
/// data files as they are.
fn default_snapshot(entities: &[Arc<Entity>]) -> Option<Matcher> {
    let source = snapshot::source_hash(DEFAULT_FILES);
    let mut r = snapshot::Reader::open(snapshot::DEFAULT_SNAPSHOT, source)?;
    Matcher::read_snapshot(entities, &mut r)
}

impl GazetteerBuilder {
    /// Adds the embedded default data.
    pub fn add_defaults(mut self) -> Self {
        self.sources.push(Source::Defaults);
        self
    }

    /// Adds a data file, read when [`build`](Self::build) runs.
    pub fn add_file(mut self, path: impl AsRef<Path>) -> Self {
        self.sources.push(Source::File(path.as_ref().to_path_buf()));
        self
    }

    /// Adds data from a string; `name` identifies it in errors.
    pub fn add_str(mut self, name: &str, text: &str) -> Self {
        self.sources.push(Source::Text {
            name: name.to_string(),
            text: text.to_string(),
        });
        self
    }

    /// Whether a later record may replace an earlier one with the same id (default: no, a duplicate
    /// id is an error).
    pub fn allow_override(mut self, yes: bool) -> Self {
        self.allow_override = yes;
        self
    }

    /// Parses everything and builds the matcher.
    pub fn build(self) -> Result<Gazetteer, Error> {
        let mut entities: Vec<Arc<Entity>> = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
        let mut load = |name: &str, text: &str| -> Result<(), Error> {
            for rec in tsv::parse(name, text)? {
                let entity = match rec.item {
                    tsv::Item::Entity(e) => *e,
                    tsv::Item::Block { id, forms } => {
                        match blocks.iter_mut().find(|b| b.0 == id) {
                            Some(b) if self.allow_override => b.1 = forms,
                            Some(_) => {
                                return Err(Error::new(ErrorKind::DuplicateId {
                                    id,
                                    at: format!("{name}:{}", rec.line),
                                }))
                            }
                            None => blocks.push((id, forms)),
                        }
                        continue;
                    }
                };
                let id = entity.id.clone();
                match by_id.get(&id) {
                    Some(&i) if self.allow_override => entities[i] = Arc::new(entity),
                    Some(_) => {
                        return Err(Error::new(ErrorKind::DuplicateId {
                            id,
                            at: format!("{name}:{}", rec.line),
                        }))
                    }
                    None => {
                        by_id.insert(id, entities.len());
                        entities.push(Arc::new(entity));
                    }
                }
            }
            Ok(())
        };
        for source in &self.sources {
            match source {
                Source::Defaults => {
                    for (name, text) in DEFAULT_FILES {
                        load(name, text)?;
                    }
                }
                Source::Text { name, text } => load(name, text)?,
                Source::File(path) => {
                    let text = std::fs::read_to_string(path).map_err(|error| {
                        Error::new(ErrorKind::Io {
                            path: path.clone(),
                            error,
                        })
                    })?;
                    load(&path.display().to_string(), &text)?;
                }
            }
        }
        let block_forms: Vec<&str> = blocks
            .iter()
            .flat_map(|b| b.1.iter().map(String::as_str))
            .collect();
        // The embedded default alone: its matcher was built ahead of time (see `snapshot`).
        let only_defaults = matches!(self.sources.as_slice(), [Source::Defaults]);
        let stored = only_defaults && !self.skip_snapshot;
        let matcher = match stored.then(|| default_snapshot(&entities)).flatten() {
            Some(m) => m,
            None => Matcher::build(&entities, &block_forms)?,
        };
        Ok(Gazetteer {
            inner: Arc::new(Inner {
                entities,
                by_id,
                matcher,
            }),
        })
    }
}
