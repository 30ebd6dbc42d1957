"""Session 32 (lead), read on real Taliban–Pakistan border reports. A clash "between" two sides where the second is a
state's force named by its kind ("میان X و نیروهای مرزی Y درگیری رخ داد": grammar.yaml force_modifiers, joined as a
list by chains._gap_kind), and an act coordinated with another inside what someone is accused of ("X را به پناه دادن
و حمایت از Y متهم کرد": grammar._ACCUSED_OF) is the charge's content, not the accuser's act. Sentences are our own."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import reported_events, sides_of


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("بامداد شنبه میان نیروهای طالبان و نیروهای مرزی پاکستان درگیری مسلحانه رخ داد.", "taliban", "PAK"),
    ("دیشب میان عناصر حزب‌الله و نیروهای مرزی سوریه در مرز درگیری رخ داد.", "hezbollah", "SYR"),
])
def test_clash_between_a_group_and_a_states_force_has_both_sides(kb, sentence: str, first: str, second: str) -> None:
    assert any(first in src and second in tgt for src, tgt in sides_of(sentence, kb, "ASSAULT"))


@pytest.mark.parametrize("sentence", [
    "اسلام‌آباد طالبان را به پناه دادن و حمایت از تحریک طالبان پاکستان متهم کرد.",
    "ترکیه آمریکا را به تسلیح و حمایت از پ ک ک متهم کرده است.",
])
def test_second_act_of_a_charge_is_not_the_accusers_support(kb, sentence: str) -> None:
    assert sides_of(sentence, kb, "SUPPORT") == []
    assert sides_of(sentence, kb, "ACCUSE")


def test_support_beside_an_accusation_is_still_support(kb) -> None:
    coded = sides_of("ایران از دولت عراق حمایت کرد و آمریکا را به دخالت متهم کرد.", kb, "SUPPORT")
    assert any("IRN" in src and "IRQ" in tgt for src, tgt in coded)


@pytest.mark.parametrize("sentence", [
    "میان نیروهای طالبان و نیروهای مرزی پاکستان درگیری رخ داد. این درگیری در حالی رخ داده است که تنش‌ها میان طالبان و پاکستان طی هفته گذشته شدت گرفته است.",
    "ارتش اسرائیل به لبنان حمله کرد و این حمله در حالی صورت گرفت که آتش‌بس از هفته گذشته برقرار بود.",
])
def test_time_of_a_background_clause_after_the_trigger_does_not_date_it(kb, sentence: str) -> None:
    dated = [e.date for e in reported_events(sentence, kb) if e.type == "ASSAULT"]
    assert dated and all(d == dated[0] for d in dated)
    assert all(d is None or d >= "2024-07-15" for d in dated)


@pytest.mark.parametrize(("sentence", "source", "target"), [
    ("حمله ارتش اسرائیل به جنوب لبنان روز دوشنبه صورت گرفت.", "israel-defense-forces", "LBN"),
    ("حملات هوایی روسیه به خارکف بامداد امروز انجام شد.", "RUS", "UKR"),
])
def test_attack_told_as_a_noun_that_took_place_is_stillsides_of(kb, sentence: str, source: str, target: str) -> None:
    assert any(source in src and target in tgt for src, tgt in sides_of(sentence, kb, "ASSAULT"))


def _roles(text: str, kb, day: str) -> dict[str, str | None]:
    doc = annotate_document(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)
    return {r.text: r.kb_id for r in doc.roles}


@pytest.mark.parametrize(("text", "day", "person"), [
    ("به گزارش خبرگزاری مهر، سفیر کشورمان در ترکیه با وزیر بازرگانی این کشور دیدار کرد.", "2021-05-01",
     "mohammad-farazmand"),
    ("به گزارش ایرنا، سفیر کشورمان در آنکارا در مراسم روز ملی سخنرانی کرد.", "2017-03-01",
     "mohammad-ebrahim-taherian-fard"),
])
def test_our_countrys_envoy_is_the_outlets_states(kb, text: str, day: str, person: str) -> None:
    roles = _roles(text, kb, day)
    assert roles.get("سفیر کشورمان") == person


def test_our_country_with_no_outlet_names_no_envoy(kb) -> None:
    roles = _roles("سفیر کشورمان در ترکیه با وزیر بازرگانی این کشور دیدار کرد.", kb, "2021-05-01")
    assert not any(v for k, v in roles.items() if k.startswith("سفیر"))
