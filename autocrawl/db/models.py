"""The store's tables (SQLAlchemy 2 typed ORM). docs/schema.md describes them for readers.

The schema is created and changed by the Alembic migrations in autocrawl/db/migrations,
never by `metadata.create_all`; tests check that the migrations and these models agree.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator, TypeEngine

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_article_key() -> str:
    """A new stable article key: a random UUID, assigned once at insert and never changed."""
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware instant. PostgreSQL: TIMESTAMPTZ. SQLite: fixed-width ISO 8601 text in
    UTC with an explicit offset ("2024-05-01T08:30:00.000000+00:00"), so it sorts and compares
    as text and any reader parses it back to an aware datetime. Naive input is taken as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(32))
        return dialect.type_descriptor(DateTime(timezone=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"UTCDateTime needs a datetime, got {type(value).__name__}")
        value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.isoformat(timespec="microseconds")
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str | None] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_crawled: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_body_hash", "body_hash"),
        Index("ix_articles_site_id", "site_id"),
        Index("ix_articles_duplicate_of", "duplicate_of"),
        Index("ix_articles_published_at", "published_at"),
        Index("ix_articles_change_seq", "change_seq"),
        Index("uq_articles_article_key", "article_key", unique=True),
        Index("ix_articles_site_id_published_at", "site_id", "published_at"),
        Index("ix_articles_discusses_url", "discusses_url"),
        Index("ix_articles_discusses_article_id", "discusses_article_id"),
        CheckConstraint("kind IN ('article', 'discussion')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id"))
    url: Mapped[str] = mapped_column(Text)
    canonical_url: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    authors: Mapped[list[str]] = mapped_column(JSONType, default=list)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    modified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    language: Mapped[str | None] = mapped_column(String(35))
    lead: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))
    tags: Mapped[list[str]] = mapped_column(JSONType, default=list)
    images: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    site_name: Mapped[str | None] = mapped_column(Text)
    comments_declared: Mapped[int | None] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_changed: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    duplicate_kind: Mapped[str | None] = mapped_column(String(8))
    similarity: Mapped[float | None] = mapped_column(Float)
    # the database as a product (migration 0005_feed): stable key, change feed, provenance
    article_key: Mapped[str] = mapped_column(String(36), default=new_article_key)
    change_seq: Mapped[int | None] = mapped_column(BigInteger)  # set by a trigger (autocrawl.db.feed)
    language_declared: Mapped[str | None] = mapped_column(String(35))
    first_run_id: Mapped[int | None] = mapped_column(Integer)
    last_run_id: Mapped[int | None] = mapped_column(Integer)
    discovered_via: Mapped[str | None] = mapped_column(String(16))
    http_status: Mapped[int | None] = mapped_column(Integer)
    fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # migration 0007: the publication date in the page's own terms (its offset, or the day alone)
    published_local: Mapped[str | None] = mapped_column(String(40))
    # "discussion": a page whose main content is a comment thread (an aggregator item, a forum topic)
    kind: Mapped[str] = mapped_column(String(16), default="article", server_default="article")
    discusses_url: Mapped[str | None] = mapped_column(Text)  # a discussion's story, canonicalised
    discusses_article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))

    site: Mapped[Site] = relationship()


class ArticleUrl(Base):
    __tablename__ = "article_urls"
    __table_args__ = (Index("ix_article_urls_article_id", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text, unique=True)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ArticleVersion(Base):
    __tablename__ = "article_versions"
    __table_args__ = (
        UniqueConstraint("article_id", "version"),
        Index("ix_article_versions_changed_at", "changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    changed_fields: Mapped[list[str]] = mapped_column(JSONType, default=list)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    body_hash: Mapped[str | None] = mapped_column(String(64))


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (
        UniqueConstraint("article_id", "fingerprint"),
        Index("ix_comments_parent_id", "parent_id"),
        Index("ix_comments_article_id_external_id", "article_id", "external_id"),
        Index("ix_comments_change_seq", "change_seq"),
        Index("uq_comments_comment_key", "comment_key", unique=True),
        Index("ix_comments_first_seen", "first_seen"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id", ondelete="SET NULL"))
    external_id: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(255))
    author: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    page_url: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    comment_key: Mapped[str] = mapped_column(String(64))  # autocrawl.db.keys
    change_seq: Mapped[int | None] = mapped_column(BigInteger)  # set by a trigger (autocrawl.db.feed)
    first_run_id: Mapped[int | None] = mapped_column(Integer)
    last_run_id: Mapped[int | None] = mapped_column(Integer)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"
    __table_args__ = (Index("ix_crawl_runs_started_at", "started_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")
    spider: Mapped[str | None] = mapped_column(String(255))
    arguments: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    stats: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    pid: Mapped[int | None] = mapped_column(Integer)
    hostname: Mapped[str | None] = mapped_column(String(255))


class CrawlLock(Base):
    __tablename__ = "crawl_locks"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    pid: Mapped[int] = mapped_column(Integer)
    hostname: Mapped[str] = mapped_column(String(255))
    acquired_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class NeardupSignature(Base):
    """MinHash signature of an original article (key = its canonical URL)."""

    __tablename__ = "neardup_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class NeardupBand(Base):
    """LSH band hashes of the signatures: two articles sharing one are near-duplicate candidates."""

    __tablename__ = "neardup_bands"

    band_hash: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    signature_id: Mapped[int] = mapped_column(ForeignKey("neardup_signatures.id", ondelete="CASCADE"), primary_key=True)
    __table_args__ = (Index("ix_neardup_bands_signature_id", "signature_id"),)


__all__ = [
    "Base",
    "Site",
    "Article",
    "ArticleUrl",
    "ArticleVersion",
    "Comment",
    "CrawlRun",
    "CrawlLock",
    "NeardupSignature",
    "NeardupBand",
    "UTCDateTime",
    "utcnow",
]


class Page(Base):
    """What each URL of a crawled site turned out to be, so that later runs spend no request on
    pages known to hold no news (kind 'other') or to be gone ('dead') until they are old enough."""

    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_site_key_kind", "site_key", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url_hash: Mapped[str] = mapped_column(String(40), unique=True)  # sha1 of the fetch key
    url: Mapped[str] = mapped_column(Text)
    site_key: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16))
    http_status: Mapped[int | None] = mapped_column(Integer)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_fetched: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    fetch_count: Mapped[int] = mapped_column(Integer, default=1)
    # A discovery page's validators (a conditional GET next run) and the sitemap and feed URLs it
    # led to (followed again when it answers 304).
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    links: Mapped[list[str] | None] = mapped_column(JSONType)


class SiteHealth(Base):
    """One row per site and run: the run's extraction figures for the site and the alerts they
    raised against the site's own history (autocrawl.health)."""

    __tablename__ = "site_health"
    __table_args__ = (Index("ix_site_health_site_key_measured_at", "site_key", "measured_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    site_key: Mapped[str] = mapped_column(String(255))
    run_id: Mapped[int | None] = mapped_column(Integer)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    figures: Mapped[dict[str, float]] = mapped_column(JSONType, default=dict)
    alerts: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
