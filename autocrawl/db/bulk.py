"""Multi-row `INSERT … ON CONFLICT` for the store's two backends (PostgreSQL, SQLite).

A batch of rows is executed as one statement with a list of parameter sets, which SQLAlchemy
sends as multi-row VALUES pages ("insertmanyvalues"; the statement is compiled once), not one
ORM flush per row;
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

__all__ = ["upsert", "chunks", "IN_CHUNK"]

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
