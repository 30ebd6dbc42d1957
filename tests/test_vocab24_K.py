"""Session 24 (slice K): statements between actors as real outlets phrase them — congratulations, condemnations and
denials whose object is a single bare noun of a deed or an occasion right after the speaker ("X نوروز را به Y تبریک
گفت", "X حمله را محکوم کرد"), which the coder took for the noun's owner, leaving the statement without its speaker;
denials of a statement or of words said, whose issuer after "بیانیه"/"سخنان"/"گفته‌های" is the one rejected (the coder
took an actor deep inside the statement's topic, or none); and a warning told as the consequences a conditional deed will have ("گفت اگر X ...، این کار عواقب سنگینی خواهد
داشت"), which had no trigger. Each case is written anew (other actors, occasions and deeds); the guards are everyday
sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded


@pytest.mark.parametrize("sentence,expected", [
    # a bare occasion or deed noun between the speaker and "را": the speaker is the subject
    ("اردوغان پیروزی را به پزشکیان تبریک گفت.", ("SUPPORT", "recep-tayyip-erdogan", "masoud-pezeshkian")),
    ("پزشکیان عید را به اردوغان تبریک گفت.", ("SUPPORT", "masoud-pezeshkian", "recep-tayyip-erdogan")),
    ("شی جین پینگ نوروز را به پزشکیان تبریک گفت.", ("SUPPORT", "xi-jinping", "masoud-pezeshkian")),
    ("پوتین انتخاب را به پزشکیان تبریک گفت.", ("SUPPORT", "vladimir-putin", "masoud-pezeshkian")),
    # a statement or words said are their issuer's: the one who issued them is rejected
    ("وزارت خارجه چین بیانیه مشترک گروه هفت درباره تایوان را رد کرد.", ("REJECT", "ministry-of-foreign-affairs-china", "g7")),
    ("حزب‌الله سخنان اخیر نتانیاهو درباره جنوب لبنان را رد کرد.", ("REJECT", "hezbollah", "benjamin-netanyahu")),
    ("روسیه بیانیه ناتو را که دیروز منتشر شد، رد کرد.", ("REJECT", "RUS", "nato")),
    ("کره شمالی بیانیه شورای امنیت درباره آزمایش موشکی را رد کرد.", ("REJECT", "PRK", None)),
    # the conditional deed's consequences: its doer is warned
    ("سخنگوی وزارت خارجه چین گفت اگر ژاپن به تایوان نیرو بفرستد این اقدام عواقب سنگینی خواهد داشت.", ("THREATEN", None, "JPN")),
    ("وزیر خارجه روسیه گفت هرگونه استقرار موشک‌های آمریکا در لهستان پیامدهای جدی خواهد داشت.", ("THREATEN", None, "USA")),
    # the condition closed by its comma, and "در صورت" opening it
    ("وزیر خارجه ترکیه گفت در صورت حمله ارتش سوریه به ادلب، این کار عواقب وخیمی خواهد داشت.", ("THREATEN", "hakan-fidan", "syrian-arab-army")),
    ("لاوروف اعلام کرد اگر ناتو به مرزهای بلاروس نزدیک شود، این اقدام تبعات سنگینی خواهد داشت.", ("THREATEN", "sergey-lavrov", "nato")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a forecast, not a warning: no conditional deed
    ("وزیر اقتصاد گفت تحریم‌های آمریکا پیامدهای منفی برای اقتصاد ایران خواهد داشت.", "THREATEN"),
    ("کارشناسان گفتند افزایش نرخ بهره عواقب تورمی خواهد داشت.", "THREATEN"),
    ("وزیر نفت گفت اگر قیمت نفت کاهش یابد، بودجه کشور کسری خواهد داشت و این عواقب جدی خواهد داشت.", "THREATEN"),
    ("سخنگو گفت در صورت بارش شدید در لبنان، این وضع عواقب وخیمی خواهد داشت.", "THREATEN"),
    # a statement read or signed, not rejected
    ("وزیر خارجه عمان بیانیه پایانی نشست را قرائت کرد.", "REJECT"),
    ("سخنان اخیر رئیس‌جمهور فرانسه در پاریس بازتاب گسترده‌ای داشت.", "REJECT"),
    # a bare deed noun after a party with no statement verb
    ("پزشکیان عید را در مشهد گذراند.", "SUPPORT"),
    ("ارتش اسرائیل حمله را از سر گرفت.", "ACCUSE"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
