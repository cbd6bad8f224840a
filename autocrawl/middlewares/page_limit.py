"""`--max-pages` as a limit on responses, not only a reason to stop (a downloader middleware).

Scrapy's CLOSESPIDER_PAGECOUNT closes the spider once that many responses came, but gracefully:
the requests already scheduled still go out, so a page with many links overshot the limit by
dozens of pages. Here, next to the downloader, a request goes out only while the responses
downloaded and the requests in flight stay under the limit; the others are dropped, counted
each as `autocrawl/skipped/max_pages` (a run that dropped any is not complete:
autocrawl.db.incremental). Redirect hops and retries are downloads like any other, so a crawl with
some may end on this limit ("finished") just before Scrapy's count would close it. Responses are
counted as they come out of the downloader, not when the spider gets them (Scrapy's count), which
is later: requests sent meanwhile would overshoot.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from autocrawl.middlewares.counted import CountedIgnore

logger = logging.getLogger(__name__)

STAT = "skipped/max_pages"
SENT = "page_limit_sent"  # request meta: this request was let through and is in flight


class PageLimit:
    def __init__(self, limit: int, stats: Any) -> None:
        self.limit = limit
        self.stats = stats
        self.in_flight = 0
        self.downloaded = 0
        self.told = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageLimit:
        limit = crawler.settings.getint("CLOSESPIDER_PAGECOUNT")
        if limit <= 0:
            raise NotConfigured("no page limit")
        return cls(limit, crawler.stats)

    def process_request(self, request: Request, spider: Any = None) -> None:
        if self.downloaded + self.in_flight >= self.limit:
            self._drop(request)
        self.in_flight += 1
        request.meta[SENT] = True

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        if self._settle(request):
            self.downloaded += 1
        return response

    def process_exception(self, request: Request, exception: BaseException, spider: Any = None) -> None:
        self._settle(request)

    def _settle(self, request: Request) -> bool:
        """Whether `request` was one this middleware let through (no longer in flight now)."""
        if not request.meta.pop(SENT, False):
            return False
        self.in_flight -= 1
        return True

    def _drop(self, request: Request) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{STAT}")
        if not self.told:
            self.told = True
            logger.info("page limit of %d responses reached: further requests are not sent", self.limit)
        raise CountedIgnore(request.url, STAT)
