"""Session 19 (slice H): wordings real news uses for threats, recognition, promises, deployments and resignations
that the coder missed. Each case is written anew (other actors, other details), with the event's wording as outlets
use it; the guards are everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # hard days said to await a party (the party inside the wording, the speaker the source)
    ("نتانیاهو هشدار داد که اگر حملات ادامه یابد، روزهای سختی در انتظار حزب‌الله خواهد بود.",
     ("THREATEN", "benjamin-netanyahu", "hezbollah")),
    # a warning noun quoted before its light verb
    ("ایران به آمریکا «هشدار» داد.", ("THREATEN", "IRN", "USA")),
    # forces moved along a border (Dari "جابجا"), in the present of an announcement
    ("ارتش پاکستان نیروهای ویژه را در امتداد مرز با افغانستان جابجا می‌کند.", ("MOBILIZE", "pakistan-army", "AFG")),
    # a recognition announced as a decision; an envoy's credentials accepted (also the Dari "اعتمادنامه")
    ("سفیر چین تصمیم دولت متبوعش مبنی بر به رسمیت شناختن حکومت طالبان را اعلام کرد.", ("SUPPORT", "CHN", "taliban")),
    ("دولت ازبکستان اعتبارنامه سفیر طالبان در تاشکند را پذیرفت.", ("SUPPORT", "UZB", "taliban")),
    ("قزاقستان اعتمادنامه سفیر جدید طالبان را پذیرفت.", ("SUPPORT", "KAZ", "taliban")),
    # a promise of cooperation with a party, the promised work quoted
    ("عراق در این نشست وعده «همکاری کامل» با ترکیه را داد.", ("AGREE", "IRQ", "TUR")),
    # a resignation told as a noun
    ("کناره‌گیری عمران خان از سمتش در پارلمان اعلام شد.", ("CONCEDE", "imran-khan", None)),
    # a party and another state's officials sign together
    ("حماس و مقام‌های مصری توافق آتش‌بس را در قاهره امضا کردند.", ("AGREE", "hamas", "EGY")),
    # an envoy called in with "فراخواند" (a summons, not a call on the envoy)
    ("وزارت خارجه ترکیه سفیر سوئد در آنکارا را فراخواند.", ("ACCUSE", "ministry-of-foreign-affairs-turkey", "SWE")),
    # the plural demonym opening a condition is the threatened party
    ("حزب‌الله تهدید کرد که اگر اسرائیلی‌ها عقب‌نشینی نکنند، حملات را ادامه می‌دهد.", ("THREATEN", "hezbollah", "ISR")),
    # a threat told to the addressee in the second person (the party spoken to is threatened)
    ("محمدجواد ظریف به اسرائیل گفت: با پیامدهای سختی روبه‌رو خواهید شد.", ("THREATEN", "mohammad-javad-zarif", "ISR")),
    ("پوتین به اوکراین گفت: اگر به خاک ما حمله کنید، بهای سنگینی خواهید پرداخت.", ("THREATEN", "vladimir-putin", "UKR")),
    # not standing idle, a reaction promised against a deed, the other side made to regret
    ("روسیه در برابر ناتو دست‌بسته نخواهد بود.", ("THREATEN", "RUS", "nato")),
    ("چین در برابر هر اقدام تحریک‌آمیز آمریکا واکنش نشان خواهد داد.", ("THREATEN", "CHN", "USA")),
    ("انصارالله گفت: آمریکا را پشیمان خواهیم کرد.", ("THREATEN", "houthis", "USA")),
    # fire opened "علیه" its target
    ("ارتش آذربایجان علیه مواضع ارمنستان آتش گشود.", ("ASSAULT", "azerbaijani-armed-forces", "ARM")),
    ("نظامیان قرقیزستان آتش سنگینی علیه مرزبانان تاجیکستان گشودند.", ("ASSAULT", "KGZ", "TJK")),
    # forced to retreat
    ("ارتش روسیه مجبور به عقب‌نشینی از خرسون شد.", ("RETREAT", "russian-armed-forces", "UKR")),
    # a decision "not defensible", an election "not free and fair"
    ("سخنگوی وزارت خارجه ایران گفت تصمیم دولت کانادا قابل دفاع نیست.", ("ACCUSE", None, "CAN")),
    ("اتحادیه اروپا گفت انتخابات بلاروس آزاد و منصفانه نبود.", ("ACCUSE", "european-union", "BLR")),
    # a demand to keep out
    ("چین گفت آمریکا نباید در امور داخلی هنگ‌کنگ دخالت کند.", ("REQUEST", "CHN", "USA")),
    # a threat after a condition is aimed at the condition's subject, not at a party named inside it
    ("پوتین گفت اگر فنلاند از نیروهای ناتو بخواهد در خاکش مستقر شوند، اقدامات متقابل انجام خواهیم داد.",
     ("THREATEN", "vladimir-putin", "FIN")),
    # deemed a hostile act, told to the party spoken to
    ("ترکیه به یونان گفت ادامه این روند اقدامی خصمانه تلقی خواهد شد.", ("THREATEN", "TUR", "GRC")),
    # "the two sides" named by the pair after a noun of ties
    ("در این نشست دو طرف درباره گسترش مناسبات ترکیه و قطر توافق نظر داشتند.", ("AGREE", "TUR", "QAT")),
    # another's act called worthy of praise
    ("چین تصمیم روسیه را گامی مثبت دانست.", ("SUPPORT", "CHN", "RUS")),
    ("اتحادیه اروپا تلاش‌های قطر برای میانجیگری را قابل تقدیر دانست.", ("SUPPORT", "european-union", "QAT")),
    # a warning whose clause points to the deed ("که این حملات X ...")
    ("حماس تهدید کرد که این حملات اسرائیل بی‌پاسخ نخواهد ماند.", ("THREATEN", "hamas", "ISR")),
    # warnings voiced to a party; a reaction promised (Dari "عکس‌العمل"); a request as the manner of a statement
    ("پوتین هشدارهایی خطاب به ناتو بیان کرد.", ("THREATEN", "vladimir-putin", "nato")),
    ("طالبان گفت در برابر اقدام ایران عکس‌العمل نشان خواهند داد.", ("THREATEN", "taliban", "IRN")),
    ("ترکیه ضمن درخواست کمک از اتحادیه اروپا گفت زلزله خسارت زیادی وارد کرده است.", ("REQUEST", "TUR", "european-union")),
    # another's remarks named with a judgement: the speaker accuses whoever made them
    ("روسیه در واکنش به اظهارات خصمانه مقامات لهستان گفت این سخنان بی‌ارزش است.", ("ACCUSE", "RUS", "POL")),
    # humanitarian aid with its contents and route between the noun and the verb
    ("کمک‌های بشردوستانه قزاقستان متشکل از ۳۰۰۰ تن آرد و برنج از طریق گذرگاه‌های مرزی ازبکستان و افغانستان به ولایت بلخ"
     " افغانستان ارسال می‌شود.", ("AID", "KAZ", "AFG")),
])
def test_session19_h_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("کارشناسان می‌گویند روزهای سختی در انتظار بازار مسکن خواهد بود.", "THREATEN"),
    ("نیروهای شهرداری تهران مخازن زباله را در خیابان‌ها جابجا کردند.", "MOBILIZE"),
    ("مربی تیم وعده همکاری با باشگاه پرسپولیس را داد.", "AGREE"),
    ("کناره‌گیری سرمربی از سمتش باعث تعجب هواداران شد.", "CONCEDE"),
    ("دانشگاه تهران اعتبارنامه دانشجویان خارجی را پذیرفت.", "SUPPORT"),
    ("پزشکان درباره خطر آلودگی هوا «هشدار» دادند.", "THREATEN"),
    ("مدیر مدرسه معلمان را به جلسه فراخواند.", "ACCUSE"),
    ("مربی تهدید کرد که اگر ایرانی‌ها دیر برسند، تمرین لغو می‌شود.", "THREATEN"),
    ("مربی به بازیکنان گفت: اگر تمرین نکنید با پیامدهای آن روبه‌رو خواهید شد.", "THREATEN"),
    ("دانش‌آموزان مجبور به عقب‌نشینی از مواضع خود در بحث شدند.", "RETREAT"),
    ("پزشک گفت بدن بیمار در برابر دارو واکنش نشان خواهد داد.", "THREATEN"),
    ("این استدلال در هیچ دادگاهی قابل دفاع نیست.", "ACCUSE"),
    ("والدین نباید در انتخاب رشته فرزندان دخالت کنند.", "REQUEST"),
    ("مدیر به کارمندان گفت غیبت بدون مجوز اقدامی خصمانه تلقی خواهد شد.", "THREATEN"),
    ("دو طرف درباره اختلافات آمریکا و چین گفتگو کردند.", "CONSULT"),
    ("اقتصاددانان رشد بازار را قابل تقدیر دانستند.", "SUPPORT"),
    ("معلم تلاش دانش‌آموزان را ارزشمند خواند.", "SUPPORT"),
    ("هواشناسی هشدارهایی خطاب به رانندگان صادر کرد.", "THREATEN"),
    ("مدیر مدرسه ضمن درخواست از والدین گفت کلاس‌ها تعطیل است.", "REQUEST"),
    ("اظهارات توهین‌آمیز این بازیگر خشم هواداران را برانگیخت.", "ACCUSE"),
    ("کمک‌های بشردوستانه مردم شهر برای سیل‌زدگان با ده کامیون از طریق جاده کوهستانی به روستاها ارسال می‌شود.", "AID"),
])
def test_session19_h_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]


def test_session19_h_a_condemnation_demanded_is_no_event(kb):
    """"X باید ... را محکوم و ... بخواهد": the verb shared after "و" in a demand was asked for, not done."""
    events = reported_events("عراقچی گفت سازمان ملل باید حمله آمریکا به یمن را محکوم و از واشنگتن توضیح بخواهد.", kb)
    assert not [e for e in events if e.type == "ACCUSE"]
    assert [e for e in events if e.type == "REQUEST" and "united-nations" in e.target_ids]
