"""The incremental downloader middleware: what a stored article or discovery page costs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from scrapy import Request
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from autocrawl.db.incremental import DiscoveryPage, KnownArticle
from autocrawl.db.pages import url_hash
from autocrawl.discovery import Link, LinkKind
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.middlewares.counted import CountedIgnore
from autocrawl.middlewares.incremental import Incremental, SkippedUnchanged, needs_refetch
from autocrawl.urls import canonicalize, fetch_key

NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
WEEK_AGO = NOW - timedelta(days=7)
URL = "https://news.example.com/2026/06/story"


def known(published: datetime | None, has_comments: bool = False, first_seen: datetime = NOW) -> KnownArticle:
    return KnownArticle(
        canonicalize(URL), '"v1"', "Wed, 03 Jun 2026 10:00:00 GMT", published, first_seen, NOW, has_comments
    )


def test_a_young_dated_article_is_revisited_an_old_one_is_not() -> None:
    age = timedelta(days=3)
    assert needs_refetch(known(NOW - timedelta(days=1)), None, NOW, age)
    assert not needs_refetch(known(WEEK_AGO), None, NOW, age)


def test_an_undated_article_is_revisited_while_young_only_when_it_had_comments() -> None:
    age = timedelta(days=3)
    fresh = NOW - timedelta(hours=5)
    assert not needs_refetch(known(None, has_comments=False, first_seen=fresh), None, NOW, age)
    assert needs_refetch(known(None, has_comments=True, first_seen=fresh), None, NOW, age)
    assert not needs_refetch(known(None, has_comments=True, first_seen=WEEK_AGO), None, NOW, age)


def test_a_listing_date_after_the_last_fetch_means_changed() -> None:
    age = timedelta(0)
    article = known(WEEK_AGO)
    assert needs_refetch(article, Link(URL, LinkKind.ARTICLE, lastmod=(NOW + timedelta(hours=1)).isoformat()), NOW, age)
    assert not needs_refetch(article, Link(URL, LinkKind.ARTICLE, lastmod=WEEK_AGO.isoformat()), NOW, age)


@pytest.fixture
def middleware() -> Incremental:
    crawler = get_crawler(settings_dict={"DATABASE_URL": "sqlite://"})
    stats = MemoryStatsCollector(crawler)
    mw = Incremental(CrawlDatabase.of(crawler), timedelta(days=3), stats)
    mw.known = {canonicalize(URL): known(WEEK_AGO)}
    return mw


def page_request(url: str, link: Link, **meta: object) -> Request:
    return Request(url, meta={"kind": "page", "listed": link, **meta})


def test_an_unchanged_stored_article_is_not_fetched_and_counted_once(middleware: Incremental) -> None:
    for _ in range(2):
        with pytest.raises(SkippedUnchanged):
            middleware.process_request(page_request(URL, Link(URL, LinkKind.ARTICLE, lastmod=WEEK_AGO.isoformat())))
    assert middleware.stats.get_value("autocrawl/incremental/skipped_unchanged") == 1


def test_a_later_listing_that_says_changed_gets_a_conditional_get(middleware: Incremental) -> None:
    with pytest.raises(SkippedUnchanged):
        middleware.process_request(page_request(URL, Link(URL, LinkKind.ARTICLE)))
    request = page_request(URL, Link(URL, LinkKind.ARTICLE, lastmod=datetime.now(UTC).isoformat()))
    middleware.process_request(request)  # not dropped
    assert request.headers.get("If-None-Match") == b'"v1"'
    assert request.headers.get("If-Modified-Since") == b"Wed, 03 Jun 2026 10:00:00 GMT"
    assert request.meta["conditional"] == "article"


def test_pagination_stops_when_the_listing_led_only_to_stored_articles(middleware: Incremental) -> None:
    page2 = "https://news.example.com/latest/?page=2"
    stored = page_request(page2, Link(page2, LinkKind.PAGINATION), listing_links=[canonicalize(URL)])
    with pytest.raises(CountedIgnore):
        middleware.process_request(stored)
    new = page_request(page2, Link(page2, LinkKind.PAGINATION), listing_links=[canonicalize(URL), "https://x/new"])
    middleware.process_request(new)  # not dropped: a link leads to a new article
    assert middleware.stats.get_value("autocrawl/incremental/pagination_stopped") == 1


def test_discovery_pages_are_asked_conditionally_only_after_a_complete_run(middleware: Incremental) -> None:
    feed, listing = "https://news.example.com/feed/", "https://news.example.com/latest/"
    remembered = (("sitemap", "https://news.example.com/sitemap.xml"), ("page", listing), ("page", URL))
    middleware.discovery = {
        url_hash(fetch_key(canonicalize(feed))): DiscoveryPage("feed", '"f1"', None, remembered),
        url_hash(fetch_key(canonicalize(listing))): DiscoveryPage("listing", '"l1"', None, ()),
    }
    before = Request(feed, meta={"kind": "feed"})
    middleware.process_request(before)
    assert "If-None-Match" not in before.headers, "the site's last run was not complete"

    middleware.complete = {"news.example.com"}
    after = Request(feed, meta={"kind": "feed"})
    middleware.process_request(after)
    assert after.headers.get("If-None-Match") == b'"f1"'
    assert after.meta["conditional"] == "discovery"
    # after a 304: the sitemap, and the listing page (a discovery page), not the article
    assert after.meta["remembered_links"] == [remembered[0], remembered[1]]


def test_distributed_runs_read_discovery_pages_whole() -> None:
    """A killed worker's in-flight pages are found again only through the discovery pages."""
    settings = {"DATABASE_URL": "sqlite://", "AUTOCRAWL_CONDITIONAL_DISCOVERY": True}
    single = get_crawler(settings_dict=settings)
    distributed = get_crawler(settings_dict={**settings, "AUTOCRAWL_REDIS_URL": "redis://127.0.0.1:6379/0"})
    assert Incremental.from_crawler(single).conditional_discovery
    assert not Incremental.from_crawler(distributed).conditional_discovery
