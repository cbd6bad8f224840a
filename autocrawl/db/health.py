"""The `site_health` table: each run's figures per site, and the history they are judged by."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select

from autocrawl.db.models import SiteHealth
from autocrawl.health import BASELINE_RUNS


def site_history(
    engine: Engine, site_keys: Iterable[str], runs: int = BASELINE_RUNS
) -> dict[str, list[dict[str, float]]]:
    """Each site's figures over its last `runs` runs, oldest first."""
    history: dict[str, list[dict[str, float]]] = {}
    with engine.connect() as conn:
        for key in site_keys:
            rows = conn.execute(
                select(SiteHealth.figures)
                .where(SiteHealth.site_key == key)
                .order_by(SiteHealth.measured_at.desc(), SiteHealth.id.desc())
                .limit(runs)
            ).scalars()
            history[key] = list(reversed([dict(r) for r in rows]))
    return history


def record_health(
    engine: Engine, rows: list[tuple[str, dict[str, float], list[dict[str, Any]]]], run_id: int | None = None
) -> None:
    """Store (site, figures, alerts) of one run."""
    if not rows:
        return
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(
            insert(SiteHealth),
            [
                {"site_key": site, "run_id": run_id, "measured_at": now, "figures": figures, "alerts": alerts}
                for site, figures, alerts in rows
            ],
        )


def health_rows(engine: Engine, site: str | None = None) -> list[dict[str, Any]]:
    """Every stored measurement (of one site), oldest first, for reports."""
    query = select(
        SiteHealth.site_key, SiteHealth.run_id, SiteHealth.measured_at, SiteHealth.figures, SiteHealth.alerts
    )
    if site:
        query = query.where(SiteHealth.site_key == site)
    with engine.connect() as conn:
        rows = conn.execute(query.order_by(SiteHealth.measured_at, SiteHealth.id)).mappings().all()
    return [dict(r) for r in rows]
