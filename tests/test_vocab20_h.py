"""Session 20 (slice H): threats, support and requests in the wordings real outlets use but rasad missed — a
congratulation in the speaker's own present ("تبریک می‌گوییم", "تبریک عرض می‌کنم"), support one goes on giving
("حمایت بی‌وقفه خود از X را ادامه خواهد داد"), a state held responsible in the future ("X را مسئول ... خواهد
دانست"), a war carried into another's land, the need to lift another's sanctions stressed, and a request in the
first person ("از X درخواست می‌کنیم"). Each case is written anew (other actors, other details); the guards are
everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a congratulation in the speaker's present, to whom "به" names or whose success is the object
    ("پوتین در پیامی گفت: پیروزی در انتخابات را صمیمانه به پزشکیان تبریک می‌گویم.",
     ("SUPPORT", "vladimir-putin", "masoud-pezeshkian")),
    ("اردوغان در پیام خود نوشت: انتخاب پزشکیان به ریاست جمهوری را تبریک عرض می‌کنم.",
     ("SUPPORT", "recep-tayyip-erdogan", "masoud-pezeshkian")),
    ("وانگ یی گفت: موفقیت این نشست را به دولت قزاقستان تبریک و تهنیت عرض می‌نماییم.",
     ("SUPPORT", "wang-yi", "KAZ")),
    # (an object whose last words name no one: its first actor is congratulated)
    ("پوتین در پیامی انتخاب مجدد اردوغان به ریاست جمهوری را تبریک گفت.",
     ("SUPPORT", "vladimir-putin", "recep-tayyip-erdogan")),
    # support one goes on giving, with its manner before "خود"
    ("چین اعلام کرد حمایت بی‌وقفه خود از روسیه را ادامه خواهد داد.", ("SUPPORT", "CHN", "RUS")),
    ("ونزوئلا حمایت سیاسی و دیپلماتیک خود از کوبا را ادامه می‌دهد.", ("SUPPORT", "VEN", "CUB")),
    # a state held responsible for what may come: a threat
    ("یوآو گالانت گفت: اسرائیل دولت لبنان را مسئول هرگونه حمله از خاک این کشور خواهد دانست.",
     ("ACCUSE", "yoav-gallant", "LBN")),
    ("اردوغان هشدار داد: ترکیه دولت سوریه را مسئول مستقیم هر حمله به نیروهایش خواهد دانست.",
     ("ACCUSE", "recep-tayyip-erdogan", "SYR")),
    # a war carried into another's land
    ("وزیر دفاع عربستان گفته بود جنگ را به داخل خاک ایران خواهیم کشاند.", ("THREATEN", None, "IRN")),
    ("اردوغان گفت نبرد را به عمق خاک سوریه خواهیم کشاند.", ("THREATEN", "recep-tayyip-erdogan", "SYR")),
    ("نتانیاهو گفت جنگ در جبهه شمالی را به قلب لبنان خواهیم کشاند.", ("THREATEN", "benjamin-netanyahu", "LBN")),
    # standing by with the auxiliary left out before "و"
    ("جنبش انصارالله اعلام کرد همچنان در کنار ملت لبنان ایستاده و از مقاومت پشتیبانی می‌کند.",
     ("SUPPORT", "houthis", "LBN")),
    # the need to lift another's sanctions stressed
    ("وانگ یی بر لزوم لغو تحریم‌های آمریکا علیه کوبا تاکید کرد.", ("REQUEST", "wang-yi", "USA")),
    ("لاوروف بر ضرورت رفع تحریم‌های یکجانبه اتحادیه اروپا علیه سوریه تأکید کرد.",
     ("REQUEST", "sergey-lavrov", "european-union")),
    # a request in the first person
    ("لاوروف گفت: از آمریکا درخواست می‌کنیم تحریم‌های غیرقانونی علیه ونزوئلا را بردارد.",
     ("REQUEST", "sergey-lavrov", "USA")),
    ("اردوغان نوشت: از شورای امنیت سازمان ملل تقاضا می‌کنم جلوی این کشتار را بگیرد.",
     ("REQUEST", "recep-tayyip-erdogan", "united-nations-security-council")),
])
def test_session20_h_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("مدیر مدرسه گفت: قبولی دانش‌آموزان را به خانواده‌های آنان تبریک می‌گوییم.", "SUPPORT"),
    ("اردوغان در آنکارا فرارسیدن عید نوروز را تبریک گفت.", "SUPPORT"),
    ("این شرکت حمایت مالی خود از تیم فوتبال محلی را ادامه خواهد داد.", "SUPPORT"),
    ("پلیس راهنمایی راننده کامیون را مسئول این تصادف خواهد دانست.", "THREATEN"),
    ("مربی گفت بازی را به وقت اضافه خواهیم کشاند.", "THREATEN"),
    ("مربی گفت جنگ برای صدر جدول را به هفته آخر خواهیم کشاند.", "THREATEN"),
    ("خبرنگار همچنان در کنار ساختمان ایستاده و منتظر است.", "SUPPORT"),
    ("کارشناسان آموزش بر لزوم لغو امتحانات حضوری تاکید کردند.", "REQUEST"),
    ("او گفت: از همه همکارانم درخواست می‌کنم در جلسه فردا حاضر باشند.", "REQUEST"),
])
def test_session20_h_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
