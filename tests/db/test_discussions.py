"""Discussion pages in the store: kind, the story they discuss, and the link to it in both arrival orders."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import IntegrityError

from autocrawl.db.engine import make_engine
from autocrawl.db.models import Article, Comment
from autocrawl.db.repository import Repository
from autocrawl.db.schema import upgrade
from autocrawl.urls import canonicalize
from tests.db.test_repository import save

STORY_URL = "https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget/"
STORY = canonicalize(STORY_URL)  # the key it is stored under


def story(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "url": STORY_URL + "?utm_source=aggregator",
        "canonical_url": STORY_URL,
        "site": "www.rivertown-herald.example",
        "title": "Council approves bridge budget",
        "body": " ".join(f"Sentence {i} of the bridge story." for i in range(40)),
        "comments": [],
    }
    base.update(kw)
    return base


def discussion(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "url": "https://links.example.com/item?id=40211876",
        "canonical_url": "https://links.example.com/item?id=40211876",
        "site": "links.example.com",
        "title": "Council approves bridge budget",
        "body": "",
        "kind": "discussion",
        "discusses_url": "https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget?utm_medium=x",
        "comments": [
            {"author": "ann", "text": "About time they fixed it.", "parent": None},
            {"author": "bob", "text": "The budget doubled since the first plan.", "parent": 0},
        ],
    }
    base.update(kw)
    return base


def rows(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        return {r.canonical_url: r for r in conn.execute(select(Article.__table__))}


@pytest.mark.parametrize("story_first", [True, False], ids=["story-first", "discussion-first"])
def test_discussion_linked_to_its_story_in_both_orders(engine: Engine, repo: Repository, story_first: bool) -> None:
    items = [story(), discussion()] if story_first else [discussion(), story()]
    for item in items:
        save(repo, item)
    stored = rows(engine)
    thread, article = stored["https://links.example.com/item?id=40211876"], stored[STORY]
    assert (thread.kind, article.kind) == ("discussion", "article")
    assert thread.discusses_url == STORY  # canonicalised like the story's key
    assert thread.discusses_article_id == article.id
    assert article.discusses_url is None and article.discusses_article_id is None
    with engine.connect() as conn:
        comments = conn.execute(select(Comment.__table__).where(Comment.article_id == thread.id)).all()
    assert len(comments) == 2


def test_discussion_linked_in_one_batch_and_unlinked_story_stays_null(engine: Engine, repo: Repository) -> None:
    repo.save_articles([discussion(), story()])
    repo.save_articles([discussion(url="https://links.example.com/item?id=1", canonical_url=None, discusses_url=None)])
    stored = rows(engine)
    assert stored["https://links.example.com/item?id=40211876"].discusses_article_id == stored[STORY].id
    lone = stored["https://links.example.com/item?id=1"]
    assert lone.kind == "discussion" and lone.discusses_url is None and lone.discusses_article_id is None


def test_kind_is_checked_by_the_database(engine: Engine, repo: Repository) -> None:
    save(repo, story())
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("UPDATE articles SET kind = 'listing'"))


def test_upgrade_keeps_stored_articles_and_comments(sqlite_url: str) -> None:
    """An existing store at the previous revision gains the columns without losing a row."""
    engine = make_engine(sqlite_url)
    now = "2024-05-01T10:00:00.000000+00:00"
    try:
        upgrade(engine, "0003_site_health")  # the revision before this one
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO sites (id, key, first_seen) VALUES (1, 'links.example.com', :now)"), {"now": now}
            )
            conn.execute(
                text(
                    "INSERT INTO articles (id, site_id, url, canonical_url, authors, tags, images, first_seen, "
                    "last_seen, last_changed, version) VALUES (1, 1, 'https://links.example.com/item?id=1', "
                    "'https://links.example.com/item?id=1', '[]', '[]', '[]', :now, :now, :now, 1)"
                ),
                {"now": now},
            )
            for n in range(2):
                conn.execute(
                    text(
                        "INSERT INTO comments (article_id, fingerprint, text, position, first_seen, last_seen) "
                        "VALUES (1, :fp, 'words', :n, :now, :now)"
                    ),
                    {"fp": f"fp{n}", "n": n, "now": now},
                )
        upgrade(engine)
        with engine.connect() as conn:
            kinds = conn.execute(text("SELECT kind FROM articles")).scalars().all()
            comments = conn.execute(text("SELECT count(*) FROM comments")).scalar_one()
        assert kinds == ["article"] and comments == 2
    finally:
        engine.dispose()
