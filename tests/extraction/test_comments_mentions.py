"""A flat thread whose replies open by naming the author they answer ("@Ann", "In reply to Ann
Hill", "Antwort an Ann Hill:"), and the same words in a nested thread, where the markup decides."""

from __future__ import annotations

import pytest

from autocrawl.extraction import extract_comments
from autocrawl.extraction.comments.mentions import mention_parents
from tests.extraction.bridge_thread import NAMES, SAID, story_page

PARENT = [None, 0, 1, None, 3, 4, 0]


def _page(lead: str) -> bytes:
    items = "".join(
        f"<div class='c1x'><div class='h2y'><span class='n3z'>{NAMES[i]}</span> <span class='d4w'>03.05.2024 1{i}:00"
        f"</span></div><p class='t5v'>{lead.format(name=NAMES[p]) if p is not None else ''}{SAID[i]}</p></div>"
        for i, p in enumerate(PARENT)
    )
    return story_page(f"<div class='zz9'>{items}</div>")


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("<span class='irt'>In reply to {name}</span> ", False),
        ("<em>Antwort an {name}:</em> ", False),
        ("@{name} ", True),
    ],
)
def test_a_flat_reply_naming_the_author_it_answers_is_threaded(lead: str, kept: bool) -> None:
    comments = extract_comments(_page(lead), "https://news.example/a/1").comments
    assert [c.author for c in comments] == NAMES
    assert [c.parent for c in comments] == PARENT
    # a label is a pointer and leaves the text; "@Ann Hill" is the reader's own words
    assert [c.text for c in comments] == [
        (lead.format(name=NAMES[p]).replace("<span class='irt'>", "").replace("</span>", "") if kept else "") + said
        if p is not None
        else said
        for said, p in zip(SAID, PARENT, strict=True)
    ]


def test_a_first_name_after_the_at_sign_names_the_latest_such_author() -> None:
    authors = ["Ann Hill", "Bob", "Ann Lee", "Cy"]
    parents, texts = mention_parents(["Hi all", "hello", "@Bob right", "@Ann, no"], authors)
    assert parents == [None, None, 1, 2]
    assert texts == ["Hi all", "hello", "@Bob right", "@Ann, no"]


def test_a_name_nobody_in_the_thread_has_and_an_answer_to_oneself_name_no_parent() -> None:
    parents, _texts = mention_parents(["first", "@Zoe what?", "@Bob me again"], ["Ann", "Bob", "Bob"])
    assert parents == [None, None, None]


def test_in_a_nested_thread_the_nesting_decides_and_an_at_sign_does_not() -> None:
    def item(i: int, lead: str = "", replies: str = "") -> str:
        nested = f"<div class='children'>{replies}</div>" if replies else ""
        return (
            f"<div class='comment'><div class='h2y'><span class='n3z'>{NAMES[i]}</span> <span class='d4w'>"
            f"03.05.2024 1{i}:00</span></div><p class='t5v'>{lead}{SAID[i]}</p>{nested}</div>"
        )

    items = item(0, replies=item(1)) + item(2, lead="@Ann ") + item(3)  # a top-level comment addressing Ann
    page = story_page(f"<div class='zz9'>{items}</div>")
    comments = extract_comments(page, "https://news.example/a/2").comments
    assert [c.author for c in comments] == NAMES[:4]
    assert [c.parent for c in comments] == [None, 0, None, None]


TREE = [None, 0, 1, None, 3, 3, None]  # 0 -> 1 -> 2; 3 -> 4, 5; 6


def _body(i: int, lead: str = "") -> str:
    return (
        f"<div class='h2y'><span class='n3z'>{NAMES[i]}</span> <span class='d4w'>03.05.2024 1{i}:00</span></div>"
        f"{lead}<p class='t5v'>{SAID[i]}</p>"
    )


def _tree_page(items: str) -> bytes:
    return story_page(f"<div class='zz9'>{items}</div>")


def test_replies_in_a_list_right_after_the_comment_they_answer_hashed_classes() -> None:
    def item(i: int, replies: str = "") -> str:
        return f"<div class='c1x'>{_body(i)}</div>" + (f"<div class='r7q'>{replies}</div>" if replies else "")

    page = _tree_page(item(0, item(1, item(2))) + item(3, item(4) + item(5)) + item(6))
    comments = extract_comments(page, "https://news.example/a/3").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID
    assert [c.parent for c in comments] == TREE


def test_a_replying_to_line_names_the_parent_not_the_author() -> None:
    def item(i: int) -> str:
        p = TREE[i]
        lead = "" if p is None else f"<div class='x9'>Replying to <a href='/u/{p}'>@{NAMES[p].split()[0]}</a></div>"
        return f"<div class='c1x'>{_body(i, lead)}</div>"

    comments = extract_comments(_tree_page("".join(item(i) for i in range(7))), "https://news.example/a/4").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID
    assert [c.parent for c in comments] == TREE


def test_a_whole_name_is_named_more_exactly_than_a_first_name() -> None:
    parents, _texts = mention_parents(
        ["a", "b", "c", "@Ann Hill yes", "@Ann yes"], ["Ann Hill", "Bob", "Ann Lee", "Cy", "Di"]
    )
    assert parents == [None, None, None, 0, 2]  # "@Ann" alone: the latest Ann
