"""Session 26 (slice A): whole real pages rasad scored far below the rest of the dev half — a blog's hard-wrapped copy
of an election-vetting report, an army commander's account of a clash, a wire story of exploding pagers, visits.
The general causes found there, each written anew (other parties, places, tenses), with guards for the everyday
sentences that use the same words:

- a news agency's "گزارش داد" was quoted as the agency's own statement (the gold, like the real-news README, leaves
  outlets reporting the news out of the quotes), and the agency was not among the outlets cited;
- devices blown up in their holders' hands or planted (pagers, radios, grenades, parcel bombs) were no attack's
  cause, so the wounded were no one's victims;
- a count with a ZWNJ before a partitive ("صد‌ها تن از اعضای X", "ده‌ها نفر از") was not read as one, so the
  party after "از" lost the victims;
- an attack with neither attacker nor place told, on a group that is no state, had no place (its home state);
- disqualifications announced with the vetting body named ("از رد صلاحیت ... از سوی X خبر داد"), or that body
  named by whom it belongs to ("هیات‌های نظارت وابسته به شورای نگهبان"), coded nothing;
- a hard-wrapped page (lines cut at a fixed width, mid-sentence) had its sentences cut at every line break."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from rasad.text.sentences import split_sentences
from tests.event_text import _REPORTED, assert_coded, assert_not_coded, reported_events


def _annotation(text, kb, published="2024-07-20T10:00:00+03:30"):
    return annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)


# --- a news agency that "reported" is cited, not quoted ----------------------------------------------------------

@pytest.mark.parametrize("sentence,agency", [
    ("خبرگزاری فرانسه گزارش داد که ده‌ها خانواده در شمال سوریه آواره شده‌اند.", "AFP"),
    ("خبرگزاری شینهوا روز یکشنبه گزارش داد سیل در جنوب چین خسارت زیادی به بار آورده است.", "Xinhua"),
])
def test_agency_report_is_cited(sentence, agency, kb):
    doc = _annotation(sentence, kb)
    assert not [q for q in doc.quotes if q.cue.startswith("گزارش")], [(q.speaker, q.cue) for q in doc.quotes]
    assert agency in doc.meta.cites, doc.meta.cites


@pytest.mark.parametrize("sentence,speaker", [
    # a person's report stays a quote (session 27 Q: a broadcaster's is cited, as every outlet's is —
    # tests/test_vocab27_Q.py)
    ("وزیر بهداشت لبنان گزارش داد که شمار زخمیان به دو هزار نفر رسیده است.", "firass-abiad"),
])
def test_other_reports_stay_quotes(sentence, speaker, kb):
    doc = _annotation(sentence, kb)
    assert any(q.speaker_id == speaker for q in doc.quotes), [(q.speaker_id, q.cue) for q in doc.quotes]


# --- devices blown up: an attack with its attacker untold --------------------------------------------------------

@pytest.mark.parametrize("sentence,target", [
    ("ده‌ها تن از اعضای حزب‌الله عصر دیروز بر اثر انفجار پیجرهایشان در جنوب لبنان مجروح شدند.", "hezbollah"),
    ("شماری از اعضای حماس در پی انفجار بی‌سیم‌هایشان زخمی شدند.", "hamas"),
    ("چهار سرباز ارتش سوریه بر اثر انفجار بسته انفجاری در درعا زخمی شدند.", "syrian-arab-army"),
])
def test_device_explosion_is_attack(sentence, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", None, target))


@pytest.mark.parametrize("sentence", [
    "بر اثر انفجار کپسول گاز در یک رستوران سه نفر از کارکنان شهرداری زخمی شدند.",
    "دو کارگر معدن بر اثر انفجار گاز متان در تونل مجروح شدند.",
])
def test_accidental_explosion_no_attack(sentence, kb):
    assert_not_coded(sentence, kb, "ASSAULT")


# --- a count written with a ZWNJ before a partitive ------------------------------------------------------------

@pytest.mark.parametrize("sentence,target", [
    ("صدها تن از اعضای حزب‌الله بر اثر انفجار بمب مجروح شدند.", "hezbollah"),
    ("ده‌ها تن از رزمندگان حماس در پی انفجار بمب زخمی شدند.", "hamas"),
])
def test_counted_partitive_victims(sentence, target, kb):
    assert_coded(sentence, kb, ("ASSAULT", None, target))


def test_counted_fans_no_attack(kb):
    assert_not_coded("ده‌ها تن از هواداران باشگاه پرسپولیس در جشن قهرمانی زخمی شدند.", kb, "ASSAULT")


# --- an untold attack on a group happened in the group's state -------------------------------------------------

@pytest.mark.parametrize("sentence,place", [
    ("صدها تن از اعضای حزب‌الله امروز بر اثر انفجار پیجرها مجروح شدند.", "LBN"),
    ("سه تن از نیروهای ارتش عراق بر اثر انفجار بمب کنار جاده‌ای کشته شدند.", "IRQ"),
])
def test_untold_attack_in_group_state(sentence, place, kb):
    found = [e for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert found and found[0].location_id == place, [(e.target_ids, e.location_id) for e in found]


def test_named_attacker_no_home_place(kb):
    found = [e for e in reported_events("جنگنده‌های اسرائیل به مواضع حزب‌الله حمله کردند.", kb) if e.type == "ASSAULT"]
    assert found and found[0].location_id is None, [(e.source_ids, e.location_id) for e in found]


# --- disqualifications announced, the vetting body named -------------------------------------------------------

@pytest.mark.parametrize("sentence,source", [
    ("خبرگزاری فارس از رد صلاحیت ۳۰ درصد از نامزدهای انتخابات مجلس یازدهم از سوی هیات‌های نظارت استان‌ها "
     "وابسته به شورای نگهبان خبر داد.", "guardian-council"),
    ("رسانه‌ها از رد صلاحیت چند نماینده فعلی مجلس توسط شورای نگهبان خبر دادند.", "guardian-council"),
    ("خبرگزاری ایلنا از رد صلاحیت ۲۰ درصد داوطلبان از سوی هیات‌های اجرایی وابسته به وزارت کشور خبر داد.",
     "ministry-of-interior-iran"),
])
def test_disqualification_announced(sentence, source, kb):
    assert_coded(sentence, kb, ("REJECT", source, None))


def test_disqualification_no_body_no_event(kb):
    # the outlet that announces it is no vetting body
    assert_not_coded("خبرگزاری ایسنا از رد صلاحیت ۳۰ درصد از نامزدهای انتخابات مجلس خبر داد.", kb, "REJECT")


# --- a hard-wrapped page: a line cut mid-sentence goes on ------------------------------------------------------

@pytest.mark.parametrize("text,first", [
    ("وزارت کشور از تایید صلاحیت ۴۰ درصد از\n\nداوطلبان انتخابات شوراها خبر داد.\n\nمتن دیگر.",
     "وزارت کشور از تایید صلاحیت ۴۰ درصد از\n\nداوطلبان انتخابات شوراها خبر داد."),
    ("نمایندگان مجلس به سخنان سخنگوی\n\nدولت واکنش نشان دادند.\n\nمتن دیگر.",
     "نمایندگان مجلس به سخنان سخنگوی\n\nدولت واکنش نشان دادند."),
    ("اعضای شورای\n\nشهر تهران جلسه گرفتند.\n\nمتن دیگر.", "اعضای شورای\n\nشهر تهران جلسه گرفتند."),
])
def test_wrapped_line_goes_on(text, first):
    assert split_sentences(text)[0].text == first


@pytest.mark.parametrize("text", [
    "نشست امنیتی منطقه‌ای\n\nوزیران خارجه در تهران دیدار کردند.",
    "گفت‌وگو با وی\n\nوزیر خارجه به پرسش‌ها پاسخ داد.",
    "سفر رئیس‌جمهور به ترکیه\n\nرئیس‌جمهور امروز به آنکارا رفت.",
])
def test_headline_line_stands_alone(text):
    assert len(split_sentences(text)) == 2, [s.text for s in split_sentences(text)]

