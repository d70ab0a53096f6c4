"""The HTML report: one self-contained page, for a researcher, of what officials and NGOs said about the reports.

``write_report(db, out)`` reads the store read-only (one consistent snapshot) and writes ``out/timeline.png``
and ``out/index.html``: inline CSS, the chart embedded as a ``data:`` URI, no JavaScript, every value from
the database HTML-escaped. It counts statements still in their article and those the outlet later removed;
rows withdrawn by re-analysis (the analysis changed, not the article) are left out.

Dates are the article's ``published`` date, else the day the statement was first seen (as in
:func:`storage.statements.list_statements`).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import logging
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from crawler.errors import StoreError
from storage.statements import speaker_key

log = logging.getLogger(__name__)

ALERT_STANCES = ("denial", "confirmation")
TOP_ACTORS = 8  # actors drawn in their own colour in the timeline; the rest are "other"
DAILY_SPAN_DAYS = 60  # spans shorter than this get daily bins, longer ones weekly
REQUIRED_TABLES = ("articles", "statements", "sources")
# Colour-blind-friendly-enough categorical palette (tab10 without its grey, kept for "other").
ACTOR_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22")
OTHER_COLOUR = "#b4b4b4"
STANCE_LABELS = {"denial": "Denial", "confirmation": "Confirmation", "neutral": "Neutral"}

DAY_SQL = "coalesce(date(substr({published}, 1, 10)), date(substr({first_seen}, 1, 10)))"
STATEMENTS_SQL = f"""
    SELECT s.id, s.article_id, s.article_version, s.actor, s.speaker, s.actor_name, s.organization,
           s.actor_kind, s.country, s.official, s.stance, s.quote, s.first_seen, s.is_new,
           s.first_statement_id, s.status, s.removed_in_version, s.removed_at,
           a.url, a.title, a.source, a.published,
           {DAY_SQL.format(published="a.published", first_seen="s.first_seen")} AS day
    FROM statements s JOIN articles a ON a.id = s.article_id
    WHERE s.status IN ('present', 'removed')
    ORDER BY day IS NULL, day DESC, s.id DESC"""
REPEATS_SQL = """
    SELECT r.first_statement_id AS id, a.source, count(*) AS articles
    FROM statements r JOIN articles a ON a.id = r.article_id
    WHERE r.first_statement_id IS NOT NULL AND r.status IN ('present', 'removed')
    GROUP BY r.first_statement_id, a.source"""
OVERVIEW_SQL = f"""
    SELECT count(*) AS articles, coalesce(sum(relevant), 0) AS relevant, min(day) AS first_day,
           max(day) AS last_day
    FROM (SELECT relevant, {DAY_SQL.format(published="published", first_seen="first_seen")} AS day
          FROM articles)"""
SOURCES_SQL = """
    SELECT name, max(title) AS title FROM (
        SELECT name, title FROM sources UNION ALL SELECT DISTINCT source, NULL FROM articles
        WHERE source IS NOT NULL)
    GROUP BY name"""


@dataclass
class Repeats:
    """Where a new statement was repeated: number of articles, per source."""

    articles: int = 0
    sources: Counter[str] = field(default_factory=Counter)


@dataclass
class ReportData:
    """Everything the report shows, read in one snapshot."""

    generated_at: dt.datetime
    articles: int
    relevant: int
    first_day: dt.date | None
    last_day: dt.date | None
    source_titles: dict[str, str]
    statements: list[dict[str, Any]]
    repeats: dict[int, Repeats]

    @property
    def new(self) -> list[dict[str, Any]]:
        return [s for s in self.statements if s["is_new"]]

    @property
    def removed(self) -> list[dict[str, Any]]:
        rows = [s for s in self.statements if s["status"] == "removed"]
        return sorted(rows, key=lambda s: (s["removed_at"] or "", s["id"]), reverse=True)


# -- reading ---------------------------------------------------------------------------------------------
def connect_readonly(db_path: str | Path) -> sqlite3.Connection:
    """Open the store read-only (``mode=ro``: never writes the database file, sees a crawler's commits)."""
    path = Path(db_path)
    if not path.is_file():
        raise StoreError(f"no database at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read database {path}: {exc}") from None
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        conn.close()
        raise StoreError(
            f"{path} is not an up-to-date chechnya-monitor store (no table {', '.join(missing)}); "
            "run any crawl command on it once to create or migrate it"
        )
    return conn


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def actor_label(row: dict[str, Any]) -> str:
    """A short display name for the speaker: the actor's name, or a description of an unnamed speaker."""
    if row.get("actor_name"):
        return row["actor_name"]
    if row.get("actor"):
        return row["actor"]
    parts = [p for p in (row.get("organization") or row.get("actor_kind"), row.get("country")) if p]
    return f"Unnamed speaker ({', '.join(parts)})" if parts else "Unnamed speaker"


def load_report_data(db_path: str | Path) -> ReportData:
    """Read what the report needs from the store, in one read transaction."""
    conn = connect_readonly(db_path)
    try:
        conn.execute("BEGIN")
        overview = dict(conn.execute(OVERVIEW_SQL).fetchone())
        sources = {row["name"]: row["title"] or row["name"] for row in conn.execute(SOURCES_SQL)}
        statements = [dict(row) for row in conn.execute(STATEMENTS_SQL)]
        repeats: dict[int, Repeats] = defaultdict(Repeats)
        for row in conn.execute(REPEATS_SQL):
            repeats[row["id"]].articles += row["articles"]
            repeats[row["id"]].sources[row["source"] or "unknown source"] += row["articles"]
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read database {db_path}: {exc}") from None
    finally:
        conn.close()
    for row in statements:
        row["day"] = _day(row["day"])
        row["key"] = speaker_key(row)
        row["label"] = actor_label(row)
    return ReportData(
        generated_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        articles=overview["articles"],
        relevant=overview["relevant"],
        first_day=_day(overview["first_day"]),
        last_day=_day(overview["last_day"]),
        source_titles=sources,
        statements=statements,
        repeats=dict(repeats),
    )


# -- the timeline chart ----------------------------------------------------------------------------------
def timeline_png(statements: Iterable[dict[str, Any]]) -> bytes:
    """New denials (below the axis) and confirmations (above) per day or week, stacked by speaker."""
    events = [s for s in statements if s["is_new"] and s["stance"] in ALERT_STANCES and s["day"]]
    fig = Figure(figsize=(11, 4.8), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    if not events:
        ax.text(0.5, 0.5, "No denials or confirmations yet", ha="center", va="center", fontsize=15,
                color="#666666", transform=ax.transAxes)  # fmt: skip
        ax.set_axis_off()
        return _png(fig)

    first, last = min(s["day"] for s in events), max(s["day"] for s in events)
    weekly = (last - first).days >= DAILY_SPAN_DAYS
    width, offset = (6.0, 3.0) if weekly else (0.8, 0.0)

    def bin_of(day: dt.date) -> dt.date:
        return day - dt.timedelta(days=day.weekday()) if weekly else day

    totals = Counter(s["key"] for s in events)
    top = [key for key, _ in totals.most_common(TOP_ACTORS)]
    labels = {s["key"]: s["label"] for s in events}
    if len(totals) > len(top):
        top.append("other")
        labels["other"] = f"other ({len(totals) - TOP_ACTORS} speakers)"
    colours = {key: ACTOR_COLOURS[i] for i, key in enumerate(top[:TOP_ACTORS])} | {"other": OTHER_COLOUR}
    counts: dict[tuple[str, str], Counter[dt.date]] = defaultdict(Counter)
    for s in events:
        key = s["key"] if s["key"] in colours else "other"
        counts[(s["stance"], key)][bin_of(s["day"])] += 1
    bins = sorted({bin_of(s["day"]) for s in events})
    x = [mdates.date2num(b) + offset for b in bins]
    extent = {}
    for stance, sign in (("confirmation", 1), ("denial", -1)):
        bottom = [0.0] * len(bins)
        for key in top:
            heights = [sign * counts[(stance, key)][b] for b in bins]
            if not any(heights):
                continue
            ax.bar(x, heights, width=width, bottom=bottom, color=colours[key], edgecolor="white",
                   linewidth=0.6, hatch="///" if stance == "denial" else None)  # fmt: skip
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        extent[stance] = max((abs(b) for b in bottom), default=0)

    ax.axhline(0, color="#222222", linewidth=0.9)
    high, low = max(extent["confirmation"], 1), max(extent["denial"], 1)
    ax.set_ylim(-low * 1.25, high * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{abs(v):.0f}"))
    ax.set_ylabel("new statements")
    ax.text(0.01, 0.97, "▲ confirmations", transform=ax.transAxes, va="top", fontsize=10, color="#1b4f8a")
    ax.text(0.01, 0.03, "▼ denials", transform=ax.transAxes, va="bottom", fontsize=10, color="#9b1c1c")
    pad = width + (7 if weekly else 1)
    ax.set_xlim(min(x) - pad, max(x) + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.7)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(f"New denials and confirmations per {'week' if weekly else 'day'}, by speaker", loc="left",
                 fontsize=12)  # fmt: skip
    handles = [Patch(facecolor=colours[key], label=labels[key]) for key in top]
    handles += [
        Patch(facecolor="white", edgecolor="white", label=""),
        Patch(facecolor="#8a8a8a", label="confirmation (above)"),
        Patch(facecolor="#8a8a8a", hatch="///", edgecolor="white", label="denial (below)"),
    ]
    fig.legend(handles=handles, loc="outside right upper", frameon=False, fontsize=9)
    return _png(fig)


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()


# -- HTML ------------------------------------------------------------------------------------------------
def esc(value: Any) -> str:
    """HTML-escape a database value (None becomes an empty string)."""
    return html.escape("" if value is None else str(value), quote=True)


def fmt_day(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else "undated"


def fmt_timestamp(value: str | None) -> str:
    """A stored UTC timestamp as ``2017-04-03 10:15 UTC`` (left as written when it does not parse)."""
    if not value:
        return "unknown"
    try:
        stamp = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(dt.UTC)
    return f"{stamp:%Y-%m-%d %H:%M} UTC"


def fmt_published(value: str | None) -> str:
    return fmt_day(_day((value or "")[:10])) if _day((value or "")[:10]) else (value or "date unknown")


def link(url: str | None, text: str | None) -> str:
    """An <a> to an http(s) URL; other schemes (javascript:, data:) are shown as text only."""
    label = esc(text or url or "untitled")
    if url and urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{esc(url)}">{label}</a>'
    return label


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


def _speaker_html(s: dict[str, Any]) -> str:
    parts = [f'<span class="who">{esc(s["label"])}</span>']
    if s["speaker"] and s["speaker"].casefold() != s["label"].casefold():
        parts.append(f'<span class="written">as “{esc(s["speaker"])}”</span>')
    if s["official"]:
        parts.append(
            '<span class="tag official" title="government, intergovernmental body or court">official</span>'
        )
    details = [d for d in (s["actor_kind"], s["country"]) if d]
    if s["organization"] and s["organization"] != s["label"] and s["actor_name"]:
        details.insert(0, s["organization"])
    if details:
        parts.append(f'<span class="details">{" · ".join(esc(d) for d in details)}</span>')
    return " ".join(parts)


def _badge(stance: str) -> str:
    return f'<span class="badge {esc(stance)}">{esc(STANCE_LABELS.get(stance, stance))}</span>'


def _source(data: ReportData, name: str | None) -> str:
    return esc(data.source_titles.get(name or "", name) or "unknown source")


def _statement_html(data: ReportData, s: dict[str, Any]) -> str:
    repeat = data.repeats.get(s["id"])
    lines = [
        f'<article class="stmt {esc(s["stance"])}">',
        f'<p class="speaker">{_badge(s["stance"])} {_speaker_html(s)}</p>',
        f"<blockquote>{esc(s['quote'])}</blockquote>",
        f'<p class="where">{link(s["url"], s["title"])} <span class="src">— {_source(data, s["source"])}</span></p>',
        f'<p class="when">published {esc(fmt_published(s["published"]))} · first seen '
        f"{esc(fmt_timestamp(s['first_seen']))}</p>",
    ]
    if repeat:
        outlets = ", ".join(
            f"{_source(data, name)}{f' ({n})' if n > 1 else ''}" for name, n in sorted(repeat.sources.items())
        )
        lines.append(
            f'<p class="repeats">Repeated in {plural(repeat.articles, "more article")} by '
            f"{plural(len(repeat.sources), 'outlet')}: {outlets}</p>"
        )
    if s["status"] == "removed":
        lines.append(
            f'<p class="removed-note">Later removed from the article (version {esc(s["removed_in_version"])}, '
            f"{esc(fmt_timestamp(s['removed_at']))})</p>"
        )
    lines.append("</article>")
    return "\n".join(lines)


def _by_day(data: ReportData, rows: list[dict[str, Any]]) -> str:
    groups: dict[dt.date | None, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:  # already newest first, undated last
        groups[row["day"]].append(row)
    out = []
    for day, items in groups.items():
        heading = f"{day:%A} {fmt_day(day)}" if day else "Undated"
        out.append(
            f'<h3 class="day">{esc(heading)} <span class="count">{plural(len(items), "statement")}</span></h3>'
        )
        out.extend(_statement_html(data, s) for s in items)
    return "\n".join(out)


def _figures_html(data: ReportData) -> str:
    new = [s for s in data.new if s["stance"] in ALERT_STANCES]
    count = Counter(s["stance"] for s in new)
    officials = Counter(s["stance"] for s in new if s["official"])
    ngos = Counter(s["stance"] for s in new if s["actor_kind"] == "ngo")
    repeats = [s for s in data.statements if not s["is_new"]]
    repeat_outlets = {s["source"] for s in repeats}
    removed = data.removed

    def split(c: Counter[str]) -> str:
        return f"{plural(c['denial'], 'denial')} · {plural(c['confirmation'], 'confirmation')}"

    cards = [
        ("denial", "New denials", count["denial"], f"{officials['denial']} by officials"),
        ("confirmation", "New confirmations", count["confirmation"], f"{ngos['confirmation']} by NGOs"),
        ("", "Officials", officials.total(), split(officials)),
        ("", "NGOs", ngos.total(), split(ngos)),
        ("", "Removed quotes", len(removed), "dropped by a later version of the article"),
        ("", "Repeats", len(repeats), f"of earlier statements, in {plural(len(repeat_outlets), 'outlet')}"),
    ]
    items = "\n".join(
        f'<div class="card {cls}"><div class="label">{esc(label)}</div><div class="value">{value}</div>'
        f'<div class="sub">{esc(sub)}</div></div>'
        for cls, label, value, sub in cards
    )
    return f'<div class="cards">\n{items}\n</div>'


def _removed_html(data: ReportData) -> str:
    rows = data.removed
    if not rows:
        return '<p class="empty">No quotes have been removed from articles.</p>'
    body = "\n".join(
        f"<tr><td>{_badge(s['stance'])}<br>{_speaker_html(s)}</td><td><q>{esc(s['quote'])}</q></td>"
        f'<td>{link(s["url"], s["title"])}<br><span class="src">{_source(data, s["source"])}</span></td>'
        f"<td>{esc(fmt_timestamp(s['removed_at']))}<br>in version {esc(s['removed_in_version'])}</td></tr>"
        for s in rows
    )
    return (
        '<table class="removed"><thead><tr><th>Who</th><th>Quote</th><th>Article</th><th>Removed</th></tr>'
        f"</thead>\n<tbody>\n{body}\n</tbody></table>"
    )


def _actors_html(data: ReportData) -> str:
    actors: dict[str, dict[str, Any]] = {}
    for s in data.new:
        row = actors.setdefault(
            s["key"], {"label": s["label"], "kind": s["actor_kind"], "official": s["official"], "days": [],
                       "denial": 0, "confirmation": 0, "neutral": 0}
        )  # fmt: skip
        row[s["stance"]] = row.get(s["stance"], 0) + 1
        if s["day"]:
            row["days"].append(s["day"])
    if not actors:
        return '<p class="empty">No statements yet.</p>'
    ordered = sorted(
        actors.values(), key=lambda r: (-(r["denial"] + r["confirmation"]), -r["neutral"], r["label"])
    )
    official = ' <span class="tag official">official</span>'
    body = "\n".join(
        f"<tr><td>{esc(r['label'])}{official if r['official'] else ''}</td>"
        f'<td>{esc(r["kind"] or "—")}</td><td class="num">{r["denial"]}</td>'
        f'<td class="num">{r["confirmation"]}</td><td class="num">{r["neutral"]}</td>'
        f"<td>{esc(fmt_day(min(r['days'])) if r['days'] else '—')}</td>"
        f"<td>{esc(fmt_day(max(r['days'])) if r['days'] else '—')}</td></tr>"
        for r in ordered
    )
    return (
        '<table class="actors"><thead><tr><th>Actor</th><th>Kind</th><th class="num">Denials</th>'
        '<th class="num">Confirmations</th><th class="num">Neutral</th><th>First statement</th>'
        f"<th>Last statement</th></tr></thead>\n<tbody>\n{body}\n</tbody></table>"
    )


CSS = """
:root { --ink: #1d2330; --muted: #5b6472; --line: #dde1e7; --denial: #9b1c1c; --denial-bg: #fdecec;
        --confirm: #1b4f8a; --confirm-bg: #e8f0fb; --neutral-bg: #eef0f3; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       color: var(--ink); background: #f6f7f9; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
header h1 { font-size: 1.7rem; margin: 0 0 4px; }
header .lede { color: var(--muted); margin: 0 0 12px; max-width: 60em; }
.coverage { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 0; padding: 10px 0; border-top: 1px solid var(--line);
            border-bottom: 1px solid var(--line); font-size: .92rem; }
.coverage div { display: flex; gap: 6px; }
.coverage dt { color: var(--muted); }
.coverage dd { margin: 0; font-weight: 600; }
nav { font-size: .9rem; margin: 10px 0 0; }
nav a { margin-right: 14px; }
h2 { font-size: 1.3rem; margin: 34px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3.day { font-size: 1rem; margin: 22px 0 8px; color: var(--muted); }
h3.day .count { font-weight: normal; font-size: .85rem; }
a { color: #1457a8; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(165px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card .label { font-size: .85rem; color: var(--muted); }
.card .value { font-size: 2rem; font-weight: 700; line-height: 1.2; }
.card .sub { font-size: .8rem; color: var(--muted); }
.card.denial { border-top: 4px solid var(--denial); }
.card.confirmation { border-top: 4px solid var(--confirm); }
figure { margin: 0; }
figure img { width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: 4px; }
.stmt { border: 1px solid var(--line); border-left: 5px solid #9aa3af; border-radius: 6px; padding: 10px 14px;
        margin: 0 0 10px; }
.stmt.denial { border-left-color: var(--denial); }
.stmt.confirmation { border-left-color: var(--confirm); }
.stmt p { margin: 2px 0; }
.stmt blockquote { margin: 8px 0; padding: 0 0 0 12px; border-left: 3px solid var(--line); font-size: 1.05rem;
                   font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
.speaker .who { font-weight: 700; }
.speaker .written, .speaker .details, .when, .src, .repeats { color: var(--muted); font-size: .88rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
         padding: 1px 8px; border-radius: 10px; background: var(--neutral-bg); color: #444; vertical-align: 1px; }
.badge.denial { background: var(--denial-bg); color: var(--denial); }
.badge.confirmation { background: var(--confirm-bg); color: var(--confirm); }
.tag { font-size: .72rem; border: 1px solid #b7791f; color: #8a5a12; border-radius: 4px; padding: 0 5px; }
.removed-note { color: var(--denial); font-size: .88rem; }
details { margin-top: 18px; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; }
summary { cursor: pointer; font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { background: #f2f4f7; font-weight: 600; }
td q { font-style: italic; overflow-wrap: anywhere; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 36px; font-size: .85rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 10px; }
@media print { body { background: #fff; } main { padding: 0; } details { border: 0; } .stmt { break-inside: avoid; } }
"""


def render_html(data: ReportData, chart_png: bytes) -> str:
    """The whole report page."""
    new = data.new
    stated = [s for s in new if s["stance"] in ALERT_STANCES]
    neutral = [s for s in new if s["stance"] not in ALERT_STANCES]
    span = (
        f"{fmt_day(data.first_day)} – {fmt_day(data.last_day)}"
        if data.first_day and data.last_day
        else "no articles yet"
    )
    coverage = [
        ("Articles dated", span),
        ("Sources", str(len(data.source_titles))),
        ("Articles", str(data.articles)),
        ("Relevant articles", str(data.relevant)),
        ("Generated", f"{data.generated_at:%Y-%m-%d %H:%M} UTC"),
    ]
    chart = base64.b64encode(chart_png).decode("ascii")
    if stated:
        new_html = _by_day(data, stated)
    elif neutral:
        new_html = '<p class="empty">No new denials or confirmations yet.</p>'
    else:
        new_html = '<p class="empty">No statements yet.</p>'
    if neutral:
        new_html += (
            f"\n<details><summary>{plural(len(neutral), 'new neutral statement')}</summary>\n"
            f"{_by_day(data, neutral)}\n</details>"
        )
    generated = f"{data.generated_at:%Y-%m-%d %H:%M} UTC"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chechnya-monitor">
<title>Chechnya monitor: denials and confirmations ({esc(generated)})</title>
<style>{CSS}</style>
</head>
<body>
<main>
<header>
<h1>Chechnya monitor: denials and confirmations</h1>
<p class="lede">Press coverage of the reports, since 2017, of the detention, torture and killing of gay men in
Chechnya, and what officials and NGOs said about them, as found by the crawler.</p>
<dl class="coverage">
{"".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in coverage)}
</dl>
<nav><a href="#figures">Key figures</a><a href="#timeline">Timeline</a><a href="#new">New statements</a>
<a href="#removed">Removed quotes</a><a href="#actors">By actor</a></nav>
</header>

<section id="figures">
<h2>Key figures</h2>
{_figures_html(data)}
</section>

<section id="timeline">
<h2>Timeline</h2>
<figure>
<img src="data:image/png;base64,{chart}" width="1210" height="528"
 alt="Bar chart of new denials (below the axis) and confirmations (above) over time, by speaker">
<figcaption>First appearances only (repeats are not counted), dated by the article's publication date or, when
it has none, the day the statement was first seen. Also saved as timeline.png.</figcaption>
</figure>
</section>

<section id="new">
<h2>New statements</h2>
<p>Statements seen for the first time anywhere in the store, newest first.</p>
{new_html}
</section>

<section id="removed">
<h2>Removed quotes</h2>
<p>Statements that a later version of their article no longer contains; the earlier page is kept as evidence.</p>
{_removed_html(data)}
</section>

<section id="actors">
<h2>By actor</h2>
<p>New statements per speaker (repeats of a statement are counted once).</p>
{_actors_html(data)}
</section>

<footer>Generated by chechnya-monitor on {esc(generated)}. Stance is assigned automatically and may be wrong:
check the quote in its article before citing it.</footer>
</main>
</body>
</html>
"""


def write_report(db_path: str | Path, out_dir: str | Path) -> Path:
    """Write ``out_dir/index.html`` and ``out_dir/timeline.png`` from the store; return the HTML path."""
    data = load_report_data(db_path)
    chart = timeline_png(data.statements)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "timeline.png").write_bytes(chart)
    index = out / "index.html"
    tmp = out / ".index.html.tmp"
    tmp.write_text(render_html(data, chart), encoding="utf-8")
    tmp.replace(index)
    log.info(
        "report: %d statements from %d articles written to %s", len(data.statements), data.articles, index
    )
    return index
