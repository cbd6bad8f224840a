"""A PostgreSQL server that keeps the connection open but never answers: the crawl's engine
gives up on the exchange after its bound, closes the connection, and the error is one the
store retries as an outage (`autocrawl.db.pg_answer`)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from autocrawl.db.engine import make_engine
from autocrawl.db.retry import is_transient
from tests.e2e.tcp_proxy import CuttableProxy


@pytest.fixture
def stallable_url(postgresql_url: str) -> Iterator[tuple[str, CuttableProxy]]:
    direct = make_url(postgresql_url)
    proxy = CuttableProxy((direct.host or "127.0.0.1", direct.port or 5432))
    port = proxy.start()
    try:
        yield direct.set(port=port).render_as_string(hide_password=False), proxy
    finally:
        proxy.stop()


def test_a_silent_server_is_given_up_after_the_bound(stallable_url: tuple[str, CuttableProxy]) -> None:
    url, proxy = stallable_url
    engine = make_engine(url, answer_timeout=0.5)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar_one() == 1
            proxy.stall()
            started = time.monotonic()
            with pytest.raises(sa_exc.OperationalError, match="sent no answer for 0.5 s") as caught:
                conn.execute(text("SELECT 2"))
            assert time.monotonic() - started < 3
        assert caught.value.connection_invalidated, "the connection is not given back to the pool"
        assert is_transient(caught.value), "retried as an outage"
    finally:
        engine.dispose()


def test_a_slow_answer_within_the_bound_is_waited_for(postgresql_url: str) -> None:
    engine = make_engine(postgresql_url, answer_timeout=5)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 3 FROM pg_sleep(0.3)")).scalar_one() == 3
    finally:
        engine.dispose()


def test_no_bound_unless_asked(postgresql_url: str) -> None:
    engine = make_engine(postgresql_url)
    try:
        with engine.connect() as conn:
            assert type(conn.connection.dbapi_connection).__name__ == "Connection"
    finally:
        engine.dispose()
