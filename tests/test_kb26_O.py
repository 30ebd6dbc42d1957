"""Session 26, slice O: the outlet table stays consistent as it grows (rasad/data/kb/outlets.yaml): no id is defined
twice (a later entry would silently replace an earlier one), no host or Persian form names two outlets (the first in
file order would win, hiding the other), and an outlet's digits are read in either script ("شبکه ۲ فرانسه" in the
table, "شبکه 2 فرانسه" in the cleaned text)."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import yaml

from rasad.text.normalize import match_key

# Shared before this slice, each between an outlet and its own service; which one a bare mention means is left open
# (the first in file order wins): bbc.com serves BBC Persian's pages and the BBC's; "اعتماد آنلاین", "اسپوتنیک
# افغانستان", "تی‌آرتی فارسی" are both the parent's form and the service's own entry.
KNOWN_SHARED_HOSTS = {"bbc.com"}
KNOWN_SHARED_FORMS = {"اعتماد آنلاین", "اسپوتنیک افغانستان", "تی‌آرتی فارسی"}


def _entries() -> list[dict]:
    path = resources.files("rasad") / "data" / "kb" / "outlets.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_no_outlet_id_is_defined_twice():
    twice = [i for i, n in Counter(e["id"] for e in _entries()).items() if n > 1]
    assert not twice, twice


def test_no_host_names_two_outlets():
    hosts = Counter(d for e in _entries() for d in e.get("domains") or [])
    twice = [d for d, n in hosts.items() if n > 1 and d not in KNOWN_SHARED_HOSTS]
    assert not twice, twice


def test_no_persian_form_names_two_outlets():
    owners: dict[str, set[str]] = {}
    for e in _entries():
        for form in e["fa"]:
            owners.setdefault(match_key(form), set()).add(e["id"])
    known = {match_key(f) for f in KNOWN_SHARED_FORMS}
    shared = {k: ids for k, ids in owners.items() if len(ids) > 1 and k not in known}
    assert not shared, shared


def test_an_outlets_digits_are_found_in_either_script(kb):
    index = kb.outlet_by_key()
    assert index[match_key("شبکه 2 فرانسه")].id == index[match_key("شبکه ۲ فرانسه")].id == "france-2"
    assert index[match_key("رویداد 24")].id == "rouydad-24"
