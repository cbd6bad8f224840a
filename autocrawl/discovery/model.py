"""What discovery hands the spider: links with their kind and dates, in a list that also
counts what it skipped."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from autocrawl.dates import parse_date
from autocrawl.urls import absolute_url

# sitemaps.org: "no more than 50,000 URLs" per sitemap (and per sitemap index).
MAX_SITEMAP_URLS = 50_000
# A feed has no such rule; one listing file never names more pages than a sitemap may.
MAX_FEED_ITEMS = MAX_SITEMAP_URLS


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


class LinkList(list[Link]):
    """The links of one document, and what was skipped on the way.

    `bad_urls`: links whose URL could not be parsed or resolved to an http(s) URL.
    `action_links`: links skipped as actions or account pages (`autocrawl.linkrules`).
    `truncated`: sitemap entries beyond `MAX_SITEMAP_URLS` (feed items beyond `MAX_FEED_ITEMS`), not read.
    """

    def __init__(self, links: Iterable[Link] = (), *, bad_urls: int = 0, action_links: int = 0, truncated: int = 0):
        super().__init__(links)
        self.bad_urls = bad_urls
        self.action_links = action_links
        self.truncated = truncated

    def resolve(self, href: str | None, base_url: str) -> str | None:
        """`href` made absolute against `base_url`; None, counted in `bad_urls`, when unusable."""
        url = absolute_url(href or "", base_url)
        if not url:
            self.bad_urls += 1
            return None
        return url


def iso_date(value: str | None) -> str | None:
    """`autocrawl.dates.parse_date`, but None where it raises (an RFC 822 date with a huge year
    raises OverflowError there)."""
    try:
        return parse_date(value)
    except (OverflowError, ValueError, TypeError):
        return None
