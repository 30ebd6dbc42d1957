"""Session 20 (slice B): statements between states whose trigger rasad found but whose parties it missed — Tel Aviv
named for Israel's government, condemnations and accusations in the passive with the one who condemns after
"از سوی"/"توسط", a party accused together with its allies ("X و متحدانش را"), support and praise with their manner
or "به عمل آورد", a capital after "از" with the reason before the verb, each side accusing the other, and a loaded
name of Iran's government. Each case is written anew (other actors, other details); the guards are everyday
sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # Tel Aviv named for Israel's government, as a capital is
    ("تل‌آویو در واکنش به این تصمیم سفیر خود را از مادرید فراخواند.", ("SANCTION", "ISR", "ESP")),
    ("تل‌آویو از برلین خواست ارسال سلاح را از سر بگیرد.", ("REQUEST", "ISR", "DEU")),
    ("مقامات تل‌آویو از آنکارا خواستند سفیر خود را بازگرداند.", ("REQUEST", "ISR", "TUR")),
    # condemned or accused in the passive: the one after "از سوی"/"توسط" condemns the subject or its act's doer
    ("حمله هوایی اسرائیل به جنوب لبنان از سوی مصر به شدت محکوم شد.", ("ACCUSE", "EGY", "ISR")),
    ("عملیات نظامی ترکیه در شمال عراق از سوی اتحادیه عرب محکوم شد.", ("ACCUSE", "arab-league", "TUR")),
    ("روسیه از سوی بریتانیا به دخالت در انتخابات مولداوی متهم شد.", ("ACCUSE", "GBR", "RUS")),
    ("کره شمالی توسط ژاپن به پرتاب موشک بالستیک بر فراز دریای ژاپن متهم شد.", ("ACCUSE", "JPN", "PRK")),
    # a party accused together with its allies is the one accused
    ("وزیر خارجه چین آمریکا و متحدانش را به دامن زدن به تنش در دریای چین جنوبی متهم کرد.", ("ACCUSE", None, "USA")),
    ("سخنگوی کرملین اوکراین و حامیان غربی‌اش را مسئول حمله به پل کریمه دانست.", ("ACCUSE", None, "UKR")),
    # support with its manner between it and its verb; praise "به عمل آورد"
    ("وزارت خارجه کویت از دولت اردن در برابر تهدیدهای امنیتی حمایت کامل کرد.", ("SUPPORT", "ministry-of-foreign-affairs-kuwait", "JOR")),
    ("نخست‌وزیر پاکستان از چین برای کمک‌های اقتصادی تقدیر به عمل آورد.", ("SUPPORT", None, "CHN")),
    # a capital after "از" with the reason for the thanks before the verb stands for its state
    ("رئیس‌جمهور ونزوئلا از مسکو به خاطر ارسال سوخت قدردانی کرد.", ("SUPPORT", None, "RUS")),
    # each side accuses the other, the sides named before with "میان"
    ("پس از تیراندازی در مرز میان هند و پاکستان، هر یک از دو طرف دیگری را به نقض آتش‌بس متهم کرد.",
     ("ACCUSE", "IND", "PAK")),
    # a loaded name of Iran's government is Iran
    ("شورای همکاری خلیج فارس دخالت‌های رژیم آخوندی در بحرین را محکوم کرد.", ("ACCUSE", None, "IRN")),
    # a party called a criminal or aggressor body
    ("سرگئی لاوروف وزیر خارجه روسیه اتحادیه اروپا را نهادی «متجاوز» خواند.", ("ACCUSE", "sergey-lavrov", "european-union")),
    # help judged worth praise: its giver is praised
    ("رئیس‌جمهور ارمنستان کمک‌های فرانسه به آوارگان قره‌باغ را قابل تقدیر دانست.", ("SUPPORT", None, "FRA")),
    ("وزیر خارجه لبنان کمک قطر در بازسازی مناطق آسیب‌دیده از حملات اسرائیل را ارزشمند و قابل قدر دانست.",
     ("SUPPORT", None, "QAT")),
    # an envoy called in, in the passive, to the ministry named before
    ("سفیر ایتالیا در تهران از سوی مدیرکل اروپای غربی وزارت امور خارجه به محل این وزارتخانه فراخوانده شد.",
     ("ACCUSE", "ministry-of-foreign-affairs-iran", None)),
])
def test_session20_b_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a court's sentence or charge in the passive is no condemnation by a state
    ("این تاجر از سوی دادگاه تجدیدنظر تهران به پنج سال زندان محکوم شد.", "ACCUSE"),
    ("یک شهروند بریتانیایی توسط دادگاه انقلاب ایران به ده سال حبس محکوم شد.", "ACCUSE"),
    ("این کارمند بانک از سوی دادستانی آلمان به اختلاس متهم شد.", "ACCUSE"),
    ("این باشگاه از سوی فدراسیون فوتبال به پرداخت جریمه محکوم شد.", "ACCUSE"),
    # a city, not a government: something happens in Tel Aviv, or one flies from a capital
    ("هزاران نفر در تل‌آویو تظاهرات کردند و از دولت خواستند استعفا دهد.", "REQUEST"),
    ("هواپیمای او از تهران برای سفر به مسکو پرواز کرد و خبرنگاران از او انتقاد کردند.", "ACCUSE"),
    # everyday support and praise
    ("پزشکان بیمارستان از این بیمار حمایت کامل کردند.", "SUPPORT"),
    ("مدیر مدرسه از معلمان نمونه تقدیر به عمل آورد.", "SUPPORT"),
    ("دو همسایه در دادگاه هر یک دیگری را به سرقت متهم کرد.", "ACCUSE"),
    ("پلیس این مرد را جنایتکار خواند و او را بازداشت کرد.", "ACCUSE"),
    ("مدیر شرکت همکاری کارمندانش را قابل تقدیر دانست.", "SUPPORT"),
    ("سفیر پیشین ایران پس از پایان مأموریت به تهران فراخوانده شد.", "ACCUSE"),
])
def test_session20_b_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]


def test_session20_b_this_country_after_a_body_of_another_state(kb):
    """"رئیس‌جمهور سابق این کشور" after "شورای امنیت روسیه" is Russia's, not the outlet's state's."""
    events = reported_events("نیکولای پاتروشف، دبیر شورای امنیت روسیه و مشاور رئیس‌جمهور این کشور، ناتو را نهادی «یاغی» "
                             "خواند.", kb)
    found = [e for e in events if e.type == "ACCUSE" and "nato" in e.target_ids]
    assert found and not any("IRN" in e.source_ids for e in found), [(e.type, e.source_ids, e.target_ids) for e in events]
