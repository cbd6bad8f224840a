from __future__ import annotations

import socket
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from sqlalchemy import Engine, insert, select

from autocrawl.db.lock import LockHeld, crawl_lock
from autocrawl.db.models import CrawlLock, CrawlRun, utcnow
from autocrawl.db.runs import finish_run, get_run, mark_killed_runs, record_locked_run, start_run
from autocrawl.runner import lock_names


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_second_acquirer_gets_lockheld_immediately(engine: Engine) -> None:
    with crawl_lock(engine, "crawl") as held:
        assert not held.lost
        started = time.monotonic()
        with pytest.raises(LockHeld) as info, crawl_lock(engine, "crawl"):
            pass
        assert time.monotonic() - started < 2.0
        assert "held by pid" in str(info.value)
        # another name is independent
        with crawl_lock(engine, "other-site"):
            pass
    # released: can be taken again
    with crawl_lock(engine, "crawl"):
        pass


def test_crawls_whose_sites_overlap_do_not_run_at_once(engine: Engine) -> None:
    """A crawl holds one lock per site, all or none: a crawl of {x} is refused while one of {x, y}
    runs, a crawl of {z} is not, and a refused crawl of {z, y} gives back the z it had taken."""
    with crawl_lock(engine, lock_names(["x.example", "y.example"])) as held:
        assert held.names == ["crawl:x.example", "crawl:y.example"]
        with pytest.raises(LockHeld, match="crawl:x.example"), crawl_lock(engine, lock_names(["x.example"])):
            pass
        with pytest.raises(LockHeld), crawl_lock(engine, lock_names(["z.example", "y.example"])):
            pass
        with crawl_lock(engine, lock_names(["z.example"])):
            pass
        with engine.connect() as conn:
            names = sorted(conn.execute(select(CrawlLock.name)).scalars())
        assert names == ["crawl:x.example", "crawl:y.example"]
    with crawl_lock(engine, lock_names(["x.example"])):  # released, both of them
        pass


def test_wait_with_timeout(engine: Engine) -> None:
    with crawl_lock(engine, "crawl"):
        started = time.monotonic()
        with pytest.raises(LockHeld), crawl_lock(engine, "crawl", wait=True, timeout=0.6):
            pass
        assert 0.5 <= time.monotonic() - started < 3


def test_stale_lock_dead_pid_taken_over(engine: Engine) -> None:
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(
            insert(CrawlLock).values(
                name="crawl",
                owner="ghost",
                pid=_dead_pid(),
                hostname=socket.gethostname(),
                acquired_at=now,
                heartbeat_at=now,
            )
        )
    with crawl_lock(engine, "crawl") as held, engine.connect() as conn:
        assert conn.execute(select(CrawlLock.owner)).scalar_one() == held.owner


def test_stale_lock_old_heartbeat_taken_over(engine: Engine) -> None:
    old = utcnow() - timedelta(hours=1)
    with engine.begin() as conn:
        conn.execute(
            insert(CrawlLock).values(
                name="crawl",
                owner="remote",
                pid=1,
                hostname="another-host",
                acquired_at=old,
                heartbeat_at=old,
            )
        )
    with crawl_lock(engine, "crawl"):
        pass


def test_live_remote_lock_not_taken(engine: Engine) -> None:
    now = utcnow()
    with engine.begin() as conn:
        conn.execute(
            insert(CrawlLock).values(
                name="crawl",
                owner="remote",
                pid=1,
                hostname="another-host",
                acquired_at=now,
                heartbeat_at=now,
            )
        )
    with pytest.raises(LockHeld, match="another-host"), crawl_lock(engine, "crawl"):
        pass


def test_heartbeat_refreshes(engine: Engine) -> None:
    with crawl_lock(engine, "crawl", heartbeat=0.1):
        with engine.connect() as conn:
            first = conn.execute(select(CrawlLock.heartbeat_at)).scalar_one()
        time.sleep(0.35)
        with engine.connect() as conn:
            assert conn.execute(select(CrawlLock.heartbeat_at)).scalar_one() > first


def test_runs(engine: Engine) -> None:
    run_id = start_run(engine, "news", {"site": "http://x.example", "max_pages": 3})
    run = get_run(engine, run_id)
    assert run is not None and run["status"] == "running" and run["arguments"]["max_pages"] == 3
    finish_run(engine, run_id, "ok", {"item_scraped_count": 3, "start_time": utcnow()})
    run = get_run(engine, run_id)
    assert run is not None and run["status"] == "ok" and run["finished_at"] is not None
    assert run["stats"]["item_scraped_count"] == 3 and isinstance(run["stats"]["start_time"], str)
    locked = record_locked_run(engine, "news", {}, "crawl lock held by pid 1")
    assert get_run(engine, locked)["status"] == "locked"  # type: ignore[index]
    with engine.begin() as conn:
        conn.execute(
            insert(CrawlRun).values(
                started_at=utcnow(),
                status="running",
                spider="news",
                arguments={},
                pid=_dead_pid(),
                hostname=socket.gethostname(),
            )
        )
    assert mark_killed_runs(engine) == 1
    with pytest.raises(ValueError):
        finish_run(engine, run_id, "weird")


def test_tracked_run(engine: Engine) -> None:
    from autocrawl.db.runs import tracked_run

    with tracked_run(engine, "news", {"a": 1}) as run:
        assert get_run(engine, run.id)["status"] == "running"  # type: ignore[index]
        run.stats = {"x": 1}
    assert get_run(engine, run.id)["status"] == "ok"  # type: ignore[index]
    with pytest.raises(RuntimeError), tracked_run(engine, "news") as failed:
        raise RuntimeError("boom")
    assert get_run(engine, failed.id)["status"] == "failed"  # type: ignore[index]


def test_concurrent_acquirers_one_wins(engine: Engine) -> None:
    import threading

    barrier = threading.Barrier(4)
    outcomes: list[str] = []

    def contender() -> None:
        barrier.wait()
        try:
            with crawl_lock(engine, "race"):
                outcomes.append("won")
                time.sleep(0.5)
        except LockHeld:
            outcomes.append("held")

    threads = [threading.Thread(target=contender) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["held", "held", "held", "won"]


def test_a_run_whose_stats_name_a_nul_is_recorded(engine: Engine) -> None:
    # a stat named after a server's header (skipped/not_html/<Content-Type>); PostgreSQL refuses NUL in JSON
    run_id = start_run(engine, "news", {"url": "http://x.example/\x00"})
    finish_run(engine, run_id, "ok", {"autocrawl/skipped/not_html/application/pd\x00f": 1, "note": "a\x00b"})
    run = get_run(engine, run_id)
    assert run is not None and run["status"] == "ok"
    assert run["stats"] == {"autocrawl/skipped/not_html/application/pdf": 1, "note": "ab"}
