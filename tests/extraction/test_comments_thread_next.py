"""The next page of a thread that is the page (a forum topic) is named by rel="next" wherever that
sits: a page bar above and below the posts (outside the element that holds them) or a
`<link rel="next">` in the head. Never the page's own next page when the page is something else: a
blog's next post, an article's page 2, a listing's next page, a link a reader wrote into a post.

And links resolve against the page's `<base href>` as a browser resolves them, when that base is on
the page's own host; a base elsewhere (another host or port, `javascript:`) is passed over."""

from __future__ import annotations

import pytest

from autocrawl.extraction import extract_comments

FORUM = "https://forum.example/topic/4521-parking-fees-on-the-seafront/"
WORDS = ["harbour", "council", "parking", "ferry", "market", "summer", "budget", "visitors", "residents", "bridge"]


def _words(n: int, seed: int) -> str:
    return " ".join(WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(n)).capitalize() + "."


def _post(n: int, text: str | None = None) -> str:
    return (
        f'<div class="postbit" id="post{n}"><div class="userinfo"><a class="username" href="/member/u{n % 3}/">'
        f'User{n % 3}</a><span class="joined">Joined: Mar 2019</span></div><div class="postdetails">'
        f'<span class="postdate"><time datetime="2026-12-04T09:{10 + n}:00Z">2026-12-04</time></span> '
        f'<a class="postcounter" href="#post{n}">#{n}</a><div class="postcontent"><p>{text or _words(25, n)}</p>'
        "</div></div></div>"
    )


def _forum(nav: str = "", head: str = "", posts: str = "", title: str = "Parking fees on the seafront") -> bytes:
    posts = posts or "".join(_post(n) for n in range(1, 9))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title} - Town forum</title>{head}'
        '</head><body><div id="header"><a href="/">Town forum</a></div>'
        '<div id="breadcrumb"><a href="/">Forum</a> › <a href="/local/">Local issues</a></div>'
        f'<h1 class="threadtitle">{title}</h1>{nav}<div id="posts">{posts}</div>{nav}'
        '<div id="footer">Powered by a forum</div></body></html>'
    ).encode()


def _pagenav(href: str, text: str = "Next ›") -> str:
    return f'<div class="pagenav"><a href="{FORUM}">1</a> <a href="{href}">2</a> <a rel="next" href="{href}">{text}</a></div>'


@pytest.mark.parametrize(
    ("url", "nav", "head", "expected"),
    [
        # the page bar above and below the posts, outside #posts
        (FORUM, _pagenav("/topic/4521-parking-fees-on-the-seafront/page-2"), "", FORUM + "page-2"),
        (FORUM, _pagenav("/topic/4521-parking-fees-on-the-seafront/page-2", "Next page"), "", FORUM + "page-2"),
        (FORUM, _pagenav("/topic/4521-parking-fees-on-the-seafront/?page=2"), "", FORUM + "?page=2"),
        # only a <link rel="next"> in the head
        (FORUM, "", '<link rel="next" href="/topic/4521-parking-fees-on-the-seafront/page-2">', FORUM + "page-2"),
        # page 2 names page 3
        (FORUM + "page-2", "", f'<link rel="next" href="{FORUM}page-3">', FORUM + "page-3"),
        # a forum script's query: the topic's id stays, the offset is the page number
        (
            "https://forum.example/viewtopic.php?t=4521&start=15",
            "",
            '<link rel="next" href="viewtopic.php?t=4521&amp;start=30">',
            "https://forum.example/viewtopic.php?t=4521&start=30",
        ),
    ],
)
def test_a_thread_pages_rel_next_outside_the_posts_is_its_next_page(
    url: str, nav: str, head: str, expected: str
) -> None:
    page = extract_comments(_forum(nav, head), url)
    assert len(page.comments) == 8
    assert page.next_page_url == expected


def test_a_topic_whose_opening_post_is_its_subject_counts_that_post_as_the_threads() -> None:
    # a long opening post (titled as the page is, so left out of the comments) and short replies:
    # the replies alone hold less of the page than the opening post
    title = "Parking fees on the seafront"
    opening = _post(1, _words(200, 1)).replace(
        '<div class="postcontent">', f'<strong>{title}</strong><div class="postcontent">'
    )
    replies = "".join(_post(n, "Agreed, " + _words(3, n)) for n in range(2, 6))
    head = f'<link rel="next" href="{FORUM}page-2">'
    page = extract_comments(_forum(head=head, posts=opening + replies, title=title), FORUM)
    assert len(page.comments) == 4
    assert page.next_page_url == FORUM + "page-2"


@pytest.mark.parametrize(
    ("nav", "head"),
    [
        # another topic, another site, the site's own listing
        ("", '<link rel="next" href="/topic/4522-bus-lanes/">'),
        ("", '<link rel="next" href="https://other.example/topic/4521-parking-fees-on-the-seafront/page-2">'),
        ("", '<link rel="next" href="/local/page-2">'),
        ("", '<link rel="next" href="/page/2">'),
        # "p" is a post's id on many sites (a blog's next post, a forum's post permalink), no page number
        ("", '<link rel="next" href="/topic/4521-parking-fees-on-the-seafront/?p=123">'),
        # an action on the topic, not a page of it
        ("", '<link rel="next" href="/topic/4521-parking-fees-on-the-seafront/feed/?page=2">'),
    ],
)
def test_a_rel_next_to_anything_but_another_page_of_this_thread_is_not_followed(nav: str, head: str) -> None:
    page = extract_comments(_forum(nav, head), FORUM)
    assert len(page.comments) == 8
    assert page.next_page_url is None


def test_a_rel_next_written_into_a_post_is_not_the_threads() -> None:
    posts = "".join(_post(n) for n in range(1, 8)) + _post(
        8, f'See <a rel="next" href="{FORUM}page-2">the next page</a> for more of this.'
    )
    page = extract_comments(_forum(posts=posts), FORUM)
    assert page.next_page_url is None


def _story(head: str, nav: str, body_paragraphs: int, comments: int = 6) -> bytes:
    items = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body"><b class="fn">reader{n}</b>'
        f'<time datetime="2024-05-01T10:{10 + n}:00Z">May 1</time><div class="comment-content">'
        f"<p>{_words(40, n)}</p></div></article></li>"
        for n in range(1, comments + 1)
    )
    body = "".join(f"<p>{_words(30, 50 + i)}</p>" for i in range(body_paragraphs))
    return (
        f"<html><head><title>Story</title>{head}</head><body><article><h1>Story</h1>{body}</article>{nav}"
        f"<div id='comments' class='comments-area'><ol class='comment-list'>{items}</ol></div></body></html>"
    ).encode()


STORY = "https://blog.example/2024/05/story/"


@pytest.mark.parametrize(
    ("url", "head", "nav", "body_paragraphs"),
    [
        # a blog's next post, in the head and in the post navigation, under comments longer than the post
        (STORY, '<link rel="next" href="/2024/05/next-story/">', "", 1),
        (STORY, "", '<nav class="post-navigation"><a rel="next" href="/2024/05/next-story/">Next post</a></nav>', 1),
        ("https://blog.example/?p=122", '<link rel="next" href="/?p=123">', "", 1),
        # an article's own page 2: the page declares an article
        (STORY, '<meta property="og:type" content="article"><link rel="next" href="/2024/05/story/page/2/">', "", 1),
        (
            STORY,
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Story"}</script>'
            '<link rel="next" href="/2024/05/story/?page=2">',
            "",
            1,
        ),
        # or the article holds more of the page than its comments
        (STORY, '<link rel="next" href="/2024/05/story/?page=2">', "", 40),
    ],
)
def test_an_articles_rel_next_is_not_its_comments_next_page(
    url: str, head: str, nav: str, body_paragraphs: int
) -> None:
    page = extract_comments(_story(head, nav, body_paragraphs), url)
    assert len(page.comments) == 6
    assert page.next_page_url is None


def test_a_listings_next_page_is_no_threads() -> None:
    rows = "".join(
        f'<li class="comment-row" id="comment-{n}"><a class="author" href="/u/{n}">user{n}</a> '
        f'<time datetime="2024-05-01T10:{10 + n}:00Z">May 1</time> '
        f'<a class="comment-text" href="/2024/05/story-{n}/#comment-{n}">{_words(20, n)}</a></li>'
        for n in range(1, 9)
    )
    html = (
        '<html><head><link rel="next" href="/comments/page/2"></head><body><h1>Latest comments</h1>'
        f'<ol class="comments">{rows}</ol></body></html>'
    ).encode()
    page = extract_comments(html, "https://blog.example/comments/")
    assert page.next_page_url is None


ARTICLE = "https://news.example/news/2026/12/tide-mill/"
RELATIVE = "news/2026/12/tide-mill/comments/?page=2"


def _with_base(base: str) -> bytes:
    items = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body"><b class="fn">user{n}</b>'
        f'<time datetime="2024-05-01T10:0{n}:00Z">May 1</time><div class="comment-content">'
        f"<p>Comment number {n} on this story.</p></div></article></li>"
        for n in range(1, 4)
    )
    return (
        f'<html><head><base href="{base}"></head><body><article><h1>Story</h1><p>Text.</p></article>'
        f"<div id='comments' class='comments-area'><ol class='comment-list'>{items}</ol>"
        f"<div class='comment-navigation'><a class='next' rel='next' href='{RELATIVE}'>Older comments</a></div>"
        "</div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("base", "expected"),
    [
        ("/", "https://news.example/" + RELATIVE),
        ("https://news.example/", "https://news.example/" + RELATIVE),
        ("http://news.example/", "http://news.example/" + RELATIVE),  # the scheme may change, the host may not
        # a base on another host or port, or no URL at all: the page's own URL is the base
        ("https://other.example/", ARTICLE + RELATIVE),
        ("//127.0.0.2/", ARTICLE + RELATIVE),
        ("http://10.0.0.1/", ARTICLE + RELATIVE),
        ("https://news.example:8443/", ARTICLE + RELATIVE),
        ("https://www.news.example/", ARTICLE + RELATIVE),
        ("javascript:alert(1)", ARTICLE + RELATIVE),
        ("http://[::1", ARTICLE + RELATIVE),
    ],
)
def test_comment_page_links_resolve_against_a_base_on_the_pages_own_host(base: str, expected: str) -> None:
    page = extract_comments(_with_base(base), ARTICLE)
    assert len(page.comments) == 3
    assert page.next_page_url == expected
