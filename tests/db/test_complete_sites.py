"""Which sites' last run was complete, so that a 304 on a discovery page can be trusted."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping

from sqlalchemy import Engine, update

from autocrawl.db.incremental import complete_sites
from autocrawl.db.models import CrawlRun
from autocrawl.db.runs import start_run

SITE = "http://news.example/"
KEY = "news.example"
DONE = {"finish_reason": "finished"}


def _run(engine: Engine, status: str, stats: Mapping[str, object] | None = None, pid: int | None = None) -> int:
    run_id = start_run(engine, "news", {"urls": [SITE]})
    with engine.begin() as conn:
        values: dict[str, object] = {"status": status, "stats": stats}
        if pid is not None:
            values["pid"] = pid
        conn.execute(update(CrawlRun).where(CrawlRun.id == run_id).values(**values))
    return run_id


def test_a_finished_complete_run_makes_its_site_complete(engine: Engine) -> None:
    _run(engine, "ok", DONE, pid=1)
    assert complete_sites(engine, [KEY], os.getpid(), socket.gethostname()) == {KEY}


def test_a_crawl_that_died_leaves_its_site_incomplete_until_a_later_run_finishes(engine: Engine) -> None:
    _run(engine, "ok", DONE, pid=1)
    _run(engine, "running", None, pid=2)  # killed: its row never finished
    assert complete_sites(engine, [KEY], os.getpid(), socket.gethostname()) == set()
    _run(engine, "ok", DONE, pid=3)
    assert complete_sites(engine, [KEY], os.getpid(), socket.gethostname()) == {KEY}


def test_the_asking_crawls_own_running_row_is_not_the_last_run(engine: Engine) -> None:
    _run(engine, "ok", DONE, pid=1)
    _run(engine, "running", None)  # this process, this host: the crawl asking
    assert complete_sites(engine, [KEY], os.getpid(), socket.gethostname()) == {KEY}


def test_a_run_that_left_articles_unstored_is_not_complete(engine: Engine) -> None:
    _run(engine, "ok", {**DONE, "autocrawl/articles_not_stored": 3}, pid=1)
    assert complete_sites(engine, [KEY], os.getpid(), socket.gethostname()) == set()
