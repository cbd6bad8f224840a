"""A site whose front page sends an ETag of 9,000 characters. A revisit sends a page's validators back
(If-None-Match), and a header that long is past what servers accept: the front page answered 431 on
every later run, and the stories it listed since were never found. A validator longer than any real
one is not sent back; the page is asked unconditionally, one line and a counted stat."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article
from .small_site import HTML, plain_answer, stored_articles

STORIES = [_article(f"/news/story-{n}", f"validator story number {n}") for n in range(2)]
LONG_ETAG = '"' + "e" * 9000 + '"'
SERVER_FIELD_LIMIT = 8190  # Apache's default LimitRequestFieldSize


class Site:
    def __init__(self) -> None:
        self.listed = 1  # stories the front page lists: a second one appears before the second run

    def __call__(self, path: str) -> Answer:
        if path == "/":
            links = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in STORIES[: self.listed])
            page = f"<html><body><h1>Validator Voice</h1><ul>{links}</ul></body></html>".encode()
            return 200, page, {**HTML, "ETag": LONG_ETAG}
        return plain_answer(path, STORIES)


@pytest.mark.xdist_group("long-validators")
def test_a_validator_too_long_to_send_back_does_not_hide_new_stories(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'validators.db'}"
    answer = Site()
    with TinySite(answer, max_header_field=SERVER_FIELD_LIMIT) as site:
        args = crawl_args([site.base + "/"], database_url, "-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8")
        first = autocrawl(*args, cwd=tmp_path, timeout=120)
        answer.listed = 2
        second = autocrawl(*args, cwd=tmp_path, timeout=120)
        statuses = [status for _, _, status in site.times()]
    assert first.code == 0, first.stderr[-3000:]
    assert second.code == 0, second.stderr[-3000:]
    stored = set(stored_articles(database_url, site.base))
    assert stored == {s.path for s in STORIES}
    assert 431 not in statuses
    assert second.summary["warnings"]["validator_too_long"] == 1
    assert "too long to send back" in second.stderr
