"""Annotation of one article: sentences, then entities and roles, then events and quotes.

``annotate_document`` is pure (document + knowledge base → record), so it runs the same in this process, in worker
processes or on Dask workers; only the writer touches the database.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import time

from rasad.annotate.events.coder import code_events
from rasad.annotate.events.patterns import load_patterns
from rasad.annotate.link.linker import link_entities
from rasad.annotate.link.matcher import build_matcher
from rasad.annotate.quotes import find_quotes, outlet_reports
from rasad.clean.article import clean
from rasad.errors import AnnotationTimeout
from rasad.kb.knowledge import KnowledgeBase, load_kb
from rasad.records import Annotation, CleanArticle, Meta, Quote, RawDocument
from rasad.text.budget import OverBudget, budget_seconds, time_budget
from rasad.text.hashes import content_hash
from rasad.text.sentences import split_sentences


def annotate_clean(article: CleanArticle, kb: KnowledgeBase, budget: float | None = None,
                   body_hash: str | None = None) -> Annotation:
    """Clean article → annotation, within ``budget`` seconds (default: RASAD_TIME_BUDGET or 30 s; 0 for none).
    Raises AnnotationTimeout past it, so one pathological article is rejected and the batch goes on. ``body_hash``:
    the body's content hash when the caller has it already."""
    seconds = budget_seconds() if budget is None else budget
    prepare(kb)  # compiling patterns and the name automaton is a process's one-time cost, not this article's
    started = time.monotonic()
    try:
        with time_budget(seconds):
            return _annotate(article, kb, body_hash)
    except OverBudget:
        raise AnnotationTimeout(article.source, f"annotation took over {seconds:g} s ({len(article.body):,} characters; "
                                f"stopped after {time.monotonic() - started:.1f} s)") from None


def prepare(kb: KnowledgeBase) -> None:
    """Build what annotation compiles once per process and knowledge base (cached after the first call), then
    exempt it from the cyclic garbage collector: a full collection otherwise walks the whole knowledge base (millions
    of objects) in the middle of some article, making its time depend on when collections fall."""
    load_patterns()
    build_matcher(kb)
    if id(kb) not in _FROZEN:
        _FROZEN.add(id(kb))
        gc.freeze()


_FROZEN: set[int] = set()


def _annotate(article: CleanArticle, kb: KnowledgeBase, body_hash: str | None = None) -> Annotation:
    sentences = split_sentences(article.body)
    linked = link_entities(article, sentences, kb)
    events = code_events(article, sentences, linked, kb)
    quotes, reports = outlet_reports(find_quotes(article, sentences, linked, kb), kb)
    return Annotation(
        doc=os.path.basename(article.source.split("#")[0]) if "#" not in article.source else article.source,
        meta=_with_quoted_outlets(article.meta, quotes, reports, kb), body=article.body, entities=linked.entities, roles=linked.roles, events=events,
        quotes=quotes, content_hash=body_hash or content_hash(article.body),
    )


def _with_quoted_outlets(meta: Meta, quotes: list[Quote], reports: list[Quote], kb: KnowledgeBase) -> Meta:
    """The outlets the article quotes word for word ("روزنامه ژاپن تایمز نوشت: ...") are outlets it cites, like
    "به نقل از X" (an outlet that only "announced" something is reported on, as the seeds' gold reads it); (session
    26 A) so are the outlets whose report it retells ("خبرگزاری X گزارش داد ...": session 27 Q, any outlet with any cue but
    an announcement, quotes.yaml outlet_statement_cues), quoted or not."""
    cited = [*(q for q in quotes if q.direct), *reports]
    quoted = [kb.outlets[q.speaker_id].name for q in cited if q.speaker_id in kb.outlets]
    extra = [name for name in dict.fromkeys(quoted) if name != meta.outlet and name not in meta.cites]
    return dataclasses.replace(meta, cites=[*meta.cites, *extra]) if extra else meta


def annotate_document(doc: RawDocument, kb: KnowledgeBase | None = None) -> Annotation:
    """Raw document → annotation record. Raises InputError subclasses for documents that are not articles."""
    kb = kb or load_kb()
    return annotate_clean(clean(doc, kb), kb)
