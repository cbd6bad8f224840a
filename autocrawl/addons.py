"""Scrapy add-ons of the project."""

from __future__ import annotations

from scrapy.settings import BaseSettings


class Distributed:
    """With AUTOCRAWL_REDIS_URL set, the request queue and the seen-requests filter of the current
    run live in Redis (scrapy-redis, `autocrawl.distributed`), so several `autocrawl worker`
    processes on several machines share one crawl. Keys start with AUTOCRAWL_REDIS_PREFIX
    (default "autocrawl"). The near-duplicate index is the database's, shared by all workers
    through PostgreSQL, so Redis holds nothing that outlives a run."""

    def update_settings(self, settings: BaseSettings) -> None:
        redis_url = settings.get("AUTOCRAWL_REDIS_URL")
        if not redis_url:
            return
        prefix = (settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        settings.set("SCHEDULER", "autocrawl.distributed.RunScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("REDIS_URL", redis_url, priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        settings.set("SCHEDULER_QUEUE_KEY", f"{prefix}:%(spider)s:requests", priority="addon")
        # the run's own filter key is set by RunScheduler.open; this one is only scrapy-redis's default
        settings.set("SCHEDULER_DUPEFILTER_KEY", f"{prefix}:%(spider)s:dupefilter", priority="addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "autocrawl.distributed.RunQueue", priority="addon")
        settings.set("NEARDUP_BACKEND", "database", priority="addon")
        # a site's concurrency and delay across all workers; last before the download itself
        settings["DOWNLOADER_MIDDLEWARES"]["autocrawl.middlewares.shared_politeness.SharedPoliteness"] = 960
