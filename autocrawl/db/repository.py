"""The store API the pipelines use, one transaction per call (`Repository(engine)`):

- `save_articles(items)`: the idempotent upsert keyed on canonical URL, with versions, URL
  forms, duplicate links and comments (autocrawl.db.articles, autocrawl.db.comments); one
  transaction per batch, written again with one savepoint per article when an article of it
  fails, so a failing article never leaves half a row and never takes the others of its batch
  with it;
- `add_url_forms(pairs)`: more URL forms of stored articles;
- `touch_article(url)`: a 304 answer, bump `last_seen`;
- `original_for_body_hash(hash, exclude)`: the exact-duplicate lookup of the dedupe pipeline,
  once per article: on a connection kept between calls (`close()` returns it), each read
  ended at once so that the next one sees what was written meanwhile.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, update
from sqlalchemy.orm import Session

from autocrawl.db.articles import ArticleFailed, ArticleWriter, Prepared, SaveOutcome, prepare, unique
from autocrawl.db.engine import KeptLookups, reader
from autocrawl.db.models import Article, utcnow
from autocrawl.db.retry import is_transient
from autocrawl.urls import canonicalize

__all__ = ["Repository", "SaveOutcome"]

logger = logging.getLogger(__name__)

# The earliest original article with a body hash, as plain SQL (the per-article hot path: a
# Core statement costs several times more to execute here); {mark} is the driver's placeholder.
_ORIGINAL_BY_HASH = (
    "SELECT canonical_url FROM articles WHERE body_hash = {mark} AND duplicate_of IS NULL "
    "AND body IS NOT NULL AND canonical_url <> {mark} ORDER BY id LIMIT 1"
)


class Repository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.read_engine = reader(engine)  # lookups: no write lock on SQLite
        self._lookups = KeptLookups(self.engine)  # for original_for_body_hash

    def save_articles(self, items: list[Any]) -> list[SaveOutcome | Exception]:
        """Upsert a batch in one transaction, one savepoint per article: an article that fails
        is rolled back alone and returned as its exception; the others are kept."""
        try:
            return self._save_batch(items)
        except Exception as exc:
            if len(items) <= 1 or is_transient(exc):
                raise  # a lost connection fails the batch as a whole: the caller retries it
            logger.exception("batch commit failed; saving the %d articles one by one", len(items))
        results: list[SaveOutcome | Exception] = []
        for item in items:
            try:
                results.extend(self._save_batch([item]))
            except Exception as exc:
                results.append(exc)
        return results

    def _save_batch(self, items: list[Any]) -> list[SaveOutcome | Exception]:
        prepared: list[Prepared | Exception] = []
        for item in items:
            try:
                prepared.append(prepare(item))
            except Exception as exc:
                prepared.append(exc)
        try:
            return self._write_batch(prepared, savepoints=False)
        except ArticleFailed as exc:  # rolled back: again, each article in its savepoint
            logger.debug("an article of the batch failed (%s); writing it again with savepoints", exc)
            return self._write_batch(prepared, savepoints=True)

    def _write_batch(self, prepared: list[Prepared | Exception], savepoints: bool) -> list[SaveOutcome | Exception]:
        preps = [p for p in prepared if isinstance(p, Prepared)]
        dup_urls = [p.record.get("duplicate_of_url") or "" for p in preps]
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            writer = ArticleWriter(session)
            writer.load(preps, unique(f for u in dup_urls if u for f in (u, canonicalize(u))))
            save = writer.save_with_savepoint if savepoints else writer.save
            results = [p if isinstance(p, Exception) else save(p) for p in prepared]
            writer.flush()
        return results

    def add_url_forms(self, pairs: list[tuple[str, str]]) -> int:
        """Record more URL forms of stored articles: (canonical URL, URL seen). Returns how many
        pairs named a stored article; forms of unknown articles are ignored."""
        with Session(self.engine) as session, session.begin():
            return ArticleWriter(session).add_url_forms(pairs)

    def touch_article(self, url: str, etag: str | None = None, last_modified: str | None = None) -> bool:
        """A re-crawl answered 304 Not Modified: bump last_seen (and validators if given) of the
        article any form of `url` belongs to; False when the store does not know it."""
        values: dict[str, Any] = {"last_seen": utcnow()}
        if etag:
            values["etag"] = etag
        if last_modified:
            values["last_modified"] = last_modified
        with Session(self.engine) as session, session.begin():
            article_id = ArticleWriter(session).find_id(unique([canonicalize(url), url]))
            if article_id is None:
                return False
            session.execute(update(Article).where(Article.id == article_id).values(**values))
        return True

    def original_for_body_hash(self, hash_: str, exclude_canonical: str | None = None) -> str | None:
        """Canonical URL of the earliest original article (not itself a duplicate) with this body hash."""
        mark = "?" if self.engine.dialect.paramstyle == "qmark" else "%s"
        sql = _ORIGINAL_BY_HASH.format(mark=mark)
        params = (hash_, exclude_canonical or "")
        found: str | None = self._lookups.read(lambda conn: conn.exec_driver_sql(sql, params).scalar_one_or_none())
        return found

    def close(self) -> None:
        """Return the kept lookup connection to the pool."""
        self._lookups.close()
