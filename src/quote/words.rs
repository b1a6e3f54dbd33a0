//! Word classes attribution reads, on matching-normalized words: titles, roles, institutions,
//! people, places, function words.

use super::*;

/// Whether a word (matching-normalized) can be part of a person's name: shaped as one, and no
/// role, title, institution, place or common word naming people (أمير منطقة الباحة is no name).
pub(crate) fn is_name_word(norm: &str) -> bool {
    let head = norm
        .strip_prefix("ال")
        .filter(|r| r.chars().count() > 1)
        .unwrap_or(norm);
    name_shaped(norm)
        && lexicon::cue_of(norm).is_none()
        && !is_role_head(head)
        && !is_institution(head)
        && !is_human_noun(head)
        && !is_place_noun(head)
        && !is_title(head)
}

/// Whether a matching-normalized word is a verb, participle, complementizer or source word of
/// reported speech (قال، يقول، مؤكدا، أن، وفقا): it makes a sentence, not a dateline.
pub(crate) fn is_cue_word(norm: &str) -> bool {
    lexicon::cue_of(norm).is_some_and(|(c, _)| {
        matches!(
            c,
            Cue::Verb { .. } | Cue::Participle { .. } | Cue::Complementizer | Cue::Source
        )
    })
}

/// Common first names (normalized) and their gender, from `data/names/first-names.tsv`.
pub(crate) fn first_names() -> &'static WordMap<String, Gender> {
    static NAMES: OnceLock<WordMap<String, Gender>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let n = Normalizer::matching();
        include_str!("../../data/names/first-names.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                let gender = match g.trim() {
                    "f" => Gender::Female,
                    _ => Gender::Male,
                };
                let mut s = String::new();
                n.normalize_into(name.trim(), &mut s);
                Some((s, gender))
            })
            .collect()
    })
}

/// Whether a definite word reads as an adjective of the noun before it: a relative adjective
/// (الأمريكية، الرسمي، الصحفيين) or one of the common others (العام، السابق، الأعلى …).
pub(super) fn is_adjective(norm: &str) -> bool {
    // (With the article only: مقبل is also a given name.)
    if matches!(norm, "المحتمل" | "المحتمله" | "المقبل" | "المقبله") {
        return true;
    }
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    ["ي", "يه", "يين", "يون", "يان", "ييه"]
        .iter()
        .any(|s| w.ends_with(s))
        || matches!(
            w,
            "عام"
                | "عامه"
                | "سابق"
                | "سابقه"
                | "اسبق"
                | "اول"
                | "اولي"
                | "اعلي"
                | "جديد"
                | "جديده"
                | "كبير"
                | "كبري"
                | "مساعد"
                | "مساعده"
                | "مكلف"
                | "مكلفه"
                | "مستقل"
                | "مستقله"
                | "متحده"
                | "عليا"
                | "اعلى"
                | "تنفيذي"
                | "دايم"
                | "دايمه"
                | "مشترك"
                | "مشتركه"
                | "موقت"
                | "موقته"
                | "منتخب"
                | "منتخبه"
                | "ثاني"
                | "ثانيه"
                // (Ordinals: "اللواء الثالث" is a brigade.)
                | "ثالث"
                | "ثالثه"
                | "رابع"
                | "رابعه"
                | "خامس"
                | "خامسه"
                | "سادس"
                | "سادسه"
                | "سابع"
                | "سابعه"
                | "ثامن"
                | "ثامنه"
                | "تاسع"
                | "تاسعه"
                | "عاشر"
                | "عاشره"
                | "اخر"
                | "عسكري"
                | "مركزي"
                | "وطني"
                // Numbers after a plural (الدول الثلاث، الدول الأربع) and its members (الدول
                // الأعضاء).
                | "ثلاث"
                | "اربع"
                | "خمس"
                | "ست"
                | "سبع"
                | "ثماني"
                | "تسع"
                | "عشر"
                | "اعضاء"
        )
}

/// Whether `test` holds for the singular of a dual noun (حكومتان → حكومه، الوزيران → وزير).
/// Speaker-head checks run on every word: see [`respelled`].
pub(super) fn dual_singular(head: &str, test: impl Fn(&str) -> bool) -> bool {
    respelled(
        head,
        &[("تان", "ه"), ("تين", "ه"), ("ان", ""), ("ين", "")],
        test,
    )
}

/// Whether `test` holds for `head` with the first of `endings` it has replaced (`(ending,
/// replacement)`), the stem keeping three letters or more; the word is built on the stack.
pub(super) fn respelled(head: &str, endings: &[(&str, &str)], test: impl Fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 64];
    for (ending, replacement) in endings {
        let Some(stem) = head.strip_suffix(ending) else {
            continue;
        };
        let len = stem.len() + replacement.len();
        if stem.chars().count() < 3 || len > buf.len() {
            return false;
        }
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..len].copy_from_slice(replacement.as_bytes());
        return std::str::from_utf8(&buf[..len]).is_ok_and(&test);
    }
    false
}

/// A definite word that is not an adjective: a common noun (القرار، الحادثة), never a name.
pub(super) fn is_definite_noun(norm: &str) -> bool {
    norm.starts_with("ال") && !is_adjective(norm)
}

/// A definite adjective, such as a relative adjective used as a surname (المخلفي).
pub(super) fn is_definite_adjective(norm: &str) -> bool {
    norm.starts_with("ال") && is_adjective(norm)
}

/// A verb of publishing with the object pronoun of the report before it (matching-normalized):
/// نشرته، أوردته، بثته، أعدته، أصدرته and their masculine forms.
pub(super) fn is_publishing_verb(norm: &str) -> bool {
    matches!(
        norm,
        "نشرته"
            | "نشره"
            | "اوردته"
            | "اورده"
            | "بثته"
            | "بثه"
            | "اعدته"
            | "اعده"
            | "اصدرته"
            | "اصدره"
    )
}

/// A word that joins the parts of a name: بن، بنت، ابن، أبو، آل، عبد.
pub(super) fn is_name_connector(norm: &str) -> bool {
    matches!(norm, "بن" | "بنت" | "ابن" | "ابو" | "ال" | "اال" | "عبد")
}

/// Whether a word ends with the pronoun "her", "their" or "their two" (ها، هم، هما), which a
/// name does not (a bare ه may be a name's, بونتيه, or a folded ة).
pub(super) fn ends_with_her_or_their(word: &str) -> bool {
    ["ها", "هم", "هما"].iter().any(|p| word.ends_with(p))
}

/// Whether a word carries a preposition and the article (للشبكة، بالوزارة): it ends a name.
pub(super) fn is_prepositional(norm: &str) -> bool {
    ["لل", "بال", "وبال", "ولل", "فبال", "فلل"]
        .iter()
        .any(|p| norm.starts_with(p) && norm.chars().count() > p.chars().count() + 1)
}

/// Whether `norm` is the first part of a family name compounded with الله: فضل الله، ضيف الله،
/// الجار الله، نصر الله (not a formula of praise, "رضي الله عنه").
pub(super) fn is_allah_compound(norm: &str) -> bool {
    matches!(
        norm,
        "فضل"
            | "ضيف"
            | "جار"
            | "الجار"
            | "عطا"
            | "عطاء"
            | "نصر"
            | "حسب"
            | "فتح"
            | "رزق"
            | "جاب"
            | "خير"
            | "سعد"
            | "عوض"
            | "فرج"
            | "هبه"
            | "حبيب"
            | "سيف"
            | "عبيد"
            | "نور"
            | "جود"
    )
}

/// Praise that follows the name of God (الله تعالى، الله عز وجل، الله سبحانه): not part of a name.
pub(super) fn is_praise(norm: &str) -> bool {
    matches!(
        norm,
        "تعالي" | "وتعالي" | "عز" | "وجل" | "سبحانه" | "جل" | "جلاله" | "وعلا"
    )
}

/// Prepositions of place, time and occasion whose phrase may sit between a verb and its subject
/// or complement (في بيان، خلال مؤتمر، عقب لقائه، إثر زيارة).
pub(super) fn is_place_preposition(head: &str) -> bool {
    matches!(
        head,
        "في" | "خلال"
            | "بعد"
            | "قبل"
            | "منذ"
            | "عبر"
            | "ضمن"
            | "اثناء"
            | "عقب"
            | "اثر"
            | "اعقاب"
            | "قبيل"
            | "بعيد"
            // Of place: "وكتب تحت الصورة:". (Not أمام, folded onto إمام "imam".)
            | "تحت"
            | "فوق"
            | "اسفل"
            | "عند"
            | "لدي"
    )
}

pub(crate) fn is_title(head: &str) -> bool {
    matches!(
        head,
        "امير"
            | "شيخ"
            | "رييس"
            | "جنرال"
            | "ملك"
            | "سلطان"
            | "دكتور"
            | "سيد"
            | "سيده"
            | "لواء"
            | "عميد"
            | "عقيد"
            | "فريق"
            | "مشير"
            | "وزير"
            | "سفير"
            | "مستشار"
            | "نايب"
            | "حاخام"
            | "اميره"
            | "اميرال"
            | "ميجر"
            | "كولونيل"
            | "لفتنانت"
            | "قايد"
            | "متحدث"
            | "زعيم"
    )
}

/// An accusative active participle of the فاعل pattern used as an adverb (طالبا، رافضا، قائلا،
/// واصفا): five letters, alef second and last.
pub(super) fn looks_like_adverbial(norm: &str) -> bool {
    let mut c = norm.chars();
    norm.chars().count() == 5 && c.nth(1) == Some('ا') && norm.ends_with('ا')
}

/// An accusative active participle (مستغربا، مهيبا، مضيفا): starts with م, ends with ا, 4+ letters.
pub(super) fn looks_like_participle(norm: &str) -> bool {
    let n = norm.chars().count();
    // (A long vowel right after the م makes a name, not a participle: ماريا، ميلانيا.)
    norm.starts_with('م')
        && norm.ends_with('ا')
        && (5..=9).contains(&n)
        && !norm.ends_with("ما")
        && !matches!(norm.chars().nth(1), Some('ا' | 'ي'))
}

/// Adjectives that follow a title and are not names: الرئيس السابق، المتحدث الرسمي.
/// Whether `head` says when the office was held: سابق، أسبق، حالي ("الرئيس الأميركي السابق").
pub(super) fn is_tenure(head: &str) -> bool {
    matches!(head, "سابق" | "اسبق" | "حالي")
}

pub(super) fn is_title_modifier(head: &str) -> bool {
    // (An ordinal: "النائب الأول"، "النائب الثاني".)
    is_ordinal(head)
        || matches!(
            head,
            "سابق"
                | "اسبق"
                | "حالي"
                | "جديد"
                | "راحل"
                | "عام"
            | "تنفيذي"
            | "اعلامي"
            | "رسمي"
            | "مساعد"
            | "اعلي"
            | "مكلف"
            | "فخري"
            | "منتخب"
            | "محتمل"
            | "مرتقب"
            | "منتهيه"
            | "دايم"
            | "خاص"
            | "اممي"
            | "ركن"
            // (ميجر جنرال، لفتنانت جنرال: the rank of a general, in two words.)
            | "جنرال"
            | "متقاعد"
            | "عسكري"
            | "امني"
            | "سياسي"
            | "دولي"
            | "سابقه"
            | "عامه"
        )
}

/// A verbal noun of an act done to someone, which a verb of reacting takes as its object: the
/// تفعيل pattern (تكليف، تعيين، ترشيح، تهديد) and a few common others (زيارة، اعتقال، اغتيال).
pub(super) fn is_action_noun(norm: &str) -> bool {
    let mut c = norm.chars();
    let taf_il = norm.chars().count() == 5 && c.next() == Some('ت') && c.nth(2) == Some('ي');
    taf_il
        || matches!(
            norm,
            "زياره"
                | "اعتقال"
                | "اغتيال"
                | "اقاله"
                | "استقاله"
                | "اتهام"
                | "استقبال"
                | "انتقاد"
                | "اقحام"
                | "مقتل"
                | "تصريحات"
        )
}

/// Whether `word` is a noun of a tribe or its people, before the tribe's name ("مشايخ خولان بن
/// عامر"، "قبيلة بني هلال").
pub(super) fn is_tribe_noun(word: &str) -> bool {
    let tribe = |w: &str| {
        matches!(
            w,
            "مشايخ"
                | "شيوخ"
                | "شيخ"
                | "قبيله"
                | "قبايل"
                | "عشيره"
                | "عشاير"
                | "ابناء"
                | "بني"
        )
    };
    // (بني opens with ب: matched before the particles are taken off.)
    tribe(word.strip_prefix('و').unwrap_or(word)) || tribe(without_particles(word))
}

/// Whether a word (matching-normalized, maybe with a conjunction and a preposition) is a noun of a
/// place or foundation often named after a person: مدينة، جامعة، مستشفى، مطار، جائزة … ("بمدينة
/// الملك سعود الطبية"، "جامعة الملك عبدالعزيز"). Shared with the gazetteer matcher, for which such
/// a name is no mention of the person.
pub(crate) fn is_place_noun_before_name(word: &str) -> bool {
    matches!(
        without_particles(word),
        "مدينه"
            | "جامعه"
            | "مستشفي"
            | "مطار"
            | "مسجد"
            | "جامع"
            | "شارع"
            | "طريق"
            | "مجمع"
            | "ميناء"
            | "قاعده"
            | "جايزه"
            | "موسسه"
            | "كليه"
            | "قاعه"
            | "حي"
            | "ستاد"
            | "استاد"
            | "ملعب"
            | "برج"
            | "مكتبه"
            | "مدرسه"
            | "كرسي"
            | "جسر"
            | "منطقه"
            | "قريه"
            | "ضاحيه"
            | "مسابقه"
            | "مدارس"
    )
}

/// Whether a word names a center ("مركز الملك سلمان للإغاثة"، "لمركز محمد بن راشد"), a
/// foundation often named after a person, though a name after "مركز" with a title may also be
/// its director's.
pub(crate) fn is_center_noun(word: &str) -> bool {
    without_particles(word) == "مركز"
}

/// A word without a leading conjunction (و، ف) and then a preposition (ب، ل).
pub(super) fn without_particles(word: &str) -> &str {
    let w = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    w.strip_prefix(['ب', 'ل']).unwrap_or(w)
}

/// A noun of a place that a name in quotation marks follows: منطقة، ضاحية، حي، قرية …
pub(super) fn is_place_noun(head: &str) -> bool {
    matches!(
        head,
        "منطقه"
            | "ضاحيه"
            | "حي"
            | "قريه"
            | "بلده"
            | "مدينه"
            | "محافظه"
            | "ولايه"
            | "مقاطعه"
            | "اقليم"
            | "مخيم"
            | "شارع"
            | "ميدان"
            | "ساحه"
            | "جزيره"
            | "مطار"
            | "ميناء"
            | "معبر"
            | "سجن"
            | "قاعده"
            | "مديريه"
            | "ناحيه"
            | "بلديه"
            // (And their plurals: في مديريات “دوعن والضليعة”.)
            | "مناطق"
            | "مدن"
            | "قري"
            | "محافظات"
            | "ولايات"
            | "مديريات"
            | "مخيمات"
    )
}

/// Whether a noun heads a named thing's full name in marks ("مبادرة مستقبل الاستثمار"، "جبل
/// الخليقة"): the naming nouns ([`is_naming_noun`]) of things that bear names, not حملة، تحالف،
/// شبكة، فريق, which open loaded terms as often ("حملة القمع"، "تحالف العدوان").
pub(super) fn bears_a_name(noun: &str) -> bool {
    matches!(
        noun,
        "حزب"
            | "حركه"
            | "عمليه"
            | "مبادره"
            | "جبل"
            | "سد"
            | "ملعب"
            | "شارع"
            | "جامعه"
            | "موسسه"
            | "مركز"
            | "جمعيه"
            | "قناه"
            | "جريده"
            | "صحيفه"
            | "تلفزيون"
            | "نادي"
            | "مسرحيه"
            | "برنامج"
            | "موتمر"
            | "جايزه"
            | "مشروع"
            | "منظمه"
            | "شركه"
            | "تنظيم"
            | "مستشفي"
            | "فندق"
            | "مهرجان"
            | "معرض"
            | "مسجد"
            | "جامع"
            | "مطار"
            | "ميناء"
            | "محطه"
            | "مخيم"
            | "سجن"
            | "معبر"
            | "جسر"
            | "برج"
            | "متحف"
            | "مدرسه"
            | "معهد"
            | "كليه"
            | "حديقه"
            | "ساحه"
            | "قصر"
            | "فصيل"
            | "جزيره"
    )
}

/// Whether a word is a verb of naming, after which a person's name follows: "شاهدة تدعى
/// إيوالينا أوتشاب"، "رجل اسمه …".
pub(super) fn is_naming_verb(norm: &str) -> bool {
    matches!(
        norm.strip_prefix('و').unwrap_or(norm),
        "تدعي" | "يدعي" | "اسمه" | "اسمها"
    )
}

/// Whether a head noun is a report that an outlet publishes (خبر، تقرير، مقال، تحقيق، دراسة).
pub(super) fn is_report_noun(head: &str) -> bool {
    matches!(head, "خبر" | "تقرير" | "مقال" | "مقاله" | "تحقيق" | "دراسه")
}

/// Whether a word (normalized) is a means by which words reach the public, as after عبر: a
/// platform, an account, a page, a channel, a statement ("عبر حسابه"، "عبر تويتر"، "عبر شبكات
/// التواصل"، "عبر بيان").
pub(super) fn is_means_of_saying(norm: &str) -> bool {
    let n = norm.strip_prefix("ال").unwrap_or(norm);
    [
        "حساب",
        "تويتر",
        "تغريد",
        "شبك",
        "موقع",
        "مواقع",
        "صفح",
        "وسايل",
        "منص",
        "هاتف",
        "رساله",
        "رسايل",
        "بيان",
        "فيديو",
        "قناه",
        "تلفزيون",
        "اذاعه",
        "فيسبوك",
        "فيس",
        "انستغرام",
        "انستجرام",
        "مقطع",
        "تسجيل",
        "بريد",
        "مكالمه",
        "اتصال",
        "تدوين",
        "منشور",
        "سناب",
        "يوتيوب",
        "واتساب",
    ]
    .iter()
    .any(|p| n.starts_with(p))
}

/// Whether a word is the dual, in construct, of a feminine naming noun ([`is_naming_noun`]):
/// "حركتي "نور الدين زنكي" و"أحرار الشام""، "صحيفتا "…" و"…"".
pub(super) fn is_dual_of_naming_noun(head: &str) -> bool {
    head.strip_suffix("تي")
        .or_else(|| head.strip_suffix("تا"))
        .filter(|stem| stem.chars().count() >= 2)
        .is_some_and(|stem| {
            let mut singular = String::with_capacity(stem.len() + 2);
            singular.push_str(stem);
            singular.push('ه');
            is_naming_noun(&singular)
        })
}

/// Whether a noun names the thing whose name may follow in marks: صحيفة "الشرق الأوسط"، حزب
/// "…"، مطار "…". The things that bear names ([`bears_a_name`]) and the nouns that may also open
/// a loaded term or name a kind (حملة، تحالف، نوع).
pub(super) fn is_naming_noun(head: &str) -> bool {
    bears_a_name(head)
        || matches!(
            head,
            "وكاله"
            | "موقع"
            // (Channels: "قنوات "بي إن سبورت"".)
            | "قنوات"
            | "حمله"
            | "كتاب"
            | "فيلم"
            | "مسلسل"
            // (A documentary, a series, a programme: "في الوثائقي "لينينغ آوت"".)
            | "وثايقي"
            | "سلسله"
            | "برنامج"
            | "مجله"
            | "اذاعه"
            | "شبكه"
            | "عنوان"
            | "شعار"
            | "وسم"
            | "هاشتاغ"
            | "تطبيق"
            | "منصه"
            | "مناوره"
            | "مناورات"
            | "مسابقه"
            | "لقب"
            | "جماعه"
            | "هييه"
            | "جبهه"
            | "كتيبه"
            | "ميليشيا"
            | "مليشيا"
            | "مراسل"
            | "مراسله"
            | "ضيف"
            | "انباء"
            | "بعنوان"
            | "اسم"
            | "باسم"
            | "يسمي"
            | "تسمي"
            | "راديو"
            | "فريق"
            | "سفينه"
            | "صاروخ"
            | "صواريخ"
            | "طراز"
            | "طرازي"
            | "اغنيه"
            // (An operetta, an anthem: "أوبريت «مجدك يا سلمان»".)
            | "اوبريت"
            | "نشيد"
            | "روايه"
            | "قصيده"
            | "البوم"
            | "مسمي"
            | "مسماه"
            | "تدعي"
            | "يدعي"
            | "مدعو"
            | "مدعوه"
            | "بالمدعو"
            | "بالمدعوه"
            | "للمدعو"
            | "للمدعوه"
            | "عبر"
            | "يوميه"
            | "اسبوعيه"
            | "ضمن"
            | "قايمه"
            | "مرض"
            | "بمرض"
            | "فيروس"
            | "بفيروس"
            | "قضيه"
            // (Places and venues: ملعب "…"، مطار "…"، جامع "…".)
            | "استاد"
            | "مطاري"
            | "قاعه"
            | "قريه"
            | "مدينه"
            | "كنيسه"
            | "نوع"
            | "تحالف"
            | "ايتلاف"
            | "موشر"
        )
}

/// A place noun as [`is_place_noun`], or such a noun with a possessive pronoun or in the dual's
/// construct: مدينته، قريتها، بلدتهم، مديريتي (the feminine ending is written ت before them).
pub(super) fn is_place_noun_or_its(head: &str) -> bool {
    // (And the dual in construct: "مديريتي برط وخب", "محافظتي عدن ولحج".)
    is_place_noun(head)
        || respelled(
            head,
            &[("ته", "ه"), ("تها", "ه"), ("تهم", "ه"), ("تي", "ه")],
            is_place_noun,
        )
}

/// A word that opens a clause on an unnamed source right after it: "طلب عدم ذكر اسمه"، "رفض
/// الكشف عن هويته"، "فضل عدم …"، "اشترط …"، "لم يكشف …" (verbs with or without the feminine ت).
pub(super) fn is_anonymity_opener(norm: &str) -> bool {
    // (Also with و: "قال أحد المسؤولين ورفض نشر اسمه".)
    let norm = norm.strip_prefix('و').unwrap_or(norm);
    let verb = norm.strip_suffix('ت').unwrap_or(norm);
    matches!(verb, "طلب" | "رفض" | "فضل" | "اشترط" | "اشترطا") || matches!(norm, "لم" | "شريطه")
}

/// Whether a normalized word counts a plural noun after it: "ثلاثة كتب"، "عدة كتب"، "عشرات الكتب".
pub(super) fn is_count_word(norm: &str) -> bool {
    matches!(
        norm,
        "ثلاثه"
            | "اربعه"
            | "خمسه"
            | "سته"
            | "سبعه"
            | "ثمانيه"
            | "تسعه"
            | "عشره"
            | "عده"
            | "بضعه"
            | "عشرات"
            | "مئات"
            | "الاف"
            | "بعض"
    )
}

/// A verb that describes or accuses someone (وصف، نعت، اتهم، انتقد), with or without و: its
/// object is a person as often as not.
pub(super) fn is_describing_verb(norm: &str) -> bool {
    is_verb_of_description(norm)
        || matches!(
            norm.strip_prefix('و').unwrap_or(norm),
            "اتهم" | "اتهمت" | "انتقد" | "انتقدت"
        )
}

/// A verb that describes its object (وصف، نعت), with or without و, not one that accuses it.
pub(super) fn is_verb_of_description(norm: &str) -> bool {
    // (وصف begins with و: the word as written is tried before the word without its conjunction.)
    let is = |w: &str| matches!(w, "وصف" | "وصفت" | "نعت" | "نعتت");
    is(norm) || norm.strip_prefix('و').is_some_and(is)
}

/// Whether a noun's head (`head`, of the word `norm`) is feminine: it ends in ة, except the few
/// nouns that read as well as a man's noun with the pronoun "his" when they have no article
/// (محاميه "his lawyer" or "a woman lawyer", شقيقه "his brother" or "sister"): their gender is
/// unknown. (المحامية is a woman.)
pub(super) fn feminine_head(norm: &str, head: &str) -> bool {
    // (عمدة "mayor", خليفة "caliph", داعية "preacher" and علامة "erudite" end in ة but name men
    // as often: no gender by form.)
    head.ends_with('ه')
        && !matches!(head, "عمده" | "خليفه" | "داعيه" | "علامه")
        && (norm.starts_with("ال")
            || norm.starts_with("وال")
            || !matches!(
                head,
                "محاميه"
                    | "والده"
                    | "شقيقه"
                    | "مديره"
                    | "مستشاره"
                    | "نايبه"
                    | "مساعده"
                    | "نظيره"
            ))
}

/// The gender of the pronoun on the preposition after نقل or نسب (`prep`: عن or الي): "نقلت
/// الوكالة عنه" (him), "نسبت إليها" (her).
pub(super) fn relay_pronoun(norm: &str, prep: &str) -> Option<Gender> {
    match (prep, norm) {
        ("عن", "عنه") | ("الي", "اليه") => Some(Gender::Male),
        ("عن", "عنها") | ("الي", "اليها") => Some(Gender::Female),
        _ => None,
    }
}

/// "His / her / their describing, stressing, warning" (وصفه، تأكيدها، تحذيرهم), which follows the
/// source after نقل عن as قوله does.
pub(super) fn is_describing_noun(norm: &str) -> bool {
    ["وصف", "تاكيد", "تحذير", "اشاره"].iter().any(|stem| {
        norm.strip_prefix(stem)
            .is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما"))
    }) || matches!(norm, "اشارته" | "اشارتها" | "اشارتهم")
}

/// What ما introduces when it says what was said, not who said it: ما معناه، ما مفاده، ما نصه،
/// ما يلي، ما وصفه.
pub(super) fn is_what_was_said(norm: &str) -> bool {
    matches!(norm, "معناه" | "مفاده" | "نصه" | "يلي") || is_describing_noun(norm)
}

/// "His / her / their saying" (قوله، قولها …), which follows the source after نقل عن.
pub(super) fn is_saying_noun(norm: &str) -> bool {
    matches!(norm, "قوله" | "قولها" | "قولهم" | "قولهما" | "القول")
}

/// The speaker's own talk, with its pronoun, as the object of a verb that goes on with it
/// ("وتابع شيعان حديثه قائلا"، "واختتم كلمته بالقول"): never part of the speaker's name.
pub(super) fn is_own_talk_form(norm: &str) -> bool {
    let stem = ["هما", "هم", "ها", "ه"]
        .iter()
        .find_map(|p| norm.strip_suffix(p))
        .unwrap_or("");
    matches!(
        stem,
        "حديث"
            | "كلام"
            | "كلمت"
            | "تصريح"
            | "تصريحات"
            | "خطاب"
            | "حوار"
            | "مداخلت"
            | "رد"
            | "رسالت"
            | "تغريدت"
            | "تغريدات"
            | "شرح"
            | "مقابلت"
    )
}

/// A word that opens a clause about the noun phrase or name before it: وهو، وهي ("and he is"),
/// ومقره ("and its seat is"), حين، عندما، بينما ("when", "while").
pub(super) fn is_clause_opener(norm: &str) -> bool {
    matches!(
        norm,
        "وهو"
            | "وهي"
            | "وهم"
            | "وهما"
            | "ومقره"
            | "ومقرها"
            | "حين"
            | "حيث"
            | "حينما"
            | "عندما"
            | "بينما"
            | "فيما"
            // (Age: "أحمد البالغ من العمر 60 عاما".)
            | "البالغ"
            | "البالغه"
    )
}

/// A plural verb in the past by its shape (تداولوا، كتبوا، حضروا): five letters or more ending
/// in وا, without the article, and no given name (فرانسوا). (Few nouns end so; names the
/// gazetteer knows are mentions.)
pub(super) fn is_plural_past(norm: &str) -> bool {
    norm.ends_with("وا")
        && norm.chars().count() >= 5
        && !norm.starts_with("ال")
        && !first_names().contains_key(norm)
}

/// The head noun of an outlet's name (صحيفة، وكالة، قناة): a name, even an unknown one, may
/// follow it.
pub(super) fn is_media_head(head: &str) -> bool {
    is_outlet_noun(head) || head == "صحف"
}

/// Whether `norm` is an outlet's noun with ل (لوكالة، لصحيفة، لقناة): the outlet the words were
/// given to.
pub(super) fn is_lam_outlet_noun(norm: &str) -> bool {
    norm.strip_prefix('ل').is_some_and(is_media_head)
}

/// The nouns for an outlet both [`is_media_head`] and [`is_media`] know.
pub(crate) fn is_outlet_noun(head: &str) -> bool {
    matches!(
        head,
        "صحيفه"
            | "جريده"
            | "مجله"
            | "وكاله"
            | "قناه"
            | "تلفزيون"
            | "تليفزيون"
            | "اذاعه"
            | "موقع"
            | "شبكه"
            // (A social-media page: "وذكرت صفحة جبهة الساحل الغربي على تويتر أن".)
            | "صفحه"
    )
}

/// Nouns for bodies that issue statements.
pub(super) fn is_institution(head: &str) -> bool {
    matches!(
        head,
        "وزاره"
            // (As often mistyped: "وأكدت وزراة الدفاع".)
            | "وزراه"
            // (Maghrebi "services": مصالح الأمن، مصالح الحماية المدنية.)
            | "مصالح"
            // (A directorate or deanship: "وأوضحت الشؤون الصحية بمنطقة جازان، أن"، "أعلنت
            // عمادة شؤون الطلاب".)
            | "شوون"
            | "عماده"
            | "احصاييه"
            | "تحقيق"
            | "تحقيقات"
            | "صحف"
            | "معهد"
            | "تليفزيون"
            | "ادعاء"
            | "دراسه"
            | "دراسات"
            // (Figures and papers: "وتشير تقديرات منظمة الصحة العالمية إلى أن".)
            | "احصاءات"
            | "احصاييات"
            | "تقديرات"
            | "معطيات"
            | "ارقام"
            | "صحافه"
            | "وثايق"
            | "جيش"
            | "حكومه"
            | "حركه"
            | "حزب"
            | "رياسه"
            | "بيت"
            | "مكتب"
            | "وكاله"
            | "صحيفه"
            | "قناه"
            | "تحالف"
            | "شرطه"
            | "سلطات"
            // (An authority: "سلطة الطيران المدني"، "السلطة المكلفة بمراقبة الأسلحة".)
            | "سلطه"
            // (An association or league: "الرابطة الوطنية للوسطاء العقاريين".)
            | "رابطه"
            | "مجلس"
            | "منظمه"
            | "لجنه"
            // (A palace for its household: قصر كنسينغتون، قصر الإليزيه.)
            | "قصر"
            | "هييه"
            | "محكمه"
            | "نيابه"
            | "شركه"
            | "جماعه"
            | "تنظيم"
            | "قوات"
            | "سفاره"
            | "قنصليه"
            | "اداره"
            | "خارجيه"
            | "داخليه"
            | "دفاع"
            | "مستشفي"
            | "مركز"
            | "مرصد"
            | "برلمان"
            | "كتله"
            | "ايتلاف"
            | "بعثه"
            | "مفوضيه"
            | "ديوان"
            | "امانه"
            | "كتايب"
            | "سرايا"
            | "اتحاد"
            | "نقابه"
            | "بنك"
            | "صندوق"
            | "مؤسسه"
            | "موسسه"
            | "جامعه"
            | "وكالات"
            | "تلفزيون"
            | "اذاعه"
            | "موقع"
            | "شبكه"
            | "فصايل"
            | "ميليشيات"
            | "مليشيات"
            | "قياده"
            | "راديو"
            | "خفر"
            | "حرس"
            | "بلديه"
            | "جهاز"
            | "دايره"
            | "جريده"
            | "مديريه"
            | "قضاء"
            | "نادي"
            | "مجله"
            | "محطه"
            | "جمعيه"
            // (Plurals: "وقالت الأحزاب المنضوية في التحالف إن"، "وقالت بنوك غذائية أخرى إن".)
            | "بنوك"
            | "احزاب"
            | "حركات"
            | "منظمات"
            | "جمعيات"
            | "نقابات"
            | "حكومات"
            // (States: "وتقول الدول الغربية وأوكرانيا إن".)
            | "دول"
            | "جماعات"
            | "هييات"
            | "لجان"
            | "موسسات"
            // (A public service: "وقالت خدمة الإسعاف إن".)
            | "خدمه"
            // (An academy: "الأكاديمية السويدية".)
            | "اكاديميه"
    )
}

/// Nouns for people who speak in the news without a name.
pub(super) fn is_human_noun(head: &str) -> bool {
    matches!(
        head,
        "شاهد"
            | "شاهده"
            // (Survivors: "وأوضح الناجون الأربعة أن"، "إحدى الناجيات".)
            | "ناجون"
            | "ناجين"
            | "ناجي"
            | "ناجيه"
            | "ناجيات"
            | "سكان"
            // (Groups that complain or demand: "اشتكى عمال النظافة …، مؤكدين أن".)
            | "عمال"
            | "موظفون"
            | "طلاب"
            | "مزارعون"
            | "ناشطون"
            | "ناشطين"
            | "محللون"
            | "خبير"
            | "خبيره"
            | "متخصص"
            | "متخصصه"
            | "مسوول"
            | "مسووله"
            | "مسوولون"
            | "مسوولين"
            | "مصدر"
            | "مصادر"
            | "مراجع"
            | "دبلوماسي"
            | "دبلوماسيون"
            | "ضابط"
            | "طبيب"
            | "محامي"
            | "محام"
            | "مواطن"
            | "مواطنون"
            | "صحافي"
            | "صحفي"
            | "صحافيه"
            | "صحفيه"
            | "كاتب"
            | "باحث"
            | "محلل"
            | "نايب"
            | "سيناتور"
            | "سناتور"
            | "مرشح"
            | "معارض"
            | "امام"
            | "داعيه"
            | "مفتي"
            | "مراسل"
            | "مراسله"
            | "متظاهرون"
            | "شهود"
            // (In the accusative after لكن / إن: "ولكن شهودا قالوا إن".)
            | "شهودا"
            | "شاهدا"
            // (Those close to someone: "المقربون من غول".)
            | "مقربون"
            // (A person: "وزعم شخص كوري شمالي إن".)
            | "شخص"
            | "عضو"
            | "عضوه"
            | "اعضاء"
            | "قيادي"
            | "قياديون"
            | "مستشار"
            | "محافظ"
            | "عمده"
            | "قاضي"
            | "رجل"
            | "امراه"
            | "مسعف"
            | "مسعفون"
            | "لاجي"
            | "طالب"
            | "والد"
            | "والده"
            | "ام"
            | "اب"
            | "نايبه"
            | "ناشط"
            | "ناشطه"
            | "مراسلنا"
            | "مراسلتنا"
            | "جماهير"
            | "جمهور"
            | "اعلامي"
            | "اعلاميه"
            | "ممثلو"
            | "ممثلي"
            | "مسوولو"
            | "محامو"
            | "مندوبو"
            | "مدرب"
            | "مدربه"
            | "لاعب"
            | "لاعبه"
            // (Defenders of a cause, a driver, a teacher, the accused: "لكن المدافعين عن
            // المجلس يقولون إنه"، "وأشاد معلم نيكول بإنجازها وقال إنها"، "زعم متهم أنه".)
            | "متهم"
            | "مدافع"
            | "سايق"
            | "معلم"
            | "سياسي"
            | "سياسيون"
            | "سياسيين"
            | "حقوقيون"
            | "حقوقيين"
            | "خبراء"
            | "علماء"
            | "باحثون"
            | "اطباء"
            | "والدا"
            | "والداه"
            | "والداها"
            | "اعلاميون"
            | "صحفيون"
            | "صحفيين"
            | "صحافيون"
            | "صحافيين"
            | "قايمون"
            | "قايمين"
            // Plural roles: "وأقر الوزراء الأوروبيون بأن".
            | "وزراء"
            | "سفراء"
            | "زعماء"
            | "نواب"
            | "رووساء"
            // Professions that speak as experts: "استشاري الجهاز الهضمي الدكتور …".
            | "استشاري"
            | "استشاريه"
            | "اخصايي"
            | "اخصاييه"
            | "استاذ"
            | "استاذه"
            | "مهندس"
            | "مهندسه"
            // Women in those trades, and nurses: "الطبيبة الشرعية"، "الباحثة"، "الممرضة".
            | "طبيبه"
            | "ضابطه"
            | "محاميه"
            | "كاتبه"
            | "باحثه"
            | "محلله"
            | "قاضيه"
            | "مسعفه"
            | "ممرض"
            | "ممرضه"
            | "اهالي"
    ) || is_kin(head)
        || is_participle_plural(head)
        // Their construct forms: متطوعو الدفاع المدني، موظفو الشركة. (Listed: many names
        // are shaped so too, مارسيلو، موسكو.)
        || is_construct_plural(head)
        || is_quantifier(head)
}

/// A construct plural of people: متطوعو، موظفو، منظمو.
fn is_construct_plural(head: &str) -> bool {
    matches!(
        head,
        "متطوعو"
            | "موظفو"
            | "مستخدمو"
            | "محققو"
            | "منظمو"
            | "مراسلو"
            | "مديرو"
            | "مسلحو"
            | "محتجو"
            | "متظاهرو"
            | "معارضو"
            | "مراقبو"
            | "منسوبو"
            | "مواطنو"
            | "مويدو"
            | "مناصرو"
            | "مسعفو"
            | "مقاتلو"
            | "ممثلو"
            | "منتقدو"
            | "مشجعو"
            | "مستثمرو"
            | "محللو"
            | "مفتشو"
    )
}

/// A plural that names people: a participle's (المحتجون) or a common broken or sound one
/// (الخبراء، الأطباء، السياسيون).
pub(super) fn is_people_plural(head: &str) -> bool {
    is_participle_plural(head)
        || matches!(
            head,
            "وزراء"
                | "سفراء"
                | "زعماء"
                | "نواب"
                | "رووساء"
                | "خبراء"
                | "علماء"
                | "اطباء"
                | "سياسيون"
                | "سياسيين"
                | "حقوقيون"
                | "حقوقيين"
                | "باحثون"
                | "ناشطون"
                | "صحفيون"
                | "صحافيون"
                | "محللون"
                | "دبلوماسيون"
                | "قياديون"
                | "مواطنون"
                | "شهود"
        )
}

/// A sound masculine plural of a participle, people by their activity: المهربون، المحتجون،
/// المسلحون، المراقبون (مضمون "content" is too short to be one); and a few of the فاعل pattern
/// (not by shape: foreign family names share it, واتسون، هانسون).
pub(super) fn is_participle_plural(head: &str) -> bool {
    head.starts_with('م') && head.ends_with("ون") && head.chars().count() >= 6
        || matches!(head, "عاملون" | "عاملين" | "حاضرون" | "لاجيون" | "لاجيين")
}

/// A quantifier heading a group of speakers (العديد من، عدد من، بعض، كثير من، معظم، غالبية).
pub(super) fn is_quantifier(head: &str) -> bool {
    matches!(
        head,
        "عديد"
            | "عدد"
            | "بعض"
            | "كثير"
            | "كثيرون"
            | "معظم"
            | "غالبيه"
            | "اغلب"
            | "اغلبيه"
            | "مجموعه"
    )
}

/// A relative with a possessive pronoun (شقيقته، والدها، زوجته، ابنه، عائلتها): after a named
/// subject, the verb's object.
pub(super) fn is_possessed_kin(norm: &str) -> bool {
    // (Spelled out: matching folds ة onto ه, so شقيقه is "his brother" or "a sister".)
    matches!(
        norm,
        "شقيقته"
            | "شقيقتها"
            | "شقيقها"
            | "اخته"
            | "اختها"
            | "اخيه"
            | "اخاه"
            | "اخيها"
            | "ابنته"
            | "ابنتها"
            | "ابنها"
            | "والدته"
            | "والدتها"
            | "والدها"
            | "زوجته"
            | "زوجها"
            | "عايلته"
            | "عايلتها"
            | "اسرته"
            | "اسرتها"
            | "نجله"
            | "نجلها"
            | "امه"
            | "امها"
            | "ابيه"
            | "اباه"
            | "ابيها"
    )
}

/// A plural of people in construct with whom they are of (معارضو أردوغان، ممثلو الحكومة،
/// أنصار الحزب): they speak, not the one they are of.
pub(super) fn is_people_of(norm: &str) -> bool {
    matches!(
        norm,
        "معارضو"
            | "منتقدو"
            | "مويدو"
            | "مناصرو"
            | "ممثلو"
            | "مسوولو"
            | "محامو"
            | "مندوبو"
            | "انصار"
    )
}

/// Families and relatives, who speak for their dead and missing (كشفت أسرة الطيار أن …).
pub(super) fn is_kin(head: &str) -> bool {
    matches!(
        head,
        "اسره"
            | "عايله"
            | "ذوو"
            | "ذوي"
            | "اقارب"
            | "شقيق"
            | "شقيقه"
            | "نجل"
            | "ابنه"
            | "زوج"
            | "زوجه"
            | "ارمله"
            | "حفيد"
            | "حفيده"
            | "والد"
            | "والده"
            // With a possessive: "his mother", "her father" (والدته، والدها).
            | "والدته"
            | "والدتها"
            | "والدها"
            // ("في وقت قالت زوجته إنها"، "وقال نجله"، "خالتها التي ادعت أنها".)
            | "خالته"
            | "خالتها"
            | "عمته"
            | "عمتها"
            | "جدته"
            | "جدتها"
            | "زوجته"
            | "زوجها"
            | "نجله"
            | "نجلها"
            | "ابنته"
            | "ابنها"
            | "شقيقته"
            | "شقيقها"
            | "اسرته"
            | "اسرتها"
            | "عايلته"
            | "عايلتها"
    )
}

pub(super) fn is_speaker_head(head: &str) -> bool {
    is_role_head(head) || is_institution(head) || is_human_noun(head)
}

pub(super) fn is_role_head(head: &str) -> bool {
    is_title(head)
        || matches!(
            head,
            // (A governor: والي الخرطوم. وإلى "and to" folds onto the same letters; `head`
            // reads it as the preposition.)
            "والي"
                | "وزيره"
                | "مشرف"
                | "مشرفه"
                | "رييسه"
                | "نظيره"
                | "نظيرته"
                | "نظيريه"
                | "امين"
                | "ممثل"
                | "ممثله"
                | "مبعوث"
                | "مبعوثه"
                | "مدير"
                | "مديره"
                | "منسق"
                | "مفوض"
                | "مفوضه"
                | "متحدثه"
                | "ناطق"
                | "ناطقه"
                | "ولي"
                | "قاده"
                | "حاكم"
                | "عضو"
                | "عضوه"
                | "مساعد"
                | "مساعده"
                | "كبير"
                | "زعيمه"
                | "مندوب"
                | "مندوبه"
                | "سكرتير"
                | "سفيره"
                | "مستشاره"
                | "وكيل"
                | "وكيله"
                | "عاهل"
                | "مرشد"
                | "مدعي"
                | "قاضيه"
        )
}

/// A speech cue in a sentence and the speaker it gives.
pub(super) struct CueAt {
    pub(super) tok: usize,
    pub(super) cand: Option<Cand>,
    pub(super) rule: Rule,
    pub(super) fem: bool,
    /// نقلت X عن Y: the verb agrees with the relay, not with the speaker.
    pub(super) relay: bool,
    /// Nested speech ("قال ميلر إن بلينكن أكد …"): the inner subject, whose position the words
    /// are; the speaker stays the one who reports them.
    pub(super) agent: Option<Speaker>,
    /// A citation (مستشهدا بقول X، وقوله تعالى): it does not become the subject later cues take.
    pub(super) citation: bool,
    /// "Whoever" is the subject (هناك من قال إن، ومنهم من يرى أن): no one an earlier speaker is.
    pub(super) whoever: bool,
}

/// "على حد تعبيره"، "بحسب قوله": the speaker's own words, not a new source.
pub(super) fn is_own_words(head: &str) -> bool {
    ["تعبير", "لتعبير", "قول", "حد", "وصف"]
        .iter()
        .any(|p| head.starts_with(p))
}

/// "تقديره"، "ترجيحها"، "رأيه": the speaker's own estimate or view after وفق / بحسب, no new
/// source.
pub(super) fn is_own_estimate(norm: &str) -> bool {
    ["ه", "ها", "هم"].iter().any(|p| {
        norm.strip_suffix(p)
            .is_some_and(|stem| matches!(stem, "تقدير" | "ترجيح" | "راي" | "اعتقاد" | "تحليل"))
    })
}

/// What a thing is done "according to" that no one said (`head` without its article): a wish, an
/// instruction, a plan, a law ("حسب رغبة المدرب"، "وفق القانون").
pub(super) fn is_unsaid_basis(head: &str) -> bool {
    matches!(
        head,
        "رغبه"
            | "طلب"
            | "توجيهات"
            | "تعليمات"
            | "خطه"
            | "اتفاق"
            | "جدول"
            | "برنامج"
            | "نظام"
            | "قانون"
            | "شروط"
            | "معايير"
            | "اليه"
            | "مقتضيات"
            | "احكام"
            | "لوايح"
            | "لايحه"
            // (What a thing is like: "حسب شكل هذه العناصر"، "وفق طبيعة المهمة".)
            | "شكل"
            | "طبيعه"
            | "حجم"
            | "نوع"
            | "درجه"
    )
}

pub(super) fn same_speaker(a: &Speaker, b: &Speaker) -> bool {
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) => x.id() == y.id(),
        _ => a.span == b.span,
    }
}

/// Whether a candidate can be the subject of a cue of this gender.
pub(super) fn agrees(c: &Cand, fem: bool) -> bool {
    if !c.human {
        return c.said_fem.is_none_or(|said| said == fem);
    }
    match c.gender {
        Some(Gender::Female) => fem,
        Some(Gender::Male) => !fem,
        None => true,
    }
}

/// Whether `full` ends with the words of `short` (at a word boundary, and is longer): "رامي عبد
/// الرحمن" ends with "عبد الرحمن".
pub(super) fn ends_with_words(full: &str, short: &str) -> bool {
    full.len() > short.len()
        && full.ends_with(short)
        && full.as_bytes()[full.len() - short.len() - 1] == b' '
}

/// Whether a proclitic prefix as written is the preposition ل ("to"), alone or after و.
pub(super) fn is_lam(prefix: &str) -> bool {
    matches!(prefix, "ل" | "لـ" | "ول")
}

/// Whether a word is the outlet or reporter the words were given to, with its لـ (لمراسل،
/// لوكالة، للصحفيين): it ends the speaker's noun phrase.
pub(super) fn is_addressee(norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix('ل') else {
        return false;
    };
    let rest = rest.strip_prefix('ل').unwrap_or(rest);
    matches!(
        rest,
        "مراسل"
            | "مراسله"
            | "وكاله"
            | "صحيفه"
            | "قناه"
            | "موقع"
            | "تلفزيون"
            | "اذاعه"
            | "شبكه"
            | "صحفيين"
            | "صحافيين"
            | "صحفي"
            | "صحافه"
            // (Members of a body told: "قال مسؤولون لأعضاء مجلس الشيوخ".)
            | "اعضاء"
            | "راديو"
            // (The media at large: "قال المصدر لوسائل الإعلام".)
            | "وسايل"
    )
}

/// Whether a word is the police or the court the words were given to, after a name: "وقالت
/// سين للشرطة إنها". (After a role it is whose the role is: "المتحدث الإعلامي لشرطة المنطقة".)
pub(super) fn is_authority_addressee(norm: &str) -> bool {
    matches!(norm, "للشرطه" | "للمحكمه" | "للمحققين" | "للقاضي")
}

/// Whether a verb states a position (أدان، رحب، ندد، استنكر، شجب) rather than reporting words: its
/// subject goes on speaking, but a quotation right after it is its object.
pub(super) fn is_position_verb(norm: &str) -> bool {
    let v = norm.strip_prefix('و').unwrap_or(norm);
    matches!(
        v,
        // (Calling on someone: the quotation is whom and to what, "ودعا راخوي «المجتمع
        // الإسباني بكامله إلى تذكر كل ضحية»".)
        "دعا"
            | "دعت"
            | "حث"
            | "حثت"
            | "ناشد"
            | "ناشدت"
            | "ادان"
            | "ادانت"
            | "استنكر"
            | "استنكرت"
            | "رحب"
            | "رحبت"
            | "ندد"
            | "نددت"
            | "شجب"
            | "شجبت"
    ) || names_its_object(norm)
        || names_its_object(v)
}

/// Whether a verb names or describes its object (وصفه، اعتبرتها، ما سماه): a quotation right after
/// it is the name or the description, a fragment of its subject's words.
pub(super) fn names_its_object(norm: &str) -> bool {
    matches!(
        norm,
        "وصفه"
            | "وصفها"
            | "وصفهم"
            | "وصفته"
            | "وصفتها"
            | "وصفتهم"
            | "اعتبره"
            | "اعتبرها"
            | "اعتبرته"
            | "اعتبرتها"
            | "سماه"
            | "سماها"
            | "سمته"
            | "سمتها"
            | "اسماه"
            | "اسماها"
            | "اسمته"
            | "اسمتها"
            | "يسميه"
            | "يسميها"
            | "تسميه"
            | "تسميها"
            | "يصفه"
            | "يصفها"
            | "تصفه"
            | "تصفها"
            | "يعتبره"
            | "يعتبرها"
            | "تعتبره"
            | "تعتبرها"
            | "يصنفه"
            | "يصنفها"
            | "تصنفه"
            | "تصنفها"
    )
}

/// Words that are cues only in context.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Special {
    None,
    /// جاء / ورد: "it says" before في.
    Came,
    /// بين: also "explained".
    Between,
    /// القول: "saying", after a verb that leads to it.
    Saying,
}

/// Which [`Special`] word a normalized word is.
pub(super) fn special_word(norm: &str) -> Special {
    match norm {
        "جاء" | "وجاء" | "ورد" | "وورد" => Special::Came,
        "بين" | "وبين" => Special::Between,
        "بالقول" | "للقول" | "القول" => Special::Saying,
        _ => Special::None,
    }
}

/// Whether `norm` (matching-normalized) is a word of necessity, possibility, plan or seeming
/// that takes its own أن: "التي كان من المقرر أن"، "ما يمكن أن"، "يجب أن"، "لا يبدو أن". The
/// clause after it is no one's reported words.
pub(super) fn is_modal(norm: &str) -> bool {
    let bare = norm.strip_prefix('و').unwrap_or(norm);
    bare.strip_prefix("ال").is_some_and(|adjective| {
        matches!(
            adjective,
            "مفترض"
                | "مقرر"
                | "متوقع"
                | "منتظر"
                | "مرتقب"
                | "مرجح"
                | "محتمل"
                | "ممكن"
                | "مستبعد"
                | "مستحيل"
                | "مفروض"
                | "مزمع"
        )
    }) || matches!(
        bare,
        "يمكن"
                | "يمكنه"
                | "يمكنها"
                | "يمكنهم"
                | "يجب"
                | "ينبغي"
                | "يتعين"
                | "يجوز"
                | "يفترض"
                | "يستطيع"
                | "تستطيع"
                // (Impersonal "it seems that": "ومن هنا لا يبدو أن".)
                | "يبدو"
                | "بدا"
    )
}

/// Whether `norm` is an impersonal "is expected to" or "it was decided" before أن ("لاعب ينتظر
/// أن يكون"، "صفقات يتوقع أن يبرمها"، "إذ تقرر أن يخضع"): a verb's complementizer after it is no
/// reported clause of that verb's, though after a source phrase it is the source's forecast
/// ("وحسب المصادر، يرجح أن").
pub(super) fn is_expectation(norm: &str) -> bool {
    matches!(
        norm.strip_prefix('و').unwrap_or(norm),
        "ينتظر" | "يتوقع" | "يرتقب" | "يرجح" | "تقرر"
    )
}

/// Whether `norm` (with its conjunction or none) is a verb whose next noun is as often its object
/// as its subject: وصف، اتهم، دعا، ناشد، طالب، حث، حذر ("ووصف #الجيش بأنه").
/// Whether a word before أن makes it a conjunction of time (بعد أن، قبل أن، منذ أن), with or
/// without its و: a clause of time, no reported words.
pub(super) fn is_time_conjunction(before: &str) -> bool {
    matches!(
        before.strip_prefix('و').unwrap_or(before),
        "بعد" | "قبل" | "منذ"
    )
}

pub(super) fn takes_object_first(norm: &str) -> bool {
    let verb = norm.strip_prefix('و').unwrap_or(norm);
    ["وصف", "اتهم", "دعا", "دعت", "ناشد", "طالب", "حث", "حذر"]
        .iter()
        .any(|v| verb.starts_with(v))
}

/// Whether `head` (a word without its article) is an honorific written right before a name:
/// a title (الدكتور، الشيخ، الأمير), a rank (العقيد، الرائد، النقيب، الميجر) or a calling
/// (المهندس، الأستاذ). Shared with the gazetteer matcher, after which a bare demonym is a given
/// name.
pub(crate) fn is_name_title_head(head: &str) -> bool {
    matches!(
        head,
        "دكتور"
            | "شيخ"
            | "عقيد"
            | "لواء"
            | "عميد"
            | "فريق"
            | "مشير"
            | "مهندس"
            | "استاذ"
            | "سيد"
            | "سيده"
            | "امير"
            | "اميره"
            | "ملك"
            | "سلطان"
            | "جنرال"
            | "حاخام"
            | "قاضي"
            | "سفير"
            | "رييس"
            | "نقيب"
            | "مقدم"
            | "رايد"
            | "ملازم"
            | "دكتوره"
            // (Sir, Lord, Professor; a cardinal, an archbishop.)
            | "سير"
            | "لورد"
            | "بروفيسور"
            | "بروفسور"
            | "كاردينال"
            | "مطران"
            // (Ranks written as in English: الميجر جنرال، الكولونيل، اللفتنانت.)
            | "ميجر"
            | "كولونيل"
            | "لفتنانت"
            | "كابتن"
    )
}

/// A preposition written as a word of its own (في، من، إلى، على، عن، مع، حتى، منذ، بين، نحو،
/// لدى), normalized: what follows is its object. Shared with the gazetteer matcher, for which no
/// conjunction can follow one ("في فارنا" is no و / ف + a name).
pub(crate) fn is_separate_preposition(norm: &str) -> bool {
    matches!(
        norm,
        "في" | "من" | "الي" | "علي" | "عن" | "مع" | "حتي" | "منذ" | "بين" | "نحو" | "لدي"
    )
}

/// أحد / إحدى, "one of": before a group it names one of its members (أحد المسؤولين), and after a
/// name it opens the apposition that says which group (آلان كركوفيتش، أحد كبار المديرين).
pub(super) fn is_one_of(norm: &str) -> bool {
    matches!(norm, "احد" | "احدي")
}

/// Whether the normalized word `n` is an adverb with ب and the article that opens a sentence
/// (بالتأكيد، بالنسبة، بالطبع، بالرغم، بالفعل …), not a prepositional complement.
pub(super) fn is_sentence_adverb(n: &str) -> bool {
    matches!(
        n,
        "بالتاكيد"
            | "بالنسبه"
            | "بالطبع"
            | "بالنظر"
            | "بالرغم"
            | "بالفعل"
            | "بالمقابل"
            | "بالامس"
            | "بالاضافه"
            | "بالله"
            | "بالتالي"
            | "بالعكس"
            | "بالضبط"
            | "بالتحديد"
            | "بالذات"
            | "بالمناسبه"
    )
}

/// Whether the normalized word `n` may be a name by its shape: a known first name, or no
/// participle (مخاطبا), adverb in ا (سابقا), demonstrative, or word with a pronoun suffix.
/// Whether `n` is a given name written with its article, as Maghrebi news writes some (الطاهر،
/// الهادي): known without it.
pub(super) fn article_given_name(n: &str) -> bool {
    n.strip_prefix("ال")
        .is_some_and(|stem| first_names().contains_key(stem))
}

pub(super) fn name_shaped(n: &str) -> bool {
    // (A known first name may end in ا: ميلانيا، ماريا; so does a Russian woman's family
    // name: روستاموفا، بيتروفا، فولوديفا.)
    let russian = n.chars().count() >= 6 && ["وفا", "يفا", "سكايا"].iter().any(|s| n.ends_with(s));
    (first_names().contains_key(n) || russian || (!looks_like_participle(n) && !n.ends_with('ا')))
        && !is_demonstrative(n)
        && !matches!(n, "اكثر" | "اقل")
        && !["ته", "تها", "هم", "هما", "كم", "نا"]
            .iter()
            .any(|p| n.ends_with(p))
        && !is_preposition_with_pronoun(n)
}

/// Whether a word in marks after a title may be part of the name it takes (العقيد "أحمد
/// المسماري"): no pronoun, particle or prepositional phrase, which a statement has ("نحن مستعدون
/// للحوار").
pub(super) fn quoted_name_word(n: &str) -> bool {
    name_shaped(n)
        && !is_function_word(n)
        && !matches!(
            n,
            "نحن"
                | "انا"
                | "انت"
                | "انتم"
                | "هو"
                | "هي"
                | "هم"
                | "لن"
                | "لا"
                | "لم"
                | "قد"
        )
        && !n.starts_with("لل")
        && !n.starts_with("بال")
}

/// A preposition with a pronoun (عليه، إليها، عنه، منه، فيه، له، معها، لديه …): "كتب عليه
/// «سري»" is written on it, by no one named.
pub(super) fn is_preposition_with_pronoun(n: &str) -> bool {
    ["علي", "الي", "عن", "من", "في", "ب", "ل", "مع", "لدي"]
        .iter()
        .filter_map(|p| n.strip_prefix(p))
        .any(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما" | "هن"))
}

/// A word that is no part of a name: a particle, a preposition with or without a pronoun, a
/// word of time or manner, a demonstrative (عنه، بعد، حين، أيضا، كان، هذا، لكن …).
pub(super) fn is_function_word(n: &str) -> bool {
    matches!(
        n,
        // ("وكتبت أكثر من مرة": more, less.)
        "اكثر"
            | "اقل"
            | "كذلك"
            | "عنه"
            | "عنها"
            | "عنهم"
            | "منه"
            | "منها"
            | "عليه"
            | "عليها"
            | "فيه"
            | "فيها"
            | "له"
            | "لها"
            | "لهم"
            | "الي"
            | "علي"
            | "حول"
            | "امام"
            | "لدي"
            | "بعد"
            | "قبل"
            | "خلال"
            | "عبر"
            | "عقب"
            | "اثر"
            | "يوم"
            | "اليوم"
            | "امس"
            | "وقت"
            | "ايضا"
            | "حين"
            | "حيث"
            | "كما"
            | "عندما"
            | "بينما"
            | "منذ"
            | "مع"
            | "عن"
            | "من"
            | "ان"
            | "انه"
            | "انها"
            | "كان"
            | "كانت"
            | "قد"
            | "لقد"
            | "ما"
            | "لا"
            | "لم"
            | "لن"
            | "ثم"
            | "لكن"
            | "غير"
            | "كل"
            | "بعض"
    ) || is_demonstrative(n)
}

/// A day of the week, with or without the article: الأربعاء، خميس.
pub(crate) fn is_weekday(norm: &str) -> bool {
    matches!(
        norm.strip_prefix("ال").unwrap_or(norm),
        "اثنين" | "ثلاثاء" | "اربعاء" | "خميس" | "جمعه" | "سبت" | "احد"
    )
}

/// "His Highness", "His Excellency" … standing for a person named before: سموه، معاليه، سماحته.
pub(super) fn is_honorific_pronoun(norm: &str) -> bool {
    matches!(
        norm,
        "سموه"
            | "معاليه"
            | "سماحته"
            | "فضيلته"
            | "جلالته"
            | "فخامته"
            | "دولته"
            | "سعادته"
    )
}

/// Whether an honorific (سموه …) may stand for one titled `title`: a prince's for a prince or a
/// sheikh, a king's for a king; the others for any title.
pub(super) fn honorific_fits(honorific: &str, title: &str) -> bool {
    let royal = matches!(title, "ملك" | "ملكه" | "سلطان");
    match honorific {
        "سموه" => matches!(title, "امير" | "اميره" | "ولي" | "شيخ" | "شيخه"),
        "جلالته" => royal,
        _ => !royal,
    }
}

/// A verb of saying that may open a new speaker's turn with no subject of its own (وقال، وقالت،
/// وأكد …), unlike those that go on with the last one (وأضاف، وتابع).
pub(super) fn is_new_turn_verb(norm: &str) -> bool {
    matches!(
        norm,
        "وقال" | "وقالت" | "واكد" | "واكدت" | "واوضح" | "واوضحت" | "واعلن" | "واعلنت"
    )
}

/// هذا، هذه، ذلك، تلك، هؤلاء.
pub(super) fn is_demonstrative(n: &str) -> bool {
    matches!(n, "هذا" | "هذه" | "ذلك" | "تلك" | "هولاء")
}

/// Whether a word with ب says how something was said, or by whom of a group, not who: بحزم،
/// بصراحة، بدوره، بعضهم.
pub(super) fn is_manner(norm: &str) -> bool {
    matches!(
        norm,
        "بحزم"
            | "بصراحه"
            | "بوضوح"
            | "بثقه"
            | "بهدوء"
            | "بشده"
            | "بغضب"
            | "بحسره"
            | "باسف"
            | "بفخر"
            | "بسخريه"
            | "بلهجه"
            | "بنبره"
            | "بدوره"
            | "بدورها"
            | "بدورهم"
            | "بعضهم"
            | "بعضهن"
            | "بعضها"
    )
}

/// Whether `norm` (with its conjunction و / ف or none) is a verb of saying whose next noun is its
/// subject: قال، أضاف، أوضح، ذكر، أكد … (after كشف، وصف، أعلن، نقل it is as often the object:
/// "كشف تسجيل أن"، "وصف كتابه بأنه").
pub(super) fn is_saying_verb(norm: &str) -> bool {
    let v = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    matches!(
        v,
        "قال"
            | "قالت"
            | "اضاف"
            | "اضافت"
            | "تابع"
            | "تابعت"
            | "اوضح"
            | "اوضحت"
            | "يقول"
            | "تقول"
            | "ذكر"
            | "ذكرت"
            | "اكد"
            | "اكدت"
            | "اشار"
            | "اشارت"
            | "افاد"
            | "افادت"
            | "صرح"
            | "صرحت"
            | "شدد"
            | "شددت"
            | "اجاب"
            | "اجابت"
            | "علق"
            | "علقت"
            | "غرد"
            | "غردت"
    )
}

/// Whether a verb or participle of saying (normalized, with و or ف) may open a statement with a
/// colon: وقال: …، وأضاف: …، مضيفا: …. (Not ذكر or أعلن, which a list follows as often.)
pub(super) fn opens_colon_speech(norm: &str) -> bool {
    let v = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .unwrap_or(norm);
    (is_saying_verb(v) && !matches!(v, "ذكر" | "ذكرت"))
        || matches!(
            v,
            "يضيف"
                | "تضيف"
                | "استطرد"
                | "استطردت"
                | "اردف"
                | "اردفت"
                | "مضي"
                | "مضت"
                | "قايلا"
                | "قايله"
                | "مضيفا"
                | "مضيفه"
                | "موكدا"
                | "موكده"
        )
}

/// Whether a word before a colon announces a list rather than words said: التالي، الآتية، هم …
pub(super) fn is_list_opener(norm: &str) -> bool {
    matches!(
        norm,
        "التالي"
            | "التاليه"
            | "كالتالي"
            | "الاتي"
            | "الاتيه"
            | "كالاتي"
            | "هم"
            | "وهم"
            | "هي"
            | "وهي"
            | "منها"
            | "ومنها"
            | "ابرزها"
            | "اهمها"
            | "بينها"
            | "وبينها"
    )
}

/// Whether `norm` is a claim or accusation whose author follows it as its genitive ("مزاعم
/// روسيا بأن"، "اتهامات واشنطن بأن"، "رواية النظام بأن").
pub(super) fn is_claim_noun(norm: &str) -> bool {
    let w = norm.strip_prefix('و').unwrap_or(norm);
    // (Five or seven letters: most words are turned away by their length.)
    matches!(w.len(), 10 | 14) && matches!(w, "مزاعم" | "ادعاءات" | "اتهامات" | "روايه" | "ادعاء")
}

/// Whether the word before a claim noun makes it the prosecution ("ممثلو ادعاء"، "ممثل الادعاء"),
/// no claim.
pub(super) fn is_prosecution_claim(before: &str) -> bool {
    matches!(before, "ممثلو" | "ممثلي" | "ممثل")
}

/// Whether a word is a verbal noun with ب, the complement of a verb: one of the pattern إفعال as
/// written (بإطلاق، بإنزال), one of تفعيل (بتوفير، بتسليم), or one of a few others the news
/// writes after a subject (بضرورة، بحملة، بعدم). `text` is the word as written, `norm` matching-
/// normalized.
pub(super) fn is_verbal_noun_with_beh(text: &str, norm: &str) -> bool {
    let Some(rest) = norm.strip_prefix('ب') else {
        return false;
    };
    let len = rest.chars().count();
    // (Not a body or a place: "بإمارة منطقة الباحة"، "بتعليم جدة".)
    if is_institution(rest) || is_place_noun(rest) || matches!(rest, "تعليم" | "اماره") {
        return false;
    }
    (text.starts_with("بإ") && len >= 5)
        // (Not a channel's noun: بتلفزيون.)
        || (rest.starts_with('ت')
            && len >= 5
            && !rest.starts_with("تل")
            && !first_names().contains_key(rest))
        || matches!(
            rest,
            "ضروره"
                | "عدم"
                | "سبب"
                | "طلب"
                | "زياده"
                | "منح"
                | "خرق"
                | "نهب"
                | "حمله"
                | "روايه"
                | "مقال"
                | "لقب"
                | "انتظام"
                | "اعتقالات"
        )
}

/// Whether `norm` is a noun of a group, a government or its acts in construct with a person
/// (وفد بومبيو، إدارة ترامب، حكومة نتنياهو، قرار ترامب; normalized): after a definite noun, which
/// takes no genitive, it opens the verb's object.
pub(super) fn is_collective_in_construct(norm: &str) -> bool {
    is_acting_group(norm)
        || matches!(
            norm,
            "مكتب"
                | "حزب"
                | "انصار"
                | "مويدي"
                | "معسكر"
                | "سياسه"
                | "سياسات"
                | "خطه"
                | "قرار"
                | "قرارات"
                | "زياره"
                | "موقف"
                | "مواقف"
                | "عايله"
                | "اسره"
        )
}

/// Whether `norm` (normalized, without the article) is the noun of a group that acts and speaks
/// for the person in construct with it: حملة ترامب، إدارة ترامب، حكومة نتنياهو، قوات حفتر.
pub(super) fn is_acting_group(norm: &str) -> bool {
    matches!(
        norm,
        "حمله" | "اداره" | "حكومه" | "نظام" | "وفد" | "فريق" | "قوات"
    )
}

/// Whether `norm` (without its article) is a multiple of ten from twenty (عشرين … تسعين, in the
/// oblique case as ordinals take it).
pub(super) fn is_tens(norm: &str) -> bool {
    matches!(
        norm,
        "عشرين"
            | "ثلاثين"
            | "اربعين"
            | "خمسين"
            | "ستين"
            | "سبعين"
            | "ثمانين"
            | "تسعين"
    )
}

/// Whether `head` is an ordinal from the first to the tenth (masculine).
pub(super) fn is_ordinal(head: &str) -> bool {
    matches!(
        head,
        "اول"
            | "ثاني"
            | "ثالث"
            | "رابع"
            | "خامس"
            | "سادس"
            | "سابع"
            | "ثامن"
            | "تاسع"
            | "عاشر"
    )
}

/// Whether `norm` is a noun of a death, an injury or a mishap that a verb of announcing takes as
/// its object (مقتل، مصرع، إصابة، سقوط): no part of the subject's phrase.
pub(super) fn is_event_noun(norm: &str) -> bool {
    matches!(
        norm,
        "مقتل"
            | "مصرع"
            | "استشهاد"
            | "وفاه"
            | "اصابه"
            | "سقوط"
            | "وقوع"
            | "انفجار"
            | "تحطم"
            | "غرق"
            | "اختطاف"
            | "هروب"
            | "فرار"
    )
}

/// Whether `head` is نقل "relayed", whose source follows عن (with or without its و).
pub(super) fn is_relaying_verb(head: &str) -> bool {
    matches!(head, "نقل" | "نقلت" | "ونقل" | "ونقلت")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_nouns_with_a_possessive() {
        assert!(is_place_noun_or_its("مدينه"));
        assert!(is_place_noun_or_its("مدينته"));
        assert!(is_place_noun_or_its("قريتها"));
        assert!(is_place_noun_or_its("ولايتهم"));
        assert!(is_place_noun_or_its("مديريتي"));
        assert!(!is_place_noun_or_its("حكومته"));
        assert!(!is_place_noun_or_its("ته"));
    }
}
