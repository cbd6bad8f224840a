"""The crawl lock: one crawl per lock name (e.g. per database, or per site) at a time. A crawl of
several sites holds one name per site (all or none, taken in sorted order so that two waiting
crawls cannot block each other), under one owner token and one heartbeat.

Mechanism (the same on SQLite and PostgreSQL): a row in `crawl_locks` (name primary key,
owner token, pid, hostname, acquired_at, heartbeat_at). Taking it is an INSERT; the primary
key makes it atomic. A background thread refreshes `heartbeat_at` every `heartbeat` seconds.
A lock is stale, and is taken over with a compare-and-swap UPDATE on the old owner token,
when its pid is dead on this same host, or when its heartbeat is older than `stale_after`
(a crashed run on another host). The row is visible to operators (`SELECT * FROM crawl_locks`),
works through connection poolers and needs no connection held for the crawl's lifetime,
which a PostgreSQL advisory lock would.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from autocrawl.db.models import CrawlLock, utcnow
from autocrawl.db.retry import first_line

__all__ = ["LockHeld", "HeldLock", "crawl_lock", "pid_alive", "DEFAULT_STALE_AFTER", "DEFAULT_HEARTBEAT"]

logger = logging.getLogger(__name__)

DEFAULT_STALE_AFTER = 300.0  # seconds without heartbeat before a lock is considered abandoned
DEFAULT_HEARTBEAT = 30.0
_POLL = 0.5


class LockHeld(RuntimeError):
    """Another live run holds the lock; the message names it."""


@dataclass
class HeldLock:
    name: str  # the names, joined by " + " when there are several
    owner: str
    pid: int
    hostname: str
    acquired_at: datetime
    lost: bool = False
    names: list[str] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event, repr=False)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale_reason(row: CrawlLock, hostname: str, stale_after: float, now: datetime) -> str | None:
    if row.hostname == hostname and not pid_alive(row.pid):
        return f"pid {row.pid} on {row.hostname} is not running"
    age = (now - row.heartbeat_at).total_seconds()
    if age > stale_after:
        return f"its last heartbeat was {age:.0f}s ago (> {stale_after:.0f}s)"
    return None


def _describe(row: CrawlLock, now: datetime) -> str:
    age = (now - row.heartbeat_at).total_seconds()
    return (
        f"crawl lock {row.name!r} is held by pid {row.pid} on {row.hostname} "
        f"since {row.acquired_at.isoformat(timespec='seconds')} (heartbeat {age:.0f}s ago)"
    )


def _try_acquire(engine: Engine, name: str, owner: str, pid: int, hostname: str, stale_after: float) -> str | None:
    """None when acquired, else a description of the holder."""
    now = utcnow()
    values = {
        "name": name,
        "owner": owner,
        "pid": pid,
        "hostname": hostname,
        "acquired_at": now,
        "heartbeat_at": now,
    }
    try:
        with engine.begin() as conn:
            conn.execute(insert(CrawlLock).values(**values))
        return None
    except IntegrityError:
        pass
    with engine.begin() as conn:
        row = conn.execute(select(CrawlLock).where(CrawlLock.name == name)).one_or_none()
        if row is None:  # released meanwhile: try again next poll
            return f"crawl lock {name!r} was just released"
        current = CrawlLock(**row._asdict())
        if current.owner == owner:
            return None
        reason = _stale_reason(current, hostname, stale_after, now)
        if reason is None:
            return _describe(current, now)
        taken = conn.execute(
            update(CrawlLock)
            .where(CrawlLock.name == name, CrawlLock.owner == current.owner)
            .values(**{k: v for k, v in values.items() if k != "name"})
        ).rowcount
        if taken == 1:
            logger.warning("took over stale crawl lock %r: %s", name, reason)
            return None
        return _describe(current, now)


def _heartbeat_loop(engine: Engine, held: HeldLock, interval: float) -> None:
    while not held._stop.wait(interval):
        try:
            with engine.begin() as conn:
                n = conn.execute(
                    update(CrawlLock)
                    .where(CrawlLock.name.in_(held.names), CrawlLock.owner == held.owner)
                    .values(heartbeat_at=utcnow())
                ).rowcount
            if n < len(held.names) and not held.lost:
                held.lost = True
                logger.error("crawl lock %r was taken over by another run", held.name)
        except Exception as exc:  # a DB hiccup must not kill the crawl; the next beat retries
            logger.warning("crawl lock heartbeat failed (the next beat retries): %s", first_line(exc))


@contextmanager
def crawl_lock(
    engine: Engine,
    name: str | Sequence[str],
    wait: bool = False,
    timeout: float | None = None,
    *,
    stale_after: float = DEFAULT_STALE_AFTER,
    heartbeat: float = DEFAULT_HEARTBEAT,
) -> Iterator[HeldLock]:
    """Hold the crawl lock `name` (or every one of several names) for the `with` block.

    `wait=False`: raise `LockHeld` at once when a live run holds one. `wait=True`: poll until all
    are free, for at most `timeout` seconds (None: forever), then raise `LockHeld`.
    """
    names = sorted(set([name] if isinstance(name, str) else name))
    owner = uuid.uuid4().hex
    pid = os.getpid()
    hostname = socket.gethostname()
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        holder = _try_acquire_all(engine, names, owner, pid, hostname, stale_after)
        if holder is None:
            break
        if not wait or (deadline is not None and time.monotonic() >= deadline):
            raise LockHeld(holder)
        time.sleep(_POLL if deadline is None else max(0.0, min(_POLL, deadline - time.monotonic())))
    label = " + ".join(names)
    held = HeldLock(name=label, owner=owner, pid=pid, hostname=hostname, acquired_at=utcnow(), names=names)
    thread = threading.Thread(
        target=_heartbeat_loop, args=(engine, held, heartbeat), name=f"crawl-lock-{label[:80]}", daemon=True
    )
    thread.start()
    try:
        yield held
    finally:
        held._stop.set()
        thread.join(timeout=5)
        try:
            _release(engine, names, owner)
        except Exception as exc:
            logger.error("could not release crawl lock %r (it will go stale): %s", label[:300], first_line(exc))


def _try_acquire_all(
    engine: Engine, names: list[str], owner: str, pid: int, hostname: str, stale_after: float
) -> str | None:
    """None when every name is acquired, else a description of a holder (the names taken so far
    given back)."""
    taken: list[str] = []
    for name in names:
        holder = _try_acquire(engine, name, owner, pid, hostname, stale_after)
        if holder is not None:
            if taken:
                _release(engine, taken, owner)
            return holder
        taken.append(name)
    return None


def _release(engine: Engine, names: list[str], owner: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(CrawlLock).where(CrawlLock.name.in_(names), CrawlLock.owner == owner))


def stale_cutoff(stale_after: float = DEFAULT_STALE_AFTER) -> datetime:
    return utcnow() - timedelta(seconds=stale_after)
