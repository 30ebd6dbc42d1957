"""Session 26 (slice D): COERCE and SANCTION as real outlets phrase them, fixed as mechanisms. (1) "از X خبر داد" is
also written with its noun first, "خبر از X داد" (grammar.yaml trigger_reorders, patterns._reordered). (2) Arrests
announced with the place after the arrested, each part up to ten words ("از بازداشت N نفر از ... در ... خبر داد").
(3) A sanctions list is also a "لیست" (grammar.yaml trigger_spellings), added to in the perfect ("افزوده است": the
light verb افزود), with a word before it ("را نیز به ...") or its scope after it ("به فهرست تحریم‌ها علیه X").
(4) A seizure ordered by a court or prosecutor ("حکم/دستور توقیف X را صادر کرد"; coerce.seize.ordered), only of
what a party owns or ships. (5) A sentence upheld, announced without naming the penalty ("از تأیید حکم N متهم ...
خبر داد"), only with the accused or convicted inside. (6) A regime epithet between forces and their nationality
("نظامیان اشغالگر اسرائیلی") still names the state's forces. The sentences are the tests' own, modelled on the
phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_sourced, found_of_type, shown


def _found(sentence, kb, day, etype):
    return found_of_type(sentence, kb, day, etype)


def _show(events):
    return shown(events)


def _coded(sentence, kb, day, etype, sources, target=None):
    assert_sourced(sentence, kb, day, etype, sources, target)


# ---------------------------------------------------------------- (1) "خبر از X داد"

@pytest.mark.parametrize("sentence, source", [
    ("سخنگوی قوه قضاییه روز دوشنبه خبر از بازداشت ۱۲ نفر از عوامل اغتشاشات در شیراز داد.", "judiciary-of-iran"),
    ("وزارت اطلاعات خبر از دستگیری اعضای یک تیم تروریستی در سیستان و بلوچستان داد.", "ministry-of-intelligence-iran"),
    ("پلیس پاکستان خبر از دستگیری سه مظنون به بمب‌گذاری داد.", "PAK"),
])
def test_news_told_with_its_noun_first(kb, sentence, source):
    _coded(sentence, kb, "2024-03-01", "COERCE", [source])


@pytest.mark.parametrize("sentence", [
    "مدیر باشگاه خبر از جدایی دو بازیکن از تیم داد.",
    "هواشناسی خبر از بارش برف سنگین در تهران داد.",
    "وکیل این فعال مدنی از آزادی موکلش سه هفته پس از بازداشت در تهران خبر داد.",
])
def test_guard_news_of_other_things(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert not found, _show(events)


# ---------------------------------------------------------------- (2) arrests announced with their place after

@pytest.mark.parametrize("sentence, source", [
    ("پلیس ترکیه از بازداشت ۲۵ نفر از مظنونان به همکاری با یک شبکه جاسوسی در شهرهای آنکارا و ازمیر خبر داد.", "TUR"),
    ("وزارت کشور عراق از بازداشت ۲۰ نفر از عناصر وابسته به گروه تروریستی داعش در استان‌های الانبار و نینوا خبر "
     "داد.", "ministry-of-interior-iraq"),
])
def test_arrests_announced_with_their_place(kb, sentence, source):
    _coded(sentence, kb, "2024-03-01", "COERCE", [source])


def test_guard_a_rise_announced_in_a_place(kb):
    found, events = _found("وزارت بهداشت از افزایش بستری بیماران در بیمارستان‌های تهران خبر داد.", kb, "2024-03-01",
                           "COERCE")
    assert not found, _show(events)


# ---------------------------------------------------------------- (3) sanctions lists

@pytest.mark.parametrize("sentence, source, target", [
    ("وزارت خزانه‌داری آمریکا نام دو شرکت کشتیرانی چینی را نیز به لیست تحریم‌های خود افزوده است.",
     "united-states-department-of-the-treasury", "CHN"),
    ("بریتانیا چهار فرمانده ارشد سپاه پاسداران را به لیست تحریم‌ها اضافه کرد.", "GBR",
     "islamic-revolutionary-guard-corps"),
    ("کشورهای عضو اتحادیه اروپا پنج نهاد دیگر را به فهرست تحریم‌ها علیه روسیه افزودند.", "european-union", "RUS"),
])
def test_added_to_a_sanctions_list(kb, sentence, source, target):
    _coded(sentence, kb, "2024-03-01", "SANCTION", [source], target)


@pytest.mark.parametrize("sentence", [
    "فروشگاه نام ده کالای جدید را به لیست قیمت‌های خود افزوده است.",
    "مربی تیم ملی نام سه بازیکن جوان را به لیست تیم افزود.",
])
def test_guard_other_lists(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "SANCTION")
    assert not found, _show(events)


# ---------------------------------------------------------------- (4) a seizure ordered

@pytest.mark.parametrize("sentence, source, target", [
    ("دادستانی آرژانتین دستور توقیف اموال شرکت هواپیمایی ونزوئلا را صادر کرد.", "ARG", "VEN"),
    ("یک دادگاه کانادا حکم توقیف هواپیمای باری روسیه را صادر کرد.", "CAN", "RUS"),
    ("وزارت دادگستری آمریکا دستور مصادره محموله نفتکش ونزوئلایی را صادر کرد.", "united-states-department-of-justice",
     None),
])
def test_a_seizure_ordered(kb, sentence, source, target):
    _coded(sentence, kb, "2024-03-01", "COERCE", [source], target)


@pytest.mark.parametrize("sentence", [
    "پلیس راهور دستور توقیف خودروهای فاقد پلاک را صادر کرد.",
    "دادگاه خانواده حکم طلاق این زوج را صادر کرد.",
])
def test_guard_impounding_and_other_rulings(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert not found, _show(events)


# ---------------------------------------------------------------- (5) a sentence upheld, announced

@pytest.mark.parametrize("sentence", [
    "رئیس کل دادگستری استان فارس از تأیید حکم سه متهم پرونده سرقت مسلحانه در دیوان عالی کشور خبر داد.",
    "سخنگوی قوه قضاییه از تایید احکام پنج محکوم پرونده اختلاس بانکی خبر داد.",
])
def test_a_sentence_upheld_announced(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert any(e.rule == "coerce.sentence.upheld.announced.bare" and e.source_ids for e in found), _show(events)


def test_guard_a_decree_upheld(kb):
    found, events = _found("وزیر کشور از تأیید حکم انتصاب استاندار جدید خبر داد.", kb, "2024-03-01", "COERCE")
    assert not found, _show(events)


# ---------------------------------------------------------------- (6) forces named with an epithet

@pytest.mark.parametrize("sentence, sources, target", [
    ("نظامیان اشغالگر اسرائیلی به اردوگاه بلاطه یورش بردند و ۱۵ فلسطینی را بازداشت کردند.",
     ["ISR", "israel-defense-forces"], "PSE"),
    ("نیروهای متجاوز آمریکایی دو شهروند عراقی را در بغداد بازداشت کردند.", ["USA", "united-states-armed-forces"], "IRQ"),
])
def test_forces_with_an_epithet(kb, sentence, sources, target):
    _coded(sentence, kb, "2024-03-01", "COERCE", sources, target)


def test_guard_settlers_with_an_epithet_are_no_forces(kb):
    found, events = _found("شهرک‌نشینان اشغالگر اسرائیلی به مزارع فلسطینیان حمله کردند.", kb, "2024-03-01", "ASSAULT")
    assert not any("israel-defense-forces" in e.source_ids for e in found), _show(events)
