"""The per-site bound on entries taken from sitemaps and feeds in one run: a sitemap index of 30
full sitemaps lists 1.5 million URLs, each of which became a request in the scheduler (5 GB, and
a reactor busy for minutes). Past AUTOCRAWL_MAX_LISTED_URLS_PER_SITE the entries are counted, not
requested, and a listing that comes in once the site's bound is spent is not read. A graceful
stop (SIGTERM) ends a long listing's requests at once: Scrapy waits for callbacks in progress."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from scrapy.http import Request, XmlResponse
from scrapy.utils.test import get_crawler

from autocrawl.discovery import Link, LinkKind, LinkList
from spiders.news import NewsSpider, keep_entries

SITE = "http://news.example.com"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _spider(**settings: object) -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0, **settings})
    return NewsSpider.from_crawler(crawler, url=SITE + "/")


def _sitemap(paths: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{SITE}{p}</loc></url>" for p in paths)
    return f'<urlset xmlns="{SITEMAP_NS}">{urls}</urlset>'.encode()


def _stories(prefix: str, count: int) -> list[str]:
    return [f"/news/{prefix}-{n}" for n in range(count)]


def _read(spider: NewsSpider, path: str, body: bytes) -> list[str]:
    """The URLs the spider requests from the sitemap at `path`."""
    url = SITE + path
    response = XmlResponse(url, body=body, request=Request(url, meta={"kind": "sitemap"}))

    async def outputs() -> list[Any]:
        return [output async for output in spider.parse(response)]

    return [r.url for r in asyncio.run(outputs()) if isinstance(r, Request)]


def _stat(spider: NewsSpider, key: str) -> int:
    assert spider.crawler.stats is not None
    return int(spider.crawler.stats.get_value(f"autocrawl/{key}", 0))


def test_entries_past_the_bound_are_counted_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    spider = _spider(AUTOCRAWL_MAX_LISTED_URLS_PER_SITE=5)
    with caplog.at_level(logging.WARNING):
        first = _read(spider, "/sm-1.xml", _sitemap(_stories("a", 3)))
        second = _read(spider, "/sm-2.xml", _sitemap(_stories("b", 4)))
        third = _read(spider, "/sm-3.xml", _sitemap(_stories("c", 3)))
    assert first == [SITE + p for p in _stories("a", 3)]
    assert second == [SITE + p for p in _stories("b", 2)]
    assert third == []
    assert _stat(spider, "skipped/listed_over_limit") == 2
    assert _stat(spider, "skipped/listings_over_limit") == 1
    assert _stat(spider, "discovery/sitemaps") == 2
    assert caplog.text.count("AUTOCRAWL_MAX_LISTED_URLS_PER_SITE") == 1


def test_the_sitemaps_an_index_names_are_no_entries() -> None:
    spider = _spider(AUTOCRAWL_MAX_LISTED_URLS_PER_SITE=1)
    named = "".join(f"<sitemap><loc>{SITE}/sm-{k}.xml</loc></sitemap>" for k in range(3))
    index = f'<sitemapindex xmlns="{SITEMAP_NS}">{named}</sitemapindex>'.encode()
    assert _read(spider, "/index.xml", index) == [f"{SITE}/sm-{k}.xml" for k in range(3)]
    assert _read(spider, "/sm-0.xml", _sitemap(_stories("a", 2))) == [SITE + "/news/a-0"]


def test_keep_entries_keeps_the_first_and_every_named_sitemap() -> None:
    links = LinkList(
        [
            Link(SITE + "/a", LinkKind.ARTICLE),
            Link(SITE + "/s.xml", LinkKind.SITEMAP),
            Link(SITE + "/b", LinkKind.ARTICLE),
        ]
    )
    assert keep_entries(links, 1) == (1, 1)
    assert [link.url for link in links] == [SITE + "/a", SITE + "/s.xml"]
    assert keep_entries(links, None) == (1, 0)


def test_zero_means_no_bound() -> None:
    spider = _spider(AUTOCRAWL_MAX_LISTED_URLS_PER_SITE=0)
    assert len(_read(spider, "/sm.xml", _sitemap(_stories("a", 300)))) == 300


def test_a_graceful_stop_ends_a_long_listing_at_once() -> None:
    spider = _spider()

    class StoppingEngine:
        running = True

    engine = StoppingEngine()
    spider.engine = engine  # type: ignore[assignment]
    url = SITE + "/sm.xml"
    response = XmlResponse(url, body=b"", request=Request(url, meta={"kind": "sitemap"}))
    links = LinkList(Link(SITE + path, LinkKind.ARTICLE) for path in _stories("a", 1000))
    outputs = spider._follow_links(response, links)
    taken = [next(outputs) for _ in range(10)]
    engine.running = False  # Crawler.stop_async (SIGTERM, Ctrl-C) stops the engine first
    assert len(taken) + len(list(outputs)) == 10
    assert _read(spider, "/sm-2.xml", _sitemap(["/news/b"])) == []


def test_a_listing_stops_once_the_page_limit_is_reached() -> None:
    """CLOSESPIDER_PAGECOUNT (--max-pages) closes the engine, which waits for the callbacks."""
    spider = _spider(CLOSESPIDER_PAGECOUNT=3)

    class RunningEngine:
        running = True

    spider.engine = RunningEngine()  # type: ignore[assignment]
    assert spider.crawler.stats is not None
    spider.crawler.stats.set_value("response_received_count", 2)
    assert len(_read(spider, "/sm-1.xml", _sitemap(_stories("a", 5)))) == 5
    spider.crawler.stats.set_value("response_received_count", 3)
    assert _read(spider, "/sm-2.xml", _sitemap(_stories("b", 5))) == []
