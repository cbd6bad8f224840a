"""`DatabaseFile`: an SQLite file deleted, moved, replaced or left without its folder is told
apart from the one the crawl opened."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from autocrawl.db.dbfile import DatabaseFile, DatabaseFileLost
from autocrawl.db.engine import make_engine
from autocrawl.db.retry import DatabaseUnavailable


def opened(path: Path) -> DatabaseFile:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        found = DatabaseFile.of(engine)
    finally:
        engine.dispose()
    assert found is not None
    return found


def test_the_file_opened_passes(tmp_path: Path) -> None:
    opened(tmp_path / "data" / "a.db").check()


@pytest.mark.parametrize("change", ["deleted", "moved", "replaced", "folder removed"])
def test_a_file_no_longer_at_its_path_is_lost(tmp_path: Path, change: str) -> None:
    path = tmp_path / "data" / "a.db"
    file = opened(path)
    if change == "deleted":
        path.unlink()
    elif change == "moved":
        path.rename(path.with_suffix(".old"))
    elif change == "replaced":
        other = path.with_suffix(".new")
        other.write_bytes(path.read_bytes())  # the same content is still another file
        os.replace(other, path)
    else:
        shutil.rmtree(path.parent)
    with pytest.raises(DatabaseFileLost, match=str(path)) as caught:
        file.check()
    assert isinstance(caught.value, DatabaseUnavailable), "the store's outage handling applies"
    assert ("replaced" in str(caught.value)) == (change == "replaced")


def test_no_file_no_check() -> None:
    for url in ("sqlite://", "sqlite:///:memory:", "postgresql://nobody@127.0.0.1:1/none"):
        engine = make_engine(url)
        assert DatabaseFile.of(engine) is None
        engine.dispose()
