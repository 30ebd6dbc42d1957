"""Session 30 (slice ENT2): known actors named in the short, branch or governed forms real pages use. A national
body's provincial or city branch ("هلال احمر استان مرکزی", "هلال احمر اصفهان") is the national body, at
that place (composed.yaml ``branch_of``, link/seats.py); a state's body named with the group that governs the state
("وزارت دفاع حکومت سرپرست", "وزارت خارجه حکومت طالبان") is that state's body (the group's ``governs_as``,
rasad/kb/governed.py). Sentences are our own, modelled on real reports; guards are everyday sentences with the same
words."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _ids(text: str, kb) -> set[str]:
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published="2024-05-02T10:00:00+03:30"), kb)
    return {e.kb_id for e in doc.entities if e.kb_id}


@pytest.mark.parametrize("sentence,body,place", [
    ("مدیرعامل هلال احمر استان زنجان از امدادرسانی به ۴۰ خانوار سیل‌زده خبر داد.", "iranian-red-crescent-society",
     "zanjan-province"),
    ("نیروهای هلال احمر اصفهان پس از ریزش کوه به محل حادثه رسیدند.", "iranian-red-crescent-society", "isfahan"),
    ("جمعیت هلال احمر استان کرمان اعلام کرد که صد چادر برای زلزله‌زدگان فرستاده شد.", "iranian-red-crescent-society",
     "kerman-province"),
])
def test_branch_is_the_national_body_at_its_place(kb, sentence: str, body: str, place: str) -> None:
    ids = _ids(sentence, kb)
    assert body in ids and place in ids


@pytest.mark.parametrize("sentence", [
    "هلال ماه رمضان امشب در آسمان استان زنجان دیده شد.",  # the crescent moon, no body
    "امدادگران هلال احمر بصره به آوارگان غذا رساندند.",  # another state's society: the rule is Iran's only
])
def test_branch_words_alone_name_no_body(kb, sentence: str) -> None:
    ids = _ids(sentence, kb)
    assert "iranian-red-crescent-society" not in ids


@pytest.mark.parametrize("sentence,body", [
    ("سخنگوی وزارت دفاع حکومت سرپرست گفت که مرزبانان پاکستانی به سوی یک پاسگاه شلیک کردند.",
     "ministry-of-defense-afghanistan"),
    ("وزارت خارجه حکومت طالبان از آزادی ده زندانی افغان در ایران خبر داد.", "ministry-of-foreign-affairs-afghanistan"),
    ("وزارت امور خارجه حکومت سرپرست کاردار پاکستان در کابل را احضار کرد.", "ministry-of-foreign-affairs-afghanistan"),
    ("وزارت دفاع امارت اسلامی اعلام کرد که درگیری در مرز پایان یافته است.", "ministry-of-defense-afghanistan"),
])
def test_body_of_the_governing_group_is_the_states(kb, sentence: str, body: str) -> None:
    assert body in _ids(sentence, kb)


def test_caretaker_government_of_another_state_is_not_afghanistans(kb) -> None:
    ids = _ids("وزارت کشور حکومت سرپرست پاکستان از برگزاری انتخابات در بهمن خبر داد.", kb)
    assert "PAK" in ids and not any(i.endswith("-afghanistan") for i in ids)


def test_the_group_named_alone_stays_the_group(kb) -> None:
    ids = _ids("طالبان امروز در ولایت هرات با نمایندگان سازمان ملل دیدار کردند.", kb)
    assert "taliban" in ids and "ministry-of-foreign-affairs-afghanistan" not in ids
