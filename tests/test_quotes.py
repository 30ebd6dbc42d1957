"""Quotes: an office quoted under its title goes to the one person the text names as a speaker."""

from __future__ import annotations

import pytest

from rasad import annotate_document
from rasad.records import RawDocument


def _quotes(text: str, kb) -> list:
    ann = annotate_document(RawDocument(text="خبر استان\n\n" + text, source="test", published="2024-05-01T10:00:00+03:30"), kb)
    return [(q.speaker, q.text) for q in ann.quotes]


def test_an_organisation_behind_an_office_word_goes_to_the_named_speaker(kb):
    text = ("مدیرکل پیش‌بینی سازمان هواشناسی گفت: دمای هوا در استان‌های شمالی تا پایان هفته کاهش می‌یابد.\n\n"
            "فرهاد نیک‌سرشت افزود: رانندگان بدون زنجیر چرخ به جاده‌های کوهستانی نروند.")
    quotes = _quotes(text, kb)
    cold = [s for s, t in quotes if t.startswith("دمای هوا")]
    named = [s for s, t in quotes if t.startswith("رانندگان")]
    assert named and cold and cold[0] == named[0] and "Meteorological" not in str(cold[0]), quotes


def test_with_two_named_speakers_the_office_stays(kb):
    text = ("مدیرکل پیش‌بینی سازمان هواشناسی گفت: بارش باران در این شهرستان از صبح امروز آغاز شده است.\n\n"
            "بهرام کیان‌پور روز سه‌شنبه اظهار داشت: تیم‌های امدادی در جاده‌های روستایی مستقر شده‌اند.\n\n"
            "عباس عراقچی روز سه‌شنبه گفت: گفت‌وگوهای دو کشور هفته آینده ادامه می‌یابد.")
    quotes = _quotes(text, kb)
    rain = [s for s, t in quotes if t.startswith("بارش باران")]
    people = {s for s, t in quotes if not t.startswith("بارش باران")}
    assert rain and rain[0] not in people, quotes


def test_a_person_the_kb_lacks_speaks_after_a_with_phrase(kb):
    """"X با اشاره به ...، گفت:": a given name and a surname before "با" are a person, who keeps the next "وی"."""
    text = ("بهرام کیان‌پور با اشاره به بارش‌های اخیر، گفت: سطح آب سد شهر تا پایان ماه بالا می‌رود.\n\n"
            "وی ادامه داد: کشاورزان این منطقه از هفته آینده آب کافی خواهند داشت.")
    quotes = _quotes(text, kb)
    assert [s for s, t in quotes if t.startswith("سطح آب")] == ["Bahram Kian-Pour"], quotes
    assert [s for s, t in quotes if t.startswith("کشاورزان")] == ["Bahram Kian-Pour"], quotes


def test_an_outlet_the_speaker_talks_to_is_not_the_speaker(kb):
    """"... در گفت‌وگو با خبرنگار ایسنا گفت:" with no named speaker gives no quote, not one by the outlet."""
    text = "یکی از نمایندگان مجلس در گفت‌وگو با خبرنگار ایسنا گفت: بررسی بودجه سال آینده از هفته بعد آغاز می‌شود."
    quotes = _quotes(text, kb)
    assert not [s for s, t in quotes if t.startswith("بررسی بودجه")], quotes


def test_a_dateline_place_is_not_the_speaker(kb):
    """"تهران- ایرنا- روزنامه X نوشت:": the dateline's city is where the report was filed, not who wrote."""
    text = "بازار نان\n\nمسکو- ایرنا- هفته‌نامه‌ای محلی روز شنبه نوشت: قیمت نان در پایتخت از ماه آینده ثابت می‌ماند."
    quotes = _quotes(text, kb)
    assert not [s for s, t in quotes if t.startswith("قیمت نان") and s in ("Russia", "Moscow", "IRNA")], quotes


def test_a_phrase_framed_by_a_demonstrative_does_not_hide_the_next_speaker(kb):
    """"... اعلام کرد که A ... در این تماس X ... تاکید کرد": the first statement stops at X, the next speaker, not
    at an earlier mention of X's country inside it."""
    text = ("دفتر ریاست جمهوری ترکیه اعلام کرد که شب گذشته رهبران ترکیه و ایران تلفنی گفت‌وگو کردند در این تماس"
            " رجب طیب اردوغان رئیس‌جمهور ترکیه بر گسترش تجارت دو کشور تاکید کرده است.")
    quotes = _quotes(text, kb)
    first = [t for s, t in quotes if t.startswith("شب گذشته")]
    assert first and "رهبران ترکیه و ایران" in first[0] and "اردوغان" not in first[0], quotes


def test_a_surname_no_one_was_named_with_is_no_speaker(kb):
    text = "آقای کیان‌پور با اشاره به ظرفیت اسکله افزود: بارگیری این کشتی سه روز طول می‌کشد."
    quotes = _quotes(text, kb)
    assert not [s for s, t in quotes if t.startswith("بارگیری")], quotes


def _said(quotes: list, start: str) -> list:
    return [s for s, t in quotes if t.startswith(start)]


def test_a_cue_inside_gofto_gu_leaves_the_subject_to_the_real_cue(kb):
    """"X در گفت و گو با خبرنگاران افزود:": "گفت" of the noun "گفت و گو" is not where the clause starts."""
    text = ("علی لاریجانی روز دوشنبه در گفت و گو با خبرنگاران افزود: نشست بعدی دو کشور ماه آینده برگزار می‌شود.\n\n"
            "وزارت امور خارجه ایران این اقدام را محکوم کرد و افزود: پاسخ این اقدام در زمان مناسب داده خواهد شد.")
    quotes = _quotes(text + "\n\nعلی لاریجانی در این دیدار گفت وگوهای دو کشور را مفید دانست و گفت: همکاری ادامه می‌یابد.", kb)
    assert not [t for _, t in quotes if t.startswith("وگوهای")], quotes
    assert _said(quotes, "نشست بعدی") == ["Ali Larijani"], quotes
    assert _said(quotes, "پاسخ این اقدام") == ["Ministry of Foreign Affairs (Iran)"], quotes


def test_a_joined_given_name_after_a_title_is_a_speaker(kb):
    """"سردار عزیزالله ملکی", "سردار سیدحسن مرتضوی": given names printed as one word (no ZWNJ) still mark a
    person the knowledge base lacks, who keeps the next "وی"."""
    text = ("سردار عزیزالله ملکی روز دوشنبه در گفت و گو با خبرنگاران افزود: مردم موارد مشکوک را به پلیس خبر دهند.\n\n"
            "وی اضافه کرد: بیش از صد نفر در این طرح دستگیر شده اند.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "مردم موارد") == ["Azizollah Maleki"], quotes
    assert _said(quotes, "بیش از صد") == ["Azizollah Maleki"], quotes


def test_a_statement_goes_on_in_its_document_and_in_its_later_sentences(kb):
    """"این بیانیه افزود:" and "در ادامه بیانیه X آمده است:" keep the statement's owner."""
    text = ("وزارت امور خارجه ایران در بیانیه ای اعلام کرد که این اقدام ناقض حقوق بین الملل است.\n\n"
            "این بیانیه افزود: جمهوری اسلامی ایران حق پاسخ به این اقدام را برای خود محفوظ می داند.\n\n"
            "در ادامه بیانیه وزارت امور خارجه آمده است: دولت های اروپایی مسئول پیامدهای این اقدام هستند.")
    quotes = _quotes(text, kb)
    mfa = "Ministry of Foreign Affairs (Iran)"
    assert _said(quotes, "جمهوری اسلامی ایران حق") == [mfa], quotes
    assert _said(quotes, "دولت های اروپایی") == [mfa], quotes


def test_a_pronoun_with_no_resolved_antecedent_goes_on_with_the_last_speaker(kb):
    text = ("سردار عزیزالله ملکی گفت: ماموران در همه ساعات شبانه روز در خیابان ها حضور دارند.\n\n"
            "وی همچنین افزود: بیش از صد نفر در این طرح دستگیر شده اند.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "بیش از صد") == _said(quotes, "ماموران") == ["Azizollah Maleki"], quotes


def test_a_document_listed_after_its_noun_is_its_owners_statement(kb):
    """"متن نامه X به این شرح است:" and the letter in the next paragraph."""
    text = ("متن نامه علی لاریجانی به رئیس جمهور به این شرح است:\n\n"
            "جناب آقای رئیس جمهور، با سلام و احترام اینجانب به دلیل مشکلات موجود از سمت خود استعفا می دهم.")
    assert _said(_quotes(text, kb), "جناب آقای رئیس جمهور") == ["Ali Larijani"]


def test_a_perfect_without_its_auxiliary_is_a_cue(kb):
    text = "اخیراً ژانت یلن، وزیر خزانه داری آمریکا، اعلام کرده که ایران در حال صادرات نفت خود است."
    assert _said(_quotes(text, kb), "ایران در حال صادرات") == ["Janet Yellen"]


def test_kurdish_letters_and_a_statement_in_guillemets_after_according_to(kb):
    """"بە گفتە X «...»" (Kurdish ە for ه, no comma) is "به گفته X، ..."; a quoted phrase inside a sentence is not."""
    text = ("بە گفتە حکومت اقلیم کردستان «این حمله هیچ توجیهی ندارد و جامعە جهانی باید واکنش نشان دهد».\n\n"
            "فرانسه این تصمیم را محکوم کرد زیرا صرفاً به گفته وزیر خارجه فرانسه «دست متجاوز» را در میدان جنگ تقویت می‌کند.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "«این حمله هیچ توجیهی") == ["Kurdistan Regional Government"], quotes
    assert not _said(quotes, "«دست متجاوز"), quotes


def test_an_office_the_linker_does_not_know_goes_to_the_person_named_later_or_to_no_one(kb):
    office = "جانشین رئیس پلیس راه استان فارس گفت: بامداد امروز بر اثر واژگونی یک اتوبوس سه نفر جان باختند.\n\n"
    quotes = _quotes(office + "سرهنگ کریم نوروزی افزود: علت حادثه خستگی و خواب آلودگی راننده اعلام شده است.", kb)
    assert _said(quotes, "بامداد امروز") == _said(quotes, "علت حادثه") == ["Karim Nourouzi"], quotes
    assert not _quotes(office, kb)


def test_a_description_deep_in_a_clause_is_not_its_subject(kb):
    """"X به حمایت آلمان ... مقامات این کشور ... اشاره کرد و عنوان کرد که": not Germany speaking."""
    text = ("مدیرکل وزارت امور خارجه گفت: سفیر آلمان احضار شد.\n\n"
            "علاوه بر این، علیرضا یوسفی به حمایت آلمان از جنگ و اظهارات مقامات این کشور اشاره کرد و عنوان کرد که "
            "صدر اعظم آلمان جایگاهی برای سخنرانی درباره حقوق بشر ندارد.")
    assert "Germany" not in _said(_quotes(text, kb), "صدر اعظم آلمان")


def test_a_capital_inside_a_units_name_does_not_speak_for_its_state(kb):
    """"روابط عمومی قرارگاه قدس نیروی زمینی سپاه گفت": the IRGC Ground Forces speak, not Israel (قدس)."""
    text = "روابط عمومی قرارگاه قدس نیروی زمینی سپاه هم گفت که پس از وقوع این حادثه ماموران به محل اعزام شدند."
    assert _said(_quotes(text, kb), "پس از وقوع") == ["Islamic Revolutionary Guard Corps Ground Forces"]


def test_a_clause_opening_with_an_unknown_name_is_that_persons(kb):
    """"X Y عصر دوشنبه در حاشیه ... گفت:" and "علاوه بر این، X Y به ... اشاره کرد و عنوان کرد که": a given name and
    a surname at the clause's start, even with no speech verb or office right after them; "علی رغم" is no name."""
    text = ("بهرام نیکپور عصر دوشنبه در حاشیه بازدید از یک کارخانه در پاسخ به سئوال خبرنگار گفت: چنین چیزی از اساس "
            "کذب است.\n\nعلاوه بر این، علیرضا یوسفی به حمایت آلمان از جنگ اشاره کرد و عنوان کرد که صدر اعظم آلمان "
            "جایگاهی برای سخنرانی ندارد.\n\nعلی رغم این اتفاقات گفته شد که همه چیز آرام است و مشکلی وجود ندارد.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "چنین چیزی") == ["Bahram Nikpour"], quotes
    assert _said(quotes, "صدر اعظم آلمان") == ["Alireza Yousefi"], quotes
    assert not [s for s, _ in quotes if s and "Ragham" in str(s)], quotes


def test_a_quoted_label_before_a_verb_of_calling_is_a_statement(kb):
    """"X این اقدام را «...» خواند / دانست": the phrase is X's statement (a closing mark misplaced after the verb
    too); "فراخواند" (summoned) after a quoted word is no such verb."""
    text = ("سخنگوی وزارت امور خارجه این اقدام را «نقض آشکار حقوق بین الملل» خواند.\n\n"
            "دولت اقلیم کردستان این حمله را \"توجیهی برای لاپوشانی این جنایت دانست.\"\n\n"
            "وزارت خارجه امارات با بیان آنچه \"مشورت\" نامید سفیر خود را از تهران فراخواند.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "نقض آشکار") in (["Nasser Kanaani"], ["Foreign Ministry Spokesperson of Iran"]), quotes
    assert _said(quotes, "توجیهی برای") == ["Kurdistan Regional Government"], quotes
    assert not _said(quotes, "نامید سفیر"), quotes


def _spans(text: str, kb) -> list:
    ann = annotate_document(RawDocument(text="خبر استان\n\n" + text, source="test", published="2024-05-01T10:00:00+03:30"), kb)
    return [(q.speaker, q.text) for q in ann.quotes]


def test_a_statement_in_guillemets_runs_to_its_closing_mark_across_paragraphs(kb):
    text = ("علی لاریجانی گفت: «ما آماده مذاکره هستیم و این را بارها گفته ایم.\n\n"
            "اما طرف مقابل باید «حسن نیت» نشان دهد و تحریم ها را بردارد.»\n\n"
            "علی لاریجانی گفت: «بانوی اول» همسران و مادران شهدا هستند و این را همه می دانند.\n\n"
            "این خبر در رسانه ها بازتاب زیادی داشت.")
    spans = _spans(text, kb)
    long = [t for _, t in spans if t.startswith("«ما آماده")]
    assert long and long[0].endswith("تحریم ها را بردارد.»"), spans
    term = [t for _, t in spans if t.startswith("«بانوی اول»")]
    assert term and term[0].endswith("همه می دانند."), spans


def test_officials_named_by_their_nationality_speak_for_their_state(kb):
    """"مسئولان عراقی اعلام کردند", "مقام های آمریکایی گفتند": the state, as "مقامات ایرانی" already was."""
    text = ("مسئولان عراقی اعلام کردند که مرز شلمچه از فردا باز می شود و زائران می توانند تردد کنند.\n\n"
            "مقام های آمریکایی گفتند که واشنگتن تحریم های جدیدی علیه تهران وضع خواهد کرد.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "مرز شلمچه") == ["Iraq"], quotes
    assert _said(quotes, "واشنگتن تحریم") == ["United States"], quotes


def test_according_to_has_its_synonyms(kb):
    text = ("به ادعای ارتش اسرائیل، یک فرمانده حزب الله در این حمله کشته شده است.\n\n"
            "طبق گفته وزارت امور خارجه ایران، سفیر آلمان برای ارائه توضیحات احضار شده است.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "یک فرمانده") == ["Israel Defense Forces"], quotes
    assert _said(quotes, "سفیر آلمان") == ["Ministry of Foreign Affairs (Iran)"], quotes


def test_according_to_an_outlet_is_its_report_not_a_statement(kb):
    """"به گفته تسنیم، ..." is "به گزارش تسنیم، ...": no quote; "خبرگزاری تسنیم اعلام کرد: ..." still is one."""
    text = ("به گفته خبرگزاری تسنیم، در این درگیری دو تن از مهاجمان کشته شدند و یک تن هم زخمی شد.\n\n"
            "خبرگزاری تسنیم اعلام کرد: مهاجمان از مرز وارد شده بودند و بازداشت شدند.")
    quotes = _quotes(text, kb)
    assert not _said(quotes, "در این درگیری"), quotes
    assert _said(quotes, "مهاجمان از مرز") == ["Tasnim"], quotes


def test_a_cue_in_another_form_of_its_light_verb(kb):
    """"تصریح نمود" (formal) and "اعلام کرده بود" (background) as "تصریح کرد" and "اعلام کرد"."""
    text = ("علی لاریجانی تصریح نمود: نشست بعدی دو کشور ماه آینده در تهران برگزار می‌شود.\n\n"
            "وزارت امور خارجه ایران پیش‌تر اعلام کرده بود که سفیر آلمان برای ارائه توضیحات احضار خواهد شد.")
    quotes = _quotes(text, kb)
    assert _said(quotes, "نشست بعدی") == ["Ali Larijani"], quotes
    assert _said(quotes, "سفیر آلمان") == ["Ministry of Foreign Affairs (Iran)"], quotes


def test_a_shortened_office_speaks_for_the_organisation_named_with_it_earlier(kb):
    """"مدیرکل اروپای وزارت امور خارجه ... مدیرکل اروپا تصریح کرد:" with no holder named: the ministry."""
    text = ("سفیر آلمان توسط مدیرکل اروپای وزارت امور خارجه احضار شد.\n\n"
            "مدیرکل اروپا تصریح کرد: مداخله در رویه های قضایی ایران به هیچ وجه قابل قبول نیست.")
    assert _said(_quotes(text, kb), "مداخله در") == ["Ministry of Foreign Affairs (Iran)"]


def test_a_clause_cue_reports_words_only_before_ke_or_a_colon(kb):
    """"حماس اطمینان داد که ..." is a statement; "... را تأیید کرد." and "X از ... خبر داد که منجر به ..." are not."""
    said = _quotes("جنبش حماس روز شنبه اطمینان داد که طرح تبادل اسیران به سلامت انجام خواهد شد.", kb)
    assert [s for s, t in said if t.startswith("طرح تبادل")] == ["Hamas"], said
    obj = _quotes("جنبش حماس روز شنبه این گزارش درباره طرح تبادل اسیران را تأیید کرد.", kb)
    assert obj == [], obj
    rel = _quotes("جنبش حماس از حمله به یک کاروان در شمال غزه خبر داد که منجر به کشته شدن سه نفر شد.", kb)
    assert rel == [], rel


def test_an_outlet_that_writes_reports_news_and_is_cited_not_quoted(kb):
    """"روزنامه الشرق الاوسط نوشت: ...": no quote by the outlet, but the article cites it."""
    text = "روزنامه الشرق الاوسط روز شنبه نوشت: سفر وزیر خارجه ترکیه به سوریه از پیش اعلام نشده بود و ناگهانی انجام شد."
    ann = annotate_document(RawDocument(text="خبر\n\n" + text, source="t", published="2024-05-01T10:00:00+03:30"), kb)
    assert ann.quotes == [], ann.quotes
    assert "Asharq Al-Awsat" in ann.meta.cites, ann.meta


def test_a_coordinated_cue_starts_a_new_statement_of_the_same_speaker(kb):
    """"X گفت که A و تأکید کرد که B": two statements by X; the first ends before "و"."""
    text = "عباس عراقچی روز شنبه گفت که ایران آماده توافق منصفانه است و تأکید کرد که غنی‌سازی صفر غیرممکن است."
    quotes = _quotes(text, kb)
    assert ("Abbas Araghchi", "ایران آماده توافق منصفانه است") in quotes, quotes
    assert [s for s, t in quotes if t.startswith("غنی‌سازی صفر")] == ["Abbas Araghchi"], quotes


def test_a_cue_with_no_subject_goes_on_with_the_previous_speaker(kb):
    """"ادامه داد: ..." and "همچنین افزود: ..." with no subject word: the speaker of the statement before."""
    text = ("عباس عراقچی روز شنبه گفت: گفت‌وگوهای دو کشور هفته آینده در مسقط ادامه می‌یابد.\n\n"
            "ادامه داد: هیچ توافقی بدون لغو تحریم‌ها پذیرفته نیست.\n\n"
            "همچنین افزود: هیئت ایرانی روز دوشنبه به عمان می‌رود.")
    quotes = _quotes(text, kb)
    assert [s for s, t in quotes if t.startswith(("هیچ توافقی", "هیئت ایرانی"))] == ["Abbas Araghchi"] * 2, quotes


def test_a_pronoun_for_an_unheld_spokesperson_speaks_for_the_organisation(kb):
    """"سخنگوی طالبان ... گفته است ... . او ... گفته که ...": both statements are the Taliban's."""
    text = ("سخنگوی طالبان در مراسمی در پکتیا گفته است که جنگ‌های امروز بر پایه فناوری است. او با اشاره به تغییر "
            "ماهیت جنگ گفته که استفاده از فناوری جنگی ضروری است.")
    quotes = _quotes(text, kb)
    assert [s for s, _ in quotes] == ["Taliban", "Taliban"], quotes


def test_a_person_found_only_as_a_speaker_is_an_entity_and_speaks_by_surname(kb):
    """"بهرام کیان‌پور در تذکر شفاهی ... اظهار داشت" → an entity; "کیان‌پور ادامه داد" later is the same person."""
    text = ("بهرام کیان‌پور در تذکر شفاهی خود در صحن علنی امروز مجلس اظهار داشت: جلسات فرعی مجلس باید جمع شود.\n\n"
            "کیان‌پور ادامه داد: دولت باید فرصت داشته باشد تا به سوالات نمایندگان رسیدگی کند.")
    ann = annotate_document(RawDocument(text="خبر\n\n" + text, source="t", published="2024-05-01T10:00:00+03:30"), kb)
    said = [(q.speaker, q.text[:12]) for q in ann.quotes]
    assert [s for s, _ in said] == ["Bahram Kian-Pour"] * 2, said
    person = [e for e in ann.entities if e.name == "Bahram Kian-Pour"]
    assert person and person[0].type == "PERSON" and person[0].kb_id is None, ann.entities


def test_a_surname_ending_printed_apart_stays_in_the_name(kb):
    """"محمدباقر توفیقی نیا افزود": pages that drop the joiner print "توفیقی‌نیا" as two words; the name keeps both."""
    text = "محمدباقر توفیقی نیا افزود: علت تصادف انحراف به چپ ناشی از سرعت زیاد در پیچ اعلام شده است."
    ann = annotate_document(RawDocument(text="خبر\n\n" + text, source="t", published="2024-05-01T10:00:00+03:30"), kb)
    assert [q.speaker_mention for q in ann.quotes] == ["محمدباقر توفیقی نیا"], ann.quotes
    assert any("توفیقی نیا" in f for e in ann.entities for f in e.forms), ann.entities


def test_an_interview_answer_after_a_question_label_is_the_speakers(kb):
    """"پرسش: ...؟ \\n عراقچی: ..." in a question-and-answer text: the answer is the labelled speaker's; a label
    with no question label in the text ("هواشناسی کشور: ...") reports no one."""
    text = ("متن گفت‌وگو با عباس عراقچی وزیر امور خارجه به این شرح است:\n\n"
            "پرسش: نظر شما درباره مذاکرات هفته آینده چیست؟\n"
            "عراقچی: ما آماده توافقی منصفانه و متوازن هستیم و خواسته‌های یک‌طرفه را نمی‌پذیریم.\n"
            "پرسش: آیا دور بعدی در مسقط برگزار می‌شود؟\n"
            "پاسخ: هنوز زمان و مکان دور بعدی قطعی نشده است.")
    quotes = _quotes(text, kb)
    assert [s for s, t in quotes if t.startswith(("ما آماده", "هنوز زمان"))] == ["Abbas Araghchi"] * 2, quotes
    assert not [t for s, t in quotes if t.startswith(("نظر شما", "آیا دور"))], quotes
    plain = _quotes("عراقچی: ما آماده توافقی منصفانه و متوازن هستیم و خواسته‌های یک‌طرفه را نمی‌پذیریم.", kb)
    assert plain == [], plain


def test_a_cue_glued_to_the_statements_first_word_still_opens_it(kb):
    """"... گفتاین اقدام ...": a page that dropped the space; "گفتمان" (a noun) is no cue."""
    quotes = _quotes("عباس عراقچی روز شنبه گفتاین اقدام نقض آشکار حقوق بین‌الملل است و پاسخ داده خواهد شد.", kb)
    assert [s for s, t in quotes if t.startswith("این اقدام")] == ["Abbas Araghchi"], quotes
    assert _quotes("عباس عراقچی روز شنبه گفتمان تازه‌ای در سیاست خارجی را معرفی کرد و از آن دفاع کرد.", kb) == []


def test_a_cue_right_before_another_cue_leaves_the_statement_to_the_second(kb):
    """"X ... را از دستاوردها عنوان کرده گفت: ...": one statement, after "گفت:", not one starting with "گفت"."""
    text = ("عباس عراقچی امضای توافق‌نامه‌ها را از دستاوردهای وزارت خارجه عنوان کرده گفت: نهایی شدن متن توافق امنیتی "
            "از مهم‌ترین دستاوردهای دولت است.")
    quotes = _quotes(text, kb)
    assert [t[:12] for s, t in quotes] == ["نهایی شدن مت"], quotes


def test_a_headline_sums_a_statement_up_and_is_not_one(kb):
    """The title line "عراقچی می‌گوید ..." gives no quote; the body's "عباس عراقچی ... گفت: ..." does."""
    ann = annotate_document(RawDocument(text="عراقچی می‌گوید ایران آماده توافقی منصفانه است\n\nعباس عراقچی روز شنبه گفت: "
                                             "ایران آماده توافقی منصفانه و متوازن است.", source="t",
                                        published="2024-05-01T10:00:00+03:30"), kb)
    assert [(q.speaker, q.cue) for q in ann.quotes] == [("Abbas Araghchi", "گفت")], ann.quotes


def test_a_cue_verb_with_its_own_object_reports_nothing(kb):
    """"X، که در جمع خبرنگاران سخن می‌گفت، با اشاره به ... گفت: ...": "سخن می‌گفت" (was speaking) is no cue;
    the statement is the one after "گفت:"."""
    text = ("علی لاریجانی، که در جمع خبرنگاران سخن می‌گفت، با اشاره به مذاکرات هسته‌ای و نقش مجلس، گفت: مجلس از "
            "تیم مذاکره‌کننده حمایت می‌کند.")
    quotes = _quotes(text, kb)
    assert [(s, t[:10]) for s, t in quotes] == [("Ali Larijani", "مجلس از تی")], quotes


def test_perfect_and_pluperfect_cue_forms_open_statements(kb):
    """"اذعان داشت", "تأکید کرده‌اند", "اعلام داشته است": the light verb's other tenses are cues too."""
    for cue in ("اذعان داشت:", "اذعان داشته است که", "اعلام داشته است که", "یادآوری کرده است که"):
        quotes = _quotes(f"عباس عراقچی روز شنبه {cue} مذاکرات دشوار است اما راهی جز دیپلماسی وجود ندارد.", kb)
        assert [s for s, t in quotes if t.startswith("مذاکرات دشوار")] == ["Abbas Araghchi"], (cue, quotes)


def test_an_unnamed_many_is_no_speaker_even_with_a_state_after_it(kb):
    """"خبرگزاری‌های داخل ایران ... اعلام کردند که ...", "منابع آگاه ... به خبرگزاری رویترز گفتند": no one to name."""
    for lead in ("خبرگزاری‌های داخل ایران روز شنبه اعلام کردند که",
                 "منابع آگاه در بغداد به خبرگزاری رویترز گفتند که"):
        quotes = _quotes(f"{lead} مذاکرات اصلی هنوز آغاز نشده است و به هفته آینده موکول شده است.", kb)
        assert quotes == [], (lead, quotes)


def test_a_colon_ending_its_line_opens_the_words_on_the_next(kb):
    """"X در کانال تلگرامی خود نوشت:\\n\\n<the words>": the statement is the next paragraph."""
    text = ("عباس عراقچی در کانال تلگرامی خود نوشت:\n\n"
            "ایران به هیچ عنوان زیر بار زور نمی‌رود و از حقوق خود دفاع می‌کند.\n\nاین پیام بازتاب گسترده‌ای داشت.")
    quotes = _quotes(text, kb)
    assert [(s, t.startswith("ایران به هیچ")) for s, t in quotes] == [("Abbas Araghchi", True)], quotes


def test_a_state_inside_someone_elses_words_owns_no_later_document(kb):
    """"این بیانیه می‌افزاید: ... ملت ایران، ... \n\n در این بیانیه تصریح شده است: ...": Iran, named inside
    words no one was found for, did not issue the statement; a state that issued one in its own paragraph did."""
    text = ("این بیانیه می‌افزاید: حضور چند میلیونی ملت ایران، با هر تفکر و بینشی در انتخابات مجلس نویدبخش آینده‌ای "
            "روشن برای کشور است.\n\nدر این بیانیه تصریح شده است: این پیروزی نگاه جهانیان را به ایران تغییر خواهد داد.")
    assert [s for s, t in _quotes(text, kb) if t.startswith("این پیروزی")] == [], _quotes(text, kb)
    text = ("عباس عراقچی گفت: مذاکرات ادامه دارد و به نتیجه می‌رسد.\n\n"
            "جنبش حماس روز شنبه بیانیه‌ای صادر کرد. در این بیانیه تصریح شده است: آتش‌بس تا پایان ماه ادامه دارد.")
    assert [s for s, t in _quotes(text, kb) if t.startswith("آتش‌بس")] == ["Hamas"], _quotes(text, kb)


# (text, the words a statement starts with, its speakers), each with why in a comment above it
SPEAKER_OF = [
    # "به گفته وزارت خزانه‌داری، ...": the organisation named in full a sentence earlier speaks.
    pytest.param(("وزارت خزانه‌داری آمریکا روز دوشنبه فهرست تازه‌ای از شرکت‌های کشتیرانی منتشر کرد.\n\n"
                  "به گفته وزارت خزانه‌داری، این شرکت‌ها محموله‌های خود را با اسناد جعلی جابه‌جا کرده‌اند."),
                 "این شرکت‌ها", ["United States Department of the Treasury"], id="according_to_an_organisation_shortened_after_its_full_name"),
    # (session 20) a ministry whose spokesperson the knowledge base records no one as (the State Department's is the
    # foreign ministry spokesperson, held on the day)
    pytest.param(("در همان روز سخنگوی وزارت خزانه‌داری ایالات متحده در پاسخ به پرسش خبرنگاران گفت: واشنگتن گزارش"
                  " بازرسان را با دقت بررسی می‌کند."),
                 "واشنگتن", ["United States Department of the Treasury"], id="an_unheld_spokesperson_speaks_for_the_organisation"),
    pytest.param(("بهرام کیان‌پور، مدیر بندر، روز دوشنبه از ورود کشتی تازه خبر داد.\n\n"
                  "آقای کیان‌پور با اشاره به ظرفیت اسکله افزود: بارگیری این کشتی سه روز طول می‌کشد."),
                 "بارگیری", ["Bahram Kian-Pour"], id="a_surname_alone_after_a_title_names_the_person_named_in_full"),
    # "در این بیانیه امده است:": pages drop the madda; the statement's owner is still the issuer named before.
    pytest.param(("جنبش حماس روز شنبه بیانیه‌ای صادر کرد.\n\n"
                  "در این بیانیه امده است: طرح تبادل اسیران به سلامت انجام خواهد شد."),
                 "طرح تبادل", ["Hamas"], id="a_cue_without_its_madda_still_opens_a_document_quote"),
    # "X در پاسخ به این پرسش که «... . آیا ...؟» توضیح داد:": the speaker is X, not a name inside the question.
    pytest.param(("محمدجواد ظریف در پاسخ به این پرسش که «تحریم‌های آمریکا آغاز شده است. آیا مذاکرات ایران و اروپا به نتیجه "
                  "رسیده است؟» توضیح داد: بسته پیشنهادی اروپا خطوط کلی مشخصی دارد."),
                 "بسته پیشنهادی", ["Mohammad Javad Zarif"], id="a_question_in_guillemets_cut_into_sentences_keeps_the_subject_before_it"),
    # "احسان محرابی روزنامه نگار ... می‌گوید، ...": "احسان" is a given name, so the clause names a person. (His surname
    # is written as the knowledge base's own محرابی spells it: "Mehrabi" since session 14 added one.)
    pytest.param("احسان محرابی روزنامه نگار در برنامه بامدادی می‌گوید، این لحن بیشتر ادامه لحن انتخاباتی اوست و تغییر نمی‌کند.",
                 "این لحن", ["Ehsan Mehrabi"], id="a_journalist_named_by_a_common_given_name_speaks"),
    # "به گفته وی مراسم ... برگزار می‌شود": the statement follows the pronoun directly, said by whom it refers to.
    pytest.param(("عباس عراقچی روز شنبه گفت: گفت‌وگوهای دو کشور هفته آینده در مسقط ادامه می‌یابد.\n\n"
                  "به گفته وی دور بعدی مذاکرات روز دوشنبه در مسقط برگزار می‌شود."),
                 "دور بعدی", ["Abbas Araghchi"], id="according_to_a_pronoun_needs_no_comma"),
    # "حماس در بیانیه‌ای اعلام کرد که ... . در ادامه این بیانیه آمده است: ...": no actor between the two, so the
    # document is the one Hamas issued, not the state named inside its first statement.
    pytest.param(("جنبش حماس روز شنبه در بیانیه‌ای اعلام کرد که اسرائیل باید به توافق تبادل اسیران پایبند بماند.\n\n"
                  "در ادامه این بیانیه آمده است: آتش‌بس تا پایان ماه ادامه خواهد داشت و گذرگاه‌ها باز می‌ماند."),
                 "آتش‌بس", ["Hamas"], id="this_statement_goes_on_with_whoever_issued_it"),
    # "این مقام انتظامی با بیان اینکه ... خاطرنشان کرد:" resolved to no one: the last speaker goes on.
    pytest.param(("سرهنگ بهرام کیان‌پور در تشریح این خبر بیان داشت: دو خودروی سواری در جاده کرج با یکدیگر برخورد کردند.\n\n"
                  "این مقام انتظامی با بیان اینکه علت حادثه در دست بررسی است، خاطرنشان کرد: مصدومان به بیمارستان منتقل شدند."),
                 "مصدومان", ["Bahram Kian-Pour"], id="this_official_goes_on_with_the_last_speaker"),
    # "به گفته جانشین فرمانده پلیس راه، ..." in a text whose one named speaker is that officer.
    pytest.param(("سرهنگ بهرام کیان‌پور اظهار داشت: دو خودروی سواری در محور زاهدان با یکدیگر برخورد کردند.\n"
                  "به گفته جانشین فرمانده پلیس راه، شدت حادثه به حدی بود که دو خودرو دچار آتش‌سوزی شدند."),
                 "شدت حادثه", ["Bahram Kian-Pour"], id="according_to_an_unknown_office_goes_to_the_one_named_speaker"),
    # "اوگفته است ...": a page that dropped the space after "او"; "راوی گفت" is no pronoun.
    pytest.param(("عباس عراقچی روز شنبه گفت: گفت‌وگوهای دو کشور هفته آینده در مسقط ادامه می‌یابد.\n\n"
                  "اوگفته است نظام تحریم‌ها فرسوده است و دیگر کارایی ندارد."),
                 "نظام تحریم", ["Abbas Araghchi"], id="a_pronoun_glued_to_its_cue_goes_on_with_the_speaker"),
    # "ارتش اسرائیل ابتدا گفته بود ... . اما بعداً گفت که ...": no subject but connectives; the army goes on.
    pytest.param(("ارتش اسرائیل ابتدا گفته بود موشک در یک منطقه باز سقوط کرده است. اما بعداً گفت که احتمالاً این موشک در "
                  "هوا تکه تکه شده است."),
                 "احتمال", ["Israel Defense Forces"], id="connectives_alone_before_a_cue_go_on_with_the_speaker"),
    # "X قطعنامه‌ای را تصویب کرد که در آن آمده است ...": the resolution's words are the adopting body's.
    pytest.param(("شورای امنیت سازمان ملل روز پنجشنبه قطعنامه‌ای را تصویب کرد که در آن آمده است همه طرف‌ها باید فوراً "
                  "آتش‌بس را رعایت کنند."),
                 "همه طرف", ["United Nations Security Council"], id="a_document_in_a_relative_clause_is_its_issuers"),
    # "... تصریح شده که ایران باید ... . در متن پیش‌نویس قطعنامه آمده بود: ...": Iran is inside reported words; the
    # draft's words go on with the body whose resolution was quoted before.
    pytest.param(("شورای امنیت سازمان ملل روز پنجشنبه قطعنامه‌ای را تصویب کرد که در آن آمده است همه طرف‌ها باید فوراً "
                  "آتش‌بس را رعایت کنند. همچنین تصریح شده که ایران باید به سرعت پاسخ‌های لازم را فراهم کند.\n\n"
                  "در متن پیش‌نویس قطعنامه آمده بود: همه طرف‌ها باید بدون تأخیر به مذاکره بازگردند."),
                 "همه طرف‌ها باید بدون", ["United Nations Security Council"], id="a_state_inside_reported_words_owns_no_document_named_next"),
    # "ایران که می‌گوید برنامه‌اش صلح‌آمیز است، پیش از آن هشدار داده بود که ...": Iran said both.
    pytest.param(("ایران که می‌گوید برنامه هسته‌ای‌اش ماهیت کاملاً صلح‌آمیز دارد، پیش از ارائه قطعنامه هشدار داده بود که "
                  "تصویب آن تأثیر منفی بر همکاری تهران با آژانس خواهد داشت."),
                 "تصویب آن", ["Iran"], id="a_cue_after_a_relative_clause_cue_shares_its_subject"),
]


@pytest.mark.parametrize("text,starts,speakers", SPEAKER_OF)
def test_the_speaker_of_a_statement(kb, text, starts, speakers):
    quotes = _quotes(text, kb)
    assert [s for s, t in quotes if t.startswith(starts)] == speakers, quotes


def test_unnamed_sources_after_a_contrast_speak_for_no_one(kb):
    """"مقام‌های پاکستانی هنوز ... منتشر نکرده‌اند، اما منابع امنیتی این کشور تأیید کردند که ...": the statement is
    the anonymous sources', not Pakistan's (the clause after "اما" has its own, unnamed, subject)."""
    quotes = _quotes("مقام‌های پاکستانی هنوز آمار تلفات رسمی منتشر نکرده‌اند، اما منابع امنیتی این کشور صبح یکشنبه تأیید"
                     " کردند که سه سرباز پاکستانی و یک غیرنظامی کشته شده‌اند.", kb)
    assert not [s for s, t in quotes if t.startswith("سه سرباز")], quotes
    named = _quotes("ذبیح‌الله مجاهد سخنگوی طالبان تأیید کرد که سه سرباز پاکستانی کشته شده‌اند.", kb)
    assert [s for s, t in named if t.startswith("سه سرباز")], named  # a named speaker still speaks
