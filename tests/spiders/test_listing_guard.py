"""A sitemap or feed whose parser fails is one file lost, with a line and a count, and never a spider
error that drops what else the callback would have yielded."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from scrapy.http import Request, XmlResponse
from scrapy.utils.test import get_crawler

import spiders.news as news
from spiders.news import NewsSpider

SITE = "http://news.example.com"
FEED = b'<rss version="2.0"><channel><item><link>http://news.example.com/a/story</link></item></channel></rss>'


def _outputs(spider: NewsSpider, response: XmlResponse) -> list[Any]:
    async def collect() -> list[Any]:
        return [output async for output in spider.parse(response)]

    return asyncio.run(collect())


def test_a_feed_parser_that_raises_costs_that_feed_only(monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    spider = NewsSpider.from_crawler(crawler, url=SITE + "/")
    crawler.spider = spider
    request = Request(SITE + "/feed.xml", meta={"kind": "feed"})
    response = XmlResponse(request.url, body=FEED, headers={"Content-Type": "application/rss+xml"}, request=request)
    assert [o.url for o in _outputs(spider, response) if isinstance(o, Request)] == [SITE + "/a/story"]

    def broken(data: bytes | str, base_url: str) -> list[Any]:
        raise RuntimeError("a parser bug")

    monkeypatch.setattr(news, "feed_links", broken)
    with caplog.at_level(logging.WARNING):
        assert _outputs(spider, response) == []
    assert f"feed not read (RuntimeError: a parser bug): {SITE}/feed.xml" in caplog.text
    assert crawler.stats is not None
    assert crawler.stats.get_value("autocrawl/errors/listing_unreadable") == 1
