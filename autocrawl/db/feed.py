"""The change feed: every insert or content update of an article or comment takes the next
`change_seq` (set by triggers created in migration 0005_feed), and `read_changes(since)` returns
the current rows changed after a cursor, in `change_seq` order.

No late commit is skipped: on PostgreSQL the trigger takes one transaction-level advisory lock
before `nextval`, so a transaction holding a sequence number keeps every other writer from
taking a higher one until it has committed; numbers are visible in the order they were given.
SQLite has a single writer, and the trigger takes max+1 inside the write transaction.
The contract is at-least-once: a consumer dedupes on (`type`, key) and keeps the highest
`change_seq` (docs/schema.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from autocrawl.db.models import Article, Comment, Site

__all__ = ["Change", "read_changes", "feed_query", "ARTICLE_FIELDS", "COMMENT_FIELDS"]

ARTICLE_FIELDS = (
    "kind", "discusses_url", "url", "canonical_url", "title", "authors", "published_at", "published_local", "modified_at",
    "language",
    "language_declared", "lead", "body", "body_hash", "tags", "images", "site_name", "comments_declared",
    "first_seen", "last_seen", "last_changed", "version", "duplicate_kind", "similarity",
    "first_run_id", "last_run_id", "discovered_via", "http_status", "fetched_at",
)  # fmt: skip
COMMENT_FIELDS = (
    "external_id", "author", "text", "published_at", "page_url", "position", "first_seen",
    "last_seen", "edited_at", "deleted_at", "first_run_id", "last_run_id",
)  # fmt: skip


@dataclass(frozen=True)
class Change:
    type: str  # "article" | "comment"
    key: str
    change_seq: int
    fields: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"type": self.type, "key": self.key, "change_seq": self.change_seq, **self.fields}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def feed_query(since: int, limit: int) -> Any:
    """The feed's one SELECT: (type, id, change_seq) of the next `limit` changes after `since`,
    one statement so both tables are read in one snapshot. Each branch is an index range scan
    on ix_<table>_change_seq that stops after `limit` rows."""
    articles = (
        select(literal("article").label("type"), Article.id.label("id"), Article.change_seq.label("change_seq"))
        .where(Article.change_seq > since)
        .order_by(Article.change_seq)
        .limit(limit)
        .subquery()
    )
    comments = (
        select(literal("comment").label("type"), Comment.id.label("id"), Comment.change_seq.label("change_seq"))
        .where(Comment.change_seq > since)
        .order_by(Comment.change_seq)
        .limit(limit)
        .subquery()
    )
    both = union_all(select(articles), select(comments)).subquery()
    return select(both.c.type, both.c.id, both.c.change_seq).order_by(both.c.change_seq).limit(limit)


def _articles(session: Session, ids: list[int]) -> dict[int, Change]:
    original = aliased(Article)
    query = (
        select(Article, Site.key, original.article_key)
        .join(Site, Site.id == Article.site_id)
        .outerjoin(original, original.id == Article.duplicate_of)
        .where(Article.id.in_(ids))
    )
    out: dict[int, Change] = {}
    for art, site, duplicate_of_key in session.execute(query):
        fields = {f: _plain(getattr(art, f)) for f in ARTICLE_FIELDS}
        fields.update(site_key=site, duplicate_of_key=duplicate_of_key)
        out[art.id] = Change("article", art.article_key, int(art.change_seq or 0), fields)
    return out


def _comments(session: Session, ids: list[int]) -> dict[int, Change]:
    parent = aliased(Comment)
    query = (
        select(Comment, Article.article_key, parent.comment_key)
        .join(Article, Article.id == Comment.article_id)
        .outerjoin(parent, parent.id == Comment.parent_id)
        .where(Comment.id.in_(ids))
    )
    out: dict[int, Change] = {}
    for comment, article_key, parent_key in session.execute(query):
        fields = {f: _plain(getattr(comment, f)) for f in COMMENT_FIELDS}
        fields.update(article_key=article_key, parent_key=parent_key)
        out[comment.id] = Change("comment", comment.comment_key, int(comment.change_seq or 0), fields)
    return out


def read_changes(engine: Engine, since: int, limit: int = 1000) -> tuple[list[Change], int]:
    """Up to `limit` changes after `since` in change_seq order, and the cursor for the next read
    (the last change_seq listed, or `since` when nothing changed). Each change carries the row
    as it is now; a row changed again meanwhile shows its newer change_seq and comes again later."""
    with Session(engine) as session:
        listed = session.execute(feed_query(since, max(1, limit))).all()
        rows: dict[str, dict[int, Change]] = {"article": {}, "comment": {}}
        for kind, load in (("article", _articles), ("comment", _comments)):
            ids = [row.id for row in listed if row.type == kind]
            for i in range(0, len(ids), 500):
                rows[kind].update(load(session, ids[i : i + 500]))
    changes = [rows[row.type][row.id] for row in listed if row.id in rows[row.type]]
    return changes, (int(listed[-1].change_seq) if listed else since)
