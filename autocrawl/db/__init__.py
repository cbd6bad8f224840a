"""The article store: engine, schema migrations, repository, crawl lock and run records."""

from __future__ import annotations

from autocrawl.db.engine import default_database_url, make_engine
from autocrawl.db.lock import LockHeld, crawl_lock
from autocrawl.db.repository import Repository, SaveOutcome
from autocrawl.db.schema import SchemaOutOfDate, ensure_schema

__all__ = [
    "make_engine",
    "default_database_url",
    "ensure_schema",
    "SchemaOutOfDate",
    "crawl_lock",
    "LockHeld",
    "Repository",
    "SaveOutcome",
]
