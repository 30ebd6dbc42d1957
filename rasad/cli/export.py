"""`rasad export ...` and `rasad fuse`: thin CLI over rasad.export and rasad.fuse."""

from __future__ import annotations

import datetime as dt
import sys

import click

from rasad.kb.scales import QUAD_CLASSES


def _date(_ctx, _param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter("use YYYY-MM-DD") from exc


@click.group()
def export() -> None:
    """Export events, the actor network or articles."""

def filters(f):
    """The event filters every export of events shares."""
    for opt in reversed([
        click.option("--since", callback=_date, help="First event date (YYYY-MM-DD)."),
        click.option("--until", callback=_date, help="Last event date (YYYY-MM-DD)."),
        click.option("--actor", help="Source or target: English or Persian name, or knowledge-base id."),
        click.option("--type", "etype", help="PLOVER type, e.g. CONSULT."),
        click.option("--outlet", help="Only events reported by this outlet."),
        click.option("--min-goldstein", type=click.FloatRange(-10, 10), help="Lowest Goldstein score (−10 … +10)."),
        click.option("--max-goldstein", type=click.FloatRange(-10, 10), help="Highest Goldstein score."),
        click.option("--quad-class", type=click.Choice(QUAD_CLASSES), help="PLOVER quad class."),
        click.option("--db", envvar="RASAD_DB", default=None, help="Database URL or SQLite path."),
        click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False)),
    ]):
        f = opt(f)
    return f

@export.command("events")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet", "plover"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default=None, help="File to write (default: standard output; required for parquet).")
@filters
def export_events(fmt, output, since, until, actor, etype, outlet, min_goldstein, max_goldstein, quad_class, db,
                  kb_dirs) -> None:
    """Fused events with all their reports."""
    from rasad.export.files import EventFilter, write_events
    from rasad.kb.knowledge import load_kb
    from rasad.store.store import Store

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    n = write_events(Store(db), load_kb(kb_dirs), fmt, output or sys.stdout,
                     EventFilter(since, until, actor, etype, outlet, min_goldstein, max_goldstein, quad_class))
    click.echo(f"{n} events", err=True)

@export.command("graph")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf"]), default="graphml", show_default=True)
@click.option("-o", "--output", required=True)
@filters
def export_graph(fmt, output, since, until, actor, etype, outlet, min_goldstein, max_goldstein, quad_class, db,
                 kb_dirs) -> None:
    """Actor network: actors as nodes, contacts as edges weighted by count, with first and last dates."""
    from rasad.export.files import EventFilter, write_graph
    from rasad.kb.knowledge import load_kb
    from rasad.store.store import Store

    flt = EventFilter(since, until, actor, etype, outlet, min_goldstein, max_goldstein, quad_class)
    nodes, edges = write_graph(Store(db), load_kb(kb_dirs), fmt, output, flt)
    click.echo(f"{nodes} actors, {edges} contacts → {output}", err=True)

@export.command("articles")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="jsonl", show_default=True)
@click.option("-o", "--output", default=None)
@click.option("--db", envvar="RASAD_DB", default=None)
def export_articles(fmt, output, db) -> None:
    """Stored articles with their cleaned text and annotations."""
    from rasad.export.files import write_articles
    from rasad.store.store import Store

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    n = write_articles(Store(db), fmt, output or sys.stdout)
    click.echo(f"{n} articles", err=True)

@click.command()
@click.option("--db", envvar="RASAD_DB", default=None)
@click.option("--kb", "kb_dirs", multiple=True, type=click.Path(exists=True, file_okay=False))
@click.option("--rebuild", is_flag=True, help="Forget all stories and fused events and fuse everything again.")
def fuse(db, kb_dirs, rebuild) -> None:
    """Fuse events that are not fused yet (or all of them again with --rebuild)."""
    from rasad.fuse.fusion import fuse_articles, refuse_all, unfused_article_ids
    from rasad.kb.knowledge import load_kb
    from rasad.store.store import Store

    store, kb = Store(db), load_kb(kb_dirs)
    if rebuild:
        r = refuse_all(store, kb)
    else:
        r = fuse_articles(store, unfused_article_ids(store), kb)
    click.echo(f"{r['fused']} new fused events, {r['joined']} reports joined existing ones, {r['stories']} stories")


def register(cli: click.Group) -> None:
    cli.add_command(export)
    cli.add_command(fuse)
