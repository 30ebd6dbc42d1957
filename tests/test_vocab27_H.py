"""Session 27 (slice H): roles — who holds the office a text names. Mechanisms, not sentences:
(1) An undated page's era, pinned by a term recorded to the month ("to: 2021-08"), does not reach into that month:
the office resolves to the one holder in the era's sure part (roles._in_era, _sure_part).
(2) Dari offices open an apposition after a name ("NAME، آمر مطبوعات ...", "قوماندان", "معین", "ولسوال"), and so
does a university post ("NAME، استاد ..."); an apposed office ends with the place it is of (grammar.yaml
office_heads, apposition_trades; strangers.office_phrase).
(3) "با NAME، همتای خود": a counterpart named by no state, in apposition to the person just named, is that person
(roles._apposed_counterpart).
(4) An office that only announces ("OFFICE از ... خبر داد.", "OFFICE نسبت به ... هشدار داد.") is the role of the
text's one named speaker, as a quoted office is (quotes._announcing_office, _settle_announcers).
The sentences are the tests' own, modelled on the phrasing of real pages; the guards are everyday texts with the
same words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument

_PAD = " این خبر در رسانه‌های داخلی بازتاب گسترده‌ای داشت و کاربران فضای مجازی درباره آن بحث کردند."


def _doc(text, kb, day="2025-03-01"):
    published = f"{day}T10:00:00+03:30" if day else None
    return annotate_document(RawDocument(source="t.txt", text=text + _PAD, published=published), kb)


def _roles(text, kb, day="2025-03-01"):
    return [(r.text, r.refers_to, r.kb_id) for r in _doc(text, kb, day).roles]


def _held(roles, office):
    return [kb_id or who for t, who, kb_id in roles if t == office]


# ---------------------------------------------------------------- (1) an undated era's month-wide edge

@pytest.mark.parametrize("text, holder", [
    ("معصومه ابتکار، معاون امور زنان و خانواده رئیس‌جمهور، در همایشی گفت که گزارش تازه را به رئیس‌جمهور داده است.",
     "hassan-rouhani"),
    ("اسفندیار رحیم مشایی، رئیس دفتر رئیس‌جمهور، در همایشی در مشهد گفت که رئیس‌جمهور به زودی به استان سفر می‌کند.",
     "mahmoud-ahmadinejad"),
])
def test_undated_era_edge_month(kb, text, holder):
    roles = _roles(text, kb, day=None)
    assert any(t.startswith("رئیس‌جمهور") and kb_id == holder for t, _who, kb_id in roles), roles


def test_undated_era_real_handover_stays_open(kb):
    """A term recorded to the day that ran 22 days into the next president's: the era does not say whose."""
    text = "محمدجواد ظریف، وزیر امور خارجه، در نشستی خبری گفت که پیام رئیس‌جمهور به همتای روس رسیده است."
    roles = _roles(text, kb, day=None)
    assert not any(t.startswith("رئیس‌جمهور") and kb_id for t, _who, kb_id in roles), roles


def test_dated_text_unchanged(kb):
    text = "معصومه ابتکار، معاون امور زنان و خانواده رئیس‌جمهور، گفت که گزارش تازه را به رئیس‌جمهور داده است."
    roles = _roles(text, kb, day="2021-08-20")
    assert not any(kb_id == "hassan-rouhani" for _t, _who, kb_id in roles), roles


# ---------------------------------------------------------------- (2) Dari offices and university posts in apposition

@pytest.mark.parametrize("text, office, person", [
    ("نجیب‌الله احمدزی، آمر مطبوعات فرماندهی پولیس بلخ، گفت که دو سرباز در این درگیری زخمی شدند.",
     "آمر مطبوعات فرماندهی پولیس بلخ", "Najibullah Ahmadzi"),
    ("گفته می‌شود که رحمت‌الله کریمی، آمر امنیت فرماندهی پولیس ولایت بلخ از سمتش برکنار شده است.",
     "آمر امنیت فرماندهی پولیس ولایت بلخ", "Rahmatollah Karimi"),
    ("جاوید فیضی، ولسوال پشتون‌زرغون، به خبرنگاران گفت که راه‌ها باز است.", "ولسوال پشتون‌زرغون", "Javid Fizi"),
    ("رضا کاظمی، استاد جامعه‌شناسی دانشگاه تهران، از کار برکنار شد.", "استاد جامعه‌شناسی دانشگاه تهران",
     "Reza Kazemi"),
])
def test_apposed_dari_office_or_post(kb, text, office, person):
    assert person in _held(_roles(text, kb), office), _roles(text, kb)


@pytest.mark.parametrize("text", [
    "پولیس گفت که عاملان و آمران این حمله شناسایی و بازداشت شدند.",
    "استاد دانشگاه تهران در کلاس درس گفت که امتحان هفته بعد است.",
    "قوماندان این قطعه دیروز به مرخصی رفت و کسی جای او را نگرفت.",
])
def test_office_word_without_a_name_no_person(kb, text):
    doc = _doc(text, kb)
    assert not [e.name for e in doc.entities if e.type == "PERSON"], [e.name for e in doc.entities]


# ---------------------------------------------------------------- (3) "NAME، همتای خود"

@pytest.mark.parametrize("text, holder", [
    ("مولود چاووش‌اوغلو گفت با محمدجواد ظریف، همتای خود در تهران دیدار کرده است.", "mohammad-javad-zarif"),
    ("وزیر خارجه ترکیه با حسین امیرعبداللهیان، همتای خود در آنکارا گفت‌وگو کرد.", "hossein-amir-abdollahian"),
])
def test_counterpart_apposed_to_name(kb, text, holder):
    roles = _roles(text, kb, day="2019-06-01" if "ظریف" in text else "2023-06-01")
    assert ("همتای خود", holder) in [(t, kb_id) for t, _who, kb_id in roles], roles


@pytest.mark.parametrize("text", [
    "سرمربی تیم ملی پس از بازی با همتای خود در تیم مقابل دست داد.",
    "عراقچی در مسقط با همتای خود دیدار کرد.",
])
def test_counterpart_without_a_name_before(kb, text):
    assert not [r for r in _roles(text, kb) if r[0].startswith("همتای")], _roles(text, kb)


# ---------------------------------------------------------------- (4) an office that announces, its speaker named next

@pytest.mark.parametrize("text, office, person", [
    ("رئیس سازمان امداد و نجات جمعیت هلال احمر از اعزام تیم‌های ارزیاب به مناطق زلزله‌زده خبر داد. "
     "کاوه نوروزی‌فر گفت: ده تیم امدادی در منطقه مستقر شدند.",
     "رئیس سازمان امداد و نجات جمعیت هلال احمر", "Kaveh Nourouzi-Far"),
    ("مدیرکل پیش‌بینی سازمان هواشناسی نسبت به وقوع سیلاب در ده استان هشدار داد. مجید کریمی‌نیا با اعلام این "
     "خبر افزود: مردم از سفر به مناطق کوهستانی خودداری کنند.",
     "مدیرکل پیش‌بینی سازمان هواشناسی", "Majid Karimi-Nia"),
    ("پس از زمین‌لرزه دیشب، مدیر مرکز ملی پایش مخاطرات طبیعی از ثبت سه پس‌لرزه در استان خبر داد. "
     "سعید ملکی‌پور افزود: خسارتی گزارش نشده است.",
     "مدیر مرکز ملی پایش مخاطرات طبیعی", "Saeed Maleki-Pour"),
])
def test_announcing_office_then_its_speaker(kb, text, office, person):
    assert person in _held(_roles(text, kb), office), _roles(text, kb)


def test_announcing_office_with_two_speakers_stays_unheld(kb):
    text = ("مدیرکل هواشناسی استان فارس از بارش باران در شمال استان خبر داد. مجید کریمی گفت: باران تا فردا ادامه "
            "دارد. رضا احمدی نیز افزود: جاده‌ها لغزنده است.")
    assert not [r for r in _roles(text, kb) if r[0].startswith("مدیرکل")], _roles(text, kb)


def test_known_office_keeps_its_holder(kb):
    text = "سخنگوی وزارت امور خارجه از سفر وزیر به مسکو خبر داد. علی کاظمی گفت: این سفر دو روزه است."
    roles = _roles(text, kb, day="2023-06-01")
    assert ("سخنگوی وزارت امور خارجه", "nasser-kanaani") in [(t, kb_id) for t, _who, kb_id in roles], roles


@pytest.mark.parametrize("text", [
    "مادر این کودک از تولد فرزند دومش خبر داد. علی رضایی گفت: همه خوشحال هستیم.",
    "پزشک خانواده نسبت به شیوع آنفلوآنزا هشدار داد. مریم احمدی گفت: ماسک بزنید.",
])
def test_announcer_not_an_office(kb, text):
    assert not _roles(text, kb), _roles(text, kb)
