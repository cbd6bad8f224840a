"""Errors caught per field: a bug in one field's code leaves the other fields, and the page's
`warnings` say which field failed (`extraction-error:<field>`; the crawl counts warnings)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


def guarded(warnings: list[str], field: str, compute: Callable[[], T], default: T) -> T:
    """`compute()`, or `default` with an `extraction-error:<field>` warning when it raises."""
    try:
        return compute()
    except Exception as exc:  # a bug in one field must not blank the page
        logger.warning("extraction of %s failed: %s: %s", field, type(exc).__name__, exc)
        warnings.append(f"extraction-error:{field}")
        return default
