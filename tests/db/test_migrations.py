from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from autocrawl.db.engine import make_engine
from autocrawl.db.models import Base
from autocrawl.db.schema import (
    SchemaOutOfDate,
    current_revision,
    downgrade,
    ensure_schema,
    head_revision,
    upgrade,
)

TABLES = {
    "sites",
    "articles",
    "article_urls",
    "article_versions",
    "comments",
    "crawl_runs",
    "crawl_locks",
    "neardup_signatures",
    "neardup_bands",
    "pages",
    "site_health",
}


def test_upgrade_downgrade_roundtrip(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) is None
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        assert set(inspect(engine).get_table_names()) >= TABLES
        downgrade(engine, "base")
        assert current_revision(engine) is None
        assert not TABLES & set(inspect(engine).get_table_names())
        upgrade(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_models_match_migrations(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": False})
            diff = compare_metadata(ctx, Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_ensure_schema_sqlite_auto_upgrades(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    try:
        ensure_schema(engine, auto_upgrade=True)
        assert current_revision(engine) == head_revision()
        ensure_schema(engine, auto_upgrade=False)  # at head: nothing to do
    finally:
        engine.dispose()


def test_ensure_schema_names_the_command(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        auto = True  # ignored for PostgreSQL: it never upgrades itself
        if engine.dialect.name == "sqlite":
            auto = False
        with pytest.raises(SchemaOutOfDate) as info:
            ensure_schema(engine, auto_upgrade=auto)
        assert "autocrawl db upgrade --db " in str(info.value)
        assert str(engine.url.database) in str(info.value)
    finally:
        engine.dispose()


def test_sqlite_engine_creates_folder_and_pragmas(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "deep" / "er" / "store.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert int(conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) >= 1000
        assert path.exists()
    finally:
        engine.dispose()
