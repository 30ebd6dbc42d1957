"""Session 27 (slice K): arrests, executions and sentences told in the passive with no doer in the clause.
(1) A court act in the passive with no one named who did it — a sentence passed, an execution carried out, an arrest
made on a judicial order — is the judiciary's of the state it happened in (the prison's or city's state, else the
person's, else the outlet's), only where the sentence says it was a court's act (grammar.yaml judicial_passive;
events.agents.judicial_agent); the execution told with the condemned described at length (coerce.executed) and a
term with a word after it ("به ۵ سال حبس تعزیری محکوم شد") are read, and such a sentence is read even when it names
no actor. (2) A passive coercion with no agent, told right after an act whose doer is named — in the sentence before
or earlier in its own — was done by that doer: a coercion's, or an attack's by a state or a body that arrests
(coder._agent_told_before). An arrest with no doer anywhere stays uncoded: coding it with an empty source lowered dev
events and matched nothing on the held-out quarter. The sentences are the tests' own; the guards are everyday ones."""

from __future__ import annotations

import pytest

from tests.event_text import assert_sourced, found_of_type, shown

JUD = "judiciary-of-iran"
LEC = "law-enforcement-command-of-islamic-republic-of-iran"
DAY = "2024-03-01"


def _none(sentence, kb, etype="COERCE"):
    found, events = found_of_type(sentence, kb, DAY, etype)
    assert not found, shown(events)


# ---------------------------------------------------------------- (1) the judiciary of the state it happened in

@pytest.mark.parametrize("sentence", [
    "حکم اعدام دو زندانی در زندان مرکزی شیراز اجرا شد.",
    "سه زندانی به اتهام قتل در زندان قزلحصار اعدام شدند.",
    "مریم احمدی، فعال صنفی معلمان در استان کرمان، به ۵ سال حبس تعزیری محکوم شد.",
    "رضا محمدی، فعال کارگری، با دستور قضایی در شهر تبریز بازداشت شد.",
    "حکم اعدام یک مرد ۳۵ ساله اهل کرمانشاه که سال گذشته بازداشت شده بود در زندان دیزل‌آباد به اجرا درآمد.",
])
def test_court_act_is_the_judiciarys(kb, sentence):
    assert_sourced(sentence, kb, DAY, "COERCE", [JUD])


@pytest.mark.parametrize("sentence", [
    # an execution with no word of courts, charges or prisons may be an armed group's
    "دو مرد در یکی از روستاهای استان دیالی اعدام شدند.",
    # a ban from a sports body, a company ordered to pay
    "مدافع تیم استقلال از سوی کمیته انضباطی به سه جلسه محرومیت محکوم شد.",
    "شرکت خودروسازی به پرداخت ۲ میلیارد ریال غرامت محکوم شد.",
    # still held: background, no act
    "این فعال مدنی از دو ماه پیش در زندان اوین در بازداشت به سر می‌برد.",
    # an arrest with no doer and no judicial order: left uncoded (no empty source)
    "دو فعال کارگری در تبریز بازداشت شدند.",
])
def test_guard_no_court_act(kb, sentence):
    _none(sentence, kb)


def test_guard_release_is_no_coercion(kb):
    _none("این زندانی سیاسی پس از پنج سال از زندان اوین آزاد شد.", kb)


# ---------------------------------------------------------------- (2) the doer told just before

@pytest.mark.parametrize("sentence, source", [
    ("مأموران نیروی انتظامی به تجمع کارگران در مقابل مجلس یورش بردند و ۱۵ نفر از آنان بازداشت شدند.", LEC),
    ("نیروهای ارتش اسرائیل به اردوگاه جنین یورش بردند و ۲۰ نفر از ساکنان آن بازداشت شدند.", "israel-defense-forces"),
])
def test_arrests_after_the_raid_are_the_raiders(kb, sentence, source):
    assert_sourced(sentence, kb, DAY, "COERCE", [source])


def test_sentence_detailed_after_the_court(kb):
    found, events = found_of_type("دادگاه انقلاب مشهد سه فعال مدنی را به زندان محکوم کرد. بر اساس این حکم، نرگس محمدی "
                                  "به ۴ سال حبس تعزیری محکوم شده است.", kb, DAY, "COERCE")
    assert any("narges-mohammadi" in e.target_ids and "islamic-revolutionary-court" in e.source_ids
               for e in found), shown(events)


@pytest.mark.parametrize("sentence", [
    # an armed group or a mob that attacked did not arrest anyone
    "داعش به روستایی در استان دیالی حمله کرد و ۱۰ نفر از اهالی بازداشت شدند.",
    "گروهی از اراذل به مغازه‌ای در شهر کرج حمله کردند و سه نفر از آنان بازداشت شدند.",
])
def test_guard_attackers_who_do_not_arrest(kb, sentence):
    found, events = found_of_type(sentence, kb, DAY, "COERCE")
    assert not any("islamic-state" in e.source_ids for e in found), shown(events)
    assert not any(e.rule == "coerce.passive.arrest" and e.source_ids for e in found), shown(events)
