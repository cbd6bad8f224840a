"""Pages whose body is still a gzip stream once the crawl has undone their Content-Encoding: a
server that compresses twice (a gzip filter over an application that already gzips), and a stored
`.gz` file served as `text/html` without a Content-Encoding. Before, both were skipped as binary
files: the stories were lost, with a line. They are unpacked now, within DOWNLOAD_MAXSIZE, while
a gzip file served as one, a bomb and bytes that only start like gzip are still refused."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.tiny_site import Answer

from .server import _article, article_html
from .small_site import HTML, crawl_small_site, stored_articles

TWICE = _article("/news/twice", "a story compressed twice")
STORED_GZ = _article("/news/stored", "a story kept as a gz file")
MEMBERS = _article("/news/members", "a story in two gzip members")
PLAIN = _article("/news/plain", "a story sent plainly")
DOWNLOAD = "/news/archive"  # a gzip file said to be one: a download, not a page
BOMB = "/news/bomb"  # 8 MB of spaces in 8 kB, wrapped again
FAKE = "/news/fake"  # the magic bytes, then nothing gzip
MAX_SIZE = 2_000_000


def _site(path: str) -> Answer:
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    if path == "/":
        paths = (TWICE.path, STORED_GZ.path, MEMBERS.path, PLAIN.path, DOWNLOAD, BOMB, FAKE)
        links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in paths)
        return 200, f"<html><body><h1>Packed Pages Gazette</h1><ul>{links}</ul></body></html>".encode(), HTML
    if path == TWICE.path:
        return 200, gzip.compress(gzip.compress(article_html(TWICE))), {**HTML, "Content-Encoding": "gzip"}
    if path == STORED_GZ.path:
        return 200, gzip.compress(article_html(STORED_GZ)), HTML
    if path == MEMBERS.path:
        page = article_html(MEMBERS)
        return 200, gzip.compress(page[:300]) + gzip.compress(page[300:]), {"Content-Type": "text/html"}
    if path == PLAIN.path:
        return 200, article_html(PLAIN), HTML
    if path == DOWNLOAD:
        return 200, gzip.compress(article_html(PLAIN) * 3), {"Content-Type": "application/gzip"}
    if path == BOMB:
        return 200, gzip.compress(gzip.compress(b" " * 8_000_000)), {**HTML, "Content-Encoding": "gzip"}
    if path == FAKE:
        return 200, b"\x1f\x8b\x08" + bytes(range(256)) * 4, HTML
    return 404, b"not here", {"Content-Type": "text/plain"}


@pytest.mark.xdist_group("gzip-wrapped")
def test_a_page_gzipped_once_too_often_is_unpacked_and_stored(tmp_path: Path) -> None:
    crawl = crawl_small_site(_site, tmp_path, f"DOWNLOAD_MAXSIZE={MAX_SIZE}")
    outcome, base = crawl.outcome, crawl.base
    stored = {path: row.title for path, row in stored_articles(crawl.database_url, base).items()}
    assert stored == {story.path: story.title for story in (TWICE, STORED_GZ, MEMBERS, PLAIN)}
    summary = outcome.summary
    assert summary["warnings"]["gzip_wrapped_body"] == 3
    for story in (TWICE, STORED_GZ, MEMBERS):
        assert (
            f"page body was gzip-wrapped (compressed twice, or a .gz served as a page), unpacked: {base}{story.path}"
            in outcome.stderr
        )
    # the bomb is refused at the size cap, once, with its reason
    assert summary["errors"]["too_large"] == 1
    assert f"exceeded DOWNLOAD_MAXSIZE ({MAX_SIZE} B) once unpacked: {base}{BOMB}" in outcome.stderr
    # a gzip file said to be one, and bytes that only start like gzip, are still no pages
    assert summary["skipped"]["not_html/application/gzip"] == 1
    assert f"skipped (not an HTML page: application/gzip): {base}{DOWNLOAD}" in outcome.stderr
    assert summary["skipped"]["binary"] == 1  # the fake
    assert f"skipped (binary content served as text/html; charset=utf-8): {base}{FAKE}" in outcome.stderr
