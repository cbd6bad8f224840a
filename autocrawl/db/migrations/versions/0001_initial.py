"""initial schema: sites, articles, article_urls, article_versions, comments, crawl_runs,
crawl_locks, neardup_signatures, neardup_bands

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from autocrawl.db.models import JSONType, UTCDateTime

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_crawled", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sites"),
        sa.UniqueConstraint("key", name="uq_sites_key"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("canonical_url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("authors", JSONType, nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("modified_at", UTCDateTime(), nullable=True),
        sa.Column("language", sa.String(35), nullable=True),
        sa.Column("lead", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("body_hash", sa.String(64), nullable=True),
        sa.Column("tags", JSONType, nullable=False),
        sa.Column("images", JSONType, nullable=False),
        sa.Column("site_name", sa.Text(), nullable=True),
        sa.Column("comments_declared", sa.Integer(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=False),
        sa.Column("last_changed", UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("duplicate_kind", sa.String(8), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("canonical_url", name="uq_articles_canonical_url"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name="fk_articles_site_id_sites"),
        sa.ForeignKeyConstraint(
            ["duplicate_of"], ["articles.id"], name="fk_articles_duplicate_of_articles", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_articles_body_hash", "articles", ["body_hash"])
    op.create_index("ix_articles_site_id", "articles", ["site_id"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_index("ix_articles_published_at", "articles", ["published_at"])

    op.create_table(
        "article_urls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_article_urls"),
        sa.UniqueConstraint("url", name="uq_article_urls_url"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_article_urls_article_id_articles", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_article_urls_article_id", "article_urls", ["article_id"])

    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("changed_fields", JSONType, nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("body_hash", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_article_versions"),
        sa.UniqueConstraint("article_id", "version", name="uq_article_versions_article_id_version"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_article_versions_article_id_articles",
            ondelete="CASCADE",
        ),
    )

    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("external_id", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(255), nullable=False),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published_at", UTCDateTime(), nullable=True),
        sa.Column("page_url", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=False),
        sa.Column("edited_at", UTCDateTime(), nullable=True),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_comments"),
        sa.UniqueConstraint("article_id", "fingerprint", name="uq_comments_article_id_fingerprint"),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name="fk_comments_article_id_articles", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["comments.id"], name="fk_comments_parent_id_comments", ondelete="SET NULL"
        ),
    )
    op.create_index("ix_comments_parent_id", "comments", ["parent_id"])
    op.create_index("ix_comments_article_id_external_id", "comments", ["article_id", "external_id"])

    op.create_table(
        "crawl_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("spider", sa.String(255), nullable=True),
        sa.Column("arguments", JSONType, nullable=False),
        sa.Column("stats", JSONType, nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("hostname", sa.String(255), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_crawl_runs"),
    )
    op.create_index("ix_crawl_runs_started_at", "crawl_runs", ["started_at"])

    op.create_table(
        "crawl_locks",
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("hostname", sa.String(255), nullable=False),
        sa.Column("acquired_at", UTCDateTime(), nullable=False),
        sa.Column("heartbeat_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_crawl_locks"),
    )

    op.create_table(
        "neardup_signatures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_neardup_signatures"),
        sa.UniqueConstraint("key", name="uq_neardup_signatures_key"),
    )
    op.create_table(
        "neardup_bands",
        sa.Column("band_hash", sa.BigInteger(), nullable=False),
        sa.Column("signature_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("band_hash", "signature_id", name="pk_neardup_bands"),
        sa.ForeignKeyConstraint(
            ["signature_id"],
            ["neardup_signatures.id"],
            name="fk_neardup_bands_signature_id_neardup_signatures",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_neardup_bands_signature_id", "neardup_bands", ["signature_id"])


def downgrade() -> None:
    op.drop_table("neardup_bands")
    op.drop_table("neardup_signatures")
    op.drop_table("crawl_locks")
    op.drop_table("crawl_runs")
    op.drop_table("comments")
    op.drop_table("article_versions")
    op.drop_table("article_urls")
    op.drop_table("articles")
    op.drop_table("sites")
