"""Spider arguments: a bad value is one clear usage error, never a silently disabled filter."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from spiders.news import NewsSpider, parse_since


@pytest.mark.parametrize("value", ["yesterday", "2024-13-45", "31/01/2024"])
def test_since_that_is_no_date_is_a_usage_error(value: str) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_since(value)
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    with pytest.raises(ValueError, match="is not a date"):
        NewsSpider.from_crawler(crawler, url="http://news.example.com/", since=value)


def test_since_as_an_iso_date_filters() -> None:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    spider = NewsSpider.from_crawler(crawler, url="http://news.example.com/", since="2024-01-31")
    assert spider.since is not None and spider.since.isoformat().startswith("2024-01-31")
    assert not spider._is_recent_enough("2024-01-30")
    assert spider._is_recent_enough("2024-02-01")


def test_missing_url_is_a_usage_error() -> None:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    with pytest.raises(ValueError, match="needs start URLs"):
        NewsSpider.from_crawler(crawler)
