"""Per-site extraction health: what one run got right on each site, compared with the site's own
history, so that a publisher's template change that breaks extraction raises an alert instead of
a quiet run that says "ok".

Pure: tallies in, figures and alerts out. `autocrawl.extensions.health` tallies a crawl and
stores the figures (`site_health`); `autocrawl report` draws them.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

# Figure -> (what it is, which way is bad). "down": a drop is an alert; "up": a rise is.
FIGURES: dict[str, tuple[str, str]] = {
    "title_share": ("share of articles with a title", "down"),
    "date_share": ("share of articles with a publication date", "down"),
    "authors_share": ("share of articles with authors", "down"),
    "comments_share": ("share of articles with comments", "down"),
    "median_body_chars": ("median body length, characters", "down"),
    "comments_per_article": ("comments per article", "down"),
    "non_article_share": ("share of pages listed as articles (sitemaps, feeds) that were not articles", "up"),
    "error_share": ("share of requests that failed", "up"),
}

BASELINE_RUNS = 5  # the site's last runs that make its baseline
MIN_ARTICLES = 5  # fewer articles in a run (or a baseline run) say too little to compare
RELATIVE_DROP = 0.5  # a "down" figure alerts below (1 - this) x its baseline
ABSOLUTE_RISE = 0.3  # an "up" share alerts above its baseline + this
MIN_BASELINE = {"comments_per_article": 1.0}  # below this a baseline is too thin to alert on


@dataclass
class SiteTally:
    """What a crawl saw of one site."""

    requests: int = 0
    failed: int = 0
    linked_pages: int = 0  # pages followed from links (not discovery files, not comment pages)
    # pages that a sitemap or feed lists, fetched whole (200), and the articles found among them:
    # an incremental run fetches only new or changed ones, so their share compares across runs
    listed_pages: int = 0
    listed_articles: int = 0
    articles: int = 0
    with_title: int = 0
    with_date: int = 0
    with_authors: int = 0
    with_comments: int = 0
    comments: int = 0
    body_chars: list[int] = field(default_factory=list)

    def add_article(
        self,
        title: str | None,
        published: str | None,
        authors: list[str],
        body: str,
        comments: int,
        listed: bool = False,
    ) -> None:
        self.articles += 1
        self.listed_articles += listed
        self.with_title += bool(title)
        self.with_date += bool(published)
        self.with_authors += bool(authors)
        self.with_comments += comments > 0
        self.comments += comments
        self.body_chars.append(len(body or ""))


def figures(tally: SiteTally) -> dict[str, float]:
    """The health figures of one site in one run."""
    articles = max(tally.articles, 1)
    return {
        "articles": float(tally.articles),
        "linked_pages": float(tally.linked_pages),
        "listed_pages": float(tally.listed_pages),
        "requests": float(tally.requests),
        "title_share": tally.with_title / articles,
        "date_share": tally.with_date / articles,
        "authors_share": tally.with_authors / articles,
        "comments_share": tally.with_comments / articles,
        "median_body_chars": float(statistics.median(tally.body_chars)) if tally.body_chars else 0.0,
        "comments_per_article": tally.comments / articles,
        "non_article_share": max(0.0, tally.listed_pages - tally.listed_articles) / tally.listed_pages
        if tally.listed_pages
        else 0.0,
        "error_share": tally.failed / tally.requests if tally.requests else 0.0,
    }


@dataclass(frozen=True)
class Alert:
    site: str
    figure: str
    value: float
    baseline: float

    @property
    def message(self) -> str:
        what, direction = FIGURES[self.figure]
        verb = "fell" if direction == "down" else "rose"
        return f"{self.site}: {what} {verb} to {_fmt(self.value)} from a baseline of {_fmt(self.baseline)}"

    def as_dict(self) -> dict[str, Any]:
        return {"site": self.site, "figure": self.figure, "value": self.value, "baseline": self.baseline}


def _fmt(value: float) -> str:
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


# What a figure is a share of: a run (or a baseline run) with fewer of these says too little.
SAMPLE = {"non_article_share": "listed_pages", "error_share": "requests"}


def enough(run: dict[str, float], figure: str) -> bool:
    """Whether a run measured enough pages, articles or requests to judge this figure."""
    return run.get(SAMPLE.get(figure, "articles"), 0) >= MIN_ARTICLES


def baseline(history: list[dict[str, float]]) -> dict[str, float]:
    """Median of each figure over the site's last runs that measured enough for it."""
    recent = history[-BASELINE_RUNS:]
    base = {}
    for name in FIGURES:
        values = [run[name] for run in recent if name in run and enough(run, name)]
        if values:
            base[name] = float(statistics.median(values))
    return base


def alerts(site: str, current: dict[str, float], history: list[dict[str, float]]) -> list[Alert]:
    """The figures of this run that broke away from the site's baseline. A run where articles
    vanish altogether shows as linked pages that are no longer articles."""
    base = baseline(history)
    found = []
    for name, (_, direction) in FIGURES.items():
        if name not in base or name not in current or not enough(current, name):
            continue
        value, reference = current[name], base[name]
        if direction == "down":
            if reference <= MIN_BASELINE.get(name, 0.0) or reference == 0:
                continue
            broke = value < reference * (1 - RELATIVE_DROP)
        else:
            broke = value > reference + ABSOLUTE_RISE
        if broke:
            found.append(Alert(site, name, round(value, 4), round(reference, 4)))
    return found
