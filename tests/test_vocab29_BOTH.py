"""Session 29 (slice BOTH): a trigger found but a party missing. The general cause fixed, written anew (other
parties, places, tenses), with guards for the everyday sentences that use the same words:

- casualties told with no doer right after an attack whose doer is named but which names no one struck ("گروه X
  حمله کرد که در نتیجه آن ده سرباز کشته شدند", the Dari "بر بخش‌هایی از ولسوالی X حمله کردند. ... جان باختند")
  were dropped at ``_both_sides``: the attack's doer caused them (coder._attacker_told_before), and the attack's
  place is theirs when they name none (coder._place_told_before)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events, shown

# --- casualties after an attack told with its doer ---------------------------------------------------------------


@pytest.mark.parametrize("sentence,expected", [
    ("جنگنده‌های عربستان سعودی دیشب حمله کردند که در نتیجه آن دست‌کم دوازده غیرنظامی کشته شدند.", ("ASSAULT", "SAU", None)),
    ("گروه طالبان شب گذشته حمله کرده‌اند که در نتیجه آن ده تن از نیروهای امنیتی کشته و زخمی شدند.",
     ("ASSAULT", "taliban", "afghan-national-security-forces")),
    ("گروه الشباب سحرگاه امروز حمله کرد. در این حمله دست‌کم شش سرباز ارتش سومالی جان باختند.",
     ("ASSAULT", "al-shabaab", "SOM")),
])
def test_casualties_carry_the_attacker(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


def test_casualties_take_the_attacks_place(kb):
    events = reported_events("شبه‌نظامیان طالبان، ساعتی پس از نیمه‌شب، بر بخش‌هایی از ولسوالی غوریان این ولایت، "
                             "حمله کردند. به گفته پولیس، ملا عبدالحکیم کریمی، فرمانده امنیه این ولسوالی، با دو "
                             "محافظش جان باختند.", kb)
    hits = [e for e in events if e.type == "ASSAULT" and "taliban" in e.source_ids]
    assert hits and hits[0].location_id == "district-gn-1140970", shown(events)


@pytest.mark.parametrize("sentence", [
    # a match: an attack on the pitch, players hurt
    "تیم ملی فوتبال عراق در نیمه دوم حمله کرد و در این دیدار دو بازیکن اردن مصدوم شدند.",
    # deaths from another cause after an attack told without a target
    "گروه الشباب دیشب حمله کرد. در سانحه رانندگی در جاده کیسمایو سه سرباز ارتش سومالی کشته شدند.",
    # a heart attack
    "رئیس‌جمهور پیشین دچار حمله قلبی شد و در بیمارستانی در تهران درگذشت.",
])
def test_casualty_carry_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")
