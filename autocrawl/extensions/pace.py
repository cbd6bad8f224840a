"""A site's own pace: robots.txt `Crawl-delay` and `Retry-After` on 429/503 answers, honoured.

Scrapy reads neither: its slots go at the pace of DOWNLOAD_DELAY and AutoThrottle, and its retry
of a 429 goes out as soon as the scheduler hands it back. Here, per download slot (a site):

- a Crawl-delay of N seconds makes requests to the site go at least N seconds apart for the run
  (capped by AUTOCRAWL_MAX_CRAWL_DELAY; counted `autocrawl/pace/crawl_delay`);
- a 429 or 503 with Retry-After makes the next request to the site wait that long, counted from
  the answer (capped by AUTOCRAWL_MAX_RETRY_AFTER; counted `autocrawl/pace/retry_after`); Scrapy's
  RetryMiddleware still decides whether the page is asked again. At the first answer after the
  hold the slot goes back to the delay it had before it (with AutoThrottle too, which would
  otherwise come down from the held delay by halves, one answer at a time).

Both are a floor under the slot's delay. AutoThrottle lowers a slot's delay when the site answers
fast; this extension connects to `response_downloaded` after AutoThrottle (extensions are built
in order), so the floor is put back before the downloader picks the next request. A paced slot
loses its jitter, so that no gap is shorter than asked. In distributed mode the same floor goes
into the shared lease (autocrawl.middlewares.shared_politeness), so it holds across workers.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from autocrawl.pace import SitePace, retry_after_seconds

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = frozenset({429, 503})


class HonourSitePace:
    def __init__(
        self, crawler: Crawler, pace: SitePace, user_agent: str, autothrottle: bool, download_delay: float
    ) -> None:
        self.crawler = crawler
        self.pace = pace
        self.user_agent = user_agent
        self.autothrottle = autothrottle
        self.download_delay = download_delay
        self._delay_before_hold: dict[str, float] = {}  # slot -> its delay when a hold raised it

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HonourSitePace:
        settings = crawler.settings
        pace = SitePace(
            max_crawl_delay=settings.getfloat("AUTOCRAWL_MAX_CRAWL_DELAY", 30.0),
            max_retry_after=settings.getfloat("AUTOCRAWL_MAX_RETRY_AFTER", 120.0),
        )
        ext = cls(
            crawler,
            pace,
            settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or "",
            settings.getbool("AUTOTHROTTLE_ENABLED"),
            settings.getfloat("DOWNLOAD_DELAY"),
        )
        crawler.signals.connect(ext.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        return ext

    # ------------------------------------------------------------------ signals
    def robots_parsed(self, robotparser: Any, request: Request, **_: Any) -> None:
        try:
            asked = robotparser.crawl_delay(self.user_agent)
        except Exception:  # a parser without Crawl-delay support, or a broken line
            return
        if not asked:
            return
        site = self._site(request)
        granted = self.pace.set_crawl_delay(site, float(asked))
        if granted <= 0:
            return
        self._inc("pace/crawl_delay")
        capped = f" (it asks {asked:g} s; AUTOCRAWL_MAX_CRAWL_DELAY)" if granted < asked else ""
        logger.info("robots.txt of %s sets a Crawl-delay: requests to it go %g s apart%s", site, granted, capped)
        self._apply(site, time.monotonic())

    def response_downloaded(self, response: Response, request: Request, **_: Any) -> None:
        site = self._site(request)
        now = time.monotonic()
        if response.status in RETRY_AFTER_STATUSES:
            asked = retry_after_seconds(response.headers.get(b"Retry-After"), time.time())
            if asked is not None and asked > 0:
                held = self.pace.hold(site, asked, now)
                self._inc("pace/retry_after")
                capped = f" (it asks {asked:g} s; AUTOCRAWL_MAX_RETRY_AFTER)" if held.seconds < asked else ""
                logger.info(
                    "%s answered %d with Retry-After: the next request to %s waits %g s%s",
                    request.url,
                    response.status,
                    site,
                    held.seconds,
                    capped,
                )
                slot = self._slot(site)
                if slot is not None:
                    slot.lastseen = now  # the wait counts from the answer, not from the request
                    self._delay_before_hold.setdefault(site, slot.delay)
        if self.pace.paced(site) or site in self._delay_before_hold:
            self._apply(site, now)

    # ------------------------------------------------------------------ slots
    def _apply(self, site: str, now: float) -> None:
        slot = self._slot(site)
        if slot is None:
            return  # made on the site's next request, with the default delay; set at its answer
        floor = self.pace.floor(site, now)
        if site in self._delay_before_hold and site not in self.pace.holds:
            # The hold is over: back to the pace from before it. AutoThrottle would only halve
            # the held delay per answer (20, 10, 5 s gaps for one 20 s hold).
            before = self._delay_before_hold.pop(site)
            slot.delay = max(before, self.download_delay, floor)
            self._wake(slot)
        if floor > 0:
            slot.jitter = 0.0
            if slot.delay < floor:
                slot.delay = floor

    def _wake(self, slot: Any) -> None:
        """Let the slot's queue go at its restored delay: the downloader timed its next look at the
        queue by the held delay when it sent the request after the hold (Scrapy's private
        `Slot.latercall` and `Downloader._process_queue`, which times it again)."""
        engine = self.crawler.engine
        latercall = getattr(slot, "latercall", None)
        if engine is None or latercall is None:
            return
        latercall.cancel()
        slot.latercall = None
        engine.downloader._process_queue(slot)

    def floor(self, site: str) -> float:
        """The least gap between requests to `site` now (the shared lease reads it)."""
        return self.pace.floor(site, time.monotonic())

    def _site(self, request: Request) -> str:
        engine = self.crawler.engine
        if engine is None:
            return ""
        return str(engine.downloader.get_slot_key(request))

    def _slot(self, site: str) -> Any:
        engine = self.crawler.engine
        return None if engine is None else engine.downloader.slots.get(site)

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"autocrawl/{key}")
