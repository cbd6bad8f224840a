"""Dates in discovery files, HTTP headers and items: W3C/ISO 8601 and RFC 822 forms.

`parse_datetime` keeps what the text says (a date without an offset is naive); the store takes
naive values as UTC, which it says with an explicit `as_aware` (`parse_instant` does both).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_datetime(value: str | datetime | None) -> datetime | None:
    """A datetime from an ISO 8601 / W3C datetime or an RFC 822 date; None if it is neither.
    A datetime is returned as it is."""
    if isinstance(value, datetime):
        return value
    if not value:
        return None
    value = str(value).strip()
    if not value:
        return None
    iso = value.replace("Z", "+00:00").replace("z", "+00:00")
    try:
        return datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):  # "Mon, 99999999999 Jan 2024" overflows
        return None


def parse_date(value: str | None) -> str | None:
    """The same as `parse_datetime`, as an ISO 8601 string (offset kept when given)."""
    parsed = parse_datetime(value)
    return parsed.isoformat() if parsed else None


def as_aware(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def parse_instant(value: str | datetime | None) -> datetime | None:
    """`parse_datetime`, with a naive result taken as UTC (the store's rule); None for an instant
    that UTC cannot express (`9999-12-31T23:59:59-14:00` is in the year 10000 there), which the
    store would fail to write, losing the whole article."""
    parsed = parse_datetime(value)
    if parsed is None:
        return None
    try:
        return as_aware(parsed).astimezone(UTC)
    except OverflowError:
        return None


def parse_article_instant(value: str | datetime | None) -> datetime | None:
    """The instant stored for an article's publication or modification date: `parse_instant`,
    except that a day without a time (`2016-12-28`, as many pages and news sitemaps give it) is
    stored as 12:00 UTC. The page gave no time of day; noon keeps its calendar day in every offset
    from -11:00 to +11:00, where midnight UTC made it the evening before everywhere west of
    Greenwich (a New York reader saw 2016-12-27, 19:00)."""
    if isinstance(value, str) and _DAY_ONLY.fullmatch(value.strip()):
        day = parse_datetime(value)
        return day.replace(hour=12, tzinfo=UTC) if day is not None else None
    return parse_instant(value)


def local_form(value: str | datetime | None) -> str | None:
    """An article date in the page's own terms, ISO 8601: with the offset it gives
    (`2022-05-03T23:37:37-04:00`), without one where it gives none, or the day alone
    (`2016-12-28`). The calendar day a reader of the site saw, which the UTC instant may not
    show (that story is 2022-05-04 in UTC). None when the value is no date the store takes."""
    if parse_article_instant(value) is None:
        return None
    if isinstance(value, str) and _DAY_ONLY.fullmatch(value.strip()):
        return value.strip()
    parsed = parse_datetime(value)
    return parsed.isoformat() if parsed is not None else None


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat()
