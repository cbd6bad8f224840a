"""What a comment's text leaves out at its edges: a signature under the sig dashes written in the
comment's own lines, and a state label beside its header ("(edited)")."""

from __future__ import annotations

from autocrawl.extraction import extract_comments
from tests.extraction.bridge_thread import NAMES as BRIDGE_NAMES
from tests.extraction.bridge_thread import SAID as BRIDGE_SAID
from tests.extraction.bridge_thread import story_page

NAMES, SAID = BRIDGE_NAMES[:5], BRIDGE_SAID[:5]


def _page(items: str) -> bytes:
    return story_page(f"<section class='comments'><ol class='commentlist'>{items}</ol></section>")


def _signed(i: int, after_dashes: str) -> str:
    """A comment whose words are followed by a line of two dashes and `after_dashes`."""
    return (
        f"<li class='comment'><cite>{NAMES[i]}</cite> <small>03.05.2024 1{i}:00</small><div class='text'>"
        f"{SAID[i]}<br>--<br>{after_dashes}</div></li>"
    )


def test_a_signature_under_sig_dashes_in_the_comments_own_lines_is_left_out() -> None:
    items = "".join(_signed(i, "Sent from my phone") for i in range(5))
    comments = extract_comments(_page(items), "https://news.example/a/1").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID


def test_dashes_followed_by_the_comments_words_are_kept() -> None:
    """Two dashes above a long paragraph are the reader's own layout, not a signature."""
    long_words = "The second part of my comment goes on about the bridge and its costs at length. " * 6
    items = "".join(_signed(i, long_words) for i in range(3))
    comments = extract_comments(_page(items), "https://news.example/a/2").comments
    assert all(long_words.strip() in c.text for c in comments)


def test_an_edited_mark_beside_the_header_is_no_word_of_the_comment() -> None:
    items = "".join(
        f"<li class='comment'><span class='author'>{NAMES[i]}</span> <time datetime='2024-05-0{i + 1}T10:00:00Z'>"
        f"May {i + 1}</time>{' <span class=state>(edited)</span>' if i % 2 else ''}<p>{SAID[i]}</p></li>"
        for i in range(5)
    )
    comments = extract_comments(_page(items), "https://news.example/a/3").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID
