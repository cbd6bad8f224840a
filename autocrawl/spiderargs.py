"""The `news` spider's arguments (`-a name=value`), typed and checked once: a value that does not
fit is one `SpiderArgumentError` naming the argument, never a traceback or a silently disabled
filter. (Plain checks: pydantic and scrapy-spider-metadata are not dependencies of autocrawl.)"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from autocrawl.dates import as_aware, parse_datetime

__all__ = ["SpiderArgumentError", "NewsArguments", "parse_since", "USAGE"]

USAGE = "scrapy crawl news -a url=https://example.com/ [-a max_pages=500] [-a max_depth=6] [-a since=2024-01-31]"


class SpiderArgumentError(ValueError):
    """A spider argument that is missing or does not fit its type."""


def parse_since(value: str | None) -> datetime | None:
    """The `since` argument as an aware datetime; None when not given."""
    if not value:
        return None
    parsed = parse_datetime(str(value))
    if parsed is None:
        raise SpiderArgumentError(f"since={value!r} is not a date: give an ISO 8601 date such as 2024-01-31")
    return as_aware(parsed)


def split_urls(value: str | list[str] | None) -> list[str]:
    if not value:
        return []
    if isinstance(value, list):
        return [u for v in value for u in split_urls(v)]
    return [u for u in value.replace(",", " ").split() if u]


def _count(name: str, value: Any) -> int | None:
    """A whole number ≥ 0 (0 or empty: not set)."""
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise SpiderArgumentError(f"{name}={value!r} is not a whole number: give e.g. {name}=500") from None
    if number < 0:
        raise SpiderArgumentError(f"{name}={value!r} is negative: give 0 (no limit) or more")
    return number or None


def _days(name: str, value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise SpiderArgumentError(f"{name}={value!r} is not a number of days: give e.g. {name}=3") from None
    if not number >= 0:  # also NaN
        raise SpiderArgumentError(f"{name}={value!r} is not a number of days ≥ 0")
    return number


@dataclass(frozen=True)
class NewsArguments:
    start_urls: list[str]
    max_pages: int | None = None
    max_depth: int | None = None
    since: datetime | None = None
    revisit_days: float | None = None

    @classmethod
    def parse(
        cls,
        url: str | list[str] | None = None,
        urls: str | list[str] | None = None,
        max_pages: Any = None,
        max_depth: Any = None,
        since: Any = None,
        revisit_days: Any = None,
        **others: Any,
    ) -> NewsArguments:
        """The arguments as given to the spider (strings from `-a`, or typed values)."""
        start_urls = split_urls(url) + split_urls(urls)
        if not start_urls:
            raise SpiderArgumentError(f"the news spider needs start URLs: {USAGE}")
        return cls(
            start_urls=start_urls,
            max_pages=_count("max_pages", max_pages),
            max_depth=_count("max_depth", max_depth),
            since=parse_since(str(since)) if since else None,
            revisit_days=_days("revisit_days", revisit_days),
        )
