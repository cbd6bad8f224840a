"""What a crawl knows about its sites: before it starts, the articles already stored (so that an
incremental run skips what has not changed and sends conditional GETs for what may have); while
it runs, the budget of pages that are not news (`PageBudget`)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from autocrawl.dates import parse_datetime


@dataclass(frozen=True)
class KnownArticle:
    canonical_url: str
    etag: str | None
    last_modified: str | None
    published_at: datetime | None
    first_seen: datetime | None
    last_seen: datetime | None


def _as_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return parse_datetime(str(value))


def load_known_articles(
    database_url: str | None, site_keys: list[str], logger: logging.Logger | logging.LoggerAdapter[Any]
) -> dict[str, KnownArticle]:
    """Stored articles of these sites by canonical URL; empty when the store is new or unreachable."""
    if not database_url:
        return {}
    try:
        engine = create_engine(database_url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        logger.warning("incremental state unavailable (%s): crawling everything", exc)
        return {}
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("articles"):
                return {}
            query = text(
                "SELECT a.canonical_url, a.etag, a.last_modified, a.published_at, a.first_seen, a.last_seen "
                "FROM articles a JOIN sites s ON s.id = a.site_id "
                "WHERE a.duplicate_of IS NULL AND s.key IN :keys"
            ).bindparams(bindparam("keys", expanding=True))
            rows = conn.execute(query, {"keys": list(site_keys)})
            return {
                row[0]: KnownArticle(
                    row[0], row[1], row[2], _as_datetime(row[3]), _as_datetime(row[4]), _as_datetime(row[5])
                )
                for row in rows
            }
    except SQLAlchemyError as exc:
        logger.warning("incremental state unavailable (%s): crawling everything", exc)
        return {}
    finally:
        engine.dispose()


class PageBudget:
    """Per site, the pages a crawl may spend on pages that are neither articles nor discovery
    pages (tags, galleries, calendars, dead links), reached from other such pages.

    A request holds one unit from `reserve` until `settle`: an answer that is an article gives
    it back, anything else (another such page, a failure) spends it. So at most `limit` such
    pages are ever requested, however fast the links come. A limit of 0 means no limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.spent: dict[str, int] = {}
        self.pending: dict[str, int] = {}
        self.exhausted: set[str] = set()

    def reserve(self, site: str) -> bool:
        """Take a unit for one request to `site`; False when none is left."""
        if self.limit <= 0:
            return True
        if self.spent.get(site, 0) + self.pending.get(site, 0) >= self.limit:
            return False
        self.pending[site] = self.pending.get(site, 0) + 1
        return True

    def settle(self, site: str, spent: bool) -> None:
        """The answer to a reserved request came: `spent` unless it was an article."""
        if self.limit <= 0:
            return
        self.pending[site] = max(0, self.pending.get(site, 0) - 1)
        if spent:
            self.spent[site] = self.spent.get(site, 0) + 1

    def first_cut(self, site: str) -> bool:
        """True the first time the budget of `site` cuts a request (to log it once)."""
        if site in self.exhausted:
            return False
        self.exhausted.add(site)
        return True
