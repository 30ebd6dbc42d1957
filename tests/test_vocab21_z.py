"""Session 21 (lead): a loaded noun repeated as a description ("رژیم صهیونیستی ... این رژیم", "گروهک منافقین ... این
گروهک") points back to whom the outlet called so; rebels and the opposition accusing the state they are of. Each
case is written anew; the guards have the same words where no such party is named."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # "این رژیم" is the state the text called "رژیم", not the state named last (Lebanon)
    ("رژیم صهیونیستی بامداد امروز شهرک‌های جنوب لبنان را بمباران کرد. این رژیم همچنین ایران را به پاسخ سخت "
     "تهدید کرد.", ("THREATEN", "ISR", "IRN")),
    ("رژیم آل سعود هفته گذشته مرزهای یمن را بست. همین رژیم روز شنبه از آمریکا خواست سلاح بیشتری بفرستد.",
     ("REQUEST", "SAU", "USA")),
    # "این گروهک": the group the text called "گروهک", an epithet between the noun and the name
    ("گروهک تروریستی منافقین روز جمعه در پاریس نشستی برگزار کرد. این گروهک در این نشست جمهوری اسلامی را به "
     "سرکوب زندانیان متهم کرد.", ("ACCUSE", "peoples-mojahedin-organization-of-iran", "IRN")),
    # the opposition accuses the state it is of: that state is no side of its own
    ("سازمان مجاهدین خلق روز دوشنبه در بیانیه‌ای جمهوری اسلامی را به اعدام زندانیان سیاسی متهم کرد.",
     ("ACCUSE", "peoples-mojahedin-organization-of-iran", "IRN")),
])
def test_session21_z_references_and_sides(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_a_regime_never_named_so_is_not_the_last_state(kb):
    """"اسرائیل ... به لبنان حمله کرد. این رژیم ...": no one was called "رژیم", so Lebanon (named last) is no
    source of the threat."""
    events = reported_events("اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. این رژیم همچنین سوریه را به حمله تهدید کرد.",
                             kb)
    assert not any("LBN" in e.source_ids for e in events), [(e.type, e.source_ids, e.target_ids) for e in events]


def test_a_state_body_still_accuses_no_one_of_its_own_state(kb):
    """The state's own bodies are of its side: "سپاه ... ایران را متهم کرد" in a claim about one's own side stays no
    accusation of Iran (only rebels and the opposition are apart from their state)."""
    events = reported_events("سخنگوی سپاه پاسداران مدعی شد که ایران در این عملیات هیچ نقشی نداشته است.", kb)
    assert not any(e.type == "ACCUSE" and "IRN" in e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # "این اقدام" after an act earlier in the same sentence: aimed at its doer, not at the first clause's object
    ("نیروهای ائتلاف به رهبری امارات شامگاه دیروز الحدیده را بمباران کردند و قطر این اقدام را محکوم کرد.",
     ("ACCUSE", "QAT", "ARE")),
    ("ترکیه روز شنبه مواضع پ‌ک‌ک در شمال عراق را هدف قرار داد و دولت عراق این حمله را به شدت محکوم کرد.",
     ("ACCUSE", "IRQ", "TUR")),
])
def test_session21_z_an_act_earlier_in_the_sentence(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_an_earlier_clauses_object_is_not_condemned(kb):
    """"X یمن را بمباران کرد و Y این اقدام را محکوم کرد": Yemen, the first verb's object, is not whom Y condemns."""
    events = reported_events("عربستان سعودی صبح امروز صنعا را بمباران کرد و عمان این اقدام را محکوم کرد.", kb)
    assert not any(e.type == "ACCUSE" and "YEM" in e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # a comma after a finished verb opens a clause with its own subject
    ("گفت‌وگوهای روسیه و اوکراین در استانبول بی‌نتیجه پایان یافت، سرگئی لاوروف با آنتونیو گوترش دیدار کرد.",
     ("CONSULT", "sergey-lavrov", "antonio-guterres")),
    ("تبادل اسرا میان ارمنستان و جمهوری آذربایجان به تعویق افتاد، ارمنستان باکو را به نقض توافق متهم کرد.",
     ("ACCUSE", "ARM", "AZE")),
])
def test_session21_z_a_clause_after_a_comma(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_the_first_clauses_parties_do_not_act_in_the_second(kb):
    events = reported_events("آتش‌بس میان اسرائیل و حزب‌الله به تعویق افتاد، حزب‌الله دو اسیر را آزاد می‌کند.", kb)
    released = [e for e in events if e.type == "RETREAT" and e.mode == "release"]
    assert released and all(e.source_ids == ["hezbollah"] for e in released), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


def test_an_event_noun_called_off_in_its_clause_is_no_event(kb):
    """(session 21) "آتش‌بس میان X و Y به تعویق افتاد": postponed, as "دیدار ... لغو شد" already was for meetings."""
    events = reported_events("آتش‌بس میان ارتش سودان و نیروهای واکنش سریع به تعویق افتاد، میانجی‌ها گفت‌وگو را ادامه دادند.",
                             kb)
    assert not any(e.type == "RETREAT" for e in events), [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # a capture claimed or announced by its taker, the territory's state as the target
    ("نیروهای مسلح روسیه روز سه‌شنبه مدعی تصرف شهرک کوراخوو در منطقه دونتسک شدند.",
     ("ASSAULT", "russian-armed-forces", "UKR")),
    ("وزارت دفاع روسیه از تصرف روستای تازه‌ای در استان خارکیف خبر داد.", ("ASSAULT", None, "UKR")),
])
def test_session21_z_captures_claimed(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "وزارت دفاع روسیه از تصرف سلاح‌های اوکراینی در منطقه کورسک خبر داد.",  # goods seized, no territory
    "پلیس مرزبانی از تصرف مقادیری مواد مخدر در منطقه مرزی خبر داد.",
    "نیروهای اوکراینی از تصرف شهر کورسک خارج شدند.",
])
def test_seizures_of_goods_and_losses_are_no_captures(kb, sentence):
    events = reported_events(sentence, kb, "2025-01-19T10:00:00+03:30")
    assert not any(e.type == "ASSAULT" and e.mode == "occupy" for e in events), \
        [(e.type, e.mode, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # the doer of the act a threat answers, named after an agent phrase
    ("محمد باقری روز شنبه گفت: به هر تجاوزی از سوی آمریکا پاسخی پشیمان‌کننده خواهیم داد.",
     ("THREATEN", "mohammad-bagheri-commander", "USA")),
    # a threat whose "که" clause strikes a place: the place's state is threatened
    ("جنبش انصارالله روز یکشنبه تهدید کرده است که بندر ایلات را هدف قرار می‌دهد.", ("THREATEN", "houthis", "ISR")),
    # a conditional threat: its own clause after the condition's comma names whom it threatens
    ("حزب‌الله روز یکشنبه تهدید کرد که در صورت ادامه حملات به لبنان، اسرائیل را تنبیه می‌کند.",
     ("THREATEN", "hezbollah", "ISR")),
])
def test_session21_z_threats(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_session21_z_solidarity_declared_with_its_owner(kb):
    """(session 21) "همبستگی X با Y را اعلام کرد": solidarity with the one after "با"."""
    assert_coded("وزیر امور خارجه قطر روز یکشنبه در تماسی تلفنی همبستگی دوحه با مردم سودان را اعلام کرد.", kb,
                 ("SUPPORT", None, "SDN"))
