"""Session 27 (slice S): attacks rasad missed because their attacker is unnamed or implied, or the attack is told as a
noun or a clash, fixed as mechanisms. (1) A bombing, suicide or terror attack told as the cause of casualties with no
party named as hit ("انفجار بمب در ... ده کشته بر جای گذاشت", "در حمله انتحاری به ... ۱۲ نفر جان باختند", a casualty
noun with the cause after it: "از زخمی شدن ۱۵ نفر بر اثر انفجار ... خبر دادند"): coded with no source and no target
(grammar.yaml untargeted_attack_words; coder._untargeted_attack, read in sentences naming no actor too); accidents,
mines and gas stay uncoded. (2) A clash whose other side is left unnamed after "و" ("تبادل آتش میان ارتش X و
شبه‌نظامیان") or after "با"/"و" in a casualty's cause ("در درگیری ارتش X با شبه‌نظامیان ... کشته شدند"): the named side
clashed, with no target (frames._lone_clash_side, frames._clash_side_unnamed). (3) An armed group or suicide attackers
left unnamed as the subject (grammar.yaml unnamed_attackers), and an attack in the past perfect ("حمله کرده بود").
(4) A suicide bomber who blew himself up ("... انتحاری خود را در ... منفجر کرد": assault.self-detonated). (5) A town
named with its county after it keeps the town as the place (places._wider_after). The sentences are the tests' own,
modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


def _assault(sentence, kb):
    return [(e.source_ids, e.target_ids, e.location_id) for e in reported_events(sentence, kb) if e.type == "ASSAULT"]


# ---------------------------------------------------------------- (1) a bombing with casualties, no one named as hit


@pytest.mark.parametrize("text", [
    "انفجار بمب در یک ایستگاه اتوبوس در شهر کویته دست‌کم هشت کشته بر جای گذاشت.",
    "در حمله انتحاری به یک مدرسه دینی در شهر قندهار ۱۲ نفر جان باختند.",
    "مقامات محلی از زخمی شدن ۱۵ نفر بر اثر انفجار یک خودروی بمب‌گذاری شده در بازار شهر موصل خبر دادند.",
    "انفجار بمبی در یک بازار شلوغ روز جمعه شش کشته و ده زخمی بر جای گذاشت.",
    "بر اثر انفجار در یک اتومبیل بمب‌گذاری شده در نزدیکی یک مسجد هفت نفر کشته شدند.",
])
def test_untargeted_bombing_with_casualties(kb, text):
    found = _assault(text, kb)
    assert any(not src for src, _tgt, _loc in found), found


@pytest.mark.parametrize("text", [
    "در انفجار گاز در یک ساختمان مسکونی در تهران سه نفر کشته شدند.",
    "در تصادف یک اتوبوس مسافربری در جاده هراز ده نفر کشته شدند.",
    "در انفجار مین‌های باقی‌مانده از جنگ دو چوپان در مهران زخمی شدند.",
    "فیلم «بمب» به کارگردانی پیمان معادی در سینماهای تهران اکران شد.",
])
def test_untargeted_bombing_guards(kb, text):
    assert_not_coded(text, kb, "ASSAULT")


# ---------------------------------------------------------------- (2) a clash with one side unnamed


@pytest.mark.parametrize("text, source", [
    ("تبادل آتش میان ارتش نیجریه و شبه‌نظامیان در ایالت بورنو ادامه دارد.", "NGA"),
    ("در درگیری ارتش پاکستان با شبه‌نظامیان در وزیرستان سه سرباز کشته شدند.", "pakistan-army"),
    ("در جریان درگیری میان نیروهای امنیتی مصر و افراد مسلح در سینای شمالی هفت نفر کشته شدند.", "EGY"),
])
def test_clash_with_one_side_unnamed(kb, text, source):
    assert_coded(text, kb, ("ASSAULT", source, None))


@pytest.mark.parametrize("text", [
    "گفت‌وگو میان دولت کلمبیا و شورشیان در هاوانا برگزار شد.",
    "درگیری میان هواداران دو تیم پس از پایان بازی ده زخمی بر جای گذاشت.",
])
def test_clash_with_one_side_unnamed_guards(kb, text):
    assert_not_coded(text, kb, "ASSAULT")


# ---------------------------------------------------------------- (3) unnamed armed groups and suicide attackers


@pytest.mark.parametrize("text, target", [
    ("یک گروه مسلح به پاسگاه پلیس در زاهدان حمله کرد.", "law-enforcement-command-of-islamic-republic-of-iran"),
    ("دو عامل انتحاری صبح امروز به مقر سپاه مرزی در پیشاور حمله کردند.", "frontier-corps"),
    ("شب گذشته افراد مسلح به مقر پلیس در شهر خاش حمله کرده بودند.", "law-enforcement-command-of-islamic-republic-of-iran"),
])
def test_unnamed_attackers(kb, text, target):
    assert_coded(text, kb, ("ASSAULT", None, target))


def test_unnamed_attacker_guard(kb):
    assert_not_coded("مهاجم تیم ملی در دقیقه نود به دروازه حریف حمله کرد و گل زد.", kb, "ASSAULT")


# ---------------------------------------------------------------- (4) a suicide bomber blew himself up


@pytest.mark.parametrize("text, source", [
    ("یک بمب‌گذار انتحاری خود را در میان نیروهای ارتش سومالی در موگادیشو منفجر کرد.", None),
    ("عامل انتحاری طالبان خود را مقابل ساختمان وزارت دفاع در کابل منفجر کرد.", "taliban"),
])
def test_self_detonated(kb, text, source):
    events = [e for e in reported_events(text, kb) if e.rule == "assault.self-detonated"]
    assert events and (source is None or source in events[0].source_ids), [(e.rule, e.source_ids) for e in events]


def test_self_detonated_guard(kb):
    assert_not_coded("بغض او پس از سال‌ها سکوت خود را در این مصاحبه منفجر کرد.", kb, "ASSAULT")


# ---------------------------------------------------------------- (5) a town with its county after it


@pytest.mark.parametrize("text", [
    "پنج نفر در پی حادثه تروریستی در منطقه سیرکان شهرستان سراوان کشته شدند.",
    "افراد مسلح به پایگاه نیروهای سپاه در منطقه سیرکان شهرستان سراوان حمله کردند.",
])
def test_town_before_its_county(kb, text):
    assert any(loc == "sirkan" for _s, _t, loc in _assault(text, kb)), _assault(text, kb)
