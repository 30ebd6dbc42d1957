"""Session 26 (slice A3): real pages' phrasings, fixed as mechanisms. (1) Ground taken back from a party with no
"کنترل" ("ارتش شهر X را از Y بازپس گرفت", "توانستند بخش مهم شهر X را از Y پس بگیرند"), only after a word for ground;
(2) the ground struck or taken, as the object of an attack's verb (or inside a trigger that holds it), is the event's
place; (3) a red line drawn ("هرگونه ... را تحمل نمی‌کند", "X را خط قرمز خود می‌داند") is a warning with no one named;
(4) a return to a deal, to commitments or to the table stressed as a need ("بر لزوم بازگشت X به برجام تاکید کرد",
and a headline's noun "تاکید A و B بر لزوم بازگشت X به ...") asks X; (5) a vow to fight on until another leaves
("جنگ را تا خروج X ... ادامه دهد") threatens X; (6) a report's source ("براساس گزارش X، ...") is no victim of what it
counts; (7) a ceremony "در شهر X ... با حضور A و B" puts A and B there, so their meeting that day is in X. The
sentences are the tests' own, modelled on the phrasing of real pages; the guards are everyday sentences with the same
words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _events(text, kb, day, etype=None):
    events = reported_events(text, kb, f"{day}T10:00:00+03:30")
    return [e for e in events if etype is None or e.type == etype], events


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger, e.location_id, e.rule) for e in events]


def _has(kb, ids, wanted):
    """Whether ``wanted`` is one of the ids or the state of one."""
    return any(wanted == x or kb.country_of(x) == wanted for x in ids if x)


# ---------------------------------------------------------------- (1) ground taken back, no "کنترل"

@pytest.mark.parametrize("text, day, source, target, place", [
    ("ارتش عراق روز سه‌شنبه شهر تکریت را از داعش بازپس گرفت.", "2015-03-31", "IRQ", "islamic-state", "tikrit"),
    ("سخنگوی وزارت دفاع افغانستان گفت نیروهای ارتش این کشور توانستند مرکز ولسوالی موسی‌قلعه را از طالبان پس بگیرند.",
     "2016-02-20", "AFG", "taliban", None),
    ("نیروهای دولتی سوریه هفته گذشته روستاهای اطراف شهر حلب را از گروه داعش باز پس گرفته‌اند.", "2016-12-10", "SYR",
     "islamic-state", None),
])
def test_ground_taken_back_from_a_party(kb, text, day, source, target, place):
    found, events = _events(text, kb, day, "ASSAULT")
    hit = [e for e in found if _has(kb, e.source_ids, source) and target in e.target_ids]
    assert hit, _show(events)
    assert place is None or hit[0].location_id == place, _show(events)


@pytest.mark.parametrize("text", [
    "نماینده مجلس شکایت خود را از وزیر نیرو پس گرفت.",
    "تیم پرسپولیس صدر جدول لیگ را از سپاهان پس گرفت.",
    "دولت عراق سفیر خود را از ترکیه پس گرفت.",
])
def test_what_is_no_ground_taken_back_is_no_attack(kb, text):
    found, events = _events(text, kb, "2023-05-05", "ASSAULT")
    assert not found, _show(events)


# ---------------------------------------------------------------- (2) the ground taken or struck is the place

@pytest.mark.parametrize("text, day, place", [
    ("گروه داعش روز سه‌شنبه شهر موصل را تصرف کرد.", "2014-06-10", "mosul"),
    ("نیروهای روسیه شهر خارکیف را گلوله‌باران کردند.", "2022-03-01", "kharkiv"),
])
def test_the_ground_taken_or_struck_is_the_place(kb, text, day, place):
    found, events = _events(text, kb, day, "ASSAULT")
    assert any(e.location_id == place for e in found), _show(events)


def test_a_threat_to_strike_a_city_is_not_placed_there(kb):
    """The guard: only attacks take their object's place; a threat is made where its speaker is."""
    found, events = _events("فرمانده ارتش اسرائیل تهدید کرد که شهر بیروت را با خاک یکسان خواهد کرد.", kb, "2024-09-20",
                            "THREATEN")
    assert not any(e.location_id == "beirut" for e in found), _show(events)


# ---------------------------------------------------------------- (3) a red line drawn

@pytest.mark.parametrize("text, day, source", [
    ("وزیر دفاع ترکیه گفت آنکارا هرگونه حضور نظامی بیگانه در شمال سوریه را تحمل نخواهد کرد.", "2019-10-08", "TUR"),
    ("سخنگوی وزارت خارجه چین گفت پکن استقلال تایوان را خط قرمز خود می‌داند.", "2022-08-02", "CHN"),
    ("رئیس‌جمهور روسیه در نشست خبری با همتای بلاروسی خود گفت مسکو هیچ تهدیدی علیه مرزهای خود را تحمل نمی‌کند.",
     "2021-11-30", "RUS"),
])
def test_a_red_line_is_a_warning(kb, text, day, source):
    found, events = _events(text, kb, day, "THREATEN")
    assert any(_has(kb, e.source_ids, source) for e in found), _show(events)


@pytest.mark.parametrize("text", [
    "پزشک معالج گفت بدن این بیمار هیچ داروی شیمیایی را تحمل نمی‌کند.",
    "مربی تیم ملی ایران گفت هواداران هیچ شکستی را تحمل نمی‌کنند.",
    "کارشناسان هواشناسی می‌گویند این گیاه هرگونه سرمای شدید را تحمل نمی‌کند.",
])
def test_everyday_endurance_is_no_threat(kb, text):
    found, events = _events(text, kb, "2023-01-10", "THREATEN")
    assert not found, _show(events)


# ---------------------------------------------------------------- (4) a return to the deal stressed as a need

@pytest.mark.parametrize("text, day, source, target", [
    ("وزیر خارجه روسیه در دیدار با همتای چینی خود بر لزوم بازگشت آمریکا به برجام تاکید کرد.", "2021-03-23", "RUS", "USA"),
    ("نخست‌وزیر ژاپن بر ضرورت بازگشت کره شمالی به میز مذاکره تأکید کرد.", "2019-05-06", "JPN", "PRK"),
    ("تاکید دیپلمات‌های روسیه و چین بر لزوم بازگشت سریع واشنگتن به توافق هسته‌ای", "2021-02-15", "RUS", "USA"),
])
def test_a_return_stressed_as_a_need_asks_the_returner(kb, text, day, source, target):
    found, events = _events(text, kb, day, "REQUEST")
    assert any(_has(kb, e.source_ids, source) and target in e.target_ids for e in found), _show(events)


@pytest.mark.parametrize("text", [
    "وزیر خارجه پاکستان بر لزوم بازگشت آوارگان افغان به کشورشان تاکید کرد.",
    "تاکید مربی استقلال بر لزوم بازگشت بازیکنان مصدوم به تمرینات",
])
def test_a_return_home_or_to_training_asks_no_one(kb, text):
    found, events = _events(text, kb, "2023-09-01", "REQUEST")
    assert not found, _show(events)


# ---------------------------------------------------------------- (5) a vow to fight on until another leaves

@pytest.mark.parametrize("text, day, source, target", [
    ("رهبر حوثی‌ها تاکید کرد که نبرد را تا خروج نیروهای ائتلاف سعودی از یمن ادامه می‌دهیم.", "2018-06-14",
     "abdul-malik-al-houthi", "saudi-led-coalition"),
    ("سخنگوی طالبان گفت این گروه به جنگ تا خروج نظامیان آمریکایی از افغانستان ادامه خواهد داد.", "2019-09-08",
     "taliban", "USA"),
])
def test_a_vow_to_fight_until_another_leaves_threatens_it(kb, text, day, source, target):
    found, events = _events(text, kb, day, "THREATEN")
    assert any(_has(kb, e.source_ids, source) and _has(kb, e.target_ids, target) for e in found), _show(events)


@pytest.mark.parametrize("text", [
    "ارتش اوکراین جنگ را تا خروج نیروهای روسیه از خرسون ادامه داد.",  # the past tells the fighting, not a vow
    "کاپیتان تیم ملی گفت بازیکنان مبارزه را تا سوت پایان ادامه خواهند داد.",
])
def test_fighting_told_or_played_is_no_vow(kb, text):
    found, events = _events(text, kb, "2022-11-11", "THREATEN")
    assert not found, _show(events)


# ---------------------------------------------------------------- (6) a report's source is no victim

@pytest.mark.parametrize("text, day, source, wrong", [
    ("طبق گزارش دیده‌بان حقوق بشر سوریه دست‌کم ۲۰ نفر در حمله هوایی روسیه به ادلب کشته شدند.", "2019-05-20", "RUS",
     "syrian-observatory-for-human-rights"),
    ("براساس گزارش عفو بین‌الملل دستکم ۳۰ نفر در حمله اسرائیل به رفح کشته شدند.", "2024-05-27", "ISR",
     "amnesty-international"),
])
def test_a_reports_source_is_no_victim(kb, text, day, source, wrong):
    found, events = _events(text, kb, day, "ASSAULT")
    assert any(source in e.source_ids for e in found), _show(events)
    assert not any(wrong in e.target_ids for e in found), _show(events)


def test_an_economic_report_codes_nothing(kb):
    found, events = _events("براساس گزارش بانک مرکزی نرخ تورم در ماه گذشته کاهش یافت.", kb, "2023-04-01")
    assert not found, _show(events)


# ---------------------------------------------------------------- (7) a ceremony's guests were there

@pytest.mark.parametrize("text, day, place", [
    ("سفارت ایران در شهر ایروان امروز سه‌شنبه با حضور «عباس عراقچی» و «آرارات میرزویان» بازگشایی شد. عراقچی همچنین در "
     "دیدار با همتای ارمنستانی خود درباره روابط دو کشور گفت‌وگو کرد.", "2025-01-14", "yerevan"),
    ("کنسولگری ترکیه در شهر تبریز روز دوشنبه با حضور «هاکان فیدان» و «عباس عراقچی» افتتاح شد. فیدان در دیدار با "
     "همتای ایرانی خود بر گسترش همکاری‌ها تاکید کرد.", "2025-02-10", "tabriz"),
])
def test_a_meeting_where_its_parties_attended_a_ceremony(kb, text, day, place):
    found, events = _events(text, kb, day, "CONSULT")
    assert any(e.location_id == place for e in found), _show(events)


def test_a_ceremony_without_the_parties_places_no_meeting(kb):
    """The guard: the ceremony's place is where its guests were; a phone call has no place at all."""
    text = ("نمایشگاه کتاب در شهر تهران امروز با حضور وزیر فرهنگ افتتاح شد. عراقچی در تماس تلفنی با همتای عمانی خود "
            "درباره تحولات منطقه گفت‌وگو کرد.")
    found, events = _events(text, kb, "2025-05-07", "CONSULT")
    assert found and not any(e.location_id for e in found), _show(events)
