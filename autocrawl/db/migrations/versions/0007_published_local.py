"""articles.published_local: the publication date in the page's own terms, ISO 8601 with the
offset the page gives, or the day alone (`published_at` is the same moment in UTC); the view
v_original_articles shows it after published_at

Revision ID: 0007_published_local
Revises: 0006_page_validators
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_published_local"
down_revision: str | None = "0006_page_validators"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# v_original_articles as 0005_feed made it (a migration keeps the schema of its time), and with
# the new column. Dropped and made again: PostgreSQL's CREATE OR REPLACE VIEW only adds columns
# at the end, SQLite has no replace.
_VIEW_0005 = """CREATE VIEW v_original_articles AS
SELECT a.id, a.article_key, s.key AS site_key, a.kind, a.url, a.canonical_url, a.title, a.authors,
       a.published_at, a.modified_at, a.language, a.lead, a.body, a.tags, a.images, a.site_name,
       a.first_seen, a.last_changed, a.version, a.change_seq,
       (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS comment_count,
       (SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id) AS duplicate_count
FROM articles a JOIN sites s ON s.id = a.site_id
WHERE a.duplicate_of IS NULL"""
_VIEW_0007 = _VIEW_0005.replace("a.published_at, a.modified_at", "a.published_at, a.published_local, a.modified_at")


def upgrade() -> None:
    op.add_column("articles", sa.Column("published_local", sa.String(40), nullable=True))
    op.execute("DROP VIEW IF EXISTS v_original_articles")
    op.execute(_VIEW_0007)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS v_original_articles")
    op.execute(_VIEW_0005)
    # in place (SQLite 3.35+): a batch copy of `articles` would break the feed's triggers and views
    op.drop_column("articles", "published_local")
