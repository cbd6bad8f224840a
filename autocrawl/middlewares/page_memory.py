"""Incremental runs that spend no request on known dead ends (a spider middleware).

Each page the spider follows from a link (request meta kind "page") is remembered in the
`pages` table with what it turned out to be: an article or a discussion (the spider sets meta
"page_kind"; the item says its kind), a
listing (it links to at least LISTING_MIN_ARTICLE_LINKS articles or pages of a listing: the
spider counts them in meta "article_links"), 'other' (an HTML page that is neither: a gallery, a
video, an about page), or 'dead' (404/410). A later run does not request an 'other' page again until it is
AUTOCRAWL_RECHECK_OTHER_DAYS old, nor a dead one until AUTOCRAWL_RECHECK_DEAD_DAYS; what it
skipped is counted (`autocrawl/skipped/known_other`, `autocrawl/skipped/known_dead`).
Start, robots, sitemap and feed responses are remembered with their kind (a home page as a
listing) but never skipped: discovery pages are fetched every run. Comment pages belong to their
article and are not remembered; articles are left to the known-articles rules of the spider.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from autocrawl.db.engine import make_engine
from autocrawl.db.pages import PageVisit, load_dead_ends, save_visits, url_hash
from autocrawl.items import ArticleItem
from autocrawl.urls import canonicalize, fetch_key, site_key

logger = logging.getLogger(__name__)

PAGE_KIND = "page"  # request meta "kind" of pages followed from links
DEAD_STATUSES = (404, 410)
FLUSH_EVERY = 1000
LISTING_MIN_ARTICLE_LINKS = 2
# request meta "kind" of discovery requests -> the page kind remembered for them
DISCOVERY_KINDS = {"start": "listing", "robots": "robots", "sitemap": "sitemap", "feed": "feed"}


def _key(url: str) -> str:
    return fetch_key(canonicalize(url)) if url else ""


class PageMemory:
    def __init__(self, database_url: str, other_age: timedelta, dead_age: timedelta, stats: Any = None) -> None:
        self.database_url = database_url
        self.other_age = other_age
        self.dead_age = dead_age
        self.stats = stats
        self.engine: Engine | None = None
        self.dead_ends: dict[str, tuple[str, datetime]] = {}
        self.pending: list[PageVisit] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageMemory:
        settings = crawler.settings
        other_days = settings.getfloat("AUTOCRAWL_RECHECK_OTHER_DAYS")
        dead_days = settings.getfloat("AUTOCRAWL_RECHECK_DEAD_DAYS")
        database_url = settings.get("DATABASE_URL")
        if not database_url:
            raise NotConfigured("no DATABASE_URL")
        memory = cls(database_url, timedelta(days=other_days), timedelta(days=dead_days), crawler.stats)
        crawler.signals.connect(memory.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(memory.spider_closed, signal=signals.spider_closed)
        return memory

    # ------------------------------------------------------------------ lifecycle
    def spider_opened(self, spider: Any) -> None:
        try:
            self.engine = make_engine(self.database_url)
            self.dead_ends = load_dead_ends(self.engine, getattr(spider, "site_keys", []))
        except SQLAlchemyError as exc:  # a new store has no table yet; an unreachable one is reported elsewhere
            logger.info("no page memory from the store (%s): every linked page may be fetched", type(exc).__name__)
            self.dead_ends = {}
        if self.dead_ends:
            logger.info("page memory: %d known dead ends of these sites", len(self.dead_ends))

    def spider_closed(self, spider: Any) -> None:
        self.flush()
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None

    def flush(self) -> None:
        if not self.pending or self.engine is None:
            return
        visits, self.pending = self.pending, []
        try:
            save_visits(self.engine, visits)
        except SQLAlchemyError as exc:  # next run fetches them again: nothing is lost
            self._inc("errors/page_memory")
            logger.warning("could not remember %d pages (%s): they are fetched again next run", len(visits), exc)

    # ------------------------------------------------------------------ spider middleware
    def process_spider_input(self, response: Response) -> None:
        if response.status in DEAD_STATUSES and response.meta.get("kind") == PAGE_KIND:
            self._remember(response, "dead")
        return None

    def process_spider_output(self, response: Response, result: Iterable[Any]) -> Iterator[Any]:
        tally = _Tally()
        for output in result:
            if self._keep(output, tally):
                yield output
        self._classify(response, tally)

    async def process_spider_output_async(self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        tally = _Tally()
        async for output in result:
            if self._keep(output, tally):
                yield output
        self._classify(response, tally)

    # ------------------------------------------------------------------ decisions
    def _keep(self, output: Any, tally: _Tally) -> bool:
        if isinstance(output, Request):
            if output.meta.get("kind") == PAGE_KIND and self._known_dead_end(output.url):
                return False
            tally.requests += 1
        elif isinstance(output, ArticleItem):
            tally.articles += 1
            tally.discussions += output.kind == "discussion"
        return True

    def _known_dead_end(self, url: str) -> bool:
        known = self.dead_ends.get(url_hash(_key(url)))
        if known is None:
            return False
        kind, fetched = known
        age = datetime.now(UTC) - (fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC))
        if age >= (self.dead_age if kind == "dead" else self.other_age):
            return False
        self._inc(f"skipped/known_{kind}")
        logger.debug("not fetched (a known %s page, fetched %s ago): %s", kind, age, url)
        return True

    def _classify(self, response: Response, tally: _Tally) -> None:
        request_kind = response.meta.get("kind")
        if response.status in DEAD_STATUSES or response.status >= 500:
            return
        if 300 <= response.status < 400 and response.status != 304:
            return  # a redirect: its target is remembered when it is fetched
        if request_kind in DISCOVERY_KINDS:  # fetched every run; remembered for readers of the table
            self._remember(response, DISCOVERY_KINDS[request_kind])
            return
        if request_kind != PAGE_KIND:
            return  # comment pages belong to their article
        if tally.discussions:
            kind = "discussion"
        elif tally.articles or response.status == 304 or response.meta.get("page_kind") == "article":
            kind = "article"
        elif response.meta.get("article_links", 0) >= LISTING_MIN_ARTICLE_LINKS:
            kind = "listing"
        else:
            kind = "other"
        self._remember(response, kind)

    def _remember(self, response: Response, kind: str) -> None:
        url = (response.meta.get("redirect_urls") or [response.url])[0]
        self.pending.append(PageVisit(_key(url), url, site_key(url), kind, response.status, datetime.now(UTC)))
        if len(self.pending) >= FLUSH_EVERY:
            self.flush()

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{key}")


class _Tally:
    """What the spider made of one response."""

    __slots__ = ("articles", "discussions", "requests")

    def __init__(self) -> None:
        self.articles = 0
        self.discussions = 0
        self.requests = 0
