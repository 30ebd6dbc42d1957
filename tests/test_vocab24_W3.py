"""Session 24 (slice W3): whole pages on the powers and bodies (the US, Russia, China, the EU, the UN, the IAEA) with
Iran or each other. The events missed there were missed for general reasons: a counter-measure promised after a
condition opened by "در صورتی که"/"چنانچه" (not only "اگر") or "در واکنش به X" names no target of its own, and the
party of the condition or of the act reacted to is the one threatened; cooperation "limited" or "cut back" is a
reduction of relations as its suspension is; a refusal told as "به X اجازه نداد" names the refused after "به";
and tariffs raised or imposed on goods imported from a state are a trade sanction (a threat in the future tense).
(The IAEA's short names "آژانس اتمی" and, after its full name, "آژانس" were tried and removed: the first lowered
held-out event scores, the second coded a meeting's topic as a second meeting in a project article.) Each case is
written anew (other actors, other details); the guards are everyday sentences with the same words that report no
such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded

IAEA = "international-atomic-energy-agency"


@pytest.mark.parametrize("sentence,expected", [
    # a counter-measure after a condition opened by "در صورتی که"/"چنانچه": aimed at the condition's subject
    ("سخنگوی دولت ژاپن گفت در صورتی که کره شمالی آزمایش موشکی دیگری انجام دهد، توکیو اقدامات متقابل اتخاذ خواهد کرد.",
     ("THREATEN", None, "PRK")),
    ("وزیر خارجه لهستان گفت چنانچه بلاروس به فرستادن پناهجویان ادامه دهد، ورشو اقدامات متقابل اتخاذ خواهد کرد.",
     ("THREATEN", None, "BLR")),
    # ... or in reaction to a party's act
    ("دولت هند در واکنش به تصمیم پاکستان اعلام کرد که اقدامات متقابل اتخاذ خواهد کرد.", ("THREATEN", "IND", "PAK")),
    # cooperation limited or cut back
    ("کره شمالی همکاری با آژانس بین‌المللی انرژی اتمی را محدود کرد.", ("SANCTION", "PRK", IAEA)),
    ("ونزوئلا همکاری‌های امنیتی خود با آمریکا را کاهش داد.", ("SANCTION", "VEN", "USA")),
    # a refusal with the refused after "به"
    ("دولت میانمار به نمایندگان سازمان ملل متحد اجازه نداد از ایالت راخین بازدید کنند.",
     ("REJECT", "MMR", "united-nations")),
    ("سوریه به بازرسان سازمان منع سلاح‌های شیمیایی اجازه نداده است وارد دوما شوند.", ("REJECT", "SYR", "opcw")),
    # tariffs raised on a state's goods; in the future tense a threat
    ("کانادا تعرفه‌های گمرکی بر کالاهای وارداتی از آمریکا را ۲۵ درصد افزایش داد.", ("SANCTION", "CAN", "USA")),
    ("اتحادیه اروپا تعرفه‌ها بر کالاهای وارداتی از چین را افزایش خواهد داد.", ("THREATEN", "european-union", "CHN")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("وزارت ارتباطات همکاری با شرکت‌های خصوصی را محدود کرد.", "SANCTION"),
    ("پدرم به من اجازه نداد به سفر بروم.", "REJECT"),
    ("مدیر مدرسه به دانش‌آموزان اجازه نداد زودتر بروند.", "REJECT"),
    ("این شرکت همکاری با آژانس مسافرتی را محدود کرد.", "SANCTION"),
    ("یک آژانس مسافرتی در مشهد همکاری با آژانس را کاهش داد.", "SANCTION"),
    ("در صورتی که باران ببارد، مسابقه لغو خواهد شد.", "THREATEN"),
    ("در واکنش به افزایش قیمت‌ها، فروشگاه‌ها تخفیف‌های جدیدی اعلام کردند.", "THREATEN"),
    ("قیمت کالاهای وارداتی از چین افزایش یافت.", "SANCTION"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
