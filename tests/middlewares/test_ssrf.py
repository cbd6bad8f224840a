"""The SSRF guard: what it refuses, what it lets through, and where it sits among Scrapy's middlewares."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import threading
import time
from collections import Counter

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.http import HtmlResponse, Response
from scrapy.utils.conf import build_component_list
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError

from autocrawl.middlewares.refusal import RequestRefused
from autocrawl.middlewares.ssrf import SsrfGuard, Verdict, parse_ip_literal, parse_networks, refusal_reason
from autocrawl.runner import project_settings


class Stats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count


class Resolver:
    """A DNS stand-in: names to addresses; any other name does not resolve."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    async def __call__(self, host: str, timeout: float = 60.0) -> list[str]:
        self.asked.append(host)
        if host not in self.table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return self.table[host]


PUBLIC_DNS = {
    "news.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    "rebound.example.com": ["10.1.2.3"],
    "mixed.example.com": ["93.184.215.14", "127.0.0.1"],
    "metadata.google.internal": ["169.254.169.254"],
    "localhost": ["127.0.0.1", "::1"],
}


def _guard(allowed: str = "", dns: dict[str, list[str]] | None = None) -> tuple[SsrfGuard, Stats, Resolver]:
    stats, resolver = Stats(), Resolver(PUBLIC_DNS if dns is None else dns)
    return SsrfGuard(parse_networks(allowed), stats=stats, resolver=resolver), stats, resolver  # type: ignore[arg-type]


def _send(guard: SsrfGuard, url: str, **meta: object) -> RequestRefused | None:
    """Pass one request through the guard: the refusal it raised, or None when it let it go."""
    try:
        asyncio.run(guard.process_request(Request(url, meta=meta)))
    except RequestRefused as refused:
        return refused
    return None


# ---------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("127.255.255.254", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.0.1", "private"),
        ("172.31.255.255", "private"),
        ("192.168.1.1", "private"),
        ("169.254.1.1", "link_local"),
        ("100.64.0.1", "shared"),
        ("100.127.255.254", "shared"),
        ("0.0.0.0", "unspecified"),
        ("0.1.2.3", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("239.255.255.250", "multicast"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("192.0.2.1", "reserved"),
        ("198.18.0.1", "reserved"),
        ("169.254.169.254", "cloud_metadata"),
        ("169.254.170.2", "cloud_metadata"),
        ("100.100.100.200", "cloud_metadata"),
        ("192.0.0.192", "cloud_metadata"),
        ("168.63.129.16", "cloud_metadata"),
        ("fd00:ec2::254", "cloud_metadata"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fc00::1", "private"),
        ("fd12:3456::1", "private"),
        ("fe80::1", "link_local"),
        ("fec0::1", "private"),
        ("ff02::1", "multicast"),
        ("2001:db8::1", "reserved"),
        ("100::1", "reserved"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("::ffff:169.254.169.254", "cloud_metadata"),
        ("::10.0.0.1", "private"),  # IPv4-compatible (deprecated)
        ("64:ff9b::10.0.0.1", "private"),  # NAT64 reaches the IPv4 address it carries
        ("2002:7f00:1::", "loopback"),  # 6to4 of 127.0.0.1
    ],
)
def test_refused_ranges(address: str, reason: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_go(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("host", "address"),
    [
        ("2130706433", "127.0.0.1"),  # one decimal number
        ("0x7f000001", "127.0.0.1"),  # one hex number
        ("017700000001", "127.0.0.1"),  # one octal number
        ("127.1", "127.0.0.1"),  # short: the last part fills the rest
        ("10.1", "10.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0xa9.0xfe.0xa9.0xfe", "169.254.169.254"),
        ("127.0.0.1.", "127.0.0.1"),  # trailing dot
        ("[::1]", "::1"),
        ("fe80::1%eth0", "fe80::1"),  # zone id
    ],
)
def test_ip_literal_forms_are_read_as_libc_and_browsers_read_them(host: str, address: str) -> None:
    assert parse_ip_literal(host) == ipaddress.ip_address(address)


def test_ip_literal_forms_agree_with_the_c_library() -> None:
    """Twisted resolves a host that is not a dotted quad with gethostbyname: same address as ours."""
    for host in ("2130706433", "0x7f000001", "127.1", "0x7f.1", "0177.0.0.1", "10.1"):
        assert str(parse_ip_literal(host)) == socket.gethostbyname(host), host


@pytest.mark.parametrize("host", ["news.example.com", "1.2.3.4.5", "08.1.1.1", "4294967296", "256.1.1.1", "1e2"])
def test_names_are_not_ip_literals(host: str) -> None:
    assert parse_ip_literal(host) is None


# ---------------------------------------------------------------- requests


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://2130706433/", "loopback"),
        ("http://127.1:8080/admin", "loopback"),
        ("http://0x7f.0.0.1/", "loopback"),
        ("http://0177.0.0.1/", "loopback"),
        ("http://[::1]:8080/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://[::ffff:a9fe:a9fe]/latest/meta-data/", "cloud_metadata"),
        ("http://169.254.169.254/latest/meta-data/?page=2", "cloud_metadata"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "cloud_metadata"),
        ("http://100.100.100.200/latest/meta-data/", "cloud_metadata"),
        ("http://10.0.0.1/?page=2", "private"),
        ("http://news.example.com@10.0.0.1/", "private"),  # user info before the real host
        ("https://192.168.0.1/", "private"),
        ("http://100.64.1.1/", "shared"),
        ("http://0.0.0.0:8000/", "unspecified"),
        ("http://rebound.example.com/", "private"),  # a public-looking name resolving to 10.x
        ("http://mixed.example.com/", "loopback"),  # one bad address among good ones is enough
        ("http://metadata.google.internal/computeMetadata/v1/", "cloud_metadata"),
        ("http://localhost:8080/", "loopback"),
        ("http://LOCALHOST./", "loopback"),
        ("file:///etc/passwd", "scheme"),
        ("ftp://ftp.example.com/file", "scheme"),
        ("javascript://news.example.com/%0aalert(1)", "scheme"),  # Scrapy takes no "javascript:alert(1)"
        ("about:blank", "scheme"),
        ("data:text/html,<h1>hi</h1>", "scheme"),
        ("s3://bucket/key", "scheme"),
    ],
)
def test_refused_requests_are_logged_counted_and_ignored(
    url: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    guard, stats, _ = _guard()
    with caplog.at_level(logging.WARNING):
        refused = _send(guard, url)
    assert refused is not None, url
    assert refused.reason == reason
    assert stats.values == {"autocrawl/skipped/ssrf_refused": 1, f"autocrawl/skipped/ssrf_refused/{reason}": 1}
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == 1 and Request(url).url in lines[0] and reason.replace("_", " ") in lines[0], lines


@pytest.mark.parametrize("url", ["http://news.example.com/story", "https://news.example.com/", "http://93.184.215.14/"])
def test_public_hosts_go(url: str) -> None:
    guard, stats, _ = _guard()
    assert _send(guard, url) is None
    assert not stats.values


def test_allowed_networks_let_named_networks_through() -> None:
    guard, stats, _ = _guard("127.0.0.0/8, ::1/128")
    assert _send(guard, "http://127.0.0.1:8080/") is None
    assert _send(guard, "http://2130706433/") is None
    assert _send(guard, "http://[::1]/") is None
    assert _send(guard, "http://localhost/") is None  # both its addresses are allowed
    assert _send(guard, "http://10.0.0.1/") is not None  # only the networks named
    assert _send(guard, "http://169.254.169.254/") is not None


def test_a_name_is_refused_when_any_address_is_not_allowed() -> None:
    guard, _, _ = _guard("127.0.0.0/8")  # localhost also resolves to ::1
    refused = _send(guard, "http://localhost/")
    assert refused is not None and refused.reason == "loopback" and "::1" in refused.detail


def test_allowed_networks_setting_from_the_command_line_and_from_a_list() -> None:
    crawler = get_crawler(settings_dict={"AUTOCRAWL_ALLOWED_NETWORKS": "127.0.0.0/8,::1/128 10.1.0.0/16"})
    guard = SsrfGuard.from_crawler(crawler)
    assert [str(n) for n in guard.allowed_networks] == ["127.0.0.0/8", "::1/128", "10.1.0.0/16"]
    crawler = get_crawler(settings_dict={"AUTOCRAWL_ALLOWED_NETWORKS": ["192.168.1.0/24"]})
    assert [str(n) for n in SsrfGuard.from_crawler(crawler).allowed_networks] == ["192.168.1.0/24"]
    assert SsrfGuard.from_crawler(get_crawler(settings_dict={"AUTOCRAWL_ALLOWED_NETWORKS": ""})).allowed_networks == []
    with pytest.raises(ValueError, match="not-a-network"):
        parse_networks("127.0.0.0/8,not-a-network")


def test_default_settings_allow_no_network() -> None:
    assert parse_networks(project_settings().get("AUTOCRAWL_ALLOWED_NETWORKS")) == []


def test_a_name_that_does_not_resolve_fails_as_a_dns_error_without_a_proxy() -> None:
    guard, stats, _ = _guard()
    with pytest.raises(DNSLookupError):
        asyncio.run(guard.process_request(Request("http://nowhere.example.org/")))
    assert not stats.values  # a DNS error, counted by the spider as such, not a refusal


def test_behind_a_proxy_a_name_that_does_not_resolve_is_left_to_the_proxy() -> None:
    guard, stats, resolver = _guard()
    assert _send(guard, "https://www.bbc.co.uk/news/world", proxy="http://127.0.0.1:8899") is None
    assert resolver.asked == ["www.bbc.co.uk"]
    assert not stats.values


def test_behind_a_proxy_ip_literals_and_names_resolving_to_refused_ranges_are_refused() -> None:
    guard, _, resolver = _guard()
    proxy = "http://127.0.0.1:8899"  # the proxy itself on loopback is configuration, not a target
    assert _send(guard, "http://169.254.169.254/latest/meta-data/", proxy=proxy) is not None
    assert _send(guard, "http://2130706433/", proxy=proxy) is not None
    assert _send(guard, "http://[::1]/", proxy=proxy) is not None
    assert "2130706433" not in resolver.asked  # literals are judged without DNS
    refused = _send(guard, "https://rebound.example.com/", proxy=proxy)
    assert refused is not None and refused.reason == "private"


def test_answers_are_cached_then_looked_up_again() -> None:
    now = [0.0]
    resolver = Resolver(PUBLIC_DNS)
    guard = SsrfGuard([], resolver=resolver, clock=lambda: now[0])
    for _ in range(3):
        assert _send(guard, "http://news.example.com/a") is None
    assert resolver.asked == ["news.example.com"]
    resolver.table = {**PUBLIC_DNS, "news.example.com": ["10.0.0.7"]}
    now[0] = 3600.0
    refused = _send(guard, "http://news.example.com/b")
    assert refused is not None and refused.reason == "private"


class SlowResolver(Resolver):
    """A resolver that takes its time: answers after `delay` seconds, or fails with TimeoutError
    when the caller's timeout is shorter (as `resolve_host` does)."""

    def __init__(self, table: dict[str, list[str]], delay: float) -> None:
        super().__init__(table)
        self.delay = delay
        self.timeouts: list[float] = []

    async def __call__(self, host: str, timeout: float = 60.0) -> list[str]:
        self.timeouts.append(timeout)
        if timeout < self.delay:
            await asyncio.sleep(timeout)
            self.asked.append(host)
            raise TimeoutError(f"no answer in {timeout:g}s")
        await asyncio.sleep(self.delay)
        return await super().__call__(host, timeout)


def test_behind_a_proxy_the_local_answer_is_waited_for_briefly_and_a_miss_remembered() -> None:
    """A resolver that cannot reach the internet takes seconds to say no: behind a proxy, which
    resolves names itself, the guard waits `proxied_dns_timeout` and does not ask again."""
    now = [0.0]
    resolver = SlowResolver(PUBLIC_DNS, delay=30.0)
    guard = SsrfGuard([], resolver=resolver, clock=lambda: now[0], dns_timeout=60.0, proxied_dns_timeout=0.05)
    proxy = "http://127.0.0.1:8899"
    for path in ("robots.txt", "", "feed/"):
        assert _send(guard, f"https://slow.example.net/{path}", proxy=proxy) is None
    assert resolver.timeouts == [0.05]  # asked once, briefly
    now[0] = 600.0  # ten minutes on: the miss is still remembered
    assert _send(guard, "https://slow.example.net/story", proxy=proxy) is None
    assert resolver.timeouts == [0.05]
    # without a proxy the download itself needs the address: the whole DNS_TIMEOUT is given
    resolver = SlowResolver(PUBLIC_DNS, delay=0.01)
    guard = SsrfGuard([], resolver=resolver, dns_timeout=60.0, proxied_dns_timeout=0.001)
    assert _send(guard, "https://news.example.com/") is None
    assert resolver.timeouts == [60.0]


def test_a_name_local_here_is_refused_behind_a_proxy_when_it_answers_in_time() -> None:
    guard = SsrfGuard([], resolver=SlowResolver(PUBLIC_DNS, delay=0.01), proxied_dns_timeout=1.0)
    refused = _send(guard, "http://localhost:6379/", proxy="http://127.0.0.1:8899")
    assert refused is not None and refused.reason == "loopback"


def test_lookups_run_in_their_own_threads_and_a_hanging_resolver_holds_up_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forty names whose lookups hang (more than the event loop's default pool has threads, which
    also parses the spider's sitemaps and feeds): behind a proxy every request goes on within the
    proxied timeout, and a thread job meanwhile runs at once."""
    release = threading.Event()
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: str, *args: object, **kwargs: object) -> object:
        if str(host).endswith(".hang.example"):
            release.wait(20)
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    crawler = get_crawler(settings_dict={"AUTOCRAWL_PROXIED_DNS_TIMEOUT": 0.2, "REACTOR_THREADPOOL_MAXSIZE": 4})
    guard = SsrfGuard.from_crawler(crawler)
    proxy = "http://127.0.0.1:8899"

    async def scenario() -> tuple[list[Verdict | None], float, float]:
        started = time.monotonic()
        checks = [guard.check(Request(f"https://n{i}.hang.example/", meta={"proxy": proxy})) for i in range(40)]
        verdicts = await asyncio.wait_for(asyncio.gather(*checks), 10)
        checked = time.monotonic() - started
        started = time.monotonic()
        assert await asyncio.wait_for(asyncio.to_thread(lambda: 42), 10) == 42
        return verdicts, checked, time.monotonic() - started

    try:
        verdicts, checked, threaded = asyncio.run(scenario())
    finally:
        release.set()
        guard.close()
    assert verdicts == [None] * 40  # left to the proxy
    assert checked < 3.0
    assert threaded < 1.0


def test_the_default_resolver_looks_names_up() -> None:
    """No injected resolver: the running loop's getaddrinfo (localhost is in /etc/hosts, no DNS needed)."""
    guard = SsrfGuard([], stats=None)
    refused = _send(guard, "http://localhost/")
    assert refused is not None and refused.reason == "loopback"


# ---------------------------------------------------------------- redirects


def _redirect_hop(source: str, target: str) -> Request:
    """The request Scrapy's RedirectMiddleware makes of a 302 from `source` to `target`."""
    crawler = get_crawler(settings_dict={"REDIRECT_ENABLED": True})
    redirect = RedirectMiddleware.from_crawler(crawler)
    request = Request(source)
    response = Response(source, status=302, headers={"Location": target}, request=request)
    hop = redirect.process_response(request, response)
    assert isinstance(hop, Request) and hop.url == target
    return hop


def test_every_redirect_hop_is_checked_again() -> None:
    guard, stats, _ = _guard()
    assert _send(guard, "http://news.example.com/story") is None
    hop = _redirect_hop("http://news.example.com/story", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(RequestRefused):
        asyncio.run(guard.process_request(hop))
    assert stats.values["autocrawl/skipped/ssrf_refused/cloud_metadata"] == 1


def test_a_meta_refresh_hop_is_checked_again() -> None:
    crawler = get_crawler(settings_dict={"METAREFRESH_ENABLED": True})
    refresh = MetaRefreshMiddleware.from_crawler(crawler)
    source = "http://news.example.com/moved"
    request = Request(source)
    body = b'<html><head><meta http-equiv="refresh" content="0; url=http://10.0.0.1/"></head></html>'
    hop = refresh.process_response(request, HtmlResponse(source, body=body, request=request))
    assert isinstance(hop, Request) and hop.url == "http://10.0.0.1/"
    guard, _, _ = _guard()
    with pytest.raises(RequestRefused):
        asyncio.run(guard.process_request(hop))


def test_the_guard_runs_after_the_proxy_middleware_and_sees_every_downloaded_request() -> None:
    settings = project_settings()
    order = build_component_list(settings.get_component_priority_dict_with_base("DOWNLOADER_MIDDLEWARES"))
    names = [c if isinstance(c, str) else f"{c.__module__}.{c.__qualname__}" for c in order]
    guard = names.index("autocrawl.middlewares.ssrf.SsrfGuard")
    assert names.index("scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware") < guard
    assert names.index("scrapy.downloadermiddlewares.stats.DownloaderStats") > guard
    assert names.index("scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware") > guard
