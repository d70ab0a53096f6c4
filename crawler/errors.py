"""Exceptions raised by chechnya-monitor's library code.

The CLI turns each of them into a clear one-line error; nothing below the CLI calls ``sys.exit``::

    MonitorError
     +-- ConfigError            a seeds or config file is missing or invalid (names file, entry and key)
     +-- StoreError             the SQLite store cannot be opened or written
     |    +-- SearchQueryError  a full-text query has bad syntax
     +-- SchedulerLockedError   another scheduler already owns the database
     +-- DeliveryError          an alert target rejected or could not take an alert
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base class of every error chechnya-monitor raises on purpose."""


class ConfigError(MonitorError):
    """A seeds file (sources, actors, keywords) or the config file is invalid."""

    def __init__(self, path: object, message: str, entry: str | None = None, key: str | None = None):
        where = str(path)
        if entry:
            where += f": {entry}"
        if key:
            where += f": key '{key}'"
        super().__init__(f"{where}: {message}")
        self.path, self.entry, self.key = path, entry, key


class StoreError(MonitorError):
    """The database cannot be opened, migrated or written."""


class SearchQueryError(StoreError):
    """A full-text search query could not be parsed by SQLite FTS."""


class SchedulerLockedError(MonitorError):
    """Another scheduler process already runs on the same database."""


class DeliveryError(MonitorError):
    """An alert could not be delivered to a target (it stays pending and is retried)."""
