"""Session 25 (slice T): leftovers of the Afghan and foreign-outlet slice (M). The general causes, each written anew
(other groups, provinces, districts, tenses), with guards for the everyday sentences that use the same words:

- a bare force ("نیروهای امنیتی") placed with "در" ("... نیروهای امنیتی در ولایت کنر") took the state the article
  names most (Islamic State's home, Iraq), not the state of the place it stood in;
- "را تیرباران کردند" by an armed group (the Taliban, IS, al-Shabaab) was read as a court's sentence carried out
  (COERCE, no target), not a killing; a sentence told as one (a charge, a stadium, in public) stays COERCE;
- a force of "the country" bare ("ارتش کشور", "نیروهای امنیتی کشور"), as Afghan outlets name their own state's,
  linked no one;
- Taliban statements' "بر X عملیات انجام دادند" (an operation carried out on them) coded nothing."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _events(sentence, kb, day="2019-05-01", url=None):
    doc = RawDocument(source="t.txt", text=sentence + _REPORTED, url=url, published=day + "T10:00:00+04:30")
    return annotate_document(doc, kb).events


def _coded(events, etype, source, target):
    return [e for e in events if e.type == etype and source in e.source_ids and target in e.target_ids]


# --- a bare force is the force of the state it is placed in ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "state_or_force"), [
    ("افراد مسلح داعش شب گذشته به پاسگاه نیروهای امنیتی در ولایت کنر حمله کردند.",
     "afghan-national-security-forces"),
    ("عناصر داعش به مواضع نیروهای امنیتی در استان دیرالزور حمله کردند.", "SYR"),
    ("تروریست‌های داعش دیروز به نیروهای امنیتی در ولایت جوزجان حمله کرده‌اند.", "afghan-national-security-forces"),
    ("نیروهای امنیتی بر مواضع داعش در ولسوالی اچین عملیات کردند.", None),
])
def test_bare_force_of_the_place_state(sentence, state_or_force, kb):
    events = _events(sentence, kb)
    if state_or_force is None:  # the force acts: Afghanistan's, not Iraq's
        assert _coded(events, "ASSAULT", "afghan-national-security-forces", "islamic-state"), \
            [(e.type, e.source_ids, e.target_ids) for e in events]
    else:
        assert _coded(events, "ASSAULT", "islamic-state", state_or_force), \
            [(e.type, e.source_ids, e.target_ids) for e in events]


def test_bare_force_named_state_stays(kb):
    """Guard: "در عراق" before the force: Iraq's, as before."""
    events = _events("داعش در عراق به نیروهای امنیتی حمله کرد.", kb)
    assert _coded(events, "ASSAULT", "islamic-state", "IRQ"), [(e.type, e.source_ids, e.target_ids) for e in events]


def test_bare_force_sport_no_event(kb):
    """Guard: a football team of the forces playing in a province is no event."""
    assert not _events("تیم فوتبال نیروهای امنیتی در ولایت ننگرهار با تیم شهرداری دیدار کرد.", kb)


# --- an armed group's firing squad kills ----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "source"), [
    ("طالبان دو غیرنظامی را در ولسوالی خوست ولایت بغلان تیرباران کردند.", "taliban"),
    ("جنگجویان داعش سه سرباز افغان را با دستان بسته تیر باران کرده‌اند.", "islamic-state"),
    ("شبه‌نظامیان الشباب دو مرد را در شهر کیسمایو تیرباران کردند.", "al-shabaab"),
])
def test_armed_group_firing_squad_is_killing(sentence, source, kb):
    events = _events(sentence, kb)
    assert [e for e in events if e.type == "ASSAULT" and source in e.source_ids], \
        [(e.type, e.source_ids, e.target_ids) for e in events]
    assert not [e for e in events if e.type == "COERCE"]


@pytest.mark.parametrize("sentence", [
    "طالبان یک مرد را به اتهام قتل در ملاء عام تیرباران کردند.",
    "طالبان دو زندانی را در ورزشگاه شهر قندهار در برابر تماشاگران تیرباران کردند.",
    "ایران دو محکوم را تیرباران کرد.",
])
def test_sentence_carried_out_stays_coerce(sentence, kb):
    """Guard: a charge, a stadium or a public square, or a state: a sentence carried out, no attack."""
    events = _events(sentence, kb, day="2023-05-01")
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.source_ids, e.rule) for e in events]


# --- an Afghan outlet's bare "کشور" is its own state ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "force", "target"), [
    ("ارتش کشور دیروز به مواضع طالبان در ولسوالی گرشک حمله کرد.", "afghan-national-army", "taliban"),
    ("نیروهای امنیتی کشور دو عضو داعش را در ولایت کنر کشتند.", "afghan-national-security-forces", "islamic-state"),
])
def test_own_country_force_in_afghan_outlet(sentence, force, target, kb):
    events = _events(sentence, kb, url="https://tolonews.com/afghanistan/story")
    assert _coded(events, "ASSAULT", force, target), [(e.type, e.source_ids, e.target_ids) for e in events]


def test_own_country_force_needs_outlet_state(kb):
    """Guard: with no outlet known, "ارتش کشور" is no one's."""
    events = _events("ارتش کشور دیروز به مواضع طالبان در ولسوالی گرشک حمله کرد.", kb)
    assert not [e for e in events if "afghan-national-army" in e.source_ids]


# --- "بر X عملیات انجام دادند" -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "target"), [
    ("نیروهای طالبان بر مواضع جبهه مقاومت ملی در ولایت پنجشیر عملیات انجام دادند.",
     "national-resistance-front-of-afghanistan"),
    ("نیروهای امارت اسلامی شب گذشته بر پایگاه جبهه آزادی افغانستان در ولایت بغلان عملیات انجام داده‌اند.",
     "afghanistan-freedom-front"),
])
def test_operation_on_bar(sentence, target, kb):
    events = _events(sentence, kb, day="2022-09-01")
    assert _coded(events, "ASSAULT", "taliban", target), [(e.type, e.source_ids, e.target_ids) for e in events]


def test_operation_surgery_no_attack(kb):
    """Guard: a surgical operation on a soldier is no attack."""
    events = _events("پزشکان ارتش افغانستان بر روی سرباز زخمی عملیات جراحی انجام دادند.", kb)
    assert not [e for e in events if e.type == "ASSAULT"]
