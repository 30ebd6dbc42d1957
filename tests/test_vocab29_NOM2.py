"""Session 29 (slice NOM2): events told with a noun, continued. Each cause found in real sentences, written anew
(other parties, places, tenses), with guards for the everyday sentences that use the same words:

- ground freed told as a noun its taker announces or confirms ("آزادسازی شهرک X را رسماً اعلام کرد") coded nothing;
- a war's leftover (an unexploded shell, a mine left from a war, a World War bomb) that went off was coded as an
  attack with no doer: it is an accident (grammar.yaml accident_causes);
- a casualty cause counted as the first, second ... of a series ("در نخستین انفجار انتحاری ...") was not read."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events, shown

# --- ground freed, announced as a noun -----------------------------------------------------------------------------


@pytest.mark.parametrize("sentence,expected", [
    ("ارتش عراق آزادسازی کامل شهرک القائم را به طور رسمی اعلام کرد.", ("ASSAULT", "iraqi-army", None)),
    ("ارتش سوریه آزادسازی روستاهای حومه جنوبی حمص از دست داعش را تأیید کرد.",
     ("ASSAULT", "syrian-arab-army", "islamic-state")),
])
def test_ground_freed_announced(sentence, expected, kb):
    assert_coded(sentence, kb, expected, day="2017-06-10")


@pytest.mark.parametrize("sentence", [
    # prices, shares or prisoners freed are no ground taken
    "وزارت اقتصاد آزادسازی قیمت نان در شهرهای کوچک را اعلام کرد.",
    "دادگستری استان آزادسازی زندانیان جرائم غیرعمد این شهر را اعلام کرد.",
    "سازمان خصوصی‌سازی آزادسازی سهام عدالت ساکنان روستاها را اعلام کرد.",
])
def test_ground_freed_announced_guards(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT", day="2017-06-10")


# --- a war's leftover is no attack ---------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "انفجار یک گلوله عمل‌نکرده توپ در روستایی در استان هلمند جان دو کودک را گرفت.",
    "در انفجار یک بمب به جا مانده از جنگ در حومه موصل دو کودک کشته شدند.",
    "انفجار بمب جنگ جهانی دوم در یک کارگاه ساختمانی در آلمان دو کارگر را کشت و سه نفر زخمی شدند.",
    "بر اثر انفجار بمب عمل‌نکرده در روستایی در ولایت غزنی سه کودک جان باختند.",
])
def test_war_leftover_is_no_attack(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert not events, shown(events)


@pytest.mark.parametrize("sentence", [
    # a bomb or a blast with no leftover's words is still an attack
    "در انفجار بمب در بازار شهر کویته هفت نفر کشته شدند.",
    "بر اثر انفجار یک خودروی بمب‌گذاری‌شده در موگادیشو دست‌کم ۹ نفر کشته شدند.",
])
def test_bomb_still_attack(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert events, shown(reported_events(sentence, kb))


# --- the first, second ... of a series as a casualty's cause -------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "در نخستین حمله انتحاری امسال در شهر جلال‌آباد ۱۲ نفر کشته شدند.",
    "در دومین انفجار تروریستی این هفته در بغداد دست‌کم هشت نفر جان باختند.",
])
def test_ordinal_cause_lead(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert events, shown(reported_events(sentence, kb))


@pytest.mark.parametrize("sentence", [
    # the first day of a tournament or the first wave of a flu is no attack
    "در نخستین روز مسابقات جهانی کشتی دو کشتی‌گیر ایرانی زخمی شدند.",
    "در دومین موج آنفلوانزا در استان فارس سه نفر جان باختند.",
])
def test_ordinal_cause_guards(sentence, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert not events, shown(events)
