"""Schema version management: Alembic, applied programmatically from inside the package.

`ensure_schema(engine, auto_upgrade)` is what the crawler calls before writing: the embedded
SQLite store upgrades itself when allowed; any other database must be upgraded explicitly
(`autocrawl db upgrade --db URL`) and a stale one raises `SchemaOutOfDate` saying so.
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from autocrawl.db.engine import display_url

__all__ = [
    "SchemaOutOfDate",
    "alembic_config",
    "head_revision",
    "current_revision",
    "ensure_schema",
    "upgrade",
    "downgrade",
    "is_up_to_date",
]

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaOutOfDate(RuntimeError):
    """The database schema is not the one this code expects; the message says what to run."""


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config(str(MIGRATIONS_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # percent signs would be taken for ini interpolation
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_up_to_date(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


@contextmanager
def _sqlite_file_lock(engine: Engine) -> Iterator[None]:
    """Serialise concurrent self-upgrades of one SQLite file (two crawls starting at once)."""
    db = engine.url.database
    if engine.dialect.name != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        yield
        return
    lock_path = Path(db).expanduser().resolve().with_name(Path(db).name + ".migrate.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _run(engine: Engine, fn: str, revision: str) -> None:
    cfg = alembic_config(engine)
    with _sqlite_file_lock(engine), engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, fn)(cfg, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, "upgrade", revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    _run(engine, "downgrade", revision)


def ensure_schema(engine: Engine, auto_upgrade: bool) -> None:
    """Make sure the database is at the Alembic head.

    SQLite with `auto_upgrade`: upgrade it in place. Otherwise raise `SchemaOutOfDate`
    naming the command to run. A database newer than this code always raises.
    """
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    url = display_url(engine.url)
    if current is not None and current not in known:
        raise SchemaOutOfDate(
            f"database {url} is at schema revision {current}, which this autocrawl version does not know "
            f"(its head is {head}); the database was upgraded by a newer autocrawl: upgrade autocrawl"
        )
    if auto_upgrade and engine.dialect.name == "sqlite":
        logger.info("upgrading database schema of %s from %s to %s", url, current or "empty", head)
        upgrade(engine, "head")
        return
    raise SchemaOutOfDate(
        f"database {url} is at schema revision {current or '<empty>'}, this autocrawl needs {head}: "
        f"run `autocrawl db upgrade --db {url}`"
    )
