"""Iran's councils in the knowledge base (actors/iran_councils.yaml, written by scripts/kb/councils.py from the
kept list scripts/kb/data/iran_councils.tsv): members named in the news link with their dated membership; the
office alone names none of a body's members; a common name known only as a member is nobody's outside the body's
context; a body's chairman is found by the office on the article's date."""

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from rasad.annotate.document import annotate_document
from rasad.kb.knowledge import check
from rasad.records import RawDocument

AOE, EXPEDIENCY, TEHRAN_COUNCIL = "assembly-of-experts", "expediency-discernment-council", "tehran-city-council"


def _annotate(kb, text, published):
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb)


def _script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "kb" / "councils.py"
    spec = importlib.util.spec_from_file_location("councils_script", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_listed_position_is_in_the_knowledge_base_inside_its_term(kb):
    councils = _script()
    people = councils.read_list()
    assert len(people) >= 100
    terms = {(t, o): [] for t, o, _s, _e in councils.TERMS.values()}
    for t, o, s, e in councils.TERMS.values():
        terms[(t, o)].append((dt.date.fromisoformat(s), dt.date.fromisoformat(e) if e else dt.date.max))
    for a in kb.actors.values():
        for p in a.positions:
            if (p.title, p.of) in terms:  # a member's span lies inside one term of the body
                assert any(s <= p.start and (p.end or dt.date.max) <= e for s, e in terms[(p.title, p.of)]), a.id
    members = {a.id for a in kb.actors.values() for p in a.positions if p.title == "assembly-of-experts-member"}
    assert len(members) >= 30 and {"ahmad-jannati", "alireza-arafi", "ebrahim-raisi"} <= members
    assert check(kb) == []


def test_an_assembly_of_experts_member_links_with_the_office_inside_his_term(kb):
    ann = _annotate(kb, "علیرضا اعرافی، عضو مجلس خبرگان رهبری، گفت: این موضوع باید بررسی شود.", "2025-01-10")
    assert "alireza-arafi" in {e.kb_id for e in ann.entities}
    role = next(r for r in ann.roles if r.title == "assembly-of-experts-member")
    assert role.kb_id == "alireza-arafi" and role.of == AOE
    held = [p for p in kb.actors["alireza-arafi"].positions if p.title == "assembly-of-experts-member"]
    assert held and all(p.covers(dt.date(2025, 1, 10)) for p in held)  # the 6th term, from 2024-05-21
    assert not any(p.covers(dt.date(2020, 1, 10)) for p in held)  # not a member of the 5th


def test_the_office_alone_names_no_member(kb):
    ann = _annotate(kb, "یک عضو مجلس خبرگان رهبری گفت: این موضوع باید بررسی شود.", "2025-01-10")
    role = next(r for r in ann.roles if r.title == "assembly-of-experts-member")
    assert role.kb_id is None and role.candidates == []
    ann = _annotate(kb, "عضو مجمع تشخیص مصلحت نظام گفت: این موضوع باید بررسی شود.", "2023-03-01")
    role = next(r for r in ann.roles if r.title == "expediency-council-member")
    assert role.kb_id is None and role.candidates == []
    assert not [e for e in ann.entities if e.type == "PERSON" and e.kb_id]


def test_an_expediency_council_member_of_the_2022_term(kb):
    ann = _annotate(kb, "وحید حقانیان، عضو مجمع تشخیص مصلحت نظام، گفت: دولت باید پاسخ دهد.", "2023-03-01")
    role = next(r for r in ann.roles if r.title == "expediency-council-member")
    assert role.kb_id == "vahid-haghanian" and role.of == EXPEDIENCY


def test_a_common_name_known_only_as_a_councillor_needs_the_council_in_the_text(kb):
    other = _annotate(kb, "احمد صادقی، مربی تیم فوتبال، گفت: بازیکنان آماده‌اند.", "2023-03-01")
    assert "ahmad-sadeghi" not in {e.kb_id for e in other.entities}
    member = _annotate(kb, "احمد صادقی، عضو شورای شهر تهران، گفت: مترو باید گسترش یابد.", "2023-03-01")
    assert "ahmad-sadeghi" in {e.kb_id for e in member.entities}
    assert next(r for r in member.roles if r.title == "city-council-member").kb_id == "ahmad-sadeghi"


@pytest.mark.parametrize("day, chairman", [("2019-06-01", "mohsen-hashemi-rafsanjani"), ("2023-06-01", "mehdi-chamran"),
                                           ("2015-06-01", "mehdi-chamran")])
def test_the_council_chairman_on_the_article_date(kb, day, chairman):
    ann = _annotate(kb, "رئیس شورای شهر تهران گفت: بودجه شهرداری تصویب شد.", day)
    role = next(r for r in ann.roles if r.of == TEHRAN_COUNCIL)
    assert role.title == "head" and role.kb_id == chairman
