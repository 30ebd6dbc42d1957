"""Articles: lists, one article with its annotations as offsets, and the body cut into highlighted segments."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles, events, fused_events, quotes
from rasad.text.normalize import char_normalize
from rasad.web.queries.filters import (
    _ESC,
    NotFound,
    _like,
    safe_url,
    text_param,
)
from rasad.web.queries.units import (
    _iso,
    unit_id,
)


def list_articles(engine: Engine, page: int = 1, per_page: int = 50, outlet: str | None = None,
                  q: str | None = None, since: dt.date | None = None, until: dt.date | None = None) -> dict[str, Any]:
    outlet, q = text_param(outlet), text_param(q)
    conds = []
    if outlet:
        conds.append(sa.func.lower(articles.c.outlet) == outlet.strip().lower())
    if q:
        pat = _like(char_normalize(q.strip()).lower())
        conds.append(sa.or_(sa.func.lower(articles.c.title).like(pat, escape=_ESC),
                            sa.func.lower(articles.c.body).like(pat, escape=_ESC)))
    if since:
        conds.append(articles.c.published_day >= since)
    if until:
        conds.append(articles.c.published_day <= until)
    n_events = sa.select(sa.func.count()).where(events.c.article_id == articles.c.id).scalar_subquery()
    sel = sa.select(articles.c.id, articles.c.title, articles.c.outlet, articles.c.cites, articles.c.published,
                    articles.c.url, articles.c.story_id, articles.c.source,
                    sa.func.length(articles.c.body).label("chars"), n_events.label("events")).where(*conds)
    with engine.connect() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(articles).where(*conds)).scalar_one()
        rows = conn.execute(sel.order_by(articles.c.published_day.desc().nulls_last(), articles.c.id.desc())
                            .limit(per_page).offset((page - 1) * per_page)).all()
    items = []
    for r in rows:
        d = dict(r._mapping)
        d["url"] = d["url"]
        d["cites"] = list(d["cites"] or [])
        items.append(d)
    return {"total": total, "page": page, "per_page": per_page, "pages": max(1, -(-total // per_page)),
            "items": items}


def article_id_by_hash(engine: Engine, content_hash: str) -> int | None:
    with engine.connect() as conn:
        return conn.execute(sa.select(articles.c.id).where(articles.c.content_hash == content_hash)).scalar()


def article_detail(engine: Engine, kb: KnowledgeBase, article_id: int) -> dict[str, Any]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(articles).where(articles.c.id == article_id)).first()
        if row is None:
            raise NotFound(f"no article {article_id}")
        a = row._mapping
        same = []
        if a["story_id"] is not None:
            same = [dict(r._mapping) for r in conn.execute(
                sa.select(articles.c.id, articles.c.outlet, articles.c.published, articles.c.title, articles.c.url)
                .where(articles.c.story_id == a["story_id"], articles.c.id != article_id)
                .order_by(articles.c.published))]
        evrows = conn.execute(sa.select(events).where(events.c.article_id == article_id).order_by(events.c.seq)).all()
        fused_ok = {fid for (fid,) in conn.execute(sa.select(fused_events.c.id).where(
            fused_events.c.id.in_([r.fused_id for r in evrows if r.fused_id is not None])))}
        qrows = conn.execute(sa.select(quotes).where(quotes.c.article_id == article_id).order_by(quotes.c.start)).all()
    for s in same:
        s["url"] = safe_url(s["url"])
    evs = []
    for r in evrows:
        m = r._mapping
        record = m["record"] or {}
        evs.append({
            "id": m["id"], "event": unit_id("fused", m["fused_id"]) if m["fused_id"] in fused_ok else unit_id("event", m["id"]),
            "seq": m["seq"], "type": m["type"], "mode": m["mode"], "cameo": m["cameo"],
            "source": m["source"], "target": m["target"], "source_ids": m["source_ids"], "target_ids": m["target_ids"],
            "date": _iso(m["date"]), "location": m["location"], "trigger": m["trigger"], "start": m["start"],
            "end": m["end"], "summary_en": m["summary_en"], "rule": m["rule"], "confidence": m["confidence"],
            "sentences": [{"start": s.get("start"), "end": s.get("end"), "trigger": s.get("trigger")}
                          for s in record.get("sentences") or []],
        })
    ann = a["annotation"] or {}
    return {
        "id": a["id"], "title": a["title"], "kicker": a["kicker"], "lead": a["lead"], "outlet": a["outlet"],
        "cites": list(a["cites"] or []), "published": a["published"], "published_precision": a["published_precision"],
        "url": a["url"], "safe_url": safe_url(a["url"]), "news_id": a["news_id"], "category": a["category"],
        "tags": list(a["tags"] or []), "source": a["source"], "story_id": a["story_id"], "body": a["body"],
        "annotations": {"entities": ann.get("entities") or [], "roles": ann.get("roles") or [],
                        "quotes": [{"id": q.id, "speaker": q.speaker, "speaker_id": q.speaker_id,
                                    "speaker_mention": q.speaker_mention, "cue": q.cue, "text": q.text,
                                    "direct": q.direct, "start": q.start, "end": q.end} for q in qrows],
                        "events": evs},
        "same_story": same,
    }


def body_segments(article: dict[str, Any]) -> list[dict[str, Any]]:
    """Split an article body at every annotation boundary; each piece carries the layers covering it.

    The pieces are rendered by the article page template (autoescaped), never as markup from the data.
    """
    body: str = article["body"] or ""
    n = len(body)
    ann = article["annotations"]
    spans: list[tuple[int, int, str, str]] = []  # start, end, css class, tooltip
    for ent in ann["entities"]:
        label = f"{ent.get('name')} · {ent.get('type') or ''}".strip(" ·")
        cls = f"ent ent-{(ent.get('type') or 'x').lower()}" + ("" if ent.get("kb_id") else " ent-unknown")
        for s, e in ent.get("mentions") or []:
            spans.append((s, e, cls, label))
    for r in ann["roles"]:
        if r.get("start") is not None and r.get("refers_to"):
            spans.append((r["start"], r["end"], "role", f"role → {r['refers_to']}"))
    for q in ann["quotes"]:
        if q["start"] is not None:
            spans.append((q["start"], q["end"], "quote", f"quote · {q['speaker'] or 'unknown speaker'}"))
    for ev in ann["events"]:
        trig = [s["trigger"] for s in ev["sentences"] if s.get("trigger")]
        if not trig and ev["trigger"] and ev["start"] is not None:
            pos = body.find(ev["trigger"], ev["start"], ev["end"])
            trig = [[pos, pos + len(ev["trigger"])]] if pos >= 0 else []
        for s, e in trig:
            spans.append((s, e, f"trigger t-{ev['type'].lower()}", f"{ev['type']}: {ev['summary_en']}"))
    spans = [(max(0, s), min(n, e), c, t) for s, e, c, t in spans if s is not None and e is not None and s < e]
    cuts = sorted({0, n, *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        active = [(c, t) for s, e, c, t in spans if s <= a and b <= e]
        classes: list[str] = []
        tips: list[str] = []
        for c, t in active:
            for part in c.split():
                if part not in classes:
                    classes.append(part)
            if t not in tips:
                tips.append(t)
        out.append({"text": body[a:b], "cls": " ".join(classes), "title": "\n".join(tips)})
    return out
