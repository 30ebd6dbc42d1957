"""`rasad ingest --workers N`: worker processes annotate, one writer stores; the result equals a one-process run."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from rasad.run.local import ingest
from rasad.store.store import Store
from tests.snapshots import CORPUS, EVENTS, SHARED, snapshot


def _inputs(tmp_path: Path) -> list[str]:
    """The project's articles, plus a copy of one of them under another name and two inputs that are rejected."""
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(CORPUS / "001_isna_phone_call.txt", extra / "copy_of_001.txt")
    (extra / "empty.txt").write_text("")
    (extra / "not_an_article.txt").write_text("سلام\n")
    paths = [str(CORPUS), str(EVENTS), str(extra)]
    if (SHARED / "seeds").is_dir():
        paths.append(str(SHARED / "seeds"))
    return paths


def test_workers_store_exactly_what_one_process_stores(tmp_path, db_url):
    paths = _inputs(tmp_path)
    one_url = f"sqlite:///{tmp_path / 'one.db'}"
    one = ingest(paths, Store(one_url), workers=1, batch_size=8)
    two = ingest(paths, Store(db_url), workers=2, batch_size=8)  # several batches in flight at once

    assert one.stored >= 40 and one.events > 0
    assert (two.stored, two.present, two.events, len(two.ignored)) == (one.stored, one.present, one.events, len(one.ignored))
    assert one.present == 1  # the copy of 001 under another name
    assert sorted((f.source, f.reason) for f in two.failed) == sorted((f.source, f.reason) for f in one.failed)
    assert {f.reason for f in one.failed} == {"empty"}

    a, b = snapshot(one_url), snapshot(db_url)
    assert [x[0] for x in b["articles"]] == [x[0] for x in a["articles"]]  # same articles in the same id order
    assert b["articles"] == a["articles"]
    assert len(a["events"]) == one.events
    assert b["events"] == a["events"]
    assert b["quotes"] == a["quotes"] and a["quotes"]
    assert b["fused"] == a["fused"]
    assert b["rejections"] == a["rejections"]

    # a re-run finds everything stored: the workers skip it (their own read-only lookups) and nothing is added
    again = ingest(paths, Store(db_url), workers=2, batch_size=8)
    assert again.stored == 0 and again.events == 0
    assert again.present == one.stored + one.present
    assert snapshot(db_url)["events"] == a["events"]


def test_process_parallel_keeps_order_and_reads_lazily(tmp_path):
    from rasad.read import read_inputs
    from rasad.run.batch import Outcome
    from rasad.run.parallel import process_parallel

    items = list(read_inputs(_inputs(tmp_path)))
    pulled = 0

    def source():
        nonlocal pulled
        for item in items:
            pulled += 1
            yield item

    seen: list[Outcome] = []
    most_ahead = 0
    for batch in process_parallel(source(), workers=2, batch_size=3, max_in_flight=2):
        seen.extend(batch)
        most_ahead = max(most_ahead, pulled - len(seen))
    assert [o.source for o in seen] == [getattr(i, "source", None) for i in items]
    # bounded: never more than (in flight + the batch being filled) × batch size items read ahead
    assert most_ahead <= 3 * 3
    assert sum(o.annotation is not None for o in seen) >= 40


def test_fusion_steps_of_a_parallel_run_give_what_one_step_gives(tmp_path, db_url, monkeypatch):
    """Fusion every 8 stored articles while workers annotate — run in the worker pool while the writer goes on
    storing (on SQLite each step planned in a read snapshot, written under the write lock) — gives the stories and
    fused events of one process fusing once at the end."""
    from rasad.fuse.compare import fusion_state
    from rasad.run import parallel

    paths = _inputs(tmp_path)
    one_url = f"sqlite:///{tmp_path / 'one.db'}"
    ingest(paths, Store(one_url), workers=1, batch_size=8, fuse_every=10**6)
    fusers: list = []
    init = parallel.PoolFuser.__init__

    def remember(self, *args) -> None:
        init(self, *args)
        fusers.append(self)

    monkeypatch.setattr(parallel.PoolFuser, "__init__", remember)
    ingest(paths, Store(db_url), workers=2, batch_size=8, fuse_every=8)

    a, b = fusion_state(one_url), fusion_state(db_url)
    assert a["fused events"] and a["stories"]
    assert not b["unfused events"] and not b["articles without a story"]
    assert b == a
    if parallel.pool_fuses(Store(db_url).url):
        [fuser] = fusers
        assert len(fuser.ran_in) >= 3  # steps along the way and the last one
        assert os.getpid() not in fuser.ran_in  # all in worker processes
    else:
        assert not fusers


def test_the_writer_of_a_parallel_run_loads_no_knowledge_base(tmp_path, db_url, monkeypatch):
    """Workers annotate and fuse with their own knowledge base: the writer needs none (about 350 MB less)."""
    import rasad.kb.knowledge

    def no_kb_here(*args, **kwargs):
        raise AssertionError("the writer loaded a knowledge base")

    monkeypatch.setattr(rasad.kb.knowledge, "load_kb", no_kb_here)  # (the run modules import it where they use it)
    report = ingest(_inputs(tmp_path), Store(db_url), workers=2, batch_size=8, fuse_every=16)
    assert report.stored > 10 and report.events > 10
