"""Links a crawler must not follow, decided from the URL's structure (path segments, query
parameter names), never from substrings: `/2024/05/report-on-flooding` is an article, `/report`
is a button.

`is_action_link`: a GET that real sites treat as an action (vote, reply, flag, hide, favourite,
share, print, subscribe) or that leads to an account (login, signup, logout), and any URL that
carries a "come back here afterwards" parameter (`goto=`, `whence=`, `returnTo=`, `next=/…`).

`is_listed_action`: the same for a URL a sitemap or feed lists, by its scheme and query only.

`looks_like_calendar_trap`: a date-navigation page (`/calendar/2031/07/`, `?month=2031-07`),
which can lead to endlessly many more. Conservative: a dated article URL is not one.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = ["UrlAction", "is_action_link", "is_listed_action", "looks_like_calendar_trap", "names_action", "url_action"]

# A path segment (lower-cased, a page extension such as .php dropped) that names an action or an
# account page. A document (`report.pdf`) is no action: only script and page extensions are dropped.
_ACTION_SEGMENTS = frozenset(
    {
        "vote",
        "upvote",
        "downvote",
        "unvote",
        "reply",
        "flag",
        "unflag",
        "report",
        "hide",
        "unhide",
        "favorite",
        "favourite",
        "fave",
        "like",
        "login",
        "log-in",
        "logout",
        "log-out",
        "signin",
        "sign-in",
        "signout",
        "sign-out",
        "signup",
        "sign-up",
        "register",
        "registration",
        "account",
        "myaccount",
        "my-account",
        "user",
        "profile",
        "submit",
        "share",
        "sharer",
        "print",
        "subscribe",
        "unsubscribe",
        "cart",
        "checkout",
        "wp-admin",
        "wp-login",
        # the same in a few other languages of news sites
        "anmelden",
        "abmelden",
        "registrieren",
        "melden",
        "konto",
        "connexion",
        "deconnexion",
        "inscription",
        "signaler",
        "iniciar-sesion",
        "registrarse",
        "accedi",
        "registrati",
        "inloggen",
        "uitloggen",
    }
)
# Query parameters that are actions themselves (WordPress `?replytocom=`, `?share=`, `?action=`).
_ACTION_PARAMS = frozenset({"replytocom", "share", "action", "vote", "upvote", "downvote", "flag", "like"})
# Return-address parameters: an action or a login page, whatever their value.
_RETURN_PARAMS = frozenset(
    {
        "goto",
        "whence",
        "returnto",
        "return_to",
        "returnurl",
        "return_url",
        "redirect",
        "redirect_to",
        "redirect_uri",
        "redirect_url",
        "redirecturl",
        "came_from",
        "camefrom",
        "wp_http_referer",
    }
)
# Return-address parameters only when the value is a URL or a path (`?next=20` is an offset).
_RETURN_PARAMS_IF_URL = frozenset({"next", "return", "ret", "dest", "destination", "continue", "back", "backurl"})
_NON_HTTP_SCHEMES = ("mailto:", "javascript:", "tel:", "sms:", "callto:")
# A link text that names an action (the anchor of "reply", "flag", "log in" buttons).
_ACTION_TEXTS = frozenset(
    {
        "vote",
        "upvote",
        "downvote",
        "unvote",
        "reply",
        "flag",
        "unflag",
        "hide",
        "unhide",
        "favorite",
        "favourite",
        "fave",
        "login",
        "log in",
        "logout",
        "log out",
        "sign in",
        "sign up",
        "sign out",
        "register",
        "subscribe",
        "unsubscribe",
        "share",
        "print",
        "report",
        "antworten",
        "melden",
        "anmelden",
        "abmelden",
        "répondre",
        "signaler",
        "responder",
        "rispondi",
    }
)
# A segment that is a title slug: two words of letters joined by "-" or "_".
_SLUG = re.compile(r"[^\W\d_]{2,}[-_][^\W\d_]{2,}")
_EXTENSION = re.compile(r"\.(?:php\d?|s?html?|aspx?|jsp|cgi|pl|do|action)$")


def _segments(path: str) -> list[str]:
    return [_EXTENSION.sub("", unquote(s).lower()) for s in path.split("/") if s]


def _is_url_value(value: str) -> bool:
    value = unquote(value).strip()
    return value.startswith(("/", "http:", "https:", "//")) or "/" in value or "?" in value


def _query_names(query: str) -> list[tuple[str, str]]:
    return [(k.strip().lower(), v) for k, v in parse_qsl(query, keep_blank_values=True)]


class UrlAction(Enum):
    """What a URL alone says of a link: an action whatever its text, an action only when its text
    names one (no segment of the URL is a title slug), or never an action."""

    ALWAYS = "always"
    IF_TEXT = "if_text"
    NEVER = "never"


def is_action_link(url: str, text: str | None = None) -> bool:
    """True for a link the crawler must never request (see the module docstring).

    An action segment counts unless a title slug follows it (`/report/2024/floods-hit-town` is an
    article in a section named "report"); a link text such as "reply" counts when no segment of
    the URL is a title slug.
    """
    if not isinstance(url, str):
        return False
    verdict = url_action(url)
    return verdict is UrlAction.ALWAYS or (verdict is UrlAction.IF_TEXT and text is not None and names_action(text))


def is_listed_action(url: str) -> bool:
    """True for a URL a sitemap or feed lists that the crawler must still not request: a non-HTTP
    scheme, an action or return-address parameter. Its path words do not count: a publisher lists
    its pages, not its buttons, and its own paths may use such words for content
    (`/spiegel/print/d-161500790.html` is an article of the print edition)."""
    if not isinstance(url, str):
        return False
    if url.strip().lower().startswith(_NON_HTTP_SCHEMES):
        return True
    try:
        params = _query_names(urlsplit(url.strip()).query)
    except ValueError:
        return False
    return any(_action_param(name, value) for name, value in params)


def _action_param(name: str, value: str) -> bool:
    return name in _ACTION_PARAMS or name in _RETURN_PARAMS or (name in _RETURN_PARAMS_IF_URL and _is_url_value(value))


def names_action(text: str) -> bool:
    """True when a link text names an action ("Reply", " Log in ", "Share »")."""
    return " ".join(text.split()).lower().strip(" .:!»›") in _ACTION_TEXTS


# A crawl tests the same URLs on every page of a site (navigation, footer); longer URLs are rare
# and not kept.
_CACHED_URL_LENGTH = 1024


def url_action(url: str) -> UrlAction:
    """What `url` alone says of a link (see `UrlAction`); `is_action_link` adds the link text."""
    return _cached_url_action(url) if len(url) <= _CACHED_URL_LENGTH else _url_action(url)


def _url_action(url: str) -> UrlAction:
    stripped = url.strip().lower()
    if stripped.startswith(_NON_HTTP_SCHEMES):
        return UrlAction.ALWAYS
    try:
        parts = urlsplit(url.strip())
        params = _query_names(parts.query) if parts.query else []
    except ValueError:
        return UrlAction.NEVER
    segments = _segments(parts.path)
    for index, segment in enumerate(segments):
        if segment in _ACTION_SEGMENTS and not _has_slug(segments[index + 1 :]):
            return UrlAction.ALWAYS
    if any(_action_param(name, value) for name, value in params):
        return UrlAction.ALWAYS
    return UrlAction.NEVER if _has_slug(segments) else UrlAction.IF_TEXT


def _has_slug(segments: list[str]) -> bool:
    # One search over the joined segments: a slug never spans a "/".
    return _SLUG.search("/".join(segments)) is not None


_cached_url_action = lru_cache(maxsize=16384)(_url_action)


# Segments that introduce a calendar or a date navigation.
_CALENDAR_SEGMENTS = frozenset(
    {"calendar", "calendrier", "kalender", "agenda", "events", "event", "veranstaltungen", "termine", "eventi"}
)
_PERIOD_SEGMENTS = frozenset({"day", "week", "month", "year", "woche", "monat", "jour", "mois", "semaine"})
_DATE_SEGMENT = re.compile(r"(?:19|20|21)\d\d(?:-[01]?\d(?:-[0-3]?\d)?)?|(?:19|20|21)\d{6}|[0-3]?\d")
_YEAR = re.compile(r"(?:19|20|21)\d\d")
# Query parameters whose date value navigates a calendar: `?month=2031-07`, `?date=14.07.2031`.
_DATE_PARAMS = frozenset(
    {
        "date",
        "day",
        "week",
        "month",
        "cal",
        "calendar",
        "calendar_date",
        "start",
        "start_date",
        "startdate",
        "end_date",
        "enddate",
        "from_date",
        "to_date",
        "tribe-bar-date",
        "datum",
        "monat",
    }
)
_DATE_VALUE = re.compile(
    r"(?:19|20|21)\d\d(?:[-/.]?[01]?\d(?:[-/.]?[0-3]?\d)?)?|[0-3]?\d[-/.][01]?\d[-/.](?:19|20|21)\d\d"
)
# `?year=2031&month=7`: a month or a day number beside a year.
_YEAR_PARAMS = frozenset({"year", "yr", "jahr", "annee"})
_PART_PARAMS = frozenset({"month", "day", "week", "monat", "tag", "mois", "jour"})


def looks_like_calendar_trap(url: str) -> bool:
    """True for a page of a date navigation: a calendar, events or period segment followed by
    date segments only, one with a year (`/calendar/2031/07/`, `/events/day/2031-07-14`), or a
    date-valued query parameter (`?month=2031-07`, `?date=14.07.2031`, `?year=2031&month=7`).
    A dated article (`/2024/05/14/a-slug`), an event page with a title slug or an id
    (`/events/5`), and `?start=20` are not traps."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip())
        params = {name: unquote(value).strip() for name, value in _query_names(parts.query)}
    except ValueError:
        return False
    if any(name in _DATE_PARAMS and _DATE_VALUE.fullmatch(value) for name, value in params.items()):
        return True
    has_year = any(name in _YEAR_PARAMS and _YEAR.fullmatch(value) for name, value in params.items())
    if has_year and any(name in _PART_PARAMS and value.isdigit() for name, value in params.items()):
        return True
    segments = _segments(parts.path)
    for index, segment in enumerate(segments):
        if segment not in _CALENDAR_SEGMENTS and segment not in _PERIOD_SEGMENTS:
            continue
        rest = [s for s in segments[index + 1 :] if s not in _PERIOD_SEGMENTS]
        if rest and all(_DATE_SEGMENT.fullmatch(s) for s in rest) and any(_YEAR.match(s) for s in rest):
            return True
    return False
