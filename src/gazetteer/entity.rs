//! Gazetteer entries.

use std::fmt;

/// What kind of entity a gazetteer entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A country (id: ISO 3166-1 alpha-2).
    Country,
    /// An organization: international body, ministry, army, party, armed group, news agency …
    Organization,
    /// A person, usually an official.
    Person,
}

impl EntityKind {
    /// The name used in data files and JSON: `country`, `organization`, `person`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Person => "person",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<EntityKind> {
        Some(match s {
            "country" => EntityKind::Country,
            "organization" => EntityKind::Organization,
            "person" => EntityKind::Person,
            _ => return None,
        })
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's grammatical gender, which attribution uses to agree قال/قالت.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Gender {
    /// Masculine.
    Male,
    /// Feminine.
    Female,
}

/// The first year of the news the default gazetteer's officials are drawn from: a role phrase
/// with no "former" (الرئيس المصري) names a holder of an office that lasted into it.
pub(crate) const CURRENT_ERA: u16 = 2010;

/// A role a person held, with years.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Role {
    /// The role, in English (`US Secretary of State`).
    pub title: String,
    /// First year.
    pub from: Option<u16>,
    /// Last year (equal to `from` for a single year; `None` when open or unknown).
    pub to: Option<u16>,
}

/// One gazetteer entry: a country, an organization or a person, with its names.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity {
    pub(crate) kind: EntityKind,
    pub(crate) id: String,
    pub(crate) name_en: String,
    pub(crate) name_ar: String,
    pub(crate) variants_ar: Vec<String>,
    pub(crate) variants_en: Vec<String>,
    pub(crate) short_ar: Vec<String>,
    pub(crate) short_en: Vec<String>,
    pub(crate) demonyms_ar: Vec<String>,
    pub(crate) demonyms_en: Vec<String>,
    pub(crate) capital_ar: Vec<String>,
    pub(crate) capital_en: Vec<String>,
    pub(crate) country: Option<String>,
    pub(crate) gender: Option<Gender>,
    pub(crate) roles: Vec<Role>,
    pub(crate) org_type: Option<String>,
    pub(crate) homonyms_ar: Vec<String>,
    /// Forms that name the body only in a text that names its country (مجلس الشورى, الحرس
    /// الوطني: several countries have one).
    pub(crate) contextual_ar: Vec<String>,
}

impl Entity {
    /// The kind of entity.
    pub fn kind(&self) -> EntityKind {
        self.kind
    }
    /// Stable id: ISO 3166-1 alpha-2 for countries, a slug for others.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// English canonical name.
    pub fn name_en(&self) -> &str {
        &self.name_en
    }
    /// Arabic canonical name.
    pub fn name_ar(&self) -> &str {
        &self.name_ar
    }
    /// Further Arabic names.
    pub fn variants_ar(&self) -> &[String] {
        &self.variants_ar
    }
    /// Latin-script names and acronyms.
    pub fn variants_en(&self) -> &[String] {
        &self.variants_en
    }
    /// Short forms (surnames) in Arabic.
    pub fn short_ar(&self) -> &[String] {
        &self.short_ar
    }
    /// Short forms in Latin script.
    pub fn short_en(&self) -> &[String] {
        &self.short_en
    }
    /// Arabic demonyms (without ال).
    pub fn demonyms_ar(&self) -> &[String] {
        &self.demonyms_ar
    }
    /// English demonyms.
    pub fn demonyms_en(&self) -> &[String] {
        &self.demonyms_en
    }
    /// Capital city names in Arabic.
    pub fn capital_ar(&self) -> &[String] {
        &self.capital_ar
    }
    /// Capital city names in Latin script.
    pub fn capital_en(&self) -> &[String] {
        &self.capital_en
    }
    /// The country's cities spelled like another country's name or capital (طرابلس in Lebanon).
    pub fn homonyms_ar(&self) -> &[String] {
        &self.homonyms_ar
    }

    /// Arabic forms that name this body only in a text that also names its country (a body
    /// several countries have: مجلس الشورى، الحرس الوطني).
    pub fn contextual_ar(&self) -> &[String] {
        &self.contextual_ar
    }
    /// The country (ISO alpha-2) a person serves or a national organization belongs to.
    pub fn country(&self) -> Option<&str> {
        self.country.as_deref()
    }
    /// A person's gender.
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }
    /// A person's roles.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
    /// An organization's type (`ministry`, `armed-group`, …).
    pub fn org_type(&self) -> Option<&str> {
        self.org_type.as_deref()
    }
}
