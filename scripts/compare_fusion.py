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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rasad.fuse.compare import compare, fusion_state  # noqa: E402


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
