"""Which database errors are retried, and the bounded retry around them."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError, OperationalError

from autocrawl.db.retry import DatabaseUnavailable, is_transient, retry_transient


def operational(message: str) -> OperationalError:
    return OperationalError("SELECT 1", {}, sqlite3.OperationalError(message))


def test_connection_errors_are_transient_data_errors_are_not() -> None:
    assert is_transient(operational("connection refused"))
    assert is_transient(operational("database is locked"))
    assert is_transient(ConnectionResetError())
    assert not is_transient(operational("no such table: articles"))
    assert not is_transient(IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed")))
    assert not is_transient(UnicodeEncodeError("utf-8", "\ud83d", 0, 1, "surrogates not allowed"))


def test_a_refused_postgresql_connection_is_transient() -> None:
    engine = create_engine("postgresql+psycopg://postgres@127.0.0.1:1/none", connect_args={"connect_timeout": 2})
    with pytest.raises(Exception) as caught, engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert is_transient(caught.value)


def test_retry_waits_out_transient_errors_then_returns() -> None:
    failures = [operational("connection refused"), operational("server closed the connection")]
    retried: list[float] = []

    def call() -> str:
        if failures:
            raise failures.pop(0)
        return "stored"

    result = asyncio.run(retry_transient(call, give_up_after=5, what="test", on_retry=lambda e, w: retried.append(w)))
    assert result == "stored"
    assert len(retried) == 2 and retried[1] > retried[0], "exponential backoff"


def test_retry_gives_up_after_the_bound_and_never_retries_data_errors() -> None:
    calls = 0

    def down() -> None:
        nonlocal calls
        calls += 1
        raise operational("connection refused")

    with pytest.raises(DatabaseUnavailable, match="unreachable"):
        asyncio.run(retry_transient(down, give_up_after=0.6, what="test"))
    assert calls >= 2

    def bad_data() -> None:
        raise IntegrityError("INSERT", {}, sqlite3.IntegrityError("NOT NULL constraint failed"))

    with pytest.raises(IntegrityError):
        asyncio.run(retry_transient(bad_data, give_up_after=5, what="test"))
