"""The comment group `_choose` picks while reading groups only as far as needed is the one that
scoring every group (a sample of each, the best three in full) picks."""

from __future__ import annotations

from pathlib import Path

import pytest

from autocrawl.extraction.comments import extract
from autocrawl.extraction.comments.candidates import scan, structural_groups, with_lead_comments
from autocrawl.extraction.comments.dom import Element
from autocrawl.extraction.comments.fields import Fields
from autocrawl.extraction.common.page import load_page

THREADS = Path(__file__).resolve().parent / "threads"
URL = "https://blog.example.org/2024/05/a-post/"


def _every_group(
    groups: dict[tuple[str, str], list[Element]], anchor: extract.Anchor, found: extract._Groups
) -> tuple[list[Element], list[Fields], int]:
    """The choice with every group scored: each on a sample, the best three in full."""
    ranked = [r for c in extract._candidates(groups, found) if (r := extract._estimate(c, anchor)) is not None]
    ranked.sort(key=lambda r: r[:3], reverse=True)
    best = (0.0, 0.0)
    chosen: tuple[list[Element], list[Fields], int] = ([], [], 0)
    for _est, neg_depth, _order, c in ranked[: extract._FULL]:
        kept, fields, score = extract._score(c.group, anchor, None, c.strict)
        score -= c.penalty
        if kept and (score, neg_depth) > best:
            best, chosen = (score, neg_depth), (kept, fields, c.extra)
    return chosen


def _li(cid: int, author: str, dated: bool, children: str = "") -> str:
    date = f"<time datetime='2024-05-0{1 + cid % 8}T10:00'>May</time>" if dated else ""
    kids = f"<ol class='children'>{children}</ol>" if children else ""
    return (
        f"<li id='comment-{cid}' class='comment'><article class='comment-body'>"
        f"<b class='fn'>{author}</b>{date}<div class='comment-content'><p>Words of comment {cid} by {author}.</p>"
        f"</div><div class='reply'><a href='?replytocom={cid}'>Reply</a></div></article>{kids}</li>"
    )


def _made_up_pages() -> list[bytes]:
    """Nested groups of equal size (li > article), groups of different sizes, undated ones, more
    than three groups (a sidebar of recent comments, a list of forum posts)."""
    thread = "".join(
        _li(i, f"Reader{i}", i % 3 != 0, _li(100 + i, f"Other{i}", True) if i % 2 else "") for i in range(7)
    )
    sidebar = "".join(
        f"<div class='comment-item'><b class='author'>Side{i}</b><p>Recent {i}</p></div>" for i in range(9)
    )
    posts = "".join(
        f"<div id='post-{i}1' class='post'><b class='fn'>Poster{i}</b><p>A post {i}</p></div>" for i in range(4)
    )
    few = _li(1, "Ann", False) + _li(2, "Bob", True)
    # a group whose sample reads better than the whole (6 of 20 entries hold words) next to a thread
    teaser = "".join(
        f"<div class='comment-entry'><b class='author'>Teaser{i}</b>"
        + (f"<time datetime='2024-05-02T10:00'>May</time><p>Teaser words {i}.</p>" if i < 6 else "")
        + "</div>"
        for i in range(20)
    )
    many = "".join(_li(i, f"Reader{i}", True) for i in range(15))
    return [
        f"<html><body><section id='comments' class='comments-area'><ol class='commentlist'>{body}</ol></section>{extra}</body></html>".encode()
        for body, extra in (
            (thread, ""),
            (thread, sidebar + posts),
            (few, sidebar),
            (few, ""),
            (many, teaser + sidebar),
        )
    ]


PAGES = [p.read_bytes() for p in sorted(THREADS.glob("*.html"))] + _made_up_pages()


@pytest.mark.parametrize("html", PAGES, ids=[f"page{i}" for i in range(len(PAGES))])
def test_the_lazy_choice_is_the_choice_of_every_group_scored(html: bytes) -> None:
    page = load_page(html, URL)
    found = scan(page.root)
    marked = with_lead_comments(found.groups)
    anchor: extract.Anchor = lambda: extract._anchor(page.text)  # noqa: E731
    chosen = []
    for groups in (marked, {**marked, **structural_groups(found.areas)}):
        lazy = extract._choose(groups, anchor, extract._Groups(1000))
        every = _every_group(groups, anchor, extract._Groups(1000))
        assert [id(e) for e in lazy[0]] == [id(e) for e in every[0]]
        assert lazy[1:] == every[1:]
        chosen += lazy[0]
    assert chosen  # every page has comments to choose
