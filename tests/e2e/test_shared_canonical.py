"""A template that names one URL as the canonical of every story (its section page, a standing page):
each story is its own article, kept under its own URL, and the conflict is counted; two forms of one
story (an AMP copy naming its original) stay one article."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

WORDS = [
    "harbour",
    "board",
    "council",
    "pontoon",
    "ferry",
    "timetable",
    "budget",
    "mayor",
    "school",
    "library",
    "storm",
    "tide",
    "quay",
    "market",
    "bridge",
    "festival",
    "orchard",
    "lantern",
    "fishermen",
    "repair",
    "vote",
    "summer",
    "winter",
    "river",
    "estuary",
    "lifeboat",
]
STORIES = ["/news/pontoon-repairs", "/news/ferry-timetable", "/news/library-hours"]
AMP = "/news/pontoon-repairs/amp"  # names its original as canonical, and tells the same story


def _story(path: str) -> str:
    rng = random.Random(path.removesuffix("/amp"))
    return "".join(f"<p>{' '.join(rng.choices(WORDS, k=45)).capitalize()}.</p>" for _ in range(6))


def _page(path: str, canonical: str) -> bytes:
    title = path.removesuffix("/amp").rsplit("/", 1)[1].replace("-", " ").capitalize()
    return (
        f'<html lang="en"><head><title>{title}</title><link rel="canonical" href="{canonical}">'
        '<meta property="og:type" content="article"></head>'
        f"<body><article><h1>{title}</h1>{_story(path)}</article></body></html>"
    ).encode()


def test_stories_that_share_a_canonical_url_are_each_stored(tmp_path: Path) -> None:
    def answer(path: str) -> Answer:
        if path == "/":
            links = "".join(f'<a href="{p}">{p}</a> ' for p in [*STORIES, AMP])
            return 200, f"<html><body><h1>Harbour News</h1>{links}</body></html>".encode(), {}
        if path in STORIES:
            return 200, _page(path, "/news/"), {"Content-Type": "text/html; charset=utf-8"}
        if path == AMP:
            return 200, _page(path, STORIES[0]), {"Content-Type": "text/html; charset=utf-8"}
        return 404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"}

    database_url = f"sqlite:///{tmp_path / 'news.db'}"
    with TinySite(answer) as site:
        outcome = autocrawl(*crawl_args([site.base + "/"], database_url), cwd=tmp_path, timeout=120)
    assert outcome.code == 0, outcome.stderr[-3000:]
    with sqlite3.connect(tmp_path / "news.db") as db:
        rows = db.execute("SELECT url, body FROM articles WHERE duplicate_of IS NULL").fetchall()
        forms = {url for (url,) in db.execute("SELECT url FROM article_urls")}
    stored = {url.removeprefix(site.base) for url, _body in rows}
    assert set(STORIES) <= stored, "every story is stored, whichever canonical it names"
    assert len({body for _url, body in rows}) == len(rows) == len(STORIES)
    # one story is stored under the shared URL (the first seen); the others under their own
    assert outcome.summary["warnings"]["canonical_conflict"] == len(STORIES) - 1
    assert site.base + AMP in forms, "the AMP copy is a URL form of its story, not an article"
