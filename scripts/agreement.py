"""How far two annotators agree on the same real-news pages, scored as rasad is scored — and rasad beside them.

    python scripts/agreement.py [--first tests/realnews/gold] [--second tests/realnews/second] [--texts .cache/realnews]
                                [--json]

``tests/realnews/second/NNN.json`` are blind second annotations of pages that already have gold (made by annotators
who saw neither the first annotation nor rasad's output). For each page annotated twice, the script scores the
second annotation as if it were a coder's output against the first, and the first against the second, with the
scorer of ``rasad eval`` (``rasad.evaluate.score_document``): the same event matching (type, actors, date, the
first annotation's ``also_accept`` and ``affiliation``), entity names, roles, meta. A human's events are all the
events they wrote, required or not, as a coder codes every event it finds; so a background event that one annotator
wrote and the other did not counts against precision, exactly as it does for rasad (``--required-only`` scores only
the events each marked required). Quotes match when the speakers
meet and one annotator's opening words begin the other's (a coder gives the whole quote; an annotator only its
first words). Where the texts are present, rasad's own scores against each annotator on the same pages are printed
beside: the ceiling a coder can be held to is how far two careful people agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import realnews  # noqa: E402  (the real-news script's index, texts and annotation step)

SECOND = REPO / "tests" / "realnews" / "second"
ROWS = [("entities_f1", "entities F1"), ("roles", "roles"), ("events_strict_f1", "events strict F1"),
        ("events_lenient_f1", "events lenient F1"), ("event_date_accuracy", "event dates"),
        ("event_place_accuracy", "event places"), ("quotes_f1", "quotes F1"), ("meta", "meta")]


def as_record(annotation: dict, required_only: bool = False) -> dict:
    """An annotation read as a coder's output: every entity known by its title, every event and quote it wrote (or
    only the events it marked required)."""
    events = [e for e in annotation.get("events") or [] if e.get("required", True) or not required_only]
    return {
        "meta": annotation.get("meta") or {},
        "entities": [{"name": e["name"], "kb_id": e["name"], "type": e.get("type"), "forms": e.get("forms") or []}
                     for e in annotation.get("entities") or []],
        "roles": [{"text": r.get("text"), "refers_to": r.get("refers_to")} for r in annotation.get("roles") or []],
        "events": [{k: e.get(k) for k in ("type", "source", "target", "date", "location")} for e in events],
        "quotes": [],  # scored apart by quote_counts: an annotation holds only a quote's first words
    }


def _speakers(quote: dict) -> set[str]:
    from rasad.evaluate import _names

    return set(_names(quote.get("speaker")))


def quote_counts(gold: dict, other: dict):
    """Quotes of ``other`` matched against ``gold``: speakers meet and one opening begins the other."""
    from rasad.evaluate import Counts, _gold_fold

    gold_quotes, used, counts = gold.get("quotes") or [], set(), Counts()
    for q in other.get("quotes") or []:
        start = _gold_fold(q.get("starts") or "")[:80]
        hit = next((i for i, g in enumerate(gold_quotes) if i not in used and _speakers(q) & _speakers(g) and (
            start.startswith(_gold_fold(g.get("starts") or "")[:80]) or
            _gold_fold(g.get("starts") or "")[:80].startswith(start))), None)
        if hit is None:
            counts.fp += 1
        else:
            used.add(hit)
            counts.tp += 1
    counts.fn += len(gold_quotes) - len(used)
    return counts


def score_pair(gold: dict, other: dict, required_only: bool = False):
    """``other`` (an annotation) scored against ``gold`` as rasad's output would be."""
    from rasad.evaluate import score_document

    score = score_document(gold, as_record(other, required_only))
    score.quotes = quote_counts(gold, other)
    return score


def load_annotations(folder: Path) -> dict[str, dict]:
    from rasad.evaluate import load_gold

    return {a["doc"]: a for a in load_gold(folder)} if folder.is_dir() and any(folder.glob("*.json")) else {}


def agreement(first: dict[str, dict], second: dict[str, dict], required_only: bool = False) -> dict[str, dict]:
    """Totals of second-against-first and first-against-second over the pages annotated twice (``required_only``:
    each annotator's required events only, which leaves out how many background events each chose to write)."""
    from rasad.evaluate import Report

    docs = sorted(set(first) & set(second))
    return {"second vs first": Report([score_pair(first[d], second[d], required_only) for d in docs]).totals(),
            "first vs second": Report([score_pair(second[d], first[d], required_only) for d in docs]).totals()}


def rasad_scores(first: dict[str, dict], second: dict[str, dict], texts: Path) -> dict[str, dict]:
    """rasad's output on the same pages scored against each annotator (pages whose text is present)."""
    from rasad import load_kb
    from rasad.evaluate import Report, score_document

    urls = {r["file"]: r["url"] for r in realnews.read_index()}
    docs = [d for d in sorted(set(first) & set(second)) if (texts / d).is_file()]
    if not docs:
        return {}
    kb = load_kb()
    records = {d: realnews._annotate(texts / d, urls.get(d), kb) for d in docs}
    return {"rasad vs first": Report([score_document(first[d], records[d]) for d in docs]).totals(),
            "rasad vs second": Report([score_document(second[d], records[d]) for d in docs]).totals()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--first", type=Path, default=realnews.GOLD)
    ap.add_argument("--second", type=Path, default=SECOND)
    ap.add_argument("--texts", type=Path, default=realnews.TEXTS)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--required-only", action="store_true",
                    help="score each annotator's required events only (rasad's column is unchanged)")
    args = ap.parse_args(argv)
    first, second = load_annotations(args.first), load_annotations(args.second)
    both = sorted(set(first) & set(second))
    if not both:
        print(f"no page is annotated in both {args.first} and {args.second}", file=sys.stderr)
        return 1
    columns = {**agreement(first, second, args.required_only), **rasad_scores(first, second, args.texts)}
    if args.json:
        print(json.dumps({"pages": both, **columns}, indent=1))
        return 0
    print(f"{len(both)} pages annotated twice")
    print(f"{'':22}" + "".join(f"{c:>17}" for c in columns))
    for key, label in ROWS:
        print(f"{label:22}" + "".join(f"{columns[c].get(key, float('nan')):>17.3f}" for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
