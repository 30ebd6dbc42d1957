"""Wordings real news uses for accusations, rejections and threats that the coder missed (session 18, slice E).
Each sentence is written for the test; each shows one general wording, not a page's sentence."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # called a liar as the manner of a statement
    ("وزیر خارجه ونزوئلا ضمن دروغگو خواندن دولت آمریکا، گفت کاراکاس تسلیم فشارها نخواهد شد.",
     ("ACCUSE", "yvan-gil", "USA")),
    # joining another's critics, the deed criticised long
    ("وزارت خارجه چین نیز به جمع منتقدان اقدام ژاپن در تخلیه پساب نیروگاه فوکوشیما به اقیانوس آرام پیوست.",
     ("ACCUSE", "ministry-of-foreign-affairs-china", "JPN")),
    # must answer for its deeds
    ("سخنگوی وزارت خارجه چین گفت آمریکا باید پاسخگوی اقدامات خود در دریای چین جنوبی باشد.",
     ("ACCUSE", "mao-ning", "USA")),
    # a claim whose deed names the doer after "توسط"
    ("وزارت خارجه بریتانیا در گزارش سالانه خود مدعی نقض آزادی بیان توسط روسیه شد.",
     ("ACCUSE", "ministry-of-foreign-affairs-united-kingdom", "RUS")),
    # a ceasefire violated, the place after "را"
    ("ارتش هند اعلام کرد که پاکستان آتش‌بس را در خط کنترل کشمیر نقض کرده است.",
     ("ACCUSE", "indian-army", "PAK")),
    # a sharply-worded note sent to an embassy, the spelling with one "ل" too
    ("دولت لیبی نامه شدیدالحنی به سفارت ایتالیا در طرابلس فرستاد.", ("ACCUSE", "LBY", "ITA")),
    # charges called untrue with any verb of calling
    ("وزارت خارجه کوبا ادعای آمریکا درباره پایگاه چین را داستان‌سرایی توصیف کرد.", ("REJECT", "CUB", "USA")),
    ("وزارت خارجه ونزوئلا اتهامات آمریکا را پوچ و بی‌اساس خواند.", ("REJECT", "VEN", "USA")),
    ("وزارت خارجه سوریه ادعاهای ترکیه را خلاف واقع دانست.", ("REJECT", "ministry-of-foreign-affairs-and-expatriates-syria", "TUR")),
    ("دولت الجزایر گفت اظهارات فرانسه خلاف واقع است.", ("REJECT", "DZA", "FRA")),
    ("وزارت خارجه پاکستان گفت این اتهامات هند بی‌پایه هستند.", ("REJECT", "ministry-of-foreign-affairs-pakistan", "IND")),
    ("وزارت خارجه چین گفت ادعاهای آمریکا درباره تایوان بی‌اساس ارزیابی می‌شود.",
     ("REJECT", "ministry-of-foreign-affairs-china", "USA")),
    # a warning about a deed "between X and Y": the first of them is warned
    ("چین نسبت به برگزاری رزمایش دریایی مشترک میان ژاپن و فیلیپین در دریای چین جنوبی هشدار داد.",
     ("THREATEN", "CHN", "JPN")),
    # deemed hostile, or an act of war, if the condition is met
    ("سپاه پاسداران اعلام کرد اگر بحرین خاک خود را در اختیار اسرائیل بگذارد، متخاصم تلقی خواهد شد.",
     ("THREATEN", "islamic-revolutionary-guard-corps", "BHR")),
    ("وزیر دفاع روسیه گفت هرگونه حمله ناتو به کالینینگراد اعلان جنگ تلقی خواهد شد.",
     ("THREATEN", "andrey-belousov", "nato")),
])
def test_wordings_of_slice_e(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


def test_an_actor_after_a_preposition_in_the_if_clause_is_not_who_will_pay(kb):
    """"اگر ... علیه ایران استفاده شود، متخاصم تلقی خواهند شد": Iran is whom the territory would be used against."""
    events = reported_events("سپاه پاسداران اعلام کرد: اگر از خاک کشورهای همسایه علیه ایران استفاده شود، آنها متخاصم"
                             " تلقی خواهند شد.", kb)
    assert not [e for e in events if e.type == "THREATEN" and "IRN" in e.target_ids]


@pytest.mark.parametrize("sentence,etype", [
    # everyday words of the new wordings: no event of the type
    ("کارشناسان گفتند این شایعه درباره قیمت بنزین خلاف واقع است.", "REJECT"),
    ("مربی تیم ملی شایعات مربوط به استعفای خود را بی‌اساس توصیف کرد.", "REJECT"),
    ("این بازیکن با گلزنی در دقیقه آخر به جمع منتقدان سرمربی تیم پیوست.", "ACCUSE"),
    ("این نویسنده جوان با انتشار چند یادداشت به جمع منتقدان سینمای ایران پیوست.", "ACCUSE"),
    ("شهردار تهران گفت پیمانکاران باید پاسخگوی تاخیر در پروژه مترو باشند.", "ACCUSE"),
    ("مدیر مدرسه گفت غیبت بیش از سه جلسه غیرموجه تلقی خواهد شد.", "THREATEN"),
    ("رئیس فدراسیون فوتبال نامه تشکری به باشگاه پرسپولیس فرستاد.", "ACCUSE"),
    ("دبیرکل سازمان ملل نسبت به تشدید تنش میان هند و پاکستان هشدار داد.", "THREATEN"),
])
def test_everyday_sentences_with_these_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
