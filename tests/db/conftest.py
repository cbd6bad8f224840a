from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from autocrawl.db.engine import make_engine
from autocrawl.db.repository import Repository
from autocrawl.db.schema import upgrade


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    upgrade(eng)
    try:
        yield eng
    finally:
        eng.dispose()


@pytest.fixture
def repo(engine: Engine) -> Repository:
    return Repository(engine)
