"""Comment requests stay on the article's registered domain, on every hop, whatever dont_filter says."""

from __future__ import annotations

import logging
from collections import Counter

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import RedirectMiddleware
from scrapy.http import Response
from scrapy.utils.conf import build_component_list
from scrapy.utils.test import get_crawler

from autocrawl.middlewares.refusal import RequestRefused
from autocrawl.middlewares.scope import SiteScope, registered_domain, site_scope
from autocrawl.runner import project_settings


class Stats:
    def __init__(self) -> None:
        self.values: Counter[str] = Counter()

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] += count


def _comment_request(url: str, article_url: str) -> Request:
    return Request(url, dont_filter=True, meta={"site_scope": site_scope(article_url), "kind": "comments"})


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("www.example.co.uk", "example.co.uk"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("WWW.Example.COM.", "example.com"),
        ("a.b.example.com.au", "example.com.au"),
        ("alice.blogspot.com", "alice.blogspot.com"),  # a private suffix: each blog is a site
        ("127.0.0.1", "127.0.0.1"),
        ("localhost", "localhost"),
    ],
)
def test_registered_domain(host: str, domain: str) -> None:
    assert registered_domain(host) == domain


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.co.uk/news/story?page=2",
        "https://comments.example.co.uk/thread/1?page=2",  # a subdomain of the same site
        "http://example.co.uk/story/comments/page/2",
    ],
)
def test_comment_pages_on_the_articles_site_go(url: str) -> None:
    scope = SiteScope([], stats=Stats())  # type: ignore[arg-type]
    scope.process_request(_comment_request(url, "https://www.example.co.uk/news/story"))  # no exception: it goes


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/?page=2",
        "http://10.0.0.1/?page=2",
        "https://other.co.uk/story?page=2",  # the public suffix is not the site
        "https://example.co.uk.evil.com/?page=2",
        "https://notexample.co.uk/?page=2",
    ],
)
def test_comment_pages_off_the_articles_site_are_refused(url: str, caplog: pytest.LogCaptureFixture) -> None:
    stats = Stats()
    scope = SiteScope([], stats=stats)  # type: ignore[arg-type]
    with caplog.at_level(logging.WARNING), pytest.raises(RequestRefused):
        scope.process_request(_comment_request(url, "https://www.example.co.uk/news/story"))
    assert stats.values == {"autocrawl/skipped/offsite_comments": 1}
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == 1 and Request(url).url in lines[0] and "example.co.uk" in lines[0], lines


def test_listed_comment_hosts_and_their_subdomains_go() -> None:
    crawler = get_crawler(settings_dict={"AUTOCRAWL_COMMENT_HOSTS": "disqus.example.net, talk.example.org"})
    scope = SiteScope.from_crawler(crawler)
    article = "https://www.example.co.uk/news/story"
    scope.process_request(_comment_request("https://disqus.example.net/embed?page=2", article))  # no exception: it goes
    scope.process_request(_comment_request("https://cdn.disqus.example.net/t/1", article))  # no exception: it goes
    scope.process_request(_comment_request("https://talk.example.org/t/1", article))  # no exception: it goes
    with pytest.raises(RequestRefused):
        scope.process_request(_comment_request("https://example.org/t/1", article))


def test_requests_without_a_scope_are_not_its_business() -> None:
    scope = SiteScope([], stats=Stats())  # type: ignore[arg-type]
    scope.process_request(Request("https://elsewhere.example.org/", dont_filter=True))  # no exception: it goes


def test_a_redirect_hop_off_the_site_is_refused() -> None:
    """Scrapy's RedirectMiddleware copies meta (and dont_filter) onto the hop, which passes the scope again."""
    redirect = RedirectMiddleware.from_crawler(get_crawler(settings_dict={"REDIRECT_ENABLED": True}))
    source = "https://www.example.co.uk/news/story?page=2"
    request = _comment_request(source, "https://www.example.co.uk/news/story")
    response = Response(source, status=302, headers={"Location": "http://localhost:8080/?page=2"}, request=request)
    hop = redirect.process_response(request, response)
    assert isinstance(hop, Request) and hop.dont_filter and hop.meta["site_scope"] == "example.co.uk"
    stats = Stats()
    with pytest.raises(RequestRefused):
        SiteScope([], stats=stats).process_request(hop)  # type: ignore[arg-type]
    assert stats.values["autocrawl/skipped/offsite_comments"] == 1


def test_the_scope_runs_before_robots_txt_is_fetched() -> None:
    """Not even the other host's robots.txt is requested for a comment page off the site."""
    order = build_component_list(project_settings().get_component_priority_dict_with_base("DOWNLOADER_MIDDLEWARES"))
    names = [c if isinstance(c, str) else f"{c.__module__}.{c.__qualname__}" for c in order]
    scope = names.index("autocrawl.middlewares.scope.SiteScope")
    assert scope < names.index("autocrawl.middlewares.robots.RobotsTxtOnce")


def test_the_spider_scopes_its_comment_requests() -> None:
    from autocrawl.items import ArticleItem
    from spiders.news import NewsSpider

    spider = NewsSpider.from_crawler(
        get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0}), url="https://www.example.co.uk/"
    )
    story = "https://www.example.co.uk/news/story"
    item = ArticleItem(url=story, canonical_url=story, site="www.example.co.uk")
    request = spider._comment_request("http://169.254.169.254/?page=2", item, pages_seen=set())
    assert request.meta["site_scope"] == "example.co.uk"
    with pytest.raises(RequestRefused):
        SiteScope([], stats=Stats()).process_request(request)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "article_url", "goes"),
    [
        ("http://127.0.0.1:8080/story?page=2", "http://127.0.0.1:8080/story", True),
        ("https://example.com:443/story?page=2", "https://example.com/story", True),  # the default port
        ("http://127.0.0.1:6379/story?page=2", "http://127.0.0.1:8080/story", False),  # another server
        ("http://127.0.0.1/story?page=2", "http://127.0.0.1:8080/story", False),
        ("http://example.com:8443/story?page=2", "http://www.example.com/story", False),
        ("http://[::1]:6379/?page=2", "http://[::1]:8080/story", False),
        ("http://[::1]:8080/?page=2", "http://[::1]:8080/story", True),
    ],
)
def test_another_port_of_the_articles_host_is_another_site(url: str, article_url: str, goes: bool) -> None:
    stats = Stats()
    scope = SiteScope([], stats=stats)  # type: ignore[arg-type]
    if goes:
        scope.process_request(_comment_request(url, article_url))
    else:
        with pytest.raises(RequestRefused):
            scope.process_request(_comment_request(url, article_url))
    assert stats.values == ({} if goes else {"autocrawl/skipped/offsite_comments": 1})
