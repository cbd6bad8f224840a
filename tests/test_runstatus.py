"""One rule decides a run's status: the JSON line, the crawl_runs row and the exit code agree."""

from __future__ import annotations

from typing import Any

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from autocrawl.db.engine import make_engine
from autocrawl.db.runs import get_run
from autocrawl.extensions.runs import CrawlRuns
from autocrawl.runner import CrawlResult
from autocrawl.runstatus import run_status

FETCHED = {"response_received_count": 12, "downloader/request_count": 13}


class FakeSpider(Spider):
    name = "news"
    site_keys = ["example.com"]
    start_urls = ["https://example.com/"]


@pytest.mark.parametrize(
    ("reason", "stats", "expected"),
    [
        ("finished", FETCHED, "ok"),
        ("closespider_timeout", FETCHED, "ok"),
        ("closespider_pagecount", FETCHED, "ok"),
        ("finished", {}, "failed"),  # nothing fetched
        ("shutdown", FETCHED, "failed"),
        ("finished", {**FETCHED, "autocrawl/store_errors": 1}, "failed"),
        ("store_unavailable", {**FETCHED, "autocrawl/articles_not_stored": 3}, "failed"),
        ("finished", {**FETCHED, "spider_exceptions/count": 1}, "failed"),
        ("finished", {**FETCHED, "autocrawl/alerts": ["a: date share fell"]}, "ok"),  # alerts alone: ok
        ("finished", {**FETCHED, "autocrawl/health/failing_alerts": 1}, "failed"),  # --fail-on-alert
        ("finished", {"autocrawl/distributed/run": "r1"}, "idle"),  # a worker that found no work
    ],
)
def test_json_line_crawl_runs_and_exit_code_agree(
    sqlite_url: str, reason: str, stats: dict[str, Any], expected: str
) -> None:
    crawler = get_crawler(
        FakeSpider, {"DATABASE_URL": sqlite_url, "AUTOCRAWL_LOCK_HELD": True, "DATABASE_AUTO_UPGRADE_SQLITE": True}
    )
    extension = CrawlRuns.from_crawler(crawler)
    spider = FakeSpider()
    extension.spider_opened(spider)
    run_id = extension.run_id
    assert run_id is not None
    assert crawler.stats is not None
    assert crawler.stats.get_value("autocrawl/run_id") == run_id
    for key, value in stats.items():
        crawler.stats.set_value(key, value)
    extension.spider_closed(spider, reason)

    result = CrawlResult(stats={**stats, "finish_reason": reason})
    engine = make_engine(sqlite_url)
    row = get_run(engine, run_id)
    engine.dispose()
    assert row is not None
    assert run_status(stats, reason) == expected
    assert result.summary()["status"] == expected
    assert row["status"] == expected
    assert result.exit_code == (0 if expected in ("ok", "idle") else 1)


def test_store_failure_is_counted_in_the_json_line() -> None:
    result = CrawlResult(stats={**FETCHED, "finish_reason": "store_unavailable", "autocrawl/articles_not_stored": 7})
    summary = result.summary()
    assert summary["status"] == "failed" and summary["articles_not_stored"] == 7
