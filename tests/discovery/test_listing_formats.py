"""Listing files in the less common forms the standards allow: text sitemaps (sitemaps.org), sitemaps
and feeds saved in UTF-16, Atom entries whose links are relative to an `xml:base`."""

from __future__ import annotations

from autocrawl.discovery import (
    DocumentKind,
    LinkKind,
    feed_links,
    is_text_sitemap,
    sitemap_links,
    sniff_document,
    text_sitemap_links,
)

SITE = "https://news.example.com"


def _urlset(paths: list[str]) -> str:
    entries = "".join(f"<url><loc>{SITE}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


def test_a_text_sitemap_lists_one_url_per_line() -> None:
    body = f"\ufeff{SITE}/a\n\n{SITE}/b\r\n{SITE}/c".encode()
    assert is_text_sitemap(body)
    links = text_sitemap_links(body, f"{SITE}/list.txt")
    assert [link.url for link in links] == [f"{SITE}/a", f"{SITE}/b", f"{SITE}/c"]
    assert all(link.kind is LinkKind.ARTICLE for link in links)


def test_prose_or_markup_is_no_text_sitemap() -> None:
    assert not is_text_sitemap(b"Our sitemap moved to https://news.example.com/sitemap.xml\n")
    assert not is_text_sitemap(b"<html><body>https://news.example.com/a</body></html>")
    assert not is_text_sitemap(b"")


def test_a_sitemap_in_utf16_is_read() -> None:
    for codec in ("utf-16", "utf-16-be"):
        data = _urlset(["/a", "/b"]).replace("UTF-8", "UTF-16").encode(codec)
        if codec == "utf-16-be":
            data = b"\xfe\xff" + data
        assert sniff_document(data, "application/xml", f"{SITE}/sitemap.xml") is DocumentKind.SITEMAP
        assert [link.url for link in sitemap_links(data, f"{SITE}/sitemap.xml")] == [f"{SITE}/a", f"{SITE}/b"]


def test_atom_links_resolve_against_xml_base() -> None:
    feed = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.com/world/">'
        b'<entry><link href="story-one"/><id>1</id></entry>'
        b'<entry xml:base="/sport/"><link href="match-report"/><id>2</id></entry>'
        b"</feed>"
    )
    urls = [link.url for link in feed_links(feed, f"{SITE}/feeds/atom.xml")]
    assert urls == [f"{SITE}/world/story-one", f"{SITE}/sport/match-report"]
    # without xml:base, the feed's own URL is the base, as before
    plain = feed.replace(b' xml:base="https://news.example.com/world/"', b"").replace(b' xml:base="/sport/"', b"")
    assert [link.url for link in feed_links(plain, f"{SITE}/feeds/atom.xml")][0] == f"{SITE}/feeds/story-one"


def test_an_xml_base_that_is_no_url_is_passed_over() -> None:
    """As browsers pass over an HTML <base href> that does not parse: the links resolve against the
    base around it, and no entry of the feed is lost."""
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.com/world/">'
        b'<entry xml:base="http://[::1"><link href="story-one"/></entry>'
        b'<entry xml:base="http://news.example.com:99999/"><link href="story-two"/></entry>'
        b'<entry><link href="https://news.example.com/story-three"/></entry>'
        b"</feed>"
    )
    urls = [link.url for link in feed_links(feed, f"{SITE}/feeds/atom.xml")]
    assert urls == [f"{SITE}/world/story-one", f"{SITE}/world/story-two", f"{SITE}/story-three"]
