"""Redirects go through Scrapy's RedirectMiddleware (autocrawl's subclass counts the dead ends), and
each page is fetched once per run whatever URL form or redirect leads to it."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.utils.test import get_crawler

from autocrawl.discovery import Link, LinkKind
from autocrawl.middlewares.counted import CountedIgnore
from autocrawl.middlewares.redirects import AlreadyFetched, FetchOnce, GuardedMetaRefresh, GuardedRedirect
from autocrawl.urls import canonicalize
from spiders.news import NewsSpider

SITE = "http://news.example.com"


@pytest.fixture
def spider() -> NewsSpider:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    spider = NewsSpider.from_crawler(crawler, url=SITE + "/")
    crawler.spider = spider
    return spider


def _page_request(spider: NewsSpider, url: str) -> Request:
    request = spider._article_request(Link(url, LinkKind.ARTICLE), canonicalize(url), hops=0)
    assert request is not None
    return request


def _redirect(spider: NewsSpider, request: Request, location: str, status: int = 301) -> Response | Request:
    middleware = GuardedRedirect.from_crawler(spider.crawler)
    response = HtmlResponse(request.url, status=status, headers={"Location": location}, request=request, body=b"")
    return middleware.process_response(request, response)


def _stat(spider: NewsSpider, key: str) -> int:
    assert spider.crawler.stats is not None
    return int(spider.crawler.stats.get_value(f"autocrawl/{key}", 0))


def test_page_requests_let_scrapy_follow_redirects(spider: NewsSpider) -> None:
    request = _page_request(spider, SITE + "/a/story")
    assert not request.meta.get("dont_redirect")
    assert "handle_httpstatus_list" not in request.meta


def test_http_to_https_redirect_of_a_page_is_followed(spider: NewsSpider) -> None:
    request = _page_request(spider, SITE + "/a/story")
    hop = _redirect(spider, request, "https://news.example.com/a/story")
    assert isinstance(hop, Request) and hop.url == "https://news.example.com/a/story"
    assert hop.meta["redirect_urls"] == [SITE + "/a/story"]
    FetchOnce(None).process_request(request)
    FetchOnce(None).process_request(hop)  # the same page under another scheme: fetched


def test_redirect_loop_is_one_counted_dead_end(spider: NewsSpider) -> None:
    a = _page_request(spider, SITE + "/a")
    to_b = _redirect(spider, a, SITE + "/b")
    assert isinstance(to_b, Request)
    with pytest.raises(CountedIgnore):
        _redirect(spider, to_b, SITE + "/a")
    assert _stat(spider, "errors/redirect_loop") == 1


def test_offsite_redirect_is_counted_and_not_followed(spider: NewsSpider) -> None:
    request = _page_request(spider, SITE + "/a/story")
    with pytest.raises(CountedIgnore):
        _redirect(spider, request, "http://elsewhere.example.org/landing")
    assert _stat(spider, "skipped/offsite_redirect") == 1


def test_redirect_to_a_malformed_url_is_a_bad_url(spider: NewsSpider) -> None:
    request = _page_request(spider, SITE + "/a/story")
    with pytest.raises(CountedIgnore):
        _redirect(spider, request, "http://news.example.com:99999/a/story")
    assert _stat(spider, "errors/bad_url") == 1


def test_meta_refresh_to_the_page_itself_leaves_the_page_to_parse(spider: NewsSpider) -> None:
    middleware = GuardedMetaRefresh.from_crawler(spider.crawler)
    request = _page_request(spider, SITE + "/live")
    body = b'<html><head><meta http-equiv="refresh" content="0; url=/live"></head><body>x</body></html>'
    response = HtmlResponse(request.url, body=body, request=request)
    assert middleware.process_response(request, response) is response
    elsewhere = HtmlResponse(request.url, body=body.replace(b"/live", b"/a/story"), request=request)
    hop = middleware.process_response(request, elsewhere)
    assert isinstance(hop, Request) and hop.url == SITE + "/a/story"


def test_meta_refresh_is_found_after_a_long_head_and_in_utf16(spider: NewsSpider) -> None:
    """The cheap pre-check must not hide a refresh Scrapy would follow: one after 3,000
    characters of multi-byte text, and one in a UTF-16 page."""
    middleware = GuardedMetaRefresh.from_crawler(spider.crawler)
    request = _page_request(spider, SITE + "/live")
    head = "<title>" + "ü" * 1500 + "</title>" + '<meta http-equiv="Refresh" content="0; url=/a/story">'
    page = f"<html><head>{head}</head><body>x</body></html>"
    for encoding in ("utf-8", "utf-16"):
        response = HtmlResponse(request.url, body=page.encode(encoding), encoding=encoding, request=request)
        hop = middleware.process_response(request, response)
        # (Scrapy encodes the URL in the page's encoding: a UTF-16 one gets its BOM as a query)
        assert isinstance(hop, Request) and hop.url.startswith(SITE + "/a/story"), encoding
    plain = HtmlResponse(request.url, body=b"<html><body><p>no refresh here</p></body></html>", request=request)
    assert middleware.process_response(request, plain) is plain


def test_page_already_requested_under_the_other_scheme_is_not_requested_again(spider: NewsSpider) -> None:
    first = SITE + "/a/story"
    assert spider._article_request(Link(first, LinkKind.ARTICLE), canonicalize(first), hops=0) is not None
    again = "https://news.example.com/a/story/?utm_source=rss"
    assert spider._article_request(Link(again, LinkKind.ARTICLE), canonicalize(again), hops=0) is None


def test_redirect_to_a_page_fetched_already_is_not_fetched_and_keeps_its_source(spider: NewsSpider) -> None:
    fetch_once = FetchOnce(None)
    fetch_once.process_request(_page_request(spider, SITE + "/a/story"))
    hop = _redirect(spider, _page_request(spider, SITE + "/old/123"), SITE + "/a/story")
    assert isinstance(hop, Request)
    with pytest.raises(AlreadyFetched) as caught:
        fetch_once.process_request(hop)
    assert caught.value.forms == [SITE + "/old/123", SITE + "/a/story"]
