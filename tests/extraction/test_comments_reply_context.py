"""Threads whose markup names no comment: items found and threaded by the reply context they show
(a reply link or parent-id attribute naming another item's id), a topic's opening post left out
as the page's subject, comments under answers, signatures and forum date stamps."""

from __future__ import annotations

from autocrawl.extraction import extract_comments
from autocrawl.extraction.types import CommentPage

URL = "https://talk.example.net/t/ferry-timetable/88"
WORDS = "the new timetable leaves the island without an evening ferry and nobody asked the commuters"


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head><title>Ferry timetable cut for islanders - Island Talk</title>{head}</head><body>{body}</body></html>".encode()


def _said(n: int) -> str:
    words = WORDS.split()
    return " ".join(words[n % 5 :] + words[: n % 5]).capitalize() + f" (point {n})."


def _parents(page: CommentPage) -> list[int | None]:
    return [c.parent for c in page.comments]


def _entry(n: int, name: str, hour: int, reply_to: tuple[int, str] | None = None) -> str:
    """A post whose classes and id say nothing of comments; a reply shows a tab linking its parent."""
    tab = (
        f"<a class='tab' href='#e-{reply_to[0]}' title='in reply to {reply_to[1]}'>{reply_to[1]}</a>"
        if reply_to
        else ""
    )
    return (
        f"<div class='entry' id='e-{n}'><div class='head'><a class='who' href='/u/{name}'>{name}</a>{tab}"
        f"<time datetime='2024-05-03T{hour:02d}:00:00+00:00'>May 3</time></div>"
        f"<div class='body'><p>{_said(n)}</p></div></div>"
    )


def test_reply_links_between_items_make_a_thread() -> None:
    body = "".join(
        [
            _entry(1, "ana", 9),
            _entry(2, "ben", 10, (1, "ana")),
            _entry(3, "cleo", 11),
            _entry(4, "dan", 12, (2, "ben")),
            _entry(5, "eve", 13, (3, "cleo")),
        ]
    )
    page = extract_comments(_page(f"<main>{body}</main>"), URL)
    assert [c.author for c in page.comments] == ["ana", "ben", "cleo", "dan", "eve"]
    assert page.comments[3].text == _said(4)
    assert _parents(page) == [None, 0, None, 1, 2]


def test_opening_post_declared_by_the_page_is_its_subject() -> None:
    head = (
        "<meta name='author' content='ana'><meta property='article:published_time' content='2024-05-03T09:00:00+00:00'>"
    )
    body = "".join([_entry(1, "ana", 9), _entry(2, "ben", 10, (1, "ana")), _entry(3, "cleo", 11, (2, "ben"))])
    page = extract_comments(_page(f"<main><h1>Ferry timetable</h1>{body}</main>", head), URL)
    assert [c.author for c in page.comments] == ["ben", "cleo"]
    assert _parents(page) == [None, 0]


def _toot(n: int, name: str, parent: int) -> str:
    return (
        f"<article class='note' id='note-{n}' data-in-reply-to-id='{parent}'><header><span class='display-name'>"
        f"<strong class='display-name__full'>{name.title()}</strong> <span class='display-name__handle'>@{name}</span>"
        f"</span><time datetime='2024-05-03T1{n % 10}:00:00Z'>May 3</time></header><p>{_said(n)}</p></article>"
    )


def test_parent_attributes_naming_other_items_make_a_thread() -> None:
    body = _toot(501, "ana", 400) + _toot(502, "ben", 501) + _toot(503, "cleo", 400) + _toot(504, "dan", 503)
    page = extract_comments(_page(f"<div class='focus'><p>The post itself.</p></div><div>{body}</div>"), URL)
    assert [c.author for c in page.comments] == ["Ana", "Ben", "Cleo", "Dan"]  # the name, not the handle
    assert page.comments[1].text == _said(502)
    assert _parents(page) == [None, 0, None, 2]


def _forum_post(n: int, name: str, stamp: str, title: str = "", quote: tuple[int, str, str] | None = None) -> str:
    quoted = (
        f"<div class='q'><div>Quote:</div><div>Originally posted by <b>{quote[1]}</b> "
        f"<a href='showthread.php?p={quote[0]}#msg{quote[0]}'>view</a></div><div>{quote[2]}</div></div>"
        if quote
        else ""
    )
    return (
        f"<table class='box' id='msg{n}'><tr><td>{stamp}</td></tr><tr><td><a class='name' href='member.php?u={n}'>"
        f"{name}</a></td><td><div><b>{title}</b></div><div id='text{n}'>{quoted}{_said(n)}</div>"
        f"<div>__________________<br>Signature of {name}, always the same.</div></td></tr></table>"
    )


def test_titled_opening_post_quotes_signatures_and_stamps() -> None:
    body = "".join(
        [
            _forum_post(11, "Opener", "05-03-2024, 07:48 AM", "Ferry timetable cut for islanders"),
            _forum_post(12, "Ann", "05-03-2024, 08:27 AM", "Re: Ferry timetable cut for islanders"),
            _forum_post(13, "Bob", "05-03-2024, 02:34 PM", quote=(12, "Ann", _said(12))),
            _forum_post(14, "Cy", "05-04-2024, 01:16 AM", quote=(11, "Opener", _said(11))),
        ]
    )
    page = extract_comments(_page(f"<div><a href='newreply.php'>Reply</a>{body}</div>"), URL)
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy"]
    assert [c.text for c in page.comments] == [_said(12), _said(13), _said(14)]  # no quote, no signature
    assert [c.published for c in page.comments] == ["2024-05-03T08:27:00", "2024-05-03T14:34:00", "2024-05-04T01:16:00"]
    assert _parents(page) == [None, 0, None]  # quoting the opening post answers the subject


def _note(n: int, name: str, hour: int) -> str:
    return (
        f"<li id='comment-{n}' class='comment'><span class='comment-copy'>{_said(n)}</span> – "
        f"<a class='comment-user' href='/users/{n}'>{name}</a> <span class='comment-date' title='2024-05-03 "
        f"{hour:02d}:00:00Z'>May 3</span></li>"
    )


def _signer(verb: str, name: str, day: int) -> str:
    return (
        f"<div class='signer'><span>{verb}</span> <span class='relativetime' title='2024-05-0{day} 10:00:00Z'>May</span>"
        f"<div itemprop='author' itemscope itemtype='http://schema.org/Person'><a href='/users/{name}'>{name}</a>"
        f"<span itemprop='name'>{name}</span></div></div>"
    )


def _answer(n: int, notes: str, signers: str) -> str:
    return (
        f"<div class='answer' id='answer-{n}' itemscope itemtype='https://schema.org/Answer'>"
        f"<div itemprop='text'><p>{_said(n)}</p></div>{signers}<ul class='comments'>{notes}</ul></div>"
    )


def test_comments_under_answers_answer_them_and_the_first_signer_wrote_it() -> None:
    """Every comment sits inside the answer it is about: one thread, parents by nesting. (Comments
    that also stand beside the answers, on the question, keep the answers out of the thread: on a
    real Q&A page the answers are the page's text, trafilatura-eval's german.stackexchange.com.)"""
    question = f"<div itemscope itemtype='https://schema.org/Question'><h1>Ferry timetable?</h1><p>{_said(0)}</p></div>"
    answers = _answer(
        10, _note(11, "ca", 12) + _note(12, "cb", 13), _signer("edited", "editor", 5) + _signer("answered", "writer", 3)
    )
    answers += _answer(20, _note(21, "cc", 14), _signer("answered", "other", 4))
    page = extract_comments(_page(question + answers), URL)
    assert [c.author for c in page.comments] == ["writer", "ca", "cb", "other", "cc"]
    assert page.comments[0].published == "2024-05-03T10:00:00+00:00"  # answered, not edited
    assert _parents(page) == [None, 0, 0, None, 3]


def _nested(n: int, name: str, replies: str = "", reply_to: int | None = None) -> str:
    """A list item of a nested thread; a reply also carries an "in reply to" link to its parent."""
    named = f"<p class='to'>In reply to <a href='#comment-{reply_to}'>#{reply_to}</a></p>" if reply_to else ""
    children = f"<ol class='children'>{replies}</ol>" if replies else ""
    return (
        f"<li id='comment-{n}'><div class='head'><b>{name}</b> "
        f"<time datetime='2024-05-03T{8 + n:02d}:00:00+00:00'>May 3</time></div>{named}"
        f"<div class='text'><p>{_said(n)}</p></div>{children}</li>"
    )


def test_a_reply_nested_in_its_parent_does_not_make_the_parent_answer_itself() -> None:
    """The "in reply to #1" link of a reply nested inside comment 1 is the reply's, not comment
    1's: comment 1 names no parent (it used to name itself, a loop the store had to cut)."""
    thread = _nested(1, "ana", _nested(2, "ben", _nested(3, "cleo", reply_to=2), reply_to=1)) + _nested(4, "dan")
    page = extract_comments(_page(f"<main><h1>Ferry</h1><ol class='thread'>{thread}</ol></main>"), URL)
    assert [c.author for c in page.comments] == ["ana", "ben", "cleo", "dan"]
    assert _parents(page) == [None, 0, 1, None]
    assert [c.parent_external_id for c in page.comments] == [None, "1", "2", None]


def _numbered(n: int, name: str, said: str, lead: str = "") -> str:
    """A numbered post of a flat board: its number alone in its head, a reply's pointer above its text."""
    return (
        f"<div class='post'><div class='head'><span class='no'>#{n}</span> <b>{name}</b> "
        f"<time datetime='2024-05-03T{8 + n:02d}:00:00+00:00'>May 3</time></div>{lead}"
        f"<div class='text'><p>{said}</p></div></div>"
    )


def test_a_reply_naming_an_earlier_comments_number_answers_it() -> None:
    posts = [
        _numbered(1, "ana", _said(1)),
        _numbered(2, "ben", _said(2), "<div class='ref'>Antwort auf #1 von ana</div>"),
        _numbered(3, "cleo", _said(3) + " See also item #2 of the plan, and #1 too."),
        _numbered(4, "dan", _said(4), "<p>&gt;&gt;2</p>"),
        _numbered(5, "eve", _said(5), "<div class='ref'>Antwort auf #7</div>"),  # no such earlier comment
    ]
    page = extract_comments(_page(f"<main><h1>Ferry</h1><section id='comments'>{''.join(posts)}</section></main>"), URL)
    assert [c.author for c in page.comments] == ["ana", "ben", "cleo", "dan", "eve"]
    # cleo names numbers inside her text, not as a pointer in front of it: she answers no one
    assert _parents(page) == [None, 0, None, 1, None]


def test_an_icon_link_to_the_parents_permalink_named_by_aria_label_makes_a_reply() -> None:
    """The link shows only an icon: its name for a screen reader says whom it answers."""

    def post(n: int, name: str, to: tuple[int, str] | None = None) -> str:
        icon = (
            f"<a href='{URL}?c={to[0]}' aria-label='Reply to {to[1]}'><svg viewBox='0 0 8 8'><path d='M0 0'/></svg></a>"
            if to
            else ""
        )
        return (
            f"<li class='x1' data-comment-id='{n}'><b>{name}</b>{icon}<a href='{URL}?c={n}'>"
            f"<time datetime='2024-05-03T{8 + n:02d}:00:00+00:00'>May 3</time></a><p>{_said(n)}</p></li>"
        )

    thread = post(1, "ana") + post(2, "ben", (1, "ana")) + post(3, "cleo") + post(4, "dan", (3, "cleo"))
    page = extract_comments(_page(f"<main><h1>Ferry</h1><ol id='comments'>{thread}</ol></main>"), URL)
    assert [c.author for c in page.comments] == ["ana", "ben", "cleo", "dan"]
    assert _parents(page) == [None, 0, None, 2]


def test_board_posts_answer_by_long_post_numbers() -> None:
    """A board's posts show long post numbers; a reply opens with ">>number" links."""

    def post(no: int, name: str, said: str, to: int | None = None) -> str:
        ref = f"<a href='#p{to}' class='ql'>&gt;&gt;{to}</a><br>" if to else ""
        return (
            f"<div class='postContainer'><div class='post' id='p{no}'><span class='name'>{name}</span> "
            f"<span class='dateTime'>05/03/24(Fri)1{no % 10}:0{no % 7}:00</span> <span class='postNum'>No.{no}</span>"
            f"<blockquote class='postMessage'>{ref}{said}</blockquote></div></div>"
        )

    posts = [
        post(48213370, "Anonymous", _said(1)),
        post(48213377, "Anonymous", _said(2), 48213370),
        post(48213391, "Anonymous", _said(3)),
        post(48213402, "Anonymous", _said(4), 48213377),
    ]
    page = extract_comments(
        _page(f"<main><h1>Ferry</h1><div class='thread' id='comments'>{''.join(posts)}</div></main>"), URL
    )
    assert len(page.comments) == 4
    assert _parents(page) == [None, 0, None, 1]


def test_a_floor_reply_answers_that_floor_and_its_pointer_is_not_its_text() -> None:
    """Numbered floors ("3楼"); a reply opens its text with "回复 1楼 name：", which names its
    parent and is not part of what the reader wrote."""

    def floor(n: int, name: str, said: str, to: tuple[int, str] | None = None) -> str:
        ref = f"<span class='re'>回复 {to[0]}楼 {to[1]}：</span>" if to else ""
        return (
            f"<div class='comment'><div class='hd'><span class='fl'>{n}楼</span><a class='nick' href='/u/{n}'>{name}</a>"
            f"<span class='t'>2024-05-03 1{n}:00</span></div><div class='bd'>{ref}{said}</div></div>"
        )

    said = ["我觉得这个政策其实不错。", "但是房价还是太高了。", "地铁和公交应该便宜一点。", "老百姓的工资没有涨。"]
    posts = [
        floor(1, "老王", said[0]),
        floor(2, "阿强", said[1], (1, "老王")),
        floor(3, "静静", said[2]),
        floor(4, "海风", said[3], (2, "阿强")),
    ]
    page = extract_comments(_page(f"<main><h1>地铁票价</h1><div id='comments'>{''.join(posts)}</div></main>"), URL)
    assert [c.author for c in page.comments] == ["老王", "阿强", "静静", "海风"]
    assert _parents(page) == [None, 0, None, 1]
    assert [c.text for c in page.comments] == said
