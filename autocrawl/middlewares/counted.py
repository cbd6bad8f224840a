"""A request a middleware gave up on, already logged and counted by it, so that the spider's
errback neither logs nor counts it a second time."""

from __future__ import annotations

import logging

from scrapy.exceptions import IgnoreRequest
from scrapy.statscollectors import StatsCollector


class CountedIgnore(IgnoreRequest):
    """Dropped by a middleware, which logged one line and counted `autocrawl/<stat>`."""

    def __init__(self, url: str, stat: str) -> None:
        super().__init__(f"{stat}: {url}")
        self.url = url
        self.stat = stat


def give_up(
    url: str, stat: str, message: str, stats: StatsCollector | None, logger: logging.Logger, level: int
) -> CountedIgnore:
    """Log `message` (with the URL) once, count `autocrawl/<stat>`, and return the exception to raise."""
    logger.log(level, "%s: %s", message, url)
    if stats is not None:
        stats.inc_value(f"autocrawl/{stat}")
    return CountedIgnore(url, stat)
