"""Finding article URLs: robots.txt, sitemaps (plain, index, Google News, gzipped), RSS/Atom/JSON
feeds and HTML link discovery (feeds, pagination, candidate articles). Pure: bytes in, links
out; no Scrapy. No function here raises on any input: each unusable URL is skipped and counted
on the returned `LinkList`, and the rest of the document is read.
"""

from autocrawl.discovery.feeds import feed_links
from autocrawl.discovery.links import html_links
from autocrawl.discovery.model import MAX_SITEMAP_URLS, DocumentKind, Link, LinkKind, LinkList
from autocrawl.discovery.robots import robots_sitemaps
from autocrawl.discovery.sitemaps import is_sitemap_url, sitemap_body, sitemap_links, text_sitemap_links
from autocrawl.discovery.sniff import is_json_document, is_text_sitemap, sniff_document
from autocrawl.gunzip import is_gzip
from autocrawl.linkrules import is_action_link, is_listed_action, looks_like_calendar_trap

__all__ = [
    "MAX_SITEMAP_URLS",
    "DocumentKind",
    "Link",
    "LinkKind",
    "LinkList",
    "feed_links",
    "html_links",
    "is_action_link",
    "is_listed_action",
    "is_gzip",
    "is_json_document",
    "is_sitemap_url",
    "is_text_sitemap",
    "looks_like_calendar_trap",
    "robots_sitemaps",
    "sitemap_body",
    "sitemap_links",
    "sniff_document",
    "text_sitemap_links",
]
