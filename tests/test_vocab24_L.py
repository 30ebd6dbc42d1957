"""Session 24 (slice L): cooperation and concessions as real outlets phrase them. Aid told as a sum of money given,
allotted or granted to a recipient — in dollars, the Dari "دالر", euros and other currencies ("N میلیون دالر به X کمک
کرده است", "N میلیون یورو را به X اختصاص داد") — and aid agreed to ("با اعطای کمک ... به X موافقت کرد") were
missed; so was sanctions relief said with "تسهیل" ("تسهیل تحریم‌های X را ... تمدید کرد"). Each case is written anew
(other actors, sums, tenses); the guards are everyday sentences with the same words that report no such event: a
budget allotted at home, money paid to a person, a sum that is trade, sanctions that merely bite. Money or assets released ("دارایی‌های مسدود شده X را آزاد کرد") were coded as people
freed; they are property returned (CAMEO 0842), owned by the state named inside."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a sum given to a recipient, in the Dari spelling and in other currencies
    ("بانک توسعه آسیایی امسال یک میلیارد دالر به بنگلادش کمک کرده است.", ("AID", "asian-development-bank", "BGD")),
    ("ژاپن دو میلیارد ین به اوکراین کمک کرد.", ("AID", "JPN", "UKR")),
    ("آلمان ۴۰ میلیون یورو به اردن کمک می‌کند.", ("AID", "DEU", "JOR")),
    # a sum allotted or granted ("را به X اختصاص داد", "به X اعطا کرد")
    ("سازمان ملل ۱۲ میلیون دلار را به سومالی اختصاص داد.", ("AID", "united-nations", "SOM")),
    ("اتحادیه اروپا ۸۰ میلیون یورو دیگر به لبنان اختصاص داده است.", ("AID", "european-union", "LBN")),
    ("چین ۵۰۰ میلیون یوان به نپال اعطا کرد.", ("AID", "CHN", "NPL")),
    # aid agreed to
    ("بانک جهانی با اعطای وام ۲۰۰ میلیون دلاری به مصر موافقت کرد.", ("AID", "world-bank", "EGY")),
    ("کمیسیون اروپا با اعطای کمک مالی به مولداوی موافقت کرد.", ("AID", "european-commission", "MDA")),
    # sanctions relief said with "تسهیل"
    ("اتحادیه اروپا تسهیل تحریم‌های سوریه را برای شش ماه دیگر تمدید کرد.", ("RETREAT", "european-union", "SYR")),
    ("وزارت خزانه‌داری آمریکا از تسهیل تحریم‌های ونزوئلا خبر داد.", ("RETREAT", None, "VEN")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,owner", [
    # money or assets released are property returned (CAMEO 0842), not people freed (0841)
    ("ژاپن دارایی‌های مسدود شده ونزوئلا را آزاد کرد.", "VEN"),
    ("قطر سه میلیارد دلار از منابع مالی افغانستان را آزاد کرد.", "AFG"),
    ("بانک مرکزی عمان از آزادسازی دارایی‌های ایران خبر داد.", "IRN"),
])
def test_assets_released(kb, sentence, owner):
    events = [e for e in reported_events(sentence, kb) if e.type == "RETREAT"]
    assert events and all(e.cameo == "0842" for e in events), [(e.cameo, e.target_ids) for e in events]
    assert any(owner in e.target_ids for e in events)


def test_people_released_stay_people(kb):
    events = [e for e in reported_events("حماس چهار گروگان را آزاد کرد.", kb) if e.type == "RETREAT"]
    assert events and all(e.cameo == "0841" for e in events)


@pytest.mark.parametrize("sentence,etype", [
    # a budget allotted at home is no aid
    ("دولت ۳۰۰ میلیارد ریال به وزارت بهداشت اختصاص داد.", "AID"),
    ("شهرداری ۲ میلیون دلار به ساخت پارک اختصاص داد.", "AID"),
    # money paid, earned or traded
    ("این شرکت ۵۰ میلیون دلار به صندوق بازنشستگی خود پرداخت کرد.", "AID"),
    ("صادرات ایران به عراق به ۱۰ میلیارد دلار رسید.", "AID"),
    ("او ۲۰ هزار دلار به حساب برادرش واریز کرد.", "AID"),
    # sanctions that bite, or easing only hoped for
    ("تحریم‌های آمریکا تجارت ایران را محدود کرد.", "RETREAT"),
    ("کارشناسان می‌گویند تسهیل تحریم‌ها به نفع اقتصاد است.", "RETREAT"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
