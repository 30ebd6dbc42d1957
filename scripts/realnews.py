"""Score rasad on the real-news development set: real Persian news texts (not in git) against our gold annotations.

    python scripts/realnews.py [--texts .cache/realnews] [--split dev|test|all] [--json] [-v]

The texts are third-party writing and live in a git-ignored folder; ``tests/realnews/index.tsv`` says where each
came from (URL, search query) and which half it belongs to: ``dev`` texts may be read while writing rules, ``test``
texts are only ever scored. ``tests/realnews/gold/NNN.json`` are the project's own annotations. The script scores
whatever texts are present, per half, prints the table, counts the events coded in unrelated texts (there should be
none) and says how many texts are missing.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INDEX = REPO / "tests" / "realnews" / "index.tsv"
GOLD = REPO / "tests" / "realnews" / "gold"
TEXTS = REPO / ".cache" / "realnews"
COLUMNS = [("entities_f1", "entities F1"), ("roles", "roles"), ("events_strict_f1", "events strict F1"),
           ("events_lenient_f1", "events lenient F1"), ("event_date_accuracy", "event dates"),
           ("event_place_accuracy", "event places"), ("quotes_f1", "quotes F1"), ("meta", "meta")]


def read_index(path: Path = INDEX) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def score_split(rows: list[dict[str, str]], texts: Path, kb) -> dict:
    """Scores of the rows whose text is present, and the events coded in the unrelated ones."""
    from rasad.evaluate import evaluate

    present = {r["file"] for r in rows if (texts / r["file"]).is_file()}
    if not present:
        return {"texts": 0, "missing": len(rows)}
    report = evaluate(GOLD, texts, kb=kb, only=present)
    unrelated = {r["file"] for r in rows if r["category"] == "unrelated"} & present
    stray = _stray_events(texts, unrelated, kb)
    return {"texts": len(present), "missing": len(rows) - len(present), "totals": report.totals(),
            "unrelated_texts": len(unrelated), "unrelated_events": stray, "docs": report.to_dict()["docs"]}


def _stray_events(texts: Path, files: set[str], kb) -> dict[str, list[str]]:
    from rasad import annotate_document
    from rasad.read import read_file

    out = {}
    for name in sorted(files):
        doc = next(iter(read_file(texts / name)), None)
        events = annotate_document(doc, kb).events if hasattr(doc, "text") else []
        if events:
            out[name] = [f"{e.type} {e.source}→{e.target}: {e.trigger}" for e in events]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document scores and notes (dev half only)")
    args = ap.parse_args(argv)
    from rasad import load_kb

    kb = load_kb()
    rows = read_index()
    halves = ["dev", "test"] if args.split == "all" else [args.split]
    results = {h: score_split([r for r in rows if r["split"] == h], args.texts, kb) for h in halves}
    if args.json:
        print(json.dumps({h: {k: v for k, v in r.items() if k != "docs"} for h, r in results.items()}, indent=1))
        return 0
    _print_table(results)
    if args.verbose and "dev" in results:
        for d in results["dev"].get("docs", []):
            print(f"{d['doc']}: events {d['events_strict_f1']:.2f} entities {d['entities_f1']:.2f} quotes {d['quotes_f1']:.2f}")
            for note in d["notes"]:
                print("   ", note)
    return 0


def _print_table(results: dict) -> None:
    halves = list(results)
    print(f"{'':22}" + "".join(f"{h:>10}" for h in halves))
    print(f"{'texts present':22}" + "".join(f"{results[h]['texts']:>10}" for h in halves))
    print(f"{'texts missing':22}" + "".join(f"{results[h]['missing']:>10}" for h in halves))
    for key, label in COLUMNS:
        print(f"{label:22}" + "".join(f"{results[h].get('totals', {}).get(key, float('nan')):>10.3f}" for h in halves))
    print(f"{'events in unrelated':22}" + "".join(
        f"{sum(len(v) for v in results[h].get('unrelated_events', {}).values()):>10}" for h in halves))
    if any(results[h]["missing"] for h in halves):
        print("Missing texts: rebuild .cache/realnews/ from tests/realnews/index.tsv (see tests/realnews/README.md).")


if __name__ == "__main__":
    sys.exit(main())
