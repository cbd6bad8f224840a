"""Notices in a comment area ("Be the first to comment", "enable JavaScript") are no comments; a
reader's dated comment that uses the same words is one."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://news.example.org/2024/05/parking-app"
SAID = [
    "The council website needs JavaScript to even show the map, which is ridiculous.",
    "Please enable cookies on the parking app, they said, and then it still did not work.",
    "Be the first to comment on the next consultation, they wrote. Nobody was told about it.",
    "I paid at the machine instead, which took five minutes and worked fine in the end.",
]


def _page(notice: str) -> bytes:
    items = "".join(
        f"<li class='comment' id='comment-{n}'><div class='comment-author'>Reader {n}</div>"
        f"<time datetime='2024-05-0{n + 1}T10:00:00Z'>May {n + 1}, 2024</time>"
        f"<div class='comment-text'><p>{said}</p></div></li>"
        for n, said in enumerate(SAID)
    )
    return (
        "<html><head><title>Parking app</title></head><body><article><h1>Parking app</h1><p>"
        + "The new parking app replaced the machines on the high street this week. " * 6
        + f"</p></article><section id='comments'><h2>Comments</h2>{notice}<ol class='comment-list'>{items}</ol>"
        "</section></body></html>"
    ).encode()


def test_dated_comments_using_a_notices_words_are_kept() -> None:
    page = extract_comments(_page(""), URL)
    assert [c.text for c in page.comments] == SAID


def test_an_undated_notice_signed_like_a_comment_is_no_comment() -> None:
    notice = (
        "<li class='comment'><div class='comment-author'>Moderator</div>"
        "<div class='comment-text'><p>Please enable JavaScript to view the comments.</p></div></li>"
    )
    page = extract_comments(_page(notice), URL)
    assert [c.text for c in page.comments] == SAID
