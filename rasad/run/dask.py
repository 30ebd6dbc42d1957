"""Annotation on a Dask cluster: ingest into a database, or write Parquet partitions to load later.

The client (this process) reads the inputs lazily, in batches, and submits one task per batch with a bounded number
of futures in flight, taking results back in input order. Workers load the knowledge base once per process, ask the
database (read-only) which articles are already stored, annotate the rest and — where they can reach the database
(PostgreSQL, or a SQLite file on this machine) — write their batch themselves, one transaction per batch (COPY on
PostgreSQL), so writing is spread over the cluster instead of one driver loop; article ids then follow the order in
which batches finish. Where they cannot (SQLite behind a remote scheduler) they return rows and the client writes
them in input order. Fusion steps run on the workers too, one
at a time, wherever the workers reach the database (PostgreSQL, or SQLite with a LocalCluster), so a cluster shares
fusion like annotation; the client records rejections, reports progress and fuses what is left at the end. The
stored content is the same as after a local ingest. Use PostgreSQL when the workers run elsewhere.

``annotate_to_parquet`` writes one row per article (the annotation record as JSON columns, plus ``content_hash`` and
``source``) into ``DIR/articles/part-NNNNN.parquet`` and the rejected and ignored inputs into
``DIR/rejections/part-NNNNN.parquet``; ``load_parquet`` imports such a folder into a store and fuses.

Layout of an articles partition (all strings unless noted):

=============  ==================================================================
content_hash   SHA-256 of the body (the article's key in the store)
source         the input it came from (file, ``file:line`` or ``file#url``)
doc            the record's ``doc`` field
published      ``meta.published`` (copied out for filtering)
outlet         ``meta.outlet``
title          ``meta.title``
n_events       int32, number of events
body           the cleaned, normalised body
meta           JSON: the record's ``meta`` object
entities       JSON list
roles          JSON list
events         JSON list
quotes         JSON list
=============  ==================================================================
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from rasad.errors import RasadError
from rasad.read.files import DEFAULT_MAX_BYTES, Ignored, read_inputs
from rasad.records import Annotation, Entity, Event, Meta, Quote, Rejection, Role
from rasad.run.batch import (
    FUSE_EVERY,
    BackgroundFuser,
    IngestReport,
    Outcome,
    _batched,
    fuse_step,
    in_flight,
    process_batch,
    skip_stored,
    write_articles,
    write_batches,
)
from rasad.run.parallel import sqlite_path
from rasad.store.store import Store

ARTICLE_COLUMNS = ("content_hash", "source", "doc", "published", "outlet", "title", "n_events", "body",
                   "meta", "entities", "roles", "events", "quotes")
JSON_COLUMNS = ("meta", "entities", "roles", "events", "quotes")
PARTITION_ROWS = 2048  # articles per Parquet file (each incoming batch is one row group)
_PART = re.compile(r"^part-(\d+)\.parquet$")


# --- the cluster ------------------------------------------------------------------------------------------------

@contextlib.contextmanager
def dask_client(scheduler: str | None = None, n_workers: int = 2):
    """A Client on ``scheduler`` (tcp://HOST:PORT), or on a LocalCluster of ``n_workers`` single-threaded processes."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
        raise RasadError("the Dask engine needs dask[distributed]: pip install 'dask[distributed]'") from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise RasadError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
        return
    # no dashboard; the scheduler's small HTTP server (health, metrics) on a free port, not on a busy 8787
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}, silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


# per worker process, one per URL: the database lookups and stores, with the identity of the SQLite file they
# opened (a worker outlives runs: a database file deleted and made anew since must be opened again, or its pooled
# connections go on reading and writing the deleted file)
_LOOKUPS: dict[str, tuple[Any, tuple | None]] = {}
_STORES: dict[str, tuple[Store, tuple | None]] = {}


def _file_identity(db_url: str) -> tuple | None:
    path = sqlite_path(db_url)
    try:
        st = os.stat(path) if path else None
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st else None


def _cached(cache: dict, db_url: str, make):
    """``make(db_url)``, kept per worker while the database file is the same one."""
    identity = _file_identity(db_url)
    found = cache.get(db_url)
    if found is None or found[1] != identity:
        cache[db_url] = found = (make(db_url), identity)
    return found[0]


def _store(db_url: str) -> Store:
    return _cached(_STORES, db_url, lambda url: Store(url, migrate=False))


def annotate_batch(batch: list, kb_dirs: list[str] | None = None, db_url: str | None = None,
                   as_rows: bool = False) -> list[Outcome]:
    """The task a Dask worker runs: ``process_batch`` with the (cached) knowledge base and database lookup."""
    from rasad.kb.knowledge import load_kb
    from rasad.run.parallel import make_lookup

    kb = load_kb(kb_dirs)  # cached per process
    lookup = None
    if db_url:
        lookup = _cached(_LOOKUPS, db_url, make_lookup)
    return process_batch(batch, kb, lookup, as_rows=as_rows)


def annotate_and_store(batch: list, kb_dirs: list[str] | None = None, db_url: str | None = None,
                       as_rows: bool = True) -> list[Outcome]:
    """The task when Dask workers write: annotate the batch, store its articles from this worker (one transaction
    per batch, :func:`rasad.run.batch.write_articles`) and return only what happened to each input."""
    outcomes = annotate_batch(batch, kb_dirs, db_url, as_rows=True)
    write_articles(_store(db_url), outcomes)
    return outcomes


def fuse_on_worker(article_ids: list[int] | None, kb_dirs: list[str] | None, db_url: str) -> int:
    """The task of one fusion step, run on a worker with its cached knowledge base and store
    (:func:`rasad.run.batch.fuse_step`)."""
    from rasad.kb.knowledge import load_kb

    return fuse_step(_store(db_url), article_ids, load_kb(kb_dirs))


class ClusterFuser(BackgroundFuser):
    """Fusion steps run on the cluster, one at a time, while the client goes on storing results: with one worker a
    step waits its turn, with more it overlaps — instead of a second core's worth of work in the client beside
    any cluster."""

    def __init__(self, client, kb_dirs: list[str] | None, db_url: str) -> None:
        super().__init__()
        self.client, self.kb_dirs, self.db_url = client, kb_dirs, db_url

    def _submit(self, article_ids: list[int] | None):
        # ahead of the queued annotation tasks: a step that waits lets unfused articles pile up for the end
        return self.client.submit(fuse_on_worker, article_ids, self.kb_dirs, self.db_url, pure=False, priority=10)

    def _release(self, future) -> None:
        future.release()


def _warm_worker(kb_dirs: list[str] | None) -> int:
    """On a worker: load the knowledge base and annotate a short text (matchers built, patterns compiled)."""
    from rasad.run import preload

    preload.warm(kb_dirs)
    return os.getpid()


def warm_workers(client, kb_dirs: list[str] | None = None) -> None:
    """Load the knowledge base on every worker of ``client`` now, all at once: a cluster kept for many ingests pays
    it once per worker process, not in each ingest's first tasks."""
    client.run(_warm_worker, list(kb_dirs) if kb_dirs else None)


def _local_cluster(client) -> bool:
    """Whether ``client`` runs a LocalCluster (its workers are on this machine and see its files)."""
    try:
        from dask.distributed import LocalCluster
    except ImportError:  # pragma: no cover - dask[distributed] is a dependency
        return False
    return isinstance(getattr(client, "cluster", None), LocalCluster)


def workers_reach(url: str, local: bool) -> bool:
    """Whether every worker can open the database: PostgreSQL (or another server), or a SQLite file when the
    cluster is a LocalCluster on this machine (``local``)."""
    return not url.startswith("sqlite") or (local and url != "sqlite:///:memory:")


def workers_can_write(url: str, local: bool) -> bool:
    """Workers write their batches themselves wherever they reach the database: PostgreSQL (COPY from each worker)
    or a SQLite file of a LocalCluster — one write lock, but held only for a batch's inserts or a fusion step's
    writes (a step plans in a read snapshot, :func:`rasad.run.batch.fuse_step`), so writing is spread over the
    workers instead of one loop in this process."""
    return workers_reach(url, local)


def _threads(client) -> int:
    try:
        return sum(client.nthreads().values())
    except Exception:  # noqa: BLE001 - a scheduler that cannot say: assume a small cluster
        return 0


def _in_order(client, items: Iterable, batch_size: int, kb_dirs: list[str] | None, db_url: str | None,
              max_in_flight: int | None = None, as_rows: bool = False,
              task: Callable = annotate_batch) -> Iterator[list[Outcome]]:
    """Submit ``task`` per batch, at most ``max_in_flight`` unfinished, and yield their outcomes in input order."""
    if max_in_flight is None:
        max_in_flight = max(4, 2 * _threads(client))
    pending: deque = deque()
    done = False
    try:
        for batch in _batched(items, max(1, batch_size)):
            # the batch goes to a worker as scattered data, not inside the task: a scheduler keeps what is
            # submitted with a task long after the task is released (memory grew ~8 KB per article that way)
            [data] = client.scatter([batch], hash=False)
            pending.append((data, client.submit(task, data, kb_dirs, db_url, as_rows, pure=False)))
            while len(pending) >= max_in_flight:
                data, future = pending.popleft()
                yield future.result()
                future.release()
                data.release()
        while pending:
            data, future = pending.popleft()
            yield future.result()
            future.release()
            data.release()
        done = True
    finally:
        if not done and pending:
            client.cancel([f for pair in pending for f in pair])


# --- ingest into a database ---------------------------------------------------------------------------------------

def ingest_dask(paths: Iterable[str], store: Store, kb_dirs: list[str] | None = None, scheduler: str | None = None,
                batch_size: int = 64, max_bytes: int = DEFAULT_MAX_BYTES, progress: Callable | None = None,
                fuse: bool = True, max_in_flight: int | None = None, n_workers: int = 2,
                write_in_workers: bool | None = None, fuse_every: int = FUSE_EVERY,
                fuse_on_workers: bool | None = None, client=None) -> IngestReport:
    """Like :func:`rasad.run.local.ingest`, with annotation on Dask workers.

    Each worker writes the batches it annotated (one transaction each) where it can reach the database
    (``workers_can_write``: PostgreSQL, or SQLite on a LocalCluster; ``write_in_workers`` forces the choice), so writing
    scales with the cluster; article ids then follow the order batches finish in, not the input order (the stored
    content is the same). Fusion steps — every ``fuse_every`` stored articles, and the last one — run on the workers
    wherever they reach the database (:class:`ClusterFuser`; ``fuse_on_workers`` forces the choice), else here;
    this process records rejections and reports progress. ``client``: a Dask client the caller keeps (e.g. on a
    LocalCluster warmed with :func:`warm_workers`) instead of connecting to ``scheduler`` or starting a cluster.
    """
    from rasad.kb.knowledge import load_kb

    kb_dirs = list(kb_dirs) if kb_dirs else None
    kb = load_kb(kb_dirs)  # here too: fails early on a bad knowledge base, and fusion needs it
    # a cluster started here, or the caller's LocalCluster, runs on this machine
    local = _local_cluster(client) if client is not None else scheduler is None
    if write_in_workers is None:
        write_in_workers = workers_can_write(store.url, local)
    report = IngestReport()
    items = skip_stored(read_inputs(paths, max_bytes=max_bytes), store, report, progress)
    given = contextlib.nullcontext(client) if client is not None else None
    with given or dask_client(scheduler, n_workers) as client:
        if max_in_flight is None:
            max_in_flight = in_flight(_threads(client), batch_size, fuse_every if fuse else 0)
        batches = _in_order(client, items, batch_size, kb_dirs, store.url, max_in_flight, as_rows=True,
                            task=annotate_and_store if write_in_workers else annotate_batch)
        if fuse_on_workers is None:
            fuse_on_workers = write_in_workers or workers_reach(store.url, local)
        fuser = ClusterFuser(client, kb_dirs, store.url) if fuse and fuse_on_workers else None
        write_batches(store, batches, report, kb, progress=progress, fuse=fuse, fuse_every=fuse_every, fuser=fuser)
    return report


# --- Parquet ---------------------------------------------------------------------------------------------------

def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def annotation_row(source: str, ann: Annotation) -> dict[str, Any]:
    record = ann.to_dict()
    meta = record["meta"]
    return {
        "content_hash": ann.content_hash, "source": source, "doc": ann.doc, "published": meta.get("published"),
        "outlet": meta.get("outlet"), "title": meta.get("title"), "n_events": len(ann.events), "body": ann.body,
        **{k: _dumps(record[k]) for k in JSON_COLUMNS},
    }


def _build(cls, data: dict[str, Any]):
    """A record dataclass from its dict, ignoring keys it does not know (newer writers may add some)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def annotation_from_row(row: dict[str, Any]) -> Annotation:
    """Rebuild the :class:`Annotation` written by :func:`annotation_row`."""
    meta = _build(Meta, json.loads(row["meta"]) or {})
    entities = []
    for e in json.loads(row["entities"]) or []:
        ent = _build(Entity, e)
        ent.mentions = [tuple(m) for m in ent.mentions]
        entities.append(ent)
    events = []
    for e in json.loads(row["events"]) or []:
        ev = _build(Event, e)
        ev.offsets = tuple(ev.offsets)
        events.append(ev)
    return Annotation(
        doc=row["doc"], meta=meta, body=row["body"], entities=entities,
        roles=[_build(Role, r) for r in json.loads(row["roles"]) or []], events=events,
        quotes=[_build(Quote, q) for q in json.loads(row["quotes"]) or []], content_hash=row["content_hash"],
    )


def _schemas():
    import pyarrow as pa

    articles = pa.schema([(c, pa.int32() if c == "n_events" else pa.string()) for c in ARTICLE_COLUMNS])
    rejections = pa.schema([("source", pa.string()), ("reason", pa.string()), ("detail", pa.string()),
                            ("kind", pa.string())])
    return articles, rejections


def _next_part(folder: Path) -> int:
    nums = [int(m.group(1)) for p in folder.glob("part-*.parquet") if (m := _PART.match(p.name))]
    return max(nums) + 1 if nums else 0


class _PartWriter:
    """Parquet files of at most ``rows`` rows in ``folder``, numbered on from what is already there."""

    def __init__(self, folder: Path, schema, rows: int = PARTITION_ROWS):
        self.folder, self.schema, self.rows = folder, schema, rows
        self.writer = None
        self.count = 0
        self.paths: list[str] = []

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not rows:
            return
        if self.writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            path = self.folder / f"part-{_next_part(self.folder):05d}.parquet"
            self.writer = pq.ParquetWriter(str(path), self.schema, compression="zstd")
            self.paths.append(str(path))
            self.count = 0
        self.writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))
        self.count += len(rows)
        if self.count >= self.rows:
            self.close()

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def annotate_to_parquet(inputs: Iterable[str], out_dir: str | Path, kb_dirs: list[str] | None = None,
                        scheduler: str | None = None, batch_size: int = 64, engine: str = "dask",
                        max_bytes: int = DEFAULT_MAX_BYTES, partition_rows: int = PARTITION_ROWS,
                        progress: Callable | None = None, n_workers: int = 2, workers: int = 1) -> dict[str, Any]:
    """Annotate ``inputs`` (engine ``dask`` or ``local``) into Parquet partitions under ``out_dir``.

    ``n_workers``: the size of the LocalCluster started when no ``scheduler`` is given (engine ``dask``);
    ``workers``: worker processes of the ``local`` engine (as ``rasad ingest --workers``).

    An article whose content hash was already written in this run is counted under ``duplicates`` and not written
    again. Returns counts and the files written.
    """
    if engine not in ("dask", "local"):
        raise ValueError(f"engine must be 'dask' or 'local', not {engine!r}")
    kb_dirs = list(kb_dirs) if kb_dirs else None
    out = Path(out_dir)
    art_schema, rej_schema = _schemas()
    articles = _PartWriter(out / "articles", art_schema, partition_rows)
    rejections = _PartWriter(out / "rejections", rej_schema, 1 << 62)
    summary: dict[str, Any] = {"articles": 0, "events": 0, "duplicates": 0, "rejections": 0, "ignored": 0}
    seen: set[str] = set()
    items = read_inputs(inputs, max_bytes=max_bytes)

    def consume(batches: Iterable[list[Outcome]]) -> None:
        for outcomes in batches:
            rows, rejected = [], []
            for o in outcomes:
                if o.annotation is not None:
                    if o.annotation.content_hash in seen:
                        summary["duplicates"] += 1
                        continue
                    seen.add(o.annotation.content_hash)
                    rows.append(annotation_row(o.source, o.annotation))
                    summary["events"] += len(o.annotation.events)
                elif o.rejection is not None:
                    r = o.rejection
                    rejected.append({"source": r.source, "reason": r.reason, "detail": r.detail, "kind": "rejected"})
                    summary["rejections"] += 1
                elif o.ignored is not None:
                    rejected.append({"source": o.ignored.source, "reason": o.ignored.reason, "detail": "",
                                     "kind": "ignored"})
                    summary["ignored"] += 1
            summary["articles"] += len(rows)
            articles.write(rows)
            rejections.write(rejected)
            if progress:
                for o in outcomes:
                    progress(o)

    try:
        if engine == "local" and workers > 1:
            from rasad.run.parallel import process_parallel

            consume(process_parallel(items, kb_dirs=kb_dirs, workers=workers, batch_size=batch_size))
        elif engine == "local":
            from rasad.kb.knowledge import load_kb

            kb = load_kb(kb_dirs)
            consume(process_batch(batch, kb) for batch in _batched(items, max(1, batch_size)))
        else:
            with dask_client(scheduler, n_workers) as client:
                consume(_in_order(client, items, batch_size, kb_dirs, None))
    finally:
        articles.close()
        rejections.close()
    summary["files"] = articles.paths + rejections.paths
    summary["out_dir"] = str(out)
    return summary


def load_parquet(directory: str | Path, store: Store, kb=None, batch_size: int = 64, fuse: bool = True,
                 progress: Callable | None = None) -> IngestReport:
    """Import partitions written by :func:`annotate_to_parquet` (one transaction per article), then fuse."""

    root = Path(directory)
    art_files = sorted((root / "articles").glob("part-*.parquet"))
    rej_files = sorted((root / "rejections").glob("part-*.parquet"))
    if not art_files and not rej_files:
        raise RasadError(f"{root}: no Parquet partitions (expected articles/part-*.parquet, rejections/part-*.parquet)")
    return write_batches(store, _parquet_outcomes(art_files, rej_files, batch_size), IngestReport(), kb,
                         progress=progress, fuse=fuse)


def _parquet_outcomes(art_files: list[Path], rej_files: list[Path], batch_size: int) -> Iterator[list[Outcome]]:
    """Outcomes read back from Parquet partitions, one list per row batch; a malformed row is a rejection."""
    import pyarrow.parquet as pq

    for path in art_files:
        n = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=max(1, batch_size)):
            outcomes = []
            for row in batch.to_pylist():
                n += 1
                where = f"{path}:{n}"
                try:
                    ann = annotation_from_row(row)
                    if not isinstance(ann.body, str) or len(ann.content_hash or "") != 64:
                        raise ValueError("no body or no SHA-256 content_hash")
                    outcomes.append(Outcome(row.get("source") or where, annotation=ann))
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    outcomes.append(Outcome(where, rejection=Rejection(where, "malformed",
                                                                       f"not an annotation row: {type(exc).__name__}: {exc}")))
            yield outcomes
    for path in rej_files:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=max(1, batch_size)):
            outcomes = []
            for row in batch.to_pylist():
                if row.get("kind") == "ignored":
                    outcomes.append(Outcome(row["source"], ignored=Ignored(row["source"], row["reason"])))
                else:
                    rej = Rejection(row["source"], row["reason"], row.get("detail") or "")
                    outcomes.append(Outcome(row["source"], rejection=rej))
            yield outcomes
