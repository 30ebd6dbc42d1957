"""Session 29 (lead): casualties that take their doer from an attack told just before them (slice 29 BOTH) also take
that attack's day when their own clause names none."""

from tests.event_text import assert_coded, published_on, reported_events


def test_casualties_of_an_attack_told_before_take_its_day(kb):
    text = ("جنگجویان طالبان شامگاه دوشنبه در ولسوالی غوریان حمله کردند. در نتیجه این حمله پنج تن از نیروهای امنیتی "
            "افغانستان کشته شدند.")
    events = [e for e in reported_events(text, kb, published_on("2024-07-20")) if e.type == "ASSAULT"]
    assert [(e.source_ids, e.date) for e in events] == [(["taliban"], "2024-07-15")]


def test_casualties_dated_themselves_keep_their_own_day(kb):
    text = ("جنگجویان طالبان شامگاه دوشنبه در ولسوالی غوریان حمله کردند. روز سه‌شنبه پنج تن از نیروهای امنیتی "
            "افغانستان بر اثر این حمله کشته شدند.")
    events = [e for e in reported_events(text, kb, published_on("2024-07-20")) if e.type == "ASSAULT"]
    assert events and all(e.date == "2024-07-16" for e in events), [(e.source_ids, e.date) for e in events]


def test_an_attack_on_the_towns_of_a_region_is_placed_there(kb):
    """(events.yaml place_nouns) the plural of a town or area before a known region names where the attack went."""

    assert_coded("ارتش اسرائیل شامگاه دیروز به روستاهای جنوب لبنان حمله کرد.", kb, ("ASSAULT", "israel-defense-forces", "LBN"))
    assert_coded("نیروهای ارتش اسرائیل به شهرک‌های کرانه باختری یورش بردند.", kb, ("ASSAULT", "israel-defense-forces", "PSE"))


def test_a_month_named_bahman_is_no_avalanche_before_the_casualties(kb):
    """The carried doer is kept when the casualties' sentence names the month بهمن (once listed as an avalanche)."""
    text = ("جنگجویان طالبان شامگاه دوشنبه در ولسوالی غوریان حمله کردند. در نتیجه این حمله در روز ۲۲ بهمن پنج تن از "
            "نیروهای امنیتی افغانستان کشته شدند.")
    events = [e for e in reported_events(text, kb, published_on("2024-02-12")) if e.type == "ASSAULT"]
    assert [e.source_ids for e in events] == [["taliban"]]
