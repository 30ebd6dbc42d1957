"""Foreign officials with dated offices (rasad/data/kb/actors/officials_*.yaml): offices named without a name resolve
to whoever held them on the article's date, names link, and no two people hold one single-holder office for months
at once."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from rasad.annotate.link.linker import link_entities
from rasad.clean import clean
from rasad.records import RawDocument
from rasad.text.sentences import split_sentences

ACTORS = Path(__file__).resolve().parents[1] / "rasad" / "data" / "kb" / "actors"


def _roles(text, kb, day):
    art = clean(RawDocument(source="t.txt", text=text, published=f"{day}T10:00:00+03:30"), kb)
    linked = link_entities(art, split_sentences(art.body), kb)
    return {r.text: r.refers_to for r in linked.roles}, {e.kb_id for e in linked.entities}


def office_roles(phrase, kb, day):
    """The roles read from an office phrase said in an agency's one-line report on the day (phrase → holder)."""
    return _roles(f"به گزارش ایرنا، {phrase} امروز در سخنانی از ادامه همکاری‌ها خبر داد.", kb, day)[0]


@pytest.mark.parametrize("phrase, day, holder", [
    ("وزیر خارجه ترکیه", "2019-05-01", "Mevlüt Çavuşoğlu"),
    ("وزیر خارجه ترکیه", "2024-05-01", "Hakan Fidan"),
    ("وزیر دفاع آمریکا", "2012-05-01", "Leon Panetta"),
    ("وزیر دفاع آمریکا", "2014-05-01", "Chuck Hagel"),
    ("وزیر خزانه‌داری ایالات متحده", "2019-05-01", "Steven Mnuchin"),
    ("مشاور امنیت ملی آمریکا", "2015-05-01", "Susan Rice"),
    ("وزیر کشور لبنان", "2022-05-01", "Bassam Mawlawi"),
    ("وزیر دفاع عراق", "2015-05-01", "Khaled al-Obeidi"),
    ("وزیر دارایی اسرائیل", "2023-05-01", "Bezalel Smotrich"),
    ("وزیر امنیت داخلی اسرائیل", "2018-05-01", "Gilad Erdan"),
    ("فرمانده ارتش پاکستان", "2020-05-01", "Qamar Javed Bajwa"),
    ("فرمانده ارتش پاکستان", "2024-05-01", "Asim Munir"),
    ("وزیر دفاع آلمان", "2020-05-01", "Annegret Kramp-Karrenbauer"),
    ("وزیر کشور فرانسه", "2022-05-01", "Gérald Darmanin"),
    ("نماینده دائم آمریکا در سازمان ملل", "2015-05-01", "Samantha Power"),
])
def test_office_resolves_to_the_holder_on_the_day(kb, phrase, day, holder):
    assert_office_resolves(kb, phrase, day, holder)


def assert_office_resolves(kb, phrase, day, holder):
    """An office named alone in a statement on ``day`` is ``holder``, and only the office is read as a role."""
    roles, _ = _roles(f"به گزارش ایرنا، {phrase} امروز در سخنانی درباره تحولات منطقه گفت که گفت‌وگو ادامه دارد.",
                      kb, day)
    assert holder in roles.values()
    assert all(text in phrase for text in roles)  # the office, nothing else, is read as a role


def test_taliban_ministers_link_by_name(kb):
    _, ids = _roles("ملا محمد یعقوب و سراج‌الدین حقانی روز گذشته با عبدالحق واثق در کابل دیدار کردند.", kb,
                    "2023-03-01")
    assert {"mullah-yaqoob", "sirajuddin-haqqani", "abdul-haq-wasiq"} <= ids


def _officials(*patterns: str) -> set[str]:
    ids = set()
    for f in (f for pattern in patterns or ("officials_*.yaml",) for f in ACTORS.glob(pattern)):
        ids |= {a["id"] for a in yaml.safe_load(f.read_text(encoding="utf-8")) if a.get("type") == "PERSON"}
    return ids


def test_every_official_has_a_dated_office_and_a_persian_name(kb):
    ids = _officials()
    assert len(ids) >= 500
    for i in ids:
        actor = kb.actors[i]
        assert actor.fa, i
        assert any(p.start or p.end for p in actor.positions), i


def test_no_two_officials_hold_one_office_for_months_at_once(kb):
    """Offices one person holds at a time: a month of overlap is a date known only to the month, more is an error.
    The heads of state and government of leaders_*.yaml are checked too."""
    ids, spans = _officials("officials_*.yaml", "leaders_*.yaml"), {}
    for a in kb.actors.values():
        for p in a.positions:
            if p.title.startswith(("deputy-", "acting-")) or getattr(kb.titles.get(p.title), "shared", False):
                continue
            spans.setdefault((p.title, p.of), []).append((p.start or dt.date.min, p.end or dt.date.max, a.id))
    clashes = []
    for office, rows in spans.items():
        for i, (s1, e1, a1) in enumerate(rows):
            for s2, e2, a2 in rows[i + 1:]:
                if a1 != a2 and {a1, a2} & ids and (min(e1, e2) - max(s1, s2)).days > 31:
                    clashes.append((office, a1, a2))
    assert clashes == []
