"""Session 27 (slice J): judgements of another party's act, whose doer is named in the act's own phrase or in the
question the speaker answers. (1) A party right after a topic marker inside a condemned act ("بیانیه X در خصوص Y را
محکوم کرد", "لایحه X در رابطه با Y") is what the act is about, not its doer. (2) A deed judged with a copula in
reported speech ("گفت: مصوبه X غیرقابل پذیرش است", "گفت: اظهارات X مداخله در امور داخلی Y است") accuses the deed's
doer, or, with none named, the act of the question answered ("در پاسخ به سوالی در ارتباط با اقدام اخیر X گفت: این
شناسایی امری بی‌معنی است"). (3) Criticism with its adjective in the "مورد ... قرار داد" form, and more judgement words
for "را ... خواند/دانست" (arbitrary, groundless, against international law). The sentences are the tests' own,
modelled on the phrasing of real pages (worklist tests/realnews/fresh/slices27_J.tsv); the guards are everyday
sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import found_of_type, shown


def _aimed_at(kb, e, target: str) -> bool:
    """The event's target is the party, or one of its people or bodies."""
    return any(x == target or kb.country_of(x) == target or kb.affiliation(x) == target for x in e.target_ids if x)


# ---------------------------------------------------------------- (1) a topic inside the condemned act

@pytest.mark.parametrize("text, day, target, topic", [
    ("سخنگوی وزارت امور خارجه ایران مفاد بیانیه شورای همکاری خلیج فارس و چند کشور عربی در خصوص جمهوری اسلامی ایران را "
     "به شدت محکوم کرد.", "2023-06-08", "gulf-cooperation-council", "IRN"),
    ("وزارت خارجه چین قطعنامه پارلمان اروپا در رابطه با تایوان را محکوم کرد.", "2022-09-16", "european-parliament", "TWN"),
])
def test_a_topic_inside_the_condemned_act_is_not_its_doer(kb, text, day, target, topic):
    found, events = found_of_type(text, kb, day, "ACCUSE")
    assert any(_aimed_at(kb, e, target) for e in found), shown(events)
    assert not any(topic in e.target_ids for e in found), shown(events)


def test_a_party_condemned_after_about_stays_the_target(kb):
    """The guard: with no doer before it, the act's own party is still the one condemned."""
    text = "وزارت خارجه ایران حمله اسرائیل به سوریه را محکوم کرد."
    found, events = found_of_type(text, kb, "2024-04-02", "ACCUSE")
    assert any(_aimed_at(kb, e, "ISR") for e in found), shown(events)


# ---------------------------------------------------------------- (2) a deed judged with a copula

@pytest.mark.parametrize("text, day, target", [
    ("سخنگوی وزارت خارجه روسیه گفت: اظهارات وزیر خارجه لهستان مداخله آشکار در امور داخلی بلاروس است.", "2023-08-03",
     "POL"),
    ("عراقچی در گفت‌وگو با خبرنگاران گفت: تحریم‌های تازه آمریکا علیه کشتیرانی ایران غیرقانونی است.", "2024-10-12", "USA"),
    ("وزیر خارجه ترکیه تصریح کرد: تصمیم دولت یونان برای استقرار نیرو در جزایر اژه مغایر با حقوق بین‌الملل است.",
     "2023-02-20", "GRC"),
    ("سخنگوی وزارت خارجه پاکستان گفت: اقدام دولت هند در کشمیر برخلاف قطعنامه‌های شورای امنیت و غیرقانونی است.",
     "2023-08-05", "IND"),
])
def test_a_deed_judged_with_a_copula_accuses_its_doer(kb, text, day, target):
    found, events = found_of_type(text, kb, day, "ACCUSE")
    assert any(_aimed_at(kb, e, target) for e in found), shown(events)


@pytest.mark.parametrize("text, day, target", [
    ("سخنگوی وزارت خارجه ترکیه در پاسخ به سوالی در ارتباط با تصمیم اخیر سوئد برای اخراج دیپلمات‌ها گفت: این تصمیم "
     "کاملا غیرقابل قبول است.", "2023-01-24", "SWE"),
    ("سخنگوی وزارت خارجه ایران در پاسخ به پرسش خبرنگاری درباره اقدام جمهوری آذربایجان در بستن مرز گفت: این کار امری "
     "بی‌معنی است.", "2022-11-28", "AZE"),
])
def test_the_question_answered_names_the_judged_act(kb, text, day, target):
    found, events = found_of_type(text, kb, day, "ACCUSE")
    assert any(_aimed_at(kb, e, target) for e in found), shown(events)


@pytest.mark.parametrize("text, day", [
    # a thing no one did, judged
    ("رئیس هلال احمر گفت: این زلزله فاجعه‌ای بزرگ بود و وضعیت آوارگان غیرقابل قبول است.", "2023-02-08"),
    # an adjective inside the subject, another clause's "است"
    ("وزیر کشور گفت: ورود غیرقانونی اتباع افغانستان به ایران در ماه گذشته افزایش یافته است.", "2023-05-10"),
    # a referee's decision judged
    ("سرمربی تیم ملی گفت: تصمیم داور در دقیقه نود غیرقابل قبول است.", "2023-03-28"),
    # a bank's economic decision
    ("یک کارشناس اقتصادی گفت: تصمیم بانک مرکزی برای افزایش نرخ بهره غیرقابل توجیه است.", "2023-07-01"),
    # a rule judged, no doer
    ("محمد جواد ظریف گفت: کار بدون مجوز در این منطقه غیرقانونی است.", "2019-06-01"),
])
def test_a_judgement_of_no_ones_deed_codes_nothing(kb, text, day):
    found, events = found_of_type(text, kb, day, "ACCUSE")
    assert not any(e.target_ids for e in found), shown(events)


# ---------------------------------------------------------------- (3) criticism and judgement words

@pytest.mark.parametrize("text, day, target", [
    ("دبیرکل سازمان ملل سیاست شهرک‌سازی اسرائیل را مورد انتقاد شدید قرار داد.", "2019-11-20", "ISR"),
    ("وزیر خارجه فرانسه سیاست‌های دولت مجارستان را مورد انتقاد شدید قرار داد.", "2021-06-24", "HUN"),
    ("وزارت خارجه مصر تصمیم دولت اتیوپی را ناموجه و بی‌دلیل دانست.", "2021-07-08", "ETH"),
    ("سخنگوی وزارت خارجه ژاپن تصمیم اخیر دولت کره شمالی را اقدامی کاملا خودسرانه توصیف کرد.", "2023-04-13", "PRK"),
])
def test_criticism_and_judgement_words(kb, text, day, target):
    found, events = found_of_type(text, kb, day, "ACCUSE")
    assert any(_aimed_at(kb, e, target) for e in found), shown(events)


def test_praise_is_no_condemnation(kb):
    """The guard: a step praised is support, not an accusation."""
    text = "وزیر خارجه عمان اقدام قطر در میانجیگری را ستود و آن را اقدامی ارزشمند دانست."
    found, events = found_of_type(text, kb, "2024-05-10", "ACCUSE")
    assert not found, shown(events)
