"""End-to-end fixtures: the demo news site served on 127.0.0.1 and `autocrawl crawl` run as a
user runs it, in a subprocess (Twisted's reactor runs once per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from autocrawl.demosite import DemoServer, NewsSite, build_demo_site

REPO = Path(__file__).resolve().parents[2]

# Fast, deterministic crawls of a local site: no throttling delay, short timeouts.
TEST_SETTINGS = [
    "AUTOTHROTTLE_ENABLED=False",
    "DOWNLOAD_TIMEOUT=5",  # the tests run side by side (pytest-xdist): a busy machine answers late
    "RETRY_TIMES=1",
    "AUTOCRAWL_PROGRESS_INTERVAL=0",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    # The test sites are on this machine, which the SSRF guard refuses unless allowed.
    "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8,::1/128",
]


@dataclass
class CrawlOutcome:
    code: int
    summary: dict[str, Any]
    stdout: str
    stderr: str
    extra: dict[str, Any] = field(default_factory=dict)


def autocrawl(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = 240) -> CrawlOutcome:
    """Run the `autocrawl` command with this interpreter and parse its JSON summary line."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "autocrawl.cli", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    summary: dict[str, Any] = {}
    for line in reversed(proc.stdout.strip().splitlines()):
        if line.startswith("{"):
            summary = json.loads(line)
            break
    return CrawlOutcome(proc.returncode, summary, proc.stdout, proc.stderr)


def crawl_args(urls: list[str], database_url: str, *extra: str) -> list[str]:
    args = ["crawl", *urls, "--db", database_url]
    for setting in TEST_SETTINGS:
        args += ["-s", setting]
    return [*args, *extra]


@pytest.fixture
def database_url(database_url: str) -> str:
    """The root fixture's empty database, with the schema applied as a user would first run
    `autocrawl db upgrade` (the embedded SQLite default upgrades itself)."""
    if not database_url.startswith("sqlite"):
        from autocrawl.db.engine import make_engine
        from autocrawl.db.schema import upgrade

        engine = make_engine(database_url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
    return database_url


@pytest.fixture
def run_crawl(database_url: str, tmp_path: Path):
    """run_crawl(urls, *extra_args) -> CrawlOutcome, into the test's own database."""

    def run(urls: list[str], *extra: str) -> CrawlOutcome:
        outcome = autocrawl(*crawl_args(urls, database_url, *extra), cwd=tmp_path)
        assert outcome.code in (0, 1, 75), outcome.stderr[-3000:]
        return outcome

    return run


PAGE_DELAY_S = 0.1  # per response, 2 requests at a time: a fault made mid-crawl lands mid-crawl


@pytest.fixture
def slow_demo_site() -> Iterator[tuple[NewsSite, str, dict[str, float]]]:
    """The demo site, each response delayed by `delay["seconds"]` (the test may change it)."""
    site = build_demo_site()
    server = DemoServer(site, port=0)
    respond = server.respond
    delay = {"seconds": PAGE_DELAY_S}

    def slow_respond(path_qs: str, base: str) -> Any:
        time.sleep(delay["seconds"])
        return respond(path_qs, base)

    server.respond = slow_respond  # type: ignore[method-assign]
    base = server.start()
    try:
        yield site, base, delay
    finally:
        server.stop()


@pytest.fixture
def demo_site() -> Iterator[tuple[NewsSite, DemoServer, str]]:
    site = build_demo_site()
    server = DemoServer(site, port=0)
    base = server.start()
    try:
        yield site, server, base
    finally:
        server.stop()


class Store:
    """Read what a crawl stored, as a downstream service would."""

    def __init__(self, database_url: str) -> None:
        self.engine = create_engine(database_url)

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql), params))

    def scalar(self, sql: str, **params: Any) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql), params).scalar_one()

    def counts(self) -> dict[str, int]:
        return {
            t: self.scalar(f"SELECT count(*) FROM {t}")
            for t in ("sites", "articles", "article_urls", "article_versions", "comments")
        }

    def articles(self) -> dict[str, Any]:
        """Stored articles (not duplicate links) by canonical URL."""
        return {
            r.canonical_url: r
            for r in self.rows(
                "SELECT id, url, canonical_url, title, authors, published_at, body, images FROM articles "
                "WHERE duplicate_of IS NULL"
            )
        }

    def comments(self, article_id: int) -> list[Any]:
        return self.rows(
            "SELECT id, parent_id, author, text, published_at, deleted_at FROM comments "
            "WHERE article_id = :a ORDER BY id",
            a=article_id,
        )


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    s = Store(database_url)
    yield s
    s.engine.dispose()
