"""The knowledge base: actors, states, places, outlets and role titles, loaded from data files.

Files are validated with pydantic at load time (a bad entry raises KnowledgeBaseError naming file and entry).
User folders (``--kb DIR`` or ``RASAD_KB``) are layered over the packaged data: same id replaces, new ids add.
Format: docs/knowledge-base.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from rasad.errors import KnowledgeBaseError
from rasad.kb.model import Actor, Outlet, Place, Position, Title
from rasad.text.normalize import match_key
from rasad.text.translit import plausible_spelling


@dataclass
class KnowledgeBase:
    actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    title_prefixes: dict[str, list[str]] = field(default_factory=dict)
    descriptions: dict[str, Any] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)
    # actors defined twice in one knowledge-base folder (the later file wins): "id: first file, second file"
    redefined: list[str] = field(default_factory=list)
    place_context: dict[str, Any] = field(default_factory=dict)  # when non-curated places link (world.yaml)
    home_office_states: set[str] = field(default_factory=set)  # whose outlets' bare "رئیس‌جمهور" is their own (roles.yaml)
    generic_bodies_of: str | None = None  # whose bodies the generic names ("وزارت کشور") are (roles.yaml)

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def by_name(self, name: str) -> Actor | Place | None:
        for a in self.actors.values():
            if a.name == name:
                return a
        for p in self.places.values():
            if p.name == name:
                return p
        return None

    def holders(self, title: str, of: str | None, day: dt.date | None) -> list[Actor]:
        """Actors holding ``title`` of ``of`` on ``day`` (every holder ever when the day is unknown)."""
        index = self.__dict__.get("_holders")
        if index is None:
            index = {}
            for a in self.actors.values():
                for p in a.positions:
                    index.setdefault((p.title, p.of), []).append((a, p))
                    index.setdefault((p.title, None), []).append((a, p))
            self.__dict__["_holders"] = index
        out: list[Actor] = []
        seen: set[str] = set()  # by id: comparing the models field by field was most of the cost
        for a, p in index.get((title, of), []):
            if p.covers(day) and a.id not in seen:
                seen.add(a.id)
                out.append(a)
        return out

    def former_holders(self, title: str, of: str | None, day: dt.date, within_days: int = 60) -> list[Actor]:
        """Holders whose tenure ended within ``within_days`` before ``day``, the most recent first."""
        self.holders(title, of, day)  # builds the index
        recent = [(p.end, a) for a, p in self.__dict__["_holders"].get((title, of), [])
                  if p.end and p.end < day and (day - p.end).days <= within_days]
        return [a for _end, a in sorted(recent, key=lambda x: x[0], reverse=True)]

    def positions_of(self, actor_id: str, day: dt.date | None) -> list[Position]:
        a = self.actors.get(actor_id)
        return [p for p in a.positions if p.covers(day)] if a else []

    def affiliation(self, actor_id: str, day: dt.date | None = None) -> str | None:
        """The organisation or state an actor belongs to (first affiliation, then country)."""
        a = self.actors.get(actor_id)
        if not a:
            return None
        for s in a.affiliations:
            if s.covers(day):
                return s.of
        return a.country if a.type != "STATE" else None

    def held_by(self, place_id: str | None, day: dt.date | None) -> str | None:
        """(session 23) The non-state group that holds ``place_id`` on ``day`` (actor ``holds``), if one does; none
        on an unknown day (who held a place changes, and undated text may be from before)."""
        if day is None:
            return None
        index = self.__dict__.get("_held")
        if index is None:
            index = self.__dict__["_held"] = {}
            for a in self.actors.values():
                for s in a.holds:
                    index.setdefault(s.of, []).append((a.id, s))
        return next((aid for aid, s in index.get(place_id or "", []) if s.covers(day)), None)

    def country_of(self, actor_id: str | None) -> str | None:
        a = self.actors.get(actor_id) if actor_id else None
        if a:
            return a.country
        p = self.places.get(actor_id) if actor_id else None
        return p.country if p else None

    def name_parts(self) -> dict[str, str]:
        """How the knowledge base's people spell each word of their Persian names in Latin letters (match key →
        spelling), for writing the names of people it lacks: "رضایی" is Rezaei as in "Mohsen Rezaei"."""
        parts = self.__dict__.get("_name_parts")
        if parts is None:
            parts = name_parts_of(a for a in self.actors.values() if a.type == "PERSON")
            self.__dict__["_name_parts"] = parts
        return parts

    def with_groups(self, ids: Iterable[str]) -> set[str]:
        """``ids`` with the organisations and states they belong to: an actor stands for its members, so a watch
        rule or a dyad on Iran takes in Iran's foreign minister."""
        out = set(ids)
        for i in list(out):
            out |= {x for x in (self.affiliation(i), self.country_of(i)) if x}
        return out

    def outlet_by_key(self) -> dict[str, Outlet]:
        return _outlet_index(id(self), self)

    def outlet_named(self, name: str | None) -> Outlet | None:
        """The outlet whose canonical short name (as stored in an article's meta) is ``name``."""
        if not name:
            return None
        by_name = self.__dict__.get("_outlets_by_name")
        if by_name is None:  # the first of equal names wins, as a scan in file order would
            by_name = self.__dict__["_outlets_by_name"] = {}
            for o in self.outlets.values():
                by_name.setdefault(o.name, o)
        return by_name.get(name)


# Whose English spellings teach how to write a Persian name: Iranians' (a Turkish "Metin" must not spell the Persian
# "متین", nor an Afghan "Hamdullah" the Iranian "Hamdollah"; Iranian English spelling is what Persian news users read).
_PERSIAN_NAMED = frozenset({"IRN"})


def name_parts_of(people: Iterable[Actor]) -> dict[str, str]:
    """Word-by-word spellings from people whose Persian and English names have as many words, the most common
    spelling of each word winning; names the knowledge base only transliterated (``name_from``) teach nothing."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for a in people:
        if getattr(a, "name_from", None) == "transliteration" or a.source != "curated" or a.country not in _PERSIAN_NAMED:
            continue
        latin = a.name.split()
        for form in a.fa:
            words = form.split()
            if len(words) != len(latin):
                continue
            for fa, en in zip(words, latin):
                if en[:1].isupper() and en.replace("-", "").isalpha() and plausible_spelling(fa, en):
                    seen[match_key(fa)][en] += 1
    return {key: spellings.most_common(1)[0][0] for key, spellings in seen.items()}


_OUTLET_CACHE: dict[int, dict[str, Outlet]] = {}
# (session 26 O) Persian digits as Latin ones: the text an attribution is read from has Latin digits (clean.lines),
# so "شبکه ۲ فرانسه" or "رویداد ۲۴" in the table must be found as "شبکه 2 فرانسه" too
_LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")


def _outlet_index(key: int, kb: KnowledgeBase) -> dict[str, Outlet]:
    if key not in _OUTLET_CACHE:
        idx: dict[str, Outlet] = {}
        for o in kb.outlets.values():
            for form in [*o.fa, o.name, o.full or ""]:
                if form:
                    form_key = match_key(form).casefold()
                    idx.setdefault(form_key, o)
                    idx.setdefault(form_key.translate(_LATIN_DIGITS), o)
        _OUTLET_CACHE[key] = idx
    return _OUTLET_CACHE[key]


def _package_dir() -> Path:
    return Path(str(resources.files("rasad") / "data"))


# libyaml: ten times faster than the pure-Python parser, the same data (every data file is read with it)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"{path}: invalid YAML: {exc}") from exc


def _validate(model: type[BaseModel], item: Any, path: Path, n: int | str) -> Any:
    try:
        return model.model_validate(item)
    except ValidationError as exc:
        ident = item.get("id") if isinstance(item, dict) else None
        msgs = "; ".join(f"{'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise KnowledgeBaseError(f"{path}: entry {n} ({ident or '?'}): {msgs}") from exc


def _kb_folder(root: Path) -> Path:
    return root / "kb" if (root / "kb").is_dir() else root


def _actor_files(kbdir: Path) -> list[Path]:
    files = sorted([*(kbdir / "actors").glob("*.y*ml"), *(kbdir / "actors").glob("*.jsonl")]) \
        if (kbdir / "actors").is_dir() else []
    if (kbdir / "states.yaml").is_file():
        files.insert(0, kbdir / "states.yaml")
    return files


def layer_files(root: Path) -> list[Path]:
    """Every file of a knowledge-base folder that loading reads, in reading order."""
    kbdir = _kb_folder(root)
    others = [kbdir / n for n in ("places.tsv", "outlets.yaml", "roles.yaml", "world.yaml", "composed.yaml")]
    return [*_actor_files(kbdir), *(p for p in others if p.is_file())]


def _actor_items(path: Path) -> Iterable[tuple[int, Any]]:
    """(entry number, raw entry) of an actor file: a YAML list, or JSON Lines (one actor a line, as an import writes)."""
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield n, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise KnowledgeBaseError(f"{path}: line {n}: invalid JSON: {exc}") from exc
        return
    data = _load_yaml(path) or []
    if not isinstance(data, list):
        raise KnowledgeBaseError(f"{path}: expected a list of actors")
    yield from enumerate(data, 1)


def _load_places(kb: KnowledgeBase, path: Path) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((ln for ln in fh if ln.strip() and not ln.startswith("#")), delimiter="\t")
        for n, row in enumerate(rows, 2):
            row = {k: (v.strip() if isinstance(v, str) else v) for k, v in row.items() if k}
            row["fa"] = [f.strip() for f in (row.get("fa") or "").split("|") if f.strip()]
            row["wikidata"] = row.get("wikidata") or None
            row["country"] = row.get("country") or None
            place = _validate(Place, row, path, n)
            kb.places[place.id] = place
    kb.sources.append(str(path))


def _load_dir(kb: KnowledgeBase, root: Path) -> None:
    kbdir = _kb_folder(root)
    defined_in: dict[str, str] = {}  # a folder's actor ids → the file that defined them (another folder may override)
    for path in _actor_files(kbdir):
        for n, item in _actor_items(path):
            actor = _validate(Actor, item, path, n)
            if actor.id in defined_in:
                kb.redefined.append(f"{actor.id}: {defined_in[actor.id]}, {path.name}")
            defined_in[actor.id] = path.name
            kb.actors[actor.id] = actor
        kb.sources.append(str(path))
    if (kbdir / "places.tsv").is_file():
        _load_places(kb, kbdir / "places.tsv")
    if (kbdir / "outlets.yaml").is_file():
        path = kbdir / "outlets.yaml"
        for n, item in enumerate(_load_yaml(path) or [], 1):
            outlet = _validate(Outlet, item, path, n)
            kb.outlets[outlet.id] = outlet
        kb.sources.append(str(path))
    if (kbdir / "roles.yaml").is_file():
        path = kbdir / "roles.yaml"
        data = _load_yaml(path) or {}
        for tid, item in (data.get("titles") or {}).items():
            kb.titles[tid] = _validate(Title, item, path, tid)
        for k, v in (data.get("prefixes") or {}).items():
            kb.title_prefixes[k] = list(v)
        kb.descriptions.update(data.get("descriptions") or {})
        kb.home_office_states.update(data.get("home_office_states") or ())
        kb.generic_bodies_of = data.get("generic_bodies_of") or kb.generic_bodies_of
        kb.sources.append(str(path))


def name_keys(kb: KnowledgeBase) -> set[str]:
    """Match keys of every Persian name, role phrase and description the knowledge base has."""
    forms: list[str] = []
    for a in kb.actors.values():
        forms += [*a.fa, *a.short, *a.adj]
    for p in kb.places.values():
        forms += [*p.fa, *p.strict]
    for o in kb.outlets.values():
        forms += o.fa
    for t in kb.titles.values():
        forms += t.fa
    for v in kb.descriptions.values():
        forms += [f for f in (v if isinstance(v, list) else []) if isinstance(f, str)]
    return {match_key(f) for f in forms}


def _add_world(kb: KnowledgeBase) -> None:
    """Every ISO 3166 state (CLDR/pycountry) and the GeoNames cities, after the curated files (which win)."""
    from rasad.kb.countries import world_states
    from rasad.kb.geonames import geonames_places
    from rasad.kb.governed import add_governed_forms
    from rasad.kb.words import world_settings

    taken = name_keys(kb)
    curated_places = list(kb.places.values())
    for state in world_states(kb.actors.keys(), taken):
        kb.actors[state.id] = state
    for place in geonames_places(taken, curated_places):
        kb.places[place.id] = place
    _add_composed(kb)
    add_governed_forms(kb.actors, name_keys(kb))
    kb.place_context = dict(world_settings().get("linking") or {})


def _add_composed(kb: KnowledgeBase) -> None:
    """Places named by a head phrase and a known place ("ولایت هرات" → Herat Province), and bodies by a head phrase
    and a known place ("شهرداری ساری" → Sari Municipality): composed.yaml."""
    from rasad.kb.composed import composed_bodies, composed_places, composed_rules, composed_state_bodies

    by_name: dict[str, Any] = {}
    for a in kb.actors.values():
        by_name.setdefault(a.name, a)
    for p in kb.places.values():
        by_name.setdefault(p.name, p)
    rules = composed_rules()
    for place in list(composed_places(list(kb.places.values()), by_name, name_keys(kb), rules)):
        kb.places[place.id] = place
    for body in list(composed_bodies(list(kb.places.values()), name_keys(kb), rules)):
        kb.actors.setdefault(body.id, body)
    states = [a for a in kb.actors.values() if a.type == "STATE" and len(a.id) == 3 and a.id.isupper()]
    for body in list(composed_state_bodies(states, name_keys(kb), set(by_name), rules)):
        kb.actors.setdefault(body.id, body)


def _build_base() -> KnowledgeBase:
    kb = KnowledgeBase()
    _load_dir(kb, _package_dir())
    _add_world(kb)
    return kb


def _base_kb() -> KnowledgeBase:
    """The packaged knowledge base with the world's states and places, compiled once and cached on disk."""
    from rasad.kb.cache import compiled
    from rasad.kb.geonames import cities_path

    code = sorted(Path(__file__).parent.glob("*.py"))  # the code that builds it: a change there rebuilds too
    code.append(Path(__file__).parent.parent / "text" / "normalize.py")  # (session 30 ROLE) the names' keys
    return compiled("kb", [*layer_files(_package_dir()), cities_path(), *code], _build_base)


LARGE_LAYER = 1 << 20  # a user folder bigger than this (an import) is compiled and cached like the packaged data


def _user_layer(path: Path) -> KnowledgeBase:
    from rasad.kb.cache import compiled

    def build() -> KnowledgeBase:
        layer = KnowledgeBase()
        _load_dir(layer, path)
        return layer

    files = layer_files(path)
    if sum(f.stat().st_size for f in files) < LARGE_LAYER:
        return build()
    return compiled("layer", files, build, extra=str(path.resolve()))


def _merge(kb: KnowledgeBase, layer: KnowledgeBase) -> None:
    """A user folder over the knowledge base: the same id replaces, a new id adds."""
    kb.actors.update(layer.actors)
    kb.places.update(layer.places)
    kb.outlets.update(layer.outlets)
    kb.titles.update(layer.titles)
    kb.title_prefixes.update(layer.title_prefixes)
    kb.descriptions.update(layer.descriptions)
    kb.home_office_states.update(layer.home_office_states)
    kb.generic_bodies_of = layer.generic_bodies_of or kb.generic_bodies_of
    kb.sources.extend(layer.sources)
    kb.redefined.extend(layer.redefined)


def check(kb: KnowledgeBase) -> list[str]:
    """Cross-reference problems: dangling ids, unknown titles, duplicate Persian names across curated actors, places
    off the globe or in no known state."""
    problems = [f"actor {r} (defined twice; the later one wins)" for r in kb.redefined]
    for a in kb.actors.values():
        for s in a.affiliations:
            if s.of not in kb.actors:
                problems.append(f"{a.id}: refers to unknown actor {s.of!r}")
        for s in a.positions:  # an office of a province or a city: its place id
            if s.of not in kb.actors and s.of not in kb.places:
                problems.append(f"{a.id}: refers to unknown actor or place {s.of!r}")
        for p in a.positions:
            base = re.sub(r"^(deputy|acting|first|former)-", "", p.title)
            base = re.sub(r"^(deputy|acting)-", "", base)
            if kb.titles and p.title not in kb.titles and base not in kb.titles:
                problems.append(f"{a.id}: unknown title {p.title!r}")
            if p.start and p.end and p.start > p.end:
                problems.append(f"{a.id}: position {p.title} ends before it starts")
        if a.capital and a.capital not in kb.places:
            problems.append(f"{a.id}: capital {a.capital!r} is not a place")
        if a.seat and a.seat not in kb.places:
            problems.append(f"{a.id}: seat {a.seat!r} is not a place")
        problems += [f"{a.id}: holds {s.of!r}, which is not a place" for s in a.holds if s.of not in kb.places]
    problems += [f"title {tid}: {field} unknown title {ref!r}" for tid, t in kb.titles.items()
                 for field, ref in (("holds", t.holds), ("at_place", t.at_place),
                                           ("or_place_title", t.or_place_title)) if ref and ref not in kb.titles]
    problems += [f"title {tid}: body_in {state}: unknown actor {ref!r}" for tid, t in kb.titles.items()
                 for state, ref in t.body_in.items() if ref not in kb.actors]
    problems += _place_problems(kb)
    seen: dict[str, str] = {}
    for a in kb.actors.values():
        if a.source == "wikidata":
            continue  # namesakes are Wikidata's, and the import leaves curated names to curated entries
        for form in a.fa:
            key = match_key(form)
            if key in seen and seen[key] != a.id:
                problems.append(f"Persian name {form!r} used by both {seen[key]} and {a.id}")
            seen.setdefault(key, a.id)
    return problems


def _place_problems(kb: KnowledgeBase) -> list[str]:
    """Coordinates off the globe, countries that are no state, places without a Persian name."""
    problems = []
    for p in kb.places.values():
        if not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
            problems.append(f"place {p.id}: coordinates {p.lat}, {p.lon} are off the globe")
        if p.country and (p.country not in kb.actors or kb.actors[p.country].type != "STATE"):
            problems.append(f"place {p.id}: country {p.country!r} is not a state")
        if not (p.fa or p.contextual or p.strict):
            problems.append(f"place {p.id}: no Persian name")
    return problems


def user_kb_dirs(extra: Iterable[str | os.PathLike] | None = None) -> list[Path]:
    dirs = [Path(p) for p in (extra or [])]
    env = os.environ.get("RASAD_KB")
    if env:
        dirs.extend(Path(p) for p in env.split(os.pathsep) if p)
    return dirs


@lru_cache(maxsize=8)
def _load_cached(dirs: tuple[str, ...]) -> KnowledgeBase:
    kb = _base_kb()
    for d in dirs:
        path = Path(d)
        if not path.is_dir():
            raise KnowledgeBaseError(f"{path}: knowledge-base folder not found")
        _merge(kb, _user_layer(path))
    return kb


def load_kb(extra_dirs: Iterable[str | os.PathLike] | None = None) -> KnowledgeBase:
    return _load_cached(tuple(str(p) for p in user_kb_dirs(extra_dirs)))


