"""After each run: per-site extraction health, stored and judged against the site's history.

Tallies what the crawl saw of each site (requests and failures, linked pages, stored articles
with title, date, authors, comments, body length), then at the end writes one `site_health` row
per site (autocrawl.health.figures) with the alerts the figures raise against the site's last
runs. Each alert is a WARNING line naming the site and the figure, a count
(`autocrawl/health/alerts`), and an entry of the run summary's `"alerts"` (stat
`autocrawl/alerts`); `autocrawl crawl --fail-on-alert` (AUTOCRAWL_FAIL_ON_ALERT) makes them
fail the run. Its spider_closed runs before the CrawlRuns extension's (it is listed first), so
the run's status sees the alerts.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from sqlalchemy.exc import SQLAlchemyError

from autocrawl.db.health import record_health, site_history
from autocrawl.db.schema import SchemaOutOfDate
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.health import SiteTally, alerts, figures
from autocrawl.items import ArticleItem
from autocrawl.urls import store_site_key

logger = logging.getLogger(__name__)

PAGE_KIND = "page"
LISTED_VIA = ("sitemap", "feed")  # request meta "via": the kind of page that linked it
LISTED_CHANNELS = ("sitemap", "news_sitemap", "feed")  # ArticleItem.discovered_via


class SiteHealthMonitor:
    def __init__(self, database: CrawlDatabase, stats: Any = None, fail_on_alert: bool = False) -> None:
        self.database = database
        self.stats = stats
        self.fail_on_alert = fail_on_alert
        self.tallies: dict[str, SiteTally] = defaultdict(SiteTally)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteHealthMonitor:
        database_url = crawler.settings.get("DATABASE_URL")
        if not database_url or not crawler.settings.getbool("AUTOCRAWL_HEALTH_ENABLED"):
            raise NotConfigured
        monitor = cls(CrawlDatabase.of(crawler), crawler.stats, crawler.settings.getbool("AUTOCRAWL_FAIL_ON_ALERT"))
        crawler.signals.connect(monitor.request_left_downloader, signal=signals.request_left_downloader)
        crawler.signals.connect(monitor.response_received, signal=signals.response_received)
        crawler.signals.connect(monitor.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(monitor.spider_closed, signal=signals.spider_closed)
        return monitor

    def request_left_downloader(self, request: Request, spider: Any = None) -> None:
        tally = self.tallies[store_site_key(request.url, getattr(spider, "site_keys", ()))]
        tally.requests += 1
        tally.failed += 1  # taken back when a usable response arrives

    def response_received(self, response: Response, request: Request, spider: Any = None) -> None:
        # keyed like the store's sites (and item.site): the host without a port that changes per run
        tally = self.tallies[store_site_key(request.url, getattr(spider, "site_keys", ()))]
        if response.status < 400:
            tally.failed -= 1
            if request.meta.get("kind") == PAGE_KIND and response.status == 200:
                tally.linked_pages += 1
                tally.listed_pages += request.meta.get("via") in LISTED_VIA

    def item_scraped(self, item: Any) -> None:
        if not isinstance(item, ArticleItem) or not (item.body or "").strip():
            return  # a 304 "not modified" item measures nothing
        listed = item.discovered_via in LISTED_CHANNELS
        self.tallies[item.site].add_article(
            item.title, item.published_at, item.authors, item.body, len(item.comments), listed=listed
        )

    def spider_closed(self, spider: Any, reason: str) -> None:
        measured = {site: figures(t) for site, t in self.tallies.items() if t.articles or t.linked_pages}
        if not measured:
            return
        try:
            engine = self.database.engine()
            history = site_history(engine, measured)
            rows = []
            raised = []
            for site, current in sorted(measured.items()):
                found = alerts(site, current, history.get(site, []))
                raised.extend(found)
                rows.append((site, current, [a.as_dict() for a in found]))
            record_health(engine, rows, run_id=self.stats.get_value("autocrawl/run_id") if self.stats else None)
        except (SQLAlchemyError, SchemaOutOfDate) as exc:
            logger.warning("site health not recorded (%s: %s)", type(exc).__name__, str(exc).splitlines()[0])
            return
        for alert in raised:
            logger.warning("health alert: %s", alert.message)
        if self.stats is not None and raised:
            self.stats.inc_value("autocrawl/health/alerts", len(raised))
            self.stats.set_value("autocrawl/alerts", [a.message for a in raised])
            if self.fail_on_alert:  # autocrawl.runstatus counts it as a failure
                self.stats.set_value("autocrawl/health/failing_alerts", len(raised))
