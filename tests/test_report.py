"""The HTML report over a real store: what it shows, escaping, the PNG, read-only access, a real browser."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from matplotlib import image
from storefixtures import (
    HRW,
    KARIMOV,
    MUFTIATE,
    NOVAYA,
    OSCE,
    PESKOV,
    SCRIPT_QUOTE,
    UNNAMED,
    Story,
    build_empty_store,
    build_store,
)

from crawler.errors import StoreError
from crawler.report import write_report

CHROMIUM = Path("/usr/bin/chromium")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class TagBalance(HTMLParser):
    """Collects nesting errors: every non-void element closed, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.doctype = False

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl.lower() == "doctype html"

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def file_state(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Story:
    return build_store(tmp_path_factory.mktemp("story") / "monitor.db")


@pytest.fixture(scope="module")
def report(story: Story, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(story.db, tmp_path_factory.mktemp("report") / "out")


@pytest.fixture(scope="module")
def page(report: Path) -> str:
    return report.read_text(encoding="utf-8")


def section(page: str, anchor: str) -> str:
    match = re.search(rf'<section id="{anchor}">(.*?)</section>', page, re.S)
    assert match, anchor
    return match.group(1)


def test_report_files(report: Path) -> None:
    assert report.name == "index.html"
    assert (report.parent / "timeline.png").is_file()


def test_header_says_what_it_covers(page: str) -> None:
    header = page[page.index("<header>") : page.index("</header>")]
    assert "1 Apr 2017" in header
    for label, value in (("Sources", "5"), ("Articles", "6"), ("Relevant articles", "6")):
        assert f"<dt>{label}</dt><dd>{value}</dd>" in header
    assert "Generated" in header


def test_key_figures(page: str) -> None:
    figures = section(page, "figures")
    values = dict(re.findall(r'<div class="label">([^<]+)</div><div class="value">(\d+)</div>', figures))
    assert values == {
        "New denials": "4",  # Karimov, Peskov, the unnamed official (removed later), the hostile page
        "New confirmations": "3",  # Novaya Gazeta, HRW, OSCE
        "Officials": "5",
        "NGOs": "1",
        "Removed quotes": "1",
        "Repeats": "1",  # Reuters repeating Karimov
    }


def test_new_statements_with_speakers_quotes_and_links(page: str) -> None:
    new = section(page, "new")
    for quote in (KARIMOV, PESKOV, NOVAYA, HRW, OSCE, UNNAMED, MUFTIATE):
        assert quote in new
    for speaker in ("Alvi Karimov", "Dmitry Peskov", "Human Rights Watch", "Novaya Gazeta", "OSCE"):
        assert f'<span class="who">{speaker}</span>' in new
    assert "as “Kremlin spokesman Dmitry Peskov”" in new
    assert "Unnamed speaker (Chechen authorities, RU)" in new
    assert '<a href="https://reuters.example/article/russia-chechnya-gay-idUSKBN1760ZZ">' in new
    assert '<a href="https://hrw.example/news/2017/04/04/chechnya-men-detained">' in new
    assert "Human Rights Watch news" in new  # the source's title, not its slug
    # newest first, grouped by day; the neutral statement is collapsed at the end
    assert new.index("Friday 7 Apr 2017") < new.index("Monday 3 Apr 2017") < new.index("Saturday 1 Apr 2017")
    details = new[new.index("<details>") :]
    assert MUFTIATE in details and KARIMOV not in details
    assert "1 new neutral statement" in details


def test_repeats_are_counted_with_their_outlets(page: str) -> None:
    new = section(page, "new")
    karimov = new[new.index(KARIMOV) :]
    karimov = karimov[: karimov.index("</article>")]
    assert "Repeated in 1 more article by 1 outlet: Reuters" in karimov
    assert new.count(KARIMOV) == 1  # the repeat is not listed as new


def test_removed_quote(page: str) -> None:
    removed = section(page, "removed")
    assert UNNAMED in removed
    assert "an official in Grozny" in removed
    assert "in version 2" in removed
    assert "2017-04-06 10:00 UTC" in removed
    assert "Officials respond to the reports" in removed


def text(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment).strip()


def actor_rows(page: str) -> dict[str, list[str]]:
    """The per-actor table as {actor: [kind, denials, confirmations, neutral, first, last]}."""
    rows = {}
    for row in re.findall(r"<tr><td>.*?</tr>", section(page, "actors")):
        cells = [text(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        rows[cells[0].removesuffix("official").strip()] = cells[1:]
    return rows


def test_per_actor_table(page: str) -> None:
    rows = actor_rows(page)
    assert rows["Alvi Karimov"] == ["government", "1", "0", "0", "1 Apr 2017", "1 Apr 2017"]
    assert rows["Human Rights Watch"] == ["ngo", "0", "1", "0", "4 Apr 2017", "4 Apr 2017"]
    unnamed = rows["Unnamed speaker (Chechen authorities, RU)"]
    assert unnamed == ["government", "2", "0", "0", "5 Apr 2017", "7 Apr 2017"]
    assert rows["Chechen Muftiate"][1:4] == ["0", "0", "1"]
    assert list(rows)[0] == "Unnamed speaker (Chechen authorities, RU)"  # most denials + confirmations first


def test_database_text_is_escaped(page: str) -> None:
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; nothing will" in page
    assert SCRIPT_QUOTE not in page
    assert "<b>Breaking</b>" not in page and "&lt;b&gt;Breaking&lt;/b&gt;" in page
    assert "onerror=alert(1)>" not in page
    assert "javascript:" not in page  # an unsafe article URL is shown as text, never linked


def test_valid_html5(page: str) -> None:
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in page
    checker = TagBalance()
    checker.feed(page)
    checker.close()
    assert checker.doctype
    assert checker.errors == [] and checker.stack == []
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))


def test_self_contained(page: str, report: Path) -> None:
    assert not re.search(r'(src|href)="(?!data:|https://|#)', page)  # nothing loaded from disk or elsewhere
    assert "<link " not in page and "@import" not in page
    embedded = re.search(r'<img src="data:image/png;base64,([^"]+)"', page).group(1)
    assert base64.b64decode(embedded) == (report.parent / "timeline.png").read_bytes()


def test_timeline_png(report: Path) -> None:
    data = (report.parent / "timeline.png").read_bytes()
    width, height = png_size(data)
    assert width >= 800 and height >= 300
    pixels = image.imread(report.parent / "timeline.png")
    assert len({tuple(p) for p in pixels.reshape(-1, pixels.shape[-1])[::7]}) > 20  # a chart, not a blank


def test_report_does_not_write_the_store(tmp_path: Path) -> None:
    story = build_store(tmp_path / "monitor.db")
    before = file_state(story.db)
    write_report(story.db, tmp_path / "out")
    assert file_state(story.db) == before


def test_empty_database(tmp_path: Path) -> None:
    db = build_empty_store(tmp_path / "empty.db")
    index = write_report(db, tmp_path / "out")
    page = index.read_text(encoding="utf-8")
    assert "No statements yet." in page
    assert "No quotes have been removed" in page
    assert "no articles yet" in page
    png_size((tmp_path / "out" / "timeline.png").read_bytes())
    checker = TagBalance()
    checker.feed(page)
    assert checker.errors == [] and checker.stack == []


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        write_report(tmp_path / "nope.db", tmp_path / "out")
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install chromium)")
def test_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "screenshot.png"
    proc = subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         f"--screenshot={shot}", "--window-size=1280,2000", report.resolve().as_uri()],
        capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert shot.is_file(), proc.stderr.decode(errors="replace")[-2000:]
    assert shot.stat().st_size > 50_000
    pixels = image.imread(shot)[..., :3]
    assert pixels.shape[:2] == (2000, 1280)
    inked = (pixels < 0.9).any(axis=-1).mean()
    assert inked > 0.03, f"only {inked:.1%} of the page is not white"
    colours = {tuple(p) for p in (pixels.reshape(-1, 3)[::11] * 255).astype(int)}
    assert len(colours) > 100  # text, badges and the chart, not a blank or an error page
