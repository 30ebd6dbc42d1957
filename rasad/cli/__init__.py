"""The command line: a thin layer over the library. Library errors become messages and exit codes here.

Exit codes: 0 all went well; 1 some inputs failed (each named with its reason); 2 usage or configuration error;
3 an internal error (a bug).
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rasad import __version__
from rasad.errors import RasadError

console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def _db_option(f):
    return click.option("--db", "db", envvar="RASAD_DB", default=None,
                        help="Database URL or SQLite path (default: rasad.db in the user data folder; env RASAD_DB).")(f)


def _kb_option(f):
    return click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                        help="Extra knowledge-base folder layered over the packaged one (repeatable; env RASAD_KB).")(f)


def _store(db):
    from rasad.store.store import Store

    return Store(db)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasad")
def cli() -> None:
    """rasad: Persian news → event data (PLOVER/CAMEO), actors, quotes, fused across outlets."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@_kb_option
@click.option("--workers", "-j", default=1, show_default=True, help="Annotate in N processes (one writer).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default a LocalCluster.")
@click.option("--batch-size", default=64, show_default=True)
@click.option("--max-bytes", default=20 * 1024 * 1024, show_default=True, help="Largest article accepted, in bytes.")
@click.option("--time-budget", type=click.FloatRange(min=0), default=None, envvar="RASAD_TIME_BUDGET",
              help="Seconds one article may take to annotate before it is rejected as 'timeout' (default 30; "
                   "0: no limit; env RASAD_TIME_BUDGET).")
@click.option("--fuse-every", default=2048, show_default=True, type=click.IntRange(1),  # rasad.run.batch.FUSE_EVERY
              help="Fuse every N stored articles while ingesting (and all that is left at the end); larger steps "
                   "cost less per article, the workers go on meanwhile.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def ingest(paths, db, kb_dirs, workers, engine, scheduler, batch_size, max_bytes, time_budget, fuse_every, no_progress,
           as_json) -> None:
    """Read PATHS (files or folders: .txt .html .jsonl .warc, and .gz of these), annotate and store them."""
    import os

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if time_budget is not None:  # worker processes and local Dask workers inherit it
        os.environ["RASAD_TIME_BUDGET"] = str(time_budget)

    from rasad.kb.knowledge import load_kb
    from rasad.run.local import ingest as run_ingest

    store = _store(db)
    kb = load_kb(kb_dirs) if workers <= 1 and engine != "dask" else None  # else worker processes load their own
    show = not no_progress and not as_json and console.is_terminal
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[last]}"),
                        TimeElapsedColumn(), console=console, disable=not show, transient=True)
    with progress:
        task = progress.add_task("ingest", total=None, last="")

        def tick(outcome) -> None:
            progress.update(task, advance=1, last=Path(outcome.source).name[:40])

        if engine == "dask":
            from rasad.run.dask import ingest_dask

            report = ingest_dask(paths, store, kb_dirs=list(kb_dirs), scheduler=scheduler, batch_size=batch_size,
                                 max_bytes=max_bytes, progress=tick)
        else:
            report = run_ingest(paths, store, kb=kb, workers=workers, batch_size=batch_size, max_bytes=max_bytes,
                                progress=tick, kb_dirs=list(kb_dirs), fuse_every=fuse_every)
    repaired = store.warnings_of(report.article_ids)
    summary = {"stored": report.stored, "already_present": report.present, "failed": len(report.failed),
               "ignored": len(report.ignored), "repaired": len(repaired), "events": report.events,
               "database": store.safe_url, "failures": [asdict(f) for f in report.failed],
               "repairs": [{"source": s, "warnings": w} for s, w in repaired]}
    if as_json:
        out.print_json(json.dumps(summary, ensure_ascii=False))
    else:
        _print_summary(report, repaired, store.safe_url)
    sys.exit(1 if report.failed else 0)


def _print_summary(report, repaired: list[tuple[str, list[str]]], where: str) -> None:
    """The closing summary of ``rasad ingest``: counts, then every failed input and every repaired article."""
    out.print(f"stored {report.stored}, already present {report.present}, failed {len(report.failed)}"
              + (f", ignored {len(report.ignored)}" if report.ignored else "")
              + (f", repaired {len(repaired)}" if repaired else "") + f"; {report.events} events → {where}")
    for f in report.failed:
        out.print(f"  [red]failed[/red] {escape(f.source)}: {f.reason}" + (f" — {escape(f.detail)}" if f.detail else ""),
                  highlight=False)
    for source, warnings in repaired:
        out.print(f"  [yellow]repaired[/yellow] {escape(source)}: {escape('; '.join(warnings))}", highlight=False)


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one article per line.")
@click.option("--limit", default=None, type=int)
@click.option("--rejected", is_flag=True, help="List rejected inputs and their reasons instead.")
def articles(db, as_json, limit, rejected) -> None:
    """List stored articles (or rejected inputs)."""
    store = _store(db)
    rows = store.list_rejections() if rejected else store.list_articles(limit=limit)
    if as_json:
        for r in rows:
            out.out(json.dumps(r, ensure_ascii=False, default=str), highlight=False)
        return
    if rejected:
        table = Table("source", "reason", "detail", "seen")
        for r in rows:
            table.add_row(r["source"], r["reason"], r["detail"] or "", str(r["seen"]))
    else:
        table = Table("id", "published", "outlet", "cites", "title", "events", "source")
        for r in rows:
            table.add_row(str(r["id"]), r["published"] or "—", r["outlet"] or "—", ", ".join(r["cites"] or []),
                          (r["title"] or "")[:60], str(r["events"]), Path(r["source"]).name)
    out.print(table)
    s = store.summary()
    out.print(f"{s['articles']} articles, {s['events']} events, {s['fused_events']} fused events, "
              f"{s['quotes']} quotes, {s['rejections']} rejected inputs")


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@_kb_option
@click.option("--compact", is_flag=True, help="One line of JSON per article.")
@click.option("-o", "--output", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Write Parquet partitions to this folder instead of JSON to stdout (import with `rasad load`).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="With -o: annotate in this process pool or on a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default a LocalCluster.")
def annotate(inputs, kb_dirs, compact, out_dir, engine, scheduler) -> None:
    """Annotate article files and print each annotation record as JSON (or, with -o, write Parquet partitions)."""
    from rasad.annotate.document import annotate_document
    from rasad.kb.knowledge import load_kb
    from rasad.read.files import read_inputs
    from rasad.records import RawDocument, Rejection

    if out_dir:
        from rasad.run.dask import annotate_to_parquet

        summary = annotate_to_parquet(inputs, out_dir, kb_dirs=list(kb_dirs), scheduler=scheduler, engine=engine)
        click.echo(f"annotated {summary['articles']} articles ({summary['events']} events), {summary['rejections']} "
                   f"rejected → {out_dir}", err=True)
        sys.exit(1 if summary["rejections"] else 0)
    if engine == "dask" or scheduler:
        raise click.UsageError("--engine dask writes Parquet partitions: give -o DIR")
    kb = load_kb(kb_dirs)
    failed = False
    for item in read_inputs(inputs):
        if isinstance(item, Rejection):
            console.print(f"[red]failed[/red] {item.source}: {item.reason} — {item.detail}", highlight=False)
            failed = True
            continue
        if not isinstance(item, RawDocument):
            continue
        try:
            record = annotate_document(item, kb).to_dict()
        except RasadError as exc:
            console.print(f"[red]failed[/red] {item.source}: {exc}", highlight=False)
            failed = True
            continue
        record.pop("content_hash", None)
        click.echo(json.dumps(record, ensure_ascii=False, indent=None if compact else 1, default=str))
    sys.exit(1 if failed else 0)


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("articles_dir", type=click.Path(exists=True, file_okay=False))
@_kb_option
@click.option("--json", "as_json", is_flag=True)
@click.option("--verbose", "-v", is_flag=True, help="Per-document scores and what was missed.")
@click.option("--by-type", is_flag=True, help="Also strict event scores per PLOVER type.")
def eval_cmd(gold_dir, articles_dir, kb_dirs, as_json, verbose, by_type) -> None:
    """Score annotations of ARTICLES_DIR against the gold files in GOLD_DIR."""
    from rasad.evaluate import evaluate
    from rasad.kb.knowledge import load_kb

    report = evaluate(gold_dir, articles_dir, kb=load_kb(kb_dirs))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
        return
    t = report.totals()
    if verbose:
        for d in report.docs:
            out.print(f"[bold]{d.doc}[/bold] meta {d.meta.value:.2f} body {d.body.value:.2f} entities F1 {d.entities.f1:.2f} "
                      f"roles {d.roles.value:.2f} events strict F1 {d.events_strict.f1:.2f} lenient {d.events_lenient.f1:.2f} "
                      f"quotes F1 {d.quotes.f1:.2f}", highlight=False)
            for n in d.notes:
                out.print(f"   {n}", highlight=False)
    table = Table("part", "score", "detail", title=f"rasad eval: {len(report.docs)} documents")
    table.add_row("meta", f"{t['meta']:.3f}", "share of meta fields exact")
    table.add_row("body", f"{t['body']:.3f}", "share of body_includes found and body_excludes absent")
    table.add_row("entities", f"{t['entities_f1']:.3f}", f"F1 (P {t['entities_p']:.3f}, R {t['entities_r']:.3f})")
    table.add_row("roles", f"{t['roles']:.3f}", "share resolved to the right person")
    table.add_row("events strict", f"{t['events_strict_f1']:.3f}", f"F1 (P {t['events_strict_p']:.3f}, R {t['events_strict_r']:.3f})")
    table.add_row("events lenient", f"{t['events_lenient_f1']:.3f}", f"F1 (P {t['events_lenient_p']:.3f}, R {t['events_lenient_r']:.3f})")
    table.add_row("event dates", f"{t['event_date_accuracy']:.3f}", "accuracy over matched events")
    table.add_row("event places", f"{t['event_place_accuracy']:.3f}", "accuracy over matched events")
    table.add_row("quotes", f"{t['quotes_f1']:.3f}", f"F1 (P {t['quotes_p']:.3f}, R {t['quotes_r']:.3f})")
    out.print(table)
    if by_type:
        types = Table("type", "gold", "coded", "hit", "missed", "false", "F1", title="events per type (strict)")
        for name, c in report.by_type().items():
            types.add_row(name, *(str(c[k]) for k in ("gold", "coded", "tp", "fn", "fp")), f"{c['f1']:.3f}")
        out.print(types)


@cli.group()
def kb() -> None:
    """The knowledge base: check files, count entries, import Wikidata, suggest unknown names."""


@kb.command("check")
@click.argument("dirs", nargs=-1, type=click.Path(exists=True, file_okay=False))
def kb_check(dirs) -> None:
    """Validate the packaged knowledge base and any user folders DIRS layered over it."""
    from rasad.kb.knowledge import _load_cached, check

    kbase = _load_cached(tuple(str(d) for d in dirs))
    problems = check(kbase)
    persons = sum(1 for a in kbase.actors.values() if a.type == "PERSON")
    out.print(f"{len(kbase.actors)} actors ({persons} persons), {len(kbase.places)} places, {len(kbase.outlets)} outlets, "
              f"{len(kbase.titles)} titles from {len(kbase.sources)} files")
    for p in problems:
        out.print(f"  [yellow]problem[/yellow] {p}", highlight=False)
    sys.exit(1 if problems else 0)


@kb.command("stats")
@_kb_option
@click.option("--json", "as_json", is_flag=True, help="Print every count as JSON.")
@click.option("--countries", default=15, show_default=True, help="Countries listed in the table.")
def kb_stats_cmd(kb_dirs, as_json, countries) -> None:
    """Counts: actors by type, states with Persian names, persons with dated positions, places with coordinates,
    and the countries with most entries."""
    from rasad.kb.knowledge import load_kb
    from rasad.kb.stats import kb_stats

    s = kb_stats(load_kb(kb_dirs))
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    table = Table("count", "value", title="rasad knowledge base")
    for key in ("actors", "persons", "persons_with_dated_positions", "organisations", "states",
                "states_with_persian_names", "states_with_adjectives", "places", "places_with_coordinates",
                "outlets", "titles", "files"):
        table.add_row(key.replace("_", " "), f"{s[key]:,}")
    for key in ("actors_by_source", "places_by_source", "places_by_kind"):
        table.add_row(key.replace("_", " "), ", ".join(f"{k} {v:,}" for k, v in s[key].items()))
    out.print(table)
    by_country = Table("country", "persons", "organisations", "states", "places", title="by country (most entries)")
    for code, n in list(s["by_country"].items())[:countries]:
        by_country.add_row(code, *(f"{n.get(k, 0):,}" for k in ("PERSON", "ORG", "STATE", "PLACE")))
    out.print(by_country)


@kb.command("import-wikidata")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Knowledge-base folder to write (load it with --kb DIR).")
@click.option("--lang", default="fa", show_default=True,
              help="Import only entities with a label or alias in this language; 'any' imports all.")
@click.option("--no-progress", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the import report as JSON.")
def kb_import_wikidata(dump, out_dir, lang, no_progress, as_json) -> None:
    """Stream a Wikidata JSON dump (latest-all.json.gz or .bz2, or a subset in that shape) into a knowledge-base
    folder: people with positions held and their dates, organisations, places with coordinates."""
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from rasad.kb.wikidata import import_wikidata

    show = not no_progress and not as_json and console.is_terminal
    progress = Progress(TextColumn("[bold]wikidata"), BarColumn(), DownloadColumn(), TimeElapsedColumn(),
                        TimeRemainingColumn(), console=console, disable=not show, transient=True)
    with progress:
        task = progress.add_task("import", total=None)
        report = import_wikidata(dump, out_dir, lang=None if lang == "any" else lang,
                                 progress=lambda done, total: progress.update(task, completed=done, total=total))
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        out.print(f"{report.lines:,} lines, {report.entities:,} entities read in {report.seconds:.1f} s → "
                  f"{report.persons:,} persons ({report.positions:,} positions held), {report.organisations:,} "
                  f"organisations, {report.places:,} places; {report.already_curated:,} already curated, "
                  f"{report.skipped:,} without English and Persian names; {report.bad:,} bad lines → {out_dir}",
                  highlight=False)
        for line in report.bad_lines:
            out.print(f"  [yellow]bad[/yellow] {line}", highlight=False)
        if report.bad > len(report.bad_lines):
            out.print(f"  … all {report.bad:,} in {Path(out_dir) / 'wikidata-bad-lines.tsv'}", highlight=False)


@kb.command("suggest")
@_db_option
@click.option("--limit", default=30, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the suggestions as JSON.")
def kb_suggest(db, limit, as_json) -> None:
    """People found but not in the knowledge base, those in most events and quotes first, then most articles, with
    their Persian form, the country and sector their office gives and an example sentence, to add as actors."""
    from rasad.export.suggest import suggest_unknown

    rows = suggest_unknown(_store(db), limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table("name", "Persian", "events", "quotes", "articles", "country", "sector", "example")
    for r in rows:
        table.add_row(r["name"], r["persian"], str(r["events"]), str(r["quotes"]), str(r["articles"]),
                      r["country"] or "", r["sector"] or "", r["example"][:120])
    out.print(table)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except RasadError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
    except Exception:  # a bug: exit 3, so that it never reads as "some inputs failed" (1)
        console.print_exception()
        console.print("[red]internal error[/red]: this is a bug in rasad; what was stored so far is consistent",
                      highlight=False)
        sys.exit(3)


def _register_extensions() -> None:
    """Commands that live in their own modules (export, scale-out engines, web server, watcher) join the group here."""
    from rasad.cli import export, scale, serve, watch

    for module in (serve, scale, export, watch):
        module.register(cli)


_register_extensions()


if __name__ == "__main__":
    main()
