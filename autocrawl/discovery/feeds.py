"""Feed items: RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed 1.0/1.1."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from autocrawl.discovery.model import MAX_FEED_ITEMS, Link, LinkKind, LinkList, iso_date
from autocrawl.discovery.xmlsafe import as_bytes, child_text, local_name, parse_xml
from autocrawl.urls import absolute_url

_JSON_FEED_VERSION = re.compile(r"https?://jsonfeed\.org/version/\d")


def json_feed(data: bytes | str) -> dict[str, Any] | None:
    """The object of a JSON Feed (https://jsonfeed.org/version/1.1): a JSON object with an
    `items` list; None for anything else, including JSON nested too deep to read."""
    raw = as_bytes(data).lstrip()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:].lstrip()
    if not raw.startswith(b"{"):
        return None
    try:
        feed = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    if isinstance(feed, dict) and isinstance(feed.get("items"), list):
        return feed
    return None


def is_json_feed_version(feed: dict[str, Any]) -> bool:
    version = feed.get("version")
    return isinstance(version, str) and _JSON_FEED_VERSION.match(version) is not None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _json_feed_links(feed: dict[str, Any], base_url: str) -> LinkList:
    """`url` is the item's permalink; `external_url` is what the item is about, not the item.
    An `id` stands in for a missing `url` when it is an absolute http(s) URL."""
    links = LinkList()
    for item in feed["items"]:
        if not isinstance(item, dict):
            continue
        if _over_cap(links):
            continue
        href = _text(item.get("url"))
        if href is None:
            item_id = _text(item.get("id"))
            href = item_id if item_id and absolute_url(item_id) else None
        if href is None:
            continue
        url = links.resolve(href, base_url)
        if url is None:
            continue
        links.append(
            Link(
                url,
                LinkKind.ARTICLE,
                lastmod=iso_date(_text(item.get("date_modified"))),
                published=iso_date(_text(item.get("date_published"))),
                title=_text(item.get("title")),
            )
        )
    return links


def _item_href(node: etree._Element) -> str | None:
    """An RSS <link>, an Atom <link rel="alternate" href>, or an RSS permalink <guid>."""
    for child in node:
        if local_name(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate").strip().lower() == "alternate":
            return href
        if not href and child.text and child.text.strip():
            return child.text.strip()
    guid = next((c for c in node if local_name(c.tag) == "guid"), None)
    if guid is not None and guid.text and guid.text.strip() and guid.get("isPermaLink", "true") != "false":
        return guid.text.strip()
    return None


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def _xml_base(node: etree._Element, base_url: str) -> str:
    """The URL an item's relative links resolve against: the feed's URL, changed by each `xml:base`
    from the root down to the item (Atom, RFC 4287 §2, and RSS feeds that use it). One that gives no
    usable URL (`http://[::1`, a port past 65535) is passed over, as an HTML `<base href>` is."""
    bases = [el.get(_XML_BASE) for el in (node, *node.iterancestors())]
    base = base_url
    for value in reversed(bases):
        if value and value.strip():
            base = absolute_url(value.strip(), base) or base
    return base


def _over_cap(links: LinkList) -> bool:
    """True (and counted in `truncated`) once the feed has given `MAX_FEED_ITEMS` items."""
    if len(links) + links.bad_urls + links.truncated < MAX_FEED_ITEMS:
        return False
    links.truncated += 1
    return True


def feed_links(data: bytes | str, base_url: str) -> LinkList:
    """Items of an RSS, Atom or JSON feed, at most `MAX_FEED_ITEMS` (the rest is counted in
    `truncated`). An item whose link is unusable is counted in `bad_urls`; the others are read."""
    feed = json_feed(data)
    if feed is not None:
        return _json_feed_links(feed, base_url)
    links = LinkList()
    root = parse_xml(data)
    if root is None:
        return links
    for node in root.iter():
        if local_name(node.tag) not in ("item", "entry"):
            continue
        href = _item_href(node)
        if not href or _over_cap(links):
            continue
        url = links.resolve(href, _xml_base(node, base_url))
        if url is None:
            continue
        links.append(
            Link(
                url,
                LinkKind.ARTICLE,
                lastmod=iso_date(child_text(node, "updated", "modified")),
                published=iso_date(child_text(node, "pubdate", "published", "date", "issued")),
                title=child_text(node, "title"),
            )
        )
    return links
