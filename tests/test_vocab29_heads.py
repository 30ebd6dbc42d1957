"""Session 29 (lead, from real pages read this session): an event noun before its light verb may carry words of its
kind or manner and be plural ("حملات راکتی کرده است", "انتقاد شدید کرد"; grammar.yaml head_modifiers, head_plurals),
each group's words fitting its own nouns only."""

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("text, event", [
    ("ارتش آذربایجان به مواضع ارتش ارمنستان حملات راکتی کرده‌اند.", ("ASSAULT", "azerbaijani-armed-forces", "armed-forces-of-armenia")),
    ("ارتش پاکستان شامگاه دیروز به ولایت کنر حمله راکتی مرگبار کرد.", ("ASSAULT", "pakistan-army", "AFG")),
    ("نیروهای طالبان به پاسگاه‌های مرزی پاکستان حملات شبانه کردند.", ("ASSAULT", "taliban", "PAK")),
    ("وزیر امور خارجه آلمان از اقدامات نظامی روسیه انتقادات تندی کرد.", ("ACCUSE", None, "RUS")),
])
def test_described_or_plural_event_nouns(kb, text, event):
    assert_coded(text, kb, event)


@pytest.mark.parametrize("text, etype", [
    ("رئیس‌جمهور سابق آمریکا در سخنرانی خود به رسانه‌ها حمله تندی کرد.", "ASSAULT"),
    ("مهاجم تیم ملی در دقیقه هشتاد به دروازه حریف حمله مجدد کرد.", "ASSAULT"),
    ("این بیمار پس از عمل جراحی دچار حملات قلبی مکرر شد.", "ASSAULT"),
])
def test_a_word_of_another_kind_or_an_everyday_attack_is_no_event(kb, text, etype):
    assert_not_coded(text, kb, etype)
