"""Actors real Persian news names that the knowledge base lacked (rasad/data/kb/actors/kb20.yaml, a few fixed terms
and forms, and Iraq's governorates named after their capitals (but Erbil) in places.tsv): Iranian and Iraqi governors by date,
Lebanese ministers, UNIFIL's heads, UN ambassadors and spokespeople, and guards that an everyday word equal to a new
name's part ("ماسک", "ریش") links no one. Sentences are the tests' own."""

import pytest

from tests.test_kb_officials import _roles


@pytest.mark.parametrize("text, day, expected", [
    ("امید خوشناو از افتتاح دو بیمارستان تازه در شهر خبر داد.", "2022-04-01", {"omed-khoshnaw"}),
    ("سید محمدرضا موالی‌زاده در جلسه شورای اداری اهواز درباره کم‌آبی سخن گفت.", "2025-01-10",
     {"seyed-mohammad-reza-movalizadeh"}),
    ("علی‌اکبر حسینی محراب از پیشرفت طرح انتقال آب خبر داد.", "2023-06-01", {"ali-akbar-hosseini-mehrab"}),
    ("بهمن نوری در بجنورد از چند طرح آبرسانی بازدید کرد.", "2025-05-01", {"bahman-nouri"}),
    ("لانا نسیبه در نشست شورای امنیت خواستار آتش‌بس فوری شد.", "2023-10-20", {"lana-nusseibeh"}),
    ("ساموئل ژبوگار در جلسه شورا از حمله به غیرنظامیان انتقاد کرد.", "2025-02-01", {"samuel-zbogar"}),
    ("ریان الکلدانی در سفر به موصل با گروهی از بزرگان محلی دیدار کرد.", "2023-03-01",
     {"rayan-al-kildani"}),
    ("حرکت بابلیون در انتخابات پارلمانی چهار کرسی به دست آورد.", "2021-10-20", {"babylon-movement"}),
    ("علی حمیه از بازگشایی فرودگاه پس از تعمیرات خبر داد.", "2023-05-01", {"ali-hamieh"}),
    ("شیخ حکمت الهجری خواستار آرامش در سویداء شد.", "2025-07-15", {"hikmat-al-hijri"}),
    ("آرولدو لازارو با فرمانده ارتش لبنان در ناقوره دیدار کرد.", "2023-02-01", {"aroldo-lazaro"}),
    ("روینا شمداسانی و ینس لارکه در ژنو به پرسش‌ها پاسخ دادند.", "2024-03-01",
     {"ravina-shamdasani", "jens-laerke"}),
    ("ثمین الخیطان از افزایش اعدام‌ها ابراز نگرانی کرد.", "2025-01-10", {"thameen-al-kheetan"}),
    ("الکسی زایتسف در نشست خبری هفتگی به پرسش‌ها پاسخ داد.", "2023-09-01", {"alexey-zaytsev"}),
    ("اکسل دیتمن به وزارت امور خارجه فراخوانده شد.", "2026-02-01", {"axel-dittmann"}),
    ("ایلان ماسک در شبکه اجتماعی خود از این طرح حمایت کرد.", "2025-02-01", {"elon-musk"}),
    ("جیمز ریش، سناتور جمهوری‌خواه، از تحریم‌های تازه علیه ونزوئلا حمایت کرد.", "2025-03-01", {"jim-risch"}),
    ("عطوان العطوانی از طرح تازه ترافیکی پایتخت رونمایی کرد.", "2025-09-01", {"atwan-al-atwani"}),
])
def test_the_actor_links_by_its_persian_name(kb, text, day, expected):
    _, ids = _roles(text, kb, day)
    assert expected <= ids, ids


@pytest.mark.parametrize("phrase, day, holder", [
    ("استاندار خوزستان", "2022-05-01", "Sadegh Khalilian"),
    ("استاندار خوزستان", "2023-06-01", "Ali-Akbar Hosseini Mehrab"),
    ("استاندار خوزستان", "2025-01-01", "Mohammad-Reza Movalizadeh"),
    ("استاندار قم", "2025-01-01", "Akbar Behnamjou"),
    ("استاندار لرستان", "2025-01-01", "Saeed Shahrokhi"),
    ("استاندار فارس", "2025-03-01", "Hossein-Ali Amiri"),
    ("استاندار خراسان شمالی", "2023-01-01", "Mohammad-Reza Hosseinnejad"),
    ("استاندار خراسان شمالی", "2025-03-01", "Bahman Nouri"),
    ("استاندار بغداد", "2024-10-01", "Abdul-Mutalib al-Alawi"),
    ("استاندار بغداد", "2025-10-01", "Atwan al-Atwani"),
    ("استاندار سلیمانیه", "2019-05-01", "Haval Abubakir"),
    ("استاندار نجف", "2024-05-01", "Yousif Kanawi"),
    ("وزیر کار لبنان", "2025-05-01", "Mohammad Haidar (Lebanese politician)"),
    ("فرمانده یونیفل", "2020-05-01", "Stefano Del Col"),
    ("فرمانده یونیفل", "2024-05-01", "Aroldo Lázaro Sáenz"),
    ("فرمانده یونیفل", "2025-09-01", "Diodato Abagnara"),
])
def test_the_office_names_its_holder_on_the_day(kb, phrase, day, holder):
    roles, _ = _roles(f"به گزارش ایرنا، {phrase} امروز در سخنانی از ادامه همکاری‌ها خبر داد.", kb, day)
    assert holder in roles.values(), roles


def test_the_capital_alone_stays_the_city(kb):
    _, ids = _roles("انفجاری در یکی از خیابان‌های اربیل و بازاری در بغداد رخ داد.", kb, "2024-05-01")
    assert {"erbil", "baghdad"} <= ids and "baghdad-governorate" not in ids, ids


def test_khuzestan_has_no_governor_by_a_wrong_name(kb):
    assert kb.actor("seyed-mohammad-reza-mousavifard") is None


def test_an_iranian_diplomat_beside_the_ministry_links(kb):
    _, ids = _roles("علیرضا یوسفی مدیرکل اروپای غربی وزارت امور خارجه سفیر آلمان را احضار کرد.", kb, "2026-01-29")
    assert "alireza-yousefi-diplomat" in ids, ids


@pytest.mark.parametrize("text", [
    "استفاده از ماسک در مترو و اتوبوس همچنان توصیه می‌شود.",
    "او ریش بلندی گذاشته بود و کمتر در جمع حاضر می‌شد.",
    "قیمت ماسک و دستکش در داروخانه‌ها دوباره بالا رفت.",
])
def test_an_everyday_word_links_no_new_actor(kb, text):
    _, ids = _roles(text, kb, "2025-02-01")
    assert not ids & {"elon-musk", "jim-risch"}, ids
