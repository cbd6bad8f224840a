"""What a response is: robots.txt, sitemap, sitemap index, feed, HTML page or something else."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from autocrawl.discovery.feeds import is_json_feed_version, json_feed
from autocrawl.discovery.model import DocumentKind
from autocrawl.discovery.xmlsafe import as_bytes, utf8_xml


def _path(url: str) -> str:
    try:
        return urlsplit(url).path.lower() if isinstance(url, str) else ""
    except ValueError:
        return ""


def _is_json_feed(data: bytes, ctype: str) -> bool:
    if "json" not in ctype and not data.lstrip().startswith((b"{", b"\xef\xbb\xbf")):
        return False
    feed = json_feed(data)
    if feed is None:
        return False
    return "feed+json" in ctype or is_json_feed_version(feed)


def is_json_document(data: bytes | str) -> bool:
    """A JSON object or array (an API answer), whatever Content-Type it was served with."""
    raw = as_bytes(data).lstrip()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:].lstrip()
    if not raw.startswith((b"{", b"[")):
        return False
    try:
        json.loads(raw)
    except (ValueError, RecursionError):
        return False
    return True


def sniff_document(data: bytes | str, content_type: str | None, url: str) -> DocumentKind:
    """What a response is, from its bytes first and its headers second.

    An HTML page served at a sitemap URL (an error page) is HTML: see `is_sitemap_url` to tell
    the two apart. Gzipped bytes are OTHER: pass a sitemap through `sitemap_body` first.
    """
    data = utf8_xml(data)
    if _path(url).endswith("/robots.txt"):
        return DocumentKind.ROBOTS
    head = data[:2048].lstrip().lower()
    ctype = (content_type or "").lower() if isinstance(content_type, str) else ""
    if _is_json_feed(data, ctype):
        return DocumentKind.FEED
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<urlset", b"<sitemapindex")) or (
        "xml" in ctype and "html" not in ctype
    ):
        start = data[:4096]
        if b"<sitemapindex" in start:
            return DocumentKind.SITEMAP_INDEX
        if b"<urlset" in start:
            return DocumentKind.SITEMAP
        if b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start.lower():
            return DocumentKind.FEED
        if b"<html" in head:
            return DocumentKind.HTML
        return DocumentKind.OTHER
    if is_json_document(data):
        return DocumentKind.OTHER  # JSON served as text/html is no page to extract an article from
    if "html" in ctype or b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<p" in head:
        return DocumentKind.HTML
    if not ctype and not data.strip():
        return DocumentKind.HTML  # empty page: let extraction report it
    return DocumentKind.OTHER


def is_text_sitemap(data: bytes | str) -> bool:
    """A sitemap in the text format sitemaps.org allows: one absolute http(s) URL per line, and
    nothing else (a fetched sitemap that is neither XML nor HTML)."""
    lines = [line.strip() for line in as_bytes(data)[:65536].splitlines()]
    lines = [line for line in lines if line]
    if lines and lines[0].startswith(b"\xef\xbb\xbf"):
        lines[0] = lines[0][3:]
    sample = lines[:-1] if len(lines) > 1 else lines  # the last line may be cut by the sample
    return bool(sample) and all(
        line.lower().startswith((b"http://", b"https://")) and b" " not in line and b"<" not in line for line in sample
    )
