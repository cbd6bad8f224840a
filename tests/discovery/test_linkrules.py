"""Action and account links are never followed; article slugs that contain such words are."""

from __future__ import annotations

import pytest

from autocrawl.discovery import LinkKind, html_links, is_action_link, is_listed_action, looks_like_calendar_trap

SITE = "https://news.example.org"

ACTION_LINKS = [
    "/vote?id=40123&how=up&goto=item%3Fid%3D40100",
    "/reply?id=40123&goto=item%3Fid%3D40100%2340123",
    "/flag?id=40123&goto=item%3Fid%3D40100",
    "/hide?id=40100&goto=news",
    "/fave?id=40100&auth=abc",
    "/login?goto=item%3Fid%3D40100",
    "/logout",
    "/submit",
    "/user/login?destination=/node/5",
    "/user/register",
    "/comment/reply/123",
    "/r/news/comments/abc/upvote",
    "/account/settings",
    "/signup/",
    "/wp-login.php?redirect_to=https%3A%2F%2Fnews.example.org%2Fa",
    "/2024/05/story/?replytocom=17#respond",
    "/2024/05/story/?share=facebook",
    "/share/facebook",
    "/print/",
    "/newsletter/subscribe",
    "/newsletter/unsubscribe?token=x",
    "/report?comment=5",
    "/any/page?returnTo=%2F2024%2F05%2Fstory",
    "/any/page?return=/2024/05/story",
    "/go?next=https://news.example.org/x",
    "/auth?whence=item",
    "/session?came_from=/a",
    "/konto/anmelden",
    "/abmelden",
    "/kommentar/melden/55",
    "/connexion",
    "/compte?redirect=/article",
    "mailto:desk@news.example.org",
    "javascript:void(0)",
    "tel:+4912345",
]

ARTICLE_LINKS = [
    "/2024/05/report-on-flooding",
    "/2024/05/14/vote-count-delayed-in-three-states",
    "/meldungen/2024/05/hochwasser-in-bayern",
    "/politik/wahl-ergebnis-gemeldet",
    "/reportage/la-crue-de-la-seine",
    "/report/2024/floods-hit-town",
    "/news/share-prices-fall-again",
    "/economia/registro-de-empresas-crece",
    "/printing-press-museum-reopens",
    "/item?id=40100",
    "/latest?page=2",
    "/list?next=20",
    "/users-guide-to-the-election",
    "/r/news/comments/abc/title_of_the_thread/",
]


@pytest.mark.parametrize("path", ACTION_LINKS)
def test_action_links(path: str) -> None:
    url = path if ":" in path.split("/")[0] else SITE + path
    assert is_action_link(url)


@pytest.mark.parametrize("path", ARTICLE_LINKS)
def test_article_links_are_not_actions(path: str) -> None:
    assert not is_action_link(SITE + path)


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("/comments/55", "reply", True),
        ("/c?id=55", " Log in ", True),
        ("/2024/05/report-on-flooding", "Report", False),
        ("/2024/05/story", "Read more", False),
    ],
)
def test_link_text_of_an_action(path: str, text: str, expected: bool) -> None:
    assert is_action_link(SITE + path, text) is expected


def test_html_links_drops_and_counts_action_links() -> None:
    rows = "".join(f'<a href="{path}">x</a>' for path in ACTION_LINKS)
    articles = "".join(f'<a href="{path}">x</a>' for path in ARTICLE_LINKS)
    page = f"<html><body>{rows}{articles}<a href='/item?id=9'>reply</a></body></html>"
    links = html_links(page, SITE + "/")
    urls = [link.url for link in links]
    assert urls == [SITE + path for path in ARTICLE_LINKS]
    assert links.action_links == len(ACTION_LINKS) + 1
    assert links.bad_urls == 0
    assert {link.kind for link in links} <= {LinkKind.PAGE, LinkKind.PAGINATION}


TRAPS = [
    "/calendar/2031/07/",
    "/calendar/2031/07/14",
    "/events/day/2031-07-14",
    "/events/month/2031-07",
    "/veranstaltungen/kalender/2031/7",
    "/agenda/2031-07",
    "/whats-on?month=2031-07",
    "/events/?date=2031-07-14",
    "/events/?tribe-bar-date=2031-07-14",
    "/kalender?datum=14.07.2031",
    "/calendar?year=2031&month=7",
    "/day/2031-07-14",
]

NOT_TRAPS = [
    "/2024/05/14/some-slug",
    "/2024/05/14/",
    "/archive/2024/05/",
    "/events/5",
    "/events/2024/05/jazz-in-the-park",
    "/calendar/",
    "/latest?start=20",
    "/archive?year=2024",
    "/news?page=2031",
    "/tag/2024",
]


@pytest.mark.parametrize("path", TRAPS)
def test_calendar_traps(path: str) -> None:
    assert looks_like_calendar_trap(SITE + path)


@pytest.mark.parametrize("path", NOT_TRAPS)
def test_not_calendar_traps(path: str) -> None:
    assert not looks_like_calendar_trap(SITE + path)


@pytest.mark.parametrize(
    ("url", "action"),
    [
        (SITE + "/spiegel/print/d-161500790.html", False),
        (SITE + "/user/2024/jane-doe-wins", False),
        (SITE + "/news/story?share=facebook", True),
        (SITE + "/login?returnTo=%2Fnews", True),
        (SITE + "/story?next=/account", True),
        (SITE + "/story?next=20", False),
        ("javascript:void(0)", True),
    ],
)
def test_a_listed_url_is_an_action_only_by_its_scheme_or_query(url: str, action: bool) -> None:
    assert is_listed_action(url) is action
