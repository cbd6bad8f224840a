"""JSON Feed 1.0 and 1.1 are discovered, sniffed and read like RSS and Atom."""

from __future__ import annotations

import json

import pytest

from autocrawl.discovery import DocumentKind, LinkKind, feed_links, html_links, sniff_document

BASE = "https://news.example.org/"
FEED_URL = BASE + "feed.json"


def _feed(version: str, items: list[object]) -> bytes:
    return json.dumps({"version": version, "title": "News", "home_page_url": BASE, "items": items}).encode()


@pytest.mark.parametrize("version", ["https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1"])
def test_json_feed_items(version: str) -> None:
    data = _feed(
        version,
        [
            {
                "id": "1",
                "url": "https://news.example.org/2024/05/first",
                "external_url": "https://elsewhere.example.com/source",
                "title": "First",
                "date_published": "2024-05-01T10:00:00+02:00",
                "date_modified": "2024-05-02T08:00:00Z",
            },
            {"id": "https://news.example.org/2024/05/second", "content_text": "no url: the id is a permalink"},
            {"id": "3", "external_url": "https://elsewhere.example.com/only-external"},
            {"id": "4", "url": "/2024/05/relative"},
            {"id": "5", "url": "https://news.example.org:99999/bad"},
            "not an item",
        ],
    )
    links = feed_links(data, FEED_URL)
    assert [link.url for link in links] == [
        "https://news.example.org/2024/05/first",
        "https://news.example.org/2024/05/second",
        "https://news.example.org/2024/05/relative",
    ]
    first = links[0]
    assert first.kind is LinkKind.ARTICLE and first.title == "First"
    assert first.published == "2024-05-01T10:00:00+02:00"
    assert first.lastmod == "2024-05-02T08:00:00+00:00"
    assert links.bad_urls == 1


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("application/feed+json", DocumentKind.FEED),
        ("application/json; charset=utf-8", DocumentKind.FEED),
        (None, DocumentKind.FEED),
        ("text/plain", DocumentKind.FEED),
    ],
)
def test_sniff_json_feed(content_type: str | None, expected: DocumentKind) -> None:
    data = _feed("https://jsonfeed.org/version/1.1", [{"id": "1", "url": BASE + "a"}])
    assert sniff_document(data, content_type, FEED_URL) is expected


def test_other_json_is_not_a_feed() -> None:
    assert sniff_document(b'{"items": [1, 2]}', "application/json", BASE + "api") is DocumentKind.OTHER
    assert sniff_document(b'{"version": "https://jsonfeed.org/version/1"', "application/json", FEED_URL) is (
        DocumentKind.OTHER
    )
    assert sniff_document(b"[" * 100_000, "application/json", FEED_URL) is DocumentKind.OTHER
    assert feed_links(b"{" * 100_000, FEED_URL) == []


def test_json_feed_declared_in_html_is_found() -> None:
    page = """<html><head>
<link rel="alternate" type="application/feed+json" title="JSON" href="/feed.json">
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body></body></html>"""
    kinds = {link.url: link.kind for link in html_links(page, BASE)}
    assert kinds == {BASE + "feed.json": LinkKind.FEED, BASE + "rss.xml": LinkKind.FEED}


def test_json_served_as_html_is_no_page() -> None:
    api = b'  {"title": "x", "body": "<p>not a page</p>"}'
    assert sniff_document(api, "text/html; charset=utf-8", BASE + "a") is DocumentKind.OTHER
    assert sniff_document(b"[1, 2]", "text/html", BASE + "a") is DocumentKind.OTHER
    # not JSON after all: a page that starts with a bracket
    assert sniff_document(b"[Updated] <p>The council met.</p>", "text/html", BASE + "a") is DocumentKind.HTML
    assert sniff_document(b"[" * 100_000, "text/html", BASE + "a") is DocumentKind.HTML
