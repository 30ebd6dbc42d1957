"""Session 28 (slice N): people the knowledge base does not know. Why dev pages' unknown people were not kept, each
cause written anew (other people, places, tenses), with guards for everyday phrases that use the same words:

- a surname the lexicon does not list, built as most Persian surnames are — a given name with the adjective ending
  ("مظفری", "ربیعی") or with a surname's ending joined ("علیزاده", "حضرتپور") — did not mark a name standing alone;
- a surname of two words ("علیزاده طباطبایی", "صفایی فراهانی") was cut after its first word;
- a name after the head word of a body or place named after a person ("قرارگاه حمزه ...", "بیمارستان فاطمه زهرا")
  was taken for a person;
- "وی" after a sentence opened by an office that then names someone inside its speech ("فرماندار X ... افزود: ...
  به نام «NAME» کشته شد. وی ادامه داد") went to the person spoken of, not the office that speaks."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.annotate.link.surnames import is_surname
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _annotation(text, kb, published="2024-07-20T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)


def _people(doc):
    return {f for m in doc.entities if m.type == "PERSON" for f in m.forms}


# --- surnames built from a given name or with a surname's ending -------------------------------------------------

@pytest.mark.parametrize("sentence,name", [
    ("بر پایه این حکم، کاوه مظفری به پنج سال زندان محکوم شد.", "کاوه مظفری"),
    ("در جلسه روز گذشته مریم ربیعی از مسئولان شهرداری انتقاد کرد.", "مریم ربیعی"),
    ("پس از پایان جلسه رضا علیزاده به همراه وکیلش دادگاه را ترک کرد.", "رضا علیزاده"),
])
def test_built_surname_marks_a_name(sentence, name, kb):
    assert name in _people(_annotation(sentence, kb))


@pytest.mark.parametrize("word,expected", [
    ("مظفری", True), ("علیزاده", True), ("حضرتپور", True), ("رحمانی", True),
    # everyday words built the same way: adjectives, a prince, a shrine, a noun given name's adjective
    ("نظامی", False), ("جهانی", False), ("شاهزاده", False), ("امامزاده", False), ("آزاده", False), ("امیدی", False),
])
def test_built_surname_shape(word, expected):
    assert is_surname(word) is expected


@pytest.mark.parametrize("sentence", [
    "نظام اسلامی در برابر این فشارها ایستادگی کرد.",
    "امید جهانی به پایان این جنگ روز به روز کمتر می‌شود.",
])
def test_everyday_words_are_no_name(sentence, kb):
    assert not _people(_annotation(sentence, kb))


# --- a surname of two words --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,name", [
    ("محمود علیزاده طباطبایی، وکیل این روزنامه‌نگار، گفت که به حکم اعتراض می‌کند.", "محمود علیزاده طباطبایی"),
    ("دادگاه، حمیدرضا خاتمی، بهروز صفایی فراهانی و زهرا منصوری را به زندان محکوم کرد.", "بهروز صفایی فراهانی"),
    ("جلسه با حضور مهدی کریمی طالقانی برگزار شد و او گفت که طرح تصویب می‌شود.", "مهدی کریمی طالقانی"),
])
def test_two_word_surname(sentence, name, kb):
    assert name in _people(_annotation(sentence, kb))


@pytest.mark.parametrize("sentence,name", [
    ("سعید رحمانی دیروز گفت که قرارداد امضا می‌شود.", "سعید رحمانی"),
    ("حسن کاظمی تهران را به مقصد مسکو ترک کرد و گفت که مذاکره ادامه دارد.", "حسن کاظمی"),
])
def test_surname_takes_no_everyday_word(sentence, name, kb):
    assert name in _people(_annotation(sentence, kb))


# --- bodies named after a person ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,words", [
    ("فرمانده قرارگاه حمزه سیدالشهدا گفت که دو تروریست دستگیر شدند.", "حمزه سیدالشهدا"),
    ("رئیس بیمارستان فاطمه زهرا گفت که مجروحان مرخص شدند.", "فاطمه زهرا"),
    ("مدیر مدرسه مهدی باقری تاکید کرد که کلاس‌ها برقرار است.", "مهدی باقری"),
])
def test_body_named_after_a_person_is_no_person(sentence, words, kb):
    assert words not in _people(_annotation(sentence, kb))


def test_person_beside_a_body_head_is_kept(kb):
    doc = _annotation("مجتبی جزیده مدیر این بیمارستان گفت مجروحان بهبود یافتند.", kb)
    assert "مجتبی جزیده" in _people(doc)


# --- "وی" after an office that named someone inside its speech ---------------------------------------------------

_GOVERNOR = ("فرماندار زاهدان از کشته شدن یک مأمور پلیس خبر داد. حمید نارویی در گفت‌وگو با خبرنگاران اظهار داشت: "
             "درگیری ساعت سه بامداد رخ داد. فرماندار زاهدان با اشاره به جزئیات حادثه افزود: در این درگیری یک مأمور "
             "به نام «یاسر کاظمی» کشته شد. وی ادامه داد: هم‌اکنون وضعیت شهر آرام است.")
_MAYOR = ("فرماندار میناب با اشاره به سیل دیشب گفت: کشاورزی به نام «ناصر رحمانی» در سیل جان باخت. وی افزود: "
          "گروه‌های امدادی در محل مستقر هستند.")


@pytest.mark.parametrize("text,victim", [(_GOVERNOR, "Yaser Kazemi"), (_MAYOR, "Nasser Rahmani")])
def test_pronoun_after_office_is_not_the_person_it_spoke_of(text, victim, kb):
    doc = _annotation(text, kb)
    last = [q for q in doc.quotes if "آرام است" in q.text or "مستقر هستند" in q.text]
    assert last and all(q.speaker != victim for q in last), [(q.speaker, q.text[:30]) for q in doc.quotes]


def test_pronoun_after_a_named_subject_stays(kb):
    doc = _annotation("حسن کاظمی گفت: قرارداد امضا می‌شود. وی افزود: مذاکرات ادامه دارد.", kb)
    assert any("مذاکرات" in q.text and q.speaker == "Hassan Kazemi" for q in doc.quotes), \
        [(q.speaker, q.text[:30]) for q in doc.quotes]
