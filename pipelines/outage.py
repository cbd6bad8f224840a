"""DatabaseGuard: the pipelines' side of a database outage, shared by dedupe and store.

Every database call of a pipeline goes through `guard.call(fn, what)`: a transient error
(connection refused, reset, closed...) is retried with backoff for STORE_RETRY_SECONDS
(counted in `autocrawl/warnings/database_retry`, one WARNING line per pipeline and outage). When the bound
runs out the guard gives up for the whole crawl: it sets `autocrawl/store_unavailable` in the
stats (which both pipelines read), logs one ERROR line and closes the spider with the reason
`store_unavailable`, so no page is fetched that could not be stored. From then on calls fail
at once with `DatabaseUnavailable`; the store counts each article it could not write in
`autocrawl/articles_not_stored`. Nothing else remembers those articles: the frontier is the
database, so the next run fetches them again. An SQLite file deleted or replaced under the crawl
(`DatabaseFileLost`, never retried) ends the crawl the same way, counted in
`autocrawl/errors/database_file_lost`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from scrapy.crawler import Crawler
from scrapy.utils.defer import _schedule_coro

from autocrawl.db.dbfile import DatabaseFileLost
from autocrawl.db.retry import DatabaseUnavailable, first_line, retry_transient
from autocrawl.extensions.database import CrawlDatabase

__all__ = ["DatabaseGuard", "DatabaseUnavailable", "CLOSE_REASON", "UNAVAILABLE_STAT"]

T = TypeVar("T")

logger = logging.getLogger(__name__)

CLOSE_REASON = "store_unavailable"
UNAVAILABLE_STAT = "autocrawl/store_unavailable"
RETRY_STAT = "autocrawl/warnings/database_retry"
FILE_LOST_STAT = "autocrawl/errors/database_file_lost"


class DatabaseGuard:
    def __init__(self, crawler: Crawler, retry_seconds: float) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.retry_seconds = retry_seconds
        self._warned = False  # one WARNING line per outage

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DatabaseGuard:
        return cls(crawler, crawler.settings.getfloat("STORE_RETRY_SECONDS"))

    @property
    def unavailable(self) -> bool:
        """True once any pipeline of this crawl gave up on the database."""
        return bool(self.stats is not None and self.stats.get_value(UNAVAILABLE_STAT))

    async def call(self, fn: Callable[[], T], what: str) -> T:
        """`fn()` with transient errors retried; `DatabaseUnavailable` once the crawl gave up."""
        if self.unavailable:
            raise DatabaseUnavailable(f"{what}: the database is unavailable")
        try:
            result = await retry_transient(fn, give_up_after=self.retry_seconds, what=what, on_retry=self._on_retry)
        except DatabaseUnavailable as exc:
            self._give_up(exc)
            raise
        self._warned = False
        return result

    def check_file(self, database: CrawlDatabase) -> None:
        """At the end of the crawl: give up (the run fails) if the SQLite file is no longer the
        one written to; articles are counted at each batch, so none is counted here."""
        if self.unavailable:
            return
        try:
            database.check_file()
        except DatabaseFileLost as exc:
            self._give_up(exc)

    def _on_retry(self, exc: BaseException, wait: float) -> None:
        if self.stats is not None:
            self.stats.inc_value(RETRY_STAT)
        if not self._warned:
            self._warned = True
            logger.warning(
                "Database unreachable (%s: %s); retrying for up to %g s while the crawl waits",
                type(exc).__name__,
                first_line(exc),
                self.retry_seconds,
            )
        else:
            logger.debug("Database still unreachable; next attempt in %.2f s", wait)

    def _give_up(self, exc: DatabaseUnavailable) -> None:
        if self.unavailable:
            return
        if self.stats is not None:
            self.stats.set_value(UNAVAILABLE_STAT, 1)
            if isinstance(exc, DatabaseFileLost):
                self.stats.set_value(FILE_LOST_STAT, 1)
        logger.error(
            "%s; stopping the crawl (%s). Articles not stored are fetched again by the next run", exc, CLOSE_REASON
        )
        try:
            engine: Any = self.crawler.engine
        except RuntimeError:  # no crawl running (the pipelines driven by hand, as in tests)
            return
        if engine is not None and getattr(engine, "spider", None) is not None:
            _schedule_coro(engine.close_spider_async(reason=CLOSE_REASON))
