"""Riding out a database outage: which errors are worth retrying, and a bounded async retry.

A transient error is one of the connection (refused, reset, closed, timed out, a server
restart, a busy SQLite file), not of the data sent: the same statement can succeed later.
Everything else (a constraint, an unencodable value, a missing table) fails at once.
`retry_transient` retries the transient ones with exponential backoff, sleeping with
`asyncio.sleep` so the Scrapy reactor goes on meanwhile, and raises `DatabaseUnavailable`
once the database has been away for longer than the bound.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import exc as sa_exc

__all__ = ["DatabaseUnavailable", "is_transient", "retry_transient", "first_line"]

T = TypeVar("T")

logger = logging.getLogger(__name__)

FIRST_DELAY_S = 0.25
MAX_DELAY_S = 4.0

# SQLite reports schema and SQL faults as OperationalError too: those are not outages.
_NOT_TRANSIENT_SQLITE = ("no such table", "no such column", "has no column", "syntax error", "readonly database")
# PostgreSQL error classes (SQLSTATE's first two characters) of the statement, not the connection,
# whatever exception class the driver gives them: data (22), a constraint (23), syntax or access
# (42), a limit of the program such as an index entry over 2,704 bytes (54, an OperationalError).
_NOT_TRANSIENT_SQLSTATE = ("22", "23", "42", "54")


class DatabaseUnavailable(RuntimeError):
    """The database stayed unreachable for the whole retry bound."""


def first_line(exc: BaseException) -> str:
    """The first line of an error's message, for a one-line log."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def is_transient(exc: BaseException) -> bool:
    """True for errors of the connection to the database, which a later attempt may not meet."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    sqlstate = getattr(getattr(exc, "orig", None) or exc, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate[:2] in _NOT_TRANSIENT_SQLSTATE:
        return False
    if isinstance(exc, sa_exc.DisconnectionError | sa_exc.TimeoutError | sa_exc.InterfaceError):
        return True
    if isinstance(exc, sa_exc.OperationalError):
        message = str(exc.orig or exc).lower()
        return not any(marker in message for marker in _NOT_TRANSIENT_SQLITE)
    if isinstance(exc, ConnectionError | TimeoutError):
        return True
    try:  # the driver's own errors, when raised outside SQLAlchemy's wrapping
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    return isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError)


async def retry_transient(
    call: Callable[[], T],
    *,
    give_up_after: float,
    what: str,
    on_retry: Callable[[BaseException, float], None] | None = None,
) -> T:
    """`call()` until it returns; transient errors are retried with exponential backoff for at
    most `give_up_after` seconds in all, then `DatabaseUnavailable` (with the last error as its
    cause); any other error is raised at once. `on_retry(error, delay)` runs before each wait."""
    deadline = time.monotonic() + max(0.0, give_up_after)
    delay = FIRST_DELAY_S
    retried = False
    started = time.monotonic()
    while True:
        try:
            result = call()
        except Exception as exc:
            if not is_transient(exc):
                raise
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise DatabaseUnavailable(
                    f"{what}: the database was unreachable for {time.monotonic() - started:.0f} s "
                    f"(bound {give_up_after:g} s): {first_line(exc)}"
                ) from exc
            wait = min(delay, remaining)
            if on_retry is not None:
                on_retry(exc, wait)
            retried = True
            await asyncio.sleep(wait)
            delay = min(delay * 2, MAX_DELAY_S)
            continue
        if retried:
            logger.info("%s: the database answered again after %.1f s", what, time.monotonic() - started)
        return result
