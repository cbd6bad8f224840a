"""the database as a product: stable keys (article_key, comment_key), the change feed
(change_seq set by triggers), provenance and language_declared columns, read views and indexes

Revision ID: 0005_feed
Revises: 0004_discussions
Create Date: 2026-12-02
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from autocrawl.db.keys import comment_key
from autocrawl.db.models import UTCDateTime

revision: str = "0005_feed"
down_revision: str | None = "0004_discussions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Columns whose change is a change of the row for the feed (not last_seen, position, fetch data).
ARTICLE_FEED_COLUMNS = (
    "site_id", "canonical_url", "title", "authors", "published_at", "modified_at", "language", "lead",
    "body", "body_hash", "tags", "images", "site_name", "comments_declared", "version", "duplicate_of",
    "duplicate_kind", "similarity", "language_declared", "kind", "discusses_url", "discusses_article_id",
)  # fmt: skip
COMMENT_FEED_COLUMNS = (
    "article_id",
    "parent_id",
    "external_id",
    "author",
    "text",
    "published_at",
    "edited_at",
    "deleted_at",
)

# One advisory lock for every writer of the feed (PostgreSQL): taken with the first change_seq of
# a transaction and held to its end, so sequence numbers are handed out in commit order.
FEED_LOCK = 7_105_112_001

NEXT_SEQ_SQLITE = (
    "(SELECT coalesce(max(s), 0) + 1 FROM "
    "(SELECT max(change_seq) AS s FROM articles UNION ALL SELECT max(change_seq) FROM comments))"
)


def _pg_triggers() -> list[str]:
    statements = [
        "CREATE SEQUENCE change_seq AS bigint",
        f"""CREATE FUNCTION autocrawl_next_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({FEED_LOCK});
    NEW.change_seq := nextval('change_seq');
    RETURN NEW;
END $$""",
    ]
    for table, cols in (("articles", ARTICLE_FEED_COLUMNS), ("comments", COMMENT_FEED_COLUMNS)):
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in cols)
        statements += [
            f"CREATE TRIGGER trg_{table}_feed_insert BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION autocrawl_next_change_seq()",
            f"CREATE TRIGGER trg_{table}_feed_update BEFORE UPDATE ON {table} "
            f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION autocrawl_next_change_seq()",
        ]
    return statements


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, cols in (("articles", ARTICLE_FEED_COLUMNS), ("comments", COMMENT_FEED_COLUMNS)):
        changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in cols)
        set_seq = f"UPDATE {table} SET change_seq = {NEXT_SEQ_SQLITE} WHERE id = NEW.id;"
        statements += [
            f"CREATE TRIGGER trg_{table}_feed_insert AFTER INSERT ON {table} BEGIN {set_seq} END",
            f"CREATE TRIGGER trg_{table}_feed_update AFTER UPDATE OF {', '.join(cols)} ON {table} "
            f"WHEN {changed} BEGIN {set_seq} END",
        ]
    return statements


def _views(dialect: str) -> list[str]:
    pad = (lambda e: f"lpad(CAST({e} AS text), 12, '0')") if dialect == "postgresql" else (
        lambda e: f"substr('000000000000' || {e}, -12)"
    )  # fmt: skip
    return [
        """CREATE VIEW v_original_articles AS
SELECT a.id, a.article_key, s.key AS site_key, a.kind, a.url, a.canonical_url, a.title, a.authors,
       a.published_at, a.modified_at, a.language, a.lead, a.body, a.tags, a.images, a.site_name,
       a.first_seen, a.last_changed, a.version, a.change_seq,
       (SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.deleted_at IS NULL) AS comment_count,
       (SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id) AS duplicate_count
FROM articles a JOIN sites s ON s.id = a.site_id
WHERE a.duplicate_of IS NULL""",
        f"""CREATE VIEW v_comment_threads AS
WITH RECURSIVE thread(id, depth, thread_path) AS (
    SELECT c.id, 0, {pad("c.id")}
    FROM comments c
    WHERE c.parent_id IS NULL
       OR NOT EXISTS (SELECT 1 FROM comments p WHERE p.id = c.parent_id AND p.article_id = c.article_id)
    UNION ALL
    SELECT c.id, t.depth + 1, t.thread_path || '/' || {pad("c.id")}
    FROM comments c JOIN thread t ON c.parent_id = t.id
    WHERE t.depth < 200
)
SELECT c.id, c.comment_key, c.article_id, a.article_key, c.parent_id, t.depth, t.thread_path,
       c.author, c.text, c.published_at, c.edited_at, c.deleted_at, c.change_seq
FROM thread t JOIN comments c ON c.id = t.id JOIN articles a ON a.id = c.article_id""",
        """CREATE VIEW v_article_history AS
SELECT a.id AS article_id, a.article_key, a.version, 1 AS is_current, a.title, a.body, a.body_hash,
       a.last_changed AS changed_at, NULL AS replaced_at, NULL AS changed_fields
FROM articles a
UNION ALL
SELECT v.article_id, a.article_key, v.version, 0 AS is_current, v.title, v.body, v.body_hash,
       NULL AS changed_at, v.changed_at AS replaced_at, v.changed_fields
FROM article_versions v JOIN articles a ON a.id = v.article_id""",
    ]


def _backfill(bind: sa.Connection) -> None:
    """Keys and feed positions for rows stored before this revision, in id order."""
    articles = bind.execute(sa.text("SELECT id FROM articles ORDER BY id")).scalars().all()
    for article_id in articles:
        bind.execute(
            sa.text("UPDATE articles SET article_key = :k WHERE id = :i"), {"k": str(uuid.uuid4()), "i": article_id}
        )
    rows = bind.execute(
        sa.text(
            "SELECT c.id, a.article_key, c.external_id, c.author, c.position FROM comments c "
            "JOIN articles a ON a.id = c.article_id ORDER BY c.id"
        )
    ).all()
    taken: set[str] = set()
    for cid, article_key, external_id, author, position in rows:
        key = comment_key(article_key, external_id, author, position, taken)
        taken.add(key)
        bind.execute(sa.text("UPDATE comments SET comment_key = :k WHERE id = :i"), {"k": key, "i": cid})
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("UPDATE articles SET change_seq = nextval('change_seq')"))
        bind.execute(sa.text("UPDATE comments SET change_seq = nextval('change_seq')"))
    else:
        bind.execute(sa.text("UPDATE articles SET change_seq = id"))
        bind.execute(sa.text("UPDATE comments SET change_seq = id + (SELECT coalesce(max(id), 0) FROM articles)"))


def upgrade() -> None:
    """Columns are added in place (no table rebuild on SQLite, which would lose CHECK constraints);
    the keys are NOT NULL with an empty default that the backfill replaces."""
    bind = op.get_bind()
    op.add_column("articles", sa.Column("article_key", sa.String(36), nullable=False, server_default=""))
    for column in (
        sa.Column("change_seq", sa.BigInteger(), nullable=True),
        sa.Column("language_declared", sa.String(35), nullable=True),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.Column("last_run_id", sa.Integer(), nullable=True),
        sa.Column("discovered_via", sa.String(16), nullable=True),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("fetched_at", UTCDateTime(), nullable=True),
    ):
        op.add_column("articles", column)
    op.add_column("comments", sa.Column("comment_key", sa.String(64), nullable=False, server_default=""))
    for column in (
        sa.Column("change_seq", sa.BigInteger(), nullable=True),
        sa.Column("first_run_id", sa.Integer(), nullable=True),
        sa.Column("last_run_id", sa.Integer(), nullable=True),
    ):
        op.add_column("comments", column)
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("CREATE SEQUENCE change_seq AS bigint"))
    _backfill(bind)
    if bind.dialect.name == "postgresql":
        op.alter_column("articles", "article_key", server_default=None)
        op.alter_column("comments", "comment_key", server_default=None)
    op.create_index("uq_articles_article_key", "articles", ["article_key"], unique=True)
    op.create_index("uq_comments_comment_key", "comments", ["comment_key"], unique=True)
    op.create_index("ix_articles_change_seq", "articles", ["change_seq"])
    op.create_index("ix_articles_site_id_published_at", "articles", ["site_id", "published_at"])
    op.create_index("ix_comments_change_seq", "comments", ["change_seq"])
    op.create_index("ix_comments_first_seen", "comments", ["first_seen"])
    op.create_index("ix_article_versions_changed_at", "article_versions", ["changed_at"])
    triggers = _pg_triggers()[1:] if bind.dialect.name == "postgresql" else _sqlite_triggers()
    for statement in [*triggers, *_views(bind.dialect.name)]:
        bind.execute(sa.text(statement))


def downgrade() -> None:
    bind = op.get_bind()
    for view in ("v_article_history", "v_comment_threads", "v_original_articles"):
        bind.execute(sa.text(f"DROP VIEW IF EXISTS {view}"))
    for table in ("articles", "comments"):
        for event in ("insert", "update"):
            on = f" ON {table}" if bind.dialect.name == "postgresql" else ""
            bind.execute(sa.text(f"DROP TRIGGER IF EXISTS trg_{table}_feed_{event}{on}"))
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("DROP FUNCTION IF EXISTS autocrawl_next_change_seq()"))
    op.drop_index("uq_comments_comment_key", table_name="comments")
    op.drop_index("uq_articles_article_key", table_name="articles")
    op.drop_index("ix_article_versions_changed_at", table_name="article_versions")
    op.drop_index("ix_comments_first_seen", table_name="comments")
    op.drop_index("ix_comments_change_seq", table_name="comments")
    op.drop_index("ix_articles_site_id_published_at", table_name="articles")
    op.drop_index("ix_articles_change_seq", table_name="articles")
    for column in ("last_run_id", "first_run_id", "change_seq", "comment_key"):
        op.drop_column("comments", column)  # in place: none is constrained or indexed any more
    for column in (
        "fetched_at", "http_status", "discovered_via", "last_run_id", "first_run_id",
        "language_declared", "change_seq", "article_key",
    ):  # fmt: skip
        op.drop_column("articles", column)
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("DROP SEQUENCE IF EXISTS change_seq"))
