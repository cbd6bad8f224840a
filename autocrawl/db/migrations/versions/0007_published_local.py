"""articles.published_local: the publication date in the page's own terms, ISO 8601 with the
offset the page gives, or the day alone (`published_at` is the same moment in UTC)

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


def upgrade() -> None:
    op.add_column("articles", sa.Column("published_local", sa.String(40), nullable=True))


def downgrade() -> None:
    # in place (SQLite 3.35+): a batch copy of `articles` would break the feed's triggers and views
    op.drop_column("articles", "published_local")
