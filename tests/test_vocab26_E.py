"""Session 26 (slice E): statements — condemnations, complaints, warnings — as real news words them, fixed as
mechanisms. (1) A complaint announced in the present or the future is the charge laid ("X از Y به شورای امنیت
شکایت می‌کند / شکایت خواهد کرد"). (2) A condemnation declared as the speaker's own, with what it condemns after
"از"/"نسبت به" ("محکومیت و انزجار خود را از حمله X به Y اعلام کرد"): the doer of the deed is condemned, not the victim
after its "به". (3) A condemnation as a headline noun ("محکومیت X نسبت به حمله Y به Z"): the genitive condemns, the
deed's doer is condemned; a court's "محکومیت X به ... زندان" is none. (4) "تجاوزگری"/"تجاوزهای" are attack nouns: the
aggressor named after them is the one condemned, not the state after "به". (5) A warning followed by a quote ("هشدار
داد: «مقامات X باید ...»") warns the quote's first party (past a head such as "مقامات"), not a state named further on.
The sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import found_of_type, reported_events, shown


def _events(sentence, kb, day, etype, title=False):
    return found_of_type(sentence + ("\n" if title else ""), kb, day, etype)


# ---------------------------------------------------------------- (1) a complaint announced, now or to come

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وزارت خارجه کویت اعلام کرد که این کشور از عراق به دیوان بین‌المللی دادگستری شکایت می‌کند.", "2021-05-10",
     "KWT", "IRQ"),
    ("دولت لبنان گفته است که به زودی از اسرائیل به شورای امنیت سازمان ملل شکایت خواهد کرد.", "2023-08-02",
     "LBN", "ISR"),
    ("سوریه در نامه‌ای رسمی از ترکیه به دبیرکل سازمان ملل شکایت خواهد کرد.", "2019-10-12", "SYR", "TUR"),
])
def test_a_complaint_announced_is_a_charge_laid(kb, sentence, day, source, target):
    found, events = _events(sentence, kb, day, "ACCUSE")
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)


@pytest.mark.parametrize("sentence", [
    "بیماران مسن اغلب از درد مفاصل شکایت می‌کنند.",
    "کشاورزان استان از کم‌آبی و گرانی کود شکایت خواهند کرد.",
])
def test_guard_complaints_of_pain_and_prices(kb, sentence):
    found, events = _events(sentence, kb, "2022-06-01", "ACCUSE")
    assert not found, shown(events)


# ---------------------------------------------------------------- (2) a condemnation declared as one's own

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وزارت امور خارجه قطر محکومیت و انزجار خود را از حمله هوایی ارتش اسرائیل به لبنان اعلام کرد.", "2024-10-01",
     "ministry-of-foreign-affairs-qatar", "israel-defense-forces"),
    ("اتحادیه عرب محکومیت شدید خود را نسبت به تجاوز روسیه به خاک اوکراین ابراز کرد.", "2022-03-01",
     "arab-league", "RUS"),
    ("پاکستان محکومیت خود را از حملات موشکی هند به خاک این کشور اعلام کرد.", "2025-05-08", "PAK", "IND"),
])
def test_a_condemnation_declared_aims_at_the_deeds_doer(kb, sentence, day, source, target):
    found, events = _events(sentence, kb, day, "ACCUSE")
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)
    assert not any("LBN" in e.target_ids or "UKR" in e.target_ids for e in found), shown(events)


@pytest.mark.parametrize("sentence", [
    # no doer named: the victim after the deed's own "به" is not condemned
    "اتحادیه عرب محکومیت شدید خود را نسبت به حمله به خاک اوکراین ابراز کرد.",
    # a sentence handed down, and dismay at a referee: no condemnation of a party
    "وکیل این متهم اعتراض خود را از محکومیت موکلش به دادگاه تجدیدنظر اعلام کرد.",
    "این بازیکن پس از شکست تیمش، ناراحتی خود را از داوری اعلام کرد.",
])
def test_guard_declared_dismay_without_a_condemned_party(kb, sentence):
    found, events = _events(sentence, kb, "2022-03-01", "ACCUSE")
    assert not any(set(e.target_ids) & {"UKR"} for e in found), shown(events)
    if "داوری" in sentence:
        assert not found, shown(events)


# ---------------------------------------------------------------- (3) a condemnation as a headline noun

@pytest.mark.parametrize("sentence, day, source, target", [
    ("محکومیت قطر نسبت به حمله هوایی اسرائیل به سوریه", "2024-12-10", "QAT", "ISR"),
    ("محکومیت شدید ترکیه از تجاوز روسیه به اوکراین", "2022-02-25", "TUR", "RUS"),
])
def test_a_headline_condemnation_noun(kb, sentence, day, source, target):
    found, events = _events(sentence, kb, day, "ACCUSE", title=True)
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)


@pytest.mark.parametrize("sentence", [
    "محکومیت نرگس محمدی به پنج سال زندان",   # a court's sentence
    "محکومیت اردن نسبت به حمله به غزه",       # no doer named: Gaza is the victim, not condemned
])
def test_guard_headline_sentences_and_victims(kb, sentence):
    found, events = _events(sentence, kb, "2024-12-10", "ACCUSE", title=True)
    assert not found, shown(events)


# ---------------------------------------------------------------- (4) aggression nouns name the aggressor

@pytest.mark.parametrize("sentence, day, source, target, victim", [
    ("چین تجاوزگری آمریکا و انگلیس به یمن را به شدت محکوم کرد.", "2024-02-03", "CHN", "USA", "YEM"),
    ("ونزوئلا تجاوزهای مکرر اسرائیل به لبنان را محکوم کرد.", "2024-10-02", "VEN", "ISR", "LBN"),
])
def test_the_aggressor_after_an_aggression_noun_is_condemned(kb, sentence, day, source, target, victim):
    found, events = _events(sentence, kb, day, "ACCUSE")
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)
    assert not any(victim in e.target_ids for e in found), shown(events)


def test_guard_an_assault_on_a_person_names_no_state(kb):
    found, events = _events("پلیس تعرض دو مرد به یک زن را در تهران محکوم کرد.", kb, "2023-04-01", "ACCUSE")
    assert not found, shown(events)


# ---------------------------------------------------------------- (5) a warning's quote names the warned

@pytest.mark.parametrize("sentence, day, source, target, not_target", [
    ("سخنگوی وزارت دفاع ترکیه در پیامی هشدار داد: «مقامات یونانی باید به حاکمیت ترکیه احترام بگذارند و صبر مردم "
     "ترکیه را نیازمایند.»", "2025-10-11", "ministry-of-national-defense-turkey", "GRC", "TUR"),
    ("امیرخان متقی در پیامی هشدار داد: «مسئولان پاکستانی باید به تمامیت ارضی افغانستان احترام بگذارند.»",
     "2025-10-11", "amir-khan-muttaqi", "PAK", "AFG"),
])
def test_a_warning_warns_its_quotes_first_party(kb, sentence, day, source, target, not_target):
    found, events = _events(sentence, kb, day, "THREATEN")
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)
    assert not any(not_target in e.target_ids for e in found), shown(events)


@pytest.mark.parametrize("sentence", [
    "وزیر بهداشت هشدار داد: «شیوع آنفلوانزا در کشور رو به افزایش است.»",
    "سازمان هواشناسی هشدار داد: «مسئولان استانی باید برای سیلاب آماده باشند.»",
])
def test_guard_warnings_of_weather_and_illness(kb, sentence):
    found, events = _events(sentence, kb, "2025-01-10", "THREATEN")
    assert not found, shown(events)


# ---------------------------------------------------------------- (6) a present act after a condition is a threat

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وزیر دفاع اسرائیل گفت اگر حماس به سمت تل‌آویو راکت شلیک کند، نیروهای ما غزه را با خاک یکسان می‌کنند.",
     "2014-11-05", "moshe-yaalon", "hamas"),
    ("رئیس‌جمهور روسیه هشدار داد چنانچه ناتو به مرزهای روسیه نزدیک شود، مسکو پایگاه‌های این پیمان را هدف قرار "
     "می‌دهد.", "2019-06-01", "vladimir-putin", "nato"),
])
def test_a_present_act_after_a_condition_is_threatened(kb, sentence, day, source, target):
    events = reported_events(sentence, kb, f"{day}T10:00:00+03:30")
    assert any(e.type == "THREATEN" and source in e.source_ids and target in e.target_ids for e in events), \
        shown(events)
    assert not any(e.type == "ASSAULT" for e in events), shown(events)
    assert not any(e.type == "THREATEN" and {"hamas", "nato"} & set(e.source_ids) for e in events), shown(events)


@pytest.mark.parametrize("sentence, etype", [
    # the present with no condition before it is the act a headline reports
    ("ارتش اسرائیل شهر رفح را بمباران می‌کند", "ASSAULT"),
    # a concession ("اگرچه") is no condition
    ("ارتش اسرائیل اگرچه آتش‌بس برقرار است، شهر رفح را بمباران می‌کند.", "ASSAULT"),
])
def test_guard_a_present_act_without_a_condition(kb, sentence, etype):
    events = reported_events(sentence + "\n", kb, "2024-05-07T10:00:00+03:30")
    assert any(e.type == etype for e in events) and not any(e.type == "THREATEN" for e in events), shown(events)


def test_guard_a_condition_of_weather(kb):
    found, events = _events("اگر باران ببارد، کشاورزان استان فارس محصول گندم را برداشت می‌کنند.", kb, "2024-05-07",
                            "THREATEN")
    assert not found, shown(events)


# ---------------------------------------------------------------- (7) an accusation recalled in the past perfect

@pytest.mark.parametrize("sentence, day, source, target", [
    ("وزارت خارجه چین پیش‌تر آمریکا را به دخالت در امور داخلی هنگ کنگ متهم کرده بود.", "2024-03-01",
     "ministry-of-foreign-affairs-china", "USA"),
    ("مقامات کابل در هفته‌های گذشته پاکستان را به حمایت از شورشیان متهم کرده بودند.", "2024-03-01", "AFG", "PAK"),
])
def test_an_accusation_in_the_past_perfect(kb, sentence, day, source, target):
    found, events = _events(sentence, kb, day, "ACCUSE")
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)


def test_guard_a_doctors_reproach(kb):
    found, events = _events("پزشک خانواده بیمار را به مصرف زیاد قند و نمک متهم کرده بود.", kb, "2024-03-01",
                            "ACCUSE")
    assert not found, shown(events)
