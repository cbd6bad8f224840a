"""Sitemaps (plain, index, Google News, with lastmod), gzipped or not."""

from __future__ import annotations

import zlib
from urllib.parse import urlsplit

from lxml import etree

from autocrawl.discovery.model import MAX_SITEMAP_URLS, Link, LinkKind, LinkList, iso_date
from autocrawl.discovery.xmlsafe import local_name, parse_xml
from autocrawl.gunzip import TooLarge, gunzip_within, is_gzip

_ENTRY_FIELDS = frozenset({"loc", "lastmod", "publication_date", "title"})
_NESTED_FIELDS = frozenset({"publication_date", "title"})


def is_sitemap_url(url: str) -> bool:
    """A URL that names a sitemap: its path ends in .xml or .xml.gz, or contains "sitemap"."""
    try:
        path = urlsplit(url.strip()).path.lower() if isinstance(url, str) else ""
    except ValueError:
        return False
    return path.endswith((".xml", ".xml.gz")) or "sitemap" in path


def sitemap_body(data: bytes, url: str, content_type: str | None, max_size: int) -> bytes | None:
    """The XML of a sitemap response: gunzipped when the bytes are gzip (`.xml.gz`,
    `application/x-gzip`), else the bytes unchanged; so it is safe to call on any response.

    None when the gzip stream is corrupt or inflates beyond `max_size` bytes (a gzip bomb is
    stopped after `max_size + 1` bytes, never held in memory whole). A truncated stream gives
    what it held. `url` and `content_type` are not needed to decide: the gzip magic bytes are,
    since servers label `.xml.gz` files every way and HTTP decompression may have run already.
    """
    if not is_gzip(data):
        return data if isinstance(data, bytes) else b""
    try:
        return gunzip_within(data, max_size)
    except (TooLarge, zlib.error):
        return None


def _field_name(tag: object) -> str:
    if not isinstance(tag, str):  # a comment or a processing instruction
        return ""
    name = tag[tag.rfind("}") + 1 :]
    return name if name in _ENTRY_FIELDS else name.lower()


def _entry_fields(node: etree._Element) -> dict[str, str]:
    """The first non-blank text of each of `_ENTRY_FIELDS` under one <url> or <sitemap>. The
    <loc> and <lastmod> are the entry's own children; the news publication date and title sit
    deeper (<news:news>), and an <image:loc> is not the entry's."""
    fields: dict[str, str] = {}
    for child in node:
        name = _field_name(child.tag)
        if name in _ENTRY_FIELDS and name not in fields and child.text and not child.text.isspace():
            fields[name] = child.text.strip()
        if len(child):
            for sub in child.iterdescendants():
                name = _field_name(sub.tag)
                if name in _NESTED_FIELDS and name not in fields and sub.text and not sub.text.isspace():
                    fields[name] = sub.text.strip()
    return fields


def sitemap_links(data: bytes | str, base_url: str) -> LinkList:
    """Entries of a sitemap or sitemap index, at most `MAX_SITEMAP_URLS` (the rest is counted in
    `truncated`). An entry whose <loc> is unusable is counted in `bad_urls`; the others are read."""
    links = LinkList()
    root = parse_xml(data)
    if root is None:
        return links
    is_index = local_name(root.tag) == "sitemapindex"
    entries = 0
    for node in root:
        name = local_name(node.tag)
        if name not in ("url", "sitemap"):
            continue
        fields = _entry_fields(node)
        if "loc" not in fields:
            continue
        entries += 1
        if entries > MAX_SITEMAP_URLS:
            links.truncated += 1
            continue
        url = links.resolve(fields["loc"], base_url)
        if url is None:
            continue
        lastmod = iso_date(fields.get("lastmod"))
        if is_index or name == "sitemap":
            links.append(Link(url, LinkKind.SITEMAP, lastmod=lastmod))
        else:
            published = iso_date(fields.get("publication_date"))
            links.append(Link(url, LinkKind.ARTICLE, lastmod=lastmod, published=published, title=fields.get("title")))
    return links


def text_sitemap_links(data: bytes | str, base_url: str) -> LinkList:
    """The URLs of a text sitemap (one per line, sitemaps.org), at most `MAX_SITEMAP_URLS`."""
    links = LinkList()
    raw = data if isinstance(data, bytes) else str(data).encode("utf-8", "replace")
    entries = 0
    for line in raw.decode("utf-8", "replace").lstrip("\ufeff").splitlines():
        href = line.strip()
        if not href:
            continue
        entries += 1
        if entries > MAX_SITEMAP_URLS:
            links.truncated += 1
            continue
        url = links.resolve(href, base_url)
        if url is not None:
            links.append(Link(url, LinkKind.ARTICLE))
    return links
