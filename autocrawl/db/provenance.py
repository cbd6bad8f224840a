"""Provenance of stored articles: the crawl run that first stored and last changed each row,
how its page was found (`discovered_via`), the HTTP status and time of the last fetch, the
language the page declared (`language_declared`; `language` is the checked, normalised one) and
its publication date in its own terms (`published_local`; `published_at` is the UTC instant).

Set on the article row before it is written, in the same INSERT (`new_provenance`: the values of
a new row) or UPDATE (`apply_provenance`: onto a stored row) as its content; the change feed's
triggers ignore these columns (they are not content).
"""

from __future__ import annotations

from typing import Any

from autocrawl.dates import local_form, parse_instant
from autocrawl.db.models import Article

__all__ = ["apply_provenance", "new_provenance", "DISCOVERY_CHANNELS"]

DISCOVERY_CHANNELS = ("start", "sitemap", "news_sitemap", "feed", "listing", "link")


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def new_provenance(item: dict[str, Any]) -> dict[str, Any]:
    """The provenance columns of a new article row stored by `item`'s run."""
    run_id = _int(item.get("run_id"))
    via = item.get("discovered_via")
    declared = item.get("language_declared")
    return {
        "first_run_id": run_id,
        "last_run_id": run_id,
        "discovered_via": via if via in DISCOVERY_CHANNELS else None,
        "http_status": _int(item.get("http_status")),
        "language_declared": str(declared)[:35] if declared else None,
        "fetched_at": parse_instant(item.get("fetched_at")),
        "published_local": local_form(item.get("published_at")),
    }


def apply_provenance(article: Article, status: str, item: dict[str, Any]) -> None:
    """`status` is the upsert's outcome (new, updated, unchanged, duplicate): the run becomes
    `last_run_id` when it stored or changed the row, `first_run_id` when the row had none."""
    run_id = _int(item.get("run_id"))
    if article.first_run_id is None:
        article.first_run_id = article.last_run_id = run_id
    elif status in ("new", "updated"):
        article.last_run_id = run_id
    via = item.get("discovered_via")
    if article.discovered_via is None and via in DISCOVERY_CHANNELS:
        article.discovered_via = via
    status_code = _int(item.get("http_status"))
    if status_code is not None:
        article.http_status = status_code
    if item.get("language_declared"):
        article.language_declared = str(item["language_declared"])[:35]
    fetched = parse_instant(item.get("fetched_at"))
    if fetched is not None:
        article.fetched_at = fetched
    published = local_form(item.get("published_at"))
    if published is not None:  # as `published_at`: a page that no longer gives a date keeps its old one
        article.published_local = published
