"""A PostgreSQL outage in the middle of a crawl: the test puts a TCP proxy it owns between the
crawl and the database and cuts it (the database server itself is never touched).

- a short outage is waited out: every article stored once, with its comments, exit 0;
- an outage longer than STORE_RETRY_SECONDS fails the run loudly (exit 1, "failed", the count
  of articles not stored), and the next run stores exactly what the first could not.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy.engine import make_url

from autocrawl.demosite import NewsSite

from .conftest import REPO, Store, crawl_args
from .tcp_proxy import CuttableProxy


@pytest.fixture
def proxied_db(postgresql_url: str) -> Iterator[tuple[str, str, CuttableProxy]]:
    """(direct URL, URL through the proxy, proxy) of an upgraded test database."""
    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import upgrade

    engine = make_engine(postgresql_url)
    upgrade(engine)
    engine.dispose()
    direct = make_url(postgresql_url)
    proxy = CuttableProxy((direct.host or "127.0.0.1", direct.port or 5432))
    port = proxy.start()
    try:
        yield postgresql_url, direct.set(port=port).render_as_string(hide_password=False), proxy
    finally:
        proxy.stop()


class Crawl:
    """`autocrawl crawl` in the background, its output in files (a pipe could fill and stall it)."""

    def __init__(self, base: str, database_url: str, cwd: Path, *settings: str) -> None:
        args = crawl_args([base + "/"], database_url)
        for setting in ("STORE_BATCH_SIZE=1", "CONCURRENT_REQUESTS_PER_DOMAIN=2", *settings):
            args += ["-s", setting]
        self.stdout = (cwd / "stdout").open("w+")
        self.stderr = (cwd / "stderr").open("w+")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "autocrawl.cli", *args],
            cwd=cwd,
            env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONFAULTHANDLER": "1"},
            stdout=self.stdout,
            stderr=self.stderr,
            text=True,
        )

    def kill(self) -> None:
        if self.running():
            self.proc.kill()
            self.proc.wait()

    def running(self) -> bool:
        return self.proc.poll() is None

    def finish(self, timeout: float = 60) -> tuple[int, dict[str, Any], str]:
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:  # hung: SIGABRT makes faulthandler print every thread's stack
            self.proc.send_signal(signal.SIGABRT)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        stdout, stderr = read_all(self.stdout), read_all(self.stderr)
        assert self.proc.returncode is not None
        summary: dict[str, Any] = next(
            (json.loads(line) for line in reversed(stdout.splitlines()) if line.startswith("{")), {}
        )
        return self.proc.returncode, summary, stderr


def read_all(file: IO[str]) -> str:
    file.seek(0)
    text = file.read()
    file.close()
    return text


def wait_until(condition: Callable[[], bool], crawl: Crawl, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert crawl.running(), "the crawl ended before the outage could start"
        assert time.monotonic() < deadline, "the crawl stored nothing in time"
        time.sleep(0.05)


@pytest.fixture
def crawls() -> Iterator[list[Crawl]]:
    """Crawls started by the test; any still running at the end (a failed test) is killed."""
    started: list[Crawl] = []
    yield started
    for crawl in started:
        crawl.kill()


def article_count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM articles"))


def assert_every_article_once(site: NewsSite, base: str, store: Store) -> None:
    rows = store.rows("SELECT id, canonical_url FROM articles WHERE duplicate_of IS NULL")
    paths = [r.canonical_url.removeprefix(base).split("#")[0].rstrip("/") for r in rows]
    expected = sorted(a.path.rstrip("/") for a in site.articles)
    assert sorted(paths) == expected, "every demo article stored exactly once"
    by_path = dict(zip(paths, (r.id for r in rows), strict=True))
    for art in site.articles:
        stored = store.comments(by_path[art.path.rstrip("/")])
        assert len(stored) == len(art.comments), f"{art.path}: {len(stored)} comments of {len(art.comments)}"


def test_short_outage_is_waited_out(slow_demo_site, proxied_db, crawls: list[Crawl], tmp_path: Path) -> None:
    site, base, delay = slow_demo_site
    direct_url, proxy_url, proxy = proxied_db
    store = Store(direct_url)
    try:
        crawl = Crawl(base, proxy_url, tmp_path, "STORE_RETRY_SECONDS=30")
        crawls.append(crawl)
        wait_until(lambda: article_count(store) >= 2, crawl)
        proxy.cut()
        stored_at_cut = article_count(store)
        time.sleep(5)
        proxy.restore()
        code, summary, stderr = crawl.finish()

        assert stored_at_cut < len(site.articles), "the outage began mid-crawl"
        assert code == 0, stderr[-3000:]
        assert summary["status"] == "ok" and summary["articles_not_stored"] == 0
        assert summary["warnings"].get("database_retry", 0) >= 1, "the retries are counted"
        assert "Database unreachable" in stderr
        assert "Traceback" not in stderr
        assert_every_article_once(site, base, store)
        assert store.scalar("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1") == "ok"
        print(
            f"short outage: stored {summary['articles_new']} of {len(site.articles)} ({stored_at_cut} before the cut), "
            f"not stored {summary['articles_not_stored']}, retries {summary['warnings']['database_retry']}"
        )
    finally:
        store.engine.dispose()


def test_long_outage_fails_the_run_and_the_next_run_catches_up(
    slow_demo_site, proxied_db, crawls: list[Crawl], tmp_path: Path
) -> None:
    site, base, delay = slow_demo_site
    direct_url, proxy_url, proxy = proxied_db
    store = Store(direct_url)
    try:
        crawl = Crawl(base, proxy_url, tmp_path, "STORE_RETRY_SECONDS=2")
        crawls.append(crawl)
        wait_until(lambda: article_count(store) >= 2, crawl)
        proxy.cut()
        code, summary, stderr = crawl.finish()  # the database stays away until the crawl has given up
        stored_first = article_count(store)
        proxy.restore()

        assert code == 1, stderr[-3000:]
        assert summary["status"] == "failed" and summary["finish_reason"] == "store_unavailable"
        assert summary["articles_not_stored"] > 0
        assert "were not stored because the database was unavailable; the next run fetches them again" in stderr
        assert stored_first < len(site.articles)
        print(
            f"outage run: sent to the store {summary['articles_new'] + summary['articles_not_stored']}, "
            f"stored {summary['articles_new']}, not stored {summary['articles_not_stored']}"
        )

        delay["seconds"] = 0.0  # no outage to time now
        code, summary, stderr = Crawl(base, proxy_url, tmp_path, "CONCURRENT_REQUESTS_PER_DOMAIN=16").finish()
        assert code == 0, stderr[-3000:]
        assert summary["status"] == "ok" and summary["articles_duplicate"] == 0
        assert summary["articles_new"] == len(site.articles) - stored_first
        assert_every_article_once(site, base, store)
        statuses = [r.status for r in store.rows("SELECT status FROM crawl_runs ORDER BY id")]
        assert statuses == ["killed", "ok"], "the run whose end could not be recorded is marked killed"
        print(f"next run: stored {summary['articles_new']}, duplicates {summary['articles_duplicate']}")
    finally:
        store.engine.dispose()


def test_a_server_that_never_answers_fails_the_run_in_bounded_time(
    slow_demo_site, proxied_db, crawls: list[Crawl], tmp_path: Path
) -> None:
    """The proxy keeps every connection open and forwards nothing: TCP sees no fault, so only
    the client-side bound on an answer (DATABASE_ANSWER_TIMEOUT) ends the wait. Before it, the
    crawl hung on its first statement after the stall, for ever."""
    site, base, _ = slow_demo_site
    direct_url, proxy_url, proxy = proxied_db
    store = Store(direct_url)
    try:
        quick_connect = proxy_url + "?connect_timeout=1"  # the URL's own parameters win
        crawl = Crawl(base, quick_connect, tmp_path, "STORE_RETRY_SECONDS=2", "DATABASE_ANSWER_TIMEOUT=2")
        crawls.append(crawl)
        wait_until(lambda: article_count(store) >= 2, crawl)
        proxy.stall()
        started = time.monotonic()
        code, summary, stderr = crawl.finish(timeout=60)  # a hang is aborted there, its stacks printed
        took = time.monotonic() - started

        assert code == 1, stderr[-3000:]
        assert summary["status"] == "failed" and summary["finish_reason"] == "store_unavailable"
        assert summary["articles_not_stored"] > 0
        # a pooled connection's statement meets the answer bound; a new connection, libpq's connect_timeout
        assert "sent no answer for 2 s" in stderr or "connection timeout expired" in stderr, stderr[-3000:]
        assert took < 45, f"bounded: the crawl ended {took:.0f} s after the stall"
        assert "Traceback" not in stderr
        assert article_count(store) < len(site.articles)
        print(
            f"silent server: the crawl ended {took:.1f} s after the stall, not stored {summary['articles_not_stored']}"
        )
    finally:
        store.engine.dispose()
