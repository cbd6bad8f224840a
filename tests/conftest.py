"""Shared fixtures.

`database_url`: a SQLAlchemy URL of an EMPTY database (no schema yet), once per backend:
  - sqlite: a file in the test's tmp dir;
  - postgresql: a fresh database `autocrawl_t_<hex>` on 127.0.0.1:5432 (user postgres, else
    root; override the server with AUTOCRAWL_TEST_PG="postgresql+psycopg://user@host:port"),
    dropped afterwards; skipped, saying why, when PostgreSQL cannot be reached.
`redis_prefix`: a unique key prefix on the Redis at REDIS_URL (default redis://127.0.0.1:6379/0),
  its keys deleted afterwards; skipped, saying why, when Redis cannot be reached.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

PG_SERVER = os.environ.get("AUTOCRAWL_TEST_PG", "")
PG_USERS = ("postgres", "root")
PG_HOST = "127.0.0.1"
PG_PORT = 5432
REDIS_URL = os.environ.get("AUTOCRAWL_TEST_REDIS", os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))

_pg_error: str | None = None
_pg_admin_dsn: str | None = None


def _pg_admin() -> str:
    """A libpq DSN of the maintenance database `postgres` we can create databases from."""
    global _pg_error, _pg_admin_dsn
    if _pg_admin_dsn is not None:
        return _pg_admin_dsn
    if _pg_error is not None:
        pytest.skip(_pg_error)
    import psycopg

    candidates: list[str] = []
    if PG_SERVER:
        from sqlalchemy.engine import make_url

        u = make_url(PG_SERVER)
        candidates.append(
            f"host={u.host or PG_HOST} port={u.port or PG_PORT} user={u.username or 'postgres'}"
            + (f" password={u.password}" if u.password else "")
        )
    candidates += [f"host={PG_HOST} port={PG_PORT} user={user}" for user in PG_USERS]
    errors = []
    for dsn in candidates:
        for dbname in ("postgres", "test"):
            try:
                with psycopg.connect(f"{dsn} dbname={dbname}", autocommit=True, connect_timeout=3):
                    _pg_admin_dsn = f"{dsn} dbname={dbname}"
                    return _pg_admin_dsn
            except Exception as exc:
                errors.append(f"{dsn} dbname={dbname}: {type(exc).__name__}: {str(exc).strip()[:120]}")
    _pg_error = "PostgreSQL not reachable for tests: " + "; ".join(errors)
    pytest.skip(_pg_error)


def _dsn_part(dsn: str, key: str) -> str | None:
    for part in dsn.split():
        k, _, v = part.partition("=")
        if k == key:
            return v
    return None


@pytest.fixture
def postgresql_url() -> Iterator[str]:
    import psycopg
    from psycopg import sql

    admin = _pg_admin()
    name = f"autocrawl_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    user = _dsn_part(admin, "user")
    password = _dsn_part(admin, "password")
    host = _dsn_part(admin, "host")
    port = _dsn_part(admin, "port")
    auth = f"{user}:{password}" if password else f"{user}"
    try:
        yield f"postgresql+psycopg://{auth}@{host}:{port}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def sqlite_url(tmp_path: object) -> str:
    return f"sqlite:///{tmp_path}/autocrawl.db"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """SQLAlchemy URL of an empty database, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgresql_url"))


@pytest.fixture
def redis_url() -> str:
    return REDIS_URL


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A unique Redis key prefix; every key under it is deleted after the test."""
    try:
        import redis
    except ImportError as exc:  # pragma: no cover
        pytest.skip(f"redis client not installed: {exc}")
    client = redis.Redis.from_url(redis_url, socket_connect_timeout=2)
    try:
        client.ping()
    except Exception as exc:
        pytest.skip(f"Redis not reachable at {redis_url}: {type(exc).__name__}: {exc}")
    prefix = f"autocrawl_t_{uuid.uuid4().hex[:12]}:"
    try:
        yield prefix
    finally:
        keys = list(client.scan_iter(match=f"{prefix}*", count=1000))
        for i in range(0, len(keys), 500):
            client.delete(*keys[i : i + 500])
        client.close()
