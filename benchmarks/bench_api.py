"""Load on the HTTP API of a real `rasad serve` process: requests/s and latency percentiles under concurrency.

    python benchmarks/bench_api.py --db URL [--requests 2000] [--concurrency 20] [--distinct 400] [--kinds K,...]
                                   [--seed 7] [--json]

Starts `rasad serve` on 127.0.0.1 (a free port, read-only) over the database, builds ``--distinct`` request URLs
from the database's own actors, outlets and dates — the events list with an actor filter (ids, English and Persian
names, one-letter names), with types, date windows, outlets and text; the network; statistics; actor pages — then
sends ``--requests`` requests drawn from them at random, ``--concurrency`` at a time over keep-alive connections,
after one warm-up request per URL kind. Reports per kind and overall: requests/s, p50/p95/p99 in ms, and any
non-200 answer; then the server's CPU time per request and the load average. ``--distinct`` equal to
``--requests`` makes every request a new URL (nothing answered twice). The load generator runs on the same machine as the server, so both share its cores.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

from _common import report

KINDS = ("events+actor", "events", "graph", "stats", "actor")


def _sample(db_url: str) -> dict:
    """Actors, outlets and the date range of the database, to build realistic filters from."""
    import sqlalchemy as sa

    from rasad.kb import load_kb
    from rasad.store.schema import articles, event_actors, events
    from rasad.store.store import Store

    kb = load_kb()
    store = Store(db_url)
    with store.engine.connect() as conn:
        top = [k for k, _ in conn.execute(sa.select(event_actors.c.actor, sa.func.count()).where(
            event_actors.c.event_id.is_not(None)).group_by(event_actors.c.actor)
            .order_by(sa.func.count().desc()).limit(60))]
        outlets = list(conn.execute(sa.select(articles.c.outlet).where(articles.c.outlet.is_not(None))
                                    .group_by(articles.c.outlet).order_by(sa.func.count().desc()).limit(15)).scalars())
        lo, hi = conn.execute(sa.select(sa.func.min(events.c.date), sa.func.max(events.c.date))).one()
    store.engine.dispose()
    ids = [k for k in top if not k.startswith("name:")]
    names = [kb.actors[k].name for k in ids if k in kb.actors]
    persian = [kb.actors[k].fa[0] for k in ids if k in kb.actors and kb.actors[k].fa]
    return {"ids": ids, "names": names, "persian": persian, "outlets": outlets, "lo": lo, "hi": hi}


def _filters(rng: random.Random, s: dict) -> dict:
    """A random mix of the event filters (each present about half the time)."""
    import datetime as dt

    from rasad.web.queries import PLOVER_TYPES

    f: dict[str, str] = {}
    if rng.random() < 0.5:
        f["type"] = ",".join(rng.sample(PLOVER_TYPES[:12], rng.choice([1, 1, 2])))
    if rng.random() < 0.4 and s["lo"] and s["hi"]:
        lo, hi = (d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)[:10]) for d in (s["lo"], s["hi"]))
        start = lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))
        f["since"], f["until"] = start.isoformat(), (start + dt.timedelta(days=rng.choice([7, 30, 90, 365]))).isoformat()
    if rng.random() < 0.2 and s["outlets"]:
        f["outlet"] = rng.choice(s["outlets"])
    if rng.random() < 0.1:
        f["q"] = rng.choice(["Tehran", "Doha", "Gaza", "حمله", "دیدار"])
    return f


def _actor(rng: random.Random, s: dict) -> str:
    pool = rng.choice([s["ids"], s["names"], s["persian"], ["a", "i", "e", "ی", "ا"]])
    return rng.choice(pool or s["ids"])


def build_urls(s: dict, n: int, seed: int, kinds: tuple[str, ...] = KINDS) -> list[tuple[str, str]]:
    """``n`` distinct (kind, path?query) pairs of the given kinds."""
    rng = random.Random(seed)
    weights = {k: w for k, w in {"events+actor": 4, "events": 2, "graph": 1, "stats": 1, "actor": 2}.items()
               if k in kinds}
    seen: dict[str, str] = {}
    while len(seen) < n:
        kind = rng.choices(list(weights), list(weights.values()))[0]
        f = _filters(rng, s)
        if kind == "events+actor":
            path, f["actor"] = "/api/events", _actor(rng, s)
        elif kind == "events":
            path = "/api/events"
            f["page"] = str(rng.choice([1, 1, 1, 2, 5]))
        elif kind in ("graph", "stats"):
            path = f"/api/{kind}"
            if rng.random() < 0.4:
                f["actor"] = _actor(rng, s)
        else:
            path, f = f"/api/actors/{urllib.parse.quote(rng.choice(s['ids']))}", {}
        seen.setdefault(path + ("?" + urllib.parse.urlencode(f) if f else ""), kind)
    return [(k, u) for u, k in seen.items()]


def serve(db_url: str, port: int) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "RASAD_TOKEN"}
    proc = subprocess.Popen([sys.executable, "-m", "rasad.cli", "serve", "--db", db_url, "--port", str(port),
                             "--log-level", "error"], env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api", timeout=5)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("rasad serve did not start")


def load(port: int, urls: list[tuple[str, str]], total: int, concurrency: int, seed: int) -> tuple[list, float]:
    """Send ``total`` requests drawn from ``urls``, ``concurrency`` at a time; (kind, ms, status) each, and seconds."""
    rng = random.Random(seed + 1)
    plan = [rng.choice(urls) for _ in range(total)] if len(urls) < total else urls[:total]
    results: list[tuple[str, float, int]] = []
    lock, nxt = threading.Lock(), iter(plan)

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while True:
            with lock:
                item = next(nxt, None)
            if item is None:
                break
            kind, url = item
            t = time.perf_counter()
            try:
                status = _get(conn, url)
            except (ConnectionError, http.client.HTTPException):  # the server closed a kept-alive connection
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                status = _get(conn, url)
            with lock:
                results.append((kind, (time.perf_counter() - t) * 1000, status))
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results, time.perf_counter() - t0


def server_cpu(server: subprocess.Popen) -> float:
    """CPU seconds the server process has used (user + system, all threads): per request, a cost that does not
    depend on what else the machine runs, unlike latencies."""
    import psutil

    t = psutil.Process(server.pid).cpu_times()
    return t.user + t.system


def _get(conn: http.client.HTTPConnection, url: str) -> int:
    conn.request("GET", url)
    res = conn.getresponse()
    res.read()
    return res.status


def _pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def summarise(results: list, seconds: float) -> dict:
    out = {}
    for kind in (*KINDS, "all"):
        ms = [r[1] for r in results if kind in ("all", r[0])]
        if not ms:
            continue
        out[kind] = {"requests": len(ms), "rps": round(len(ms) / seconds, 1),
                     "p50": round(_pct(ms, 50), 1), "p95": round(_pct(ms, 95), 1), "p99": round(_pct(ms, 99), 1),
                     "errors": sum(1 for r in results if kind in ("all", r[0]) and r[2] != 200)}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--distinct", type=int, default=400, help="distinct URLs the requests are drawn from")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"URL kinds to request, of {', '.join(KINDS)}")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    from tests.web_fixtures import free_port

    kinds = tuple(k for k in args.kinds.split(",") if k in KINDS)
    urls = build_urls(_sample(args.db), args.distinct, args.seed, kinds)
    port = free_port()
    server = serve(args.db, port)
    try:
        for kind in kinds:  # one warm-up request per kind: imports, knowledge base, connection pool
            urllib.request.urlopen(f"http://127.0.0.1:{port}{next(u for k, u in urls if k == kind)}", timeout=300)
        cpu = server_cpu(server)
        results, seconds = load(port, urls, args.requests, args.concurrency, args.seed)
        cpu = server_cpu(server) - cpu
    finally:
        server.terminate()
        server.wait(timeout=30)
    stats = summarise(results, seconds)
    rows = [(k, f"{v['requests']:>5} req  {v['rps']:>6} req/s  p50 {v['p50']:>7} ms  p95 {v['p95']:>7} ms  "
                f"p99 {v['p99']:>7} ms  errors {v['errors']}") for k, v in stats.items()]
    cpu_ms = round(1000 * cpu / len(results), 2)
    rows.append(("server", f"CPU {cpu_ms} ms per request; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"))
    report(f"API load: {args.requests} requests, {args.concurrency} concurrent, {len(urls)} distinct URLs "
           f"({', '.join(kinds)})",
           rows, {"db": args.db, "requests": args.requests, "concurrency": args.concurrency,
                  "distinct": len(urls), "seconds": round(seconds, 1), "results": stats,
                  "server_cpu_ms_per_request": cpu_ms, "load_average": os.getloadavg()}, args.json)


if __name__ == "__main__":
    main()
