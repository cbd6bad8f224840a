"""`make_engine(url)`: a SQLAlchemy engine set up for the store.

SQLite: the parent folder of the file is created; WAL journal, foreign keys on, a 30 s busy
timeout, and transactions opened with BEGIN IMMEDIATE (the pysqlite driver's own transaction
handling is switched off, which also makes SAVEPOINTs work) so that two writers queue on the
busy timeout instead of failing with "database is locked" on a read-to-write upgrade.

PostgreSQL: `postgresql://` and `postgres://` URLs are sent to the psycopg (3) driver. Each
connection attempt gives up after 5 s and a peer that vanishes is noticed within about 30 s
(TCP keepalives, `tcp_user_timeout`), so a database that is cut off or black-holed is an error
the store retries (autocrawl.db.retry), never a hang. The URL's own query parameters win. A server
that keeps the connection open but never answers is bounded apart: with `answer_timeout` (the
crawl's engines) each exchange with it gives up after that many seconds (autocrawl.db.pg_answer).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from autocrawl.db.pg_answer import bound_answers

__all__ = [
    "make_engine",
    "reader",
    "KeptLookups",
    "normalize_url",
    "display_url",
    "DEFAULT_DATABASE_URL",
    "default_database_url",
]

DEFAULT_DATABASE_URL = "sqlite:///data/autocrawl.db"
SQLITE_BUSY_TIMEOUT_S = 30.0
_WAL_ATTEMPTS = 40  # about 20 s of waiting in all

logger = logging.getLogger(__name__)

PG_CONNECT_ARGS: dict[str, int] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,  # ms that sent data may stay unacknowledged
}


def default_database_url() -> str:
    return os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL


def normalize_url(url: str | URL) -> URL:
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def display_url(url: str | URL) -> str:
    """The URL with any password hidden, for messages and logs."""
    return normalize_url(url).render_as_string(hide_password=True)


def _sqlite_file(u: URL) -> Path | None:
    db = u.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def make_engine(url: str | URL, answer_timeout: float = 0, **kwargs: Any) -> Engine:
    """`answer_timeout`: seconds a PostgreSQL connection waits for any one answer (0: no bound,
    for migrations and reports that may rightly run long)."""
    u = normalize_url(url)
    if u.get_backend_name() == "sqlite":
        path = _sqlite_file(u)
        if path is not None:
            path.expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        connect_args = dict(kwargs.pop("connect_args", {}))
        connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_S)
        connect_args.setdefault("check_same_thread", False)
        engine = create_engine(u, connect_args=connect_args, **kwargs)
        _setup_sqlite(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if u.get_backend_name() == "postgresql" and u.get_driver_name() == "psycopg":
        connect_args = dict(kwargs.pop("connect_args", {}))
        for name, value in PG_CONNECT_ARGS.items():
            if name not in u.query:
                connect_args.setdefault(name, value)
        kwargs["connect_args"] = connect_args
    engine = create_engine(u, **kwargs)
    bound_answers(engine, answer_timeout)
    return engine


def _setup_sqlite(engine: Engine) -> None:
    busy_ms = int(SQLITE_BUSY_TIMEOUT_S * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {busy_ms}")
            cur.execute("PRAGMA foreign_keys = ON")
            if engine.url.database not in (None, "", ":memory:"):
                _ensure_wal(cur)
            cur.execute("PRAGMA synchronous = NORMAL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        if mode == "NONE":
            return  # each statement is its own read (`lookup_connection`)
        conn.exec_driver_sql(f"BEGIN {'DEFERRED' if mode == 'DEFERRED' else 'IMMEDIATE'}")


def _ensure_wal(cur: Any) -> None:
    """Put the database file in WAL mode (readers beside the writer). The mode is kept in the file,
    so only the first connection switches it; but switching takes a lock that SQLite does not wait
    for, so two workers opening a new file at once can find it "locked": look first, then retry."""
    for attempt in range(_WAL_ATTEMPTS):
        try:
            row = cur.execute("PRAGMA journal_mode").fetchone()
            if row and str(row[0]).lower() == "wal":
                return
            cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(0.05 + 0.01 * attempt)
    logger.warning("sqlite: could not switch the database to WAL mode (locked); going on in its current mode")


T = TypeVar("T")


class KeptLookups:
    """A connection kept for the lookups made once per article (the dedupe pipeline's): no
    transaction around them (AUTOCOMMIT; on SQLite no BEGIN), so a lookup costs its own round
    trips only and always sees what was committed before it. A connection the server dropped is
    replaced once."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._conn: Connection | None = None

    def read(self, lookup: Callable[[Connection], T]) -> T:
        """`lookup` run on the kept connection; it must fetch all it reads."""
        for attempt in (1, 2):
            if self._conn is None:
                conn = self.engine.connect()
                if conn.dialect.name == "sqlite":
                    self._conn = conn.execution_options(sqlite_begin="NONE")
                else:
                    self._conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            try:
                found = lookup(self._conn)
                if self._conn.in_transaction():
                    self._conn.rollback()  # end the read: the next lookup sees rows written meanwhile
                return found
            except DBAPIError:
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def close(self) -> None:
        """Return the kept connection to the pool."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None


def reader(engine: Engine) -> Engine:
    """The same engine (pool, settings) for read-only work: on SQLite its transactions start
    with a deferred BEGIN, so lookups do not take the write lock; elsewhere it changes nothing."""
    return engine.execution_options(sqlite_begin="DEFERRED")
