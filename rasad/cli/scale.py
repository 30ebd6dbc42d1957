"""`rasad annotate-batch` (annotate many inputs into Parquet, locally or on Dask) and `rasad load` (Parquet → store).

``rasad ingest --engine dask`` lives in :mod:`rasad.cli` and calls :func:`rasad.run.dask.ingest_dask`.
"""

from __future__ import annotations

import json
import sys

import click


def register(cli: click.Group) -> None:
    @cli.command("annotate-batch")
    @click.argument("inputs", nargs=-1, required=True)
    @click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
                  help="Folder for the Parquet partitions (articles/ and rejections/ inside it).")
    @click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
    @click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default a LocalCluster.")
    @click.option("--workers", "-j", type=int, default=None,
                  help="Local engine: annotate in N processes (default 1). Dask engine without --scheduler: the "
                       "LocalCluster's worker processes (default 2).")
    @click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                  help="Extra knowledge-base folder (repeatable; env RASAD_KB).")
    @click.option("--batch-size", default=64, show_default=True)
    @click.option("--max-bytes", default=20 * 1024 * 1024, show_default=True, help="Largest article accepted, in bytes.")
    @click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
    def annotate_batch(inputs, out_dir, engine, scheduler, workers, kb_dirs, batch_size, max_bytes, as_json) -> None:
        """Annotate files and folders into Parquet partitions in DIR (import them with `rasad load DIR`)."""
        from rasad.run.dask import annotate_to_parquet

        if scheduler and engine != "dask":
            raise click.UsageError("--scheduler needs --engine dask")
        summary = annotate_to_parquet(inputs, out_dir, kb_dirs=list(kb_dirs), scheduler=scheduler,
                                      batch_size=batch_size, engine=engine, max_bytes=max_bytes, workers=workers or 1,
                                      n_workers=workers or 2)
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
        else:
            click.echo(f"annotated {summary['articles']} articles ({summary['events']} events), "
                       f"{summary['duplicates']} duplicates, {summary['rejections']} rejected, "
                       f"{summary['ignored']} ignored → {out_dir}")
        sys.exit(1 if summary["rejections"] else 0)

    @cli.command("load")
    @click.argument("directory", type=click.Path(exists=True, file_okay=False))
    @click.option("--db", "db", envvar="RASAD_DB", default=None,
                  help="Database URL or SQLite path (default: rasad.db in the user data folder; env RASAD_DB).")
    @click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                  help="Extra knowledge-base folder used by fusion (repeatable; env RASAD_KB).")
    @click.option("--batch-size", default=64, show_default=True)
    @click.option("--no-fuse", is_flag=True, help="Import only; do not fuse events.")
    @click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
    def load(directory, db, kb_dirs, batch_size, no_fuse, as_json) -> None:
        """Import the Parquet partitions in DIRECTORY (from `rasad annotate-batch`) into the database, then fuse."""
        from rasad.kb.knowledge import load_kb
        from rasad.run.dask import load_parquet
        from rasad.store.store import Store

        store = Store(db)
        report = load_parquet(directory, store, kb=load_kb(kb_dirs), batch_size=batch_size, fuse=not no_fuse)
        summary = {"stored": report.stored, "already_present": report.present, "events": report.events,
                   "rejections": len(report.failed), "ignored": len(report.ignored), "database": store.safe_url}
        if as_json:
            click.echo(json.dumps(summary, ensure_ascii=False, indent=1))
        else:
            click.echo(f"stored {report.stored}, already present {report.present}, "
                       f"{len(report.failed)} rejections recorded; {report.events} events → {store.safe_url}")
