"""Threading on templates the corpus does not have: the hand-made fixtures of tests/extraction/threads
(each in the shape of a kind of real thread markup), one small page per threading mechanism, and a
page of 5,000 comments."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest

from autocrawl.extraction import extract_comments

THREADS = Path(__file__).resolve().parent / "threads"
TRUTH = [
    (folder, json.loads(line))
    for folder in (THREADS, THREADS / "more", THREADS / "more2", THREADS / "more3", THREADS / "more5")
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize(("folder", "truth"), TRUTH, ids=[t["id"] for _, t in TRUTH])
def test_fixture_thread_comments_and_parents(folder: Path, truth: dict) -> None:
    page = extract_comments((folder / truth["file"]).read_bytes(), truth["url"])
    got = [(c.author, " ".join(c.text.split()), c.parent) for c in page.comments]
    want = [(c["author"], " ".join(c["text"].split()), c["parent"]) for c in truth["comments"]]
    assert got == want
    assert not page.warnings and page.comments_cut == 0
    # the minute each comment was written, where the page tells it
    dated = [
        (c.published, t["published_iso"])
        for c, t in zip(page.comments, truth["comments"], strict=True)
        if t.get("published_iso")
    ]
    assert [p for p, t in dated if not _same_minute(p, t)] == []


def _same_minute(got: str | None, want: str) -> bool:
    """The same minute: in the truth's offset when both carry one, else as written."""
    if not got:
        return False
    g, w = (datetime.fromisoformat(v.replace("Z", "+00:00")) for v in (got, want))
    if g.tzinfo is not None and w.tzinfo is not None:
        g = g.astimezone(w.tzinfo)
    return g.replace(second=0, microsecond=0, tzinfo=None) == w.replace(second=0, microsecond=0, tzinfo=None)


def _page(items: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body><h1>Story</h1><div id='comments'>{items}</div></body></html>".encode()


def _comment(n: int, attrs: str = "", inner: str = "", tag: str = "div", cls: str = "comment") -> str:
    return (
        f'<{tag} class="{cls}" id="comment-{n}" {attrs}><span class="comment-author">user{n}</span>'
        f'<time datetime="2024-05-0{1 + n % 8}T10:00:00Z">May</time>'
        f'<div class="comment-text"><p>Words of comment number {n} about the story.</p></div>{inner}</{tag}>'
    )


def _parents(html: bytes, url: str = "https://news.example/2024/05/story") -> list[int | None]:
    return [c.parent for c in extract_comments(html, url).comments]


def test_margin_left_indentation() -> None:
    html = _page("".join(_comment(n, f'style="margin-left: {d * 24}px"') for n, d in enumerate([0, 1, 2, 1, 0, 1])))
    assert _parents(html) == [None, 0, 1, 0, None, 4]


def test_aria_level_and_level_attributes() -> None:
    for attr in ("aria-level", "data-level", "level", "depth"):
        html = _page("".join(_comment(n, f'{attr}="{d}"') for n, d in enumerate([1, 2, 3, 2, 1])))
        assert _parents(html) == [None, 0, 1, 0, None], attr


def test_level_class() -> None:
    html = _page("".join(_comment(n, cls=f"comment level-{d}") for n, d in enumerate([0, 1, 1, 0, 1])))
    assert _parents(html) == [None, 0, 0, None, 3]


def test_spacer_cell_width() -> None:
    rows = "".join(
        f'<tr class="comment-row" id="c{n}"><td width="{d * 30 or 1}"></td><td>'
        f'<a class="username" href="/user/u{n}">u{n}</a> <span class="date">2024-05-01 10:0{n}</span>'
        f'<div class="comment-text">Reply text number {n} on the thread.</div></td></tr>'
        for n, d in enumerate([0, 1, 2, 0, 1])
    )
    assert _parents(_page(f"<table>{rows}</table>")) == [None, 0, 1, None, 3]


def test_nested_lists_without_reply_classes() -> None:
    html = _page(
        "<ul>"
        f"<li>{_comment(0, tag='article')}<ul><li>{_comment(1, tag='article')}</li>"
        f"<li>{_comment(2, tag='article')}<ol><li>{_comment(3, tag='article')}</li></ol></li></ul></li>"
        f"<li>{_comment(4, tag='article')}</li>"
        "</ul>"
    )
    assert _parents(html) == [None, 0, 0, 2, None]


def test_parent_id_attributes_in_a_flat_list() -> None:
    for attr in ("data-parent-id", "parentid", "data-reply-to"):
        html = _page(
            _comment(1) + _comment(2, f'{attr}="1"') + _comment(3) + _comment(4, f'{attr}="comment-2"') + _comment(5)
        )
        assert _parents(html) == [None, 0, None, 1, None], attr


def test_in_reply_to_and_parent_links() -> None:
    link = '<a href="#comment-{0}">in reply to user{0}</a>'
    html = _page(
        _comment(1)
        + _comment(2, inner=link.format(1))
        + _comment(3, inner='<a href="item?id=2">parent</a>')
        + _comment(4, inner='<a rel="in-reply-to" href="/c/1">↑</a>')
        + _comment(5, inner='<a href="#comment-3">Quote</a> <a href="?replytocom=5#respond">Reply</a>')
    )
    assert _parents(html) == [None, 0, 1, 0, None]


def test_links_naming_an_earlier_commenter() -> None:
    """A link to an earlier comment's anchor labelled with its author names the parent, even when
    the replier answers their own comment; a link by path id must name someone else (a profile
    link whose number is a comment's names no parent)."""

    def by(n: int, author: str, inner: str) -> str:
        return _comment(n, inner=inner).replace(f">user{n}</span>", f">{author}</span>", 1)

    html = _page(
        by(1, "ana", "")
        + by(2, "ben", "")
        + by(3, "ana", '<a href="#comment-1">ana</a>')
        + by(4, "cy", '<a href="/post/2">@ben</a>')
        + by(5, "dee", '<a href="/u/4">dee</a>')
    )
    assert _parents(html) == [None, None, 0, 1, None]


def test_a_long_comment_is_kept() -> None:
    """A reader's comment of 10,000 characters in paragraphs is a comment, not a page region."""
    essay = "".join(
        f"<p>{'A long and reasoned paragraph about the harbour plans and their cost. ' * 12}</p>" for _ in range(12)
    )
    html = _page(_comment(1) + _comment(2).replace("Words of comment number 2 about the story.", essay) + _comment(3))
    comments = extract_comments(html, "https://news.example/2024/05/story").comments
    assert [c.author for c in comments] == ["user1", "user2", "user3"]
    assert len(comments[1].text) > 10000


def test_custom_elements_nesting() -> None:
    def el(n: int, kids: str = "") -> str:
        return (
            f'<forum-comment author="user{n}" comment-id="{n}"><time datetime="2024-05-01T10:00:00Z">1h</time>'
            f'<div slot="comment"><p>Custom element comment number {n}.</p></div>{kids}</forum-comment>'
        )

    html = f"<html><body><main>{el(1, el(2, el(3)) + el(4))}{el(5)}</main></body></html>".encode()
    page = extract_comments(html, "https://forum.example/t/1")
    assert [c.author for c in page.comments] == ["user1", "user2", "user3", "user4", "user5"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]


def test_permalink_page_root_is_parent_of_its_replies() -> None:
    replies = "".join(_comment(n) for n in range(1011, 1015))
    html = _page(_comment(1010) + f"<h2>4 replies</h2><section>{replies}</section>")
    assert _parents(html, "https://news.example/comments/1010") == [None, 0, 0, 0, 0]
    assert _parents(html, "https://news.example/2024/05/story") == [None] * 5  # not a permalink of comment 1010


def _big_thread(n_threads: int) -> bytes:
    """n_threads top-level comments, each with a reply that has a reply that has a reply, WordPress-style."""
    parts = []
    n = 0
    for _ in range(n_threads):
        opened = 0
        for depth in range(4):
            parts.append(
                f'<li class="comment depth-{depth + 1}" id="li-comment-{n}"><article id="div-comment-{n}" '
                f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
                f'<b class="fn">user{n % 97}</b> <span class="says">says:</span></div>'
                f'<div class="comment-metadata"><time datetime="2024-05-01T10:{n % 60:02d}:00+00:00">May 1</time>'
                f'</div></footer><div class="comment-content"><p>Comment {n} says something.</p></div></article>'
            )
            if depth < 3:
                parts.append('<ol class="children">')
                opened += 1
            n += 1
        parts.append("</li>" + "</ol></li>" * opened)
    return (
        "<html><head><title>Big</title></head><body><article><h1>Big</h1><p>Story.</p></article>"
        f'<div id="comments"><ol class="comment-list">{"".join(parts)}</ol></div></body></html>'
    ).encode()


def test_five_thousand_comments_all_kept_with_parents() -> None:
    html = _big_thread(1250)
    start = time.process_time()  # CPU time: the wall time of a shared machine says little
    page = extract_comments(html, "https://blog.example/2024/05/big/")
    elapsed = time.process_time() - start
    print(f"5,000 comments extracted in {elapsed:.2f} s of CPU")
    assert len(page.comments) == 5000
    assert [c.parent for c in page.comments[:8]] == [None, 0, 1, 2, None, 4, 5, 6]
    assert all(c.parent == (None if i % 4 == 0 else i - 1) for i, c in enumerate(page.comments))
    assert page.comments_cut == 0 and not page.warnings
    assert elapsed < 15


def test_limit_cuts_and_says_so() -> None:
    page = extract_comments(_big_thread(50), "https://blog.example/2024/05/big/", max_comments=120)
    assert len(page.comments) == 120
    assert page.comments_cut == 80
    assert page.warnings == ["comments-over-limit"]


def test_permalink_comment_outside_the_reply_rows_is_the_root() -> None:
    """Hacker News shape: the comment of the page sits in the item table, its replies in comment rows."""

    def row(n: int, depth: int, cls: str = "athing comtr") -> str:
        return (
            f'<tr class="{cls}" id="{n}"><td class="ind" indent="{depth}"></td><td>'
            f'<span class="comhead"><a href="user?id=u{n}" class="hnuser">u{n}</a> '
            f'<span class="age" title="2024-05-01T10:0{n % 10}:00">1 hour ago</span></span>'
            f'<div class="commtext">Reply text number {n} in the thread.</div></td></tr>'
        )

    html = (
        f'<html><body><table class="fatitem">{row(38512, 0, "athing")}</table>'
        f'<table class="comment-tree">{row(38601, 0)}{row(38602, 1)}{row(38603, 0)}</table></body></html>'
    ).encode()
    page = extract_comments(html, "https://links.example.com/item?id=38512")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("u38512", None),
        ("u38601", 0),
        ("u38602", 1),
        ("u38603", 0),
    ]
    elsewhere = extract_comments(html, "https://links.example.com/item?id=1000")  # not that comment's page
    assert [(c.author, c.parent) for c in elsewhere.comments] == [("u38601", None), ("u38602", 0), ("u38603", None)]


def _timeline_note(n: int, author: str, day: int) -> str:
    """An entry of an issue tracker's timeline: no class or id calls it a comment, its own
    permalink (the timestamp links to the entry's id) and its time are what it shares with a
    thread's items."""
    return (
        f'<li id="note_{7100 + n}" class="entry timeline-item"><div class="entry-head">'
        f'<a class="user" href="/u/{author.lower()}">{author}</a> · '
        f'<a href="#note_{7100 + n}"><time datetime="2024-04-{day:02d}T09:{n:02d}:00Z">Apr {day}</time></a></div>'
        f'<div class="entry-body"><p>Point {n} from {author} about the retry change and its timeout.</p></div></li>'
    )


def test_items_known_by_their_own_permalinks() -> None:
    notes = [("Ann", 1), ("Bob", 2), ("Cleo", 3), ("Dev", 3), ("Eve", 4)]
    timeline = "".join(_timeline_note(n, a, d) for n, (a, d) in enumerate(notes))
    html = f'<html><body><h1>Retry uploads</h1><div class="activity"><ul class="timeline">{timeline}</ul></div></body></html>'
    page = extract_comments(html.encode(), "https://code.example.org/group/app/-/merge_requests/7")
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cleo", "Dev", "Eve"]
    assert page.comments[2].published is not None and page.comments[2].published.startswith("2024-04-03T09:02")


def test_sections_with_their_own_permalinks_are_no_comments() -> None:
    """Headings that link to themselves (a document's section anchors) carry no date: no thread."""
    sections = "".join(
        f'<section id="sec-{n}"><h2><a href="#sec-{n}">Part {n}</a></h2>'
        f"<p>Text of part {n} of the guide, by the editors, about installing the tool.</p></section>"
        for n in range(1, 6)
    )
    html = f"<html><body><h1>Guide</h1><main>{sections}</main></body></html>"
    page = extract_comments(html.encode(), "https://docs.example.org/guide")
    assert page.comments == []
