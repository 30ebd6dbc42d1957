"""Session 21 (slice C): coercion and attacks as Persian outlets report them — a reported clause opened by a security
body's forces ("اعلام کرد که نیروهای مرزبانی X، ... را کشته‌اند"), killings and bombings in the passive with their agent
("توسط X کشته شد", "به دست X کشته شدند", "توسط X بمباران شده است"), the victims or the seized craft named by a nationality
adjective ("سه مرزبان ایرانی", "نفتکش انگلیسی ... توقیف شد"), a ship struck whose flag is unnamed, a
newspaper closed though the knowledge base lacks it, the IRGC's forces ("نیروهای سپاه"), and people counted "از کشور X"
(where they came from, not whose they are). Each case is written anew (other actors, other details); the guards are
everyday sentences with the same words that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a reported clause opened by a security body's forces, its subject before a comma
    ("یک مقام محلی عراق روز شنبه اعلام کرد که نیروهای مرزبانی ایران، دو چوپان عراقی را کشته‌اند.", ("ASSAULT", "IRN", "IRQ")),
    ("سخنگوی ارتش عراق گفت که نیروهای مرزبانی ترکیه یک چوپان عراقی را کشته‌اند.", ("ASSAULT", "TUR", "IRQ")),
    # killed by a named agent, in the passive; the victims named by a nationality adjective
    ("دو سرباز سوری روز یکشنبه توسط ارتش ترکیه کشته شدند.", ("ASSAULT", "turkish-armed-forces", "SYR")),
    ("چهار مرزبان پاکستانی بامداد امروز به دست عناصر طالبان کشته شدند.", ("ASSAULT", "taliban", "PAK")),
    ("سه افسر لبنانی صبح امروز به دست نظامیان اسرائیل کشته شدند.", ("ASSAULT", "ISR", "LBN")),
    # bombed in the passive, the bomber after "توسط"
    ("چند روستا در جنوب لبنان شب گذشته توسط ارتش اسرائیل بمباران شد.", ("ASSAULT", "israel-defense-forces", "LBN")),
    ("مواضعی در شمال سوریه دیروز توسط جنگنده‌های روسیه بمباران شده است.", ("ASSAULT", "RUS", "SYR")),
    # a seized craft named by its owner's nationality adjective, in the passive
    ("یک کشتی یونانی روز جمعه توسط سپاه پاسداران در دریای عمان توقیف شد.", ("COERCE", "islamic-revolutionary-guard-corps", "GRC")),
    ("دو نفتکش ژاپنی دیروز به دست نیروی دریایی سپاه توقیف شدند.", ("COERCE", "navy-of-the-islamic-revolutionary-guard-corps", "JPN")),
    # the IRGC's forces
    ("نیروهای سپاه دیروز یک شناور اماراتی را در نزدیکی جزیره لارک توقیف کردند.", ("COERCE", "islamic-revolutionary-guard-corps", "ARE")),
    # a ship struck, its flag unnamed
    ("حوثی‌های یمن دیشب یک کشتی تجاری دیگر را هدف قرار دادند.", ("ASSAULT", "houthis", None)),
    # a newspaper closed by name, though the knowledge base lacks it
    ("هیئت نظارت بر مطبوعات روز سه‌شنبه روزنامه صبح کویر را توقیف کرد.", ("COERCE", "press-supervisory-board", None)),
    # people counted "از کشور X": where they came from, not whose
    ("وزارت مهاجرین افغانستان گفت که ۵۱۲ تن مهاجر افغان از کشور ترکیه و ۹۰ تن از کشور تاجیکستان اخراج شدند.", ("COERCE", None, "AFG")),
])
def test_session21_c_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("این شهر در جنگ جهانی دوم بارها بمباران شد و از نو ساخته شد.", "ASSAULT"),
    ("پدربزرگش در جوانی در یک تصادف رانندگی کشته شد.", "ASSAULT"),
    ("پلیس راهور ۳۰۰ دستگاه خودروی متخلف را توقیف کرد.", "COERCE"),
    ("این کشتی تفریحی هر تابستان گردشگران را به جزیره کیش می‌برد.", "ASSAULT"),
    ("شرکت کشتیرانی هدف خود را افزایش صادرات به چین قرار داد.", "ASSAULT"),
    ("ده‌ها نفر از کشور ترکیه برای تماشای مسابقه به تبریز آمدند.", "COERCE"),
    ("مجید گفت که نیروهای انتظامی شهر در برگزاری جشن همکاری کردند.", "ASSAULT"),
])
def test_session21_c_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
