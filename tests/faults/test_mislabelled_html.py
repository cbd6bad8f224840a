"""Pages whose Content-Type says a file type while their bytes are an HTML document (an old server's
`application/octet-stream`, a second `Content-Type: application/pdf` header after the right one),
beside a real PDF served as `text/html`. The crawl's sniffing reads the bytes first and took the
pages for HTML, and then the extractor went by the header and dropped them, told at DEBUG only:
two places decided, and the articles were lost without a line. The bytes now decide in both."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tiny_site import Answer

from .server import _article, article_html
from .small_site import crawl_small_site, stored_articles

OCTET = _article("/news/octet", "a story served as a download")
TWO_TYPES = _article("/news/two-types", "a story with two Content-Type headers")
PDF_PATH = "/news/annual-review"  # a PDF behind a page-like link


def _site(path: str) -> Answer:
    html = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    if path == "/":
        links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in (OCTET.path, TWO_TYPES.path, PDF_PATH))
        return 200, f"<html><body><h1>Mixed Types Monitor</h1><ul>{links}</ul></body></html>".encode(), html
    if path == OCTET.path:
        return 200, article_html(OCTET), {"Content-Type": "application/octet-stream"}
    if path == TWO_TYPES.path:
        return 200, article_html(TWO_TYPES), [("Content-Type", "text/html"), ("Content-Type", "application/pdf")]
    if path == PDF_PATH:
        return 200, b"%PDF-1.7\n" + b"<html><body><p>not a page</p></body></html>" * 20, html
    return 404, b"not here", {"Content-Type": "text/plain"}


@pytest.mark.xdist_group("mislabelled-html")
def test_html_served_as_a_file_type_is_stored_and_told(tmp_path: Path) -> None:
    crawl = crawl_small_site(_site, tmp_path)
    outcome, database_url, base = crawl.outcome, crawl.database_url, crawl.base
    stored = {path: row.title for path, row in stored_articles(database_url, base).items()}
    assert stored == {OCTET.path: OCTET.title, TWO_TYPES.path: TWO_TYPES.title}
    assert outcome.summary["warnings"]["html-served-as-other-type"] == 2
    assert outcome.stderr.count("page warning html-served-as-other-type") == 2
    assert outcome.summary["skipped"]["binary"] == 1  # the PDF, its magic bytes first, whatever its label
    assert f"skipped (binary content served as text/html; charset=utf-8): {base}{PDF_PATH}" in outcome.stderr
