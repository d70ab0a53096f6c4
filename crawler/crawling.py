"""One crawl of a set of sources, end to end: seeds into the store, crawl, alert delivery."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from crawler.runner import run_once
from crawler.seeds import Source, load_actors
from storage.alerts import register_targets
from storage.db import Store
from storage.statements import replace_actors

log = logging.getLogger(__name__)
DELIVERY_INTERVAL = 5.0


def prepare_store(config: dict[str, Any], sources: list[Source]) -> Store:
    """Open (and migrate) the store; record the configured sources and the actors list."""
    store = Store(config["db"])
    store.sync_sources(source.as_row() for source in sources)
    replace_actors(store, (actor_row(actor) for actor in load_actors(config["actors"])))
    if config.get("notify"):
        from crawler.notify import mask_target

        # Register targets before crawling, so alerts raised before the first delivery run reach them too.
        register_targets(store, [mask_target(url) for url in config["notify"]])
    return store


def actor_row(actor) -> dict[str, Any]:
    return {
        "id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
        "organization": actor.organization, "official": int(actor.official), "aliases": list(actor.aliases),
        "titles": list(actor.titles),
    }  # fmt: skip


def delivery_task(db_path: str, targets: list[str], interval: float = DELIVERY_INTERVAL) -> Callable:
    """An async callable: ``deliver(final=True)`` delivers pending alerts once; ``deliver(final=False)``
    keeps delivering every ``interval`` seconds until cancelled. A failed run is logged; alerts stay pending."""
    from crawler.notify import deliver_pending

    async def once() -> Any:
        try:
            return await asyncio.to_thread(deliver_pending, db_path, targets)
        except Exception:
            log.exception("alert delivery failed; alerts stay pending")
            return None

    async def deliver(final: bool) -> Any:
        if final:
            return await once()
        while True:
            await once()
            await asyncio.sleep(interval)

    return deliver


def crawl_once(config: dict[str, Any], sources: list[Source], on_progress=None) -> list[dict[str, Any]]:
    """Crawl ``sources`` now; deliver alerts to ``config['notify']`` targets while crawling and at the end."""
    prepare_store(config, sources).close()
    deliver = delivery_task(str(config["db"]), list(config["notify"])) if config["notify"] else None
    return run_once(config, sources, on_progress=on_progress, deliver=deliver)
