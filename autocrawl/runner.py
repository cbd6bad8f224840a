"""Running the `news` spider in-process with the project's settings, and summarising the run."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from autocrawl.failures import fetch_failures
from autocrawl.runstatus import EXIT_FAILED, EXIT_OK, exit_code, run_status

__all__ = ["EXIT_OK", "EXIT_FAILED", "EXIT_USAGE", "EXIT_LOCKED", "CrawlResult", "run_crawl", "project_settings"]

EXIT_USAGE = 2
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; try again later


def lock_names(site_keys: list[str] | set[str]) -> list[str]:
    """One crawl lock per site: a crawl holds the lock of each of its sites, so that crawls whose
    sets of sites overlap do not run at once, and crawls of other sites may."""
    return sorted({_lock_name(key) for key in site_keys} or {_lock_name("")})


def _lock_name(site_key: str) -> str:
    name = "crawl:" + site_key
    return name if len(name) <= 200 else "crawl:sha1:" + hashlib.sha1(name.encode()).hexdigest()


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """autocrawl's settings module, then the overrides (command-line flags win)."""
    settings = Settings()
    settings.setmodule("autocrawl.settings", priority="project")
    if os.environ.get("DATABASE_URL"):
        settings.set("DATABASE_URL", os.environ["DATABASE_URL"], priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


@dataclass
class CrawlResult:
    stats: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def finish_reason(self) -> str:
        return str(self.stats.get("finish_reason", "unknown"))

    def summary(self) -> dict[str, Any]:
        """The one-line JSON summary of a run."""
        s = self.stats

        def get(key: str) -> int:
            return int(s.get(key, 0) or 0)

        def group(name: str) -> dict[str, Any]:
            prefix = f"autocrawl/{name}/"
            return {k.removeprefix(prefix): v for k, v in sorted(s.items()) if k.startswith(prefix)}

        errors, skipped, warnings = group("errors"), group("skipped"), group("warnings")
        for reason, count in fetch_failures(s).items():  # failed fetches, from Scrapy's own stats
            errors[reason] = errors.get(reason, 0) + count
        if get("spider_exceptions/count"):
            errors["spider_exception"] = get("spider_exceptions/count")
        if get("autocrawl/store_errors"):
            errors["store"] = get("autocrawl/store_errors")
        return {
            "status": self.status,
            "finish_reason": self.finish_reason,
            "pages_fetched": get("response_received_count"),
            "requests": get("downloader/request_count"),
            "articles_new": get("autocrawl/articles_new"),
            "articles_updated": get("autocrawl/articles_updated"),
            "articles_unchanged": get("autocrawl/articles_unchanged") + get("autocrawl/incremental/not_modified"),
            # as the store saved them (a copy the dedupe pipeline flagged may turn out to be the stored
            # article itself, under a new URL form: then it is unchanged or updated, not a duplicate),
            # and the same article twice in this run, dropped before the store
            "articles_duplicate": get("autocrawl/articles_duplicate") + get("autocrawl/duplicates/url"),
            "comments_new": get("autocrawl/comments_new"),
            "comments_updated": get("autocrawl/comments_updated"),
            "comments_deleted": get("autocrawl/comments_deleted"),
            "articles_not_stored": get("autocrawl/articles_not_stored"),
            "alerts": list(s.get("autocrawl/alerts") or []),
            "skipped": skipped,
            "paced": group("pace"),  # waits a site asked for (Crawl-delay, Retry-After)
            "warnings": warnings,
            "errors": errors,
            "seconds": round(self.seconds, 2),
        }

    @property
    def status(self) -> str:
        """'ok', 'idle' or 'failed', by the rule `crawl_runs` uses too (autocrawl.runstatus)."""
        return run_status(self.stats, self.finish_reason)

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "idle")

    @property
    def exit_code(self) -> int:
        return exit_code(self.status)


def run_crawl(urls: list[str], settings: Settings, spider_args: dict[str, Any] | None = None) -> CrawlResult:
    """Crawl and block until done. One call per process (Twisted's reactor cannot restart)."""
    from spiders.news import NewsSpider

    process = CrawlerProcess(settings)
    crawler = process.create_crawler(NewsSpider)
    started = time.monotonic()
    process.crawl(crawler, urls=urls, **(spider_args or {}))
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    return CrawlResult(stats=dict(stats), seconds=time.monotonic() - started)
