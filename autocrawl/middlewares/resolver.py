"""The DNS resolver the downloads connect with (Scrapy's `TWISTED_DNS_RESOLVER`): Scrapy's caching resolver,
with every address it answers judged as `SsrfGuard` judges a request's host.

`SsrfGuard` resolves a name before the request leaves; the download then resolves it again to
connect. A name whose answers change between the two (DNS rebinding: a public address to the
check, 127.0.0.1 or 169.254.169.254 to the connection) would pass the check and reach the machine's
own network. Judging the address here, the one the connection is made to, closes that window.

Not judged: IP literals (`SsrfGuard` judges those of requests without DNS; a literal asked for here
is a proxy's address, which is configuration), and the hosts of the proxies named in the
environment (`http_proxy`, `https_proxy`), which Scrapy's HttpProxyMiddleware connects to.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError

from autocrawl.middlewares.ssrf import STAT, IPNetwork, parse_ip_literal, parse_networks, refusal_reason

logger = logging.getLogger(__name__)


class AddressRefused(DNSLookupError):
    """A name whose answer the SSRF guard refuses. Twisted reads a resolver's DNSLookupError as "no
    address" (anything else it logs as CRITICAL): the fetch fails as a DNS failure, is retried as
    one (each answer judged again) and counted as `errors/dns`; the WARNING line says why. The
    resolver is the process's, not a crawler's: it has no stats of its own to count in."""


def proxy_hosts(proxies: dict[str, str] | None = None) -> frozenset[str]:
    """The host names of the proxies the environment names (`getproxies()`), lower case."""
    hosts = set()
    for url in (getproxies() if proxies is None else proxies).values():
        try:
            host = urlsplit(url if "//" in url else f"//{url}").hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower().rstrip("."))
    return frozenset(hosts)


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's `CachingThreadedResolver` that fails a name resolving to a refused address."""

    def __init__(
        self,
        reactor: Any,
        cache_size: int,
        timeout: float,
        allowed: Iterable[IPNetwork] = (),
        exempt: Iterable[str] = (),
    ) -> None:
        super().__init__(reactor, cache_size, timeout)
        self.allowed = list(allowed)
        self.exempt = frozenset(exempt)

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> GuardedResolver:
        """Built by Scrapy's CrawlerProcess (not a Crawler): only its settings are there."""
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(
            reactor,
            cache_size,
            settings.getfloat("DNS_TIMEOUT"),
            allowed=parse_networks(settings.get("AUTOCRAWL_ALLOWED_NETWORKS")),
            exempt=proxy_hosts(),
        )

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:  # noqa: N802 - Twisted's name
        answer = super().getHostByName(name, timeout)
        host = name.lower().rstrip(".")
        if host in self.exempt or parse_ip_literal(host) is not None:
            return answer
        return answer.addCallback(self._judged, host)

    def _judged(self, address: str, host: str) -> str:
        try:
            parsed = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return address  # not an address: the connection fails on its own
        reason = refusal_reason(parsed, self.allowed)
        if reason is None:
            return address
        detail = f"{host} resolves to {address} when connecting ({reason.replace('_', ' ')} address)"
        logger.warning("connection refused (%s: %s)", STAT, detail)
        raise AddressRefused(detail)
