"""The store notices an SQLite file deleted under it: at the batch commit after the deletion (that
batch counted as not stored) or, with nothing left to write, at the end; either way the run fails."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.utils.test import get_crawler

from autocrawl.extensions.database import CrawlDatabase
from autocrawl.runner import project_settings
from autocrawl.runstatus import run_status
from pipelines.store import StorePipeline

from .test_store_pipeline import make_item


def store_then_delete(path: Path, before: int, after: int | None) -> dict[str, Any]:
    """Store `before` articles, delete the database file (unless `after` is None), store `after`
    more, close; the crawl's stats."""
    settings = project_settings({"DATABASE_URL": f"sqlite:///{path}", "STORE_BATCH_SIZE": 2})
    crawler = get_crawler(Spider, {k: v for k, v in settings.items() if k.startswith(("DATABASE_", "STORE_"))})
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()

    async def run() -> None:
        for n in range(before):
            await store.process_item(make_item(n))
        await store.flush()
        if after is None:
            return await store.close_spider()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        for n in range(before, before + after):
            await store.process_item(make_item(n))
        await store.close_spider()

    asyncio.run(run())
    CrawlDatabase.of(crawler).close()
    assert crawler.stats is not None
    return crawler.stats.get_stats()


def test_the_batch_after_the_deletion_is_not_stored(tmp_path: Path) -> None:
    stats = store_then_delete(tmp_path / "data" / "a.db", before=2, after=3)
    assert stats["autocrawl/articles_new"] == 2
    assert stats["autocrawl/articles_not_stored"] == 3
    assert stats["autocrawl/errors/database_file_lost"] == 1
    assert run_status({**stats, "response_received_count": 5}, "finished") == "failed"


def test_a_deletion_after_the_last_batch_fails_the_run_at_the_end(tmp_path: Path) -> None:
    stats = store_then_delete(tmp_path / "data" / "a.db", before=2, after=0)
    assert stats["autocrawl/articles_new"] == 2
    assert stats.get("autocrawl/articles_not_stored", 0) == 0
    assert stats["autocrawl/errors/database_file_lost"] == 1
    assert run_status({**stats, "response_received_count": 2}, "finished") == "failed"


def test_a_file_left_in_place_fails_nothing(tmp_path: Path) -> None:
    stats = store_then_delete(tmp_path / "data" / "a.db", before=3, after=None)
    assert stats["autocrawl/articles_new"] == 3 and "autocrawl/errors/database_file_lost" not in stats
