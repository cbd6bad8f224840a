"""Replies told by how a thread numbers its comments: an outline in a flat list ("7", "7.1", "7.1.2"),
and numbers written after a label ("Comment 3") that a reply points back to ("In reply to ... comment #1")."""

from __future__ import annotations

from autocrawl.extraction import extract_comments
from tests.extraction.bridge_thread import NAMES, SAID, story_page


def _page(items: str) -> bytes:
    return story_page(f"<section class='talkbacks'>{items}</section>")


OUTLINE = [("1", None), ("1.1", 0), ("1.1.1", 1), ("2", None), ("2.1", 3), ("2.2", 3), ("3", None)]


def test_a_flat_list_numbered_as_an_outline_gives_each_reply_its_parent() -> None:
    items = "".join(
        f"<div class='tb'><span class='num'>{number}.</span> <b class='tb-name'>{NAMES[i]}</b> "
        f"<span class='tb-date'>03.05.2024 1{i}:00</span><p>{SAID[i]}</p></div>"
        for i, (number, _parent) in enumerate(OUTLINE)
    )
    comments = extract_comments(_page(items), "https://news.example/a/1").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID
    assert [c.parent for c in comments] == [parent for _number, parent in OUTLINE]


def test_numbers_that_are_no_outline_give_no_parents() -> None:
    """A "1.2" shown before any "1" (a version, a score) is no outline."""
    numbers = ["2.5", "1.2", "3.1", "0.9", "4.4", "2.2", "1.8"]
    items = "".join(
        f"<div class='tb'><span class='num'>{number}</span> <b class='tb-name'>{NAMES[i]}</b> "
        f"<span class='tb-date'>03.05.2024 1{i}:00</span><p>{SAID[i]}</p></div>"
        for i, number in enumerate(numbers)
    )
    comments = extract_comments(_page(items), "https://news.example/a/2").comments
    assert [c.author for c in comments] == NAMES
    assert [c.parent for c in comments] == [None] * len(NAMES)


BUG = [(None, None), (0, None), (1, "quote"), (None, None), (3, "quote"), (4, "quote"), (0, "quote")]


def test_a_reply_to_a_comment_number_shown_after_a_label_is_threaded_and_its_quote_left_out() -> None:
    items = []
    for i, (parent, quote) in enumerate(BUG):
        lead = ""
        if parent is not None:
            lead = f"<span class='quote'>(In reply to {NAMES[parent]} from comment #{parent})</span>\n"
            if quote:
                lead += f"&gt; {SAID[parent]}\n"
        items.append(
            f"<div class='bz_comment' id='c{i}'><div class='bz_comment_head'><span class='bz_comment_number'>"
            f"<a href='#c{i}'>Comment {i}</a></span> <span class='bz_comment_user'><a href='/user?id={i}'>"
            f"{NAMES[i]}</a></span> <span class='bz_comment_time'>2024-05-03 1{i}:00:00 UTC</span></div>"
            f"<pre class='bz_comment_text'>{lead}{SAID[i]}</pre></div>"
        )
    comments = extract_comments(_page("".join(items)), "https://bugs.example/show_bug.cgi?id=5").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID
    assert [c.parent for c in comments] == [parent for parent, _quote in BUG]
    assert comments[2].published == "2024-05-03T12:00:00+00:00"
