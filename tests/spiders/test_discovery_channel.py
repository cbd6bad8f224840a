"""The discovery channel an article item records (autocrawl.items.link_channel / discovered_via)."""

from __future__ import annotations

from autocrawl.discovery import Link, LinkKind
from autocrawl.items import discovered_via, link_channel


def test_channel_of_the_page_that_linked_the_article() -> None:
    assert link_channel({"kind": "sitemap"}) == "sitemap"
    assert link_channel({"kind": "feed"}) == "feed"
    assert link_channel({"kind": "start"}) == "listing"
    assert link_channel({"kind": "page", "listed": Link("http://x/page/2", LinkKind.PAGINATION)}) == "listing"
    assert link_channel({"kind": "page", "listed": Link("http://x/a", LinkKind.PAGE)}) == "link"


def test_article_channel() -> None:
    news = Link("http://x/a", LinkKind.ARTICLE, published="2024-05-01T10:00:00+00:00")
    plain = Link("http://x/a", LinkKind.ARTICLE)
    assert discovered_via("start", None, None) == "start"
    assert discovered_via("page", "sitemap", news) == "news_sitemap"
    assert discovered_via("page", "sitemap", plain) == "sitemap"
    assert discovered_via("page", "feed", news) == "feed"
    assert discovered_via("page", "link", plain) == "link"
