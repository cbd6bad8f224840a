"""The resolver downloads connect with judges the address it answers (DNS rebinding: a name that
passes the SSRF guard's check, then resolves to the machine's own network when connecting)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy.resolver import dnscache
from twisted.internet import defer
from twisted.internet.base import ThreadedResolver
from twisted.internet.error import DNSLookupError

from autocrawl.middlewares.resolver import AddressRefused, GuardedResolver, proxy_hosts
from autocrawl.runner import project_settings
from tests.e2e.conftest import autocrawl
from tests.tiny_site import TinySite


class _Answers:
    """Stands in for the system resolver: the next answer for each name, in turn."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def __call__(self, name: str, timeout: Any = ()) -> defer.Deferred[str]:
        self.asked.append(name)
        return defer.succeed(self.answers[name].pop(0))


def _resolve(resolver: GuardedResolver, name: str) -> str | BaseException:
    outcome: list[Any] = []
    resolver.getHostByName(name).addCallbacks(outcome.append, lambda failure: outcome.append(failure.value))
    return outcome[0]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[_Answers]:
    fake = _Answers({})
    monkeypatch.setattr(ThreadedResolver, "getHostByName", fake)
    dnscache.clear()
    yield fake
    dnscache.clear()


def _resolver(**kwargs: Any) -> GuardedResolver:
    return GuardedResolver(reactor=None, cache_size=100, timeout=5.0, **kwargs)


def test_a_name_answering_a_private_address_when_connecting_is_refused(answers: _Answers) -> None:
    answers.answers = {"rebind.example": ["127.0.0.1"], "meta.example": ["169.254.169.254"], "v6.example": ["::1"]}
    resolver = _resolver()
    for name in answers.answers:
        refused = _resolve(resolver, name)
        assert isinstance(refused, AddressRefused) and isinstance(refused, DNSLookupError), name
        assert name in str(refused)


def test_a_cached_answer_is_judged_too(answers: _Answers) -> None:
    answers.answers = {"rebind.example": ["10.0.0.7"]}
    resolver = _resolver()
    assert isinstance(_resolve(resolver, "rebind.example"), AddressRefused)
    assert isinstance(_resolve(resolver, "rebind.example"), AddressRefused)  # from Scrapy's DNS cache
    assert answers.asked == ["rebind.example"]


def test_public_addresses_allowed_networks_literals_and_proxies_go(answers: _Answers) -> None:
    answers.answers = {
        "news.example": ["93.184.216.34"],
        "lab.example": ["10.1.2.3"],
        "127.0.0.1": ["127.0.0.1"],
        "proxy.corp": ["10.9.9.9"],
    }
    resolver = _resolver(allowed=[ipaddress.ip_network("10.1.0.0/16")], exempt=["proxy.corp"])
    assert _resolve(resolver, "news.example") == "93.184.216.34"
    assert _resolve(resolver, "lab.example") == "10.1.2.3"
    assert _resolve(resolver, "127.0.0.1") == "127.0.0.1"  # a literal: the guard judged the request's already
    assert _resolve(resolver, "proxy.corp") == "10.9.9.9"  # the proxy the environment names


def test_proxy_hosts_are_read_from_the_environment_forms() -> None:
    proxies = {"http": "http://Proxy.Corp:3128", "https": "squid.local:8080", "no": "::"}
    assert proxy_hosts(proxies) == frozenset({"proxy.corp", "squid.local"})


def test_the_crawl_connects_through_this_resolver() -> None:
    settings = project_settings()
    settings.set("AUTOCRAWL_ALLOWED_NETWORKS", "10.0.0.0/8")
    assert settings["TWISTED_DNS_RESOLVER"] == "autocrawl.middlewares.resolver.GuardedResolver"
    # Scrapy builds it from the CrawlerProcess, of which only the settings are read
    resolver = GuardedResolver.from_crawler(SimpleNamespace(settings=settings), reactor=None)
    assert resolver.allowed == [ipaddress.ip_network("10.0.0.0/8")]


def test_with_the_request_check_bypassed_the_connection_is_still_refused(tmp_path: Path) -> None:
    """The site is on this machine under a name (`localhost`). With the SSRF guard's request check
    taken out, as a name that answered a public address to it would pass, the connection itself is
    refused: not one request reaches the server."""

    def page(path: str) -> tuple[int, bytes, dict[str, str]]:
        return 200, b"<html><body><p>internal</p></body></html>", {"Content-Type": "text/html"}

    with TinySite(page) as site:
        port = site.base.rsplit(":", 1)[1]
        outcome = autocrawl(
            *("crawl", f"http://localhost:{port}/", "--db", f"sqlite:///{tmp_path / 'c.db'}"),
            *("-s", 'DOWNLOADER_MIDDLEWARES={"autocrawl.middlewares.ssrf.SsrfGuard": null}'),
            *("-s", "RETRY_TIMES=0", "-s", "DOWNLOAD_TIMEOUT=5"),
            cwd=tmp_path,
            timeout=120,
        )
        assert site.times() == []
    assert "connection refused (ssrf_refused: localhost resolves to 127.0.0.1 when connecting" in outcome.stderr
    assert outcome.summary["errors"].get("dns", 0) >= 1
    assert "CRITICAL" not in outcome.stderr
