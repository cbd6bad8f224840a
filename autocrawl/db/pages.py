"""The `pages` table: what each fetched URL was, for the next run's request decisions.

Only what a later run needs is read back: the URLs of the crawl's sites that were dead ends
('other') or gone ('dead'), with when they were last fetched, and those that were articles
(a listing is a page that links to them); the validators of discovery pages are read by
autocrawl.db.incremental.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from autocrawl.db.models import Page
from autocrawl.db.valid_text import repair_text

PAGE_KINDS = ("article", "discussion", "listing", "feed", "sitemap", "robots", "other", "dead")
SKIPPABLE_KINDS = ("other", "dead")
ARTICLE_KINDS = ("article", "discussion")


@dataclass(frozen=True)
class PageVisit:
    url_key: str  # autocrawl.urls.fetch_key of the canonical URL
    url: str
    site_key: str
    kind: str
    http_status: int | None
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    links: tuple[tuple[str, str], ...] | None = None  # a discovery page's (kind, URL) sitemap and feed links


def url_hash(url_key: str) -> str:
    return hashlib.sha1(url_key.encode("utf-8", "surrogatepass")).hexdigest()


def load_dead_ends(engine: Engine, site_keys: Iterable[str]) -> dict[str, tuple[str, datetime]]:
    """url_hash -> (kind, last fetched) of the sites' pages that were 'other' or 'dead'."""
    query = select(Page.url_hash, Page.kind, Page.last_fetched).where(
        Page.site_key.in_(list(site_keys)), Page.kind.in_(SKIPPABLE_KINDS)
    )
    with engine.connect() as conn:
        return {row.url_hash: (row.kind, row.last_fetched) for row in conn.execute(query)}


def load_article_pages(engine: Engine, site_keys: Iterable[str]) -> set[str]:
    """url_hash of the sites' pages that were articles or discussions."""
    query = select(Page.url_hash).where(Page.site_key.in_(list(site_keys)), Page.kind.in_(ARTICLE_KINDS))
    with engine.connect() as conn:
        return {row.url_hash for row in conn.execute(query)}


def save_visits(engine: Engine, visits: Iterable[PageVisit]) -> int:
    """Insert or update one row per URL (the last visit wins); returns the rows written."""
    rows = {
        key: {
            "url_hash": key,
            "url": v.url,
            "site_key": v.site_key,
            "kind": v.kind,
            "http_status": v.http_status,
            "first_seen": v.fetched_at,
            "last_fetched": v.fetched_at,
            "fetch_count": 1,
            "etag": v.etag,
            "last_modified": v.last_modified,
            "links": [list(link) for link in v.links] if v.links is not None else None,
        }
        for v in visits
        for key in (url_hash(v.url_key),)
    }
    # a validator header may carry a NUL, which PostgreSQL refuses (and the whole batch with it)
    values, _ = repair_text(list(rows.values()))
    if not values:
        return 0
    statement = _UPSERT_PG if engine.dialect.name == "postgresql" else _UPSERT_SQLITE
    with engine.begin() as conn:
        # one statement compiled once, many parameter sets (the driver's executemany / pipeline)
        conn.execute(statement, values)
    return len(values)


def _upsert(insert: Any) -> Any:
    """INSERT of a pages row that updates the row already there (the last visit wins)."""
    statement = insert(Page)
    excluded = statement.excluded
    return statement.on_conflict_do_update(
        index_elements=["url_hash"],
        set_={
            "url": excluded.url,
            "kind": excluded.kind,
            "http_status": excluded.http_status,
            "last_fetched": excluded.last_fetched,
            "fetch_count": Page.fetch_count + 1,
            "etag": excluded.etag,
            "last_modified": excluded.last_modified,
            "links": excluded.links,
        },
    )


_UPSERT_PG = _upsert(pg_insert)
_UPSERT_SQLITE = _upsert(sqlite_insert)
