"""What a guard middleware does with a request it will not send: one WARNING line naming the URL
and the reason, a counted stat under `autocrawl/skipped/`, and an `IgnoreRequest` that errbacks
recognise as already counted."""

from __future__ import annotations

import logging

from scrapy.exceptions import IgnoreRequest
from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)


class RequestRefused(IgnoreRequest):
    """A request a guard refused. Logged and counted by the guard: an errback must not count it again."""

    def __init__(self, url: str, stat: str, reason: str | None, detail: str) -> None:
        super().__init__(f"refused ({stat}: {detail}): {url}")
        self.url = url
        self.stat = stat
        self.reason = reason
        self.detail = detail


def refuse(url: str, stat: str, reason: str | None, detail: str, stats: StatsCollector | None) -> RequestRefused:
    """Log and count a refusal; return the exception for the middleware to raise.

    `stat` is the skip group (`autocrawl/skipped/<stat>`), `reason` an optional stat-safe word
    (`autocrawl/skipped/<stat>/<reason>`), `detail` the human words for the log line."""
    logger.warning("request refused (%s: %s): %s", stat, detail, url)
    if stats is not None:
        stats.inc_value(f"autocrawl/skipped/{stat}")
        if reason:
            stats.inc_value(f"autocrawl/skipped/{stat}/{reason}")
    return RequestRefused(url, stat, reason, detail)
