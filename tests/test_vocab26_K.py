"""Session 26 (slice K): back-references as event parties, fixed as mechanisms. (1) "این کشور"/"آن کشور" as the
genitive of a force noun ("جنگنده‌های آن کشور", "ناوهای این کشور") right after a state's force is named points back to
that force's own state ("ارتش ترکیه اعلام کرد جنگنده‌های آن کشور ... بمباران کردند"), not past it to a state named
earlier, nor to nothing; as a place's genitive ("به جنوب این کشور") it is left as before. (2) An armed group's
fighters named back ("این عناصر", "این شبه‌نظامیان", "این تروریست‌ها") are the armed group named last (a rebel or
militant one only); with no armed group before, no party. The sentences are the tests' own, modelled on the phrasing
of real pages; the guards are everyday sentences with the same words."""

from __future__ import annotations

import pytest

from tests.event_text import found_of_type, shown

# ---------------------------------------------------------------- (1) a force's own state, named back

@pytest.mark.parametrize("text, day, etype, source, wrong", [
    ("دولت افغانستان بارها به این حملات اعتراض کرده است. ارتش پاکستان روز یکشنبه اعلام کرد جنگنده‌های آن کشور مواضع "
     "تحریک طالبان پاکستان را در ولایت خوست هدف قرار دادند.", "2024-03-18", "ASSAULT", "PAK", "AFG"),
    ("ایران در این باره سکوت کرده است. نیروی دریایی آمریکا روز جمعه اعلام کرد که ناوهای این کشور یک قایق حامل سلاح را "
     "در دریای عمان توقیف کردند.", "2023-01-15", "COERCE", "USA", "IRN"),
    ("اوکراین از غرب سلاح بیشتری خواسته است. ارتش روسیه اعلام کرد جنگنده‌های این کشور شب گذشته مواضع نیروهای مسلح "
     "اوکراین را در منطقه خارکیف بمباران کردند.", "2023-06-02", "ASSAULT", "RUS", None),
])
def test_a_force_names_its_own_state_back(kb, text, day, etype, source, wrong):
    found, events = found_of_type(text, kb, day, etype)
    sources = [{*e.source_ids, *(kb.country_of(x) for x in e.source_ids if x)} for e in found]
    assert any(source in s for s in sources), shown(events)
    assert not any(wrong in s or wrong in e.target_ids for s, e in zip(sources, found)), shown(events)
    assert not any(e.source_ids and e.source_ids == e.target_ids for e in found), shown(events)


@pytest.mark.parametrize("text, day", [
    # a place's genitive, no state named before: no party for "این کشور"
    ("ارتش اسرائیل روز دوشنبه به جنوب این کشور حمله کرد.", "2024-09-30"),
    # no force named before: "جنگنده‌های این کشور" stands for no one
    ("جنگنده‌های این کشور روز شنبه به یک روستا در نزدیکی مرز حمله کردند.", "2024-05-04"),
])
def test_this_country_with_no_force_before_names_no_state(kb, text, day):
    found, events = found_of_type(text, kb, day, "ASSAULT")
    assert not any(e.source_ids and any(e.source_ids) for e in found), shown(events)


def test_a_state_named_right_before_still_wins(kb):
    """The guard: a state named after the force is the nearer antecedent, as before."""
    text = "ارتش اسرائیل اعلام کرد در حمله به لبنان، نیروهای این کشور را هدف قرار داده است."
    found, events = found_of_type(text, kb, "2024-10-02", "ASSAULT")
    assert not any("ISR" in e.target_ids for e in found), shown(events)


# ---------------------------------------------------------------- (2) an armed group's fighters, named back

@pytest.mark.parametrize("text, day, source, target", [
    ("گروه الشباب در مناطق روستایی جنوب سومالی حضور دارد. این عناصر روز شنبه به یک پایگاه ارتش کنیا حمله کردند.",
     "2022-07-09", "al-shabaab", "KEN"),
    ("تحریک طالبان پاکستان در مناطق قبایلی فعال است. این شبه‌نظامیان دیروز به یک پاسگاه پلیس پاکستان حمله کردند.",
     "2023-02-01", "tehrik-i-taliban-pakistan", "PAK"),
    ("داعش در صحرای سینا هنوز فعال است. این تروریست‌ها روز پنجشنبه به یک ایست بازرسی ارتش مصر حمله کردند.",
     "2020-07-23", "islamic-state", "EGY"),
])
def test_a_groups_fighters_named_back_are_the_group(kb, text, day, source, target):
    found, events = found_of_type(text, kb, day, "ASSAULT")
    assert any(source in e.source_ids and (target in e.target_ids or
                                           any(kb.country_of(x) == target for x in e.target_ids if x))
               for e in found), shown(events)


@pytest.mark.parametrize("text, day", [
    # no armed group before: the fighters are no one known
    ("این عناصر روز شنبه به یک ایست بازرسی در شمال بغداد حمله کردند.", "2021-03-06"),
    # a ministry named before is no armed group
    ("وزارت دفاع ترکیه بیانیه‌ای صادر کرد. این عناصر روز شنبه به یک روستا حمله کردند.", "2021-03-06"),
])
def test_fighters_named_back_with_no_group_before_are_no_party(kb, text, day):
    found, events = found_of_type(text, kb, day, "ASSAULT")
    assert not any(any(e.source_ids) for e in found), shown(events)
