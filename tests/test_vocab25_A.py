"""Session 25 (slice A): Iranian domestic politics on whole real pages — Majlis votes and warnings, Friday prayers,
the judiciary's and the Guardian Council's spokesmen. The general causes found there, each written anew (other
people, offices, places, tenses), with guards for the everyday sentences that use the same words:

- a date printed in Persian digits before an office ("یکشنبه ۱۵ بهمن ۱۴۰۲ سخنگوی ...") was a stranger's name (the
  digits counted as letters of a surname), and the office's holder;
- a surname joined to the head "میر" ("میرمحمدی", "میرکاظمی") lost its shape to the ZWNJ mender, which read "می" and
  a verb ("می‌رمحمدی");
- an office several hold at once, the date not telling which ("امام جمعه موقت تهران گفت"), had its words given to
  whoever else spoke in the text (the Leader, quoted later);
- a Friday prayer leader's title ("امام جمعه مشهد", "خطیب موقت نماز جمعه تهران") dated the event to the last
  Friday, and "خطیب" in the preacher's title linked a minister whose surname it is;
- criticism met, told from the side criticised ("سخنان وزیر با انتقاد نمایندگان مواجه شد"), blame ("X را سرزنش
  کردند", "مورد سرزنش قرار دادند") and a party's standing called in question ("صلاحیت X را زیر سوال برد") coded
  nothing."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from rasad.text.normalize import normalize_text
from tests.event_text import _REPORTED, assert_coded, assert_not_coded, reported_events


def _annotation(text, kb, published="2024-05-01T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb)


# --- a date in Persian digits is no stranger's name ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "دوشنبه ۱۲ بهمن ۱۴۰۱ سخنگوی وزارت کشور گفت که ثبت‌نام نامزدها آغاز می‌شود.",
    "یکشنبه ۱۵ بهمن ۱۴۰۲ سخنگوی ستاد انتخابات گفت که ثبت‌نام آغاز می‌شود.",
])
def test_date_before_office_no_person(sentence, kb):
    ents = _annotation(sentence + _REPORTED, kb).entities
    assert not [e for e in ents if e.type == "PERSON" and any(c in "۰۱۲۳۴۵۶۷۸۹" for f in e.forms for c in f)], \
        [(e.name, e.forms) for e in ents]


def test_stranger_before_office_still_found(kb):
    ents = _annotation("رحیم صفری‌نژاد سخنگوی ستاد انتخابات استان گفت که ثبت‌نام آغاز شد." + _REPORTED, kb).entities
    assert any(e.type == "PERSON" and e.kb_id is None and "صفری" in " ".join(e.forms) for e in ents), \
        [(e.name, e.forms) for e in ents]


# --- "میر" + a listed name is one surname -------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["میرکاظمی", "میرحسینی", "میرباقری"])
def test_mir_surname_whole(word):
    assert normalize_text(f"حسین {word} گفت") == f"حسین {word} گفت"


@pytest.mark.parametrize("raw,fixed", [("او میرود", "او می\u200cرود"), ("قطار میرسید", "قطار می\u200cرسید"),
                                       ("آنها میروند", "آنها می\u200cروند")])
def test_mi_verbs_still_mended(raw, fixed):
    assert normalize_text(raw) == fixed


def test_mir_surname_person_named(kb):
    ents = _annotation("سید رسول میرباقری نماینده مردم نطنز در مجلس گفت که دولت باید پاسخ دهد." + _REPORTED, kb).entities
    assert any(e.type == "PERSON" and e.name == "Rasoul Mirbagheri" for e in ents), [(e.name, e.forms) for e in ents]


# --- an office several hold speaks for none of the others who speak ------------------------------------------------

@pytest.mark.parametrize("text", [
    "امام جمعه موقت تهران در خطبه‌ها گفت: برخی مسئولان وظایف خود را فراموش کرده‌اند. آیت‌الله سید علی خامنه‌ای "
    "رهبر انقلاب اسلامی هفته گذشته گفتند: وحدت ملی باید حفظ شود.",
    "امام جمعه موقت تهران در واکنش به شعارها گفت: این کار بی‌نظمی است. مسعود پزشکیان رئیس‌جمهور نیز روز پنجشنبه "
    "گفت: دولت به وعده‌هایش عمل می‌کند.",
])
def test_unpinned_office_keeps_its_words(text, kb):
    quotes = _annotation(text, kb, "2025-08-29T10:00:00+03:30").quotes
    first = min(quotes, key=lambda q: q.start)
    assert first.speaker_id in (None, "mohammad-javad-haj-ali-akbari", "ahmad-khatami", "kazem-seddiqi"), \
        [(q.speaker, q.speaker_id, q.text[:30]) for q in quotes]


def test_office_given_to_its_named_holder(kb):
    text = ("حاج علی‌اکبری در خطبه‌های نماز گفت: اتحاد ملی خط قرمز است. امام جمعه موقت تهران افزود: "
            "مسئولان باید پاسخگو باشند.")
    quotes = _annotation(text, kb, "2025-08-29T10:00:00+03:30").quotes
    assert quotes and all(q.speaker_id == "mohammad-javad-haj-ali-akbari" for q in quotes), \
        [(q.speaker, q.speaker_id) for q in quotes]


# --- a Friday prayer leader's title is no Friday; "خطیب" in it is no minister ------------------------------------

@pytest.mark.parametrize("sentence", [
    "امام جمعه اصفهان از وزیر آموزش و پرورش انتقاد کرد.",
    "خطیب موقت نماز جمعه تهران از وزیر آموزش و پرورش انتقاد کرد.",
])
def test_friday_title_not_friday(sentence, kb):
    events = [e for e in reported_events(sentence, kb, "2024-05-01T10:00:00+03:30") if e.type == "ACCUSE"]
    assert events and all(e.date == "2024-05-01" for e in events), [(e.type, e.date) for e in events]


def test_friday_named_stays_friday(kb):
    events = [e for e in reported_events("امام جمعه اصفهان روز جمعه از وزیر آموزش و پرورش انتقاد کرد.", kb,
                                         "2024-05-01T10:00:00+03:30") if e.type == "ACCUSE"]
    assert events and all(e.date == "2024-04-26" for e in events), [(e.type, e.date) for e in events]


@pytest.mark.parametrize("sentence", [
    "خطیب موقت نماز جمعه تهران از وزیر آموزش و پرورش انتقاد کرد.",
    "خطیب نماز جمعه قم گفت که دولت باید به معیشت مردم رسیدگی کند.",
])
def test_preacher_no_minister(sentence, kb):
    ids = {e.kb_id for e in _annotation(sentence + _REPORTED, kb).entities}
    assert "esmaeil-khatib" not in ids


def test_minister_khatib_still_linked(kb):
    ids = {e.kb_id for e in _annotation("سید اسماعیل خطیب وزیر اطلاعات از انهدام یک تیم تروریستی خبر داد." + _REPORTED,
                                        kb).entities}
    assert "esmaeil-khatib" in ids


# --- criticism met, blame, standing called in question ------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    ("اظهارات وزیر آموزش و پرورش با انتقاد شدید نمایندگان مجلس مواجه شد.",
     ("ACCUSE", "islamic-consultative-assembly", "reza-morad-sahraei")),
    ("پاسخ‌های وزیر آموزش و پرورش در صحن با اعتراض نمایندگان مجلس روبرو شد.",
     ("ACCUSE", "islamic-consultative-assembly", "reza-morad-sahraei")),
    ("نمایندگان مجلس وزیر آموزش و پرورش را به دلیل کمبود معلم سرزنش کردند.",
     ("ACCUSE", "islamic-consultative-assembly", "reza-morad-sahraei")),
    ("نمایندگان مجلس در جلسه علنی وزیر آموزش و پرورش را مورد سرزنش قرار دادند.",
     ("ACCUSE", "islamic-consultative-assembly", "reza-morad-sahraei")),
    ("محسنی اژه‌ای عملکرد وزیر آموزش و پرورش را زیر سوال برد.",
     ("ACCUSE", "gholam-hossein-mohseni-ejei", "reza-morad-sahraei")),
    ("سخنگوی شورای نگهبان صلاحیت وزیر آموزش و پرورش را زیر سؤال برد.",
     ("ACCUSE", "hadi-tahan-nazif", "reza-morad-sahraei")),
])
def test_domestic_criticism(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("این طرح در روزهای اخیر با انتقادهای زیادی مواجه شد.", "ACCUSE"),
    ("تیم ملی فوتبال پس از شکست با اعتراض هواداران روبرو شد.", "ACCUSE"),
    ("پدر پسرش را به خاطر نمره‌های پایین سرزنش کرد.", "ACCUSE"),
    ("یافته‌های این پژوهش نظریه‌های قدیمی پزشکی را زیر سوال برد.", "ACCUSE"),
    # a speaker's judgement of a deed, in the present: no act of the deed's doer
    ("اینکه وزیر کشور نمایندگان را نصیحت کند، شأن مجلس را زیر سوال می‌برد.", "ACCUSE"),
])
def test_no_criticism(sentence, kb, etype):
    assert_not_coded(sentence, kb, etype)
