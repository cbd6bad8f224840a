"""An Atom feed one of whose entries carries an `xml:base` that is no URL (`http://[::1`, an IPv6
bracket never closed). Resolving the entry's links against it raised ValueError in the spider: a
spider error, and every entry of the feed lost, those with good links too. An `xml:base` that does
not parse is now passed over, as browsers pass over an HTML `<base href>` that does not parse: the
entry's links resolve against the base around it, and the feed is read whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tiny_site import Answer

from .server import _article
from .small_site import HTML, crawl_small_site, plain_answer, stored_articles

STORIES = [_article(f"/news/a{n}", f"atom story number {n}") for n in range(3)]


def _entry(href: str, base: str | None = None) -> str:
    based = f' xml:base="{base}"' if base is not None else ""
    return f'<entry{based}><title>t</title><link href="{href}"/></entry>'


def _site(path: str) -> Answer:
    if path == "/":
        head = '<link rel="alternate" type="application/atom+xml" href="/feed.atom">'
        return 200, f"<html><head>{head}</head><body><h1>Atom Almanac</h1></body></html>".encode(), HTML
    if path == "/feed.atom":
        entries = [
            _entry(STORIES[0].path),
            _entry(STORIES[1].path.rsplit("/", 1)[1], base="http://[::1"),  # relative, under a base that does not parse
            _entry(STORIES[2].path),
        ]
        feed = f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/news/"><title>Atom Almanac</title>{"".join(entries)}</feed>'
        return 200, feed.encode(), {"Content-Type": "application/atom+xml"}
    return plain_answer(path, STORIES)


@pytest.mark.xdist_group("feed-bad-base")
def test_an_xml_base_that_is_no_url_costs_no_entry(tmp_path: Path) -> None:
    crawl = crawl_small_site(_site, tmp_path)
    assert "Spider error" not in crawl.outcome.stderr
    assert set(stored_articles(crawl.database_url, crawl.base)) == {s.path for s in STORIES}
