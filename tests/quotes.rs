//! Quote kinds and attribution rules, one case at a time, on our own sentences.

use akhbar::{Article, QuoteKind as K, Rule};

/// `quotes!(name: text => [(content starts with, kind, speaker text or None, rule or None)])`:
/// the listed quotes exist with that kind, speaker and rule (other quotes may exist too).
macro_rules! quotes {
    ($($name:ident: $text:expr => [$(($content:expr, $kind:ident, $speaker:expr, $rule:expr)),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let text: &str = $text;
                let a = Article::parse(text);
                $(
                    let q = a
                        .quotes()
                        .iter()
                        .find(|q| q.content.slice(text).starts_with($content) && q.kind == K::$kind)
                        .unwrap_or_else(|| panic!(
                            "no {:?} quote starting with {:?}; have {:?}",
                            K::$kind,
                            $content,
                            a.quotes().iter().map(|q| (q.kind, q.content.slice(text))).collect::<Vec<_>>()
                        ));
                    let speaker: Option<&str> = q.speaker.as_ref().map(|s| s.span.slice(text));
                    assert_eq!(speaker, $speaker, "speaker of {:?}", $content);
                    let rule: Option<Rule> = $rule;
                    if rule.is_some() {
                        assert_eq!(q.rule, rule, "rule of {:?}", $content);
                    }
                    if let Some(s) = &q.speaker {
                        assert!(!s.span.overlaps(q.content), "speaker inside the quote");
                    }
                )*
            }
        )*
    };
}

quotes! {
    // A pronoun after نقل عن / نسب إلى stands for the source: one named in the verb's own
    // sentence, else the last person who spoke, not an outlet and not a name in between; "ما
    // معناه" says what was said, not who.
    pronoun_after_relay_verbs: "وقال وزير الخارجية الأردني أيمن الصفدي إن الحل قريب، منتقدا قرار الرئيس دونالد ترمب.\n\nونقلت الوكالة عنه قوله إن الاتفاق لم يعد بعيدا.\n\nوذكر موقع إخباري أن مصادر مقربة من الأمير محمد بن سلمان نسبت إليه قوله إن الصفقة انتهت.\n\nوالتقيت الكاتب في واشنطن، وقال ما معناه إنه سئم الغربة." => [
        ("الاتفاق لم", Indirect, Some("أيمن الصفدي"), Some(Rule::CueVerb)),
        ("الصفقة انتهت", Indirect, Some("محمد بن سلمان"), Some(Rule::CueVerb)),
        ("سئم الغربة", Indirect, Some("الكاتب"), Some(Rule::Continuation)),
    ];
    // A negation before a verb after the subject opens the words (or a clause about the subject
    // between commas), so a name-shaped word in the words is not the speaker; a day's name alone
    // in marks is a date, no quote.
    negation_ends_the_subject: "وقال متحدث باسم الشركة المالكة للحافلة لا يمكن تعريض سلامة الركاب للخطر \"بالسماح لقرد بالقيادة\".\n\nونقلت صحيفة محلية عن مصادر عسكرية، لم تسمها، أن التسليم قد يبدأ قريبا.\n\nونفت المصادر وجود خلافات أدت إلى تأجيل الاجتماع الذي كان مقررا اليوم «الأربعاء»." => [
        ("بالسماح لقرد", Partial, Some("متحدث باسم الشركة"), Some(Rule::CueVerb)),
        ("التسليم قد", Indirect, Some("مصادر عسكرية"), Some(Rule::CueVerb)),
        ("الأربعاء", NonSpeech, None, None),
    ];
    // A group that complains speaks for a plural participle; the source's describing after نقل
    // عن X ends X; "ما وصفه" is what was described, not who described it.
    groups_and_describing_nouns: "اشتكى عمال النظافة في الكورنيش من تزايد النفايات، مؤكدين أن الإهمال هو السبب.\n\nونقلت المنظمة عن عمال الإغاثة وصفهم للإجراءات \"البيروقراطية المفرطة\" لسلطات الأمر الواقع.\n\nوندد الحزب، الأحد، باعتقال رئيسه وانتقد ما وصفه بأنه \"الاستهداف الممنهج للمعارضين\"." => [
        ("الإهمال هو", Indirect, Some("عمال النظافة"), Some(Rule::Participle)),
        ("البيروقراطية", Partial, Some("عمال الإغاثة"), Some(Rule::CueVerb)),
        ("الاستهداف", Partial, Some("الحزب"), None),
    ];
    // بالقول after a verb of addressing is the subject's saying.
    addressing_then_saying: "وتوجه إنجيه إلى الحشود بالقول \"الرئيس رجل متعب ووحيد لا يحترم شعبه\"." => [
        ("الرئيس رجل", Direct, Some("إنجيه"), Some(Rule::Participle)),
    ];
    // A subject fronted in a reported clause may run to six words and its verb may have a comma
    // after it; a clause opener (حيث) is no subject.
    long_fronted_subject: "وذكرت الوكالة أن رئيس بنك الطعام يورغ سارتور قال، إن بطاقات جديدة ستقدم.\n\nوأكد المتحدث أن القتال مستمر بقاعدة العند حيث قال إن المقاتلين أتلفوا معدات." => [
        ("بطاقات جديدة", Indirect, Some("رئيس بنك الطعام يورغ سارتور"), Some(Rule::CueVerb)),
        ("القتال مستمر بقاعدة العند حيث", Indirect, Some("المتحدث"), Some(Rule::CueVerb)),
        ("المقاتلين أتلفوا", Indirect, Some("المتحدث"), Some(Rule::Continuation)),
    ];
    // An honorific (سموه) continues the titled subject of the sentence before, when the title
    // fits it; a king thanked in passing is not "his Highness".
    honorific_continues_the_titled_subject: "وافتتح الأمير فيصل بن خالد أمير منطقة عسير المشروع.\n\nوأوضح سموه بأن تخليد أسمائهم أقل ما يقدم للشهداء." => [
        ("تخليد أسمائهم", Indirect, Some("الأمير فيصل بن خالد أمير منطقة عسير"), Some(Rule::Continuation)),
    ];
    honorific_does_not_fit_a_king: "ورفع المحافظ التهاني لمقام الملك سلمان بن عبدالعزيز على نجاح الموسم. وقال سموه: ما كان هذا ليتحقق إلا بفضل الله." => [
        ("ما كان هذا", Direct, None, None),
    ];
    // A relative with a possessive pronoun speaks (his son is masculine, her husband too), but
    // not as the object of a verb of accusing; a preposition with her pronoun ends a phrase; a
    // teacher speaks.
    kin_with_a_pronoun: "وكانت الشرطة قد قالت، الأحد، إن الرجل يخضع للتحقيق، في وقت قالت زوجته إنها تلقت رسالة منه.\n\nوندد نجله زياد، الذي يعيش في الأردن، بالقائمة، ووصفها بأنها لا تعدو أن تكون حيلة انتخابية.\n\nوقالت المرأة التي اتهمت زوجها بـ\"سوء السلوك\" إنها لن تتراجع." => [
        ("تلقت رسالة", Indirect, Some("زوجته"), Some(Rule::CueVerb)),
        ("لا تعدو", Indirect, Some("نجله زياد"), Some(Rule::Continuation)),
        ("لن تتراجع", Indirect, Some("المرأة"), None),
    ];
    kin_then_preposition_with_her_pronoun: "وأشاد معلم نيكول بإنجازها وقال إنها كانت تلميذة مثالية." => [
        ("كانت تلميذة", Indirect, Some("معلم نيكول"), Some(Rule::Continuation)),
    ];
    // "وقال" opening a sentence after one headed by a person the gazetteer knows, named after the
    // last speaker, continues that person; "وأضاف" goes on with the last speaker.
    said_after_a_newly_named_subject: "وقال مسؤولو الهجرة إن الإجراءات مستمرة.\n\nوقد أدى مهاتير محمد اليمين الدستورية رئيسا للحكومة الثلاثاء الماضي. وقال إنه سيتم إجراء تحقيق شامل.\n\nوأضاف أن التحقيق سيشمل الجميع." => [
        ("سيتم إجراء", Indirect, Some("مهاتير محمد"), Some(Rule::Continuation)),
        ("التحقيق سيشمل", Indirect, Some("مهاتير محمد"), Some(Rule::Continuation)),
    ];
    // A count of people speaks: "أكثر من 12 من المسؤولين"، "أكثر من مسؤول".
    counted_people_speak: "وقال أكثر من 12 من المسؤولين الحاليين والسابقين إن الحملة تهدف إلى الضغط.\n\nوأكد أكثر من مسؤول أن القرار نهائي." => [
        ("الحملة تهدف", Indirect, Some("أكثر من 12 من المسؤولين الحاليين والسابقين"), Some(Rule::CueVerb)),
        ("القرار نهائي", Indirect, Some("أكثر من مسؤول"), Some(Rule::CueVerb)),
    ];
    // After a verb of accusing, one plain name before a definite noun is the subject, the noun
    // its object.
    accuser_before_the_accused: "واتهم موغابي الحكومة بـ«الانقلاب على الدستور والشرعية»." => [
        ("الانقلاب على", Partial, Some("موغابي"), Some(Rule::SentenceSubject)),
    ];
    // "المحتمل" after a title is its adjective, not a name.
    likely_president: "وشدد الرئيس المحتمل لفرنسا على أن تونس والجزائر والمغرب سيكونون الشركاء الرئيسيين." => [
        ("تونس والجزائر", Indirect, Some("الرئيس المحتمل لفرنسا"), Some(Rule::CueVerb)),
    ];
    // A description after a comma (المعروفة بـ) is no name in apposition.
    description_after_a_comma: "وأعلنت الخطوط الجوية الإماراتية، المعروفة بعروضها الفاخرة في الدرجة الأولى أن الاضطراب سيجبرها على خفض الأرباح." => [
        ("الاضطراب سيجبرها", Indirect, Some("الخطوط الجوية الإماراتية"), Some(Rule::CueVerb)),
    ];
    // An outlet in marks after إلى, the reported words still to come, is whom it was told to.
    outlet_told_to_with_ila: "وأشار رئيس النادي الدكتور ظافر الشهري إلى \"الوطن\" إلى أن إصدار الكتاب مهم." => [
        ("الوطن", NonSpeech, None, None),
        ("إصدار الكتاب", Indirect, Some("ظافر الشهري"), Some(Rule::CueVerb)),
    ];
    // A woman journalist speaks; a channel's spelled-out acronym in marks is its name.
    journalist_and_spelled_out_channel: "أشارت صحفية على قناة \"بي أف ام تي في\" الفرنسية أنه تم تسخير مئتي رجل أمن.\n\nوكتبت الصحفية يفغينيا الباتس تغريدة تقول فيها \"ليس هناك سبب واحد يدعو إلى قتله\"." => [
        ("بي أف ام", NonSpeech, None, None),
        ("تم تسخير", Indirect, Some("صحفية"), Some(Rule::CueVerb)),
        ("ليس هناك", Direct, Some("الصحفية يفغينيا الباتس"), None),
    ];
    // ما and أي right after the verb open its object ("ما يسمى" excepted); a name after a role
    // ends before a time or a preposition with a pronoun.
    what_and_any_open_the_object: "وأكد أردوغان أن الأزمة مفتعلة، ووصف ما يحدث بأنه \"حرب اقتصادية\".\n\nوقال سفير الكويت لدى الأمم المتحدة منصور العتيبي بعد ظهر الجمعة لصحافيين إن الموضوع مهم." => [
        ("حرب اقتصادية", Partial, Some("أردوغان"), None),
        ("الموضوع مهم", Indirect, Some("منصور العتيبي"), Some(Rule::CueVerb)),
    ];
    // بالمقابل opens a sentence whose verb and subject follow.
    in_return_opener: "وقال مسؤول إن الوضع هادئ. بالمقابل لم يتوان ضابط الصاعقة القطري عن تهنئة أسرته، قائلا: \"فخر تفخر بك الأمة يا عبد الله\"." => [
        ("فخر تفخر", Direct, Some("ضابط الصاعقة القطري"), Some(Rule::Participle)),
    ];
    // A word or two in marks inside the narrator's sentence is no statement of the speaker of
    // the cue after it.
    short_term_before_a_cue: "وطالب الجمهوريون الرئيس بالتدخل في \"الأزمة\"، ودعا مساهم كبير في الحملة إلى الاستقالة.\n\n\"لن نتراجع عن قرارنا أبدا مهما كانت الضغوط\"، قال الوزير." => [
        ("لن نتراجع", Direct, Some("الوزير"), Some(Rule::QuoteBeforeCue)),
    ];
    // The outlet that saw a document, in marks, is its name.
    outlet_that_saw_the_document: "وأصدر مكتب مكافحة الإرهاب تحذيرا جديدا اطلعت عليه \"العربية.نت\"، يدعو السياح إلى الحذر." => [
        ("العربية.نت", NonSpeech, None, None),
    ];
    // A verbal noun with ب and the article ends the subject's phrase; "بالإنابة" (acting) and a
    // place do not.
    verbal_noun_with_bi_ends_the_subject: "وأمر القاضي بالإفراج عن الموقوفين، مؤكدا أنه ليس لديهم أي دخل في التفجير.\n\nوقال رئيس الشرطة بالإنابة إن المهاجم تعمد إحداث الضرر." => [
        ("ليس لديهم", Indirect, Some("القاضي"), Some(Rule::Participle)),
        ("المهاجم تعمد", Indirect, Some("رئيس الشرطة بالإنابة"), Some(Rule::CueVerb)),
    ];
    // A name opening with ب before the outlet the words were given to is the speaker; a phrase
    // of manner is not.
    name_with_ba_before_the_outlet: "وقالت بروكتر لبي بي سي إن فرصة البث جاءت بسرعة.\n\nوقال بوستاني لوكالة رويترز إن العراق وافق على المعاهدة.\n\nوقال بحزم للصحفيين إن القرار نهائي." => [
        ("فرصة البث", Indirect, Some("بروكتر"), Some(Rule::CueVerb)),
        ("العراق وافق", Indirect, Some("بوستاني"), Some(Rule::CueVerb)),
    ];
    // A verb joined to a clause that opens with a person and a verb inside the sentence shares
    // that person, named after the sentence's last speaker.
    coordinated_with_an_inner_clause: "ودعا الصندوق إلى تخفيف الديون لكن المستشارة الألمانية أنجيلا ميركل استبعدت خفضا في قيمة الديون وقالت إنها غير مستعدة بعد لتخفيف الشروط." => [
        ("غير مستعدة", Indirect, Some("أنجيلا ميركل"), Some(Rule::Continuation)),
    ];
    // The accused, aunts and grandmothers speak; a relative with a pronoun ends before a verb;
    // the object of a sentence's first verb, with a relative clause, is not its subject's name.
    accused_aunt_and_object_with_a_relative_clause: "زعم متهم بجرائم اغتصاب في بريطانيا أنه متحول جنسيا.\n\nولقيت الرضيعة مصرعها على يد خالتها المقيمة التي ادعت أثناء التحقيق معها أنها كانت ترغب في غسلها.\n\nوقالت جدته تبقى محتفظة بذكراه: \"يجب عليه القدوم لزيارة قبر والده\".\n\nوحدد جان ماري الأسباب التي حالت دون فوز ابنته، وقال لوكالة رويترز إن خسارتها كانت متوقعة." => [
        ("متحول جنسيا", Indirect, Some("متهم بجرائم اغتصاب"), Some(Rule::CueVerb)),
        ("كانت ترغب", Indirect, Some("خالتها المقيمة"), Some(Rule::Relative)),
        ("يجب عليه", Direct, Some("جدته"), Some(Rule::CueVerb)),
        ("خسارتها كانت", Indirect, Some("جان ماري"), None),
    ];
    // A fronted subject in a reported clause before "قال أيضا إن".
    fronted_subject_with_also: "وقال الرئيس مون إن الكوريتين ستكتبان تاريخا جديدا. على الرغم من أن متحدثا باسمه قال أيضا إن المعنى الدقيق بحاجة إلى تحديد." => [
        ("المعنى الدقيق", Indirect, Some("متحدثا باسمه"), Some(Rule::CueVerb)),
    ];
    // A Russian woman's family name ends in ا and is a name.
    russian_family_name: "وقال مراسلنا إن الوضع هادئ.\n\nوتقول روستاموفا \"لم أفهم ما حدث لي في تلك الليلة\"." => [
        ("لم أفهم", Direct, Some("روستاموفا"), Some(Rule::CueVerb)),
    ];
    // One plain word between كان and the verb is the subject, a name the gazetteer does not know
    // (its full name when given earlier); not a phrase of manner ("وكان بذلك يشير").
    name_between_kana_and_verb: "وقال المحامي مايكل كوهين إن الاتفاق قانوني.\n\nوكانت كليفورد قالت في مقابلة مع مجلة عام 2011، إنها التقت به.\n\nوكان كوهين قال إنه سيلتزم الصمت." => [
        ("التقت به", Indirect, Some("كليفورد"), Some(Rule::CueVerb)),
        ("سيلتزم الصمت", Indirect, Some("مايكل كوهين"), Some(Rule::CueVerb)),
    ];
    // A body whose statement the sentence names speaks (after the noun or with ل, not where it was
    // posted); آنا with its madda is a given name, not أنا "I".
    statement_of_a_body_and_anna: "جاء ذلك في بيان للاتحاد الأوروبي، داعيا روسيا إلى استخدام نفوذها، لافتا إلى أن الأسلحة الكيماوية لا تزال تستخدم.\n\nوصدر بيان للبيت الأبيض ذكر فيه أنه كان يمكن التعامل مع الاتهامات بطريقة أفضل.\n\nوقالت آنا غالاند إن العائلات لا تزال تنتظر." => [
        ("الأسلحة الكيماوية", Indirect, Some("لاتحاد الأوروبي"), Some(Rule::Participle)),
        ("كان يمكن", Indirect, Some("لبيت الأبيض"), Some(Rule::CueVerb)),
        ("العائلات لا", Indirect, Some("آنا غالاند"), Some(Rule::CueVerb)),
    ];
    // An abbreviated title after a rank is no name ("اللواء د. محمد …"); أكثر "more" is no name.
    rank_then_abbreviation_and_more: "وأوضح مدير الإعلام بوزارة الداخلية اللواء د. محمد بن عبدالله المرعول أن البرنامج ناجح.\n\nوكتبت أكثر من مرة أن الرواية مهمة." => [
        ("البرنامج ناجح", Indirect, Some("محمد بن عبدالله المرعول"), Some(Rule::CueVerb)),
        ("الرواية مهمة", Indirect, None, None),
    ];
    // زاد "added" before a colon; a kunya after a given name the list does not know; a name met
    // in an interview that the sentence says it was given in.
    added_kunya_and_interview: "وأكد عبدالهادي أن هناك خططا للتعاون.\n\nوزاد: \"بكل تأكيد سننشر ثقافتنا في كل مكان\".\n\nوقالت مديرة السباق، نديمة أبو العينين، إنها مندهشة من العدد.\n\nوأجرى المراسل مقابلة مع محمد الشامي قال فيها \"إذا خرجت أخواتنا من السجون سنفرج عنهم\"." => [
        ("بكل تأكيد", Direct, Some("عبدالهادي"), Some(Rule::Continuation)),
        ("مندهشة من", Indirect, Some("نديمة أبو العينين"), Some(Rule::CueVerb)),
        ("إذا خرجت", Direct, Some("محمد الشامي"), Some(Rule::CueVerb)),
    ];
    // A name that opens with ب stands alone before a phrase of time or place or between dashes;
    // a participle after an opening phrase and its comma speaks for the verb's subject.
    name_before_time_phrase_or_dashes: "أكد بلاتر بعد اجتماع اللجنة التنفيذية أنه لن يكون مرشحا.\n\nوقال بيريز - وهو أحد المقربين من الرئيس - إن الحزب يعاني.\n\nوبعد ذلك بأيام، ظهرت مقالة افتتاحية في صحيفة محلية، متهمة إياه بأنه تجاوز صلاحياته." => [
        ("لن يكون", Indirect, Some("بلاتر"), Some(Rule::CueVerb)),
        ("الحزب يعاني", Indirect, Some("بيريز"), Some(Rule::CueVerb)),
        ("تجاوز صلاحياته", Indirect, Some("مقالة افتتاحية"), Some(Rule::Participle)),
    ];
    // After its own subject a verb of informing takes whom it informed, who did not speak.
    informed_is_not_the_speaker: "وقال المتحدث باسم الحكومة في بيان إن الوزير أبلغ السفير الأمريكي أن بلاده ستشارك في المؤتمر." => [
        ("بلاده ستشارك", Indirect, Some("المتحدث باسم الحكومة"), None),
    ];
    // Reports and plural bodies speak: "تقارير أفادت بأنه" is an indefinite source with its
    // relative clause, "بنوك غذائية أخرى" a body like الأحزاب.
    reports_and_banks_speak: "وساند الوزير حملة البقاء، على الرغم من تقارير أفادت بأنه كان يميل إلى الخروج.\n\nوقالت بنوك غذائية أخرى إنه من الخطأ استبعاد المحتاجين." => [
        ("كان يميل", Indirect, Some("تقارير"), Some(Rule::CueVerb)),
        ("من الخطأ", Indirect, Some("بنوك غذائية أخرى"), Some(Rule::CueVerb)),
    ];
    // A relative pronoun stands for someone in its own sentence: past a role between commas
    // after the name, or a surname given in full earlier; never, when none is found, whoever
    // spoke before.
    relative_pronoun_antecedents: "وقال المحامي فرنسوا مولانس إن موكلته بريئة.\n\nوذلك بحسب مولانس الذي قال إنها نشرت صورا.\n\nوكان الاستثناء ليزا موركوفيسكي، عضوة مجلس الشيوخ عن ولاية ألاسكا، التي قالت إن القاضي رجل صالح.\n\nوهددت الشرطة المشاركات بالسجن. وأثار الفيديو استياء بعد تصريحات أدلت بها ماسوميه ابتكار، التي تساءلت: \"كيف يمكن تبرير هذه المعاملة\"." => [
        ("نشرت صورا", Indirect, Some("فرنسوا مولانس"), Some(Rule::Relative)),
        ("القاضي رجل", Indirect, Some("ليزا موركوفيسكي"), Some(Rule::Relative)),
        ("كيف يمكن", Direct, None, None),
    ];
    // "جيم" is a given name: "جيم كيري" is the actor, not John Kerry by his surname; an authority
    // (السلطة) speaks like any other body.
    other_given_name_and_an_authority: "علق الممثل الأمريكي، جيم كيري، على استهداف الحافلة، قائلا إنها \"جريمتنا\".\n\nوأوضحت السلطة المكلفة بمراقبة الأسلحة أن الوضع تحت السيطرة." => [
        ("جريمتنا", Partial, Some("جيم كيري"), None),
        ("الوضع تحت", Indirect, Some("السلطة المكلفة بمراقبة الأسلحة"), Some(Rule::CueVerb)),
    ];
    // علّق "commented" and غرّد "tweeted" take a one-word name the gazetteer does not know; the
    // phrase that introduces the words (بعبارة، بتغريدة) is no part of the speaker; a document's
    // words after "جاء فيه" are a whole statement.
    commented_with_the_phrase: "وعلقت نادين على الصور بعبارة \"هذا يوم حزين للجميع\".\n\nوعلق الوزير بعبارة \"لن نتراجع عن قرارنا أبدا\".\n\nوأصدرت الوزارة بيانا جاء فيه \"نرفض هذه الاتهامات جملة وتفصيلا\"." => [
        ("هذا يوم", Direct, Some("نادين"), Some(Rule::CueVerb)),
        ("لن نتراجع", Direct, Some("الوزير"), Some(Rule::CueVerb)),
        ("نرفض هذه", Direct, Some("الوزارة"), None),
    ];
    // The speaker's own talk (حديثه، كلمته) after the name is the verb's object, never part of the
    // name; حديثة "recent", with teh marbuta, folds to the same letters and stays in the phrase.
    own_talk_is_not_part_of_the_name: "وأبدى اللاعب رضاه عن الأداء.\n\nوتابع سالم الدوسري حديثه قائلا إن الفريق متعب.\n\nواختتم الحربي كلمته بالقول إن الموسم طويل.\n\nوكشفت دراسة حديثة أن النوم مفيد." => [
        ("الفريق متعب", Indirect, Some("سالم الدوسري"), None),
        ("الموسم طويل", Indirect, Some("الحربي"), None),
        ("النوم مفيد", Indirect, Some("دراسة حديثة"), None),
    ];
    // A title takes a name in marks (العقيد "أحمد المسماري" المتحدث …), but a statement in marks
    // right after a title is the titled person's words, not their name.
    title_before_a_statement_in_marks: "وقال السفير «نحن مستعدون للحوار».\n\nوقال الشيخ \"هذا يوم تاريخي\".\n\nوقال العقيد \"سالم الحداد\" قائد اللواء إن القوات تقدمت." => [
        ("نحن مستعدون", Direct, Some("السفير"), Some(Rule::CueVerb)),
        ("هذا يوم", Direct, Some("الشيخ"), Some(Rule::CueVerb)),
        ("القوات تقدمت", Indirect, Some("سالم الحداد"), None),
    ];
    // A role in apposition after a comma shows that the words before it are a name, even where
    // they open with ب ل ك (which might be prepositions); a surname the gazetteer knows inside that
    // role (لينك) is part of an organization's name, not the speaker.
    // Words opening with ب ل ك before a body's name are a preposition's object, not a name the
    // body is in apposition to: the speaker goes on from the sentence before.
    dative_before_a_body: "وحذر الوزير من رفض الاتفاق.\n\nوقال لمجلس العلاقات الخارجية في نيويورك “أخشى مما يمكن أن يحدث”." => [
        ("أخشى مما", Direct, Some("الوزير"), None),
    ];
    // A given name the first-names list leaves out as a common word (سعيد، عادل) opens the
    // speaker's name when "son of" and a given name follow; not in a tribe's name ("مشايخ خولان
    // بن عامر") nor in a mosque's ("جامع الإمام فهد بن عبدالله").
    given_name_before_son_of: "وأكد محافظ المدينة سعيد بن عبدالعزيز الغامدي أن المعرض يفتح أبوابه غدا.\n\nوأوضح الشيخ حمود الشرفي، أحد مشايخ خولان بن عامر، أن القبائل تساند الحكومة.\n\nوقال المفتي، في جامع الإمام فهد بن عبدالله، إن الشباب بخير." => [
        ("المعرض يفتح", Indirect, Some("سعيد بن عبدالعزيز الغامدي"), None),
        ("القبائل تساند", Indirect, Some("حمود الشرفي"), None),
        ("الشباب بخير", Indirect, Some("المفتي"), None),
    ];
    // Direct speech without marks after a verb of saying and a colon, to the narrator's clause;
    // not a list after a colon, not indirect speech written with one (وقال: إن), and not a quote
    // in marks (found as such).
    colon_opens_unmarked_speech: "وقال المتحدث باسم التحالف في مداخلة مع قناة \"الحدث\": قواتنا تتقدم بحذر بسبب الألغام، مشيرا إلى أن المدنيين بخير.\n\nوأضاف: لدينا خطط للجانب الإنساني.\n\nوأكد التقرير النقاط التالية: ضعف التمويل وغياب الرقابة.\n\nوقال الوزير: إن الحل سياسي.\n\nوقال السفير: \"نحن مستعدون للحوار\"." => [
        ("قواتنا تتقدم بحذر بسبب الألغام", Direct, Some("المتحدث باسم التحالف"), Some(Rule::CueVerb)),
        ("لدينا خطط", Direct, Some("المتحدث باسم التحالف"), Some(Rule::Continuation)),
        ("الحل سياسي", Indirect, Some("الوزير"), None),
        ("نحن مستعدون", Direct, Some("السفير"), None),
    ];
    // A headline names its speaker before a colon: a person or a body (not an outlet, nor a
    // capital, which is a dateline), and the words after it are a statement unless they describe
    // the person (a profile's title).
    headline_statement_after_a_name: "الجبير: لا مكان للأسد في مستقبل سوريا\n\nالرياض: أعلنت الوزارة أن الاجتماع سيعقد غدا.\n\nجون بولتون: الصقر الذي يريد الحرب" => [
        ("لا مكان للأسد", Direct, Some("الجبير"), Some(Rule::Headline)),
        ("الاجتماع سيعقد", Indirect, Some("الوزارة"), None),
    ];
    // An operation's name in marks ends on its definite genitive; words going on to a predicate
    // are a statement.
    operation_name_or_statement: "وأطلق الجيش «عملية درع الفرات» في الشمال.\n\nوقال المصدر إن «عملية احتجاز الرهائن متواصلة» حتى الآن." => [
        ("عملية درع الفرات", NonSpeech, None, None),
        ("عملية احتجاز الرهائن متواصلة", Direct, Some("المصدر"), None),
    ];
    // Two opening guillemets and one closing one at the paragraph's end: the outer quote holds
    // the inner one and is the statement.
    nested_quote_shares_its_closing_mark: "وسئل الوزير عن إيران، فأجاب كيري: «لا أستطيع التحدث نيابة عن إيران، لكن الرئيس الإيراني قال: «إنه مهتم بعلاقات مختلفة»." => [
        ("لا أستطيع التحدث", Direct, Some("كيري"), None),
    ];
    // A few Latin words in marks are a name or a title, however the sentence goes.
    latin_names: "وقالت الشركة إنها أطلقت هاتفها الجديد \"Nova Max 5\" في الأسواق.\n\nوأكد المسؤول أن الكتاب \"Fire and Fury\" مليء بالأكاذيب." => [
        ("Nova Max 5", NonSpeech, None, None),
        ("Fire and Fury", NonSpeech, None, None),
    ];
    // Two or three name-shaped words in marks after a role no verb of saying governs are the
    // holder's name; a description there ("صعبة ومعقدة") is still a partial quotation.
    name_after_a_role: "وذكرت الوكالة أن السلطات أعدمت وزير الزراعة \"تشو سان\" علنا.\n\nوقال دبلوماسي إن المفاوضات كانت \"صعبة ومعقدة\" طوال الأسبوع." => [
        ("تشو سان", NonSpeech, None, None),
        ("صعبة ومعقدة", Partial, Some("دبلوماسي"), None),
    ];
    // A comma that closes a person's name in apposition does not end the reported clause.
    clause_goes_on_after_a_name_in_apposition: "وقال المكتب إن الرئيس الأميركي، دونالد ترامب، أبلغ نظيره بأن الاتفاق قائم." => [
        ("الرئيس الأميركي، دونالد ترامب، أبلغ نظيره", Indirect, Some("المكتب"), None),
    ];
    // "بالقول" after the verb ends its subject.
    saying_ends_the_subject: "وتابع الشامي بالقول إن \"الذين ينتظرون الفرصة يفضحون أنفسهم\"." => [
        ("الذين ينتظرون", Direct, Some("الشامي"), None),
    ];
    // "In which he said": the one whose statement the sentence names speaks.
    in_which_he_said: "يأتي ذلك بعد يوم من تصريح وزير الدفاع، قال فيه إن الوقت حان للرد.\n\nوبثت القناة مقابلة مع السفير قال فيها إن المفاوضات متعثرة." => [
        ("الوقت حان", Indirect, Some("وزير الدفاع"), None),
        ("المفاوضات متعثرة", Indirect, Some("السفير"), None),
    ];
    // The one who asked does not answer.
    the_asker_does_not_answer: "وقال الوزير إنه لا يعرف شيئا. وعندما سأله أحد الصحفيين عن الأموال، قال: \"عليك أن تسأل المحامي\"." => [
        ("عليك أن تسأل", Direct, Some("الوزير"), None),
    ];
    // One of a group speaks (not الأحد, Sunday); an airline speaks.
    one_of_a_group_and_an_airline: "وقال أحد الشهود إن الانفجار كان قويا.\n\nوقال الوزير، الأحد، إن الوضع مستقر.\n\nوأعلنت الخطوط الجوية الوطنية أن الرحلات ستتأخر." => [
        ("الانفجار", Indirect, Some("أحد الشهود"), None),
        ("الوضع مستقر", Indirect, Some("الوزير"), None),
        ("الرحلات", Indirect, Some("الخطوط الجوية الوطنية"), None),
    ];
    // A body's name goes on past its nation's adjective with a لل genitive.
    body_name_with_its_genitive: "أوضحت الشركة السعودية للكهرباء أن الانقطاع كان لإجراء الصيانة.\n\nوقالت الهيئة في بيان إن العمل مستمر." => [
        ("الانقطاع", Indirect, Some("الشركة السعودية للكهرباء"), None),
    ];
    // After لكن the subject stands before the verb; the noun after it is the object.
    subject_after_lakin: "لكن الرئيس الأمريكي نفى صحة هذه المزاعم، مؤكدا أنه لم يكن يعلم بالأمر." => [
        ("لم يكن يعلم", Indirect, Some("الرئيس الأمريكي"), None),
    ];
    // The First Lady is a role, not the title السيدة before a name.
    the_first_lady: "وشددت السيدة الأولى على أن الأهم هو أن تعبر عن رأيها." => [
        ("الأهم", Indirect, Some("السيدة الأولى"), None),
    ];
    // A name with an age in parentheses after it is no speech.
    name_with_an_age: "وقالت الشرطة إن المشتبه بهما هما \"سامر خليل\" (27 عاما) و\"رامي حداد\" (30 عاما)." => [
        ("سامر خليل", NonSpeech, None, None),
        ("رامي حداد", NonSpeech, None, None),
    ];
    // A name in marks after a place or venue noun is no speech.
    venue_names: "وقال المدرب إن المباراة ستقام على ملعب \"كامب نو\" مساء الأحد.\n\nوتجمع المصلون في مسجد \"سعادة\" عند الفجر." => [
        ("كامب نو", NonSpeech, None, None),
        ("سعادة", NonSpeech, None, None),
    ];
    // A word or two in marks that the clause goes on after is a term inside the reported words,
    // not a whole statement.
    short_quote_inside_a_clause: "وقال مسؤولو الإطفاء إن \"آلاف\" الصواعق ضربت المنطقة.\n\nوأضاف الوزير \"لا تراجع\"." => [
        ("آلاف", Partial, Some("مسؤولو الإطفاء"), None),
        ("لا تراجع", Direct, Some("الوزير"), None),
    ];
    // "Our sources" is an unnamed source; a name before "junior" is the son's, whom the
    // gazetteer does not know.
    our_sources_and_a_namesake_son: "قالت مصادرنا إن 46 مسلحا قتلوا في المواجهات.\n\nوقال ترامب الابن \"لا أخشى شيئا\"." => [
        ("46 مسلحا", Indirect, Some("مصادرنا"), None),
        ("لا أخشى", Direct, Some("ترامب الابن"), None),
    ];
    // "Who asked not to be named": the clause about an unnamed source is not part of it.
    unnamed_source_clause: "وقال مصدر عسكري طلب عدم ذكر اسمه إن الهجوم استمر ساعتين.\n\nوقالت مسؤولة رفضت نشر اسمها إن \"المعبر مغلق\".\n\nوأكد مصدر لم تكشف الوكالة هويته أن الطائرة سقطت.\n\nوقال مسؤول أمني فضل عدم الكشف عن هويته إن الحدود هادئة." => [
        ("الهجوم استمر", Indirect, Some("مصدر عسكري"), None),
        ("المعبر مغلق", Direct, Some("مسؤولة"), None),
        ("الطائرة سقطت", Indirect, Some("مصدر"), None),
        ("الحدود هادئة", Indirect, Some("مسؤول أمني"), None),
    ];
    // جيفري is a known surname (James Jeffrey's), but here a given name: the role after the
    // comma shows the whole name.
    surname_as_given_name: "وقال جيفري هولمز، أستاذ العلوم السياسية في جامعة ميشيغان الأميركية، إن \"الانتخابات ستحسم مبكرا\"." => [
        ("الانتخابات ستحسم", Direct, Some("جيفري هولمز"), None),
    ];
    // Sir, Lord and Professor are titles before a name the gazetteer does not know.
    foreign_titles_before_a_name: "وقالت الشركة إن المنتج آمن.\n\nويرى السير رودني هولت أن الخطر يتزايد.\n\nوقال البروفيسور ألان وود الأستاذ بجامعة ليدز إن العلاج متوفر." => [
        ("الخطر يتزايد", Indirect, Some("رودني هولت"), None),
        ("العلاج متوفر", Indirect, Some("ألان وود"), None),
    ];
    // علي right after a given name, where the name closes, is part of it (not على "on").
    ali_closing_a_name: "وقال المتحدث باسم الشرطة في الإقليم خالد علي إن الحصيلة ارتفعت." => [
        ("الحصيلة ارتفعت", Indirect, Some("خالد علي"), None),
    ];
    // A preposition with a pronoun (عليه، عنه) is nobody's name: "written on it".
    preposition_with_pronoun_is_no_speaker: "وأرفق التعميم الذي كتب عليه بأنه \"سري وغير قابل للتداول\" بالكشف." => [
        ("سري وغير", Partial, None, None),
    ];
    // A title after "تحت عنوان:" is no speech, however long; nor are the names of the two
    // districts after a dual place noun.
    titles_and_dual_place_names: "وأكدت المصادر أن القصف توقف.\n\nوقصفت الطائرات مواقع في مديريتي \"الصفراء وباقم وكتاف\".\n\nوقال الوزير إن الأزمة عميقة، مشيرا إلى قضية السد وجزيرتي \"تيران وصنافير\".\n\nوتحدث الوزير في ندوة تحت عنوان: \"الدستور بعد ثلاث سنوات من الممارسة السياسية\" عن الإصلاح.\n\nواعتبر الوزير في ندوة بعنوان \"الذكرى العاشرة للتأسيس.. قراءات في مسيرة الحزب\" أن الحزب قوي." => [
        ("الصفراء وباقم", NonSpeech, None, None),
        ("تيران وصنافير", NonSpeech, None, None),
        ("الدستور بعد", NonSpeech, None, None),
        ("الذكرى العاشرة", NonSpeech, None, None),
    ];
    // A short quoted name after a role, its genitive and a nation is a name (here the ship's).
    quoted_name_after_role_and_nation: "وأوضح الجيش في بيان أنه تلقى بلاغا من قائد السفينة التركية \"يلدز أوغلو\" مساء الخميس بوجود عطل." => [
        ("يلدز أوغلو", NonSpeech, None, None),
    ];
    // ما opens the verb's object: it is no part of the subject before it. (What follows بأنه
    // after وصف is a description: Partial.)
    ma_ends_the_subject: "ووصفت وسائل الإعلام المحلية ما حدث في الملعب بأنه \"مشهد من العنف النادر\"." => [
        ("مشهد من العنف", Partial, Some("وسائل الإعلام المحلية"), None),
    ];
    // After a verb that describes, a definite noun is the subject and the person the object.
    describer_and_described: "ووصف التقرير زعيم كوريا الشمالية كيم جونغ أون بـ\"الشخص الذي لا يرحم\".\n\nووصفت التقارير الإسرائيلية السفير الجديد ديفيد فريدمان بأنه \"يميني متحمس للاستيطان\"." => [
        ("الشخص الذي", Partial, Some("التقرير"), None),
        ("يميني متحمس", Partial, Some("التقارير الإسرائيلية"), None),
    ];
    // So with a name no list knows, further on in the object.
    describer_and_a_name_in_the_object: "ووصفت السفارة الروسية رفض منح سارة سكريبل تأشيرة بأنه \"مخيب للآمال\"." => [
        ("مخيب للآمال", Partial, Some("السفارة الروسية"), None),
    ];
    // Women's trades speak as the men's do: the name after them is the speaker's.
    womens_trades_speak: "وكانت الشرطة قد أغلقت الموقع.\n\nوقالت الطبيبة الشرعية فيرونيكا ديلي إن الوفاة \"طبيعية\".\n\nوأكدت الباحثة الاقتصادية سمينا أحمد أن النمو قوي." => [
        ("طبيعية", Partial, Some("الطبيبة الشرعية فيرونيكا ديلي"), None),
        ("النمو قوي", Indirect, Some("الباحثة الاقتصادية سمينا أحمد"), None),
    ];
    // After كان the subject comes before the verb, and the noun after the verb is its object.
    subject_before_the_verb_after_kana: "وكان الرئيس الأمريكي دونالد ترامب حذر بكين من أنها ستدفع الثمن.\n\nوكانت تركيا قد حذرت فرنسا من تكرار ما وصفته بـ\"نفس الخطأ\" في منبج." => [
        ("ستدفع الثمن", Indirect, Some("دونالد ترامب"), None),
        ("نفس الخطأ", Partial, Some("تركيا"), None),
    ];
    // طالب after أبو is a family name, not the verb "demanded".
    cue_word_inside_a_kunya: "وأوضح الدكتور موفق أبو طالب أنه تم تكليف اللجان." => [
        ("تم تكليف", Indirect, Some("موفق أبو طالب"), None),
    ];
    // A short quote between the speaker's noun phrase and إن is a name (the speaker's, or the
    // outlet's); one after an earlier إن, or before a coordinating وإن, is speech.
    name_between_speaker_and_an: "وقال المتحدث باسم الجالية \"عمر بيبي\" إن الاعتداء خطير.\n\nوقال عدنان منصر لإذاعة \"الجوهرة أف أم\" إن الحزب جاهز.\n\nوقال المتحدث إن الصور \"مضللة\" وإن الشرطة لم تتواطأ." => [
        ("عمر بيبي", NonSpeech, None, None),
        ("الجوهرة أف أم", NonSpeech, None, None),
        ("مضللة", Partial, Some("المتحدث"), None),
    ];
    // محاميه is "his lawyer" as well as "a woman lawyer": it takes a masculine verb; a relative's
    // phrase ends before a lone preposition.
    his_lawyer_and_his_brother: "وقال محاميه بنيامين برافمان بعد الحكم: \"موكلي شاب ذكي\".\n\nوقال شقيقه خالد المهنا لـ\"المدينة\": \"سافر أخي يوم السبت\"." => [
        ("موكلي شاب", Direct, Some("بنيامين برافمان"), None),
        ("سافر أخي", Direct, Some("شقيقه خالد المهنا"), None),
    ];
    name_before_role_apposition: "وقال لوكاس مارتن، المتحدث باسم البلدية، إن الطريق سيغلق غدا.\n\nوقال بوب كارتر، المحلل لدى شركة ستار، إن \"الأسهم ستتراجع\".\n\nوقالت ديانا فونغ، رئيسة مؤسسة باسيفيك لينك للإغاثة، إن المساعدات لم تصل." => [
        ("الطريق سيغلق", Indirect, Some("لوكاس مارتن"), None),
        ("الأسهم ستتراجع", Direct, Some("بوب كارتر"), None),
        ("المساعدات لم تصل", Indirect, Some("ديانا فونغ"), None),
    ];
    // "لم يذكر اسمه" says the source is unnamed; it is no cue with اسمه as its subject.
    unnamed_formula_is_no_cue: "وقال مسؤول سعودي، لم يذكر اسمه، لوكالة رويترز إن \"الملك أمر بفتح تحقيق\"." => [
        ("الملك أمر", Direct, Some("مسؤول سعودي"), Some(Rule::CueVerb)),
    ];
    // A straight closing mark whose opening mark was lost (`الخطر".`) opens nothing: the next
    // sentence's quote pairs as written.
    lost_opening_mark: "وطالب المتحدث إسرائيل بالحد من استخدام الرصاص إلا في حالات الخطر\". وقال المفوض الأعلى لحقوق الإنسان زيد رعد الحسين إن \"مقتل عشرات الأشخاص أمر مروع\"." => [
        ("مقتل عشرات", Direct, Some("زيد رعد الحسين"), None),
    ];
    // "A statement in which it said" (بيانا أكدت فيه أن): فيه is no subject, and the statement
    // (بيانا) ends the subject of the clause before it.
    statement_in_which_it_said: "وأصدرت الشرطة بيانا ذكرت فيه أن المسلحين كانوا ينتظرون الشاحنة.\n\nونشرت وزارة الخارجية الروسية بيانا أكدت فيه أن \"أي قدر من الضغوط\" لن يغير موقفها." => [
        ("المسلحين", Indirect, Some("الشرطة"), None),
        ("\"أي قدر", Indirect, Some("وزارة الخارجية الروسية"), None),
    ];
    // After بن or آل, a word that is also a title or role (الشيخ، سلطان، مساعد) is part of the
    // name.
    family_name_after_connector: "وقال مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ إن \"الإسلام دين الرحمة\".\n\nوأوضح العقيد ناصر بن سلطان الشريف أن البلاغ ورد مساء الجمعة." => [
        ("الإسلام", Direct, Some("عبدالعزيز بن عبدالله آل الشيخ"), None),
        ("البلاغ", Indirect, Some("ناصر بن سلطان الشريف"), None),
    ];
    // A title word after a first name is the family name where a role follows it in apposition
    // (عاصم شيخ رئيس …), not the start of that role: the sentence has its own speaker.
    title_surname_before_role: "وقال مدير الصندوق إن الضرائب ستنخفض.\n\nومن جهته، قال سامر شيخ رئيس قسم الضرائب في الشركة «نتوقع نموا أكبر هذا العام»." => [
        ("الضرائب ستنخفض", Indirect, Some("مدير الصندوق"), None),
        ("نتوقع نموا", Direct, Some("سامر شيخ"), None),
    ];
    // Journalists speak in the plural (صحفيون موالون للحكومة), and after a verb of telling they
    // are its object, outside the name before them (ستيوارت كاندي الصحفيين).
    journalists_speak_and_are_told: "وقال مدير المرصد إن القصف تواصل.\n\nوقال صحفيون موالون للحكومة إن الضربات أصابت مخازن.\n\nوأبلغ قائد شرطة المدينة جوناثان ميرفيلد الصحفيين أنه لا صلة للحريق بالإرهاب." => [
        ("القصف تواصل", Indirect, Some("مدير المرصد"), None),
        ("الضربات أصابت", Indirect, Some("صحفيون موالون للحكومة"), None),
        ("لا صلة", Indirect, Some("جوناثان ميرفيلد"), None),
    ];
    // A person in a phrase of time set off by commas is not the subject: the statement is the
    // White House's, the words the official's.
    person_in_a_phrase_of_time: "وقال بيان للبيت الأبيض، بعد خروج ميلانيا من المستشفى: \"الجراحة كانت ناجحة\".\n\nوقال المسؤول، قبل ساعات من اجتماع بين ترامب ونتنياهو، إن السلام هو الهدف." => [
        ("الجراحة", Direct, Some("لبيت الأبيض"), None),
        ("السلام هو", Indirect, Some("المسؤول"), None),
    ];
    // "رأى النور" is "was born", "came to light": no opinion, and no quotation after it is said.
    saw_the_light: "إنه طبيب كونغولي، رأى النور عام 1955 واشتهر بلقب \"ملاك المدينة\"." => [
        ("ملاك المدينة", NonSpeech, None, None),
    ];
    // "شبه الرسمية" (semi-official) between commas describes the outlet: it is no name.
    semi_official_outlet: "وأفادت وكالة \"فارس\"، شبه الرسمية، بأنه \"قتل عدد كبير من المسلحين\"." => [
        ("فارس", NonSpeech, None, None),
        ("قتل عدد", Direct, Some("وكالة \"فارس\""), None),
    ];
    // A subject fronted before a comma speaks with the verb after it (سامر الخطيب، قال); a verb
    // coordinated with و after a comma does not take the clause before it as its subject: "هاجم
    // أردوغان" is no name (with no word of Turkey, the surname alone is no mention either).
    fronted_subject_not_a_coordinated_verb: "هاجم أردوغان الحكومة، وقال: \"إنها فاشلة\".\n\nسامر الخطيب، قال في كلمته إن الحكومة فاشلة." => [
        ("إنها فاشلة", Direct, None, None),
        ("الحكومة فاشلة", Indirect, Some("سامر الخطيب"), None),
    ];
    // Names with two connectors run to their end (محمد بن نواف بن عبد العزيز), after a title or a
    // role, and a subject cut off by the region's limit inside a name goes on to its end.
    long_names_with_connectors: "وأكد السفير لدى بريطانيا، الأمير محمد بن نواف بن عبد العزيز، أن العلاقات قوية.\n\nوقال مدير عام الشؤون الصحية بالمنطقة سالم بن دغيم بن سعد الخمعلي إن المستشفى جاهز.\n\nومن جانبه، قال المدير العام التنفيذي لمستشفى الملك خالد التخصصي للعيون، استشاري أكاديمي أول في طب وجراحة العيون، الدكتور عبدالإله بن عباد الطويرقي «إن الدراسة نقلة كبيرة»." => [
        ("العلاقات قوية", Indirect, Some("محمد بن نواف بن عبد العزيز"), None),
        ("المستشفى جاهز", Indirect, Some("سالم بن دغيم بن سعد الخمعلي"), None),
        ("إن الدراسة", Direct, Some("عبدالإله بن عباد الطويرقي"), None),
    ];
    // A verbal noun with ب after the subject is the verb's complement, not the subject's
    // genitive (بضرورة، بإطلاق، بحملة); a body with ب still is (بإمارة منطقة الباحة), and so is a
    // name.
    verbal_noun_with_beh_ends_the_subject: "وطالب المدعي العام بضرورة احتجاز المتهم، وقال إن الأدلة كافية.\n\nوأوضح مدير التطوير السياحي بإمارة منطقة الباحة سعيد بن ريحان أن المهرجان مجاني.\n\nوقال الإعلامي برهان بسيس إن الحكومة ضعيفة." => [
        ("الأدلة كافية", Indirect, Some("المدعي العام"), None),
        ("المهرجان مجاني", Indirect, Some("سعيد بن ريحان"), None),
        ("الحكومة ضعيفة", Indirect, Some("الإعلامي برهان بسيس"), None),
    ];
    // A clause about the unnamed source ends it, with و too: "أحد المسؤولين ورفض نشر اسمه".
    anonymity_clause_with_waw: "وقال أحد المسؤولين ورفض نشر اسمه إن الاجتماع تأجل." => [
        ("الاجتماع تأجل", Indirect, Some("أحد المسؤولين"), None),
    ];
    // A subject's phrase the word limit would cut after عبد goes on to the name's end.
    phrase_cut_after_abd: "من جانبه تحدث عضو المكتب السياسي للحزب فوزي عبد الرحمان عن تمويل الأحزاب، مشيرا إلى أن الوضع الحالي صعب." => [
        ("الوضع الحالي", Indirect, Some("عضو المكتب السياسي للحزب فوزي عبد الرحمان"), None),
    ];
    // The members of a body the words were told to are no part of the subject.
    told_to_members: "وذكر مسؤولو الوكالة لأعضاء مجلس الشيوخ أنه من الواضح أن الهدف كان التأثير." => [
        ("من الواضح", Indirect, Some("مسؤولو الوكالة"), None),
    ];
    // An honorific (صاحب السمو الملكي) is no name: the name follows the title after it.
    honorific_before_a_title: "وأوضح صاحب السمو الملكي الأمير مشعل بن ماجد محافظ جدة أن المهرجان يهدف إلى تأصيل الهوية." => [
        ("المهرجان", Indirect, Some("مشعل بن ماجد"), None),
    ];
    // "أما X، …، فيؤكد": the subject follows أما; a title word right after a first name is the
    // family name (علاء السيد).
    topic_before_fa_verb: "وقال الوزير إن القانون جديد.\n\nأما علاء السيد، وهو محام سوري، فيؤكد أن القانون نشر من قبل." => [
        ("القانون نشر", Indirect, Some("علاء السيد"), None),
    ];
    // A quoted name after لـ is who the words were given to: no one's words. A noun with an
    // indefinite adjective after لـ is still a description.
    addressee_named_in_quotes: "وقال متحدث باسم الوزارة في تصريح خاص لـ\"العربية.نت\" إن المفاوضات مستمرة.\n\nوقال المدعي العام إن المتهمين ينتمون لـ\"خلية إرهابية\"." => [
        ("العربية.نت", NonSpeech, None, None),
        ("خلية إرهابية", Partial, Some("المدعي العام"), None),
    ];
    // "قال مسؤول لبي بي سي": the outlet the words were given to is not part of the speaker.
    told_an_outlet: "وقال مصدر أمني لبي بي سي إن الهجوم وقع فجرا.\n\nوقال متحدث باسم الدفاع المدني لوكالة فرانس برس إن \"الوضع صعب\"." => [
        ("الهجوم", Indirect, Some("مصدر أمني"), None),
        ("الوضع صعب", Direct, Some("متحدث باسم الدفاع المدني"), None),
    ];
    // يوم أمس is a time, not the speaker; لـCNN after a comma is the outlet, not a name in
    // apposition; "وهو طالب" is "a student", not "demanded" (whose subject was يبلغ).
    time_outlet_and_student: "وقالت الهيئة يوم أمس إن الموسم ناجح.\n\nوقالت متحدثة باسم الشرطة، لـCNN، إن السائق انتحر.\n\nوقال سارجيس هاروتيونيان، وهو طالب يبلغ من العمر 22 عاما، إن \"التظاهرات مستمرة\"." => [
        ("الموسم", Indirect, Some("الهيئة"), None),
        ("السائق", Indirect, Some("متحدثة باسم الشرطة"), None),
        ("التظاهرات مستمرة", Direct, Some("سارجيس هاروتيونيان"), None),
    ];
    // A short quote after a noun that names things (شركة، حزب، منظمة، بعنوان، مراسل) is a name.
    names_after_naming_nouns: "وقالت منظمة \"السلام الآن\" إن البناء توسع.\n\nوأفاد مراسل \"العربية\" بانفجار صاروخ، وقدم الحزب عرضا بعنوان \"قضية مقدونيا\"." => [
        ("السلام الآن", NonSpeech, None, None),
        ("العربية", NonSpeech, None, None),
        ("قضية مقدونيا", NonSpeech, None, None),
    ];
    // A leader named after "المتحدث باسم …" is the one spoken for; a spokesperson named there
    // speaks. New heads of institutions (راديو، خفر السواحل، جهاز) speak too.
    spokesman_of_a_named_leader: "وقال متحدث باسم رئيس كوريا الجنوبية، مون جاي إن، إن الإغلاق سينفذ علانية.\n\nوقالت المتحدثة باسم البيت الأبيض، سارة ساندرز، إن الرئيس سيوقع.\n\nوقال راديو إسرائيل إن الشرطة استجوبت الوزير. وقال خفر السواحل الإيطالي في بيان إن سفينتين ستصلان." => [
        ("الإغلاق", Indirect, Some("متحدث باسم رئيس كوريا الجنوبية"), None),
        ("الرئيس سيوقع", Indirect, Some("سارة ساندرز"), None),
        ("الشرطة", Indirect, Some("راديو إسرائيل"), None),
        ("سفينتين", Indirect, Some("خفر السواحل الإيطالي"), None),
    ];
    // A first name ending in ا (ميلانيا، ماريا) is a name alone after the verb, not an adverb.
    first_name_ending_in_alef: "وقال الوزير إن الحدود مفتوحة.\n\nوأكدت ميلانيا أنها تكره \"الفصل\"." => [
        ("تكره", Indirect, Some("ميلانيا"), None),
    ];
    // يُعتبر "is considered" describes: a term in quotes after it is no one's words.
    considered_is_no_speech: "ويعتبر سوق المدينة القديمة أحد أبرز الأماكن التي يعمل فيها الوسيط \"الدلال\" بين البائع والمشتري." => [
        ("الدلال", NonSpeech, None, None),
    ];
    // With أن after its subject it reports a view.
    considered_that_reports: "ويعتبر الخبراء أن الاتفاق \"هش\"." => [
        ("الاتفاق", Indirect, Some("الخبراء"), Some(Rule::CueVerb)),
    ];
    // A family speaks for its dead, whoever its complement names.
    family_speaks: "كشفت أسرة الصحفي الراحل سامر الخطيب الذي كان يعمل لصالح وكالة محلية أن ابنها \"كان يحلم بالعودة\"." => [
        ("ابنها", Indirect, Some("أسرة الصحفي الراحل سامر الخطيب"), Some(Rule::CueVerb)),
        ("كان يحلم", Partial, Some("أسرة الصحفي الراحل سامر الخطيب"), Some(Rule::CueVerb)),
    ];
    // A relay: نقل X عن Y قوله: Y speaks, a name the gazetteer does not know with its role.
    relay_to_unknown_name: "ونقل موقع محلي عن بروسك حسكة المتحدث باسم الوحدات قوله إن الهجوم \"فشل\"." => [
        ("الهجوم", Indirect, Some("بروسك حسكة"), None),
    ];
    relay_to_spokesman_of: "ونقلت الوكالة عن المتحدث باسم الوزارة قوله إن الوضع \"مستقر\"." => [
        ("الوضع", Indirect, Some("المتحدث باسم الوزارة"), None),
    ];
    // An adverbial participle after the cue is no name: the speaker is the previous one.
    adverbial_participle_is_no_name: "وتعهد الرئيس التركي، رجب طيب أردوغان، بالرد. وأضاف مخاطبا أنصار حزب العدالة والتنمية \"سيدفعون الثمن\"." => [
        ("سيدفعون الثمن", Direct, Some("رجب طيب أردوغان"), None),
    ];
    // A quantifier heads its group.
    quantified_group_speaks: "ويقول العديد من الخبراء إن الاتفاق \"لن يصمد طويلا\"." => [
        ("الاتفاق", Indirect, Some("العديد من الخبراء"), Some(Rule::CueVerb)),
    ];
    relative_speaks: "وقال شقيق الضحية إن العائلة \"لن تتنازل عن حقها\"." => [
        ("العائلة", Indirect, Some("شقيق الضحية"), Some(Rule::CueVerb)),
    ];
    // 1. A trailing source phrase covers the quotes before it in its sentence.
    source_phrase_hasbama: "ناقش الوزير \"الخطة الجديدة\"، حسبما ذكر المتحدث باسم الخارجية الأميركية، ماثيو ميلر." => [
        ("الخطة الجديدة", Partial, Some("ماثيو ميلر"), Some(Rule::SourcePhrase)),
    ];
    source_phrase_wafqan_li: "قال ماثيو ميلر إن الوزير زار عمان. وسيعود الوزير \"قريبا جدا\"، وفقا لميلر." => [
        ("قريبا جدا", Partial, Some("ميلر"), Some(Rule::SourcePhrase)),
    ];
    source_phrase_naqlan_an: "الاجتماع كان \"مثمرا للغاية\"، نقلا عن مصدر مطلع." => [
        ("مثمرا للغاية", Partial, Some("مصدر مطلع"), Some(Rule::SourcePhrase)),
    ];
    // 2. A cue verb and its subject, through an apposition.
    cue_verb_through_apposition: "وقال المتحدث باسم الخارجية الأميركية، ماثيو ميلر، إن الوزير \"سيعود غدا\"." => [
        ("الوزير \"سيعود غدا\"", Indirect, Some("ماثيو ميلر"), Some(Rule::CueVerb)),
        ("سيعود غدا", Partial, Some("ماثيو ميلر"), Some(Rule::CueVerb)),
    ];
    cue_verb_colon_direct: "وقال وزير الخارجية الأردني أيمن الصفدي للصحفيين: «المنطقة لا تحتمل حربا أخرى»." => [
        ("المنطقة لا تحتمل", Direct, Some("أيمن الصفدي"), Some(Rule::CueVerb)),
    ];
    // 3. A participle takes the main verb's subject, not the object of مع.
    participle_not_the_object: "تحدث أنتوني بلينكن مع نظيره المصري، سامح شكري، مؤكدا \"أهمية التهدئة\"." => [
        ("أهمية التهدئة", Direct, Some("أنتوني بلينكن"), Some(Rule::Participle)),
    ];
    // 4. A relative clause gives its antecedent.
    relative_clause: "وجاء ذلك في بيان لماثيو ميلر، الذي أكد أن \"الاتصالات مستمرة\"." => [
        ("الاتصالات مستمرة", Direct, Some("ماثيو ميلر"), Some(Rule::Relative)),
    ];
    // 5. The quote before its cue; the headline form.
    quote_before_cue: "\"لن نتراجع عن موقفنا\"، قال الرئيس الفرنسي إيمانويل ماكرون." => [
        ("لن نتراجع", Direct, Some("إيمانويل ماكرون"), Some(Rule::QuoteBeforeCue)),
    ];
    headline_form: "الصفدي: \"لا أمن دون حل عادل\"\nوكان الوزير الأردني قد غادر." => [
        ("لا أمن دون حل عادل", Direct, Some("الصفدي"), Some(Rule::Headline)),
    ];
    // 6. Continuations take the previous speaker whose gender agrees.
    continuation_same_gender: "قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن \"الوضع خطير\". وأضافت أن \"الحل سياسي\"." => [
        ("الحل سياسي", Direct, Some("أنالينا بيربوك"), Some(Rule::Continuation)),
    ];
    continuation_skips_other_gender: "قال إيمانويل ماكرون إن \"الحل سياسي\". وقالت أنالينا بيربوك إن \"الوقت ينفد\". وأضاف أن \"فرنسا مستعدة\"." => [
        ("الوقت ينفد", Direct, Some("أنالينا بيربوك"), Some(Rule::CueVerb)),
        ("فرنسا مستعدة", Direct, Some("إيمانويل ماكرون"), Some(Rule::Continuation)),
    ];
    // Bodies speak too, with feminine verbs; capitals stand for their country.
    organization_feminine_cue: "قالت وزارة الدفاع الإسرائيلية إن قواتها \"تواصل عملياتها\"." => [
        ("تواصل عملياتها", Partial, Some("وزارة الدفاع الإسرائيلية"), Some(Rule::CueVerb)),
    ];
    capital_speaks: "وأعلنت موسكو أن المحادثات \"ستستأنف قريبا\"." => [
        ("ستستأنف قريبا", Partial, Some("موسكو"), Some(Rule::CueVerb)),
    ];
    // Unnamed sources are kept as a span without an entity.
    unnamed_source: "وقال مصدر مطلع إن الاجتماع \"تأجل إلى الأسبوع المقبل\"." => [
        ("تأجل إلى", Partial, Some("مصدر مطلع"), Some(Rule::CueVerb)),
    ];
    // A name the gazetteer does not know, after a title or alone after its cue.
    unknown_name_after_title: "وقال العقيد هشام الجابري إن القوات \"تتقدم\"." => [
        ("تتقدم", Partial, Some("هشام الجابري"), Some(Rule::CueVerb)),
    ];
    // (A surname alone is the person named in full earlier in the article.)
    unknown_surname_alone: "وصل رئيس البلدية، كريم ساسي، إلى المدينة. وقال ساسي \"سنعيد البناء\"." => [
        ("سنعيد البناء", Direct, Some("كريم ساسي"), Some(Rule::CueVerb)),
    ];
    // Names, titles and scare quotes get no speaker.
    nonspeech_names_and_terms: "أطلق الجيش عملية \"غصن الزيتون\" ضد تنظيم «داعش» في منطقة \"آمنة\"." => [
        ("غصن الزيتون", NonSpeech, None, None),
        ("داعش", NonSpeech, None, None),
        ("آمنة", NonSpeech, None, None),
    ];
    // Mixed and reversed marks still pair.
    mixed_brace_and_guillemet: "وقال الوزير ماجد الحسيني {الوضع مستقر في المدينة»." => [
        ("الوضع مستقر", Direct, Some("ماجد الحسيني"), None),
    ];
    reversed_guillemets: "وأكد السفير لـ»المدينة» أن \"العلاقات متينة\"." => [
        ("العلاقات متينة", Direct, Some("السفير"), Some(Rule::CueVerb)),
    ];
    // The phrase between verb and complementizer is where the words appeared, not who said them.
    prepositional_phrase_is_not_the_subject: "قال المتحدث باسم البلدية إن الطرق مغلقة. وأعلن لاحقا في بيان نشره على موقعه أن الطرق \"ستفتح غدا\"." => [
        ("ستفتح غدا", Partial, Some("المتحدث باسم البلدية"), Some(Rule::Continuation)),
    ];
    // The subject before the verb after كان / غير أن, and a quoted outlet name in a subject.
    subject_before_the_verb: "وكانت صحيفة \"الوطن\" المحلية، ذكرت في تقرير لها، أن الحكومة تدرس خطة للنقل. غير أن الحمادي أعلن بدوره في بيان أنه سيقدم استقالته." => [
        ("الحكومة تدرس خطة", Indirect, Some("صحيفة \"الوطن\" المحلية"), Some(Rule::CueVerb)),
        ("سيقدم استقالته", Indirect, Some("الحمادي"), Some(Rule::CueVerb)),
    ];
    // "Whoever said": no earlier speaker is the subject.
    whoever_said: "وقال المدرب إن الفريق جاهز. وهناك من يرى أن التشكيلة تحتاج إلى تغيير." => [
        ("الفريق جاهز", Indirect, Some("المدرب"), Some(Rule::CueVerb)),
        ("التشكيلة تحتاج", Indirect, None, None),
    ];
    // After a concession, فإن opens the subject ("ومع أن …، فإن X تقول").
    subject_after_concessive_fa_inna: "ومع أن الشركات تطبق سياسات لمكافحة التحرش، فإن جينكينز تقول إنها لم تغير السلوك." => [
        ("لم تغير السلوك", Indirect, Some("جينكينز"), Some(Rule::CueVerb)),
    ];
    quoted_outlet_as_subject: "كما ذكرت \"وفا\" في وقت لاحق أن موقعها تعرض للاختراق." => [
        ("موقعها تعرض", Indirect, Some("وفا"), Some(Rule::CueVerb)),
    ];
    // An organization heading the subject region speaks; a person in its complement does not.
    organization_before_a_person_in_the_complement: "ووصفت وزارة الخارجية الفرنسية دعوة وزير الخارجية الروسي سيرغي لافروف بأنها \"مناورة سياسية\". لكنها قالت إنها ستدرس الدعوة." => [
        ("مناورة سياسية", Partial, Some("وزارة الخارجية الفرنسية"), Some(Rule::CueVerb)),
        ("ستدرس الدعوة", Indirect, Some("وزارة الخارجية الفرنسية"), Some(Rule::Continuation)),
    ];
    // نسب إلى X: the words are X's; نقلا عن X after the verb: X is the source, the outlet relays.
    attributed_to: "ونسبت الوكالة إلى وزير الخارجية القطري تصريحات قال فيها إن \"الحوار هو الطريق الوحيد\"." => [
        ("الحوار هو الطريق", Direct, Some("وزير الخارجية القطري"), None),
    ];
    relayed_by_an_outlet: "وكانت وكالة رويترز ذكرت، نقلا عن مصادر دبلوماسية، أن المحادثات ستستأنف الأسبوع المقبل." => [
        ("المحادثات ستستأنف", Indirect, Some("مصادر دبلوماسية"), Some(Rule::CueVerb)),
    ];
    // The outlet's quoted name, adjectives and a day before عن; a عن inside quoted words relays
    // nothing.
    relayed_after_a_long_outlet_phrase: "ونقلت قناة \"إي.بي.سي\" الإخبارية الرسمية، الأحد، عن وزير الخارجية التركي مولود جاويش أوغلو قوله إن المحادثات مستمرة." => [
        ("المحادثات مستمرة", Indirect, Some("مولود جاويش أوغلو"), Some(Rule::CueVerb)),
    ];
    // (نقل here is the verbal noun "moving", read as a verb of relaying: its عن is in the quote.)
    no_relay_inside_the_quoted_words: "وقال المتحدث باسم الحزب الاشتراكي خوان غارسيا، إن الهدف من نقل النصب هو تحويل الساحة إلى \"مكان للمصالحة، وذاكرة لكل المواطنين، وليس الاعتذار عن الديكتاتورية\"." => [
        ("مكان للمصالحة", Partial, Some("المتحدث باسم الحزب الاشتراكي خوان غارسيا"), Some(Rule::Continuation)),
    ];
    // A statement's continuation speaks for its issuer, never for a body named inside a quote.
    statement_continues_for_its_issuer: "وقالت وزارة الخارجية المصرية في بيان: \"ندعو الحكومة الإثيوبية إلى العودة للمفاوضات\". وتابع البيان: \"لن نقبل بأي إجراء أحادي\"." => [
        ("لن نقبل", Direct, Some("وزارة الخارجية المصرية"), Some(Rule::CueVerb)),
    ];
    // A verb with an object pronoun: the subject follows it (الذي تصنفه واشنطن).
    verb_with_object_pronoun: "وتستهدف العمليات عناصر الحزب الذي تصنفه واشنطن كـ\"منظمة إرهابية\"." => [
        ("منظمة إرهابية", Partial, Some("واشنطن"), Some(Rule::CueVerb)),
    ];
    // One word after the verb, before a prepositional phrase, is the subject, whoever the phrase
    // names.
    name_before_a_prepositional_phrase: "ووصف الغامدي في تصريح للصحفيين عقب لقائه وزير الخارجية الأردني أيمن الصفدي المحادثات بـ\"المثمرة\"." => [
        ("المثمرة", Partial, Some("الغامدي"), Some(Rule::CueVerb)),
    ];
    // A short quote after بأنه / بأنها quotes a description: partial, and no separate indirect.
    description_after_bi_anna: "ووصفت منظمة العفو الدولية القرار بأنه \"تعسفي\"." => [
        ("تعسفي", Partial, Some("منظمة العفو الدولية"), Some(Rule::CueVerb)),
    ];
    // An unnamed subject ends where the verb's definite object begins; a surname with the
    // article (a relative adjective) stays in it.
    unnamed_subject_before_its_object: "ووصفت نقابة الصحفيين القرار بأنه \"تعسفي\"." => [
        ("تعسفي", Partial, Some("نقابة الصحفيين"), Some(Rule::CueVerb)),
    ];
    // A subject opening the sentence before a comma.
    subject_then_comma_then_verb: "الحمادي، قال في كلمته إن \"الحوار هو الحل\"." => [
        ("الحوار هو الحل", Direct, Some("الحمادي"), Some(Rule::CueVerb)),
    ];
    // The spokesperson of someone the gazetteer does not know; a word with لل/بال ends a name.
    spokesperson_of_an_unknown_name: "وقالت المتحدثة باسم ليلى الكردي للشبكة إن الكردي \"ترفض الاتهامات\"." => [
        ("ترفض الاتهامات", Partial, Some("المتحدثة باسم ليلى الكردي"), Some(Rule::CueVerb)),
    ];
    // A name the gazetteer does not know ends before the verb's object; with connectors it goes on.
    unknown_name_before_the_object: "وأكد القنصل في المدينة، هشام الحمراني مغادرة جميع المصابين المستشفى، مشيرا إلى أن \"الحالات مستقرة\"." => [
        ("الحالات مستقرة", Direct, Some("هشام الحمراني"), None),
    ];
    unknown_name_with_connectors: "وقال الشيخ خالد بن سعيد آل ثاني إن \"الأمن أولا\"." => [
        ("الأمن أولا", Direct, Some("خالد بن سعيد آل ثاني"), Some(Rule::CueVerb)),
    ];
    // A feminine role before a name the gazetteer does not know sets its gender (مينا is also a
    // man's name).
    feminine_role_before_an_unknown_name: "وصرحت المتحدثة باسم المفوضية مينا اندريفا للصحافيين \"إنه مثال جديد\"." => [
        ("إنه مثال جديد", Direct, Some("مينا اندريفا"), Some(Rule::CueVerb)),
    ];
    // Dual nouns speak like their singular; coordinated demonyms stay in the phrase.
    dual_institution_as_speaker: "وقالت الحكومتان الإسبانية والمغربية إن الحدود ستبقى مفتوحة." => [
        ("الحدود ستبقى", Indirect, Some("الحكومتان الإسبانية والمغربية"), Some(Rule::CueVerb)),
    ];
    // A citation: مستشهدا بقول X.
    citation_after_a_participle: "وقال الخطيب إن الظلم حرام، مستشهدا بقول الله تعالى: «ولا تحسبن الله غافلا عما يعمل الظالمون»، مؤكدا أن العدل أساس الملك. وأضاف أن المساجد لها حرمة." => [
        ("الظلم حرام", Indirect, Some("الخطيب"), Some(Rule::CueVerb)),
        ("ولا تحسبن", Direct, Some("الله"), Some(Rule::CueVerb)),
        // Scripture is cited: later cues take the preacher, not the one cited.
        ("العدل أساس", Indirect, Some("الخطيب"), Some(Rule::Participle)),
        ("المساجد لها", Indirect, Some("الخطيب"), Some(Rule::Continuation)),
    ];
    scripture_cited_with_qala: "قال الله تعالى: «إن الله يأمر بالعدل»." => [
        ("إن الله يأمر", Direct, Some("الله"), Some(Rule::CueVerb)),
    ];
}

#[test]
fn unbalanced_quote_runs_to_its_paragraph_end_and_is_flagged() {
    let text = "قال أنتوني بلينكن: \"لن نتراجع عن دعم الحلفاء\nوفي سياق آخر، وصل الوفد.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.unbalanced)
        .expect("an unbalanced quote");
    assert_eq!(q.content.slice(text), "لن نتراجع عن دعم الحلفاء");
    assert_eq!(
        q.speaker.as_ref().unwrap().span.slice(text),
        "أنتوني بلينكن"
    );
}

#[test]
fn statement_reopened_in_the_next_paragraph_keeps_its_speaker() {
    let text =
        "قال ماثيو ميلر: \"الجولة الأولى انتهت بنجاح.\n\"والجولة الثانية تبدأ غدا في القاهرة\".";
    let a = Article::parse(text);
    let second = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text).starts_with("والجولة الثانية"))
        .unwrap();
    assert_eq!(
        second.speaker.as_ref().unwrap().span.slice(text),
        "ماثيو ميلر"
    );
}

#[test]
fn short_term_in_marks_is_not_the_next_cues_statement() {
    // A word in marks inside the narrator's sentence, before a comma and a cue, is no statement
    // of that cue's speaker.
    let text =
        "وطالب الجمهوريون الرئيس بالتدخل في \"الأزمة\"، ودعا مساهم كبير في الحملة إلى الاستقالة.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "الأزمة")
        .expect("the quoted term");
    assert_ne!(q.rule, Some(Rule::QuoteBeforeCue));
    assert!(q
        .speaker
        .as_ref()
        .is_none_or(|s| !s.span.slice(text).contains("مساهم")));
}

#[test]
fn speaker_is_never_inside_the_quote_or_clause() {
    let text = "قال إن \"أنتوني بلينكن سيزور المنطقة\". وقال إن بلينكن سيزور القاهرة.";
    let a = Article::parse(text);
    for q in a.quotes() {
        if let Some(s) = &q.speaker {
            assert!(!s.span.overlaps(q.content));
        }
    }
}

#[test]
fn agent_is_the_person_whose_position_it_is() {
    let text = "وخلال محادثات مع نظيره المصري، سامح شكري، أكد أنتوني بلينكن على \"ضرورة وقف التصعيد\"، وفق ما قال ماثيو ميلر.";
    let a = Article::parse(text);
    let q = &a.quotes()[0];
    assert_eq!(
        q.speaker.as_ref().unwrap().entity.as_ref().unwrap().id(),
        "matthew-miller"
    );
    assert_eq!(
        q.agent.as_ref().unwrap().entity.as_ref().unwrap().id(),
        "antony-blinken"
    );
    assert_eq!(q.rule, Some(Rule::SourcePhrase));
    assert!(q.confidence() > 0.5);
}

#[test]
fn nested_speech_keeps_the_reporter_and_names_the_agent() {
    // The officer reports what the driver said: the officer is the speaker (source), the
    // driver the agent, as with "قال ميلر إن بلينكن أكد …". (A clause of anonymity between
    // commas after the agent is no verb of its own.)
    for (text, agent) in [
        (
            "وأشار الضابط إلى أن سائق الحافلة قال إنه رأى سيارة تصطدم بالحاجز.",
            "سائق الحافلة",
        ),
        (
            "وأشار الضابط إلى أن شاهد عيان، رفض كشف هويته، قال إنه رأى سيارة تصطدم بالحاجز.",
            "شاهد عيان",
        ),
    ] {
        let a = Article::parse(text);
        let q = a
            .quotes()
            .iter()
            .find(|q| q.content.slice(text).starts_with("رأى سيارة"))
            .expect("the inner clause");
        let slice = |s: &akhbar::Speaker| s.span.slice(text);
        assert_eq!(q.speaker.as_ref().map(slice), Some("الضابط"));
        assert_eq!(q.agent.as_ref().map(slice), Some(agent), "{text}");
    }
}

#[test]
fn a_described_quote_is_not_also_an_indirect_clause() {
    let text = "ووصفت منظمة العفو الدولية القرار بأنه \"تعسفي\".";
    let a = Article::parse(text);
    assert_eq!(a.quotes().len(), 1, "{:?}", a.quotes());
}

/// The contents of the quotes found in `text`, in order.
fn quote_contents(text: &str) -> Vec<&str> {
    Article::parse(text)
        .quotes()
        .iter()
        .map(|q| q.content.slice(text))
        .collect()
}

/// The speakers (as written) of the quotes found in `text`, in order.
fn quote_speakers(text: &str) -> Vec<Option<&str>> {
    Article::parse(text)
        .quotes()
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.span.slice(text)))
        .collect()
}

/// Asserts the speaker's text of the quote starting with `content` in each `(text, content,
/// speaker)`.
fn assert_speakers(cases: &[(&str, &str, &str)]) {
    for &(text, content, speaker) in cases {
        assert_eq!(
            speaker_entity(text, content).0.as_deref(),
            Some(speaker),
            "{text}"
        );
    }
}

/// Asserts that the last quote of `text` has the speaker written `speaker`, speaking for the
/// entity `agent` (a group or lawyer of a person, who is the agent).
fn assert_last_speaker_for(text: &str, speaker: &str, agent: &str) {
    let a = Article::parse(text);
    let q = a.quotes().last().expect("a quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.span.slice(text)),
        Some(speaker),
        "{text}"
    );
    assert_eq!(
        q.agent
            .as_ref()
            .and_then(|s| s.entity.as_ref())
            .map(|e| e.id()),
        Some(agent),
        "{text}"
    );
}

/// Asserts the speaker's text and linked entity id of the quote starting with `content` in each
/// `(text, content, speaker, id)`.
fn assert_linked_speakers(cases: &[(&str, &str, &str, &str)]) {
    for &(text, content, speaker, id) in cases {
        let (found, entity) = speaker_entity(text, content);
        assert_eq!(found.as_deref(), Some(speaker), "{text}");
        assert_eq!(entity.as_deref(), Some(id), "{text}");
    }
}

/// Asserts the kind of the quote whose content is exactly `content` in each `(text, content,
/// kind)`.
fn assert_kinds(cases: &[(&str, &str, akhbar::QuoteKind)]) {
    for &(text, content, kind) in cases {
        assert_eq!(kind_of(text, content), Some(kind), "{text}");
    }
}

/// The kind of the quote of `text` whose content is exactly `content`, if there is one.
fn kind_of(text: &str, content: &str) -> Option<akhbar::QuoteKind> {
    Article::parse(text)
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == content)
        .map(|q| q.kind)
}

/// The speaker's text and linked entity id of the quote starting with `content`.
fn speaker_entity(text: &str, content: &str) -> (Option<String>, Option<String>) {
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text).starts_with(content))
        .expect("the quote");
    let s = q.speaker.as_ref();
    (
        s.map(|s| s.span.slice(text).to_string()),
        s.and_then(|s| s.entity.as_ref())
            .map(|e| e.id().to_string()),
    )
}

#[test]
fn a_surname_alone_links_only_a_head_of_state() {
    // No full mention: a head of state's surname links (his country is in the article) ...
    let text = "قال وزير الخارجية الكوري الجنوبي إن القمة ناجحة. وقال مون إن كوريا الشمالية جادة.";
    assert_eq!(
        speaker_entity(text, "كوريا الشمالية"),
        (Some("مون".into()), Some("moon-jae-in".into()))
    );
    // ... anyone else's stays unlinked: many people share a surname.
    let text = "وقال مسؤول في وزارة الخارجية الأميركية إن المحادثات مستمرة. وقال ميتشل إن الإدارة تعتقد أن لديها الوقت.";
    assert_eq!(speaker_entity(text, "الإدارة"), (Some("ميتشل".into()), None));
    // Inside another word (كايرو is no ك + ايرو) a surname is nobody.
    let text = "وقال كيتيما كايرو، أحد السكان المحليين في فرنسا، إن \"الماء ارتفع\".";
    assert_eq!(speaker_entity(text, "الماء ارتفع").1, None);
}

#[test]
fn an_outlet_named_in_quotation_marks_is_not_one_named_earlier() {
    let text = "ونقلت صحيفة واشنطن بوست عن مسؤولين أن المحادثات توقفت. ورفضت السلطات التفتيش \"التقليدي\"، حسب صحيفة \"صباح\".";
    assert_eq!(
        speaker_entity(text, "التقليدي"),
        (Some("صحيفة \"صباح\"".into()), None)
    );
}

/// "يُذكر أن" ("it is worth noting that") is the journalist's aside, no one's speech.
#[test]
fn worth_noting_gives_no_quote() {
    // (Also with a comma between: "يذكر، أن".)
    for text in [
        "وقال الوزير إن المحادثات مستمرة. يذكر أن الجولة السابقة انتهت دون اتفاق.",
        "وقال الوزير إن المحادثات مستمرة.\n\nيذكر، أن الجولة السابقة انتهت دون اتفاق.",
    ] {
        let a = Article::parse(text);
        assert!(
            a.quotes()
                .iter()
                .all(|q| !q.content.slice(text).starts_with("الجولة")),
            "{:?}",
            a.quotes()
        );
    }
}

/// أن after علما، لا سيما، وخاصة، "، خاصة" or في حين opens the writer's aside, not reported
/// words; after فضلا عن the subject before the next verb speaks.
#[test]
fn asides_with_an_are_no_quotes() {
    for text in [
        "وينفي الوزير هذه الرواية، علماً أن الجولة السابقة انتهت دون اتفاق.",
        "وينفي الوزير هذه الرواية، لا سيما أن الجولة السابقة انتهت دون اتفاق.",
        "وينفي الوزير هذه الرواية، خاصة أن الجولة السابقة انتهت دون اتفاق.",
        "وأعلن الكثير منها وقف الأنشطة، وهذا مفهوم على اعتبار أن الشركات لن تخاطر.",
    ] {
        let a = Article::parse(text);
        assert!(a.quotes().is_empty(), "{text}: {:?}", a.quotes());
    }
    // (خاصة as an adjective: "private sources".)
    assert_speakers(&[
        (
            "وأفادت مصادر خاصة أن القوات انسحبت من المدينة.",
            "القوات انسحبت",
            "مصادر خاصة",
        ),
        (
            "وقال الوزير إن الاتفاق مهم، فضلاً عن أن الدوحة تعتبر أن طهران لا تشكل خطراً.",
            "طهران لا تشكل",
            "الدوحة",
        ),
    ]);
}

/// A sentence may open with its subject, a name or a speaking noun phrase, right before the verb
/// (headlines, timelines, and much of the press): "نهلة سالم تؤكد أن …".
#[test]
fn a_subject_opening_the_sentence_before_the_verb_speaks() {
    // With a clause about the subject between commas; in the accusative after لكن.
    let text = "مارك ستيوارت، وهو باحث في التاريخ، يقول إن المخطوطة أصلية.";
    assert_eq!(
        speaker_entity(text, "المخطوطة أصلية").0.as_deref(),
        Some("مارك ستيوارت")
    );
    let text = "ونفت الشركة الخبر. ولكن شهودا قالوا إن السفينة أوقفت قرب الساحل.";
    assert_eq!(
        speaker_entity(text, "السفينة أوقفت").0.as_deref(),
        Some("شهودا")
    );
    let text = "وتحدثت الأمهات عن التجربة. نهلة داود تؤكد أن المجموعة ساعدتها كثيرا.";
    assert_eq!(
        speaker_entity(text, "المجموعة ساعدتها").0.as_deref(),
        Some("نهلة داود")
    );
    let text =
        "وقتل القيادي في المعارك. المصادر العسكرية أشارت إلى أن القيادي كان يقود مجموعة صغيرة.";
    assert_eq!(
        speaker_entity(text, "القيادي كان").0.as_deref(),
        Some("المصادر العسكرية")
    );
    // Before كانت قد: "X كانت قد ذكرت".
    let text = "وأثار القرار جدلا واسعا. سعاد العلي كانت قد ذكرت أنها تقدمت بتوصية إلى المجلس.";
    assert_eq!(
        speaker_entity(text, "تقدمت بتوصية").0.as_deref(),
        Some("سعاد العلي")
    );
    // After a conjunction ending in أن (رغم أن، كما أن) the subject is the speaker's, not an
    // agent of nested speech.
    let text =
        "وتعثرت المفاوضات. وعلى الرغم من أن الوزارة قالت إن المحادثات مستمرة، لم يصدر أي بيان.";
    assert_eq!(
        speaker_entity(text, "المحادثات مستمرة").0.as_deref(),
        Some("الوزارة")
    );
    // "هناك من قال": someone, no one named.
    let text = "وانقسم الرأي حيث إن هناك من قال إن التجديد للاعب إيجابي.";
    assert_eq!(speaker_entity(text, "التجديد للاعب").0, None);
    // A name in a prepositional phrase opening the sentence is no subject.
    let text = "وفي حديث مع الوزير قال المتحدث إن الاجتماع انتهى.";
    assert_eq!(
        speaker_entity(text, "الاجتماع انتهى").0.as_deref(),
        Some("المتحدث")
    );
}

/// A last name standing alone after the verb is the person the article named in full before, even
/// when someone else spoke in between (the gazetteer knows neither).
#[test]
fn a_last_name_alone_is_the_person_named_in_full_before() {
    let text = "وقال المتحدث باسم الشرطة جون ماركس إن التحقيق مستمر. وقال الوزير إن الحكومة تتابع القضية. وأشار ماركس إلى أن المشتبه به اعتقل صباحا.";
    assert_eq!(
        speaker_entity(text, "المشتبه به").0.as_deref(),
        Some("جون ماركس")
    );
    let text = "وقال وزير الزراعة يوري دانيلوف إن الموسم جيد. وأضاف دانيلوف بالقول: \"المحصول وفير هذا العام\".";
    assert_eq!(
        speaker_entity(text, "المحصول وفير").0.as_deref(),
        Some("يوري دانيلوف")
    );
}

/// A known person named in full right after the verb is its subject even when the verb's gender
/// is wrong (a writer's slip); a role there is often the object and must agree.
#[test]
fn a_full_name_right_after_the_verb_speaks_whatever_the_verbs_gender() {
    let text = "قال ماريا زاخاروفا، المتحدثة باسم وزارة الخارجية الروسية، إن العملية ضرورية.";
    assert_eq!(
        speaker_entity(text, "العملية ضرورية"),
        (
            Some("ماريا زاخاروفا".into()),
            Some("maria-zakharova".into())
        )
    );
    let text = "وقال الوزير إن المحادثات صعبة. وناشدت المنظمة المبعوث الأممي، في زيارته الحالية، أن يضغط على الأطراف.";
    assert_ne!(
        speaker_entity(text, "يضغط على").0.as_deref(),
        Some("المبعوث الأممي")
    );
}

/// Words after a verb of saying that can only be a name the library does not know (plain words,
/// then the complementizer, a comma or a prepositional phrase) are the speaker.
#[test]
fn an_unknown_name_after_a_verb_of_saying_speaks() {
    let text = "وقال ديرك كامبل إن ابنته كانت شجاعة.";
    assert_eq!(
        speaker_entity(text, "ابنته").0.as_deref(),
        Some("ديرك كامبل")
    );
    // Brackets after the name (an age, a place) close it.
    let text = "وتقول سكارليت فينسينت (23 سنة) إن الملكة بقيت في القصر.";
    assert_eq!(
        speaker_entity(text, "الملكة بقيت").0.as_deref(),
        Some("سكارليت فينسينت")
    );
    // A known given name may end in ا (an unknown word so ending reads as an adverb).
    let text = "وقالت فيكتوريا لانغ إن الرحلة ألغيت.";
    assert_eq!(
        speaker_entity(text, "الرحلة ألغيت").0.as_deref(),
        Some("فيكتوريا لانغ")
    );
    // Before the outlet the words were given to.
    let text = "وقال جيل لبي بي سي إنه رفض خلع عمامته.";
    assert_eq!(speaker_entity(text, "رفض خلع").0.as_deref(), Some("جيل"));
    // A name may start with ك; a later word with ب.
    let text = "وقال كوجان بوميدان، في بيان، إن الحكم عادل.";
    assert_eq!(
        speaker_entity(text, "الحكم عادل").0.as_deref(),
        Some("كوجان بوميدان")
    );
    // A family name may end in ين (not a plural in the subject's case).
    let text = "وذكرت الصحيفة أن الاتفاق وقع قبل الانتخابات. وقال كوهين إن الرئيس ينكر أي علاقة.";
    assert_eq!(
        speaker_entity(text, "الرئيس ينكر").0.as_deref(),
        Some("كوهين")
    );
    // After أجاب as after قال.
    let text = "وقال روحاني إن الاتفاق صامد. وردا على سؤال، أجاب كيري: «لا نعرف بعد».";
    assert_eq!(speaker_entity(text, "لا نعرف").0.as_deref(), Some("كيري"));
    // A verb after the name ends it: "سائح كان في إجازة".
    let text = "وقال سائح كان في إجازة إن الفندق اهتز بشدة.";
    assert_eq!(
        speaker_entity(text, "الفندق اهتز").0.as_deref(),
        Some("سائح")
    );
}

/// Subjects written as hashtags, and speaking nouns such as جريدة، مجلة، محطة، جمعية، الناشطة.
#[test]
fn hashtag_subjects_and_more_speaking_nouns() {
    let text = "قالت #كوريا_الجنوبية إنها اتفقت مع جارتها على عقد قمة.";
    assert_eq!(
        speaker_entity(text, "اتفقت مع جارتها").1.as_deref(),
        Some("KR")
    );
    // After وصف the hashtag is the object.
    let text = "وقال الوزير إن الوضع هادئ. ووصف #الجيش_الإسرائيلي بأنه \"الأكثر انضباطا\".";
    assert_ne!(
        speaker_entity(text, "الأكثر انضباطا").0.as_deref(),
        Some("الجيش_الإسرائيلي")
    );
    let text = "قالت جريدة \"المساء\" البريطانية إن منفذ الهجوم اعتقل.";
    assert_eq!(
        speaker_entity(text, "منفذ الهجوم").0.as_deref(),
        Some("جريدة \"المساء\" البريطانية")
    );
    let text = "وقالت الناشطة الحقوقية إنها تلقت تهديدا.";
    assert_eq!(
        speaker_entity(text, "تلقت تهديدا").0.as_deref(),
        Some("الناشطة الحقوقية")
    );
}

/// A definite noun phrase no word list knows, right after a verb of saying and before the
/// reported words, is its subject; a title or family name of a speaker named before is that
/// speaker; a verbal noun after a preposition has no subject.
#[test]
fn a_definite_noun_phrase_after_a_verb_of_saying_speaks() {
    assert_speakers(&[
        // (With a name no list knows after it: a profession and a foreign name.)
        (
            "وقال العالم الفيزيائي كريغ هاملتون: \"إن العينات بدأت تتحلل\".",
            "إن العينات",
            "العالم الفيزيائي كريغ هاملتون",
        ),
        (
            "وأكد البائع العماني أمجد أن المبيعات ارتفعت هذا الموسم.",
            "المبيعات ارتفعت",
            "البائع العماني أمجد",
        ),
        // (داعية "preacher" ends in ة and names men as often: no gender by form.)
        (
            "قال الداعية محمد الفلاني إن الفتوى لا تلزم أحدا.",
            "الفتوى لا",
            "محمد الفلاني",
        ),
        (
            "وقالت المسؤولة عن الملف إن الوضع خطير.",
            "الوضع خطير",
            "المسؤولة",
        ),
        // (Whom the words were given to follows the subject: no part of it.)
        (
            "وقالت المرأة لراديو المدينة إن المصابين نقلوا إلى المستشفى.",
            "المصابين نقلوا",
            "المرأة",
        ),
        // ("One of these sources": the demonstrative goes on to the group.)
        (
            "وأوضح أحد هذه المصادر أن الصورة أرسلت إلى رقم في الخارج.",
            "الصورة أرسلت",
            "أحد هذه المصادر",
        ),
        // (Figures speak as studies do.)
        (
            "وتشير تقديرات وزارة الصحة إلى أن الوباء انحسر.",
            "الوباء انحسر",
            "تقديرات وزارة الصحة",
        ),
        // (A ministry as often mistyped, وزراة.)
        (
            "وأكدت وزراة الدفاع في بلاغ لها أن العملية مستمرة.",
            "العملية مستمرة",
            "وزراة الدفاع",
        ),
        // (A body in construct with a name: the name is the body's, not a person's.)
        (
            "وقالت شرطة شارلوت مكلنبورغ في بيان إنه تم اعتقال الرجل.",
            "تم اعتقال",
            "شرطة شارلوت مكلنبورغ",
        ),
        // (A public service speaks as a body.)
        (
            "وقالت مصادر أمنية إن الجدار سقط. وقالت خدمة الإسعاف الإسرائيلية إن ثلاثة أشخاص أصيبوا.",
            "ثلاثة أشخاص",
            "خدمة الإسعاف الإسرائيلية",
        ),
        // (A participle after غير is an adjective of the subject, no cue of its own.)
        (
            "وأفادت معلومات غير مؤكدة أن الانفجار نجم عن سيارة مفخخة.",
            "الانفجار نجم",
            "معلومات غير مؤكدة",
        ),
        (
            "وقالت السلطة القضائية إن عشرة متهمين أوقفوا.",
            "عشرة متهمين",
            "السلطة القضائية",
        ),
        (
            "ويقول الدليل الرسمي إن على كل أسرة تخزين الماء.",
            "على كل أسرة",
            "الدليل الرسمي",
        ),
        (
            "قالت #الشرطة_الكندية، الخميس، إنها تحقق في الحادث.",
            "تحقق في الحادث",
            "#الشرطة_الكندية",
        ),
        // (A hashtag after any verb of reporting but those that take an object first.)
        (
            "أعلنت #الشرطة_الكندية، الأحد، أن عشرة أشخاص قتلوا.",
            "عشرة أشخاص",
            "#الشرطة_الكندية",
        ),
        (
            "وقال مدير المهرجان إبراهيم الجار الله إن السوق مزدحم. وأكد الجار الله أن المهرجان ناجح.",
            "المهرجان ناجح",
            "إبراهيم الجار الله",
        ),
        // A family name compounded with الله goes on through it.
        (
            "وقال مدير الجوازات اللواء عبدالرحمن بن ضيف الله الأسمري إن المعاملة تستغرق دقائق.",
            "المعاملة تستغرق",
            "عبدالرحمن بن ضيف الله الأسمري",
        ),
    ]);
    // Time words after the verb are no subject.
    let text = "وقال الأسبوع الماضي إن المفاوضات متعثرة.";
    assert_eq!(speaker_entity(text, "المفاوضات متعثرة").0, None);
    let text = "وتحدث الوزير دون أن يأتي على ذكر المطالب الأميركية بأن تنسحب القوات.";
    assert_ne!(
        speaker_entity(text, "تنسحب القوات").0.as_deref(),
        Some("المطالب الأميركية")
    );
}

/// "بحسب وصف X"، "حسب قول X"، "وحسب تصريحات X": the saying noun, then the source.
#[test]
fn a_source_phrase_through_a_saying_noun() {
    assert_speakers(&[(
        "وتطوق قوات الأمن القصر، الذي أصبح وكأنه \"ثكنة\" بحسب وصف عضو المكتب الإعلامي، محمد صميد.",
        "ثكنة",
        "محمد صميد",
    )]);
}

/// "تصريحات X التي قال فيها": the relative pronoun stands for the statement, its author speaks.
#[test]
fn the_author_of_a_statement_speaks_in_its_relative_clause() {
    assert_speakers(&[
        (
            "وقال الوزير إن الوضع هادئ. وانتقد الحزب تصريحات حسن نصرالله التي اعتبر فيها أن الدستور يجب أن يعدل.",
            "الدستور يجب",
            "حسن نصرالله",
        ),
        (
            "ونقلت الوكالة بيان المجلس الذي أكد فيه أن النواب صوتوا على القرار.",
            "النواب صوتوا",
            "المجلس",
        ),
    ]);
}

/// Reports and the media at large, in a source phrase after words a named speaker said, only
/// relay them, as an outlet (صحيفة، جريدة، مجلة) does: "قال الوزير إن … حسبما ذكرت تقارير" is the minister's.
#[test]
fn reports_in_a_trailing_source_phrase_relay() {
    assert_speakers(&[
        (
            "قال وزير الدفاع إن المهاجمين \"سيدفعون ثمنا باهظا\" للهجوم الذي شهدته المدينة، حسبما ذكرت تقارير.",
            "سيدفعون ثمنا باهظا",
            "وزير الدفاع",
        ),
        // (A newspaper or a magazine is an outlet as a صحيفة is.)
        (
            "وأشار مصدر إلى أن المكاتب لم تستقدم عاملات بهذه الأسعار، وفقا لجريدة \"الأيام\".",
            "المكاتب لم",
            "مصدر",
        ),
    ]);
}

/// The author of a statement written with ل after it speaks in "قال فيه": "تصريح لرئيس الهيئة قال
/// فيه"، "تغريدة لكبير موظفيه، ليونيد فولكوف، قال فيها"; after a verb of sending, ل names whom it
/// was sent to.
#[test]
fn the_author_of_a_statement_with_lam_speaks_in_it() {
    assert_speakers(&[
        (
            "وجاء القرار في أعقاب تصريح لرئيس الهيئة قال فيه إن الأسعار سترتفع.",
            "الأسعار سترتفع",
            "رئيس الهيئة",
        ),
        (
            "ونقل المعارض تغريدة لكبير موظفيه، ليونيد فولكوف، قال فيها إنه احتجز في المطار.",
            "احتجز في المطار",
            "ليونيد فولكوف",
        ),
    ]);
    let text = "وقد أرسلت امرأة رسالة لعضو في مجلس الشيوخ تقول فيها إن ابنتها شاهدت الحادث.";
    assert_ne!(
        speaker_entity(text, "ابنتها شاهدت").0.as_deref(),
        Some("عضو في مجلس الشيوخ")
    );
}

/// After the writer's "يذكر أن" the subject speaks (it is no nested speech of an earlier
/// speaker), by name when one follows in apposition; after a title, a word with ل before a definite one is the title's genitive, not a
/// name: "الرئيس العام لشؤون المسجد الحرام".
#[test]
fn worth_noting_that_x_said_and_a_title_with_its_genitive() {
    let text = "وقال الوزير إن الوضع هادئ. ويذكر أن المتحدث باسم الجيش أكد أن القوات انسحبت.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text).starts_with("القوات"))
        .expect("the reported clause");
    assert_eq!(q.rule, Some(akhbar::Rule::CueVerb), "{q:?}");
    assert!(q.agent.is_none(), "{q:?}");
    // The person the gazetteer knows, in apposition to the subject after يذكر أن, speaks.
    let text =
        "يذكر أن رئيس الوزراء الكندي، جاستن ترودو، كان قد علق على الحادث قائلا إن التحقيق مستمر.";
    assert_eq!(
        speaker_entity(text, "التحقيق مستمر"),
        (Some("جاستن ترودو".into()), Some("justin-trudeau".into()))
    );
    assert_speakers(&[(
        "وأبان معالي الرئيس العام لشؤون المسجد الحرام أن الأعمال إجرامية.",
        "الأعمال إجرامية",
        "الرئيس العام لشؤون المسجد",
    )]);
}

/// A role's phrase that ends in a place noun takes the place's name even when long: "المتحدث
/// الرسمي بالمديرية العامة للمياه بمنطقة الرياض".
#[test]
fn a_long_role_takes_the_name_of_its_place() {
    assert_speakers(&[(
        "وأكد المتحدث الرسمي بالمديرية العامة للمياه بمنطقة الرياض أن العطل أصلح.",
        "العطل أصلح",
        "المتحدث الرسمي بالمديرية العامة للمياه بمنطقة الرياض",
    )]);
}

/// The subject of the opening verb ends before a phrase with ل (لو، لمقام): "وتتمنى مهى لو شارك
/// لبنان …، مضيفة:" is Maha's.
#[test]
fn the_opening_verbs_subject_ends_before_a_lam_phrase() {
    assert_speakers(&[(
        "وتتمنى مهى لو شارك لبنان في اللجنة مضيفة: \"شقيقي زار إيران بدعوة رسمية\".",
        "شقيقي زار",
        "مهى",
    )]);
}

/// A participle with no verb of saying before it takes the subject of the verb opening the
/// sentence: "وعلق X على القرار قائلا:", "من جانبه، دافع X عن … مؤكدا".
#[test]
fn a_participle_takes_the_subject_of_the_opening_verb() {
    let text = "وقال الوزير إن القرار نهائي. وعلق ديفيد غارنيلاس على القرار قائلا: \"هذا خطأ كبير\".";
    assert_eq!(
        speaker_entity(text, "هذا خطأ").0.as_deref(),
        Some("ديفيد غارنيلاس")
    );
    // A definite noun after one unknown word is the verb's object.
    let text = "وقال الوزير إن التحقيق مستمر. ورفضت راد التكهن، قائلة إن الشرطة تعمل.";
    assert_eq!(
        speaker_entity(text, "الشرطة تعمل").0.as_deref(),
        Some("راد")
    );
    // After an opening "on his part" the verb has no و: its subject still speaks.
    assert_speakers(&[
        (
            "من جانبه، دافع المتحدث باسم الجامعة عن إدارته، مؤكدا أن الطالب هو الأساس.",
            "الطالب هو",
            "المتحدث باسم الجامعة",
        ),
        (
            "بدوره، وجه وزير الداخلية الشكر للشعب، مشددا على أن الأمن مستتب.",
            "الأمن مستتب",
            "وزير الداخلية",
        ),
    ]);
    // The object run into the name (شقيقته) is no name: no speaker from the opening verb.
    let text = "ونعى خالد شقيقته، عبر صفحته، قائلا: \"وداعا أختي\".";
    assert_ne!(
        speaker_entity(text, "وداعا أختي").0.as_deref(),
        Some("خالد شقيقته")
    );
}

/// The outlet the words were given to may come before the subject: "قال لـ«الوطن» مصدر مطلع إن".
#[test]
fn an_outlet_before_the_subject_is_not_the_speaker() {
    for text in [
        "وقال لـ«الوطن» مصدر مطلع إن الاتفاق جاهز.",
        "قال لـCNN مصدر مطلع إن الاتفاق جاهز.",
        "وقال لوكالة رويترز مصدر مطلع إن الاتفاق جاهز.",
        "وقال لصحيفة \"الحياة\" مصدر مطلع إن الاتفاق جاهز.",
    ] {
        assert_eq!(
            speaker_entity(text, "الاتفاق جاهز").0.as_deref(),
            Some("مصدر مطلع"),
            "{text}"
        );
    }
}

/// A short quote right after a noun that names things (مركز، جامعة، فندق، صواريخ …) or after
/// "ما يسمى بـ" is a name, not speech.
#[test]
fn a_quoted_name_after_a_naming_noun_is_no_speech() {
    for (text, name) in [
        (
            "أعلن مركز \"السلام والمصالحة\" عن هدنة جديدة.",
            "السلام والمصالحة",
        ),
        (
            "وأقامت الجمعية حفلا في فندق \"النخيل الذهبي\" مساء أمس.",
            "النخيل الذهبي",
        ),
        (
            "نشرت حسابات تابعة لما يسمى بـ\"ولاية الساحل\" صورا جديدة.",
            "ولاية الساحل",
        ),
    ] {
        assert_eq!(
            kind_of(text, name),
            Some(akhbar::QuoteKind::NonSpeech),
            "{text}"
        );
    }
}

/// A body's name goes on past a prepositional phrase ("الاتحاد الألماني لكرة القدم"); the phrase
/// is no name in apposition, and the body speaks.
#[test]
fn a_prepositional_phrase_after_a_body_is_no_name() {
    let text = "أعلن الاتحاد الألماني لكرة القدم أنه رفع سعة الملعب.";
    assert_eq!(
        speaker_entity(text, "رفع سعة").0.as_deref(),
        Some("الاتحاد الألماني")
    );
    let text = "وقالت الجمعية التونسية للدفاع عن الحريات إن التقرير دقيق.";
    assert_ne!(
        speaker_entity(text, "التقرير دقيق").0.as_deref(),
        Some("للدفاع عن الحريات")
    );
}

/// أورد / أوردت report like ذكر ("أوردت صحيفة «الوطن» أن …"), unless they only carried the
/// story ("التي أوردت الخبر").
#[test]
fn awrada_reports_speech() {
    let text = "وأوردت صحيفة \"الوطن\" المحلية أن الاشتباكات استمرت ساعتين.";
    assert_eq!(
        speaker_entity(text, "الاشتباكات استمرت").0.as_deref(),
        Some("صحيفة \"الوطن\" المحلية")
    );
    // The quoted name after جريدة is a name, not speech.
    let text = "وأوردت جريدة \"الفجر\" أن الطريق أغلق.";
    assert_eq!(kind_of(text, "الفجر"), Some(akhbar::QuoteKind::NonSpeech));
    let text = "وقالت الصحيفة التي أوردت الخبر في تقرير كتبه سامر حداد إن المفاوضات متعثرة.";
    assert_eq!(
        speaker_entity(text, "المفاوضات متعثرة").0.as_deref(),
        Some("الصحيفة")
    );
}

/// أن after بعد، قبل، دون، كما، إضافة إلى … opens no reported clause: the verb's clause comes
/// later, or not at all.
#[test]
fn an_after_a_conjunction_is_no_reported_clause() {
    let text = "وقال الوزير بعد أن التقى نظيره إن الاتفاق صامد.";
    assert_eq!(quote_contents(text), ["الاتفاق صامد"]);
    assert_eq!(
        speaker_entity(text, "الاتفاق صامد").0.as_deref(),
        Some("الوزير")
    );
    for text in [
        "وأعلنت الشرطة اعتقال رجل دون أن تتضح دوافعه.",
        "وأبدى الرجل رغبته في السفر، إضافة إلى أن لديه أقارب هناك.",
    ] {
        assert!(Article::parse(text).quotes().is_empty(), "{text}");
    }
    // "من قبل إن" is "before, that": the clause is reported.
    let text = "وكانت دار النشر قالت من قبل إن الكتاب سيصدر قريبا.";
    assert_eq!(
        speaker_entity(text, "الكتاب سيصدر").0.as_deref(),
        Some("دار النشر")
    );
}

/// After a definite noun phrase, a noun with a pronoun suffix is the verb's object
/// ("أعلن التنظيم مسؤوليته"), but "نفسها" and a preposition with a pronoun stay in the phrase.
#[test]
fn a_suffixed_noun_after_the_subject_is_its_object() {
    let text = "وأعلن التنظيم الإرهابي مسؤوليته عن الهجوم، وذكر أن المنفذ فر.";
    assert_eq!(
        speaker_entity(text, "المنفذ فر").0.as_deref(),
        Some("التنظيم الإرهابي")
    );
    let text = "وأكدت المصادر نفسها أن الطريق أغلق.";
    assert_eq!(
        speaker_entity(text, "الطريق أغلق").0.as_deref(),
        Some("المصادر نفسها")
    );
    // كان takes a predicate, not a subject: no one speaks through "محل متابعة".
    let text = "وكان محل متابعة أمنية منذ سنوات.";
    assert!(Article::parse(text).quotes().is_empty());
}

/// A short quote right after a definite person closing the sentence is their words ("وقال
/// الوزير "الوضع خطير جدا"."), while after an outlet, an indefinite noun or a title, or with the
/// phrase going on after it, a short quote is a name.
#[test]
fn a_short_quote_after_a_person_is_their_words() {
    for text in [
        "وقال الوزير \"الوضع خطير جدا\".",
        "وأضاف البيان \"تم ضبط الأسلحة\".",
    ] {
        let a = Article::parse(text);
        let q = &a.quotes()[0];
        assert_eq!(q.kind, akhbar::QuoteKind::Direct, "{text}");
        assert!(q.speaker.is_some(), "{text}");
    }
    let text = "وقال مراسل \"الشرق\" إن الطريق أغلق.";
    assert_eq!(
        speaker_entity(text, "الطريق أغلق").0.as_deref(),
        Some("مراسل \"الشرق\"")
    );
    let text = "وأكد العقيد \"الحربي\" أن الدورية وصلت.";
    assert_eq!(
        speaker_entity(text, "الدورية وصلت").0.as_deref(),
        Some("العقيد \"الحربي\"")
    );
}

/// "نقلت الوكالة عن X قوله": X speaks, even when the gazetteer does not know them.
#[test]
fn the_name_before_qawluhu_speaks() {
    let text = "ونقلت الوكالة عن كيم قوله \"يجب أن نستعد للحرب\".";
    assert_eq!(speaker_entity(text, "يجب أن").0.as_deref(), Some("كيم"));
    // The relay verb's own source, not a continuation of an earlier speaker.
    let a = Article::parse(text);
    assert_eq!(a.quotes()[0].rule, Some(akhbar::Rule::CueVerb));
}

/// People named by their activity speak: a definite plural participle (المحققون، المحتجون)
/// without what follows it as object, "الإعلامي"، "القائمون على"، "نفس المصدر".
#[test]
fn groups_and_the_same_source_speak() {
    assert_speakers(&[
        (
            "وقال المحققون الدوليون إن الصاروخ أطلق من منطقة قريبة.",
            "الصاروخ أطلق",
            "المحققون الدوليون",
        ),
        (
            "وطالب المحتجون برحيله، وقالوا إن الحكومة فشلت.",
            "الحكومة فشلت",
            "المحتجون",
        ),
        (
            "وأضاف نفس المصدر أنه تم إيقاف ثلاثة مشتبه بهم.",
            "تم إيقاف",
            "نفس المصدر",
        ),
        (
            "أكد الإعلامي الليبي نبيل الساعدي أن الهدوء عاد إلى العاصمة.",
            "الهدوء عاد",
            "نبيل الساعدي",
        ),
    ]);
    // أمينة alone is a given name, not a role.
    let text = "وقالت أمينة غريب إن المبلغ أعيد.";
    assert_eq!(
        speaker_entity(text, "المبلغ أعيد").0.as_deref(),
        Some("أمينة غريب")
    );
}

/// Names the gazetteer does not know, as Maghrebi news writes them: a given name with its
/// article (الطاهر), one opening with ل (لزهر), a family name with بن; a surname with بن after
/// the full name gives the full name; and a name right before the quotation marks.
#[test]
fn maghrebi_names_and_bare_names_before_a_quote() {
    assert_speakers(&[
        (
            "قال الطاهر هميلة، النائب السابق، إن \"الدولة منخرطة في التطبيع\".",
            "الدولة منخرطة",
            "الطاهر هميلة",
        ),
        (
            "أكد لزهر العكرمي أن أكثر من أربعين قياديا وقعوا البيان.",
            "أكثر من أربعين",
            "لزهر العكرمي",
        ),
        (
            "وأوضح بن عمر، أن الهيئة اتخذت هذا القرار.",
            "الهيئة اتخذت",
            "بن عمر",
        ),
        (
            "وقال نافاريت \"بلغني أن عددا من الركاب أصيبوا\".",
            "بلغني أن",
            "نافاريت",
        ),
        (
            "وقال سامي بن سالم الناصري إن المشروع سينطلق. وأضاف بن سالم أن التمويل متوفر.",
            "التمويل متوفر",
            "سامي بن سالم الناصري",
        ),
    ]);
}

/// A short quoted name right after the verb and before أن is the subject ("وأوضحت «الغذاء
/// والدواء» أن"); a quoted surname gives the earlier full name; after "د." a name alone gives
/// the earlier full name it is part of.
#[test]
fn quoted_and_titled_subjects() {
    let text = "وأوضحت «الغذاء والدواء» أن منع دخول المنتجات جاء بعد الفحص.";
    assert_eq!(
        kind_of(text, "الغذاء والدواء"),
        Some(akhbar::QuoteKind::NonSpeech)
    );
    assert_eq!(
        speaker_entity(text, "منع دخول").0.as_deref(),
        Some("«الغذاء والدواء»")
    );
    let text =
        "وقال مدير الفرع سامي العتيبي إن العمل بدأ. وأوضح \"العتيبي\" أن المشروع سيكتمل قريبا.";
    assert_eq!(
        speaker_entity(text, "المشروع سيكتمل").0.as_deref(),
        Some("سامي العتيبي")
    );
    let text =
        "وقال الدكتور فيصل حسن إبراهيم إن الاجتماع انعقد. فيما أوضح د. فيصل أن المكتب ناقش الوضع.";
    assert_eq!(
        speaker_entity(text, "المكتب ناقش").0.as_deref(),
        Some("فيصل حسن إبراهيم")
    );
    let text = "وأوضح د. المزروع أن الاجتماع يهدف إلى وضع خطة.";
    assert_eq!(
        speaker_entity(text, "الاجتماع يهدف").0.as_deref(),
        Some("المزروع")
    );
}

/// The engineer's م. and the professor's أ. and أ.د. are titles as د. is: the name after them
/// speaks, whether its given name is a common one or not, and a surname alone after the title
/// is the full name given earlier; the word after a lone surname is no part of it.
#[test]
fn abbreviated_titles_before_names() {
    let text = "وأوضح المتحدث الرسمي للجنة الانتخابات م. ضاوي بن سعد المطيري أن التسجيل يبدأ غدا. \
                وأشار م. المطيري إلى أن المراكز جاهزة.";
    assert_speakers(&[
        (text, "التسجيل يبدأ", "ضاوي بن سعد المطيري"),
        (text, "المراكز جاهزة", "ضاوي بن سعد المطيري"),
    ]);
    assert_speakers(&[
        (
            "وأشار أ.د. الهاجري إلى أن الدراسة اكتملت.",
            "الدراسة اكتملت",
            "الهاجري",
        ),
        (
            "وقال أ. عادل أحمد الصالح إن الإنتاج تضاعف.",
            "الإنتاج تضاعف",
            "عادل أحمد الصالح",
        ),
    ]);
}

/// Names given in apposition after a role's prepositional phrase ("رئيسة المؤتمر على المستوى
/// الاتحادي، هيلدا فوغت،"), after a named person's relative ("والد كينغ، تشارلز بومفورد،") and
/// after ويدعى speak; a social-media page is an outlet that relays the speaker its sentence names.
#[test]
fn names_in_apposition_after_a_phrase_a_relative_or_a_naming_verb() {
    assert_speakers(&[
        (
            "وقالت رئيسة مؤتمر وزراء الثقافة على المستوى الاتحادي، هيلدا فوغت، إن البرنامج يتسع.",
            "البرنامج يتسع",
            "هيلدا فوغت",
        ),
        (
            "وقال والد كينغ، تشارلز بومفورد، إن المستشفى أوقف العلاج.",
            "المستشفى أوقف",
            "تشارلز بومفورد",
        ),
    ]);
    // (After a common noun the name may be the relative's: the phrase speaks.)
    assert_speakers(&[("وقالت ابنة الجاسوس السابق، فيكتور ليبيديف، إنها تتعافى.", "تتعافى", "ابنة الجاسوس السابق"), ("وقال شقيق الضحية، ويدعى حمدان، إن الحادث وقع ليلا.", "الحادث وقع", "حمدان"), ("أكد مدير المعبر، الطيب بوعزيز، أن المعبر مفتوح، وفقا لما نشرته صفحة الإدارة على فيسبوك.", "المعبر مفتوح", "الطيب بوعزيز")]);
}

/// A relative clause about the subject between commas stands between the subject and its verb
/// without being the verb's subject: after لكن the name before it speaks.
#[test]
fn relative_clause_between_the_subject_and_its_verb() {
    assert_speakers(&[(
        "يغسل معظم الناس أيديهم مرات قليلة، لكن الباحث جون هيل من جامعة \"ليدز\"، الذي قاد \
                الدراسة، أوضح أن الغسل المتكرر يحد من العدوى.",
        "الغسل المتكرر",
        "جون هيل",
    )]);
}

/// A country or body after a preposition at the head of a sentence is where the subject is,
/// not the subject: "عصابة في المكسيك "تعترف …"" is no word of Mexico's, and the scientists in
/// Australia speak of their find, not Australia; at the head itself the country speaks.
#[test]
fn a_place_after_a_preposition_is_no_sentence_subject() {
    let text = "عصابة في المكسيك \"تعترف بخطف الطلبة\"";
    assert_eq!(speaker_entity(text, "تعترف بخطف").0, None);
    assert_speakers(&[(
        "اكتشف علماء في أستراليا أسماكا نادرة عبارة عن \"سمكة بلا عينين\" في رحلة بحرية.",
        "سمكة بلا",
        "علماء",
    )]);
    let text = "الصين \"ترفض الاتهامات الأمريكية\"";
    assert_eq!(
        speaker_entity(text, "ترفض الاتهامات"),
        (Some("الصين".into()), Some("CN".into()))
    );
}

/// علي written with ي right after a verb of saying that governs no على is the given name Ali
/// ("وقال علي القرة داغي،"); after أكد it may still be the preposition ("وأكد علي ضرورة أن").
#[test]
fn ali_after_a_verb_of_saying_is_a_name() {
    assert_speakers(&[("وقال الوزير إن الاتفاق صامد. وقال علي رضا ميريوسفي، المتحدث باسم البعثة، إن الوفد لن يشارك.", "الوفد لن", "علي رضا ميريوسفي"), ("وقال الوزير إن الاتفاق صامد. وأكد علي ضرورة أن يلتزم الطرفان بالهدنة.", "يلتزم الطرفان", "الوزير")]);
}

/// A given name with a kinship noun in apposition (no comma) is a subject before its verb:
/// "غير أن يوليا ابنة أحد أشهر الجواسيس تقول إنها".
#[test]
fn given_name_with_kin_in_apposition_before_the_verb() {
    assert_speakers(&[(
        "ولم تعلق السلطات على الأمر، غير أن ناتاليا ابنة أحد أشهر الضباط تقول إنها تريد العودة.",
        "تريد العودة",
        "ناتاليا",
    )]);
}

/// "وقال تعالى" after "قال الله تعالى" cites the same God: the speaker is the name given with
/// its praise before; with none ("تقوى الله" is no citation), the epithet as written.
#[test]
fn the_epithet_after_a_citation_is_the_name_cited() {
    assert_speakers(&[("وجاء في البيان: قال الله تعالى: {يا أيها الذين آمنوا}. وقال تعالى: {ولكم في القصاص حياة}.", "ولكم في", "الله"), ("ودعا المسلمين إلى تقوى الله، مستشهدا بقوله تعالى {ولا تقتلوا النفس التي حرم الله إلا بالحق}.", "ولا تقتلوا", "تعالى")]);
}

/// "سبحانه" after a verb of saying is God's epithet as "تعالى" is (its ه is no feminine's ة, so
/// "قال" agrees with it), with the praise after it; scripture so cited is continued by no one.
#[test]
fn the_epithet_subhanahu_cites_scripture() {
    let text = "وقال الخطيب إن الأمانة عظيمة، كما قال سبحانه: {إنا عرضنا الأمانة على السماوات}. وقال سبحانه وتعالى: {وحملها الإنسان}. وأضاف أن الصبر واجب.";
    assert_eq!(
        quote_speakers(text),
        [
            Some("الخطيب"),
            Some("سبحانه"),
            Some("سبحانه وتعالى"),
            Some("الخطيب")
        ]
    );
}

/// A directorate (الشؤون الصحية) and a deanship (عمادة) speak as bodies.
#[test]
fn directorates_and_deanships_speak() {
    assert_speakers(&[
        (
            "وأوضحت الشؤون الصحية بمنطقة تبوك، أن حريقا شب في أحد المستودعات دون إصابات.",
            "حريقا شب",
            "الشؤون الصحية بمنطقة تبوك",
        ),
        (
            "وأعلنت عمادة القبول بالجامعة أن التسجيل يبدأ الأحد.",
            "التسجيل يبدأ",
            "عمادة القبول بالجامعة",
        ),
    ]);
}

/// A name the gazetteer does not know after the sentence's first verb, with its role after a
/// comma, is the sentence's subject: a subjectless verb later in the sentence is theirs, not the
/// previous speaker's.
#[test]
fn unknown_name_with_its_role_is_the_sentence_subject() {
    assert_speakers(&[("وقال الوزير إن الاتفاق صامد. وأدلى كنان أوزتورك، المتحدث باسم حزب المعارضة، \
                بهذه التصريحات استنادا إلى ما قال إنها أرقام جمعها الحزب.", "أرقام جمعها", "كنان أوزتورك"), ("وقال الوزير إن الاتفاق صامد. ولكن ريناس حسو، المتحدث باسم المجلس، قال إن القوات تراجعت.", "القوات تراجعت", "ريناس حسو")]);
}

/// A gazetteer person named right after a role in the genitive of another (مستشار ترامب للأمن
/// القومي جون بولتون) holds the role and speaks; a surname that is also a given name, with one
/// plain word after it, is that given name and the word its family name (ميشال كادو is not
/// Charles Michel), of either gender.
#[test]
fn role_holder_after_a_genitive_and_given_names_shared_with_surnames() {
    let text = "وصرح مستشار ترامب للأمن القومي جون بولتون، في البيت الأبيض: \"قرر الرئيس الانسحاب\".";
    assert_eq!(
        speaker_entity(text, "قرر الرئيس"),
        (Some("جون بولتون".into()), Some("john-bolton".into()))
    );
    let text = "وأعلن قائد شرطة المدينة ميشال كادو، أن أحد الجنود أصيب بجروح طفيفة.";
    assert_eq!(
        speaker_entity(text, "أحد الجنود"),
        (Some("ميشال كادو".into()), None)
    );
    let text =
        "وقالت مديرة التحقيقات في المفوضية، ميشيل راسل، إن الوضع كان يجب أن يعالج بطريقة أخرى.";
    assert_eq!(
        speaker_entity(text, "الوضع كان"),
        (Some("ميشيل راسل".into()), None)
    );
}

/// The country of a dateline, before the outlet's credit in brackets, is not the subject of the
/// sentence the dateline opens; a body with its own acronym in brackets still is.
#[test]
fn a_datelines_country_is_no_sentence_subject() {
    let text = "دبي، الإمارات العربية المتحدة (CNN)-- نشر فريق التواصل التابع للوزارة، \
                مساء الثلاثاء، مقطع فيديو تداولته وسائل إعلام يظهر تجربة لصاروخ \"نجم\" كاشفة \
                \"خدعة\" بأن الصاروخ لم يصب هدفه.";
    assert_eq!(speaker_entity(text, "الصاروخ لم"), (None, None));
    let text = "واشنطن، الولايات المتحدة (CNN)-- أعلن مكتب التحقيقات الفيدرالي (FBI) الثلاثاء \
                اعتقال عضو في \"مجموعة المساعدة الذاتية\" في نيويورك.";
    assert_eq!(
        speaker_entity(text, "مجموعة المساعدة").1.as_deref(),
        Some("fbi")
    );
}

/// A name right after في is governed by it, no subject: "في صالح العالم الإسلامي" (in the
/// interest of) is no word of Ali Abdullah Saleh's, even in news about Yemen.
#[test]
fn a_name_after_fi_is_no_subject() {
    assert_speakers(&[(
        "وقال الوزير إن الاتفاق صامد. كما أثنى على مواقف السعودية التي تنصب جميعها في صالح \
                ومستقبل العالم الإسلامي، مطالباً بالتدخل لاستعادة الشرعية في اليمن، موضحاً أنه قد ثبت \
                تورط إيران.",
        "قد ثبت",
        "الوزير",
    )]);
}

/// A negated reporting verb after its own subject takes an object, not a subject after it: the
/// noun after "لم تذكر" is no speaker that a later verb continues.
#[test]
fn a_negated_verb_after_its_subject_takes_an_object() {
    assert_speakers(&[(
        "وقالت الوزيرة إن السلطات لم تذكر سبب التفتيش، ووصفت ذلك بأنه \"استفزاز\".",
        "استفزاز",
        "الوزيرة",
    )]);
}

/// A role, then في and a country or capital, then a name with no comma: the name speaks ("ويقول
/// مراسل بي بي سي في باريس هيو سكوفيلد إن"); not a second subject joined with و.
#[test]
fn role_in_a_place_then_the_name() {
    assert_speakers(&[
        (
            "وقال مراسل الإذاعة في موسكو هيو ستيفنز إن المحادثات توقفت.",
            "المحادثات توقفت",
            "هيو ستيفنز",
        ),
        (
            "وأوضحت وزيرة الاقتصاد في إيطاليا فيدريكا موراني أن البطالة تراجعت.",
            "البطالة تراجعت",
            "فيدريكا موراني",
        ),
    ]);
}

/// مطالبة and متابعة after a preposition or with و are nouns ("demand", "follow-up"), not
/// participles of saying.
#[test]
fn a_verbal_noun_is_no_participle_cue() {
    for text in [
        "وتكررت التصريحات عن مطالبة المملكة بأن تدفع الأموال.",
        "وشدد الوزير على التنسيق ومتابعة الإجراءات، مع الالتزام بأن تنجز المشاريع.",
    ] {
        let a = Article::parse(text);
        assert!(
            a.quotes().iter().all(|q| q
                .cue
                .is_none_or(|c| { !matches!(c.slice(text), "مطالبة" | "ومتابعة") })),
            "{text}"
        );
    }
}

/// More speakers as sports, science and court news write them: a Dutch name with فان, a name
/// with its kin in apposition, politicians, the press, a study, documents, the accused, a coach.
#[test]
fn more_speaking_nouns_and_names() {
    assert_speakers(&[
        (
            "وقال فان غال: \"الحارس لن يلعب\".",
            "الحارس لن يلعب",
            "فان غال",
        ),
        (
            "وأوضح غزاي الحربي ابن السجين أن المحكمة أفرجت عنه.",
            "المحكمة أفرجت",
            "غزاي الحربي",
        ),
        (
            "أكد سياسيون يمنيون أن الهزائم أضعفت المتمردين.",
            "الهزائم أضعفت",
            "سياسيون يمنيون",
        ),
        (
            "وذكرت الصحافة اليونانية اليوم أن الخطة جاهزة.",
            "الخطة جاهزة",
            "الصحافة اليونانية",
        ),
        (
            "كشفت دراسة طبية حديثة أن الخبز الأبيض يضر بالصحة.",
            "الخبز الأبيض",
            "دراسة طبية حديثة",
        ),
        (
            "وأكد المتهم الأول أن الشخص الذي ظهر في الفيديو شقيقه.",
            "الشخص الذي",
            "المتهم الأول",
        ),
        (
            "وقال مدرب الفريق إن اللاعبين جاهزون.",
            "اللاعبين جاهزون",
            "مدرب الفريق",
        ),
        (
            "ووصف الأطباء حالة المرأة بأنها ليست خطيرة.",
            "ليست خطيرة",
            "الأطباء",
        ),
    ]);
    // "بحكم أن" (since) opens no reported clause; "متهمة بـ" (accused of) is no speaker.
    let text = "وقال المدرب إن الفريق مرهق بحكم أن المباريات متتالية.";
    let a = Article::parse(text);
    assert_eq!(a.quotes().len(), 1);
    let text = "ووصفتها بأنها متهمة بشن هجمات إلكترونية.";
    assert!(Article::parse(text).quotes().iter().all(|q| q
        .speaker
        .as_ref()
        .is_none_or(|s| !s.span.slice(text).starts_with("متهمة"))));
}

/// A last name or a given name alone after a verb is the person named in full earlier; a single
/// unknown name before "إلى أن" speaks; a quoted subject may be followed by a colon.
#[test]
fn a_name_alone_is_the_earlier_full_name() {
    assert_speakers(&[
        (
            "وقال المتحدث باسم المجلس وليد القديمي إن الوضع هادئ. وأشار القديمي إلى أن الطرق مفتوحة.",
            "الطرق مفتوحة",
            "وليد القديمي",
        ),
        (
            "وقال الناشط نديم كاشيش إن الحملة مستمرة. وأشار نديم إلى أن الدعم يتزايد.",
            "الدعم يتزايد",
            "نديم كاشيش",
        ),
        (
            "وأشار الصفيان إلى أن المخالفات تنوعت.",
            "المخالفات تنوعت",
            "الصفيان",
        ),
        (
            "وقالت «الفيدرالية العالمية»: إن اختيار الفنان جاء تقديرا لعمله.",
            "اختيار الفنان",
            "«الفيدرالية العالمية»",
        ),
        (
            "واشارت الصحف الفرنسية الى ان النادي يريد المدرب.",
            "النادي يريد",
            "الصحف الفرنسية",
        ),
    ]);
}

/// A last name alone with a phrase after it ("في تصريح صحفي", "لموقع الوزارة") is the earlier
/// full name too, as it is with nothing after it; so is the last name of a person the gazetteer
/// knows but does not take alone (أوغلو), when only one earlier speaker ends with it. A full name
/// of the other gender than the verb's is another person: the name stays as written.
#[test]
fn a_name_alone_before_a_phrase_is_the_earlier_full_name() {
    assert_speakers(&[
        (
            "وقال المتحدث باسم البلدية منصور الحارثي إن الطرق مفتوحة. وقال الحارثي في تصريح صحفي إن الفرق تعمل على مدار الساعة.",
            "الفرق تعمل",
            "منصور الحارثي",
        ),
        (
            "وقالت النائبة سلمى الورفلي إن الكتلة موحدة. وأضاف الورفلي في مداخلة إذاعية أن الحكومة باقية.",
            "الحكومة باقية",
            "الورفلي",
        ),
    ]);
    assert_linked_speakers(&[
        (
            "قال وزير الخارجية التركي مولود جاووش أوغلو، إن الحل سياسي. وقال أوغلو إن موقفنا واضح منذ البداية.",
            "موقفنا واضح",
            "مولود جاووش أوغلو",
            "mevlut-cavusoglu",
        ),
        (
            "قال وزير الخارجية التركي مولود جاووش أوغلو، إن الحل سياسي. وقال أوغلو في تصريحات مقتضبة: \"موقفنا واضح منذ البداية\".",
            "موقفنا واضح",
            "مولود جاووش أوغلو",
            "mevlut-cavusoglu",
        ),
    ]);
    // Two earlier speakers end with it: which one speaks is not said.
    let text = "قال رئيس الوزراء التركي أحمد داود أوغلو إن الحل سياسي. وقال وزير الخارجية مولود جاووش أوغلو إن الأزمة عميقة. وقال أوغلو إن موقفنا واضح.";
    assert_eq!(
        speaker_entity(text, "موقفنا واضح"),
        (Some("أوغلو".into()), None)
    );
}

/// "وقال في بيان:" has no subject of its own: the statement is how the previous speaker said it,
/// not the body named last; "وجاء في البيان" still quotes the statement, its issuer speaking.
#[test]
fn a_statement_after_a_verb_and_its_preposition_is_no_subject() {
    assert_speakers(&[
        (
            "وأعلنت وزارة الدفاع الروسية انتهاء المناورات. وقال السفير الأميركي جون هانتسمان إن بلاده تراقب الوضع. وقال في بيان: \"نحن قلقون من حجم القوات\".",
            "نحن قلقون",
            "جون هانتسمان",
        ),
        (
            "وأصدرت وزارة الدفاع الروسية بيانا حول المناورات. وجاء في البيان: \"انتهت المناورات بنجاح كامل\".",
            "انتهت المناورات",
            "وزارة الدفاع الروسية",
        ),
    ]);
}

/// An office named with its country ("الرئيس التركي", "وزير الخارجية الأمريكي") is the person
/// the gazetteer gives that office and the article named before; a deputy's role is not the
/// office it deputizes ("نائب رئيس الوزراء"), nor is a head of government a president.
#[test]
fn an_office_with_its_country_is_the_holder_named_before() {
    assert_linked_speakers(&[
        (
            "ويتهم رجب طيب أردوغان الجماعة بتدبير الانقلاب. وأكد الرئيس التركي أن الجماعة خطيرة.",
            "الجماعة خطيرة",
            "الرئيس التركي",
            "recep-tayyip-erdogan",
        ),
        (
            "ووصل مايك بومبيو إلى الرياض مساء الاثنين. وقال وزير الخارجية الأمريكي إن الزيارة ناجحة.",
            "الزيارة ناجحة",
            "وزير الخارجية الأمريكي",
            "mike-pompeo",
        ),
        (
            "وكان نائب رئيس الوزراء التركي بكير بوزداغ قال إن المشتبه بهم أعيدوا. ويتهم الرئيس رجب طيب أردوغان الجماعة بتدبير الانقلاب. وأكد الرئيس التركي أن الجماعة خطيرة.",
            "الجماعة خطيرة",
            "الرئيس التركي",
            "recep-tayyip-erdogan",
        ),
    ]);
    let text = "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو الوفد الروسي. وقال الرئيس الإسرائيلي إن اللقاء مهم.";
    assert_eq!(
        speaker_entity(text, "اللقاء مهم"),
        (Some("الرئيس الإسرائيلي".into()), None)
    );
}

/// A family name opening with بال after a given name (سمير بالطيب، رضا بالحاج) belongs to the
/// name when the name closes after it or a role follows; a noun with its preposition and a
/// relative clause does not ("بالإنكليزية التي يتحدثها").
#[test]
fn a_family_name_with_bal_after_a_given_name() {
    assert_speakers(&[
        (
            "قال سمير بالطيب أمين عام حزب المسار في تصريح لإذاعة محلية إن دور الجبهة سيكون أكبر.",
            "دور الجبهة",
            "سمير بالطيب",
        ),
        (
            "وقال المتحدث باسم الخارجية الأمريكية روبرت بالادينو، إن بلاده لم تكن تعلم بالأمر.",
            "بلاده لم تكن",
            "روبرت بالادينو",
        ),
    ]);
    let text = "وقال أسامة بالإنكليزية التي يتحدثها قليلا \"أتمنى أن تصلا غدا\".";
    assert_ne!(
        speaker_entity(text, "أتمنى").0.as_deref(),
        Some("أسامة بالإنكليزية")
    );
}

/// "One of" a group speaks with the group's plural in construct too ("أحد سكان المنطقة"،
/// "إحدى شهود العيان"), not only with the article ("أحد المسؤولين").
#[test]
fn one_of_a_group_in_construct_speaks() {
    assert_speakers(&[
        (
            "وقال أحد سكان المنطقة إن الانفجار كان قويا.",
            "الانفجار",
            "أحد سكان المنطقة",
        ),
        (
            "وأضاف أحد أعضاء اللجنة أن التهمة تمنعه من الترشح.",
            "التهمة",
            "أحد أعضاء اللجنة",
        ),
    ]);
}

/// آب, the month August as the Levant names it, is no أب "father" who speaks: the madda as
/// written tells them apart.
#[test]
fn the_month_ab_is_no_father() {
    let text = "وقالت إن الحادثة، التي وُصفت في مقال افتتاحي في شهر أغسطس/ آب عام 2000 \"قد حدثت كما ورد تماما\".";
    let a = Article::parse(text);
    assert!(!a.quotes().is_empty());
    for q in a.quotes() {
        let speaker = q.speaker.as_ref().map(|s| s.span.slice(text));
        assert!(!speaker.is_some_and(|s| s.starts_with("آب")), "{speaker:?}");
    }
}

/// "سبق أن" (had before) is no reported clause: the cue's clause follows its own complementizer,
/// or there is none; after "فيما سبق" (previously) the أن is the cue's.
#[test]
fn had_before_is_no_reported_clause() {
    let text =
        "وقال سالفاتوري لوتشيسي الذي سبق أن سجن بسبب دوره في الاحتجاجات، لرويترز إنه دبر الهجوم.";
    let contents: Vec<&str> = Article::parse(text)
        .quotes()
        .iter()
        .map(|q| q.content.slice(text))
        .collect();
    assert_eq!(contents, ["دبر الهجوم"]);
    let text = "وينفي المشتبه به الاتهامات، كما سبق أن قاوم محاولات ترحيله.";
    assert!(Article::parse(text).quotes().is_empty());
    assert_speakers(&[(
        "لقد ادعت إيران فيما سبق أن صواريخها ستستخدم للدفاع فقط.",
        "صواريخها",
        "إيران",
    )]);
}

/// A relative pronoun is the verb's subject only if they agree, and its antecedent may be an
/// unnamed source; a name ends before a lone preposition (لـ"رويترز").
#[test]
fn relatives_agree_and_names_end_before_la() {
    let text = "وانتقد باراك أوباما السياسيين الذين قال إنهم \"يتجاهلون الحقائق\".";
    assert_eq!(
        speaker_entity(text, "يتجاهلون").0.as_deref(),
        Some("باراك أوباما")
    );
    let text = "وتحاول الميليشيات قطع الطريق، وفق المصادر التي أكدت أن القوات تتصدى لها.";
    assert_eq!(
        speaker_entity(text, "القوات تتصدى").0.as_deref(),
        Some("المصادر")
    );
    let text = "وأضاف المتحدث محمد الحواري لـ\"رويترز\"، الاثنين: \"عدد النازحين تضاعف\".";
    assert_eq!(
        speaker_entity(text, "عدد النازحين").0.as_deref(),
        Some("محمد الحواري")
    );
}

/// "It says in X" (وجاء في، وورد في) makes X the source; a statement that names its issuer
/// (بيان للجيش، البيان الصادر عن الوزارة) is not whoever was named before it.
#[test]
fn documents_speak_and_name_their_issuer() {
    let lead = "وقال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع صعب. ";
    assert_speakers(&[
        (
            &format!("{lead}وجاء في مسودة القرار \"يعرب المجلس عن قلقه البالغ\"."),
            "يعرب المجلس",
            "مسودة القرار",
        ),
        (
            &format!("{lead}وورد في التقرير أن الديمقراطية تواجه تهديدا."),
            "الديمقراطية تواجه",
            "التقرير",
        ),
        (
            &format!("{lead}وذكر بيان للجيش أن القوات دمرت ثلاثة مواقع."),
            "القوات دمرت",
            "بيان للجيش",
        ),
        (
            &format!("{lead}وقال البيان الصادر عن وزارة الداخلية إن الحادث قيد التحقيق."),
            "الحادث قيد",
            "البيان الصادر عن وزارة الداخلية",
        ),
        (
            "وأصدرت الشرطة بيانا جاء فيه أن الحادث قيد التحقيق.",
            "الحادث قيد",
            "الشرطة",
        ),
        (
            "\"المساعدات لم تصل بعد\"، بحسب ما جاء في بيان منظمة العفو الدولية.",
            "المساعدات لم",
            "منظمة العفو الدولية",
        ),
    ]);
    // The issuer after an adjective of the statement and a comma, not the body named before
    // (the gazetteer knows it: its name, linked).
    let text = "وهاجمت ميليشيات الحوثي مواقع في المدينة. وقال بيان مقتضب، لألوية العمالقة في الجيش \
                الوطني، إن قواته صدت الهجوم.";
    assert_eq!(
        speaker_entity(text, "قواته صدت"),
        (
            Some("ألوية العمالقة".into()),
            Some("giants-brigades".into())
        )
    );
    // The body named before, whose name the issuer opens: بيان الجيش after الجيش الإسرائيلي.
    let text = "وقصف الجيش الإسرائيلي مواقع في القطاع. وقال بيان الجيش إن الطائرات أصابت أهدافها.";
    assert_eq!(
        speaker_entity(text, "الطائرات أصابت").1.as_deref(),
        Some("israel-defense-forces")
    );
    // Not the last speaker (the minister) for a statement the text says another issued, nor the
    // outlet that obtained it.
    assert_ne!(
        speaker_entity(
            &format!("{lead}وقال البيان الصادر عن الوزارة إن المملكة تدين الهجوم."),
            "المملكة تدين"
        )
        .1
        .as_deref(),
        Some("jean-yves-le-drian")
    );
    let text = "وفي البيان الذي حصلت CNN على نسخة منه، أعرب القادة عن ثقتهم. \
                وجاء في البيان: \"نحن نقف معا\".";
    assert_ne!(speaker_entity(text, "نحن نقف").1.as_deref(), Some("cnn"));
    // Not a ranking: nothing is reported.
    let a = Article::parse("وجاء في المرتبة الثانية الفريق الأهلي.");
    assert!(a.quotes().is_empty());
}

/// "ومضى للقول"، "وخلص إلى القول"، "واختتم حديثه بالقول": the noun "saying" after the verb that
/// leads to it is a cue like قائلا; "يمكن القول إن" is nobody's.
#[test]
fn saying_after_a_leading_verb() {
    let lead = "وقال رئيس البلدية هانز بونتيه إن المدينة آمنة. ";
    assert_speakers(&[
        (
            &format!("{lead}ومضى للقول، \"لم يكن له سجل جنائي\"."),
            "لم يكن",
            "رئيس البلدية هانز بونتيه",
        ),
        (
            &format!("{lead}وخلص إلى القول \"قد تكون للأمر أسباب كثيرة\"."),
            "قد تكون",
            "رئيس البلدية هانز بونتيه",
        ),
        (
            "واختتم الوزير حديثه بالقول \"سنواصل العمل مع شركائنا\".",
            "سنواصل العمل",
            "الوزير",
        ),
        (
            "وعلقت الوزيرة على القرار بالقول إن \"الحكومة لن تتراجع\".",
            "الحكومة لن",
            "الوزيرة",
        ),
    ]);
    let text = "واختتم الوزير حديثه بالقول \"سنواصل العمل مع شركائنا\".";
    let a = Article::parse(text);
    assert_eq!(a.quotes()[0].kind, akhbar::QuoteKind::Direct);
    assert!(Article::parse("ويمكن القول إن الاقتصاد تعافى.")
        .quotes()
        .is_empty());
}

/// More verbs that report (أبان، بيّنت، نوّه، لاحظ، أصرّ), each only where reported words follow
/// when it has another sense (إبان "during", نوّه بـ "praised"); a prayer (سائلا الله أن) reports
/// nothing; an honorific (معالي) opens the subject; a family name with آل is a name.
#[test]
fn more_verbs_prayers_honorifics_and_family_names() {
    assert_speakers(&[
        (
            "وأبان معالي الرئيس العام للهيئة أن الأعمال الإجرامية مرفوضة.",
            "الأعمال الإجرامية",
            "الرئيس العام للهيئة",
        ),
        (
            "وبينت الوزارة أن الأسعار ستنخفض.",
            "الأسعار ستنخفض",
            "الوزارة",
        ),
        ("وأصر الوزير على أن الاتفاق \"لم يمت\".", "الاتفاق", "الوزير"),
        (
            "ولاحظ النائب أن المشروع يخدم الأحزاب.",
            "المشروع يخدم",
            "النائب",
        ),
        (
            "وعن توفير وسائل النقل، أبان آل مسفر أنه نسق مع البلدية.",
            "نسق مع",
            "آل مسفر",
        ),
    ]);
    for text in [
        "ونوه المدير بتماسك الشعب وقيادته، سائلا الله تعالى أن يتقبل الشهداء بالرحمة.",
        "وأعرب الأمير عن تعازيه، سائلا الله العلي القدير أن يتغمد الفقيد برحمته وأن يلهم أهله الصبر.",
        "وولد إبان الحرب العالمية الثانية في القاهرة.",
        "ولاحظ الزوار تغير لون المياه في البحيرة.",
    ] {
        assert!(Article::parse(text).quotes().is_empty(), "{text}");
    }
    // A name that ends with الله is no prayer.
    assert_speakers(&[(
        "وأعلن حسن نصر الله أنه شكل لجنة لمتابعة شؤون اللاجئين.",
        "شكل لجنة",
        "حسن نصر الله",
    )]);
}

/// One quoted word that nobody in the text is said to have said is a term, not a partial quote;
/// a word the text gives to a speaker stays that speaker's.
#[test]
fn a_lone_quoted_term_is_no_speech() {
    let text = "وأضاف أن المطعم افتتح فرعا جديدا في حي \"الشانزليزيه\" بالقرب من المتحف.";
    assert_eq!(
        kind_of(text, "الشانزليزيه"),
        Some(akhbar::QuoteKind::NonSpeech)
    );
    let text = "ووصف وزير الخارجية جان إيف لودريان الهجوم بأنه \"وحشي\".";
    let a = Article::parse(text);
    let q = a.quotes().iter().find(|q| q.content.slice(text) == "وحشي");
    assert!(
        q.is_some_and(|q| q.kind != akhbar::QuoteKind::NonSpeech && q.speaker.is_some()),
        "{:?}",
        a.quotes()
    );
}

/// A cue inside the words another speaker reports does not take over the conversation: in "قال
/// الوزير إن القرار أوضح مدى قوة جماعات الضغط"، the minister goes on speaking. Plurals of bodies
/// (الأحزاب، النقابات، المنظمات) speak.
#[test]
fn nested_cues_do_not_take_over_and_plural_bodies_speak() {
    let text = "وقال الوزير المستقيل إن هذا القرار أوضح مدى قوة جماعات الضغط. \
                وأضاف أنه محبط جراء الخطوات الصغيرة.";
    assert_eq!(
        speaker_entity(text, "محبط جراء").0.as_deref(),
        Some("الوزير")
    );
    let text = "وقالت الأحزاب اليسارية في بيان مشترك إن الهدف منه قطع الطريق على النظام.";
    assert_eq!(
        speaker_entity(text, "الهدف منه").0.as_deref(),
        Some("الأحزاب اليسارية")
    );
}

/// علي is also على as many write it: the given name after a role or title (المحامي علي الجهني),
/// the preposition after a verbal noun (القبض علي محمدين). A noun that heads a source may open
/// the sentence before its verb (مصادر ميدانية أكدت أن).
#[test]
fn ali_the_name_and_sources_before_the_verb() {
    assert_speakers(&[
        (
            "وقال المحامي علي الجهني إن القضية ستحال إلى المحكمة.",
            "القضية ستحال",
            "علي الجهني",
        ),
        (
            "مصادر ميدانية أكدت أن الميليشيات لم تكتف باحتجاز المدنيين.",
            "الميليشيات لم",
            "مصادر ميدانية",
        ),
    ]);
    let text = "وذكرت الصحيفة أن الشرطة ألقت القبض علي محمدين فجر الجمعة. وقال إن التهم غير واضحة.";
    let (speaker, _) = speaker_entity(text, "التهم غير");
    assert_ne!(speaker.as_deref(), Some("علي محمدين"));
}

/// A relative pronoun after a name the gazetteer does not know speaks for that name (نورة التي
/// قالت، طارق محمد الذي قال), and a shorter form of a full name given earlier is that person.
#[test]
fn relatives_after_unknown_names() {
    let text = "بعد ستة أشهر على الحادثة، التقيت نورة التي قالت: \"كنت أقصد أنني غاضبة\".\n\
                وأضافت: \"كان التحقيق كله عن تلك العبارة\".";
    assert_eq!(speaker_entity(text, "كنت أقصد").0.as_deref(), Some("نورة"));
    assert_eq!(
        speaker_entity(text, "كان التحقيق").0.as_deref(),
        Some("نورة")
    );
    let text = "وقال مدير المركز سامي عبد الكريم إن القصف مستمر. \
                ونقلت الوكالة عن عبد الكريم الذي اعتبر أن الهجوم مرتبط بفشل المفاوضات.";
    assert_eq!(
        speaker_entity(text, "الهجوم مرتبط").0.as_deref(),
        Some("سامي عبد الكريم")
    );
}

/// A short quotation right after the verb is the subject's name also when a prepositional phrase
/// comes before the reported clause: وقالت "فتح" في بيان صحفي إن.
#[test]
fn a_quoted_subject_before_a_prepositional_phrase() {
    let text = "وقالت \"فتح\" في بيان صحفي صادر عن مفوضية الإعلام إن الهجوم جريمة.";
    assert_eq!(
        speaker_entity(text, "الهجوم جريمة").0.as_deref(),
        Some("\"فتح\"")
    );
    assert_eq!(kind_of(text, "فتح"), Some(akhbar::QuoteKind::NonSpeech));
}

/// Verbs of a stated position (أدان، رحب، ندد، استنكر، شجب) report no clause, but their subject goes
/// on speaking; a quotation right after one is its object, not a direct quote. "أدانت المحكمة" is
/// a conviction.
#[test]
fn position_verbs_set_the_speaker() {
    let text =
        "وقال المتحدث باسم الحكومة إن الهجوم جبان.\nبدورها أدانت حركة حماس استهداف موكب رئيس الوزراء رامي الحمد الله، \
         وقالت في بيان \"هذه الجريمة محاولة للعبث بأمن غزة\".";
    assert_eq!(
        speaker_entity(text, "هذه الجريمة").1.as_deref(),
        Some("hamas")
    );
    let text = "ونددت الحكومة التركية \"بشدة\" بالهجوم على القنصلية.";
    let a = Article::parse(text);
    assert!(a
        .quotes()
        .iter()
        .all(|q| q.kind != akhbar::QuoteKind::Direct));
    let text = "وأدانت محكمة بريطانية رجلا بالتخطيط لهجمات، وقالت الشرطة إن التحقيق انتهى.";
    assert_eq!(
        speaker_entity(text, "التحقيق انتهى").0.as_deref(),
        Some("الشرطة")
    );
}

/// وبيّن (spelled like بين "between") opening a clause reports the words after its subject; a
/// name after a title may open with ب ل ك (الدكتور بدر); علي after بن is a name (فهد بن علي
/// العوفي); a definite noun after a family name is the verb's object (وحذر المخلفي الشباب).
#[test]
fn explained_names_after_titles_and_objects_after_names() {
    assert_speakers(&[
        (
            "وبيّن الأستاذ بالجامعة الدكتور بدر بن خضير المخلفي أن الخوارج شر من الأولين.",
            "الخوارج شر",
            "بدر بن خضير المخلفي",
        ),
        (
            "وبين المهندس فهد بن علي العوفي أن الاستعدادات اكتملت.",
            "الاستعدادات اكتملت",
            "فهد بن علي العوفي",
        ),
    ]);
    let text = "وحذر المخلفي الشباب من الشبهات التي يروجها الأعداء، مبينا أن الأنفس معصومة.";
    let (speaker, _) = speaker_entity(text, "الأنفس معصومة");
    assert_ne!(speaker.as_deref(), Some("المخلفي الشباب"));
    // "بين" the preposition stays one.
    let a = Article::parse("وتتواصل المحادثات بين الرياض وطهران منذ أشهر.");
    assert!(a.quotes().is_empty());
}

/// The outlet or reporter the words were given to ends the speaker's phrase (مصادر دبلوماسية
/// لمراسل بي بي سي، جيمس لاندالي: the sources speak), but after a role it is the role's genitive
/// (المدير العام لصحيفة); a role in apposition shows that words are a name (ألدر سلطانوف،
/// المتحدث باسم …); kin speak (حفيد الشاه).
#[test]
fn addressees_roles_and_kin() {
    assert_speakers(&[
        (
            "وقالت مصادر دبلوماسية لمراسل بي بي سي للشؤون الدبلوماسية، جيمس لاندالي، إن الوزير لن يحضر.",
            "الوزير لن",
            "مصادر دبلوماسية",
        ),
        (
            "وقال ألدر سلطانوف، المتحدث باسم مكتب المحامي العام، إن 31 شخصا أنقذوا.",
            "31 شخصا",
            "ألدر سلطانوف",
        ),
        (
            "وذكر تقرير لصحيفة \"الغارديان\" أن الحكومة تدرس الخطة.",
            "الحكومة تدرس",
            "تقرير لصحيفة \"الغارديان\"",
        ),
        (
            "وقال شاهد عيان لوكالة رويترز إن الانفجار هز المبنى.",
            "الانفجار هز",
            "شاهد عيان",
        ),
    ]);
}

#[test]
fn a_quoted_term_is_not_said_by_a_person_named_after_it() {
    // The outlet is quoted as a name, and the leader is only the party's.
    let text =
        "وبحسب النتائج التي رصدتها \"الجريدة\" فقد فاز حزب العمال بزعامة جيرمي كوربن بمقاعد جديدة.";
    assert_eq!(speaker_entity(text, "الجريدة"), (None, None));
}

#[test]
fn a_body_is_not_the_person_whose_role_names_it() {
    // "الحزب" has the head of the role's complement, not of the role: not Corbyn.
    let text = "قال زعيم حزب العمال البريطاني، جيرمي كوربن، إن الحكومة أخطأت. \
                وقال الحزب في بيان إن الانتخابات المقبلة حاسمة.";
    let (span, entity) = speaker_entity(text, "الانتخابات المقبلة");
    assert_eq!(span.as_deref(), Some("الحزب"));
    assert_ne!(entity.as_deref(), Some("jeremy-corbyn"));
    // A role's own head still names the person: "الوزير" after "وزير الخارجية …، أيمن الصفدي".
    let text = "قال وزير الخارجية الأردني، أيمن الصفدي، إن المنطقة في خطر. \
                وقال الوزير إن الحل سياسي.";
    assert_eq!(
        speaker_entity(text, "الحل سياسي").1.as_deref(),
        Some("ayman-safadi")
    );
}

#[test]
fn after_a_relative_pronoun_a_name_a_verb_describes_is_its_object() {
    // Safadi described Netanyahu: the words are Safadi's, not Netanyahu's.
    let text =
        "وقال وزير الخارجية الأردني أيمن الصفدي، الذي وصف بنيامين نتنياهو بأنه \"متطرف خطير\"، \
                إن المنطقة لا تحتمل حربا أخرى.";
    assert_eq!(
        speaker_entity(text, "متطرف خطير").1.as_deref(),
        Some("ayman-safadi")
    );
    // But "التي قالت الحكومة إنها": the verb's own subject speaks.
    let text = "ونفت الشركة الأنباء التي قالت الحكومة الأردنية إنها غير دقيقة.";
    assert_eq!(
        speaker_entity(text, "غير دقيقة").0.as_deref(),
        Some("الحكومة الأردنية")
    );
}

quotes! {
    // After a definite institution an indefinite word is the verb's object, and no name in
    // apposition: the speaker is the institution alone.
    institution_then_its_object: "ولم تذكر الوكالة تفاصيل بشأن عدد الضحايا، لكنها قالت إن الهجوم وقع ليلا.\n\nواستنكرت المنظمة ما وصفتها \"بالمداهمة\" للمخيم." => [
        ("الهجوم وقع", Indirect, Some("الوكالة"), None),
        ("بالمداهمة", Partial, Some("المنظمة"), None),
    ];
    // So after an institution's definite genitive; an outlet's name goes on after one.
    institution_genitive_then_object: "وأعلنت هيئة الطيران المدني حين توقيع العقد أن \"المطار سيفتح قريبا\".\n\nوقالت صحيفة الصنداي تايمز إن \"الحكومة تدرس القرار\"." => [
        ("المطار سيفتح", Direct, Some("هيئة الطيران المدني"), None),
        ("الحكومة تدرس", Direct, Some("صحيفة الصنداي تايمز"), None),
    ];
    // A plural verb in the past (كانوا، تداولوا) or أمام ends the subject; a given name that
    // ends like one (فرانسوا) does not.
    subject_ends_before_a_plural_verb: "وقال شهود كانوا داخل المبنى إن \"الانفجار كان قويا\".\n\nوقال وزير الزراعة هان تشانغ أمام المؤتمر إن \"المحصول وفير\".\n\nوقال السفير فرانسوا دوبوا إن \"الزيارة ناجحة\"." => [
        ("الانفجار", Direct, Some("شهود"), None),
        ("المحصول", Direct, Some("وزير الزراعة هان تشانغ"), None),
        ("الزيارة", Direct, Some("فرانسوا دوبوا"), None),
    ];
    // "قولهم" (their saying) after the source and "وهو" (and he is) after a name end the phrase.
    saying_noun_and_clause_opener_end_the_source: "ونقلت الوكالة عن شهود عيان قولهم إن \"الانفجار هز المدينة\".\n\nوقال شاهد العيان دارين لوبي، وهو مصور، إن \"المشهد كان مروعا\"." => [
        ("الانفجار", Direct, Some("شهود عيان"), None),
        ("المشهد", Direct, Some("شاهد العيان دارين لوبي"), None),
    ];
    // A country's name without the article after a definite noun is the verb's object.
    country_name_is_the_object: "وطالبت المجموعة روسيا بوقف \"تقويض الأنظمة الديمقراطية\" في أوروبا." => [
        ("تقويض", Partial, Some("المجموعة"), None),
    ];
    // Professions and roles that speak (أخصائي، مهندس، العاهل، السفيرة): the name after the
    // title is the speaker; without one, the role is.
    professions_and_roles_speak: "وقال أخصائي التغذية الدكتور سامر العتيبي إن \"الصيام مفيد\".\n\nوقال مهندس المشروع وليد الحربي إن \"العمل يتقدم\".\n\nوقالت السفيرة الكندية إن \"بلادها تدعم الحوار\".\n\nوقال العاهل المغربي إن \"الإصلاح مستمر\"." => [
        ("الصيام", Direct, Some("سامر العتيبي"), None),
        ("العمل", Direct, Some("وليد الحربي"), None),
        ("بلادها", Direct, Some("السفيرة الكندية"), None),
        ("الإصلاح", Direct, Some("العاهل المغربي"), None),
    ];
    // A person's name inside a place's name (مدينة الملك سعود، جامعة الملك عبدالله) is nobody
    // speaking: the title and name after the place are.
    name_in_a_place_name_does_not_speak: "وحذر استشاري الأطفال بمدينة الملك سعود الطبية الدكتور ماجد الشهري من الإهمال، مبينا أن \"الوقاية أسهل\".\n\nوقال مدير مطار الملك خالد الدولي يوسف الدوسري إن \"الرحلات منتظمة\"." => [
        ("الوقاية", Direct, Some("ماجد الشهري"), None),
        ("الرحلات", Direct, Some("يوسف الدوسري"), None),
    ];
    // A definite noun takes no genitive: a bare feminine noun after it is the verb's object; so is
    // a feminine country's name after a masculine role. "وهو" after a name ends it.
    object_after_a_definite_role: "وأبلغت السفيرة مجموعة من الصحفيين أن \"الأولويات تغيرت\".\n\nووصف المرشد الأعلى السعودية بأنها \"شريك صعب\".\n\nوقال كارل يانسن وهو أستاذ بجامعة أوسلو إن \"النتائج مشجعة\".\n\nوقال المصدر نفسه إن \"التحقيق مستمر\"." => [
        ("الأولويات", Direct, Some("السفيرة"), None),
        ("شريك صعب", Partial, Some("المرشد الأعلى"), None),
        ("النتائج", Direct, Some("كارل يانسن"), None),
        ("التحقيق", Direct, Some("المصدر نفسه"), None),
    ];
    // A given name after a role's words starts the name in apposition, علي inside it included;
    // a given name alone before the reported words is a name too.
    given_name_after_a_role: "وأكد المدعي العام سامي علي الراشد أن \"التحقيقات بدأت\".\n\nوعبر مدير المركز هاني جمعة للصحيفة \"عن قلقه من الحكم\".\n\nوصرح مدير الموارد البشرية خالد بأن \"الافتتاح قريب\"." => [
        ("التحقيقات", Direct, Some("سامي علي الراشد"), None),
        ("عن قلقه", Partial, Some("هاني جمعة"), None),
        ("الافتتاح", Partial, Some("خالد"), None),
    ];
    // A short quoted name after a person's noun and nation, after "what X published", or opening
    // with a title, is a name; بيّن after قد is "explained".
    short_names_and_explained_after_qad: "وركز المدرب الروماني «بولسكو» على اللياقة.\n\nوأوضحت الشركة، ردا على ما نشرته «الرياض»، أن \"العطل أصلح\".\n\nوأكد وزير الصحة \"د. فهد العمري\" أهمية الوقاية.\n\nوفي هذا السياق، فقد بين المدير أن \"العمل مستمر\"." => [
        ("بولسكو", NonSpeech, None, None),
        ("الرياض", NonSpeech, None, None),
        ("العطل", Direct, Some("الشركة"), None),
        ("د. فهد العمري", NonSpeech, None, None),
        ("العمل مستمر", Direct, Some("المدير"), None),
    ];
    // An outlet the words were given to (لوكالة رويترز) is no speaker, the source of وفقا لـ is;
    // "العام الماضي" is when, not who; a person in a وهو clause about the subject, or named after
    // the subject's name in apposition and another comma, is not the subject.
    addressee_time_and_clauses: "لكن شاكر قال لوكالة رويترز \"لم أدع إلى المقاطعة\".\n\nووفقا لوكالة رويترز، فإن \"الاتفاق انهار\".\n\nوكان وزير الهجرة الكندي ذكر العام الماضي أن \"اللاجئين وصلوا\".\n\nوأضاف نافالني، وهو أشد خصوم الرئيس فلاديمير بوتين، أنه \"اعتقل مجددا\".\n\nودعا زعيم الجمهوريين في الكونغرس، بول راين، الاثنين، دونالد ترامب إلى أن \"يدرك الخطر\"." => [
        ("لم أدع", Direct, Some("شاكر"), None),
        ("الاتفاق", Direct, Some("وكالة رويترز"), None),
        ("اللاجئين", Direct, Some("وزير الهجرة الكندي"), None),
        ("اعتقل", Direct, Some("نافالني"), None),
        ("يدرك", Direct, Some("بول راين"), None),
    ];
    // A name after المدعو / تدعى is a name; "بيانه" after the subject is its object.
    called_names_and_own_statement: "ورجحت مصادر أمنية أن الانتحارية التي تدعى \"سلمى\" كانت على صلة بالمدعو \"أبو خالد\".\n\nوختم الحزب بيانه بالإشارة إلى أن \"الحكم ابتدائي\"." => [
        ("سلمى", NonSpeech, None, None),
        ("أبو خالد", NonSpeech, None, None),
        ("الحكم ابتدائي", Direct, Some("الحزب"), None),
    ];
    // Plural roles speak (الوزراء الأوروبيون); حين and القول close a name; an adverbial
    // participle after the verb (طالبا) is no name.
    plural_roles_and_name_ends: "وأقر الوزراء الأوروبيون بأن \"تركيا شريك أساسي\".\n\nوقال آبي حين نجا من الحادثة \"إنها محاولة فاشلة\".\n\nونقلت الوكالة عن المتحدث سامي مشعشع القول إن \"الأزمة خانقة\".\n\nوقال الضابط إن الهجوم وقع ليلا. وأضاف طالبا عدم الكشف عن هويته \"تعرضوا لهجوم\"." => [
        ("تركيا", Partial, Some("الوزراء الأوروبيون"), None),
        ("إنها", Direct, Some("آبي"), None),
        ("الأزمة", Direct, Some("سامي مشعشع"), None),
        ("تعرضوا", Direct, Some("الضابط"), None),
    ];
    // So is a bare feminine plural after a definite noun.
    plural_object_after_a_definite_subject: "وأورد التقرير مبررات مسؤولين للقرار، ومنها \"العبء الاقتصادي\" الكبير." => [
        ("العبء", Partial, Some("التقرير"), None),
    ];
    // A role may go on with a prepositional phrase before the name in apposition; "قولها" after
    // the source closes the name.
    name_after_a_role_and_its_phrase: "وقال القيادي في حزب الأمل، كريم الصغير، إن \"الحزب موحد\".\n\nونقل البيان عن الباحثة في المنظمة، رنا حداد قولها إن \"الوضع خطير\"." => [
        ("الحزب موحد", Direct, Some("كريم الصغير"), None),
        ("الوضع خطير", Direct, Some("رنا حداد"), None),
    ];
    // A quoted name after a place noun is the place's name, not speech; and "مصالح الأمن"
    // (Maghrebi "the security services") speaks.
    place_name_in_quotes: "وأعلنت مصالح الأمن البولونية أن الجثث عثر عليها بضاحية \"ماركيتا\" جنوب العاصمة، وأن \"التحقيق مستمر\"." => [
        ("ماركيتا", NonSpeech, None, None),
        ("التحقيق", Direct, Some("مصالح الأمن البولونية"), None),
    ];
    // A mark after a tatweel opens (لـ" العربية "), so the indirect speech after it is found;
    // a quoted name after قضية, نوع or تحالف is a name.
    tatweel_mark_and_named_things: "وأفاد مصدر عسكري لـ\" الوطن \" أن القوات تقدمت. وقال المحقق إن الطائرة أسقطت بصاروخ من نوع \"سهم\" في قضية \"الجسر الأزرق\"." => [
        ("الوطن", NonSpeech, None, None),
        ("القوات تقدمت", Indirect, Some("مصدر عسكري"), None),
        ("سهم", NonSpeech, None, None),
        ("الجسر الأزرق", NonSpeech, None, None),
    ];
    // وبين is "and explained" even before a coordinated subject; a statistic (إحصائية) may be the
    // source.
    explained_and_statistics: "وبين المدير العام والمشرف أن \"العمل مستمر\".\n\nوأوضحت إحصائية رسمية أن \"الأعداد تضاعفت\"." => [
        ("العمل مستمر", Direct, Some("المدير العام والمشرف"), None),
        ("الأعداد", Direct, Some("إحصائية رسمية"), None),
    ];
}

#[test]
fn a_person_named_in_the_object_of_a_reaction_is_not_its_subject() {
    // "واستنكر تكليف رئيس الحكومة يوسف الشاهد": the appointment is the object; the words after
    // are the earlier speaker's, not Chahed's.
    let text = "وقال القيادي في الحزب، خميس الورفلي، إن الأزمة عميقة. \
                واستنكر تكليف رئيس الحكومة يوسف الشاهد برئاسة الهيئة، \
                واعتبر أن \"القرار خاطئ\".";
    let (span, entity) = speaker_entity(text, "القرار خاطئ");
    assert_eq!(span.as_deref(), Some("خميس الورفلي"));
    assert_eq!(entity, None);
}

#[test]
fn a_plural_participle_is_no_one_persons() {
    // "مشيرين" (plural): the students speak, not the prince they thanked.
    let text = "وعبر الطلبة المتخرجون عن شكرهم لصاحب السمو الملكي الأمير محمد بن سلمان \
                لإعطائهم الفرصة، مشيرين إلى أنهم يتطلعون للدراسة في أفضل الجامعات.";
    let (_, entity) = speaker_entity(text, "يتطلعون");
    assert_eq!(entity, None);
}

#[test]
fn between_a_coordinated_pair_is_no_cue() {
    // "بين ولي العهد … والرئيس …، يجمع متابعون على أن": between the two, not "explained".
    let text = "قبيل اللقاء المرتقب في البيت الأبيض، بين ولي العهد السعودي الأمير محمد بن سلمان \
                والرئيس الأميركي دونالد ترامب، يجمع متابعون على أن اللقاء سيحمل ثقلا كبيرا.";
    let a = Article::parse(text);
    let between: Vec<_> = a
        .quotes()
        .iter()
        .filter(|q| q.cue.is_some_and(|c| c.slice(text) == "بين"))
        .collect();
    assert!(between.is_empty(), "بين read as a cue: {between:?}");
}

#[test]
fn a_prepositional_phrase_after_a_role_is_no_name() {
    // "القاضية ليندا موريس، بمحكمة ليدز،": the court, between commas, is not the judge's name.
    let text = "وقالت القاضية ليندا موريس، بمحكمة ليدز، إن المتهم \"خطير\".\n\n\
                وقالت القاضية إن \"الحكم نهائي\".";
    let (span, _) = speaker_entity(text, "الحكم نهائي");
    assert_eq!(span.as_deref(), Some("القاضية"));
}

#[test]
fn an_unnamed_body_of_one_country_is_no_body_named_earlier_of_another() {
    // The union named before is the European Union: الاتحاد الكرواتي is someone else.
    let text = "وغرم الاتحاد الأوروبي نظيره الكرواتي مئة ألف يورو. وكان الاتحاد الكرواتي قد ندد بالحادثة التي \"تسيء لكرة القدم\".";
    assert_eq!(
        speaker_entity(text, "تسيء"),
        (Some("الاتحاد الكرواتي".into()), None)
    );
    // With no country named in the phrase, الاتحاد is the union named before.
    let text = "وغرم الاتحاد الأوروبي الشركة مئة ألف يورو. وقال الاتحاد إن \"القرار نهائي\".";
    assert_eq!(
        speaker_entity(text, "القرار نهائي").1,
        Some("european-union".into())
    );
}

#[test]
fn an_outlet_talked_to_or_named_after_a_noun_is_no_quote() {
    // After مع / إلى following a word of talking, a quoted name is the outlet talked to.
    let text = "وقال الوزير في حديثه مع \"العربية.نت\" إن الاتفاق قريب.";
    assert_eq!(kind_of(text, "العربية.نت"), Some(K::NonSpeech));
    let text = "وأكد النائب خلال حديثه إلى \"الوطن\" أن المشروع تأخر.";
    assert_eq!(kind_of(text, "الوطن"), Some(K::NonSpeech));
    let text = "وقال العقيد، في اتصال هاتفي مع \"الوطن\"، إن المعارك اشتدت.";
    assert_eq!(kind_of(text, "الوطن"), Some(K::NonSpeech));
    // So is one after a guest of a programme or a news agency: names, not words said.
    let text = "وقال ضيف \"بوليتيكا\" إن الأزمة ستطول، بحسب وكالة أنباء \"سبأ\".";
    assert_eq!(kind_of(text, "بوليتيكا"), Some(K::NonSpeech));
    assert_eq!(kind_of(text, "سبأ"), Some(K::NonSpeech));
    // Not after "the plane": "الطائرة "تحطمت"" quotes what was said of it.
    let text = "وأوردت الوكالة أن الطائرة \"تحطمت عند تقاطع\" طريقين.";
    assert_ne!(kind_of(text, "تحطمت عند تقاطع"), Some(K::NonSpeech));
}

/// رأي (written with ي) is the noun "opinion", not the verb رأى: "استطلاعات رأي أجريت" reports
/// nothing, and the word after it is no speaker.
#[test]
fn opinion_is_no_verb() {
    let text = "وأظهرت استطلاعات رأي أجريت مؤخرا أن معظم الناخبين يرفضون الاتفاق.";
    let a = Article::parse(text);
    assert!(
        a.quotes().iter().all(|q| q.kind == K::NonSpeech
            || q.speaker
                .as_ref()
                .is_none_or(|s| s.span.slice(text) != "أجريت")),
        "{:?}",
        a.quotes()
    );
    assert!(a
        .quotes()
        .iter()
        .all(|q| q.cue.is_none_or(|c| c.slice(text) != "رأي")));
}

/// "The statement" speaks for whoever was said to speak in a statement before, not for the person
/// that statement named last.
#[test]
fn the_statement_is_its_issuer_s() {
    let text = "أعلن الكرملين في بيان أن الرئيس الروسي سيستقبل الشيخ محمد بن زايد غدا.\n\nوأشار البيان إلى أن الزيارة تستمر يومين.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text).starts_with("الزيارة"))
        .expect("the second quote");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.span.slice(text), "الكرملين");
    assert_eq!(speaker.entity.as_ref().map(|e| e.id()), Some("kremlin"));
}

/// A role is no role of the person named after "with" it: "الرئيس الأميركي أول قمة له مع بوتين"
/// does not make Putin the American president.
#[test]
fn no_apposition_across_with() {
    let text = "أعرب الرئيس الأميركي دونالد ترامب، الأحد، عن أمله في علاقات جيدة مع موسكو.\nويجري الرئيس الأميركي أول قمة له مع بوتين في هلسنكي.\nوكان الرئيس الأميركي قد قال إن الحمق هو السبب.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text).starts_with("الحمق"))
        .expect("the quote");
    let entity = q.speaker.as_ref().and_then(|s| s.entity.as_ref());
    assert_eq!(entity.map(|e| e.id()), Some("donald-trump"));
}

/// A word of necessity, possibility or plan takes its own أن: the clause after it is no one's
/// reported words ("التي كان من المقرر أن تبدأ"، "ما يمكن أن").
#[test]
fn a_modal_an_is_no_reported_clause() {
    for text in [
        "انتقد الوزير المعارضة بسبب تأجيل المحادثات التي كان من المقرر أن تبدأ أمس.",
        "وحذر الخبير من العواقب وما يمكن أن تؤدي إليه الأزمة.",
        "وانتقدت الوزيرة الخطة التي يجب أن تعرض على البرلمان.",
        "وهدد الرئيس بعمل عسكري، ومن هنا لا يبدو أن هناك اتساقا في موقفه.",
    ] {
        assert!(Article::parse(text).quotes().is_empty(), "{text}");
    }
    // The cue's own complementizer still opens the clause before a modal one.
    let text = "وقال الوزير إن المحادثات التي كان من المفترض أن تبدأ أمس تأجلت.";
    assert_eq!(
        speaker_entity(text, "المحادثات التي").0.as_deref(),
        Some("الوزير")
    );
}

/// A quote that fills its own sentence after a speaker's quote goes on with that speaker, even
/// when it names a country or a person inside (no subject of the sentence, which is all quote);
/// a heading line that is only a quote, with no stop, does not.
#[test]
fn a_quote_naming_someone_inside_continues_the_speaker() {
    let text =
        "قال الوزير: «الوضع صعب جدا هنا».\n«إن تحميل اليونان قروضا إضافية يتوافق مع الجنون».";
    assert_eq!(
        speaker_entity(text, "إن تحميل").0.as_deref(),
        Some("الوزير")
    );
    let text = "قال الوزير: «الوضع صعب جدا هنا».\n\"شمال العراق بعد شمال سوريا\"\nوتقدمت القوات.";
    assert_eq!(speaker_entity(text, "شمال العراق").0, None);
}

/// "عدة مصادر" (several sources) speaks; "عدة مرات" after the subject says how often, and
/// "مصادر عدة" keeps its quantifier.
#[test]
fn several_sources_speak() {
    assert_speakers(&[
        (
            "كشفت عدة مصادر، في تصريحات للصحفيين، أن المفاوضات توقفت.",
            "المفاوضات توقفت",
            "عدة مصادر",
        ),
        (
            "وأكد الوزير عدة مرات أن المفاوضات توقفت.",
            "المفاوضات توقفت",
            "الوزير",
        ),
        (
            "وقالت مصادر عدة إن المفاوضات توقفت.",
            "المفاوضات توقفت",
            "مصادر عدة",
        ),
    ]);
}

/// "الآن" after a verb is "now", not the given name آلان; an outlet credited in parentheses at
/// the head ("(CNN)--") is no subject of the sentence.
#[test]
fn now_and_a_credit_are_no_speakers() {
    let text = "لكن الخبراء في المتحف المحلي أكدوا الآن أنه يبلغ حوالي 1500 عام.";
    assert_eq!(speaker_entity(text, "يبلغ").0.as_deref(), Some("الخبراء"));
    let text = "(CNN)-- سارة علي هي مؤسسة أول مكتبة للأطفال في المدينة، وفي هذا الفيديو تشرح لماذا لا تسمي نفسها “ناشطة اجتماعية بارزة“.";
    assert_eq!(speaker_entity(text, "ناشطة").0, None);
}

/// أمام "in front of" is written like إمام "imam" once hamza is folded: after a verb it says
/// before whom, and the speaker is the one before; an imam still speaks.
#[test]
fn before_whom_is_no_speaker() {
    let text = "وقال الوزير إن الاتفاق صامد. وأضاف أمام النواب أن بلاده ستلتزم بالاتفاق.";
    assert_eq!(
        speaker_entity(text, "بلاده ستلتزم").0.as_deref(),
        Some("الوزير")
    );
    let text = "وقال إمام المسجد إن الصلاة ستقام غدا.";
    assert_eq!(
        speaker_entity(text, "الصلاة ستقام").0.as_deref(),
        Some("إمام المسجد")
    );
}

/// A sentence that opens with what it is about or when, then a comma ("وحول ملف المصالحة،
/// قال"), has no subject there: the speaker is the one before.
#[test]
fn an_adverbial_opener_is_no_subject() {
    let text = "وقال الرئيس إن الوضع صعب.\nوحول ملف المصالحة، قال: \"زارنا وفد من مصر قبل أيام\".";
    assert_eq!(
        speaker_entity(text, "زارنا وفد").0.as_deref(),
        Some("الرئيس")
    );
    // An adverb of manner after the verb is no subject either.
    let text = "وقال الرئيس إن الوضع صعب. ونفى تماما الاتهامات، وقال إن اللقاء كان قصيرا.";
    assert_eq!(
        speaker_entity(text, "اللقاء كان").0.as_deref(),
        Some("الرئيس")
    );
}

/// A participle plural in its construct form speaks ("متطوعو الدفاع المدني"), and "كما بيّن X
/// أن" is "as X explained", a cue.
#[test]
fn construct_plurals_and_kama_bayyana() {
    assert_speakers(&[
        (
            "وقال متطوعو الدفاع المدني إن القصف خلف 24 قتيلا.",
            "القصف خلف",
            "متطوعو الدفاع المدني",
        ),
        (
            "وقال موظفو الشركة إن الرواتب تأخرت.",
            "الرواتب تأخرت",
            "موظفو الشركة",
        ),
        (
            "كما بيّن المهندس سامي الحربي أن المشروع اكتمل.",
            "المشروع اكتمل",
            "سامي الحربي",
        ),
    ]);
    // (A name shaped like such a plural stays a name: مارسيلو.)
    let text = "وقال اللاعب البرازيلي مارسيلو كاماتشو إن الفريق جاهز.";
    assert_eq!(
        speaker_entity(text, "الفريق جاهز").0.as_deref(),
        Some("مارسيلو كاماتشو")
    );
}

/// Two or three words shaped as a name right before a role, with no comma between, are a name
/// the lexicons do not know ("وقال يورغين هاردت المتحدث باسم الحزب"), even when the role's
/// phrase names someone the gazetteer knows.
#[test]
fn an_unknown_name_before_its_role() {
    let text = "وقالت المستشارة أنغيلا ميركل إن الحوار مستمر. وقال يورغين هاردت المتحدث باسم الحزب التابع لميركل إن تحسن العلاقات يستلزم خطوات.";
    assert_eq!(
        speaker_entity(text, "تحسن العلاقات").0.as_deref(),
        Some("يورغين هاردت")
    );
}

/// A speaker's phrase ends before حول ("about") and before a clause opener (فيما، وهم).
#[test]
fn a_speaker_phrase_ends_before_about() {
    let text = "وقال مصدر مطلع حول التقرير إن التحقيق مستمر.";
    assert_eq!(
        speaker_entity(text, "التحقيق مستمر").0.as_deref(),
        Some("مصدر مطلع")
    );
    let text = "وأكد المصدر فيما إذا كانت تلك خدعة أن البحث مستمر.";
    assert_eq!(
        speaker_entity(text, "البحث مستمر").0.as_deref(),
        Some("المصدر")
    );
}

/// A reported clause goes on past a relative clause between commas right after its subject
/// ("أن الاتصالات، التي لا تزال في مرحلة أولية، تشمل …"), and إن that ends a hyphenated name
/// (مون جي-إن) opens no clause.
#[test]
fn a_relative_clause_after_the_subject_keeps_the_verb() {
    let text = "وأشار المسؤول إلى أن الاتصالات، التي لا تزال في مرحلة أولية، تشمل مسؤولين من الوزارة.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.kind == akhbar::QuoteKind::Indirect)
        .expect("the clause");
    assert!(
        q.content.slice(text).ends_with("تشمل مسؤولين من الوزارة"),
        "{}",
        q.content.slice(text)
    );
    let text = "وقال الرئيس مون جي-إن، الذي زار المنطقة، إن القمة ناجحة.";
    assert_eq!(quote_contents(text), ["القمة ناجحة"]);
}

/// A rank that is also a noun (الفريق "the team") titles a name in a short quote only before a
/// given name, its qualifier or a number: "الفريق جاهز للمباراة" is said, "اللواء 102" is a unit.
#[test]
fn the_team_is_no_rank() {
    let text = "وقال المدرب: \"الفريق جاهز للمباراة\".";
    assert_eq!(
        kind_of(text, "الفريق جاهز للمباراة"),
        Some(akhbar::QuoteKind::Direct)
    );
    assert_eq!(
        speaker_entity(text, "الفريق جاهز").0.as_deref(),
        Some("المدرب")
    );
    let text = "وقال الضابط إن قوات \"اللواء 102 خاصة\" وصلت.";
    assert_eq!(
        kind_of(text, "اللواء 102 خاصة"),
        Some(akhbar::QuoteKind::NonSpeech)
    );
}

/// A role completed by إلى / لدى (envoy to, ambassador at) is held by the person named after its
/// place: "مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف" speaks, linked.
#[test]
fn an_envoy_to_a_place_is_the_person_after_it() {
    for (text, who) in [
        (
            "قال مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف إن الجانبين بعيدان عن التسوية.",
            "nickolay-mladenov",
        ),
        (
            "وقال سفير السعودية لدى واشنطن خالد بن سلمان إن المحادثات مستمرة.",
            "khalid-bin-salman",
        ),
    ] {
        let a = Article::parse(text);
        let q = &a.quotes()[0];
        let entity = q.speaker.as_ref().and_then(|s| s.entity.as_ref());
        assert_eq!(entity.map(|e| e.id()), Some(who), "{text}");
    } // Someone met with is no speaker, named in full or not.
    let text = "وقال الوزير في مؤتمر صحفي مع الرئيس ماكرون إن المحادثات مستمرة.";
    assert_eq!(
        speaker_entity(text, "المحادثات مستمرة").0.as_deref(),
        Some("الوزير")
    );
}

/// A given name that opens with ب ل ك alone after the verb is the speaker ("ويقول بشير إن"), and
/// صحفي right after the verb is a journalist, not the press of "مؤتمر صحفي".
#[test]
fn bashir_and_a_journalist_speak() {
    assert_speakers(&[
        (
            "ويقول بشير إن ركوب الشاحنات يكون مثل العقوبة.",
            "ركوب الشاحنات",
            "بشير",
        ),
        (
            "وأوضح صحافي لوكالة فرانس برس أن الشبان اقتحموا المركز.",
            "الشبان اقتحموا",
            "صحافي",
        ),
    ]);
}

/// Ranks written as in English (الميجر جنرال، الكابتن، الكولونيل) stand before a name like العقيد:
/// the speaker is the name after them.
#[test]
fn ranks_transliterated_from_english_precede_the_name() {
    assert_speakers(&[
        (
            "وقال الميجر جنرال يوري فاسيلينكو رئيس المركز الروسي إن العملية ستبدأ غدا.",
            "العملية ستبدأ",
            "يوري فاسيلينكو",
        ),
        (
            "وقالت المتحدثة باسم شرطة المقاطعة الكابتن ثاندي موكوينا: \"عثرنا على السلاح في المكان\".",
            "عثرنا على السلاح",
            "ثاندي موكوينا",
        ),
    ]);
}

/// The person the words were said to ("قوله لبوتين"، "قال للرئيس بوتين") is not who said them.
#[test]
fn whom_the_words_were_said_to_is_no_speaker() {
    let text = "ونقل المسؤول عن بنيامين نتنياهو قوله لبوتين \"لن نتدخل في الحرب\".";
    assert_eq!(
        speaker_entity(text, "لن نتدخل").1.as_deref(),
        Some("benjamin-netanyahu")
    );
    let text = "وصل الوزير إلى موسكو. وقال للرئيس بوتين إن بلاده تريد الحوار.";
    assert_ne!(
        speaker_entity(text, "بلاده تريد").1.as_deref(),
        Some("vladimir-putin")
    );
}

/// A final or joint statement is a meeting's: its issuer is a body named before it, not the last
/// person named.
#[test]
fn a_final_statement_is_the_meetings() {
    let text = "اختتمت قمة مجموعة السبع أعمالها بعد أن رفض القادة دعوة الرئيس الأميركي دونالد ترامب لإعادة روسيا إلى المجموعة.\nوأورد البيان الختامي: \"ندعو روسيا إلى احترام القانون الدولي\".";
    assert_eq!(speaker_entity(text, "ندعو روسيا").1.as_deref(), Some("g7"));
    let text = "رفض القادة دعوة الرئيس الأميركي دونالد ترامب لإعادة روسيا إلى المجموعة.\nوأورد البيان الختامي: \"ندعو روسيا إلى احترام القانون الدولي\".";
    assert_eq!(
        speaker_entity(text, "ندعو روسيا"),
        (Some("البيان الختامي".to_string()), None)
    );
}

/// An indefinite source right before its verb is the verb's subject (Arabic writes the relative
/// clause of an indefinite noun with no pronoun): "تصريحات مسؤول كبير بوزارة الدفاع قال إن",
/// "ووفقا لمصادر أمنية أكدت أن" (the preposition is not the speaker's).
#[test]
fn an_indefinite_source_before_its_verb_speaks() {
    assert_speakers(&[
        (
            "قال الوزير إنه لن يضع جدولا زمنيا، في تناقض مع تصريحات مسؤول كبير بوزارة الدفاع قال إن واشنطن ستقدم جدولا قريبا.",
            "واشنطن ستقدم",
            "مسؤول كبير بوزارة الدفاع",
        ),
        (
            "ووفقا لمصادر أمنية أكدت للصحيفة أن عشرات المشتبه بهم اعتقلوا.",
            "عشرات المشتبه",
            "مصادر أمنية",
        ),
    ]);
    // "مسؤولين جدد" is "new officials", not the verb جدّد: the mayor goes on speaking.
    let text = "وأصرت العمدة على تعيين مسؤولين جدد.\nكما قالت إنها ستعيد تنظيم الشرطة.";
    assert_eq!(
        speaker_entity(text, "ستعيد تنظيم").0.as_deref(),
        Some("العمدة")
    );
}

/// الفريق before an adjective of a team is the team, not the rank: "الفريق القانوني" speaks as a
/// whole, and "رئيس الفريق التقني المهندس X" is X; the rank still titles a name.
#[test]
fn a_team_is_no_rank_before_its_adjective() {
    assert_speakers(&[
        (
            "وذكر الفريق القانوني لأسرة الرئيس أن القاضي أصدر حكمه دون أدلة.",
            "القاضي أصدر",
            "الفريق القانوني لأسرة الرئيس",
        ),
        (
            "وأوضح رئيس الفريق التقني المهندس ناصر بن عبدالله الفهيد أنه تم الانتهاء من الأعمال.",
            "تم الانتهاء",
            "ناصر بن عبدالله الفهيد",
        ),
        (
            "وقال الفريق الركن أحمد الهاشمي إن القوات تقدمت.",
            "القوات تقدمت",
            "أحمد الهاشمي",
        ),
    ]);
}

/// Survivors speak: "وأوضح الناجون الأربعة أن".
#[test]
fn survivors_speak() {
    assert_speakers(&[(
        "وأوضح الناجون الأربعة أن المركب انطلق الجمعة من ليبيا.",
        "المركب انطلق",
        "الناجون",
    )]);
}

/// A plural verb does not continue one person's words: after Assad's, "وقالوا إن" is others';
/// unknown rather than Assad.
#[test]
fn a_plural_verb_continues_no_one_person() {
    let text = "وقال الرئيس بشار الأسد إن الحرب انتهت.\nوقالوا إن الحرب لم تنته بعد.";
    assert_eq!(speaker_entity(text, "الحرب لم"), (None, None));
    // (A plural subject is continued: "وقال مسؤولون … وأضافوا".)
    let text = "وقال مسؤولون أميركيون إن المحادثات مستمرة.\nوأضافوا أن الاتفاق قريب.";
    assert_eq!(
        speaker_entity(text, "الاتفاق قريب").0.as_deref(),
        Some("مسؤولون أميركيون")
    );
}

/// Maghrebi given names that open with بو (بوجمعة، بوبكر) start a name, not a preposition: the
/// speaker is "بوجمعة الرميلي".
#[test]
fn maghrebi_given_names_with_bu() {
    assert_speakers(&[(
        "ونفى القيادي في الحركة بوجمعة الرميلي، في تصريح للإذاعة، أن تكون الهيئة منقسمة.",
        "تكون الهيئة",
        "بوجمعة الرميلي",
    )]);
}

/// A reporting verb coordinated after a comma with the sentence's first verb, whose subject is a
/// family name of the ال…ي shape, has that subject: "وقدم الحقباني شكره …، وقال: …".
#[test]
fn a_coordinated_verb_takes_the_first_verbs_family_name() {
    let text = "قال الوزير إن البطولة نجحت.\nوقدم الحقباني شكره لرئيس اللجنة على دعمه، وقال: \"الحمد لله على هذا الإنجاز\".";
    assert_eq!(
        speaker_entity(text, "الحمد لله").0.as_deref(),
        Some("الحقباني")
    );
    // (Not an adjective after the verb: "ومضى الأسبوع الماضي" has no subject to give.)
    let text = "قال الوزير إن البطولة نجحت.\nوشهد الأسبوع الماضي خلافات كثيرة، وقال: \"الحمد لله على هذا الإنجاز\".";
    assert_ne!(
        speaker_entity(text, "الحمد لله").0.as_deref(),
        Some("الماضي")
    );
}

/// One word in marks is a term the sentence uses, not a whole statement, unless it follows a
/// colon or is an answer ("لا"); two words may be a sentence and stay what they were.
#[test]
fn one_word_in_marks_is_partial() {
    let text = "ووصف الوزير الهجوم بأنه \"مروع\".";
    assert_eq!(kind_of(text, "مروع"), Some(K::Partial));
    let text = "وغطيت الأجساد بالأعلام على أنها \"جثامين\"، وقال المتحدث إن التحقيق مستمر.";
    assert_ne!(kind_of(text, "جثامين"), Some(K::Direct));
    let text = "وسئل المتحدث عن الاتفاق، فقال إن \"لا\".";
    assert_eq!(kind_of(text, "لا"), Some(K::Direct));
    let text = "وقال الوزير \"الوضع خطير\".";
    assert_eq!(kind_of(text, "الوضع خطير"), Some(K::Direct));
}

/// Two words the library does not know, then a comma and "one of" a group, are a name in
/// apposition ("أحد كبار المديرين"); آلان (Alain) is the name, not the filler الآن it folds onto.
#[test]
fn a_name_before_one_of_a_group_in_apposition() {
    assert_speakers(&[
        (
            "قال آلان كركوفيتش، أحد كبار المديرين في الشركة الوطنية للسكك الحديدية، إن القطارات ستتوقف الثلاثاء.",
            "القطارات ستتوقف",
            "آلان كركوفيتش",
        ),
        (
            "وقال الراهب باسيليوس المقاري، أحد الرهبان في الدير، \"إن الدير لا يستقبل الغرباء\".",
            "إن الدير لا يستقبل",
            "الراهب باسيليوس المقاري",
        ),
    ]);
}

/// سلاح before الجو / البحرية is a branch of the armed forces, which speaks ("قال سلاح الجو
/// الصيني إن"), not a weapon.
#[test]
fn an_air_force_speaks() {
    assert_speakers(&[(
        "وفي بيان على موقعه، قال سلاح الجو الصيني، إن مقاتلات انطلقت من عدة مطارات.",
        "مقاتلات انطلقت",
        "سلاح الجو الصيني",
    )]);
}

/// Words in marks that open with ب and the article complete the clause as its complement
/// (اتهم "بالتسبب …"، وصفه "بالكارثة الوطنية"): Partial. After a colon, or opening with a
/// sentence adverb (بالتأكيد), they are a statement.
#[test]
fn a_prepositional_complement_in_marks_is_partial() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وذكرت الشرطة أنه اتهم \"بالتسبب في تعطيل قطار الركاب\" وأنه سيمثل أمام المحكمة.",
            "بالتسبب في تعطيل قطار الركاب",
            Partial,
        ),
        (
            "وقال الوزير: \"بالتعاون بين الدول نستطيع مواجهة الإرهاب\".",
            "بالتعاون بين الدول نستطيع مواجهة الإرهاب",
            Direct,
        ),
        (
            "وأكد الرئيس أنه \"بالتعاون بين الدول نستطيع مواجهة الإرهاب\".",
            "بالتعاون بين الدول نستطيع مواجهة الإرهاب",
            Direct,
        ),
        (
            "وقال الوزير \"بالتأكيد سنواصل العمل مع شركائنا\".",
            "بالتأكيد سنواصل العمل مع شركائنا",
            Direct,
        ),
    ]);
}

/// مؤتمر after a role in the construct state is the role's genitive ("رئيس مؤتمر ميونيخ
/// للأمن"), not the "press conference" that ends a subject: the name in apposition speaks.
#[test]
fn a_conference_after_a_role_is_its_genitive() {
    assert_speakers(&[(
        "قال رئيس مؤتمر ميونيخ للأمن، فولفجانغ إيشينغر، إن القمة قد تفشل.",
        "القمة قد تفشل",
        "فولفجانغ إيشينغر",
    )]);
}

/// One word in marks right after an outlet the gazetteer knows is its name, not words it said:
/// "وكالة الأنباء اليمنية «سبأ»".
#[test]
fn an_outlets_name_in_marks_is_no_speech() {
    let text = "ونقلت وكالة الأنباء اليمنية \"سبأ\" عن الوزيرة قولها إن الوضع صعب.";
    assert_eq!(kind_of(text, "سبأ"), Some(akhbar::QuoteKind::NonSpeech));
}

/// والد، والدة ("father", "mother") open with the letters of و + ال but are nouns of kin: the
/// parent speaks, not the child named after the noun; the outlet the words were given to is
/// not part of the speaker.
#[test]
fn a_parent_speaks_for_their_child() {
    assert_speakers(&[
        (
            "وقال والد مايكل براون إن العائلة ستواصل المطالبة بالعدالة.",
            "العائلة ستواصل",
            "والد مايكل براون",
        ),
        (
            "وقال والد كامبل لبي بي سي إن ابنته كانت تريد عالما أفضل.",
            "ابنته كانت",
            "والد كامبل",
        ),
        ("وأكدت والدته أن ابنها بريء.", "ابنها بريء", "والدته"),
        (
            "وقال رابهاكار شودري أحد مسؤولي الشرطة إن الحصيلة مرشحة للزيادة.",
            "الحصيلة مرشحة",
            "رابهاكار شودري",
        ),
    ]);
}

/// والي ("governor", as written with ي) heads a role like وزير; وإلى ("and to") folds onto the
/// same letters and stays the preposition. A phrase of company after a role's name
/// ("بحضور المندوبين") is no name to take the role's later mentions.
#[test]
fn a_governor_speaks() {
    assert_speakers(&[
        (
            "وقال والي ولاية الخرطوم إن المدينة آمنة.",
            "المدينة آمنة",
            "والي ولاية الخرطوم",
        ),
        (
            "أشرف الوزير على تنصيب والي سوسة الجديد عادل الشليوي، بحضور المندوبين الجهويين، ونواب الجهة.\nوقال الوالي الجديد، في أول تصريح له، إن يده ممدودة للجميع.",
            "يده ممدودة",
            "الوالي الجديد",
        ),
    ]);
}

/// عمدة ("mayor") ends in ة but takes a masculine verb: "وقال عمدة المدينة" is the mayor, not
/// the speaker before.
#[test]
fn a_mayor_takes_a_masculine_verb() {
    assert_speakers(&[(
        "وقال الوزير: \"سنراجع القرار\".\nوقال عمدة المدينة: \"منعت الوفد من الدخول\".",
        "منعت الوفد",
        "عمدة المدينة",
    )]);
}

/// After a name in marks a bare word is the verb's object, not part of the speaker: "نقل موقع
/// «فردا نيوز» اعتراف المسؤول" relays the official's admission, whose subject speaks; a genitive
/// with ل stays (معهد «IAB» لأبحاث التوظيف).
#[test]
fn a_quoted_name_ends_before_the_verbs_object() {
    assert_speakers(&[
        (
            "ونقل موقع \"فردا نيوز\" اعتراف المسؤول أن الاتفاق قريب.",
            "الاتفاق قريب",
            "المسؤول",
        ),
        (
            "وقال معهد \"IAB\" لأبحاث التوظيف إن ألمانيا تحتاج إلى العمال.",
            "ألمانيا تحتاج",
            "معهد \"IAB\" لأبحاث التوظيف",
        ),
    ]);
}

/// A quoted name after an outlet's or a body's noun (وكالة أنباء «فارس»، تنظيم «داعش») belongs
/// to the speaker, and links to the body named before whose name ends with it.
#[test]
fn a_quoted_name_links_to_the_body_named_before() {
    let text = "أعلنت وكالة أنباء فارس أن الحرس الثوري شن هجوما.\nوأضافت وكالة أنباء \"فارس\" الإيرانية أن الهجوم استهدف مقرا.";
    assert_eq!(
        speaker_entity(text, "الهجوم استهدف"),
        (
            Some("وكالة أنباء \"فارس\" الإيرانية".to_string()),
            Some("fars-news-agency".to_string())
        )
    );
}

/// Words in marks right after a preposition written apart (دعا إلى "…"، أعرب عن "…"، حذر من
/// "…") complete the clause: Partial, not a Direct statement.
#[test]
fn a_quote_after_a_preposition_is_partial() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "ودعت قطر القوى الدولية إلى \"التحرك الفوري لإيقاف آلة القتل\".",
            "التحرك الفوري لإيقاف آلة القتل",
            Partial,
        ),
        (
            "وأعرب الوزير عن \"استنكار بلاده الشديد للهجوم\".",
            "استنكار بلاده الشديد للهجوم",
            Partial,
        ),
    ]);
}

/// A demonym right after a verb of saying stands for people of that nation: alone it is the
/// speaker ("ويقول الفلسطينيون إن"), before a name the name is ("وقال الباراغوياني خوان نابوت").
#[test]
fn a_nation_standing_for_its_people_speaks() {
    assert_speakers(&[
        (
            "وقال الوزير إن الحدود مغلقة. ويقول الفلسطينيون إن المعبر مغلق منذ أسبوع.",
            "المعبر مغلق",
            "الفلسطينيون",
        ),
        (
            "وقال الباراغوياني خوان نابوت إن القارة ستدعم المرشح.",
            "القارة ستدعم",
            "خوان نابوت",
        ),
        // Plurals of the فاعل pattern that name people: عاملون، لاجئون.
        (
            "وقال المعهد إن الجثة نقلت. وقال عاملون بالحانة التي كان يملكها الضحية إنه غادر مبكرا.",
            "غادر مبكرا",
            "عاملون بالحانة",
        ),
    ]);
}

/// After a number طالب is the noun "student" (or "applicant"), not the verb "demanded": no
/// quote of its own, no speaker "وطالبة".
#[test]
fn talib_after_a_number_is_a_student() {
    let text =
        "وأوضح المدير أن الملحقية تتابع دراسة 120 ألف طالب وطالبة، وأن هناك 350 ناديا طلابيا.";
    let a = Article::parse(text);
    assert!(
        a.quotes().iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| !s.span.slice(text).contains("طالبة"))),
        "{:?}",
        a.quotes()
    );
}

/// A kunya in marks is a name, not a statement: "مقتل "أبو عياض التونسي"". A name the words
/// were given to an outlet after ends before it: "عيسى قراقع لوكالة "رويترز"".
#[test]
fn kunyas_in_marks_and_the_outlet_after_a_name() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "أعلنت مصادر أمنية مساء اليوم عن مقتل \"أبو سالم الليبي\" خلال اشتباكات غرب المدينة.",
            "أبو سالم الليبي",
            NonSpeech,
        ),
        // ("Mother of all wars" is the speaker's phrase.)
        (
            "وحذر الرئيس من أن الحرب ستكون \"أم الحروب\" حسب تعبيره.",
            "أم الحروب",
            Partial,
        ),
    ]);
    assert_speakers(&[(
        "وقال رئيس الهيئة، سامي قرعان لوكالة \"رويترز\" إنه تم التوصل إلى اتفاق.",
        "تم التوصل",
        "سامي قرعان",
    )]);
}

/// The name of a radio or a paper the words were given to, in marks after its noun with ل
/// (لراديو "…"، لإذاعة "…"، لجريدة "…"), is no statement.
#[test]
fn an_outlet_named_after_its_noun_with_lam_is_no_statement() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وفي تصريحات لراديو \"صوت المدينة\"، قال الوزير إن المحادثات مستمرة.",
            "صوت المدينة",
            NonSpeech,
        ),
        (
            "وفي حديث لإذاعة \"مونت كارلو\"، قال المدرب إن الفريق جاهز.",
            "مونت كارلو",
            NonSpeech,
        ),
    ]);
}

/// Place names after a plural place noun (مديريات، مناطق) and an outlet after "خاص بـ" are
/// names, not statements.
#[test]
fn names_after_plural_places_and_exclusive_outlets() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وتلاحق القوات عناصر التنظيم في مديريات “دوعن والضليعة وحجر“ شرق المحافظة.",
            "دوعن والضليعة وحجر",
            NonSpeech,
        ),
        (
            "وأكد المسؤول في تصريح خاص بـ\"العربية\" أمس أن الاتفاق قريب.",
            "العربية",
            NonSpeech,
        ),
    ]);
}

/// A name in marks after a naming noun written with ل or ب (لحزب، لشركة، بمسرحية) is a name, not
/// a statement; indefinite adjectives agreeing with the noun stay the speaker's words.
#[test]
fn names_after_naming_nouns_with_lam_or_beh() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وانضم النائب عام 1998 لحزب \"التجمع الوطني الحر\" قبل أن يستقيل منه.",
            "التجمع الوطني الحر",
            NonSpeech,
        ),
        (
            "وقال المدير التنفيذي لشركة \"نخيل الشرق\" إن الأرباح ارتفعت هذا العام.",
            "نخيل الشرق",
            NonSpeech,
        ),
        (
            "وعاد الممثل إلى المسرح بمسرحية \"بيت الجيران\" التي عرضت في جدة.",
            "بيت الجيران",
            NonSpeech,
        ),
        // (And the armed groups and bodies: هيئة، فصيل، جبهة، كتيبة، ميليشيا.)
        (
            "ومنع مسلحون دخول شاحنات أدوية أرسلتها هيئة \"الهلال الأزرق\" إلى المدينة.",
            "الهلال الأزرق",
            NonSpeech,
        ),
        (
            "وقال ناشطون إن ميليشيا \"فرسان الجبل\" انسحبت من القرية.",
            "فرسان الجبل",
            NonSpeech,
        ),
        (
            "وقالت مصادر عسكرية إن الجيش يستعد لعملية \"ضخمة\" في ريف المدينة.",
            "ضخمة",
            Partial,
        ),
        (
            "وقال الرئيس إن بلاده سترد بصواريخ \"جديدة وذكية\" إذا تكرر الهجوم.",
            "جديدة وذكية",
            Partial,
        ),
    ]);
}

/// An agreement or a law with its name in marks (اتفاقية "…"، لقانون "…"), a model (طرازي "…"), a
/// station (محطة "…"، "محطة الشمال"), a market index (مؤشر "…"), a company after its phrase
/// (شركة الطيران الإيطالية "…"), a slogan or a title (تحت شعار "…"، بعنوان "…") or a case
/// as the media call it (المعروفة إعلاميا بـ"…") is named; the definite agreement ("الاتفاق
/// "لم يمت"") and an adjective after the noun are still someone's words.
#[test]
fn names_of_agreements_and_laws() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وقال الوزير إن بلاده انسحبت من اتفاقية \"الممر الأخضر\" العام الماضي.",
            "الممر الأخضر",
            NonSpeech,
        ),
        (
            "وصوت البرلمان بالأغلبية لقانون \"حماية الشواطئ\" بعد نقاش طويل.",
            "حماية الشواطئ",
            NonSpeech,
        ),
        (
            "وقال الجيش إن المسلحين أطلقوا صواريخ من طرازي \"غراد\" و\"فجر\" على القاعدة.",
            "غراد",
            NonSpeech,
        ),
        (
            "وقال المرصد إن المساحة الباقية تحت سيطرة \"فصيل جيش الوادي\" المتشدد.",
            "فصيل جيش الوادي",
            NonSpeech,
        ),
        // (A slogan or a title may run longer than a name.)
        (
            "وقال المنظمون إن المعرض أقيم تحت شعار \"الرضاعة الطبيعية مسؤولية الجميع في البيت والعمل\".",
            "الرضاعة الطبيعية مسؤولية الجميع في البيت والعمل",
            NonSpeech,
        ),
        (
            "وقالت الشرطة إنها اعتقلت رجلا في محطة \"الميناء الغربي\" للقطارات.",
            "الميناء الغربي",
            NonSpeech,
        ),
        (
            "وقالت القناة إن الشرطة اعتقلت رجلا بـ\"محطة الشمال\" للقطارات.",
            "محطة الشمال",
            NonSpeech,
        ),
        (
            "وقال المحامي إن المحكمة قضت بسجن المتهمين في القضية المعروفة إعلاميا بـ\"خلية الساحل\".",
            "خلية الساحل",
            NonSpeech,
        ),
        // (The naming noun, then its phrase up to an adjective: شركة الطيران الإيطالية "…".)
        (
            "وقالت شركة الطيران الإيطالية \"أليتاليا\" إن رحلاتها ألغيت.",
            "أليتاليا",
            NonSpeech,
        ),
        // (But not a predicate after such a phrase.)
        (
            "وقال الوزير إن مدينة عفرين السورية \"باتت محاصرة\" من كل الجهات.",
            "باتت محاصرة",
            Partial,
        ),
        (
            "وقال الوزير إن الصواريخ الأميركية \"آتية\" لا محالة.",
            "آتية",
            Partial,
        ),
        // (A market index: مؤشر "…".)
        (
            "وأوضح التقرير الأسبوعي ارتفاع الأسهم، فيما صعد مؤشر \"نيكاي 225\" بنسبة 1.2 في المائة.",
            "نيكاي 225",
            NonSpeech,
        ),
        (
            "وقال وزير الخارجية إن الاتفاق \"لم ينته بعد\" رغم الانسحاب.",
            "لم ينته بعد",
            Partial,
        ),
        (
            "وقال الرئيس إنه سيعمل على التوصل لاتفاق \"تكميلي\" مع الشركاء.",
            "تكميلي",
            Partial,
        ),
    ]);
}

/// An outlet named in marks after its noun with ل belongs to the speaker's phrase ("تقرير لوكالة
/// «…»"), and "حتى الآن" after a verb is when, never who.
#[test]
fn outlet_with_lam_in_the_phrase_and_until_now_is_no_one() {
    assert_speakers(&[
        (
            "وجاء في تقرير لوكالة \"النبأ\" أن مسلحين هاجموا المركز فجرا.",
            "مسلحين هاجموا",
            "تقرير لوكالة \"النبأ\"",
        ),
        (
            "وقال مسؤولون في الشرطة إن الأدلة لا تشير حتى الآن إلى أن الحادث مرتبط بعمل الضحية.",
            "الحادث مرتبط",
            "مسؤولون",
        ),
    ]);
}

/// A colon or comma written after إن / أن is not the reported clause: "إن: «…»" is one quote
/// (the marked one), and "إنه، خلال هذه الفترة، …" starts at خلال.
#[test]
fn punctuation_after_the_complementizer_is_not_the_clause() {
    let text = "وقال الوزير في مؤتمر صحفي إن: \"الوضع في المدينة تحت السيطرة\".";
    let a = Article::parse(text);
    let quotes: Vec<(&str, akhbar::QuoteKind)> = a
        .quotes()
        .iter()
        .map(|q| (q.content.slice(text), q.kind))
        .collect();
    assert_eq!(
        quotes,
        [("الوضع في المدينة تحت السيطرة", akhbar::QuoteKind::Direct)]
    );
    let text = "وقالت البعثة إنه، خلال هذه الفترة، سقط 50 شخصا بين قتيل وجريح.";
    let a = Article::parse(text);
    assert_eq!(a.quotes().len(), 1);
    assert_eq!(
        a.quotes()[0].content.slice(text),
        "خلال هذه الفترة، سقط 50 شخصا بين قتيل وجريح"
    );
}

/// A short quote right after a source phrase (نقلا عن، بحسب) names the source, even one the
/// gazetteer does not know: NonSpeech.
#[test]
fn a_source_named_in_marks_is_a_name() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وأشار الكاتب إلى أن الأزمة طويلة، نقلا عن \"المدينة المنورة\" السعودية.",
            "المدينة المنورة",
            NonSpeech,
        ),
        (
            "وارتفعت الأسعار في الربع الأخير بنسبة عشرة في المئة، بحسب \"أخبار السوق\".",
            "أخبار السوق",
            NonSpeech,
        ),
    ]);
}

/// A plural verb (وأضافوا، قالوا) continues only a speaker that reads as many people: not a
/// country or an outlet.
#[test]
fn a_plural_verb_continues_only_many_people() {
    let speaker = |text: &str, content: &str| speaker_entity(text, content).0;
    let text =
        "وقالت كندا إن الصفقة قانونية. وتداول النشطاء صورا قالوا إنها تظهر استخدام المدرعات.";
    assert_eq!(speaker(text, "تظهر استخدام"), None);
    let text = "وقالت وكالة أسوشيتد برس إن الانفجار كان قويا. وأضافوا أن النيران اشتعلت في المبنى.";
    assert_eq!(speaker(text, "النيران"), None);
    let text = "وقال شهود عيان إن الانفجار كان قويا. وأضافوا أن النيران اشتعلت في المبنى.";
    assert_eq!(speaker(text, "النيران").as_deref(), Some("شهود عيان"));
    let text =
        "وقالت وسائل الإعلام المحلية إن الانفجار كان قويا. وأضافوا أن النيران اشتعلت في المبنى.";
    assert_eq!(
        speaker(text, "النيران").as_deref(),
        Some("وسائل الإعلام المحلية")
    );
}

/// A short quote that opens with the noun of a thing bearing a name and its definite genitive is
/// that name ("مبادرة مستقبل الاستثمار"، "جبل الخليقة"); loaded terms opening with حملة or
/// تحالف stay the speaker's words.
#[test]
fn a_quote_opening_with_a_naming_noun_is_a_name() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "وتحدث ولي العهد أمام المشاركين في \"مبادرة مستقبل الطاقة\" عن خطط المملكة.",
            "مبادرة مستقبل الطاقة",
            NonSpeech,
        ),
        (
            "وأوضح القائد أن المواجهات تدور حاليا في \"جبل السراة\" شمال المديرية.",
            "جبل السراة",
            NonSpeech,
        ),
        (
            "وقال المتحدث إن الحكومة تواجه \"حملة التشويه\" بالحقائق.",
            "حملة التشويه",
            Partial,
        ),
    ]);
}

/// A speaker's phrase ends before an age (البالغ من العمر) and before the media it spoke to
/// (لوسائل الإعلام).
#[test]
fn a_speakers_phrase_ends_before_an_age_or_the_media() {
    assert_speakers(&[
        (
            "وقال الطبيب أحمد البالغ من العمر 60 عاما إن المستشفى مكتظ.",
            "المستشفى مكتظ",
            "الطبيب أحمد",
        ),
        (
            "وقالت الشرطة لوسائل الإعلام المحلية إنها استدعيت إلى مركز التسوق.",
            "استدعيت",
            "الشرطة",
        ),
        // (A name after تدعى / يدعى in apposition is the speaker's.)
        (
            "وقالت شاهدة عيان، تدعى إيفا كولر، إن السيارة كانت مسرعة.",
            "السيارة كانت",
            "إيفا كولر",
        ),
        // (And before the news item it gave: خبرا is the verb's object.)
        (
            "وأفادت تقارير إخبارية خبرا عاجلا مفاده أن الشرطة اعتقلت شخصا.",
            "الشرطة اعتقلت",
            "تقارير إخبارية",
        ),
    ]);
}

/// A given name compounded with الله opens an unknown speaker's name (عطا الله خوجاني), and
/// more given names of the world are known (يوري، إيغور، نيكولاي).
#[test]
fn given_names_with_allah_and_of_the_world() {
    assert_speakers(&[
        (
            "وقال عطا الله خوجاني، المتحدث باسم الإقليم، إن الهجوم أوقع قتلى.",
            "الهجوم أوقع",
            "عطا الله خوجاني",
        ),
        (
            "ومن بين المتبرعين الملياردير يوري ميلنر الذي أعلن أنه يعتزم رصد مئة مليون دولار.",
            "يعتزم رصد",
            "يوري ميلنر",
        ),
    ]);
}

/// A relative pronoun after a body named with a demonym (السلطات السعودية التي) stands for the
/// body.
#[test]
fn a_relative_after_a_body_with_a_demonym() {
    assert_speakers(&[(
        "وقال مسؤول تركي إن الصحفي قتل في القنصلية، وهو ما تنفيه السلطات السعودية التي تقول إن الصحفي غادر المبنى.",
        "الصحفي غادر",
        "السلطات السعودية",
    )]);
}

/// Nested speech relayed by an outlet, a report or a body: the subject written before a verb of
/// saying inside the reported clause speaks the inner clause ("وذكرت الوكالة أن الوزير قال إن"),
/// past a parenthetical between commas, as after نقلت عن; the outer clause runs on through it. A
/// person reporting another keeps the words and names the other the agent (see
/// `nested_speech_keeps_the_reporter_and_names_the_agent`).
#[test]
fn nested_speech_has_its_own_speaker() {
    let text = "وذكرت الوكالة أن الوزير قال إن الهجوم فشل.";
    let a = Article::parse(text);
    let outer = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text).starts_with("الوزير"))
        .expect("the outer clause");
    assert_eq!(outer.content.slice(text), "الوزير قال إن الهجوم فشل");
    assert_speakers(&[
        (text, "الهجوم فشل", "الوزير"),
        (
            "وذكرت الوكالة أن شاهد عيان، رفض كشف هويته، قال إنه رأى سيارة تصطدم بالحواجز.",
            "رأى سيارة",
            "شاهد عيان",
        ),
        (
            "وذكرت وسائل إعلام روسية أن مسؤولا أمنيا قال إن المشتبه به اعتقل.",
            "المشتبه به",
            "مسؤولا أمنيا",
        ),
    ]);
    let text = "وقال المتحدث باسم الخارجية الأميركية ماثيو ميلر إن بلينكن أكد أن الاتفاق قريب.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "الاتفاق قريب")
        .expect("the inner clause");
    let id = |s: Option<&akhbar::Speaker>| {
        s.and_then(|s| s.entity.as_ref())
            .map(|e| e.id().to_string())
    };
    assert_eq!(id(q.speaker.as_ref()).as_deref(), Some("matthew-miller"));
    assert_eq!(id(q.agent.as_ref()).as_deref(), Some("antony-blinken"));
}

/// A palace speaks for its household, as a body does: "وقال قصر كنسينغتون في تغريدة إن".
#[test]
fn a_palace_speaks_for_its_household() {
    assert_speakers(&[(
        "وقال قصر كنسينغتون في تغريدة إن المولود يتمتع بصحة جيدة.",
        "المولود يتمتع",
        "قصر كنسينغتون",
    )]);
}

/// A family name opening with ب stands alone after a verb of saying when the words or a comma
/// follow it ("وقال بوستاني، في مقابلة، إن"); a manner (بحزم) or ب + the article (بالمقابل) is
/// none. A one-word name held by a fuller one given before is that speaker.
#[test]
fn a_family_name_opening_with_beh() {
    assert_speakers(&[
        (
            "وقال بوستاني، في مقابلة مع الصحيفة، إن المفاوضات متعثرة.",
            "المفاوضات متعثرة",
            "بوستاني",
        ),
        (
            "قال المحامي جون بيركنز هاريسون إن المفاوضات متعثرة. وقال بيركنز إن الاتفاق بعيد.",
            "الاتفاق بعيد",
            "جون بيركنز هاريسون",
        ),
    ]);
    for text in [
        "وقال بحزم إن المفاوضات متعثرة.",
        "وقال بالمقابل إن المفاوضات متعثرة.",
    ] {
        assert_eq!(speaker_entity(text, "المفاوضات").0, None, "{text}");
    }
}

/// A statement's author named in apposition after a cleric's title (آية الله) is that person.
#[test]
fn an_author_after_ayatollah() {
    let text = "وسئل الوزير عن تصريحات المرشد الأعلى لإيران، آية الله علي خامنئي الأخيرة والتي أكد فيها أن بلاده لن تتراجع.";
    assert_eq!(
        speaker_entity(text, "بلاده لن").1.as_deref(),
        Some("ali-khamenei")
    );
}

/// After a verb of describing, words in marks after بأنه are the description however long
/// (up to eight words): Partial. After أفاد بأن they are the reported clause.
#[test]
fn a_long_description_after_wasafa_is_partial() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[(
        "وانتقد الرئيس الاتفاق، ووصفه بأنه \"واحد من أسوأ الصفقات التي رأيتها\".",
        "واحد من أسوأ الصفقات التي رأيتها",
        Partial,
    )]);
}

/// After a verb of calling on (دعا، حث، ناشد) the words in marks are whom and to what, not a
/// statement: Partial.
#[test]
fn a_call_in_marks_is_partial() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[(
        "ودعا رئيس الوزراء \"المجتمع بكامله إلى تذكر كل ضحية على حدة\".",
        "المجتمع بكامله إلى تذكر كل ضحية على حدة",
        Partial,
    )]);
}

/// A hashtag the gazetteer reads goes on in the speaker's phrase like the name it is: "وزارة
/// خارجية #كوريا_الجنوبية"، "بيان #وزارة_العدل_الأميركية".
#[test]
fn a_hashtag_name_ends_the_speakers_phrase() {
    assert_speakers(&[(
        "أعلنت وزارة خارجية #كوريا_الجنوبية، الأربعاء، أنها استدعت السفير الصيني.",
        "استدعت السفير",
        "وزارة خارجية #كوريا_الجنوبية",
    )]);
}

/// A body that spoke with a verb of one gender (قال البيت الأبيض) is not continued by a verb of
/// the other (وقالت): the body's own verbs agree with it (قالت الخارجية … وأضافت); a country's
/// gender is its name's.
#[test]
fn a_body_is_continued_by_verbs_of_the_gender_it_spoke_with() {
    let text = "قال البيت الأبيض إن السيدة الأولى لن ترافق زوجها في الرحلة. \
                وكانت قد دخلت المستشفى الشهر الماضي. وقالت في تغريدة إنها بخير وتعمل بجد.";
    assert_eq!(speaker_entity(text, "بخير وتعمل"), (None, None));
    assert_speakers(&[(
        "قالت وزارة الخارجية إن الوفد وصل إلى العاصمة. وأضافت أن المحادثات تبدأ غدا.",
        "المحادثات تبدأ",
        "وزارة الخارجية",
    )]);
    // A country takes a feminine verb but for a few (العراق، المغرب …), whatever verb it came
    // with: "وقال" continues no source phrase's Russia.
    let text = "ووفقا لروسيا، فإن القوات انسحبت من المدينة. وقال إن الوضع هادئ.";
    assert_eq!(speaker_entity(text, "الوضع هادئ"), (None, None));
    let text = "ووفقا للعراق، فإن القوات انسحبت من المدينة. وقال إن الوضع هادئ.";
    assert_eq!(speaker_entity(text, "الوضع هادئ").1.as_deref(), Some("IQ"));
    // After a masculine verb such a country is the object; the subject is someone before.
    let text = "وقال المتحدث باسم الخارجية إن المحادثات فشلت. واتهم واشنطن بأنها \"تعرقل الحل\".";
    assert_eq!(
        speaker_entity(text, "تعرقل الحل").0.as_deref(),
        Some("المتحدث باسم الخارجية")
    );
}

/// A verb with no subject of its own at the head of a sentence ("وقالت إن") continues the
/// subject of the sentence before when no one has spoken yet, if its gender agrees: a body's is its
/// noun's ("الهيئة" is no subject of "وأوضح").
#[test]
fn a_verb_with_no_subject_continues_the_subject_before() {
    let text =
        "وتمكنت الشرطة المحلية من اعتقال المشتبه به.\nوقالت إن المشتبه به يبلغ من العمر 30 عاما.";
    assert_eq!(
        speaker_entity(text, "المشتبه به يبلغ"),
        (Some("الشرطة المحلية".into()), None)
    );
    let text = "وانتقدت الهيئة القرار الأخير. وأوضح أن الاجتماع عقد أمس.";
    assert_eq!(speaker_entity(text, "الاجتماع عقد"), (None, None));
}

/// What the facts show (ما يشير إلى أن، مما يؤكد أن، الأمر الذي يعني أن) is an inference, not
/// words anyone reported: no quote. Reports that say it are still speech.
#[test]
fn an_inference_is_no_quote() {
    for text in [
        "وكانت الكاميرا مغطاة بالغبار، ما يشير إلى أن أحدا لم يستخدمها منذ أشهر.",
        "وارتفعت الأسعار للشهر الثالث، مما يؤكد أن التضخم لم يتراجع بعد.",
        "وتراجع عدد العابرين، الأمر الذي يعني أن الإجراءات نجحت.",
    ] {
        assert!(Article::parse(text).quotes().is_empty(), "{text}");
    }
    assert_eq!(
        kind_of(
            "ونفى الوزير التقارير التي تشير إلى أن الحكومة ستستقيل.",
            "الحكومة ستستقيل"
        ),
        Some(akhbar::QuoteKind::Indirect)
    );
}

/// "وفقا لـ" with its ل written on the noun (وفقا لمصادر أمنية، طبقا للشرطة، وفقا لوزارة …) names
/// the source as "وفقا لـ وزارة" does; the ل is no part of the speaker. The phrase ends at a comma
/// before an adverbial phrase ("، وسط مخاوف من أن" is no clause of the source's).
#[test]
fn according_to_with_lam_on_the_noun_names_the_source() {
    assert_speakers(&[
        (
            "\"الهجوم كان عنيفا ومفاجئا جدا\"، وفقا لمصادر أمنية.",
            "الهجوم كان",
            "مصادر أمنية",
        ),
        (
            "ووفقا للمسؤول فإن حصيلة القتلى قد ترتفع.",
            "حصيلة القتلى",
            "لمسؤول",
        ),
    ]);
    let text = "قتل عشرون شخصا في موجة الحر، وفقا لمنظمة الرعاية، وسط مخاوف من أن العدد يرتفع.";
    assert!(
        Article::parse(text)
            .quotes()
            .iter()
            .all(|q| !q.content.slice(text).starts_with("العدد")),
        "{text}"
    );
}

/// "نقلت الوكالة على لسان X قوله" relays X's words as "نقلت الوكالة عن X" does: X speaks, and a
/// continuation after it goes on with X.
#[test]
fn relayed_from_someones_tongue() {
    let text = "ونقلت وكالة الأنباء الرسمية على لسان الوزير قوله: \"سنرد على الاعتداء\". \
                وتابع قائلا: \"لن نقبل بأي تهديد\".";
    assert_speakers(&[(text, "سنرد على", "الوزير"), (text, "لن نقبل", "الوزير")]);
}

/// States speak (وقالت الدول الثلاث إن، وتقول الدول الغربية إن), with their number; as a plural
/// of things they take a feminine verb, so after "اتهم الدول … بأنها" the subject is the one
/// speaking before, and the states the object.
#[test]
fn states_speak_with_a_feminine_verb() {
    assert_speakers(&[
        (
            "وقالت الدول الثلاث إن الضربات كانت محدودة.",
            "الضربات كانت",
            "الدول الثلاث",
        ),
        (
            "وتقول الدول الغربية وأوكرانيا إن الطائرة أسقطت بصاروخ.",
            "الطائرة أسقطت",
            "الدول الغربية وأوكرانيا",
        ),
    ]);
    let text = "وقال المفوض زيد رعد الحسين إن المجلس فشل. \
                ثم اتهم الدول الخمس الدائمة العضوية بأنها \"مسؤولة\" عن المعاناة.";
    assert_eq!(
        speaker_entity(text, "مسؤولة").1.as_deref(),
        Some("zeid-raad-al-hussein")
    );
}

/// A verb of saying joined to the verb that opens the sentence shares its subject when that is a
/// person by name: "وعبّر الفنان عمر الجاسر عن سعادته، وقال: …".
#[test]
fn a_joined_verb_shares_the_opening_verbs_named_subject() {
    let text = "وفاز الفريق بالبطولة. وعبر الفنان عمر الجاسر عن سعادته بالتكريم، وقال إن الجائزة ثمرة جهد طويل.";
    assert_eq!(
        speaker_entity(text, "الجائزة ثمرة").0.as_deref(),
        Some("عمر الجاسر")
    );
}

#[test]
fn a_family_name_with_al_speaks_after_an_honorific_and_before_the_verbs_object() {
    // آل الشيخ: الشيخ is no title here, nor is the object after the name a name.
    let honorific = "وأكد معالي آل الشيخ أهمية تنسيق الجهود بين البلديات، وأن الوزارة ستدعم \
                     \"برنامج المدن الذكية بكل ما يحتاجه من موارد\".";
    // After the full name, آل ثاني alone is that person.
    let named = "قال وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني إن الحوار \"هو الطريق \
                 الوحيد\". وقال آل ثاني في رسالة إلى السفير: \"سياسة \
                 الإملاءات لن تنجح\".";
    // So after a verb that is no cue, whose subject the quote after it takes.
    let other_verb = "قال وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني إن الحوار \"هو الطريق \
                      الوحيد\". وكرر آل ثاني موقف بلاده، وأن الخلاف سببه الرغبة بوضع الدوحة \
                      \"تحت الوصاية\"، نافيا نية الانسحاب.";
    assert_speakers(&[
        (other_verb, "تحت الوصاية", "محمد بن عبدالرحمن آل ثاني"),
        (honorific, "برنامج المدن", "آل الشيخ"),
        (named, "سياسة الإملاءات", "محمد بن عبدالرحمن آل ثاني"),
    ]);
    assert_eq!(
        speaker_entity(named, "سياسة الإملاءات").1.as_deref(),
        Some("mohammed-bin-abdulrahman-al-thani")
    );
}

#[test]
fn a_source_phrase_then_a_colon_introduces_the_quote_after_it() {
    let document = "وذكرت الوكالة أن الحادث وقع فجرا. وبحسب ما ورد في الوثيقة: \"حاولنا نقل بعض \
                    العناصر إلى الحدود لكنهم رفضوا\".";
    let scholar = "وقال الوزير إن النمو تراجع. وحسب قول جون براون أستاذ الاقتصاد في جامعة لندن: \
                   \"إن الأسواق لن تتعافى قبل نهاية العام\".";
    assert_speakers(&[
        (document, "حاولنا نقل", "الوثيقة"),
        (scholar, "إن الأسواق", "جون براون"),
    ]);
}

#[test]
fn a_statement_issued_by_a_body_the_gazetteer_knows_is_that_body_s() {
    // صادر عن X links X, as أصدرته X did.
    assert_linked_speakers(&[
        (
            "وذكر بيان صادر عن البيت الأبيض أن الرئيس سيزور القاهرة الشهر المقبل.",
            "الرئيس سيزور",
            "البيت الأبيض",
            "white-house",
        ),
        (
            "وجاء في البيان الصادر عن وزارة الخارجية الأميركية أن الوزير سيلتقي نظيره.",
            "الوزير سيلتقي",
            "وزارة الخارجية الأميركية",
            "us-state-department",
        ),
    ]);
}

#[test]
fn a_report_speaks_as_the_outlet_that_published_it() {
    assert_linked_speakers(&[
        (
            "وذكر تقرير نشرته صحيفة الغارديان أن الحكومة ستعلن خطتها الأسبوع المقبل.",
            "الحكومة ستعلن",
            "صحيفة الغارديان",
            "the-guardian",
        ),
        (
            "وجاء في خبر عاجل أوردته وكالة الأنباء الفرنسية أن الانفجار وقع قرب السفارة.",
            "الانفجار وقع",
            "وكالة الأنباء الفرنسية",
            "afp",
        ),
    ]);
}

#[test]
fn a_name_between_commas_after_the_verb_speaks_when_its_role_follows() {
    let text = "وقال المفتي دريان إن اللقاء مهم. وأضاف، خلدون قواص، المستشار الإعلامي لدار \
                الفتوى: \"نحن ملتزمون بالخطة\".";
    assert_speakers(&[(text, "نحن ملتزمون", "خلدون قواص")]);
}

#[test]
fn a_quoted_name_with_its_role_after_it_speaks() {
    // The name in quotation marks is no quote of its own, and speaks the words after إن.
    let text = "وقال “ماركو بيلي” المدير التنفيذي للشركة إن المركبات الجديدة ستعمل العام المقبل. \
                ويرى “توماس فيرن” خبير النقل في “المملكة المتحدة” أن المشروع مكلف.";
    assert_speakers(&[
        (text, "المركبات الجديدة", "ماركو بيلي"),
        (text, "المشروع مكلف", "توماس فيرن"),
    ]);
    assert_eq!(
        kind_of(text, "ماركو بيلي"),
        Some(akhbar::QuoteKind::NonSpeech)
    );
    // (The conjunction written apart, and the words marked after أن.)
    let apart = "وأعلن العمدة القرار أمس. و أكد \"ماركو بيلي\" رئيس الخدمات البلدية في المدينة أن \
                 \"الحظر ليس هو الهدف، وإنما الأمن\".";
    assert_speakers(&[(apart, "الحظر ليس", "ماركو بيلي")]);
}

#[test]
fn ali_after_a_noun_for_the_speaker_is_a_name_before_a_family_name() {
    let text = "وقال البائع سامر حسن إن الإقبال كبير. بدوره، أكد البائع علي العامري أن الأسعار \
                مستقرة. وذكر الصياد علي آل مبارك أن الموسم ضعيف.";
    assert_speakers(&[
        (text, "الأسعار مستقرة", "علي العامري"),
        (text, "الموسم ضعيف", "علي آل مبارك"),
    ]);
}

#[test]
fn a_definite_noun_after_a_verb_of_describing_is_its_object() {
    // The agreement and the situation are what was described, not who described them.
    let text = "وقال الوزير إن المحادثات مفيدة، ووصف الاتفاق بأنه \"خطوة أولى نحو السلام\". \
                ووصف الوضع في المدينة بأنه \"كارثي بكل المقاييس\".";
    assert_speakers(&[(text, "خطوة أولى", "الوزير"), (text, "كارثي بكل", "الوزير")]);
}

#[test]
fn naql_after_a_preposition_is_moving_not_reporting() {
    // على نقل is "to move": the refugees are not a source, and the operation's name is no quote.
    let text = "ووافق الرئيس السابق جعفر نميري على نقل اللاجئين جوا مشترطا أن تتم العملية بسرية.";
    let a = Article::parse(text);
    assert!(
        a.quotes()
            .iter()
            .all(|q| q.cue.is_none_or(|c| c.slice(text) != "نقل")),
        "{:?}",
        a.quotes()
    );
    let named = "ووافق الرئيس على نقل اللاجئين في عملية أطلق عليها \"موسى\".";
    assert_eq!(kind_of(named, "موسى"), Some(akhbar::QuoteKind::NonSpeech));
    // (نقل the verb still reports: "ونقل الموقع عن مسؤول قوله إن".)
    let verb = "ونقل الموقع عن مسؤول قوله إن المفاوضات ستستأنف.";
    assert_speakers(&[(verb, "المفاوضات", "مسؤول")]);
}

#[test]
fn a_titled_given_name_links_to_the_earlier_full_name() {
    // Gulf news names its royals by title and given name after the first full mention.
    let text = "استقبل الأمير محمد بن سلمان الوفد في الرياض. وقال الأمير محمد إن العلاقات قوية.";
    assert_linked_speakers(&[(text, "العلاقات قوية", "محمد", "mohammed-bin-salman")]);
    let subject = "قال الشيخ حمد بن جاسم إن الصفقة تنفذ. وتوجه الشيخ حمد إلى الدول العربية \
                   متسائلا: \"ما هو الثمن؟\"";
    assert_linked_speakers(&[(subject, "ما هو الثمن", "الشيخ حمد", "hamad-bin-jassim")]);
    // Two earlier princes of that name: no link.
    let two = "التقى الأمير محمد بن سلمان والأمير محمد بن زايد. وقال الأمير محمد إن العلاقات قوية.";
    assert_eq!(speaker_entity(two, "العلاقات قوية").1, None);
}

#[test]
fn ala_hadd_tabir_names_the_source_of_the_words_before_it() {
    // "in the words of": the source is the one named after it, not the sentence's subject.
    let text = "وقال الرئيس إن الوضع صعب. ووصف المعارض الوضع بأنه \"في عزلة تامة\" على حد تعبير \
                نشطاء.";
    assert_speakers(&[(text, "في عزلة", "نشطاء")]);
    let named = "وأفرج عن الراقصة، \"لكن ذلك كان بطريقة قانونية\"، على حد قول المحامي مايكل \
                 أفيناتي.";
    assert_speakers(&[(named, "لكن ذلك", "مايكل أفيناتي")]);
    // (With the pronoun the words are the speaker's own.)
    let own = "وقال الوزير إن الخطة \"ناجحة جدا\"، على حد تعبيره.";
    assert_speakers(&[(own, "ناجحة جدا", "الوزير")]);
}

#[test]
fn an_indefinite_noun_after_a_definite_subject_is_the_verbs_object() {
    // أهمية, اتهامات, انتقادات open the object; the speaker is the phrase before them.
    let text = "وأكد الأمين العام أهمية الحوار وقال إن مكافحة التطرف عملية متواصلة. ونفى متحدث \
                باسم الحكومة اتهامات مماثلة، ووصفها بأنها \"أكاذيب قذرة\". ووجهت الوزارة \
                انتقادات لاذعة للوكالة، معتبرة أنها \"معيبة بشكل كامل\".";
    assert_speakers(&[
        (text, "مكافحة التطرف", "الأمين العام"),
        (text, "أكاذيب قذرة", "متحدث باسم الحكومة"),
        (text, "معيبة بشكل", "الوزارة"),
    ]);
    // (A family name after such a word makes it a given name.)
    let named = "وقالت المساعدة للشؤون التعليمية آمنة الغامدي إن الزي الجديد يطبق هذا العام.";
    assert_speakers(&[(
        named,
        "الزي الجديد",
        "المساعدة للشؤون التعليمية آمنة الغامدي",
    )]);
}

#[test]
fn a_quoted_place_name_belongs_to_the_speakers_phrase() {
    // The province's name in quotation marks is a name, not words of the authorities.
    let text = "أعلنت السلطات المحلية بمقاطعة “سانت لويس” الأمريكية، حالة الطوارئ، وقالت إن \
                الوضع خطير.";
    assert_eq!(
        kind_of(text, "سانت لويس"),
        Some(akhbar::QuoteKind::NonSpeech)
    );
    // (And a clause with حيث after the phrase is no name in apposition.)
    let clause = "وأعلن المدعي العام لمقاطعة \"ميرسر كاونتي\"، حيث وقع الهجوم، أن الشرطة قتلت \
                  أحد المشتبه بهم.";
    assert_speakers(&[(
        clause,
        "الشرطة قتلت",
        "المدعي العام لمقاطعة \"ميرسر كاونتي\"",
    )]);
}

#[test]
fn a_blessing_after_a_name_is_no_part_of_it() {
    let text = "وقال الملك فهد رحمه الله: «الوطن للجميع». وتقول السيدة عائشة رضي الله عنها: \
                «كان خلقه القرآن».";
    assert_speakers(&[(text, "الوطن للجميع", "فهد"), (text, "كان خلقه", "عائشة")]);
}

#[test]
fn dual_verbs_report_with_their_two_subjects() {
    // أعلنتا / قالا: two bodies or people; after the verb a time or an object is no subject.
    let text = "وكانت وزارة الأمن الداخلي ومديرية الاستخبارات أعلنتا مطلع أكتوبر أن روسيا \
                تمكنت من اختراق الحسابات.";
    assert_speakers(&[(text, "روسيا تمكنت", "وزارة الأمن الداخلي ومديرية الاستخبارات")]);
    let two = "وكان الوزيران أعلنا أن الاتفاق قريب.";
    assert_speakers(&[(two, "الاتفاق قريب", "الوزيران")]);
    let object = "وأكدت الشرطة والمديرية الاحتجاجات، فيما أكدتا عدم وجود أي \"بؤر ساخنة\".";
    assert_ne!(
        speaker_entity(object, "بؤر ساخنة").0.as_deref(),
        Some("عدم وجود أي")
    );
}

#[test]
fn the_countrys_leader_links_to_its_head_named_before() {
    // الزعيم + demonym: the head of state or government the article named, whatever the office.
    let text = "التقى رجب طيب أردوغان بالوفد. وقال الزعيم التركي إن العلاقات جيدة.";
    assert_linked_speakers(&[(
        text,
        "العلاقات جيدة",
        "الزعيم التركي",
        "recep-tayyip-erdogan",
    )]);
    let kim = "وصل كيم جونغ أون إلى سنغافورة. وقال الزعيم الكوري الشمالي إن القمة مهمة.";
    assert_linked_speakers(&[(kim, "القمة مهمة", "الزعيم الكوري الشمالي", "kim-jong-un")]);
    // (So do the emir, the supreme leader and the chancellor.)
    let emir = "استقبل الشيخ تميم بن حمد الوفد. وقال أمير قطر إن العلاقات جيدة.";
    assert_linked_speakers(&[(emir, "العلاقات جيدة", "أمير قطر", "tamim-bin-hamad-al-thani")]);
    let chancellor = "التقت أنغيلا ميركل بالوفد. وقالت المستشارة الألمانية إن العلاقات جيدة.";
    assert_linked_speakers(&[(
        chancellor,
        "العلاقات جيدة",
        "المستشارة الألمانية",
        "angela-merkel",
    )]);
    // (With no one named before, no link.)
    let alone = "وقال الزعيم التركي إن العلاقات جيدة.";
    assert_eq!(speaker_entity(alone, "العلاقات جيدة").1, None);
}

#[test]
fn a_titled_name_after_a_long_role_is_the_speaker() {
    // The role's complement runs on (المدينة المنورة); the title and given name open the name.
    let text = "أثنى أمين منطقة المدينة المنورة الدكتور خالد طاهر على التعاون مع الأمانة، مؤكداً \
                أن التعاون سيستمر.";
    assert_speakers(&[(text, "التعاون سيستمر", "خالد طاهر")]);
}

#[test]
fn a_rapporteur_speaks_but_the_scheduled_does_not() {
    let text = "وقال مقرر اللجنة المحامي رزق شقيرات، في تصريحات صحفية، إن \"الإنذار سجل في مئة \
                محكمة\". وأضاف شقيرات: \"الإنذار له أثر معنوي\".";
    assert_speakers(&[
        (text, "الإنذار سجل", "مقرر اللجنة المحامي رزق شقيرات"),
        (text, "الإنذار له", "مقرر اللجنة المحامي رزق شقيرات"),
    ]);
    // (المقرر alone is "scheduled".)
    let scheduled = "كان من المقرر أن يصل الوزير أمس، وقال المتحدث إن الزيارة تأجلت.";
    assert_speakers(&[(scheduled, "الزيارة تأجلت", "المتحدث")]);
}

#[test]
fn former_after_the_country_belongs_to_the_role() {
    let text = "التقى ترامب بالصحفيين. وقال الرئيس الأميركي السابق إن الاتفاق سيء.";
    assert_linked_speakers(&[(text, "الاتفاق سيء", "الرئيس الأميركي السابق", "donald-trump")]);
    // (And the name after it is the speaker.)
    let named = "وقال وزير الخارجية السويدي السابق كارل بيلت إن الوضع خطير.";
    assert_speakers(&[(
        named,
        "الوضع خطير",
        "وزير الخارجية السويدي السابق كارل بيلت",
    )]);
}

#[test]
fn an_outlet_named_in_quotation_marks_before_its_source_is_no_quote() {
    let text = "ونقلت \"بزنس ستاندرد\" عن مسؤول قوله إن الصفقة قريبة.";
    assert_eq!(
        kind_of(text, "بزنس ستاندرد"),
        Some(akhbar::QuoteKind::NonSpeech)
    );
    assert_speakers(&[(text, "الصفقة قريبة", "مسؤول")]);
}

#[test]
fn colon_speech_ends_at_the_narrators_clause_and_skips_lists() {
    let text = "وقال المتحدث: قواتنا تتقدم بحذر بسبب الألغام، مشيرا إلى أن المدنيين بخير.\n\nوأكد التقرير النقاط التالية: ضعف التمويل وغياب الرقابة.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.kind == K::Direct)
        .expect("the statement after the colon");
    assert_eq!(q.content.slice(text), "قواتنا تتقدم بحذر بسبب الألغام");
    assert_eq!(q.span, q.content, "no marks: the span is the words");
    assert!(
        !a.quotes()
            .iter()
            .any(|q| q.content.slice(text).starts_with("ضعف التمويل")),
        "a list after a colon is no statement"
    );
}

#[test]
fn the_head_of_something_else_is_not_the_role_named_before() {
    let text = "افتتح الرئيس المصري عبدالفتاح السيسي القناة أمس.\n\nوقال رئيس الأكاديمية إن المشروع يعزز القدرة التنافسية.\n\nوقال الرئيس المصري إن القناة هدية للعالم.";
    let a = Article::parse(text);
    let speaker_of = |start: &str| {
        a.quotes()
            .iter()
            .find(|q| q.content.slice(text).starts_with(start))
            .and_then(|q| q.speaker.as_ref())
            .map(|s| (s.span.slice(text), s.entity.as_ref().map(|e| e.id())))
    };
    assert_eq!(
        speaker_of("المشروع يعزز"),
        Some(("رئيس الأكاديمية", None)),
        "the academy's head is not the president"
    );
    assert_eq!(
        speaker_of("القناة هدية"),
        Some(("الرئيس المصري", Some("abdel-fattah-el-sisi")))
    );
}

#[test]
fn no_headline_statement_after_a_dateline_or_in_a_profile_title() {
    let text = "الرياض: أعلنت الوزارة أن الاجتماع سيعقد غدا.\n\nجون بولتون: الصقر الذي يريد الحرب\n\nمارين لوبان: زعيمة حزب الجبهة الوطنية\n\nويحرض على العنف. عبد الحكيم بلحاج: ليبي كان أميرا للجماعة المقاتلة وهو رئيس حزب.";
    let a = Article::parse(text);
    let direct: Vec<&str> = a
        .quotes()
        .iter()
        .filter(|q| q.kind == K::Direct)
        .map(|q| q.content.slice(text))
        .collect();
    assert!(direct.is_empty(), "{direct:?}");
}

#[test]
fn a_stray_straight_mark_does_not_take_the_paragraphs_last_guillemet_quote() {
    let text =
        "قال الوزير «أولا نحن هنا». وكتب أحدهم \" في التعليق. وقال الوزير «نحن مستعدون للحوار».";
    let a = Article::parse(text);
    assert!(
        a.quotes()
            .iter()
            .any(|q| q.content.slice(text) == "نحن مستعدون للحوار" && q.kind == K::Direct),
        "{:?}",
        a.quotes()
            .iter()
            .map(|q| q.content.slice(text))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_role_between_commas_after_a_name_is_that_persons() {
    // The role after the name is Guterres's; in "السيسي، وزير الخارجية الأمريكي، مايك بومبيو"
    // it is Pompeo's (the name after it), not Sisi's.
    let text = "قال أنطونيو غوتيريش، الأمين العام للأمم المتحدة، إن الوضع خطير.\n\nوأكد الأمين العام أن المنظمة ستساعد.\n\nواستقبل الرئيس عبد الفتاح السيسي، وزير الخارجية الأمريكي، مايك بومبيو.";
    let a = Article::parse(text);
    let roles: Vec<(&str, &str)> = a
        .appositions()
        .iter()
        .map(|ap| (ap.entity.id(), ap.role.slice(text)))
        .collect();
    assert!(
        roles.contains(&("antonio-guterres", "الأمين العام للأمم المتحدة")),
        "{roles:?}"
    );
    assert!(
        !roles.iter().any(|(id, _)| *id == "abdel-fattah-el-sisi"),
        "{roles:?}"
    );
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "المنظمة ستساعد")
        .expect("quote");
    let entity = q.speaker.as_ref().and_then(|s| s.entity.as_ref());
    assert_eq!(entity.map(|e| e.id()), Some("antonio-guterres"));
}

quotes! {
    // A verb after حيث / إذ speaks for the author of the statement the sentence names, and a
    // role written with ل is the person named with that role earlier.
    whereupon_in_a_tweet_by_the_role: "قال وزير الدفاع الأمريكي، جيمس ماتيس، إن هناك أدلة على التدخل.\n\nجاء ذلك في تصريحات لوزير الدفاع الأمريكي خلال زيارة للبحرين، حيث قال: \"لدينا أدلة مثيرة للقلق على ذلك\".\n\nجاء ذلك في تغريدة لأنور قرقاش على صفحته، حيث قال إن العالم بلا ضمير." => [
        ("لدينا أدلة", Direct, Some("وزير الدفاع الأمريكي"), Some(Rule::CueVerb)),
        ("العالم بلا", Indirect, Some("أنور قرقاش"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A participle that agrees with the subject of a clause opened after the sentence's (بيد أن،
    // ثم، لكن) speaks for that clause's subject, not the sentence's.
    participle_after_an_inner_clause: "وكان الرجل قد رحل إلى بلاده الجمعة، بيد أن محكمة إدارية أمرت بإعادته، واصفة القرار بأنه \"مخالف للقانون\".\n\nوصل اللاجئ إلى المطار صباحا، ثم أصدرت الشرطة بيانا، مؤكدة أن الإجراءات سليمة." => [
        ("مخالف للقانون", Partial, Some("محكمة إدارية"), Some(Rule::Participle)),
        ("الإجراءات سليمة", Indirect, Some("الشرطة"), Some(Rule::Participle)),
    ];
}

/// An impersonal "is expected to" (يتوقع أن، ينتظر أن) between a verb and its أن reports nothing
/// of the verb's subject; after a source phrase it is the source's forecast.
#[test]
fn expected_to_is_no_reported_clause_of_the_verb() {
    let text = "ورحب الرئيس بصفقات يتوقع أن يبرمها الوفد مع الشركات.\n\nوجدد النادي عقد المدافع، ليتبقى لاعب رابع ينتظر أن يكون مهاجما.\n\nوطمأن الجهاز الفني اللاعب، إذ تقرر أن يكون احتياطيا.\n\nوحسب المصادر، يرجح أن تكون الأصوات ناتجة عن انفجار.";
    let a = Article::parse(text);
    let contents: Vec<&str> = a.quotes().iter().map(|q| q.content.slice(text)).collect();
    assert!(
        !contents
            .iter()
            .any(|c| c.starts_with("يبرمها") || c.starts_with("يكون")),
        "{contents:?}"
    );
    assert!(
        contents.iter().any(|c| c.starts_with("تكون الأصوات")),
        "{contents:?}"
    );
}

quotes! {
    // حرس heads a body like خفر ("حرس السواحل الإيطالي"); حول / بشأن right after the verb open
    // what was spoken about, and the verb goes on with the last speaker.
    guard_body_and_topic_after_the_verb: "قال حرس السواحل الإيطالي إنه أنقذ مئات المهاجرين.\n\nوقال المدير إن الخطة جاهزة. وأضاف حول تجهيز مقر الفرع الجديد بأن العمل سيبدأ قريبا." => [
        ("أنقذ مئات", Indirect, Some("حرس السواحل الإيطالي"), Some(Rule::CueVerb)),
        ("العمل سيبدأ", Indirect, Some("المدير"), Some(Rule::Continuation)),
    ];
}

quotes! {
    // The verb's به inside a source phrase stands for the words: "بحسب ما أفادت به مصادر".
    source_phrase_with_resumptive_bih: "وبحسب ما أفادت به مصادر أمنية فإن عشرة أشخاص أصيبوا في الانفجار.\n\nووفقا لما صرح به لمراسل الإذاعة، المتحدث باسم الحزب، فإن الحزب سيشارك في الانتخابات." => [
        ("عشرة أشخاص", Indirect, Some("مصادر أمنية"), Some(Rule::SourcePhrase)),
        ("الحزب سيشارك", Indirect, Some("المتحدث باسم الحزب"), Some(Rule::SourcePhrase)),
    ];
}

quotes! {
    // A subject fronted after لكن, which takes its noun as إن does, speaks the verb after it; a
    // filler (قد، في) may stand between, and so may a name the gazetteer does not know in
    // apposition, which is the speaker.
    fronted_after_lakin: "وقال الوزير إن الوضع جيد.\n\nلكن مسؤولا في المعارضة قال إن الوضع سيء.\n\nيشار إلى أن المتحدث باسم الحكومة قد قال إنه على تواصل مع الطرفين.\n\nلكن المحلل السياسي، سامر الخطيب، يرى أن الأزمة طويلة." => [
        ("الوضع سيء", Indirect, Some("مسؤولا في المعارضة"), Some(Rule::CueVerb)),
        ("على تواصل", Indirect, Some("المتحدث باسم الحكومة"), Some(Rule::CueVerb)),
        ("الأزمة طويلة", Indirect, Some("سامر الخطيب"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // Critics or supporters of someone (construct plural) speak, not the one they criticize,
    // also when he was named in full before and the surname links to him.
    critics_of_someone_speak: "يرى معارضو أردوغان أن القصر الجديد رمز لنزعته السلطوية.\n\nوقال الرئيس التركي رجب طيب أردوغان إن القصر ملك للأمة.\n\nويرى معارضو أردوغان أن القصر رمز للسلطة." => [
        ("القصر الجديد", Indirect, Some("معارضو أردوغان"), Some(Rule::CueVerb)),
        ("القصر رمز للسلطة", Indirect, Some("معارضو أردوغان"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A source named after "in reference to" is the referred statements', not the quote's.
    source_after_in_reference_to: "قال وزير الدولة للشؤون الخارجية أنور قرقاش إن الموقف واضح.\n\nجاء ذلك في تغريدة لقرقاش على صفحته بموقع تويتر، حيث قال: \"إشادة الحوثي بالوزير مهمة\"، في إشارة إلى تصريحات تناقلتها وسائل إعلام على لسان محمد علي الحوثي." => [
        ("إشادة الحوثي", Direct, Some("قرقاش"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A relative of the subject's after the verb is its object: the participle is the subject's
    // ("ونعى سامي شقيقته قائلا"), a family name with the article may end in alef ("أبو النجا").
    mourning_a_relative: "ونعى سامي شقيقته عبر صفحته قائلا: \"وداعا أختي الحبيبة\".\n\nونعى خالد أبو النجا والدته قائلا: \"رحمك الله يا أمي\"." => [
        ("وداعا أختي", Direct, Some("سامي"), Some(Rule::Participle)),
        ("رحمك الله", Direct, Some("خالد أبو النجا"), Some(Rule::Participle)),
    ];
}

quotes! {
    // A feminine verb with no subject does not continue a man named after a masculine title
    // ("البروفيسور"); it goes back to the last speaker it agrees with.
    feminine_verb_skips_a_titled_man: "وقالت الجمعية إن الدعم سيصل قريبا.\n\nوقال البروفيسور سام هاريس: \"هذه نتيجة مهمة\". وقالت إن التبرعات زادت هذا العام." => [
        ("هذه نتيجة", Direct, Some("سام هاريس"), Some(Rule::CueVerb)),
        ("التبرعات زادت", Indirect, Some("الجمعية"), Some(Rule::Continuation)),
    ];
}

quotes! {
    // A family name in ين (كوهين، سين) is the subject before whom the words were given to: the
    // network, the police. (After a role, "لشرطة المنطقة" is whose the role is.)
    family_name_in_yeen_before_the_addressee: "وقالت سين للشرطة إنها كانت ترغب في السفر.\n\nقال كوهين للشبكة إنه دفع المبلغ من ماله الخاص.\n\nوأوضح المتحدث الإعلامي لشرطة المنطقة العقيد سالم العتيبي أن البلاغ ورد مساء." => [
        ("كانت ترغب", Indirect, Some("سين"), Some(Rule::CueVerb)),
        ("دفع المبلغ", Indirect, Some("كوهين"), Some(Rule::CueVerb)),
        ("البلاغ ورد", Indirect, Some("سالم العتيبي"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // An indefinite plural that keeps its ن is in no construct: the bare noun after it is the
    // verb's object, not part of the speaker; its adjectives (سوريون، أكراد) are.
    nun_plural_subject_stops_before_the_object: "تداول ناشطون مقطع فيديو على مواقع التواصل، قالوا إنه يظهر القصف.\n\nوقال مسؤولون أكراد إن الهجوم صُد." => [
        ("يظهر القصف", Indirect, Some("ناشطون"), Some(Rule::Continuation)),
        ("الهجوم صُد", Indirect, Some("مسؤولون أكراد"), Some(Rule::CueVerb)),
    ];
}

/// "أما … فإن" ("as for … then"): the فإن answers أما, and reports nothing of a verb before it.
#[test]
fn amma_fa_inna_is_no_reported_clause() {
    let text = "فالقانون يحمي الناس، أما المجتمعات التي تبقى قوانينها في الأوراق التي كتبت عليها، فإنها عرضة للفوضى.";
    let a = Article::parse(text);
    let contents: Vec<&str> = a.quotes().iter().map(|q| q.content.slice(text)).collect();
    assert!(contents.is_empty(), "{contents:?}");
}

quotes! {
    // A name joined by a hyphen is read through it, in the given name or the family name.
    hyphenated_names_are_read_whole: "قال برونو روجيه-بوتي، المتحدث باسم القصر، إن الموظف أوقف عن العمل.\n\nوقال بيار-أنتوني هيلدبران إن المساواة مبدأ دستوري." => [
        ("الموظف أوقف", Indirect, Some("برونو روجيه-بوتي"), Some(Rule::CueVerb)),
        ("المساواة مبدأ", Indirect, Some("بيار-أنتوني هيلدبران"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // "نظيره" is "his counterpart" (a man), not the feminine نظيرة, and the counterpart who made
    // the statement is its author.
    his_counterpart_is_a_man_and_the_statements_author: "وزار الوزير السعودي الدوحة.\n\nوفي المقابل أكد نظيره القطري أن التحالف متماسك.\n\nودان رئيس الوزراء تصريحات نظيره البولندي، ماتيوش مورافيتسكي، التي قال فيها إن الحرب انتهت." => [
        ("التحالف متماسك", Indirect, Some("نظيره القطري"), Some(Rule::CueVerb)),
        ("الحرب انتهت", Indirect, Some("ماتيوش مورافيتسكي"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // The clause after a claim is its author's, not the words of the one who rejects it; its
    // author is no subject the next verb takes; a claim no one is named for is no quote.
    a_claim_is_its_authors: "ورفض الوزير مزاعم المعارضة بأن الانتخابات مزورة، وقال إن النتائج نهائية.\n\nرافضا اتهامات واشنطن بأن موسكو تنتهك التزاماتها.\n\nوفتحت الشرطة تحقيقا في مزاعم بأن الحملة تلقت تمويلا.\n\nوقال ممثلو ادعاء أمريكيون إنها على صلة بالمخابرات." => [
        ("الانتخابات مزورة", Indirect, Some("المعارضة"), Some(Rule::CueVerb)),
        ("النتائج نهائية", Indirect, Some("الوزير"), Some(Rule::Continuation)),
        ("موسكو تنتهك", Indirect, Some("واشنطن"), Some(Rule::CueVerb)),
        ("على صلة", Indirect, Some("ممثلو ادعاء أمريكيون"), Some(Rule::CueVerb)),
    ];
}

#[test]
fn a_claim_no_one_is_named_for_is_no_quote() {
    let text = "وفتحت الشرطة تحقيقا في مزاعم بأن الحملة تلقت تمويلا.\n\nونفى الوزير مزاعم بأن الانتخابات مزورة.";
    let a = Article::parse(text);
    let contents: Vec<&str> = a.quotes().iter().map(|q| q.content.slice(text)).collect();
    assert!(contents.is_empty(), "{contents:?}");
}

/// A body whose name the gazetteer reads inside quotation marks after its noun (منظمة "هيومن
/// رايتس ووتش"، صحيفة "نيويورك تايمز") is the speaker's entity; an outlet's noun before a body
/// that is no outlet ("موقع "حماس"", Hamas's site) is not that body.
#[test]
fn a_body_named_in_quotation_marks_is_linked() {
    let text = "وقالت منظمة \"هيومن رايتس ووتش\" إن السلطات اعتقلت العشرات.\n\nوذكرت صحيفة \"نيويورك تايمز\" أن المفاوضات توقفت.\n\nوذكر موقع \"حماس\" أن القصف استمر.";
    let entity_of = |start: &str| speaker_entity(text, start).1;
    assert_eq!(
        entity_of("السلطات اعتقلت").as_deref(),
        Some("human-rights-watch")
    );
    assert_eq!(
        entity_of("المفاوضات توقفت").as_deref(),
        Some("new-york-times")
    );
    assert_eq!(entity_of("القصف استمر"), None);
}

/// An indefinite body's noun before a name the gazetteer knows without it ("وكالة بلومبرج"،
/// "وكالة أنباء سبوتنيك") is that body; not a second body joined with و, nor one after a definite
/// noun, which is the verb's object.
#[test]
fn a_body_noun_before_a_known_name_is_that_body() {
    let text = "وقالت وكالة بلومبرج إن الأسعار ارتفعت.\n\nوذكرت وكالة أنباء سبوتنيك أن الوفد وصل.\n\nوطالبت الوزارة مفوضية اللاجئين بوضع برنامج، موضحة أنها تتطلع للعمل معها.";
    let entity_of = |start: &str| speaker_entity(text, start).1;
    assert_eq!(entity_of("الأسعار ارتفعت").as_deref(), Some("bloomberg"));
    assert_eq!(entity_of("الوفد وصل").as_deref(), Some("sputnik"));
    assert_ne!(entity_of("تتطلع للعمل").as_deref(), Some("unhcr"));
}

quotes! {
    // A body's name in quotation marks as the genitive of a role ("لحركة "…"") belongs to the
    // subject; the person named after it is the speaker.
    quoted_body_inside_a_role: "وقال المدير التنفيذي لحركة \"بريطانيا المفتوحة\" جيمس ماكغروري إن الخروج ليس حتميا." => [
        ("الخروج ليس", Indirect, Some("جيمس ماكغروري"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A foreign given name in ين (نغوين، فيرجين) opens a name when more of it follows.
    foreign_given_name_in_yeen: "من جهته، قال نغوين دوي دنغ للموقع نفسه، إن بيته غمرته المياه." => [
        ("بيته غمرته", Indirect, Some("نغوين دوي دنغ"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // "… أدلى بها X …، حيث قال": the one who gave the statement speaks.
    whereupon_after_who_gave_the_statement: "جاء ذلك في تصريحات لم تتمكن القناة من التأكد منها، أدلى بها السفير الروسي لقناة محلية، حيث قال: \"تلقيت من موسكو مهمة عاجلة\"." => [
        ("تلقيت من موسكو", Direct, Some("السفير الروسي"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // "… نقلته الوكالة على لسان X، حيث قال": X speaks; not in "ما جاء على لسان X" after another's
    // verb, which is what X had said.
    whereupon_after_a_relayed_tongue: "جاء ذلك وفقا لما نقلته وكالة الأنباء الرسمية على لسان مصدر بالخارجية، حيث قال: \"القرار مرفوض تماما\".\n\nوأكد محامي المتهم، سامي العلي، ما جاء على لسان المشتكية، حيث قال \"بالفعل يعرفها منذ سنوات\"." => [
        ("القرار مرفوض", Direct, Some("مصدر بالخارجية"), Some(Rule::CueVerb)),
        ("بالفعل يعرفها", Direct, Some("سامي العلي"), Some(Rule::Continuation)),
    ];
}

quotes! {
    // Those close to someone, a person, an academy speak; a participle after a source phrase
    // with no verb before it is the source's.
    close_ones_person_academy_and_a_source_before_a_participle: "المقربون من الرئيس، قالوا إن قائد الأركان نصحه بالانسحاب.\n\nوزعم شخص كوري شمالي عمل في الموسيقى العسكرية إن الفتيات تعرضن للاستغلال.\n\nوتعاني الأكاديمية من أزمة، والتي قالت في بيان سابق إن سمعة الجائزة تأثرت.\n\nولكن ليس كل شخص مهدد في بلده ملاحقا سياسيا، حسب المتحدث باسم الوزارة، مضيفا أن كل طالب لجوء عليه أن يثبت ذلك." => [
        ("قائد الأركان", Indirect, Some("المقربون من الرئيس"), Some(Rule::CueVerb)),
        ("الفتيات تعرضن", Indirect, Some("شخص كوري شمالي"), Some(Rule::CueVerb)),
        ("سمعة الجائزة", Indirect, Some("الأكاديمية"), Some(Rule::Relative)),
        ("كل طالب", Indirect, Some("المتحدث باسم الوزارة"), Some(Rule::Participle)),
    ];
}

quotes! {
    // "ما ذكره X …، حين قال إن": X speaks.
    when_he_said_after_what_he_said: "ويستند الطلب إلى ما ذكره السفير الأميركي لدى الدوحة عام 2009، حين قال إن القناة أداة سياسية." => [
        ("القناة أداة", Indirect, Some("السفير الأميركي"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // "وفق تقديره" is the speaker's own estimate and "حسب رغبة المدرب" what no one said: neither is a
    // source that takes the words.
    own_estimate_and_unsaid_basis_are_no_sources: "فيما أكد إداري الفريق سامي العمار بأن المعسكر يسير كما خطط له، مضيفا بأن الفريق سيخوض 5 مباريات حسب رغبة المدرب خالد المصري.\n\nأما الحزب، فقد اعتبر أن المحاكمات \"دارت في ظل التعتيم\"، وفق تقديره." => [
        ("المعسكر يسير", Indirect, Some("سامي العمار"), Some(Rule::CueVerb)),
        ("دارت في ظل", Partial, Some("الحزب"), Some(Rule::Continuation)),
    ];
}

/// A verb vowelled as passive ("وُصف بأنه"، "أُعلن أن") has no subject: no one speaks its words.
#[test]
fn a_vowelled_passive_verb_has_no_speaker() {
    let text = "توفي الرئيس السابق عبد الرحمن سالم، الذي وُصف بأنه الزعيم الوحيد الذي تنازل عن السلطة.\n\nوأُعلن أن الاجتماع سيعقد غدا.";
    let a = Article::parse(text);
    for q in a.quotes() {
        assert!(q.speaker.is_none(), "{:?}", q.content.slice(text));
    }
}

quotes! {
    // A source phrase opening the sentence, the marked words right after it: the source's.
    source_phrase_right_before_marked_words: "ووفقا لمصادر إعلامية محلية \"فقد قضت المحكمة بإعدام ثلاثة مواطنين\"." => [
        ("فقد قضت", Partial, Some("مصادر إعلامية محلية"), Some(Rule::SourcePhrase)),
    ];
}

quotes! {
    // A name in marks right after the verb and described at once ("وهي …") is the subject's name,
    // no words spoken.
    quoted_subject_described_after_it: "قالت \"الجبهة الوطنية للتحرير\" وهي ائتلاف فصائل معارضة إنها صدت الهجوم." => [
        ("الجبهة الوطنية للتحرير", NonSpeech, None, None),
    ];
}

quotes! {
    // A title in marks after its noun (a documentary, a series) is a name.
    title_of_a_documentary: "وقال المهندس يوجين كوهن، في الوثائقي \"لينينغ آوت\"، إن البرج يميل منذ سنوات." => [
        ("لينينغ آوت", NonSpeech, None, None),
    ];
}

quotes! {
    // An outlet's letters spelled out in marks after لـ are whom the words were given to.
    spelled_outlet_after_lam: "وقالت جينفر ساتكليف لـ \"كيه أي أي أي\" إن زوجها شعر بنوبة حادة." => [
        ("كيه أي أي أي", NonSpeech, None, None),
    ];
}

#[test]
fn a_known_person_after_the_subject_and_a_role_is_the_object() {
    // "X attacked the former president, Y, saying": the saying is X's, named right after the verb,
    // not the known person who is the verb's object.
    let text = "هاجم النائب المصري أحمد سامي الرئيس التونسي السابق، منصف المرزوقي، الأربعاء، قائلا إنه \"باع نفسه\".";
    assert_eq!(
        speaker_entity(text, "باع نفسه"),
        (Some("أحمد سامي".into()), None)
    );
    let text = "انتقد رجل الأعمال سمير شاكر وزير الخارجية الأمريكي مايك بومبيو، مؤكدا أن زيارته \"بلا جدوى\".";
    assert_eq!(
        speaker_entity(text, "بلا جدوى"),
        (Some("سمير شاكر".into()), None)
    );
}

quotes! {
    // A known person named with a role after ل is whom the words were said to, or whose the
    // subject is: the lawyer speaks, not the president.
    person_after_a_role_with_lam: "وقال المحامي السابق للرئيس الأمريكي دونالد ترامب إن موكله كان يعلم بالاجتماع." => [
        ("موكله كان", Indirect, Some("المحامي السابق للرئيس الأمريكي"), Some(Rule::CueVerb)),
    ];
    said_to_a_role_with_lam: "قال أحمد سامي لوزير الخارجية الأمريكي مايك بومبيو إن الاتفاق انتهى." => [
        ("الاتفاق انتهى", Indirect, Some("أحمد سامي"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A verb of two letters with its و (ورد، وشن) opens the sentence: its subject speaks after it.
    two_letter_verb_opening_the_sentence: "وأعلن الوزير سامي قاسم أن الحكومة باقية. ورد جون كاسن على السؤال، قائلا: \"نحن لا نتراجع\"." => [
        ("الحكومة باقية", Indirect, Some("سامي قاسم"), Some(Rule::CueVerb)),
        ("نحن لا نتراجع", Direct, Some("جون كاسن"), Some(Rule::Participle)),
    ];
}

quotes! {
    // News websites speak; positions (مواقع القتال) do not.
    news_websites_speak: "كشفت مواقع إخبارية يمنية أن المسلحين فروا من المدينة." => [
        ("المسلحين فروا", Indirect, Some("مواقع إخبارية يمنية"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A lone foreign name ending in ا right before the words is the speaker; adverbs written so,
    // and participles of manner, are not.
    lone_name_ending_in_alef: "وقال المحقق إن القضية مغلقة. وقال أيضا إن الملف سيفتح. وقال ساخرا إن الأمر مضحك. وقالت تاباتا إن والدتها لم تعرف شيئا." => [
        ("القضية مغلقة", Indirect, Some("المحقق"), Some(Rule::CueVerb)),
        ("الملف سيفتح", Indirect, Some("المحقق"), Some(Rule::Continuation)),
        ("الأمر مضحك", Indirect, Some("المحقق"), Some(Rule::Continuation)),
        ("والدتها لم", Indirect, Some("تاباتا"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A known person in the genitive of the statements or claims the verb is about is not its
    // subject: the participle is the ambassador's.
    person_whose_statements_are_rejected: "وكان نوري المالكي قد هاجم الجيران. ورفض السفير حسين سالم، مساعد وزير الخارجية الأسبق، تصريحات المالكي، مؤكدا أنها غير مقبولة." => [
        ("غير مقبولة", Indirect, Some("السفير حسين سالم"), Some(Rule::Participle)),
    ];
}

quotes! {
    // An indefinite plural's phrase ends before a definite word (its object) and a person named
    // right after it is in the object, not the group: the diplomats speak.
    plural_group_before_its_object: "استنكر دبلوماسيون عرب التصريحات، مؤكدين أنها كاذبة." => [
        ("كاذبة", Indirect, Some("دبلوماسيون عرب"), Some(Rule::Participle)),
    ];
    plural_group_before_a_person_in_its_object: "استنكر دبلوماسيون عرب هجوم نوري المالكي، مؤكدين أنها كاذبة." => [
        ("كاذبة", Indirect, Some("دبلوماسيون عرب"), Some(Rule::Participle)),
    ];
}

quotes! {
    // After لأن "because" the subject comes before its verb, as after إن.
    subject_after_because: "وجرى تمديد حالة الطوارئ لأن الحكومة تعتبر أن الخطر ما زال مرتفعا." => [
        ("الخطر ما", Indirect, Some("الحكومة"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // عبّر "expressed", written as the preposition عبر, opens a sentence with عن after it; its
    // subject (as أعرب's) ends at عن, and a partial quote after it is the subject's.
    expressed_opening_the_sentence: "وصل الوفد إلى الدوحة. وعبرت الرئيسة عن \"سعادتها الكبيرة\" بالزيارة." => [
        ("سعادتها الكبيرة", Partial, Some("الرئيسة"), Some(Rule::CueVerb)),
    ];
    expressed_hope_that: "وأعرب ظافر عن سعادته بإتمام التوقيع مع النادي، وقدم شكره للإدارة وحسن الاستقبال الذي وجده متمنيا أن يقدم الكثير." => [
        ("يقدم الكثير", Indirect, Some("ظافر"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A verbal noun whose و is its own letter (وجود، وقوع) after a definite body is the verb's
    // object, not part of the body's name.
    body_then_a_verbal_noun_in_waw: "أكدت الشرطة وجود \"مسلح طليق\" قرب المقر." => [
        ("مسلح طليق", Partial, Some("الشرطة"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A channel's name after قنوات is a name; what a thing is like (حسب شكل …) is no source.
    channels_name_after_its_noun: "وأكد المجلس تفهمه للأسباب التي دعت السعودية إلى منع قنوات \"بي . إن. سبورت\" التابعة لشبكة الجزيرة من البث." => [
        ("بي . إن. سبورت", NonSpeech, None, None),
    ];
    shape_is_no_source: "وهذه البؤرة هي التي تخلق \"سرة\" تجميع بقية العناصر حولها، وذلك حسب شكل هذه العناصر وصلاحيتها." => [
        ("سرة", NonSpeech, None, None),
    ];
}

quotes! {
    // "On the other hand," opens the sentence before its verb, as "on his part" does: the body
    // after the verb is the participle's subject.
    on_the_other_hand_opener: "وقالت القاضية ناومي باكوالد إن الحجب غير قانوني. من ناحية أخرى، رفضت وزارة العدل الأمريكية قرار المحكمة، مؤكدة أن نشاط الرئيس ضمن حدود حريته." => [
        ("الحجب غير", Indirect, Some("القاضية ناومي باكوالد"), Some(Rule::CueVerb)),
        ("نشاط الرئيس", Indirect, Some("وزارة العدل الأمريكية"), Some(Rule::Participle)),
    ];
}

#[test]
fn an_after_a_word_of_time_is_no_complementizer() {
    // بعد أن / قبل أن open a clause of time, and "لم يتضح بعد إن" asks whether: no reported words
    // start there. (The adverb "من قبل" still reports: "قال من قبل إن".)
    let text = "وقال الوزير بعد أن التقى الرئيس إن الاتفاق قريب. وذكرت الشرطة تبحث عن دوافع مرتبطة بالكراهية، ولم يتضح بعد إن كان انفجار الأحد مرتبطا بالتفجيرات السابقة. وكانت الوزارة قالت من قبل إن العمل مستمر.";
    assert_eq!(quote_contents(text), ["الاتفاق قريب", "العمل مستمر"]);
}

quotes! {
    // A lone name closing a source phrase is the source, and a participle after it is theirs.
    lone_name_closing_a_source_phrase: "وقتل السائق عندما أطلق مجهول النار عليه بحسب ما أشار بريتس، مضيفا أنه لم يتم تحديد نوع السلاح." => [
        ("لم يتم", Indirect, Some("بريتس"), Some(Rule::Participle)),
    ];
}

quotes! {
    // A body named right after a person's role is the role's genitive: the member, the spokesman,
    // speaks, not the body.
    member_of_a_body_speaks: "وسعى عضو البرلمان البريطاني عن مدينة سالزبري إلى طمأنة السكان، مؤكدا أن المدينة آمنة." => [
        ("المدينة آمنة", Indirect, Some("عضو البرلمان البريطاني"), Some(Rule::Participle)),
    ];
}

quotes! {
    // A body named with its article after a definite subject that is no role is the verb's
    // object: the report accuses, the Houthis are accused.
    body_after_a_definite_subject_is_the_object: "ويتهم التقرير الحوثيين باستخدام \"أسلحة تضرب مساحات كبيرة\" في المدن." => [
        ("أسلحة تضرب", Partial, Some("التقرير"), Some(Rule::SentenceSubject)),
    ];
}

quotes! {
    // A verb of describing or naming with its object pronoun (ووصفتها، ما سماه) says who
    // described: the subject after it, else the sentence's subject; the quotation right after it
    // is a fragment, not the whole statement.
    describing_verb_with_an_object_pronoun: "وتحكم البلاد منذ عام 1994 عائلة واحدة، ووصفتها الحكومة الكندية في 2005 بأنها \"آخر ممالك القارة\".\n\nوندد الرئيس في خطابه بما سماه \"الإرهاب المسلح بكل أشكاله\" في الشمال." => [
        ("آخر ممالك", Partial, Some("الحكومة الكندية"), Some(Rule::CueVerb)),
        ("الإرهاب المسلح", Partial, Some("الرئيس"), None),
    ];
    // A relative pronoun before such a verb is what was described, not who described it; after
    // a preposition the form is a verbal noun ("his describing"), whose object is no speaker.
    relative_before_a_describing_verb_is_its_object: "وأكد رئيس الوزراء أن بلاده لن تلتزم بقرار المجلس الذي وصفه بـ\"المخزي\".\n\nوفتح التحالف تحقيقا في الغارة، بعد يوم على وصفه القصف بأنه \"عمل عسكري مشروع\" ضد المسلحين." => [
        ("المخزي", Partial, Some("رئيس الوزراء"), None),
        ("عمل عسكري", Partial, Some("التحالف"), None),
    ];
    // After a verb of naming, a noun that cannot speak is the name given, not the subject.
    name_given_after_a_naming_verb_is_no_speaker: "ودافع وزير الخارجية عما أسماه الحق في الدفاع عن النفس، وقال إن بلاده لن تتراجع." => [
        ("بلاده لن", Indirect, Some("وزير الخارجية"), None),
    ];
    // A short family name starting with ب alone between the verb and the words is the speaker.
    short_name_starting_with_ba: "وقال بيج إنه لم يلتق الرئيس في حياته." => [
        ("لم يلتق", Indirect, Some("بيج"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A word or two in marks after the sentence's subject is a name or a term, no one's words,
    // unless the sentence describes or accuses.
    short_term_after_the_subject_has_no_speaker: "واستقبلت فرنسا بعد الحرب نحو 60 ألف عنصر من \"الحركى\"، وقال مسؤول إن العدد أكبر.\n\nونعت الرئيس الاتفاق بـ\"الكارثي والمعيب\"، وقال إنه سينسحب منه.\n\nوشدد الوزير على موقف بلاده، وأن الخلاف سببه الرغبة بوضع الدوحة \"تحت الوصاية\"، نافيا نية الانسحاب." => [
        ("الحركى", NonSpeech, None, None),
        ("الكارثي", Partial, Some("الرئيس"), Some(Rule::SentenceSubject)),
        ("تحت الوصاية", Partial, Some("الوزير"), None),
    ];
    // نقل with no source (عن، على لسان), clause or quotation after it is the verbal noun
    // "moving", no verb that opens a new statement: the reported clause goes on.
    moving_is_no_relay: "وقال المتحدث إن الوزير تحدث مع نظيره عن الاعتراف بالمدينة عاصمة ونقل سفارة بلاده إليها." => [
        ("الوزير تحدث مع نظيره عن الاعتراف بالمدينة عاصمة ونقل سفارة بلاده إليها", Indirect, Some("المتحدث"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // آن with its madda is a name (Anne) or "now", no complementizer: no reported clause after
    // it, and the woman it names speaks next.
    anne_is_no_complementizer: "وأشادت آن هيدالغو، عمدة المدينة، ببطولة الشاب، وقالت إنها اتصلت به لتشكره.\n\nوقال المدير إن السوق يمنح الزائر الفائدة والمتعة في آن معا." => [
        ("اتصلت به", Indirect, Some("آن هيدالغو"), None),
        ("السوق يمنح الزائر الفائدة والمتعة في آن معا", Indirect, Some("المدير"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A demonym in the definite plural fronted before a plural verb is a people speaking, linked
    // to its country: "لكن الإيرانيين … يقولون إن".
    people_named_by_demonym_speak: "وقال الوزير إن العقوبات قانونية. لكن الإيرانيين، الذين رفعوا القضية إلى المحكمة، يقولون إن القرار دليل على بطلانها." => [
        ("القرار دليل", Indirect, Some("الإيرانيين"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // The present tense too: "ما تعتبره الأمم المتحدة "…"" quotes a description, a fragment
    // whose speaker is the verb's subject; the relative pronoun before "يعتبره" is its object.
    describing_verb_in_the_present: "وأدى تجدد القتال إلى تفاقم ما تعتبره الأمم المتحدة \"أسوأ أزمة إنسانية في العالم\".\n\nلكن الرئيس انتقد الاتفاق لأنه لا يتطرق إلى دور الجار الذي يعتبره \"مزعزعا للاستقرار\" في المنطقة." => [
        ("أسوأ أزمة", Partial, Some("الأمم المتحدة"), Some(Rule::CueVerb)),
        ("مزعزعا", Partial, Some("الرئيس"), None),
    ];
}

quotes! {
    // A person named in a phrase with من after an unnamed speaker's phrase is in its complement:
    // the spokesman downplays.
    person_after_min_is_in_the_complement: "قلل المتحدث باسم الرئاسة من أهمية عدم تهنئة الرئيس الأميركي دونالد ترامب للرئيس الفائز، قائلا إنها ليست بالأمر الهام." => [
        ("ليست بالأمر", Indirect, Some("المتحدث باسم الرئاسة"), Some(Rule::Participle)),
    ];
}

/// A participle of saying with its own reported clause starts the narrator's clause, comma or
/// not: the first clause ends before it and the second is its own quote.
#[test]
fn participle_without_comma_ends_the_clause() {
    let text = "وقال الوزير إن الدوحة مستعدة لقبول جهود الوساطة مضيفا أن الأمير أرجأ خطابه.";
    let a = Article::parse(text);
    let contents: Vec<(&str, Option<Rule>)> = a
        .quotes()
        .iter()
        .map(|q| (q.content.slice(text), q.rule))
        .collect();
    assert_eq!(
        contents,
        [
            ("الدوحة مستعدة لقبول جهود الوساطة", Some(Rule::CueVerb)),
            ("الأمير أرجأ خطابه", Some(Rule::Participle)),
        ]
    );
}

/// A verbal noun of saying with its subject after it reports a clause as its verb would; with
/// its object, after رفض / إلى, or in construct after a noun, it reports nothing.
#[test]
fn verbal_noun_of_saying() {
    assert_speakers(&[
        (
            "وجاء ذلك عقب تأكيد وزير الخارجية، سامي العلي، على أن بلاده لا تخشى العقوبات.",
            "بلاده لا تخشى",
            "سامي العلي",
        ),
        (
            "وقال أحمد في خطاب إعلان الحكومة أمام البرلمان إن المرأة ستساعد في محاربة الفساد.",
            "المرأة ستساعد",
            "أحمد",
        ),
    ]);
    for text in [
        "ورفض المكتب تأكيد المزاعم بأن الوزير استقال.",
        "وقالت الوزارة إنها ستسعى إلى تحذير الجمهور عندما تعتقد أن الخطر قائم.",
    ] {
        assert!(
            !quote_speakers(text)
                .iter()
                .any(|s| matches!(s, Some("المزاعم" | "الجمهور"))),
            "{text}: the verbal noun's object speaks"
        );
    }
}

quotes! {
    // Praying to God (دعا الله) or for someone's mercy or cure (دعا للجرحى بالشفاء) reports no
    // words, down to the prayer's "إنه سميع مجيب"; God, prayed to, speaks for no one after.
    prayer_is_no_report: "وقال الشيخ إن الإرهاب جريمة. ودعا الله تعالى للشهداء بالرحمة وأن يكونوا في عداد الأبرار، كما دعا للجرحى بالشفاء وأن يحفظ الله البلاد إنه سميع مجيب، وقال إن الأمن نعمة." => [
        ("الإرهاب جريمة", Indirect, Some("الشيخ"), Some(Rule::CueVerb)),
        ("الأمن نعمة", Indirect, Some("الشيخ"), Some(Rule::Continuation)),
    ];
}

/// No part of a prayer is a reported clause.
#[test]
fn prayer_clauses_are_no_quotes() {
    let text = "وقال الشيخ إن الإرهاب جريمة. ودعا الله تعالى للشهداء بالرحمة وأن يكونوا في عداد الأبرار، كما دعا للجرحى بالشفاء وأن يحفظ الله البلاد إنه سميع مجيب.";
    assert_eq!(quote_contents(text), ["الإرهاب جريمة"]);
}

/// A reported clause that is only the quotation and the writer's "in his words" (على حد تعبيره،
/// من وجهة نظره) is the quotation itself: one direct quote, no indirect one around it.
#[test]
fn quotation_with_in_his_words_is_the_whole_clause() {
    for tail in ["، على حد تعبيره", " حسب تعبيره", "، من وجهة نظره"]
    {
        let text = format!("وقال الوزير إن \"الخطة ستنجح في النهاية\"{tail}.");
        let a = Article::parse(&text);
        let kinds: Vec<(K, &str)> = a
            .quotes()
            .iter()
            .map(|q| (q.kind, q.content.slice(&text)))
            .collect();
        assert_eq!(kinds, [(K::Direct, "الخطة ستنجح في النهاية")], "{text}");
    }
}

/// A complementizer written twice opens its clause at the second: the quotation after it is the
/// whole statement.
#[test]
fn complementizer_written_twice() {
    let text = "وقال المتحدثون إن إن التحقيق لم يكتمل.";
    assert_eq!(quote_contents(text), ["التحقيق لم يكتمل"]);
}

/// A verb of describing right before بأن, with no object pronoun, is passive: what it describes
/// was described so by no one named; with its subject written it is active.
#[test]
fn describing_verb_before_bi_an_is_passive() {
    let text = "والتقى الوزير نظيره وعقد معه مفاوضات وصفت بأنها \"مصيرية\".";
    assert!(quote_speakers(text).iter().all(Option::is_none), "{text}");
    assert_speakers(&[(
        "ووصف الوزير الهجوم بأنه \"عمل جبان\".",
        "عمل جبان",
        "الوزير",
    )]);
}

quotes! {
    // A people named by a demonym in the nominative alone after a verb of saying or view speaks,
    // linked to its country; in the accusative it is the verb's object.
    people_after_the_verb: "ويرى الفلسطينيون أن القرار غير قانوني.\n\nوأشاد الكاتب بالشعب، ووصف الصينيين بأنهم \"أذكياء جدا ومجدون\"." => [
        ("القرار غير", Indirect, Some("الفلسطينيون"), Some(Rule::CueVerb)),
    ];
}

/// In the accusative a people after a verb of describing is whom it described, not the speaker.
#[test]
fn people_in_the_accusative_are_the_object() {
    let text = "وأشاد الكاتب بالشعب، ووصف الصينيين بأنهم \"أذكياء جدا ومجدون\".";
    assert!(!quote_speakers(text).contains(&Some("الصينيين")), "{text}");
}

quotes! {
    // A participle of saying after a prayer reports its own clause, and God, prayed to, is not its
    // subject.
    participle_after_a_prayer: "وقال الشيخ إن الإرهاب جريمة. ودعا الله للشهداء بالرحمة، مؤكدا أن الإرهاب لا دين له." => [
        ("الإرهاب لا دين", Indirect, Some("الشيخ"), None),
    ];
}

quotes! {
    // وصف begins with و: without a conjunction it is still the verb of describing, the definite
    // noun after it the subject and the person after that the object.
    bare_describing_verb: "وصف التقرير الأممي وزير الخارجية الروسي سيرغي لافروف بأنه \"دبلوماسي محنك\"." => [
        ("دبلوماسي محنك", Partial, Some("التقرير الأممي"), Some(Rule::CueVerb)),
    ];
    // A name after the noun's own complement, or after a comma that closes the noun's phrase, is
    // in apposition to it: the noun is the speaker's role.
    name_after_the_subjects_complement: "ووصفت القيادية بالحزب الجمهوري نيكي هيلي القرار بأنه \"مخز\".\n\nوصفت الطالبة الفرنسية ورئيسة اتحاد الطلبة، مريم الصالح، الانتقادات بأنها \"محزنة\"." => [
        ("مخز", Partial, Some("نيكي هيلي"), Some(Rule::CueVerb)),
        ("محزنة", Partial, Some("مريم الصالح"), Some(Rule::CueVerb)),
    ];
    // A comma right after the noun parts the subject from the object.
    comma_after_the_subject: "انتقدت الصحيفة، وزير الداخلية محمد السالم، واتهمته بأنه \"يضلل الرأي العام\"." => [
        ("يضلل الرأي", Partial, Some("الصحيفة"), None),
    ];
}

quotes! {
    // A verbal noun of saying reports the clause of any complementizer ahead (أنها، بأنه), and
    // takes its subject's gender: a country or a woman may follow it.
    verbal_noun_with_a_pronoun_complementizer: "وجاء ذلك بعد ساعات من إعلان الصين أنها حصلت على تعهد بنزع السلاح.\n\nوجاء القرار بعد تأكيد الوزيرة أنها ستستقيل." => [
        ("حصلت على", Indirect, Some("الصين"), Some(Rule::CueVerb)),
        ("ستستقيل", Indirect, Some("الوزيرة"), Some(Rule::CueVerb)),
    ];
    // The verbal noun as the object of a verb of describing reports nothing: what follows بأنه
    // is the description.
    verbal_noun_described: "ووصف وزير الخارجية الفرنسي جان إيف لودريان إعلان إيران بأنه \"مبادرة غير مرحب بها\"." => [
        ("مبادرة غير", Partial, Some("جان إيف لودريان"), Some(Rule::CueVerb)),
    ];
}

/// A verbal noun right after a complementizer is its clause's subject, not a report of its own.
#[test]
fn verbal_noun_opening_a_clause_reports_nothing() {
    let text = "وأشار المحلل إلى أن إعلان الجماعة وقوفها مع إيران يدل على أنها تمثلها في المنطقة.";
    assert_eq!(quote_speakers(text), vec![Some("المحلل")], "{text}");
}

/// After a count كتب is "books", and a title among them has no speaker; after a year it is the
/// verb "wrote".
#[test]
fn books_after_a_count_are_no_verb() {
    let text =
        "وحصل الكاتب على جائزة الدولة. كما ألف خمسة كتب سياسية من بينها \"دفاعا عن الحرية\".";
    assert_eq!(quote_speakers(text), vec![None], "{text}");
    let text = "وكان المدون قد نشر صورا عدة.\n\nوفي 2 يوليو 2014 كتب المدون: \"سننتصر\".";
    assert_eq!(quote_speakers(text), vec![Some("المدون")], "{text}");
}

/// A word with the accusative's tanween (اعتباراً، أيضاً) is an adverb, never part of a name: the
/// object of a verb with no subject of its own is no speaker for the statements after it.
#[test]
fn no_name_with_tanween() {
    let text = "أعلن الرئيس الفلسطيني محمود عباس أن السفارة بؤرة استيطانية.\nوأكد تنكيس الأعلام اعتباراً من الثلاثاء لمدة ثلاثة أيام.\nوقال في كلمة متلفزة إن الاجتماع سيمتد عدة أيام.";
    assert_eq!(
        quote_speakers(text),
        vec![Some("محمود عباس"), Some("محمود عباس")],
        "{text}"
    );
}

/// A number is never part of a name: "فقرة واحدة جيدة" and "قتل خمسة عناصر" are the objects of
/// the verbs before them, and the writer they follow goes on speaking.
#[test]
fn no_name_with_a_number() {
    let text = "ويقول الروائي ماركيز إنه يكتب كل صباح.\nويعتبر الحظ حليفه إذا كتب فقرة واحدة جيدة في يوم كامل.\nويؤكد أن الكتابة مسألة مؤلمة.";
    assert_eq!(
        quote_speakers(text),
        vec![Some("الروائي ماركيز"), Some("الروائي ماركيز")],
        "{text}"
    );
}

quotes! {
    // "وهي تبكي" after the verb is a clause about its subject, not a name: the speaker is the one
    // named before.
    clause_about_the_subject_is_no_name: "وقالت الممثلة روزان بار إنها ستعود. وقالت وهي تبكي \"إنها آسفة جدا\"." => [
        ("إنها آسفة", Direct, Some("الممثلة روزان بار"), Some(Rule::Continuation)),
    ];
}

quotes! {
    // A name the lists do not know, then a relative clause about it between commas, then the
    // words: the name speaks.
    unknown_name_then_a_relative_clause: "وقال بوعنان، الذي نفذ الهجمات، إنه كان يعتبر نفسه جنديا.\n\nوقالت كارول، التي كانت تتسوق في المتجر، إن الناس حاولوا الاختباء." => [
        ("كان يعتبر", Indirect, Some("بوعنان"), Some(Rule::CueVerb)),
        ("الناس حاولوا", Indirect, Some("كارول"), Some(Rule::CueVerb)),
    ];
}

/// A dual verb (وأضافا) does not continue one person named before: its subject is two.
#[test]
fn dual_verb_continues_no_single_person() {
    let text = "وقال المرشد فيناياك غايكواد إن الطريق مغلق.\nوتسبب الزلزال في انقطاع المياه، وفقا لكاثرين وأليكس.\nوأضافا: \"رأينا حاويات مياه كثيرة في طريقنا\".";
    let speakers = quote_speakers(text);
    assert_eq!(
        speakers.first(),
        Some(&Some("المرشد فيناياك غايكواد")),
        "{text}"
    );
    assert!(
        !speakers[1..].contains(&Some("المرشد فيناياك غايكواد")),
        "{speakers:?}"
    );
}

/// A body named inside an earlier participle's reported clause is not the subject of the next
/// participle: the sentence goes on with the speaker before it.
#[test]
fn no_subject_inside_a_reported_clause() {
    let text = "وجدد الأمين العام أنطونيو غوتيريش الالتزام بتعزيز الشراكة مع الاتحاد الأفريقي. مشددا بأن الأمم المتحدة لا يمكن أن تفشل في أفريقيا، لافتا إلى أن الاتحاد الأفريقي هو الشريك الأقرب للمنظمة.";
    let speakers = quote_speakers(text);
    assert!(!speakers.contains(&Some("الأمم المتحدة")), "{speakers:?}");
    assert!(speakers.contains(&Some("أنطونيو غوتيريش")), "{speakers:?}");
}

quotes! {
    // The verb's own preposition (أكد على، أشار إلى) may close the subject before the
    // complementizer.
    subject_before_the_verbs_preposition: "وأكد الجانبان على أن أمن المنطقة كل لا يتجزأ.\n\nوأكد الجانب الأردني على أن الحدود آمنة." => [
        ("أمن المنطقة", Indirect, Some("الجانبان"), Some(Rule::CueVerb)),
        ("الحدود آمنة", Indirect, Some("الجانب الأردني"), Some(Rule::CueVerb)),
    ];
}

quotes! {
    // A verbal noun of saying after a definite noun ends the speaker's phrase: it is the verb's
    // object.
    verbal_noun_ends_the_speakers_phrase: "ووصف الوزير إعلان إيران بأنه \"مبادرة غير مرحب بها\"." => [
        ("مبادرة غير", Partial, Some("الوزير"), Some(Rule::CueVerb)),
    ];
}

/// The object of the verb is no part of its subject: a noun in construct after the definite
/// subject ("ونفى المسؤول صحة الشائعات"), or a phrase of time after a name ("عقب المباراة").
#[test]
fn objects_and_times_end_the_subject() {
    let text = "ونفى المسؤول صحة الشائعات، مؤكدا أن الوضع مستقر.";
    assert_eq!(quote_speakers(text), vec![Some("المسؤول")], "{text}");
    let text = "وقال جوارديولا عقب المباراة إن الفريق لعب جيدا.";
    assert!(
        !quote_speakers(text).contains(&Some("جوارديولا عقب المباراة")),
        "{text}"
    );
}

/// A phrase of place after the verb is not its subject: "وكتب تحت الصورة:" goes on with the
/// writer named before, and "لدى استقباله …" is skipped to the verb's own subject.
#[test]
fn a_phrase_of_place_is_not_the_subject() {
    let text =
        "ونشرت الناشطة سلمى حداد صورة لمظاهرة في المدينة.\nوكتب تحت الصورة: \"هذه مدينتنا\".";
    assert!(
        !quote_speakers(text).contains(&Some("تحت الصورة")),
        "{text}"
    );
    let text = "وقال الرئيس عند وصوله إلى المطار إن الزيارة ناجحة.";
    assert_eq!(quote_speakers(text), vec![Some("الرئيس")], "{text}");
}

/// The saying noun with "her" and "their" (قولها، قولهم) completes نقل as قوله does: the one
/// relayed speaks, whatever their name, and "one of" a group (أحد، إحدى) is part of the source.
#[test]
fn relayed_sources_with_her_and_their_saying() {
    assert_speakers(&[
        (
            "وقال المحامي إن الحكم قاس.\nونقلت الصحيفة عن طاطور قولها: \"محاكمتي أزالت الأقنعة\".",
            "محاكمتي",
            "طاطور",
        ),
        (
            "ونقلت الإذاعة عن مصادر قولها إن المريضة بدأت تتحسن.",
            "المريضة",
            "مصادر",
        ),
        (
            "ونقلت الصحيفة عن إحدى شهود العيان قولها إن رجلا ركض نحو المبنى.",
            "رجلا",
            "إحدى شهود العيان",
        ),
        (
            "ونقلت الصحيفة عن أحد شهود العيان قوله إن رجلا ركض نحو المبنى.",
            "رجلا",
            "أحد شهود العيان",
        ),
    ]);
}

/// A surname alone after عن / على لسان is the person named in full before, linked when the
/// gazetteer knows them.
#[test]
fn a_relayed_surname_is_the_person_named_before() {
    assert_linked_speakers(&[(
        "قالت المستشارة بثينة شعبان إن الحل سياسي.\nونقلت الوكالة على لسان شعبان قولها: \"العدوان مستمر\".",
        "العدوان",
        "بثينة شعبان",
        "bouthaina-shaaban",
    )]);
    assert_speakers(&[(
        "وقال المتحدث ألكسندر بيتروفسكي إن السفارة تعمل.\nونقلت الوكالة عن بيتروفسكي قوله إن الطرد يؤثر على العمل.",
        "الطرد",
        "ألكسندر بيتروفسكي",
    )]);
}

/// A report speaks for the body that issued it, when the gazetteer knows that body: "تقرير صادر
/// عن …"، "تقرير لـ…"، "تقرير الأمم المتحدة".
#[test]
fn a_report_speaks_for_its_issuer() {
    for text in [
        "وأوضح تقرير صادر عن منظمة العفو الدولية أن آلاف السجناء ينتظرون المحاكمة.",
        "وأوضح تقرير لمنظمة العفو الدولية أن آلاف السجناء ينتظرون المحاكمة.",
    ] {
        assert_linked_speakers(&[(text, "آلاف", "منظمة العفو الدولية", "amnesty-international")]);
    }
}

/// "رفيع المستوى" is an adjective of the unnamed official, not a name in apposition.
#[test]
fn high_ranking_is_no_name() {
    let text = "وقال مسؤول عسكري إيراني رفيع المستوى في كلمة أمام البرلمان إن الرد سيكون حاسما.";
    assert_eq!(
        quote_speakers(text),
        vec![Some("مسؤول عسكري إيراني")],
        "{text}"
    );
}

/// The title of an operetta, an anthem or a poem in marks is a name, no one's words.
#[test]
fn a_song_s_title_is_a_name() {
    use akhbar::QuoteKind::*;
    assert_kinds(&[
        (
            "كما تفاعل الجمهور مع عرض أوبريت «مجدك يا وطن»",
            "مجدك يا وطن",
            NonSpeech,
        ),
        (
            "وقال السيناتور جون ماكين إن الحفل كان رائعا.\nواستمع الحضور إلى موسيقى النشيد الوطني \"يا بلادي عيشي\"",
            "يا بلادي عيشي",
            NonSpeech,
        ),
    ]);
}

/// A role phrase with no "former" names a holder of the office in the news of today, not a
/// leader of earlier years named just before it.
#[test]
fn an_office_names_its_holder_of_today() {
    let text = "التقى سعد الحريري أنصاره في ذكرى اغتيال والده رفيق الحريري.\nوقال رئيس الوزراء اللبناني إن الحكومة ستتشكل قريبا.";
    assert_linked_speakers(&[(text, "الحكومة", "رئيس الوزراء اللبناني", "saad-hariri")]);
}

/// A body's indefinite noun in construct names its own body ("حزب الأحرار"), not the last one
/// with the same noun; the definite noun alone ("الحزب") is that last one.
#[test]
fn a_body_in_construct_is_its_own() {
    let text = "قال حزب العمال البريطاني إن الانتخابات مهمة.\nوقال حزب الأحرار إن الحكومة فشلت.\nوقال الحزب إن البرنامج جاهز.";
    assert_eq!(speaker_entity(text, "الحكومة").1, None);
    assert_eq!(
        speaker_entity(text, "البرنامج").1.as_deref(),
        Some("uk-labour-party")
    );
}

/// After a noun made definite by "her" or "their", a definite noun that is no adjective is the
/// verb's object, not part of the subject.
#[test]
fn a_possessed_noun_ends_the_subject() {
    let text = "وانتقدت الحكومة الطلب، ووصفت وزارة خارجيتها الطلب في بيان بأنه \"خطوة متسرعة\".";
    assert!(
        quote_speakers(text).contains(&Some("وزارة خارجيتها")),
        "{:?}",
        quote_speakers(text)
    );
}

/// كتب right before "on it" is written there by no one named: the words on a sign or a vest are
/// no statement of whoever the sentence is about.
#[test]
fn written_on_it_is_no_ones_statement() {
    let text = "وأثار قتل مصور كان يرتدي سترة كتب عليها بخط واضح أنه صحفي موجة غضب.";
    assert!(
        quote_speakers(text).iter().all(|s| s.is_none()),
        "{:?}",
        quote_speakers(text)
    );
}

#[test]
fn a_spokesman_speaks_for_the_person_named_after_his_phrase() {
    // The president named right after "باسم الرئيس" is whom the spokesman speaks for ...
    let text = "وقال المتحدث باسم الرئيس الفلسطيني محمود عباس إن القرار مرفوض.";
    assert_eq!(
        speaker_entity(text, "القرار"),
        (Some("المتحدث باسم الرئيس الفلسطيني".into()), None)
    );
    // ... and so is a person named right after "باسم": the spokeswoman is not the first lady.
    let text = "وقالت المتحدثة باسم ميلانيا ترامب إن الزيارة تأجلت. وأضافت المتحدثة أن الموعد الجديد لم يحدد.";
    assert_eq!(
        speaker_entity(text, "الموعد"),
        (Some("المتحدثة".into()), None)
    );
    // After a body, the name is the spokesman's own.
    let text = "وقال الناطق الرسمي باسم الجبهة الشعبية حمة الهمامي إن الحكومة فشلت.";
    assert_eq!(
        speaker_entity(text, "الحكومة"),
        (Some("حمة الهمامي".into()), Some("hamma-hammami".into()))
    );
}

/// A definite subject takes no genitive: a group's noun after it opens the verb's object, whose
/// genitive the person named then is. The spokesman who accused "وفد بومبيو" goes on speaking.
#[test]
fn a_group_in_construct_after_the_subject_is_the_object() {
    let text = "وقال متحدث باسم الخارجية الكورية إن النتائج مقلقة. واتهم المتحدث وفد بومبيو بالإصرار على نزع السلاح. قال \"توقعنا أن يأتي الجانب الأميركي بفكرة بناءة\". وأوضح المتحدث أن الحل ممكن.";
    assert_eq!(
        speaker_entity(text, "توقعنا"),
        (Some("المتحدث".into()), None)
    );
    assert_eq!(speaker_entity(text, "الحل"), (Some("المتحدث".into()), None));
    assert!(Article::parse(text).appositions().is_empty());
}

/// A body's noun, an ordinal's tens or a brigade's name after a title is no name: the one who
/// urged the government is the title's holder, and a commander is named after his brigade's
/// name.
#[test]
fn a_body_after_a_title_is_no_name() {
    assert_speakers(&[
        (
            "كما دعا الرئيس الحكومة للبحث عن \"حلول جديدة\" للأزمة.",
            "حلول",
            "الرئيس",
        ),
        (
            "كما دعا الملك حكومة الجديد للبحث عن \"حلول جديدة\" للأزمة.",
            "حلول",
            "الملك",
        ),
        (
            "وقال قائد اللواء الثالث حرس حدود العميد ياسين المقطري، إنه تم تحرير الموقع.",
            "تم تحرير",
            "ياسين المقطري",
        ),
        // An ordinal after اللواء makes it a brigade, whose name is no commander's.
        (
            "وقال قائد اللواء الرابع عاصفة العميد ياسين المقطري، إن القوات تقدمت.",
            "القوات",
            "ياسين المقطري",
        ),
    ]);
    // The tens of an ordinal are no name after a title.
    let text = "قال الرئيس الخامس والأربعين إن \"الاقتصاد\" قوي.";
    assert!(
        !quote_speakers(text).contains(&Some("والأربعين")),
        "{:?}",
        quote_speakers(text)
    );
}

/// A participle that does not agree with the verb's subject is the source's the sentence gives
/// the words by, when that agrees: not a speaker of an earlier sentence.
#[test]
fn a_participle_goes_to_the_source_that_agrees() {
    let text = "وأعلن الجيش التركي أن الدوريات مستمرة. وطالبت الخارجية السورية وفق المصدر \"المجتمع الدولي بإدانة العدوان\"، مؤكداً أن الجيش عازم على \"تحرير كامل التراب\".";
    assert_speakers(&[(text, "الجيش عازم", "المصدر")]);
}

/// An adverb of manner with ب after the subject (بشدة، بوضوح) is no part of its name.
#[test]
fn a_manner_adverb_ends_the_subject() {
    assert_speakers(&[
        (
            "ونفى الوزير بشدة أن يكون القرار نهائيا.",
            "يكون القرار",
            "الوزير",
        ),
        (
            "ونفى جون سميث بشدة أن يكون القرار نهائيا.",
            "يكون القرار",
            "جون سميث",
        ),
        ("وقال سميث بوضوح إن القرار نهائي.", "القرار", "سميث"),
    ]);
}

/// A relayed source written in marks after عن is the source, not a quotation: "ونقل التلفزيون
/// عن "مصدر رسمي" قوله إن" is the official source's.
#[test]
fn a_relayed_source_in_marks_is_the_source() {
    let text = "وقال الخبراء إن الأرقام مرتفعة. ونقل التلفزيون الرسمي عن \"مصدر رسمي\" قوله إن المسلحين في حالة انهيار.";
    let a = Article::parse(text);
    let source = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "مصدر رسمي")
        .expect("the marks");
    assert_eq!(source.kind, K::NonSpeech);
    assert_speakers(&[(text, "المسلحين", "مصدر رسمي")]);
    let text = "ونقلت الوكالة عن \"مسؤول أمني\" أن المسلحين في حالة انهيار.";
    assert_speakers(&[(text, "المسلحين", "مسؤول أمني")]);
}

/// A name in marks after a role, with a phrase of place before the complementizer, is the
/// speaker's name, not a quotation; a specialist (متخصص) is a noun for a person.
#[test]
fn a_name_in_marks_before_a_phrase_and_the_complementizer() {
    let text = "من جهتها، صرحت المتخصصة بشؤون الإرهاب \"آن كلير\" في حوار لها مع قناة محلية أن هذه الإجراءات غير كافية.";
    let a = Article::parse(text);
    let name = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "آن كلير")
        .expect("the marks");
    assert_eq!(name.kind, K::NonSpeech);
    assert_speakers(&[(text, "هذه الإجراءات", "المتخصصة بشؤون الإرهاب")]);
    // (Not after an indefinite noun or a preposition: those marks hold what was heard or said.)
    let text =
        "وذكر مصدران لـ CNN سماع صوت \"انفجارات مدوية\" في المدينة أن الدفاعات تصدت للصاروخ.";
    let a = Article::parse(text);
    let heard = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "انفجارات مدوية")
        .expect("the marks");
    assert_eq!(heard.kind, K::Partial);
    let text = "ووصف جون سميث، المتخصص في العلوم السياسية، القرار بأنه \"جنون\".";
    assert_speakers(&[(text, "جنون", "جون سميث")]);
}

/// Words that are no speaker's name: one's own talk (حديثه), a place after an opening في, an
/// event a verb announces (مقتل), an age after a name (البالغة).
#[test]
fn talk_places_events_and_ages_are_no_names() {
    assert_speakers(&[
        (
            "وقال سامر إن العروض كثيرة. وختم حديثه بقوله: \"أحب أن أشكر الجماهير\".",
            "أحب",
            "سامر",
        ),
        (
            "أعلنت مصادر رسمية مقتل جنديين وجرح أربعة آخرين مساء السبت. وأضافت أن \"الوضع خطير\".",
            "الوضع",
            "مصادر رسمية",
        ),
        (
            "وأشارت والدتها سارة باكلاند البالغة 34 عاما من عمرها، أن ابنتها ذكية.",
            "ابنتها",
            "والدتها سارة باكلاند",
        ),
    ]);
    let text = "وعاد إلى بلاده. وفي المحكمة بدا إبراهيم حزينا وهو يقول «لقد سقطت في الأيدي الخاطئة» وحذر الشباب.";
    assert!(
        quote_speakers(text)
            .iter()
            .all(|s| s.is_none_or(|s| !s.contains("المحكمة"))),
        "{:?}",
        quote_speakers(text)
    );
}

/// What نسب ascribes, in marks right after إلى, is its subject's words.
#[test]
fn an_ascription_in_marks_is_the_subjects() {
    let text = "وفي بيان على موقعها نسبت هيئة الأركان الهجوم إلى «المنظمة الإرهابية والانفصالية».";
    assert_speakers(&[(text, "المنظمة", "هيئة الأركان")]);
}

/// A few words in marks that the clause goes on after are part of it: a partial quotation, not
/// the whole statement.
#[test]
fn marks_the_clause_goes_on_after_are_partial() {
    let text = "وكان الرئيس قد قال الشهر الماضي إن \"عيوب الاتفاق الفظيعة\" يجب إصلاحها.";
    let a = Article::parse(text);
    let q = a
        .quotes()
        .iter()
        .find(|q| q.content.slice(text) == "عيوب الاتفاق الفظيعة")
        .expect("the marks");
    assert_eq!(q.kind, K::Partial);
    // (A whole clause in marks stays direct speech.)
    let text = "وقال الرئيس إن \"عيوب الاتفاق الفظيعة يجب إصلاحها\".";
    let a = Article::parse(text);
    assert_eq!(a.quotes()[0].kind, K::Direct, "{:?}", a.quotes());
}

/// The verb that leads to "بالقول" may stand further back when its subject is named between
/// commas: the saying is still a cue, and the subject its speaker.
#[test]
fn a_saying_noun_after_a_subject_between_commas() {
    let text =
        "استهل الرئيس الأمريكي، دونالد ترامب، زيارته لبريطانيا بالقول إنه لا يعترض على أي احتجاجات.";
    assert_linked_speakers(&[(text, "لا يعترض", "دونالد ترامب", "donald-trump")]);
}

/// A body or country with a preposition on it (لـ، بـ) heads no sentence as its subject, unless a
/// statement noun issues from it.
#[test]
fn a_body_after_a_preposition_is_no_subject() {
    assert_speakers(&[
        (
            "وكان الممثل القانوني لحركة نداء تونس، سامي الخياري، قد صرح أن الحزب سيطعن في القرار.",
            "الحزب",
            "سامي الخياري",
        ),
        (
            "وفي تعقيب لوزارة الخارجية الروسية قالت إنها ترفض الاتهامات.",
            "ترفض",
            "وزارة الخارجية الروسية",
        ),
    ]);
}

/// Names in marks after the dual of a naming noun (حركتي، طرازي), and names coordinated with a
/// name in marks just before, are names, not partial quotations. A term in marks coordinated
/// with a term (not a name) does not pass its kind on.
#[test]
fn coordinated_names_in_marks_are_names() {
    let text = "وأعلنت حركتي \"الفجر الجديد\" و\"أنصار الوادي\" اندماجهما في جسم واحد.";
    assert_eq!(kind_of(text, "الفجر الجديد"), Some(K::NonSpeech));
    assert_eq!(kind_of(text, "أنصار الوادي"), Some(K::NonSpeech));
    let text = "وقال المتحدث إن مسلحين أطلقوا صواريخ من طراز \"قاهر\" و\"زلزال 3\" على القاعدة.";
    assert_eq!(kind_of(text, "زلزال 3"), Some(K::NonSpeech));
    let text = "ووصف الوزير الهجوم بأنه \"جبان\" و\"لن يمر دون عقاب\" أبدا.";
    assert_eq!(kind_of(text, "لن يمر دون عقاب"), Some(K::Partial));
}

/// A name in marks right after a title is the titled person's name, even where a verb of saying
/// comes later in the sentence.
#[test]
fn a_name_in_marks_after_a_title() {
    let text =
        "وهذا ما ذهب إليه الأستاذ «سامر حداد»، حين كتب عن المخترع، ووصفه بأنه كان كثير النسيان.";
    assert_eq!(kind_of(text, "سامر حداد"), Some(K::NonSpeech));
}

/// A group's noun in construct with a person heading the subject (حملة ترامب، إدارة ترامب، فريق
/// ترامب، قوات الأسد) is the speaker, for the person: the person is the agent, not the speaker.
/// After the article the noun is a title's genitive ("رئيس الحكومة يوسف الشاهد": he speaks).
#[test]
fn a_group_of_a_person_speaks_for_them() {
    for (text, speaker, agent) in [
        (
            "التقى الرئيس دونالد ترامب بالمحامين. وقالت حملة ترامب إن الدعوى غير مستوفية للشروط.",
            "حملة ترامب",
            "donald-trump",
        ),
        (
            "التقى الرئيس دونالد ترامب بالمحامين. ويقول فريق ترامب إن الدعوى غير مستوفية للشروط.",
            "فريق ترامب",
            "donald-trump",
        ),
        (
            "وصل الرئيس السوري بشار الأسد إلى دمشق. وتقول قوات الأسد إنها تستهدف جماعات مسلحة.",
            "قوات الأسد",
            "bashar-al-assad",
        ),
    ] {
        assert_last_speaker_for(text, speaker, agent);
    }
    assert_linked_speakers(&[(
        "أكد رئيس الحكومة يوسف الشاهد أن حكومته تعمل على استعادة الثقة.",
        "حكومته تعمل",
        "يوسف الشاهد",
        "youssef-chahed",
    )]);
}

/// عبر before a means of saying (an account, a platform, a network) says how the words were
/// put out: it ends the speaker's phrase. A role's own عبر ("منسق العلاقات عبر الأطلسي") stays.
#[test]
fn the_means_after_a_speaker_is_not_part_of_it() {
    assert_speakers(&[
        (
            "وأكدت جماهير النادي عبر شبكات التواصل الاجتماعي أن المهاجم سيكون نجم الموسم.",
            "المهاجم سيكون",
            "جماهير النادي",
        ),
        (
            "وقال وزير الداخلية عبر تويتر إن الطرق ستفتح صباح الغد.",
            "الطرق ستفتح",
            "وزير الداخلية",
        ),
        (
            "وقال منسق العلاقات عبر الأطلسي إن الحوار سيستمر.",
            "الحوار سيستمر",
            "منسق العلاقات عبر الأطلسي",
        ),
    ]);
}

/// Those close to someone speak up to the punctuation that ends their phrase: the comma is no
/// part of the speaker.
#[test]
fn those_close_to_someone_end_at_the_comma() {
    assert_speakers(&[(
        "وذكرت صحيفتا \"الأنباء\" و\"الوطن\"، نقلا عن مقربين من الوزير، أن الوزير يرغب في الاستقالة.",
        "الوزير يرغب",
        "مقربين من الوزير",
    )]);
}

/// An indefinite role or person's noun with a person after ل is theirs ("محام آخر لترامب" is a
/// lawyer of Trump's): the phrase speaks and the person is its agent, not the speaker. After a
/// definite noun the words were said to the person.
#[test]
fn a_lawyer_of_someone_speaks_for_them() {
    assert_last_speaker_for(
        "التقى الرئيس دونالد ترامب بمحاميه. وقال محام آخر لترامب لصحيفة أمريكية إن الرئيس لم يدفع أي أموال.",
        "محام آخر لترامب",
        "donald-trump",
    );
    let text = "التقى الرئيس دونالد ترامب بالوزير. وقال الوزير لترامب إن الاتفاق سيوقع قريبا.";
    let a = Article::parse(text);
    let q = a.quotes().last().expect("the clause");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.span.slice(text)),
        Some("الوزير")
    );
    // (نسب ascribes the words to the one after ل: he is the agent.)
    let text = "التقى الرئيس دونالد ترامب بالوزير. ونسبت الوكالة لترامب أن الاتفاق سيوقع قريبا.";
    let a = Article::parse(text);
    let q = a.quotes().last().expect("the clause");
    assert_eq!(
        q.agent
            .as_ref()
            .and_then(|s| s.entity.as_ref())
            .map(|e| e.id()),
        Some("donald-trump"),
        "{q:?}"
    );
}

/// A title right after the subject's role phrase (or taken in as its last word) opens the
/// holder's name, whether or not its given name is one the library knows: the holder speaks
/// the participle's words, not the role phrase.
#[test]
fn a_titled_name_after_the_subjects_role() {
    assert_speakers(&[
        (
            "من جانبه ثمن مدير الشرطة اللواء مستور الحارثي المستوى الذي ظهر عليه رجال الأمن، مؤكدا أن يقظتهم رادعة.",
            "يقظتهم رادعة",
            "مستور الحارثي",
        ),
        (
            "من جانبه ثمن مدير الدفاع المدني بمنطقة تبوك اللواء مستور الحارثي جهود الرجال، مؤكدا أن يقظتهم رادعة.",
            "يقظتهم رادعة",
            "مستور الحارثي",
        ),
        (
            "من ناحيته قدم أمين المنطقة المهندس عادل الملحم، شكره للوزير، مشيرا إلى أن الجائزة تتويج للجهود.",
            "الجائزة تتويج",
            "عادل الملحم",
        ),
    ]);
}

/// A subject fronted after لكن, two or three words shaped as a name with a role between commas
/// after them, is a person's name even where the given name is not one the library lists.
#[test]
fn a_fronted_name_with_a_role_between_commas() {
    assert_speakers(&[
        (
            "ولكن جين كينينمونت، الباحثة في معهد للأبحاث في لندن، تقول إن الإجراءات لا تكفي.",
            "الإجراءات لا",
            "جين كينينمونت",
        ),
        (
            "لكن حنانئيل دورني، مدير المجلس الاستيطاني، قال إن المستوطنين لن يغادروا.",
            "المستوطنين لن",
            "حنانئيل دورني",
        ),
        // (At the head of the sentence too.)
        (
            "لاري فينج، الرئيس التنفيذي لشركة استثمارية كبرى، قال إن الأسواق ستتعافى.",
            "الأسواق ستتعافى",
            "لاري فينج",
        ),
        (
            "جين كينينمونت، الباحثة في المعهد، تقول إن الإجراءات لا تكفي.",
            "الإجراءات لا",
            "جين كينينمونت",
        ),
        // (After كان, the role a long phrase: "وكانت أماني بلور، مديرة مستشفى …، قالت".)
        (
            "وكانت أماني بلور، مديرة مستشفى في الغوطة الشرقية، قالت إن الوضع يزداد سوءا.",
            "الوضع يزداد",
            "أماني بلور",
        ),
    ]);
}

/// What "came in" a report published by an outlet the gazetteer does not know is the outlet's:
/// the publisher as written, not the report's noun and the verb of publishing.
#[test]
fn a_report_published_by_an_unknown_outlet() {
    assert_speakers(&[(
        "جاء في خبر عاجل أورده تلفزيون \"الوادي\" المحلي أن شركة الطيران قررت تعليق رحلاتها.",
        "شركة الطيران",
        "تلفزيون \"الوادي\"",
    )]);
    // (A report's publisher as its subject: "وأوضح تقرير أصدره مركز …".)
    assert_speakers(&[(
        "وأوضح تقرير أصدره مركز الأبحاث المستقل أن الأسلحة إيرانية الصنع.",
        "الأسلحة إيرانية",
        "مركز الأبحاث المستقل",
    )]);
}

/// A verb of informing after a complementizer with its subject's pronoun ("أنه أبلغ الكونغرس
/// بأن") informed the noun after it: that noun is whom the words were told, not their speaker.
#[test]
fn the_informed_are_not_the_speaker() {
    assert_linked_speakers(&[
        (
            "أكد وزير الخارجية الأمريكي، مايك بومبيو، أنه أبلغ الكونغرس بأن الحلفاء يتخذون التدابير اللازمة.",
            "الحلفاء يتخذون",
            "مايك بومبيو",
            "mike-pompeo",
        ),
        (
            "وقالت الخارجية الأميركية يوم الجمعة إنها أبلغت الكونغرس بأن المساعدات ستستأنف.",
            "المساعدات ستستأنف",
            "الخارجية الأميركية",
            "us-state-department",
        ),
    ]);
}

/// A far demonstrative after the subject's phrase (ذلك، تلك) opens the verb's object: it is no
/// part of the speaker, nor a name in apposition.
#[test]
fn a_demonstrative_after_the_subject_is_its_object() {
    assert_speakers(&[
        (
            "لكن يرفض بعض المؤرخين ذلك، قائلين إن الأغنية أقدم بكثير.",
            "الأغنية أقدم",
            "بعض المؤرخين",
        ),
        (
            "وانتقد مسؤول آخر بإحدى الجمعيات الإسلامية ذلك الحظر، قائلا إنه يمس الحريات.",
            "يمس الحريات",
            "مسؤول آخر بإحدى الجمعيات الإسلامية",
        ),
    ]);
}

/// A people named by a demonym right after the verb, then an indefinite word, speaks; the word
/// opens the verb's object.
#[test]
fn a_people_before_the_verbs_object_speaks() {
    assert_linked_speakers(&[
        (
            "لا يرى الأميركيون نذير خطر في ذلك، ويعتبرون أن الحزب لن يحصل على الأغلبية.",
            "الحزب لن",
            "الأميركيون",
            "US",
        ),
        (
            "وفيما بعد قال الإيطاليون لطاقم السفينة إن الميناء مغلق.",
            "الميناء مغلق",
            "الإيطاليون",
            "IT",
        ),
    ]);
}

/// An indefinite body's noun in a construct chain ending in another genitive ("وزارة خارجية
/// الشمال"، "شركة أبحاث التكنولوجيا") is no body named earlier under the same noun.
#[test]
fn a_body_of_something_else_is_not_linked() {
    let text = "وقالت وزارة الخارجية الأمريكية إن العقوبات ستستمر. وقالت وزارة خارجية الشمال إن واشنطن جلبت التهديد بالحرب.";
    let (speaker, entity) = speaker_entity(text, "واشنطن جلبت");
    assert_eq!(speaker.as_deref(), Some("وزارة خارجية الشمال"));
    assert_eq!(entity, None);
    // (The same body named again is still linked.)
    let text = "وقالت وزارة الخارجية الأمريكية إن العقوبات ستستمر. وقالت وزارة الخارجية إن واشنطن لن تتراجع.";
    assert_linked_speakers(&[(text, "واشنطن لن", "وزارة الخارجية", "us-state-department")]);
}

/// A name after an abbreviated title (د. م. أ.) heads the sentence whose participle reports the
/// words, even where no role noun stands before it.
#[test]
fn a_name_after_an_abbreviated_title_heads_the_sentence() {
    assert_speakers(&[
        (
            "أكد م. صادق على أهمية النظام، معتبراً أن النظام ضروري.",
            "النظام ضروري",
            "صادق",
        ),
        (
            "وهنأ م. منصور القحطاني الموظفين بالعيد، مشيراً إلى أن الخطة نجحت.",
            "الخطة نجحت",
            "منصور القحطاني",
        ),
        (
            "قدم د. الصالح جملة من الحلول، معتبراً أن التسويق ضروري.",
            "التسويق ضروري",
            "الصالح",
        ),
    ]);
}

/// A lawyer in construct with a person (محامي ترامب) speaks for the client, who is the agent, not
/// the speaker; "المحامي خالد علي" names the lawyer.
#[test]
fn a_lawyer_speaks_for_the_client() {
    assert_last_speaker_for(
        "التقى الرئيس دونالد ترامب بمحاميه. وقال محامي ترامب لصحيفة أمريكية إنه دفع المبلغ من ماله الخاص.",
        "محامي ترامب",
        "donald-trump",
    );
    assert_speakers(&[(
        "وقال المحامي خالد علي إن الاتهامات لا أساس لها.",
        "الاتهامات لا",
        "خالد علي",
    )]);
}

/// A sentence that opens after a dateline ("دبي (CNN)-- …") has its subject after the dash.
#[test]
fn a_subject_after_the_dateline() {
    assert_speakers(&[(
        "دبي، الإمارات العربية المتحدة (CNN)-- سامر جاكسون، وهو باحث إسلامي بارز، يقول إن الإسلام أنقذه.",
        "الإسلام أنقذه",
        "سامر جاكسون",
    )]);
}

/// A participle of saying after a reply verb with its own subject (رد، علق، تعقب، غرد) is that
/// subject's, not the sentence's first speaker's; a role before a comma gives way to the name
/// after it, and the noun رد (after مع) is no verb.
#[test]
fn a_participle_after_a_reply_verb_is_its_subjects() {
    assert_speakers(&[
        (
            "وهاجم الرئيس التركي رجب طيب أردوغان الوزير، واصفا إياه بالمحتل، ورد الوزير قائلا إن المحاضرة مرفوضة.",
            "المحاضرة مرفوضة",
            "الوزير",
        ),
        (
            "وهدد ترامب بفرض عقوبات على طهران، وهو الأمر الذي رد عليه الرئيس الإيراني، حسن روحاني قائلا إن أمريكا فشلت في الالتزام بتعهداتها.",
            "أمريكا فشلت",
            "حسن روحاني",
        ),
        (
            "وفي تعليق على الخطاب، رد المتحدث باسم الجيش، قائلا إن الأمين العام يكذب.",
            "الأمين العام يكذب",
            "المتحدث باسم الجيش",
        ),
        (
            "ودخل الكاتب سامي العمري على الخط مع رد الوزير، معتبرا أن التصريحات غير موفقة.",
            "التصريحات غير",
            "الكاتب سامي العمري",
        ),
    ]);
}

/// A source phrase's speaker comes after the outlet the words were given to (`لوكالة الأنباء`,
/// with no comma after it), and a subject named after the source phrase is no agent of the words.
#[test]
fn a_source_phrase_past_the_outlet_it_was_given_to() {
    assert_speakers(&[
        (
            "وتأتي هذه الزيارة التي \"تكتسي طابعا اقتصاديا\" وفق ما صرحت به لوكالة الأنباء وزيرة السياحة سلمى اللومي.",
            "تكتسي طابعا",
            "وزيرة السياحة سلمى اللومي",
        ),
        (
            "الزيارة \"تكتسي طابعا اقتصاديا\" حسبما صرح لوكالة رويترز وزير السياحة.",
            "تكتسي طابعا",
            "وزير السياحة",
        ),
    ]);
    let text = "حل رئيس الحكومة يوسف الشاهد بباريس.\nوتأتي الزيارة ،التي \"تكتسي طابعا اقتصاديا\" وفق ما صرحت به الوزيرة سلمى اللومي التي ترافق يوسف الشاهد.";
    let a = Article::parse(text);
    let q = a.quotes().last().expect("a quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.span.slice(text)),
        Some("الوزيرة سلمى اللومي")
    );
    assert_eq!(q.agent.as_ref().map(|s| s.span.slice(text)), None);
}

/// A body's people may go on in a plural participle after its feminine verb (`نفت إدارة النادي …،
/// مؤكدين`); an outlet's plural is the sources it relays.
#[test]
fn a_plural_participle_after_a_body() {
    assert_speakers(&[(
        "ونفت إدارة النادي رحيل اللاعب، مؤكدين أنه لن يتم الاستغناء عنه.",
        "لن يتم",
        "إدارة النادي",
    )]);
    let text = "نقلت محطة \"أن بي سي\" عن مسؤولين أميركيين أن القراصنة خططوا لهجمات.\nكما أكدت المحطة أن القراصنة خططوا لاستهداف شركات، مشيرين إلى أن واشنطن حذرت حلفاءها.";
    assert_eq!(quote_speakers(text).last(), Some(&Some("مسؤولين أميركيين")));
}

/// A verb after a relative pronoun with its own subject in marks speaks with it: "الرسائل التي
/// قالت "صنداي تايمز" إنها حصلت عليها".
#[test]
fn a_name_in_marks_after_a_relatives_verb() {
    assert_speakers(&[(
        "وإحدى الرسائل التي قالت \"صنداي تايمز\" إنها حصلت عليها كانت مسربة.",
        "حصلت عليها",
        "\"صنداي تايمز\"",
    )]);
}

/// A name in marks right after a verb of saying, with words about it between commas before the
/// reported clause, is the verb's subject, not a statement: "وقال "الدفاع المدني"، التابع
/// للمعارضة، إن".
#[test]
fn a_name_in_marks_with_an_aside_before_the_clause() {
    let text = "وقال \"الدفاع المدني\"، التابع للمعارضة، إن الجرحى حالتهم خطيرة.";
    assert_eq!(kind_of(text, "الدفاع المدني"), Some(K::NonSpeech));
    assert_speakers(&[(text, "الجرحى حالتهم", "الدفاع المدني")]);
}

/// A verb right after a complementizer with a pronoun of its gender (`إنه رأى`، `أنه حذر`، `أنها
/// تعتبر`) has the pronoun as its subject: the noun after it is its object, not a speaker.
#[test]
fn a_verb_after_a_pronoun_complementizer_takes_an_object() {
    assert_speakers(&[
        (
            "وقال شاهد عيان إنه رأى سيارة \"فان\" بيضاء، مضيفا أن الشاحنة أصابت خمسة أشخاص.",
            "الشاحنة أصابت",
            "شاهد عيان",
        ),
        (
            "قال الرئيس الأمريكي دونالد ترامب إنه حذر الملك السعودي سلمان بن عبد العزيز أنه لن يبقى في السلطة.",
            "لن يبقى",
            "دونالد ترامب",
        ),
        (
            "وأكدت الشرطة أنها تعتبر الأمر \"حادثا كبيرا\" يستدعي التحقيق.",
            "حادثا كبيرا",
            "الشرطة",
        ),
        (
            "وأوضح فايد أنه أحب الفيلم كثيرا، وإنه قال لمخرج الفيلم، مايكل مان، خلال مهرجان في باريس: \"كنت مستشاري الفني\".",
            "كنت مستشاري",
            "فايد",
        ),
    ]);
}

/// "بن" and a compound name stand for an earlier speaker whose name writes the compound with or
/// without its space: "بن عبدالعزيز" after "أحمد بن عبد العزيز", not the king "سلمان بن
/// عبدالعزيز" named first.
#[test]
fn a_patronymic_compound_with_or_without_its_space() {
    let text = "رفض أحد إخوة الملك السعودي، سلمان بن عبدالعزيز، تلميحات بأنه انتقد دور الملك وولي العهد. ويظهر الأمير أحمد بن عبد العزيز في مقطع فيديو وهو يتفاعل مع المتظاهرين، ويقول إن شقيقه الملك مسؤول. كما أضاف بن عبدالعزيز ردا على المحتجين، أن عليهم التوجه لولي العهد.";
    assert_eq!(
        quote_speakers(text).last(),
        Some(&Some("أحمد بن عبد العزيز"))
    );
}

/// كل or جميع after a definite subject opens the verb's object: the speaker of "ودعا الحزب كل
/// الأطراف إلى" is the party.
#[test]
fn all_after_the_subject_opens_the_object() {
    assert_speakers(&[
        (
            "ودعا الوزير كل الأطراف إلى \"ضبط النفس\".",
            "ضبط النفس",
            "الوزير",
        ),
        (
            "وحثت الشرطة جميع السكان على \"البقاء في منازلهم\".",
            "البقاء في",
            "الشرطة",
        ),
    ]);
}
