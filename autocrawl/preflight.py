"""Start-up checks of `autocrawl crawl` and `autocrawl worker`, made before Scrapy starts.

Each problem a user can fix is one sentence and exit code 1 before anything is fetched, never a
traceback: a start URL that is not http(s) or has no host; a malformed database URL or one
naming a driver that is not installed; the SQLite file's folder (`data/`) missing and not
creatable, not a folder, or not writable; the log file's folder likewise; the database
unreachable; its schema out of date (the message names the `autocrawl db upgrade` command); for
a worker, Redis malformed or unreachable. (Exit 2 stays for usage errors of the command line.)
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from autocrawl.db.engine import display_url, make_engine, normalize_url
from autocrawl.db.retry import first_line
from autocrawl.db.schema import SchemaOutOfDate, ensure_schema
from autocrawl.runner import EXIT_FAILED

__all__ = ["StartupError", "check_start_urls", "check_folder_writable", "open_checked_engine", "check_redis"]


class StartupError(Exception):
    """A problem found before the crawl starts: its message is the one sentence to print."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def check_start_urls(urls: list[str]) -> None:
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise StartupError(
                f"start URL {url!r} is not an http(s) URL with a host name (for example https://www.example.com/)"
            )


def check_folder_writable(path: Path, what: str) -> None:
    """The folder of `path` exists (or can be made) and takes new files."""
    folder = path.expanduser().absolute().parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise StartupError(f"cannot use {what} {path}: {existing} exists but is not a folder")
    if existing != folder:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StartupError(f"cannot create the folder {folder} for {what} {path}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StartupError(f"cannot write {what} {path}: the folder {folder} is read-only")
    if path.exists() and not os.access(path, os.W_OK):
        raise StartupError(f"cannot write {what} {path}: the file is read-only")


def _parse_database_url(database_url: str) -> URL:
    try:
        return normalize_url(database_url)
    except ArgumentError:
        raise StartupError(
            f"database URL {database_url!r} is malformed (expected e.g. sqlite:///data/autocrawl.db "
            "or postgresql+psycopg://user@host:5432/news)"
        ) from None


def open_checked_engine(database_url: str, auto_upgrade_sqlite: bool, answer_timeout: float = 0) -> Engine:
    """An engine on a database that is reachable, writable and at the current schema; a
    PostgreSQL server that accepts but never answers fails it after `answer_timeout` s."""
    url = _parse_database_url(database_url)
    shown = display_url(url)
    database = url.database or ""
    if url.get_backend_name() == "sqlite" and database and database != ":memory:" and not database.startswith("file:"):
        check_folder_writable(Path(database), "the database file")
    try:
        engine = make_engine(url, answer_timeout=answer_timeout)
    except NoSuchModuleError:
        raise StartupError(f"database URL {shown!r} names a driver that is not installed") from None
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StartupError(f"cannot use the database {shown}: {first_line(exc)}") from None
    try:
        ensure_schema(engine, auto_upgrade=engine.dialect.name == "sqlite" and auto_upgrade_sqlite)
    except SchemaOutOfDate as exc:
        engine.dispose()
        raise StartupError(str(exc)) from None
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        raise StartupError(f"cannot connect to the database {shown}: {first_line(exc)}") from None
    return engine


def check_redis(redis_url: str) -> None:
    """Redis answers a PING (a worker's queue and seen-filter live there)."""
    import redis

    try:
        client = redis.Redis.from_url(redis_url, socket_connect_timeout=5, socket_timeout=5)
    except ValueError as exc:
        raise StartupError(f"Redis URL {redis_url!r} is malformed: {exc}") from None
    try:
        client.ping()
    except redis.RedisError as exc:
        raise StartupError(f"cannot connect to Redis at {redis_url}: {first_line(exc)}") from None
    finally:
        client.close()
