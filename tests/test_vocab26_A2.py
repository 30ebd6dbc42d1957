"""Session 26 (slice A2, real pages 245-259): wordings and party slots real news uses that the coder missed, fixed as
mechanisms, not sentences.
(1) An impeachment motion tabled with the sitting or the signature count between the minister and the verb ("طرح
استیضاح X وزیر ... در جلسه علنی امروز مجلس با ۳۰ امضا اعلام وصول شد", accuse.impeach.steps).
(2) An embassy's closure ordered, of another state's embassy too ("دستور تعطیلی سفارت X در Y را صادر کرد", "از صدور
دستور تعطیلی فوری سفارت X خبر داد"): the owner after "سفارت" is the target (sanction.embassy-evacuated).
(3) A perfect's first person plural written without its ZWNJ ("تعطیل کردهایم") is read as "کرده‌ایم", not as a
plural noun with a possessive ("کرد‌هایم"), so "ما ... را تعطیل کردهایم" in a quote is an act of the speaker.
(4) A military operation launched against a side or to destroy it ("عملیات نظامی جدیدی علیه X آغاز کرد", "عملیات
«...» را در شمال عراق با هدف نابودی عناصر X آغاز کرده است"); a dotted abbreviation ("پ.ک.ک") is one word of a gap.
(5) A crackdown on protesters threatened ("تهدید کرد که نیروهای امنیتی با معترضان برخورد خواهند کرد", "با
اغتشاشگران برخورد قاطع خواهد شد"): THREATEN (repression), the protesters unnamed (threaten.crackdown).
(6) A person with their title or trade in commas before "را" ("X، استاد دانشگاه Y، را بازداشت کردند") is the
object, not the body inside the title (chains._title_apposed_objects).
The sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from rasad.text.normalize import normalize
from tests.event_text import assert_coded, assert_not_coded


def _assert_coded(sentence, kb, day, etype, source=None, target=None):
    assert_coded(sentence, kb, (etype, source, target), day=day, need_source=True)


def _assert_not_coded(sentence, kb, day, etype):
    assert_not_coded(sentence, kb, etype, day=day)


# ---------------------------------------------------------------- (1) "طرح استیضاح X در جلسه ... اعلام وصول شد"

@pytest.mark.parametrize("sentence, day, target", [
    ("طرح استیضاح احمد وحیدی وزیر کشور در جلسه علنی صبح روز یکشنبه مجلس با ۳۰ امضا اعلام وصول شد.", "2022-05-10",
     "ahmad-vahidi"),
    ("طرح استیضاح عبدالناصر همتی وزیر اقتصاد در نشست علنی امروز مجلس شورای اسلامی اعلام وصول شد.", "2025-02-20",
     "abdolnaser-hemmati"),
    ("طرح استیضاح فرزانه صادق وزیر راه و شهرسازی در جلسه علنی روز سه‌شنبه مجلس شورای اسلامی اعلام وصول شد.",
     "2025-04-22", "farzaneh-sadegh"),
])
def test_impeachment_tabled_with_sitting(kb, sentence, day, target):
    _assert_coded(sentence, kb, day, "ACCUSE", "islamic-consultative-assembly", target)


@pytest.mark.parametrize("sentence", [
    "طرح جامع حمایت از تولید ملی در جلسه علنی امروز مجلس با ۵۰ امضا اعلام وصول شد.",
    "طرح استیضاح وزیر کشور با کمتر از ده امضا به حد نصاب نرسید و در جلسه امروز اعلام وصول نشد.",
])
def test_impeachment_tabled_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "ACCUSE")


# ---------------------------------------------------------------- (2) "دستور تعطیلی سفارت X را صادر کرد"

@pytest.mark.parametrize("sentence, day, source, target", [
    ("دولت کانادا دستور تعطیلی سفارت ایران در اتاوا را صادر کرد.", "2012-09-07", "CAN", "IRN"),
    ("دولت هلند امروز از صدور دستور تعطیلی فوری سفارت روسیه در لاهه خبر داد.", "2022-04-10", "NLD", "RUS"),
    ("دولت استرالیا دستور تعطیلی سفارت خود در تهران را صادر کرد.", "2025-08-26", "AUS", "IRN"),
])
def test_embassy_closure_ordered(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "SANCTION", source, target)


@pytest.mark.parametrize("sentence", [
    "فرماندار دستور تعطیلی مدارس و ادارات شهر را به دلیل آلودگی هوا صادر کرد.",
    "سفارت ایتالیا در تهران به مناسبت تعطیلات کریسمس تا دوشنبه تعطیل است.",
])
def test_embassy_closure_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "SANCTION")


# ---------------------------------------------------------------- (3) "کردهایم" is "کرده‌ایم"

@pytest.mark.parametrize("written, read", [
    ("ما سفارت را تعطیل کردهایم", "ما سفارت را تعطیل کرده\u200cایم"),
    ("ما هرگز چنین نگفتهایم", "ما هرگز چنین نگفته\u200cایم"),
    ("کردهای عراق", "کرد\u200cهای عراق"),  # a plural stays one: the Kurds of Iraq
    ("کتابهایم", "کتاب\u200cهایم"),
])
def test_perfect_first_plural_without_zwnj(written, read):
    assert normalize(written).text == read


def test_closure_in_the_first_person_quoted(kb):
    sentence = ("وزیر خارجه هلند در اظهاراتی اعلام کرد: «ما سفارت هلند در مسکو را تعطیل کردهایم و همه کارکنان خود را "
                "از روسیه خارج کرده‌ایم.»")
    _assert_coded(sentence, kb, "2024-05-10", "SANCTION", None, "RUS")


# ---------------------------------------------------------------- (4) "عملیات نظامی ... علیه X آغاز کرد"

@pytest.mark.parametrize("sentence, day, source, target", [
    ("ارتش ترکیه عملیات نظامی جدیدی علیه پ.ک.ک در شمال عراق آغاز کرد.", "2022-04-18", "turkish-armed-forces",
     "kurdistan-workers-party"),
    ("ارتش پاکستان عملیاتی را علیه طالبان پاکستان در وزیرستان آغاز کرد.", "2014-06-15", "pakistan-army",
     "tehrik-i-taliban-pakistan"),
    ("ترکیه از ۲۰ آوریل عملیاتی با نام «قفل» و از ۲۵ آوریل عملیات «صاعقه» را در شمال عراق با هدف نابودی عناصر "
     "حزب کارگران کردستان (پ.ک.ک) آغاز کرده است.", "2022-04-30", "TUR", "kurdistan-workers-party"),
])
def test_military_operation_launched(kb, sentence, day, source, target):
    _assert_coded(sentence, kb, day, "ASSAULT", source, target)


@pytest.mark.parametrize("sentence", [
    "شهرداری تهران عملیات اجرایی ساخت پل را با هدف کاهش ترافیک آغاز کرد.",
    "سازمان حفظ نباتات عملیات سمپاشی را با هدف نابودی ملخ‌ها در سیستان آغاز کرد.",
    "پلیس راهور عملیات ویژه‌ای علیه رانندگان متخلف در بزرگراه‌ها آغاز کرد.",
])
def test_military_operation_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "ASSAULT")


# ---------------------------------------------------------------- (5) "با معترضان برخورد خواهند کرد"

@pytest.mark.parametrize("sentence, day", [
    ("احمد وحیدی، وزیر کشور، تهدید کرد که نیروهای امنیتی با معترضانی که به خیابان‌ها بیایند، برخورد خواهند کرد.",
     "2022-10-01"),
    ("دادستان تهران هشدار داد که با اغتشاشگران و اخلالگران نظم عمومی برخورد قاطع خواهد شد.", "2022-10-01"),
    ("عباسعلی محمدیان، فرمانده انتظامی تهران بزرگ گفت: با آشوبگران برخورد قاطع خواهیم کرد.", "2024-07-20"),
])
def test_crackdown_threatened(kb, sentence, day):
    _assert_coded(sentence, kb, day, "THREATEN")


@pytest.mark.parametrize("sentence", [
    "کارشناسان ناسا هشدار دادند که این سیارک در سال ۲۰۳۲ با زمین برخورد خواهد کرد.",
    "سرمربی تیم گفت بازیکنان ما با حریف برخورد فیزیکی خواهند کرد و کوتاه نمی‌آیند.",
    "معترضان گفتند که با مسئولان شهرداری برخورد محترمانه‌ای خواهند کرد.",
])
def test_crackdown_guards(kb, sentence):
    _assert_not_coded(sentence, kb, "2024-05-10", "THREATEN")


# ---------------------------------------------------------------- (6) "X، استاد دانشگاه Y، را ..."

@pytest.mark.parametrize("sentence, day, source, etype, target", [
    ("نیروهای امنیتی ایران رضا فرجی دانا، استاد دانشگاه تهران، را بازداشت کردند.", "2023-05-10", "IRN", "COERCE",
     "reza-faraji-dana"),
    ("دانشگاه تهران رضا فرجی دانا، استاد برق این دانشگاه، را اخراج کرد.", "2023-05-10", "university-of-tehran",
     "SANCTION", "reza-faraji-dana"),
    ("مدیران دانشگاه صنعتی شریف محمدعلی زلفی گل، استاد شیمی دانشگاه، را اخراج کردند.", "2023-05-10",
     "sharif-university-of-technology", "SANCTION", "mohammad-ali-zolfigol"),
])
def test_title_apposed_object(kb, sentence, day, source, etype, target):
    _assert_coded(sentence, kb, day, etype, source, target)


def test_title_apposed_guard(kb):
    # the body inside a title is not the one arrested, and the person is not the target of a sports win
    _assert_not_coded("تیم ملی فوتبال، با هدایت سرمربی جدید، را شکست داد و به دیدار نهایی رسید.", kb, "2024-05-10",
                      "SANCTION")
