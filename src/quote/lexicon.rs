//! The Arabic words attribution reads: speech verbs, participles, complementizers, source phrases,
//! prepositions that make an object, relative pronouns and the fillers between a verb and its subject.
//! Forms are written as newsrooms write them and normalized (matching preset) when the table is built.

use crate::hash::{WordHasher, WordMap};
use crate::Normalizer;
use std::hash::{BuildHasher, BuildHasherDefault};
use std::sync::OnceLock;

/// Role of a word in attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A speech verb; `fem` when its agreement is feminine (قالت).
    Verb { fem: bool },
    /// A participle cue (مؤكدا، مشيرة) taking the subject of the main verb.
    Participle { fem: bool },
    /// إن / أن and their pronoun-suffixed forms, introducing a reported clause.
    Complementizer,
    /// Opens a trailing source phrase: حسبما، وفقا، بحسب، نقلا، طبقا …
    Source,
    /// A preposition after which a name is an object, not a subject (مع، إلى، عن …).
    Object,
    /// A relative pronoun (الذي، التي …).
    Relative,
    /// A word that may sit between a verb and its subject (days, أمس, في بيان …).
    Filler,
    /// A noun that heads an unnamed source (مصدر، متحدث، مسؤول …).
    SourceHead,
    /// A verbal noun of saying (تأكيد، إعلان، تحذير، اعتراف): a verb of saying only where a
    /// clause follows it (see the quote context).
    Masdar,
}

const VERBS_M: &[&str] = &[
    "قال",
    "أكد",
    "أضاف",
    "أوضح",
    "أشار",
    "شدد",
    "ذكر",
    "أعلن",
    "دعا",
    "حث",
    "نفى",
    "اعتبر",
    "كشف",
    "تابع",
    "لفت",
    "صرح",
    "حذر",
    "رأى",
    "أعرب",
    "أفاد",
    "أبلغ",
    "أردف",
    "استطرد",
    "ختم",
    "نبه",
    "طالب",
    "اتهم",
    "هدد",
    "توعد",
    "تعهد",
    "أقر",
    "اعترف",
    "زعم",
    "ادعى",
    "علق",
    "غرد",
    "كتب",
    "وصف",
    "نسب",
    // Verbs of naming and describing with their object (ووصفها الوزير بأنها "…"، ما سماه "…").
    "وصفه",
    "وصفها",
    "وصفهم",
    "اعتبره",
    "اعتبرها",
    "سماه",
    "سماها",
    "أسماه",
    "أسماها",
    "يسميه",
    "يسميها",
    "يصنفه",
    "يصنفها",
    "يصفه",
    "يصفها",
    "يعتبره",
    "يعتبرها",
    "أكّد",
    "نقل",
    "أفصح",
    "قلل",
    "رجح",
    "توقع",
    "أشاد",
    "انتقد",
    "جدد",
    "يقول",
    "يزعم",
    "يؤكد",
    "يضيف",
    "يوضح",
    "يشير",
    "يرى",
    "يعتبر",
    "يذكر",
    "يعلن",
    "يدعو",
    "ينفي",
    "أبدى",
    "أجاب",
    "يتابع",
    "طمأن",
    "تساءل",
    // (As often written with ئ.)
    "تسائل",
    "ناشد",
    "ألمح",
    "أورد",
    "يورد",
    "قالوا",
    "أكدوا",
    "أضافوا",
    "أشاروا",
    "أوضحوا",
    "اعتبروا",
    "ذكروا",
    "أعلنوا",
    "حذروا",
    "طالبوا",
    "رأوا",
    "شددوا",
    "يقولون",
    "يؤكدون",
    "نفوا",
    "كشفوا",
    "تابعوا",
    "لفتوا",
    "أفادوا",
    "وصفوا",
    "اتهموا",
    "قوله",
    "بقوله",
    "لقوله",
    "قولهم",
    "بقولهم",
    "أوضح",
    "اعتبر",
    // (أبان is also إبان "during": a cue only before the words it reports, see attribution.)
    "أبان",
    "نوه",
    "لاحظ",
    // Verbs of a stated position: they report no clause, but their subject goes on speaking
    // ("أدانت حماس الهجوم، وقالت في بيان …").
    "أدان",
    "استنكر",
    "رحب",
    "ندد",
    "شجب",
    "أصر",
    "يصر",
];
/// Dual verbs of saying, masculine: two people (قالا، أعلنا). Their subject names two (see
/// [`is_dual_verb`]).
const DUAL_VERBS_M: &[&str] = &["قالا", "أكدا", "أضافا", "أعلنا", "أوضحا", "أشارا"];
/// Dual verbs of saying, feminine: two bodies or women ("وكانت الوزارة والمديرية أعلنتا أن").
const DUAL_VERBS_F: &[&str] = &["قالتا", "أكدتا", "أعلنتا", "أضافتا", "أوضحتا", "ذكرتا"];
const VERBS_F: &[&str] = &[
    "قالت",
    "أبانت",
    "بينت",
    "نوهت",
    "لاحظت",
    "أدانت",
    "استنكرت",
    "رحبت",
    "نددت",
    "شجبت",
    "أصرت",
    "تصر",
    "أكدت",
    "أضافت",
    "أوضحت",
    "أشارت",
    "شددت",
    "ذكرت",
    "أعلنت",
    "دعت",
    "حثت",
    "نفت",
    "اعتبرت",
    "كشفت",
    "تابعت",
    "لفتت",
    "صرحت",
    "حذرت",
    "رأت",
    "أعربت",
    "أفادت",
    "أبلغت",
    "أردفت",
    "ختمت",
    "نبهت",
    "طالبت",
    "اتهمت",
    "هددت",
    "توعدت",
    "تعهدت",
    "أقرت",
    "اعترفت",
    "زعمت",
    "ادعت",
    "ردت",
    "علقت",
    "غردت",
    "كتبت",
    "وصفت",
    "نسبت",
    "وصفته",
    "وصفتها",
    "وصفتهم",
    "اعتبرته",
    "اعتبرتها",
    "سمته",
    "سمتها",
    "أسمته",
    "أسمتها",
    "تسميه",
    "تسميها",
    "تصنفه",
    "تصنفها",
    "تصفه",
    "تصفها",
    "تعتبره",
    "تعتبرها",
    "نقلت",
    "قللت",
    "رجحت",
    "توقعت",
    "أشادت",
    "انتقدت",
    "جددت",
    // "ونقلت الصحيفة عن طاطور قولها:".
    "قولها",
    "بقولها",
    "لقولها",
    "تقول",
    "تزعم",
    "تؤكد",
    "تضيف",
    "توضح",
    "تشير",
    "ترى",
    "تعتبر",
    "تذكر",
    "تعلن",
    "تدعو",
    "تنفي",
    "أبدت",
    "أجابت",
    "تساءلت",
    "تسائلت",
    "ناشدت",
    "ألمحت",
    "أوردت",
    "تورد",
];
const PARTICIPLES_M: &[&str] = &[
    "مؤكدا",
    "مشيرا",
    "مضيفا",
    "موضحا",
    "معتبرا",
    "لافتا",
    "مشددا",
    "محذرا",
    "داعيا",
    "مطالبا",
    "قائلا",
    "منوها",
    "متابعا",
    "مستدركا",
    "معربا",
    "واصفا",
    "كاشفا",
    "مؤكداً",
    "متهما",
    "مبينا",
    "مرجحا",
    "متوقعا",
    "معلنا",
    "ناقلا",
    "مذكرا",
    "مستشهدا",
    "مختتما",
    "مرحبا",
    "ملمحا",
    "نافيا",
    "مؤكدين",
    "مشيرين",
    "مضيفين",
    "معتبرين",
    "مطالبين",
    "قائلين",
    "داعين",
    "محذرين",
    "ملاحظا",
];
const PARTICIPLES_F: &[&str] = &[
    "مؤكدة",
    "مشيرة",
    "مضيفة",
    "موضحة",
    "معتبرة",
    "لافتة",
    "مشددة",
    "محذرة",
    "داعية",
    "مطالبة",
    "قائلة",
    "منوهة",
    "متابعة",
    "معربة",
    "واصفة",
    "كاشفة",
    "متهمة",
    "مبينة",
    "معلنة",
    "نافية",
];
const COMPLEMENTIZERS: &[&str] = &[
    "إن",
    "أن",
    "إنه",
    "أنه",
    "إنها",
    "أنها",
    "إنهم",
    "أنهم",
    "إنهما",
    "أنهما",
    "إننا",
    "أننا",
    "إنني",
    "أنني",
    "إني",
    "أني",
    "إنكم",
    "أنكم",
    "إنهن",
    "أنهن",
    "بأن",
    "بأنه",
    "بأنها",
    "بأنهم",
    "بأنهما",
    "بأننا",
    "بأنني",
    "وأن",
    "وأنه",
    "وأنها",
    "وأنهم",
    "وإن",
    "وإنه",
    "أنّ",
    "إنّ",
    "فإن",
    "فإنه",
    "فإنها",
    "فإنهم",
];
const SOURCES: &[&str] = &[
    "حسبما",
    "حسب",
    "بحسب",
    "وفقا",
    "وفق",
    "وفقاً",
    "نقلا",
    "نقلاً",
    "طبقا",
    "طبقاً",
    "استنادا",
    "وبحسب",
    "ووفقا",
    "ونقلا",
    "وحسب",
];
const OBJECTS: &[&str] = &[
    "مع",
    "إلى",
    "عن",
    "ضد",
    "بين",
    "لدى",
    "على",
    "نظيره",
    "نظيرته",
    "نظيريه",
    "نظرائه",
    "ونظيره",
    "برفقة",
    "بصحبة",
];
/// Verbal nouns of saying, bare and with a preposition (not نفي, which folds onto the verb نفى;
/// not إشارة, the narrator's "in reference to").
const MASDARS: &[&str] = &[
    "تأكيد",
    "إعلان",
    "تحذير",
    "اعتراف",
    "بتأكيد",
    "بإعلان",
    "بتحذير",
    "باعتراف",
    "لتأكيد",
    "لإعلان",
    "لتحذير",
    "لاعتراف",
];
const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللذان",
    "اللتين",
    "اللواتي",
];
/// Honorifics before a title or a name, fillers between a verb and its subject: "وأبان معالي
/// الرئيس العام أن"، "وأكد معالي آل الشيخ أهمية".
const HONORIFICS: &[&str] = &["معالي", "سعادة", "فضيلة", "سماحة", "فخامة"];
const FILLERS: &[&str] = &[
    "السبت",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "أمس",
    "اليوم",
    "الليلة",
    "مساء",
    "صباح",
    "ظهر",
    "مساء",
    "الماضي",
    "الماضية",
    "أيضا",
    "أيضاً",
    "كذلك",
    // How (نفى تماما، أكد مجددا): no subject.
    "تماما",
    "مجددا",
    "مرارا",
    "قطعيا",
    "بشدة",
    "بقوة",
    "بوضوح",
    "بصراحة",
    "بحزم",
    "بدوره",
    "بدورها",
    "من",
    "جهته",
    "جهتها",
    "في",
    "بيان",
    // A statement as the object (أصدرت الشرطة بيانا ذكرت فيه): it ends the subject before it.
    "بيانا",
    "خبرا",
    "خبراً",
    "تقريرا",
    "تصريحا",
    "تصريحات",
    "تصريح",
    "حديث",
    "مؤتمر",
    "صحفي",
    "صحافي",
    "مقابلة",
    "له",
    "لها",
    "لهم",
    "لهما",
    // "يوم أمس", "يوم الثلاثاء".
    "يوم",
    // "In it" (بيانا أكدت فيه أن): the subject comes after, or is the one who issued the statement.
    // (Not عنه: after نقل it names the speaker, "نقلت عنه وكالة تاس".)
    "فيه",
    "فيها",
    "فيهم",
    "فيهما",
    "للصحفيين",
    "للصحافيين",
    "الأسبوع",
    "الشهر",
    "أول",
    "خلال",
    "تغريدة",
    "منشور",
    "كلمة",
    "رسالة",
    "مجددا",
    "هذه",
    "هذا",
    "هؤلاء",
    "سماحته",
    "معاليه",
    "فضيلته",
    "سموه",
    "جلالته",
    "فخامته",
    "دولته",
    "سعادته",
    "لاحقا",
    "سابقا",
    "حينها",
    "آنذاك",
    "وقتها",
    "ردا",
    "تعليقا",
    "مؤخرا",
    "صراحة",
    "مرارا",
    "للصحافيين",
    "للصحفيين",
    "مجدداً",
    "كما",
    "قد",
    "لقد",
];
const SOURCE_HEADS: &[&str] = &[
    "مصدر",
    "مصادر",
    "مصادرنا",
    "مسؤول",
    "مسؤولون",
    "مسؤولين",
    "متحدث",
    "المتحدث",
    "متحدثة",
    "المتحدثة",
    "ناطق",
    "الناطق",
    "ناطقة",
    "الناطقة",
    "بيان",
    "البيان",
    "مكتب",
    "المكتب",
    "شهود",
    "شاهد",
    "مراسل",
    "دبلوماسي",
    "دبلوماسيون",
    "مسؤولة",
    "المسؤول",
    "خبراء",
    "خبير",
    "محللون",
    "مراقبون",
    "ناشطون",
    "نشطاء",
    "سكان",
    "مصدرا",
    "مسعفون",
    "تقرير",
    "التقرير",
    "تقارير",
    "وسائل",
];

/// The lexicon, keyed by matching-normalized form.
pub(crate) fn lexicon() -> &'static WordMap<String, Cue> {
    static LEX: OnceLock<WordMap<String, Cue>> = OnceLock::new();
    LEX.get_or_init(|| {
        let n = Normalizer::matching();
        let mut m = WordMap::default();
        let groups: [(&[&str], Cue); 14] = [
            (MASDARS, Cue::Masdar),
            (HONORIFICS, Cue::Filler),
            (FILLERS, Cue::Filler),
            (SOURCE_HEADS, Cue::SourceHead),
            (OBJECTS, Cue::Object),
            (RELATIVES, Cue::Relative),
            (SOURCES, Cue::Source),
            (COMPLEMENTIZERS, Cue::Complementizer),
            (PARTICIPLES_F, Cue::Participle { fem: true }),
            (PARTICIPLES_M, Cue::Participle { fem: false }),
            (VERBS_F, Cue::Verb { fem: true }),
            (VERBS_M, Cue::Verb { fem: false }),
            (DUAL_VERBS_F, Cue::Verb { fem: true }),
            (DUAL_VERBS_M, Cue::Verb { fem: false }),
        ];
        // Later groups win: a verb beats a filler of the same spelling.
        for (words, cue) in groups {
            for w in words {
                let mut s = String::new();
                n.normalize_into(w, &mut s);
                m.insert(s, cue);
            }
        }
        m
    })
}

/// A one-hash Bloom filter (8,192 bits) of the lexicon's words: four words in five of a text are not
/// in the lexicon, and this rules out 95% of those before the table lookup (on 500 real articles;
/// a filter on the last byte and the length, used before, let 81% of all words through).
fn filter() -> &'static [u64; FILTER_WORDS] {
    static FILTER: OnceLock<[u64; FILTER_WORDS]> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut bits = [0u64; FILTER_WORDS];
        for w in lexicon().keys() {
            let b = filter_bit(w);
            bits[b / 64] |= 1 << (b % 64);
        }
        bits
    })
}

const FILTER_WORDS: usize = 128;

fn filter_bit(w: &str) -> usize {
    BuildHasherDefault::<WordHasher>::default().hash_one(w) as usize % (FILTER_WORDS * 64)
}

fn may_be_word(w: &str) -> bool {
    let b = filter_bit(w);
    filter()[b / 64] & (1 << (b % 64)) != 0
}

/// Whether a normalized verb of saying is dual (أعلنتا، قالا), with or without its conjunction.
pub(crate) fn is_dual_verb(norm: &str) -> bool {
    static FORMS: OnceLock<Vec<String>> = OnceLock::new();
    let verb = norm.strip_prefix(['و', 'ف']).unwrap_or(norm);
    FORMS
        .get_or_init(|| {
            let n = Normalizer::matching();
            DUAL_VERBS_M
                .iter()
                .chain(DUAL_VERBS_F)
                .map(|w| n.normalize(w).as_str().to_string())
                .collect()
        })
        .iter()
        .any(|d| d == verb)
}

/// Whether a normalized word is an honorific (معالي، سعادة، فضيلة، سماحة، فخامة).
pub(crate) fn is_honorific(norm: &str) -> bool {
    static FORMS: OnceLock<Vec<String>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            let n = Normalizer::matching();
            HONORIFICS
                .iter()
                .map(|w| n.normalize(w).as_str().to_string())
                .collect()
        })
        .iter()
        .any(|h| h == norm)
}

/// The cue of a normalized word, trying it bare and without a leading conjunction و/ف.
pub(crate) fn cue_of(norm: &str) -> Option<(Cue, bool)> {
    let lex = lexicon();
    if may_be_word(norm) {
        if let Some(&c) = lex.get(norm) {
            return Some((c, false));
        }
    }
    let rest = norm.strip_prefix('و').or_else(|| norm.strip_prefix('ف'))?;
    if rest.len() < 4 || !may_be_word(rest) {
        return None;
    }
    lex.get(rest).map(|&c| (c, true))
}
