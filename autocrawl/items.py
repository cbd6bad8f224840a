"""The items the `news` spider yields. Plain dataclasses, so itemadapter, feed exports
(`-O items.jsonl`) and the pipelines all read them the same way.

Dates are ISO 8601 strings (timezone kept when the page gives one); the store pipeline
turns them into timezone-aware datetimes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from autocrawl.extraction.article.language import LanguageVerdict, checked_language
from autocrawl.extraction.article.published import published_date


@dataclass
class CommentItem:
    author: str | None
    text: str
    published_at: str | None = None
    parent: int | None = None  # index in the article's `comments` list of the comment answered
    external_id: str | None = None
    parent_external_id: str | None = None
    page_url: str | None = None  # the comment page it was found on


@dataclass
class ArticleItem:
    url: str  # the URL fetched (after redirects)
    canonical_url: str  # the one key of the article (see autocrawl.urls)
    site: str  # host of the site, e.g. "www.example.com"
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None
    modified_at: str | None = None
    language: str | None = None
    lead: str | None = None
    body: str = ""
    images: list[dict[str, Any]] = field(default_factory=list)  # {"url", "caption"}
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    urls: list[str] = field(default_factory=list)  # every URL form seen for it (request, redirects, canonical)
    comments: list[CommentItem] = field(default_factory=list)
    comments_declared: int | None = None  # the count the page shows, if any
    comments_complete: bool = True  # False when a comment page failed: do not mark missing ones deleted
    etag: str | None = None
    last_modified: str | None = None  # HTTP Last-Modified, as sent
    fetched_at: str | None = None  # ISO 8601 UTC
    http_status: int = 200
    discovered_via: str | None = None  # start, sitemap, news_sitemap, feed, listing, link (see discovered_via())
    language_declared: str | None = None  # the language the page declares, as written; `language` is checked
    # The dedupe pipeline's verdict, read by the store pipeline.
    duplicate_of_url: str | None = None  # canonical URL of the original this one copies
    duplicate_kind: str | None = None  # "exact" or "near"
    similarity: float | None = None  # estimated Jaccard similarity to the original (near duplicates)
    kind: str = "article"  # "discussion": a page whose main content is a comment thread (docs/schema.md)
    discusses_url: str | None = None  # a discussion's outbound link: the story it discusses


@dataclass
class UrlFormItem:
    """Another URL form found for an article already emitted in this run (for `article_urls`)."""

    canonical_url: str
    url: str


def article_item(
    article: Any,
    *,
    url: str,
    canonical_url: str,
    site: str,
    urls: list[str],
    listed_published: str | None,
    etag: str | None,
    last_modified: str | None,
    fetched_at: str,
    http_status: int,
    discovered_via: str | None = None,
    language: LanguageVerdict | None = None,
) -> ArticleItem:
    """An ArticleItem from an `autocrawl.extraction.Article`; the published date is decided by
    autocrawl.extraction.published from the page's and its news sitemap or feed entry's
    (`listed_published`). The language is the page's declaration
    checked against detection on the body (autocrawl.extraction.article.language), given as
    `language` when the extraction worker checked it already."""
    if language is None:
        language = checked_language(article.language, article.body)
    return ArticleItem(
        url=url,
        canonical_url=canonical_url,
        site=site,
        title=article.title,
        authors=list(article.authors),
        published_at=published_date(article.published, listed_published),
        modified_at=article.modified,
        language=language.language,
        language_declared=article.language,
        lead=article.lead,
        body=article.body or "",
        images=[{"url": image.url, "caption": image.caption} for image in article.images],
        tags=list(article.tags),
        site_name=article.site_name,
        kind=getattr(article, "kind", "article"),
        discusses_url=getattr(article, "discusses_url", None),
        urls=urls,
        etag=etag,
        last_modified=last_modified,
        fetched_at=fetched_at,
        http_status=http_status,
        discovered_via=discovered_via,
    )


def link_channel(listing_meta: Mapping[str, Any]) -> str:
    """How the links of a fetched page found articles, from the page's request meta: its `kind`
    ("sitemap", "feed", "start", "page") and the Link it was `listed` as (a pagination page is
    a listing)."""
    kind = listing_meta.get("kind")
    if kind in ("sitemap", "feed"):
        return str(kind)
    listed = listing_meta.get("listed")
    if kind == "start" or getattr(listed, "kind", None) == "pagination":
        return "listing"
    return "link"


def discovered_via(kind: str | None, via: str | None, listed: Any) -> str | None:
    """The discovery channel of an article page: `kind` of its own request, `via` the
    link_channel() of the page that linked it, `listed` its Link (a news sitemap gives dates)."""
    if kind == "start":
        return "start"
    if via == "sitemap" and getattr(listed, "published", None):
        return "news_sitemap"
    return via
