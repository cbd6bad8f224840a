"""discussion pages: articles.kind, articles.discusses_url, articles.discusses_article_id

Revision ID: 0004_discussions
Revises: 0003_site_health
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_discussions"
down_revision: str | None = "0003_site_health"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FK = "fk_articles_discusses_article_id_articles"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # ADD COLUMN with its constraints inline: no rebuild of the table, whose DROP would run the
        # ON DELETE actions of comments and article_urls (the store keeps foreign keys on)
        op.execute(
            "ALTER TABLE articles ADD COLUMN kind VARCHAR(16) DEFAULT 'article' NOT NULL "
            "CONSTRAINT ck_articles_kind CHECK (kind IN ('article', 'discussion'))"
        )
        op.execute("ALTER TABLE articles ADD COLUMN discusses_url TEXT")
        op.execute(
            f"ALTER TABLE articles ADD COLUMN discusses_article_id INTEGER CONSTRAINT {_FK} REFERENCES articles (id)"
        )
    else:
        op.add_column("articles", sa.Column("kind", sa.String(16), server_default="article", nullable=False))
        op.add_column("articles", sa.Column("discusses_url", sa.Text(), nullable=True))
        op.add_column("articles", sa.Column("discusses_article_id", sa.Integer(), nullable=True))
        op.create_foreign_key(_FK, "articles", "articles", ["discusses_article_id"], ["id"])
        op.create_check_constraint("kind", "articles", "kind IN ('article', 'discussion')")
    op.create_index("ix_articles_discusses_url", "articles", ["discusses_url"])
    op.create_index("ix_articles_discusses_article_id", "articles", ["discusses_article_id"])


def downgrade() -> None:
    op.drop_index("ix_articles_discusses_article_id", "articles")
    op.drop_index("ix_articles_discusses_url", "articles")
    # SQLite cannot drop a constrained column in place: batch mode rebuilds the table, and with the
    # store's foreign keys on, dropping the old table deletes the comments and URLs that hang off it.
    # Downgrading a SQLite store that holds data: back it up and reload it afterwards.
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("articles") as batch:
        batch.drop_constraint("kind", type_="check")
        if not sqlite:  # SQLite knows the inline foreign key by no name; the rebuild leaves it out
            batch.drop_constraint(_FK, type_="foreignkey")
        batch.drop_column("discusses_article_id")
        batch.drop_column("discusses_url")
        batch.drop_column("kind")
