"""Session 31 (slice REP): who did it when someone else reports it, and who did a passive act. A reported clause
opened by a weapon or force with its state named right after it ("... اعلام کرد که یک پهپاد X ...") is the state's
act, not the announcer's (chains._forces_opening); one opened by a weapon pointed back to or by doers left unnamed
("... اعلام کرد که این پهپاد ...", "گفت افراد مسلح ...": grammar.yaml pointed_weapons, unnamed_doers) names no doer, so
the announcer is not taken for one (chains._clause_subject); the body whose entry, action or cooperation a passive
coercion came by ("با ورود / با همکاری / با اقدام X ... دستگیر شدند": grammar.yaml agency_nouns) made it
(frames._agent_ordered). Sentences are our own, modelled on real reports; guards are everyday sentences with the same
words."""

from __future__ import annotations

import pytest

from tests.event_text import reported_events, sides_of


@pytest.mark.parametrize(("sentence", "source", "target", "speaker"), [
    ("مرکز رسانه‌ای قسد اعلام کرد که یک پهپاد ترکیه روستای تل‌تمر را هدف قرار داد.", "TUR", "SYR",
     "syrian-democratic-forces"),
    ("وزارت دفاع سوریه اعلام کرد که بالگردهای ترکیه به روستایی در حومه حلب حمله کردند.", "TUR", "SYR", None),
])
def test_weapon_of_a_state_in_a_reported_clause_makes_the_state_the_doer(kb, sentence, source, target, speaker) -> None:
    coded = sides_of(sentence, kb, "ASSAULT")
    assert any(source in src and target in tgt for src, tgt in coded)
    assert not any(speaker in src for src, _ in coded)


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("دیده‌بان حقوق بشر سوریه اعلام کرد که این پهپاد به یک اردوگاه در حومه ادلب حمله کرد.",
     "syrian-observatory-for-human-rights"),
    ("دیده‌بان حقوق بشر سوریه گفت افراد مسلح به یک ایست بازرسی ارتش سوریه در درعا حمله کردند.",
     "syrian-observatory-for-human-rights"),
    ("سازمان ملل اعلام کرد که این جنگنده‌ها یک اردوگاه آوارگان در رفح را بمباران کردند.", "united-nations"),
    ("فرماندار بصره گفت مهاجمان مسلح به کنسولگری کویت در بصره حمله کردند.", "IRQ"),
])
def test_reported_clause_with_an_unnamed_doer_is_not_the_announcers_act(kb, sentence: str, speaker: str) -> None:
    assert not any(speaker in src for src, _ in sides_of(sentence, kb, "ASSAULT"))


@pytest.mark.parametrize(("sentence", "doers"), [
    ("با ورود سریع دادستانی و نیروی انتظامی ۲۰ نفر از عاملان این درگیری دستگیر شده‌اند.",
     {"judiciary-of-iran", "law-enforcement-command-of-islamic-republic-of-iran"}),
    ("با همکاری پلیس ترکیه، سه قاچاقچی ایرانی در استانبول بازداشت شدند.", {"TUR"}),
    ("با اقدام به موقع وزارت اطلاعات، ۱۲ عضو یک شبکه تروریستی در سیستان و بلوچستان دستگیر شدند.",
     {"ministry-of-intelligence-iran"}),
    ("با تلاش ماموران پلیس آگاهی تهران، ۵ سارق مسلح دستگیر شدند.",
     {"law-enforcement-command-of-islamic-republic-of-iran"}),
    ("فرمانده انتظامی استان گفت: با ورود سریع و قاطع سپاه و نیروی انتظامی ۱۵ نفر از اخلالگران در شهر اهواز دستگیر شدند.",
     {"islamic-revolutionary-guard-corps", "law-enforcement-command-of-islamic-republic-of-iran"}),
])
def test_body_a_passive_arrest_came_by_made_it(kb, sentence: str, doers: set[str]) -> None:
    coded = sides_of(sentence, kb, "COERCE")
    assert any(doers <= set(src) and not doers & set(tgt) for src, tgt in coded)


@pytest.mark.parametrize("sentence", [
    "با همکاری وزارت بهداشت، ۲۰ بیمار در بیمارستان امام خمینی بستری شدند.",  # patients admitted
    "با ورود تیم ملی ایران به ورزشگاه آزادی، هواداران به وجد آمدند.",  # a team's arrival
    "پزشکان اعلام کردند که این بیمار دچار حمله قلبی شد.",  # a heart attack
    "مربی تیم ملی گفت که این بازیکن در دیدار با ژاپن به دروازه حریف حمله کرد.",  # a match
])
def test_everyday_sentences_code_nothing(kb, sentence: str) -> None:
    assert not reported_events(sentence, kb)


def test_delegation_pointed_back_to_stays_the_speakers_side(kb) -> None:
    """Only weapons pointed back to leave the announcer out: "گفت که این هیأت با ... دیدار کرد" is their side's meeting."""
    coded = sides_of("سخنگوی وزارت خارجه گفت که این هیأت با وزیر خارجه عمان دیدار کرد.", kb, "CONSULT")
    assert any("badr-bin-hamad-al-busaidi" in tgt and src for src, tgt in coded)
