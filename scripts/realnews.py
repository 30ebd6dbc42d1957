"""Score rasad on the real-news development set: real Persian news texts (not in git) against our gold annotations.

    python scripts/realnews.py [--texts .cache/realnews] [--split dev|test|fresh|all] [--json] [-v] [--zwnj] [--by-type]

The texts are third-party writing and live in a git-ignored folder; ``tests/realnews/index.tsv`` says where each
came from (URL, search query) and which part it belongs to: ``dev`` texts may be read while writing rules, ``test``
texts are only ever scored, and ``fresh`` texts are the latest additions, annotated by people who never ran rasad on
them and scored as they came (a session's yardstick of texts no rule was written for; a later session folds them into
dev and test by the file-number rule). ``tests/realnews/gold/NNN.json`` are the project's own annotations. The script scores
whatever texts are present, per half, prints the table, counts the events coded in unrelated texts (there should be
none) and says how many texts are missing. ``--zwnj`` also codes every dev text again with each zero-width
non-joiner removed (as many real pages print it) and counts the texts whose events stay the same.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
INDEX = REPO / "tests" / "realnews" / "index.tsv"
CHECKSUMS = REPO / "tests" / "realnews" / "sha256.tsv"  # each text's SHA-256 as last scored: a rebuild is checked by it
GOLD = REPO / "tests" / "realnews" / "gold"
TEXTS = REPO / ".cache" / "realnews"
COLUMNS = [("entities_f1", "entities F1"), ("roles", "roles"), ("events_strict_f1", "events strict F1"),
           ("events_lenient_f1", "events lenient F1"), ("event_date_accuracy", "event dates"),
           ("event_place_accuracy", "event places"), ("quotes_f1", "quotes F1"), ("meta", "meta")]
SPLITS = ["dev", "test", "fresh"]  # the columns of the table, in this order, for the parts the index has


def read_index(path: Path = INDEX) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


def read_checksums(path: Path = CHECKSUMS) -> dict[str, str]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as f:
        return {r["file"]: r["sha256"] for r in csv.DictReader(f, delimiter="\t")}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_checksums(rows: list[dict[str, str]], texts: Path, path: Path = CHECKSUMS) -> int:
    """Record the SHA-256 of every text present, so that a rebuilt folder can be told apart from the scored one; a
    text missing from this folder keeps the checksum recorded before."""
    sums = read_checksums(path) if path.is_file() else {}
    present = [r["file"] for r in rows if (texts / r["file"]).is_file()]
    sums.update({name: sha256_of(texts / name) for name in present})
    with path.open("w", encoding="utf-8") as f:
        f.write("file\tsha256\n")
        f.writelines(f"{name}\t{sums[name]}\n" for name in sorted(sums))
    return len(present)


def score_split(rows: list[dict[str, str]], texts: Path, kb, with_urls: bool = True) -> dict:
    """Scores of the rows whose text is present, and the events coded in the unrelated ones. Each text is given
    its page's URL (``with_urls``), as a feed, a JSON Lines record or a WARC file gives rasad."""
    from rasad.evaluate import Report, load_gold, score_document

    golds = {g["doc"]: g for g in load_gold(GOLD)}
    present = [r for r in rows if (texts / r["file"]).is_file() and r["file"] in golds]
    if not present:
        return {"texts": 0, "missing": len(rows), "differing": []}
    known = read_checksums()
    differing = [r["file"] for r in present if r["file"] in known and sha256_of(texts / r["file"]) != known[r["file"]]]
    docs, stray = [], {}
    for r in present:
        record = _annotate(texts / r["file"], r["url"] if with_urls else None, kb)
        docs.append(score_document(golds[r["file"]], record))
        if r["category"] == "unrelated" and record.get("events"):
            stray[r["file"]] = [f"{e['type']} {e['source']}→{e['target']}: {e['trigger']}" for e in record["events"]]
    report = Report(docs)
    return {"texts": len(present), "missing": len(rows) - len(present), "differing": differing, "totals": report.totals(),
            "unrelated_texts": sum(r["category"] == "unrelated" for r in present), "unrelated_events": stray,
            "by_type": report.by_type(), "docs": report.to_dict()["docs"]}


def _annotate(path: Path, url: str | None, kb, strip_zwnj: bool = False) -> dict:
    from dataclasses import replace

    from rasad import annotate_document
    from rasad.read import read_file

    doc = next(iter(read_file(path)), None)
    if not hasattr(doc, "text"):
        return {}
    if strip_zwnj:
        doc = replace(doc, text=doc.text.replace("\u200c", ""))
    try:
        return annotate_document(replace(doc, url=url or None), kb).to_dict()
    except Exception as exc:  # scored as empty output, with the reason
        return {"error": f"{type(exc).__name__}: {exc}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=TEXTS)
    ap.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-urls", action="store_true", help="score the texts alone, without their pages' URLs")
    ap.add_argument("-v", "--verbose", action="store_true", help="per-document scores and notes (dev half only)")
    ap.add_argument("--zwnj", action="store_true", help="also code the dev texts with every ZWNJ removed and compare")
    ap.add_argument("--by-type", action="store_true", help="also strict event scores per PLOVER type, per half")
    ap.add_argument("--write-checksums", action="store_true",
                    help=f"record the SHA-256 of every text present in {CHECKSUMS.relative_to(REPO)} and stop")
    args = ap.parse_args(argv)
    if args.write_checksums:
        print(f"{write_checksums(read_index(), args.texts)} checksums written to {CHECKSUMS}")
        return 0
    from rasad import load_kb

    kb = load_kb()
    rows = read_index()
    halves = [h for h in SPLITS if any(r["split"] == h for r in rows)] if args.split == "all" else [args.split]
    results = {h: score_split([r for r in rows if r["split"] == h], args.texts, kb, not args.no_urls) for h in halves}
    if args.json:
        print(json.dumps({h: {k: v for k, v in r.items() if k != "docs"} for h, r in results.items()}, indent=1))
        return 0
    _print_table(results)
    if args.by_type:
        _print_by_type(results)
    if args.zwnj:
        _print_zwnj_check([r for r in rows if r["split"] == "dev"], args.texts, kb, not args.no_urls)
    if args.verbose and "dev" in results:
        for d in results["dev"].get("docs", []):
            print(f"{d['doc']}: events {d['events_strict_f1']:.2f} entities {d['entities_f1']:.2f} quotes {d['quotes_f1']:.2f}")
            for note in d["notes"]:
                print("   ", note)
    return 0


def _events_of(record: dict) -> list[tuple]:
    def ids(key: str, e: dict) -> tuple[str, ...]:
        return tuple(i or "" for i in e.get(key) or ())  # an actor the knowledge base lacks has no id

    return sorted((e["type"], ids("source_ids", e), ids("target_ids", e), e.get("date") or "")
                  for e in record.get("events") or [])


def _print_zwnj_check(rows: list[dict[str, str]], texts: Path, kb, with_urls: bool) -> None:
    """The dev texts coded as they are and with every ZWNJ removed: how many give the very same events."""
    same = total = events = kept = 0
    for r in rows:
        if not (texts / r["file"]).is_file():
            continue
        url = r["url"] if with_urls else None
        plain, stripped = _events_of(_annotate(texts / r["file"], url, kb)), _events_of(
            _annotate(texts / r["file"], url, kb, strip_zwnj=True))
        total += 1
        same += plain == stripped
        events += len(plain)
        kept += sum(min(plain.count(e), stripped.count(e)) for e in set(plain))
    print(f"without ZWNJ: {same} of {total} dev texts give the same events; {kept} of {events} events kept")


def _print_by_type(results: dict) -> None:
    """Per half and PLOVER type: gold events, coded, hits, misses, false events (strict matching)."""
    for half, r in results.items():
        print(f"\n{half}: events per type (strict)   gold  coded    hit missed  false")
        for name, c in r.get("by_type", {}).items():
            print(f"  {name:30}" + "".join(f"{c[k]:>7}" for k in ("gold", "coded", "tp", "fn", "fp")))


def _print_table(results: dict) -> None:
    halves = list(results)
    print(f"{'':22}" + "".join(f"{h:>10}" for h in halves))
    print(f"{'texts present':22}" + "".join(f"{results[h]['texts']:>10}" for h in halves))
    print(f"{'texts missing':22}" + "".join(f"{results[h]['missing']:>10}" for h in halves))
    print(f"{'texts differing':22}" + "".join(f"{len(results[h]['differing']):>10}" for h in halves))
    for key, label in COLUMNS:
        print(f"{label:22}" + "".join(f"{results[h].get('totals', {}).get(key, float('nan')):>10.3f}" for h in halves))
    print(f"{'events in unrelated':22}" + "".join(
        f"{sum(len(v) for v in results[h].get('unrelated_events', {}).values()):>10}" for h in halves))
    if any(results[h]["missing"] for h in halves):
        print("Missing texts: rebuild .cache/realnews/ from tests/realnews/index.tsv (see tests/realnews/README.md).")
    differing = [name for h in halves for name in results[h]["differing"]]
    if differing:
        print(f"Texts that differ from the ones scored before ({CHECKSUMS.name}): {' '.join(differing)}; "
              "their scores may differ for that reason alone.")


if __name__ == "__main__":
    sys.exit(main())
