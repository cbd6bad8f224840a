"""Finding article URLs: robots.txt, sitemaps (plain, index, Google News), RSS/Atom feeds and
HTML link discovery (feeds, pagination, candidate articles). Pure: bytes in, links out; no Scrapy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from autocrawl.dates import parse_date


class LinkKind(StrEnum):
    SITEMAP = "sitemap"
    FEED = "feed"
    PAGINATION = "pagination"
    PAGE = "page"  # any other same-site HTML link: maybe an article, maybe a listing
    ARTICLE = "article"  # listed by a sitemap or feed item: very likely an article


@dataclass(frozen=True)
class Link:
    url: str
    kind: LinkKind
    lastmod: str | None = None  # ISO 8601: sitemap lastmod, feed updated
    published: str | None = None  # ISO 8601: news sitemap / feed publication date
    title: str | None = None


class DocumentKind(StrEnum):
    ROBOTS = "robots"
    SITEMAP = "sitemap"
    SITEMAP_INDEX = "sitemap_index"
    FEED = "feed"
    HTML = "html"
    OTHER = "other"


_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
_SKIP_EXTENSIONS = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|zip|gz|tgz|rar|7z|mp3|mp4|m4a|wav|avi|mov|webm|mkv|"
    r"docx?|xlsx?|pptx?|odt|ods|css|js|json|woff2?|ttf|eot|exe|dmg|apk|ics)$",
    re.I,
)
_SKIP_PATHS = re.compile(
    r"/(?:login|logout|signin|sign-in|signup|register|account|cart|checkout|wp-admin|wp-login\.php|"
    r"cdn-cgi|share|print|search)(?:/|$|\?)|[?&](?:replytocom|share|action=)=?",
    re.I,
)
_NEXT_WORDS = re.compile(
    r"^\s*(?:next|next page|older|older posts|older entries|older articles|more|more articles|load more|»|›|→|"
    r"weiter|nächste(?: seite)?|ältere.*|suivant|page suivante|siguiente|successivo|volgende)\s*[»›→>]*\s*$",
    re.I,
)
_PAGE_PARAM = re.compile(r"[?&](?:page|p|paged|pg|seite)=\d+|/page/\d+/?$|/p/\d+/?$", re.I)


def sniff_document(data: bytes, content_type: str | None, url: str) -> DocumentKind:
    """What a response is, from its bytes first and its headers second."""
    path = urlsplit(url).path.lower()
    if path.endswith("/robots.txt"):
        return DocumentKind.ROBOTS
    head = data[:2048].lstrip().lower()
    ctype = (content_type or "").lower()
    if (
        head.startswith(b"<?xml")
        or head.startswith(b"<rss")
        or head.startswith(b"<feed")
        or head.startswith(b"<urlset")
        or head.startswith(b"<sitemapindex")
        or "xml" in ctype
        and "html" not in ctype
    ):
        if b"<sitemapindex" in data[:4096]:
            return DocumentKind.SITEMAP_INDEX
        if b"<urlset" in data[:4096]:
            return DocumentKind.SITEMAP
        if b"<rss" in data[:4096] or b"<feed" in data[:4096] or b"<rdf:rdf" in data[:4096].lower():
            return DocumentKind.FEED
        if b"<html" in head:
            return DocumentKind.HTML
        return DocumentKind.OTHER
    if "html" in ctype or b"<html" in head or b"<!doctype html" in head or b"<body" in head or b"<p" in head:
        return DocumentKind.HTML
    if not ctype and not data.strip():
        return DocumentKind.HTML  # empty page: let extraction report it
    return DocumentKind.OTHER


def robots_sitemaps(data: bytes, base_url: str) -> list[Link]:
    """`Sitemap:` lines of a robots.txt."""
    links = []
    for line in data.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            links.append(Link(urljoin(base_url, value.strip()), LinkKind.SITEMAP))
    return links


def _local(tag: object) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def _child_text(node: etree._Element, *names: str) -> str | None:
    for child in node.iter():
        if _local(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None


def _parse_xml(data: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(data.lstrip(), _XML_PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def sitemap_links(data: bytes, base_url: str) -> list[Link]:
    """Entries of a sitemap or sitemap index (plain, Google News, with lastmod)."""
    root = _parse_xml(data)
    if root is None:
        return []
    is_index = _local(root.tag) == "sitemapindex"
    links = []
    for node in root:
        name = _local(node.tag)
        if name not in ("url", "sitemap"):
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        url = urljoin(base_url, loc)
        lastmod = parse_date(_child_text(node, "lastmod"))
        if is_index or name == "sitemap":
            links.append(Link(url, LinkKind.SITEMAP, lastmod=lastmod))
            continue
        published = parse_date(_child_text(node, "publication_date"))
        links.append(
            Link(url, LinkKind.ARTICLE, lastmod=lastmod, published=published, title=_child_text(node, "title"))
        )
    return links


def feed_links(data: bytes, base_url: str) -> list[Link]:
    """Items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed."""
    root = _parse_xml(data)
    if root is None:
        return []
    links = []
    for node in root.iter():
        name = _local(node.tag)
        if name not in ("item", "entry"):
            continue
        url = None
        for child in node:
            cname = _local(child.tag)
            if cname == "link":
                href = child.get("href")
                rel = child.get("rel", "alternate")
                if href and rel == "alternate":
                    url = href
                    break
                if not href and child.text and child.text.strip():
                    url = child.text.strip()
                    break
        if url is None:
            guid = next((c for c in node if _local(c.tag) == "guid"), None)
            if guid is not None and guid.text and guid.get("isPermaLink", "true") != "false":
                url = guid.text.strip()
        if not url:
            continue
        published = parse_date(_child_text(node, "pubdate", "published", "date", "issued"))
        updated = parse_date(_child_text(node, "updated", "modified"))
        links.append(
            Link(
                urljoin(base_url, url),
                LinkKind.ARTICLE,
                lastmod=updated,
                published=published,
                title=_child_text(node, "title"),
            )
        )
    return links


def _is_followable(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    return not _SKIP_EXTENSIONS.search(parts.path) and not _SKIP_PATHS.search(url)


def html_links(text: str, base_url: str) -> list[Link]:
    """Feeds, pagination and other links of an HTML page, in document order, without duplicates.

    The fragment is dropped; whether a link stays on the site is the caller's call.
    """
    if not text.strip():
        return []
    try:
        doc = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    base = doc.find(".//base[@href]")
    if base is not None:
        base_url = urljoin(base_url, base.get("href", ""))
    found: dict[str, Link] = {}

    def add(href: str | None, kind: LinkKind) -> None:
        if not href:
            return
        href = href.strip()
        if href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            return
        try:
            url = urljoin(base_url, href).split("#", 1)[0]
        except ValueError:  # e.g. a broken IPv6 literal in the href
            return
        if kind in (LinkKind.PAGE, LinkKind.PAGINATION) and not _is_followable(url):
            return
        current = found.get(url)
        if current is None or (current.kind == LinkKind.PAGE and kind != LinkKind.PAGE):
            found[url] = Link(url, kind)

    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        ltype = (link.get("type") or "").lower()
        if "alternate" in rel and ltype in _FEED_TYPES:
            add(link.get("href"), LinkKind.FEED)
        elif "next" in rel:
            add(link.get("href"), LinkKind.PAGINATION)
        elif "sitemap" in rel:
            add(link.get("href"), LinkKind.SITEMAP)
        elif "amphtml" in rel:
            add(link.get("href"), LinkKind.PAGE)
    for anchor in doc.iter("a"):
        href = anchor.get("href")
        rel = (anchor.get("rel") or "").lower().split()
        label = anchor.text_content() if len(anchor) or anchor.text else ""
        if "next" in rel or _NEXT_WORDS.match(label or "") or (href and _PAGE_PARAM.search(href)):
            add(href, LinkKind.PAGINATION)
        elif (anchor.get("type") or "").lower() in _FEED_TYPES:
            add(href, LinkKind.FEED)
        else:
            add(href, LinkKind.PAGE)
    return list(found.values())
