"""Failed fetches are counted once, by Scrapy, and named in the run summary from its stats."""

from __future__ import annotations

from autocrawl.failures import fetch_failures
from autocrawl.runner import CrawlResult
from spiders.news import media_type_label


def test_failures_by_reason_from_scrapy_stats() -> None:
    stats = {
        "httperror/response_ignored_status_count/404": 3,
        "httperror/response_ignored_status_count/503": 1,
        # two timeouts retried, then one request failed with a third
        "downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError": 3,
        "retry/reason_count/scrapy.exceptions.DownloadTimeoutError": 2,
        # retried once and then answered: no failure
        "downloader/exception_type_count/twisted.internet.error.ConnectionRefusedError": 1,
        "retry/reason_count/twisted.internet.error.ConnectionRefusedError": 1,
        # dropped by a middleware, which counts it itself
        "downloader/exception_type_count/autocrawl.middlewares.redirects.AlreadyFetched": 7,
        "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 2,
    }
    assert fetch_failures(stats) == {"http_404": 3, "http_503": 1, "timeout": 1}


def test_run_summary_names_them_beside_the_crawler_own_errors() -> None:
    result = CrawlResult(
        stats={
            "finish_reason": "finished",
            "autocrawl/errors/bad_url": 2,
            "autocrawl/errors/too_large": 1,
            "downloader/exception_type_count/scrapy.exceptions.DownloadCancelledError": 1,
            "httperror/response_ignored_status_count/410": 1,
        }
    )
    assert result.summary()["errors"] == {"bad_url": 2, "too_large": 2, "http_410": 1}


def test_a_content_type_names_a_stat_only_when_it_is_a_media_type() -> None:
    assert media_type_label("Application/PDF; charset=binary") == "application/pdf"
    assert media_type_label("image/svg+xml") == "image/svg+xml"
    for hostile in ("application/pd\x00f", "application/" + "x" * 20_000, "pdf", "", None, "a/b/c"):
        assert media_type_label(hostile) == "unknown"
