"""Rows of `crawl_runs`: one per crawl attempt, with its arguments, final status and stats."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from autocrawl.db.lock import pid_alive
from autocrawl.db.models import CrawlRun, utcnow
from autocrawl.db.valid_text import repair_text

__all__ = [
    "RUN_STATUSES",
    "start_run",
    "finish_run",
    "record_locked_run",
    "mark_killed_runs",
    "get_run",
    "recent_runs",
]

RUN_STATUSES = ("running", "ok", "idle", "failed", "killed", "locked")


def _jsonable(value: Any) -> Any:
    """Scrapy stats hold datetimes and the like: make them JSON (ISO dates, str otherwise)."""

    def default(obj: Any) -> Any:
        if isinstance(obj, datetime | date):
            return obj.isoformat()
        return str(obj)

    # a stat named after what a server sent (a Content-Type) may hold a NUL, which PostgreSQL refuses
    return repair_text(json.loads(json.dumps(value, default=default)))[0]


def start_run(engine: Engine, spider: str | None, arguments: dict[str, Any] | None = None) -> int:
    """Insert a 'running' row (this pid and host); returns its id."""
    with engine.begin() as conn:
        run_id = conn.execute(
            insert(CrawlRun)
            .values(
                started_at=utcnow(),
                status="running",
                spider=spider,
                arguments=_jsonable(arguments or {}),
                pid=os.getpid(),
                hostname=socket.gethostname(),
            )
            .returning(CrawlRun.id)
        ).scalar_one()
    return int(run_id)


def finish_run(engine: Engine, run_id: int, status: str, stats: dict[str, Any] | None = None) -> None:
    if status not in RUN_STATUSES:
        raise ValueError(f"unknown run status {status!r}")
    with engine.begin() as conn:
        conn.execute(
            update(CrawlRun)
            .where(CrawlRun.id == run_id)
            .values(status=status, finished_at=utcnow(), stats=_jsonable(stats) if stats is not None else None)
        )


def record_locked_run(engine: Engine, spider: str | None, arguments: dict[str, Any] | None, message: str) -> int:
    """A run that did not start because the crawl lock was held: status 'locked'."""
    run_id = start_run(engine, spider, arguments)
    finish_run(engine, run_id, "locked", {"lock": message})
    return run_id


def mark_killed_runs(engine: Engine) -> int:
    """'running' rows of this host whose process is gone become 'killed'; returns how many.

    'killed' also covers a run whose end could not be written because the database was away
    at that moment (it then failed, and said so in its JSON line and exit code)."""
    host = socket.gethostname()
    with engine.begin() as conn:
        rows = conn.execute(
            select(CrawlRun.id, CrawlRun.pid).where(CrawlRun.status == "running", CrawlRun.hostname == host)
        ).all()
        dead = [r.id for r in rows if r.pid is None or (r.pid != os.getpid() and not pid_alive(r.pid))]
        if dead:
            conn.execute(update(CrawlRun).where(CrawlRun.id.in_(dead)).values(status="killed", finished_at=utcnow()))
    return len(dead)


@dataclass
class RunHandle:
    """What `tracked_run` yields: set `stats` (and `status`, default 'ok') before the block ends."""

    id: int
    status: str = "ok"
    stats: dict[str, Any] | None = None


@contextmanager
def tracked_run(engine: Engine, spider: str | None, arguments: dict[str, Any] | None = None) -> Iterator[RunHandle]:
    """A crawl_runs row for the `with` block: 'running' during it, then `handle.status` ('ok'
    unless set), 'killed' on KeyboardInterrupt/SystemExit, 'failed' on any other exception."""
    handle = RunHandle(start_run(engine, spider, arguments))
    try:
        yield handle
    except (KeyboardInterrupt, SystemExit):
        finish_run(engine, handle.id, "killed", handle.stats)
        raise
    except BaseException:
        finish_run(engine, handle.id, "failed", handle.stats)
        raise
    finish_run(engine, handle.id, handle.status, handle.stats)


def get_run(engine: Engine, run_id: int) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(CrawlRun.__table__).where(CrawlRun.id == run_id)).mappings().one_or_none()
    return dict(row) if row is not None else None


def recent_runs(engine: Engine, limit: int = 20) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(CrawlRun.__table__).order_by(CrawlRun.id.desc()).limit(limit)).mappings().all()
    return [dict(r) for r in rows]
