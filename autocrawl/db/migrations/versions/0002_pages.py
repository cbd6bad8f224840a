"""pages: what each crawled URL turned out to be (article, listing, other, dead, ...) and when
it was last fetched, for incremental runs that skip known dead ends

Revision ID: 0002_pages
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from autocrawl.db.models import UTCDateTime

revision: str = "0002_pages"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url_hash", sa.String(40), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("site_key", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_fetched", UTCDateTime(), nullable=False),
        sa.Column("fetch_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pages")),
        sa.UniqueConstraint("url_hash", name=op.f("uq_pages_url_hash")),
    )
    op.create_index("ix_pages_site_key_kind", "pages", ["site_key", "kind"])


def downgrade() -> None:
    op.drop_index("ix_pages_site_key_kind", table_name="pages")
    op.drop_table("pages")
