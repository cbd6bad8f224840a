"""SSRF guard: no request leaves for a host that is, or resolves to, an address inside the
machine's own networks (loopback, private, link-local, CGNAT, multicast, reserved, cloud metadata),
and no request with a scheme other than http(s) (`file:`, `data:`, `ftp:`, `s3:` have Scrapy
handlers of their own; `file:` would read the machine's files).

How a host is judged:

* An IP literal in any form a browser or libc accepts is parsed here, without DNS: dotted quads,
  `127.1`, `2130706433`, `0x7f.1`, `0177.0.0.1`, a trailing dot, IPv6 with a zone id, and IPv6 that
  carries an IPv4 address (`::ffff:127.0.0.1`, `::127.0.0.1`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`),
  which is judged by the IPv4 address it carries. Twisted resolves `2130706433` or `127.1` with the
  C library (`gethostbyname`, which takes the `inet_aton` forms), so they reach 127.0.0.1.
* A name is resolved with `getaddrinfo` in a thread (the running asyncio loop's, or Twisted's thread
  pool under another reactor), so the reactor never blocks; it is refused when *any* of its
  addresses is refused (Scrapy connects to the first IPv4 one, which another resolver call may
  order differently). Answers are cached for `CACHE_SECONDS`.
* A name that does not resolve here (or not within DNS_TIMEOUT) fails as the download would, with
  Twisted's DNSLookupError (retried, then counted as a DNS error), so that the download does not
  resolve it again and connect to whatever a second answer says. Behind an HTTP(S) proxy
  (`request.meta["proxy"]`, set by Scrapy's HttpProxyMiddleware, which runs before this one) such a
  name is left to the proxy, which resolves and connects; the names it knows need not resolve
  here. IP literals and names that resolve here to a refused range are refused behind a proxy
  too. The proxy's own address is not checked: it is configuration.
* Behind a proxy the local answer is only a second opinion (the proxy connects where its own
  resolver says), so it is waited for `AUTOCRAWL_PROXIED_DNS_TIMEOUT` seconds only, and a name
  that does not resolve here is not asked again for `PROXIED_MISS_SECONDS`. Names this machine
  knows (/etc/hosts, a local zone) answer at once; a resolver that cannot reach the internet
  takes 5 to 20 s per name to say no, which made a proxied crawl of 1,143 sites wait on DNS.
* Lookups run in a thread pool of their own (`REACTOR_THREADPOOL_MAXSIZE` threads), not the
  event loop's default one, which parses sitemaps and feeds: a slow resolver holds up no parse.
* `AUTOCRAWL_ALLOWED_NETWORKS` (CIDR networks, a list or a comma/space separated string) lets
  named networks through, e.g. `127.0.0.0/8,::1/128` for a test site on this machine.

Every redirect hop is checked again: Scrapy's RedirectMiddleware and MetaRefreshMiddleware return a
new Request, which the engine schedules and which passes every downloader middleware again; the
spider's own redirect handling yields new requests, which do too.

DNS rebinding (a name whose answers change between this check and the connection: public first,
private next) is closed by the resolver the downloads connect with (`TWISTED_DNS_RESOLVER`,
`autocrawl.middlewares.resolver.GuardedResolver`), which applies `refusal_reason` to the address it
answers for the connection. Behind a proxy the proxy resolves, and only the proxy can close it there.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import time
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

from scrapy import Request, signals
from scrapy.statscollectors import StatsCollector
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import DNSLookupError

from autocrawl.middlewares.refusal import refuse

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, float], Awaitable[list[str]]]  # (host, timeout in seconds) -> addresses

logger = logging.getLogger(__name__)

STAT = "ssrf_refused"
ALLOWED_SCHEMES = frozenset({"http", "https"})
CACHE_SECONDS = 60.0
CACHE_SIZE = 10_000
# Behind a proxy, a name that does not resolve here is left to the proxy for this long before it
# is looked up again: the proxy resolves it each time anyway.
PROXIED_MISS_SECONDS = 3600.0

# Cloud instance metadata and platform services: reachable from inside a cloud VM only, and they
# hand out credentials. Some are in ranges refused anyway; 168.63.129.16 is a public address.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",  # AWS, GCP, Azure, OpenStack, DigitalOcean, ... instance metadata
        "169.254.170.2",  # AWS ECS task metadata and credentials
        "169.254.169.123",  # AWS time sync
        "fd00:ec2::254",  # AWS IMDS over IPv6
        "100.100.100.200",  # Alibaba Cloud metadata
        "192.0.0.192",  # Oracle Cloud metadata
        "168.63.129.16",  # Azure wire server
    )
)


def _networks(*pairs: tuple[str, str]) -> tuple[tuple[IPNetwork, str], ...]:
    return tuple((ipaddress.ip_network(net), reason) for net, reason in pairs)


# (network, reason) in the order they are tried; the first match names the reason.
REFUSED_IPV4 = _networks(
    ("0.0.0.0/8", "unspecified"),  # "this network"; 0.0.0.0 reaches the local host on Linux
    ("10.0.0.0/8", "private"),
    ("100.64.0.0/10", "shared"),  # carrier-grade NAT (RFC 6598), also cloud-internal services
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link_local"),
    ("172.16.0.0/12", "private"),
    ("192.0.0.0/24", "reserved"),  # IETF protocol assignments
    ("192.0.2.0/24", "reserved"),  # documentation
    ("192.88.99.0/24", "reserved"),  # 6to4 relay anycast (deprecated)
    ("192.168.0.0/16", "private"),
    ("198.18.0.0/15", "reserved"),  # benchmarking
    ("198.51.100.0/24", "reserved"),  # documentation
    ("203.0.113.0/24", "reserved"),  # documentation
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),  # includes 255.255.255.255
)
REFUSED_IPV6 = _networks(
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("64:ff9b:1::/48", "private"),  # local-use NAT64
    ("fc00::/7", "private"),  # unique local addresses
    ("fe80::/10", "link_local"),
    ("fec0::/10", "private"),  # site-local (deprecated)
    ("ff00::/8", "multicast"),
    ("2001::/23", "reserved"),  # IETF protocol assignments, Teredo among them
    ("2001:db8::/32", "reserved"),  # documentation
    ("3fff::/20", "reserved"),  # documentation
)
IPV6_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")  # everything outside it is not a public host
NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")


def parse_networks(value: str | Iterable[str] | None) -> list[IPNetwork]:
    """CIDR networks from a setting: a list, or one comma/space separated string. A bare address is
    a network of one. Raises ValueError naming the bad entry."""
    if not value:
        return []
    entries = value.replace(",", " ").split() if isinstance(value, str) else [str(v).strip() for v in value]
    networks: list[IPNetwork] = []
    for entry in entries:
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as exc:
            raise ValueError(f"AUTOCRAWL_ALLOWED_NETWORKS: {entry!r} is not a CIDR network ({exc})") from None
    return networks


def _ipv4_part(part: str) -> int | None:
    """One dotted part as inet_aton and browsers read it: 0x hex, leading-0 octal, or decimal."""
    try:
        if part[:2].lower() == "0x":
            return int(part[2:] or "0", 16)
        if len(part) > 1 and part.startswith("0"):
            return int(part[1:], 8)
        return int(part, 10) if part.isdigit() else None
    except ValueError:
        return None


def parse_ipv4_literal(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address a browser (WHATWG URL host parser) or the C library's `inet_aton` reads in
    `host`, in any of its forms (`127.1`, `2130706433`, `0x7f.0.0.1`, `0177.0.0.1`, `127.0.0.1.`),
    or None when it is not one."""
    parts = host.removesuffix(".").split(".")
    if not 1 <= len(parts) <= 4 or not all(parts):
        return None
    numbers = [_ipv4_part(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    *leading, last = [n for n in numbers if n is not None]
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(parts)):
        return None
    value = last
    for index, number in enumerate(leading):
        value += number << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


def parse_ip_literal(host: str) -> IPAddress | None:
    """The address an IP-literal host stands for (IPv6 without brackets, maybe with a zone id), or None."""
    host = host.strip().lower().strip("[]")
    if ":" in host:
        try:
            address = ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return None
        return address
    return parse_ipv4_literal(host)


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address carries and would reach: mapped, compatible, NAT64, 6to4."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in NAT64 or (address in IPV4_COMPATIBLE and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return address.sixtofour
    return None


def refusal_reason(address: IPAddress, allowed: Iterable[IPNetwork] = ()) -> str | None:
    """Why a connection to `address` is refused (a stat-safe word), or None when it may go."""
    allowed = list(allowed)
    if any(address.version == net.version and address in net for net in allowed):
        return None
    if address in METADATA_ADDRESSES:
        return "cloud_metadata"
    if isinstance(address, ipaddress.IPv6Address):
        carried = embedded_ipv4(address)
        if carried is not None:
            return refusal_reason(carried, allowed)
        table = REFUSED_IPV6
    else:
        table = REFUSED_IPV4
    for network, reason in table:
        if address in network:
            return reason
    if isinstance(address, ipaddress.IPv6Address) and address not in IPV6_GLOBAL_UNICAST:
        return "reserved"
    return None


async def resolve_host(host: str, timeout: float = 60.0, executor: Executor | None = None) -> list[str]:
    """Every address `host` resolves to, looked up in a thread so that the reactor goes on (one of
    `executor`'s, else the event loop's default pool). Raises OSError (socket.gaierror,
    TimeoutError) when it does not resolve in `timeout` seconds."""
    from scrapy.utils.asyncio import is_asyncio_available

    if is_asyncio_available():
        loop = asyncio.get_running_loop()
        lookup = loop.run_in_executor(executor, socket.getaddrinfo, host, None, 0, socket.SOCK_STREAM)
        infos = await asyncio.wait_for(lookup, timeout)  # a lookup still queued is cancelled
    else:
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import defer, reactor
        from twisted.internet.threads import deferToThread

        deferred = deferToThread(socket.getaddrinfo, host, None, 0, socket.SOCK_STREAM)
        deferred.addTimeout(timeout, reactor)
        try:
            infos = await maybe_deferred_to_future(deferred)
        except defer.TimeoutError as exc:
            raise TimeoutError(f"no answer in {timeout:g}s") from exc
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True)
class Verdict:
    """Why a URL is refused: a stat-safe reason and the words for the log line."""

    reason: str
    detail: str


class SsrfGuard:
    """Downloader middleware: refuses requests that would reach the machine's own networks."""

    def __init__(
        self,
        allowed_networks: list[IPNetwork],
        stats: StatsCollector | None = None,
        resolver: Resolver = resolve_host,
        clock: Callable[[], float] = time.monotonic,
        dns_timeout: float = 60.0,
        proxied_dns_timeout: float = 1.0,
        executor: ThreadPoolExecutor | None = None,
    ) -> None:
        self.allowed_networks = allowed_networks
        self.stats = stats
        self.resolver = resolver
        self.clock = clock
        self.dns_timeout = dns_timeout
        self.proxied_dns_timeout = proxied_dns_timeout
        self.executor = executor  # the resolver's threads, shut down with the spider
        # (host, behind a proxy) -> (expiry, addresses or None)
        self._resolved: dict[tuple[str, bool], tuple[float, list[str] | None]] = {}
        self._hinted = False  # the hint about AUTOCRAWL_ALLOWED_NETWORKS is logged once

    @classmethod
    def from_crawler(cls, crawler: Any) -> SsrfGuard:
        settings = crawler.settings
        allowed = parse_networks(settings.get("AUTOCRAWL_ALLOWED_NETWORKS"))
        if allowed:
            logger.info("SSRF guard: requests to %s allowed", ", ".join(map(str, allowed)))
        threads = max(1, settings.getint("REACTOR_THREADPOOL_MAXSIZE", 10))
        executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="autocrawl-dns")
        guard = cls(
            allowed,
            stats=crawler.stats,
            resolver=partial(resolve_host, executor=executor),
            dns_timeout=settings.getfloat("DNS_TIMEOUT", 60.0),
            proxied_dns_timeout=settings.getfloat("AUTOCRAWL_PROXIED_DNS_TIMEOUT", 1.0),
            executor=executor,
        )
        crawler.signals.connect(guard.close, signal=signals.spider_closed)
        return guard

    def close(self) -> None:
        """Stop the resolver's threads: lookups still queued are dropped, none is waited for."""
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)

    async def process_request(self, request: Request) -> None:
        verdict = await self.check(request)
        if verdict is None:
            return
        if verdict.reason != "scheme" and not self._hinted:
            self._hinted = True
            logger.info("SSRF guard: a site on your own network needs -s AUTOCRAWL_ALLOWED_NETWORKS=<CIDR,...>")
        raise refuse(request.url, STAT, verdict.reason, verdict.detail, self.stats)

    async def check(self, request: Request) -> Verdict | None:
        """Why `request` must not be sent, or None."""
        parsed = urlparse_cached(request)
        scheme = parsed.scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            return Verdict("scheme", f"scheme {scheme or 'none'!r} is not http(s)")
        host = (parsed.hostname or "").rstrip(".")
        if not host:
            return Verdict("no_host", "no host")
        literal = parse_ip_literal(host)
        if literal is not None:
            return self._judge(literal, str(literal))
        proxied = bool(request.meta.get("proxy"))
        addresses = await self._resolve(host, proxied)
        if addresses is None:
            if proxied:
                return None  # the proxy resolves it
            # The download would resolve it again, and might get another answer: fail it here, as
            # the download would (a DNS error, retried and counted as such).
            raise DNSLookupError(f"{host} does not resolve")
        for text in addresses:
            verdict = self._judge(ipaddress.ip_address(text.split("%", 1)[0]), f"{host} resolves to {text}")
            if verdict is not None:
                return verdict
        return None

    def _judge(self, address: IPAddress, what: str) -> Verdict | None:
        reason = refusal_reason(address, self.allowed_networks)
        return None if reason is None else Verdict(reason, f"{reason.replace('_', ' ')} address: {what}")

    async def _resolve(self, host: str, proxied: bool) -> list[str] | None:
        """The host's addresses, or None when it does not resolve here (cached either way; for a
        request behind a proxy, with a shorter wait and a longer memory of a miss)."""
        now = self.clock()
        key = (host, proxied)
        cached = self._resolved.get(key)
        if cached is not None and cached[0] > now:
            return cached[1]
        try:
            addresses: list[str] | None = await self.resolver(
                host, self.proxied_dns_timeout if proxied else self.dns_timeout
            )
        except (TimeoutError, OSError, UnicodeError, RuntimeError) as exc:
            # RuntimeError: the lookup pool was shut down with the spider
            logger.debug("SSRF guard: %s does not resolve here (%s)", host, exc)
            addresses = None
        if len(self._resolved) >= CACHE_SIZE:
            self._resolved.clear()
        keep = PROXIED_MISS_SECONDS if proxied and addresses is None else CACHE_SECONDS
        self._resolved[key] = (now + keep, addresses)
        return addresses
