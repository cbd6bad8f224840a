from __future__ import annotations

import argparse

import pytest

from autocrawl.commands import db as db_command
from autocrawl.db.engine import make_engine
from autocrawl.db.schema import current_revision, head_revision


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    db_command.add_arguments(parser)
    return db_command.run(parser.parse_args(list(argv)))


def test_db_command_cycle(database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("check", "--db", database_url) == 1
    assert "autocrawl db upgrade --db" in capsys.readouterr().err
    assert run("upgrade", "--db", database_url) == 0
    assert run("check", "--db", database_url) == 0
    assert run("current", "--db", database_url) == 0
    assert head_revision() in capsys.readouterr().out
    assert run("downgrade", "base", "--db", database_url) == 0
    engine = make_engine(database_url)
    assert current_revision(engine) is None
    engine.dispose()


def test_db_command_default_url_from_env(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path}/env.db"
    monkeypatch.setenv("DATABASE_URL", url)
    assert run("upgrade") == 0
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
