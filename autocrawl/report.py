"""Site health over time, as text or as one self-contained HTML file with an inline SVG chart per
site and figure; a run that raised an alert is drawn in red, with the alert written under the
chart. Pure: rows from `autocrawl.db.health.health_rows` in, text out.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from html import escape
from typing import Any

from autocrawl.health import FIGURES, enough

CHART_W, CHART_H, PAD = 280, 90, 18
# shorter names where the figure's description does not fit a chart's width
CHART_LABELS = {"non_article_share": "listed pages that were no article", "median_body_chars": "median body length"}
ALERT_COLOUR = "#c62828"
LINE_COLOUR = "#1565c0"


def _by_site(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    sites: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        sites[row["site_key"]].append(row)
    return dict(sorted(sites.items()))


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if isinstance(value, datetime) else str(value)


def text_report(rows: list[dict[str, Any]]) -> str:
    """One block per site: a line per run with its figures, then its alerts."""
    lines = []
    names = list(FIGURES)
    for site, runs in _by_site(rows).items():
        lines.append(f"{site}")
        lines.append("  " + " ".join(f"{n[:14]:>14}" for n in ["measured", "articles", *names]))
        for run in runs:
            fig = run["figures"]
            values = [f"{fig.get(n, 0):>14.2f}" for n in names]
            lines.append(f"  {_when(run['measured_at'])[:16]:>14} {fig.get('articles', 0):>14.0f} " + " ".join(values))
            for alert in run["alerts"] or []:
                lines.append(
                    f"  ALERT {alert['figure']}: {alert['value']:.2f} against a baseline of {alert['baseline']:.2f}"
                )
    return "\n".join(lines) + ("\n" if lines else "no health figures stored yet\n")


def _chart(site: str, figure: str, runs: list[dict[str, Any]]) -> str:
    """A line over the runs that measured enough for the figure (others are left out, as they
    are from the baseline); an alerted run is a big red point; the last value is written out."""
    measured = [(i, run) for i, run in enumerate(runs) if enough(run["figures"], figure)]
    values = [float(run["figures"].get(figure, 0.0)) for _, run in measured]
    alerted = [any(a["figure"] == figure for a in run["alerts"] or []) for _, run in measured]
    top = max(values + [1e-9]) * 1.1
    step = (CHART_W - 2 * PAD - 40) / max(len(runs) - 1, 1)

    def point(i: int, v: float) -> tuple[float, float]:
        return PAD + i * step, CHART_H - PAD - (CHART_H - 2 * PAD) * (v / top)

    points = [point(i, v) for (i, _), v in zip(measured, values, strict=True)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    dots = "".join(
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{5 if bad else 3}" fill="{ALERT_COLOUR if bad else LINE_COLOUR}">'
        f"<title>{escape(_when(run['measured_at']))}: {v:.2f}</title></circle>"
        for (x, y), v, bad, (_, run) in zip(points, values, alerted, measured, strict=True)
    )
    last = (
        f'<text x="{points[-1][0] + 8:.1f}" y="{points[-1][1] + 4:.1f}" font-size="11">{_number(values[-1])}</text>'
        if points
        else f'<text x="{PAD}" y="{CHART_H / 2:.0f}" font-size="11" fill="#888">too few pages measured</text>'
    )
    label = escape(CHART_LABELS.get(figure, FIGURES[figure][0]))
    bad_class = " alert" if any(alerted) else ""
    return (
        f'<figure class="chart{bad_class}" data-site="{escape(site)}" data-figure="{figure}">'
        f'<svg width="{CHART_W}" height="{CHART_H}" viewBox="0 0 {CHART_W} {CHART_H}" role="img" aria-label="{label}">'
        f'<line x1="{PAD}" y1="{CHART_H - PAD}" x2="{CHART_W - PAD - 40}" y2="{CHART_H - PAD}" stroke="#bbb"/>'
        f'<polyline points="{path}" fill="none" stroke="{LINE_COLOUR}" stroke-width="2"/>{dots}{last}'
        f'<text x="{PAD}" y="12" font-size="11">{label}</text></svg></figure>'
    )


def _number(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def html_report(rows: list[dict[str, Any]]) -> str:
    """One self-contained page: a section per site, a chart per figure, alerts spelled out."""
    sections = []
    for site, runs in _by_site(rows).items():
        site_alerts = [(run, a) for run in runs for a in run["alerts"] or []]
        alert_items = "".join(
            f'<li class="alert">{escape(_when(run["measured_at"]))}: {escape(FIGURES[a["figure"]][0])} '
            f"fell to {a['value']:.2f} from a baseline of {a['baseline']:.2f}</li>"
            if FIGURES[a["figure"]][1] == "down"
            else f'<li class="alert">{escape(_when(run["measured_at"]))}: {escape(FIGURES[a["figure"]][0])} '
            f"rose to {a['value']:.2f} from a baseline of {a['baseline']:.2f}</li>"
            for run, a in site_alerts
        )
        charts = "".join(_chart(site, figure, runs) for figure in FIGURES)
        status = (
            f'<p class="alert">{len(site_alerts)} alert(s)</p><ul>{alert_items}</ul>'
            if site_alerts
            else "<p>no alert</p>"
        )
        sections.append(
            f'<section data-site="{escape(site)}"><h2>{escape(site)}</h2>'
            f"<p>{len(runs)} run(s), last {escape(_when(runs[-1]['measured_at']))}</p>{status}"
            f'<div class="charts">{charts}</div></section>'
        )
    body = "".join(sections) or "<p>No health figures stored yet: run a crawl first.</p>"
    return (
        "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>autocrawl: site health</title>"
        "<style>body{font:14px system-ui,sans-serif;margin:2em}h2{margin-bottom:.2em}"
        ".charts{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;border:1px solid #ddd;padding:4px}"
        f"figure.alert{{border:2px solid {ALERT_COLOUR}}}.alert{{color:{ALERT_COLOUR};font-weight:bold}}</style>"
        f"</head><body><h1>Site health</h1>{body}</body></html>\n"
    )
