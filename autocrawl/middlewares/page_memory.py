"""Incremental runs that spend no request on known dead ends (a spider middleware).

Each page the spider follows from a link (request meta kind "page") is remembered in the
`pages` table with what it turned out to be: an article or a discussion (the spider sets meta
"page_kind"; the item says its kind), a
listing (it links to at least LISTING_MIN_ARTICLE_LINKS articles or pages of a listing: the
spider counts them in meta "article_links"), 'other' (an HTML page that is neither: a gallery, a
video, an about page), or 'dead' (404/410). Links to pages remembered as articles count as
article links (the spider lists the others' fetch keys in meta "page_links"). A later run does not request an 'other' page again until it is
AUTOCRAWL_RECHECK_OTHER_DAYS old, nor a dead one until AUTOCRAWL_RECHECK_DEAD_DAYS; what it
skipped is counted (`autocrawl/skipped/known_other`, `autocrawl/skipped/known_dead`).
A page remembered as an article keeps that kind when a fetch finds no article in it (a consent
page, an empty 200, a paywall stub: `autocrawl/warnings/not_article_on_revisit`); only a 404/410
makes it dead.
Start, robots, sitemap and feed responses are remembered with their kind (a home page as a
listing) but never skipped: discovery pages are fetched every run. With each discovery page go
its validators (ETag, Last-Modified) and the links it led to (sitemaps and feeds; for a listing
also its page links but pagination), for the next run's conditional GET (autocrawl.middlewares.incremental); a 304 keeps the kind it had. Comment pages
belong to their article and are not remembered; articles are left to
autocrawl.middlewares.incremental.
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

from autocrawl.db.pages import ARTICLE_KINDS, PageVisit, load_article_pages, load_dead_ends, save_visits, url_hash
from autocrawl.db.retry import first_line
from autocrawl.db.schema import SchemaOutOfDate
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.items import ArticleItem
from autocrawl.urls import canonicalize, fetch_key, site_key

logger = logging.getLogger(__name__)

PAGE_KIND = "page"  # request meta "kind" of pages followed from links
DEAD_STATUSES = (404, 410)
FLUSH_EVERY = 1000
LISTING_MIN_ARTICLE_LINKS = 2
# request meta "kind" of discovery requests -> the page kind remembered for them
DISCOVERY_KINDS = {"start": "listing", "robots": "robots", "sitemap": "sitemap", "feed": "feed"}
LINK_KINDS = ("sitemap", "feed")  # request kinds of the links a discovery page is remembered with
MAX_PAGE_LINKS = 500  # page links remembered per listing


def _key(url: str) -> str:
    return fetch_key(canonicalize(url)) if url else ""


class PageMemory:
    def __init__(self, database: CrawlDatabase, other_age: timedelta, dead_age: timedelta, stats: Any = None) -> None:
        self.database = database
        self.other_age = other_age
        self.dead_age = dead_age
        self.stats = stats
        self.engine: Engine | None = None
        self.dead_ends: dict[str, tuple[str, datetime]] = {}
        self.articles: set[str] = set()  # url_hash of pages known as articles or discussions
        self.pending: list[PageVisit] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageMemory:
        settings = crawler.settings
        other_days = settings.getfloat("AUTOCRAWL_RECHECK_OTHER_DAYS")
        dead_days = settings.getfloat("AUTOCRAWL_RECHECK_DEAD_DAYS")
        database_url = settings.get("DATABASE_URL")
        if not database_url:
            raise NotConfigured("no DATABASE_URL")
        memory = cls(CrawlDatabase.of(crawler), timedelta(days=other_days), timedelta(days=dead_days), crawler.stats)
        crawler.signals.connect(memory.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(memory.spider_closed, signal=signals.spider_closed)
        return memory

    # ------------------------------------------------------------------ lifecycle
    def spider_opened(self, spider: Any) -> None:
        try:
            self.engine = self.database.engine()
            self.dead_ends = load_dead_ends(self.engine, getattr(spider, "site_keys", []))
            self.articles = load_article_pages(self.engine, getattr(spider, "site_keys", []))
        except (SQLAlchemyError, SchemaOutOfDate) as exc:  # an unreachable or old store is reported elsewhere
            logger.info("no page memory from the store (%s): every linked page may be fetched", type(exc).__name__)
            self.dead_ends, self.articles = {}, set()
        if self.dead_ends:
            logger.info("page memory: %d known dead ends of these sites", len(self.dead_ends))

    def spider_closed(self, spider: Any) -> None:
        self.flush()
        self.engine = None  # the crawl's engine: CrawlDatabase disposes it

    def flush(self) -> None:
        if not self.pending or self.engine is None:
            return
        visits, self.pending = self.pending, []
        try:
            save_visits(self.engine, visits)
        except SQLAlchemyError as exc:  # next run fetches them again: nothing is lost
            self._inc("errors/page_memory")
            logger.warning(
                "could not remember %d pages (%s): they are fetched again next run", len(visits), first_line(exc)
            )

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
            kind = output.meta.get("kind")
            if kind in LINK_KINDS:
                tally.links.append((str(kind), output.url))
            elif kind == PAGE_KIND and getattr(output.meta.get("listed"), "kind", None) != "pagination":
                tally.pages.append((PAGE_KIND, output.url))
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
            self._remember(response, DISCOVERY_KINDS[request_kind], tally)
            return
        if request_kind != PAGE_KIND:
            return  # comment pages belong to their article
        if response.meta.get("page_incomplete"):
            return  # cut short: what it is, the next run tells
        if response.status == 304 and response.meta.get("conditional") == "discovery":
            kind = str(response.meta.get("remembered_kind") or "listing")
        elif tally.discussions:
            kind = "discussion"
        elif tally.articles or response.status == 304 or response.meta.get("page_kind") == "article":
            kind = "article"
        elif self._article_links(response) >= LISTING_MIN_ARTICLE_LINKS:
            kind = "listing"
        else:
            kind = "other"
        if kind not in ARTICLE_KINDS and self._was_article(response):
            self._keep_article_kind(response, kind)
            return
        self._remember(response, kind, tally)

    def _was_article(self, response: Response) -> bool:
        return url_hash(_key(_first_url(response))) in self.articles

    def _keep_article_kind(self, response: Response, kind: str) -> None:
        """A page remembered as an article that held none this time (a consent page, an empty
        200, a paywall stub): one bad fetch does not make it an 'other' page, which would not be
        revisited for AUTOCRAWL_RECHECK_OTHER_DAYS. Its row is left as it was, the fetch counted."""
        self._inc("warnings/not_article_on_revisit")
        logger.warning(
            "a stored article's page held no article this time (read as %s), kept as an article: %s", kind, response.url
        )

    def _article_links(self, response: Response) -> int:
        """Links to articles and listing pages: those the spider counted, and those to pages
        remembered as articles (meta "page_links": fetch keys)."""
        known = sum(url_hash(key) in self.articles for key in response.meta.get("page_links", ()))
        return int(response.meta.get("article_links", 0)) + known

    def _remember(self, response: Response, kind: str, tally: _Tally | None = None) -> None:
        url = _first_url(response)
        key = _key(url)
        if kind in ("article", "discussion"):
            self.articles.add(url_hash(key))
        etag, last_modified = _validators(response)
        links = None
        if tally is not None and kind in DISCOVERY_KINDS.values():
            # a listing's page links too: those that are listings themselves are asked again after a 304
            links = tuple(tally.links + (tally.pages[:MAX_PAGE_LINKS] if kind == "listing" else []))
        self.pending.append(
            PageVisit(key, url, site_key(url), kind, response.status, datetime.now(UTC), etag, last_modified, links)
        )
        if len(self.pending) >= FLUSH_EVERY:
            self.flush()

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{key}")


def _first_url(response: Response) -> str:
    """The URL the page was asked for, before any redirect."""
    return str((response.meta.get("redirect_urls") or [response.url])[0])


def _validators(response: Response) -> tuple[str | None, str | None]:
    """ETag and Last-Modified of a response; a 304 that repeats none keeps those it was asked with."""

    def header(headers: Any, name: str) -> str | None:
        value = headers.get(name)
        return value.decode("latin-1") if value else None

    etag, last_modified = header(response.headers, "ETag"), header(response.headers, "Last-Modified")
    if response.status == 304 and response.request is not None:
        etag = etag or header(response.request.headers, "If-None-Match")
        last_modified = last_modified or header(response.request.headers, "If-Modified-Since")
    return etag, last_modified


class _Tally:
    """What the spider made of one response."""

    __slots__ = ("articles", "discussions", "links", "pages", "requests")

    def __init__(self) -> None:
        self.articles = 0
        self.discussions = 0
        self.requests = 0
        self.links: list[tuple[str, str]] = []  # (request kind, URL) of the sitemaps and feeds it led to
        self.pages: list[tuple[str, str]] = []  # ("page", URL) of the pages it linked (no pagination)
