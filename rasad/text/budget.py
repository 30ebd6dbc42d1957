"""A time budget for annotating one article, checked between steps of the annotation loops.

No regular expression or loop in rasad should need long on news text, but hostile input finds what was missed; the
budget turns "a batch that hangs" into "one article rejected as timeout". It works the same in this process, in
worker processes and on Dask workers (no signals, no threads): ``with time_budget(seconds):`` sets a deadline for
the code inside it, and :func:`check_time` — called once per sentence, trigger and linking pass — raises
:class:`OverBudget` after it.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextvars import ContextVar

DEFAULT_BUDGET = 30.0  # seconds per article; RASAD_TIME_BUDGET or `rasad ingest --time-budget` change it
_DEADLINE: ContextVar[float | None] = ContextVar("rasad_deadline", default=None)


class OverBudget(Exception):
    """The annotation ran past its deadline (turned into a ``timeout`` rejection by the caller)."""


def budget_seconds() -> float:
    """The configured budget: RASAD_TIME_BUDGET (seconds; 0 turns it off) or DEFAULT_BUDGET."""
    try:
        return float(os.environ.get("RASAD_TIME_BUDGET") or DEFAULT_BUDGET)
    except ValueError:
        return DEFAULT_BUDGET


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Run the body with a deadline ``seconds`` from now (None or 0: no deadline)."""
    token = _DEADLINE.set(time.monotonic() + seconds if seconds else None)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def check_time() -> None:
    """Raise OverBudget when the current deadline has passed."""
    deadline = _DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise OverBudget
