"""Session 25 (slice R): leftovers other helpers diagnosed, fixed as mechanisms, not sentences.
(1) The perpetrator told as the subject ("X عامل این حمله بوده است", "X مسئول این حمله است") after an attack that
was only announced as a noun ("از حمله (موشکی) به Y خبر داد"), or its predicate after the comma ("عامل این
حمله، X بوده است"): X is that attack's source; an attack announced is no act criticised even with a claim in its
sentence ("از حمله ... خبر داده و مدعی شدند ..."). An announced attack whose
noun names its kind ("حمله موشکی/پهپادی") is an attack with its attacker untold, like a bare "حمله". A denial ("مسئول
این حمله نیست") names no one. (2) An attack fended off whose attackers go unnamed ("ارتش حمله گروه‌های مسلح ... را
دفع کرد", "حملات تروریست‌ها را ناکام گذاشتند", "با حمله افراد مسلح ... مقابله کرد") is coded with no source (an unknown attacker, as event-data coders do),
aimed at the defender. (3) A synonym doublet ("حمایت و پشتیبانی از X") after a purpose opener ("برای", "در راستای")
is a purpose, no support told. (4) "این رژیم" points back to a state an outlet named with a regime's loaded epithet or
adjective, the noun "رژیم" unwritten ("نیروهای اشغالگر صهیونیستی ... ارتش این رژیم": Israel). (5) Convention for a
ceasefire said to be violated ("X آتش‌بس را نقض کرد"): PLOVER codes it as the accused side's ASSAULT only where an
attack is told (its own trigger codes that); otherwise it is the speaker's ACCUSE of the accused side (the check
below; an attack told only as a manner adjunct, "با حمله هوایی به Y آتش‌بس را نقض کرد", is left). The sentences are the tests' own, modelled on the phrasing; the guards are everyday
sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _show(events):
    return [(e.type, e.source_ids, e.target_ids, e.trigger) for e in events]


def _assaults(text, kb):
    events = reported_events(text, kb)
    return [e for e in events if e.type == "ASSAULT"], events


# ---------------------------------------------------------------- (1) the perpetrator as the subject

@pytest.mark.parametrize("text, source, target", [
    ("پلیس پاکستان از حمله به یک پاسگاه پلیس پاکستان در بلوچستان خبر داد. مقامات محلی گفتند جیش العدل مسئول این"
     " حمله است.", "jaish-ul-adl", "PAK"),
    ("ارتش آمریکا از حمله موشکی به نیروهای آمریکا در سوریه خبر داد. به گفته این ارتش، کتائب حزب الله عامل این"
     " حمله بوده است.", "kataib-hezbollah", "USA"),
    ("پنتاگون از حمله پهپادی به یک پایگاه نیروهای آمریکا در اردن خبر داد. مقامات آمریکا می‌گویند کتائب حزب الله"
     " عامل این حمله بوده‌اند.", "kataib-hezbollah", "USA"),
    # the claim in the announcing sentence itself ("خبر داده و مدعی شدند X عامل ... بوده است")
    ("رسانه‌های عراق از حمله موشکی به یک پایگاه ارتش عراق در الانبار خبر داده و مدعی شدند داعش عامل این حمله"
     " بوده است.", "islamic-state", "iraqi-army"),
    # the perpetrator after the comma ("عامل این حمله، X بوده است")
    ("ارتش عراق از حمله پهپادی به یک پایگاه ارتش عراق در الانبار خبر داد. یک مقام امنیتی گفت که عامل این حمله"
     " پهپادی، گروه داعش بوده است.", "islamic-state", "iraqi-army"),
    ("پلیس پاکستان از حمله به یک پاسگاه پلیس پاکستان خبر داد. به گفته منابع محلی، مسئول این حمله، جیش العدل است.",
     "jaish-ul-adl", "PAK"),
])
def test_perpetrator_as_subject(kb, text, source, target):
    found, events = _assaults(text, kb)
    assert any(source in e.source_ids and target in e.target_ids for e in found), _show(events)


def test_announced_attack_of_a_kind_has_an_untold_attacker(kb):
    """"از حمله موشکی به X خبر داد": the attack is told, its attacker is not (coded with no source)."""
    found, events = _assaults("پلیس پاکستان از حمله موشکی به یک پاسگاه پلیس پاکستان خبر داد.", kb)
    assert any(not e.source_ids and "PAK" in e.target_ids for e in found), _show(events)


@pytest.mark.parametrize("text, absent", [
    ("پلیس پاکستان از حمله به یک پاسگاه پلیس پاکستان در بلوچستان خبر داد. جیش العدل مسئول این حمله نیست.",
     "jaish-ul-adl"),   # a denial names no perpetrator
    ("پزشکان گفتند استرس عامل این حمله قلبی بوده است.", None),   # medical: no attack
    ("وزیر خارجه ایران گفت این کشور مسئول این پرونده است.", None),
    ("ارتش عراق از حمله پهپادی به یک پایگاه ارتش عراق خبر داد. یک مقام امنیتی گفت که عامل این حمله، داعش نبوده"
     " است.", "islamic-state"),
])
def test_perpetrator_guards(kb, text, absent):
    found, events = _assaults(text, kb)
    assert not any(absent in e.source_ids for e in found) if absent else not found, _show(events)


def test_announced_attack_with_its_attacker_keeps_it(kb):
    found, events = _assaults("رسانه‌ها از حمله موشکی روسیه به اوکراین خبر دادند.", kb)
    assert any("RUS" in e.source_ids and "UKR" in e.target_ids for e in found), _show(events)


# ---------------------------------------------------------------- (2) an attack by unnamed armed groups fended off

@pytest.mark.parametrize("text, target", [
    ("ارتش سوریه حمله شدید گروه‌های مسلح به مواضع خود در حومه حلب را دفع کرد.", "syrian-arab-army"),
    ("نیروهای ارتش عراق حمله تروریست‌ها به یک پاسگاه در استان دیالی را دفع کردند.", "iraqi-army"),
    ("نیروهای امنیتی پاکستان حملات افراد مسلح به یک پایگاه در وزیرستان را ناکام گذاشتند.", "PAK"),
    # an attack confronted ("با حمله ... مقابله کرد")
    ("ارتش عراق با حمله گروه‌های مسلح به یک پاسگاه در کرکوک مقابله کرد.", "iraqi-army"),
    ("نیروهای امنیتی پاکستان با حملات تروریست‌ها به یک پایگاه در وزیرستان مقابله کردند.", "PAK"),
])
def test_repelled_attack_by_unnamed_attackers(kb, text, target):
    found, events = _assaults(text, kb)
    assert any(not e.source_ids and target in e.target_ids for e in found), _show(events)


def test_repelled_attack_with_its_attacker_named_keeps_it(kb):
    found, events = _assaults("ارتش سوریه حمله داعش به مواضع خود را دفع کرد.", kb)
    assert any("islamic-state" in e.source_ids for e in found), _show(events)


@pytest.mark.parametrize("text", [
    "دروازه‌بان استقلال حملات مهاجمان پرسپولیس را دفع کرد.",   # football: forwards, no attack
    "سیستم ایمنی بدن حمله ویروس را دفع کرد.",
    "مدافعان استقلال با حملات مهاجمان پرسپولیس مقابله کردند.",
    "دولت با حمله ملخ‌ها به مزارع مقابله کرد.",
])
def test_repelled_guards(kb, text):
    found, events = _assaults(text, kb)
    assert not found, _show(events)


# ---------------------------------------------------------------- (3) a doublet after a purpose opener

@pytest.mark.parametrize("text", [
    "اسرائیل در راستای حمایت و پشتیبانی از تروریست‌ها، مواضع ارتش سوریه را هدف قرار می‌دهد.",
    "عربستان برای حمایت و پشتیبانی از دولت یمن، مواضع انصارالله را بمباران کرد.",
    "ترکیه به منظور کمک و پشتیبانی از گروه‌های مسلح، مواضع ارتش سوریه را هدف قرار داد.",
])
def test_purpose_doublet_is_no_support(kb, text):
    events = reported_events(text, kb)
    assert not [e for e in events if e.type == "SUPPORT"], _show(events)
    assert [e for e in events if e.type == "ASSAULT"], _show(events)


@pytest.mark.parametrize("text, source, target", [
    ("ترکیه از حمایت و پشتیبانی از قطر خبر داد.", "TUR", "QAT"),
    ("عربستان بر حمایت و پشتیبانی از دولت یمن تاکید کرد.", "SAU", "YEM"),
])
def test_doublet_support_told_stays(kb, text, source, target):
    events = reported_events(text, kb)
    assert any(e.type == "SUPPORT" and source in e.source_ids and target in e.target_ids for e in events), _show(events)


# ---------------------------------------------------------------- (4) "این رژیم" after a loaded epithet or adjective

@pytest.mark.parametrize("text, etype", [
    ("همزمان با پایان مهلت حضور نیروهای اشغالگر صهیونیستی در جنوب لبنان، ارتش این رژیم از برخی از روستاهای مرزی"
     " لبنان عقب نشینی کرد.", "RETREAT"),
    ("پس از پایان مهلت تعیین شده برای خروج نظامیان صهیونیستی از جنوب لبنان، ارتش این رژیم از چند روستای مرزی"
     " عقب‌نشینی کرد.", "RETREAT"),
    ("نیروهای اشغالگر صهیونیستی شب گذشته وارد شهر جنین شدند و ارتش این رژیم چند فلسطینی را بازداشت کرد.", "COERCE"),
])
def test_this_regime_after_a_loaded_label(kb, text, etype):
    events = reported_events(text, kb)
    assert any(e.type == etype and {"ISR", "israel-defense-forces"} & set(e.source_ids) for e in events), _show(events)


def test_this_regime_not_any_state(kb):
    """A state named with no regime label is not what "این رژیم" points back to."""
    events = reported_events("ارتش روسیه به شهر خارکیف اوکراین حمله کرد. ارتش این رژیم سپس از شهر عقب نشینی کرد.", kb)
    assert not any("ISR" in e.source_ids for e in events), _show(events)
    assert not any(e.type == "RETREAT" for e in events), _show(events)


# ---------------------------------------------------------------- (5) the ceasefire convention (a check)

def test_violation_reported_is_the_speakers_accusation(kb):
    events = reported_events("وزارت خارجه قطر گفت اسرائیل بار دیگر آتش‌بس در غزه را نقض کرده است.", kb)
    assert any(e.type == "ACCUSE" and "ISR" in e.target_ids for e in events), _show(events)
    assert not any(e.type == "ASSAULT" for e in events), _show(events)
