"""Which story a comment page is about, from the headlines it declares or shows."""

from __future__ import annotations

from autocrawl.extraction.common.headline import page_headlines, same_story
from autocrawl.extraction.common.page import load_page

TITLE = "Ferry timetable changes next month"


def test_a_comment_page_naming_its_story_is_that_storys() -> None:
    assert same_story(TITLE, [f"Comments: {TITLE} | Gazette", f"Comments on {TITLE}"])
    assert same_story(TITLE, ["Ferry timetable changes next month"])


def test_a_page_labelled_only_as_comments_says_nothing_of_its_story() -> None:
    """A generic label ("Kommentare", "Reader comments | Gazette") is no other story's headline."""
    assert same_story(TITLE, ["Leserkommentare", "Reader comments | Gazette"])
    assert same_story(TITLE, [])


def test_a_page_of_another_storys_headlines_is_not_this_storys() -> None:
    other = "School roof repair delayed until the summer holiday"
    assert not same_story(TITLE, [other, f"Comments on {other}"])


def test_the_headlines_of_a_page_are_its_declared_and_shown_ones() -> None:
    html = (
        b'<html><head><title>Comments | Gazette</title><meta property="og:title" content="Og headline here now">'
        b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Declared headline of it"}</script>'
        b"</head><body><h1>Shown headline of the page</h1></body></html>"
    )
    page = load_page(html, "https://news.example.org/a", "text/html")
    assert page_headlines(page) == [
        "Declared headline of it",
        "Og headline here now",
        "Comments | Gazette",
        "Shown headline of the page",
    ]
