"""The ``chechnya-monitor`` command line: every command lives here.

Library errors (:mod:`crawler.errors`) become one-line ``click.ClickException`` messages; nothing else in the
project prints or exits.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from crawler import __version__
from crawler.config import load_config
from crawler.errors import MonitorError
from crawler.seeds import load_sources, select_sources

log = logging.getLogger("crawler")


def handle_errors(fn: Callable) -> Callable:
    """Turn the project's exceptions into clean CLI errors (exit code 1, no traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from None

    return wrapper


def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False), default=None,
        help="SQLite store (default data/monitor.db, env CHECHNYA_MONITOR_DB).",
    )(fn)  # fmt: skip


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per line).")(fn)


def config_option(fn: Callable) -> Callable:
    return click.option(
        "--config", "config_file", type=click.Path(dir_okay=False), default=None,
        help="Config file (TOML; default ./chechnya-monitor.toml if present, env CHECHNYA_MONITOR_CONFIG).",
    )(fn)  # fmt: skip


def open_store(config: dict[str, Any]):
    from storage.db import Store

    return Store(config["db"])


def print_rows(rows: list[dict[str, Any]], as_json: bool, columns: list[str]) -> None:
    """JSON lines, or an aligned text table of ``columns``."""
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo("(none)")
        return
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(max(len(c), *(len(r[i]) for r in cells)), 60) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    return str(value).replace("\n", " ")


@click.group()
@click.version_option(__version__, prog_name="chechnya-monitor")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """Follow coverage of the Chechnya reports; flag new official denials and confirmations."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    if verbose == 0:
        for noisy in ("scrapy", "twisted", "trafilatura", "htmldate", "charset_normalizer", "apscheduler"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


@cli.command()
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False), default=None,
              help="Sources file (default seeds/sources.toml).")  # fmt: skip
@click.option("--source", "source_names", multiple=True, help="Crawl only this source (repeatable).")
@db_option
@click.option(
    "--notify", multiple=True, help="Alert target URL (repeatable): http(s)://, file://, mailto://, ..."
)
@config_option
@handle_errors
def crawl(sources_file: str | None, source_names: tuple[str, ...], db: str | None, notify: tuple[str, ...],
          config_file: str | None) -> None:  # fmt: skip
    """Crawl sources once now and store new and changed articles.

    Example: chechnya-monitor crawl --source hrw-russia --db data/monitor.db
    """
    from crawler.crawling import crawl_once

    config = load_config(config_file, {"sources": sources_file, "db": db, "notify": list(notify)})
    sources = select_sources(load_sources(config["sources"]), source_names)
    open_store(config)  # fail fast with a clear message when the database is unwritable
    click.echo(f"crawling {len(sources)} source(s) into {config['db']}", err=True)
    summaries = crawl_once(config, sources, on_progress=_print_progress)
    columns = ["source", "status", "pages", "articles_new", "articles_changed", "not_modified", "errors"]
    print_rows([{c: s.get(c) for c in columns} for s in summaries], False, columns)


def _print_progress(progress: dict[str, dict[str, int]]) -> None:
    if not progress:
        return
    totals = {k: sum(p[k] for p in progress.values()) for k in ("pages", "new", "changed", "errors")}
    click.echo(
        f"  {len(progress)} crawling: {totals['pages']} pages, {totals['new']} new, "
        f"{totals['changed']} changed, {totals['errors']} errors",
        err=True,
    )


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, help="Maximum number of results.")
@db_option
@json_option
@handle_errors
def search(query: str, limit: int, db: str | None, as_json: bool) -> None:
    """Full-text search over article titles and text (SQLite FTS5 syntax).

    Example: chechnya-monitor search 'Karimov AND lies' --limit 5
    """
    rows = open_store(load_config(None, {"db": db})).search(query, limit)
    if as_json:
        print_rows(rows, True, [])
        return
    if not rows:
        click.echo("no matches")
    for row in rows:
        click.echo(f"#{row['id']} {row['published'] or '?'} [{row['source']}] {row['title']}\n  {row['url']}")
        click.echo(f"  {row['snippet']}\n")


@cli.command()
@click.option("--relevant", is_flag=True, help="Only articles relevant to the Chechnya reports.")
@click.option("--since", help="Published (or first seen) on or after this date (YYYY-MM-DD).")
@click.option("--source", help="Only articles from this source.")
@click.option("--limit", type=int, default=None, help="Maximum number of articles.")
@db_option
@json_option
@handle_errors
def articles(relevant: bool, since: str | None, source: str | None, limit: int | None, db: str | None,
             as_json: bool) -> None:  # fmt: skip
    """List stored articles, newest first.

    Example: chechnya-monitor articles --relevant --since 2017-04-01 --json
    """
    store = open_store(load_config(None, {"db": db}))
    rows = list(store.articles(relevant=relevant, since=since, source=source, limit=limit))
    print_rows(rows, as_json, ["id", "published", "source", "language", "relevant", "version", "title"])


@cli.command()
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False), default=None,
              help="Sources file (default seeds/sources.toml).")  # fmt: skip
@db_option
@json_option
@handle_errors
def sources(sources_file: str | None, db: str | None, as_json: bool) -> None:
    """Configured sources with their last crawl status.

    Example: chechnya-monitor sources --json
    """
    config = load_config(None, {"sources": sources_file, "db": db})
    configured = load_sources(config["sources"])
    status = {}
    if Path(config["db"]).exists():
        status = {row["name"]: row for row in open_store(config).source_status()}
    rows = []
    for source in configured:
        last = status.get(source.name, {})
        rows.append({
            "name": source.name, "kind": source.kind, "language": source.language, "url": source.url,
            "every": source.every, "last_run": last.get("last_run"), "last_status": last.get("last_status"),
            "pages": last.get("pages"), "new": last.get("articles_new"), "errors": last.get("errors"),
            "articles": last.get("articles"),
        })  # fmt: skip
    print_rows(
        rows, as_json, ["name", "kind", "language", "last_run", "last_status", "pages", "new", "errors"]
    )


def main() -> None:
    cli(prog_name="chechnya-monitor")
