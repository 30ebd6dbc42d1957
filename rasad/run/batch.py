"""The pipeline as functions: one document → one annotation, and a batch ingest into a store.

``annotate_document`` is pure (document + knowledge base → record), so it runs the same in this process, in worker
processes or on Dask workers; only the writer touches the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rasad.errors import InputError, RasadError
from rasad.read.files import Ignored
from rasad.records import Annotation, CleanArticle, RawDocument, Rejection
from rasad.store.rows import ArticleRows, article_rows
from rasad.store.store import Store
from rasad.text.hashes import content_hash, raw_hash

if TYPE_CHECKING:
    from rasad.kb.knowledge import KnowledgeBase

# Cleaning, annotation, the knowledge base and fusion are imported where they run: a writer whose worker processes
# annotate and fuse needs none of them (seconds of start-up before it starts the workers, and a hundred MB held).


@dataclass
class IngestReport:
    stored: int = 0
    present: int = 0
    failed: list[Rejection] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    events: int = 0
    article_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass
class Outcome:
    """What happened to one input: an annotation to store (as the record, or already as the store's rows), an article
    stored (``stored_id``, with its number of events: written where it was annotated, e.g. by a Dask worker), an
    article already present, or a rejection."""

    source: str
    annotation: Annotation | None = None
    rows: ArticleRows | None = None
    present: bool = False
    rejection: Rejection | None = None
    ignored: Ignored | None = None
    stored_id: int | None = None
    n_events: int = 0


def _reject(item, exc: Exception) -> Outcome:
    if isinstance(exc, InputError):
        return Outcome(item.source, rejection=Rejection(exc.source, exc.reason, exc.detail))
    if isinstance(exc, RasadError):
        return Outcome(item.source, rejection=Rejection(item.source, "error", str(exc)))
    # a bug must not stop the batch: the input is reported with the error
    return Outcome(item.source, rejection=Rejection(item.source, "internal-error", f"{type(exc).__name__}: {exc}"))


def process_batch(items: list, kb: KnowledgeBase, lookup: Callable[[list[str]], set[str]] | None = None,
                  as_rows: bool = False) -> list[Outcome]:
    """Inputs → outcomes: clean everything, ask ``lookup`` which content hashes are stored, annotate only the rest.

    Inputs stored before byte for byte are filtered out earlier (``skip_stored``); this lookup catches the same
    article arriving in another form (encoding, spacing). With ``as_rows`` each annotation comes back as the rows
    the store writes (``store.article_rows``), built here so that the single writer only inserts. Pure apart from
    ``lookup``, so it runs the same in this process, in worker processes and on Dask workers.
    """
    from rasad.annotate.document import annotate_clean
    from rasad.clean.article import clean
    from rasad.store.bulk import encode_rows

    outcomes: list[Outcome | None] = [None] * len(items)
    cleaned: dict[int, CleanArticle] = {}
    raws = {i: raw_hash(item.content) for i, item in enumerate(items) if isinstance(item, RawDocument)}
    for i, item in enumerate(items):
        if isinstance(item, Rejection):
            outcomes[i] = Outcome(item.source, rejection=item)
        elif isinstance(item, Ignored):
            outcomes[i] = Outcome(item.source, ignored=item)
        else:
            try:
                cleaned[i] = clean(item, kb)
            except Exception as exc:
                outcomes[i] = _reject(item, exc)
    hashes = {i: content_hash(a.body) for i, a in cleaned.items()}
    known = lookup(list(hashes.values())) if lookup and hashes else set()
    for i, article in cleaned.items():
        if hashes[i] in known:
            outcomes[i] = Outcome(items[i].source, present=True)
            continue
        try:
            ann = annotate_clean(article, kb, body_hash=hashes[i])
            ann.raw_hash = raws.get(i, "")
            if as_rows:
                outcomes[i] = Outcome(items[i].source, rows=encode_rows(article_rows(ann)))
            else:
                outcomes[i] = Outcome(items[i].source, annotation=ann)
        except Exception as exc:
            outcomes[i] = _reject(items[i], exc)
    return [o for o in outcomes if o is not None]


def _batched(it: Iterable, n: int) -> Iterator[list]:
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def skip_stored(items: Iterable, store: Store, report: IngestReport, progress=None, size: int = 500) -> Iterator:
    """``items`` without the inputs already stored (same raw content), which are counted as present here, before
    any worker sees them: re-running a finished corpus costs reading and hashing, not shipping it to workers."""
    for chunk in _batched(items, size):
        raws = {i: raw_hash(item.content) for i, item in enumerate(chunk) if isinstance(item, RawDocument)}
        known = store.has(raws.values(), raw=True) if raws else set()
        for i, item in enumerate(chunk):
            if raws.get(i) in known:
                report.present += 1
                if progress:
                    progress(Outcome(item.source, present=True))
            else:
                yield item


def write_articles(store: Store, outcomes: list[Outcome]) -> None:
    """Store the batch's annotated articles (one transaction, :meth:`Store.add_rows`) and mark each outcome with
    what happened (``stored_id`` or ``present``), dropping its rows. Copies within the batch or already stored
    count as present."""
    todo = [o for o in outcomes if o.rows or o.annotation]
    prepared = [o.rows or article_rows(o.annotation) for o in todo]
    present = store.has(r.content_hash for r in prepared) if prepared else set()
    fresh, seen = [], set()
    for o, r in zip(todo, prepared):
        o.rows = o.annotation = None
        if r.content_hash in present or r.content_hash in seen:
            o.present = True
        else:
            seen.add(r.content_hash)
            fresh.append((o, r))
    ids = store.add_rows([r for _, r in fresh]) if fresh else []
    for (o, r), i in zip(fresh, ids):
        o.present, o.stored_id, o.n_events = i is None, i, len(r.events)


def store_outcomes(store: Store, outcomes: list[Outcome], report: IngestReport) -> None:
    """The writer's part of a batch: store its articles (unless a worker did), record its rejections, update the
    report."""
    write_articles(store, outcomes)
    for o in outcomes:
        if o.stored_id is not None:
            report.stored += 1
            report.events += o.n_events
            report.article_ids.append(o.stored_id)
        elif o.present:
            report.present += 1
        elif o.rejection is not None:
            report.failed.append(o.rejection)
            store.add_rejection(o.rejection)
        elif o.ignored is not None:
            report.ignored.append(o.ignored)


# articles stored between two fusion steps while a run goes on: a step reads the stored reports near its own, and
# the more new reports share them the less each costs (steps of 2,048 cost ~25 % less than steps of 512 on a dense
# corpus); the workers annotate meanwhile, ``in_flight`` keeps them supplied
FUSE_EVERY = 2048


def in_flight(workers: int, batch_size: int, fuse_every: int = FUSE_EVERY) -> int:
    """How many batches to keep submitted: two per worker, plus what one core annotates while the other fuses (a
    fusion step of N articles takes about as long as annotating N/3 at 20,000 stored articles, and its share grows
    with the database: N/2 is kept), so that the workers do not run out of work while the writer fuses. Finished
    batches wait in the writer's memory (about 3 MB each), so no more: 20 batches for 2 workers."""
    return 2 * max(1, workers) + -(-fuse_every // (2 * max(1, batch_size)))


class Fuser:
    """Fusion steps during a run, here in the writer: ``step(ids)`` fuses them and says it took them. (The Dask
    engine starts each step on a worker instead and takes ids only when no step is running.)"""

    def __init__(self, store: Store, kb: KnowledgeBase) -> None:
        self.store, self.kb = store, kb

    def step(self, article_ids: list[int]) -> bool:
        from rasad.fuse.fusion import fuse_articles

        fuse_articles(self.store, article_ids, self.kb)
        return True

    def finish(self) -> None:
        """The last step: everything stored and not fused yet (also what an interrupted run left)."""
        fuse_stored(self.store, None, self.kb)


class BackgroundFuser(Fuser):
    """Fusion steps run elsewhere (a worker process, a Dask worker), one at a time (steps change the same fused
    events), while the writer goes on storing: fusion becomes work the workers share like annotation instead of a
    pause of the writer during which the workers run out of batches to hand it. Subclasses say how a step is
    submitted (``_submit(ids)`` → a future; ids None: everything stored and not fused yet)."""

    def __init__(self) -> None:
        self.running = None
        self.ran_in: list[int] = []  # the process id of each step

    def _submit(self, article_ids: list[int] | None):
        raise NotImplementedError

    def _release(self, future) -> None:
        """Forget a finished step's future (a Dask future holds its result on the cluster until released)."""

    def step(self, article_ids: list[int] | None) -> bool:
        if self.running is not None:
            if not self.running.done():
                return False  # the ids wait for the next step
            self.wait()
        self.running = self._submit(None if article_ids is None else list(article_ids))
        return True

    def wait(self) -> None:
        if self.running is not None:
            future, self.running = self.running, None
            self.ran_in.append(future.result())  # a failed step raises here
            self._release(future)

    def finish(self) -> None:
        self.wait()
        self.step(None)
        self.wait()


def fuse_step(store: Store, article_ids: list[int] | None, kb: KnowledgeBase) -> int:
    """One fusion step where it runs (a worker): these articles, or (None) every stored article not fused yet.
    Returns the process id, which says where it ran. On SQLite the step is planned apart from the write lock,
    which the writer needs meanwhile (``rasad.fuse.fusion.fuse_new``)."""
    from rasad.fuse.fusion import fuse_articles, unfused_article_ids

    ids = unfused_article_ids(store) if article_ids is None else article_ids
    if ids:
        fuse_articles(store, ids, kb, planned_apart=store.engine.dialect.name == "sqlite")
    return os.getpid()


def write_batches(store: Store, outcome_batches: Iterable[list[Outcome]], report: IngestReport,
                  kb: KnowledgeBase | None = None, progress=None, fuse: bool = True,
                  fuse_every: int = FUSE_EVERY, fuser: Fuser | None = None) -> IngestReport:
    """The single writer: store each batch of outcomes in input order and report progress; with ``fuse``, fuse what
    was stored every ``fuse_every`` articles while the workers go on annotating (``fuser``: in this process unless
    given), and at the end everything still unfused — also what an interrupted earlier run left (every engine and
    ``rasad load`` end here).

    Fusion's result depends only on what is stored, not on when or in what pieces it runs, so fusing along the way
    gives the same stories and fused events as fusing once at the end."""
    if fuse and fuser is None:  # (a fuser elsewhere has its own knowledge base: the writer then loads none)
        from rasad.kb.knowledge import load_kb

        fuser = Fuser(store, kb or load_kb())
    pending: list[int] = []
    for outcomes in outcome_batches:
        before = len(report.article_ids)
        store_outcomes(store, outcomes, report)
        pending += report.article_ids[before:]
        if progress:
            for o in outcomes:
                progress(o)
        if fuser and len(pending) >= fuse_every and fuser.step(pending):
            pending = []
    if fuse:
        fuser.finish()
    return report


def fuse_stored(store: Store, report: IngestReport | None = None, kb: KnowledgeBase | None = None) -> None:
    """Fuse every stored article that is not fused yet: this run's, and any an interrupted run left unfused."""
    from rasad.fuse.fusion import fuse_articles, unfused_article_ids
    from rasad.kb.knowledge import load_kb

    ids = unfused_article_ids(store)
    if ids:
        fuse_articles(store, ids, kb or load_kb())
