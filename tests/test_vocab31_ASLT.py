"""Session 31 (slice ASLT): attacks whose parties the coder dropped. A named side's attack on people counted inside
the trigger that holds its object ("دست به کشتار صد‌ها تن از ... زد"; NUMERAL reads "صد‌ها" as the normaliser writes
it) or on what an indefinite noun tells ("به مواضعی در شهر X حمله کردند", grammar.yaml unnamed_struck_objects)
stands with no target, the attacker's own state read off the place set aside; an act told in the past perfect as
before another ("قبل از این ... حمله کرده بودند", grammar.yaml earlier_act_openers) is undated. Sentences are our
own, modelled on real reports; guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events


def _assaults(sentence: str, kb) -> list[tuple[list[str], list[str], str | None]]:
    return [(e.source_ids, e.target_ids, e.date) for e in reported_events(sentence, kb) if e.type == "ASSAULT"]


@pytest.mark.parametrize(("sentence", "source"), [
    ("ارتش میانمار دست به کشتار صدها تن از روستاییان ایالت راخین زد.", "MMR"),
    ("شبه‌نظامیان الشباب دست به کشتار ۴۰ نفر از مسافران یک اتوبوس زدند.", "al-shabaab"),
    ("نیروهای ارتش چاد اقدام به کشتار ده‌ها نفر از ساکنان یک روستا کردند.", "TCD"),
])
def test_massacre_of_people_counted_stands_with_no_target(kb, sentence: str, source: str) -> None:
    assert any(source in src and not tgt for src, tgt, _ in _assaults(sentence, kb))


@pytest.mark.parametrize(("sentence", "source"), [
    ("نیروهای ارتش سودان به مواضعی در شهر الفاشر حمله کردند.", "sudanese-armed-forces"),
    ("طالبان شامگاه دوشنبه به پایگاهی در ولسوالی گرشک حمله کردند.", "taliban"),
    ("ارتش نیجریه به مقرهایی در ایالت بورنو حمله کرد.", "NGA"),
    ("جنگنده‌های ارتش میانمار ساختمانی در ایالت کاچین را بمباران کردند.", "MMR"),
])
def test_attack_on_an_unnamed_object_stands_with_no_target(kb, sentence: str, source: str) -> None:
    assert any(source in src and not tgt for src, tgt, _ in _assaults(sentence, kb))


@pytest.mark.parametrize("sentence", [
    "مرغداران دست به کشتار صدها مرغ بیمار زدند.",  # poultry culled
    "مهاجمان تیم استقلال به دروازه حریف حمله کردند.",  # a match
    "بیمار در بیمارستانی در شهر مشهد دچار حمله قلبی شد.",  # a heart attack
    "ارتش اسرائیل نقاطی در آن منطقه را هدف حمله هوایی قرار داد.",  # "that region" told before: not guessed empty
])
def test_no_attack_with_an_empty_target_here(kb, sentence: str) -> None:
    assert not _assaults(sentence, kb)


@pytest.mark.parametrize("sentence", [
    "نیروهای ارتش سودان قبل از این حمله به مواضعی در شهر الفاشر حمله کرده بودند.",
    "ارتش اسرائیل پیش از این به مواضع حزب‌الله در جنوب لبنان حمله کرده بود.",
])
def test_earlier_act_in_the_past_perfect_is_undated(kb, sentence: str) -> None:
    found = _assaults(sentence, kb)
    assert found and all(date is None for _, _, date in found)


def test_an_act_with_its_own_day_keeps_it(kb) -> None:
    found = _assaults("ارتش اسرائیل دیروز به مواضع حزب‌الله در جنوب لبنان حمله کرد.", kb)
    assert found and all(date == "2024-07-19" for _, _, date in found)
