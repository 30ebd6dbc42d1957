"""The pipeline as functions: one document → one annotation, and a batch ingest into a store.

``annotate_document`` is pure (document + knowledge base → record), so it runs the same in this process, in worker
processes or on Dask workers; only the writer touches the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .clean import clean
from .errors import InputError, RasadError
from .ingest import DEFAULT_MAX_BYTES, Ignored, read_inputs
from .kb import KnowledgeBase, load_kb
from .records import Annotation, CleanArticle, RawDocument, Rejection
from .store import ArticleRows, Store, article_rows, content_hash, raw_hash


def annotate_clean(article: CleanArticle, kb: KnowledgeBase) -> Annotation:
    from .events import code_events
    from .link import link_entities
    from .quotes import find_quotes
    from .sentences import split_sentences

    sentences = split_sentences(article.body)
    linked = link_entities(article, sentences, kb)
    events = code_events(article, sentences, linked, kb)
    quotes = find_quotes(article, sentences, linked, kb)
    return Annotation(
        doc=os.path.basename(article.source.split("#")[0]) if "#" not in article.source else article.source,
        meta=article.meta, body=article.body, entities=linked.entities, roles=linked.roles, events=events,
        quotes=quotes, content_hash=content_hash(article.body),
    )


def annotate_document(doc: RawDocument, kb: KnowledgeBase | None = None) -> Annotation:
    """Raw document → annotation record. Raises InputError subclasses for documents that are not articles."""
    kb = kb or load_kb()
    return annotate_clean(clean(doc, kb), kb)


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
    already present, or a rejection."""

    source: str
    annotation: Annotation | None = None
    rows: ArticleRows | None = None
    present: bool = False
    rejection: Rejection | None = None
    ignored: Ignored | None = None


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
            ann = annotate_clean(article, kb)
            ann.raw_hash = raws.get(i, "")
            if as_rows:
                outcomes[i] = Outcome(items[i].source, rows=article_rows(ann))
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


def store_outcomes(store: Store, outcomes: list[Outcome], report: IngestReport) -> None:
    """The single writer: stores annotations (one transaction each) and rejections, and updates the report."""
    prepared = [o.rows or article_rows(o.annotation) for o in outcomes if o.rows or o.annotation]
    present = store.has(r.content_hash for r in prepared) if prepared else set()
    fresh, seen = [], set()
    for r in prepared:
        if r.content_hash in present or r.content_hash in seen:
            report.present += 1
        else:
            seen.add(r.content_hash)
            fresh.append(r)
    ids = store.add_rows(fresh) if fresh else []
    for r, i in zip(fresh, ids):
        if i is None:
            report.present += 1
        else:
            report.stored += 1
            report.events += len(r.events)
            report.article_ids.append(i)
    for o in outcomes:
        if o.present:
            report.present += 1
        elif o.rejection is not None:
            report.failed.append(o.rejection)
            store.add_rejection(o.rejection)
        elif o.ignored is not None:
            report.ignored.append(o.ignored)


def ingest(paths: Iterable[str], store: Store, kb: KnowledgeBase | None = None, workers: int = 1,
           batch_size: int = 64, max_bytes: int = DEFAULT_MAX_BYTES, progress=None, fuse: bool = True,
           kb_dirs: list[str] | None = None) -> IngestReport:
    """Read, annotate and store everything under ``paths``. ``progress(outcome)`` is called per input."""
    kb = kb or load_kb(kb_dirs)
    report = IngestReport()
    items = skip_stored(read_inputs(paths, max_bytes=max_bytes), store, report, progress)
    if workers > 1:
        from .parallel import process_parallel

        outcome_batches = process_parallel(items, kb_dirs=kb_dirs, workers=workers, batch_size=batch_size,
                                           db_url=store.url, as_rows=True)
    else:
        outcome_batches = (process_batch(batch, kb, store.has, as_rows=True) for batch in _batched(items, batch_size))
    return write_batches(store, outcome_batches, report, kb, progress=progress, fuse=fuse)


def write_batches(store: Store, outcome_batches: Iterable[list[Outcome]], report: IngestReport,
                  kb: KnowledgeBase | None = None, progress=None, fuse: bool = True) -> IngestReport:
    """The single writer: store each batch of outcomes in input order, report progress, then fuse what was stored
    (every engine and ``rasad load`` end here)."""
    for outcomes in outcome_batches:
        store_outcomes(store, outcomes, report)
        if progress:
            for o in outcomes:
                progress(o)
    if fuse:
        fuse_stored(store, report, kb)
    return report


def fuse_stored(store: Store, report: IngestReport, kb: KnowledgeBase | None = None) -> None:
    """Fuse the articles a run stored (in date-ordered chunks, rasad.fuse.fuse_articles)."""
    if report.stored:
        from .fuse import fuse_articles

        fuse_articles(store, report.article_ids, kb or load_kb())
