"""The comment page links a spider follows: http(s) URLs a request can go to, without credentials;
a link it cannot follow leaves the article's comments incomplete, counted."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from autocrawl.items import ArticleItem
from spiders.news import NewsSpider

PAGE = "https://news.example.org/2024/05/ferry/"


def _spider() -> tuple[NewsSpider, object]:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0, "URLLENGTH_LIMIT": 2083})
    return NewsSpider.from_crawler(crawler, url=PAGE), crawler


def test_credentials_are_dropped_from_a_comment_link() -> None:
    spider, _ = _spider()
    item = ArticleItem(url=PAGE, canonical_url=PAGE, site="news.example.org")
    url = spider._comment_page_url(
        "https://reader:hunter2@news.example.org/2024/05/ferry/comments?page=2", PAGE, set(), item
    )
    assert url == "https://news.example.org/2024/05/ferry/comments?page=2"
    assert item.comments_complete


@pytest.mark.parametrize(
    ("link", "reason"),
    [
        ("ftp://news.example.org/comments/2", "comment_link_unusable"),
        ("file:///etc/passwd", "comment_link_unusable"),
        ("ws://news.example.org/live-comments", "comment_link_unusable"),
        (PAGE + "comments?page=2&pad=" + "x" * 3000, "comment_link_too_long"),
    ],
)
def test_a_comment_link_that_cannot_be_followed_is_counted_and_leaves_the_comments_incomplete(
    link: str, reason: str
) -> None:
    spider, crawler = _spider()
    item = ArticleItem(url=PAGE, canonical_url=PAGE, site="news.example.org")
    assert spider._comment_page_url(link, PAGE, set(), item) is None
    assert not item.comments_complete
    assert crawler.stats.get_value(f"autocrawl/skipped/{reason}") == 1  # type: ignore[attr-defined]
