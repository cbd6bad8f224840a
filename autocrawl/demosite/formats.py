"""How dates and name lists read on the demo site."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime


def human_date(d: datetime) -> str:
    return f"{d.day} {d:%B %Y}"


def byline_date(d: datetime) -> str:
    return f"{d:%d %B %Y}"


def rfc822(d: datetime) -> str:
    return format_datetime(d.astimezone(UTC), usegmt=True)


def iso(d: datetime) -> str:
    return d.isoformat()


def join_names(names: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
