"""Members of Iran's parliament in the knowledge base (actors/iran_majlis.yaml, written by scripts/kb/majlis.py):
named in the news they link with their dated office; the office alone names none of 290; a common name with no
word of parliament around it is nobody's."""

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest

from rasad.annotate.document import annotate_document
from rasad.kb.knowledge import check
from rasad.records import RawDocument
from rasad.text.normalize import match_key

TITLE, MAJLIS = "member-of-parliament", "islamic-consultative-assembly"
TERMS = [(dt.date(2012, 5, 27), dt.date(2016, 5, 26)), (dt.date(2016, 5, 28), dt.date(2020, 5, 26)),
         (dt.date(2020, 5, 27), dt.date(2024, 5, 26)), (dt.date(2024, 5, 27), dt.date.max)]  # the 12th: sitting


def _annotate(kb, text, published="2018-06-10"):
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb)


def _terms(actor):
    return [p for p in actor.positions if p.title == TITLE and p.of == MAJLIS]


def test_hundreds_of_members_with_dated_terms_inside_the_majlis_terms(kb):
    members = [a for a in kb.actors.values() if _terms(a)]
    assert len(members) >= 700
    for a in members:
        assert a.type == "PERSON" and a.country == "IRN"
        for p in _terms(a):
            # a term starts on a term's first day, and ends on its last day or earlier (death, resignation)
            term = next(t for t in TERMS if t[0] == p.start)
            assert (p.end or dt.date.max) <= term[1] and (p.end is None or term[0] < p.end)
    assert check(kb) == []  # no Persian name shared by two curated actors


def test_a_tenth_majlis_member_named_in_2018_links_with_the_office(kb):
    ann = _annotate(kb, "جلال میرزایی، نماینده مردم ایلام در مجلس، گفت: دولت باید به این پرسش پاسخ دهد.")
    person = next(e for e in ann.entities if e.type == "PERSON")
    assert person.kb_id == "jalal-mirzaei" and person.sector == "LEG"
    role = next(r for r in ann.roles if r.title == TITLE)
    assert role.kb_id == "jalal-mirzaei" and role.of == MAJLIS


def test_the_office_alone_names_no_one(kb):
    ann = _annotate(kb, "نماینده مردم تهران گفت: دولت باید به این پرسش پاسخ دهد.")
    role = next(r for r in ann.roles if r.title == TITLE)
    assert role.kb_id is None and role.candidates == []  # 290 holders: none chosen, none listed
    assert not [e for e in ann.entities if e.type == "PERSON" and e.kb_id]


def test_a_common_name_links_to_the_member_only_where_parliament_is_spoken_of(kb):
    squad = _annotate(kb, "فهرست بازیکنان تیم ملی: فرشید اسماعیلی، میلاد زکی‌پور و علی قربانی.")
    assert "ali-ghorbani" not in {e.kb_id for e in squad.entities}
    mp = _annotate(kb, "علی قربانی، نماینده مردم بجنورد، گفت: دولت باید به این پرسش پاسخ دهد.")
    assert "ali-ghorbani" in {e.kb_id for e in mp.entities}


def test_the_body_named_inside_the_office_is_kept(kb):
    ann = _annotate(kb, "جلال میرزایی نماینده مجلس شورای اسلامی گفت: دولت باید پاسخ دهد.")
    assert {"jalal-mirzaei", MAJLIS} <= {e.kb_id for e in ann.entities}
    assert next(r for r in ann.roles if r.title == TITLE).kb_id == "jalal-mirzaei"


def test_a_representative_in_the_assembly_of_experts_is_no_mp(kb):
    ann = _annotate(kb, "آیت‌الله احمد خاتمی، نماینده مردم تهران در مجلس خبرگان رهبری، گفت: دولت باید پاسخ دهد.")
    assert [r.title for r in ann.roles] == ["assembly-of-experts-member"]
    assert "assembly-of-experts" in {e.kb_id for e in ann.entities}


def test_members_already_known_are_extended_not_repeated(kb):
    larijani = kb.actors["ali-larijani"]
    assert [p.start for p in _terms(larijani)] == [dt.date(2012, 5, 27), dt.date(2016, 5, 28)]
    assert match_key("علی اردشیر لاریجانی") in {match_key(f) for f in larijani.fa}  # the list's form, added
    assert not [a for a in kb.actors.values() if a.name == "Ali Ardeshir Larijani"]
    # a term a government post interrupted ends when the post began
    assert _terms(kb.actors["ehsan-khandouzi"])[0].end == dt.date(2021, 8, 25)
    # a namesake is not merged: the armed forces' chief of staff was never the MP for Bonab
    assert not _terms(kb.actors["mohammad-bagheri-commander"])


def _script():
    path = Path(__file__).resolve().parents[1] / "scripts" / "kb" / "majlis.py"
    spec = importlib.util.spec_from_file_location("majlis_script", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("block", [
    "- id: x-y\n  name: X Y\n  fa: [ایکس]\n  positions:\n    - {title: president, of: IRN, from: 2001}\n\n# next\n",
    "- id: x-y\n  name: X Y\n  fa: [ایکس]\n\n# next\n",
])
def test_the_script_adds_positions_and_forms_once(block):
    majlis = _script()
    line = majlis.position_line("2016-05-28", "2020-05-26")
    once = majlis._extend_block(block, "x-y", [line], ["ایکس ایگرگ", "ایکس"])
    assert once.count(line) == 1 and "fa: [ایکس, ایکس ایگرگ]" in once and once.endswith("\n\n# next\n")
    assert majlis._extend_block(once, "x-y", [line], ["ایکس ایگرگ"]) == once


def test_a_twelfth_majlis_member_from_the_kept_list(kb):
    """The 12th Majlis (from 2024-05-27) is read from scripts/kb/data/majlis-term-12.tsv: a member new to the
    knowledge base links in 2025 news with the office; one who became president left the Majlis that day."""
    ann = _annotate(kb, "امیرحسین ثابتی، نماینده مردم تهران در مجلس، گفت: دولت باید پاسخ دهد.", "2025-06-01")
    role = next(r for r in ann.roles if r.title == TITLE)
    assert role.kb_id is not None and role.kb_id in {e.kb_id for e in ann.entities}
    assert [p.start for p in _terms(kb.actors[role.kb_id])] == [dt.date(2024, 5, 27)]
    president = next(p for p in kb.actors["masoud-pezeshkian"].positions if p.title == "president")
    assert _terms(kb.actors["masoud-pezeshkian"])[-1].end == president.start
