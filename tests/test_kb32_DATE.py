"""Session 32 slice DATE: office terms the knowledge base recorded without dates, dated from sources (appointments,
credentials, farewells). An undated position covers every day, so "سفیر ایران در باکو" on a 2022 page resolved to
the ambassador of a decade before, and two undated holders of one office named no one on any day. The guards: where
no holder is recorded for the day (the successor is not in the knowledge base), the office stays unresolved (roles
never guess). Sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _resolved(text: str, kb, day: str, head: str) -> set[str | None]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)
    return {r.kb_id for r in doc.roles if r.text.startswith(head)}


@pytest.mark.parametrize("text, day, head, person", [
    ("سفیر ایران در باکو با معاون وزیر خارجه جمهوری آذربایجان دیدار کرد.", "2021-11-20", "سفیر",
     "abbas-mousavi-diplomat"),
    ("سفیر ایران در جمهوری آذربایجان به وزارت خارجه این کشور احضار شد.", "2023-02-02", "سفیر",
     "abbas-mousavi-diplomat"),
    ("سفیر ایران در ترکیه با وزیر بازرگانی این کشور در آنکارا دیدار کرد.", "2017-03-01", "سفیر",
     "mohammad-ebrahim-taherian-fard"),
    ("سفیر ایران در ترکیه از افزایش مبادلات مرزی دو کشور خبر داد.", "2020-12-01", "سفیر", "mohammad-farazmand"),
    ("سفیر ایران در ترکیه در مراسم روز ملی در آنکارا سخنرانی کرد.", "2024-02-01", "سفیر",
     "mohammad-hassan-habibollahzadeh"),
    ("رئیس ستاد ارتش عراق از پایگاهی در استان الانبار بازدید کرد.", "2020-08-15", "رئیس ستاد",
     "abdul-amir-yarallah"),
    ("رئیس ستاد ارتش عراق با فرماندهان عملیات نینوا دیدار کرد.", "2017-05-10", "رئیس ستاد", "othman-al-ghanmi"),
])
def test_an_office_names_its_holder_on_the_day(kb, text, day, head, person):
    assert _resolved(text, kb, day, head) == {person}


@pytest.mark.parametrize("title, of, day, person, gone", [
    ("spokesperson", "ministry-of-health-and-medical-education", "2020-03-15", "kianoush-jahanpour", "sima-sadat-lari"),
    ("spokesperson", "ministry-of-health-and-medical-education", "2021-02-01", "sima-sadat-lari", "kianoush-jahanpour"),
    ("spokesperson", "islamic-revolutionary-guard-corps", "2022-05-01", "ramezan-sharif", "ali-mohammad-naini"),
    ("spokesperson", "islamic-revolutionary-guard-corps", "2025-01-10", "ali-mohammad-naini", "ramezan-sharif"),
    ("ambassador", "IRN", "2022-06-01", "ali-chegeni", "iraj-elahi"),  # Iran's in New Delhi
    ("ambassador", "IRN", "2022-11-01", "iraj-elahi", "ali-chegeni"),
])
def test_a_holder_held_the_office_on_the_day(kb, title, of, day, person, gone):
    holders = {a.id for a in kb.holders(title, of, dt.date.fromisoformat(day))}
    assert person in holders and gone not in holders


@pytest.mark.parametrize("text, day", [
    ("سفیر ایران در باکو با رئیس مجلس جمهوری آذربایجان دیدار کرد.", "2025-03-01"),  # Mousavi's successor: not recorded
])
def test_an_office_whose_holder_is_not_recorded_stays_unresolved(kb, text, day):
    assert _resolved(text, kb, day, "سفیر") <= {None}
