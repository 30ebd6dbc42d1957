"""Session 24 (slice K): statements between actors as real outlets phrase them. Congratulations, condemnations and
denials whose object is one bare noun of a deed or an occasion right after the speaker ("X نوروز را به Y تبریک
گفت", "X حمله را محکوم کرد"): the coder took the speaker for the noun's owner and lost it. Denials of a statement or
of words said ("بیانیه/سخنان/گفته‌های X را رد کرد"): the issuer is the one rejected, not an actor deep in the topic.
Charges laid on a party ("اتهامات ... را به X وارد کرد") and a warning told as the consequences a conditional deed
will have ("گفت اگر X ...، این کار عواقب سنگینی خواهد داشت"): no trigger before. Damage dealt ("خسارات ... به X
وارد خواهد شد") was read as a planned arrival in X. Each case is written anew (other actors, occasions and deeds);
the guards are everyday sentences with the same words that report no such event."""

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
    # a charge laid on a party with "وارد کرد": the one charged after "به"
    ("وزیر خارجه ونزوئلا گفت آمریکا اتهامات واهی را به دولت ونزوئلا وارد می‌کند.", ("ACCUSE", "USA", "VEN")),
    ("سخنگوی حماس گفت اسرائیل اتهام دخالت در حمله را به جنبش جهاد اسلامی وارد کرد.", ("ACCUSE", "ISR", "palestinian-islamic-jihad")),
    ("وزارت خارجه پاکستان اتهامات بی‌اساس را به هند وارد کرد.", ("ACCUSE", "ministry-of-foreign-affairs-pakistan", "IND")),
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
    # a blow dealt, or charges sent on, not laid
    ("ارتش روسیه ضربات سنگینی را به نیروهای اوکراین وارد کرد.", "ACCUSE"),
    ("پلیس اتهامات را به دفتر دادستانی ایران ارسال کرد.", "ACCUSE"),
    # damage dealt to a party is no arrival there (the warning's consequence, not a planned visit)
    ("وزیر خارجه ترکیه هشدار داد که اگر محاصره ادامه یابد، خسارات سنگینی به اسرائیل وارد خواهد شد.", "CONSULT"),
    ("سخنگوی ارتش پاکستان گفت ضربات سختی به هند وارد شد.", "CONSULT"),
    # a bare deed noun after a party with no statement verb
    ("پزشکیان عید را در مشهد گذراند.", "SUPPORT"),
    ("ارتش اسرائیل حمله را از سر گرفت.", "ACCUSE"),
])
def test_not_coded(kb, sentence, etype):
    assert_not_coded(sentence, kb, etype)


@pytest.mark.parametrize("sentence,expected", [
    # arrivals stay arrivals, also after a damage suffered
    ("وزیر خارجه عمان پس از آسیب دیدن هواپیما به تهران وارد شد.", ("CONSULT", "badr-bin-hamad-al-busaidi", "IRN")),
    ("هیئت عراقی فردا وارد تهران خواهد شد.", ("CONSULT", "IRQ", "IRN")),
])
def test_arrival_kept(kb, sentence, expected):
    assert_coded(sentence, kb, expected)
