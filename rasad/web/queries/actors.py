"""Actors: search by English or Persian name with mention counts, and one actor's page (names, positions, contacts, quotes)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles, entities, quotes
from rasad.text.normalize import char_normalize, match_key
from rasad.web.queries.filters import (
    _ESC,
    EventFilter,
    NotFound,
    _actor_keys,
    _like,
    text_param,
)
from rasad.web.queries.units import (
    _iso,
    _node_id,
    all_units,
)


def _mention_counts(conn: sa.Connection, kb_ids: list[str] | None = None) -> dict[str, tuple[int, int]]:
    q = sa.select(entities.c.kb_id, sa.func.count(sa.distinct(entities.c.article_id)),
                  sa.func.coalesce(sa.func.sum(entities.c.count), 0)).where(entities.c.kb_id.is_not(None))
    if kb_ids is not None:
        q = q.where(entities.c.kb_id.in_(kb_ids))
    return {k: (a, m) for k, a, m in conn.execute(q.group_by(entities.c.kb_id))}


def _actor_summary(kb: KnowledgeBase, kb_id: str, counts: dict[str, tuple[int, int]]) -> dict[str, Any]:
    a = kb.actors.get(kb_id)
    n_art, n_men = counts.get(kb_id, (0, 0))
    return {"kb_id": kb_id, "name": a.name if a else kb_id, "fa": list(a.fa) if a else [],
            "type": a.type if a else None, "country": a.country if a else None, "sector": a.sector if a else None,
            "in_kb": a is not None, "articles": n_art, "mentions": n_men}


def search_actors(engine: Engine, kb: KnowledgeBase, q: str | None, limit: int = 50) -> dict[str, Any]:
    q = text_param(q)
    with engine.connect() as conn:
        results: list[tuple[int, dict[str, Any]]] = []
        if not q or not q.strip():
            counts = _mention_counts(conn)
            for kb_id in sorted(counts, key=lambda k: (-counts[k][0], -counts[k][1], k)):
                if kb_id in kb.actors:
                    results.append((0, _actor_summary(kb, kb_id, counts)))
            unknown_q = sa.select(entities.c.name, entities.c.type, sa.func.count(sa.distinct(entities.c.article_id)))
            unknown_q = unknown_q.where(entities.c.kb_id.is_(None), entities.c.type.in_(["PERSON", "ORG"]))
        else:
            text = q.strip()
            fold, key = text.casefold(), match_key(text)
            ranked: list[tuple[int, str]] = []
            for a, name, keys in _actor_keys(kb):
                if a.id == text or name == fold or (key and key in keys):
                    ranked.append((0, a.id))
                elif fold in name or (key and any(key in k for k in keys)):
                    ranked.append((1, a.id))
            counts = _mention_counts(conn, [i for _, i in ranked])  # only the matches: the table can be large
            results += [(rank, _actor_summary(kb, i, counts)) for rank, i in ranked]
            pat = _like(char_normalize(text).lower())
            unknown_q = sa.select(entities.c.name, entities.c.type, sa.func.count(sa.distinct(entities.c.article_id)))
            unknown_q = unknown_q.where(entities.c.kb_id.is_(None), sa.func.lower(entities.c.name).like(pat, escape=_ESC))
        for name, etype, n in conn.execute(unknown_q.group_by(entities.c.name, entities.c.type).limit(limit)):
            results.append((2, {"kb_id": None, "name": name, "fa": [name], "type": etype, "country": None,
                                "sector": None, "in_kb": False, "articles": n, "mentions": n}))
    results.sort(key=lambda x: (x[0], -x[1]["articles"], x[1]["name"]))
    items = [r for _, r in results[:limit]]
    return {"q": q, "total": len(results), "items": items}


def _span(kb: KnowledgeBase, s: Any, title: str | None = None) -> dict[str, Any]:
    of = kb.actors.get(s.of)
    at = kb.actors.get(s.at) if getattr(s, "at", None) else None
    t = kb.titles.get(title) if title else None
    if title and t is None:
        base = re.sub(r"^(deputy|acting|first|former)-", "", title)
        t = kb.titles.get(base)
        label = (title.split("-")[0].capitalize() + " " + t.en) if t and t.en else title.replace("-", " ").capitalize()
    else:
        label = t.en if t and t.en else (title.replace("-", " ").capitalize() if title else None)
    return {"title": title, "title_en": label, "of": s.of, "of_name": of.name if of else s.of,
            "at": getattr(s, "at", None), "at_name": at.name if at else getattr(s, "at", None),
            "start": _iso(s.start), "end": _iso(s.end)}


def actor_detail(engine: Engine, kb: KnowledgeBase, kb_id: str) -> dict[str, Any]:
    if text_param(kb_id) != kb_id:  # a NUL or surrounding spaces: no stored id has them
        raise NotFound(f"no actor {kb_id!r}")
    a = kb.actors.get(kb_id)
    place = kb.places.get(kb_id)
    with engine.connect() as conn:
        ent_rows = conn.execute(sa.select(entities.c.name, entities.c.type, entities.c.forms, entities.c.article_id,
                                          entities.c.country, entities.c.sector)
                                .where(entities.c.kb_id == kb_id)).all()
        if a is None and place is None and not ent_rows:
            raise NotFound(f"no actor {kb_id!r}")
        units = all_units(conn, kb, EventFilter(actor=kb_id))
        qrows = conn.execute(sa.select(quotes, articles.c.outlet, articles.c.published, articles.c.title)
                             .select_from(quotes.join(articles, quotes.c.article_id == articles.c.id))
                             .where(quotes.c.speaker_id == kb_id)
                             .order_by(articles.c.published.desc(), quotes.c.start).limit(200)).all()
    forms_seen: Counter = Counter()
    for r in ent_rows:
        for form in r.forms or []:
            forms_seen[form] += 1
    name = a.name if a else (place.name if place else ent_rows[0].name)
    contacts: dict[str, dict[str, Any]] = {}
    for ev in units:
        mine = kb_id in ev["source_ids"]
        others = ev["targets"] if mine else ev["sources"]
        if kb_id not in ev["source_ids"] and kb_id not in ev["target_ids"]:
            continue
        # co-actors on the same side count too (two leaders who jointly praised someone)
        side = ev["sources"] if mine else ev["targets"]
        for other, relation in [*((o, "out" if mine else "in") for o in others),
                                *((o, "with") for o in side)]:
            oid = _node_id(other["id"], other["name"])
            if oid == kb_id:
                continue
            c = contacts.setdefault(oid, {"id": oid, "kb_id": other["id"], "name": other["name"], "fa": other["fa"],
                                          "type": other["type"], "count": 0, "types": Counter(),
                                          "first": None, "last": None, "events": []})
            if ev["id"] in c["events"]:
                continue
            c["count"] += 1
            c["types"][f"{ev['type']}:{relation}"] += 1
            c["events"].append(ev["id"])
            if ev["date"]:
                c["first"] = min(filter(None, [c["first"], ev["date"]]))
                c["last"] = max(filter(None, [c["last"], ev["date"]]))
    contact_list = sorted(contacts.values(), key=lambda c: (-c["count"], c["name"]))
    for c in contact_list:
        c["types"] = dict(c["types"])
    positions = sorted((_span(kb, p, p.title) for p in a.positions) if a else [],
                       key=lambda p: (p["start"] or "0000"), reverse=True)
    affiliations = [_span(kb, s) for s in a.affiliations] if a else []
    return {
        "kb_id": kb_id, "name": name, "in_kb": a is not None,
        "type": a.type if a else ("PLACE" if place else ent_rows[0].type),
        "country": a.country if a else (place.country if place else ent_rows[0].country),
        "sector": a.sector if a else None, "wikidata": (a.wikidata if a else (place.wikidata if place else None)),
        "fa": list(a.fa) if a else (list(place.fa) if place else []),
        "aliases": {"short": list(a.short) if a else [], "adjectives": list(a.adj) if a else [],
                    "seen_in_articles": [f for f, _ in forms_seen.most_common()]},
        "positions": positions, "affiliations": affiliations,
        "articles": len({r.article_id for r in ent_rows}), "num_events": len(units),
        "contacts": contact_list,
        "quotes": [{"id": q.id, "article_id": q.article_id, "outlet": q.outlet, "published": q.published,
                    "title": q.title, "speaker": q.speaker, "speaker_mention": q.speaker_mention, "cue": q.cue,
                    "text": q.text, "direct": q.direct, "start": q.start, "end": q.end} for q in qrows],
        "events": list(reversed(units))[:100],
    }
