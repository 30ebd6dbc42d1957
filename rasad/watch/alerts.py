"""Alerts: fused events from watched feeds that match a rule, sent once per event to a JSON Lines file, a webhook
and/or e-mail — and again only when the event's number of sources has grown by ``realert_sources``.

Which events are new or changed is read from the database, not kept in memory: the ``alerts`` table holds, per
fused event, the number of sources the rules last looked at and the number last alerted at. Delivery comes before
that row is written, so an alert interrupted half-way is sent again rather than lost.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import smtplib
import time
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import httpx
import sqlalchemy as sa

from rasad.kb.knowledge import KnowledgeBase
from rasad.store.schema import alerts, articles, events, feed_items, fused_events
from rasad.store.store import Store
from rasad.watch.rules import Email, Matcher, WatchRules, Webhook
from rasad.watch.state import utcnow

log = logging.getLogger("rasad.watch")


@dataclass
class AlertReport:
    sent: list[dict[str, Any]] = field(default_factory=list)  # the alerts emitted
    checked: int = 0  # fused events the rules looked at
    failed: list[str] = field(default_factory=list)  # deliveries that failed, with why


def pending_events(store: Store) -> list[dict[str, Any]]:
    """Fused events with a report from a watched feed that the rules have not seen at their current number of
    sources, each with its outlets and reports."""
    watched = sa.select(events.c.fused_id).join(feed_items, feed_items.c.article_id == events.c.article_id)
    q = (sa.select(fused_events, alerts.c.alerted_sources, alerts.c.times)
         .outerjoin(alerts, alerts.c.fused_id == fused_events.c.id)
         .where(fused_events.c.id.in_(watched),
                sa.or_(alerts.c.id.is_(None), fused_events.c.num_sources > alerts.c.checked_sources))
         .order_by(fused_events.c.id))
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
        reports = _reports(conn, [r["id"] for r in rows])
    for r in rows:
        r["reports"] = reports.get(r["id"], [])
        r["outlets"] = {x["outlet"] for x in r["reports"] if x["outlet"]}
    return rows


def _reports(conn: sa.Connection, fused_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(fused_ids), 500):
        q = (sa.select(events.c.fused_id, articles.c.outlet, articles.c.published, articles.c.url, articles.c.title)
             .join(articles, events.c.article_id == articles.c.id)
             .where(events.c.fused_id.in_(fused_ids[i:i + 500])).order_by(articles.c.published, events.c.id))
        for r in conn.execute(q).mappings():
            out.setdefault(r["fused_id"], []).append({k: r[k] for k in ("outlet", "published", "url", "title")})
    return out


def alert_payload(ev: dict[str, Any], rules: list[str], link_base: str, again: bool) -> dict[str, Any]:
    """The alert as sent everywhere: what happened (English summary, PLOVER type, scales), when, where, who
    reported it, and the event's page in `rasad serve`."""
    day = ev["date"].isoformat() if isinstance(ev["date"], dt.date) else ev["date"]
    return {
        "alert": "more-sources" if again else "new", "event_id": f"f{ev['id']}", "rules": rules,
        "summary_en": ev["summary_en"], "type": ev["type"], "mode": ev["mode"], "cameo": ev["cameo"],
        "goldstein": ev["goldstein"], "quad_class": ev["quad_class"], "date": day,
        "date_precision": ev["date_precision"], "source": ev["source"] or [], "target": ev["target"] or [],
        "place": {"name": ev["location"], "lat": ev["lat"], "lon": ev["lon"]} if ev["location"] else None,
        "num_sources": ev["num_sources"], "num_articles": ev["num_articles"], "sources": ev["reports"],
        "link": f"{link_base.rstrip('/')}/?event=f{ev['id']}",
        "alerted_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    }


def run_alerts(store: Store, kb: KnowledgeBase, config: WatchRules) -> AlertReport:
    """Look at every pending fused event, emit the alerts its rules call for, and record that in ``alerts``."""
    report = AlertReport()
    matcher = Matcher(config.rules, kb)
    for ev in pending_events(store):
        report.checked += 1
        names = matcher.match(ev)
        last = ev["alerted_sources"]
        due = bool(names) and (last is None or (config.realert_sources > 0
                                                and ev["num_sources"] >= last + config.realert_sources))
        delivery = None
        if due:
            payload = alert_payload(ev, names, config.link_base, again=last is not None)
            delivery = deliver(payload, config)
            report.sent.append(payload)
            report.failed += [f"{payload['event_id']} → {k}: {v}" for k, v in delivery.items() if v != "ok"]
        _record(store, ev, names, delivery)
    return report


def _record(store: Store, ev: dict[str, Any], names: list[str], delivery: dict[str, str] | None) -> None:
    """The rules have seen ``ev`` at its number of sources; with ``delivery``, it was alerted now."""
    now = utcnow()
    values: dict[str, Any] = {"checked_sources": ev["num_sources"]}
    if delivery is not None:
        values.update(alerted_sources=ev["num_sources"], rules=names, delivery=delivery, last_alerted=now,
                      times=(ev["times"] or 0) + 1)
    with store.engine.begin() as conn:
        if ev["times"] is None:  # no row yet
            conn.execute(alerts.insert().values(fused_id=ev["id"], first_alerted=now if delivery else None,
                                                **{"times": 0, **values}))
        else:
            if delivery is not None and ev["alerted_sources"] is None:
                values["first_alerted"] = now
            conn.execute(alerts.update().where(alerts.c.fused_id == ev["id"]).values(**values))


def deliver(payload: dict[str, Any], config: WatchRules) -> dict[str, str]:
    """Send one alert to every configured output; output → "ok" or why it failed (logged, never raised)."""
    out = config.outputs
    senders = [("jsonl", out.jsonl, _to_jsonl), ("webhook", out.webhook, _to_webhook), ("email", out.email, _to_email)]
    result: dict[str, str] = {}
    for name, target, send in senders:
        if target is None:
            continue
        try:
            send(payload, target)
            result[name] = "ok"
        except (OSError, httpx.HTTPError, smtplib.SMTPException, _Refused) as exc:
            result[name] = f"{type(exc).__name__}: {exc}"
            log.error("alert %s not delivered to %s: %s", payload["event_id"], name, result[name])
    return result


def _to_jsonl(payload: dict[str, Any], path: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(payload, ensure_ascii=False, default=str) + "\n")


class _Refused(Exception):
    """A webhook answered with an error status."""


def _to_webhook(payload: dict[str, Any], hook: Webhook) -> None:
    """POST the alert as JSON; timeouts, connection errors, 5xx and 429 are retried with backoff."""
    body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8", **hook.headers}
    for attempt in range(hook.retries + 1):
        if attempt:
            time.sleep(hook.backoff * 2 ** (attempt - 1))
        try:
            r = httpx.post(hook.url, content=body, headers=headers, timeout=hook.timeout)
        except httpx.TransportError:
            if attempt == hook.retries:
                raise
            continue
        if r.is_success:
            return
        if r.status_code not in (408, 429) and r.status_code < 500 or attempt == hook.retries:
            raise _Refused(f"HTTP {r.status_code} after {attempt + 1} tries")


def _to_email(payload: dict[str, Any], mail: Email) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"[rasad] {payload['type']}: {payload['summary_en']}"
    msg["From"], msg["To"] = mail.sender, ", ".join(mail.to)
    msg.set_content(_email_text(payload))
    smtp_class = smtplib.SMTP_SSL if mail.security == "ssl" else smtplib.SMTP
    with smtp_class(mail.host, mail.port, timeout=mail.timeout) as smtp:
        if mail.security == "starttls":
            smtp.starttls()
        if mail.username:
            smtp.login(mail.username, os.environ.get(mail.password_env or "", ""))
        smtp.send_message(msg)


def _email_text(p: dict[str, Any]) -> str:
    place = p["place"]["name"] if p["place"] else "—"
    lines = [p["summary_en"] or p["type"], "",
             f"Type: {p['type']}" + (f" / {p['mode']}" if p["mode"] else "") + f" (CAMEO {p['cameo']})",
             f"Goldstein: {p['goldstein']}   Quad class: {p['quad_class']}",
             f"Date: {p['date'] or '—'}   Place: {place}", f"Sources: {p['num_sources']}",
             *[f"  - {s['outlet'] or '?'} {s['published'] or ''} {s['url'] or ''}".rstrip() for s in p["sources"]],
             f"Rules: {', '.join(p['rules'])}", "", p["link"]]
    return "\n".join(lines) + "\n"
