"""Revisits of young stored articles that get one bad answer: a cookie-consent page, an empty 200,
the article's first half, then the normal pages again. One bad fetch must neither make the page a
known 'other' (not revisited for AUTOCRAWL_RECHECK_OTHER_DAYS, its new comments missed) nor
replace the stored body with a cut one."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from tests.e2e.conftest import Store
from tests.tiny_site import Answer

from .small_site import HTML, PhasedSite, sqlite_url

PUBLISHED = datetime.now(UTC).replace(microsecond=0).isoformat()  # young: revisited every run
STORIES = {"/news/interstitial": "Town hall fire", "/news/empty": "River bridge", "/news/halved": "Nurses pay deal"}
WORDS = ["harbour", "council", "river", "bridge", "nurses", "storm", "market", "festival", "railway", "teachers"]
CONSENT_PAGE = (
    b'<!DOCTYPE html><html lang="en"><head><title>Herald</title></head><body><h1>We value your privacy</h1>'
    b"<p>We and our partners use cookies to store and access information on your device. Please accept "
    b"cookies to continue reading this article.</p><button>Accept all</button></body></html>"
)


def paragraphs(path: str) -> list[str]:
    rng = random.Random(path)
    return [" ".join(rng.choices(WORDS, k=40)).capitalize() + "." for _ in range(6)]


def comment(number: int) -> str:
    return (
        f'<li class="comment" id="comment-{number}"><div class="comment-author">Reader {number}</div>'
        f'<time datetime="2024-03-05T1{number}:00:00Z">5 March</time><div class="comment-content"><p>Comment '
        f"{number}: the council should listen to the residents of the harbour more often.</p></div></li>"
    )


def story_html(path: str, comments: int, kept_paragraphs: int | None = None) -> bytes:
    """The story with `comments` comments; `kept_paragraphs`: only its first ones (a page cut in its text)."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs(path)[:kept_paragraphs])
    thread = "".join(comment(n) for n in range(1, comments + 1))
    title = escape(STORIES[path])
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f'<title>{title}</title><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{PUBLISHED}"></head><body><main><article>'
        f'<h1>{title}</h1><p class="byline">By Jane Smith</p><div class="article-body">{body}</div></article>'
        f'<section id="comments"><h2>Comments</h2><ol class="comment-list">{thread}</ol></section></main></body></html>'
    ).encode()


class ConsentSite(PhasedSite):
    """Run 1: the stories with two comments; run 2: the bad answers (the halved story with a third
    comment); run 3: every story whole, with three comments."""

    def answer_path(self, path: str) -> Answer:
        phase = self.phase
        if path == "/robots.txt":
            return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
        if path == "/":
            links = "".join(f'<li><a href="{p}">{escape(t)}</a></li>' for p, t in STORIES.items())
            return 200, f"<html><body><h1>Herald</h1><ul>{links}</ul></body></html>".encode(), HTML
        if path not in STORIES:
            return 404, b"not here", {"Content-Type": "text/plain"}
        if phase == 2 and path == "/news/interstitial":
            return 200, CONSENT_PAGE, HTML
        if phase == 2 and path == "/news/empty":
            return 200, b"", HTML
        if phase == 2 and path == "/news/halved":
            return 200, story_html(path, 3, kept_paragraphs=3), HTML
        return 200, story_html(path, 3 if phase == 3 else 2), HTML


def test_one_bad_revisit_keeps_the_article_and_its_body(tmp_path: Path) -> None:
    with ConsentSite() as site:
        first = site.crawl(1, tmp_path).summary
        assert first["articles_new"] == 3, first
        second = site.crawl(2, tmp_path).summary
        third = site.crawl(3, tmp_path).summary
    store = Store(sqlite_url(tmp_path))
    try:
        kinds = {row.url.rsplit("/", 1)[-1]: row.kind for row in store.rows("SELECT url, kind FROM pages")}
        assert kinds["interstitial"] == kinds["empty"] == "article", kinds
        assert "known_other" not in third["skipped"], third
        assert second["warnings"].get("not_article_on_revisit") == 2, second
        assert second["warnings"].get("shrunk_body_kept") == 1, second
        assert second["articles_updated"] == 0, second
        assert second["comments_new"] == 1, "a shrunk page's new comments are stored"
        full = "\n\n".join(paragraphs("/news/halved"))
        halved = store.rows("SELECT body, version FROM articles WHERE url LIKE '%/halved'")[0]
        assert halved.version == 1 and len(halved.body) >= len(full) - 10, halved

        assert third["comments_new"] == 2, third
        comments = store.scalar(
            "SELECT count(*) FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.url LIKE '%/interstitial'"
        )
        assert comments == 3
        assert store.scalar("SELECT max(version) FROM articles") == 1
    finally:
        store.engine.dispose()
