"""Exact-duplicate key of an article body."""

from __future__ import annotations

import hashlib
import unicodedata

__all__ = ["normalize_text", "body_hash"]


def normalize_text(text: str | None) -> str:
    """NFC, case-folded, whitespace collapsed to single spaces, stripped."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def body_hash(text: str | None) -> str:
    """sha256 (hex) of the normalised body; equal for bodies that differ only in case/spacing/NFC form."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
