"""Progress while a crawl runs: pages, articles and comments per minute, every N seconds."""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger("autocrawl.progress")

COUNTERS = {
    "pages": "autocrawl/pages/fetched",
    "articles": "autocrawl/articles/extracted",
    "stored": "autocrawl/articles_new",
    "comments": "autocrawl/comments_new",
}


class Progress:
    def __init__(self, crawler: Crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("AUTOCRAWL_PROGRESS_INTERVAL", 10.0)
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.report)
        self.loop.start(self.interval, now=False)

    def report(self) -> None:
        stats = self.crawler.stats
        if stats is None:
            return
        minutes = max((time.monotonic() - self.started) / 60.0, 1e-9)
        parts = []
        for label, key in COUNTERS.items():
            value = stats.get_value(key, 0) or 0
            parts.append(f"{label} {value} ({value / minutes:.0f}/min)")
        logger.info("progress: %s", ", ".join(parts))

    def spider_closed(self, spider: Any) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
