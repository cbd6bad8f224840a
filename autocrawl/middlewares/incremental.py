"""Incremental runs (a downloader middleware): what is stored decides what a request costs.

For the crawl's sites it loads, when the spider opens, the stored articles and the discovery
pages fetched before (autocrawl.db.incremental). Then, per request:

- a page request (meta kind "page") for a stored article is dropped when its listing gives no
  reason to fetch it (`needs_refetch`), counted once per article as
  `autocrawl/incremental/skipped_unchanged`; otherwise it goes out as a conditional GET with the
  stored validators (meta "conditional" = "article"). A link dropped as unchanged may come again
  later in the run from another listing that says it changed: that request is judged anew.
- a pagination request from a listing whose links all lead to stored articles is dropped
  (`autocrawl/incremental/pagination_stopped`): older pages list older articles.
- a discovery request (start page, sitemap, feed, listing page) for a page that sent validators
  last time goes out as a conditional GET (meta "conditional" = "discovery", with the sitemap and
  feed links and the listing pages it held in meta "remembered_links"), but only when the site's last run was complete:
  otherwise a 304 would hide links to articles that were never stored; and not on a site with
  stored articles due for a revisit (young ones), whose listings must be read to reach them.
"""

from __future__ import annotations

import logging
import os
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from sqlalchemy.exc import SQLAlchemyError

from autocrawl.dates import as_aware, parse_datetime
from autocrawl.db.incremental import (
    DiscoveryPage,
    KnownArticle,
    complete_sites,
    load_discovery_pages,
    load_known_articles,
)
from autocrawl.db.pages import url_hash
from autocrawl.db.schema import SchemaOutOfDate
from autocrawl.discovery import Link, LinkKind
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.middlewares.counted import CountedIgnore
from autocrawl.middlewares.redirects import page_unchanged
from autocrawl.urls import canonicalize, fetch_key, site_key, store_site_key

logger = logging.getLogger(__name__)

DISCOVERY_REQUEST_KINDS = frozenset({"start", "sitemap", "feed"})


class SkippedUnchanged(CountedIgnore):
    """A stored article whose listing says it has not changed: not fetched."""

    def __init__(self, url: str) -> None:
        super().__init__(url, "incremental/skipped_unchanged")


def needs_refetch(known: KnownArticle, link: Link | None, now: datetime, revisit_age: timedelta) -> bool:
    """Fetch a stored article again when its listing says it changed, or while it is young (new
    comments). Young counts from the published date; an article without one counts from when it
    was first stored, and is revisited only if its last fetch found comments: a page without a
    comment section gains nothing from a revisit."""
    if known.published_at is not None:
        if now - as_aware(known.published_at) < revisit_age:
            return True
    elif known.has_comments and known.first_seen is not None and now - as_aware(known.first_seen) < revisit_age:
        return True
    changed = parse_datetime(link.lastmod) if link is not None else None
    if changed is not None and known.last_seen is not None:
        # lastmod has second resolution at best: a change in the second of the last fetch counts.
        return as_aware(changed) >= as_aware(known.last_seen).replace(microsecond=0)
    return False


# Real validators are short (an ETag is a hash or a version, Last-Modified an HTTP-date). One sent
# back longer than this would take the request's header toward the 8 KB field common servers accept
# (a 431 for every revisit of the page): such a page is asked unconditionally instead.
MAX_VALIDATOR_CHARS = 1024


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that ask for a page only if it changed, from its stored validators (those over
    `MAX_VALIDATOR_CHARS` left out)."""
    headers = {}
    if etag and len(etag) <= MAX_VALIDATOR_CHARS:
        headers["If-None-Match"] = etag
    if last_modified and len(last_modified) <= MAX_VALIDATOR_CHARS:
        headers["If-Modified-Since"] = last_modified
    return headers


class Incremental:
    def __init__(
        self, database: CrawlDatabase, revisit_age: timedelta, stats: Any = None, conditional_discovery: bool = True
    ) -> None:
        self.database = database
        self.revisit_age = revisit_age
        self.conditional_discovery = conditional_discovery
        self.stats = stats
        self.known: dict[str, KnownArticle] = {}
        self.discovery: dict[str, DiscoveryPage] = {}
        self.complete: set[str] = set()  # site_keys whose last run was complete
        self.counted: set[tuple[str, str]] = set()
        self.unchanged: Any = None  # sends the page_unchanged signal (set in from_crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Incremental:
        settings = crawler.settings
        database_url = settings.get("DATABASE_URL")
        if not database_url:
            raise NotConfigured("no DATABASE_URL")
        middleware = cls(
            CrawlDatabase.of(crawler),
            timedelta(days=settings.getfloat("AUTOCRAWL_REVISIT_DAYS")),
            crawler.stats,
            # Workers of one distributed run share its queue: a killed worker's in-flight pages are
            # found again only through the discovery pages, so distributed runs read them whole.
            conditional_discovery=settings.getbool("AUTOCRAWL_CONDITIONAL_DISCOVERY")
            and not settings.get("AUTOCRAWL_REDIS_URL"),
        )
        middleware.unchanged = lambda url: crawler.signals.send_catch_log(page_unchanged, url=url)
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        return middleware

    def spider_opened(self, spider: Any) -> None:
        start_urls = list(getattr(spider, "start_urls", []))
        sites = sorted({site_key(u) for u in start_urls})
        self.load(sorted({store_site_key(u, sites) for u in start_urls}), sites)

    def load(self, store_sites: list[str], sites: list[str]) -> None:
        """Read the store: `store_sites` key the articles' sites, `sites` the pages and runs."""
        try:
            engine = self.database.engine()
        except (SQLAlchemyError, SchemaOutOfDate, ImportError, ValueError) as exc:
            logger.warning("incremental state unavailable (%s): crawling everything", exc)
            return
        try:
            self.known = load_known_articles(engine, store_sites)
            if self.conditional_discovery:
                self.complete = complete_sites(engine, sites, os.getpid(), socket.gethostname())
                self.discovery = load_discovery_pages(engine, sorted(self.complete)) if self.complete else {}
        except SQLAlchemyError as exc:  # an unreachable store is reported elsewhere
            logger.info("incremental state unavailable (%s): crawling everything", type(exc).__name__)
        # A site with articles due for a revisit reads its listings whole: they lead to those articles.
        now = datetime.now(UTC)
        due = {site_key(url) for url, known in self.known.items() if needs_refetch(known, None, now, self.revisit_age)}
        self.complete -= due
        if self.known:
            stored = len({known.canonical_url for known in self.known.values()})
            logger.info("incremental: %d articles of these sites already stored", stored)
        if self.discovery:
            logger.info("incremental: %d discovery pages may answer 304 (not modified)", len(self.discovery))

    def process_request(self, request: Request, spider: Any = None) -> None:
        if request.meta.get("redirect_urls") or request.meta.get("retry_times"):
            return  # judged on its first hop
        kind = request.meta.get("kind")
        listed: Link | None = request.meta.get("listed")
        canonical = canonicalize(request.url)
        if kind == "page" and canonical:
            known = self.known.get(canonical)
            if known is not None:
                self._article(request, known, listed, canonical)
                return
            if listed is not None and listed.kind is LinkKind.PAGINATION and self._listing_all_known(request):
                self._inc("incremental/pagination_stopped")
                raise CountedIgnore(request.url, "incremental/pagination_stopped")
        if (kind in DISCOVERY_REQUEST_KINDS or kind == "page") and canonical:
            self._discovery(request, canonical)

    def _article(self, request: Request, known: KnownArticle, listed: Link | None, canonical: str) -> None:
        if not needs_refetch(known, listed, datetime.now(UTC), self.revisit_age):
            if ("skipped_unchanged", canonical) not in self.counted:
                self.counted.add(("skipped_unchanged", canonical))
                self._inc("incremental/skipped_unchanged")
            if self.unchanged is not None:
                self.unchanged(canonical)
            raise SkippedUnchanged(request.url)
        self._ask_if_changed(request, known.etag, known.last_modified)
        request.meta["conditional"] = "article"

    def _ask_if_changed(self, request: Request, etag: str | None, last_modified: str | None) -> None:
        headers = conditional_headers(etag, last_modified)
        for name, value in headers.items():
            request.headers.setdefault(name, value)
        if len(headers) < bool(etag) + bool(last_modified):
            self._inc("warnings/validator_too_long")
            logger.info("a stored validator of %s is too long to send back: asked unconditionally", request.url)

    def _listing_all_known(self, request: Request) -> bool:
        """The listing that linked this pagination page led only to stored articles."""
        links = request.meta.get("listing_links")
        return bool(self.known) and links is not None and all(c in self.known for c in links)

    def _discovery(self, request: Request, canonical: str) -> None:
        page = self.discovery.get(url_hash(fetch_key(canonical)))
        if page is None or site_key(request.url) not in self.complete:
            return
        self._ask_if_changed(request, page.etag, page.last_modified)
        request.meta["conditional"] = "discovery"
        request.meta["remembered_kind"] = page.kind
        # after a 304: its sitemaps and feeds, and the pages it linked that are listings themselves
        request.meta["remembered_links"] = [
            (kind, url)
            for kind, url in page.links
            if kind != "page" or url_hash(fetch_key(canonicalize(url))) in self.discovery
        ]

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{key}")
