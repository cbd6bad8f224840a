"""Comment requests stay on the article's site.

Comment pages are requested with `dont_filter=True` (a comment page URL may repeat across runs and
articles), which also turns Scrapy's OffsiteMiddleware off for them. So the spider puts the article's
registered domain in `request.meta["site_scope"]` (`site_scope()`: `www.example.co.uk` ->
`example.co.uk`, by the Public Suffix List), and this middleware refuses such a request whose host
is outside it, on every redirect hop (a redirect is a new request that passes it again), whatever
`dont_filter` says. Hosts named in `AUTOCRAWL_COMMENT_HOSTS` (comment services), and their
subdomains, are let through; the SSRF guard still judges them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached
from tldextract import TLDExtract

from autocrawl.middlewares.refusal import refuse
from autocrawl.urls import explicit_port

STAT = "offsite_comments"


@cache
def _suffix_list() -> TLDExtract:
    # The list shipped with tldextract, never fetched: a crawl needs no network for it. Private
    # suffixes count (blogspot.com, github.io): each blog under them is a site of its own.
    return TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def normalize_host(host: str) -> str:
    return host.strip().lower().rstrip(".")


def is_public_suffix(name: str) -> bool:
    """Whether a domain name is a public suffix itself (`co.uk`, `github.io`): no site's own name."""
    parts = _suffix_list()(normalize_host(name))
    return not parts.domain and bool(parts.suffix)


def registered_domain(host: str) -> str:
    """The registered domain of a host name (`news.bbc.co.uk` -> `bbc.co.uk`); the host itself for
    an IP address, `localhost` or a name under no known suffix."""
    host = normalize_host(host)
    return _suffix_list()(host).top_domain_under_public_suffix or host


def site_scope(url: str) -> str:
    """The `site_scope` of requests made for the page at `url`: its registered domain, with the
    page's port when that is not the scheme's default (`example.com`, `127.0.0.1:8080`, `[::1]:8080`).
    Another port of the same host is another server, maybe one reachable only from here."""
    try:
        parts = urlsplit(url)
        port = explicit_port(parts.scheme, parts.port)
    except ValueError:
        return ""
    domain = registered_domain(parts.hostname or "")
    if ":" in domain:
        domain = f"[{domain}]"
    return f"{domain}:{port}" if port is not None and domain else domain


def _split_scope(scope: str) -> tuple[str, int | None]:
    """(registered domain, port or None) of a `site_scope`."""
    try:
        parts = urlsplit("//" + scope)
        return parts.hostname or "", parts.port
    except ValueError:
        return scope, None


def within(host: str, domain: str) -> bool:
    """`host` is `domain` or one of its subdomains."""
    host, domain = normalize_host(host), normalize_host(domain)
    return bool(domain) and (host == domain or host.endswith("." + domain))


def parse_hosts(value: str | Iterable[str] | None) -> list[str]:
    """Host names from a setting: a list, or one comma/space separated string."""
    if not value:
        return []
    entries = value.replace(",", " ").split() if isinstance(value, str) else value
    return [normalize_host(str(h)) for h in entries if str(h).strip()]


class SiteScope:
    """Downloader middleware: refuses a request carrying `meta["site_scope"]` whose host is
    outside that registered domain and not a listed comment host."""

    def __init__(self, comment_hosts: list[str], stats: StatsCollector | None = None) -> None:
        self.comment_hosts = comment_hosts
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteScope:
        return cls(parse_hosts(crawler.settings.get("AUTOCRAWL_COMMENT_HOSTS")), stats=crawler.stats)

    def process_request(self, request: Request) -> None:
        scope = request.meta.get("site_scope")
        if not scope:
            return
        parsed = urlparse_cached(request)
        host = parsed.hostname or ""
        if any(within(host, listed) for listed in self.comment_hosts):
            return
        domain, port = _split_scope(scope)
        try:
            same_port = explicit_port(parsed.scheme, parsed.port) == port
        except ValueError:
            same_port = False
        if within(host, domain) and same_port:
            return
        where = host or "none"
        if within(host, domain):
            where = parsed.netloc.rpartition("@")[2]
        detail = f"host {where} is off the article's site {scope}"
        raise refuse(request.url, STAT, None, detail, self.stats)
