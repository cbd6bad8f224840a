"""DedupePipeline: marks duplicate articles before the store writes them.

Checks, in order:
1. canonical URL: the same article twice in this run is dropped (`autocrawl/duplicates/url`);
   across runs the store updates the article keyed on its canonical URL (not a duplicate);
2. exact body hash: the same normalised body under another canonical URL, in this run or in
   the store, is a duplicate (`duplicate_kind='exact'`, `autocrawl/duplicates/exact`);
3. near duplicate: MinHash/LSH, estimated Jaccard >= NEARDUP_THRESHOLD with an indexed
   original (`duplicate_kind='near'`, `similarity`, `autocrawl/duplicates/near`).

A duplicate is not dropped: the verdict is set on the item (`duplicate_of_url`,
`duplicate_kind`, `similarity`: ArticleItem fields, or keys of a dict item), which the
StorePipeline reads, so it stores a link row.
Empty or very short bodies are never duplicates (DEDUPE_MIN_WORDS, NEARDUP_MIN_WORDS).

Text the database would refuse (lone surrogates, NUL) is repaired on the item first
(`autocrawl/warnings/invalid_text_repaired`). The lookups in the store retry a lost connection
like the store does (`pipelines.outage`, STORE_RETRY_SECONDS); once the crawl gave up on the
database an article passes unchecked, and the store counts it as not stored. The database is
the crawl's one engine (`CrawlDatabase`); the signatures not yet written are written before
each store batch (`CrawlDatabase.before_store`).

Settings (defaults in autocrawl/settings.py): NEARDUP_ENABLED, NEARDUP_THRESHOLD,
NEARDUP_NUM_PERM, NEARDUP_SHINGLE_SIZE, NEARDUP_MIN_WORDS, DEDUPE_MIN_WORDS,
NEARDUP_WRITE_BATCH (database backend: signatures written per transaction), NEARDUP_BACKEND
('auto' | 'database' | 'redis' | 'memory'; auto = redis when the scrapy-redis scheduler is
configured, else database), REDIS_URL, NEARDUP_REDIS_PREFIX.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from autocrawl.db.repository import Repository
from autocrawl.db.retry import first_line
from autocrawl.db.valid_text import repair_text
from autocrawl.dedupe.hashing import body_hash, normalize_text
from autocrawl.dedupe.index import (
    DatabaseNearDupIndex,
    MemoryNearDupIndex,
    NearDupIndex,
    RedisNearDupIndex,
)
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.items import UrlFormItem
from autocrawl.urls import canonicalize, key_url_fits
from pipelines.outage import DatabaseGuard, DatabaseUnavailable

logger = logging.getLogger(__name__)

__all__ = ["DedupePipeline", "Verdict", "NearDupConfig", "count_repairs"]


@dataclass(frozen=True)
class Verdict:
    duplicate_of_url: str
    duplicate_kind: str  # 'exact' | 'near'
    similarity: float


@dataclass(frozen=True)
class NearDupConfig:
    enabled: bool
    backend: str  # database | redis | memory
    threshold: float
    num_perm: int
    shingle_size: int
    min_words: int
    write_batch: int
    redis_url: str
    redis_prefix: str


def count_repairs(stats: Any, repaired: int, url: str) -> None:
    """One log line and a counted stat for text made valid before it reaches the database."""
    if not repaired:
        return
    if stats is not None:
        stats.inc_value("autocrawl/warnings/invalid_text_repaired", repaired)
    logger.warning("Repaired %d invalid characters (lone surrogates, NUL) in %s before storing", repaired, url)


def repair_item(adapter: ItemAdapter) -> int:
    """Make every text field of the item valid for the database, in place; returns how many
    characters were replaced or dropped."""
    if dataclasses.is_dataclass(adapter.item):
        return repair_text(adapter.item)[1]  # a dataclass is repaired in place
    total = 0
    for name in list(adapter.keys()):
        value, repaired = repair_text(adapter[name])
        if repaired:
            adapter[name] = value
            total += repaired
    return total


def body_text(adapter: ItemAdapter) -> str:
    return (adapter.get("body") or "").strip()


class DedupePipeline:
    def __init__(
        self,
        database: CrawlDatabase,
        guard: DatabaseGuard,
        near: NearDupConfig,
        exact_min_words: int,
        stats: StatsCollector | None = None,
    ) -> None:
        self.database = database
        self.guard = guard
        self.near = near
        self.exact_min_words = exact_min_words
        self.stats = stats
        self.seen_urls: dict[str, str] = {}  # URL form -> canonical URL, this run
        self.seen_hashes: dict[str, str] = {}  # body hash -> canonical URL of the first, this run
        self.repo: Repository | None = None
        self.index: NearDupIndex | None = None
        self._checking = asyncio.Lock()  # one item at a time, so an outage cannot reorder the checks

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupePipeline:
        s = crawler.settings
        backend = (s.get("NEARDUP_BACKEND") or "auto").lower()
        if backend == "auto":
            backend = "redis" if "scrapy_redis" in str(s.get("SCHEDULER") or "") else "database"
        near = NearDupConfig(
            enabled=s.getbool("NEARDUP_ENABLED"),
            backend=backend,
            threshold=s.getfloat("NEARDUP_THRESHOLD"),
            num_perm=s.getint("NEARDUP_NUM_PERM"),
            shingle_size=s.getint("NEARDUP_SHINGLE_SIZE"),
            min_words=s.getint("NEARDUP_MIN_WORDS"),
            write_batch=max(1, s.getint("NEARDUP_WRITE_BATCH")),
            redis_url=s.get("REDIS_URL"),
            redis_prefix=s.get("NEARDUP_REDIS_PREFIX"),
        )
        return cls(
            CrawlDatabase.of(crawler),
            DatabaseGuard.from_crawler(crawler),
            near,
            s.getint("DEDUPE_MIN_WORDS"),
            crawler.stats,
        )

    # ------------------------------------------------------------------ lifecycle
    def open_spider(self, spider: Any = None) -> None:
        self.repo = Repository(self.database.engine())
        near = self.near
        if not near.enabled:
            return
        kwargs = {
            "threshold": near.threshold,
            "num_perm": near.num_perm,
            "shingle_size": near.shingle_size,
            "min_words": near.min_words,
        }
        if near.backend == "redis":
            self.index = RedisNearDupIndex.from_url(near.redis_url, near.redis_prefix, **kwargs)
        elif near.backend == "memory":
            self.index = MemoryNearDupIndex(**kwargs)
        elif near.backend == "database":
            self.index = DatabaseNearDupIndex(self.repo.engine, write_batch=near.write_batch, **kwargs)
        else:
            raise ValueError(f"NEARDUP_BACKEND must be auto, database, redis or memory, not {near.backend!r}")
        self.database.before_store(self.index.flush)  # never a stored article without its signature
        logger.info(
            "near-duplicate detection: %s index, threshold %.2f, %d permutations, LSH %d bands x %d rows",
            near.backend,
            near.threshold,
            near.num_perm,
            self.index.params.bands,
            self.index.params.rows,
        )

    async def close_spider(self, spider: Any = None) -> None:
        if self.repo is not None:
            self.repo.close()
        index = self.index
        if index is not None:
            try:
                await self.guard.call(index.flush, "writing near-duplicate signatures")
            except DatabaseUnavailable:
                pass  # their articles are not stored either, and are fetched again next run
            except Exception as exc:
                logger.error("Could not write near-duplicate signatures: %s: %s", type(exc).__name__, first_line(exc))
            try:
                index.close()
            except Exception as exc:  # the database is away: logged above, nothing more to do
                logger.debug("closing the near-duplicate index: %s", first_line(exc))

    # ------------------------------------------------------------------ items
    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{key}")

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, UrlFormItem):
            return item  # another URL of an article: the store records it
        adapter = ItemAdapter(item)
        if "canonical_url" not in adapter.field_names() and "canonical_url" not in adapter:
            return item  # not an article
        count_repairs(self.stats, repair_item(adapter), adapter.get("url") or adapter.get("canonical_url") or "")
        async with self._checking:
            try:
                return await self._check(item, adapter)
            except DatabaseUnavailable:
                return item  # unchecked: the store counts it as not stored

    async def _check(self, item: Any, adapter: ItemAdapter) -> Any:
        url = (adapter.get("url") or "").strip()
        canonical = canonicalize(adapter.get("canonical_url") or "") or canonicalize(url)
        if not canonical or not key_url_fits(canonical):
            return item  # the store will count it as an error
        if adapter.get("http_status") == 304 and not body_text(adapter):
            return item  # not modified: nothing to compare
        # the article's own forms; redirect sources in `urls` are not used here (a "/latest"
        # URL can lead to a different story each time)
        forms = {canonical, canonicalize(url)} if url else {canonical}
        forms.discard("")
        # every form, redirect sources included: a match on one of them is this article's own
        # earlier version (a moved URL), which the store updates, not a copy
        own = forms | {canonicalize(u) for u in (adapter.get("urls") or []) if u}

        # 1. the same article already passed in this run
        for form in forms:
            first = self.seen_urls.get(form)
            if first is not None:
                self._inc("duplicates/url")
                msg = f"duplicate URL in this run: {url or canonical} (article {first} already processed)"
                logger.info("Dropped %s", msg)
                raise DropItem(msg, log_level="DEBUG")
        for form in forms:
            self.seen_urls[form] = canonical

        body = adapter.get("body") or ""
        normalized = normalize_text(body)
        verdict: Verdict | None = None

        # 2. exact: same normalised body under another canonical URL
        if normalized and len(normalized.split()) >= self.exact_min_words:
            h = body_hash(body)
            first = self.seen_hashes.get(h)
            if first is not None and first != canonical:
                verdict = Verdict(first, "exact", 1.0)
            elif first is None:
                stored = await self._original_for_body_hash(h, canonical)
                if stored is not None and stored not in own:
                    verdict = Verdict(stored, "exact", 1.0)
                else:
                    self.seen_hashes[h] = canonical

        # 3. near: MinHash LSH against the originals indexed so far (this and earlier runs)
        index = self.index
        if verdict is None and index is not None and normalized:
            sig = index.signature(body)
            if sig is not None:
                match = await self.guard.call(
                    lambda: index.query_signature(sig, exclude=canonical), "near-duplicate lookup"
                )
                if match is not None and match.key not in own:
                    verdict = Verdict(match.key, "near", round(match.similarity, 4))
                else:
                    await self.guard.call(lambda: index.add_signature(canonical, sig), "near-duplicate index")

        if verdict is not None:
            self._inc(f"duplicates/{verdict.duplicate_kind}")
            logger.info(
                "%s duplicate: %s is a copy of %s (similarity %.2f); stored as a link",
                verdict.duplicate_kind.capitalize(),
                url or canonical,
                verdict.duplicate_of_url,
                verdict.similarity,
            )
            for field, value in (
                ("duplicate_of_url", verdict.duplicate_of_url),
                ("duplicate_kind", verdict.duplicate_kind),
                ("similarity", verdict.similarity),
            ):
                if field in adapter.field_names() or isinstance(item, dict):
                    adapter[field] = value
        return item

    async def _original_for_body_hash(self, hash_: str, canonical: str) -> str | None:
        repo = self.repo
        if repo is None:
            return None
        return await self.guard.call(
            lambda: repo.original_for_body_hash(hash_, exclude_canonical=canonical), "exact-duplicate lookup"
        )
