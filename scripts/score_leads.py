"""Score rasad on a lead list: real sentences (kept out of git) with the events a careful coder should find.

    python scripts/score_leads.py .cache/leads13/material.tsv [more.tsv ...]

Each row (tab-separated, header ``id url query sentence events note``) gives one sentence or two as a page printed
them and, in ``events``, ``TYPE|source|target`` items separated by ``;;`` (English Wikipedia names, ``-`` for a side
nobody names) or ``NONE``. A sentence is annotated alone (no publication date: offices name no one), and an expected
event counts as found with both sides when a coded event has its type and both names (a state also matches its
people and bodies; meetings and agreements either way round), with one side when only one name matches. The
sentences are never printed: a list meant as held-out material stays unread.
"""

from __future__ import annotations

import csv
import sys

PAD = " جزئیات بیشتر این خبر در حال تکمیل است و متعاقبا در همین صفحه منتشر خواهد شد."  # too short a text is refused
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# The lead briefs of sessions 13 and 14 told annotators that releases, ceasefires and eased sanctions are CONCEDE;
# PLOVER's CAMEO conversion table (CAMEO 084-087, which rasad follows) codes them RETREAT: either type is accepted
ALSO = {"CONCEDE": {"RETREAT"}}


def _names(kb, names: list[str], ids: list[str | None]) -> set[str]:
    """The names an event side answers to: its own, and the state of each actor in it."""
    out = {n.strip().lower() for n in names}
    for i in ids:
        if i and i in kb.actors:
            out.add(kb.actors[i].name.lower())
            state = kb.country_of(i)
            if state in kb.actors:
                out.add(kb.actors[state].name.lower())
    return out


def _expected(spec: str) -> list[tuple[str, str, str]]:
    items = []
    for part in spec.split(";;"):
        fields = [x.strip() for x in part.split("|")]
        if len(fields) == 3:
            items.append((fields[0].upper(), fields[1].lower(), fields[2].lower()))
    return items


def score(paths: list[str]) -> dict[str, int]:
    from rasad import annotate_document, load_kb
    from rasad.records import RawDocument

    kb = load_kb()
    counts = dict(expected=0, both_sides=0, one_side=0, unmatched=0, none_rows=0, none_rows_with_events=0)
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for row in rows:
            sentence, spec = (row.get("sentence") or "").strip(), (row.get("events") or "").strip()
            if not sentence or not spec:
                continue
            events = annotate_document(RawDocument(source="lead.txt", text=sentence + PAD), kb).events
            coded = [(e.type, _names(kb, e.source, e.source_ids), _names(kb, e.target, e.target_ids)) for e in events]
            if spec.upper().startswith("NONE"):
                counts["none_rows"] += 1
                counts["none_rows_with_events"] += bool(coded)
                continue
            used: set[int] = set()
            for etype, src, tgt in _expected(spec):
                counts["expected"] += 1
                both = one = False
                for i, (ctype, csrc, ctgt) in enumerate(coded):
                    if ctype != etype and ctype not in ALSO.get(etype, ()):
                        continue
                    forward = src in ("-", "") or src in csrc, tgt in ("-", "") or tgt in ctgt
                    backward = etype in SYMMETRIC and src in ctgt and tgt in csrc
                    if all(forward) or backward:
                        both = True
                        used.add(i)
                        break
                    if src in csrc or tgt in ctgt or (etype in SYMMETRIC and (src in ctgt or tgt in csrc)):
                        one = True
                        used.add(i)
                counts["both_sides"] += both
                counts["one_side"] += both or one
            counts["unmatched"] += len(coded) - len(used)
    return counts


if __name__ == "__main__":
    c = score(sys.argv[1:])
    print(f"expected events {c['expected']}: found with both sides {c['both_sides']}, with the type and one side "
          f"{c['one_side']}; coded events matching none {c['unmatched']}; NONE rows {c['none_rows']}, "
          f"{c['none_rows_with_events']} of them with events")
