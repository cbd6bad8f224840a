"""Scrapy's CookiesMiddleware, with the public-suffix check made offline.

Scrapy drops a cookie set for a public suffix (`.co.uk`, `.github.io`) unless the answering host is
that name itself. It asks tldextract, whose default list is fetched from the internet on first use:
with no network, the first cookie of a crawl waited for two failed downloads and logged two
warnings. Here the same rule runs on the list shipped with tldextract (`scope.registered_domain`).
"""

from __future__ import annotations

from collections.abc import Iterable
from http.cookiejar import Cookie

from scrapy import Request
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.http.cookies import CookieJar
from scrapy.utils.httpobj import urlparse_cached

from autocrawl.middlewares.scope import is_public_suffix


class SiteCookies(CookiesMiddleware):
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
            jar.set_cookie_if_ok(cookie, request)
