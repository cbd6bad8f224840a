# ruff: noqa: E501
"""Unit tests of the comment extractor on small comment templates written for these tests."""

from __future__ import annotations

import re

import pytest

from autocrawl.extraction.comments import checks, fields
from autocrawl.extraction.comments.dom import clean_text
from autocrawl.extraction.comments.extract import extract_comments
from autocrawl.extraction.common.dom import any_case

URL = "https://blog.example.org/2024/05/a-post/"


def _page(body: str, head: str = "") -> bytes:
    return f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


ARTICLE = "<article class='post'><h1>A post</h1><p>The article text that must not leak.</p></article>"


def _wp_li(cid: int, author: str, text: str, depth: int, children: str = "") -> str:
    kids = f"<ol class='children'>{children}</ol>" if children else ""
    return (
        f"<li id='comment-{cid}' class='comment even depth-{depth}'>"
        f"<article id='div-comment-{cid}' class='comment-body'><footer class='comment-meta'>"
        f"<div class='comment-author vcard'><img alt='avatar of {author}' class='avatar'>"
        f"<b class='fn'>{author}</b> <span class='says'>says:</span></div>"
        f"<div class='comment-metadata'><a href='{URL}#comment-{cid}'>"
        f"<time datetime='2024-05-0{depth}T1{depth}:2{depth}:00+02:00'>May {depth}, 2024 at 1{depth}:2{depth}</time>"
        f"</a></div></footer><div class='comment-content'><p>{text}</p></div>"
        f"<div class='reply'><a class='comment-reply-link' href='?replytocom={cid}#respond'>Reply</a></div>"
        f"</article>{kids}</li>"
    )


def test_wordpress_threaded_four_deep() -> None:
    d4 = _wp_li(4, "Dora", "Fourth level answer here.", 4)
    d3 = _wp_li(3, "Carl", "Third level answer here.", 3, d4)
    d2 = _wp_li(2, "Bea", "Second level answer here.", 2, d3)
    tree = _wp_li(1, "Anna", "Top level comment here.", 1, d2) + _wp_li(5, "Emil", "Another top comment.", 1)
    body = ARTICLE + f"<div id='comments' class='comments-area'><h2>5 comments</h2><ol class='comment-list'>{tree}</ol>"
    body += "<div id='respond'><form id='commentform'><textarea name='comment'></textarea></form></div></div>"
    page = extract_comments(_page(body), URL)
    assert [c.author for c in page.comments] == ["Anna", "Bea", "Carl", "Dora", "Emil"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 2, None]
    assert page.comments[1].text == "Second level answer here."
    assert page.comments[0].published == "2024-05-01T11:21:00+02:00"
    assert page.comments[0].external_id == "1"
    assert page.comments[3].parent_external_id == "3"
    assert page.declared_count == 5
    assert all("article text" not in c.text and "Reply" not in c.text for c in page.comments)


def test_drupal_indented() -> None:
    def comment(cid: int, name: str, text: str) -> str:
        return (
            f"<a id='comment-{cid}'></a><article class='comment clearfix' typeof='sioc:Post sioct:Comment'>"
            f"<header><p class='submitted'><span class='username'>{name}</span> am "
            f"<time datetime='2023-10-18T13:11:26+02:00'>18. Oktober 2023 - 13:11</time>"
            f"<a href='/comment/{cid}#comment-{cid}' class='permalink'>Permanenter Link</a></p></header>"
            f"<div class='field-name-comment-body'><p>{text}</p></div>"
            f"<ul class='links inline'><li class='comment-reply'><a href='/comment/reply/1/{cid}'>Antworten</a></li>"
            f"</ul></article>"
        )

    body = ARTICLE + "<section id='comments' class='comment-wrapper'>" + comment(1, "Gerd", "Erster Kommentar.")
    body += "<div class='indented'>" + comment(2, "Malte", "Eine Antwort darauf.") + "</div>"
    body += comment(3, "Ina", "Noch ein Kommentar.") + "</section>"
    page = extract_comments(_page(body), URL)
    assert [(c.author, c.parent) for c in page.comments] == [("Gerd", None), ("Malte", 0), ("Ina", None)]
    assert page.comments[1].text == "Eine Antwort darauf."
    assert page.comments[0].published == "2023-10-18T13:11:26+02:00"


def test_hn_like_indentation_table() -> None:
    rows = ""
    for cid, (user, width, text) in enumerate(
        [
            ("alice", 0, "Root comment."),
            ("bob", 40, "Reply to alice."),
            ("carol", 80, "Reply to bob."),
            ("dave", 0, "Another root."),
        ]
    ):
        rows += (
            f"<tr class='athing comtr' id='{100 + cid}'><td><table><tr>"
            f"<td class='ind'><img src='s.gif' height='1' width='{width}'></td>"
            f"<td class='default'><span class='comhead'><a href='user?id={user}' class='hnuser'>{user}</a> "
            f"<span class='age' title='2023-07-21T19:51:36'><a href='item?id={100 + cid}'>1 day ago</a></span>"
            f"</span><div class='comment'><span class='commtext'>{text}</span>"
            f"<div class='reply'><a href='reply?id={100 + cid}'>reply</a></div></div></td></tr></table></td></tr>"
        )
    page = extract_comments(_page(f"<table class='comment-tree'>{rows}</table>"), "https://news.example.com/item?id=1")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("alice", None, "Root comment."),
        ("bob", 0, "Reply to alice."),
        ("carol", 1, "Reply to bob."),
        ("dave", None, "Another root."),
    ]
    assert page.comments[0].published == "2023-07-21T19:51:36"
    assert page.comments[0].external_id == "100"


def test_reddit_like_nested_divs() -> None:
    def thing(tid: str, author: str, text: str, kids: str = "") -> str:
        return (
            f"<div class='thing id-t1_{tid} comment' id='thing_t1_{tid}' data-type='comment' data-author='{author}'"
            f" data-fullname='t1_{tid}'><div class='entry'><p class='tagline'><a class='author' "
            f"href='https://www.example.com/user/{author}'>{author}</a> <span class='score'>5 points</span> "
            f"<time datetime='2016-10-13T12:04:09+00:00'>2 hours ago</time></p>"
            f"<div class='usertext-body'><div class='md'><p>{text}</p></div></div>"
            f"<ul class='buttons'><li><a href='#'>permalink</a></li><li><a href='#'>report</a></li></ul></div>"
            f"<div class='child'><div class='sitetable'>{kids}</div></div></div>"
        )

    body = "<div class='sitetable nestedlisting'>" + thing(
        "a1", "nate", "Question one?", thing("b2", "phil", "Answer.")
    )
    body += thing("c3", "kim", "Question two?") + "</div>"
    page = extract_comments(_page(body), "https://www.example.com/r/x/comments/1/")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("nate", None, "Question one?"),
        ("phil", 0, "Answer."),
        ("kim", None, "Question two?"),
    ]
    assert page.comments[1].external_id == "t1_b2"
    assert page.comments[1].parent_external_id == "t1_a1"


def test_schema_org_microdata() -> None:
    body = ARTICLE + "<section class='user-comments'>"
    for name, text in [("Ola", "Great read."), ("Per", "I disagree with the second point.")]:
        body += (
            "<div itemprop='comment' itemscope itemtype='https://schema.org/Comment'>"
            f"<span itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>{name}"
            "</span></span><meta itemprop='dateCreated' content='2021-03-04T05:06:07Z'>"
            f"<div itemprop='text'>{text}</div></div>"
        )
    page = extract_comments(_page(body + "</section>"), URL)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ola", "Great read."),
        ("Per", "I disagree with the second point."),
    ]
    assert page.comments[0].published == "2021-03-04T05:06:07+00:00"


def test_schema_org_json_ld() -> None:
    head = """<script type="application/ld+json">{"@context": "https://schema.org", "@type": "BlogPosting",
      "headline": "A post", "commentCount": 2, "comment": [{"@type": "Comment", "@id": "c1", "text": "Nice.",
      "author": {"@type": "Person", "name": "Ann"}, "dateCreated": "2020-01-02T03:04:05+01:00",
      "comment": [{"@type": "Comment", "@id": "c2", "text": "Thanks!", "author": "Bo"}]}]}</script>"""
    page = extract_comments(_page(ARTICLE, head), URL)
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Ann", "Nice.", None),
        ("Bo", "Thanks!", 0),
    ]
    assert page.comments[0].published == "2020-01-02T03:04:05+01:00"
    assert page.comments[1].parent_external_id == "c1"
    assert page.declared_count == 2


def test_news_site_block_and_german_dates() -> None:
    body = ARTICLE + "<div class='article-comments'><h3>Kommentare (2)</h3><ul class='comment-items'>"
    for i, (name, when, text) in enumerate(
        [
            ("Martin", "14. 01. 2020, 13:47", "Das sehe ich anders."),
            ("Petra", "3. März 2021 um 9:05 Uhr", "Danke!"),
        ]
    ):
        body += (
            f"<li class='comment-item' data-comment-id='{i + 7}'><div class='comment-header'>"
            f"<span class='user-name'>{name}</span><span class='comment-date'>{when}</span></div>"
            f"<div class='comment-text'><p>{text}</p></div><button>Antworten</button> <a href='#'>Melden</a></li>"
        )
    page = extract_comments(_page(body + "</ul></div>"), URL)
    assert [(c.author, c.published, c.text) for c in page.comments] == [
        ("Martin", "2020-01-14T13:47:00", "Das sehe ich anders."),
        ("Petra", "2021-03-03T09:05:00", "Danke!"),
    ]
    assert page.comments[0].external_id == "7"
    assert page.declared_count == 2


def test_flat_replies_marked_by_class() -> None:
    body = "<div class='recipe-comments'>"
    for cls, name in [("comment-item", "a1"), ("comment-item comment-sub", "b2"), ("comment-item", "c3")]:
        body += (
            f"<div class='{cls}'><strong><a href='/user/profil/{name}.html'>{name}</a></strong>"
            f"<p>Text by {name}.</p><div class='comment-date'><small>11.04.2020 22:26</small></div></div>"
        )
    page = extract_comments(_page(body + "</div>"), URL)
    assert [(c.author, c.parent) for c in page.comments] == [("a1", None), ("b2", 0), ("c3", None)]
    assert page.comments[0].text == "Text by a1."


def test_paginated_next_link() -> None:
    tree = _wp_li(1, "Anna", "Top level comment here.", 1) + _wp_li(2, "Emil", "Another top comment.", 1)
    body = ARTICLE + (
        f"<div id='comments' class='comments-area'><ol class='comment-list'>{tree}</ol>"
        "<nav class='comment-navigation'><div class='nav-previous'>"
        "<a href='/2024/05/a-post/comment-page-2/#comments'>Older Comments</a></div></nav></div>"
        "<nav class='post-navigation'><a rel='next' href='/2024/06/next-post/'>Next post</a></nav>"
    )
    page = extract_comments(_page(body), URL)
    assert len(page.comments) == 2
    assert page.next_page_url == "https://blog.example.org/2024/05/a-post/comment-page-2/"


def test_comment_page_links() -> None:
    body = (
        ARTICLE
        + "<p><a href='#comments'>12 Kommentare</a> <a href='/2024/05/a-post/comments/'>Read all 42 comments</a></p>"
    )
    page = extract_comments(_page(body), URL)
    assert page.comments == []
    assert page.comment_page_urls == ["https://blog.example.org/2024/05/a-post/comments/"]
    assert page.declared_count == 12


def test_placeholder_only() -> None:
    body = ARTICLE + (
        "<section class='comments'><h3>Reader comments</h3>"
        "<div class='comment-empty'><p>Nothing yet. Be the first to comment.</p></div></section>"
    )
    assert extract_comments(_page(body), URL).comments == []
    body = ARTICLE + "<div id='comments'><h2>0 comments</h2><p class='no-comments'>No comments yet</p></div>"
    assert extract_comments(_page(body), URL).comments == []


def test_comment_form_only() -> None:
    body = ARTICLE + (
        "<div id='respond' class='comment-respond'><h3 class='comment-reply-title'>Leave a Reply</h3>"
        "<form id='commentform' class='comment-form'><p class='comment-notes'>Your email address will not be "
        "published.</p><p class='comment-form-comment'><label>Comment</label><textarea name='comment'></textarea>"
        "</p><p class='comment-form-author'><label>Name</label><input name='author'></p>"
        "<input type='submit' value='Post Comment'></form></div>"
    )
    assert extract_comments(_page(body), URL).comments == []


def test_login_prompt_only() -> None:
    body = ARTICLE + (
        "<div class='comments-section'><div class='comment-login'><strong>Kommentare</strong>"
        "<p>Du musst angemeldet sein, um einen Kommentar abzugeben.</p><a href='/login'>Anmelden</a></div>"
        "<div class='cookie-notice'>We use cookies.</div></div>"
    )
    assert extract_comments(_page(body), URL).comments == []


def test_relative_dates_anchored_to_page_date() -> None:
    head = "<meta property='article:modified_time' content='2024-05-10T12:00:00+00:00'>"
    body = "<div class='comments'>"
    for name, age in [("x1", "3 hours ago"), ("x2", "vor 2 Tagen")]:
        body += (
            f"<div class='comment'><span class='author'>{name}</span> <span class='date'>{age}</span>"
            f"<div class='comment-text'>Hello from {name}.</div></div>"
        )
    page = extract_comments(_page(body + "</div>", head), URL)
    assert [c.published for c in page.comments] == ["2024-05-10T09:00:00+00:00", "2024-05-08"]
    page = extract_comments(_page(body + "</div>"), URL)
    assert [c.published for c in page.comments] == [None, None]


def test_no_comment_section_is_empty() -> None:
    assert extract_comments(_page(ARTICLE), URL).comments == []
    assert extract_comments(b"", URL).comments == []
    assert extract_comments(b"\x00\xff\xfe binary", URL).comments == []


def test_disqus_like_export() -> None:
    def post(pid: int, user: str, text: str, kids: str = "") -> str:
        children = f"<ul class='children'>{kids}</ul>" if kids else ""
        return (
            f"<li class='post' id='post-{pid}'><div class='post-content'><div class='avatar'><img alt='Avatar'></div>"
            f"<div class='post-body'><header><span class='post-byline'><span class='author'>"
            f"<a data-username='{user}' href='https://disqus.com/by/{user}/'>{user}</a></span></span>"
            f"<span class='post-meta'><a class='time-ago' href='#comment-{pid}' "
            f"title='Monday, October 3, 2016 5:44 PM'>3 hours ago</a></span></header>"
            f"<div class='post-message'><p>{text}</p></div><footer><a class='vote-up'>12</a>"
            f"<a class='reply'>Reply</a><a class='share'>Share ›</a></footer></div></div>{children}</li>"
        )

    tree = post(1, "ann", "First!", post(2, "ben", "Second, replying.")) + post(3, "cy", "Third.")
    body = ARTICLE + f"<div id='disqus_thread'><ul id='post-list' class='post-list'>{tree}</ul></div>"
    page = extract_comments(_page(body), URL)
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("ann", None, "First!"),
        ("ben", 0, "Second, replying."),
        ("cy", None, "Third."),
    ]
    assert page.comments[0].published == "2016-10-03T17:44:00"
    assert page.comments[1].external_id == "2"


def test_flat_list_with_parent_attributes() -> None:
    body = "<div class='comments-section'>"
    for cid, parent, name in [(10, "", "root"), (11, "10", "kid"), (12, "", "other"), (13, "11", "grandkid")]:
        body += (
            f"<div class='comment' data-comment-id='{cid}' data-parent-id='{parent}'>"
            f"<span class='comment-author'>{name}</span><time datetime='2022-02-02T10:00:00Z'>x</time>"
            f"<div class='comment-text'>Words of {name}.</div></div>"
        )
    page = extract_comments(_page(body + "</div>"), URL)
    assert [(c.author, c.parent) for c in page.comments] == [
        ("root", None),
        ("kid", 0),
        ("other", None),
        ("grandkid", 1),
    ]
    assert page.comments[3].parent_external_id == "11"


def test_date_formats() -> None:
    from datetime import datetime

    from autocrawl.extraction.comments.dates import parse_date_text, parse_iso, parse_relative

    assert parse_date_text("February 20, 2019 at 3:42 pm") == "2019-02-20T15:42:00"
    assert parse_date_text("18. Oktober 2023 - 13:11") == "2023-10-18T13:11:00"
    assert parse_date_text("26 abril 2022 a las 14:02") == "2022-04-26T14:02:00"
    assert parse_date_text("14. 01. 2020, 13:47") == "2020-01-14T13:47:00"
    assert parse_date_text("10/18/2019 3:42 pm") == "2019-10-18T15:42:00"
    assert parse_date_text("2019/10/18") == "2019-10-18"
    assert parse_date_text("no date here") is None
    assert parse_iso("2016-10-13T12:04:09+00:00") == "2016-10-13T12:04:09+00:00"
    assert parse_iso("2021-03-04T05:06:07Z") == "2021-03-04T05:06:07+00:00"
    anchor = datetime(2024, 5, 10, 12, 0)
    assert parse_relative("Gestern, 14:20", anchor) == "2024-05-09T14:20:00"
    assert parse_relative("pred 2 hodiny", anchor) == "2024-05-10T10:00:00"
    assert parse_relative("3 hours ago", None) is None


def test_unmarked_items_inside_named_comment_area() -> None:
    body = ARTICLE + "<section id='comments'><h2>3 Kommentare</h2>"
    for name, when, text in [
        ("Olga", "12.03.2021 10:15", "Sehr gut geschrieben."),
        ("Piet", "12.03.2021 11:20", "Ich sehe das anders."),
        ("Quirin", "13.03.2021 08:05", "Danke für den Artikel!"),
    ]:
        body += (
            f"<div class='entry-box'><div class='head'><span class='nick'>{name}</span>"
            f"<span class='when'>{when}</span></div><div class='words'><p>{text}</p></div></div>"
        )
    page = extract_comments(_page(body + "</section>"), URL)
    assert [(c.author, c.published, c.text) for c in page.comments] == [
        ("Olga", "2021-03-12T10:15:00", "Sehr gut geschrieben."),
        ("Piet", "2021-03-12T11:20:00", "Ich sehe das anders."),
        ("Quirin", "2021-03-13T08:05:00", "Danke für den Artikel!"),
    ]
    assert page.declared_count == 3


def test_paginated_arrows_and_page_parameter() -> None:
    tree = _wp_li(1, "Anna", "Top level comment here.", 1) + _wp_li(2, "Emil", "Another top comment.", 1)
    for link, expected in [
        (
            "<a href='/2024/05/a-post/comment-page-1/#comments'>&larr; Older Comments</a>",
            "https://blog.example.org/2024/05/a-post/comment-page-1/",
        ),
        ("<a href='?cpage=3'>Newer Comments &rarr;</a>", "https://blog.example.org/2024/05/a-post/?cpage=3"),
        ("<a href='/2024/05/next-article/'>Next article &raquo;</a>", None),
    ]:
        body = (
            f"<div id='comments' class='comments-area'><ol class='comment-list'>{tree}</ol>"
            f"<div class='comment-navigation'>{link}</div></div>"
        )
        assert extract_comments(_page(body), URL).next_page_url == expected


def test_flat_list_threaded_by_depth_attribute() -> None:
    body = "<div class='comments'>"
    for depth, name in [(0, "a"), (1, "b"), (2, "c"), (1, "d"), (0, "e")]:
        body += (
            f"<div class='comment' data-depth='{depth}'><span class='author'>{name}</span>"
            f"<time datetime='2020-01-01T00:00:00Z'></time><div class='comment-text'>text {name}</div></div>"
        )
    page = extract_comments(_page(body + "</div>"), URL)
    assert [(c.author, c.parent) for c in page.comments] == [("a", None), ("b", 0), ("c", 1), ("d", 0), ("e", None)]


def test_case_folded_patterns_match_as_re_ignorecase() -> None:
    """The patterns searched with any_case (ASCII text lowered, no re.I) are written in lowercase, and
    answer as re's case folding does."""
    texts = ["BE THE FIRST to say", "Leave A Reply", "Comments (0)", "Sé El Primero", "MÜSSEN ANGEMELDET"]
    texts += ["Nice post", "ſign in to comment", " 0 KOMMENTARE", "Anna Says:", "LOG IN", "@x"]
    for pattern in (checks._PLACEHOLDER, checks._ZERO, checks._BAD_AUTHOR, fields._SAYS_RE):
        literal = re.sub(r"\\.", "", pattern.pattern)  # escapes (\W, \S) keep their case
        assert literal == literal.lower(), pattern.pattern[:30]
        for text in texts:
            expected = pattern.search(text)
            assert any_case(pattern, text) == (expected is not None), (pattern.pattern[:20], text)
    says = fields._says("Anna SAYS:")
    assert says is not None and says.span() == (4, 10)


def test_clean_text_runs_of_spaces() -> None:
    assert clean_text(" a  b\t\u00a0c \n \n d ") == "a b c\nd"
    assert clean_text("one two") == "one two"
    assert clean_text("x\u200by\r\nz") == "x y\nz"


def test_byte_precheck_finds_comment_words_inside_tags_only() -> None:
    """The pre-check is the one its docstring defines: a word of _PRECHECK_WORDS whose last "<"
    within 150 bytes before it is not closed by a ">" (or a JSON "comment" key)."""
    from autocrawl.extraction.comments.extract import _PRECHECK_WORDS, _precheck

    words = b"|".join(_PRECHECK_WORDS)
    regex = re.compile(b"(?:" + words + b")")

    def defined(html: bytes) -> bool:
        low = html.lower()
        if b'"comment' in low:
            return True
        for m in regex.finditer(low):
            before = low[max(0, m.start() - 150) : m.start()]
            if before.rfind(b"<") > before.rfind(b">"):
                return True
        return False

    pad = b"x" * 144
    cases = [
        b"<div class='Comment-list'>",  # in a tag, any case
        b"<p>No comments yet, reply below.</p>",  # words in the text only
        b"<a " + pad + b"reply>",  # "<" 147 bytes before the word: inside
        b"<a " + pad + b"xxxx reply>",  # "<" 152 bytes before: too far
        b"<a " + pad + b"xkommentar>",  # "omment" 149 bytes after the "<": inside
        b"<a data-x='>' " + pad + b"reply>",  # a ">" after the "<": outside
        b"<span>discussion</span><b>diskussion",
        b'{"commentCount": 3}',
        b"<A HREF='/REPLYTOCOM'>",
    ]
    for html in cases:
        assert (_precheck(html) is not None) == defined(html), html
    assert [_precheck(h) is not None for h in cases[:5]] == [True, False, True, False, True]


@pytest.mark.parametrize(
    ("declared", "count"),
    [
        ('<span itemprop="commentCount" content="12"></span>', 12),
        ('<span itemprop="commentCount" content="99999999999"></span>', None),  # beyond any real count
        ('<span itemprop="commentCount">²</span>', None),  # a digit to str.isdigit, none to int()
        ('<script type="application/ld+json">{"commentCount": 123456789012}</script>', None),  # not its first 7 digits
    ],
)
def test_a_declared_comment_count_is_a_count_a_page_can_have(declared: str, count: int | None) -> None:
    thread = "<ol class='comment-list'>" + "".join(
        f"<li class='comment' id='comment-{n}'><b class='fn'>{name}</b><time datetime='2024-05-01T10:0{n}:00Z'>"
        f"May 1</time><div class='comment-content'><p>{name} thinks so too, on this post.</p></div></li>"
        for n, name in enumerate(["Ann", "Bo"], start=1)
    )
    page = extract_comments(_page(ARTICLE + declared + f"<div id='comments'>{thread}</ol></div>"), URL)
    assert page.error is None and len(page.comments) == 2
    assert page.declared_count == count


@pytest.mark.parametrize(
    ("depth", "shown"),
    [
        ("²", "3 hours ago"),  # a digit to str.isdigit, none to float()
        ("1", "9999999 years ago"),  # before any date there is
    ],
)
def test_a_depth_or_an_age_beyond_numbers_loses_no_comment(depth: str, shown: str) -> None:
    items = "".join(
        f"<li class='comment' id='comment-{n}' data-depth='{depth}'><b class='fn'>{name}</b>"
        f"<span class='date'>{shown}</span><div class='comment-content'><p>{name} thinks so too, on this post.</p>"
        "</div></li>"
        for n, name in enumerate(["Ann", "Bo", "Cy"], start=1)
    )
    page = extract_comments(_page(ARTICLE + f"<div id='comments'><ol class='comment-list'>{items}</ol></div>"), URL)
    assert page.error is None
    assert [c.author for c in page.comments] == ["Ann", "Bo", "Cy"]


@pytest.mark.parametrize("tag", ["div", "span", "b"])
def test_a_comment_nested_deeper_than_the_stack_loses_nothing(tag: str) -> None:
    """Markup nested 1,500 levels inside a comment (libxml2 keeps up to 2,048; Python's stack holds
    1,000 calls): the text walks recursed, raised RecursionError, and the page's comments were lost."""
    deep = 1500
    items = "".join(
        f"<li class='comment' id='comment-{n}'><b class='fn'>{name}</b><time datetime='2024-05-01T10:0{n}:00Z'>"
        f"May 1</time><div class='comment-content'>{f'<{tag}>' * deep}<p>{name} has a word to say here.</p>"
        f"{f'</{tag}>' * deep}</div></li>"
        for n, name in enumerate(["Ann", "Bo", "Cy"], start=1)
    )
    page = extract_comments(_page(ARTICLE + f"<div id='comments'><ol class='comment-list'>{items}</ol></div>"), URL)
    assert page.error is None
    assert [(c.author, c.text) for c in page.comments] == [
        (name, f"{name} has a word to say here.") for name in ["Ann", "Bo", "Cy"]
    ]


def test_schema_org_json_ld_flat_comments_answering_by_parent_item() -> None:
    head = """<script type="application/ld+json">{"@context": "https://schema.org",
      "@type": "DiscussionForumPosting", "@id": "https://news.example.com/t/1", "headline": "A topic",
      "comment": [
        {"@type": "Comment", "@id": "#c1", "text": "First.", "author": "Ann",
         "parentItem": {"@id": "https://news.example.com/t/1"}},
        {"@type": "Comment", "@id": "#c2", "text": "Second.", "author": "Bo"},
        {"@type": "Comment", "@id": "#c3", "text": "To Ann.", "author": "Cy", "parentItem": {"@id": "#c1"}},
        {"@type": "Comment", "@id": "#c4", "text": "To Cy.", "author": "Di", "parentItem": "#c3"},
        {"@type": "Comment", "@id": "#c5", "text": "Also to Ann.", "author": "Ed",
         "parentItem": {"url": "https://news.example.com/t/1#c1"}}]}</script>"""
    page = extract_comments(_page(ARTICLE, head), URL)
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Ann", None),
        ("Bo", None),
        ("Cy", 0),
        ("Di", 2),
        ("Ed", 0),  # named by its whole address
    ]
    assert page.comments[3].parent_external_id == "#c3"


def test_a_reply_links_to_the_anchor_on_the_box_around_the_comment_it_answers() -> None:
    """The comments found are the posts' columns; the anchor a reply's "in reply to" link names is on
    the box around each (`<article id=…>`): the reply answers the comment in that box."""
    import lxml.html

    from autocrawl.extraction.comments.parent import assign_parents

    page = lxml.html.fromstring(
        "<div>"
        + "".join(
            f'<article id="c-{n}a7"><div class="col"><b>u{n}</b>'
            + (f'<a href="#c-{n - 1}a7" title="in reply to u{n - 1}">in reply to u{n - 1}</a>' if n else "")
            + "<p>words</p></div></article>"
            for n in range(3)
        )
        + "</div>"
    )
    items = page.xpath("//div[@class='col']")
    assert assign_parents(items, [None] * 3, ["u0", "u1", "u2"]) == [None, 0, 1]


def test_comments_in_a_declarative_shadow_root_are_read() -> None:
    """A comment widget rendered on the server as a web component: its thread is the content of a
    `<template shadowrootmode="open">` inside the host element, which a browser shows in place."""
    names = ["Ann Weber", "Ben Kroll", "Cora Lind"]
    items = "".join(
        f'<li class="comment"><span class="comment-author">{name}</span> '
        f'<time datetime="2024-05-03T1{n}:00:00+02:00">3. Mai 2024</time>'
        f"<p>Comment number {n} says the new tram line should run until midnight on weekends.</p></li>"
        for n, name in enumerate(names)
    )
    html = (
        '<html lang="de"><head><meta charset="utf-8"></head><body><article><h1>Tram</h1><p>The story.</p></article>'
        f'<comments-widget><template shadowrootmode="open"><ol class="comment-list">{items}</ol></template>'
        "</comments-widget></body></html>"
    ).encode()
    page = extract_comments(html, "https://news.example/2024/05/tram")
    assert [c.author for c in page.comments] == names
    assert all(c.text.startswith("Comment number") for c in page.comments)


def _talk_page(posts: str) -> bytes:
    return (
        '<html lang="en"><head><meta charset="utf-8"></head><body><article><h1>Ferry timetable</h1>'
        f'<p>The story.</p></article><div class="discussion">{posts}</div></body></html>'
    ).encode()


def test_replies_listed_after_the_comments_action_bar_answer_that_comment() -> None:
    """Each post's replies are a list after the post and its action bar (siblings in the thread's
    box), not inside the post: the list answers the post before the bar."""

    def post(n: int, name: str, replies: str = "") -> str:
        return (
            f'<li class="t"><div class="p" id="post-{n}"><div class="hd"><a class="by" href="/-/users/u{n}">{name}</a> '
            f'<time datetime="2024-05-0{n}T10:00:00Z">May {n}</time></div>'
            f'<div class="bd"><p>Post {n} on the ferry timetable and why the late boat should stay in winter.</p></div></div>'
            '<div class="as"><button>Reply</button><button aria-label="Like">3</button></div>'
            f'<ol class="res">{replies}</ol></li>'
        )

    thread = post(1, "Ann Lee", post(2, "Ben Ross", post(3, "Cara Diaz")) + post(4, "Dan Fox")) + post(5, "Eve Moss")
    page = extract_comments(_talk_page(f'<ol class="res">{thread}</ol>'), "https://forum.example/t/ferry/12")
    assert [c.author for c in page.comments] == ["Ann Lee", "Ben Ross", "Cara Diaz", "Dan Fox", "Eve Moss"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]


def test_a_profile_link_showing_a_display_name_and_a_handle_names_the_display_name() -> None:
    def post(n: int, name: str, handle: str) -> str:
        return (
            f'<div class="p" id="post-{n}"><div class="hd"><a href="/-/users/{handle}">'
            f'<img src="/a/{handle}.png" alt=""><span>{name}</span> <span><span>@</span>'
            f'{handle}</span></a> <span class="at">{n}d</span></div>'
            f'<div class="bd"><p>Post {n}: the late ferry is the only way home after the evening shift.</p></div></div>'
        )

    names = [("Greta Castellano", "gcastellano"), ("Dmitri Ashdown", "dashdown"), ("Felix Okafor", "fokafor")]
    posts = "".join(post(n, name, handle) for n, (name, handle) in enumerate(names, 1))
    page = extract_comments(_talk_page(posts), "https://forum.example/t/ferry/12")
    assert [c.author for c in page.comments] == [name for name, _ in names]


def test_an_old_board_of_table_rows_indented_by_blank_cells() -> None:
    """One table row per post, indented by as many blank cells as its depth, each post's poster a
    name linking to a mail address in a "from … on <date>" line of <font> markup."""
    rows = [(0, "Vesela", "03.05.2024 08:11"), (1, "Georgi", "03.05.2024 10:15"), (2, "Maria", "03.05.2024 12:16"),
            (1, "Ivan", "03.05.2024 14:57"), (0, "Stefan", "03.05.2024 17:25")]  # fmt: skip
    html_rows = "".join(
        f'<tr bgcolor="#ffffff">{"<td width=18>&nbsp;</td>" * depth}<td colspan="{5 - depth}" class="msg">'
        f'<a name="m{n}"></a><font face="Verdana" size="2"><b>Re: Water on the trail</b><br>'
        f'<font size="1" color="#666666">from <a href="mailto:{n}@mail.example.bg">{name}</a> on {when}</font>'
        f"<br><br>Post {n} says the spring below the hut runs dry in August, bring two litres.<br><br>"
        f'<font size="1">[<a href="opinions.php?id=72&amp;re={n}">Reply</a>]</font></font></td></tr>'
        for n, (depth, name, when) in enumerate(rows)
    )
    html = (
        '<html lang="bg"><head><meta charset="utf-8"></head><body><h1>Hut opening</h1><p>The story.</p>'
        f'<table width="600" cellpadding="4">{html_rows}</table></body></html>'
    ).encode()
    page = extract_comments(html, "https://hiking.example.bg/opinions.php?id=72")
    assert [c.author for c in page.comments] == [name for _, name, _ in rows]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]
    assert all("from" not in c.text and c.text.endswith("bring two litres.") for c in page.comments)


def test_indentation_on_each_comments_box_orders_the_replies() -> None:
    """A flat list whose replies are indented by an inline margin on the box around each comment
    (the marked comment is inside it, the box holds no other comment)."""
    rows = [(0, "Anna"), (20, "Ján"), (40, "Zuzana"), (20, "Peter"), (0, "obcan"), (20, "Eva")]
    boxes = "".join(
        f'<div class="{"odd" if n % 2 else "even"}" id="comment-item-{n}"'
        + (f' style="margin-left: {margin}px"' if margin else "")
        + f'><div class="rbox"><div class="comment-box"><a class="comment-anchor" href="#comment-{n}" id="comment-{n}">'
        f'#{n + 1}</a> <span class="comment-author">{name}</span> <span class="comment-date">0{n + 1}.05.2024</span>'
        f'<div class="comment-body">Comment {n} on the new pavement along the main street.</div></div></div></div>'
        for n, (margin, name) in enumerate(rows)
    )
    page = extract_comments(
        _talk_page(f'<div id="comments-list">{boxes}</div>'), "https://obec.example.sk/aktuality/chodnik"
    )
    assert [c.author for c in page.comments] == [name for _, name in rows]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None, 4]


def test_a_day_shown_takes_its_minute_from_the_permalinks_title() -> None:
    def post(n: int, name: str) -> str:
        return (
            f'<div class="comment" id="c{n}"><div class="comment-header"><span class="comment-author">{name}</span>'
            f'<div class="comment-date"><a href="#c{n}" title="Permalink – Thursday, 2 May 2024, 0{n}:40">2 May 2024</a>'
            f"</div></div><p>Comment {n}: the tomatoes went in late this year and still did well.</p></div>"
        )

    page = extract_comments(_talk_page(post(1, "Oriol") + post(2, "Arnau")), "https://blog.example/hort")
    assert [c.published for c in page.comments] == ["2024-05-02T01:40:00", "2024-05-02T02:40:00"]


def test_a_reply_names_its_parent_by_the_address_the_parents_date_links_to() -> None:
    """Webmention-like replies from other sites: each names the one it answers by that one's own
    address (the link around its time), not by an id on this page."""
    posts = [
        ("Mads Jensen", "https://fosstodon.example.org/@mads/112400000007958595", None),
        ("Sofie Nielsen", "https://mastodon.example.dk/@sofie/112400000007974433", None),
        ("Mette Kjær", "https://notes.example.dk/2024/05/1006/", 0),
        ("Søren Larsen", "https://social.example.eu/@soeren/112400000007982352", 2),
    ]
    items = ""
    for n, (name, own, parent) in enumerate(posts):
        reply = (
            f'<p class="context">Reply to <a class="u-in-reply-to" href="{posts[parent][1]}">{posts[parent][0]}</a></p>'
            if parent is not None
            else ""
        )
        items += (
            f'<li class="h-cite u-comment" id="wm-{n}"><a class="p-author h-card" href="https://{n}.example/">'
            f'{name}</a> <a class="u-url" href="{own}"><time class="dt-published" '
            f'datetime="2024-05-04T0{n}:32:00+02:00">4 May 2024</time></a>{reply}'
            f'<div class="e-content"><p>Reply {n} about the rye bread that would not rise in a cold kitchen.</p></div></li>'
        )
    page = extract_comments(_talk_page(f'<ul class="webmentions">{items}</ul>'), "https://bread.example.dk/2024/05/rye")
    assert [c.author for c in page.comments] == [name for name, _, _ in posts]
    assert [c.parent for c in page.comments] == [parent for _, _, parent in posts]


def test_a_reply_bar_labelled_for_screen_readers_names_the_parent() -> None:
    """A chat archive's reply: a bar above the message quotes the start of the one it answers and
    says to screen readers whom ("Replying to Juniper"); the messages themselves are flat. Of two
    messages by that person, the quoted one is answered."""
    posts = [("pico", None), ("Juniper", None), ("Juniper", None), ("wheel", 1), ("Wren", 0)]

    def text(n: int) -> str:
        return f"Message {n}: the sensor answers on the second address once the pull-up is in."

    items = "".join(
        '<li class="comment"><div class="art" role="article">'
        + (
            f'<div class="ctx" aria-label="Replying to {posts[parent][0]}"><span>@{posts[parent][0]}</span>'
            f'<div role="link">{text(parent)[:40]}</div></div>'
            if parent is not None
            else ""
        )
        + f'<div class="hd"><h3><span class="comment-author">{name}</span> <time datetime="2024-05-03T0{n}:33:00Z">'
        f'05/03/2024 {n}:33 AM</time></h3><div class="c"><p>{text(n)}</p></div></div></div></li>'
        for n, (name, parent) in enumerate(posts)
    )
    page = extract_comments(_talk_page(f'<ol class="chat">{items}</ol>'), "https://chat.example/channels/1/2")
    assert [c.author for c in page.comments] == [name for name, _ in posts]
    assert [c.parent for c in page.comments] == [None, None, None, 1, 0]
