"""The crawl's one database engine, shared by every component that writes to the store.

`CrawlDatabase.of(crawler)` gives the crawl's instance (kept on the crawler, made by the first
component that asks, from DATABASE_URL, DATABASE_AUTO_UPGRADE_SQLITE and
DATABASE_ANSWER_TIMEOUT). Its `engine()` is opened and the schema checked (`ensure_schema`) once,
on first use; a schema that is out of date raises the same `SchemaOutOfDate` to every caller. The engine is disposed when the Scrapy
engine stops, after every spider_closed handler has written what it had to.

`check_file()` raises `DatabaseFileLost` once an SQLite file was deleted, moved or replaced
since the engine opened it (`autocrawl.db.dbfile`); the store calls it at each batch commit.

`before_store(fn)` registers a write that must reach the database before articles do (the
near-duplicate signatures of the dedupe pipeline); the store runs them with `prepare_store()`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from sqlalchemy import Engine

from autocrawl.db.dbfile import DatabaseFile
from autocrawl.db.engine import make_engine
from autocrawl.db.schema import SchemaOutOfDate, ensure_schema

__all__ = ["CrawlDatabase"]

_ATTRIBUTE = "autocrawl_database"


class CrawlDatabase:
    def __init__(self, url: str, auto_upgrade_sqlite: bool, answer_timeout: float = 0) -> None:
        self.url = url
        self.answer_timeout = answer_timeout
        self.auto_upgrade_sqlite = auto_upgrade_sqlite
        self._engine: Engine | None = None
        self._schema_error: SchemaOutOfDate | None = None
        self._before_store: list[Callable[[], Any]] = []
        self._file: DatabaseFile | None = None

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlDatabase:
        database: CrawlDatabase | None = getattr(crawler, _ATTRIBUTE, None)
        if database is None:
            settings = crawler.settings
            database = cls(
                settings.get("DATABASE_URL"),
                settings.getbool("DATABASE_AUTO_UPGRADE_SQLITE"),
                settings.getfloat("DATABASE_ANSWER_TIMEOUT"),
            )
            setattr(crawler, _ATTRIBUTE, database)
            crawler.signals.connect(database.close, signal=signals.engine_stopped)
        return database

    def engine(self) -> Engine:
        """The engine, its schema checked (once per crawl)."""
        if self._schema_error is not None:
            raise self._schema_error
        if self._engine is None:
            engine = make_engine(self.url, answer_timeout=self.answer_timeout)
            try:
                ensure_schema(engine, self.auto_upgrade_sqlite)
            except SchemaOutOfDate as exc:
                engine.dispose()
                self._schema_error = exc
                raise
            self._engine = engine
            self._file = DatabaseFile.of(engine)
        return self._engine

    def check_file(self) -> None:
        """Raise `DatabaseFileLost` when the SQLite file opened is no longer at its path."""
        if self._file is not None:
            self._file.check()

    def before_store(self, fn: Callable[[], Any]) -> None:
        self._before_store.append(fn)

    def prepare_store(self) -> None:
        """Run the writes that must precede the next batch of articles."""
        for fn in self._before_store:
            fn()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
