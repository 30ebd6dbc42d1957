"""Session 18 (slice D): wordings real news uses for coercion (sentences, executions, deportations, house arrest),
retreat (releases begun or ordered, withdrawals ordered or completed, forces leaving a base, sanctions waived) and
concession (resignations presented, apologies declared) that the coder missed. Each case is written anew (other
actors, other details) with the event's wording as outlets use it; the guards are everyday sentences with the same
words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a release begun or ordered: the held side named inside
    ("دولت پاکستان روند آزادسازی ۲۰۰ زندانی طالبان را آغاز کرد.", ("RETREAT", "PAK", "taliban")),
    ("ولادیمیر پوتین دستور داد تا اسیران جنگی اوکراینی در اردوگاه‌های مرزی آزاد شوند.",
     ("RETREAT", "vladimir-putin", "UKR")),
    # hostages handed to the Red Cross with a place between
    ("حماس چهار گروگان آمریکایی را در شهر رفح به نمایندگان صلیب سرخ تحویل داد.", ("RETREAT", "hamas", "USA")),
    # a withdrawal ordered, begun ("شروع"), completed
    ("ولادیمیر پوتین فرمان عقب‌نشینی نیروهای روسیه از ارمنستان را صادر کرد.", ("RETREAT", "vladimir-putin", "ARM")),
    ("ترکیه خارج کردن بخشی از نیروهایش از لیبی را شروع کرده است.", ("RETREAT", "TUR", "LBY")),
    ("ارتش آمریکا عقب‌نشینی خود از افغانستان را به پایان رسانده است.",
     ("RETREAT", "united-states-armed-forces", "AFG")),
    # forces leaving a base: the base's state
    ("نیروهای ائتلاف به رهبری آمریکا از یک پایگاه هوایی دیگر در غرب عراق خارج شدند.", ("RETREAT", None, "IRQ")),
    # an exemption from sanctions renewed is no sanction; an order lifting sanctions issued
    ("وزارت خزانه‌داری آمریکا معافیت‌های صادر شده برای خرید برق از تحریم‌ها علیه ایران را برای چهار ماه دیگر تمدید کرد.",
     ("RETREAT", "united-states-department-of-the-treasury", "IRN")),
    ("اتحادیه اروپا مقررات لغو تحریم‌ها علیه سوریه را صادر کرد.", ("RETREAT", "european-union", "SYR")),
    # sentences and executions with more words between
    ("دادگاه انقلاب تبریز هفت سال زندان برای سه فعال کارگری و دو روزنامه‌نگار محلی صادر کرد.",
     ("COERCE", "islamic-revolutionary-court", None)),
    ("طالبان دو مرد را در ورزشگاه شهر غزنی در برابر تماشاگران تیرباران کردند.", ("COERCE", "taliban", None)),
    ("مقامات عربستان احکام اعدام سه تبعه پاکستانی را در ریاض اجرا کردند.", ("COERCE", "SAU", "PAK")),
    # deportations stepped up; migrants sent back (Dari); the deportees far before the verb
    ("ترکیه اخراج مهاجران افغان را افزایش داده است.", ("COERCE", "TUR", "AFG")),
    ("پاکستان ماه گذشته هزاران مهاجر افغان را به افغانستان برگشتانده است.", ("COERCE", "PAK", "AFG")),
    ("ترکیه ده‌ها پناهجوی سوری را به دلیل شرکت در تجمع‌های اعتراضی شهر استانبول اخراج کرد.", ("COERCE", "TUR", "SYR")),
    # barred from visits, house arrest
    ("نیروهای امنیتی ایران میرحسین موسوی را از دیدار با خانواده‌اش منع کردند.",
     ("COERCE", "IRN", "mir-hossein-mousavi")),
    ("ارتش میانمار آنگ سان سوچی را در حصر خانگی قرار داد.", ("COERCE", "MMR", "aung-san-suu-kyi")),
    # the passive's verb left out before the next
    ("ده‌ها پناهجوی افغان در ترکیه از سوی پلیس این کشور بازداشت و به اردوگاه اخراج منتقل شدند.",
     ("COERCE", "TUR", None)),
    # people arrested or deported in the passive, named by a nationality adjective after a people noun
    ("ده‌ها کارگر پاکستانی در دبی از سوی پلیس امارات بازداشت شدند.", ("COERCE", "ARE", "PAK")),
    ("صدها مهاجر افغان در مرز از سوی مرزبانان ترکیه اخراج شدند.", ("COERCE", "TUR", "AFG")),
    # a resignation presented; an apology declared with its noun
    ("عادل عبدالمهدی استعفای خود را به پارلمان عراق ارائه کرد.",
     ("CONCEDE", "adil-abdul-mahdi", "council-of-representatives-of-iraq")),
    ("رئیس‌جمهور آلمان عذرخواهی صمیمانه خود را از مردم نامیبیا ابراز کرد.",
     ("CONCEDE", "frank-walter-steinmeier", "NAM")),
])
def test_event_shapes_of_real_news_d(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("دولت روند آزادسازی قیمت بنزین را آغاز کرد.", "RETREAT"),
    ("ارتش عراق روند آزادسازی شهر موصل را آغاز کرد.", "RETREAT"),
    ("وزیر اقتصاد دستور داد تا کالاهای اساسی دپو شده در گمرک آزاد شوند.", "RETREAT"),
    ("بازیکنان تیم ملی پس از تمرین از پایگاه اردویی خارج شدند.", "RETREAT"),
    ("شرکت‌های خودروسازی اخراج کارگران را افزایش داده‌اند.", "COERCE"),
    ("پزشکان بیمارستان بیماران را از دیدار با خانواده منع کردند.", "COERCE"),
])
def test_everyday_words_report_no_event_d(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
