"""Is the SQLite file the crawl writes to still the one at its path?

An open SQLite connection keeps writing to its file after the file is deleted, replaced or
its folder removed: the writes succeed, the crawl reports `ok`, and everything goes with the
unlinked file. `DatabaseFile` remembers the file's identity (device and inode) when the crawl
opens it; `check()` compares it with what the path holds now and raises `DatabaseFileLost`
when they differ. One `os.stat`: cheap enough for every batch commit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from autocrawl.db.retry import DatabaseUnavailable

__all__ = ["DatabaseFile", "DatabaseFileLost", "sqlite_path"]


class DatabaseFileLost(DatabaseUnavailable):
    """The database file was deleted, moved or replaced while the crawl had it open."""


def sqlite_path(engine: Engine) -> Path | None:
    """The file of an SQLite engine; None for any other database or an in-memory one."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return None
    name = url.database or ""
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name).expanduser().resolve()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:  # missing, or its folder is
        return None
    return (st.st_dev, st.st_ino)


@dataclass(frozen=True)
class DatabaseFile:
    path: Path
    opened: tuple[int, int]

    @classmethod
    def of(cls, engine: Engine) -> DatabaseFile | None:
        """The identity of the engine's file now (call it once the file exists), or None when
        the database is no file."""
        path = sqlite_path(engine)
        if path is None:
            return None
        identity = _identity(path)
        return None if identity is None else cls(path, identity)

    def check(self) -> None:
        """Raise `DatabaseFileLost` when the path no longer holds the file opened."""
        now = _identity(self.path)
        if now == self.opened:
            return
        what = "was deleted or moved (or its folder removed)" if now is None else "was replaced by another file"
        raise DatabaseFileLost(
            f"the database file {self.path} {what} while the crawl was writing to it; "
            "what was written since went to a file no longer on disk"
        )
