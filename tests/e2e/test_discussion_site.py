"""A forum crawled end to end: topic pages whose posts carry no comment word in class or id and
stand in no element named for comments (`<article class="post">` in `<main>`), dated in `<time>`,
one reply quoting an earlier post, one topic on two pages. Each topic is stored once as a
discussion, its posts as comments with authors, dates and the quote's parent."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Store, autocrawl, crawl_args
from tests.tiny_site import TinySite

WORDS = [
    *("the", "ferry", "timetable", "changes", "next", "month", "and", "harbour", "board", "says", "pontoon"),
    *("repairs", "will", "finish", "before", "summer", "while", "residents", "ask", "about", "parking", "fees"),
]
TOPICS = (1, 2, 3)
POSTS_PER_PAGE = 6
QUOTING = 3  # the post (0-based, on each page) that quotes the one before it


@dataclass(frozen=True)
class Post:
    author: str
    day: int
    text: str


def post(topic: int, index: int) -> Post:
    rng = random.Random(topic * 1000 + index)
    words = [rng.choice(WORDS) for _ in range(24)]
    return Post(f"member{index:02d}", 1 + index % 9, " ".join(words).capitalize() + ".")


def topic_page(topic: int, page: int) -> str:
    first = (page - 1) * POSTS_PER_PAGE
    items = []
    for index in range(first, first + POSTS_PER_PAGE):
        p = post(topic, index)
        quote = ""
        if index - first == QUOTING:
            quoted = post(topic, index - 1)
            quote = f"<blockquote><cite>{quoted.author} wrote:</cite><p>{quoted.text}</p></blockquote>"
        items.append(
            f'<article class="post" id="p{topic}-{index}"><header><a href="/u/{p.author}">{p.author}</a> '
            f'<time datetime="2024-05-0{p.day}T10:{index:02d}:00Z">May {p.day}, 2024</time> '
            f'<a href="#p{topic}-{index}">#{index + 1}</a></header><div class="content">{quote}<p>{p.text}</p></div>'
            f'<footer><a href="/posting?reply={index}">Quote</a></footer></article>'
        )
    more = (
        f'<nav class="pages"><a rel="next" href="/t/{topic}?page=2">Next page</a></nav>'
        if topic == 1 and page == 1
        else ""
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title(topic)} - Quay Forum</title>'
        '<meta property="og:type" content="website"></head><body><header><a href="/">Quay Forum</a>'
        '<nav><a href="/">Index</a> <a href="/login">Log in</a></nav></header>'
        f"<main><h1>{title(topic)}</h1>{''.join(items)}{more}</main><footer>Forum rules</footer></body></html>"
    )


def title(topic: int) -> str:
    return f"Pontoon repairs, part {topic}: what the harbour board said"


def answer(path: str) -> tuple[int, bytes, dict[str, str]]:
    status, body = page_at(path)
    kind = "text/plain" if path == "/robots.txt" else "text/html; charset=utf-8"
    return status, body.encode(), {"Content-Type": kind}


def page_at(path: str) -> tuple[int, str]:
    if path == "/robots.txt":
        return 200, "User-agent: *\nDisallow: /posting\n"
    if path == "/":
        links = "".join(f'<li><a href="/t/{t}">{title(t)}</a> 6 replies</li>' for t in TOPICS)
        return (
            200,
            f"<html><head><title>Quay Forum</title></head><body><h1>Quay Forum</h1><ul>{links}</ul></body></html>",
        )
    if path.startswith("/t/"):
        topic, _, query = path[3:].partition("?")
        if topic.isdigit() and int(topic) in TOPICS:
            return 200, topic_page(int(topic), 2 if query == "page=2" else 1)
    return 404, "<html><body>Not found</body></html>"


@dataclass
class Crawl:
    base: str
    summary: dict[str, Any]
    rows: list[Any]
    store: Store


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    workdir = tmp_path_factory.mktemp("forum")
    database_url = f"sqlite:///{workdir / 'forum.db'}"
    with TinySite(answer) as forum:
        outcome = autocrawl(*crawl_args([forum.base + "/"], database_url), cwd=Path(workdir), timeout=120)
    assert outcome.code == 0, outcome.stderr[-3000:]
    store = Store(database_url)
    try:
        rows = store.rows("SELECT id, url, kind, title, body FROM articles ORDER BY url")
        yield Crawl(forum.base, outcome.summary, rows, store)
    finally:
        store.engine.dispose()


def test_each_topic_is_stored_once_as_a_discussion(crawl: Crawl) -> None:
    assert [(r.url.removeprefix(crawl.base), r.kind, r.title) for r in crawl.rows] == [
        (f"/t/{t}", "discussion", title(t)) for t in TOPICS
    ]


def test_posts_are_comments_with_author_date_and_the_quote_as_parent(crawl: Crawl) -> None:
    for row in crawl.rows:
        topic = int(row.url.rsplit("/", 1)[1])
        pages = 2 if topic == 1 else 1
        comments = crawl.store.comments(row.id)
        expected = [post(topic, i) for i in range(pages * POSTS_PER_PAGE)]
        assert [c.author for c in comments] == [p.author for p in expected]
        assert [c.text for c in comments] == [p.text for p in expected]  # the quote is not in the reply
        assert [str(c.published_at)[:10] for c in comments] == [f"2024-05-0{p.day}" for p in expected]
        by_id = {c.id: i for i, c in enumerate(comments)}
        parents = {i: by_id[c.parent_id] for i, c in enumerate(comments) if c.parent_id is not None}
        assert parents == {
            page * POSTS_PER_PAGE + QUOTING: page * POSTS_PER_PAGE + QUOTING - 1 for page in range(pages)
        }


def test_a_discussion_has_no_text_of_its_own_here(crawl: Crawl) -> None:
    # every post is a reply: nothing of the thread, quotes included, is taken for the topic's own text
    assert all(not row.body for row in crawl.rows)
