"""Session 24 (slice X4): casualty reports whose count of the fallen opens the clause, before the attack that killed
them ("N نفر در حملات X کشته شدند", "سه غیرنظامی بر اثر حمله پهپادی X جان باختند"), often as the reported clause of a
ministry's statement ("وزارت بهداشت ... اعلام کرد ..."). The casualty frame found the attacker, but the coder only took
an unnamed, counted victim as standing for the target when the count stood right before the verb ("در حمله X سه نفر
کشته شدند"), so these gave no event at all. A count followed by a casualty opener and an attack noun now counts too:
ASSAULT from the attacker, the target unknown where no place or group is named (as with the count before the verb);
the announcing ministry is no party. Each case is written anew (other states, verbs, tenses); the guards keep deaths
with no attack (accidents, a mine collapse, a shooting with no one named) and a non-attack noun out."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, assert_not_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    ("وزارت بهداشت سوریه اعلام کرد هفت نفر در حملات هوایی ترکیه جان باختند.", ("ASSAULT", "TUR", None)),
    ("سخنگوی پلیس گفت چهار غیرنظامی بر اثر بمباران جنگنده‌های عربستان کشته شده‌اند.", ("ASSAULT", "SAU", None)),
    ("۱۵ نفر در پی حمله موشکی روسیه به شهادت رسیدند.", ("ASSAULT", "RUS", None)),
    ("ده‌ها غیرنظامی در بمباران‌های ارتش میانمار کشته شده‌اند.", ("ASSAULT", "MMR", None)),
])
def test_count_before_cause(sentence, kb, expected):
    assert_coded(sentence, kb, expected)


def test_announcing_ministry_no_party(kb):
    events = reported_events("وزارت بهداشت سوریه اعلام کرد هفت نفر در حملات هوایی ترکیه جان باختند.", kb)
    found = [e for e in events if e.type == "ASSAULT"]
    assert found and all(set(e.source_ids) == {"TUR"} and "SYR" not in e.target_ids for e in found), \
        [(e.type, e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,etype", [
    ("پنج نفر در حادثه رانندگی در جاده چالوس کشته شدند.", "ASSAULT"),
    ("سه کارگر بر اثر ریزش معدن جان باختند.", "ASSAULT"),
    ("دو نفر در حمله سگ‌های ولگرد زخمی شدند.", "ASSAULT"),
    ("سه نفر در تیراندازی در یک مدرسه در تگزاس کشته شدند.", "ASSAULT"),
    ("دو نفر در سفر رئیس‌جمهور روسیه به تهران زخمی شدند.", "ASSAULT"),
])
def test_no_attack_no_event(sentence, etype, kb):
    assert_not_coded(sentence, kb, etype)
