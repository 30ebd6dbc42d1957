"""The Majlis and its members in the knowledge base (session 25, slice H): causes of unlinked actors seen on real
pages, fixed as mechanisms. (1) "رئیس کمیسیون ... مجلس" named no one: the standing committees are actors now
(actors/iran_majlis_commissions.yaml) and their chairs hold dated `head` positions (scripts/kb/data/
majlis-commission-chairs.tsv, written by scripts/kb/majlis.py --update), so the office resolves by the article's
date. (2) The press drops an MP's place-of-origin last name ("میبدی" after "میرمحمدی"): majlis.py adds the form
without it when the word is an Iranian place + "ی" and the word before it ends a surname. (3) 12th-Majlis members
in the news were missing. Guards: other bodies' committees, a year no chair is recorded for, names whose last word
is no place. Sentences are the tests' own."""

import importlib.util
import sys
from pathlib import Path

import pytest

from rasad.text.normalize import match_key
from tests.test_kb25_D import _entities
from tests.test_kb_officials import _roles

ROOT = Path(__file__).resolve().parents[1]


def _majlis_script():
    spec = importlib.util.spec_from_file_location("majlis_h25", ROOT / "scripts" / "kb" / "majlis.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["majlis_h25"] = module
    spec.loader.exec_module(module)
    return module


def _chair(phrase, kb, day, tail="امروز در جمع خبرنگاران از برنامه‌های این کمیسیون برای ماه آینده سخن گفت."):
    roles, _ids = _roles(f"به گزارش ایسنا، {phrase} {tail}", kb, day)
    return roles.get(phrase)


# ---------------------------------------------------------------- (1) a committee's chair, by the article's date

@pytest.mark.parametrize("phrase, day, holder", [
    ("رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس", "2022-11-20", "Vahid Jalalzadeh"),
    ("رئیس کمیسیون امنیت ملی مجلس", "2025-03-02", "Ebrahim Azizi"),
    ("رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی", "2014-01-15", "Alaeddin Boroujerdi"),
    ("رئیس کمیسیون بهداشت و درمان مجلس", "2021-02-08", "Hossein-Ali Shahriari"),
    ("رئیس کمیسیون اجتماعی مجلس", "2019-12-04", "Abdolreza Azizi"),
    ("رئیس کمیسیون اقتصادی مجلس", "2020-11-16", "Mohammad-Reza Pourebrahimi Davrani"),
])
def test_a_committee_chair_resolves_by_date(kb, phrase, day, holder):
    assert _chair(phrase, kb, day) == holder


def test_the_same_office_names_the_chair_of_the_day(kb):
    phrase = "رئیس کمیسیون امنیت ملی مجلس"
    assert _chair(phrase, kb, "2017-02-01") == "Alaeddin Boroujerdi"
    assert _chair(phrase, kb, "2023-06-12") == "Vahid Jalalzadeh"


@pytest.mark.parametrize("phrase, day", [
    ("رئیس کمیسیون امنیت ملی مجلس", "2018-12-01"),   # Falahatpisheh's year: not in the knowledge base
    ("رئیس کمیسیون اقتصادی اتاق بازرگانی تهران", "2021-01-10"),
    ("رئیس کمیسیون اقتصادی شورای شهر", "2021-01-10"),
])
def test_no_chair_without_a_recorded_majlis_chair(kb, phrase, day):
    holder = _chair(phrase, kb, day)
    assert not holder or holder.startswith("Head of")  # the office itself, no person


def test_a_bare_committee_name_is_no_majlis_committee(kb):
    text = "به گزارش ایسنا، کمیسیون اقتصادی اتاق تعاون امروز درباره صادرات زعفران جلسه‌ای برگزار کرد."
    assert not [e for e in _entities(text, kb, "2022-01-10") if "committee" in (e.kb_id or "")]


# ---------------------------------------------------------------- (2) the press's form of an MP's name

@pytest.mark.parametrize("text, day, actor", [
    ("به گزارش ایلنا، سید جلیل میرمحمدی، نماینده مجلس، از کندی کار وزارت راه گله کرد.", "2023-04-18",
     "jalil-mir-mohammadi-mibdi"),
    ("به گزارش فارس، احمد بخشایش نماینده مجلس گفت دولت باید پاسخ بدهد.", "2021-07-05", "ahmad-bakhshaysh-aradastani"),
])
def test_an_mp_without_the_place_of_origin_word(kb, text, day, actor):
    assert actor in {e.kb_id for e in _entities(text, kb, day)}


def test_the_form_rule_keeps_given_names_and_non_places_whole(kb):
    majlis = _majlis_script()
    rule = majlis.PressForms({match_key("میبد"), match_key("تهران"), match_key("بروجرد")},
                             {match_key("اردشیر")}, {})
    assert rule.form("سید جلیل میرمحمدی میبدی", "k") == "سید جلیل میرمحمدی"
    assert rule.form("علی اردشیر بروجردی", "k") is None   # the word before is a given name
    assert rule.form("مرتضی آقا تهرانی", "k") is None     # "آقاتهرانی" is one surname
    assert rule.form("علاء الدین بروجردی", "k") is None   # a two-word given name
    assert rule.form("حسن روحانی", "k") is None           # two words: nothing to drop
    assert rule.form("محمد رضا خاتمی", "k") is None       # the last word is no place


def test_a_press_form_another_actor_bears_is_not_added(kb):
    majlis = _majlis_script()
    rule = majlis.PressForms({match_key("میبد")}, set(), {match_key("جلیل میرمحمدی"): "someone-else",
                                                          match_key("جلیل میرمحمدی میبدی"): "the-mp"})
    assert rule.form("جلیل میرمحمدی میبدی", match_key("جلیل میرمحمدی میبدی")) is None


# ---------------------------------------------------------------- (3) members of the 12th Majlis in the news

@pytest.mark.parametrize("text, day, actor", [
    ("به گزارش خبرآنلاین، عبدالرضا سپهوند نماینده مجلس از عملکرد استاندار انتقاد کرد.", "2025-01-20",
     "abdolreza-sapehvand"),
    ("به گزارش تسنیم، سید مرتضی محمودی، نماینده تهران در مجلس، خواستار پاسخ وزیر کشور شد.", "2024-11-03",
     "morteza-mahmoudi"),
])
def test_twelfth_majlis_members(kb, text, day, actor):
    assert actor in {e.kb_id for e in _entities(text, kb, day)}
