"""Event filters (dates, actors, types, outlets, text) as SQL conditions over the union of fused and unfused events.

Read queries behind the web API and pages: SQLAlchemy Core over :mod:`rasad.store.schema`, bound parameters only.

An *event* here is one real-world event: a fused event (``fused_events``, id ``f<N>``) where fusion has run, and an
article's own event (``events``, id ``e<N>``) where it has not (``events.fused_id`` is null or names no fused
row). Both kinds come from one UNION ALL, so filters, sorting and pagination run in the database.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import articles, entities, event_actors, events, fused_events
from rasad.text.normalize import char_normalize, match_key

PLOVER_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SORTS = ("date", "-date", "num_sources")
_ESC = "^"
FUSED_ONLY, EVENTS_ONLY = "u_fused", "u_events"  # names of the one-kind unit subqueries
MIN_PARTIAL = 3  # a name shorter than this matches actors only exactly, not as part of a longer name


MAX_ID = 2**31 - 1  # ids are 32-bit integer columns: PostgreSQL refuses to compare them with larger numbers


def text_param(value: str | None) -> str | None:
    """A free-text parameter without NUL characters (no stored text holds one; PostgreSQL refuses them)."""
    value = value.replace("\x00", "").strip() if value else value
    return value or None


class NotFound(LookupError):
    """Nothing has this id."""


@dataclass
class EventFilter:
    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    types: list[str] = field(default_factory=list)
    outlet: str | None = None
    q: str | None = None
    min_goldstein: float | None = None
    max_goldstein: float | None = None
    quad_class: str | None = None
    new_since: dt.datetime | None = None  # UTC: only events first stored after this time
    actor_ids: set[str] | None = None  # source or target is one of these ids (set by queries, not by users)

    def as_params(self) -> dict[str, str]:
        out = {}
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if self.new_since:
            out["new_since"] = self.new_since.isoformat(timespec="seconds")
        for k in ("actor", "outlet", "q", "quad_class"):
            if getattr(self, k):
                out[k] = getattr(self, k)
        for k in ("min_goldstein", "max_goldstein"):
            if getattr(self, k) is not None:
                out[k] = f"{getattr(self, k):g}"
        if self.types:
            out["type"] = ",".join(self.types)
        return out


def parse_types(value: str | None) -> list[str]:
    """``"consult, support"`` → ``["CONSULT", "SUPPORT"]``; unknown names raise ValueError."""
    if not value:
        return []
    out = [t.strip().upper() for t in value.split(",") if t.strip()]
    bad = [t for t in out if t not in PLOVER_TYPES]
    if bad:
        raise ValueError(f"unknown event type {', '.join(bad)}; one of {', '.join(PLOVER_TYPES)}")
    return out


def safe_url(url: str | None) -> str | None:
    """A URL that may become a link: http(s) only (never javascript: or data:)."""
    if url and re.match(r"^https?://[^\s\"'<>]+$", url.strip(), re.I):
        return url.strip()
    return None


def _like(text: str) -> str:
    return "%" + text.replace(_ESC, _ESC * 2).replace("%", _ESC + "%").replace("_", _ESC + "_") + "%"


# --- the event units --------------------------------------------------------------------------------------

@functools.cache
def _units(part: str | None = None) -> sa.Subquery:
    """Event units: fused events, and events not (yet) fused. ``part`` "fused" or "event" gives one kind only.
    Built once per kind (statements are immutable; their columns are set up here, before threads share them)."""
    fe = fused_events
    fused = sa.select(
        sa.literal("fused", sa.String).label("kind"), fe.c.id.label("rid"), fe.c.type, fe.c.mode, fe.c.cameo,
        fe.c.source, fe.c.target, fe.c.source_ids, fe.c.target_ids, fe.c.date, fe.c.date_precision, fe.c.location,
        fe.c.lat, fe.c.lon, fe.c.summary_en, fe.c.num_articles, fe.c.num_sources, fe.c.first_reported,
        fe.c.last_reported, sa.cast(sa.null(), sa.Integer).label("article_id"),
        sa.cast(sa.null(), sa.String).label("outlet"), sa.cast(sa.null(), sa.Text).label("sentence"),
        fe.c.goldstein, fe.c.quad_class, fe.c.created_at,
    )
    single = sa.select(
        sa.literal("event", sa.String).label("kind"), events.c.id.label("rid"), events.c.type, events.c.mode,
        events.c.cameo, events.c.source, events.c.target, events.c.source_ids, events.c.target_ids, events.c.date,
        events.c.date_precision, events.c.location, events.c.lat, events.c.lon, events.c.summary_en,
        sa.literal(1, sa.Integer).label("num_articles"), sa.literal(1, sa.Integer).label("num_sources"),
        articles.c.published.label("first_reported"), articles.c.published.label("last_reported"),
        events.c.article_id, articles.c.outlet, events.c.sentence, events.c.goldstein, events.c.quad_class,
        articles.c.created_at,
    ).select_from(events.join(articles, events.c.article_id == articles.c.id)).where(
        ~sa.exists().where(fused_events.c.id == events.c.fused_id))
    if part == "fused":
        sub = fused.subquery(FUSED_ONLY)
    elif part == "event":
        sub = single.subquery(EVENTS_ONLY)
    else:
        sub = sa.union_all(fused, single).subquery("u")
    sub.c.rid  # noqa: B018 -- builds the column collection now, not in concurrent readers
    return sub


@dataclass(frozen=True)
class _ActorIndex:
    """Every KB actor with its folded English name and Persian match keys, and the exact ones as look-ups."""
    keyed: list[tuple[Any, str, list[str]]]
    by_name: dict[str, set[str]]
    by_key: dict[str, set[str]]


_KEYS: dict[int, _ActorIndex] = {}


def _actor_index(kb: KnowledgeBase) -> _ActorIndex:
    """The actor index of ``kb``, computed once per knowledge base."""
    if id(kb) not in _KEYS:
        keyed = [(a, a.name.casefold(), [k for k in (match_key(f) for f in [*a.fa, *a.short]) if k])
                 for a in kb.actors.values()]
        by_name: dict[str, set[str]] = {}
        by_key: dict[str, set[str]] = {}
        for a, name, keys in keyed:
            by_name.setdefault(name, set()).add(a.id)
            for k in keys:
                by_key.setdefault(k, set()).add(a.id)
        _KEYS.clear()
        _KEYS[id(kb)] = _ActorIndex(keyed, by_name, by_key)
    return _KEYS[id(kb)]


def _actor_keys(kb: KnowledgeBase) -> list[tuple[Any, str, list[str]]]:
    """(actor, folded English name, Persian match keys) for every KB actor, computed once per knowledge base."""
    return _actor_index(kb).keyed


def resolve_actor(conn: sa.Connection, kb: KnowledgeBase, text: str) -> tuple[set[str], set[str]]:
    """An actor as typed (id, English or Persian name) → (knowledge-base ids, names) to look for in events."""
    text = text.strip()
    if not text:
        return set(), set()
    if text in kb.actors or text in kb.places:
        return {text}, set()
    if conn.execute(sa.select(entities.c.id).where(entities.c.kb_id == text).limit(1)).first():
        return {text}, set()
    fold, key = text.casefold(), match_key(text)
    index = _actor_index(kb)
    ids = set(index.by_name.get(fold, ())) | (set(index.by_key.get(key, ())) if key else set())
    names: set[str] = set()
    conds = [sa.func.lower(entities.c.name) == fold] + ([] if text.isascii() else [entities.c.name == char_normalize(text)])
    for cond in conds:  # each on its index; an actor the knowledge base named needs only the unknown names
        q = sa.select(entities.c.kb_id, entities.c.name).where(cond, *([entities.c.kb_id.is_(None)] if ids else []))
        for kb_id, name in conn.execute(q.distinct()):
            if kb_id:
                ids.add(kb_id)
            else:
                names.add(name)
    if ids or names:
        return ids, names
    if len(text) < MIN_PARTIAL:  # "a" is part of half the knowledge base's names: no actor in particular
        return ids, {text}
    # nothing exact: English names containing the text, Persian forms containing it
    for a, name, keys in _actor_keys(kb):
        if fold in name or (key and any(key in k for k in keys)):
            ids.add(a.id)
    return ids, names or {text}



def actor_filter(conn: sa.Connection, kb: KnowledgeBase, f: EventFilter) -> list[str] | None:
    """The event_actors keys the filter's actor stands for (resolved once per request), or None without one."""
    actor = text_param(f.actor)
    if not actor:
        return None
    ids, names = resolve_actor(conn, kb, actor)
    return sorted(ids) + [f"name:{n}" for n in sorted(names)]


def _conditions(conn: sa.Connection, kb: KnowledgeBase, u: sa.Subquery, f: EventFilter,
                keys: list[str] | None) -> list:
    """The filter as conditions on ``u``; ``keys``: :func:`actor_filter` of ``f``."""
    conds: list = []
    if f.since:
        conds.append(u.c.date >= f.since)
    if f.until:
        conds.append(u.c.date <= f.until)
    if f.types:
        conds.append(u.c.type.in_(f.types))
    if f.min_goldstein is not None:
        conds.append(u.c.goldstein >= f.min_goldstein)
    if f.max_goldstein is not None:
        conds.append(u.c.goldstein <= f.max_goldstein)
    if f.quad_class:
        conds.append(u.c.quad_class == f.quad_class)
    if f.new_since:
        conds.append(u.c.created_at >= f.new_since)
    if keys is not None:
        conds.append(_with_actor(u, keys, conn))
    if f.actor_ids is not None:  # ids and unlinked names alike
        conds.append(_with_actor(u, sorted(f.actor_ids) + [f"name:{n}" for n in sorted(f.actor_ids)], conn))
    outlet, q = text_param(f.outlet), text_param(f.q)
    if outlet:
        name = outlet
        o = kb.outlets.get(name.lower())
        wanted = {name.lower()} | ({o.name.lower()} if o else set())
        # the outlet's articles once, from their index; "+ 0" keeps SQLite from probing the (fused_id, article_id)
        # index once per article of the outlet and candidate event, instead of reading each candidate's reports
        ids = sa.select(articles.c.id).where(sa.func.lower(articles.c.outlet).in_(wanted))
        member = sa.exists().where(events.c.fused_id == u.c.rid, (events.c.article_id + 0).in_(ids))
        conds.append(sa.or_(sa.and_(u.c.kind == "event", sa.func.lower(u.c.outlet).in_(wanted)),
                            sa.and_(u.c.kind == "fused", member)))
    if q:
        pat = _like(char_normalize(q).lower())
        member = sa.exists().where(events.c.fused_id == u.c.rid, sa.func.lower(events.c.sentence).like(pat, escape=_ESC))
        conds.append(sa.or_(sa.func.lower(u.c.summary_en).like(pat, escape=_ESC),
                            sa.and_(u.c.kind == "event", sa.func.lower(u.c.sentence).like(pat, escape=_ESC)),
                            sa.and_(u.c.kind == "fused", member)))
    return conds


def version_of(conn: sa.Connection) -> tuple:
    """What changes whenever stored data does: newest ids, events awaiting fusion, articles awaiting a story (one
    statement: the answer cache and the unfused-event check read it on every request)."""
    return tuple(conn.execute(sa.select(
        sa.select(sa.func.max(articles.c.id)).scalar_subquery(),
        sa.select(sa.func.max(fused_events.c.id)).scalar_subquery(),
        sa.select(sa.func.count()).select_from(events).where(events.c.fused_id.is_(None)).scalar_subquery(),
        sa.select(sa.func.count()).select_from(articles).where(articles.c.story_id.is_(None)).scalar_subquery(),
    )).one())


_UNFUSED: dict[tuple, tuple[bool, bool]] = {}


def _unfused(conn: sa.Connection) -> tuple[bool, bool]:
    """(whether any event is unfused, whether an event names a fused event that no longer exists) for the data as
    it is. rasad never leaves such a dangling id, but an unfused event is defined that way; one scan of the
    fused_id index per version of the data. A database fusion has fully run on has no unfused events, and event
    queries then skip that kind."""
    version = version_of(conn)
    key = (str(conn.engine.url), *version)
    if key not in _UNFUSED:
        dangling = conn.execute(sa.select(events.c.id).where(
            events.c.fused_id.is_not(None), ~sa.exists().where(fused_events.c.id == events.c.fused_id)).limit(1)).first() \
            is not None
        _UNFUSED.clear()
        _UNFUSED[key] = (bool(version[2]) or dangling, dangling)
    return _UNFUSED[key]


def unit_parts(conn: sa.Connection) -> tuple[str, ...]:
    """The kinds of unit the data holds: fused events, and unfused events if there are any."""
    return ("fused", "event") if _unfused(conn)[0] else ("fused",)


def _with_actor(u: sa.Subquery, keys: list[str], conn: sa.Connection | None = None) -> sa.ColumnElement:
    """Units one of whose actors (source or target) has one of these keys, through event_actors' indexes: one
    index range per key, however many keys a short name matches (a LIKE per key over the JSON lists made SQLite's
    expression tree too large and PostgreSQL slow)."""
    if not keys:
        return sa.false()
    ea = event_actors
    fused = u.c.rid.in_(sa.select(ea.c.fused_id).where(ea.c.actor.in_(keys), ea.c.fused_id.is_not(None)))
    single = u.c.rid.in_(sa.select(ea.c.event_id).where(ea.c.actor.in_(keys), ea.c.event_id.is_not(None)))
    if u.name == FUSED_ONLY:  # one kind of unit: only its own index range (the planner would probe both)
        return fused
    if u.name == EVENTS_ONLY and conn is not None and not _unfused(conn)[1]:
        # unfused events are those without a fused id: found from the fused_id index, not by reading every event
        # of the actor (most of them fused) to check
        return u.c.rid.in_(sa.select(ea.c.event_id).join(events, events.c.id == ea.c.event_id).where(
            ea.c.actor.in_(keys), events.c.fused_id.is_(None)))
    if u.name == EVENTS_ONLY:
        return single
    return sa.or_(sa.and_(u.c.kind == "fused", fused), sa.and_(u.c.kind == "event", single))


def _order(u: sa.Subquery, sort: str) -> list:
    if sort == "date":
        return [u.c.date.asc().nulls_last(), u.c.kind, u.c.rid]
    if sort == "num_sources":
        return [u.c.num_sources.desc(), u.c.date.desc().nulls_last(), u.c.kind, u.c.rid]
    return [u.c.date.desc().nulls_last(), u.c.kind, u.c.rid]
