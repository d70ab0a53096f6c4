"""One scheduler per database: an exclusive advisory lock on ``<db>.scheduler.lock``.

The kernel releases the lock when the process dies (even on ``kill -9``), so a crash never leaves it stale.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from crawler.errors import SchedulerLockedError


class SchedulerLock:
    """Hold with ``with SchedulerLock(db_path): ...``; a second holder gets :class:`SchedulerLockedError`."""

    def __init__(self, db_path: str | Path):
        self.path = Path(f"{db_path}.scheduler.lock")
        self.handle = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")  # noqa: SIM115 - kept open while the lock is held
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            owner = handle.read().strip() or "unknown"
            handle.close()
            raise SchedulerLockedError(
                f"another scheduler (pid {owner}) is already running on {self.path.with_suffix('').with_suffix('')}"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self.handle = handle

    def release(self) -> None:
        if self.handle is not None:
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None

    def __enter__(self) -> SchedulerLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
