"""No request where it must not go: a real `autocrawl crawl` of a site whose comment pages lead off
the site (a "next page" link to another host, a comment page redirecting to one) and to the cloud
metadata address, directly and through a redirect."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .conftest import Store, autocrawl, crawl_args

METADATA = "http://169.254.169.254/latest/meta-data/?page=2"
PARAGRAPH = (
    "The council met on Tuesday evening to discuss the future of the old mill by the river, which has "
    "stood empty for nine years. Residents filled the hall and many spoke about the noise of the lorries "
    "that would come with a new warehouse, while others asked for flats and a small park instead."
)


def _story(slug: str) -> str:
    """Five paragraphs of the same words in an order of the slug's own: no article is a near
    duplicate of another."""
    words = PARAGRAPH.split()
    rng = random.Random(slug)
    return "".join(f"<p>{' '.join(rng.sample(words, len(words)))}</p>" for _ in range(5))


def _article(slug: str, next_comments: str) -> bytes:
    paragraphs = _story(slug)
    comments = "".join(
        f'<li id="comment-{slug}-{n}" class="comment depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {n}</b> '
        f'<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{slug}-{n}">'
        f'<time datetime="2024-05-0{n}T10:00:00+00:00">May {n}, 2024 at 10:00</time></a></div></footer>'
        f'<div class="comment-content"><p>Comment {n} on {slug}: I walk past the mill every day and '
        f"would rather see it used than left to rot.</p></div></article></li>"
        for n in (1, 2)
    )
    return (
        f"<!doctype html><html><head><title>Mill plan {slug}</title>"
        f'<meta property="og:type" content="article"></head><body><article>'
        f'<h1>Mill plan {slug}: council hears residents</h1><p class="byline">By Ann Reporter</p>'
        f'<time datetime="2024-05-01T09:00:00+00:00">1 May 2024</time>{paragraphs}</article>'
        f'<section id="comments" class="comments-area"><h2>2 comments</h2><ol class="commentlist">{comments}</ol>'
        f'<nav class="comment-navigation"><a class="next" rel="next" href="{escape(next_comments)}">'
        f"Older comments &rarr;</a></nav></section></body></html>"
    ).encode()


class Site:
    """A tiny news site on 127.0.0.1: pages by path, redirects by path, and every request logged."""

    def __init__(self, pages: dict[str, bytes], redirects: dict[str, str]) -> None:
        self.pages, self.redirects = pages, redirects
        self.requests: list[str] = []

    @contextmanager
    def serve(self) -> Iterator[int]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                site.requests.append(self.path)
                if self.path in site.redirects:
                    self.send_response(302)
                    self.send_header("Location", site.redirects[self.path])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = site.pages.get(self.path)
                self.send_response(200 if body is not None else 404)
                content_type = "application/xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
                self.send_header("Content-Type", content_type if body is not None else "text/plain")
                body = body if body is not None else b"not found"
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield int(server.server_address[1])
        finally:
            server.shutdown()
            server.server_close()
            thread.join(5)


def test_comment_requests_never_leave_the_site_nor_reach_the_metadata_address(tmp_path: Path) -> None:
    other = Site({"/news/a1.html": _article("x1", "/?page=3")}, {})
    with other.serve() as other_port:
        elsewhere = f"http://localhost:{other_port}"  # another host name, the same machine
        slugs = ["a1", "a2", "a3", "a4"]
        pages = {
            "/robots.txt": b"User-agent: *\nDisallow:\n",
            "/": b"<html><body><h1>News</h1>"
            + b"".join(f'<a href="/news/{s}.html">Mill plan {s}</a> '.encode() for s in slugs)
            + b"</body></html>",
            "/news/a1.html": _article("a1", f"{elsewhere}/news/a1.html?cpage=2"),  # next page on another host
            "/news/a2.html": _article("a2", "/news/a2.html?cpage=2"),  # ... which redirects to another host
            "/news/a3.html": _article("a3", METADATA),  # next page on the metadata address
            "/news/a4.html": _article("a4", "/news/a4.html?cpage=2"),  # ... which redirects there
        }
        redirects = {
            "/news/a2.html?cpage=2": f"{elsewhere}/news/a2.html?cpage=2",
            "/news/a4.html?cpage=2": METADATA,
        }
        site = Site(pages, redirects)
        with site.serve() as port:
            base = f"http://127.0.0.1:{port}"
            database_url = f"sqlite:///{tmp_path / 'crawl.db'}"
            args = crawl_args([base + "/"], database_url, "-s", "AUTOCRAWL_EXTRACT_PROCESSES=0")
            # The metadata address listed as a comment host: the site scope lets it through, and the
            # SSRF guard must still refuse it, on the first request and on a redirect hop.
            outcome = autocrawl(*args, "-s", "AUTOCRAWL_COMMENT_HOSTS=169.254.169.254", cwd=tmp_path, timeout=60)

    assert outcome.code == 0, outcome.stderr[-3000:]
    assert other.requests == [], "a request reached the other host"
    assert {"/news/a2.html?cpage=2", "/news/a4.html?cpage=2"} <= set(site.requests)  # on-site hops were fetched

    skipped, errors = outcome.summary["skipped"], outcome.summary["errors"]
    assert skipped.get("offsite_comments") == 2, skipped  # a1's next page, a2's redirect hop
    # a3's next page and a4's redirect hop (Scrapy's OffsiteMiddleware drops that host's robots.txt request)
    assert skipped.get("ssrf_refused") == skipped.get("ssrf_refused/cloud_metadata") == 2, skipped
    assert not {"ignored", "timeout", "dns", "connection_refused"} & set(errors), errors

    log = outcome.stderr
    for url in (f"{elsewhere}/news/a1.html?cpage=2", f"{elsewhere}/news/a2.html?cpage=2"):
        assert (
            f"request refused (offsite_comments: host localhost is off the article's site 127.0.0.1:{port}): {url}"
            in log
        )
    assert f"request refused (ssrf_refused: cloud metadata address: 169.254.169.254): {METADATA}" in log

    store = Store(database_url)
    try:
        articles = store.articles()
        assert sorted(url.rsplit("/", 1)[-1] for url in articles) == [f"{s}.html" for s in slugs], articles
        assert store.scalar("SELECT count(*) FROM articles") == 4  # each stored once
        for row in articles.values():
            texts = [c.text for c in store.comments(row.id)]
            slug = row.url.rsplit("/", 1)[-1].removesuffix(".html")
            assert [t.split(":", 1)[0] for t in texts] == [f"Comment 1 on {slug}", f"Comment 2 on {slug}"], texts
    finally:
        store.engine.dispose()
