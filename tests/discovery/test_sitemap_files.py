"""Sitemap responses as servers send them: gzipped, bombs, HTML error pages, hostile XML, big."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib

import pytest

from autocrawl.discovery import (
    MAX_SITEMAP_URLS,
    DocumentKind,
    is_gzip,
    is_sitemap_url,
    sitemap_body,
    sitemap_links,
    sniff_document,
)

BASE = "https://news.example.org/"
MB = 1024 * 1024


def _urlset(count: int, start: int = 0) -> bytes:
    entries = "".join(
        f"<url><loc>https://news.example.org/2024/05/{i}/story-{i}</loc><lastmod>2024-05-01T10:00:00Z</lastmod></url>"
        for i in range(start, start + count)
    )
    return (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode()
    )


def test_gzipped_sitemap_is_read() -> None:
    xml = _urlset(3)
    body = sitemap_body(gzip.compress(xml), BASE + "sitemap.xml.gz", "application/x-gzip", max_size=MB)
    assert body == xml
    assert sniff_document(body, "application/x-gzip", BASE + "sitemap.xml.gz") is DocumentKind.SITEMAP
    assert len(sitemap_links(body, BASE + "sitemap.xml.gz")) == 3


def test_gzip_told_by_magic_bytes_not_by_name_or_header() -> None:
    xml = _urlset(2)
    # a .gz name, but the server (or HTTP decompression) already gave the XML
    assert sitemap_body(xml, BASE + "sitemap.xml.gz", "application/x-gzip", max_size=MB) == xml
    # gzip bytes under a plain name and an XML Content-Type
    assert sitemap_body(gzip.compress(xml), BASE + "sitemap", "application/xml", max_size=MB) == xml
    assert is_gzip(gzip.compress(xml)) and not is_gzip(xml)


def test_multi_member_gzip_is_read_whole() -> None:
    xml = _urlset(4)
    stream = gzip.compress(xml[:100]) + gzip.compress(xml[100:])
    assert sitemap_body(stream, BASE + "s.xml.gz", None, max_size=MB) == xml


def test_gzip_bomb_returns_none_without_inflating_it() -> None:
    inflater = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MB)
    bomb = b"".join(inflater.compress(zeros) for _ in range(64)) + inflater.flush()  # 64 MB inflated
    assert len(bomb) < MB // 4
    tracemalloc.start()
    try:
        body = sitemap_body(bomb, BASE + "sitemap.xml.gz", "application/gzip", max_size=2 * MB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert body is None
    assert peak < 8 * MB  # bounded by the cap, far from the 64 MB the bomb holds


def test_gzip_at_the_cap_is_read_and_one_byte_over_is_not() -> None:
    xml = _urlset(50)
    packed = gzip.compress(xml)
    assert sitemap_body(packed, BASE + "s.xml.gz", None, max_size=len(xml)) == xml
    assert sitemap_body(packed, BASE + "s.xml.gz", None, max_size=len(xml) - 1) is None


def test_corrupt_and_truncated_gzip() -> None:
    xml = _urlset(200)
    packed = gzip.compress(xml)
    corrupt = packed[:20] + bytes(b ^ 0x5A for b in packed[20:60]) + packed[60:]
    assert sitemap_body(corrupt, BASE + "s.xml.gz", None, max_size=MB) is None
    truncated = sitemap_body(packed[: len(packed) // 2], BASE + "s.xml.gz", None, max_size=MB)
    assert truncated is not None and xml.startswith(truncated) and 0 < len(truncated) < len(xml)
    # what came through is still read, entry by entry
    assert 0 < len(sitemap_links(truncated, BASE)) < 200


def test_html_error_page_at_a_sitemap_url_is_html() -> None:
    page = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not found</h1></body></html>"
    url = BASE + "sitemap.xml"
    assert is_sitemap_url(url)
    assert sniff_document(page, "text/html; charset=utf-8", url) is DocumentKind.HTML
    assert sniff_document(page, "application/xml", url) is DocumentKind.HTML
    assert sitemap_links(page, url) == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (BASE + "sitemap.xml", True),
        (BASE + "sitemaps/news.xml.gz", True),
        (BASE + "post-sitemap2.xml?x=1", True),
        (BASE + "sitemap", True),
        (BASE + "feed.xml", True),
        (BASE + "2024/05/story", False),
        (BASE + "robots.txt", False),
        ("http://[::1/sitemap.xml", False),
    ],
)
def test_is_sitemap_url(url: str, expected: bool) -> None:
    assert is_sitemap_url(url) is expected


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
 <!ENTITY ext SYSTEM "file:///etc/passwd">
]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://news.example.org/a</loc></url>
<url><loc>https://news.example.org/&lol9;</loc></url>
<url><loc>https://news.example.org/&ext;</loc></url>
<url><loc>https://news.example.org/b</loc></url>
</urlset>"""


def test_billion_laughs_and_external_entities_are_not_expanded() -> None:
    links = sitemap_links(BILLION_LAUGHS, BASE + "sitemap.xml")
    urls = [link.url for link in links]
    assert urls[0] == "https://news.example.org/a" and urls[-1] == "https://news.example.org/b"
    assert all(len(url) < 100 and "lol" not in url and "root:" not in url for url in urls)


def test_deep_nesting_does_not_break_the_sitemap() -> None:
    deep = b"<x>" * 20_000 + b"</x>" * 20_000
    xml = _urlset(2).replace(b"</urlset>", b"<url>" + deep + b"</url></urlset>")
    assert len(sitemap_links(xml, BASE)) == 2


def test_50000_urls_are_read_and_the_excess_counted() -> None:
    xml = _urlset(MAX_SITEMAP_URLS + 1)
    links = sitemap_links(xml, BASE + "sitemap.xml")
    assert len(links) == MAX_SITEMAP_URLS
    assert links.truncated == 1 and links.bad_urls == 0
    assert links[-1].url == f"https://news.example.org/2024/05/{MAX_SITEMAP_URLS - 1}/story-{MAX_SITEMAP_URLS - 1}"
    assert links[0].lastmod == "2024-05-01T10:00:00+00:00"
