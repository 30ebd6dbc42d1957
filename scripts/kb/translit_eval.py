"""How readable rasad's Latin spelling of a foreign surname is: the knowledge base's own people as the yardstick.

    python scripts/kb/translit_eval.py [--half dev|test|both] [--show N] [--style STYLE]

rasad spells a person it does not know letter by letter (``rasad.text.translit.transliterate_name``). The
knowledge base holds thousands of people with a Persian name and their English Wikipedia title, so each one's
Persian surname, spelt as if the knowledge base did not know it, can be set against the English surname. People are
grouped by the spelling style of their state (``lexicon/transliteration_styles.yaml``: Slavic, Turkic, Arabic,
Western, East Asian, Persian) and split once by a hash of their id into two halves: rules are written looking at the
dev half only and judged on the test half. Printed per style and half: people, the mean similarity of the two
spellings (rapidfuzz ratio, 0-100, accents and letter case ignored) and the share spelt exactly.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import statistics
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from rasad.kb import load_kb  # noqa: E402
from rasad.text.translit import style_of_state, transliterate_name  # noqa: E402

_NOT_SURNAMES = {"jr.", "sr.", "ii", "iii", "iv"}


def plain(latin: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c)).lower()


def half_of(actor_id: str) -> str:
    return "test" if hashlib.md5(actor_id.encode()).digest()[0] % 2 else "dev"


def surname_pairs(kb) -> list[tuple[str, str, str, str, str]]:
    """(half, style, id, Persian surname, English surname) for people named in both scripts with as many words."""
    out = []
    for a in kb.actors.values():
        if a.type != "PERSON" or not a.fa:
            continue
        english = [w for w in re.sub(r"\([^)]*\)", "", a.name).replace(",", " ").split() if w.lower() not in _NOT_SURNAMES]
        persian = max(a.fa, key=lambda f: len(f.split())).split()
        if len(english) < 2 or len(persian) != len(english):
            continue
        style = style_of_state(kb.country_of(a.id))
        out.append((half_of(a.id), style, a.id, persian[-1], english[-1]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=["dev", "test", "both"], default="both")
    ap.add_argument("--show", type=int, default=0, help="print the N worst dev pairs of each style")
    ap.add_argument("--style", help="only this style")
    args = ap.parse_args(argv)
    kb = load_kb()
    scores: dict[tuple[str, str], list[tuple[float, str, str, str]]] = defaultdict(list)
    for half, style, _id, fa, en in surname_pairs(kb):
        if args.style and style != args.style or args.half != "both" and half != args.half:
            continue
        latin = transliterate_name(fa, style=style)
        scores[(style, half)].append((fuzz.ratio(plain(latin), plain(en)), fa, latin, en))
    print(f"{'style':10}{'half':>6}{'people':>8}{'similarity':>12}{'exact':>8}")
    for (style, half), rows in sorted(scores.items()):
        exact = sum(r[0] == 100 for r in rows) / len(rows)
        print(f"{style:10}{half:>6}{len(rows):>8}{statistics.mean(r[0] for r in rows):>12.1f}{exact:>8.1%}")
    for (style, half), rows in sorted(scores.items()):
        if half == "dev" and args.show:
            print(f"\n{style}, dev, worst:", "  ".join(f"{fa}→{latin} ({en})" for _s, fa, latin, en in sorted(rows)[:args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
