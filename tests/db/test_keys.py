"""autocrawl.db.keys: comment keys and the pairing of edited comments (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from autocrawl.db.comments import published_key as _published_key
from autocrawl.db.keys import comment_key, pair_edited_comments


@dataclass
class Stored:
    id: int
    external_id: str | None
    author: str | None
    published_at: Any
    position: int
    text: str
    parent_id: int | None = None


def test_comment_key_from_site_id_or_author_and_place() -> None:
    by_id = comment_key("A", "c-7", "Ann", 3)
    assert by_id == comment_key("A", "c-7", "Someone else", 9), "the site id alone decides"
    assert comment_key("A", None, "Ann", 3) == comment_key("A", None, " ann ", 3)
    assert comment_key("A", None, "Ann", 3) != comment_key("B", None, "Ann", 3)
    taken = {comment_key("A", None, "Ann", 3)}
    again = comment_key("A", None, "Ann", 3, taken)
    assert again not in taken and len(again) == 40


def test_an_edit_pairs_with_the_same_author_minute_and_place() -> None:
    stored = [
        Stored(1, None, "Ann", "2024-05-01T10:00:00+00:00", 0, "I think the council is right."),
        Stored(2, None, "Bob", "2024-05-01T10:05:00+00:00", 1, "No way."),
    ]
    new = [
        {"author": "Bob", "published_at": "2024-05-01T10:05:30+00:00", "position": 1, "text": "No way at all."},
        {"author": "Ann", "published_at": "2024-05-01T11:00:00+00:00", "position": 2, "text": "Another one."},
    ]
    pairs = pair_edited_comments(stored, new, _published_key)
    assert [(i, s.id) for i, s in pairs] == [(0, 2)], "Ann's new comment is at another minute: a new comment"


def test_a_comment_with_a_site_id_is_never_paired() -> None:
    stored = [Stored(1, "x1", "Ann", None, 0, "text")]
    new = [{"author": "Ann", "published_at": None, "position": 0, "text": "text 2", "external_id": "x2"}]
    assert pair_edited_comments(stored, new, _published_key) == []
