"""A client-side bound on how long a PostgreSQL connection waits for the server's answer.

A server (or a middlebox before it) that keeps the connection open but never answers is not
seen by TCP: the kernel acknowledges what is sent, keepalives are answered, and a server-side
`statement_timeout` never starts. psycopg then waits forever, and since the store's calls run
on the reactor thread, so does the whole crawl. `bound_answers(engine, seconds)` makes the
engine's connections give up on any one exchange with the server (a statement, a fetch, a
commit) after `seconds`: the connection is closed and an `OperationalError` raised, which
SQLAlchemy takes for a disconnect and the store retries (`autocrawl.db.retry`) like any outage.
Connecting is bounded apart, by libpq's `connect_timeout`.
"""

from __future__ import annotations

from typing import Any, TypeVar

import psycopg
from psycopg.abc import PQGen
from sqlalchemy import Engine, event

__all__ = ["AnswerBoundConnection", "bound_answers", "NoAnswer"]

RV = TypeVar("RV")

# psycopg (3.3) raises this internal subclass of OperationalError when a wait's timeout expires;
# should a release drop it, the expiry still surfaces as an OperationalError, retried as an outage
_WAIT_TIMEOUT: type[Exception] = getattr(psycopg.errors, "_WaitTimeout", None) or type(
    "_NoWaitTimeout", (Exception,), {}
)


class NoAnswer(psycopg.OperationalError):
    """The server sent no answer within the bound; the connection was closed."""


class AnswerBoundConnection(psycopg.Connection[Any]):
    answer_timeout: float | None = None

    def wait(self, gen: PQGen[RV], interval: float = 0.1, timeout: float | None = None) -> RV:
        if timeout is not None or not self.answer_timeout:  # psycopg's own bounded waits stay its own
            return super().wait(gen, interval=interval, timeout=timeout)
        try:
            return super().wait(gen, interval=interval, timeout=self.answer_timeout)
        except _WAIT_TIMEOUT:
            self.close()  # mid-exchange: the connection cannot be used again
            raise NoAnswer(
                f"the database server sent no answer for {self.answer_timeout:g} s; connection closed"
            ) from None


def bound_answers(engine: Engine, seconds: float) -> None:
    """Make the PostgreSQL (psycopg) connections `engine` opens wait at most `seconds` for each
    answer; `seconds` <= 0 leaves them unbounded."""
    if seconds <= 0 or engine.dialect.driver != "psycopg":
        return

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: dict[str, Any]) -> Any:
        conn = AnswerBoundConnection.connect(*cargs, **cparams)
        conn.answer_timeout = seconds
        return conn
