"""Build rasad/data/kb/actors/iran_majlis.yaml: the members of Iran's parliament (the Majlis, مجلس شورای اسلامی)
with one dated `member-of-parliament` position per term, so that news naming an MP links to them.

    python scripts/kb/majlis.py [--sources .cache/kb/majlis] [--dry-run]
    python scripts/kb/majlis.py --update     # the kept lists only, over the file as it is (no sources needed)

Sources (facts only: names, constituencies, terms; the files themselves stay out of git, in the git-ignored
folder given by --sources):

- ``term-9.*``, ``term-10.*``: EveryPolitician (CC0), https://github.com/everypolitician/everypolitician-data,
  ``data/Iran/Assembly/term-9.csv`` and ``data/Iran/Assembly/unstable/latest.csv`` (the 10th Majlis). Columns
  read: ``name``, ``area``, ``start_date``/``end_date`` when given.
- ``wikidata.*``: EveryPolitician's Wikidata scrape, ``data/Iran/Assembly/sources/morph/wikidata.csv``: Wikidata
  id, Persian label, English Wikipedia title (else English label), date of death. Columns ``id``, ``name__fa``,
  ``wikipedia__en``/``name__en``, ``death_date`` (or ``qid``, ``fa``, ``en``, ``death``).
- ``term-11.*``: the 11th Majlis as listed by parliran.ir, from https://github.com/MSNP1381/majles-votes,
  ``all_members/from_json/AllMembers.csv`` (columns ``Name``, ``Region``).

Fetch them with ``curl -L -o`` from raw.githubusercontent.com (any file with those columns will do: ``.csv`` is
read comma-separated, ``.tsv`` tab-separated). A term missing from the sources folder is read from the lists kept
in git under scripts/kb/data (``majlis-term-12.tsv``: members of the 12th Majlis, from 2024-05-27 — a partial list
compiled for the project from public reports of the 2024 results, not re-checked against a stored copy: only members
the compiler was sure of; the term's first day per en.wikipedia "12th legislature of the Islamic Republic of Iran").

What it does: people are merged across terms by their name's match key (ZWNJ, spaces, letter variants and a
leading "سید" ignored). A name two members share (two "داوود محمدی" in the 10th Majlis) is left out: the name alone
cannot say which. A member already in another actor file (a speaker, a minister who was an MP) is not repeated:
the MP positions are added to that entry in place, and a term that a government post (an office of the state:
minister, vice-president, ambassador) interrupted ends the day the post began. Names whose match key a curated
actor of another kind uses (a namesake general) are reported and left out. English names are Wikipedia titles
from the Wikidata scrape; the others are rasad's transliteration, marked ``name_from: transliteration`` in the file.

The press drops a last name part that only says where the family is from ("جلیل میرمحمدی میبدی" is written "سید
جلیل میرمحمدی"): a name of three words or more whose last word is an Iranian place of the curated list with "ی"
after it (میبد → میبدی), and whose word before it is no given name, also gets the form without it, unless another
actor has that form (``press_form``).

Committee chairs: ``scripts/kb/data/majlis-commission-chairs.tsv`` (actor id, committee id, from, to, evidence)
becomes dated ``head`` positions of the committees (actors/iran_majlis_commissions.yaml) in the chairs' entries,
wherever they are. ``--update`` applies the kept lists (the 12th Majlis, the chairs, the press forms) to the files as
they are, adding members no file has yet: what a full run would add, without the sources of the earlier terms.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from rasad.kb.knowledge import KnowledgeBase, _actor_files, _actor_items, _kb_folder, _load_dir, _package_dir, _validate  # noqa: E402,E501
from rasad.kb.model import Actor  # noqa: E402
from rasad.text.normalize import char_normalize, match_key  # noqa: E402
from rasad.text.translit import transliterate_name  # noqa: E402

OUT = REPO / "rasad" / "data" / "kb" / "actors" / "iran_majlis.yaml"
KEPT = Path(__file__).resolve().parent / "data"  # lists compiled for the project (facts only), kept in git
ACTORS = OUT.parent
MAJLIS = "islamic-consultative-assembly"
TITLE = "member-of-parliament"
# term → (first day, last day); 7 Khordad of 1391, 1399, 1403 (fa.wikipedia), EveryPolitician for the 9th/10th
TERMS = {9: ("2012-05-27", "2016-05-26"), 10: ("2016-05-28", "2020-05-26"), 11: ("2020-05-27", "2024-05-26"),
         12: ("2024-05-27", None)}
SEYYED = re.compile(r"^(?:سید|سيد)\s*")
CHAIRS = KEPT / "majlis-commission-chairs.tsv"
# Words that end no surname: a given name's or a title's second part ("علاء الدین", "مرتضی آقا تهرانی" is
# Aghatehrani): a name whose word before the place-of-origin word is one of them keeps its full form only.
NAME_PARTICLES = {match_key(w) for w in ("آقا", "الدین", "الله", "خان", "بیگ", "علی", "رضا", "حسین", "محمد")}
GIVEN_NAMES = REPO / "rasad" / "data" / "lexicon" / "person_names.tsv"
COLUMNS = {"name": ("name", "Name", "name__fa", "fa"), "area": ("area", "Region"), "start": ("start_date", "start"),
           "end": ("end_date", "end"), "qid": ("id", "qid"), "en": ("wikipedia__en", "name__en", "en"),
           "death": ("death_date", "death")}


@dataclass
class Member:
    """One person across terms: the Persian forms seen, the terms with their spans, what Wikidata says."""

    key: str
    forms: list[str] = field(default_factory=list)
    terms: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    areas: dict[int, list[str]] = field(default_factory=dict)
    qid: str | None = None
    en: str | None = None
    death: str | None = None


def col(row: dict[str, str], what: str) -> str:
    """The first non-empty column of ``row`` among the names ``what`` goes by in the sources."""
    for name in COLUMNS[what]:
        if (row.get(name) or "").strip():
            return row[name].strip()
    return ""


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = (line for line in fh if not line.startswith("#"))  # a kept list's header says where it comes from
        return list(csv.DictReader(rows, delimiter="\t" if path.suffix == ".tsv" else ","))


def source(folder: Path, stem: str) -> Path | None:
    """A term's list: from the sources folder, else from the lists the project keeps (scripts/kb/data)."""
    found = sorted(folder.glob(f"{stem}.*")) or sorted(KEPT.glob(f"majlis-{stem}.*"))
    return found[0] if found else None


def clean_name(raw: str) -> str:
    """The name as written, tidied: Persian letters, no nickname in «», no tatweel, single spaces."""
    name = re.sub(r"«[^»]*»|\([^)]*\)", " ", char_normalize(raw)).replace("\u0640", "")
    return re.sub(r"\s+", " ", name).strip()


def person_key(name: str) -> str:
    return match_key(SEYYED.sub("", name))


def read_terms(folder: Path) -> dict[str, Member]:
    """Every member of the terms present, keyed by name; names two members of one term share map to None."""
    members: dict[str, Member] = {}
    for term, (start, end) in TERMS.items():
        path = source(folder, f"term-{term}")
        if path is None:
            continue
        seen: dict[str, set[str]] = defaultdict(set)
        for row in read_rows(path):
            name = clean_name(col(row, "name"))
            if not name:
                continue
            key = person_key(name)
            area = clean_name(col(row, "area"))
            seen[key].add(match_key(area.split("،")[0].split("/")[0]) if area else "")
            m = members.setdefault(key, Member(key))
            if name not in m.forms:
                m.forms.append(name)
            m.terms[term] = (col(row, "start") or start, col(row, "end") or end)
            m.areas.setdefault(term, []).append(area)
        for key, areas in seen.items():
            if len(members[key].areas[term]) > 1 and len(areas) > 1:
                members[key].terms[term] = ("namesakes", None)
    return members


def read_wikidata(folder: Path, members: dict[str, Member]) -> None:
    """English names, Wikidata ids and dates of death for the members Wikidata's Persian label names."""
    path = source(folder, "wikidata")
    if path is None:
        return
    for row in read_rows(path):
        fa = clean_name(col(row, "name"))
        m = members.get(person_key(fa)) if fa else None
        if m is None or not col(row, "en"):
            continue
        m.qid, m.en, m.death = col(row, "qid") or None, col(row, "en"), col(row, "death") or None
        if fa not in m.forms:
            m.forms.append(fa)


def curated_kb(skip: tuple[Path, ...] = (OUT,)) -> KnowledgeBase:
    """The packaged knowledge base with the actors of every actor file but those in ``skip`` (by default the file
    this script writes): an entry another script moved out of it is read where it now is."""
    kb = KnowledgeBase()
    _load_dir(kb, _package_dir())
    kb.actors = {}
    skipped = {p.resolve() for p in skip}
    for path in _actor_files(_kb_folder(_package_dir())):
        if path.resolve() not in skipped:
            for n, item in _actor_items(path):
                actor = _validate(Actor, item, path, n)
                kb.actors[actor.id] = actor
    return kb


def file_ids(path: Path) -> set[str]:
    """The ids of the entries of a generated actor file."""
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    return {line[6:].strip() for line in text.splitlines() if line.startswith("- id: ")}


def existing_owners(kb: KnowledgeBase) -> dict[str, str]:
    """match key (a leading "سید" dropped too) → id of the curated actor whose Persian name it is."""
    owners: dict[str, str] = {}
    for a in kb.actors.values():
        for form in a.fa:
            owners.setdefault(match_key(form), a.id)
            owners.setdefault(person_key(form), a.id)
    return owners


def persian_forms(m: Member, rule: PressForms | None = None) -> list[str]:
    """The forms to list, one per match key, the best written first (with ZWNJ, words apart): without and with
    "سید" when the source writes it; with ``rule``, the press's form without a place-of-origin last word too."""
    forms = sorted(m.forms, key=lambda f: ("\u200c" not in f, -len(f.split())))
    if rule is not None:
        forms += [short for f in list(forms) if (short := rule.form(f, m.key)) is not None]
    seyyed = any(SEYYED.match(f) for f in m.forms)
    out: dict[str, str] = {}
    for f in forms:
        bare = SEYYED.sub("", f)
        for variant in (bare, f"سید {bare}") if seyyed else (bare,):
            out.setdefault(match_key(variant), variant)
    return list(out.values())


@dataclass
class PressForms:
    """The rule for the form the press writes: a last word "<Iranian place>ی" dropped from a name of three words or
    more, where the word before it is no given name ("علی اردشیر لاریجانی" keeps its name) and no other actor has
    the shorter form."""

    places: set[str]
    given: set[str]
    owners: dict[str, str]

    def form(self, name: str, key: str) -> str | None:
        bare = SEYYED.sub("", name)
        words = bare.split()
        if len(words) < 3 or not words[-1].endswith("ی") or match_key(words[-1][:-1]) not in self.places:
            return None
        if match_key(words[-2]) in self.given or match_key(words[-2]) in NAME_PARTICLES or len(words[-2]) < 3:
            return None
        short = " ".join(words[:-1])
        owner = self.owners.get(person_key(short))
        if owner is not None and owner != self.owners.get(key, owner):
            return None
        return f"سید {short}" if bare != name else short


def press_rule(kb: KnowledgeBase) -> PressForms:
    """The press-form rule over the knowledge base's curated Iranian places, the lexicon's given names and the
    actors' names."""
    places = {match_key(f) for p in kb.places.values() if p.country == "IRN" and p.source == "curated" for f in p.fa}
    given = {match_key(line.split("\t")[0]) for line in GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
             if line.endswith("\tfirst")}
    return PressForms(places, given, existing_owners(kb))


def read_chairs(path: Path = CHAIRS) -> dict[str, list[str]]:
    """actor id → the `head` position lines of the committees it chaired, from the kept list."""
    out: dict[str, list[str]] = defaultdict(list)
    for row in read_rows(path):
        end = row["to"].strip() or "null"
        out[row["actor"].strip()].append(
            f"    - {{title: head, of: {row['committee'].strip()}, from: {row['from'].strip()}, to: {end}}}")
    return dict(out)


def spans(m: Member, interruptions: list[dt.date]) -> list[tuple[str, str | None]]:
    """One (from, to) per term, cut short by death or by a government post begun during the term."""
    cuts = [(d, d.isoformat()) for d in interruptions]
    if m.key in RESIGNED:
        cuts.append((dt.date.fromisoformat(RESIGNED[m.key] + "-01"), RESIGNED[m.key]))
    if m.death and re.match(r"^\d{4}-\d{2}(-\d{2})?$", m.death):
        cuts.append((dt.date.fromisoformat(m.death if len(m.death) == 10 else m.death + "-01"), m.death))
    out = []
    for term in sorted(m.terms):
        start, end = m.terms[term]
        inside = [c for c in cuts if dt.date.fromisoformat(start) < c[0] <= _day(end)]
        out.append((start, min(inside)[1] if inside else end))
    return out


def _day(value: str | None) -> dt.date:
    return dt.date.fromisoformat(value) if value else dt.date.max


def government_posts(kb: KnowledgeBase, actor_id: str) -> list[dt.date]:
    """Start days of offices of the state (minister, vice-president, ambassador…) an existing actor held."""
    a = kb.actors[actor_id]
    return [p.start for p in a.positions if p.start and p.of != MAJLIS and kb.actors.get(p.of) is not None
            and kb.actors[p.of].type == "STATE"]


def slug(text: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def plain(value: str) -> str:
    """A YAML scalar: as is when safe, else double-quoted."""
    if re.search(r"[:#,\[\]{}&*!|>'\"%@`]", value) or value != value.strip():
        return '"' + value.replace('"', '\\"') + '"'
    return value


def position_line(start: str, end: str | None) -> str:
    return f"    - {{title: {TITLE}, of: {MAJLIS}, from: {start}, to: {end or 'null'}}}"


@dataclass
class Plan:
    """What the run writes: new entries, positions (and new forms) for existing entries, what it left out."""

    new: list[str] = field(default_factory=list)
    existing: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    transliterated: int = 0


def plan(members: dict[str, Member], kb: KnowledgeBase, rule: PressForms | None = None) -> Plan:
    """Sort each member into a new entry, an existing entry to extend, or a name left out (and why)."""
    owners, taken, out, spellings = existing_owners(kb), set(kb.actors), Plan(), kb.name_parts()
    for key in sorted(members, key=lambda k: persian_forms(members[k])[0]):
        m = members[key]
        if any(s == "namesakes" for s, _e in m.terms.values()):
            out.skipped.append(f"{m.forms[0]}: two members of one term share the name")
            continue
        owner = owners.get(key) or SAME_AS.get(key)
        if owner is not None:
            why = _not_same(kb, owner)
            if why:
                out.skipped.append(f"{m.forms[0]}: {owner} is {why}")
                continue
            lines = [position_line(s, e) for s, e in spans(m, government_posts(kb, owner))]
            known = {match_key(f) for f in kb.actors[owner].fa}
            out.existing[owner] = (lines, [f for f in persian_forms(m, rule) if match_key(f) not in known
                                           and owners.get(match_key(f), owner) == owner])
            continue
        out.new.append(entry(m, taken, spellings, rule))
        out.transliterated += m.en is None
    return out


def _not_same(kb: KnowledgeBase, actor_id: str) -> str | None:
    """Why a curated actor with a member's name is someone else: not an Iranian person, or a namesake listed in
    NAMESAKES (checked by hand: their careers do not include the Majlis)."""
    a = kb.actors[actor_id]
    if a.type != "PERSON" or a.country != "IRN":
        return f"a {a.type.lower()} of {a.country}"
    return NAMESAKES.get(actor_id)


# Checked by hand. Curated actors who share a member's name but are someone else:
NAMESAKES: dict[str, str] = {
    "mohammad-bagheri-commander": "the armed forces' chief of staff, not the MP for Bonab",
    "mohammad-kazemi-general": "the IRGC intelligence chief, not the MP for Malayer",
    "majid-ansari": "Rouhani's vice-president until 2021, not the MP for Mamasani (11th Majlis)",
    "mohammad-hosseini-politician": "possibly not the MP for Tafresh (10th Majlis): left out while unsure",
}
# Members whose list name differs from the curated entry's (a second given name, a full surname):
SAME_AS: dict[str, str] = {person_key(k): v for k, v in {
    "علی اردشیر لاریجانی": "ali-larijani",
    "علی نیک زادثمرین": "ali-nikzad",
    "رضا تقی پورانوری": "reza-taghipour",
    "سید احسان خاندوزی": "ehsan-khandouzi",
    "محمد دهقانی نقندر": "mohammad-dehghan",
}.items()}
# Marked "(مستعفی)" (resigned) in the 11th-Majlis list, with no government post in the knowledge base to date the
# resignation: the month he became mayor of Tehran.
RESIGNED: dict[str, str] = {person_key("علیرضا زاکانی"): "2021-08"}


def entry(m: Member, taken: set[str], spellings: dict[str, str], rule: PressForms | None = None) -> str:
    """A member's YAML entry, its id a slug of the English name (made unique with "-mp"); with no English name at
    hand, the transliteration (helped by how the curated people spell each word of their names)."""
    forms = persian_forms(m, rule)
    en = m.en or transliterate_name(forms[0], spellings)
    ident = slug(en)
    if ident in taken:
        ident = f"{ident}-mp"
    n = 2
    while ident in taken:
        ident, n = f"{slug(en)}-mp-{n}", n + 1
    taken.add(ident)
    lines = [f"- id: {ident}", f"  name: {plain(en)}"] + ([] if m.en else ["  name_from: transliteration"])
    lines += ["  type: PERSON", "  country: IRN", "  sector: LEG"]
    if m.qid:
        lines.append(f"  wikidata: {m.qid}")
    lines += [f"  fa: [{', '.join(forms)}]", "  affiliations:", f"    - {{of: {MAJLIS}}}", "  positions:"]
    lines += [position_line(s, e) for s, e in reversed(spans(m, []))]
    return "\n".join(lines)


HEADER = """# Members of Iran's parliament (the Majlis) with one dated `member-of-parliament` position per term: the 9th
# (2012-05-27 – 2016-05-26), 10th (2016-05-28 – 2020-05-26), 11th (2020-05-27 – 2024-05-26) and 12th (from
# 2024-05-27; a partial list kept in scripts/kb/data/majlis-term-12.tsv) Majlis.
# Generated by scripts/kb/majlis.py — edit that script or its sources, not this file. Sources (facts only):
# EveryPolitician (CC0), github.com/everypolitician/everypolitician-data, data/Iran/Assembly/term-9.csv,
# unstable/latest.csv (10th) and sources/morph/wikidata.csv (Wikidata ids, English Wikipedia titles, deaths);
# the 11th Majlis as parliran.ir lists it, via github.com/MSNP1381/majles-votes all_members/from_json/AllMembers.csv.
# Members already in another actor file carry their MP positions there. "name_from: transliteration": no English
# Wikipedia title was at hand; the name is rasad's transliteration (rasad.text.translit.transliterate_name).
"""


def write_new(entries: list[str]) -> None:
    OUT.write_text(HEADER + "\n" + "\n\n".join(entries) + "\n", encoding="utf-8")


def extend_existing(existing: dict[str, tuple[list[str], list[str]]], skip: tuple[Path, ...] = (OUT,)) -> int:
    """Add positions (and new Persian forms) to entries of the other actor files, in place; returns how many
    entries changed. Running it twice changes nothing more."""
    changed = 0
    for path in sorted(ACTORS.glob("*.yaml")):
        if path in skip:
            continue
        text = path.read_text(encoding="utf-8")
        new = text
        for actor_id, (lines, forms) in existing.items():
            new = _extend_block(new, actor_id, lines, forms)
        if new != text:
            changed += sum(f"- id: {a}\n" in text for a in existing)
            path.write_text(new, encoding="utf-8")
    return changed


def _extend_block(text: str, actor_id: str, lines: list[str], forms: list[str]) -> str:
    """One entry's block with the position lines it lacks (after its last position, or in a new ``positions``
    after its last field) and its new forms appended to ``fa``."""
    m = re.search(rf"^- id: {re.escape(actor_id)}\n(?:  .*\n|\n(?=  ))*", text, re.M)
    if m is None:
        return text
    rows = m.group(0).rstrip("\n").split("\n")
    missing = [ln for ln in lines if ln not in rows]
    if missing:
        if "  positions:" not in rows:
            rows.append("  positions:")
        at = rows.index("  positions:") + 1
        while at < len(rows) and rows[at].startswith("    "):
            at += 1
        rows[at:at] = missing
    fa = next((i for i, r in enumerate(rows) if r.startswith("  fa: [") and r.endswith("]")), None)
    if fa is not None:
        have = {match_key(f) for f in rows[fa][7:-1].split(",")}
        add = [f for f in forms if match_key(f) not in have]
        if add:
            rows[fa] = f"{rows[fa][:-1]}, {', '.join(add)}]"
    return text[:m.start()] + "\n".join(rows) + "\n" + text[m.end():]


def press_forms_of(kb: KnowledgeBase, rule: PressForms, ids: set[str]) -> dict[str, tuple[list[str], list[str]]]:
    """The press forms the entries ``ids`` lack (no position lines), as ``extend_existing`` takes them."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for actor_id in sorted(ids & set(kb.actors)):
        fa = kb.actors[actor_id].fa
        forms = [s for f in fa if (s := rule.form(f, person_key(f))) is not None]
        if forms:
            out[actor_id] = ([], forms)
    return out


def merged(*parts: dict[str, tuple[list[str], list[str]]]) -> dict[str, tuple[list[str], list[str]]]:
    """Several plans of position lines and forms for entries, one per entry."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for part in parts:
        for actor_id, (lines, forms) in part.items():
            have = out.get(actor_id, ([], []))
            keys = {match_key(f) for f in have[1]}
            out[actor_id] = (have[0] + lines, have[1] + [f for f in forms if match_key(f) not in keys])
    return out


def update() -> int:
    """The kept lists over the files as they are: new members of the kept terms appended to the generated file,
    their positions and press forms added, the committee chairs' positions written into their entries."""
    kb = curated_kb(skip=())
    rule = press_rule(kb)
    result = plan(read_terms(KEPT / "none"), kb, rule)
    if result.new:
        OUT.write_text(OUT.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + "\n\n".join(result.new) + "\n",
                       encoding="utf-8")
    chairs = {a: (lines, []) for a, lines in read_chairs().items()}
    missing = sorted(set(chairs) - set(kb.actors))
    changed = extend_existing(merged(result.existing, press_forms_of(kb, rule, file_ids(OUT)), chairs), skip=())
    print(f"new entries: {len(result.new)}; entries changed: {changed}; chairs not in the knowledge base: {missing}")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=REPO / ".cache" / "kb" / "majlis")
    ap.add_argument("--dry-run", action="store_true", help="report, write nothing")
    ap.add_argument("--update", action="store_true", help="apply only the kept lists to the files as they are")
    args = ap.parse_args(argv)
    if args.update:
        return update()
    members = read_terms(args.sources)
    if not members:
        print(f"no term files in {args.sources}", file=sys.stderr)
        return 2
    read_wikidata(args.sources, members)
    kb = curated_kb()
    result = plan(members, kb, press_rule(kb))
    for line in result.skipped:
        print("left out:", line)
    print(f"members read: {len(members)}; new entries: {len(result.new)} ({result.transliterated} transliterated); "
          f"existing entries extended: {len(result.existing)} ({', '.join(sorted(result.existing))}); "
          f"left out: {len(result.skipped)}")
    if not args.dry_run:
        write_new(result.new)
        extend_existing(result.existing)
        extend_existing({a: (lines, []) for a, lines in read_chairs().items()}, skip=())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
