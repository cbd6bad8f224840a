"""The one place that decides an article's published date.

The page's own date (structured data, meta tags, the byline: autocrawl.extraction.pubdates)
comes first. A page that gives none takes the date its news sitemap or feed entry lists for it:
real sites publish the same date there, and a listing's date is better than none.
"""

from __future__ import annotations

__all__ = ["published_date"]


def published_date(extracted: str | None, listed: str | None) -> str | None:
    """The article's published date (ISO 8601): the page's own, else the listed one, else None."""
    return extracted or listed or None
