"""What a comment's text leaves out at its edges: a signature under the sig dashes written in the
comment's own lines, and a state label beside its header ("(edited)")."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

NAMES = ["Ann Hill", "Bob Kerr", "Cara Diaz", "Dev Patel", "Eli Stone"]
SAID = [
    "I think the plan makes sense for the town centre.",
    "Not sure, the costs look far too high to me.",
    "Costs were explained at the meeting last week.",
    "Why was the vote moved to a Friday night?",
    "Because the hall was booked on Monday evening.",
]
STORY = "<p>" + "The council voted on the bridge plan after a long debate about costs and routes. " * 8 + "</p>"


def _page(items: str) -> bytes:
    return (
        "<html lang='en'><head><title>Bridge</title></head><body><main><article><h1>Bridge plan</h1>"
        f"{STORY}</article><section class='comments'><ol class='commentlist'>{items}</ol></section></main></body></html>"
    ).encode()


def test_a_signature_under_sig_dashes_in_the_comments_own_lines_is_left_out() -> None:
    items = "".join(
        f"<li class='comment'><cite>{NAMES[i]}</cite> <small>03.05.2024 1{i}:00</small><div class='text'>"
        f"{SAID[i]}<br>--<br>Sent from my phone</div></li>"
        for i in range(5)
    )
    comments = extract_comments(_page(items), "https://news.example/a/1").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID


def test_dashes_followed_by_the_comments_words_are_kept() -> None:
    """Two dashes above a long paragraph are the reader's own layout, not a signature."""
    long_words = "The second part of my comment goes on about the bridge and its costs at length. " * 6
    items = "".join(
        f"<li class='comment'><cite>{NAMES[i]}</cite> <small>03.05.2024 1{i}:00</small><div class='text'>"
        f"{SAID[i]}<br>--<br>{long_words}</div></li>"
        for i in range(3)
    )
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
