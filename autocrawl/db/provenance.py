"""Provenance of stored articles: the crawl run that first stored and last changed each row,
how its page was found (`discovered_via`), the HTTP status and time of the last fetch, and the
language the page declared (`language_declared`; `language` is the checked, normalised one).

Written as one UPDATE after the upsert (`record_provenance`), so the upsert itself stays as
it is; the change feed's triggers ignore these columns (they are not content).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String, case, func, literal, update
from sqlalchemy.orm import Session

from autocrawl.db.models import Article

__all__ = ["record_provenance", "DISCOVERY_CHANNELS"]

DISCOVERY_CHANNELS = ("start", "sitemap", "news_sitemap", "feed", "listing", "link")


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def record_provenance(session: Session, article_id: int, status: str, item: dict[str, Any]) -> None:
    """`status` is the upsert's outcome (new, updated, unchanged, duplicate): the run becomes
    `last_run_id` when it stored or changed the row, `first_run_id` when the row had none."""
    from autocrawl.db.repository import parse_datetime  # the store's date parsing, one place

    run_id = literal(_int(item.get("run_id")), Integer())
    via = item.get("discovered_via")
    changed = status in ("new", "updated")
    values: dict[str, Any] = {
        "first_run_id": func.coalesce(Article.first_run_id, run_id),
        "last_run_id": case((Article.first_run_id.is_(None), run_id), else_=run_id if changed else Article.last_run_id),
        "discovered_via": func.coalesce(
            Article.discovered_via, literal(via if via in DISCOVERY_CHANNELS else None, String())
        ),
    }
    if _int(item.get("http_status")) is not None:
        values["http_status"] = _int(item.get("http_status"))
    if item.get("language_declared"):
        values["language_declared"] = str(item["language_declared"])[:35]
    fetched = parse_datetime(item.get("fetched_at"))
    if fetched is not None:
        values["fetched_at"] = fetched
    session.execute(
        update(Article).where(Article.id == article_id).values(values).execution_options(synchronize_session=False)
    )
