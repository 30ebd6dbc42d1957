"""Build rasad/data/kb/actors/iran_councils.yaml: members of Iran's councils (Assembly of Experts, Expediency
Discernment Council, Guardian Council, Tehran City Council) and other office holders listed in
scripts/kb/data/iran_councils.tsv, each with dated positions, so that news naming them links to them.

    python scripts/kb/councils.py [--data scripts/kb/data/iran_councils.tsv] [--dry-run]

The list (facts only: names, offices, dates; its header names the sources and each term's dates) has one row per
position: a body's term code (``aoe5``, ``ec2022``, ``tcc6``…) or ``TITLE@OF``, from, to, the Persian name, the
English name. People are merged by the match key of their name (a leading "سید" ignored, as in majlis.py).

Where a person goes:
- already in a hand-curated actor file (iran.yaml, iran_officials.yaml…): the positions (and new Persian forms)
  are added to that entry in place;
- otherwise a new entry in iran_councils.yaml; one that scripts/kb/majlis.py had written into iran_majlis.yaml
  (an MP) moves here with its id, English name and Wikidata id, and majlis.py (run at the end of this script)
  gives it back its MP terms. Ids stay stable across runs: an entry this file already had keeps its id.
A name two people share (a namesake the list marks by leaving them out) is the compiler's call; ``rasad kb check``
reports any Persian name two actors share.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import majlis  # noqa: E402  (scripts/kb/majlis.py: shared helpers, and the MP file regenerated at the end)
from majlis import ACTORS, KnowledgeBase, match_key, person_key, plain, slug  # noqa: E402

from rasad.text.translit import transliterate_name  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "iran_councils.tsv"
OUT = ACTORS / "iran_councils.yaml"
# code → (title, of, first day, last day) of a body's term
TERMS: dict[str, tuple[str, str, str, str | None]] = {
    "aoe5": ("assembly-of-experts-member", "assembly-of-experts", "2016-05-24", "2024-05-20"),
    "aoe6": ("assembly-of-experts-member", "assembly-of-experts", "2024-05-21", None),
    "ec2017": ("expediency-council-member", "expediency-discernment-council", "2017-08-14", "2022-09-19"),
    "ec2022": ("expediency-council-member", "expediency-discernment-council", "2022-09-20", None),
    "tcc4": ("city-council-member", "tehran-city-council", "2013-09-03", "2017-08-22"),
    "tcc5": ("city-council-member", "tehran-city-council", "2017-08-23", "2021-08-04"),
    "tcc6": ("city-council-member", "tehran-city-council", "2021-08-05", None),
}
# a new entry's sector and affiliation, by the title of its first position
SECTORS = {"assembly-of-experts-member": ("REL", "assembly-of-experts"), "friday-prayer-leader": ("REL", None),
           "guardian-council-member": ("JUD", "guardian-council"), "city-council-member": ("GOV", "tehran-city-council"),
           "expediency-council-member": ("GOV", "expediency-discernment-council")}


@dataclass
class Person:
    """One person of the list: the Persian forms seen, an English name if given, the positions in list order."""

    key: str
    forms: list[str] = field(default_factory=list)
    en: str | None = None
    en_is_title: bool = True  # the English name is a Wikipedia title, not a spelling of the compiler's
    positions: list[tuple[str, str, str, str | None]] = field(default_factory=list)


def read_list(path: Path = DATA) -> dict[str, Person]:
    """The list's people by match key; a row's "-" dates are its term's first and last days."""
    people: dict[str, Person] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        code, start, end, fa, en = (c.strip() for c in line.split("\t"))
        title, of, first, last = TERMS[code] if code in TERMS else (*code.split("@"), "", None)
        start, end = first if start == "-" else start, last if end == "-" else end
        if not start:
            raise ValueError(f"{path}:{n}: no start date")
        forms = fa.split("|")
        p = people.setdefault(person_key(forms[0]), Person(person_key(forms[0])))
        p.forms += [f for f in forms if f not in p.forms]
        if p.en is None and en != "-":
            p.en, p.en_is_title = en.lstrip("~"), not en.startswith("~")
        p.positions.append((title, of, start, end))
    return people


def position_line(title: str, of: str, start: str, end: str | None) -> str:
    return f"    - {{title: {title}, of: {of}, from: {start}, to: {end or 'null'}}}"


def persian_forms(p: Person) -> list[str]:
    return majlis.persian_forms(majlis.Member(p.key, forms=list(p.forms)))


def previous_entries() -> dict[str, dict]:
    """This file's entries as it stands (by person key), so that a person keeps the id it was given."""
    if not OUT.is_file():
        return {}
    out: dict[str, dict] = {}
    for item in yaml.safe_load(OUT.read_text(encoding="utf-8")) or []:
        for form in item.get("fa") or []:
            out.setdefault(person_key(form), item)
    return out


@dataclass
class Plan(majlis.Plan):
    """majlis.py's plan, and the MP file's entries this run moves here."""

    moved: list[str] = field(default_factory=list)


def plan(people: dict[str, Person], kb: KnowledgeBase, mp_file: KnowledgeBase) -> Plan:
    """Sort each person into an existing hand-curated entry to extend or a new entry of this file."""
    owners, mp_owners, previous = majlis.existing_owners(kb), majlis.existing_owners(mp_file), previous_entries()
    taken, out = set(kb.actors) | set(mp_file.actors), Plan()
    for key in sorted(people, key=lambda k: persian_forms(people[k])[0]):
        p = people[key]
        lines = [position_line(*pos) for pos in p.positions]
        owner = next((owners[k] for k in map(person_key, p.forms) if k in owners), None)
        if owner is not None and kb.actors[owner].type == "PERSON" and kb.actors[owner].country == "IRN":
            known = {match_key(f) for f in kb.actors[owner].fa}
            out.existing[owner] = (lines, [f for f in persian_forms(p) if match_key(f) not in known
                                           and owners.get(match_key(f), owner) == owner])
            continue
        base = next((mp_file.actors[mp_owners[k]] for k in map(person_key, p.forms) if k in mp_owners), None)
        out.moved += [base.id] if base is not None else []
        text = entry(p, lines, taken, base, previous.get(key), kb.name_parts())
        out.new.append(text)
        out.transliterated += "name_from: transliteration" in text
    return out


def entry(p: Person, lines: list[str], taken: set[str], base, previous: dict | None, spellings: dict[str, str]) -> str:
    """A person's YAML entry. Its id: the one this file gave before, else the MP file's entry's, else a slug of the
    English name. Its name: the list's Wikipedia title, else the MP file's (a Wikipedia title when it has a
    Wikidata id), else a spelling (the list's, or rasad's transliteration), marked."""
    forms = persian_forms(p)
    if base is not None:
        forms += [f for f in base.fa if match_key(f) not in {match_key(x) for x in forms}]
    wikidata = (base.wikidata if base is not None else None) or (previous or {}).get("wikidata")
    en = (p.en if p.en_is_title else None) or (base.name if base is not None and base.wikidata else None)
    transliterated = en is None and not p.en
    en = en or p.en or transliterate_name(forms[0], spellings)
    ident = (previous or {}).get("id") or (base.id if base is not None else None)
    if ident is None:
        ident = slug(en)
        stem, n = ident, 2
        while ident in taken:
            ident, n = f"{stem}-{n}", n + 1
    taken.add(ident)
    sector, body = SECTORS.get(p.positions[0][0], ("GOV", None))
    rows = [f"- id: {ident}", f"  name: {plain(en)}"] + (["  name_from: transliteration"] if transliterated else [])
    rows += ["  type: PERSON", "  country: IRN", f"  sector: {sector}"]
    rows += [f"  wikidata: {wikidata}"] if wikidata else []
    rows += [f"  fa: [{', '.join(forms)}]"]
    rows += ["  affiliations:", f"    - {{of: {body}}}"] if body else []
    return "\n".join([*rows, "  positions:", *lines])


HEADER = """# Iran's councils and other office holders with dated positions: members of the Assembly of Experts (5th and 6th
# terms), the Expediency Discernment Council (2017 and 2022 terms), the Guardian Council, the Tehran City Council
# (4th-6th terms, with its chairmen), Friday prayer leaders of provincial capitals and deputy ministers.
# Generated by scripts/kb/councils.py from scripts/kb/data/iran_councils.tsv — edit the list, not this file; the
# list's header names the sources (en/fa.wikipedia articles on each body and term; IRNA, ISNA, Mizan, Tabnak and
# BBC Persian reports of each term's first session or decree). People already in a hand-curated actor file carry
# these positions there; MPs carry their MP terms here (added by scripts/kb/majlis.py). "name_from:
# transliteration": no English name was at hand; the name is rasad's transliteration (rasad.text.translit).
"""


def kbs() -> tuple[KnowledgeBase, KnowledgeBase]:
    """The hand-curated actors (every file but the two generated ones), and the MP file's actors."""
    kb = majlis.curated_kb(skip=(OUT, majlis.OUT))
    mp_file = KnowledgeBase()
    mp_file.actors = {k: v for k, v in majlis.curated_kb(skip=()).actors.items()
                      if k in majlis.file_ids(majlis.OUT)}
    return kb, mp_file


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--dry-run", action="store_true", help="report, write nothing")
    args = ap.parse_args(argv)
    people = read_list(args.data)
    kb, mp_file = kbs()
    result = plan(people, kb, mp_file)
    print(f"people listed: {len(people)}; new entries: {len(result.new)} ({result.transliterated} transliterated, "
          f"{len(result.moved)} moved from the MP file); existing entries extended: {len(result.existing)}")
    if args.dry_run:
        return 0
    OUT.write_text(HEADER + "\n" + "\n\n".join(result.new) + "\n", encoding="utf-8")
    majlis.extend_existing(result.existing, skip=(OUT, majlis.OUT))
    return majlis.main([])


if __name__ == "__main__":
    raise SystemExit(main())
