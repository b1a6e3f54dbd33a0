//! The gazetteer file format (see `data/gazetteer/README.md`): TAB-separated, a header row naming
//! the columns, `|` between values, `#` comments.

use super::entity::{Entity, EntityKind, Gender, Role};
use crate::Error;

const COLUMNS: &[&str] = &[
    "kind",
    "id",
    "name_en",
    "name_ar",
    "variants_ar",
    "variants_en",
    "short_ar",
    "short_en",
    "demonyms_ar",
    "demonyms_en",
    "capital_ar",
    "capital_en",
    "country",
    "gender",
    "roles",
    "type",
    "homonyms_ar",
    "contextual_ar",
];

/// Columns that only some kinds may fill.
fn allowed(column: &str, kind: EntityKind) -> bool {
    match column {
        "short_ar" | "short_en" | "gender" | "roles" => kind == EntityKind::Person,
        "demonyms_ar" | "demonyms_en" | "capital_ar" | "capital_en" | "homonyms_ar" => {
            kind == EntityKind::Country
        }
        "country" => kind != EntityKind::Country,
        "type" | "contextual_ar" => kind == EntityKind::Organization,
        _ => true,
    }
}

/// What a record is: an entity, or a block phrase (a non-entity that contains a name).
pub(crate) enum Item {
    Entity(Box<Entity>),
    Block { id: String, forms: Vec<String> },
}

/// A record with the line it came from.
pub(crate) struct Record {
    pub(crate) item: Item,
    pub(crate) line: usize,
}

/// Parses one gazetteer file; `source` names it in errors.
pub(crate) fn parse(source: &str, text: &str) -> Result<Vec<Record>, Error> {
    let err = |line: usize, msg: String| Error::gazetteer(source, line, msg);
    let mut header: Option<Vec<usize>> = None;
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let line = if line_no == 1 {
            line.trim_start_matches('\u{FEFF}')
        } else {
            line
        };
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let Some(cols) = &header else {
            let mut cols = Vec::with_capacity(fields.len());
            for name in &fields {
                let name = name.trim();
                let Some(c) = COLUMNS.iter().position(|c| *c == name) else {
                    return Err(err(line_no, format!("unknown column `{name}` in header")));
                };
                if cols.contains(&c) {
                    return Err(err(line_no, format!("column `{name}` appears twice")));
                }
                cols.push(c);
            }
            for required in [0, 1] {
                if !cols.contains(&required) {
                    let name = COLUMNS[required];
                    return Err(err(line_no, format!("header lacks the `{name}` column")));
                }
            }
            header = Some(cols);
            continue;
        };
        if fields.len() != cols.len() {
            return Err(err(
                line_no,
                format!("{} fields, the header has {}", fields.len(), cols.len()),
            ));
        }
        let mut cell = [""; COLUMNS.len()];
        for (f, &c) in fields.iter().zip(cols) {
            cell[c] = f.trim();
        }
        if cell[0] == "block" {
            let id = cell[1];
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(err(
                    line_no,
                    format!("id `{id}` is not a lower-case ASCII slug"),
                ));
            }
            for (c, name) in COLUMNS.iter().enumerate() {
                let used = matches!(
                    *name,
                    "kind" | "id" | "name_en" | "name_ar" | "variants_ar" | "variants_en"
                );
                if !cell[c].is_empty() && !used {
                    return Err(err(
                        line_no,
                        format!("column `{name}` does not apply to a block"),
                    ));
                }
            }
            let forms: Vec<String> = [cell[3]]
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(String::from)
                .chain(list(cell[4]))
                .chain(list(cell[5]))
                .collect();
            if forms.is_empty() {
                return Err(err(
                    line_no,
                    "a block needs name_ar, variants_ar or variants_en".into(),
                ));
            }
            out.push(Record {
                item: Item::Block {
                    id: id.to_string(),
                    forms,
                },
                line: line_no,
            });
            continue;
        }
        let Some(kind) = EntityKind::parse(cell[0]) else {
            return Err(err(
                line_no,
                format!(
                    "kind `{}` is not country, person, organization or block",
                    cell[0]
                ),
            ));
        };
        for (c, name) in COLUMNS.iter().enumerate() {
            if !cell[c].is_empty() && !allowed(name, kind) {
                return Err(err(
                    line_no,
                    format!("column `{name}` does not apply to a {kind}"),
                ));
            }
        }
        let entity = build(kind, &cell).map_err(|m| err(line_no, m))?;
        out.push(Record {
            item: Item::Entity(Box::new(entity)),
            line: line_no,
        });
    }
    Ok(out)
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn build(kind: EntityKind, cell: &[&str; COLUMNS.len()]) -> Result<Entity, String> {
    let id = cell[1];
    let valid_id = match kind {
        EntityKind::Country => id.len() == 2 && id.bytes().all(|b| b.is_ascii_uppercase()),
        _ => {
            !id.is_empty()
                && id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        }
    };
    if !valid_id {
        return Err(match kind {
            EntityKind::Country => format!("country id `{id}` is not an ISO 3166-1 alpha-2 code"),
            _ => format!("id `{id}` is not a lower-case ASCII slug"),
        });
    }
    if cell[2].is_empty() && cell[3].is_empty() {
        return Err("an entry needs name_en or name_ar".to_string());
    }
    let country = match cell[12] {
        "" => None,
        c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) => Some(c.to_string()),
        c => return Err(format!("country `{c}` is not an ISO 3166-1 alpha-2 code")),
    };
    let gender = match cell[13] {
        "" => None,
        "m" => Some(Gender::Male),
        "f" => Some(Gender::Female),
        g => return Err(format!("gender `{g}` is not m or f")),
    };
    let roles = list(cell[14])
        .into_iter()
        .map(|r| parse_role(&r))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Entity {
        kind,
        id: id.to_string(),
        name_en: cell[2].to_string(),
        name_ar: cell[3].to_string(),
        variants_ar: list(cell[4]),
        variants_en: list(cell[5]),
        short_ar: list(cell[6]),
        short_en: list(cell[7]),
        demonyms_ar: list(cell[8]),
        demonyms_en: list(cell[9]),
        capital_ar: list(cell[10]),
        capital_en: list(cell[11]),
        country,
        gender,
        roles,
        org_type: (!cell[15].is_empty()).then(|| cell[15].to_string()),
        homonyms_ar: list(cell[16]),
        contextual_ar: list(cell[17]),
    })
}

/// `Title@2019-2023`, `Title@2019`, `Title@2019-` or `Title`.
fn parse_role(s: &str) -> Result<Role, String> {
    let (title, years) = match s.rsplit_once('@') {
        Some((t, y)) => (t.trim(), Some(y.trim())),
        None => (s.trim(), None),
    };
    let year = |y: &str| -> Result<Option<u16>, String> {
        if y.is_empty() {
            return Ok(None);
        }
        y.parse::<u16>()
            .ok()
            .filter(|y| (1900..=2100).contains(y))
            .map(Some)
            .ok_or_else(|| format!("role `{s}`: `{y}` is not a year"))
    };
    let (from, to) = match years {
        None => (None, None),
        Some(y) => match y.split_once('-') {
            Some((a, b)) => (year(a)?, year(b)?),
            None => {
                let y = year(y)?;
                (y, y)
            }
        },
    };
    Ok(Role {
        title: title.to_string(),
        from,
        to,
    })
}
