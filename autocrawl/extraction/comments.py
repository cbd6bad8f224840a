"""Placeholder until the real comment extractor lands (issue 4)."""

from __future__ import annotations

from autocrawl.extraction.types import CommentPage


def extract_comments(html: bytes, url: str, content_type: str | None = None) -> CommentPage:
    return CommentPage()
