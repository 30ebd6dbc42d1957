"""Session 24 (slice P): triggers real outlets use that rasad lacked, from the leftovers of the session's slices.

- Claims of responsibility are their own pattern (assault.claimed): the claimant attacked, and whom it struck may be
  told only in an earlier sentence ("مسئولیت این حمله را پذیرفت"), so the target may go unnamed; a killing claimed
  ("مسئولیت کشته شدن سه سرباز X را بر عهده گرفت"), the older spellings "مسؤولیت"/"مسؤلیت", and the claim told as a
  noun before the clause's own verb ("با بر عهده گرفتن مسئولیت حمله به X ... اعلام کرد").
- A state named before a rebel group fighting in it ("ترکیه (مواضع) پ ک ک را بمباران کرد") is the subject and the
  group its object: the group's country tells only where it fights (the two were chained as one party).
- A rejected claim's owner after a time word ("ادعای روز گذشته X ... را تکذیب کرد"); an act opposed is its doer's
  ("با اقدام X مخالفت کرد"), and the party after "با" right before "مخالفت کرد" is the one opposed.
- An object's relative clause with its own commas ("X را که گفته است، ...، رد کرد") no longer ends the clause
  between the object and its verb.
- An attack announced with no attacker named ("منابع خبری از حمله به کاروان نظامیان X خبر دادند"): the party
  after the attack's "به" was struck, the attacker left unknown (as for a passive attack with no agent).
- A warning's addressee "به Y" right before "هشدار داد" after a closed topic ("درباره پیامدهای این تصمیم").
- An agreement reached with its partner and purpose between ("به توافقی با X برای ... دست یافته است").

Each case is written anew (other parties, places, tenses); the guards are everyday sentences with the same words that
report no such event (an office taken on, a rebel group's own name with its state, a meeting's counterpart before
an opposed plan, a topic's own "به", a deal not reached)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # claims of responsibility, the target unnamed or named inside
    ("گروه داعش روز دوشنبه مسئولیت این حمله را پذیرفت.", ("ASSAULT", "islamic-state", None)),
    ("جنبش حماس مسئولیت این حمله را برعهده گرفت.", ("ASSAULT", "hamas", None)),
    ("حزب‌الله در بیانیه‌ای مسئولیت کشته شدن دو نظامی ارتش اسرائیل را بر عهده گرفت.",
     ("ASSAULT", "hezbollah", "israel-defense-forces")),
    ("ارتش آزادی بخش بلوچ مسؤلیت کشته شدن پنج نظامی ارتش پاکستان را بر عهده گرفت.",
     ("ASSAULT", "balochistan-liberation-army", "pakistan-army")),
    ("سخنگوی ارتش آزادی بخش بلوچ با بر عهده گرفتن مسئولیت حمله به نیروهای ارتش پاکستان در کویته اعلام کرد که "
     "عملیات ادامه دارد.", ("ASSAULT", "balochistan-liberation-army", "pakistan-army")),
    # a state before a rebel group fighting in it
    ("ترکیه مواضع پ ک ک را در شمال عراق بمباران کرد.", ("ASSAULT", "TUR", "kurdistan-workers-party")),
    ("ترکیه پایگاه‌های پ ک ک را هدف قرار داد.", ("ASSAULT", "TUR", "kurdistan-workers-party")),
    ("عراق مواضع داعش را در استان الانبار بمباران کرد.", ("ASSAULT", "IRQ", "islamic-state")),
    # a claim's owner after a time word; an act opposed
    ("وزارت خارجه روسیه ادعای هفته گذشته اوکراین در خصوص سرنگونی یک هواپیما را تکذیب کرد.",
     ("REJECT", None, "UKR")),
    ("چین با اقدامات اخیر آمریکا در دریای جنوبی چین مخالفت کرد.", ("REJECT", "CHN", "USA")),
    ("مصر با اسرائیل مخالفت کرده است.", ("REJECT", "EGY", "ISR")),
    # an object's relative clause, commas and all, between the object and its verb
    ("عراق نامه کویت را که هفته گذشته به سازمان ملل فرستاده شده بود، رد کرد.", ("REJECT", "IRQ", "KWT")),
    ("پاکستان شرایط طالبان را که در نشست دوحه اعلام شده بود، نپذیرفت.", ("REJECT", "PAK", "taliban")),
    ("روسیه آمریکا را که به گفته مسکو، در جنگ دخالت کرده است، تحریم کرد.", ("SANCTION", "RUS", "USA")),
    # an attack announced with its attacker untold: the party after "به" struck, the attacker unknown
    ("رسانه‌های محلی از حمله به یک پایگاه نظامی ترکیه در شمال سوریه خبر دادند.", ("ASSAULT", None, "TUR")),
    ("منابع امنیتی از حمله به کاروان ارتش پاکستان در وزیرستان خبر دادند.", ("ASSAULT", None, "pakistan-army")),
    # a warning's addressee after a closed topic
    ("ترکیه درباره عواقب این تصمیم به یونان هشدار داد.", ("THREATEN", "TUR", "GRC")),
    ("چین در مورد پیامدهای این سفر به ژاپن هشدار داد.", ("THREATEN", "CHN", "JPN")),
    # an agreement reached with its partner between
    ("قطر اعلام کرد به توافقی با عمان برای ساخت خط لوله دست یافته است.", ("AGREE", "QAT", "OMN")),
    ("هند با روسیه به توافقی درباره خرید گاز رسید.", ("AGREE", "IND", "RUS")),
])
def test_trigger_coded(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("وی از سال گذشته مسئولیت وزارت کشور را بر عهده گرفت.", "ASSAULT"),
    ("او مسئولیت تیم ملی را پذیرفت.", "ASSAULT"),
    ("وزیر خارجه عراق در دیدار با همتای سوری خود با طرح جدید مخالفت کرد.", "REJECT"),
    ("سازمان ملل نسبت به وضعیت دسترسی به غزه هشدار داد.", "THREATEN"),
    ("وزیر نفت گفت که به توافقی نرسیدیم و مذاکرات ادامه دارد.", "AGREE"),
    ("وزیر خارجه از حمله به منافع ایران در منطقه انتقاد کرد.", "ASSAULT"),
    ("منابع خبری از حمله احتمالی به تاسیسات نفتی عراق خبر دادند.", "ASSAULT"),
])
def test_no_such_event(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)
