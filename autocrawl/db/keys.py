"""Stable keys for consumers of the store.

- `articles.article_key`: a random UUID given at insert (`models.new_article_key`), never
  changed afterwards; the row keeps it when its canonical URL or its URL forms change.
- `comments.comment_key`: derived from the article's key and the page's own comment id when
  there is one, else from (author, position when first seen). It is computed once, at insert;
  an edited comment keeps its row (see `pair_edited_comments`) and so its key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Sequence
from typing import Any, Protocol

from autocrawl.dedupe.hashing import normalize_text

__all__ = ["comment_key", "pair_edited_comments", "edit_update", "assign_comment_keys", "StoredComment"]

_SEP = "\x1f"


def comment_key(
    article_key: str, external_id: str | None, author: str | None, position: int, taken: Collection[str] = ()
) -> str:
    """sha1 hex of (article key, site comment id) or (article key, author, first-seen position);
    a key already in `taken` (another comment of the article had that place once) gets a
    counter appended before hashing."""
    if external_id:
        base = _SEP.join((article_key, "id", external_id))
    else:
        base = _SEP.join((article_key, "pos", normalize_text(author), str(position)))
    key = hashlib.sha1(base.encode("utf-8")).hexdigest()
    n = 1
    while key in taken:
        n += 1
        key = hashlib.sha1(f"{base}{_SEP}{n}".encode()).hexdigest()
    return key


class StoredComment(Protocol):
    id: int
    parent_id: int | None
    external_id: str | None
    author: str | None
    published_at: Any
    position: int
    text: str


def _words(text: str | None) -> set[str]:
    return set(normalize_text(text).split())


def _similar(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.5


def pair_edited_comments(
    unmatched_stored: Sequence[StoredComment], new_rows: Sequence[dict[str, Any]], minute: Any
) -> list[tuple[int, StoredComment]]:
    """Which comments found now without a site id are edits of stored ones whose fingerprint
    (it includes the text) no longer matches: same author and same published minute
    (`minute(value)` normalises it), and the same position or a similar text. Returns
    (index into new_rows, stored comment) pairs; each stored comment is used once."""
    pairs: list[tuple[int, StoredComment]] = []
    free = [r for r in unmatched_stored if not r.external_id]
    for index, row in enumerate(new_rows):
        if row.get("external_id") or not free:
            continue
        author, published = normalize_text(row.get("author")), minute(row.get("published_at"))
        candidates = [r for r in free if normalize_text(r.author) == author and minute(r.published_at) == published]
        same_place = [r for r in candidates if r.position == row.get("position")]
        similar = [r for r in candidates if _similar(r.text, row.get("text"))]
        matches = same_place or similar
        if matches:
            chosen = matches[0]
            pairs.append((index, chosen))
            free.remove(chosen)
    return pairs


def edit_update(stored: StoredComment, edit: dict[str, Any], now: Any, run_id: int | None) -> dict[str, Any]:
    """The UPDATE of a stored comment found again with an edited text (keeps its id and key)."""
    changes = {
        "id": stored.id,
        "text": edit["text"],
        "fingerprint": edit["fingerprint"],
        "edited_at": now,
        "deleted_at": None,
        "last_seen": now,
        "position": edit["position"],
        "last_run_id": run_id,
    }
    if edit.get("page_url"):
        changes["page_url"] = edit["page_url"]
    return changes


def assign_comment_keys(
    article_key: str, new_rows: list[dict[str, Any]], stored: Sequence[Any], run_id: int | None
) -> None:
    """Set `comment_key` and the first/last run of comments about to be inserted."""
    taken = {r.comment_key for r in stored if r.comment_key}
    for row in new_rows:
        key = comment_key(article_key, row.get("external_id"), row.get("author"), int(row["position"]), taken)
        taken.add(key)
        row["comment_key"] = key
        row["first_run_id"] = row["last_run_id"] = run_id
