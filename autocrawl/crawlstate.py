"""What a crawl knows before it starts: the articles of its sites already stored, so that an
incremental run skips what has not changed and sends conditional GETs for what may have."""

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
