"""Session 26 (slice C): attacks whose trigger was found but whose parties were lost, fixed as mechanisms.
(1) Shot "by the bullets of" a side ("به ضرب گلوله(های) X", glued "بهضرب" when a ZWNJ is dropped): the side after
the bullets is the attacker of a casualty verb or noun (grammar.yaml casualty_openers/causes, agent_after_be,
markers). (2) A craft's kind between a force noun and the nationality adjective ("هواپیماهای بدون سرنشین امریکایی",
"طیاره‌های بی پیلوت امریکایی", "طیارات جنگی سعودی"): the adjective still names the side acting (grammar.yaml
force_modifiers). (3) Two nationality adjectives hyphened after a force noun ("طیارات جنگی سعودی-اماراتی") are one
joint force of both states, not a source and a target. (4) "نیروهای وابسته به X": a government's own forces, so X
acts (grammar.yaml forces_belonging; a group "وابسته به" a state stays its own). (5) A known group's members counted
as the fallen before the cause ("۱۲ تن از اعضای گروه X در حملات Y به مناطق Z کشته شدند") are whom the attack hit,
not the state whose land its "به" names. (6) The subject caused the deaths by an attack told as the means ("X با
تیراندازی به ... موجب شهادت ... شد", "... باعث کشته شدن ... شدند": assault.caused-deaths); sanctions and accidents
that "cause deaths" code nothing. The sentences are the tests' own, modelled on the phrasing; the guards are everyday
sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

# ---------------------------------------------------------------- (1) "به ضرب گلوله X"

@pytest.mark.parametrize("text, source, target", [
    ("دو جوان عراقی روز گذشته بهضرب گلوله‌های مرزبانان ترکیه در نزدیکی زاخو کشته شدند.", "TUR", "IRQ"),
    ("وزارت بهداشت غزه از شهادت یک نوجوان فلسطینی به ضرب گلوله نظامیان اسرائیلی در رفح خبر داد.",
     "israel-defense-forces", "PSE"),
    ("یک کشاورز لبنانی به ضرب گلوله نظامیان اسرائیلی در نزدیکی مرز جان باخت.", "israel-defense-forces", None),
])
def test_shot_by_the_bullets_of(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_shot_by_no_side_is_no_attack(kb):
    assert_not_coded("یک شکارچی در حادثه‌ای به ضرب گلوله تفنگ شکاری خود کشته شد.", kb, "ASSAULT")


# ---------------------------------------------------------------- (2) a craft's kind before the adjective

@pytest.mark.parametrize("text, source, target", [
    ("در اثر حمله هواپیماهای بدون سرنشین امریکایی در استان ابین یمن پنج نفر کشته شدند.", "USA", "YEM"),
    ("بر اثر حمله طیاره‌های بی پیلوت امریکایی بر یک خانه در ولایت کنر سه تن کشته شدند.", "USA", "AFG"),
])
def test_craft_kind_before_the_adjective(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_drones_on_show_are_no_attack(kb):
    assert_not_coded("هواپیماهای بدون سرنشین آمریکایی در نمایشگاه هوایی دبی به نمایش درآمدند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (3) two states' forces hyphened

@pytest.mark.parametrize("text, sources, target", [
    ("طیارات جنگی سعودی-اماراتی مواضع انصارالله در صعده را بمباران کردند.", {"SAU", "ARE"}, "houthis"),
    ("ناوهای جنگی آمریکایی-انگلیسی چند قایق نیروی دریایی یمن را در دریای سرخ هدف قرار دادند.", {"USA", "GBR"},
     "houthis"),
])
def test_hyphened_forces_act_together(kb, text, sources, target):
    for source in sources:
        assert_coded(text, kb, ("ASSAULT", source, target))


def test_hyphened_forces_in_an_exercise_attack_no_one(kb):
    assert_not_coded("جنگنده‌های سعودی-امریکایی در یک رزمایش مشترک در شمال عربستان شرکت کردند.", kb, "ASSAULT")


# ---------------------------------------------------------------- (4) "نیروهای وابسته به X"

@pytest.mark.parametrize("text, source, target", [
    ("نیروهای وابسته به دولت نجات ملی یک کشتی تجاری را در دریای سرخ هدف قرار دادند.",
     "national-salvation-government", None),
    ("نیروهای وابسته به ارتش سودان مواضع نیروهای واکنش سریع در الفاشر را گلوله‌باران کردند.",
     "sudanese-armed-forces", "rapid-support-forces"),
])
def test_forces_belonging_to_a_side_are_that_side(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_group_belonging_to_a_state_is_not_the_state(kb):
    events = reported_events("یک گروه مسلح وابسته به ایران به یک پایگاه آمریکا در سوریه حمله کرد.", kb)
    assert not any("IRN" in e.source_ids for e in events), [(e.type, e.source_ids, e.target_ids) for e in events]


# ---------------------------------------------------------------- (5) a group's members fallen before the cause

@pytest.mark.parametrize("text, source, target", [
    ("هشت تن از اعضای جنبش الشباب در حمله هوایی آمریکا به جنوب سومالی کشته شدند.", "USA", "al-shabaab"),
    ("چهار تن از عناصر گروه داعش در حملات جنگنده‌های روسیه به مناطق بیابانی سوریه کشته شدند.", "RUS", "islamic-state"),
    ("پنج تن از شبه‌نظامیان حزب کارگران کردستان در حمله پهپادهای ترکیه به مناطق مرزی عراق کشته شدند.",
     "TUR", "kurdistan-workers-party"),
])
def test_group_fallen_before_the_cause_is_the_target(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


def test_group_fallen_before_a_province_named(kb):
    """The place after "به" named no state: the group was the target before the change too (a control)."""
    assert_coded("۱۲ تن از اعضای گروه داعش در حملات هوایی ارتش عراق به مناطق کوهستانی استان کرکوک کشته شدند.", kb,
                 ("ASSAULT", "iraqi-army", "islamic-state"))


def test_citizens_fallen_leave_the_state_hit(kb):
    """Citizens of a state counted before the cause name no group: the state the attack's "به" names stays hit."""
    assert_coded("سه نفر از شهروندان لبنان در حمله اسرائیل به جنوب لبنان کشته شدند.", kb, ("ASSAULT", "ISR", "LBN"))


# ---------------------------------------------------------------- (6) deaths caused by the subject's attack

@pytest.mark.parametrize("text, source, target", [
    ("نظامیان اسرائیلی با تیراندازی به سه جوان فلسطینی در جنین موجب شهادت یکی از آنها شدند.",
     "israel-defense-forces", "PSE"),
    ("نیروهای روسیه با شلیک موشک به یک ساختمان مسکونی در خارکیف باعث کشته شدن پنج غیرنظامی اوکراینی شدند.",
     "RUS", "UKR"),
])
def test_deaths_caused_by_an_attack(kb, text, source, target):
    assert_coded(text, kb, ("ASSAULT", source, target))


@pytest.mark.parametrize("text", [
    "تحریم‌های آمریکا باعث کشته شدن بیماران ایرانی شد.",
    "تصادف دو خودرو در جاده کرج باعث کشته شدن سه نفر شد.",
    "تحریم‌های آمریکا با کمبود دارو باعث کشته شدن بیماران ایرانی شد.",
])
def test_deaths_caused_by_no_attack(kb, text):
    assert_not_coded(text, kb, "ASSAULT")
