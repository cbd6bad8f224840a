"""A refused request is counted once, by the guard that refused it, not again by the spider's errbacks."""

from __future__ import annotations

from scrapy import Request
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from autocrawl.items import ArticleItem
from autocrawl.middlewares.refusal import RequestRefused, refuse
from spiders.news import NewsSpider


def _failure(request: Request, exc: Exception) -> Failure:
    try:
        raise exc
    except Exception:
        failure = Failure()
    failure.request = request  # type: ignore[attr-defined]
    return failure


def _spider() -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    spider = NewsSpider.from_crawler(crawler, url="http://news.example.com/")
    return spider


def test_the_page_errback_does_not_count_a_refusal_again() -> None:
    spider = _spider()
    stats = spider.crawler.stats
    assert stats is not None
    request = Request("http://169.254.169.254/robots.txt", meta={"kind": "robots"})
    refused = refuse(request.url, "ssrf_refused", "cloud_metadata", "cloud metadata address", stats)
    spider.failed(_failure(request, refused))
    counted = {k: v for k, v in stats.get_stats().items() if k.startswith("autocrawl/")}
    assert counted == {"autocrawl/skipped/ssrf_refused": 1, "autocrawl/skipped/ssrf_refused/cloud_metadata": 1}


def test_the_comment_errback_keeps_the_article_and_does_not_count_a_refusal_again() -> None:
    spider = _spider()
    stats = spider.crawler.stats
    assert stats is not None
    item = ArticleItem(url="http://news.example.com/a", canonical_url="http://news.example.com/a", site="x")
    request = spider._comment_request("http://other.example.org/?page=2", item, pages_seen=set())
    refused = RequestRefused(request.url, "offsite_comments", None, "off the site")
    assert list(spider.comments_failed(_failure(request, refused))) == [item]
    assert item.comments_complete is False
    assert not [k for k in stats.get_stats() if k.startswith("autocrawl/errors/")]
