"""Redirects through Scrapy's own RedirectMiddleware and MetaRefreshMiddleware (and their limits,
`REDIRECT_MAX_TIMES` and `METAREFRESH_MAXDELAY`), with every dead end counted:

- a hop back to a URL of its own chain is a loop (`autocrawl/errors/redirect_loop`), except one
  hop back to the same URL from an answer that set a cookie (a consent or bot check that sets it,
  then sends the page again: browsers follow it, and the cookie changes what the server answers);
- a page's hop to another site is not followed (`autocrawl/skipped/offsite_redirect`);
- a Location that is no URL (a port out of range) is `autocrawl/errors/bad_url`;
- a chain longer than `REDIRECT_MAX_TIMES` is `autocrawl/errors/too_many_redirects`;
- a hop to a URL longer than `URLLENGTH_LIMIT` is not followed (`autocrawl/skipped/url_too_long`), as
  Scrapy's UrlLengthMiddleware refuses such a link (a redirect bypasses it);
- a redirect without a Location is `autocrawl/errors/redirect_without_location`, and one to a
  scheme other than http(s) (`file:`, `data:`, `ftp:`, which Scrapy passes on as a response) is
  refused as the SSRF guard refuses such a request (`autocrawl/skipped/ssrf_refused/scheme`).

A meta refresh (or a `Refresh` header) that leads nowhere new leaves the page as it is, to be parsed.

`FetchOnce` fetches each page once per run, whatever URL form or redirect leads to it: a request
for a page already fetched fails with `AlreadyFetched`, which carries the URL forms (the request's
URL and its redirect chain) for the spider to keep as forms of that page. A hop to the same page
under another form (http -> https, a tracking parameter added) is fetched. A hop to a stored page
found unchanged (autocrawl.middlewares.incremental sends the `page_unchanged` signal) is not
fetched either.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached

from autocrawl.middlewares.counted import CountedIgnore, give_up
from autocrawl.middlewares.refusal import refuse
from autocrawl.middlewares.ssrf import STAT as SSRF_STAT
from autocrawl.urls import canonicalize, explicit_port, fetch_key, site_identity

logger = logging.getLogger(__name__)

# Signal sent with `url=` for a stored page not fetched this run, as it has not changed
# (by autocrawl.middlewares.incremental).
page_unchanged = object()

# Scrapy reads a meta refresh from a page's first 4,096 characters, which it gets by decoding the
# whole page. 4,096 characters are at most 16 KB in an ASCII-compatible encoding, so a page whose
# first 16 KB hold no "refresh" (and no NUL, as UTF-16 and UTF-32 do) has none, and is not decoded.
_REFRESH_WINDOW = 4 * 4096


def may_hold_meta_refresh(body: bytes) -> bool:
    head = body[:_REFRESH_WINDOW]
    return b"\x00" in head or b"refresh" in head.lower()


REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Requests for pages (as the spider's `meta["kind"]` says): fetched once per run.
PAGE_KINDS = frozenset({"page", "start"})


def chain_of(request: Request) -> list[str]:
    """The URLs a request went through, itself last."""
    return [*request.meta.get("redirect_urls", []), request.url]


def page_key(url: str) -> str | None:
    try:
        return fetch_key(canonicalize(url))
    except ValueError:
        return None


def on_site(request: Request, sites: Iterable[str] | None) -> bool:
    """On one of the spider's sites (`site_identity`: host, "www." or not, and port), the spider's
    own rule for links; any site when the spider names none."""
    if not sites:
        return True
    return site_identity(request.url) in sites


def on_known_port(request: Request, sites: Iterable[str] | None) -> bool:
    """The request goes to its scheme's default port, or is on one of the spider's sites (whose
    port it then uses); any request when the spider names no sites."""
    if not sites:
        return True
    try:
        port = urlparse_cached(request).port
    except ValueError:
        return False
    return explicit_port(urlparse_cached(request).scheme, port) is None or on_site(request, sites)


def check_hop(
    request: Request,
    hop: Request,
    spider: Spider | None,
    stats: StatsCollector | None,
    sets_cookie: bool = False,
    max_length: int = 0,
) -> None:
    """Raise `CountedIgnore` when the hop from `request` to `hop` is a dead end. `sets_cookie`: the
    redirect's answer set a cookie, so a first return to the same URL is no loop. `max_length`:
    the longest URL the crawl requests (`URLLENGTH_LIMIT`; 0: no limit)."""
    if max_length and len(hop.url) > max_length:
        raise give_up(
            f"{request.url} -> {hop.url[:200]}… ({len(hop.url)} characters)",
            "skipped/url_too_long",
            "redirect to a URL longer than URLLENGTH_LIMIT not followed",
            stats,
            logger,
            logging.INFO,
        )
    chain = chain_of(request)
    target = hop.url.split("#", 1)[0]
    visits = sum(url.split("#", 1)[0] == target for url in chain)
    if visits and not (sets_cookie and visits == 1 and chain[-1].split("#", 1)[0] == target):
        raise give_up(
            " -> ".join([*chain, target]), "errors/redirect_loop", "redirect loop", stats, logger, logging.WARNING
        )
    # A page's hop skips Scrapy's OffsiteMiddleware (it is let past the duplicate filter, which
    # `dont_filter` also turns off), so it is checked here; comment pages have their own scope.
    # Other hops (robots.txt, sitemaps, feeds) pass Scrapy's OffsiteMiddleware, which knows hosts,
    # not ports: a hop to a port no start site uses is checked here.
    kind = request.meta.get("kind")
    sites = getattr(spider, "allowed_sites", None)
    if (kind in PAGE_KINDS and not on_site(hop, sites)) or (kind != "comments" and not on_known_port(hop, sites)):
        raise give_up(
            f"{request.url} -> {target}",
            "skipped/offsite_redirect",
            "redirect to another site not followed",
            stats,
            logger,
            logging.INFO,
        )


class GuardedRedirect(RedirectMiddleware):
    """Scrapy's RedirectMiddleware, with its dead ends counted. A page's hop bypasses the duplicate
    filter (`FetchOnce` judges it instead), so that its source URL is never lost silently."""

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Any:
        try:
            result = super().process_response(request, response)
        except ValueError:
            location = (response.headers.get("Location") or b"").decode("latin-1")
            raise give_up(
                f"{request.url} -> {location}",
                "errors/bad_url",
                "redirect to a malformed URL",
                self.crawler.stats,
                logger,
                logging.WARNING,
            ) from None
        except IgnoreRequest:
            raise give_up(
                request.url,
                "errors/too_many_redirects",
                "too many redirects",
                self.crawler.stats,
                logger,
                logging.WARNING,
            ) from None
        if isinstance(result, Request):
            sets_cookie = bool(response.headers.getlist("Set-Cookie")) and self.crawler.settings.getbool(
                "COOKIES_ENABLED"
            )
            max_length = self.crawler.settings.getint("URLLENGTH_LIMIT")
            check_hop(request, result, self.crawler.spider, self.crawler.stats, sets_cookie, max_length)
            if result.url == request.url:
                result.dont_filter = True  # the same URL again, now with the cookie it set
            if request.meta.get("kind") in PAGE_KINDS:
                result.dont_filter = True
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("autocrawl/pages/redirects")
        elif result is response and response.status in REDIRECT_STATUSES and not _redirect_left_to_caller(request):
            self._dead_end(request, response)
        return result

    def _dead_end(self, request: Request, response: Response) -> None:
        """A redirect that Scrapy did not follow and passed on as a response: with no Location, or
        to a scheme other than http(s) (`file:`, `data:`, `ftp:`). Refused with one line each,
        not left to read as an HTTP error."""
        stats = self.crawler.stats
        location = (response.headers.get("Location") or b"").decode("latin-1").strip()
        if not location:
            raise give_up(
                f"{request.url} ({response.status})",
                "errors/redirect_without_location",
                "redirect without a Location",
                stats,
                logger,
                logging.WARNING,
            )
        scheme = location.partition(":")[0].lower() if ":" in location else "none"
        detail = f"redirect from {request.url} to scheme {scheme[:20]!r}, not http(s)"
        raise refuse(location[:300], SSRF_STAT, "scheme", detail, stats)


def _redirect_left_to_caller(request: Request) -> bool:
    """The request asked to get its redirects as responses (Scrapy's `dont_redirect` and
    `handle_httpstatus_*` meta keys)."""
    meta = request.meta
    return bool(meta.get("dont_redirect") or meta.get("handle_httpstatus_all") or meta.get("handle_httpstatus_list"))


class GuardedMetaRefresh(MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware; a refresh to the page itself (or back along its chain), to
    another site or to a malformed URL is not followed, and the page is parsed as it is."""

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Any:
        try:
            result: Request | Response | None = self._refresh_header(request, response)
            if result is None:
                if not may_hold_meta_refresh(response.body):
                    return response
                result = super().process_response(request, response)
        except (ValueError, IgnoreRequest):
            return response
        if isinstance(result, Request):
            try:
                max_length = self.crawler.settings.getint("URLLENGTH_LIMIT")
                check_hop(request, result, self.crawler.spider, self.crawler.stats, max_length=max_length)
            except CountedIgnore:
                return response
            if request.meta.get("kind") in PAGE_KINDS:
                result.dont_filter = True
            if self.crawler.stats is not None:
                self.crawler.stats.inc_value("autocrawl/pages/meta_refresh")
        return result

    def _refresh_header(self, request: Request, response: Response) -> Request | None:
        """The hop a `Refresh: 0; url=…` header asks for (browsers follow the header as they follow
        the meta tag: WHATWG HTML's shared declarative refresh steps), within `METAREFRESH_MAXDELAY`."""
        value = response.headers.get("Refresh")
        if not value or request.meta.get("dont_redirect") or request.method == "HEAD":
            return None
        parsed = parse_refresh(value.decode("latin-1"))
        if parsed is None or parsed[0] >= self._maxdelay:
            return None
        redirected = self._redirect_request_using_get(request, response, urljoin(response.url, parsed[1]))
        if urlparse_cached(redirected).scheme not in ("http", "https"):
            return None
        return self._redirect(redirected, request, "refresh header")


# The delay, then a ";", a "," or a space before the URL (WHATWG HTML: "5abc" refreshes nothing).
_REFRESH = re.compile(r"""\s*(\d+(?:\.\d*)?)(?:\s*[;,]\s*|\s+)(?:url\s*=\s*)?(["']?)(.*?)\2\s*$""", re.I | re.S)


def parse_refresh(value: str) -> tuple[float, str] | None:
    """The delay and URL of a refresh declaration (`5; url=/next`, `0;URL='/next'`), or None when
    it names no URL (a page that reloads itself)."""
    match = _REFRESH.match(value)
    if match is None or not match.group(3).strip():
        return None
    return float(match.group(1)), match.group(3).strip()


class AlreadyFetched(CountedIgnore):
    """A page this run fetched already; `forms` are more URL forms of it; `stored`: a stored
    article not fetched this run because it has not changed."""

    def __init__(self, url: str, forms: list[str], stored: bool = False) -> None:
        super().__init__(url, "pages/already_fetched")
        self.forms = forms
        self.stored = stored


class FetchOnce:
    """Each page once per run, however many URL forms and redirects lead to it."""

    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats
        self.fetched: set[str] = set()
        self.unchanged: set[str] = set()  # stored pages the spider will not fetch this run

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchOnce:
        middleware = cls(crawler.stats)
        crawler.signals.connect(middleware.page_unchanged, signal=page_unchanged)
        return middleware

    def page_unchanged(self, url: str) -> None:
        key = page_key(url)
        if key is not None:
            self.unchanged.add(key)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if request.meta.get("kind") not in PAGE_KINDS or request.meta.get("retry_times"):
            return
        key = page_key(request.url)
        if key is None:
            return
        sources = request.meta.get("redirect_urls") or []
        if key not in self.fetched and not (sources and key in self.unchanged):
            self.fetched.add(key)
            return
        if sources and page_key(sources[-1]) == key and key not in self.unchanged:
            return  # the same page under another form: the hop is the fetch
        if self.stats is not None:
            self.stats.inc_value("autocrawl/pages/already_fetched")
        logger.debug("already fetched this run, kept as a URL form: %s", request.url)
        raise AlreadyFetched(request.url, [*sources, request.url], stored=key in self.unchanged)
