"""The batched save path: per-batch prefetch, bulk comment/URL inserts, batched signature writes."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select

from autocrawl.db import articles
from autocrawl.db.comments import CommentPlan
from autocrawl.db.models import Article, ArticleUrl, ArticleVersion, Comment
from autocrawl.db.repository import Repository, SaveOutcome
from autocrawl.dedupe.index import DatabaseNearDupIndex
from tests.db.test_repository import article, count
from tests.dedupe.test_index import STORY, SYNDICATED, exercise, unrelated


def rows(engine: Engine) -> dict[str, Any]:
    """The stored rows, ids replaced by canonical URLs / fingerprints (comparable across stores)."""
    with engine.connect() as conn:
        canon = dict[Any, Any](conn.execute(select(Article.id, Article.canonical_url)).all())
        fps = dict[Any, Any](conn.execute(select(Comment.id, Comment.fingerprint)).all())
        return {
            "articles": [
                (c, u, canon.get(d), k)
                for c, u, d, k in conn.execute(
                    select(Article.canonical_url, Article.url, Article.duplicate_of, Article.duplicate_kind).order_by(
                        Article.id
                    )
                )
            ],
            "urls": sorted((u, canon[a]) for u, a in conn.execute(select(ArticleUrl.url, ArticleUrl.article_id))),
            "comments": sorted(
                (
                    (canon[a], fps.get(p), f, t, pos, live)
                    for a, p, f, t, pos, live in conn.execute(
                        select(
                            Comment.article_id,
                            Comment.parent_id,
                            Comment.fingerprint,
                            Comment.text,
                            Comment.position,
                            Comment.deleted_at.is_(None),
                        )
                    )
                ),
                key=repr,
            ),
        }


def story(n: int, **kw: Any) -> dict[str, Any]:
    url = f"https://www.example.com/news/story-{n}"
    comments = [
        {"author": "Bo", "text": f"First on {n}", "published_at": "2024-05-01T11:00:00Z"},
        {"author": "Cy", "text": f"Reply on {n}", "parent": 0},
        {"external_id": f"x{n}", "author": "Di", "text": f"Third on {n}"},
        {"author": "Ed", "text": f"Answer to x{n}", "parent_external_id": f"x{n}"},
    ]
    fields = {
        "url": url,
        "canonical_url": url,
        "urls": [url + "/amp"],
        "body": f"Story {n}. " * 40,
        "title": f"Story {n}",
        "comments": comments,
        **kw,
    }
    return article(**fields)


def test_batch_equals_one_by_one(engine: Engine, repo: Repository) -> None:
    items = [story(n) for n in range(5)]
    # a moved article (its old URL is a form of story 1) and a copy of story 2, in the same batch
    items.append(
        story(
            1,
            url="https://www.example.com/news/story-1-moved",
            canonical_url=None,
            urls=["https://www.example.com/news/story-1"],
        )
    )
    items.append(story(9, duplicate_of_url="https://www.example.com/news/story-2", duplicate_kind="exact"))
    # and a second pass with a comment edited, one gone, one new
    changed = story(0)
    changed["comments"] = [dict(changed["comments"][0]), {"author": "Fa", "text": "New one"}]
    changed["comments"][0]["text"] = "First on 0 (edited)"
    items.append(changed)

    batch = repo.save_articles(items)
    assert [r.status for r in batch if isinstance(r, SaveOutcome)] == ["new"] * 5 + [
        "unchanged",
        "duplicate",
        "unchanged",
    ]
    in_batch = rows(engine)

    with engine.begin() as conn:
        for t in ("comments", "article_urls", "article_versions", "articles", "sites"):
            conn.exec_driver_sql(f"DELETE FROM {t}")
    singles = [repo.save_articles([item])[0] for item in items]
    one_by_one = rows(engine)
    assert [
        (r.status, r.comments_new, r.comments_updated, r.comments_deleted) for r in batch if isinstance(r, SaveOutcome)
    ] == [
        (r.status, r.comments_new, r.comments_updated, r.comments_deleted)
        for r in singles
        if isinstance(r, SaveOutcome)
    ]
    assert in_batch == one_by_one
    assert len(in_batch["articles"]) == 6
    assert in_batch["articles"][-1][2:] == ("https://www.example.com/news/story-2", "exact")
    assert sum(1 for c in in_batch["comments"] if c[1] is not None) >= 2 * 5  # parents resolved


def test_new_article_changed_again_in_its_batch(engine: Engine, repo: Repository) -> None:
    """A new article saved again later in its own batch is updated like a stored one: one row, the
    first save's title kept as version 1, provenance of both saves; and a new discussion of a story
    the batch stored before it is linked to that story."""
    first = story(1, run_id=7, discovered_via="feed", http_status=200, language_declared="en-GB")
    retitled = story(1, title="Story 1, corrected", run_id=8, discovered_via="link", http_status=203)
    discussion = story(
        2, kind="discussion", discusses_url="https://www.example.com/news/story-1?utm_source=x", comments=[]
    )
    results = repo.save_articles([first, story(0), retitled, discussion])
    assert [r.status for r in results if isinstance(r, SaveOutcome)] == ["new", "new", "updated", "new"]
    with engine.connect() as conn:
        stored = conn.execute(select(Article).where(Article.canonical_url == first["canonical_url"])).one()
        old_titles = conn.execute(select(ArticleVersion.version, ArticleVersion.title)).all()
        linked = conn.execute(select(Article.discusses_article_id).where(Article.kind == "discussion")).scalar_one()
    assert (stored.title, stored.version) == ("Story 1, corrected", 2)
    assert old_titles == [(1, "Story 1")]
    assert (stored.first_run_id, stored.last_run_id, stored.discovered_via) == (7, 8, "feed")
    assert (stored.http_status, stored.language_declared) == (203, "en-GB")
    assert linked == stored.id
    assert count(engine, Comment, Comment.article_id == stored.id) == 4


def test_failing_article_keeps_the_rest_of_its_batch(
    engine: Engine, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = articles.plan_comments

    def failing(article_id: int, article_key: str, item: dict[str, Any], *a: Any) -> CommentPlan:
        if item.get("title") == "Story 2":
            raise RuntimeError("boom")
        return original(article_id, article_key, item, *a)

    monkeypatch.setattr(articles, "plan_comments", failing)
    # story 3 comes back later in the batch under a URL form of story 2: must not find the rolled back row
    items = [story(n) for n in range(5)]
    items.append(story(3, urls=["https://www.example.com/news/story-2"]))
    results = repo.save_articles(items)
    assert isinstance(results[2], RuntimeError)
    assert [r.status for r in results if isinstance(r, SaveOutcome)] == ["new", "new", "new", "new", "unchanged"]
    got = rows(engine)
    assert [a[0] for a in got["articles"]] == [f"https://www.example.com/news/story-{n}" for n in (0, 1, 3, 4)]
    assert len(got["comments"]) == 16
    urls = {u for u, _ in got["urls"]}
    assert "https://www.example.com/news/story-2" in urls and "https://www.example.com/news/story-2/amp" not in urls
    # re-saving the batch: story 2's canonical URL is now a recorded form of story 3, which it updates
    monkeypatch.setattr(articles, "plan_comments", original)
    results = repo.save_articles(items[:5])
    assert [r.status for r in results if isinstance(r, SaveOutcome)] == [
        "unchanged",
        "unchanged",
        "updated",
        "updated",
        "unchanged",
    ]


def test_database_index_batched(engine: Engine) -> None:
    exercise(DatabaseNearDupIndex(engine, threshold=0.8, write_batch=50))


def test_database_index_batched_pending_then_written(engine: Engine) -> None:
    index = DatabaseNearDupIndex(engine, threshold=0.8, write_batch=3)
    plain = DatabaseNearDupIndex(engine, threshold=0.8)
    index.add("https://a.example/fire", STORY)
    match = index.query(SYNDICATED)  # pending, answers queries
    assert match is not None and match.key == "https://a.example/fire"
    assert plain.query(SYNDICATED) is None  # not written yet
    index.add("https://a.example/o1", unrelated(1))
    index.add("https://a.example/o2", unrelated(2))  # third: written
    match = plain.query(SYNDICATED)
    assert match is not None and match.key == "https://a.example/fire"
    index.add("https://c.example/fire-copy", STORY + " Update.")
    match = index.query(SYNDICATED)  # the stored earliest wins over the pending copy
    assert match is not None and match.key == "https://a.example/fire"
    index.close()  # writes the rest
    assert len(plain) == 4
    plain.close()
