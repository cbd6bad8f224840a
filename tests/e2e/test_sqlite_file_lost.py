"""The SQLite file deleted or replaced in the middle of a crawl.

An open connection goes on writing to a file no longer on disk: before, the crawl reported
`ok` with every article "new" and nothing was left. Now the store notices at its next batch
commit: one ERROR line, exit 1, `failed`, `errors/database_file_lost`, the batch counted in
`articles_not_stored`; and the next run, on the file now at the path, fetches them again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from autocrawl.demosite import NewsSite

from .conftest import Store
from .test_db_outage import Crawl, assert_every_article_once, wait_until


def stored(path: Path) -> int:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def take_away(path: Path, how: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if how == "replaced":
        path.write_bytes(b"")  # an empty file is a valid, empty SQLite database


@pytest.fixture
def started() -> Iterator[list[Crawl]]:
    crawls: list[Crawl] = []
    yield crawls
    for crawl in crawls:
        crawl.kill()


@pytest.mark.parametrize("how", ["deleted", "replaced"])  # a folder removed: tests/db/test_dbfile.py
def test_a_database_file_taken_away_mid_crawl_fails_the_run(
    slow_demo_site: tuple[NewsSite, str, dict[str, float]], started: list[Crawl], tmp_path: Path, how: str
) -> None:
    site, base, _ = slow_demo_site
    path = tmp_path / "data" / "autocrawl.db"
    url = f"sqlite:///{path}"
    (tmp_path / "run1").mkdir()
    crawl = Crawl(base, url, tmp_path / "run1")
    started.append(crawl)
    wait_until(lambda: stored(path) >= 2, crawl)
    take_away(path, how)
    code, summary, stderr = crawl.finish()

    assert code == 1, stderr[-3000:]
    assert summary["status"] == "failed" and summary["finish_reason"] == "store_unavailable"
    assert summary["errors"].get("database_file_lost") == 1
    assert summary["articles_not_stored"] >= 1
    lines = [line for line in stderr.splitlines() if "while the crawl was writing to it" in line]
    assert len(lines) == 1 and str(path) in lines[0], stderr[-3000:]
    assert "Traceback" not in stderr

    if how != "deleted":
        return
    (tmp_path / "run2").mkdir()
    code, summary, stderr = Crawl(base, url, tmp_path / "run2").finish()
    assert code == 0, stderr[-3000:]
    assert summary["articles_new"] == len(site.articles), "every article lost with the file is fetched again"
    store = Store(url)
    try:
        assert_every_article_once(site, base, store)
    finally:
        store.engine.dispose()
