"""StorePipeline: writes articles (with comments, URL forms, versions, duplicate links) to the
store, in batches of STORE_BATCH_SIZE, or sooner once the oldest buffered article has waited
STORE_BATCH_SECONDS (a timer, so a slow site's rows appear within seconds and a kill loses only
those seconds; a batch with a failing article is written again with one savepoint per article:
`Repository.save_articles`), and counts outcomes in
the crawl stats (`autocrawl/articles_new|updated|unchanged|duplicate`,
`autocrawl/comments_new|updated|deleted`, `autocrawl/store_errors`,
`autocrawl/articles_not_stored`; a revisit whose body shrank to a fraction of the stored one,
kept as stored: `autocrawl/warnings/shrunk_body_kept`).

Every article that reaches the store is either written or counted:
- an error of the article's own data is logged and counted in `store_errors`; the others of
  its batch are kept;
- a lost connection is retried for STORE_RETRY_SECONDS (see `pipelines.outage`); past that the
  crawl stops and the articles not written are counted in `articles_not_stored` (the next run
  fetches them again);
- an SQLite file deleted, moved or replaced under the crawl is noticed at the next batch
  commit (and at the end): the crawl stops the same way, that batch counted as not stored.
Text is made valid for the database first (lone surrogates, NUL: `autocrawl/warnings/
invalid_text_repaired`). The remaining batch is written in `close_spider`. A duplicate's
verdict comes on the item, set by the DedupePipeline. The database is the crawl's one engine
(`CrawlDatabase`). Settings (defaults in autocrawl/settings.py): STORE_BATCH_SIZE,
STORE_BATCH_SECONDS, STORE_RETRY_SECONDS.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from autocrawl.db.repository import Repository, SaveOutcome
from autocrawl.db.retry import first_line, is_transient
from autocrawl.db.valid_text import field_names, repair_text
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.items import UrlFormItem
from pipelines.dedupe import count_repairs
from pipelines.outage import DatabaseGuard, DatabaseUnavailable

logger = logging.getLogger(__name__)

__all__ = ["StorePipeline"]


def plain(value: Any) -> Any:
    """`value` with every item in it (dataclass items, dicts, lists) made plain dicts and lists,
    copied: what `ItemAdapter.asdict()` gives, without asking every string whether it is an item."""
    if isinstance(value, str | int | float | bool | None):
        return value
    if isinstance(value, dict):
        return {key: plain(v) for key, v in value.items()}
    if isinstance(value, list | tuple | set):
        return value.__class__(plain(v) for v in value)
    names = field_names(type(value))
    if names:  # a dataclass instance
        return {name: plain(getattr(value, name)) for name in names}
    if ItemAdapter.is_item(value):
        return ItemAdapter(value).asdict()
    return value


def _url(record: dict[str, Any]) -> str:
    return str(record.get("url") or record.get("canonical_url") or "")


class StorePipeline:
    def __init__(
        self,
        database: CrawlDatabase,
        guard: DatabaseGuard,
        batch_size: int,
        stats: StatsCollector | None = None,
        batch_seconds: float = 0.0,
    ) -> None:
        self.database = database
        self.guard = guard
        self.batch_size = max(1, batch_size)
        self.batch_seconds = batch_seconds  # 0: no time bound, batches are written only when full
        self.stats = stats
        self.buffer: list[dict[str, Any]] = []
        self._oldest = 0.0  # loop time the oldest buffered article arrived
        self._timer: asyncio.TimerHandle | None = None  # writes the batch once the oldest waited batch_seconds
        self._timed_flush: asyncio.Task[None] | None = None
        self.url_forms: list[tuple[str, str]] = []  # (canonical URL, another URL form), applied after each flush
        self.repo: Repository | None = None
        self._flushing = asyncio.Lock()  # one batch at a time: a batch waiting out an outage holds the others

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(
            CrawlDatabase.of(crawler),
            DatabaseGuard.from_crawler(crawler),
            crawler.settings.getint("STORE_BATCH_SIZE"),
            crawler.stats,
            crawler.settings.getfloat("STORE_BATCH_SECONDS"),
        )

    def open_spider(self, spider: Any = None) -> None:
        self.repo = Repository(self.database.engine())

    async def close_spider(self, spider: Any = None) -> None:
        self._cancel_timer()
        if self._timed_flush is not None:
            await self._timed_flush
        await self.flush()
        self.guard.check_file(self.database)
        not_stored = int(self.stats.get_value("autocrawl/articles_not_stored", 0) or 0) if self.stats else 0
        if not_stored:
            logger.error(
                "%d articles were not stored because the database was unavailable; the next run fetches them again",
                not_stored,
            )

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None and n:
            self.stats.inc_value(f"autocrawl/{key}", n)

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, UrlFormItem):
            self.url_forms.append((item.canonical_url, item.url))
            return item
        adapter = ItemAdapter(item)
        if "canonical_url" not in adapter.field_names() and "canonical_url" not in adapter:
            return item
        record, repaired = repair_text(plain(item))
        count_repairs(self.stats, repaired, _url(record))
        if record.get("http_status") == 304 and not (record.get("body") or "").strip():
            # a conditional GET answered "not modified": only last_seen moves
            await self._touch(record)
            return item
        record.setdefault("run_id", self.stats.get_value("autocrawl/run_id") if self.stats is not None else None)
        if not self.buffer:
            self._oldest = asyncio.get_running_loop().time()
        self.buffer.append(record)
        if len(self.buffer) >= self.batch_size:
            await self.flush()
        else:
            self._arm_timer()
        return item

    def _arm_timer(self) -> None:
        """Have the buffer written once its oldest article has waited batch_seconds, even if no
        other article comes; one timer (or timed write) at a time."""
        if self.batch_seconds <= 0 or not self.buffer or self._timer is not None or self._timed_flush is not None:
            return
        loop = asyncio.get_running_loop()
        delay = max(0.0, self._oldest + self.batch_seconds - loop.time())
        self._timer = loop.call_later(delay, self._start_timed_flush)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _start_timed_flush(self) -> None:
        self._timer = None
        self._timed_flush = asyncio.ensure_future(self._flush_on_time())

    async def _flush_on_time(self) -> None:
        """The timer's write (outages are waited out by `flush` as for a full batch); articles
        buffered meanwhile get a timer of their own."""
        try:
            await self.flush()
        except Exception:
            logger.exception("Store failed to write a batch on time")
        finally:
            self._timed_flush = None
        self._arm_timer()

    async def _touch(self, record: dict[str, Any]) -> None:
        repo = self._repo()
        url = record.get("canonical_url") or record.get("url") or ""
        etag, last_modified = record.get("etag"), record.get("last_modified")
        try:
            touched = await self.guard.call(lambda: repo.touch_article(url, etag, last_modified), "touching an article")
        except DatabaseUnavailable:
            self._not_stored([record])
            return
        except Exception as exc:
            self._inc("store_errors")
            logger.error("Store failed to touch %s: %s: %s", url, type(exc).__name__, first_line(exc))
            return
        self._inc("articles_not_modified" if touched else "articles_not_modified_unknown")

    def _repo(self) -> Repository:
        if self.repo is None:
            raise RuntimeError("StorePipeline used before open_spider")
        return self.repo

    async def flush(self) -> None:
        """Write the buffered articles, then the URL forms found meanwhile."""
        async with self._flushing:
            self._cancel_timer()
            batch, self.buffer = self.buffer, []
            pairs, self.url_forms = self.url_forms, []
            if batch:
                await self._flush_index(batch)
                await self._save(batch)
            if pairs:
                await self._add_url_forms(pairs)

    async def _flush_index(self, batch: list[dict[str, Any]]) -> None:
        """The batch's near-duplicate signatures first: never a stored article without one."""
        if self.guard.unavailable:
            return
        try:
            await self.guard.call(self.database.prepare_store, "writing near-duplicate signatures")
        except DatabaseUnavailable:
            return  # the articles are counted as not stored by _save
        except Exception as exc:
            self._inc("store_errors")
            logger.error("Store failed to write near-duplicate signatures: %s: %s", type(exc).__name__, first_line(exc))

    async def _save(self, batch: list[dict[str, Any]]) -> None:
        repo = self._repo()
        pending = batch

        def attempt() -> None:
            """Save what is pending; keep for the next attempt only the articles a lost
            connection failed, so an article is never counted twice."""
            nonlocal pending
            results: list[SaveOutcome | Exception] = repo.save_articles(pending)
            self.database.check_file()  # written to a file still on disk, or lost with it
            retry: list[dict[str, Any]] = []
            lost: Exception | None = None
            for record, result in zip(pending, results, strict=True):
                if isinstance(result, Exception) and is_transient(result):
                    retry.append(record)
                    lost = result
                else:
                    self._count(record, result)
            pending = retry
            if lost is not None:
                raise lost

        try:
            await self.guard.call(attempt, f"storing {len(batch)} articles")
        except DatabaseUnavailable:
            self._not_stored(pending)
        except Exception as exc:  # the batch as a whole failed on its data
            for record in pending:
                self._count(record, exc)

    def _count(self, record: dict[str, Any], result: SaveOutcome | Exception) -> None:
        if isinstance(result, Exception):
            self._inc("store_errors")
            logger.error("Store failed for %s: %s: %s", _url(record), type(result).__name__, first_line(result))
            return
        self._inc(f"articles_{result.status}")
        if result.shrunk_body is not None:
            self._inc("warnings/shrunk_body_kept")
            logger.warning(
                "a revisit's body is much shorter than the stored one (%d characters, stored %d): "
                "the stored version is kept, new comments are stored: %s",
                result.shrunk_body[1],
                result.shrunk_body[0],
                _url(record),
            )
        self._inc("comments_new", result.comments_new)
        self._inc("comments_updated", result.comments_updated)
        self._inc("comments_deleted", result.comments_deleted)

    def _not_stored(self, records: list[dict[str, Any]]) -> None:
        self._inc("articles_not_stored", len(records))
        for record in records:
            logger.debug("Not stored (database unavailable): %s", _url(record))

    async def _add_url_forms(self, pairs: list[tuple[str, str]]) -> None:
        repo = self._repo()
        if self.guard.unavailable:
            self._inc("warnings/url_forms_not_stored", len(pairs))
            return
        try:
            added = await self.guard.call(lambda: repo.add_url_forms(pairs), f"adding {len(pairs)} URL forms")
        except DatabaseUnavailable:
            self._inc("warnings/url_forms_not_stored", len(pairs))
            return
        except Exception as exc:
            self._inc("store_errors")
            logger.error("Store failed to add %d URL forms: %s: %s", len(pairs), type(exc).__name__, first_line(exc))
            return
        self._inc("url_forms_added", added)
