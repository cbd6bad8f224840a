"""Scrapy's CookiesMiddleware, with the public-suffix check made offline and the jar bounded as a
browser bounds it.

Scrapy drops a cookie set for a public suffix (`.co.uk`, `.github.io`) unless the answering host is
that name itself. It asks tldextract, whose default list is fetched from the internet on first use:
with no network, the first cookie of a crawl waited for two failed downloads and logged two
warnings. Here the same rule runs on the list shipped with tldextract (`scope.registered_domain`).

Scrapy's jar keeps every cookie a site sets. A site that sets one per page (a "recently read" id,
an A/B test per story) or a flood of large ones grows the `Cookie` header of every later request
until its server answers 431 or 400 and each later article is lost. Browsers bound the jar
(RFC 6265 §6.1: at least 4096 bytes per cookie and 50 per domain; Chrome keeps 180 per domain).
Here a site (a registered domain) keeps at most `MAX_COOKIES_PER_SITE` cookies and
`MAX_COOKIE_BYTES_PER_SITE` bytes of names and values, which every common server accepts in one
header field (Apache's default limit is 8,190 bytes, nginx's 8 KB buffer). The first cookies a site
sets are kept (a consent or bot check sets its cookie on the first visit); a new cookie past the
bound, or one over `MAX_COOKIE_BYTES`, is refused: one WARNING per site, each one counted
(`warnings/cookies_refused`). An update of a kept cookie is taken when it fits.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from http.cookiejar import Cookie
from typing import Any, Self

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.http.cookies import CookieJar
from scrapy.utils.httpobj import urlparse_cached

from autocrawl.middlewares.scope import is_public_suffix, registered_domain

logger = logging.getLogger(__name__)

MAX_COOKIE_BYTES = 4096  # name and value of one cookie (RFC 6265 §6.1; browsers refuse larger)
MAX_COOKIES_PER_SITE = 50  # RFC 6265 §6.1's least a user agent keeps per domain
MAX_COOKIE_BYTES_PER_SITE = 6000  # names and values: the Cookie header stays under servers' 8 KB field limit
REFUSED_STAT = "autocrawl/warnings/cookies_refused"


def _size(cookie: Cookie) -> int:
    return len(cookie.name) + len(cookie.value or "")


class SiteCookies(CookiesMiddleware):
    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self.stats: Any = None
        self._warned: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        middleware = super().from_crawler(crawler)
        middleware.stats = crawler.stats
        return middleware

    def _process_cookies(self, cookies: Iterable[Cookie], *, jar: CookieJar, request: Request) -> None:
        host = urlparse_cached(request).hostname
        if host is None:
            return
        host = host.lower()
        for cookie in cookies:
            domain = cookie.domain.removeprefix(".")
            if domain and is_public_suffix(domain):
                if domain != host:
                    continue  # a cookie for every site under a public suffix: refused, as browsers do
                cookie.domain = host
            reason = self._refusal(cookie, jar)
            if reason:
                self._refuse(registered_domain(domain or host), reason)
                continue
            jar.set_cookie_if_ok(cookie, request)

    def _refusal(self, cookie: Cookie, jar: CookieJar) -> str | None:
        """Why a cookie is not kept, or None: too large itself, or its site's jar is full."""
        size = _size(cookie)
        if size > MAX_COOKIE_BYTES:
            return f"a cookie of {size} bytes, over {MAX_COOKIE_BYTES}"
        site = registered_domain(cookie.domain.removeprefix(".") or "")
        count, total = 0, 0
        for kept in _site_cookies(jar, site):
            if (kept.domain, kept.path, kept.name) == (cookie.domain, cookie.path, cookie.name):
                continue  # the cookie this one replaces
            count += 1
            total += _size(kept)
        if count >= MAX_COOKIES_PER_SITE:
            return f"the site keeps {MAX_COOKIES_PER_SITE} cookies already"
        if total + size > MAX_COOKIE_BYTES_PER_SITE:
            return f"the site's cookies would pass {MAX_COOKIE_BYTES_PER_SITE} bytes"
        return None

    def _refuse(self, site: str, reason: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(REFUSED_STAT)
        if site not in self._warned:
            self._warned.add(site)
            logger.warning("cookies refused from %s (%s): its jar is bounded as a browser's is", site, reason)


def _site_cookies(jar: CookieJar, site: str) -> Iterable[Cookie]:
    """The cookies kept for the domains of one registered domain (http.cookiejar's store is a
    dict of domain -> path -> name -> Cookie; Scrapy's own jar reaches into it the same way)."""
    store: dict[str, dict[str, dict[str, Cookie]]] = getattr(jar.jar, "_cookies", {})
    for domain, paths in store.items():
        name = domain.removeprefix(".")
        if name == site or name.endswith("." + site):
            for named in paths.values():
                yield from named.values()
