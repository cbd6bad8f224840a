"""The records that extraction returns: plain dataclasses, no Scrapy, no database."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Image:
    url: str | None  # http(s) only; None for a caption found without its image
    caption: str | None = None


@dataclass
class Article:
    """What one page says about itself and its main text.

    Dates are ISO 8601 strings that keep the page's own offset when it gives one.
    `body` is plain text, paragraphs and sub-headings separated by one blank line.
    """

    url: str
    canonical_url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    lead: str | None = None
    body: str = ""
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    site_name: str | None = None
    is_article: bool = False
    page_type: str | None = None  # e.g. "NewsArticle", "website", "profile" as the page declares it
    kind: str = "article"  # "discussion": the page's main content is a comment thread (an HN item, a forum topic)
    discusses_url: str | None = None  # a discussion's outbound link: the story it discusses
    warnings: list[str] = field(default_factory=list)  # e.g. "charset-mismatch", "empty-page"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Comment:
    author: str | None
    text: str
    published: str | None = None
    parent: int | None = None  # index (in the same CommentPage.comments list) of the comment answered
    external_id: str | None = None  # id the markup gives the comment, if any
    parent_external_id: str | None = None  # id of the comment answered, when the markup names it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CommentPage:
    comments: list[Comment] = field(default_factory=list)
    next_page_url: str | None = None
    declared_count: int | None = None  # "42 comments" as the page shows it
    comment_page_urls: list[str] = field(default_factory=list)  # links to separate comment pages
    error: str | None = None  # set when extraction failed on this page (the crawl counts it)
    comments_cut: int = 0  # comments beyond the per-page limit, left out (the crawl counts them)
    warnings: list[str] = field(default_factory=list)  # e.g. "comments-over-limit"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
