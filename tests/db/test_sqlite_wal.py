"""Two crawl workers on one SQLite file: opening the store while the other writes must not fail."""

from __future__ import annotations

import multiprocessing
import sqlite3
import time
from pathlib import Path

from sqlalchemy import text

from autocrawl.db.engine import make_engine


def _write_for_a_while(path: str, start: float) -> None:
    conn = sqlite3.connect(path, isolation_level=None, timeout=30)
    while time.time() < start:
        time.sleep(0.001)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO t VALUES (1)")
    time.sleep(0.3)
    conn.execute("COMMIT")
    conn.close()


def test_opening_the_store_while_another_worker_writes_waits_instead_of_failing(tmp_path: Path) -> None:
    path = str(tmp_path / "store.sqlite")
    conn = sqlite3.connect(path)  # a file still in rollback-journal mode, as a first run finds it
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    start = time.time() + 0.5
    writer = multiprocessing.get_context("fork").Process(target=_write_for_a_while, args=(path, start))
    writer.start()
    try:
        while time.time() < start + 0.1:  # open while the writer holds its lock and wants to commit
            time.sleep(0.001)
        engine = make_engine(f"sqlite:///{path}")
        with engine.connect() as c:
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert c.execute(text("SELECT count(*) FROM t")).scalar() == 1
        engine.dispose()
    finally:
        writer.join(10)
    assert writer.exitcode == 0
