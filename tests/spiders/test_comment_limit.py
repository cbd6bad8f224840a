"""A page with more comments than AUTOCRAWL_MAX_COMMENTS_PER_PAGE keeps that many and counts the rest."""

from __future__ import annotations

import asyncio
from pathlib import Path

from scrapy.utils.test import get_crawler

from spiders.news import NewsSpider

THREAD = Path(__file__).resolve().parents[1] / "extraction" / "threads" / "depth-classes-blog.html"
URL = "https://www.slowkitchen.example/2024/05/sourdough-in-summer/"


def test_comments_past_the_limit_are_counted_not_lost_silently() -> None:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0, "AUTOCRAWL_MAX_COMMENTS_PER_PAGE": 5})
    spider = NewsSpider.from_crawler(crawler, url=URL)
    analysis = asyncio.run(spider.analyzer.analyze(THREAD.read_bytes(), URL, "text/html; charset=utf-8"))
    page = analysis.comments
    assert len(page.comments) == 5
    assert page.comments_cut > 0
    spider._check_comment_page(page, URL)
    assert crawler.stats is not None
    assert crawler.stats.get_value("autocrawl/skipped/comments_over_limit") == page.comments_cut


def test_without_a_limit_every_comment_is_kept() -> None:
    crawler = get_crawler(NewsSpider, {"AUTOCRAWL_EXTRACT_PROCESSES": 0})
    spider = NewsSpider.from_crawler(crawler, url=URL)
    analysis = asyncio.run(spider.analyzer.analyze(THREAD.read_bytes(), URL, "text/html; charset=utf-8"))
    assert analysis.comments.comments_cut == 0
    assert len(analysis.comments.comments) > 5
