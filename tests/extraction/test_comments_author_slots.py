"""Comment threads whose authors sit in markup no author finder knows: the name is read from the
place all comments share (`slots`); and replies marked apart from the comments they answer."""

from __future__ import annotations

from lxml import html as lxml_html

from autocrawl.extraction.comments.candidates import member_skip
from autocrawl.extraction.comments.extract import extract_comments
from autocrawl.extraction.comments.slots import slot_authors

URL = "https://news.example.net/2024/06/story/"
ARTICLE = "<article class='story'><h1>A story</h1><p>The article's own words, which stay out.</p></article>"
NAMES = ["Ida Holm", "Jonas Brandt", "Kaori Ito", "Lena Voss", "Mads Berg"]
TEXTS = [
    "I walked this route last summer and the bridge was already closed then.",
    "The council promised a replacement in the spring, nothing has happened since.",
    "Does anyone know whether the ferry still runs on Sundays in July?",
    "My neighbour measured the river level every morning for a whole month.",
    "Thanks for the clear write-up, the map at the end helps a lot.",
]


def _page(body: str) -> bytes:
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


def _card(k: int, inner: str = "") -> str:
    """A marked comment whose name sits in a class no finder knows, beside an initial, a score and
    a "Reply" label that every card repeats."""
    return (
        f"<div class='comment-card' id='c-{k}'><div class='hd'><div class='pic'>{NAMES[k][0]}</div>"
        f"<div class='nm'>{NAMES[k]}</div><div class='pts'>{k + 1} points</div>"
        f"<time datetime='2024-06-0{k + 1}T10:0{k}:00Z'>June {k + 1}</time></div>"
        f"<div class='txt'><p>{TEXTS[k]}</p></div><button class='opt'>Reply</button>{inner}</div>"
    )


def test_name_in_unknown_class_is_read_from_the_shared_place() -> None:
    thread = _card(0, _card(1)) + _card(2) + _card(3, _card(4))
    page = extract_comments(_page(ARTICLE + f"<section id='comments'>{thread}</section>"), URL)
    assert [c.author for c in page.comments] == NAMES
    assert [c.text for c in page.comments] == TEXTS
    assert [c.parent for c in page.comments] == [None, 0, None, None, 3]
    assert page.comments[1].published == "2024-06-02T10:01:00+00:00"


def _box(k: int, replies: str = "") -> str:
    """An unmarked comment box (generated classes only) in a comment area: the name is a link to a
    profile whose address no pattern knows."""
    slug = NAMES[k].lower().replace(" ", ".")
    nested = f"<div class='_q7 _r2'>{replies}</div>" if replies else ""
    return (
        f"<div class='_a1x _k9 box'><a class='_p3' href='https://people.example/{slug}'><img src='/a.png' alt=''></a>"
        f"<div class='_b2'><span class='_n5'><a href='https://people.example/{slug}'>{NAMES[k]}</a></span> "
        f"<span class='_t8'>{TEXTS[k]}</span><div class='_f4'><a href='#'>Like</a> · <a href='#'>Reply</a> · "
        f"<abbr title='2024-06-01T1{k}:00:00Z'>{k + 1} h</abbr></div></div>{nested}</div>"
    )


def test_unmarked_boxes_with_generated_classes_keep_their_nesting() -> None:
    thread = _box(0, _box(1) + _box(2)) + _box(3) + _box(4)
    html = ARTICLE + f"<div class='comments-plugin'><h3>Comments</h3>{thread}</div>"
    page = extract_comments(_page(html), URL)
    assert [c.author for c in page.comments] == NAMES
    assert [c.text for c in page.comments] == TEXTS
    assert [c.parent for c in page.comments] == [None, 0, 0, None, None]


def _entry(k: int, answers: str = "") -> str:
    """A guest-book entry: the name in a span of its own in the entry's heading line."""
    inner = f"<dd class='answers'>{answers}</dd>" if answers else ""
    return (
        f"<dl class='gbk-entry'><dt><span class='gbk-who'>{NAMES[k]}</span> wrote on "
        f"<time datetime='2024-06-0{k + 1}T08:00:00+02:00'>0{k + 1}.06.2024</time>:</dt>"
        f"<dd><div class='gbk-words'>{TEXTS[k]}</div></dd>{inner}</dl>"
    )


def test_guest_book_entries_in_a_comment_area() -> None:
    book = _entry(0, _entry(1)) + _entry(2) + _entry(3) + _entry(4)
    page = extract_comments(_page(ARTICLE + f"<div class='reader-comments'>{book}</div>"), URL)
    assert [c.author for c in page.comments] == NAMES
    assert [c.text for c in page.comments] == TEXTS
    assert [c.parent for c in page.comments] == [None, 0, None, None, None]


def _handle(k: int) -> str:
    return f"{NAMES[k].split()[0].lower()}_{k}"


def _top(k: int, replies: str = "") -> str:
    """A top-level comment of a two-marker thread: its author block holds the name's link and the
    time's link (to places no profile pattern knows)."""
    return (
        f"<div class='xt-comment'><div class='xt-comment-author'><a href='https://code.example/u{k}x'>"
        f"<img src='/a.png' alt=''><span>{_handle(k)}</span></a><a href='#d{k}'>"
        f"<time datetime='2024-06-0{k + 1}T09:00:00Z'>3 days ago</time></a></div>"
        f"<div class='xt-comment-content'><p>{TEXTS[k]}</p></div><div class='xt-replies'>{replies}</div></div>"
    )


def _reply(k: int) -> str:
    return (
        f"<div class='xt-reply'><div class='xt-reply-author'><a href='https://code.example/u{k}x'>"
        f"<span>{_handle(k)}</span></a><a href='#d{k}'><time datetime='2024-06-0{k + 1}T11:00:00Z'>2 days ago</time>"
        f"</a></div><div class='xt-reply-content'><p>{TEXTS[k]}</p></div></div>"
    )


def test_replies_marked_apart_join_their_comments() -> None:
    thread = _top(0, _reply(1) + _reply(2)) + _top(3, _reply(4))
    page = extract_comments(_page(ARTICLE + f"<section class='discussion'>{thread}</section>"), URL)
    assert [c.author for c in page.comments] == [_handle(k) for k in range(5)]
    assert [c.text for c in page.comments] == TEXTS
    assert [c.parent for c in page.comments] == [None, 0, 0, None, 3]


def test_titles_and_links_make_no_comments() -> None:
    """A list of recent comments' titles has names everywhere but no comment's words."""
    items = "".join(
        f"<li><div class='comment'><span class='story'>Story {k}</span> "
        f"<a href='/s{k}#comment-{k}'>{NAMES[k]}</a></div></li>"
        for k in range(5)
    )
    assert extract_comments(_page(ARTICLE + f"<ul class='latest'>{items}</ul>"), URL).comments == []


def test_a_repeated_label_is_no_name() -> None:
    """Every item shows the same label at the same place: that is no author."""
    html = "".join(f"<div class='comment'><span class='badge'>Member</span><p>{text}</p></div>" for text in TEXTS)
    members = list(lxml_html.fragment_fromstring(html, create_parent="section").iter("div"))
    assert len(members) == len(TEXTS)
    assert slot_authors(members, member_skip(members)) is None
