"""Session 31 slice SIDE: the right parties for triggers that already fire. General causes fixed as mechanisms:

- a fronted phrase opened by how long before or after ("یک روز پس از ...، X ...", "ساعاتی بعد از ...، X ..."):
  the time words kept the opener from being read, so the first party inside the fronted phrase became the subject
  (grammar.yaml fronted_time_counts, fronted_time_words; grammar._FRONTED);
- "پیش از این"/"پس از آن" right before a party is an adverb ("earlier"), not a fronted phrase: a list of states
  after it lost its first items to the list's commas (grammar.yaml fronted_adverb_objects; chains._adverb_opener);
- the flag state of what was seized, named in a relative clause after its "را" ("یک نفتکش را که با پرچم X ... در
  حرکت بود، توقیف کرد"), is the seizure's target as it is an attack's (frames.frame_ra → _owner_of_struck);
- a speaker cited with "بر اساس گفته‌های X،", "طبق اظهارات X،" opens the sentence as an attribution, no party
  (grammar.yaml event_attributions, read by the coder only).

Sentences written for these tests, modelled on real pages' phrasing (worklist tests/realnews/fresh/slices31_SIDE.tsv)."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument


def _events(text: str, kb, day: str = "2023-05-05"):
    doc = annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)
    return doc.events


def _sides(text: str, kb, etype: str) -> list[tuple[set, set]]:
    return [(set(e.source_ids), set(e.target_ids)) for e in _events(text, kb) if e.type == etype]


@pytest.mark.parametrize("text, etype, source, target", [
    ("یک روز پس از قطع رابطه تهران و ریاض، بحرین نیز از قطع مناسبات دیپلماتیک خود با ایران خبر داد.",
     "SANCTION", "BHR", "IRN"),
    ("دو روز پس از سفر مسکو و پکن، ژاپن نیز سفیر روسیه را احضار کرد.", "ACCUSE", "JPN", "RUS"),
    ("ساعاتی بعد از دیدار مقامات آمریکا و چین، تایوان سفیر چین را احضار کرد.", "ACCUSE", "TWN", "CHN"),
])
def test_a_fronted_phrase_opened_by_a_time_span(kb, text, etype, source, target):
    assert any(source in s and s <= {source} and target in t for s, t in _sides(text, kb, etype))


def test_a_fronted_time_span_with_a_match_codes_nothing(kb):
    assert not _events("یک روز پس از دیدار تیم‌های ایران و ژاپن، هواداران به خیابان‌ها آمدند.", kb)


@pytest.mark.parametrize("text, sources, target", [
    ("پیش از این پادشاهی سعودی، بحرین، سودان و جیبوتی روابط دیپلماتیک خود را با ایران قطع کرده‌اند.",
     {"SAU", "BHR", "SDN", "DJI"}, "IRN"),
    ("پیش از این آمریکا، کانادا و استرالیا سفرای روسیه را اخراج کرده‌اند.", {"USA", "CAN", "AUS"}, "RUS"),
    ("پیش از این عربستان، امارات و مصر روابط خود را با قطر قطع کردند.", {"SAU", "ARE", "EGY"}, "QAT"),
])
def test_earlier_before_a_list_of_states_is_no_fronted_phrase(kb, text, sources, target):
    assert any(s == sources and target in t for s, t in _sides(text, kb, "SANCTION"))


def test_earlier_before_a_match_codes_nothing(kb):
    assert not _events("پیش از این مسابقه، تیم‌های ایران، ژاپن و کره در تهران تمرین کردند.", kb)


@pytest.mark.parametrize("text, source, target", [
    ("نیروی دریایی سپاه یک نفتکش را که با پرچم پاناما در خلیج فارس در حرکت بود، توقیف کرد.",
     "navy-of-the-islamic-revolutionary-guard-corps", "PAN"),
    ("نیروهای گارد ساحلی یونان یک کشتی را که با پرچم ترکیه به سمت قبرس در حرکت بود، توقیف کردند.", "GRC", "TUR"),
])
def test_the_flag_of_what_was_seized_after_its_ra(kb, text, source, target):
    assert any(source in s and t == {target} for s, t in _sides(text, kb, "COERCE"))


def test_where_a_seized_ship_sailed_to_is_no_target(kb):
    assert all(not t for _s, t in _sides("سپاه یک نفتکش را که به سمت امارات در حرکت بود، توقیف کرد.", kb, "COERCE"))


@pytest.mark.parametrize("text, source, target", [
    ("بر اساس گفته‌های وزیر خارجه ترکیه، یونان سفیر ترکیه را احضار کرد.", "GRC", "TUR"),
    ("طبق اظهارات سخنگوی وزارت خارجه چین، پکن سفیر ژاپن را احضار کرد.", "CHN", "JPN"),
])
def test_a_cited_speaker_opening_the_sentence_is_no_party(kb, text, source, target):
    assert (({source}, {target})) in _sides(text, kb, "ACCUSE")


def test_a_cited_coach_codes_nothing(kb):
    assert not _events("بر اساس گفته‌های مربی تیم ملی، بازیکنان ایران و ژاپن دیدار دوستانه‌ای برگزار می‌کنند.", kb)
