"""An annotation as the rows the store writes, built where the article is annotated so the writer only inserts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from rasad.records import Annotation
from rasad.text.repair import printable


def dumps(value: Any) -> str:
    """JSON as UTF-8 text, not \\u escapes: Persian takes a third of the bytes on disk and to write."""
    return json.dumps(value, ensure_ascii=False)


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = (str, int, float, bool, type(None))


def plain(obj: Any) -> Any:
    """What ``dataclasses.asdict`` gives, as JSON sees it (tuples become lists), without its deep copies: the
    workers turn every annotation into rows, and ``asdict`` was a tenth of their time."""
    cls = type(obj)
    if cls in _SCALARS:
        return obj
    if cls is list or cls is tuple:
        return [plain(x) for x in obj]
    if cls is dict:
        return {k: plain(v) for k, v in obj.items()}
    names = _FIELDS.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(obj):
            return obj
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(obj))
    return {n: plain(getattr(obj, n)) for n in names}


def _annotation_json(ann: Annotation, events: list[str]) -> bytes:
    """The article's annotation column (entities, roles, events, quotes) as ``json.dumps`` writes it, with each
    event's JSON made once for both its own row and this."""
    parts = [f'"{k}": {dumps([plain(x) for x in getattr(ann, k)])}' for k in ("entities", "roles")]
    parts.append(f'"events": [{", ".join(events)}]')
    parts.append(f'"quotes": {dumps([plain(q) for q in ann.quotes])}')
    return ("{" + ", ".join(parts) + "}").encode("utf-8")


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class ArticleRows:
    """One article as the rows the store writes. Built by :func:`article_rows` where the article is annotated
    (worker processes, Dask workers), so the single writer only inserts."""

    content_hash: str
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    actors: list[dict[str, Any]] = field(default_factory=list)  # event_actors rows, by the event's ``seq``


def actor_keys(ids: list | None, names: list | None) -> list[str]:
    """The keys an event's actors are filtered by: the knowledge-base id, or "name:" and the name as written."""
    ids, names = list(ids or []), list(names or [])
    ids += [None] * (len(names) - len(ids))
    return list(dict.fromkeys(i or f"name:{n}" for i, n in zip(ids, names)))


def actor_rows(source_ids: list | None, source: list | None, target_ids: list | None,
               target: list | None) -> list[dict[str, str]]:
    """One event_actors row per actor of an event and role it plays (source, target)."""
    return [*({"actor": k, "role": "source"} for k in actor_keys(source_ids, source)),
            *({"actor": k, "role": "target"} for k in actor_keys(target_ids, target))]


def article_rows(ann: Annotation) -> ArticleRows:
    from rasad.text.minhash import story_signature  # here: datasketch imports scipy, which the writer does not need

    m = ann.meta
    records = [dumps(plain(e)) for e in ann.events]  # JSON already: the writer inserts the bytes as they are
    article = dict(
        content_hash=ann.content_hash, raw_hash=ann.raw_hash or None, source=ann.doc, url=m.url, outlet=m.outlet,
        cites=m.cites, published=m.published, published_day=_day(m.published), published_precision=m.published_precision,
        news_id=m.news_id, category=m.category, title=m.title, kicker=m.kicker, lead=m.lead, tags=m.tags,
        body=ann.body, annotation=_annotation_json(ann, records),
        minhash=story_signature(ann.body), warnings=m.warnings or None)
    article["source"] = printable(article["source"])
    ents = [dict(name=e.name, kb_id=e.kb_id, type=e.type, forms=e.forms, country=e.country, sector=e.sector,
                 count=len(e.mentions)) for e in ann.entities]
    evs = [dict(seq=i, type=e.type, mode=e.mode, cameo=e.cameo, source=e.source, target=e.target,
                source_ids=e.source_ids, target_ids=e.target_ids, date=_day(e.date), date_precision=e.date_precision,
                location=e.location, location_id=e.location_id, lat=e.lat, lon=e.lon, trigger=e.trigger,
                sentence=e.sentence, start=e.offsets[0], end=e.offsets[1], rule=e.rule, confidence=e.confidence,
                summary_en=e.summary_en, goldstein=e.goldstein, quad_class=e.quad_class,
                record=records[i].encode("utf-8"))
           for i, e in enumerate(ann.events)]
    qs = [dict(speaker=q.speaker if isinstance(q.speaker, str) or q.speaker is None else " & ".join(q.speaker),
               speaker_id=q.speaker_id, speaker_mention=q.speaker_mention, cue=q.cue, text=q.text, direct=q.direct,
               start=q.start, end=q.end) for q in ann.quotes]
    actors = [dict(r, seq=i) for i, e in enumerate(ann.events)
              for r in actor_rows(e.source_ids, e.source, e.target_ids, e.target)]
    return ArticleRows(ann.content_hash, article, ents, evs, qs, actors)
