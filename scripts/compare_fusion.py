"""Compare the stories and fused events of two rasad databases (e.g. before and after a change, one run against
split runs or a run resumed after a crash), by content rather than by id.

    python scripts/compare_fusion.py A_DB B_DB [--show N]

A story is compared as the set of content hashes of its articles; a fused event as the set of its reports
(article content hash, position in the article) with its type, date, actors and place. Prints the counts of each
database, how many are equal, and up to N examples of what differs. Exit code 0 when both are equal, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasad.store.schema import articles, events, fused_events  # noqa: E402
from rasad.store.store import Store  # noqa: E402


def fusion_state(url: str) -> dict[str, set]:
    """Stories, fused events, articles, events and unfused events of a database, keyed by content, not ids."""
    store = Store(url, migrate=False)
    with store.engine.connect() as conn:
        arts = conn.execute(sa.select(articles.c.id, articles.c.content_hash, articles.c.story_id)).all()
        key = {a.id: a.content_hash for a in arts}
        stories: dict = {}
        for a in arts:
            stories.setdefault(a.story_id, set()).add(a.content_hash)
        evs = conn.execute(sa.select(events.c.article_id, events.c.seq, events.c.fused_id)).all()
        members: dict = {}
        for e in evs:
            if e.fused_id is not None:
                members.setdefault(e.fused_id, set()).add((key[e.article_id], e.seq))
        fused = conn.execute(sa.select(fused_events.c.id, fused_events.c.type, fused_events.c.date,
                                       fused_events.c.source, fused_events.c.target, fused_events.c.location,
                                       fused_events.c.num_articles, fused_events.c.num_sources)).all()
    store.engine.dispose()
    return {
        "articles": set(key.values()),
        "events": {(key[e.article_id], e.seq) for e in evs},
        "unfused events": {(key[e.article_id], e.seq) for e in evs if e.fused_id is None},
        "articles without a story": {a.content_hash for a in arts if a.story_id is None},
        "stories": {frozenset(v) for k, v in stories.items() if k is not None},
        "fused events": {(frozenset(members.get(f.id, ())), f.type, str(f.date), str(f.source), str(f.target),
                          f.location, f.num_articles, f.num_sources) for f in fused},
    }


def compare(a: dict[str, set], b: dict[str, set]) -> dict[str, tuple[int, int, int]]:
    """name → (count in A, count in B, count in both)."""
    return {k: (len(a[k]), len(b[k]), len(a[k] & b[k])) for k in a}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--show", type=int, default=3, help="examples of differences to print per kind")
    args = ap.parse_args(argv)
    a, b = fusion_state(args.a), fusion_state(args.b)
    same = True
    for name, (na, nb, both) in compare(a, b).items():
        equal = na == nb == both
        same &= equal
        print(f"{name:<26} A {na:>7,}  B {nb:>7,}  equal {both:>7,}  {'same' if equal else 'DIFFERENT'}")
        for label, only in (("only in A", a[name] - b[name]), ("only in B", b[name] - a[name])):
            for item in sorted(only, key=str)[:args.show]:
                print(f"    {label}: {str(item)[:300]}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
