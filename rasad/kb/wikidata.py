"""Import people, organisations and places from a Wikidata JSON dump into a knowledge-base folder ``--kb`` loads.

The dump (``latest-all.json.gz`` or ``.bz2``, or any subset in the same shape: one entity per line inside ``[`` and
``]``, lines ending in a comma) is read as a stream, one line at a time, so memory stays flat whatever its size.
A first pass writes each person, organisation and place with its references as Wikidata ids to a partial file and
keeps only small tables (countries' ISO codes, positions' labels and jurisdictions, which organisations were
imported); a second pass over the partial files resolves the references and writes:

- ``actors/wikidata-persons.jsonl`` and ``actors/wikidata-organisations.jsonl`` (one actor a line),
- ``places.tsv`` (the columns of the packaged file, with ``source`` wikidata, population and the tiers of names),
- ``wikidata-import.json`` (the counts) and ``wikidata-bad-lines.tsv`` (every line that could not be read, why).

Entities a hand-curated entry already has (same Wikidata id) are not imported: references to them point to the
curated id. Settings: ``rasad/data/kb/wikidata.yaml``.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any

import yaml

from rasad.errors import KnowledgeBaseError
from rasad.kb.knowledge import KnowledgeBase, load_kb, name_keys
from rasad.text.normalize import char_normalize, match_key

PLACE_COLUMNS = ["id", "name", "fa", "kind", "country", "lat", "lon", "wikidata", "source", "population", "contextual",
                 "strict"]
BAD_NAMED = 100  # bad lines kept in the report (all are written to wikidata-bad-lines.tsv)


@dataclass
class ImportReport:
    dump: str
    out: str
    lang: str | None
    lines: int = 0
    entities: int = 0
    persons: int = 0
    organisations: int = 0
    places: int = 0
    positions: int = 0
    positions_unmapped: int = 0
    already_curated: int = 0
    skipped: int = 0
    bad: int = 0
    bad_lines: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Tables:
    """What the second pass needs, kept in memory: small whatever the dump's size."""

    countries: dict[str, str] = field(default_factory=dict)  # Wikidata id of a state → ISO alpha-3
    positions: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # position id → (English label, of)
    orgs: set[str] = field(default_factory=set)  # imported organisations
    curated: dict[str, str] = field(default_factory=dict)  # Wikidata id → id of a hand-curated entry


def settings() -> dict[str, Any]:
    path = Path(str(resources.files("rasad") / "data" / "kb" / "wikidata.yaml"))
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _open(path: Path) -> tuple[IO[str], IO[bytes]]:
    """The dump as text lines, and the raw file whose position tells the progress."""
    raw = open(path, "rb")  # noqa: SIM115 - closed by the caller with the text stream
    if path.suffix == ".gz":
        return gzip.open(raw, "rt", encoding="utf-8"), raw
    if path.suffix == ".bz2":
        return bz2.open(raw, "rt", encoding="utf-8"), raw
    return open(raw.fileno(), encoding="utf-8", closefd=False), raw


def _lines(stream: IO[str]) -> Iterator[tuple[int, str]]:
    """(line number, one entity's JSON) for every line that is not the dump's opening or closing bracket."""
    for n, line in enumerate(stream, 1):
        line = line.strip()
        if line in ("", "[", "]"):
            continue
        yield n, line[:-1] if line.endswith(",") else line


# --- reading one entity -----------------------------------------------------------------------------------------

def _statements(entity: dict, prop: str) -> list[dict]:
    """Statements of ``prop`` that are not deprecated, preferred ones first."""
    st = [s for s in (entity.get("claims") or {}).get(prop) or [] if s.get("rank") != "deprecated"]
    return sorted(st, key=lambda s: s.get("rank") != "preferred")


def _value(snak: dict | None) -> Any:
    if not snak or snak.get("snaktype") != "value":
        return None
    return (snak.get("datavalue") or {}).get("value")


def _item(snak: dict | None) -> str | None:
    v = _value(snak)
    return v.get("id") or (f"Q{v['numeric-id']}" if "numeric-id" in v else None) if isinstance(v, dict) else None


def items(entity: dict, prop: str) -> list[str]:
    return [q for q in (_item(s.get("mainsnak")) for s in _statements(entity, prop)) if q]


def wikidata_time(value: Any) -> str | None:
    """"+2013-08-15T00:00:00Z" at precision 11 → "2013-08-15"; 10 → "2013-08"; 9 → "2013"; coarser or BCE → None."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    m = re.match(r"^\+(\d{4,})-(\d\d)-(\d\d)T", value["time"])
    precision = value.get("precision", 11)
    if not m or precision < 9 or len(m.group(1)) > 4:
        return None
    y, mo, d = m.groups()
    if precision == 9 or mo == "00":
        return y
    return f"{y}-{mo}" if precision == 10 or d == "00" else f"{y}-{mo}-{d}"


def _qualifier_time(statement: dict, prop: str) -> str | None:
    for q in (statement.get("qualifiers") or {}).get(prop) or []:
        t = wikidata_time(_value(q))
        if t:
            return t
    return None


def _labels(entity: dict, lang: str) -> tuple[str | None, list[str]]:
    """(English label, Persian label and aliases, normalised, one per match key)."""
    en = ((entity.get("labels") or {}).get("en") or {}).get("value")
    forms = [((entity.get("labels") or {}).get(lang) or {}).get("value")]
    forms += [a.get("value") for a in (entity.get("aliases") or {}).get(lang) or []]
    out, seen = [], set()
    for f in forms:
        if isinstance(f, str) and f.strip():
            f = char_normalize(f).strip()
            if match_key(f) not in seen:
                seen.add(match_key(f))
                out.append(f)
    return en, out


def _kind(entity: dict, cfg: dict) -> str | None:
    """person | org | state | place | position | None, from P31 (and coordinates for places)."""
    p = cfg["properties"]
    classes = set(items(entity, p["instance_of"]))
    if classes & set(cfg["person_classes"]):
        return "person"
    if classes & set(cfg["state_classes"]) or (entity.get("claims") or {}).get(p["iso3"]):
        return "state"
    if classes & set(cfg["org_classes"]):
        return "org"
    if (entity.get("claims") or {}).get(p["coordinates"]):
        return "place"
    if (entity.get("claims") or {}).get(p["jurisdiction"]):
        return "position"
    return None


def _coordinates(entity: dict, cfg: dict) -> tuple[float, float] | None:
    for s in _statements(entity, cfg["properties"]["coordinates"]):
        v = _value(s.get("mainsnak"))
        if isinstance(v, dict) and isinstance(v.get("latitude"), (int, float)) and isinstance(v.get("longitude"), (int, float)):
            if "globe" not in v or str(v["globe"]).endswith("/Q2"):  # on Earth
                return float(v["latitude"]), float(v["longitude"])
    return None


def _population(entity: dict, cfg: dict) -> int | None:
    for s in _statements(entity, cfg["properties"]["population"]):
        v = _value(s.get("mainsnak"))
        try:
            return int(float(v["amount"])) if isinstance(v, dict) else None
        except (KeyError, TypeError, ValueError):
            return None
    return None


def _person(entity: dict, cfg: dict) -> dict[str, Any]:
    p = cfg["properties"]
    positions = [{"pos": _item(s.get("mainsnak")), "from": _qualifier_time(s, p["start"]),
                  "to": _qualifier_time(s, p["end"])} for s in _statements(entity, p["position_held"])]
    return {"citizenship": items(entity, p["citizenship"]),
            "parties": items(entity, p["party"]) + items(entity, p["member_of"]),
            "positions": [x for x in positions if x["pos"]]}


def _org(entity: dict, cfg: dict) -> dict[str, Any]:
    sectors = cfg["org_classes"]
    sector = next((sectors[c] for c in items(entity, cfg["properties"]["instance_of"]) if sectors.get(c)), None)
    return {"country": items(entity, cfg["properties"]["country"])[:1], "sector": sector}


def _place(entity: dict, cfg: dict) -> dict[str, Any] | None:
    coords = _coordinates(entity, cfg)
    if coords is None:
        return None
    classes = set(items(entity, cfg["properties"]["instance_of"]))
    kind = "city" if classes & set(cfg["city_classes"]) else "region" if classes & set(cfg["province_classes"]) else "place"
    return {"lat": coords[0], "lon": coords[1], "country": items(entity, cfg["properties"]["country"])[:1],
            "population": _population(entity, cfg), "kind": kind}


def _note_tables(entity: dict, kind: str | None, cfg: dict, tables: _Tables) -> None:
    """States' ISO codes and positions' labels and jurisdictions, for the second pass."""
    p = cfg["properties"]
    if kind == "state":
        for s in _statements(entity, p["iso3"]):
            code = _value(s.get("mainsnak"))
            if isinstance(code, str) and re.match(r"^[A-Z]{3}$", code):
                tables.countries[entity["id"]] = code
                break
    of = (items(entity, p["jurisdiction"]) or items(entity, p["country"]) or [None])[0]
    en = ((entity.get("labels") or {}).get("en") or {}).get("value")
    if en and (kind == "position" or items(entity, p["jurisdiction"])):
        tables.positions[entity["id"]] = (en, of)


_TAKE = {"person": _person, "org": _org, "place": _place}


def _record(entity: dict, lang: str, cfg: dict, tables: _Tables, report: ImportReport) -> tuple[str, dict] | None:
    """(kind, partial record) of an entity to import, or None (counted as skipped or already curated)."""
    kind = _kind(entity, cfg)
    _note_tables(entity, kind, cfg, tables)
    if kind not in _TAKE:
        return None
    if entity["id"] in tables.curated:
        report.already_curated += 1
        return None
    en, fa = _labels(entity, lang)
    extra = _TAKE[kind](entity, cfg) if en and fa else None
    if extra is None:
        report.skipped += 1
        return None
    if kind == "org":
        tables.orgs.add(entity["id"])
    return kind, {"qid": entity["id"], "name": en, "fa": fa, **extra}


def _quick_skip(line: str, lang: str | None) -> bool:
    """With a language filter, a line without that language and without what the tables need is not parsed."""
    return lang is not None and f'"language":"{lang}"' not in line and '"P298"' not in line and '"P1001"' not in line


def _parse(n: int, line: str, bad: IO[str], report: ImportReport) -> dict | None:
    try:
        entity = json.loads(line)
    except json.JSONDecodeError as exc:
        return _bad(n, f"invalid JSON: {exc.msg} at column {exc.colno}", bad, report)
    if not isinstance(entity, dict) or not isinstance(entity.get("id"), str):
        return _bad(n, "not an entity (no id)", bad, report)
    return entity


def _bad(n: int, reason: str, bad: IO[str], report: ImportReport) -> None:
    report.bad += 1
    bad.write(f"{n}\t{reason}\n")
    if len(report.bad_lines) < BAD_NAMED:
        report.bad_lines.append(f"line {n}: {reason}")
    return None


# --- the two passes ---------------------------------------------------------------------------------------------

Progress = Callable[[int, int], None]  # (bytes of the dump read, its size)


def _scan(dump: Path, work: Path, lang: str | None, cfg: dict, tables: _Tables, report: ImportReport,
          progress: Progress | None) -> None:
    """First pass: every entity to import as a partial record (references still Wikidata ids)."""
    total = dump.stat().st_size
    stream, raw = _open(dump)
    partial = {k: open(work / f"{k}.partial.jsonl", "w", encoding="utf-8") for k in _TAKE}  # noqa: SIM115
    try:
        with open(work / "wikidata-bad-lines.tsv", "w", encoding="utf-8") as bad:
            for n, line in _lines(stream):
                report.lines = n
                if progress and n % 2000 == 0:
                    progress(raw.tell(), total)
                if _quick_skip(line, lang):
                    continue
                entity = _parse(n, line, bad, report)
                if entity is None:
                    continue
                report.entities += 1
                taken = _record(entity, lang or "fa", cfg, tables, report)
                if taken:
                    partial[taken[0]].write(json.dumps(taken[1], ensure_ascii=False) + "\n")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{dump}: cannot read the dump after line {report.lines}: {exc}") from exc
    finally:
        for fh in partial.values():
            fh.close()
        stream.close()
        raw.close()
    if progress:
        progress(total, total)


def _partial(work: Path, kind: str) -> Iterator[dict]:
    path = work / f"{kind}.partial.jsonl"
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)
    path.unlink()


class _Resolver:
    """Wikidata ids → knowledge-base ids, titles from positions, and Persian names not already used."""

    def __init__(self, kb: KnowledgeBase, tables: _Tables, cfg: dict):
        self.kb, self.tables = kb, tables
        self.patterns = [(re.compile(p["pattern"], re.I), p.get("title")) for p in cfg["position_titles"]]
        self.taken = name_keys(kb)

    def ref(self, qid: str | None) -> str | None:
        """A state's ISO code, a curated entry's id or an imported organisation's id."""
        if not qid:
            return None
        t = self.tables
        return t.countries.get(qid) or t.curated.get(qid) or (qid.lower() if qid in t.orgs else None)

    def title(self, qid: str) -> tuple[str, str] | None:
        label, of = self.tables.positions.get(qid, (None, None))
        title = next((t for rx, t in self.patterns if label and rx.search(label)), None)
        target = self.ref(of)
        return (title, target) if title and title in self.kb.titles and target else None

    def names(self, forms: list[str]) -> list[str]:
        """Persian names no curated entry uses (curated names win). Two imported people may share a name, as in
        Wikidata: linking picks between them by date and context."""
        return [f for f in forms if match_key(f) not in self.taken]


def _person_actor(rec: dict, r: _Resolver, report: ImportReport) -> dict | None:
    positions = []
    for p in rec["positions"]:
        found = r.title(p["pos"])
        report.positions += found is not None
        report.positions_unmapped += found is None
        if found:
            positions.append({"title": found[0], "of": found[1], "from": p["from"], "to": p["to"]})
    country = next((c for c in map(r.ref, rec["citizenship"]) if c in r.tables.countries.values()), None)
    affiliations = [{"of": o} for o in dict.fromkeys(map(r.ref, rec["parties"])) if o]
    fa = r.names(rec["fa"])
    if not fa:
        return None
    return {"id": rec["qid"].lower(), "name": rec["name"], "type": "PERSON", "country": country,
            "wikidata": rec["qid"], "fa": fa, "affiliations": affiliations, "positions": positions, "source": "wikidata"}


def _org_actor(rec: dict, r: _Resolver, report: ImportReport) -> dict | None:
    fa = r.names(rec["fa"])
    country = next((c for c in map(r.ref, rec["country"]) if c in r.tables.countries.values()), None)
    return {"id": rec["qid"].lower(), "name": rec["name"], "type": "ORG", "country": country, "sector": rec["sector"],
            "wikidata": rec["qid"], "fa": fa, "source": "wikidata"} if fa else None


def _place_row(rec: dict, r: _Resolver, tiers: dict[str, float]) -> dict | None:
    from rasad.kb.geonames import place_tier

    forms: dict[str, list[str]] = {"fa": [], "contextual": [], "strict": []}
    for f in r.names(rec["fa"]):
        tier = place_tier(f, tiers)
        if tier != "drop":
            forms[tier].append(f)
    if not any(forms.values()):
        return None
    country = next((c for c in map(r.ref, rec["country"]) if c in r.tables.countries.values()), "")
    return {"id": rec["qid"].lower(), "name": rec["name"], "kind": rec["kind"], "country": country,
            "lat": rec["lat"], "lon": rec["lon"], "wikidata": rec["qid"], "source": "wikidata",
            "population": rec["population"] or "", **{k: "|".join(v) for k, v in forms.items()}}


def _curated_ids(kb: KnowledgeBase) -> dict[str, str]:
    """Wikidata id → id of every entry the knowledge base already has (states give their ISO code)."""
    out = {p.wikidata: p.id for p in kb.places.values() if p.wikidata}
    out.update({a.wikidata: a.id for a in kb.actors.values() if a.wikidata})
    return out


def _write_actors(path: Path, records: Iterator[dict]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps({k: v for k, v in rec.items() if v not in (None, [])}, ensure_ascii=False) + "\n")
            n += 1
    return n


def _resolve(work: Path, kb: KnowledgeBase, tables: _Tables, cfg: dict, report: ImportReport) -> None:
    """Second pass: organisations first (a person's party must exist), then persons, then places."""
    from rasad.kb.words import world_settings

    r = _Resolver(kb, tables, cfg)
    (work / "actors").mkdir(exist_ok=True)
    def orgs() -> Iterator[dict]:
        for rec in _partial(work, "org"):
            actor = _org_actor(rec, r, report)
            if actor is None:
                tables.orgs.discard(rec["qid"])  # no Persian name left: persons do not point to it
            else:
                yield actor

    report.organisations = _write_actors(work / "actors" / "wikidata-organisations.jsonl", orgs())
    persons = (a for a in (_person_actor(rec, r, report) for rec in _partial(work, "person")) if a)
    report.persons = _write_actors(work / "actors" / "wikidata-persons.jsonl", persons)
    tiers = (world_settings().get("geonames") or {}).get("common_word_zipf") or {}
    with open(work / "places.tsv", "w", encoding="utf-8", newline="") as fh:
        out = csv.DictWriter(fh, PLACE_COLUMNS, delimiter="\t", lineterminator="\n")
        out.writeheader()
        for rec in _partial(work, "place"):
            row = _place_row(rec, r, tiers)
            if row:
                out.writerow(row)
                report.places += 1


def import_wikidata(dump: str | Path, out_dir: str | Path, lang: str | None = "fa",
                    progress: Progress | None = None, kb: KnowledgeBase | None = None) -> ImportReport:
    """Stream ``dump`` into the knowledge-base folder ``out_dir``. ``lang``: import only entities with a label or
    alias in this language (their Persian names; None keeps every entity, which still needs Persian names to link).
    Bad lines are counted and named in the report, never fatal; an unreadable or missing dump raises
    KnowledgeBaseError."""
    dump, out = Path(dump), Path(out_dir)
    if not dump.is_file():
        raise KnowledgeBaseError(f"{dump}: no such dump file")
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    kb = kb or load_kb()
    cfg = settings()
    tables = _Tables(curated=_curated_ids(kb))
    tables.countries.update({a.wikidata: a.id for a in kb.actors.values() if a.type == "STATE" and a.wikidata})
    report = ImportReport(str(dump), str(out), lang)
    _scan(dump, out, lang, cfg, tables, report, progress)
    _resolve(out, kb, tables, cfg, report)
    report.seconds = round(time.perf_counter() - started, 2)
    (out / "wikidata-import.json").write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), "utf-8")
    return report
