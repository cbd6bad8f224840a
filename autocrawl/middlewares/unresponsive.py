"""A site that stops answering is given up for the rest of the run.

A server that accepts connections and never answers (overloaded, a tarpit, an origin gone behind a
cache that still serves its listings) costs each of its URLs `DOWNLOAD_TIMEOUT` for every attempt:
a few hundred listed stories hold a crawl for hours, and a cron run overruns the next one. After
`AUTOCRAWL_MAX_SITE_FAILURES` attempts in a row to one site have got no answer at all (timeout,
refused or lost connection, DNS; each retry is an attempt), its other requests are not sent this
run: one WARNING for the site, each dropped request counted (`skipped/site_unresponsive`). Any
answer from the site, even an error page, starts the count again. The run is then not complete
(`autocrawl.db.incremental`), so the next one reads the site's listings whole and fetches what was
left. Nutch bounds a host queue the same way (`fetcher.max.exceptions.per.queue`).

Placed just above Scrapy's RetryMiddleware (550), so that it sees every failed attempt before the
retry is made, and every retry passes its `process_request`. Requests pass the downloader
middlewares when they enter the downloader, then wait in its per-host queue (up to
CONCURRENT_REQUESTS of them): those of the site are taken out of that queue too when it is given up.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.statscollectors import StatsCollector
from twisted.python.failure import Failure

from autocrawl.failures import failure_reason
from autocrawl.middlewares.counted import give_up
from autocrawl.urls import site_identity

logger = logging.getLogger(__name__)

# failure_reason() names of a fetch that got no answer at all from the server
NO_ANSWER = frozenset(("timeout", "connection_refused", "connection_lost", "dns"))
STAT = "skipped/site_unresponsive"
MESSAGE = "not fetched (its site stopped answering this run; the next run tries again)"


class UnresponsiveSites:
    def __init__(self, max_failures: int, stats: StatsCollector | None, crawler: Crawler | None = None) -> None:
        self.max_failures = max_failures  # 0: never give up on a site
        self.stats = stats
        self.crawler = crawler  # for the downloader's queues
        self.failures_in_a_row: dict[str, int] = {}
        self.given_up: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnresponsiveSites:
        return cls(crawler.settings.getint("AUTOCRAWL_MAX_SITE_FAILURES", 10), crawler.stats, crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if self.given_up and site_identity(request.url) in self.given_up:
            raise give_up(request.url, STAT, MESSAGE, self.stats, logger, logging.INFO)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if self.failures_in_a_row:
            self.failures_in_a_row.pop(site_identity(request.url), None)
        return response

    def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        if self.max_failures <= 0:
            return
        reason = failure_reason(exception)
        if reason not in NO_ANSWER:
            return
        site = site_identity(request.url)
        if not site or site in self.given_up:
            return
        count = self.failures_in_a_row.get(site, 0) + 1
        self.failures_in_a_row[site] = count
        if count >= self.max_failures:
            self.given_up.add(site)
            if self.stats is not None:
                self.stats.inc_value("autocrawl/warnings/site_unresponsive")
            logger.warning(
                "giving up on %s for this run: %d attempts in a row got no answer (the last: %s, %s); "
                "its other requests are not sent (AUTOCRAWL_MAX_SITE_FAILURES=%d)",
                site,
                count,
                reason,
                request.url,
                self.max_failures,
            )
            self._drop_queued(site)

    def _drop_queued(self, site: str) -> None:
        """Fail the site's requests waiting in the downloader's per-host queues, as a download that
        failed would (each counted and logged once, and not retried)."""
        for request, waiting in _take_queued(self.crawler, site):
            waiting.errback(Failure(give_up(request.url, STAT, MESSAGE, self.stats, logger, logging.INFO)))


def _take_queued(crawler: Crawler | None, site: str) -> list[tuple[Request, Any]]:
    """Take the requests to `site` out of the downloader's queues: (request, its deferred) each.
    Reads Scrapy's `Downloader.slots` and `Slot.queue`; a downloader without them gives none."""
    engine = getattr(crawler, "engine", None)
    slots = getattr(getattr(engine, "downloader", None), "slots", None)
    taken: list[tuple[Request, Any]] = []
    for slot in list((slots or {}).values()):
        queue = getattr(slot, "queue", None)
        if not queue:
            continue
        kept: list[tuple[Request, Any]] = []
        for entry in queue:
            (taken if site_identity(entry[0].url) == site else kept).append(entry)
        if len(kept) < len(queue):
            queue.clear()
            queue.extend(kept)
    return taken
