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
from .store import Store, content_hash, raw_hash


def annotate_clean(article: CleanArticle, kb: KnowledgeBase) -> Annotation:
    from .events import code_events
    from .fuse import story_signature
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
        quotes=quotes, content_hash=content_hash(article.body), story_signature=story_signature(article.body),
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
    """What happened to one input: an annotation to store, an article already present, or a rejection."""

    source: str
    annotation: Annotation | None = None
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


def process_batch(items: list, kb: KnowledgeBase, lookup: Callable[[list[str]], set[str]] | None = None) -> list[Outcome]:
    """Inputs → outcomes: clean everything, ask ``lookup`` which content hashes are stored, annotate only the rest.

    Pure apart from ``lookup``, so it runs the same in this process, in worker processes and on Dask workers.
    """
    outcomes: list[Outcome | None] = [None] * len(items)
    cleaned: dict[int, CleanArticle] = {}
    raws = {i: raw_hash(item.content) for i, item in enumerate(items) if isinstance(item, RawDocument)}
    raw_known = lookup(list(raws.values())) if lookup and raws else set()
    for i, item in enumerate(items):
        if isinstance(item, Rejection):
            outcomes[i] = Outcome(item.source, rejection=item)
        elif isinstance(item, Ignored):
            outcomes[i] = Outcome(item.source, ignored=item)
        elif raws.get(i) in raw_known:
            outcomes[i] = Outcome(item.source, present=True)  # this very input is stored: no cleaning needed
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


def store_outcomes(store: Store, outcomes: list[Outcome], report: IngestReport) -> None:
    """The single writer: stores annotations (one transaction each) and rejections, and updates the report."""
    anns = [o.annotation for o in outcomes if o.annotation is not None]
    present = store.has(a.content_hash for a in anns) if anns else set()
    fresh, seen = [], set()
    for a in anns:
        if a.content_hash in present or a.content_hash in seen:
            report.present += 1
        else:
            seen.add(a.content_hash)
            fresh.append(a)
    ids = store.add_annotations(fresh) if fresh else []
    for a, i in zip(fresh, ids):
        if i is None:
            report.present += 1
        else:
            report.stored += 1
            report.events += len(a.events)
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
    items = read_inputs(paths, max_bytes=max_bytes)
    if workers > 1:
        from .parallel import process_parallel

        outcome_batches = process_parallel(items, kb_dirs=kb_dirs, workers=workers, batch_size=batch_size,
                                           db_url=store.url)
    else:
        outcome_batches = (process_batch(batch, kb, store.has) for batch in _batched(items, batch_size))
    for outcomes in outcome_batches:
        store_outcomes(store, outcomes, report)
        if progress:
            for o in outcomes:
                progress(o)
    if fuse and report.stored:
        from .fuse import fuse_articles

        fuse_articles(store, report.article_ids, kb)
    return report
