"""Links of an HTML page: feeds, sitemaps, pagination and other pages, without action links."""

from __future__ import annotations

import re
from typing import Any

from autocrawl.discovery.model import Link, LinkKind, LinkList
from autocrawl.discovery.targets import PageTargets
from autocrawl.extraction.common.dom import document_base, parse
from autocrawl.extraction.common.page import Page, load_page
from autocrawl.linkrules import UrlAction, names_action

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")
_NON_HTTP = ("javascript:", "mailto:", "tel:", "sms:", "callto:")
_NEXT_WORDS = re.compile(
    r"^\s*(?:next|next page|older|older posts|older entries|older articles|more|more articles|load more|»|›|→|"
    r"weiter|nächste(?: seite)?|ältere.*|suivant|page suivante|siguiente|successivo|volgende)\s*[»›→>]*\s*$",
    re.I,
)
_PAGE_PARAM = re.compile(r"[?&](?:page|p|paged|pg|seite)=\d+|/page/\d+/?$|/p/\d+/?$", re.I)


def html_links(source: Page | str | bytes, base_url: str) -> LinkList:
    """Feeds, sitemaps, pagination and other links of an HTML page (a loaded `Page`, its bytes or
    its text), in document order, without duplicates, fragments and action links
    (`autocrawl.linkrules.is_action_link`, counted in `action_links`). Unusable URLs are counted
    in `bad_urls`. Whether a link stays on the site is the caller's call.
    """
    if isinstance(source, Page):
        doc = source.root
    elif isinstance(source, bytes):
        doc = load_page(source, base_url).root
    else:
        doc = parse(source) if isinstance(source, str) else None
    return _links(doc, base_url) if doc is not None else LinkList()


def _links(doc: Any, base_url: str) -> LinkList:
    links = LinkList()
    base_url = document_base(doc, base_url)
    found: dict[str, Link] = {}
    targets = PageTargets(base_url)

    def add(href: str | None, kind: LinkKind, label: str | None = None) -> None:
        href = (href or "").strip()
        if not href or href.startswith("#"):
            return
        if href.lower().startswith(_NON_HTTP):
            links.action_links += 1
            return
        url, action, page = targets(href)
        if not url:
            links.bad_urls += 1
            return
        if action is UrlAction.ALWAYS or (action is UrlAction.IF_TEXT and label is not None and names_action(label)):
            links.action_links += 1
            return
        if kind in (LinkKind.PAGE, LinkKind.PAGINATION) and not page:
            return
        current = found.get(url)
        if current is None or (current.kind == LinkKind.PAGE and kind != LinkKind.PAGE):
            found[url] = Link(url, kind)

    for link in doc.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        ltype = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and ltype in FEED_TYPES:
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
        label = "".join(anchor.itertext()) if len(anchor) or anchor.text else ""
        if "next" in rel or _NEXT_WORDS.match(label) or (href and _PAGE_PARAM.search(href)):
            add(href, LinkKind.PAGINATION, label)
        elif (anchor.get("type") or "").lower() in FEED_TYPES:
            add(href, LinkKind.FEED, label)
        else:
            add(href, LinkKind.PAGE, label)
    links.extend(found.values())
    return links
