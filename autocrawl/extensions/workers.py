"""Distributed mode: keep a worker alive while other workers still crawl, keep the shared run
alive while any worker lives, and end it when the last one leaves an idle crawl.

A scrapy-redis worker whose share of the queue is empty would close while another worker is
still fetching pages that will add requests. Each worker marks itself busy in Redis (a key
with a short TTL, renewed while its engine is not idle); on `spider_idle` a worker stays open
while the shared queue holds requests or another worker is busy. The heartbeat also renews the
run (`autocrawl.distributed`); the last worker out of a finished crawl ends it, so the next
start is a new run with a fresh seen-filter.

A Redis error in the idle check (a reset, a refused connection) is no verdict: the worker logs
one WARNING per outage, counts each failed check in `autocrawl/warnings/redis_retry` and stays
open, asking again at the next idle signal, for AUTOCRAWL_REDIS_RETRY_SECONDS. Past that it
logs an ERROR and stops with the finish reason `redis_unavailable` (a failed run, exit 1).
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import _schedule_coro
from twisted.internet import task

from autocrawl.distributed import RunScheduler, end_run, renew_run

logger = logging.getLogger(__name__)

BEAT_SECONDS = 1.0
BUSY_TTL_MS = 4000
CLOSE_REASON = "redis_unavailable"
RETRY_STAT = "autocrawl/warnings/redis_retry"
UNAVAILABLE_STAT = "autocrawl/errors/redis_unavailable"


def _redis_errors() -> tuple[type[Exception], ...]:
    """What a lost Redis raises: the client's own errors, or a socket error it let through."""
    import redis

    return (redis.RedisError, OSError)


class SharedQueueIdle:
    def __init__(
        self,
        crawler: Crawler,
        redis_url: str,
        prefix: str,
        retry_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        client: Any = None,
    ) -> None:
        import redis

        self.crawler = crawler
        self.client = client if client is not None else redis.Redis.from_url(redis_url)
        self.busy_prefix = f"{prefix}:busy:"
        self.me = f"{self.busy_prefix}{socket.gethostname()}:{os.getpid()}"
        self.loop: task.LoopingCall | None = None
        self.retry_seconds = retry_seconds
        self.clock = clock
        self._failing_since: float | None = None  # clock time of the first failed idle check of an outage
        self._stopping = False  # gave up on Redis: the crawl is closing

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedQueueIdle:
        redis_url = crawler.settings.get("AUTOCRAWL_REDIS_URL")
        if not redis_url:
            raise NotConfigured
        prefix = (crawler.settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        ext = cls(crawler, redis_url, prefix, crawler.settings.getfloat("AUTOCRAWL_REDIS_RETRY_SECONDS"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.loop = task.LoopingCall(self.beat)
        self.loop.start(BEAT_SECONDS, now=True)

    def _scheduler(self) -> Any:
        engine = self.crawler.engine
        return getattr(engine, "scheduler", None) if engine is not None else None

    def beat(self) -> None:
        engine = self.crawler.engine
        scheduler = self._scheduler()
        try:
            if engine is not None and not engine.spider_is_idle():
                self.client.set(self.me, b"1", px=BUSY_TTL_MS)
            if isinstance(scheduler, RunScheduler) and scheduler.run_keys is not None and scheduler.run_id:
                renew_run(self.client, scheduler.run_keys, scheduler.run_id)
        except Exception as exc:  # Redis hiccup: the TTLs lapse, nothing else breaks
            logger.warning("could not mark this worker busy in Redis: %s", exc)

    def others_busy(self) -> bool:
        return any(key.decode() != self.me for key in self.client.scan_iter(match=f"{self.busy_prefix}*"))

    def _queued(self) -> int:
        scheduler = self._scheduler()
        return len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else 0

    def spider_idle(self, spider: Any) -> None:
        """Stay open while the shared queue holds requests or another worker is busy, and while
        Redis cannot say (for retry_seconds)."""
        try:
            busy = bool(self._queued() or self.others_busy())
        except _redis_errors() as exc:
            self._idle_check_failed(exc)
            raise DontCloseSpider from exc
        if self._failing_since is not None:
            logger.info("Redis answers again; the idle check goes on")
            self._failing_since = None
        if busy:
            raise DontCloseSpider

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(key)

    def _idle_check_failed(self, exc: BaseException) -> None:
        """Count a failed idle check; past retry_seconds of failures, stop the crawl as failed."""
        self._inc(RETRY_STAT)
        now = self.clock()
        if self._failing_since is None:
            self._failing_since = now
            logger.warning(
                "Redis unreachable in the idle check (%s: %s); the worker stays open and asks again for up to %g s",
                type(exc).__name__,
                str(exc).splitlines()[0] if str(exc) else "",
                self.retry_seconds,
            )
            return
        if now - self._failing_since < self.retry_seconds:
            logger.debug("Redis still unreachable in the idle check (%s)", type(exc).__name__)
            return
        if self._stopping:
            return
        self._stopping = True
        self._inc(UNAVAILABLE_STAT)
        logger.error(
            "Redis unreachable for %g s (%s); stopping this worker (%s): the shared crawl's state is unknown",
            now - self._failing_since,
            type(exc).__name__,
            CLOSE_REASON,
        )
        engine = self.crawler.engine
        if engine is not None and getattr(engine, "spider", None) is not None:
            _schedule_coro(engine.close_spider_async(reason=CLOSE_REASON))

    def spider_closed(self, spider: Any, reason: str = "finished") -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        scheduler = self._scheduler()
        try:
            self.client.delete(self.me)
            finished = reason == "finished" and not self._queued() and not self.others_busy()
            ours = isinstance(scheduler, RunScheduler) and scheduler.run_keys is not None
            if finished and ours and end_run(self.client, scheduler.run_keys, scheduler.run_id):
                logger.info("distributed run %s ended: queue empty, no other worker busy", scheduler.run_id)
        except Exception as exc:
            logger.warning("could not end the distributed run in Redis (it expires by itself): %s", exc)
        finally:
            self.client.close()
