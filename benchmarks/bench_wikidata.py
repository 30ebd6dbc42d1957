"""The Wikidata importer on a generated dump: entities/s and peak memory, to show memory stays flat with size.

    python benchmarks/bench_wikidata.py N [--dump PATH] [--keep] [--json]

Writes a gzip dump of N entity lines in Wikidata's shape (the builders of tests/fixtures/make_wikidata_sample.py):
per ten lines six persons with one or two positions held, two places with coordinates, one organisation and one
entity without a Persian label; plus the states and position items they refer to. Then imports it with
``--lang fa`` into a temporary folder, sampling this process's resident memory every 0.2 s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from pathlib import Path

from _common import TreeMemory, peak_rss_mb, report

from tests.fixtures.make_wikidata_sample import entity, item, position_held, snak, statement

COUNTRIES = [("Q189", "ISL", "ایسلند"), ("Q794", "IRN", "ایران"), ("Q796", "IRQ", "عراق")]
SYLLABLES = ["کا", "را", "من", "سو", "لی", "دا", "نو", "بە", "تی", "زو", "پا", "گل", "شی", "وا", "فر", "هو"]


def _name(n: int, words: int = 2) -> str:
    """A unique made-up Persian name for entity ``n``."""
    parts = []
    for w in range(words):
        x, word = n * (w + 7), []
        for _ in range(4):
            word.append(SYLLABLES[x % len(SYLLABLES)])
            x //= len(SYLLABLES)
        parts.append("".join(word))
    return " ".join(parts)


def _header() -> list[dict]:
    out = [entity(q, f"State {iso}", fa, [statement(item("P31", "Q6256")),
                                          statement(snak("P298", "external-id", iso, "string"))])
           for q, iso, fa in COUNTRIES]
    for k, (q, _iso, _fa) in enumerate(COUNTRIES):
        out.append(entity(f"Q80000{k}", f"Minister for Foreign Affairs of {q}", None,
                          [statement(item("P31", "Q4164871")), statement(item("P1001", q))]))
    return out


def _entity(n: int) -> dict:
    qid, kind = f"Q{10_000_000 + n}", n % 10
    country = COUNTRIES[n % len(COUNTRIES)][0]
    if kind < 6:
        year = 1990 + n % 35
        return entity(qid, f"Person {n}", _name(n), [
            statement(item("P31", "Q5")), statement(item("P27", country)),
            position_held(f"Q80000{n % 3}", (f"{year}-01-01", 11), (f"{year + 3}-06-00", 10))])
    if kind < 8:
        coords = {"latitude": (n % 1800) / 10 - 90, "longitude": (n % 3600) / 10 - 180, "altitude": None,
                  "precision": 0.01, "globe": "http://www.wikidata.org/entity/Q2"}
        return entity(qid, f"Place {n}", _name(n), [statement(item("P31", "Q532")), statement(item("P17", country)),
                                                     statement(snak("P625", "globe-coordinate", coords,
                                                                    "globecoordinate"))])
    if kind == 8:
        return entity(qid, f"Organisation {n}", "حزب " + _name(n), [statement(item("P31", "Q7278")),
                                                                     statement(item("P17", country))])
    return entity(qid, f"English only {n}", None, [statement(item("P31", "Q5"))])


def write_dump(path: Path, n: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as fh:
        fh.write("[\n")
        for e in _header():
            fh.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + ",\n")
        for i in range(n):
            fh.write(json.dumps(_entity(i), ensure_ascii=False, separators=(",", ":")) + (",\n" if i < n - 1 else "\n"))
        fh.write("]\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("--dump", type=Path, default=None, help="dump to write (or reuse, if it exists)")
    ap.add_argument("--keep", action="store_true", help="keep the imported folder")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from rasad.kb.knowledge import load_kb
    from rasad.kb.wikidata import import_wikidata

    dump = args.dump or Path(tempfile.gettempdir()) / f"rasad-wikidata-{args.n}.json.gz"
    t0 = time.perf_counter()
    if not dump.exists():
        write_dump(dump, args.n)
    made = time.perf_counter() - t0
    kb = load_kb()
    import psutil

    rss_kb = psutil.Process().memory_info().rss / 2**20
    out = Path(tempfile.mkdtemp(prefix="rasad-wd-"))
    with TreeMemory() as mem:
        r = import_wikidata(dump, out, lang="fa", kb=kb)
    data = {"lines": r.lines, "entities": r.entities, "persons": r.persons, "places": r.places,
            "organisations": r.organisations, "bad": r.bad, "dump_mb": round(dump.stat().st_size / 1e6, 1),
            "write_dump_s": round(made, 1), "import_s": r.seconds,
            "lines_per_s": round(r.lines / r.seconds), "entities_per_s": round(r.entities / r.seconds),
            "rss_after_kb_load_mb": round(rss_kb, 1), "peak_rss_during_import_mb": round(mem.peak_self_mb, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "out": str(out)}
    if not args.keep:
        import shutil

        shutil.rmtree(out)
    report("wikidata import (--lang fa)", [(k.replace("_", " "), f"{v:,}" if isinstance(v, int) else str(v))
                                           for k, v in data.items()], data, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
