"""The next-page test looks at what the link adds, not at the article's slug: a story whose slug says
"report" or "melden" has comment pages like any other, while "report this comment" links stay out."""

from __future__ import annotations

import pytest

from autocrawl.extraction import extract_comments


def _thread(next_link: str) -> bytes:
    items = "".join(
        f'<li class="comment" id="comment-{n}"><article class="comment-body"><b class="fn">user{n}</b>'
        f'<time datetime="2024-05-01T10:0{n}:00Z">May 1</time><div class="comment-content">'
        f"<p>Comment number {n} on this story.</p></div></article></li>"
        for n in range(1, 4)
    )
    return (
        "<html><body><article><h1>Story</h1><p>Text.</p></article><div id='comments' class='comments-area'>"
        f"<ol class='comment-list'>{items}</ol><div class='comment-navigation'>{next_link}</div></div></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("url", "href", "expected"),
    [
        (
            "https://news.example/2024/05/annual-report-shows-gains/",
            "/2024/05/annual-report-shows-gains/comment-page-2/#comments",
            "https://news.example/2024/05/annual-report-shows-gains/comment-page-2/",
        ),
        (
            "https://zeitung.example/politik/schaeden-melden-leicht-gemacht",
            "?page=2",
            "https://zeitung.example/politik/schaeden-melden-leicht-gemacht?page=2",
        ),
        (
            "https://news.example/reports/2024/weather-report",
            "/reports/2024/weather-report/comments/page/2",
            "https://news.example/reports/2024/weather-report/comments/page/2",
        ),
        # links that act on a comment are never a page of comments, whatever the slug
        ("https://news.example/2024/05/annual-report-shows-gains/", "/comments/report/12?page=2", None),
        ("https://news.example/2024/05/story/", "/2024/05/story/?page=2&action=melden", None),
        ("https://news.example/2024/05/story/", "/2024/05/story/feed/?page=2", None),
    ],
)
def test_next_page_with_report_or_melden_in_the_slug(url: str, href: str, expected: str | None) -> None:
    page = extract_comments(_thread(f'<a class="next" href="{href}">Next comments</a>'), url)
    assert len(page.comments) == 3
    assert page.next_page_url == expected
