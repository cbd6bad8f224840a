"""pages.etag, pages.last_modified, pages.links: the validators of a discovery page (for a
conditional GET on the next run) and the discovery links it held (sitemaps, feeds), which a 304
still leads to

Revision ID: 0006_page_validators
Revises: 0005_feed
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from autocrawl.db.models import JSONType

revision: str = "0006_page_validators"
down_revision: str | None = "0005_feed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("pages", sa.Column("etag", sa.Text(), nullable=True))
    op.add_column("pages", sa.Column("last_modified", sa.Text(), nullable=True))
    op.add_column("pages", sa.Column("links", JSONType, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pages") as batch:
        batch.drop_column("links")
        batch.drop_column("last_modified")
        batch.drop_column("etag")
