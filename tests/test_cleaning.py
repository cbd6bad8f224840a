"""Cleaning: Unicode and whitespace, doubled captions, banners, placeholders, furniture tails."""

from __future__ import annotations

from pathlib import Path

import pytest

from autocrawl.cleaning import clean_body, is_comment_placeholder, normalize_line, normalize_text, repeated_unit

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_a227b9d1d9ba7b0a.txt"


def test_normalize_text_unicode_whitespace_invisibles() -> None:
    raw = "Cafe\u0301\u00a0au  lait\u200b\r\n\r\n\r\n\tsecond\u00adline \x07"
    assert normalize_text(raw) == "Café au lait\n\nsecondline"
    assert normalize_line("  A \n B ") == "A B"


def test_repeated_unit() -> None:
    assert repeated_unit("All-new Nissan Micra All-new Nissan Micra") == "All-new Nissan Micra"
    assert repeated_unit("a b c a b c a b c") == "a b c"
    assert repeated_unit("New New") is None  # one word repeated is not a caption
    assert repeated_unit("The sun rose. The sun set.") is None


def test_seed_page_keeps_paragraphs_and_nothing_else() -> None:
    if not SEED.is_file():
        pytest.skip(f"seed page not found at {SEED}")
    raw = SEED.read_text(encoding="utf-8")
    title = raw.splitlines()[0]
    result = clean_body(raw, title=title, authors=["Max McDee"])
    body = result.body
    for phrase in (
        "localized units",
        "Change settings",
        "Your choice",
        "Reader comments",
        "Be the first to comment",
        "Popular models",
        "Max McDee",
        title,
    ):
        assert phrase not in body, phrase
    assert "Twingo is making a comeback" not in body
    assert result.captions == [
        "Twingo is making a comeback under Ampere alliance",
        "All-new Nissan Micra",
        "New Renault 5 and new Nissan Micra will be closely related",
    ]
    paragraphs = body.split("\n\n")
    assert len(paragraphs) == 7
    assert paragraphs[0].startswith("Long-standing partners Nissan and Mitsubishi")
    assert paragraphs[-1].startswith("US chipmaker Qualcomm")


def test_known_captions_leave_the_body_and_are_not_repeated() -> None:
    body = "First paragraph of the story.\n\nA ferry at dawn\n\nSecond paragraph."
    result = clean_body(body, known_captions=["A ferry at dawn"])
    assert result.body == "First paragraph of the story.\n\nSecond paragraph."
    assert result.captions == []


def test_long_paragraphs_that_mention_comments_are_kept() -> None:
    body = (
        "Readers sent comments about the plan.\n\nComments\n\n"
        "The council said it would read every comment before the vote in March, and publish a summary."
    )
    assert "publish a summary" in clean_body(body).body


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
