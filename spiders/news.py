"""The `news` spider: discovers article pages on the start sites and follows each article to its
comment pages. What to follow and what to extract; the parsing lives in `autocrawl.discovery`
and `autocrawl.extraction`.

    scrapy crawl news -a url=https://example.com/ [-a max_pages=500] [-a since=2024-01-01]

Its arguments are checked by autocrawl.spiderargs.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from sqlalchemy.exc import SQLAlchemyError
from twisted.python.failure import Failure

from autocrawl.analysis import PageAnalysis, PageAnalyzer, default_processes
from autocrawl.commentpages import new_on_page
from autocrawl.crawlstate import ListedBound, PageBudget
from autocrawl.dates import as_aware, parse_datetime, utc_now_iso
from autocrawl.db.incremental import YoungArticles, load_young_articles
from autocrawl.db.schema import SchemaOutOfDate
from autocrawl.discovery import (
    DocumentKind,
    Link,
    LinkKind,
    LinkList,
    feed_links,
    is_action_link,
    is_gzip,
    is_json_document,
    is_listed_action,
    is_text_sitemap,
    looks_like_calendar_trap,
    robots_sitemaps,
    sitemap_body,
    sitemap_links,
    sniff_document,
    text_sitemap_links,
)
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.extraction.common.headline import same_story
from autocrawl.extraction.common.page import looks_binary
from autocrawl.failures import failure_reason
from autocrawl.items import ArticleItem, CommentItem, UrlFormItem, article_item, discovered_via, link_channel
from autocrawl.middlewares.counted import CountedIgnore
from autocrawl.middlewares.incremental import SkippedUnchanged
from autocrawl.middlewares.redirects import AlreadyFetched
from autocrawl.middlewares.refusal import RequestRefused
from autocrawl.middlewares.scope import site_scope
from autocrawl.spiderargs import NewsArguments, parse_since
from autocrawl.urlforms import UrlForms
from autocrawl.urls import (
    absolute_url,
    canonical_too_long,
    canonicalize,
    fetch_key,
    foreign_canonical,
    resolve_canonical,
    site_identity,
    site_key,
    store_site_key,
)

# Request priorities: discovery files first, then articles, then pages that may hold links.
PRIORITY_DISCOVERY = 30
PRIORITY_COMMENTS = 25
PRIORITY_ARTICLE = 20
PRIORITY_PAGINATION = 10
PRIORITY_PAGE = 0
# Requests for files that list a site's URLs: what they list on other sites is counted.
LISTING_KINDS = frozenset({"robots", "sitemap", "feed"})


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(
        self,
        url: str | None = None,
        urls: str | list[str] | None = None,
        max_pages: int | str | None = None,
        max_depth: int | str | None = None,
        since: str | None = None,
        revisit_days: float | str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.arguments = NewsArguments.parse(url, urls, max_pages, max_depth, since, revisit_days)
        self.start_urls = self.arguments.start_urls
        self._args = {"max_pages": max_pages, "max_depth": max_depth, "since": since, "revisit_days": revisit_days}
        self.site_keys = sorted({site_key(u) for u in self.start_urls})
        hosts = {urlsplit(u).hostname or "" for u in self.start_urls}
        self.allowed_domains = sorted({h.removeprefix("www.") for h in hosts if h})
        # the start sites, each host with its port: what is on-site (`site_identity`)
        self.allowed_sites = frozenset(site_identity(u) for u in self.start_urls)
        # other hosts of a start site's own domain that its robots.txt names sitemaps on
        self.sitemap_sites: set[str] = set()
        self.forms = UrlForms()  # every URL form of each article, sent with it or after it
        # fetch keys (canonical URL less scheme) requested as pages this run -> the newest listing
        # date (lastmod or published) of the links they were requested for
        self.requested: dict[str, datetime | None] = {}
        self.counted: set[tuple[str, str]] = set()  # (stat, canonical URL) counted once per run
        self.calendar_sites: set[str] = set()  # sites whose calendar-like links were logged
        # set from settings and arguments in from_crawler
        self.max_depth = 0
        self.since: datetime | None = None
        self.max_comment_pages = 0
        self.url_length_limit = 0  # URLLENGTH_LIMIT: a longer comment page link is not followed
        self.follow_article_links = False
        self.analyzer = PageAnalyzer(0)
        self.budget = PageBudget(0)
        self.listed = ListedBound(0)
        self.engine: ExecutionEngine | None = None  # set when the spider opens
        self.page_limit = 0  # CLOSESPIDER_PAGECOUNT: the engine closes after so many responses
        self.listing_reads = asyncio.Lock()  # sitemaps and feeds are read one at a time
        self.max_sitemap_size = 0
        self.max_sitemap_depth = 0
        self.deep_sitemap_sites: set[str] = set()  # sites whose too-deep sitemaps were logged
        self.deep_pagination_sites: set[str] = set()  # sites whose pagination cut by depth was logged
        self.max_feeds = 0
        self.feeds_by_site: dict[str, set[str]] = {}  # the feeds read per site (canonical URLs)
        self.feed_cut_sites: set[str] = set()  # sites whose feeds over the bound were logged

    @classmethod
    def check_arguments(cls, **spider_args: Any) -> None:
        """Raise SpiderArgumentError (a ValueError) for arguments the spider cannot run with."""
        NewsArguments.parse(**spider_args)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        spider: NewsSpider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        a = spider.arguments
        spider.max_depth = a.max_depth or settings.getint("AUTOCRAWL_MAX_DEPTH")
        spider.since = a.since or parse_since(settings.get("AUTOCRAWL_SINCE") or "")
        if a.revisit_days is not None:  # read by autocrawl.middlewares.incremental
            crawler.settings.set("AUTOCRAWL_REVISIT_DAYS", a.revisit_days, priority="spider")
        spider.max_comment_pages = settings.getint("AUTOCRAWL_MAX_COMMENT_PAGES")
        spider.url_length_limit = settings.getint("URLLENGTH_LIMIT")
        spider.follow_article_links = settings.getbool("AUTOCRAWL_FOLLOW_ARTICLE_LINKS")
        spider.budget = PageBudget(settings.getint("AUTOCRAWL_MAX_OTHER_PAGES_PER_SITE"))
        spider.listed = ListedBound(settings.getint("AUTOCRAWL_MAX_LISTED_URLS_PER_SITE"))
        spider.max_sitemap_size = settings.getint("DOWNLOAD_MAXSIZE")
        spider.max_sitemap_depth = settings.getint("AUTOCRAWL_MAX_SITEMAP_DEPTH")
        spider.max_feeds = settings.getint("AUTOCRAWL_MAX_FEEDS_PER_SITE")
        processes = settings.get("AUTOCRAWL_EXTRACT_PROCESSES", "auto")
        spider.analyzer = PageAnalyzer(
            default_processes() if processes in ("auto", None, "") else int(processes),
            max_comments=settings.getint("AUTOCRAWL_MAX_COMMENTS_PER_PAGE") or None,
            page_timeout=settings.getfloat("AUTOCRAWL_EXTRACT_TIMEOUT") or None,
        )
        crawler.signals.connect(spider.analyzer.close, signal=signals.spider_closed)
        crawler.signals.connect(spider._opened, signal=signals.spider_opened)
        if a.max_pages:
            crawler.settings.set("CLOSESPIDER_PAGECOUNT", a.max_pages, priority="spider")
        spider.page_limit = crawler.settings.getint("CLOSESPIDER_PAGECOUNT")
        return spider

    def _opened(self) -> None:
        self.engine = self.crawler.engine

    # ------------------------------------------------------------------ start

    async def start(self) -> AsyncIterator[Any]:
        seen_sites: set[str] = set()
        for url in self.start_urls:
            yield self._request(url, self.parse, PRIORITY_DISCOVERY, kind="start")
            key = site_key(url)
            if key not in seen_sites and not urlsplit(url).path.endswith("robots.txt"):
                seen_sites.add(key)
                robots = urljoin(url, "/robots.txt")
                yield self._request(robots, self.parse, PRIORITY_DISCOVERY, kind="robots")
        for request in self._revisits():
            yield request

    def _revisits(self) -> Iterator[scrapy.Request]:
        """The young stored articles of the start sites, requested whether or not a page links them
        this run: a story gone from the home page still gets comments, and an old URL's redirect to a
        new one is followed. Each is asked at the URL it was last fetched at, not at its canonical
        URL, a form the site may not serve (a dropped trailing slash: a 404 that would make the page
        dead). Page requests as a listing's link makes them (the incremental middleware sends them
        conditional); in distributed mode the run's shared seen-filter keeps one of each."""
        young = self._young_articles()
        if young is None:
            return
        if young.over_limit:
            self._count("skipped/revisits_over_limit", young.over_limit)
        for url, published in young.urls:
            canonical = self._checked_canonical(url, url)
            if canonical is None or not self._on_site(url):
                continue
            link = Link(url, LinkKind.ARTICLE, published=published.isoformat() if published else None)
            request = self._article_request(link, canonical, hops=0)
            if request is not None:
                self._count("revisits/from_store")
                yield request

    def _young_articles(self) -> YoungArticles | None:
        """The store's young articles of the start sites (one query), or None without a store."""
        crawler = getattr(self, "crawler", None)
        if crawler is None:
            return None
        settings = crawler.settings
        per_site = settings.getint("AUTOCRAWL_MAX_REVISITS_PER_SITE")
        if not settings.get("DATABASE_URL") or per_site <= 0:
            return None
        cutoff = datetime.now(UTC) - timedelta(days=settings.getfloat("AUTOCRAWL_REVISIT_DAYS"))
        store_sites = sorted({store_site_key(u, self.site_keys) for u in self.start_urls})
        try:
            return load_young_articles(CrawlDatabase.of(crawler).engine(), store_sites, cutoff, per_site)
        except (SQLAlchemyError, SchemaOutOfDate, ImportError, ValueError) as exc:
            self.logger.info("stored articles not revisited (%s)", type(exc).__name__)
            return None

    # ------------------------------------------------------------------ dispatch

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        """Any response: robots.txt, a sitemap, a feed, or an HTML page."""
        self._count("pages/fetched")
        content_type = _header(response, "Content-Type")
        body = response.body
        if response.meta.get("kind") == "sitemap" and is_gzip(body):
            unpacked = sitemap_body(body, response.url, content_type, self.max_sitemap_size)
            if unpacked is None:
                self._count("errors/sitemap_too_large")
                self.logger.warning(
                    "sitemap not read (bigger than %d bytes unpacked, or not gzip): %s",
                    self.max_sitemap_size,
                    response.url,
                )
                return
            body = unpacked
        kind = sniff_document(body, content_type, response.url)
        if response.status != 304 and kind is DocumentKind.HTML and body.strip():
            if looks_binary(body):
                self._settle_budget(response.meta, spent=True)
                self._count("skipped/binary")
                self.logger.warning(
                    "skipped (binary content served as %s): %s", _printable(content_type or ""), response.url
                )
                return
            if response.meta.get("kind") == "sitemap" and not response.meta.get("guessed"):
                self._count("errors/not_a_sitemap")
                self.logger.warning("an HTML page where a sitemap was expected: %s", response.url)
                return
            analysis = await self.analyzer.analyze(body, response.url, content_type)
            self._settle_budget(response.meta, spent=not (analysis.article and analysis.article.is_article))
            for output in self._parse_html(response, content_type, analysis):
                yield output
            return
        self._settle_budget(response.meta, spent=response.status != 304)
        text_sitemap = kind is DocumentKind.OTHER and response.meta.get("kind") == "sitemap" and is_text_sitemap(body)
        if response.status != 304 and (
            text_sitemap or kind in (DocumentKind.SITEMAP, DocumentKind.SITEMAP_INDEX, DocumentKind.FEED)
        ):
            listing = await self._listing(response, body, kind is DocumentKind.FEED, text_sitemap)
            if listing is not None:
                for output in self._follow_links(response, listing.links, listing.canonicals, from_listing=True):
                    yield output
            return
        for output in self._parse_other(response, body, content_type, kind):
            yield output

    async def _listing(self, response: Response, body: bytes, is_feed: bool, text_sitemap: bool) -> Listing | None:
        """The links of a sitemap or feed, within its site's bound of listed entries; None when it
        is not read. A sitemap may list 50,000 URLs: it is read off the reactor thread, which keeps
        downloading, and one file at a time, so that the files of a sitemap index that come in
        together are not all read before the first has spent the bound."""
        site = site_identity(response.url)
        async with self.listing_reads:
            if self._listing_unread(response, site):
                return None
            self._count("discovery/feeds" if is_feed else "discovery/sitemaps")
            read = feed_links if is_feed else text_sitemap_links if text_sitemap else sitemap_links
            try:
                listing = await asyncio.to_thread(read_listing, read, body, response.url, self.listed.room(site))
            except Exception as exc:  # the last line of defence: a parser bug costs this file, not the crawl
                self._count("errors/listing_unreadable")
                self.logger.warning(
                    "%s not read (%s: %s): %s", "feed" if is_feed else "sitemap", type(exc).__name__, exc, response.url
                )
                return None
            self.listed.take(site, listing.entries)
        if listing.over_limit:
            self._count("skipped/listed_over_limit", listing.over_limit)
            self._listed_cut(site, response.url)
        return listing

    def _parse_other(
        self, response: Response, body: bytes, content_type: str | None, kind: DocumentKind
    ) -> Iterator[Any]:
        """Not-modified answers, discovery files, empty and non-HTML responses."""
        if response.status == 304:
            if response.meta.get("conditional") == "discovery":
                yield from self._discovery_not_modified(response)
            else:
                yield from self._not_modified(response)
            return
        if kind is DocumentKind.ROBOTS:
            sitemaps = robots_sitemaps(body, response.url)
            if not sitemaps and response.meta.get("kind") == "robots":
                guess = urljoin(response.url, "/sitemap.xml")
                yield self._request(guess, self.parse, PRIORITY_DISCOVERY, kind="sitemap", guessed=True)
            yield from self._follow_links(response, sitemaps)
        elif kind is DocumentKind.HTML:
            self._count("skipped/empty")
            self.logger.warning("empty page: %s", response.url)
        else:
            served = _printable(content_type or "no Content-Type")
            label = media_type_label(content_type)
            if is_json_document(body):
                served, label = f"JSON served as {served}", "json"
            self._count(f"skipped/not_html/{label}")
            self.logger.info("skipped (not an HTML page: %s): %s", served, response.url)

    def _parse_html(self, response: Response, content_type: str | None, analysis: PageAnalysis) -> Iterator[Any]:
        article = analysis.article
        assert article is not None
        for warning in article.warnings:
            if warning == "no-body" and not article.is_article:
                continue  # a listing or an about page has no body to find: nothing to report
            self._count(f"warnings/{warning}")
            log = self.logger.info if warning in _TOLD_WARNINGS else self.logger.debug
            log("page warning %s: %s", warning, response.url)
        if "truncated-html" in article.warnings:
            self._cut_short(response)
        if "undecodable" in article.warnings:
            response.meta["page_incomplete"] = True  # garbage is no page kind: the next run reads it again
        links = analysis.links
        if analysis.links_error:
            self._count("errors/links")
            self.logger.warning("could not read the links of %s: %s", response.url, analysis.links_error)
        if article.is_article:
            response.meta["page_kind"] = "article"
            yield from self._article(response, article, analysis.comments, links, analysis.language)
            if not self.follow_article_links:
                return
            # Links from an article page may lead to more articles, but are not listings to paginate.
            links = [link for link in links if link.kind is not LinkKind.PAGINATION]
        else:
            self._count("pages/not_article")
        yield from self._follow_links(response, links)

    def _cut_short(self, response: Response) -> None:
        """A page that ends inside a tag was cut short on its way (an upstream that died mid-write,
        with a Content-Length that matches): kept as far as it goes, but without its validators and
        not remembered as a page kind, so that the next run does not take it as known. Not fetched
        again now: a page served cut is served cut again (a cache or a failing template)."""
        response.meta["page_incomplete"] = True
        self.logger.warning("page cut short (it ends inside a tag), kept as far as it goes: %s", response.url)

    # ------------------------------------------------------------------ articles and comments

    def _article(
        self, response: Response, article: Any, comment_page: Any, links: list[Link], language: Any = None
    ) -> Iterator[Any]:
        page_url = response.url
        canonical = canonicalize(resolve_canonical(page_url, article.canonical_url))
        if foreign_canonical(page_url, article.canonical_url):
            self._count("warnings/offsite_canonical")
            self.logger.info(
                "canonical URL on another site not trusted, the page is kept under its own URL: %s (declares %s)",
                page_url,
                str(article.canonical_url)[:300],
            )
        elif canonical_too_long(page_url, article.canonical_url):
            self._count("warnings/canonical_too_long")
            self.logger.info(
                "canonical URL of %d characters, too long to be a key, the page is kept under its own URL: %s",
                len(str(article.canonical_url)),
                page_url,
            )
        # The page's links to itself (AMP and print versions, #comments) are more URL forms of it.
        self.forms.saw(canonical, [link.url for link in links if canonicalize(link.url) == canonical])
        request_url = response.request.url if response.request else page_url
        story = article.body or article.title or ""
        repeat = not self.forms.first_emit(canonical, story)
        if repeat and not self.forms.same_story(canonical, story):
            self._count("warnings/canonical_conflict")
            self.logger.info(
                "canonical URL shared by another story this run, the page is kept under its own URL: %s (declares %s)",
                page_url,
                canonical[:300],
            )
            canonical = canonicalize(page_url)
            repeat = not self.forms.first_emit(canonical, story)
        if repeat:
            self._count("duplicates/in_run_canonical")
            yield from self._url_forms(canonical, [request_url, page_url])
            return
        listed: Link | None = response.meta.get("listed")
        if self.since and not self._is_recent_enough(article.published or (listed.published if listed else None)):
            self._count("skipped/older_than_since")
            return
        forms = self.forms.for_item(canonical, request_url, [page_url, *(response.meta.get("redirect_urls") or [])])
        item = article_item(
            article,
            url=page_url,
            canonical_url=canonical,
            site=store_site_key(page_url, self.site_keys),
            urls=forms,
            listed_published=listed.published if listed else None,
            # a page cut short keeps no validators: the next run's conditional GET must not keep it so
            etag=None if response.meta.get("page_incomplete") else _header(response, "ETag"),
            last_modified=None if response.meta.get("page_incomplete") else _header(response, "Last-Modified"),
            fetched_at=utc_now_iso(),
            http_status=response.status,
            discovered_via=discovered_via(response.meta.get("kind"), response.meta.get("via"), listed),
            language=language,
        )
        self._count("articles/extracted")
        self._check_comment_page(comment_page, page_url)
        self._add_comments(item, comment_page.comments, page_url)
        item.comments_declared = comment_page.declared_count
        seen = {canonicalize(page_url), canonical}
        candidates = [comment_page.next_page_url, *comment_page.comment_page_urls]
        next_url = next((u for c in candidates if (u := self._comment_page_url(c, page_url, seen, item))), None)
        if next_url and self.max_comment_pages > 0 and not self._comments_stop(item, next_url):
            yield self._comment_request(next_url, item, pages_seen=seen)
        else:
            yield self._finished(item)

    def _comments_stop(self, item: ArticleItem, next_url: str) -> bool:
        """Whether the crawl is closing, so that the next comment page would never be fetched: the
        article is stored now with the comments it has (a request still queued at the close would
        take the article down with it)."""
        if not self._stopping():
            return False
        item.comments_complete = False
        self._count("skipped/comment_pages_at_stop")
        self.logger.info("crawl stopping: article stored without its further comment pages: %s", item.url)
        return True

    def _finished(self, item: ArticleItem) -> ArticleItem:
        """The article with all the comments it will get this run. Fewer comments than the page
        declares means some were not read (a "load more" by script, a page that failed): stored
        comments missing from it are then not taken as deleted."""
        declared = item.comments_declared
        if item.comments_complete and declared is not None and len(item.comments) < declared:
            item.comments_complete = False
            self._count("warnings/comments_fewer_than_declared")
            self.logger.debug(
                "%d comments of %d declared read, none taken as deleted: %s", len(item.comments), declared, item.url
            )
        return item

    def _comment_page_url(self, url: str | None, page_url: str, seen: set[str], item: ArticleItem) -> str | None:
        """The comment page URL to request (without credentials): an http(s) URL a request can go
        to, not seen yet, no action link. A link that cannot be followed (another scheme, longer
        than URLLENGTH_LIMIT) leaves the article's comments incomplete, counted."""
        if not url:
            return None
        usable = absolute_url(url, page_url)
        too_long = 0 < self.url_length_limit < len(usable)
        if not usable or too_long:
            item.comments_complete = False
            reason = "comment_link_too_long" if too_long else "comment_link_unusable"
            self._count(f"skipped/{reason}")
            self.logger.info("comment page link not followed (%s) on %s: %s", reason, page_url, _printable(url))
            return None
        canonical = self._checked_canonical(usable, page_url)
        if canonical is None or canonical in seen:
            return None
        if is_action_link(usable):
            self._count("skipped/action_links")
            return None
        return usable

    def _comment_request(self, url: str, item: ArticleItem, pages_seen: set[str]) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_comments,
            errback=self.comments_failed,
            priority=PRIORITY_COMMENTS,
            dont_filter=True,
            # Comment pages stay on the article's site (autocrawl.middlewares.scope), dont_filter or not.
            meta={"kind": "comments", "site_scope": site_scope(item.url)},
            cb_kwargs={"item": item, "pages_seen": pages_seen},
        )

    async def parse_comments(self, response: Response, item: ArticleItem, pages_seen: set[str]) -> AsyncIterator[Any]:
        """One more page of an article's comments; the item goes on when the last page is in. A page
        that is empty, binary or another story's ends them there, incomplete."""
        body = response.body
        unread = "empty" if not body.strip() else "binary" if looks_binary(body) else None
        if unread is not None:
            yield self._comment_page_unread(response, item, unread)
            return
        analysis = await self.analyzer.analyze(body, response.url, _header(response, "Content-Type"), comment_page=True)
        if analysis.comments.comments and not same_story(item.title, analysis.headlines):
            yield self._comment_page_unread(response, item, "other_story", analysis.headlines[0])
            return
        for output in self._comment_page_done(response, analysis.comments, item, pages_seen):
            yield output

    def _comment_page_unread(
        self, response: Response, item: ArticleItem, reason: str, headline: str | None = None
    ) -> ArticleItem:
        """A comment page whose comments are not the article's (`reason`): the article is stored with
        the comments read so far, none of the others taken as deleted."""
        self._count("pages/fetched")
        self._count("pages/comment_pages")
        self._count(f"skipped/comment_page_{reason}")
        item.comments_complete = False
        shown = f" (its headline: {_printable(headline, 120)})" if headline else ""
        self.logger.warning(
            "comment page not read (%s)%s, the article is stored with the comments so far: %s",
            reason,
            shown,
            response.url,
        )
        return self._finished(item)

    def _comment_page_done(
        self, response: Response, page: Any, item: ArticleItem, pages_seen: set[str]
    ) -> Iterator[Any]:
        self._count("pages/fetched")
        self._count("pages/comment_pages")
        pages_seen = pages_seen | {canonicalize(response.url)}
        self._check_comment_page(page, response.url)
        added = self._add_comments(item, page.comments, response.url)
        if item.comments_declared is None:
            item.comments_declared = page.declared_count
        if not page.comments:
            # a page the link promised comments on holds none: an error page, a consent wall
            item.comments_complete = False
            self._count("skipped/comment_page_without_comments")
            self.logger.info("comment page holds no comments, the article is stored with those read: %s", response.url)
            yield self._finished(item)
            return
        next_url = None if not added else self._comment_page_url(page.next_page_url, response.url, pages_seen, item)
        if not added:
            # the server answers another page number with comments gathered already: the end
            self._count("skipped/comment_pages_repeated")
            self.logger.info(
                "comment page repeats the comments of earlier pages, not followed further: %s", response.url
            )
        elif next_url is not None and not self._comments_stop(item, next_url):
            if len(pages_seen) < self.max_comment_pages:
                yield self._comment_request(next_url, item, pages_seen)
                return
            # the rest are not read: comments stored earlier from those pages are not taken as deleted
            item.comments_complete = False
            self._count("skipped/comment_pages_over_limit")
            self.logger.warning(
                "comment pages stop at AUTOCRAWL_MAX_COMMENT_PAGES (%d), the article is stored with the "
                "comments of those: %s (next would be %s)",
                self.max_comment_pages,
                item.url,
                next_url,
            )
        yield self._finished(item)

    def comments_failed(self, failure: Failure) -> Iterator[Any]:
        """A comment page failed: keep the article and the comments gathered so far."""
        request = failure.request  # type: ignore[attr-defined]
        item: ArticleItem = request.cb_kwargs["item"]
        item.comments_complete = False
        if not failure.check(CountedIgnore, RequestRefused):
            self._failure_reason(failure)
        self.logger.warning(
            "comment page failed (%s), storing the article without the rest: %s", failure.getErrorMessage(), request.url
        )
        yield item

    def _check_comment_page(self, page: Any, url: str) -> None:
        if page.error:
            self._count("errors/comment_extraction")
            self.logger.warning("comment extraction failed on %s: %s", url, page.error)
        if page.comments_cut:
            self._count("skipped/comments_over_limit", page.comments_cut)
            self.logger.warning(
                "%d comments past AUTOCRAWL_MAX_COMMENTS_PER_PAGE not stored from %s", page.comments_cut, url
            )

    def _add_comments(self, item: ArticleItem, comments: list[Any], page_url: str) -> int:
        """Append one page's comments not gathered from an earlier page (`commentpages`); parents
        are indexes into the article's whole list. Gives how many were new."""
        fresh = new_on_page(item.comments, comments)
        for new in fresh:
            comment = new.comment
            item.comments.append(
                CommentItem(
                    author=comment.author,
                    text=comment.text,
                    published_at=comment.published,
                    parent=new.parent,
                    external_id=comment.external_id,
                    parent_external_id=comment.parent_external_id,
                    page_url=page_url,
                )
            )
        self._count("comments/extracted", len(fresh))
        return len(fresh)

    # ------------------------------------------------------------------ following links

    def _follow_links(
        self,
        response: Response,
        links: list[Link],
        canonicals: dict[str, str] | None = None,
        from_listing: bool = False,
    ) -> Iterator[Any]:
        """Request what the links may lead to. `canonicals`: their canonical URLs, when computed already;
        `from_listing`: the links are a sitemap's or feed's (also one given as the start URL)."""
        self._count_link_problems(response.url, links)
        depth = int(response.meta.get("hops", 0))
        # Links found on a page that is neither a start page nor an article spend the site's budget.
        budgeted = response.meta.get("kind") == "page"
        pagination: list[tuple[Link, str]] = []
        article_links = 0
        page_links: list[str] = []  # fetch keys of the links that may be articles: the page memory knows
        listing_links: list[str] = []  # canonical URLs of the links that are no pagination
        listing = from_listing or response.meta.get("kind") in LISTING_KINDS
        offsite: list[str] = []  # what a robots.txt, sitemap or feed lists on other sites
        for link in links:
            if self._stopping():
                break
            canonical = (canonicals or {}).get(link.url) or self._checked_canonical(link.url, response.url)
            if canonical is None:
                continue
            if not self._on_site(link.url) and not self._sitemap_host(response, link):
                if listing:
                    offsite.append(link.url)
                continue
            listed = link.kind is LinkKind.ARTICLE  # a sitemap or feed entry: the publisher's own page
            if is_listed_action(link.url) if listed else is_action_link(link.url, link.title):
                self._count("skipped/action_links")
                continue
            form = link.url.split("#", 1)[0]
            self.forms.saw(canonical, [form])
            if link.kind is LinkKind.ARTICLE or canonical in self.forms.emitted:
                article_links += 1
            elif link.kind is LinkKind.PAGE:
                page_links.append(fetch_key(canonical))
            if canonical in self.forms.emitted:
                yield from self._url_forms(canonical, [form])
            if link.kind in (LinkKind.SITEMAP, LinkKind.FEED):
                request = self._discovery_request(response, link, canonical)
                if request is not None:
                    yield request
                continue
            if link.kind is not LinkKind.ARTICLE and looks_like_calendar_trap(link.url):
                self._count_once("skipped/calendar_trap", canonical)
                site = site_key(canonical)
                if site not in self.calendar_sites:
                    self.calendar_sites.add(site)
                    self.logger.info("calendar-like links not followed on %s, e.g. %s", site, link.url)
                continue
            if link.kind is LinkKind.PAGINATION:
                pagination.append((link, canonical))
                continue
            listing_links.append(canonical)
            if listed:
                request = self._article_request(link, canonical, hops=0)
            elif depth < self.max_depth:
                request = self._article_request(
                    link, canonical, hops=depth + 1, priority=PRIORITY_PAGE, budgeted=budgeted
                )
            else:
                request = None
            if request is not None:
                request.meta["via"] = link_channel(response.meta)
                yield request
        if offsite:
            self._count("skipped/offsite_listed", len(offsite))
            self.logger.info(
                "%d listed URL(s) on other sites (another host or port) not followed from %s, e.g. %s",
                len(offsite),
                response.url,
                offsite[0][:300],
            )
        # what the page is, for the page memory (autocrawl.middlewares.page_memory)
        response.meta["article_links"] = article_links + len(pagination)
        response.meta["page_links"] = page_links
        for link, canonical in pagination:
            if depth >= self.max_depth:
                self._pagination_cut(response.url, canonical)
                continue
            request = self._article_request(
                link, canonical, hops=depth + 1, priority=PRIORITY_PAGINATION, budgeted=budgeted
            )
            if request is not None:
                request.meta["via"] = link_channel(response.meta)
                # On an incremental run, a listing page whose links are all stored ends its
                # pagination (autocrawl.middlewares.incremental): older pages hold older articles.
                if response.meta.get("kind") == "page":
                    request.meta["listing_links"] = listing_links
                yield request

    def _sitemap_host(self, response: Response, link: Link) -> bool:
        """A sitemap that a start site's robots.txt names on another host of the site's own domain
        and port (`sitemaps.example.com` for `www.example.com`), as sitemaps.org's cross-submission
        allows; and the sitemaps that such a host's sitemaps list on it. A sitemap on another
        domain is not read: nothing here vouches for it."""
        if link.kind is not LinkKind.SITEMAP:
            return False
        kind = response.meta.get("kind")
        if site_identity(link.url) in self.sitemap_sites:
            return kind in ("robots", "sitemap")
        if kind != "robots" or not self._on_site(response.url) or site_scope(link.url) != site_scope(response.url):
            return False
        self.sitemap_sites.add(site_identity(link.url))
        self.logger.info("sitemaps on another host of the site's domain read: %s (named by %s)", link.url, response.url)
        return True

    def _discovery_request(self, response: Response, link: Link, canonical: str) -> scrapy.Request | None:
        """A request for a sitemap or feed; None for a sitemap nested deeper below the first one than
        AUTOCRAWL_MAX_SITEMAP_DEPTH (an index chain that never ends), counted and logged per site."""
        depth = int(response.meta.get("sitemap_depth", 0))
        if link.kind is LinkKind.SITEMAP and response.meta.get("kind") == "sitemap":
            depth += 1
            if self.max_sitemap_depth > 0 and depth > self.max_sitemap_depth:
                self._count_once("skipped/sitemap_depth", canonical)
                site = site_key(canonical)
                if site not in self.deep_sitemap_sites:
                    self.deep_sitemap_sites.add(site)
                    self.logger.warning(
                        "sitemap indexes nested deeper than AUTOCRAWL_MAX_SITEMAP_DEPTH (%d) not read on %s: "
                        "%s (listed by %s)",
                        self.max_sitemap_depth,
                        site,
                        link.url,
                        response.url,
                    )
                return None
        if link.kind is LinkKind.FEED and not self._feed_allowed(canonical):
            return None
        # (a sitemap host of the site's domain may be none of Scrapy's allowed domains' subdomains)
        allow = {"allow_offsite": True} if site_identity(link.url) in self.sitemap_sites else {}
        return self._request(
            link.url, self.parse, PRIORITY_DISCOVERY, kind=link.kind.value, sitemap_depth=depth, **allow
        )

    def _listing_unread(self, response: Response, site: str) -> bool:
        """True for a sitemap or feed not to read: a graceful stop has begun, or its site's bound of
        listed entries is spent (counted: skipped/listings_over_limit)."""
        if self._stopping():
            return True
        if self.listed.room(site) != 0:
            return False
        self._count("skipped/listings_over_limit")
        self._listed_cut(site, response.url)
        return True

    def _listed_cut(self, site: str, listing_url: str) -> None:
        if self.listed.first_cut(site):
            self.logger.warning(
                "%s: %d entries of its sitemaps and feeds taken this run (AUTOCRAWL_MAX_LISTED_URLS_PER_SITE): "
                "the others are not requested, nor later sitemaps and feeds read, e.g. %s",
                site,
                self.listed.limit,
                listing_url,
            )

    def _stopping(self) -> bool:
        """The crawl is closing: a graceful stop (SIGTERM, Ctrl-C) has begun, or CLOSESPIDER_PAGECOUNT
        pages came in. Scrapy waits for the callbacks in progress before it closes, so a listing of
        50,000 entries stops yielding requests that would never be sent."""
        if self.engine is None:
            return False
        if not self.engine.running:
            return True
        stats = self.crawler.stats
        pages = int(stats.get_value("response_received_count", 0)) if stats is not None else 0
        return 0 < self.page_limit <= pages

    def _feed_allowed(self, canonical: str) -> bool:
        """Whether a feed may be read: within AUTOCRAWL_MAX_FEEDS_PER_SITE distinct feeds of its site
        this run (one already taken always may: the duplicate filter judges it)."""
        site = site_key(canonical)
        taken = self.feeds_by_site.setdefault(site, set())
        if canonical in taken or self.max_feeds <= 0 or len(taken) < self.max_feeds:
            taken.add(canonical)
            return True
        self._count_once("skipped/feeds_over_limit", canonical)
        if site not in self.feed_cut_sites:
            self.feed_cut_sites.add(site)
            self.logger.warning(
                "%s announces more than AUTOCRAWL_MAX_FEEDS_PER_SITE (%d) feeds: the others are not read, e.g. %s",
                site,
                self.max_feeds,
                canonical,
            )
        return False

    def _count_link_problems(self, page_url: str, links: list[Link]) -> None:
        """What the link parser dropped: malformed URLs, action links, links past its cap."""
        counts = links if isinstance(links, LinkList) else LinkList()
        bad, actions, truncated = counts.bad_urls, counts.action_links, counts.truncated
        if bad:
            self._count("errors/bad_url", bad)
            self.logger.warning("%d malformed link(s) skipped on %s", bad, page_url)
        if actions:
            self._count("skipped/action_links", actions)
        if truncated:
            self._count("skipped/links_truncated", truncated)
            self.logger.warning("%d link(s) past the parser's cap not read on %s", truncated, page_url)

    def _checked_canonical(self, url: str, page_url: str) -> str | None:
        """The canonical form of a link, or None (counted, logged) when it is no usable URL."""
        try:
            urlsplit(url).port  # noqa: B018 - raises ValueError on a port out of range
            return canonicalize(url)
        except ValueError as exc:
            self._count("errors/bad_url")
            self.logger.warning("malformed link skipped (%s) on %s: %s", exc, page_url, url[:300])
            return None

    def _article_request(
        self, link: Link, canonical: str, hops: int, priority: int = PRIORITY_ARTICLE, budgeted: bool = False
    ) -> scrapy.Request | None:
        """A request for a page that may be an article, or None when it was requested already
        this run or the site's budget of other pages is spent (`budgeted`: the link was found on
        such a page). A page requested already is requested again when this listing gives it a
        newer date: the first request may have been dropped as unchanged
        (autocrawl.middlewares.incremental), and a fetched one is not fetched twice
        (autocrawl.middlewares.redirects.FetchOnce)."""
        key = fetch_key(canonical)
        dated = parse_datetime(link.lastmod or link.published)
        listed_at = as_aware(dated) if dated is not None else None
        again = key in self.requested
        if again:
            before = self.requested[key]
            if listed_at is None or (before is not None and listed_at <= before):
                return None
        if self.since and link.kind is LinkKind.ARTICLE and not self._is_recent_enough(link.published or link.lastmod):
            self._count_once("skipped/older_than_since", canonical)
            return None
        site = site_key(canonical)
        if budgeted and not self.budget.reserve(site):
            self._count_once("skipped/page_budget", canonical)
            if self.budget.first_cut(site):
                self.logger.info(
                    "%s: %d pages that are neither articles nor discovery pages requested; further links "
                    "from such pages are not followed this run (AUTOCRAWL_MAX_OTHER_PAGES_PER_SITE)",
                    site,
                    self.budget.limit,
                )
            return None
        self.requested[key] = listed_at
        url = link.url.split("#", 1)[0]
        meta: dict[str, Any] = {"budget_site": site} if budgeted and self.budget.limit > 0 else {}
        request = self._request(url, self.parse, priority, kind="page", listed=link, hops=hops, **meta)
        return request.replace(dont_filter=True) if again else request

    def _discovery_not_modified(self, response: Response) -> Iterator[Any]:
        """A discovery page unchanged since the last complete run: its article links lead to
        what is stored already, and its pagination to older articles. The sitemaps, feeds and
        listing pages it led to may have changed on their own: they are requested again (each a
        conditional GET in turn; autocrawl.middlewares.incremental lists them)."""
        self._count("incremental/discovery_not_modified")
        depth = int(response.meta.get("hops", 0))
        for kind, url in response.meta.get("remembered_links") or ():
            if kind != "page":
                if kind == LinkKind.FEED.value and not self._feed_allowed(canonicalize(url) or url):
                    continue  # the same bound as on the first reading of the page
                depth_below = int(response.meta.get("sitemap_depth", 0)) + (kind == "sitemap")
                yield self._request(url, self.parse, PRIORITY_DISCOVERY, kind=kind, sitemap_depth=depth_below)
                continue
            canonical = self._checked_canonical(url, response.url)
            if canonical is None or depth >= self.max_depth:
                continue
            request = self._article_request(Link(url, LinkKind.PAGE), canonical, hops=depth + 1, priority=PRIORITY_PAGE)
            if request is not None:
                request.meta["via"] = link_channel(response.meta)
                yield request

    def _not_modified(self, response: Response) -> Iterator[Any]:
        self._count("incremental/not_modified")
        listed: Link | None = response.meta.get("listed")
        url = canonicalize(listed.url if listed else response.url)
        # An empty item with status 304: the store only moves the article's last_seen.
        yield ArticleItem(
            url=response.url,
            canonical_url=url,
            site=store_site_key(response.url, self.site_keys),
            http_status=304,
            etag=_header(response, "ETag"),
            last_modified=_header(response, "Last-Modified"),
        )

    def _url_forms(self, canonical: str, urls: list[str]) -> Iterator[Any]:
        """Report URL forms of an article already yielded this run, each once."""
        for url in self.forms.unsent(canonical, urls):
            yield UrlFormItem(canonical_url=canonical, url=url)

    # ------------------------------------------------------------------ plumbing

    def _request(self, url: str, callback: Any, priority: int, kind: str, **meta: Any) -> scrapy.Request:
        headers = meta.pop("headers", None) or {}
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.failed,
            priority=priority,
            headers=headers,
            meta={"kind": kind, **meta},
        )

    def failed(self, failure: Failure) -> Iterator[Any]:
        """One clear log line and a counted stat per failed request; the crawl goes on."""
        request = failure.request  # type: ignore[attr-defined]
        if isinstance(failure.value, AlreadyFetched):
            # a redirect (or another URL form) to a page fetched already this run: keep the forms
            self._settle_budget(request.meta, spent=False)
            yield from self._more_forms(failure.value.forms, failure.value.stored)
            return
        if isinstance(failure.value, SkippedUnchanged):
            self._settle_budget(request.meta, spent=False)  # a stored article
            return
        self._settle_budget(request.meta, spent=True)
        if failure.check(CountedIgnore, RequestRefused):
            return  # logged and counted by the middleware that dropped it
        if failure.check(IgnoreRequest) and "robots.txt" in failure.getErrorMessage():
            self._count("skipped/robots_disallowed")
            self.logger.info("not fetched (disallowed by robots.txt): %s", request.url)
            return
        reason = self._failure_reason(failure)
        log = self.logger.info if request.meta.get("kind") == "robots" else self.logger.warning
        log("fetch failed (%s): %s", reason, request.url)

    def _more_forms(self, forms: list[str], stored: bool = False) -> Iterator[Any]:
        """URL forms of one page found after its fetch (`stored`: an article stored before and
        not fetched this run): kept for the article, or reported now."""
        canonical, fresh = self.forms.found_after_fetch(forms, stored)
        for url in fresh:
            yield UrlFormItem(canonical_url=canonical, url=url)

    def _settle_budget(self, meta: dict[str, Any], spent: bool) -> None:
        site = meta.pop("budget_site", None)
        if site is not None:
            self.budget.settle(site, spent)

    def _failure_reason(self, failure: Failure) -> str:
        """The reason a fetch failed, for its log line. Scrapy's stats count failed fetches
        (autocrawl.failures reads them); a request a middleware ignored (IgnoreRequest, e.g. a
        body that unpacks past DOWNLOAD_MAXSIZE) is in none of them and is counted here."""
        value = failure.value
        if value is None:
            return "unknown"
        if isinstance(value, RequestRefused):
            return value.stat  # counted under autocrawl/skipped/ by the middleware that refused it
        reason = failure_reason(value)
        if isinstance(value, IgnoreRequest):
            self._count(f"errors/{reason}")
        return reason

    def _pagination_cut(self, page_url: str, canonical: str) -> None:
        """A listing's next page past AUTOCRAWL_MAX_DEPTH hops (an endless `?page=N`, or an archive
        deeper than the crawl goes): not followed, counted, one line per site."""
        self._count_once("skipped/pagination_depth", canonical)
        site = site_identity(page_url)
        if site not in self.deep_pagination_sites:
            self.deep_pagination_sites.add(site)
            self.logger.info(
                "pagination deeper than AUTOCRAWL_MAX_DEPTH (%d) not followed on %s: %s",
                self.max_depth,
                site,
                canonical,
            )

    def _count_once(self, key: str, canonical: str) -> None:
        if (key, canonical) not in self.counted:
            self.counted.add((key, canonical))
            self._count(key)

    def _count(self, key: str, count: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"autocrawl/{key}", count)

    def _on_site(self, url: str) -> bool:
        """On one of the start sites: its host ("www." or not) and its port. Other subdomains (ads.,
        shop., forum.) are other sites, and so is another port of the host (another server)."""
        return site_identity(url) in self.allowed_sites

    def _is_recent_enough(self, date: str | None) -> bool:
        parsed = parse_datetime(date)
        return parsed is None or self.since is None or as_aware(parsed) >= self.since


class Listing(NamedTuple):
    links: list[Link]
    canonicals: dict[str, str]  # link URL -> its canonical URL, for the well-formed ones
    entries: int  # the pages it lists (LinkKind.ARTICLE) that were kept
    over_limit: int  # the pages it lists past the room it was given, dropped


def read_listing(read: Callable[[bytes, str], list[Link]], body: bytes, url: str, room: int | None = None) -> Listing:
    """A sitemap's or feed's links, with at most `room` of the pages it lists (None: all)."""
    links = read(body, url)
    entries, over_limit = keep_entries(links, room)
    canonicals: dict[str, str] = {}
    for link in links:
        try:
            urlsplit(link.url).port  # noqa: B018 - raises ValueError on a port out of range
            canonicals[link.url] = canonicalize(link.url)
        except ValueError:
            continue  # counted by the spider when it meets the link
    return Listing(links, canonicals, entries, over_limit)


def keep_entries(links: list[Link], room: int | None) -> tuple[int, int]:
    """Drop from `links` the pages listed past the first `room` (None: no bound); the sitemaps and
    feeds named stay. Gives the number of listed pages kept and dropped."""
    entries = sum(link.kind is LinkKind.ARTICLE for link in links)
    if room is None or entries <= room:
        return entries, 0
    kept: list[Link] = []
    taken = 0
    for link in links:
        if link.kind is LinkKind.ARTICLE:
            if taken == room:
                continue
            taken += 1
        kept.append(link)
    links[:] = kept
    return taken, entries - taken


_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def media_type_label(content_type: str | None) -> str:
    """The media type of a Content-Type for a stat name (`application/pdf`): RFC 6838's characters
    only, at most 64 on each side of the slash; "unknown" for anything else (a server may send a
    NUL or a 20 kB value, which a stat name then carries into logs and the database)."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media if _MEDIA_TYPE.fullmatch(media) else "unknown"


def _printable(text: str, limit: int = 200) -> str:
    """A header value for a log line: control characters as "?" and at most `limit` characters."""
    return _UNPRINTABLE.sub("?", text[:limit]) + ("…" if len(text) > limit else "")


# Page warnings told in an INFO line (the others are counted, and told at DEBUG): a page decoded
# against its label, one served as another type, one whose bytes are no HTML after all, one whose
# text cannot be read.
_TOLD_WARNINGS = frozenset(["charset-mismatch", "html-served-as-other-type", "not-html", "undecodable"])


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None
