"""Flat forums whose replies are known only by the quote they open with, a message marked only by
its id (no text class), and a relative date whose absolute form sits in an attribute inside the
date area. Small hand-written pages, none in the shape of a known forum's templates."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://town.example/news/2024/05/bridge-closed"
HEAD = '<meta property="article:published_time" content="2024-05-02T18:00:00+00:00">'


def _page(body: str, head: str = HEAD) -> bytes:
    return (
        f"<html><head>{head}</head><body><article><h1>Bridge closed</h1><p>The story.</p></article>"
        f'<section class="comments">{body}</section></body></html>'
    ).encode()


SENTENCES = {
    701: "The detour through the harbour adds twenty minutes every single morning.",
    702: "Buses should get their own lane while the works last, nobody would complain.",
    703: "I ride across daily and the ferry timetable was never meant for commuters.",
    704: "A lane for buses sounds sensible, though the street is rather narrow there.",
    705: "Twenty minutes is optimistic, it took me forty today because of the lorries.",
}


def _post(n: int, user: str, minute: int, quote: str = "") -> str:
    return (
        f'<div class="entry" id="msg-{n}"><div class="side"><a class="poster" href="/members/{user}">{user}</a>'
        f'<div>Posts: {n % 97}</div></div><div class="main">'
        f'<time datetime="2024-05-03T10:{minute:02d}:00Z">3 May</time>'
        f'<div class="post-body">{quote}<p>{SENTENCES[n]}</p></div></div></div>'
    )


def _blockquote(n: int, user: str) -> str:
    return f'<blockquote><div><a href="#msg-{n}">{user} wrote:</a></div><p>{SENTENCES[n]}</p></blockquote>'


def test_flat_forum_quotes_thread_the_replies_and_leave_their_text() -> None:
    body = (
        _post(701, "greta", 1)
        + _post(702, "tomas", 5)
        + _post(703, "ines", 9)
        + _post(704, "olaf", 12, _blockquote(702, "tomas"))
        + _post(705, "pia", 20, _blockquote(701, "greta"))
    )
    page = extract_comments(_page(body), URL)
    got = [(c.author, c.text, c.parent, c.published) for c in page.comments]
    assert got == [
        ("greta", SENTENCES[701], None, "2024-05-03T10:01:00+00:00"),
        ("tomas", SENTENCES[702], None, "2024-05-03T10:05:00+00:00"),
        ("ines", SENTENCES[703], None, "2024-05-03T10:09:00+00:00"),
        ("olaf", SENTENCES[704], 1, "2024-05-03T10:12:00+00:00"),
        ("pia", SENTENCES[705], 0, "2024-05-03T10:20:00+00:00"),
    ]


def test_quote_without_attribution_threads_but_stays_in_the_text() -> None:
    bare = f"<blockquote><p>{SENTENCES[701]}</p></blockquote>"
    page = extract_comments(_page(_post(701, "greta", 1) + _post(702, "tomas", 5, bare)), URL)
    assert [c.parent for c in page.comments] == [None, 0]
    assert page.comments[1].text == f"{SENTENCES[701]}\n{SENTENCES[702]}"


def test_quote_of_nothing_earlier_on_the_page_is_no_parent() -> None:
    later = _blockquote(705, "pia")  # quotes words that only a later post has
    unknown = "<blockquote><div>someone wrote:</div><p>Words no post on this page has ever said.</p></blockquote>"
    body = _post(701, "greta", 1) + _post(702, "tomas", 5, unknown) + _post(703, "ines", 9, later)
    body += _post(705, "pia", 20)
    page = extract_comments(_page(body), URL)
    assert [c.parent for c in page.comments] == [None, None, None, None]
    assert page.comments[1].text.endswith(SENTENCES[702]) and "someone wrote" in page.comments[1].text


def _table_post(n: int, user: str, hour: int, quote: str = "") -> str:
    """One table per post: a header row with the date as text, a poster cell, a bold title line and
    the message, marked only by an id."""
    return (
        f'<table class="box" id="post{n}"><tr><td class="head">03.05.2024 {hour}:15</td><td class="head">#{n}</td></tr>'
        f'<tr><td class="side"><a class="username" href="/u/{user}">{user}</a><div>Member</div>'
        f"<div>Joined: March 2019</div><div>Posts: {n * 3}</div></td>"
        f'<td class="cell"><div><b>Re: Bridge closed</b></div><hr><div id="message_{n}">{quote}'
        f"{SENTENCES[n]}</div></td></tr></table>"
    )


def test_message_marked_only_by_id_is_the_text_and_its_quote_box_threads() -> None:
    quote = (
        '<div style="margin:8px"><div>Quote:</div><table><tr><td><div>Originally posted by <b>greta</b>'
        f"</div><div><i>{SENTENCES[701]}</i></div></td></tr></table></div>"
    )
    body = _table_post(701, "greta", 9) + _table_post(702, "tomas", 10) + _table_post(705, "pia", 11, quote)
    page = extract_comments(_page(body, head=""), URL)
    got = [(c.author, c.text, c.parent, c.published) for c in page.comments]
    assert got == [
        ("greta", SENTENCES[701], None, "2024-05-03T09:15:00"),
        ("tomas", SENTENCES[702], None, "2024-05-03T10:15:00"),
        ("pia", SENTENCES[705], 0, "2024-05-03T11:15:00"),
    ]


def test_absolute_date_in_a_title_inside_the_date_area_beats_the_age() -> None:
    def item(n: int, title: str, age: str) -> str:
        return (
            f'<li class="comment" id="comment-{n}"><span class="comment-author">user{n}</span>'
            f'<span class="meta">· <a href="#comment-{n}" title="{title}">{age}</a></span>'
            f'<div class="comment-text"><p>{SENTENCES[n]}</p></div></li>'
        )

    body = "<ul>" + item(701, "Friday, May 3, 2024 8:26 AM", "11 hours ago")
    body += item(702, "Friday, May 3, 2024 9:40 AM", "10 hours ago") + "</ul>"
    page = extract_comments(_page(body), URL)
    assert [c.published for c in page.comments] == ["2024-05-03T08:26:00", "2024-05-03T09:40:00"]
