"""SharedQueueIdle: a Redis error in the idle check keeps the worker open for a bounded time
(before, the error escaped the signal handler and the worker closed as `idle`)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from scrapy import Spider
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.test import get_crawler

from autocrawl.extensions import workers
from autocrawl.extensions.workers import CLOSE_REASON, RETRY_STAT, UNAVAILABLE_STAT, SharedQueueIdle


class FlakyRedis:
    """Answers `scan_iter` with no busy worker after failing `failures` times."""

    def __init__(self, failures: int) -> None:
        self.failures = failures

    def scan_iter(self, match: str) -> Iterator[bytes]:
        if self.failures:
            self.failures -= 1
            raise redis.ConnectionError("Error 104 while writing to socket. Connection reset by peer.")
        return iter(())


class FakeEngine:
    def __init__(self) -> None:
        self.spider = object()
        self.scheduler = None
        self.closed: list[str] = []

    async def close_spider_async(self, reason: str) -> None:
        self.closed.append(reason)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def make_idle(failures: int, clock: Clock) -> tuple[SharedQueueIdle, Any]:
    crawler = get_crawler(Spider)
    crawler.engine = FakeEngine()  # type: ignore[assignment]
    ext = SharedQueueIdle(crawler, "redis://unused", "t", retry_seconds=60.0, clock=clock, client=FlakyRedis(failures))
    return ext, crawler


def test_a_redis_blip_keeps_the_worker_open_and_the_next_check_decides(caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    ext, crawler = make_idle(failures=2, clock=clock)
    caplog.set_level(logging.WARNING)
    for t in (0.0, 5.0):
        clock.now = t
        with pytest.raises(DontCloseSpider):
            ext.spider_idle(None)
    clock.now = 10.0
    ext.spider_idle(None)  # Redis answers: no other worker busy, the worker may close as idle
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "Redis unreachable" in warnings[0].getMessage()
    assert crawler.stats.get_value(RETRY_STAT) == 2
    assert crawler.stats.get_value(UNAVAILABLE_STAT) is None


def test_redis_away_past_the_bound_stops_the_worker_as_failed(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "_schedule_coro", asyncio.run)  # no reactor in this test
    clock = Clock()
    ext, crawler = make_idle(failures=100, clock=clock)
    engine = crawler.engine
    caplog.set_level(logging.WARNING)
    for t in (0.0, 30.0, 59.0):
        clock.now = t
        with pytest.raises(DontCloseSpider):
            ext.spider_idle(None)
    assert engine.closed == []
    for t in (61.0, 66.0):
        clock.now = t
        with pytest.raises(DontCloseSpider):  # never closed as "finished", which would be `idle`
            ext.spider_idle(None)
    assert engine.closed == [CLOSE_REASON]
    assert crawler.stats.get_value(UNAVAILABLE_STAT) == 1
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and CLOSE_REASON in errors[0].getMessage()
