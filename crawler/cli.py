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


@cli.command()
@click.option("--sources", "sources_file", type=click.Path(dir_okay=False), default=None,
              help="Sources file (default seeds/sources.toml).")  # fmt: skip
@db_option
@click.option("--notify", multiple=True, help="Alert target URL (repeatable).")
@config_option
@handle_errors
def schedule(
    sources_file: str | None, db: str | None, notify: tuple[str, ...], config_file: str | None
) -> None:
    """Run the scheduler: crawl each source at its interval until stopped (SIGTERM or Ctrl-C).

    Example: chechnya-monitor schedule --notify https://example.org/hook
    """
    from scheduler.service import SchedulerService

    config = load_config(config_file, {"sources": sources_file, "db": db, "notify": list(notify)})
    sources = load_sources(config["sources"])
    open_store(config).close()

    def report(run: dict[str, Any]) -> None:
        click.echo(
            f"{run.get('finished_at', '?')} {run['source']}: {run.get('status')}, {run.get('pages', 0)} pages, "
            f"{run.get('articles_new', 0)} new, {run.get('articles_changed', 0)} changed, {run.get('errors', 0)} errors",
            err=True,
        )

    click.echo(f"scheduling {len(sources)} source(s) on {config['db']} (Ctrl-C to stop)", err=True)
    SchedulerService(config, sources, on_run=report).run()
    click.echo("scheduler stopped", err=True)


@cli.command()
@click.option("--stance", type=click.Choice(["denial", "confirmation", "neutral"]), help="Only this stance.")
@click.option("--new", "new_only", is_flag=True, help="Only first appearances (no repeats).")
@click.option(
    "--official", is_flag=True, help="Only speakers who speak for a state or intergovernmental body."
)
@click.option("--actor", help="Only this actor id (see seeds/actors.toml).")
@click.option("--kind", type=click.Choice(["government", "intergovernmental", "court", "ngo", "media", "person"]),
              help="Only speakers of this kind.")  # fmt: skip
@click.option("--since", help="Articles published (or statements first seen) on or after this date.")
@click.option("--limit", type=int, default=None, help="Maximum number of statements.")
@db_option
@json_option
@handle_errors
def statements(stance: str | None, new_only: bool, official: bool, actor: str | None, kind: str | None,
               since: str | None, limit: int | None, db: str | None, as_json: bool) -> None:  # fmt: skip
    """List statements found in stored articles, newest first.

    Example: chechnya-monitor statements --stance denial --new --official
    """
    from storage.statements import list_statements

    store = open_store(load_config(None, {"db": db}))
    rows = list_statements(
        store,
        stance=stance,
        new=new_only,
        official=official,
        actor=actor,
        kind=kind,
        since=since,
        limit=limit,
    )
    if as_json:
        print_rows(rows, True, [])
        return
    if not rows:
        click.echo("(none)")
    for row in rows:
        flags = ("NEW " if row["is_new"] else "repeat ") + ("REMOVED " if row["status"] == "removed" else "")
        who = row["actor_name"] or row["speaker"]
        click.echo(f"#{row['id']} {flags}{row['stance'].upper()} {who} ({row['actor_kind'] or '?'})")
        click.echo(f"  \u201c{row['quote']}\u201d")
        click.echo(f"  {row['published'] or '?'} [{row['source']}] {row['title']}\n  {row['url']}\n")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--text", "is_text", is_flag=True, help="Inputs are plain text, not HTML.")
@click.option("--url", help="The URL the document came from (recorded in the output).")
@click.option("--lang", "language", help="Language of the inputs (default: the page's, or detected).")
@config_option
@handle_errors
def analyze(paths: tuple[str, ...], is_text: bool, url: str | None, language: str | None,
            config_file: str | None) -> None:  # fmt: skip
    """Analyse HTML files (or text with --text; - for stdin) and print one JSON object per input.

    Nothing is stored. Example: chechnya-monitor analyze page1.html page2.html
    """
    from crawler.documents import analyze_documents, read_inputs

    config = load_config(config_file)
    try:
        documents = read_inputs(list(paths), is_text, url, language)
    except OSError as exc:
        raise click.ClickException(f"cannot read {exc.filename}: {exc.strerror}") from None
    for result in analyze_documents(documents, config["keywords"], config["actors"]):
        click.echo(json.dumps(result, ensure_ascii=False))


@cli.command()
@click.option("--source", help="Only articles from this source.")
@db_option
@config_option
@handle_errors
def reanalyze(source: str | None, db: str | None, config_file: str | None) -> None:
    """Re-score relevance and re-find statements in stored articles after editing seeds/.

    Idempotent: known statements keep their first-seen time. Example: chechnya-monitor reanalyze
    """
    from crawler.reanalysis import reanalyze as run

    config = load_config(config_file, {"db": db})
    report = run(open_store(config), config["keywords"], config["actors"], source)
    click.echo(
        f"{report.articles} articles re-analysed: {report.relevant} relevant, "
        f"{report.statements_kept} statements kept, {report.statements_added} added"
    )


@cli.group(invoke_without_command=True)
@click.option("--pending", is_flag=True, help="Only alerts not yet delivered to every target.")
@click.option("--limit", type=int, default=50, show_default=True, help="Maximum number of alerts.")
@db_option
@json_option
@click.pass_context
@handle_errors
def alerts(ctx: click.Context, pending: bool, limit: int, db: str | None, as_json: bool) -> None:
    """List alerts and their delivery status; subcommands send and test.

    Example: chechnya-monitor alerts --pending
    """
    if ctx.invoked_subcommand is not None:
        return
    from storage.alerts import list_alerts

    rows = list_alerts(open_store(load_config(None, {"db": db})), pending=pending, limit=limit)
    if as_json:
        print_rows(rows, True, [])
        return
    if not rows:
        click.echo("(none)")
    for row in rows:
        payload = row["payload"]
        states = ", ".join(f"{d['target']}: {d['status']}" for d in row["deliveries"]) or "no targets yet"
        click.echo(f"{row['created_at']} {row['event'].upper()} {row['stance']} by {payload['speaker']} "
                   f"({row['actor'] or row['actor_kind']})  [{states}]")  # fmt: skip
        for quote in payload["quotes"]:
            click.echo(f"  \u201c{quote}\u201d")
        click.echo(f"  {payload['article']['title']} - {payload['article']['url']}")


@alerts.command("send")
@db_option
@click.option("--notify", multiple=True, help="Alert target URL (repeatable; default: the config's).")
@config_option
@handle_errors
def alerts_send(db: str | None, notify: tuple[str, ...], config_file: str | None) -> None:
    """Deliver pending alerts now (retries failed deliveries).

    Example: chechnya-monitor alerts send --notify file:///tmp/alerts.jsonl
    """
    from crawler.notify import deliver_pending

    config = load_config(config_file, {"db": db, "notify": list(notify)})
    if not config["notify"]:
        raise click.ClickException("no alert targets: give --notify URL or set notify in the config")
    report = deliver_pending(config["db"], list(config["notify"]))
    click.echo(f"{report.delivered} delivered, {report.failed} failed, {report.pending} still pending")


@alerts.command("test")
@click.argument("url")
@handle_errors
def alerts_test(url: str) -> None:
    """Send a sample alert to URL to check a target works.

    Example: chechnya-monitor alerts test mailto://user:pass@smtp.example.org?to=me@example.org
    """
    from crawler.notify import send_test

    send_test(url)
    click.echo(f"sample alert sent to {url.split('@')[-1] if '@' in url else url}")


@cli.command()
@click.option("--db", "db", type=click.Path(dir_okay=False), default="data/demo.db", show_default=True,
              help="Where to leave the demo store.")  # fmt: skip
@click.option(
    "--day-seconds", type=float, default=4.5, show_default=True, help="Real seconds per simulated day."
)
@click.option("--no-report", is_flag=True, help="Do not write the HTML report at the end.")
@handle_errors
def demo(db: str, day_seconds: float, no_report: bool) -> None:
    """Replay a week of a developing story offline and watch alerts fire (under a minute).

    Example: chechnya-monitor demo --db data/demo.db
    """
    from crawler.demo.run import run_demo

    report_dir = None if no_report else Path(db).parent / f"{Path(db).stem}-report"
    run_demo(Path(db), click.echo, day_seconds=day_seconds, report_dir=report_dir)


@cli.command()
@db_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="data/report", show_default=True,
              help="Folder for index.html and timeline.png.")  # fmt: skip
@handle_errors
def report(db: str | None, out_dir: str) -> None:
    """Write a self-contained HTML report (and a PNG timeline) of denials and confirmations.

    Example: chechnya-monitor report --db data/demo.db --out data/report
    """
    from crawler.report import write_report

    config = load_config(None, {"db": db})
    if not Path(config["db"]).exists():
        raise click.ClickException(f"no database at {config['db']} (run a crawl or `make demo` first)")
    click.echo(f"report written to {write_report(config['db'], out_dir)}")


@cli.command()
@db_option
@click.option("--port", type=int, default=8001, show_default=True, help="Port on 127.0.0.1.")
@handle_errors
def serve(db: str | None, port: int) -> None:
    """Browse the store in Datasette (read-only) with facets, search and canned queries.

    Example: chechnya-monitor serve --db data/demo.db --port 8001
    """
    from crawler.serve import serve as run_datasette

    config = load_config(None, {"db": db})
    if not Path(config["db"]).exists():
        raise click.ClickException(f"no database at {config['db']} (run a crawl or `make demo` first)")
    click.echo(f"serving {config['db']} at http://127.0.0.1:{port}/ (Ctrl-C to stop)", err=True)
    run_datasette(config["db"], port=port)
