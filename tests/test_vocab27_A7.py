"""Session 27 (slice A7): whole dev pages new this session (a teachers' rally, students summoned to disciplinary
committees, a border clash, air strikes on camps, a helicopter downed over a capital). The general causes found
there, each written anew (other people, places, tenses), with guards for the everyday sentences that use the same
words:

- a summoned person with no mention left (a summons told with no envoy) crashed the whole page's coding;
- bombs or barrel bombs dropped "بر روی"/"به سمت" a place were no attack, and a place after "بر روی" gave no target;
- a killing of many undertaken ("دست به کشتار ... زدند") was no attack;
- students or staff summoned to a disciplinary committee or a security office coded nothing;
- a clash "between" an unnamed side named first and a named force coded nothing;
- "بهنام «X»" (named «X») made a person of "Behnam" and the quoted name;
- a name written as a hashtag ("#ایران-تجمع اعتراضی ...") became the party of the act after it;
- a province's education directorate ("اداره کل آموزش و پرورش X") was unknown;
- a tag cloud (a line of hashtags) and Blogger's comment section stayed in the body and linked a dozen places."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED, assert_coded, assert_not_coded, reported_events


def _annotation(text, kb, published="2024-07-20T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)


# --- a summons with no envoy named does not stop the page ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "در استان گیلان مجموعا ۴۰ کارمند به هیئت‌های تخلفات احضار شدند که از این تعداد، ۱۰ نفر از دانشگاه گیلان و ۵ نفر از"
    " دانشگاه تهران هستند.",
    "در استان کرمان نیز ۳۵ پرستار به هیئت‌های انتظامی احضار شدند که از این تعداد، ۲۰ پرستار از دانشگاه علوم پزشکی کرمان،"
    " ۱۵ پرستار از دانشگاه تهران هستند.",
])
def test_summons_without_envoy_codes(sentence, kb):
    doc = _annotation(sentence, kb)  # no IndexError
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.rule == "accuse.summon"], doc.events


# --- bombs dropped on a place --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    ("جنگنده‌های آمریکا بمب‌هایی بر روی مواضع داعش در موصل ریختند.", "USA", "islamic-state"),
    ("هلیکوپترهای ارتش سوریه بشکه‌های انفجاری بر روی شهر حلب ریختند.", "syrian-arab-army", "SYR"),
    ("جنگنده‌های روسیه بمب‌های خوشه‌ای روی روستاهای ادلب انداختند.", "RUS", "SYR"),
    ("ارتش عربستان سعودی بمب‌های خوشه‌ای بر سر مردم یمن ریخت.", "saudi-arabian-armed-forces", "YEM"),
])
def test_bombs_dropped(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("sentence", [
    "هواداران تیم روی سر بازیکنان گل ریختند.",
    "کودکان آب به سمت رهگذران ریختند.",
    "هواپیماها اعلامیه‌هایی بر روی شهر ریختند.",
])
def test_things_poured_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- a killing of many undertaken ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,source,target", [
    # (session 31 ASLT) people counted, none named: no target (the army's own state read off the place is none)
    ("ارتش سوریه دست به کشتار ده‌ها تن از ساکنان حمص زد.", "syrian-arab-army", None),
    ("شبه‌نظامیان داعش اقدام به قتل عام روستاییان ایزدی در سنجار کردند.", "islamic-state", None),
])
def test_massacre_undertaken(sentence, source, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("sentence", [
    "دامداران استان فارس دست به کشتار دام‌های خود زدند.",
    "شهرداری تهران اقدام به کشتار سگ‌های ولگرد کرد.",
])
def test_culling_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- summoned to a disciplinary committee ---------------------------------------------------------------------------

def test_students_summoned_by_their_university(kb):
    events = [e for e in reported_events("۳۰ دانشجوی دانشگاه تهران به کمیته انضباطی احضار شدند.", kb)
              if e.type == "ACCUSE"]
    assert events and events[0].source_ids == ["university-of-tehran"] and not events[0].target, \
        [(e.type, e.source_ids, e.target_ids) for e in events]
    assert events[0].date is None  # a tally told with no day of its own: not the report's day


def test_staff_summoned_to_security_office(kb):
    events = [e for e in reported_events("چند تن از معلمان معترض به حراست اداره کل آموزش و پرورش اصفهان احضار شدند.", kb)
              if e.type == "ACCUSE"]
    assert events and "ministry-of-education-iran" in events[0].source_ids, [(e.type, e.source_ids) for e in events]


def test_summons_dated_when_told(kb):
    events = [e for e in reported_events("دیروز ۲۵ دانشجوی دانشگاه شیراز به کمیته انضباطی احضار شدند.", kb)
              if e.type == "ACCUSE"]
    assert events and events[0].date == "2024-07-19", [(e.type, e.date) for e in events]


@pytest.mark.parametrize("sentence", [
    "بازیکن تیم پرسپولیس به کمیته انضباطی فدراسیون فوتبال احضار شد.",
    "مهاجم استقلال به کمیته انضباطی احضار شد.",
    "سرمربی سپاهان به کمیته انضباطی احضار شد.",
])
def test_sports_disciplinary_no_event(sentence, kb):
    assert_not_coded(sentence, kb, "ACCUSE")


# --- a clash between an unnamed side and a named force ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,target", [
    ("شب گذشته درگیری مسلحانه میان اشرار با مرزبانان هنگ مرزی سراوان رخ داد.", "border-guard-command-iran"),
    ("دیروز درگیری مسلحانه بین تروریست‌ها و ارتش پاکستان در وزیرستان شمالی رخ داد.", "pakistan-army"),
    ("درگیری مسلحانه میان عناصر معاند و نیروهای مرزبانی در مرز میرجاوه رخ داد.", "border-guard-command-iran"),
])
def test_unnamed_first_side_attacks(sentence, target, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert events and target in events[0].target_ids and not any(events[0].source_ids), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_named_sides_clash_unchanged(kb):
    assert_coded("درگیری مسلحانه میان ارتش پاکستان و طالبان در مرز رخ داد.", kb, ("ASSAULT", "pakistan-army", "taliban"))


def test_clash_at_town_border_placed_in_town(kb):
    events = [e for e in reported_events("درگیری مسلحانه میان اشرار و مرزبانان در مرز سراوان رخ داد.", kb)
              if e.type == "ASSAULT"]
    assert events and events[0].location_id == "saravan", [(e.type, e.location_id) for e in events]


# --- "بهنام «X»" is "named X" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,name", [
    ("در پی این درگیری یک نفر از نیروهای مرزبانی بهنام «علی رضایی» کشته شد.", "Ali Rezaei"),
    ("یک دانشجوی پزشکی بهنام «حسین کریمی» بازداشت شد.", "Hossein Karimi"),
])
def test_named_in_guillemets(sentence, name, kb):
    people = [m.name for m in _annotation(sentence, kb).entities if m.type == "PERSON"]
    assert name in people and not any(p.startswith("Behnam") for p in people), people


def test_behnam_still_a_name(kb):
    people = [m.name for m in _annotation("بهنام محمدی روز شنبه در این مراسم سخنرانی کرد.", kb).entities if m.type == "PERSON"]
    assert any(p.startswith("Behnam") for p in people), people


# --- a hashtag is no party --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "#ایران-تجمع اعتراضی کارگران در مقابل وزارت نفت.",
    "#ایران-تجمع اعتراضی بازنشستگان مقابل وزارت کار در تهران.",
])
def test_hashtag_not_source(sentence, kb):
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.source_ids, e.target_ids) for e in events]


# --- a province's education directorate ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "اداره کل آموزش و پرورش استان کرمان از استخدام دو هزار معلم خبر داد.",
    "مدیر اداره آموزش و پرورش ناحیه یک رشت گفت مدارس فردا تعطیل است.",
])
def test_education_directorate_links(sentence, kb):
    ids = {m.kb_id for m in _annotation(sentence, kb).entities}
    assert "ministry-of-education-iran" in ids, ids


def test_education_everyday_no_ministry(kb):
    ids = {m.kb_id for m in _annotation("آموزش و پرورش کودکان در خانواده آغاز می‌شود.", kb).entities}
    assert "ministry-of-education-iran" not in ids, ids


# --- a tag cloud and Blogger's comment section are no body -------------------------------------------------------------

def test_tag_cloud_and_blogger_comments_dropped():
    from rasad.clean.lines import clean_lines
    page = ("#ایران-اعتصاب کارگران پتروشیمی ماهشهر\n\n"
            "روز دوشنبه کارگران پتروشیمی در ماهشهر دست از کار کشیدند و خواهان پرداخت حقوق معوقه شدند. آنها گفتند"
            " چهار ماه است که دستمزدی دریافت نکرده‌اند و اگر مطالبات آنان پرداخت نشود، اعتراض خود را ادامه خواهند داد.\n\n"
            "#ایران #اهواز #شیراز #اصفهان #کرج\n#رشت #ساری در برابر #وزارت #کار\n\n"
            "هیچ نظری موجود نیست:\n\nارسال یک نظر\n\nنظر دوم: این خبر درست نیست\n")
    kept = [ln.text for ln in clean_lines(page)[0]]
    assert any("ماهشهر دست از کار" in t for t in kept), kept
    assert kept[0].startswith("#ایران-اعتصاب"), kept  # a headline filed under one tag stays
    assert not any(t.count("#") >= 3 for t in kept) and not any("نظر دوم" in t for t in kept), kept
