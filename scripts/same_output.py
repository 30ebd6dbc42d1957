"""Check that a change keeps rasad's annotations identical: write a snapshot, change the code, compare.

    python scripts/same_output.py write SNAPSHOT.jsonl.gz [PATH ...]
    python scripts/same_output.py compare SNAPSHOT.jsonl.gz [PATH ...]

PATHs default to the seeds (../shared/seeds), the project's articles (tests/articles) and examples/corpus; add the
synthetic corpus from ``benchmarks/make_corpus.py 2000 /tmp/corp2k`` for the full check. Every input's annotation
(or its rejection) is serialised with sorted keys, so any change in entities, roles, events, quotes, metadata or
body shows as a differing line. ``compare`` prints the first differences and exits 1 when anything differs.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [REPO.parent / "shared" / "seeds", REPO / "tests" / "articles", REPO / "examples" / "corpus"]


def _api():
    """The annotate/read/kb functions, from the package root (or the pre-layout modules of older checkouts)."""
    try:
        from rasad import annotate_document, load_kb, read_inputs
    except ImportError:  # a checkout before the package layout
        from rasad.ingest import read_inputs
        from rasad.pipeline import annotate_document

        from rasad.kb import load_kb
    return annotate_document, load_kb, read_inputs


def snapshot_lines(paths: list[str]):
    annotate_document, load_kb, read_inputs = _api()
    kb = load_kb()
    for item in read_inputs(paths):
        source = getattr(item, "source", "?")
        if not hasattr(item, "content") and not hasattr(item, "text"):
            yield source, json.dumps({"source": source, "item": dataclasses.asdict(item)}, sort_keys=True,
                                     ensure_ascii=False)
            continue
        try:
            ann = annotate_document(item, kb)
            record = dataclasses.asdict(ann)
        except Exception as exc:  # noqa: BLE001 - the snapshot records failures as they are
            record = {"error": type(exc).__name__, "detail": str(exc)}
        yield source, json.dumps({"source": source, "annotation": record}, sort_keys=True, ensure_ascii=False)


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"write", "compare"}:
        print(__doc__)
        return 2
    mode, snap = argv[0], Path(argv[1])
    paths = argv[2:] or [str(p) for p in DEFAULT_PATHS if p.exists()]
    if mode == "write":
        n = 0
        with gzip.open(snap, "wt", encoding="utf-8") as out:
            for _source, line in snapshot_lines(paths):
                out.write(line + "\n")
                n += 1
        print(f"wrote {n} annotations to {snap}")
        return 0
    with gzip.open(snap, "rt", encoding="utf-8") as f:
        before = [line.rstrip("\n") for line in f]
    after = [line for _s, line in snapshot_lines(paths)]
    differing = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    if len(before) != len(after):
        print(f"different number of inputs: {len(before)} before, {len(after)} now")
    for i in differing[:5]:
        a, b = before[i], after[i]
        at = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
        print(f"- {json.loads(a)['source']}: differs at char {at}:\n  before …{a[max(0, at - 150):at + 150]}\n"
              f"  now    …{b[max(0, at - 150):at + 150]}")
    print(f"{len(after)} inputs, {len(differing)} differ")
    return 1 if differing or len(before) != len(after) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
