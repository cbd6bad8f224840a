"""Multi-row `INSERT … ON CONFLICT` for the store's two backends (PostgreSQL, SQLite).

A batch of rows is sent as few statements of many VALUES rows each, not one ORM flush per row;
a row that meets a unique key already taken (by an earlier crawl, or by another process at the
same moment) is skipped (`on_conflict_do_nothing`) or merged (`on_conflict_do_update`), as the
caller says.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

__all__ = ["upsert", "chunks", "IN_CHUNK", "MAX_PARAMETERS"]

# Values bound in one statement at most: SQLite (3.32 and later) allows 32766, PostgreSQL 65535.
MAX_PARAMETERS = 30_000
IN_CHUNK = 500  # values in one IN (...) list


def chunks(values: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), max(1, size)):
        yield values[start : start + size]


def upsert(session: Session, table: Table) -> Any:
    """The dialect's INSERT construct for `table` (it has `on_conflict_do_nothing/_update`)."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        return postgresql.insert(table)
    if name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"the store supports PostgreSQL and SQLite, not {name}")


def rows_per_statement(rows: Sequence[dict[str, Any]]) -> int:
    """How many rows of this shape fit in one statement."""
    width = max((len(r) for r in rows), default=1)
    return max(1, MAX_PARAMETERS // max(1, width))
