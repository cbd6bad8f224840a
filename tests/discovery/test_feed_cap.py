"""A feed of 100,000 items is read up to the cap a sitemap has (50,000); the rest is counted in
`truncated`, which the spider reports (`skipped/links_truncated`, one line). Before, every item
was followed: 100,000 requests from one file, without a word."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from autocrawl.discovery import feed_links
from autocrawl.discovery.model import MAX_FEED_ITEMS

BASE = "https://news.example/"
ITEMS = MAX_FEED_ITEMS + 100  # 100,000 in the probe; past the cap, the count is what matters


def rss(n: int) -> bytes:
    items = "".join(f"<item><title>t{i}</title><link>{BASE}a/{i}</link></item>" for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode()


def atom(n: int) -> bytes:
    entries = "".join(f'<entry><title>t{i}</title><link href="{BASE}a/{i}"/></entry>' for i in range(n))
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'.encode()


def json_feed(n: int) -> bytes:
    items = [{"id": str(i), "url": f"{BASE}a/{i}"} for i in range(n)]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": items}).encode()


@pytest.mark.parametrize("make", [rss, atom, json_feed])
def test_a_huge_feed_is_read_up_to_the_cap_and_the_rest_counted(make: Callable[[int], bytes]) -> None:
    links = feed_links(make(ITEMS), BASE)
    assert len(links) == MAX_FEED_ITEMS == 50_000
    assert links.truncated == ITEMS - MAX_FEED_ITEMS
    assert links[0].url == f"{BASE}a/0" and links[-1].url == f"{BASE}a/{MAX_FEED_ITEMS - 1}"


def test_a_feed_at_the_cap_is_read_whole() -> None:
    links = feed_links(rss(MAX_FEED_ITEMS), BASE)
    assert len(links) == MAX_FEED_ITEMS and links.truncated == 0


def test_bad_links_count_toward_the_cap() -> None:
    bad = "".join("<item><link>http://x:99999/</link></item>" for _ in range(10))
    doc = rss(MAX_FEED_ITEMS).replace(b"<channel><title>x</title>", b"<channel><title>x</title>" + bad.encode())
    links = feed_links(doc, BASE)
    assert links.bad_urls == 10 and len(links) == MAX_FEED_ITEMS - 10 and links.truncated == 10
