"""Stable keys, the change feed and the read views (autocrawl.db.keys, autocrawl.db.feed,
migration 0005_feed), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, select, text

from autocrawl.dates import parse_instant
from autocrawl.db.feed import read_changes
from autocrawl.db.models import Article, Comment
from autocrawl.db.repository import Repository
from tests.db.test_repository import BODY, article, save


def comments(*texts: str, author: str = "Reader") -> list[dict[str, Any]]:
    return [{"author": f"{author} {i}", "text": t, "published_at": None} for i, t in enumerate(texts)]


def keys(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return {row.text: row.comment_key for row in conn.execute(select(Comment.text, Comment.comment_key))}


def test_article_key_kept_when_the_url_moves(engine: Engine, repo: Repository) -> None:
    first = save(repo, article())
    with engine.connect() as conn:
        key = conn.execute(select(Article.article_key)).scalar_one()
    moved = save(
        repo,
        article(
            url="https://www.example.com/2024/story-1",
            canonical_url="https://www.example.com/2024/story-1",
            urls=["https://www.example.com/news/story-1"],
            title="Council votes (updated)",
        ),
    )
    assert moved.article_id == first.article_id
    with engine.connect() as conn:
        assert conn.execute(select(Article.article_key)).scalars().all() == [key]
    assert len(key) == 36


def test_comment_key_survives_an_edit(engine: Engine, repo: Repository) -> None:
    save(repo, article(comments=comments("First!", "I disagree with the council.", "Me too")))
    before = keys(engine)
    assert len(set(before.values())) == 3
    outcome = save(repo, article(comments=comments("First!", "I strongly disagree with the council.", "Me too")))
    assert outcome.comments_new == 0 and outcome.comments_updated == 1 and outcome.comments_deleted == 0
    after = keys(engine)
    assert after["I strongly disagree with the council."] == before["I disagree with the council."]
    assert after["First!"] == before["First!"]
    with engine.connect() as conn:
        rows = conn.execute(select(Comment.text, Comment.edited_at, Comment.deleted_at)).all()
    assert len(rows) == 3 and all(r.deleted_at is None for r in rows)
    assert [r.text for r in rows if r.edited_at is not None] == ["I strongly disagree with the council."]


def test_site_comment_id_is_the_key_source(engine: Engine, repo: Repository) -> None:
    items = [{"author": "A", "text": "text one", "external_id": "c-1"}]
    save(repo, article(comments=items))
    key = set(keys(engine).values())
    save(repo, article(comments=[{"author": "A", "text": "text one, edited", "external_id": "c-1"}]))
    assert set(keys(engine).values()) == key


def test_feed_lists_each_change_after_the_cursor(engine: Engine, repo: Repository) -> None:
    save(repo, article(comments=comments("one", "two")))
    save(
        repo,
        article(
            url="https://www.example.com/news/b",
            canonical_url="https://www.example.com/news/b",
            urls=[],
            title="B",
            body=BODY + " b",
        ),
    )
    changes, cursor = read_changes(engine, 0)
    assert [c.type for c in changes].count("article") == 2 and [c.type for c in changes].count("comment") == 2
    seqs = [c.change_seq for c in changes]
    assert seqs == sorted(seqs) and len(set(seqs)) == 4 and cursor == seqs[-1]
    comment = next(c for c in changes if c.type == "comment")
    assert comment.fields["article_key"] in {c.key for c in changes if c.type == "article"}

    save(repo, article(comments=comments("one", "two")))  # unchanged: nothing new
    assert read_changes(engine, cursor) == ([], cursor)

    save(repo, article(title="Council votes again", comments=comments("one", "two", "three")))
    changes, cursor2 = read_changes(engine, cursor)
    assert sorted((c.type, c.fields.get("title") or c.fields.get("text")) for c in changes) == [
        ("article", "Council votes again"),
        ("comment", "three"),
    ]
    # paging: a limit of 1 walks the same changes one at a time
    first, mid = read_changes(engine, cursor, limit=1)
    second, end = read_changes(engine, mid, limit=1)
    assert [c.key for c in first + second] == [c.key for c in changes] and end == cursor2


def test_views(engine: Engine, repo: Repository) -> None:
    save(repo, article(comments=[
        {"author": "A", "text": "top", "external_id": "1"},
        {"author": "B", "text": "reply", "external_id": "2", "parent_external_id": "1"},
        {"author": "C", "text": "reply to reply", "external_id": "3", "parent_external_id": "2"},
        {"author": "D", "text": "second top", "external_id": "4"},
    ]))  # fmt: skip
    save(repo, article(
        url="https://other.example.org/copy", canonical_url="https://other.example.org/copy", site="other.example.org",
        urls=[], duplicate_of_url="https://www.example.com/news/story-1", duplicate_kind="exact",
    ))  # fmt: skip
    save(repo, article(title="Council votes, again"))
    with engine.connect() as conn:
        originals = conn.execute(text("SELECT site_key, comment_count, duplicate_count FROM v_original_articles")).all()
        published = conn.execute(text("SELECT published_at, published_local FROM v_original_articles")).one()
        thread = conn.execute(text("SELECT text, depth FROM v_comment_threads ORDER BY article_id, thread_path")).all()
        history = conn.execute(
            text(
                "SELECT h.version, h.is_current, h.title FROM v_article_history h "
                "JOIN v_original_articles o ON o.article_key = h.article_key ORDER BY h.version DESC"
            )
        ).all()
    assert [tuple(r) for r in originals] == [("www.example.com", 4, 1)]
    assert published.published_local == article()["published_at"]  # the page's own offset, beside UTC
    assert parse_instant(published.published_at) == datetime(2024, 5, 1, 8, tzinfo=UTC)
    assert [tuple(r) for r in thread] == [("top", 0), ("reply", 1), ("reply to reply", 2), ("second top", 0)]
    assert [tuple(r)[:2] for r in history] == [(2, 1), (1, 0)]
    assert history[0].title == "Council votes, again" and history[1].title == "Council votes"


def test_upgrade_backfills_keys_and_feed_positions(database_url: str) -> None:
    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import upgrade

    engine = make_engine(database_url)
    try:
        upgrade(engine, "0004_discussions")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO sites (key, first_seen) VALUES ('s', '2024-01-01T00:00:00.000000+00:00')"))
            for i in (1, 2):
                conn.execute(
                    text(
                        "INSERT INTO articles (site_id, url, canonical_url, authors, tags, images, first_seen,"
                        " last_seen, last_changed, version) VALUES (1, :u, :u, '[]', '[]', '[]', :t, :t, :t, 1)"
                    ),
                    {"u": f"http://s/{i}", "t": "2024-01-01T00:00:00.000000+00:00"},
                )
                conn.execute(
                    text(
                        "INSERT INTO comments (article_id, fingerprint, author, text, position, first_seen, last_seen)"
                        " VALUES (:a, 'f', 'A', 'hello', 0, :t, :t)"
                    ),
                    {"a": i, "t": "2024-01-01T00:00:00.000000+00:00"},
                )
        upgrade(engine)
        changes, cursor = read_changes(engine, 0)
    finally:
        engine.dispose()
    assert sorted(c.type for c in changes) == ["article", "article", "comment", "comment"]
    assert len({c.key for c in changes}) == 4 and all(c.key for c in changes)
    assert cursor == max(c.change_seq for c in changes)
