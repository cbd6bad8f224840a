# ruff: noqa: E501  (prose fixtures)
from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlalchemy import func, select, text

from autocrawl.db.engine import make_engine
from autocrawl.db.models import Article, Comment
from autocrawl.db.schema import upgrade
from autocrawl.extensions.database import CrawlDatabase
from autocrawl.items import ArticleItem, CommentItem
from autocrawl.runner import project_settings
from pipelines.clean import CleanPipeline
from pipelines.dedupe import DedupePipeline
from pipelines.store import StorePipeline

WIRE = (
    "The central bank raised its main interest rate by a quarter point on Thursday, the third increase this year, "
    "citing persistent inflation in services and a tight labour market. Officials said further moves would depend "
    "on incoming data. Markets had largely expected the decision, and bond yields moved little after the "
    "announcement. The governor told reporters that wage growth remained too strong to be consistent with the "
    "inflation target, and that the bank stood ready to act again if price pressures did not ease in the coming "
    "months. Analysts at several banks said they now expected one more increase before the end of the year. "
    "Mortgage lenders were quick to respond, with two of the largest announcing that they would pass the rise on "
    "to borrowers on variable rates from next month. Consumer groups warned that households already stretched by "
    "higher energy and food bills would feel the squeeze, while savers welcomed the prospect of better returns. "
    "The decision was not unanimous: two of the nine members of the rate-setting committee voted to keep rates "
    "unchanged, arguing that the effects of earlier increases had yet to be fully felt in the economy. The minutes "
    "of the meeting will be published in two weeks, and the bank's next forecast is due in the autumn, when "
    "officials will also review the pace at which they are reducing their holdings of government bonds."
)


PIPELINE_SETTINGS = ("DATABASE_", "STORE_", "NEARDUP_", "DEDUPE_", "REDIS_URL")


def make_item(n: int, body: str | None = None, **kw: Any) -> ArticleItem:
    url = kw.pop("url", f"http://127.0.0.1:8001/news/{n}")
    return ArticleItem(
        url=url,
        canonical_url=kw.pop("canonical_url", url),
        site=kw.pop("site", "127.0.0.1:8001"),
        title=kw.pop("title", f"Story {n}"),
        body=body if body is not None else f"Story number {n} " + " ".join(f"word{n}_{i}" for i in range(80)),
        **kw,
    )


def run_pipelines(database_url: str, items: list[Any], **settings: Any) -> tuple[dict[str, Any], list[str]]:
    engine = make_engine(database_url)
    upgrade(engine)  # PostgreSQL is never upgraded by the crawl itself
    engine.dispose()
    overrides = {"DATABASE_URL": database_url, "STORE_BATCH_SIZE": 2, "NEARDUP_BACKEND": "database", **settings}
    project = project_settings(overrides)  # the pipelines' defaults are the project's settings
    crawler = get_crawler(Spider, {k: v for k, v in project.items() if k.startswith(PIPELINE_SETTINGS)})
    dedupe = DedupePipeline.from_crawler(crawler)
    store = StorePipeline.from_crawler(crawler)
    dedupe.open_spider()
    store.open_spider()
    dropped: list[str] = []

    async def process_all() -> None:
        for item in items:
            try:
                await store.process_item(await dedupe.process_item(item))
            except DropItem as exc:
                dropped.append(str(exc))
        await dedupe.close_spider()
        await store.close_spider()

    asyncio.run(process_all())
    CrawlDatabase.of(crawler).close()  # what the engine_stopped signal does in a crawl
    assert crawler.stats is not None
    return crawler.stats.get_stats(), dropped


def articles(database_url: str) -> list[Any]:
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(select(Article.__table__).order_by(Article.id)).all())
    finally:
        engine.dispose()


def test_store_new_then_unchanged_then_updated(database_url: str) -> None:
    items = [make_item(i, comments=[CommentItem(author="a", text=f"c{i}", external_id=f"x{i}")]) for i in range(5)]
    stats, dropped = run_pipelines(database_url, items)
    assert not dropped
    assert stats["autocrawl/articles_new"] == 5
    assert stats["autocrawl/comments_new"] == 5
    stats, _ = run_pipelines(database_url, [make_item(i) for i in range(5)])
    assert stats["autocrawl/articles_unchanged"] == 5
    assert "autocrawl/articles_new" not in stats
    stats, _ = run_pipelines(database_url, [make_item(0, title="Story 0, updated")])
    assert stats["autocrawl/articles_updated"] == 1
    rows = articles(database_url)
    assert len(rows) == 5 and rows[0].version == 2


def test_url_duplicate_in_run_dropped(database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    items = [
        make_item(1),
        make_item(1, url="http://127.0.0.1:8001/news/1?utm_source=x", canonical_url="http://127.0.0.1:8001/news/1"),
    ]
    stats, dropped = run_pipelines(database_url, items)
    assert len(dropped) == 1 and stats["autocrawl/duplicates/url"] == 1
    assert any("duplicate URL in this run" in r.getMessage() for r in caplog.records)
    assert len(articles(database_url)) == 1


def test_exact_and_near_duplicates_become_links(database_url: str) -> None:
    original = make_item(1, body=WIRE, title="Bank raises rates")
    exact = make_item(2, body=WIRE.upper(), url="http://127.0.0.1:8002/wire/2", site="127.0.0.1:8002", title="Rates up")
    near = make_item(
        3,
        body="LONDON (Wire) - "
        + WIRE.replace("Thursday", "Thursday morning")
        + " Copyright 2024 Wire Agency. All rights reserved.",
        url="http://127.0.0.1:8003/economy/3",
        site="127.0.0.1:8003",
        title="Another headline entirely",
    )
    unrelated = make_item(4)
    stats, _ = run_pipelines(database_url, [original, exact, near, unrelated])
    assert stats["autocrawl/duplicates/exact"] == 1
    assert stats["autocrawl/duplicates/near"] == 1
    assert stats["autocrawl/articles_new"] == 2
    assert stats["autocrawl/articles_duplicate"] == 2
    rows = {r.url: r for r in articles(database_url)}
    orig_id = rows[original.url].id
    assert rows[exact.url].duplicate_of == orig_id and rows[exact.url].duplicate_kind == "exact"
    assert rows[near.url].duplicate_of == orig_id and rows[near.url].duplicate_kind == "near"
    assert 0.8 <= rows[near.url].similarity < 1.0
    assert rows[near.url].body is None and rows[near.url].title == "Another headline entirely"
    assert rows[unrelated.url].duplicate_of is None

    # next run: the syndicated copy is still recognised against the store; the original re-crawl is an update path
    stats, _ = run_pipelines(
        database_url,
        [make_item(5, body=WIRE, url="http://127.0.0.1:8004/x", site="127.0.0.1:8004"), original],
    )
    assert stats["autocrawl/duplicates/exact"] == 1
    assert stats["autocrawl/articles_unchanged"] == 1
    assert len([r for r in articles(database_url) if r.duplicate_of is None]) == 2


def test_empty_bodies_are_not_duplicates(database_url: str) -> None:
    stats, _ = run_pipelines(database_url, [make_item(1, body=""), make_item(2, body=""), make_item(3, body="Short.")])
    assert "autocrawl/duplicates/exact" not in stats and "autocrawl/duplicates/near" not in stats
    assert stats["autocrawl/articles_new"] == 3


def test_one_failing_article_does_not_lose_others(database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    bad = make_item(2)
    bad.published_at = "2024-01-01T00:00:00+00:00"
    bad.comments = [CommentItem(author="x", text="y")]
    bad.comments_declared = "many"  # type: ignore[assignment]
    object.__setattr__(bad, "images", [{"url": object()}])  # unserialisable JSON: this article fails
    stats, _ = run_pipelines(database_url, [make_item(1), bad, make_item(3)])
    assert stats["autocrawl/store_errors"] == 1
    assert stats["autocrawl/articles_new"] == 2
    assert {r.url for r in articles(database_url)} == {
        "http://127.0.0.1:8001/news/1",
        "http://127.0.0.1:8001/news/3",
    }
    assert any("Store failed for http://127.0.0.1:8001/news/2" in r.getMessage() for r in caplog.records)
    engine = make_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Comment)).scalar_one() == 0
    engine.dispose()


def test_memory_backend_and_disabled(database_url: str) -> None:
    stats, _ = run_pipelines(
        database_url,
        [make_item(1, body=WIRE), make_item(2, body=WIRE + " Extra words here.")],
        NEARDUP_BACKEND="memory",
    )
    assert stats["autocrawl/duplicates/near"] == 1


def test_not_modified_item_only_touches(database_url: str) -> None:
    run_pipelines(database_url, [make_item(1, authors=["Ann"])])
    before = articles(database_url)[0]
    stats, _ = run_pipelines(database_url, [make_item(1, body="", title=None, http_status=304)])
    assert stats["autocrawl/articles_not_modified"] == 1
    after = articles(database_url)[0]
    assert after.body == before.body and after.title == before.title and after.version == 1
    assert after.last_seen != before.last_seen


def test_redis_backend(sqlite_url: str, redis_url: str, redis_prefix: str) -> None:
    database_url = sqlite_url  # the Redis index does not depend on the store backend
    settings = {"NEARDUP_BACKEND": "redis", "REDIS_URL": redis_url, "NEARDUP_REDIS_PREFIX": redis_prefix}
    stats, _ = run_pipelines(database_url, [make_item(1, body=WIRE)], **settings)
    # a second process/run sees the first article's signature in Redis
    stats, _ = run_pipelines(
        database_url,
        [make_item(2, body="PARIS - " + WIRE + " (c) Agency", url="http://127.0.0.1:8009/b")],
        **settings,
    )
    assert stats["autocrawl/duplicates/near"] == 1


def test_lone_surrogates_and_nul_are_repaired_not_lost(database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    cut_emoji = "\ud83d"  # half of a surrogate pair, as a cut emoji in JSON-LD decodes
    item = make_item(
        1,
        title=f"Headline {cut_emoji}",
        body=f"Story number 1 with a cut emoji {cut_emoji} and a NUL\x00 inside. "
        + " ".join(f"w{i}" for i in range(40)),
        authors=[f"Ann {cut_emoji}"],
        comments=[CommentItem(author="a", text=f"Great {cut_emoji}\x00!", external_id="c1")],
    )
    stats, dropped = run_pipelines(database_url, [item, make_item(2)])
    assert not dropped
    assert stats["autocrawl/articles_new"] == 2 and "autocrawl/store_errors" not in stats
    assert stats["autocrawl/warnings/invalid_text_repaired"] == 6  # 4 surrogates replaced, 2 NULs dropped
    stored = {r.url: r for r in articles(database_url)}["http://127.0.0.1:8001/news/1"]
    assert stored.title == "Headline \ufffd"
    assert "cut emoji \ufffd and a NUL inside" in stored.body
    assert stored.authors == ["Ann \ufffd"]
    engine = make_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(select(Comment.text)).scalar_one() == "Great \ufffd!"
    engine.dispose()
    assert any("Repaired" in r.getMessage() and "news/1" in r.getMessage() for r in caplog.records)


def test_a_reply_loop_is_cut_and_every_comment_of_it_reaches_the_threads(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # 0 answers 1, 1 answers 2, 2 answers 0 (by site ids), and 3 answers itself
    comments = [
        CommentItem(author=f"R{i}", text=f"Comment {i} on the harbour wall", external_id=str(i), parent_external_id=p)
        for i, p in enumerate(["1", "2", "0", "3"])
    ]
    crawler = get_crawler(settings_dict={})
    clean = CleanPipeline.from_crawler(crawler)
    item = clean.process_item(make_item(1, comments=comments))
    assert [c.parent_external_id for c in item.comments] == [None, "2", "0", None]
    assert crawler.stats is not None and crawler.stats.get_value("autocrawl/warnings/comment_reply_loop") == 2
    assert any("2 comment reply loop(s) cut" in r.getMessage() for r in caplog.records)
    stats, dropped = run_pipelines(database_url, [item])
    assert not dropped and stats["autocrawl/comments_new"] == 4
    engine = make_engine(database_url)
    with engine.connect() as conn:
        threads: dict[str, int] = dict(
            conn.execute(text("SELECT c.author, t.depth FROM v_comment_threads t JOIN comments c ON c.id = t.id")).all()
        )
    engine.dispose()
    assert threads == {"R0": 0, "R2": 1, "R1": 2, "R3": 0}


def test_dates_that_utc_cannot_express_lose_no_article(database_url: str) -> None:
    # year 10000 in UTC, and year 0: valid ISO 8601 that the database cannot take
    item = make_item(
        1,
        published_at="9999-12-31T23:59:59-14:00",
        modified_at="0001-01-01T00:00:00+14:00",
        comments=[
            CommentItem(author="a", text="A comment from the end of time", published_at="9999-12-31T23:59:59-14:00")
        ],
    )
    stats, dropped = run_pipelines(database_url, [item])
    assert not dropped and "autocrawl/store_errors" not in stats
    assert stats["autocrawl/articles_new"] == 1 and stats["autocrawl/comments_new"] == 1
    (stored,) = articles(database_url)
    assert stored.published_at is None


def test_a_batch_not_full_is_written_once_its_oldest_article_has_waited(database_url: str) -> None:
    """A slow site: 3 articles, a batch of 50; the rows are there before the crawl ends, though
    no further article arrives to trigger the write (before: 0 rows until close_spider)."""
    engine = make_engine(database_url)
    upgrade(engine)
    engine.dispose()
    overrides = {"DATABASE_URL": database_url, "STORE_BATCH_SIZE": 50, "STORE_BATCH_SECONDS": 0.3}
    project = project_settings({**overrides, "NEARDUP_BACKEND": "database"})
    crawler = get_crawler(Spider, {k: v for k, v in project.items() if k.startswith(PIPELINE_SETTINGS)})
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    seen: list[int] = []

    async def crawl() -> None:
        for n in range(3):
            await store.process_item(make_item(n))
            await asyncio.sleep(0.05)
        seen.append(len(articles(database_url)))  # 0.15 s: the oldest has not waited 0.3 s yet
        await asyncio.sleep(0.6)  # no article comes: the timer writes the batch
        seen.append(len(articles(database_url)))
        await store.process_item(make_item(3))  # a new batch gets its own timer
        await asyncio.sleep(0.6)
        seen.append(len(articles(database_url)))
        await store.close_spider()

    try:
        asyncio.run(crawl())
    finally:
        CrawlDatabase.of(crawler).close()
    assert seen == [0, 3, 4]
    assert crawler.stats is not None and crawler.stats.get_value("autocrawl/articles_new") == 4
