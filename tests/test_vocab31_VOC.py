"""Session 31 (slice VOC): wordings no pattern knew, for accusing, requesting, agreeing and protesting. Each general
cause was seen in dev pages and in real outlets' reports (sentences kept out of git); the sentences here are our own,
with other parties, places and tenses, and guards are everyday sentences with the same words:

- conduct judged with a word the judgement list lacked ("سخنان X را غیرحرفه‌ای دانست", "X را مانع اصلی صلح خواند");
- a deed called not acceptable ("توقیف کشتی از سوی X قابل قبول نیست", "... پذیرفتنی نیست"), its doer the agent after
  "از سوی"/"توسط" in the reported clause (frames.frame_deed);
- a request in the perfect written joined ("از X خواسته‌است", "خواستهاست");
- an accusation with the formal light verb "ساختن" ("X را به ... متهم ساخت");
- consent declared ("موافقت خود را با پیشنهاد X اعلام کرد");
- people gathered "in protest at" something ("در اعتراض به ... گرد آمدند", "... جمع شدند"), whom "به" names the
  target (frames.frame_against reads the purpose inside the trigger)."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


def _types(sentence: str, kb) -> list[tuple[str, list, list]]:
    return [(e.type, e.source_ids, e.target_ids) for e in reported_events(sentence, kb)]


# --- judgement words ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("سخنگوی وزارت خارجه چین سخنان وزیر خارجه ژاپن را غیرحرفه‌ای دانست.", ("ACCUSE", "mao-ning", "yoko-kamikawa")),
    ("نخست‌وزیر اسپانیا اظهارات وزیر اسرائیلی را «غیرحرفهای» خواند.", ("ACCUSE", "pedro-sanchez", "ISR")),
    ("وزارت خارجه پاکستان حمله طالبان به پاسگاه مرزی را بزدلانه خواند.", (
        "ACCUSE", "ministry-of-foreign-affairs-pakistan", "taliban")),
    ("سخنگوی حماس نتانیاهو را مانع اصلی توافق آتش‌بس دانست.", ("ACCUSE", "hamas", "benjamin-netanyahu")),
])
def test_conduct_judged_with_new_words(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "کارشناس داوری، قضاوت داور دیدار پرسپولیس و استقلال را غیرحرفه‌ای دانست.",
    "منتقدان پایان این فیلم را غیرمنطقی و شتاب‌زده دانستند.",
])
def test_everyday_judgements_code_nothing(sentence, kb):
    assert not any(t == "ACCUSE" for t, _s, _t in _types(sentence, kb))


# --- a deed not acceptable ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("وزارت خارجه قطر اعلام کرد که توقیف این کشتی از سوی ایران قابل قبول نیست.", (
        "ACCUSE", "ministry-of-foreign-affairs-qatar", "IRN")),
    ("بریتانیا گفته است که بازداشت این خبرنگار توسط روسیه پذیرفتنی نیست.", ("ACCUSE", "GBR", "RUS")),
    ("آلمان اعلام کرد که حمله روسیه به شهرهای اوکراین پذیرفتنی نیست.", ("ACCUSE", "DEU", "RUS")),
    ("وزارت خارجه ایران اعلام کرد مطلب منتشرشده توسط سفارت سوئد توهین‌آمیز است.", (
        "ACCUSE", "ministry-of-foreign-affairs-iran", "SWE")),
])
def test_a_deed_called_unacceptable(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "سرمربی تیم ملی ایران گفت: نتیجه بازی مقابل ژاپن قابل قبول نیست.",
    "مربی تیم گفت: عملکرد بازیکنان در نیمه دوم قابل قبول نبود.",
    "سخنگوی دولت گفت این وضعیت برای مردم قابل قبول نیست.",
    "این فیلم برای برخی تماشاگران توهین‌آمیز است.",
])
def test_everyday_unacceptable_codes_nothing(sentence, kb):
    assert not any(t == "ACCUSE" for t, _s, _t in _types(sentence, kb))


# --- a request in the joined perfect ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("پاکستان از افغانستان خواسته‌است که مرزهای خود را کنترل کند.", ("REQUEST", "PAK", "AFG")),
    ("عربستان سعودی از آمریکا خواستهاست که فروش سلاح را از سر بگیرد.", ("REQUEST", "SAU", "USA")),
])
def test_a_request_in_the_joined_perfect(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


def test_a_wish_is_no_request(kb):
    assert not any(t == "REQUEST" for t, _s, _t in _types("این تنها خواسته‌است که کشاورزان از سال‌ها پیش داشته‌اند.", kb))


# --- accused with "ساختن" ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("وزیر دفاع اسرائیل حزب‌الله را به نقض آتش‌بس متهم ساخت.", ("ACCUSE", "yoav-gallant", "hezbollah")),
    ("مسکو واشنگتن را به دخالت در انتخابات متهم ساخته است.", ("ACCUSE", "RUS", "USA")),
])
def test_accused_with_the_formal_light_verb(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


def test_a_builder_accused_is_no_accusation(kb):
    assert not any(t == "ACCUSE" for t, _s, _t in _types("متهم ساخت‌وساز غیرمجاز در شمال تهران به دادگاه معرفی شد.", kb))


# --- consent declared -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("رئیس‌جمهور آذربایجان موافقت خود را با پیشنهاد روسیه اعلام کرد.", ("AGREE", "ilham-aliyev", "RUS")),
    ("دولت عراق موافقت خود را با درخواست کویت برای ترسیم مرز دریایی اعلام کرده است.", ("AGREE", "IRQ", "KWT")),
])
def test_consent_declared(sentence, expected, kb):
    assert_coded(sentence, kb, expected)


def test_consent_to_a_bill_and_a_truce(kb):
    assert not _types("مجلس با کلیات لایحه بودجه موافقت خود را اعلام کرد.", kb)
    truce = _types("ارتش سودان و نیروهای پشتیبانی سریع موافقت خود را با آتش‌بس ۲۴ ساعته اعلام کرده‌اند.", kb)
    assert truce and all(t == "RETREAT" for t, _s, _t in truce)


# --- gathered in protest --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,target", [
    ("هزاران نفر در پاریس در اعتراض به حملات اسرائیل به لبنان جمع شدند.", "ISR"),
    ("گروهی از دانشجویان در اعتراض به سفر وزیر خارجه آمریکا به خیابان‌ها ریختند.", "antony-blinken"),
    ("صدها تن از کشاورزان در اعتراض به قطع آب مقابل فرمانداری گرد آمدند.", None),
])
def test_gathered_in_protest(sentence, target, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "PROTEST"]
    assert events and (target is None or any(target in e.target_ids for e in events))


def test_fans_gathered_after_a_match_code_nothing(kb):
    assert not any(t == "PROTEST" for t, _s, _t in _types("هواداران در اعتراض به نتیجه بازی جلوی ورزشگاه جمع شدند.", kb))
