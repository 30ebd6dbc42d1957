"""The conflict–cooperation scales every event dataset carries: CAMEO's Goldstein score and PLOVER's quad class.

Both are published tables kept as data (``rasad/data/patterns/goldstein.tsv``, ``quad_class.tsv``, each naming its
source), so that rasad's numbers can be compared with GDELT's, ICEWS's and POLECAT's.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasad.errors import KnowledgeBaseError

QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def _rows(name: str, columns: int) -> list[list[str]]:
    """The data rows of a packaged TSV table (comments and the header line skipped), checked for width."""
    path = Path(str(resources.files("rasad") / "data" / "patterns" / name))
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    rows = [ln.split("\t") for ln in lines[1:]]
    for n, row in enumerate(rows, start=2):
        if len(row) != columns:
            raise KnowledgeBaseError(f"{path}: data line {n} has {len(row)} columns, expected {columns}")
    return rows


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO code → Goldstein score, as published."""
    table: dict[str, float] = {}
    for code, value in _rows("goldstein.tsv", 2):
        score = float(value)
        if not -10 <= score <= 10:
            raise KnowledgeBaseError(f"goldstein.tsv: {code} has {score}, outside −10 … +10")
        table[code.strip()] = score
    return table


@lru_cache(maxsize=1)
def quad_table() -> dict[str, tuple[str, int]]:
    """PLOVER type → (quad class, PLOVER quad_code 1–4)."""
    table: dict[str, tuple[str, int]] = {}
    for etype, quad, code in _rows("quad_class.tsv", 3):
        if quad not in QUAD_CLASSES:
            raise KnowledgeBaseError(f"quad_class.tsv: {etype} has unknown quad class {quad!r}")
        table[etype.strip().upper()] = (quad, int(code))
    return table


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code; a code not in the table takes its parent's (0214 → 021 → 02)."""
    code = (cameo or "").strip()
    table = goldstein_table()
    while len(code) >= 2:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def quad_class(event_type: str | None) -> str | None:
    """The PLOVER quad class of an event type ("verbal cooperation" … "material conflict")."""
    found = quad_table().get((event_type or "").upper())
    return found[0] if found else None


def quad_code(event_type: str | None) -> int | None:
    """PLOVER's numeric quad_code (1 verbal cooperation … 4 material conflict)."""
    found = quad_table().get((event_type or "").upper())
    return found[1] if found else None
