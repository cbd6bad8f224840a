"""site_health: per site and run, the extraction figures and the alerts they raised

Revision ID: 0003_site_health
Revises: 0002_pages
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from autocrawl.db.models import JSONType, UTCDateTime

revision: str = "0003_site_health"
down_revision: str | None = "0002_pages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "site_health",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_key", sa.String(255), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=True),
        sa.Column("measured_at", UTCDateTime(), nullable=False),
        sa.Column("figures", JSONType, nullable=False),
        sa.Column("alerts", JSONType, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_health")),
    )
    op.create_index("ix_site_health_site_key_measured_at", "site_health", ["site_key", "measured_at"])


def downgrade() -> None:
    op.drop_index("ix_site_health_site_key_measured_at", table_name="site_health")
    op.drop_table("site_health")
