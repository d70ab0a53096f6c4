"""The seed files load, meet the issue's minimums, and bad files fail with file, entry and key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.config import load_config
from crawler.errors import ConfigError
from crawler.seeds import SEEDS_DIR, load_actors, load_keywords, load_sources, parse_interval

REQUIRED_ACTORS = {
    "putin", "kremlin", "peskov", "russian-mfa", "zakharova", "investigative-committee", "prosecutor-general",
    "moskalkova", "kadyrov", "karimov", "chechen-interior-ministry", "daudov", "ohchr", "un-experts", "osce",
    "benedek", "council-of-europe", "pace", "european-parliament", "eeas", "echr", "hrw", "amnesty",
    "crisis-group", "memorial", "russian-lgbt-network", "sk-sos", "ilga-europe", "novaya-gazeta", "milashina",
    "lapunov",
}  # fmt: skip


def test_real_sources_file_has_30_sources_in_english_and_russian():
    sources = load_sources(SEEDS_DIR / "sources.toml")
    assert len(sources) >= 30
    languages = {s.language for s in sources}
    assert {"en", "ru"} <= languages
    assert {s.kind for s in sources} == {"feed", "sitemap", "listing"}


def test_real_actors_file_covers_the_required_actors():
    actors = load_actors(SEEDS_DIR / "actors.toml")
    assert len(actors) >= 70
    ids = {a.id for a in actors}
    assert ids >= REQUIRED_ACTORS
    peskov = next(a for a in actors if a.id == "peskov")
    assert peskov.official and any("Песков" in alias for alias in peskov.aliases)


def test_real_keywords_file_loads():
    keywords = load_keywords(SEEDS_DIR / "keywords.toml")
    assert {g.name for g in keywords.groups if g.required} == {"place"}
    assert keywords.require_one_of == ("lgbt", "story")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[source]]\nname = "a"\nkind = "rss"\nurl = "https://x.org/feed"\n', "source 'a': key 'kind'"),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "ftp://x.org"\n', "source 'a': key 'url'"),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\nevery = "soon"\n', "key 'every'"),
        ('[[source]]\nname = "a"\nkind = "listing"\nurl = "https://x.org"\n', "key 'follow'"),
        ('[[source]]\nname = "a"\nkind = "listing"\nurl = "https://x.org"\nfollow = ["(["]\n', "bad regular expression"),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\ndelay = -1\n', "key 'delay'"),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\ncolour = 1\n', "key 'colour': unknown key"),
        ('[[source]]\nkind = "feed"\nurl = "https://x.org"\n', "source #1: key 'name': missing"),
        ('[[source]]\nname = "a"\nkind = "feed"\nurl = "https://x.org"\n[[source]]\nname = "a"\nkind = "feed"\n'
         'url = "https://y.org"\n', "source 'a': key 'name': duplicate name"),
        ("[[source]\nname=", "not valid TOML"),
    ],
)  # fmt: skip
def test_bad_sources_file_names_file_entry_and_key(tmp_path: Path, text: str, message: str):
    path = tmp_path / "sources.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        load_sources(path)
    assert str(path) in str(error.value)
    assert message in str(error.value)


def test_bad_actor_kind_is_named(tmp_path: Path):
    path = tmp_path / "actors.toml"
    path.write_text('[[actor]]\nid = "x"\nname = "X"\nkind = "alien"\n')
    with pytest.raises(ConfigError, match=r"actor 'x': key 'kind'"):
        load_actors(path)


def test_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(ConfigError, match="file not found"):
        load_sources(tmp_path / "nope.toml")


@pytest.mark.parametrize(("text", "seconds"), [("30m", 1800), ("6h", 21600), ("1d", 86400), ("2.5s", 2.5)])
def test_intervals(text: str, seconds: float):
    assert parse_interval(text) == seconds


def test_config_precedence_defaults_file_env_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    config_file = tmp_path / "cm.toml"
    config_file.write_text('db = "from-file.db"\nrevisit_days = 3\nnotify = ["file:///tmp/a.jsonl"]\n')
    monkeypatch.delenv("CHECHNYA_MONITOR_DB", raising=False)
    assert load_config(config_file)["db"] == "from-file.db"
    assert load_config(config_file)["revisit_days"] == 3.0
    monkeypatch.setenv("CHECHNYA_MONITOR_DB", "from-env.db")
    assert load_config(config_file)["db"] == "from-env.db"
    assert load_config(config_file, {"db": "from-cli.db"})["db"] == "from-cli.db"


def test_config_unknown_key_fails_with_hint(tmp_path: Path):
    config_file = tmp_path / "cm.toml"
    config_file.write_text("databse = 'x.db'\n")
    with pytest.raises(ConfigError, match="unknown setting"):
        load_config(config_file)
