"""The one rule that decides a run's status, shared by the JSON summary line, the `crawl_runs`
row and the exit code, so the three never disagree.

A run is `ok` when Scrapy finished for a normal reason (the site was exhausted, or a page,
item or time limit was reached), something was fetched, and nothing was lost: no article the
store could not write (`autocrawl/store_errors`, `autocrawl/articles_not_stored`), no
spider exception, and no health alert when the run was asked to fail on one
(`--fail-on-alert`). A distributed worker that finished normally but found nothing to fetch
(the other workers had it all) is `idle`, which is no failure. Anything else is `failed`:
refused runs (lock held, schema out of date), a crawl stopped because the database stayed away
(`store_unavailable`) or whose SQLite file was deleted or replaced under it, a shutdown.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["OK_FINISH_REASONS", "run_status", "exit_code", "EXIT_OK", "EXIT_FAILED"]

EXIT_OK = 0
EXIT_FAILED = 1

OK_FINISH_REASONS = frozenset({"finished", "closespider_pagecount", "closespider_itemcount", "closespider_timeout"})

# stats that mean something was lost or broken in the run
_FAILURE_COUNTS = (
    "autocrawl/store_errors",
    "autocrawl/articles_not_stored",
    "spider_exceptions/count",
    "autocrawl/health/failing_alerts",
    "autocrawl/errors/database_file_lost",  # whatever was written went with the file
)
DISTRIBUTED_RUN = "autocrawl/distributed/run"  # set by the distributed scheduler


def run_status(stats: Mapping[str, Any], finish_reason: str | None = None) -> str:
    """'ok', 'idle' or 'failed' for a run with these Scrapy stats (`finish_reason` defaults to the
    stats')."""
    reason = finish_reason if finish_reason is not None else str(stats.get("finish_reason", ""))
    if reason not in OK_FINISH_REASONS:
        return "failed"
    if any(int(stats.get(key, 0) or 0) for key in _FAILURE_COUNTS):
        return "failed"
    if int(stats.get("response_received_count", 0) or 0):
        return "ok"
    return "idle" if stats.get(DISTRIBUTED_RUN) else "failed"


def exit_code(status: str) -> int:
    """The process exit code for a run status."""
    return EXIT_OK if status in ("ok", "idle") else EXIT_FAILED
