"""Placeholder until the real article extractor lands (issue 3)."""

from __future__ import annotations

from autocrawl.extraction.types import Article


def extract_article(html: bytes, url: str, content_type: str | None = None) -> Article:
    return Article(url=url)
