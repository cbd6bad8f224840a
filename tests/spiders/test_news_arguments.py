"""Spider arguments: a bad value is one clear usage error, never a silently disabled filter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.utils.test import get_crawler

from spiders.news import NewsSpider, parse_since

REPO = Path(__file__).resolve().parents[2]


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


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ({"max_pages": "abc"}, "max_pages='abc' is not a whole number"),
        ({"max_depth": "-1"}, "max_depth='-1' is negative"),
        ({"revisit_days": "soon"}, "revisit_days='soon' is not a number of days"),
    ],
)
def test_numbers_that_are_no_numbers_are_usage_errors(argument: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        NewsSpider.check_arguments(url="http://news.example.com/", **argument)


def test_typed_arguments_reach_the_crawl() -> None:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    spider = NewsSpider.from_crawler(crawler, url="http://news.example.com/", max_depth="2")
    assert spider.max_depth == 2
    assert spider.arguments.max_depth == 2


@pytest.mark.parametrize("arguments", [["-a", "since=yesterday"], ["-a", "max_pages=abc"], []])
def test_scrapy_crawl_says_what_is_wrong_and_exits_2(arguments: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    url = [] if not arguments else ["-a", "url=http://127.0.0.1:9/"]
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "news", *url, *arguments],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    error = done.stderr.strip().splitlines()[-1]
    assert "error:" in error and ("since=" in error or "max_pages=" in error or "needs start URLs" in error)
