"""StorePipeline: writes articles (with comments, URL forms, versions, duplicate links) to the
store, in batches of STORE_BATCH_SIZE with one savepoint per article, and counts outcomes in
the crawl stats (`autocrawl/articles_new|updated|unchanged|duplicate`,
`autocrawl/comments_new|updated|deleted`, `autocrawl/store_errors`).

A failing article is logged and counted; the others of its batch are kept. The remaining
batch is written in `close_spider`. Settings: DATABASE_URL, DATABASE_AUTO_UPGRADE_SQLITE,
STORE_BATCH_SIZE.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler

from autocrawl.db import open_repository
from autocrawl.db.repository import Repository, SaveOutcome
from autocrawl.items import UrlFormItem
from autocrawl.urls import canonicalize
from pipelines.dedupe import flush_index_for, verdicts_for

logger = logging.getLogger(__name__)

__all__ = ["StorePipeline"]


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.database_url: str = s.get("DATABASE_URL")
        self.auto_upgrade = s.getbool("DATABASE_AUTO_UPGRADE_SQLITE", True)
        self.batch_size = max(1, s.getint("STORE_BATCH_SIZE", 50))
        self.verdicts = verdicts_for(crawler)
        self.buffer: list[dict[str, Any]] = []
        self.url_forms: list[tuple[str, str]] = []  # (canonical URL, another URL form), applied after each flush
        self.repo: Repository | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self.repo = open_repository(self.database_url, self.auto_upgrade)

    def close_spider(self, spider: Any = None) -> None:
        self.flush()
        if self.repo is not None:
            self.repo.engine.dispose()

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None and n:
            self.stats.inc_value(f"autocrawl/{key}", n)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, UrlFormItem):
            self.url_forms.append((item.canonical_url, item.url))
            return item
        adapter = ItemAdapter(item)
        if "canonical_url" not in adapter.field_names() and "canonical_url" not in adapter:
            return item
        record = adapter.asdict()
        if record.get("http_status") == 304 and not (record.get("body") or "").strip():
            # a conditional GET answered "not modified": only last_seen moves
            self._touch(record)
            return item
        key = canonicalize(record.get("canonical_url") or "") or canonicalize(record.get("url") or "")
        verdict = self.verdicts.pop(key, None)
        if verdict is not None and not record.get("duplicate_of_url"):
            record["duplicate_of_url"] = verdict.duplicate_of_url
            record["duplicate_kind"] = verdict.duplicate_kind
            record["similarity"] = verdict.similarity
        record.setdefault("run_id", self.stats.get_value("autocrawl/run_id") if self.stats is not None else None)
        self.buffer.append(record)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def _touch(self, record: dict[str, Any]) -> None:
        assert self.repo is not None
        url = record.get("canonical_url") or record.get("url") or ""
        try:
            touched = self.repo.touch_article(url, record.get("etag"), record.get("last_modified"))
        except Exception as exc:
            self._inc("store_errors")
            logger.error("Store failed to touch %s: %s: %s", url, type(exc).__name__, exc)
            return
        self._inc("articles_not_modified" if touched else "articles_not_modified_unknown")

    def flush(self) -> None:
        if self.buffer:
            try:  # the batch's near-duplicate signatures first: never a stored article without one
                flush_index_for(self.crawler)
            except Exception as exc:
                self._inc("store_errors")
                logger.error("Store failed to write near-duplicate signatures: %s: %s", type(exc).__name__, exc)
        self._flush_articles()
        if self.url_forms and self.repo is not None:
            pairs, self.url_forms = self.url_forms, []
            try:
                self._inc("url_forms_added", self.repo.add_url_forms(pairs))
            except Exception as exc:
                self._inc("store_errors")
                logger.error("Store failed to add %d URL forms: %s: %s", len(pairs), type(exc).__name__, exc)

    def _flush_articles(self) -> None:
        if not self.buffer:
            return
        batch, self.buffer = self.buffer, []
        if self.repo is None:
            raise RuntimeError("StorePipeline.flush before open_spider")
        try:
            results: list[SaveOutcome | Exception] = self.repo.save_articles(batch)
        except Exception as exc:  # the database is gone: count every article of the batch
            results = [exc] * len(batch)
        for record, result in zip(batch, results, strict=True):
            if isinstance(result, Exception):
                self._inc("store_errors")
                logger.error(
                    "Store failed for %s: %s: %s",
                    record.get("url") or record.get("canonical_url"),
                    type(result).__name__,
                    str(result).splitlines()[0] if str(result) else "",
                )
                continue
            self._inc(f"articles_{result.status}")
            self._inc("comments_new", result.comments_new)
            self._inc("comments_updated", result.comments_updated)
            self._inc("comments_deleted", result.comments_deleted)
