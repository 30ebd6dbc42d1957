"""Session 29 (slice BOTH2): an attack coded with the wrong parties or none. The general causes fixed, written anew
(other parties, places, tenses), with guards for the everyday sentences that use the same words:

- a reported clause opened by a force of "this country" ("... گفت بالگردهای نیروی هوایی این کشور ...") is that
  state's act, not the speaker's (chains._forces_opening; "جنگنده های" written apart; grammar.yaml force_modifiers
  هوایی/دریایی/زمینی);
- the plural speech verbs "خبر دادند"/"گزارش دادند" open a reported clause too (grammar.yaml speech_cues), and an
  indefinite noun after a vowel ("خودرویی", "روستایی") is the object, not the craft's nationality before it
  (grammar._OBJECT_RA): "منابع محلی X خبر دادند یک پهپاد Y خودرویی را ..." is Y's act on X;
- an apposition of unnamed words before "را" ("X (پ.ک.ک) را", "X، پ کا کا، را") keeps X the object;
- an attack whose target is only the state of the place it hit yields, in its sentence, to the attack told with its
  object ("در حمله هوایی به قندیل در شمال عراق، مقرهای X را هدف قرار داد": X struck in Iraq; coder._place_struck_dropped);
- an attack told with a participle, its doer after "توسط"/"از سوی" ("حمله انجام شده توسط X به Y"): events.yaml
  assault.held.by, what it struck right after "به" (frames._struck_after)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_not_coded, reported_events, shown


def _assert_exact(sentence, kb, etype, source, target):
    """An event of ``etype`` from ``source`` on ``target``, and none of that type the other way round or with the
    target's place state beside the target."""
    events = reported_events(sentence, kb)
    found = [e for e in events if e.type == etype]
    assert any(source in e.source_ids and target in e.target_ids for e in found), shown(events)
    assert not any(target in e.source_ids for e in found), shown(events)
    return found


# --- a force of "this country" in a reported clause ----------------------------------------------------------------


@pytest.mark.parametrize("sentence,source,target", [
    ("سخنگوی وزارت دفاع روسیه گفت بالگردهای نیروی هوایی این کشور یک کاروان نظامی را در شرق اوکراین هدف قرار دادند.",
     "RUS", "UKR"),
    ("وزیر دفاع اسرائیل اعلام کرد که جنگنده های این کشور مواضع حماس را در غزه بمباران کردند.", "ISR", "hamas"),
])
def test_force_of_this_country(sentence, source, target, kb):
    _assert_exact(sentence, kb, "ASSAULT", source, target)


@pytest.mark.parametrize("sentence", [
    "مربی تیم ملی برزیل گفت بازیکنان این کشور در حمله بهتر از حریف بودند.",
    "سخنگوی وزارت دفاع روسیه گفت نیروی هوایی این کشور مانور سالانه خود را برگزار کرد.",
])
def test_force_of_this_country_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- plural speech verbs and an indefinite object after the craft's nationality -------------------------------------


@pytest.mark.parametrize("sentence,source,target", [
    ("منابع محلی سوریه گزارش دادند یک پهپاد ترکیه‌ای روستایی را در شمال این کشور بمباران کرد.", "TUR", "SYR"),
    ("منابع محلی لبنان اعلام کردند که یک پهپاد اسرائیلی خودرویی را در جنوب این کشور هدف قرار داد.", "ISR", "LBN"),
])
def test_craft_of_a_nationality_acts_in_reported_clause(sentence, source, target, kb):
    _assert_exact(sentence, kb, "ASSAULT", source, target)


@pytest.mark.parametrize("sentence", [
    "منابع پزشکی خبر دادند یک بیمار ترکیه‌ای پس از حمله قلبی در بیمارستانی در استانبول درگذشت.",
    "منابع محلی گزارش دادند یک گردشگر آلمانی روستایی را در شمال ایران بازدید کرد.",
])
def test_craft_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- an apposition before "را" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,source,target", [
    ("ترکیه بار دیگر اعضای حزب کارگران کردستان، پ کا کا، را در مناطق کوهستانی، هدف قرار داده است.",
     "TUR", "kurdistan-workers-party"),
    ("ارتش پاکستان چند پایگاه متعلق به تحریک طالبان پاکستان (ت.ت.پ) را در افغانستان بمباران کرد.",
     "pakistan-army", "tehrik-i-taliban-pakistan"),
    ("ارتش آمریکا مقرهای وابسته به گروه الشباب (جنبش جوانان) را در جنوب سومالی بمباران کرد.",
     "united-states-armed-forces", "al-shabaab"),
])
def test_apposition_before_ra(sentence, source, target, kb):
    found = _assert_exact(sentence, kb, "ASSAULT", source, target)
    assert not any(t in ("AFG", "SOM") for e in found for t in e.target_ids), [(e.source_ids, e.target_ids) for e in found]


def test_apposition_guard(kb):
    assert_not_coded("پزشکان بیمار مبتلا به حمله قلبی (سکته) را در بیمارستان امام تهران درمان کردند.", kb, "ASSAULT")


# --- the place's state yields to the object named ---------------------------------------------------------------------


@pytest.mark.parametrize("sentence,source,target,place_state", [
    ("ارتش ترکیه در حمله هوایی به کوه‌های قندیل در شمال عراق، مقرهای پ.ک.ک را هدف قرار داد.",
     "turkish-armed-forces", "kurdistan-workers-party", "IRQ"),
    ("ارتش اسرائیل در حمله هوایی به جنوب لبنان، مواضع حزب‌الله را هدف قرار داد.",
     "israel-defense-forces", "hezbollah", "LBN"),
])
def test_place_state_yields_to_object(sentence, source, target, place_state, kb):
    found = _assert_exact(sentence, kb, "ASSAULT", source, target)
    assert not any(place_state in e.target_ids for e in found), [(e.source_ids, e.target_ids) for e in found]
    assert all(e.location_id for e in found), [(e.target_ids, e.location_id) for e in found]


def test_place_state_kept_when_it_is_the_object(kb):
    _assert_exact("روسیه در حمله موشکی به خارکیف یک نیروگاه برق اوکراین را هدف قرار داد.", kb, "ASSAULT", "RUS", "UKR")


def test_place_state_guard(kb):
    assert_not_coded("مهاجم ترکیه در حمله به دروازه حریف در نیمه دوم، توپ را به تیرک دروازه زد.", kb, "ASSAULT")


# --- an attack told with a participle and its agent -------------------------------------------------------------------


@pytest.mark.parametrize("sentence,source,target", [
    ("پس از حمله انجام شده توسط اسرائیل به کنسولگری ایران در دمشق، تهران واکنش نشان داد.", "ISR", "IRN"),
    ("مسکو حمله صورت گرفته از سوی اوکراین به پالایشگاه روسیه در بلگورود را محکوم کرد.", "UKR", "RUS"),
])
def test_participle_attack(sentence, source, target, kb):
    _assert_exact(sentence, kb, "ASSAULT", source, target)


@pytest.mark.parametrize("sentence", [
    "حمله انجام شده توسط مهاجم تیم ملی به دروازه حریف به گل نرسید.",
    "گزارش کار انجام شده توسط وزارت بهداشت به مجلس ارسال شد.",
])
def test_participle_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")
