"""Every ISO 3166-1 country and territory as a state actor with its Persian names: CLDR's Persian territory names
(babel, locale fa) and pycountry's Persian translation, with nationality adjectives derived by Persian suffix rules.
Hand-curated states (``kb/states.yaml``) win: a state they have is not added."""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable

from rasad.kb.model import Actor
from rasad.kb.words import word_tier, world_settings
from rasad.text.normalize import char_normalize, match_key

_CLEAN = re.compile(r"^[\u0600-\u06FF\u200c\s\-]+$")


def _split(name: str | None, parenthesised: bool) -> list[str]:
    """"هنگ‌کنگ، منطقهٔ ویژهٔ اداری چین" → the part before the comma (so too inverted forms: "ونزوئلا، جمهوری
    بولیواری"); "میانمار (برمه)" → both names when ``parenthesised`` (CLDR), else the part before the bracket
    (pycountry's "سنت مارتین (بخش فرانسوی)"). Forms with Latin letters are left out."""
    if not name:
        return []
    head = re.split(r"[،,]", name)[0]
    parts = re.split(r"[()]", head) if parenthesised else [head.split("(")[0]]
    return [char_normalize(p.strip()) for p in parts if p.strip() and _CLEAN.match(p.strip())]


def adjective(name: str) -> str | None:
    """The nationality adjective of a one-word Persian country name: ایسلند → ایسلندی, پاناما → پانامایی,
    گینه → گینه‌ای, مالی → مالیایی. Names of several words get none (the media write them differently)."""
    if " " in name or "-" in name:
        return None
    last = name[-1]
    if last in "او":
        return name + "یی"
    if last == "ه":
        return name + "\u200cای"
    if last == "ی":
        return name + "ایی"
    return name + "ی"


def _persian_names(alpha_2: str, english: str, cldr: dict[str, str], translate) -> list[str]:
    names: list[str] = []
    for form in [*_split(cldr.get(alpha_2), True), *_split(translate(english), False)]:
        if match_key(form) not in {match_key(n) for n in names}:
            names.append(form)
    return names


def _unambiguous(names: list[str], settings: dict) -> list[str]:
    """One-word names that are also frequent words ("مالی", "پرو") give way to "کشور X"."""
    threshold = float(settings.get("ambiguous_zipf", 9))
    prefix = settings.get("ambiguous_prefix", "کشور")
    return [f"{prefix} {n}" if " " not in n and word_tier(n, threshold, threshold) != "name" else n for n in names]


def world_states(curated_ids: Iterable[str], taken_keys: set[str]) -> list[Actor]:
    """One STATE actor per ISO 3166-1 entry not in ``curated_ids``; Persian forms already used by a curated entry
    (``taken_keys``, match keys) are left out."""
    import pycountry
    from babel import Locale

    settings = world_settings().get("states") or {}
    en_names = settings.get("en_names") or {}
    cldr_fa, cldr_en = Locale("fa").territories, Locale("en").territories
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fa"], fallback=True)
    curated = set(curated_ids)
    states = []
    for c in pycountry.countries:
        if c.alpha_3 in curated:
            continue
        found = _unambiguous(_persian_names(c.alpha_2, c.name, cldr_fa, tr.gettext), settings)
        names = [n for n in found if match_key(n) not in taken_keys]
        if found and not names:  # "کامرون" is David Cameron's short name: the state keeps "کشور کامرون"
            prefix = settings.get("ambiguous_prefix", "کشور")
            names = [f"{prefix} {n}" for n in found[:1] if match_key(f"{prefix} {n}") not in taken_keys]
        if not names:
            continue
        adjs = [a for a in (adjective(n) for n in names[:1] if not n.startswith(settings.get("ambiguous_prefix", "کشور")))
                if a and match_key(a) not in taken_keys]
        taken_keys.update(match_key(f) for f in [*names, *adjs])
        name = en_names.get(c.alpha_3) or cldr_en.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        states.append(Actor(id=c.alpha_3, name=name, type="STATE", country=c.alpha_3, sector="GOV", fa=names,
                            adj=adjs, source="cldr"))
    return states
