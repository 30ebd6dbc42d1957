"""Session 28 (slice AS2): attacks and coercion the coder still dropped, fixed as mechanisms. (1) Ground "freed"
from a named party or taken back in the subjunctive ("موفق شدند شهر X را از اشغال Y آزاد کنند", "توانستند شهرک X را
از Y پس بگیرند"): taken from that party (assault.retaken), not a release of people. (2) An advance halted ("مانع از
پیشروی X شدند", "پیشروی X را متوقف کردند"): the side that stopped it attacked the advancing side (assault.halted).
(3) A seizure told as a noun that took place ("توقیف X توسط Y صورت گرفت": coerce.seize.held, frame seized_held).
(4) A passive arrest in or after a summons to a security office ("در اداره اطلاعات X بازداشت شد"): the office
arrested (frames._arresting_office, grammar.yaml arresting_office_heads). (5) An unclaimed bomb that went off in a
crowded place or a named town (assault.blast.placed): an ASSAULT with empty slots, no state as its target. The
sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, found_of_type, shown

# ---------------------------------------------------------------- (1) ground freed from a named party


@pytest.mark.parametrize("text, source, target", [
    ("ارتش سوریه سرانجام موفق شد شهرک القریتین را از اشغال داعش آزاد کند.", "syrian-arab-army", "islamic-state"),
    ("ارتش عراق روز گذشته شهر رمادی را از دست تروریست‌های داعش آزاد کرد.", "iraqi-army", "islamic-state"),
    ("نیروهای پیشمرگ کرد توانستند روستای بعشیقه را از داعش پس بگیرند.", "peshmerga", "islamic-state"),
])
def test_ground_freed_from_a_party(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("text", [
    "پلیس راهور شهر را از ترافیک سنگین آزاد کرد.",
    "شهرداری پیاده‌روهای شهر را از دست دستفروشان آزاد کرد.",
])
def test_ground_freed_from_no_party(kb, text):
    assert_not_coded(text, kb, "ASSAULT")


# ---------------------------------------------------------------- (2) an advance halted


@pytest.mark.parametrize("text, source, target", [
    ("ارتش عراق مانع از پیشروی داعش به سمت سامرا شد.", "iraqi-army", "islamic-state"),
    ("ارتش سوریه از پیشروی جبهه النصره به سمت حماه جلوگیری کرد.", "syrian-arab-army", "al-nusra-front"),
    ("ارتش اوکراین پیشروی نیروهای روسیه در نزدیکی خارکف را متوقف کرد.", "armed-forces-of-ukraine", "RUS"),
])
def test_advance_halted(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("text", [
    "پرسپولیس با این برد مانع از پیشروی استقلال در جدول لیگ شد.",
    "آتش‌نشانان پیشروی آتش به سمت جنگل‌های ارسباران را متوقف کردند.",
    "واکسیناسیون مانع از پیشروی بیماری در استان شد.",
])
def test_advance_halted_not_fighting(kb, text):
    assert_not_coded(text, kb, "ASSAULT")


# ---------------------------------------------------------------- (3) a seizure told as a noun


@pytest.mark.parametrize("text, source", [
    ("توقیف این نفتکش خارجی روز شنبه توسط نیروی دریایی سپاه در نزدیکی جزیره لارک صورت گرفت.",
     "navy-of-the-islamic-revolutionary-guard-corps"),
    ("توقیف و بازرسی این کشتی باری هفته گذشته توسط گارد ساحلی آمریکا انجام شده است.", None),
])
def test_seizure_held(kb, text, source):
    found, events = found_of_type(text, kb, None, "COERCE")
    assert any(e.rule == "coerce.seize.held" and e.source_ids and (source is None or source in e.source_ids)
               for e in found), shown(events)


@pytest.mark.parametrize("text", [
    "توقیف خودروهای فرسوده در سطح شهر انجام شد.",
    "توقیف اموال بدهکاران بانکی به زودی انجام می‌شود.",
])
def test_seizure_held_no_agent(kb, text):
    found, events = found_of_type(text, kb, None, "COERCE")
    assert not [e for e in found if e.rule == "coerce.seize.held"], shown(events)


# ---------------------------------------------------------------- (4) a passive arrest in a security office


@pytest.mark.parametrize("text", [
    "این فعال صنفی معلمان پس از احضار به اداره اطلاعات شهرستان سقز بازداشت شد.",
    "این روزنامه‌نگار روز دوشنبه در اداره اطلاعات کرمانشاه بازداشت شد.",
])
def test_arrest_in_security_office(kb, text):
    assert_coded(text, kb, ("COERCE", "ministry-of-intelligence-iran", None))


@pytest.mark.parametrize("text", [
    "این کارمند اداره اطلاعات شهرستان سقز به تازگی بازنشسته شد.",
    "او در اداره اطلاعات حضور یافت و پس از ساعتی به خانه بازگشت.",
])
def test_security_office_no_arrest(kb, text):
    assert_not_coded(text, kb, "COERCE")


# ---------------------------------------------------------------- (5) an unclaimed bomb in a crowded place


@pytest.mark.parametrize("text", [
    "یک خودروی بمب‌گذاری‌شده صبح امروز در بازاری در شمال شهر جلال‌آباد منفجر شد.",
    "بمبی هنگام نماز ظهر در مسجدی در ولایت ننگرهار منفجر شد.",
    "یک بمب کنار جاده‌ای در شهر «هرات» منفجر شد.",
])
def test_unclaimed_bomb_in_a_place(kb, text):
    found, events = found_of_type(text, kb, None, "ASSAULT")
    assert any(e.rule == "assault.blast.placed" and not e.source_ids and not e.target_ids for e in found), \
        shown(events)


@pytest.mark.parametrize("text", [
    "یک کپسول گاز در بازار شهر منفجر شد و به مغازه‌ها خسارت زد.",
    "ماموران یک بمب دست‌ساز را در ایستگاه قطار کشف و خنثی کردند.",
    "فیلم «بمب؛ یک عاشقانه» در سینماهای شهر اکران شد.",
])
def test_bomb_words_no_attack(kb, text):
    found, events = found_of_type(text, kb, None, "ASSAULT")
    assert not found, shown(events)


# ---------------------------------------------------------------- (6) a town and then its own state: the town's place


@pytest.mark.parametrize("text, place", [
    ("یک خودروی بمب‌گذاری‌شده در شهر «موگادیشو» پایتخت سومالی منفجر شد.", "mogadishu"),
    ("جنگنده‌های آمریکایی به مواضعی در شهر موگادیشو پایتخت سومالی حمله کردند.", "mogadishu"),
])
def test_town_before_its_state(kb, text, place):
    found, events = found_of_type(text, kb, None, "ASSAULT")
    assert any(e.location_id == place for e in found), shown(events)
