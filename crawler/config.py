"""Settings: defaults in code < config file < environment (``CHECHNYA_MONITOR_*``) < command-line options.

The config file is TOML (``chechnya-monitor.toml`` in the working directory, or ``--config`` /
``CHECHNYA_MONITOR_CONFIG``) with the setting names below as top-level keys. Unknown keys fail at start-up.
Secrets (SMTP passwords, tokens) belong in notify URLs given through the environment, never in the store.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crawler.errors import ConfigError
from crawler.seeds import SEEDS_DIR

ENV_PREFIX = "CHECHNYA_MONITOR_"
DEFAULT_CONFIG_FILE = "chechnya-monitor.toml"


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "data/monitor.db", "SQLite store file"),
    Setting("sources", "seeds/sources.toml", "sources file ([[source]] tables)"),
    Setting("actors", str(SEEDS_DIR / "actors.toml"), "actors file ([[actor]] tables)"),
    Setting("keywords", str(SEEDS_DIR / "keywords.toml"), "relevance keywords file"),
    Setting("notify", [], "alert target URLs (http(s)://, file://, mailto://, any Apprise URL)"),
    Setting(
        "alert_kinds", ["government", "intergovernmental", "court", "ngo"], "actor kinds that raise alerts"
    ),
    Setting("revisit_days", 7.0, "re-fetch relevant articles this many days after publication"),
    Setting("user_agent", "chechnya-monitor/0.1 (+https://github.com/chechnya-monitor)", "User-Agent header"),
    Setting("timeout", 30.0, "download timeout in seconds"),
    Setting("retries", 3, "retries of failed downloads (with backoff)"),
    Setting("max_page_mb", 10.0, "pages larger than this are dropped"),
    Setting("workers", 0, "extraction processes (0: one per CPU core)"),
)
BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, value: Any, origin: str) -> Any:
    default = setting.default
    try:
        if isinstance(default, list):
            if isinstance(value, str):
                return [part for part in value.replace(",", " ").split() if part]
            if isinstance(value, list | tuple):
                return [str(v) for v in value]
            raise TypeError
        if isinstance(default, bool):
            return str(value).lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
        return str(value)
    except (TypeError, ValueError):
        raise ConfigError(
            origin, f"bad value {value!r} for setting '{setting.name}'", key=setting.name
        ) from None


def load_config(
    config_file: str | Path | None = None, overrides: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Merge defaults, the config file, the environment and explicit overrides (None means "not given")."""
    values = {s.name: s.default for s in SETTINGS}
    path = config_file or os.environ.get(ENV_PREFIX + "CONFIG")
    if path is None and Path(DEFAULT_CONFIG_FILE).exists():
        path = DEFAULT_CONFIG_FILE
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(path, "config file not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(path, f"not valid TOML: {exc}") from None
        for key, value in data.items():
            name = key.replace("-", "_")
            if name not in BY_NAME:
                raise ConfigError(path, f"unknown setting (known: {', '.join(BY_NAME)})", key=key)
            values[name] = _coerce(BY_NAME[name], value, str(path))
    for setting in SETTINGS:
        env_value = os.environ.get(ENV_PREFIX + setting.name.upper())
        if env_value not in (None, ""):
            values[setting.name] = _coerce(setting, env_value, ENV_PREFIX + setting.name.upper())
    for name, value in (overrides or {}).items():
        if value is not None and value != () and value != []:
            values[name] = _coerce(BY_NAME[name], value, f"--{name}")
    if not Path(values["sources"]).exists() and values["sources"] == BY_NAME["sources"].default:
        values["sources"] = str(SEEDS_DIR / "sources.toml")
    return values
