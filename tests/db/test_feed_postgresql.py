"""The change feed on PostgreSQL: a transaction that commits late is not skipped, and the
feed and the common reads use their indexes (EXPLAIN on a few thousand rows)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, insert, select, text

from autocrawl.db.engine import make_engine
from autocrawl.db.feed import feed_query, read_changes
from autocrawl.db.models import Article, Site
from autocrawl.db.schema import upgrade


@pytest.fixture
def pg(postgresql_url: str) -> Iterator[Engine]:
    engine = make_engine(postgresql_url)
    upgrade(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def _insert_article(conn: Connection, site_id: int, name: str) -> None:
    conn.execute(
        insert(Article).values(site_id=site_id, url=f"http://s/{name}", canonical_url=f"http://s/{name}", title=name)
    )


def test_a_late_commit_is_not_skipped(pg: Engine) -> None:
    with pg.begin() as conn:
        site_id = conn.execute(insert(Site).values(key="s").returning(Site.id)).scalar_one()
    first, second = pg.connect(), pg.connect()
    second_wrote = threading.Event()

    def write_second() -> None:
        _insert_article(second, site_id, "second")  # waits for the first writer's commit
        second_wrote.set()

    try:
        first.begin()
        _insert_article(first, site_id, "first")  # holds a change_seq, not committed yet
        second.begin()
        thread = threading.Thread(target=write_second)
        thread.start()
        assert not second_wrote.wait(0.5), "the second writer took a change_seq while the first was open"
        assert read_changes(pg, 0) == ([], 0)
        first.commit()
        assert second_wrote.wait(10)
        seen, cursor = read_changes(pg, 0)  # the second is written but not committed
        assert [c.fields["title"] for c in seen] == ["first"]
        second.commit()
        thread.join(10)
        later, _ = read_changes(pg, cursor)
        assert [c.fields["title"] for c in later] == ["second"] and later[0].change_seq > cursor
    finally:
        first.close()
        second.close()


def _explain(conn: Connection, sql: str) -> str:
    return "\n".join(row[0] for row in conn.execute(text("EXPLAIN " + sql)))


def test_feed_and_common_reads_use_indexes(pg: Engine) -> None:
    """Sites of unequal size (site 20 holds 1% of the articles), as in a real store."""
    with pg.begin() as conn:
        conn.execute(
            text("INSERT INTO sites (key, first_seen) SELECT 'site' || g, now() FROM generate_series(1, 20) g")
        )
        conn.execute(
            text(
                "INSERT INTO articles (site_id, url, canonical_url, authors, tags, images, first_seen, last_seen,"
                " last_changed, version, article_key, published_at, title)"
                " SELECT CASE WHEN g % 100 = 0 THEN 20 ELSE g % 19 + 1 END, 'http://x/' || g, 'http://x/' || g, '[]', '[]', '[]', now(), now(), now(), 1,"
                " gen_random_uuid()::text, now() - g * interval '1 hour', 't' || g FROM generate_series(1, 5000) g"
            )
        )
        conn.execute(
            text(
                "INSERT INTO comments (article_id, fingerprint, text, position, first_seen, last_seen, comment_key)"
                " SELECT (g % 5000) + 1, 'f' || g, 'c' || g, 0, now() - g * interval '1 minute', now(),"
                " md5(g::text) FROM generate_series(1, 20000) g"
            )
        )
        conn.execute(
            text(
                "INSERT INTO article_versions (article_id, version, changed_at, changed_fields, title)"
                " SELECT g, 1, now() - g * interval '1 hour', '[\"title\"]', 'old' FROM generate_series(1, 5000) g"
            )
        )
        conn.execute(text("ANALYZE"))
    with pg.connect() as conn:
        top = int(
            conn.execute(select(Article.change_seq).order_by(Article.change_seq.desc()).limit(1)).scalar_one() or 0
        )
        feed = str(feed_query(top - 100, 1000).compile(pg, compile_kwargs={"literal_binds": True}))
        plans = {
            "feed": _explain(conn, feed),
            "latest_of_site": _explain(
                conn,
                "SELECT id, title FROM articles WHERE site_id = 20 AND duplicate_of IS NULL"
                " ORDER BY published_at DESC LIMIT 20",
            ),
            "versions_since": _explain(
                conn, "SELECT article_id FROM article_versions WHERE changed_at > now() - interval '1 day'"
            ),
            "comments_since": _explain(conn, "SELECT id FROM comments WHERE first_seen > now() - interval '1 hour'"),
        }
    for name, plan in plans.items():
        print(f"-- {name}\n{plan}")
        assert "Seq Scan" not in plan, (name, plan)
    assert "ix_articles_change_seq" in plans["feed"] and "ix_comments_change_seq" in plans["feed"]
    assert "ix_articles_site_id_published_at" in plans["latest_of_site"]
    assert "ix_article_versions_changed_at" in plans["versions_since"]
    assert "ix_comments_first_seen" in plans["comments_since"]
