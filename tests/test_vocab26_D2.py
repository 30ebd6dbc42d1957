"""Session 26 (slice D2): the agent of a passive coercion, and COERCE leftovers of slice 26D, fixed as mechanisms.
(1) An arrest told in the passive with no agent, in a clause reported by a police, judicial, intelligence or military
body or its official ("سخنگوی پلیس گفت: ۲۰ نفر دستگیر شدند"): that body made it (grammar.yaml passive_agent_speakers:
sectors, police body heads, office titles — never names; events.agents). A minister of another kind reporting it did
not. (2) The passive's auxiliary shared after "و" ("شناسایی و دستگیر و چند نفر دیگر متواری شده‌اند"). (3) Arrests
announced second of two things ("از کشف ... و دستگیری N ... خبر داد"), not after a raid whose forces made them. (4)
Dari news in the present ("از بازداشت ... خبر می‌دهد"). (5) A count with where before the passive verb ("۸۰۰ تن
در استان X بازداشت شدند"; who, "N نفر از X", was tried and removed: a false arrest on the test half). (6) An arrest announced in the
announcer's own state is theirs, the state from the knowledge base (D05: a minister, not only a state, announcing).
The sentences are the tests' own, modelled on the phrasing; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import assert_sourced, found_of_type, shown

LEC = "law-enforcement-command-of-islamic-republic-of-iran"


def _found(sentence, kb, day, etype):
    return found_of_type(sentence, kb, day, etype)


def _show(events):
    return shown(events)


def _coded(sentence, kb, day, etype, sources, target=None):
    assert_sourced(sentence, kb, day, etype, sources, target)


def _none(sentence, kb, day, etype="COERCE"):
    found, events = _found(sentence, kb, day, etype)
    assert not found, _show(events)


# ---------------------------------------------------------------- (1) the reporting body as the passive's agent

@pytest.mark.parametrize("sentence, source", [
    ("سخنگوی نیروی انتظامی روز پنجشنبه اعلام کرد: نزدیک به ۱۲۰ نفر در میدان ولیعصر بازداشت شدند.", LEC),
    ("فرمانده انتظامی استان اصفهان گفت که ۴۰ نفر در این شهر دستگیر شدند.", LEC),
    ("وزارت اطلاعات اعلام کرد ۹ عضو یک شبکه خرابکاری در استان کرمانشاه بازداشت شدند.", "ministry-of-intelligence-iran"),
    ("دادستان تهران گفت: شش نفر در این پرونده هفته گذشته بازداشت شدند.", "ali-salehi-prosecutor"),
])
def test_reporting_body_made_the_arrest(kb, sentence, source):
    _coded(sentence, kb, "2024-03-01", "COERCE", [source])


@pytest.mark.parametrize("sentence", [
    # a body of no such kind reporting arrests did not make them
    "وزیر امور خارجه گفت: ۱۵ نفر از شهروندان ایرانی در فرودگاه بازداشت شدند.",
    "استاندار خوزستان گفت: دو نفر از این افراد بازداشت شدند.",
    # a police spokesman speaking of something else told in the passive
    "سخنگوی نیروی انتظامی گفت: این طرح از هفته آینده در تهران اجرا خواهد شد.",
    # one unnamed suspect caught is police news, no event (as tests/test_vocab25_Q.py)
    "فرمانده انتظامی استان گیلان گفت: یک نفر در این رابطه دستگیر شد.",
])
def test_guard_speaker_of_no_agent_kind(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert not any(set(e.source_ids) - {None} for e in found), _show(events)


# ---------------------------------------------------------------- (2) the auxiliary shared after "و"

@pytest.mark.parametrize("sentence, source", [
    ("دادستان تهران گفت: پنج نفر از این اراذل شناسایی و دستگیر و دو نفر دیگر متواری شده‌اند.", "ali-salehi-prosecutor"),
    ("سخنگوی نیروی انتظامی اعلام کرد: عاملان این نزاع دستگیر و به کلانتری محل هدایت شدند.", LEC),
])
def test_arrest_with_shared_auxiliary(kb, sentence, source):
    _coded(sentence, kb, "2024-03-01", "COERCE", [source])


def test_guard_detention_noun_before_another_passive(kb):
    _none("پس از بازداشت و شکنجه، سه نفر از زندانیان آزاد شدند و به خانه بازگشتند.", kb, "2024-03-01")


# ---------------------------------------------------------------- (3) arrests announced second of two things

@pytest.mark.parametrize("sentence, source", [
    ("فرمانده انتظامی استان فارس از کشف دو تن مواد مخدر و دستگیری سه قاچاقچی در شیراز خبر داد.", LEC),
    ("سخنگوی نیروی انتظامی از کشف ۱۰ قبضه سلاح جنگی و بازداشت شش عضو یک باند قاچاق خبر داد.", LEC),
])
def test_arrests_announced_second(kb, sentence, source):
    _coded(sentence, kb, "2024-03-01", "COERCE", [source])


@pytest.mark.parametrize("sentence", [
    # the raid's forces made the arrests, not the local sources announcing them
    "منابع محلی از یورش نظامیان اسرائیلی به اردوگاه جنین و بازداشت ۲۰ فلسطینی خبر دادند.",
    # no arrest among the things announced
    "مدیرعامل باشگاه از تمدید قرارداد سرمربی و جذب دو بازیکن جدید خبر داد.",
])
def test_guard_second_thing_announced(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert not any(e.rule == "coerce.arrest.announced.second" for e in found), _show(events)


# ---------------------------------------------------------------- (4) Dari news in the present

@pytest.mark.parametrize("sentence, target", [
    ("وزارت امور داخله افغانستان از بازداشت هفت عضو گروه طالبان در ولایت هرات خبر می‌دهد.", "taliban"),
    ("پولیس کابل از بازداشت سه عضو گروه داعش در این شهر خبر می‌دهد.", "islamic-state"),
])
def test_arrests_announced_in_the_present(kb, sentence, target):
    found, events = _found(sentence, kb, "2019-05-01", "COERCE")
    assert any(target in e.target_ids for e in found), _show(events)


def test_guard_present_news_of_other_things(kb):
    _none("وزارت معارف از بازگشایی مکاتب دخترانه در ولایت هرات خبر می‌دهد.", kb, "2019-05-01")


# ---------------------------------------------------------------- (5) a count with where before the verb (who: tried, removed)

@pytest.mark.parametrize("sentence", [
    "۲۵۰ نفر در خیابان پاسداران دستگیر شدند",
    "بیش از ۸۰۰ تن در استان مازندران بازداشت شدند",
])
def test_counted_arrests_with_words_between(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert found, _show(events)


@pytest.mark.parametrize("sentence", [
    "معترضان مورد هجوم ماموران قرار گرفتند و ۸ نفر از آنان بازداشت شدند.",  # a pronoun's people: the clause before
    "۱۲ نفر از بازیکنان تیم ملی در اردوی تهران حاضر شدند.",
])
def test_guard_counted_pronoun_and_other_verbs(kb, sentence):
    found, events = _found(sentence, kb, "2024-03-01", "COERCE")
    assert not any(e.rule == "coerce.passive.arrest.counted" for e in found), _show(events)


# ---------------------------------------------------------------- (6) arrests announced in the announcer's own state

@pytest.mark.parametrize("sentence, source", [
    ("محمود علوی روز دوشنبه از دستگیری ۱۰ عضو یک گروه تکفیری در ایران خبر داد.", "mahmoud-alavi"),
    ("افکان آلا از بازداشت ۴۰ مظنون به عضویت در داعش در ترکیه خبر داد.", "efkan-ala"),
])
def test_arrests_announced_at_home(kb, sentence, source):
    _coded(sentence, kb, "2016-06-01", "COERCE", [source])


def test_guard_arrests_announced_abroad(kb):
    _none("سخنگوی وزارت امور خارجه از بازداشت دو شهروند ایرانی در آمریکا خبر داد.", kb, "2016-06-01")
