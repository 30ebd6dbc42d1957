"""Session 30 (slice ENT2): forms the knowledge base makes by rule: a national body's branches (composed.yaml
``branch_of``) and a governed state's bodies named with the governing group (rasad/kb/governed.py)."""

from __future__ import annotations

from rasad.kb.composed import composed_rules
from rasad.kb.governed import _body_stem
from rasad.text.normalize import match_key


def test_every_branch_rule_names_a_known_body(kb) -> None:
    for rule in composed_rules():
        branch = (rule.get("body") or {}).get("branch_of")
        if branch:
            assert branch in kb.actors, rule["id"]


def test_governed_forms_are_made_for_the_states_bodies(kb) -> None:
    keys = {match_key(f) for f in kb.actors["ministry-of-defense-afghanistan"].fa}
    assert match_key("وزارت دفاع امارت اسلامی") in keys and match_key("وزارت دفاع حکومت طالبان") in keys
    assert match_key("وزارت دفاع طالبان") not in keys  # the group named bare stays a mention of its own
    iran_bodies = [a for a in kb.actors.values() if a.country == "IRN" and a.type == "ORG"]
    assert not any(match_key(f).endswith(match_key("حکومت طالبان")) for a in iran_bodies for f in a.fa)


def test_body_stem_needs_the_state_at_the_end() -> None:
    assert _body_stem("وزارت دفاع افغانستان", ["افغانستان"]) == "وزارت دفاع"
    assert _body_stem("افغانستان", ["افغانستان"]) is None
    assert _body_stem("سفارت افغانستان در تهران", ["افغانستان"]) is None
