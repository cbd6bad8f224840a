"""Scrapy add-ons of the project."""

from __future__ import annotations

from scrapy.settings import BaseSettings


class Distributed:
    """With AUTOCRAWL_REDIS_URL set, the request queue and the seen-requests filter live in Redis
    (scrapy-redis), so several `autocrawl worker` processes on several machines share one crawl.
    Keys start with AUTOCRAWL_REDIS_PREFIX (default "autocrawl")."""

    def update_settings(self, settings: BaseSettings) -> None:
        redis_url = settings.get("AUTOCRAWL_REDIS_URL")
        if not redis_url:
            return
        prefix = (settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        settings.set("SCHEDULER", "scrapy_redis.scheduler.Scheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("REDIS_URL", redis_url, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.set("SCHEDULER_QUEUE_KEY", f"{prefix}:%(spider)s:requests", priority="addon")
        settings.set("SCHEDULER_DUPEFILTER_KEY", f"{prefix}:%(spider)s:dupefilter", priority="addon")
        settings.set("DUPEFILTER_KEY", f"{prefix}:%(timestamp)s:dupefilter", priority="addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="addon")
        # the near-duplicate index is shared through Redis too (pipelines.dedupe, NEARDUP_BACKEND=auto)
        settings.set("NEARDUP_REDIS_PREFIX", f"{prefix}:neardup:", priority="addon")
