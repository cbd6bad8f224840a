"""Garbage collection tuned for a long crawl (an extension).

Python's cyclic collector walks every tracked object of a generation on each of its
collections. When the engine starts (after every component opened the spider), the crawl's
start-up objects (modules, classes, settings, the loaded page memory and known articles) are
collected once and then frozen
(`gc.freeze()`): they live until the crawl ends, and no later collection walks them again.
`AUTOCRAWL_GC_THRESHOLDS` sets the collector's thresholds for the crawl (`gc.set_threshold`):
a larger first threshold lets the many short-lived objects of each page (responses, requests,
items) die before a collection looks at them, so fewer reach the oldest generation, whose
collections walk the whole heap. The previous thresholds are restored and the frozen objects
released when the engine stops.

Settings (defaults in autocrawl/settings.py): AUTOCRAWL_GC_FREEZE, AUTOCRAWL_GC_THRESHOLDS
(three integers, or empty to keep Python's).
"""

from __future__ import annotations

import gc
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

__all__ = ["CrawlGarbageCollection", "parse_thresholds"]

logger = logging.getLogger(__name__)


def parse_thresholds(value: Any) -> tuple[int, int, int] | None:
    """(gen0, gen1, gen2) from a list or a "a,b,c" string; None when empty."""
    if not value:
        return None
    parts = value.replace(",", " ").split() if isinstance(value, str) else list(value)
    try:
        numbers = tuple(int(p) for p in parts)
    except (TypeError, ValueError):
        numbers = ()
    if len(numbers) != 3 or min(numbers) < 1:
        raise ValueError(f"AUTOCRAWL_GC_THRESHOLDS takes three positive integers, not {value!r}")
    return numbers[0], numbers[1], numbers[2]


class CrawlGarbageCollection:
    def __init__(self, freeze: bool, thresholds: tuple[int, int, int] | None) -> None:
        self.freeze = freeze
        self.thresholds = thresholds
        self._previous: tuple[int, int, int] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlGarbageCollection:
        settings = crawler.settings
        freeze = settings.getbool("AUTOCRAWL_GC_FREEZE")
        try:
            thresholds = parse_thresholds(settings.get("AUTOCRAWL_GC_THRESHOLDS"))
        except ValueError as exc:  # a typo in a tuning setting must not stop the crawl
            logger.warning("%s; keeping Python's collector thresholds", exc)
            thresholds = None
        if not freeze and thresholds is None:
            raise NotConfigured
        ext = cls(freeze, thresholds)
        crawler.signals.connect(ext.engine_started, signal=signals.engine_started)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def engine_started(self) -> None:
        if self.freeze:
            gc.collect()
            gc.freeze()
            logger.debug("gc: %d start-up objects frozen", gc.get_freeze_count())
        if self.thresholds is not None:
            self._previous = gc.get_threshold()
            gc.set_threshold(*self.thresholds)

    def engine_stopped(self) -> None:
        if self._previous is not None:
            gc.set_threshold(*self._previous)
            self._previous = None
        if self.freeze:
            gc.unfreeze()
