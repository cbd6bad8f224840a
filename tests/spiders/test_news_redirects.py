"""The news spider's own redirect handling: scheme changes and already-fetched pages."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from autocrawl.discovery import Link, LinkKind
from autocrawl.urls import canonicalize
from spiders.news import NewsSpider


def _spider() -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    return NewsSpider.from_crawler(crawler, url="http://news.example.com/")


def _redirect(spider: NewsSpider, source: str, target: str) -> list[object]:
    link = Link(source, LinkKind.ARTICLE)
    request = spider._article_request(link, canonicalize(source), hops=0)
    assert request is not None
    response = HtmlResponse(source, status=301, headers={"Location": target}, request=request, body=b"")
    return list(spider._redirected(response))


def test_http_to_https_redirect_of_a_page_is_followed() -> None:
    spider = _spider()
    out = _redirect(spider, "http://news.example.com/a/story", "https://news.example.com/a/story")
    assert [r.url for r in out if isinstance(r, Request)] == ["https://news.example.com/a/story"]


def test_page_already_requested_under_the_other_scheme_is_not_requested_again() -> None:
    spider = _spider()
    first = "http://news.example.com/a/story"
    assert spider._article_request(Link(first, LinkKind.ARTICLE), canonicalize(first), hops=0) is not None
    again = "https://news.example.com/a/story/?utm_source=rss"
    assert spider._article_request(Link(again, LinkKind.ARTICLE), canonicalize(again), hops=0) is None


def test_redirect_to_a_page_fetched_already_is_not_followed() -> None:
    spider = _spider()
    fetched = "http://news.example.com/a/story"
    spider._article_request(Link(fetched, LinkKind.ARTICLE), canonicalize(fetched), hops=0)
    out = _redirect(spider, "http://news.example.com/old/123", fetched)
    assert not [r for r in out if isinstance(r, Request)]
