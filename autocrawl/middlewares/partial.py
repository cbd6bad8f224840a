"""A 206 Partial Content answer to a request that asked for no range: the server (a misconfigured
cache, or a hostile one) sent part of the page. Parsed, it would be stored as the whole article;
it is given up instead, like a body cut short in transit (`errors/truncated`): one line,
`autocrawl/errors/partial_content`, nothing stored, so the next run fetches the page again."""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector

from autocrawl.middlewares.counted import give_up

logger = logging.getLogger(__name__)

PARTIAL_CONTENT = 206


class RefusePartialContent:
    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RefusePartialContent:
        return cls(crawler.stats)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if response.status != PARTIAL_CONTENT or request.headers.get("Range"):
            return response
        message = "fetch failed (partial_content: a 206 answer to a request for the whole page)"
        raise give_up(request.url, "errors/partial_content", message, self.stats, logger, logging.WARNING)
