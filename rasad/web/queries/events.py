"""Event lists, one event with its reports, and the evidence highlighted in each report's sentence."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles, events, fused_events
from rasad.web.queries.filters import (
    MAX_ID,
    EventFilter,
    NotFound,
    _conditions,
    _order,
    _units,
    actor_filter,
    safe_url,
    unit_parts,
)
from rasad.web.queries.units import (
    _fused_outlets,
    _sort_key,
    _unit,
)


def list_events(engine: Engine, kb: KnowledgeBase, f: EventFilter, page: int = 1, per_page: int = 50,
                sort: str = "-date") -> dict[str, Any]:
    """One page of event units. Fused and unfused units are counted and sorted in the database separately (each
    can use its own indexes); only the sort columns of each kind's head are read, the two heads merged here, and
    the page's rows then read by id (sorting whole rows with their JSON costs more than finding them)."""
    total, heads = 0, []
    with engine.connect() as conn:
        keys = actor_filter(conn, kb, f)
        for part in unit_parts(conn):
            u = _units(part)
            conds = _conditions(conn, kb, u, f, keys)
            head = conn.execute(sa.select(u.c.kind, u.c.rid, u.c.date, u.c.num_sources,
                                          sa.func.count().over().label("n")).where(*conds)
                                .order_by(*_order(u, sort)).limit(page * per_page)).all()
            total += head[0].n if head else 0
            heads += head
        heads = sorted(heads, key=_sort_key(sort))[(page - 1) * per_page: page * per_page]
        rows = _rows_of(conn, heads)
        outlets = _fused_outlets(conn, [r.rid for r in rows if r.kind == "fused"])
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "sort": sort, "filters": f.as_params(), "items": [_unit(kb, r, outlets) for r in rows]}


def _rows_of(conn: sa.Connection, heads: list[Any]) -> list[Any]:
    """The whole rows of these units, in their order (one that fusion replaced since the head was read is left out,
    not an error)."""
    found = {}
    for part in ("fused", "event"):
        ids = [h.rid for h in heads if h.kind == part]
        if ids:
            u = _units(part)
            found.update(((r.kind, r.rid), r) for r in conn.execute(sa.select(u).where(u.c.rid.in_(ids))))
    return [found[(h.kind, h.rid)] for h in heads if (h.kind, h.rid) in found]


def parse_event_id(text: str) -> tuple[str, int]:
    m = re.fullmatch(r"([ef]?)(\d{1,12})", text.strip().lower())
    if not m or int(m.group(2)) > MAX_ID:
        raise NotFound(f"no event {text!r}: ids look like e12 (one article's event) or f3 (a fused event)")
    return ("fused" if m.group(1) == "f" else "event"), int(m.group(2))


def get_event(engine: Engine, kb: KnowledgeBase, event_id: str) -> dict[str, Any]:
    kind, rid = parse_event_id(event_id)
    u = _units()
    with engine.connect() as conn:
        if kind == "event":
            fid = conn.execute(sa.select(events.c.fused_id).where(events.c.id == rid)).first()
            if fid is None:
                raise NotFound(f"no event {event_id}")
            if fid[0] is not None and conn.execute(sa.select(fused_events.c.id).where(fused_events.c.id == fid[0])).first():
                kind, rid = "fused", fid[0]
        row = conn.execute(sa.select(u).where(u.c.kind == kind, u.c.rid == rid)).first()
        if row is None:
            raise NotFound(f"no event {event_id}")
        member = events.c.fused_id == rid if kind == "fused" else events.c.id == rid
        reps = conn.execute(sa.select(events, articles.c.outlet, articles.c.published, articles.c.title,
                                      articles.c.url, articles.c.annotation, articles.c.body)
                            .select_from(events.join(articles, events.c.article_id == articles.c.id))
                            .where(member).order_by(articles.c.published, events.c.id)).all()
        why = None
        if kind == "fused":
            why = conn.execute(sa.select(fused_events.c.why).where(fused_events.c.id == rid)).scalar()
    outlets = {rid: [{"article_id": r.article_id, "outlet": r.outlet} for r in reps]} if kind == "fused" else None
    out = _unit(kb, row, outlets)
    out["why"] = why
    out["reports"] = [_report(kb, r) for r in reps]
    return out


def _report(kb: KnowledgeBase, r: Any) -> dict[str, Any]:
    m = r._mapping
    body: str = m["body"] or ""
    record = m["record"] or {}
    sents = record.get("sentences") or []
    if not sents and m["start"] is not None:
        s, e = m["start"], m["end"]
        pos = body.find(m["trigger"] or "\0", s, e) if m["trigger"] else -1
        sents = [{"start": s, "end": e, "trigger": [pos, pos + len(m["trigger"])] if pos >= 0 else None,
                  "rule": m["rule"]}]
    seen, sentences = set(), []
    for s in sents:
        key = (s.get("start"), s.get("end"), tuple(s.get("trigger") or ()))
        if key in seen or s.get("start") is None:
            continue
        seen.add(key)
        start, end = int(s["start"]), int(s["end"])
        trig = s.get("trigger")
        sentences.append({
            "text": body[start:end] if body else s.get("text", ""), "start": start, "end": end,
            "trigger": list(trig) if trig else None, "rule": s.get("rule"),
            "highlights": evidence_highlights(kb, m["annotation"] or {}, m["source_ids"] or [],
                                              m["target_ids"] or [], start, end, trig, m["date"]),
        })
    return {
        "event_id": m["id"], "article_id": m["article_id"], "outlet": m["outlet"], "published": m["published"],
        "title": m["title"], "url": safe_url(m["url"]), "type": m["type"], "mode": m["mode"],
        "summary_en": m["summary_en"], "sentence": m["sentence"], "start": m["start"], "end": m["end"],
        "trigger": m["trigger"], "trigger_offsets": sentences[0]["trigger"] if sentences else None,
        "rule": m["rule"], "confidence": m["confidence"], "sentences": sentences,
    }


def evidence_highlights(kb: KnowledgeBase, annotation: dict, source_ids: list, target_ids: list, start: int,
                        end: int, trigger: list | None, day: dt.date | None = None) -> list[dict[str, Any]]:
    """Spans (body offsets) inside [start, end) to highlight: the trigger, the actors, their organisations."""
    roles: dict[str, str] = {}
    for i in source_ids:
        if i:
            roles.setdefault(i, "source")
    for i in target_ids:
        if i:
            roles.setdefault(i, "target")
    orgs: dict[str, tuple[str, str]] = {}
    for i, role in list(roles.items()):
        org = kb.affiliation(i, day if isinstance(day, dt.date) else None)
        if org and org not in roles:
            orgs.setdefault(org, (role, i))
    spans: list[tuple[int, int, int, dict[str, Any]]] = []  # (priority, start, end, info)
    if trigger and trigger[0] is not None and start <= trigger[0] < trigger[1] <= end:
        spans.append((0, trigger[0], trigger[1], {"kind": "trigger", "label": "trigger"}))
    for role_ in annotation.get("roles") or []:
        kb_id = role_.get("kb_id")
        if kb_id in roles and role_.get("start") is not None:
            spans.append((1, role_["start"], role_["end"], {"kind": roles[kb_id], "id": kb_id,
                                                            "label": role_.get("refers_to") or kb_id}))
    for ent in annotation.get("entities") or []:
        kb_id = ent.get("kb_id")
        if kb_id in roles:
            info = {"kind": roles[kb_id], "id": kb_id, "label": ent.get("name")}
            prio = 1
        elif kb_id in orgs:
            role, who = orgs[kb_id]
            person = kb.actors.get(who)
            info = {"kind": role, "id": kb_id, "label": f"{ent.get('name')} ({person.name if person else who})",
                    "via": who}
            prio = 2
        else:
            continue
        for s, e in ent.get("mentions") or []:
            spans.append((prio, s, e, info))
    taken: list[tuple[int, int]] = []
    out = []
    for _prio, s, e, info in sorted(spans, key=lambda x: (x[0], x[1], -(x[2] - x[1]))):
        if not (start <= s < e <= end) or any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append({"start": s, "end": e, **info})
    out.sort(key=lambda h: h["start"])
    return out
