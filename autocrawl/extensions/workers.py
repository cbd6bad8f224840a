"""Distributed mode: keep a worker alive while other workers still crawl, keep the shared run
alive while any worker lives, and end it when the last one leaves an idle crawl.

A scrapy-redis worker whose share of the queue is empty would close while another worker is
still fetching pages that will add requests. Each worker marks itself busy in Redis (a key
with a short TTL, renewed while its engine is not idle); on `spider_idle` a worker stays open
while the shared queue holds requests or another worker is busy. The heartbeat also renews the
run (`autocrawl.distributed`); the last worker out of a finished crawl ends it, so the next
start is a new run with a fresh seen-filter.
"""

from __future__ import annotations

import logging
import os
import socket
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from autocrawl.distributed import RunScheduler, end_run, renew_run

logger = logging.getLogger(__name__)

BEAT_SECONDS = 1.0
BUSY_TTL_MS = 4000


class SharedQueueIdle:
    def __init__(self, crawler: Crawler, redis_url: str, prefix: str) -> None:
        import redis

        self.crawler = crawler
        self.client = redis.Redis.from_url(redis_url)
        self.busy_prefix = f"{prefix}:busy:"
        self.me = f"{self.busy_prefix}{socket.gethostname()}:{os.getpid()}"
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedQueueIdle:
        redis_url = crawler.settings.get("AUTOCRAWL_REDIS_URL")
        if not redis_url:
            raise NotConfigured
        prefix = (crawler.settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        ext = cls(crawler, redis_url, prefix)
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
        if self._queued() or self.others_busy():
            raise DontCloseSpider

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
