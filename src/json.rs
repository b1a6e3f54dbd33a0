//! The JSON form of an [`Article`] (feature `serde`). The schema is documented in `README.md`;
//! every `start`/`end` is a byte offset into the input and every `text` equals that slice.

use crate::gazetteer::{Entity, Mention};
use crate::{Article, Quote, Span, Speaker, Token, Zone};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::Serialize;

/// What [`Article::json`] includes besides the default fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct JsonOptions {
    /// Include every token (`"tokens"`). Off by default: tokens multiply the output size.
    pub tokens: bool,
}

/// An article ready to serialize with [`JsonOptions`]; see [`Article::json`].
#[derive(Clone, Copy, Debug)]
pub struct ArticleJson<'a, 't> {
    article: &'a Article<'t>,
    options: JsonOptions,
}

impl<'t> Article<'t> {
    /// The article as JSON with options (the `Serialize` impl of `Article` uses the defaults).
    ///
    /// ```
    /// use akhbar::{Article, JsonOptions};
    ///
    /// let text = "قال الرئيس الفرنسي إيمانويل ماكرون إن \"الحل سياسي\".";
    /// let article = Article::parse(text);
    /// let json = serde_json::to_value(article.json(JsonOptions { tokens: true })).unwrap();
    /// let q = &json["quotes"][0];
    /// assert_eq!(q["text"], "الحل سياسي");
    /// assert_eq!(q["speaker"]["entity"]["id"], "emmanuel-macron");
    /// assert_eq!(json["tokens"].as_array().unwrap().len(), article.tokens().len());
    /// ```
    pub fn json(&self, options: JsonOptions) -> ArticleJson<'_, 't> {
        ArticleJson {
            article: self,
            options,
        }
    }
}

impl Serialize for Article<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json(JsonOptions::default()).serialize(s)
    }
}

/// `{"start", "end", "text"}` of a span of the input.
struct Slice<'a>(&'a str, Span);

impl Serialize for Slice<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("start", &self.1.start)?;
        m.serialize_entry("end", &self.1.end)?;
        m.serialize_entry("text", self.1.slice(self.0))?;
        m.end()
    }
}

fn opt_slice(text: &str, s: Option<Span>) -> Option<Slice<'_>> {
    s.map(|s| Slice(text, s))
}

struct Seq<I>(std::cell::RefCell<Option<I>>);

impl<I, T> Serialize for Seq<I>
where
    I: Iterator<Item = T>,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let it = self.0.borrow_mut().take().expect("serialized once");
        let mut seq = s.serialize_seq(None)?;
        for x in it {
            seq.serialize_element(&x)?;
        }
        seq.end()
    }
}

fn seq<I: Iterator>(it: I) -> Seq<I> {
    Seq(std::cell::RefCell::new(Some(it)))
}

struct EntityRef<'a>(&'a Entity);

impl Serialize for EntityRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("id", self.0.id())?;
        m.serialize_entry("kind", &self.0.kind())?;
        m.serialize_entry("name", self.0.name_en())?;
        m.serialize_entry("name_ar", self.0.name_ar())?;
        m.end()
    }
}

struct MentionJson<'a>(&'a str, &'a Mention);

impl Serialize for MentionJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, m) = (self.0, self.1);
        let mut map = s.serialize_map(Some(9))?;
        map.serialize_entry("kind", &m.entity.kind())?;
        map.serialize_entry("id", m.entity.id())?;
        map.serialize_entry("name", m.entity.name_en())?;
        map.serialize_entry("name_ar", m.entity.name_ar())?;
        map.serialize_entry("start", &m.span.start)?;
        map.serialize_entry("end", &m.span.end)?;
        map.serialize_entry("text", m.span.slice(text))?;
        map.serialize_entry("via", m.via.as_str())?;
        map.serialize_entry("prefix", &opt_slice(text, m.prefix))?;
        map.end()
    }
}

struct SpeakerJson<'a>(&'a str, &'a Speaker);

impl Serialize for SpeakerJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, sp) = (self.0, self.1);
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("text", sp.span.slice(text))?;
        m.serialize_entry("start", &sp.span.start)?;
        m.serialize_entry("end", &sp.span.end)?;
        m.serialize_entry("entity", &sp.entity.as_deref().map(EntityRef))?;
        m.end()
    }
}

struct QuoteJson<'a>(&'a str, &'a Quote);

impl Serialize for QuoteJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, q) = (self.0, self.1);
        let mut m = s.serialize_map(Some(11))?;
        m.serialize_entry("start", &q.content.start)?;
        m.serialize_entry("end", &q.content.end)?;
        m.serialize_entry("text", q.content.slice(text))?;
        m.serialize_entry("kind", &q.kind)?;
        m.serialize_entry("outer", &Slice(text, q.span))?;
        m.serialize_entry("speaker", &q.speaker.as_ref().map(|x| SpeakerJson(text, x)))?;
        m.serialize_entry("agent", &q.agent.as_ref().map(|x| SpeakerJson(text, x)))?;
        m.serialize_entry("cue", &opt_slice(text, q.cue))?;
        m.serialize_entry("rule", &q.rule)?;
        m.serialize_entry("confidence", &q.confidence())?;
        m.serialize_entry("unbalanced", &q.unbalanced)?;
        m.end()
    }
}

struct ZoneJson<'a>(&'a str, &'a Zone);

impl Serialize for ZoneJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (text, z) = (self.0, self.1);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", &z.kind)?;
        m.serialize_entry("start", &z.span.start)?;
        m.serialize_entry("end", &z.span.end)?;
        m.serialize_entry("main", &z.main)?;
        m.serialize_entry("value", &opt_slice(text, z.value))?;
        m.serialize_entry("items", &seq(z.items.iter().map(|&i| Slice(text, i))))?;
        if let Some(p) = &z.post {
            m.serialize_entry(
                "post",
                &PostJson {
                    author: Slice(text, p.author),
                    handle: opt_slice(text, p.handle),
                    date: opt_slice(text, p.date),
                    body: Slice(text, p.body),
                },
            )?;
        }
        m.end()
    }
}

#[derive(Serialize)]
struct PostJson<'a> {
    author: Slice<'a>,
    handle: Option<Slice<'a>>,
    date: Option<Slice<'a>>,
    body: Slice<'a>,
}

struct TokenJson<'a>(&'a Token<'a>);

impl Serialize for TokenJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.0;
        let mut m = s.serialize_map(Some(4))?;
        m.serialize_entry("start", &t.start())?;
        m.serialize_entry("end", &t.end())?;
        m.serialize_entry("text", t.as_str())?;
        m.serialize_entry("kind", &t.kind())?;
        m.end()
    }
}

impl Serialize for ArticleJson<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = self.article;
        let text = a.text();
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("title", &opt_slice(text, a.title()))?;
        m.serialize_entry("dateline", &opt_slice(text, a.dateline()))?;
        m.serialize_entry("byline", &opt_slice(text, a.byline()))?;
        m.serialize_entry("source", &opt_slice(text, a.source()))?;
        m.serialize_entry(
            "keywords",
            &seq(a.keywords().iter().map(|&k| Slice(text, k))),
        )?;
        m.serialize_entry("zones", &seq(a.zones().iter().map(|z| ZoneJson(text, z))))?;
        m.serialize_entry(
            "paragraphs",
            &seq(a.paragraphs().iter().map(|p| Slice(text, p.span))),
        )?;
        m.serialize_entry(
            "sentences",
            &seq(a.sentences().iter().map(|x| Slice(text, x.span))),
        )?;
        m.serialize_entry(
            "entities",
            &seq(a.mentions().iter().map(|x| MentionJson(text, x))),
        )?;
        let counts = a.entities();
        m.serialize_entry(
            "entity_counts",
            &seq(counts.iter().map(|c| EntityCountJson {
                entity: EntityRef(&c.entity),
                count: c.count,
            })),
        )?;
        m.serialize_entry(
            "quotes",
            &seq(a.quotes().iter().map(|q| QuoteJson(text, q))),
        )?;
        m.serialize_entry(
            "related_entities",
            &seq(a.related_mentions().iter().map(|x| MentionJson(text, x))),
        )?;
        m.serialize_entry(
            "related_quotes",
            &seq(a.related_quotes().iter().map(|q| QuoteJson(text, q))),
        )?;
        if self.options.tokens {
            m.serialize_entry("tokens", &seq(a.tokens().iter().map(TokenJson)))?;
        }
        m.end()
    }
}

#[derive(Serialize)]
struct EntityCountJson<'a> {
    #[serde(flatten)]
    entity: EntityRef<'a>,
    count: usize,
}
