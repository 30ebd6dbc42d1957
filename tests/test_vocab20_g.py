"""Session 20 (slice G): precision on unrelated news that uses event words in their everyday senses. A match report
("ملی‌پوشان ایران در دیدار با ...", "با نتیجه دو بر صفر", "تیم هندبال ...") codes no meeting, attack or host between
states; yet in a sentence about a match a state's officials and organs still act (a minister's meeting on the
sidelines of the Olympics, a head of state's call about the World Cup, a ministry's sanction on a club), and "مهاجم
انتحاری" is an attacker, not a forward. Each case is written anew (other actors, other details)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # officials act in a sentence that names a sport
    ("ولادیمیر پوتین در حاشیه مسابقات جام جهانی فوتبال با رجب طیب اردوغان دیدار کرد.",
     ("CONSULT", "vladimir-putin", "recep-tayyip-erdogan")),
    ("امیر قطر و رئیس‌جمهور روسیه در تماس تلفنی درباره برگزاری جام جهانی گفت‌وگو کردند.",
     ("CONSULT", "tamim-bin-hamad-al-thani", None)),
    ("رجب طیب اردوغان و امیر قطر برای همکاری در برگزاری المپیک توافق کردند.",
     ("AGREE", "recep-tayyip-erdogan", "tamim-bin-hamad-al-thani")),
    ("وزارت خزانه‌داری آمریکا یک باشگاه فوتبال روسی را تحریم کرد.",
     ("SANCTION", "united-states-department-of-the-treasury", None)),
    ("ارتش اسرائیل ورزشگاه شهر رفح را بمباران کرد.", ("ASSAULT", "israel-defense-forces", None)),
    # an agreement reached, said with "دست یافتن", and a head of state's apposition after the pair
    ("امانوئل مکرون و اولاف شولتس برای همکاری در برگزاری المپیک به توافق دست یافتند.",
     ("AGREE", "emmanuel-macron", "olaf-scholz")),
    ("رجب طیب اردوغان و تمیم بن حمد آل ثانی، امیر قطر در گفت‌وگویی به توافق دست یافتند.",
     ("AGREE", "recep-tayyip-erdogan", "tamim-bin-hamad-al-thani")),
    # a suicide attacker is no forward
    ("القاعده مسئولیت حمله یک مهاجم انتحاری به نیروهای حوثی را برعهده گرفت.", ("ASSAULT", "al-qaeda", "houthis")),
    ("یک مهاجم انتحاری داعش به نیروهای طالبان حمله کرد.", ("ASSAULT", "islamic-state", "taliban")),
])
def test_session20_g_officials_in_match_reports(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    # a score, a sport's or players' name, refereeing: a match, no meeting, host or attack between states
    ("استرالیا در دیدار دیشب عراق را با نتیجه دو بر صفر شکست داد.", "CONSULT"),
    ("ملی‌پوشان ایران فردا در دیدار با ازبکستان به میدان می‌روند.", "CONSULT"),
    ("تیم هندبال ایران در دیدار با بحرین شکست خورد.", "CONSULT"),
    ("تکواندوکاران ایران در دیدار نهایی ترکیه را شکست دادند.", "CONSULT"),
    ("تیم کبدی ایران در دیدار نهایی پاکستان را شکست داد.", "CONSULT"),
    ("والیبالیست‌های ایران در دیدار با لهستان به پیروزی رسیدند.", "CONSULT"),
    ("ایران توانست در حالی که داوری‌ها به سود میزبان بود، روسیه را شکست دهد.", "CONSULT"),
    ("عربستان در نیمه دوم با سه بر یک به ژاپن حمله کرد.", "ASSAULT"),
    # clubs and coaches are no officials: their deals and words stay out
    ("باشگاه پرسپولیس با باشگاه النصر عربستان برای انتقال بازیکن به توافق رسید.", "AGREE"),
    ("سرمربی تیم ملی عراق گفت بازیکنانش در دیدار با ایران از ابتدا حمله خواهند کرد.", "THREATEN"),
    # an official's welcome for his own country's medallists is no event between states
    ("وزیر ورزش و جوانان در فرودگاه مهرآباد از کشتی‌گیران مدال‌آور المپیک استقبال و قدردانی کرد.", "CONSULT"),
    ("وزیر ورزش و جوانان در فرودگاه مهرآباد از کشتی‌گیران مدال‌آور المپیک استقبال و قدردانی کرد.", "SUPPORT"),
])
def test_session20_g_match_reports_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], \
        [(e.type, e.source_ids, e.target_ids, e.trigger) for e in reported_events(sentence, kb)]
