"""Session 28 (slice R): roles on dev's real pages. The general cause fixed here, written anew (other tenses, other
wording), with guards:

- "رهبر پیشین جمهوری اسلامی", "رهبر سابق ایران" with no name given stayed the bare office even on a dated page
  where only one person had ever left it: an office whose every holder the knowledge base records (roles.yaml
  ``complete_for``) names its sole former holder on the day; with two former holders, no date, or an office not
  fully recorded, it stays the office (roles never guess)."""

from __future__ import annotations

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.event_text import _REPORTED


def _roles(text: str, kb, published: str | None = "2012-12-17T10:00:00+03:30"):
    doc = annotate_document(RawDocument(source="t.txt", text=text + _REPORTED, published=published), kb)
    return [(r.text, r.kb_id) for r in doc.roles]


@pytest.mark.parametrize("sentence", [
    "سخنان رهبر پیشین جمهوری اسلامی درباره جنگ در این کتاب گردآوری شده است.",
    "به گفته این پژوهشگر، رهبر سابق ایران در دهه شصت با این طرح مخالف بود.",
])
def test_sole_former_holder_of_a_fully_recorded_office(sentence, kb):
    roles = _roles(sentence, kb)
    assert ("ruhollah-khomeini" in {k for _t, k in roles}), roles


@pytest.mark.parametrize("sentence,published", [
    # two former holders by then: no guess
    ("سخنان رهبر پیشین جمهوری اسلامی درباره جنگ در این کتاب گردآوری شده است.", "2026-11-20T10:00:00+03:30"),
    # no date: no guess
    ("به گفته این پژوهشگر، رهبر سابق ایران در دهه شصت با این طرح مخالف بود.", None),
    # a party's former leader: an office the knowledge base does not record in full
    ("رهبر سابق حزب کارگر بریتانیا روز گذشته در لندن سخنرانی کرد.", "2012-12-17T10:00:00+03:30"),
])
def test_former_office_stays_unnamed(sentence, published, kb):
    roles = _roles(sentence, kb, published)
    assert not any(k for t, k in roles if "رهبر" in t), roles


def test_sitting_leader_unchanged(kb):
    roles = _roles("رهبر ایران روز گذشته در دیدار با فرماندهان سپاه سخنرانی کرد.", kb)
    assert ("رهبر ایران", "ali-khamenei") in roles, roles


# --- "سفیر X در کشورش": the envoy posted to the state of the clause's actor named before the office -------------

@pytest.mark.parametrize("sentence,published,holder", [
    ("وزیر خارجه نروژ روز دوشنبه سفیر ایران در کشورش را به وزارتخانه احضار کرد.", "2021-12-10T10:00:00+03:30",
     "alireza-yousefi-diplomat"),
    # the day after the envoy was expelled: the post he just left
    ("دولت آلبانی سفیر ایران در کشور خود را به دلیل تهدید امنیت ملی اخراج کرد.", "2018-12-20T10:00:00+03:30",
     "gholamhossein-mohammadnia"),
])
def test_envoy_posted_to_the_clause_state(sentence, published, holder, kb):
    roles = _roles(sentence, kb, published)
    assert ("سفیر ایران", holder) in roles, roles


@pytest.mark.parametrize("sentence,published", [
    # no state before the office in the clause: the office alone
    ("به گفته یک منبع آگاه، سفیر ایران در کشورش چهره‌ای شناخته شده بود.", "2021-12-10T10:00:00+03:30"),
    # the state named in another clause does not reach
    ("نروژ میزبان نشست بود. سفیر ایران در کشورش از این نشست انتقاد کرد.", "2021-12-10T10:00:00+03:30"),
    # months after the envoy left the post: no one
    ("دولت آلبانی سفیر ایران در کشور خود را به دلیل تهدید امنیت ملی اخراج کرد.", "2019-06-20T10:00:00+03:30"),
])
def test_envoy_post_not_guessed(sentence, published, kb):
    roles = _roles(sentence, kb, published)
    assert not any(k for t, k in roles if t.startswith("سفیر")), roles
