"""What a run reads to revisit stored articles: the URL each was last fetched at, not its canonical
URL, a form the site may never have served (a dropped trailing slash, a declared canonical)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine

from autocrawl.db.incremental import load_known_articles, load_young_articles
from autocrawl.db.repository import Repository

BODY = " ".join(f"Paragraph {i} of the story tells what happened at the coastguard station." for i in range(12))
PUBLISHED = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0).isoformat()


def story(url: str, canonical: str, title: str) -> dict[str, Any]:
    return {
        "url": url,
        "canonical_url": canonical,
        "site": "news.example",
        "title": title,
        "published_at": PUBLISHED,
        "body": f"{title}. {BODY}",
        "comments": [],
        "etag": f'"{title}"',
    }


def store(engine: Engine) -> None:
    outcomes = Repository(engine).save_articles(
        [
            # canonicalisation drops the trailing slash the site serves the page with
            story("http://news.example/news/slash/", "http://news.example/news/slash/", "Slash"),
            # the page declares a canonical URL other than the one it was fetched at
            story("http://news.example/story/pier-7", "http://news.example/news/pier", "Pier"),
        ]
    )
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes


def test_young_articles_are_revisited_at_the_url_they_were_fetched_at(engine: Engine) -> None:
    store(engine)
    young = load_young_articles(engine, ["news.example"], datetime.now(UTC) - timedelta(days=30), 10)
    assert sorted(url for url, _ in young.urls) == [
        "http://news.example/news/slash/",
        "http://news.example/story/pier-7",
    ]


def test_a_stored_article_is_known_by_its_fetched_url_too(engine: Engine) -> None:
    """The incremental middleware finds the validators of a revisit asked at the fetched URL."""
    store(engine)
    known = load_known_articles(engine, ["news.example"])
    assert known["http://news.example/story/pier-7"] is known["http://news.example/news/pier"]
    assert known["http://news.example/story/pier-7"].etag == '"Pier"'
    assert known["http://news.example/news/slash"].etag == '"Slash"'
    assert len({k.canonical_url for k in known.values()}) == 2
