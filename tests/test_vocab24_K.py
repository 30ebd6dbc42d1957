"""Session 24 (slice K): statements between actors as real outlets phrase them — congratulations, condemnations and
denials whose object is a single bare noun of a deed or an occasion right after the speaker ("X نوروز را به Y تبریک
گفت", "X حمله را محکوم کرد"), which the coder took for the noun's owner, leaving the statement without its speaker;
and a warning told as the consequences a conditional deed will have ("گفت اگر X ...، این کار عواقب سنگینی خواهد
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
    # the conditional deed's consequences: its doer is warned
    ("سخنگوی وزارت خارجه چین گفت اگر ژاپن به تایوان نیرو بفرستد این اقدام عواقب سنگینی خواهد داشت.", ("THREATEN", None, "JPN")),
    ("وزیر خارجه روسیه گفت هرگونه استقرار موشک‌های آمریکا در لهستان پیامدهای جدی خواهد داشت.", ("THREATEN", None, "USA")),
])
def test_coded(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a forecast, not a warning: no conditional deed
    ("وزیر اقتصاد گفت تحریم‌های آمریکا پیامدهای منفی برای اقتصاد ایران خواهد داشت.", "THREATEN"),
    ("کارشناسان گفتند افزایش نرخ بهره عواقب تورمی خواهد داشت.", "THREATEN"),
    # a bare deed noun after a party with no statement verb
    ("پزشکیان عید را در مشهد گذراند.", "SUPPORT"),
    ("ارتش اسرائیل حمله را از سر گرفت.", "ACCUSE"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)
