"""`Sitemap:` lines of a robots.txt."""

from __future__ import annotations

import re

from autocrawl.discovery.model import Link, LinkKind, LinkList
from autocrawl.discovery.xmlsafe import as_bytes

_COMMENT = re.compile(r"(?:^|\s)#")  # RFC 9309 §2.2: "#" starts a comment


def robots_sitemaps(data: bytes | str, base_url: str) -> LinkList:
    """The sitemaps a robots.txt names (any case of `Sitemap:`, relative URLs resolved)."""
    links = LinkList()
    for line in as_bytes(data).decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        value = _COMMENT.split(value.strip(), maxsplit=1)[0].strip()
        if key.strip().lower() != "sitemap" or not value:
            continue
        url = links.resolve(value, base_url)
        if url:
            links.append(Link(url, LinkKind.SITEMAP))
    return links
