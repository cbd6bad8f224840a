"""Exact-duplicate key of an article body."""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

__all__ = ["normalize_text", "body_hash"]

# A body is normalised by the dedupe pipeline, then hashed by it and again by the store: the same
# string object each time, so the result for the last few long texts is kept (the key's hash is
# cached in the string object, and a hit compares by identity first).
_LONG = 512


def _normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_normalize_long = lru_cache(maxsize=8)(_normalize)


def normalize_text(text: str | None) -> str:
    """NFC, case-folded, whitespace collapsed to single spaces, stripped."""
    if not text:
        return ""
    return _normalize_long(text) if len(text) > _LONG else _normalize(text)


@lru_cache(maxsize=8)
def _hash(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def body_hash(text: str | None) -> str:
    """sha256 (hex) of the normalised body; equal for bodies that differ only in case/spacing/NFC form."""
    return _hash(normalize_text(text))
