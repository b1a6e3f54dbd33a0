//! Quote and attribution evaluation on the development gold set (`eval/quotes/gold.jsonl`).
//!
//! ```text
//! cargo run --release --example eval_quotes            # summary
//! cargo run --release --example eval_quotes -- -v      # every miss and wrong speaker
//! ```
//!
//! The gold set stores only article ids and byte offsets; the texts are read from
//! `../shared/corpus/` (skipped, exit 0, when absent). See `eval/quotes/README.md`.
//!
//! Measures, over the 40 annotated articles:
//! - quote recall: gold quotes matched one-to-one by a predicted quote whose content overlaps with
//!   IoU ≥ 0.5 (overall, marked quotes only, and per kind);
//! - speaker accuracy on named speakers: among matched gold quotes whose speaker is named, the share
//!   whose predicted speaker is that person or body (same span, same linked entity, or a surface the
//!   gold itself uses for that speaker in the article: the name, its last word, or a role);
//! - attribution F1: a (quote, speaker) pair is right when the quote matches and the speaker is
//!   right; precision over predicted quotes with a speaker, recall over gold quotes with a speaker.

use akhbar::{normalize, Article, QuoteKind, Span};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

struct GoldQuote {
    content: Span,
    kind: String,
    speaker: Option<(Span, Option<String>)>,
}

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("../shared/corpus");
    if !corpus.is_dir() {
        println!("eval_quotes: ../shared/corpus absent, skipped");
        return;
    }
    let gold_text = std::fs::read_to_string(root.join("eval/quotes/gold.jsonl"))
        .expect("eval/quotes/gold.jsonl");
    let gold: Vec<Value> = gold_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line is JSON"))
        .collect();
    // Load the texts of the annotated articles.
    let mut wanted: HashMap<(String, String), Option<String>> = HashMap::new();
    for g in &gold {
        wanted.insert((s(&g["corpus"]), s(&g["id"])), None);
    }
    let corpora: Vec<String> = {
        let mut c: Vec<String> = wanted.keys().map(|k| k.0.clone()).collect();
        c.sort();
        c.dedup();
        c
    };
    for c in &corpora {
        let data = std::fs::read_to_string(corpus.join(c).join("articles.jsonl"))
            .unwrap_or_else(|e| panic!("{c}/articles.jsonl: {e}"));
        for line in data.lines() {
            let v: Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(_) => continue,
            };
            let key = (c.clone(), s(&v["id"]));
            if let Some(slot) = wanted.get_mut(&key) {
                *slot = Some(s(&v["text"]));
            }
        }
    }

    let mut tally = Tally::default();
    for g in &gold {
        let key = (s(&g["corpus"]), s(&g["id"]));
        let text = wanted[&key]
            .as_deref()
            .unwrap_or_else(|| panic!("article {key:?} not in the corpus"));
        let bytes = g["text_bytes"].as_u64().unwrap_or(0) as usize;
        assert_eq!(text.len(), bytes, "{key:?}: corpus text drifted");
        assert_eq!(
            sha1_hex(text.as_bytes()),
            s(&g["text_sha1"]),
            "{key:?}: corpus text drifted"
        );
        let golds: Vec<GoldQuote> = g["quotes"]
            .as_array()
            .map(|a| a.iter().map(gold_quote).collect())
            .unwrap_or_default();
        evaluate(&key.1, text, &golds, &mut tally, verbose);
    }
    tally.print();
}

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn span(v: &Value) -> Span {
    Span::new(
        v["start"].as_u64().unwrap_or(0) as usize,
        v["end"].as_u64().unwrap_or(0) as usize,
    )
}

fn gold_quote(v: &Value) -> GoldQuote {
    GoldQuote {
        content: span(v),
        kind: s(&v["kind"]),
        speaker: v["speaker"].as_object().map(|_| {
            (
                span(&v["speaker"]),
                v["speaker"]["name_en"].as_str().map(String::from),
            )
        }),
    }
}

fn iou(a: Span, b: Span) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end) - a.start.min(b.start);
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

#[derive(Default)]
struct Tally {
    gold: usize,
    gold_marked: usize,
    found: usize,
    found_marked: usize,
    by_kind: HashMap<String, (usize, usize)>,
    kind_right: usize,
    named: usize,
    named_right: usize,
    pred_with_speaker: usize,
    gold_with_speaker: usize,
    attribution_right: usize,
    predicted: usize,
    /// Per attribution rule: (right, predicted with a speaker).
    by_rule: std::collections::BTreeMap<String, (usize, usize)>,
}

impl Tally {
    fn print(&self) {
        let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        println!("quote attribution on eval/quotes/gold.jsonl");
        println!(
            "  quote recall            {:.3}  ({}/{})",
            r(self.found, self.gold),
            self.found,
            self.gold
        );
        println!(
            "  marked-quote recall     {:.3}  ({}/{})",
            r(self.found_marked, self.gold_marked),
            self.found_marked,
            self.gold_marked
        );
        let mut kinds: Vec<_> = self.by_kind.iter().collect();
        kinds.sort();
        for (k, (f, g)) in kinds {
            println!("    {k:<10} recall   {:.3}  ({f}/{g})", r(*f, *g));
        }
        println!(
            "  kind agreement (found)  {:.3}  ({}/{})",
            r(self.kind_right, self.found),
            self.kind_right,
            self.found
        );
        println!(
            "  speaker accuracy, named {:.3}  ({}/{})",
            r(self.named_right, self.named),
            self.named_right,
            self.named
        );
        let p = r(self.attribution_right, self.pred_with_speaker);
        let rc = r(self.attribution_right, self.gold_with_speaker);
        let f1 = if p + rc == 0.0 {
            0.0
        } else {
            2.0 * p * rc / (p + rc)
        };
        println!(
            "  attribution P {:.3} R {:.3} F1 {:.3}  ({} right; {} predicted with a speaker; {} gold with a speaker)",
            p, rc, f1, self.attribution_right, self.pred_with_speaker, self.gold_with_speaker
        );
        println!("  predicted quotes        {}", self.predicted);
        let rules: Vec<String> = self
            .by_rule
            .iter()
            .map(|(rule, &(right, n))| format!("{rule} {right}/{n}"))
            .collect();
        println!("  right by rule           {}", rules.join(", "));
    }
}

fn norm_words(text: &str, s: Span) -> Vec<String> {
    normalize(s.slice(text))
        .as_str()
        .split_whitespace()
        .map(|w| w.trim_start_matches(['و', 'ل', 'ب']).to_string())
        .collect()
}

fn evaluate(id: &str, text: &str, golds: &[GoldQuote], t: &mut Tally, verbose: bool) {
    let article = Article::parse(text);
    let preds: Vec<&akhbar::Quote> = article
        .quotes()
        .iter()
        .chain(article.related_quotes())
        .collect();
    t.predicted += preds.len();
    let mentions: Vec<&akhbar::Mention> = article
        .mentions()
        .iter()
        .chain(article.related_mentions())
        .collect();
    // One-to-one matching by best IoU.
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        for (pi, p) in preds.iter().enumerate() {
            let x = iou(g.content, p.content);
            if x >= 0.5 {
                pairs.push((x, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut g_match: Vec<Option<usize>> = vec![None; golds.len()];
    let mut p_used = vec![false; preds.len()];
    for (_, gi, pi) in pairs {
        if g_match[gi].is_none() && !p_used[pi] {
            g_match[gi] = Some(pi);
            p_used[pi] = true;
        }
    }
    // Every surface the gold uses for each named speaker of this article.
    let mut aliases: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for g in golds {
        if let Some((s, Some(n))) = &g.speaker {
            aliases
                .entry(n.clone())
                .or_default()
                .push(norm_words(text, *s));
        }
    }
    let entity_at = |s: Span| -> Option<String> {
        mentions
            .iter()
            .find(|m| m.span.overlaps(s))
            .map(|m| m.entity.id().to_string())
    };
    let speaker_right = |g: &GoldQuote, p: &akhbar::Quote| -> bool {
        let (Some((gs, gname)), Some(ps)) = (&g.speaker, &p.speaker) else {
            return false;
        };
        if ps.span.overlaps(*gs) {
            return true;
        }
        if let Some(e) = &ps.entity {
            if entity_at(*gs).as_deref() == Some(e.id()) {
                return true;
            }
            if let Some(n) = gname {
                if n.eq_ignore_ascii_case(e.name_en()) {
                    return true;
                }
            }
        }
        // The same name written elsewhere in the article (the gold points at another mention),
        // or another way the gold writes the same person (رئيس الحكومة / ماريانو راخوي).
        let b = norm_words(text, ps.span);
        let same = |a: &Vec<String>| {
            !a.is_empty() && (*a == b || (gname.is_some() && a.last() == b.last()))
        };
        same(&norm_words(text, *gs))
            || gname
                .as_ref()
                .and_then(|n| aliases.get(n))
                .is_some_and(|forms| forms.iter().any(same))
    };
    for (gi, g) in golds.iter().enumerate() {
        t.gold += 1;
        // (Direct speech after a colon has no marks: only the quotation marks count here.)
        let marked = g.kind != "indirect"
            && text[..g.content.start]
                .trim_end()
                .ends_with(['"', '«', '»', '“', '”', '{', '„', '\'', '‘', '’']);
        if marked {
            t.gold_marked += 1;
        }
        let e = t.by_kind.entry(g.kind.clone()).or_default();
        e.1 += 1;
        if g.speaker.is_some() {
            t.gold_with_speaker += 1;
        }
        let Some(pi) = g_match[gi] else {
            if verbose {
                let best = preds
                    .iter()
                    .filter(|p| p.content.overlaps(g.content))
                    .max_by(|a, b| iou(g.content, a.content).total_cmp(&iou(g.content, b.content)));
                println!(
                    "MISS {id} [{}] {:?}\n    nearest {:?}",
                    g.kind,
                    clip(g.content.slice(text)),
                    best.map(|p| clip(p.content.slice(text)))
                );
            }
            continue;
        };
        e.0 += 1;
        t.found += 1;
        if marked {
            t.found_marked += 1;
        }
        let p = preds[pi];
        let kind = match p.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::NonSpeech => "nonspeech",
            _ => "other",
        };
        if kind == g.kind {
            t.kind_right += 1;
        }
        let right = speaker_right(g, p);
        if g.speaker.as_ref().is_some_and(|s| s.1.is_some()) {
            t.named += 1;
            if right {
                t.named_right += 1;
            }
        }
        if right {
            t.attribution_right += 1;
            if let Some(rule) = p.rule {
                t.by_rule.entry(format!("{rule:?}")).or_default().0 += 1;
            }
        }
        if verbose && g.speaker.is_some() && !right {
            let gs = g.speaker.as_ref().map(|s| s.0.slice(text)).unwrap_or("");
            let ps = p
                .speaker
                .as_ref()
                .map(|s| s.span.slice(text))
                .unwrap_or("-");
            println!(
                "SPEAKER {id} [{}] {:?}\n    gold {:?}  pred {:?} ({:?})",
                g.kind,
                clip(g.content.slice(text)),
                gs,
                ps,
                p.rule
            );
            if std::env::var_os("EVAL_CONTEXT").is_some() {
                let from = floor_char(text, g.content.start.saturating_sub(300));
                let to = floor_char(text, (g.content.end + 60).min(text.len()));
                println!("    context: {}", text[from..to].replace('\n', " ⏎ "));
            }
        }
    }
    t.pred_with_speaker += preds.iter().filter(|p| p.speaker.is_some()).count();
    for p in preds.iter().filter(|p| p.speaker.is_some()) {
        if let Some(rule) = p.rule {
            t.by_rule.entry(format!("{rule:?}")).or_default().1 += 1;
        }
    }
    if verbose {
        for (pi, p) in preds.iter().enumerate() {
            if !p_used[pi] && p.speaker.is_some() {
                println!(
                    "EXTRA {id} [{:?}] {:?}",
                    p.kind,
                    clip(p.content.slice(text))
                );
            }
        }
    }
}

fn clip(s: &str) -> String {
    let c: String = s.chars().take(70).collect();
    if c.len() < s.len() {
        format!("{c}…")
    } else {
        c
    }
}

/// SHA-1 (FIPS 180-4), to check that the corpus text is the annotated one.
fn sha1_hex(data: &[u8]) -> String {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([
                chunk[4 * i],
                chunk[4 * i + 1],
                chunk[4 * i + 2],
                chunk[4 * i + 3],
            ]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let [mut a, mut b, mut c, mut d, mut e] = h;
        for (i, &wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let temp = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = temp;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

/// The largest char boundary of `text` at or before `i`.
fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
