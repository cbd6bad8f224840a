"""Duplicate detection: exact body hashes and MinHash/LSH near-duplicates."""

from autocrawl.dedupe.hashing import body_hash, normalize_text

__all__ = ["body_hash", "normalize_text"]
