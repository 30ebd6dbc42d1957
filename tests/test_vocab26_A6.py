"""Session 26 (slice A6): control of ground taken, on whole real pages (conflict reports from Syria). The general
causes found there, each written anew (other sides, places, tenses), with guards for the everyday sentences that use
the same words:

- "کنترل X را به دست گرفت" coded nothing at all: the place taken stands inside the trigger, before its "را", where
  no target was looked for, and the taker's own state's ground named no struck party (coder.py _taken_inside, with
  the ground words of grammar.yaml control_ground_heads, a share "۷۰ درصد" and a quarter named before "در شهر X");
- control "put in hand" ("کنترل ... را در اختیار گرفتند") or taken "again" ("... را بار دیگر به دست گرفتند") was
  no trigger;
- control of a situation, a market, a fire or a match stays no attack (assault.occupy unless_inside)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    ("طالبان کنترل شهر قندوز را به دست گرفتند.", ("ASSAULT", "taliban", "AFG")),
    ("ارتش عراق کنترل ۷۰ درصد شهر موصل را به دست گرفته است.", ("ASSAULT", "iraqi-army", None)),
    ("ارتش سوریه کنترل محله الشیخ مقصود در شهر حلب را به دست گرفت.", ("ASSAULT", "syrian-arab-army", None)),
])
def test_control_taken_of_a_place_inside_the_trigger(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,expected", [
    ("ارتش روسیه کنترل روستای ووهلدار را در اختیار گرفت.", ("ASSAULT", "russian-armed-forces", "UKR")),
    ("شبه‌نظامیان الشباب کنترل شهرک افگویه در سومالی را در اختیار گرفته‌اند.", ("ASSAULT", "al-shabaab", "SOM")),
    ("ارتش اوکراین کنترل روستای رابوتینه در استان زاپوریژیا را بار دیگر به دست گرفت.", ("ASSAULT", None, None)),
])
def test_control_put_in_hand_or_taken_again(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "تیم ملی والیبال ایران از ست دوم کنترل بازی را به دست گرفت.",
    "بانک مرکزی ایران کنترل نرخ ارز در تهران را به دست گرفت.",
    "پلیس ایران کنترل اوضاع شهر اهواز را به دست گرفت.",
    "آتش‌نشانان کنترل آتش‌سوزی انبار در شهر اهواز را به دست گرفتند.",
    "شرکت ملی گاز ایران کنترل شبکه توزیع در شهر مشهد را در اختیار گرفت.",
])
def test_control_of_a_situation_market_fire_or_match_is_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")
