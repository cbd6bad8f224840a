"""Comment cleaning: placeholders are not comments."""

from __future__ import annotations

import pytest

from autocrawl.cleaning import is_comment_placeholder


@pytest.mark.parametrize(
    "text",
    [
        "Nothing yet. Be the first to comment.",
        "No comments yet",
        "0 comments",
        "Be the first to comment!",
        "Noch keine Kommentare",
        "Comments are closed.",
    ],
)
def test_comment_placeholders(text: str) -> None:
    assert is_comment_placeholder(text)


def test_real_comment_is_not_placeholder() -> None:
    assert not is_comment_placeholder("No comments from the council yet, which says a lot about the plan.")
    assert not is_comment_placeholder("Be the first to comment on the budget at the town hall, they said.")
