"""Session 26 (slice A4): older dev pages whose required events rasad still missed. The general causes found there,
each written anew (other people, places, tenses), with guards for the everyday sentences that use the same words:

- a trigger's word before a gap matched the start of a longer word ("شهر … را آزاد کرد" read "شهروندان آمریکایی را
  آزاد کردند" as a city taken, and kept the release from being coded; "نشست … با … برگزار شد" read "باکو" as "با");
  a glued plural, indefinite or possessive suffix still counts as the word's ("مشترکشان");
- a resignation not accepted ("رئیس‌جمهور با استعفا موافقت نکرد") was read as the resigner opposing the president;
- two sides' joint press conference held somewhere ("در نشست خبری مشترکشان که در آنکارا برگزار شد") is their
  meeting there;
- of states named by adjectives only the first was struck ("به کشتی‌های آمریکایی و انگلیسی", "به یک کشتی آمریکایی
  و یک کشتی انگلیسی")."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events

# --- a word before a gap ends there ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), [
    ("دولت ونزوئلا شهروندان آمریکایی را آزاد کرد.", ("RETREAT", "VEN", "USA")),
    ("طالبان سه شهروند بریتانیایی را آزاد کردند.", ("RETREAT", "taliban", "GBR")),
])
def test_citizens_released_not_city_taken(sentence, expected, kb):
    assert_coded(sentence, kb, expected)
    assert_not_coded(sentence, kb, "ASSAULT")


@pytest.mark.parametrize("sentence", [
    "ارتش سوریه شهر حلب را آزاد کرد.",
    "نیروهای عراقی شهرهای تکریت و بیجی را آزاد کردند.",
])
def test_city_taken_still_coded(sentence, kb):
    assert not [e for e in reported_events(sentence, kb) if e.type == "RETREAT"]


@pytest.mark.parametrize(("sentence", "place"), [
    ("سرگئی لاوروف و وانگ یی در نشست خبری مشترکشان که در پکن برگزار شد، بر همکاری راهبردی دو کشور تأکید کردند.",
     "beijing"),
    ("اردوغان و الهام علی‌اف در کنفرانس خبری مشترکی که در آنکارا برگزار شد بر گسترش روابط تاکید کردند.", "ankara"),
])
def test_joint_press_conference_place(sentence, place, kb):
    events = reported_events(sentence, kb)
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and consult[0].location_id == place, [(e.type, e.location_id, e.trigger) for e in events]


def test_press_conference_alone_codes_nothing(kb):
    assert_not_coded("نشست خبری مشترک سخنگوی دولت و سخنگوی وزارت بهداشت در تهران برگزار شد.", kb, "CONSULT")


# --- a resignation not accepted -------------------------------------------------------------------------------------


def test_resignation_not_accepted_no_opposition(kb):
    assert_not_coded("وزیر کشور استعفا داد اما رئیس‌جمهور تا امروز با استعفا موافقت نکرد.", kb, "REJECT")


def test_proposal_not_accepted_still_rejected(kb):
    assert_coded("ایران با پیشنهاد آمریکا موافقت نکرد.", kb, ("REJECT", "IRN", "USA"))


# --- states listed by adjective: each is struck ---------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "targets"), [
    ("انصارالله به یک نفتکش یونانی و یک نفتکش پانامایی در خلیج عدن حمله کرد.", {"GRC", "PAN"}),
    ("گارد ساحلی چین به قایق‌های فیلیپینی و ویتنامی حمله کرد.", {"PHL", "VNM"}),
])
def test_adjectives_listed_all_struck(sentence, targets, kb):
    events = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert events and targets <= set(events[0].target_ids), [(e.type, e.target_ids) for e in events]


def test_adjective_of_another_phrase_not_struck(kb):
    events = [e for e in reported_events("پهپادهای روسی به یک کارخانه اوکراینی در نزدیکی مرز لهستانی حمله کردند.", kb)
              if e.type == "ASSAULT"]
    assert events and events[0].target_ids == ["UKR"], [(e.type, e.target_ids) for e in events]
