"""Session 24 (slice W4): whole pages on the wars in Gaza, Lebanon, Yemen and the Red Sea, and Syria.

Two general causes of wrong or missed events on such pages, each fixed for its whole class of phrasing:

- a movement's or armed group's own state named right after it ("حوثی‌های یمن", "جنبش حماس فلسطین") only says whose
  group it is, as in the full name "حزب‌الله لبنان": the state was coded as a second attacker beside the group;
- a weapon's kind between the weapon and its owner ("یک موشک بالستیکی ضد کشتی X به ... اصابت کرد", "موشک زمین به
  زمین"), and the Dari spelling "میزایل", hid who fired it, so the hit was missed.

Each case is written anew (other groups, ships, places, tenses); the guards keep a group's talks with its state's
government (a party of its own after "و") and a parade of missiles or a claim about an election free of any attack."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,etype,source,target", [
    ("حوثی‌های یمن دیروز یک نفتکش انگلیسی را در خلیج عدن هدف قرار دادند.", "ASSAULT", "houthis", "GBR"),
    ("جنبش حماس فلسطین یک پایگاه نظامی اسرائیل را با راکت هدف قرار داد.", "ASSAULT", "hamas", "ISR"),
])
def test_home_state_only_qualifies_group(sentence, kb, etype, source, target):
    events = [e for e in reported_events(sentence, kb) if e.type == etype]
    assert events, sentence
    assert any(e.source_ids == [source] and target in e.target_ids for e in events), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    ("یک موشک زمین به زمین حزب‌الله به یک پایگاه در حیفا اصابت کرد.", ("ASSAULT", "hezbollah", "ISR")),
    ("یک میزایل طالبان به یک پاسگاه مرزی پاکستان اصابت کرد.", ("ASSAULT", "taliban", "PAK")),
    ("یک موشک بالستیکی ضد کشتی حوثی‌ها به یک کشتی باری یونان اصابت کرد.", ("ASSAULT", "houthis", "GRC")),
])
def test_weapon_kind_before_owner(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("موشک‌های بالستیکی دوربرد ارتش ایران در رژه نظامی به نمایش درآمد.", "ASSAULT"),
    ("او ادعا کرد که حزب متبوعش در انتخابات پیروز شده است.", "ASSAULT"),
])
def test_guards(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)


def test_group_and_its_state_talk(kb):
    assert_coded("حوثی‌ها و دولت یمن درباره تبادل اسرا گفت‌وگو کردند.", kb, ("CONSULT", "houthis", "YEM"))
