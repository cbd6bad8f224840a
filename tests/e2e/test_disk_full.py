"""The disk of an SQLite database fills up in the middle of a crawl (a small tmpfs of the test's
own; skipped where mounting is not allowed).

A full disk is an outage like a lost connection: the batch is retried for STORE_RETRY_SECONDS,
then the crawl stops, `failed`, exit 1, the articles not written counted in
`articles_not_stored`; every line one line (no SQLAlchemy "Background on this error" line), no
traceback. Once space is freed, the next run stores exactly what the first could not.
"""

from __future__ import annotations

import contextlib
import errno
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from autocrawl.demosite import NewsSite

from .conftest import Store
from .test_db_outage import Crawl, assert_every_article_once, wait_until
from .test_sqlite_file_lost import stored


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs mounted for the test and unmounted after it."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Write a file until the disk is full."""
    filler = disk / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb", buffering=0) as out, contextlib.suppress(OSError):
        while True:
            try:
                out.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                chunk = chunk[: len(chunk) // 2]
                if not chunk:
                    break
    return filler


def test_a_full_disk_fails_the_run_in_one_line_and_the_next_run_catches_up(
    slow_demo_site: tuple[NewsSite, str, dict[str, float]], small_disk: Path, tmp_path: Path
) -> None:
    site, base, _ = slow_demo_site
    path = small_disk / "data" / "autocrawl.db"
    url = f"sqlite:///{path}"
    (tmp_path / "run1").mkdir()
    crawl = Crawl(base, url, tmp_path / "run1", "STORE_RETRY_SECONDS=1")
    try:
        wait_until(lambda: stored(path) >= 2, crawl)
        filler = fill(small_disk)
        code, summary, stderr = crawl.finish()
    finally:
        crawl.kill()

    assert code == 1, stderr[-3000:]
    assert summary["status"] == "failed" and summary["finish_reason"] == "store_unavailable"
    assert summary["articles_not_stored"] >= 1
    assert "database or disk is full" in stderr
    assert "Traceback" not in stderr
    assert "Background on this error" not in stderr, "each error is one line"
    assert stored(path) == summary["articles_new"], "what was counted stored is in the file"

    filler.unlink()
    (tmp_path / "run2").mkdir()
    code, summary, stderr = Crawl(base, url, tmp_path / "run2").finish()
    assert code == 0, stderr[-3000:]
    store = Store(url)
    try:
        assert_every_article_once(site, base, store)
    finally:
        store.engine.dispose()
