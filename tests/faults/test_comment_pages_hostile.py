"""Comment pages that answer badly, crawled end to end twice (the third blind probe's cases).

Run 1: every story shows three comments and links the other three on a second comment page; it
declares six. Run 2: each story's second page fails in its own way (empty, binary, no comments, a
"load more" by script, another story's page). A comment not read is no comment deleted: every
comment of run 1 stays undeleted, and each case is counted. Beside them, stories whose comment
link is too long or carries credentials, or whose further pages the page limit cuts, are stored
with the comments read, never lost.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from tests.e2e.conftest import Store, autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .small_site import HTML, PhasedSite, sqlite_url

TITLES = {
    "empty": "Harbour wall repairs start in spring",
    "binary": "Library opening hours extended again",
    "silent": "New cycle lane on the coast road",
    "loadmore": "Ferry timetable changes next month",
    "other": "School roof repair delayed again",
    "long": "Market square fountain restored",
    "creds": "Allotment waiting list halved",
}
SECRET = "hunter2secret"


def _comments(slug: str, page: int) -> str:
    items = []
    for n in range(3):
        number = 100 * list(TITLES).index(slug) + 10 * page + n
        items.append(
            f'<li class="comment" id="comment-{number}"><div class="comment-author">Reader {number}</div>'
            f'<time datetime="2024-05-0{page}T1{n}:00:00Z">May {page}</time><div class="comment-content">'
            f"<p>Comment {number}: the {escape(TITLES[slug].lower())} story needs a follow-up soon.</p></div></li>"
        )
    return "".join(items)


def _thread(slug: str, page: int, next_href: str | None) -> str:
    link = ""
    if next_href:
        link = f'<nav class="comment-navigation"><a class="next" rel="next" href="{escape(next_href)}">Older comments</a></nav>'
    return f'<section id="comments"><h2>6 comments</h2><ol class="comment-list">{_comments(slug, page)}</ol>{link}</section>'


def _story(slug: str, next_href: str | None) -> bytes:
    title = escape(TITLES[slug])
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLES[slug], "commentCount": 6}
    body = "".join(
        f"<p>{title}: paragraph {n} of the story, with enough words to be read as text.</p>" for n in range(8)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{title} | Gazette</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head><body><main><article>'
        f"<h1>{title}</h1><div class='story-body'>{body}</div></article>{_thread(slug, 1, next_href)}</main></body></html>"
    ).encode()


def _comment_page(slug: str) -> bytes:
    title = escape(TITLES[slug])
    return (
        f"<!DOCTYPE html><html><head><title>Comments: {title}</title></head><body><main>"
        f"<h1>Comments on {title}</h1>{_thread(slug, 2, None)}</main></body></html>"
    ).encode()


class CommentSite(PhasedSite):
    """The stories of `TITLES`, each with two comment pages; in phase 2 each story's second page
    fails in its own way (`answer_path`)."""

    def next_href(self, slug: str) -> str | None:
        page_two = f"/news/{slug}/comments/?page=2"
        if slug == "loadmore" and self.phase == 2:
            return None  # the rest by script: a button, no link
        if slug == "other" and self.phase == 2:
            return "/news/long/comments/?page=2"  # another story's page
        if slug == "long":
            return page_two + "&pad=" + "x" * 3000
        if slug == "creds":
            return self.base.replace("http://", f"http://reader:{SECRET}@") + page_two
        return page_two

    def answer_path(self, path: str) -> Answer:
        if path == "/robots.txt":
            return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
        if path == "/":
            links = "".join(f'<li><a href="/news/{s}/">{escape(t)}</a></li>' for s, t in TITLES.items())
            return 200, f"<html><body><h1>Gazette</h1><ul>{links}</ul></body></html>".encode(), HTML
        parts = path.split("/")
        slug = parts[2] if len(parts) > 2 else ""
        if slug not in TITLES:
            return 404, b"not here", {"Content-Type": "text/plain"}
        if "/comments/" not in path:
            return 200, _story(slug, self.next_href(slug)), HTML
        if self.phase == 2 and slug == "empty":
            return 200, b"", HTML
        if self.phase == 2 and slug == "binary":
            return 200, bytes(range(256)) * 40, HTML
        if self.phase == 2 and slug == "silent":
            return 200, b"<html><body><h1>Comments</h1><p>Something went wrong.</p></body></html>", HTML
        return 200, _comment_page(slug), HTML


def _comments_by_story(store: Store) -> dict[str, tuple[int, int]]:
    """Per story: (comments stored, comments marked deleted)."""
    rows = store.rows(
        "SELECT a.url AS url, count(c.id) AS stored, count(c.deleted_at) AS deleted "
        "FROM articles a LEFT JOIN comments c ON c.article_id = a.id GROUP BY a.id"
    )
    return {row.url.rstrip("/").rsplit("/", 1)[-1]: (row.stored, row.deleted) for row in rows}


def test_bad_comment_pages_delete_nothing_lose_nothing_and_are_counted(tmp_path: Path) -> None:
    with CommentSite() as site:
        first = site.crawl(1, tmp_path).summary
        run_two = site.crawl(2, tmp_path)
        second, log = run_two.summary, run_two.stderr
    store = Store(sqlite_url(tmp_path))
    try:
        stored = _comments_by_story(store)
    finally:
        store.engine.dispose()
    assert first["articles_new"] == len(TITLES), first
    # run 1: every story stored; the one whose link is too long with the comments of its first page
    assert stored["long"][0] == 3 and first["skipped"].get("comment_link_too_long") == 1, (stored, first)
    # the link's credentials are dropped: its second page is read, and the password never logged
    assert stored["creds"][0] == 6, stored
    assert SECRET not in log
    for slug in ("empty", "binary", "silent", "loadmore", "other"):
        assert stored[slug] == (6, 0), (slug, stored)
    skipped = second["skipped"]
    assert skipped.get("comment_page_empty") == 1, second
    assert skipped.get("comment_page_binary") == 1, second
    assert skipped.get("comment_page_without_comments") == 1, second
    assert skipped.get("comment_page_other_story") == 1, second
    assert second["warnings"].get("comments_fewer_than_declared", 0) >= 1, second
    assert second["comments_deleted"] == 0, second


def _serial_site(path: str) -> Answer:
    """One story whose comments run over ten pages."""
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    if path == "/":
        return 200, b'<html><body><h1>Gazette</h1><a href="/news/empty/">Story</a></body></html>', HTML
    if path == "/news/empty/":
        return 200, _story("empty", "/news/empty/comments/?page=2"), HTML
    if path.startswith("/news/empty/comments/?page="):
        page = int(path.rsplit("=", 1)[1])
        thread = _thread("empty", 2, f"/news/empty/comments/?page={page + 1}" if page < 10 else None)
        thread = thread.replace("comment-", f"comment-{page}-")  # each page its own comments
        title = escape(TITLES["empty"])
        return 200, f"<html><body><h1>Comments on {title}</h1>{thread}</body></html>".encode(), HTML
    return 404, b"not here", {"Content-Type": "text/plain"}


def test_the_page_limit_stores_an_article_mid_way_through_its_comment_pages(tmp_path: Path) -> None:
    """With --max-pages reached while a story's comment pages are still being read, the story is
    stored with the comments read so far, and the cut is counted."""
    with TinySite(_serial_site) as site:
        args = crawl_args([site.base + "/"], sqlite_url(tmp_path), "--max-pages", "7")
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        requested = [path for _, path, _ in site.arrivals]
    assert outcome.code == 0, outcome.stderr[-3000:]
    assert "/news/empty/comments/?page=3" in requested, requested
    store = Store(sqlite_url(tmp_path))
    try:
        stored = _comments_by_story(store)
    finally:
        store.engine.dispose()
    assert stored.get("empty", (0, 0))[0] >= 6, (stored, outcome.summary)
    assert outcome.summary["skipped"].get("comment_pages_at_stop") == 1, outcome.summary
