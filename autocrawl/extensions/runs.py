"""One `crawl_runs` row per run (start, end, status, arguments, stats), and the per-site crawl
lock for runs started with `scrapy crawl` (`autocrawl crawl` takes the lock before Scrapy starts).

The status is decided by `autocrawl.runstatus.run_status`, as for the JSON line and the exit
code. When the database is unreachable at the end (the run failed because of it), the row
cannot be written: it stays 'running' and the next run on this host marks it 'killed' (its pid
is gone), like a run killed by a signal.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import _schedule_coro
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from autocrawl.db.lock import LockHeld, crawl_lock
from autocrawl.db.retry import first_line
from autocrawl.db.runs import finish_run, mark_killed_runs, record_locked_run, start_run
from autocrawl.db.schema import SchemaOutOfDate
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.runner import lock_names
from autocrawl.runstatus import run_status

logger = logging.getLogger(__name__)


class CrawlRuns:
    def __init__(self, crawler: Crawler, database: CrawlDatabase, lock_held_by_caller: bool, lock_wait: bool) -> None:
        self.crawler = crawler  # for its stats and to close the spider on a refusal
        self.database = database
        self.lock_held_by_caller = lock_held_by_caller
        self.lock_wait = lock_wait
        self.run_id: int | None = None
        self.refused: str | None = None
        self.exit_stack = contextlib.ExitStack()
        self.engine: Engine | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRuns:
        settings = crawler.settings
        ext = cls(
            crawler,
            CrawlDatabase.of(crawler),
            settings.getbool("AUTOCRAWL_LOCK_HELD"),
            settings.getbool("AUTOCRAWL_LOCK_WAIT"),
        )
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        arguments = {k: v for k, v in getattr(spider, "_args", {}).items() if v is not None}
        arguments["urls"] = list(getattr(spider, "start_urls", []))
        try:
            self.engine = engine = self.database.engine()
        except SchemaOutOfDate as exc:
            self._refuse("schema_out_of_date", str(exc))
            return
        killed = mark_killed_runs(engine)
        if killed:
            logger.warning("%d earlier run(s) were killed before they finished; marked 'killed'", killed)
        if not self.lock_held_by_caller:
            try:
                self.exit_stack.enter_context(
                    crawl_lock(engine, lock_names(getattr(spider, "site_keys", [])), wait=self.lock_wait)
                )
            except LockHeld as exc:
                record_locked_run(engine, spider.name, arguments, str(exc))
                self._refuse("locked", f"another crawl of these sites is running ({exc})")
                return
        self.run_id = start_run(engine, spider.name, arguments)
        if self.crawler.stats is not None:  # other components name the run (site_health rows, stored rows)
            self.crawler.stats.set_value("autocrawl/run_id", self.run_id)
        logger.info("crawl run %d started", self.run_id)

    def _refuse(self, reason: str, message: str) -> None:
        self.refused = reason
        logger.error("not crawling: %s", message)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("autocrawl/refused", reason)
        assert self.crawler.engine is not None
        _schedule_coro(self.crawler.engine.close_spider_async(reason=reason))

    def _finish(self, status: str, stats: dict[str, Any]) -> None:
        assert self.run_id is not None and self.engine is not None
        try:
            finish_run(self.engine, self.run_id, status, stats)
        except SQLAlchemyError as exc:
            logger.error(
                "crawl run %d ended %s, but the database could not record it (%s); the next run marks it 'killed'",
                self.run_id,
                status,
                first_line(exc),
            )
            return
        logger.info("crawl run %d ended: %s (%s)", self.run_id, status, stats.get("finish_reason"))

    def spider_closed(self, spider: Any, reason: str) -> None:
        try:
            if self.run_id is not None:
                stats = dict(self.crawler.stats.get_stats()) if self.crawler.stats is not None else {}
                status = run_status(stats, reason)
                self._finish(status, {**stats, "finish_reason": reason})
        finally:
            self.exit_stack.close()  # the engine is the crawl's: CrawlDatabase disposes it
