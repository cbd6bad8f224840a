"""A 304 Not Modified answer to a request that sent no validator (no If-None-Match, no
If-Modified-Since): the server (a broken cache, or a hostile one) says "unchanged since the copy
you hold" when none was named. Taken at its word, the page was counted unchanged and never
stored, and nothing would fetch it again. It is given up instead: one line,
`autocrawl/errors/unasked_not_modified`, nothing stored, fetched again next run."""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from autocrawl.middlewares.counted import give_up

logger = logging.getLogger(__name__)

NOT_MODIFIED = 304
VALIDATORS = (b"If-None-Match", b"If-Modified-Since")


class RefuseUnaskedNotModified:
    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RefuseUnaskedNotModified:
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if response.status != NOT_MODIFIED or any(request.headers.get(name) for name in VALIDATORS):
            return response
        message = "fetch failed (unasked_not_modified: a 304 answer to a request that named no copy)"
        raise give_up(request.url, "errors/unasked_not_modified", message, self.stats, logger, logging.WARNING)
