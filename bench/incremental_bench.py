"""An incremental (second) run against a full first run, on a generated local site.

    python bench/incremental_bench.py [--articles 5000] [--changed 0.01]

First run: crawl everything into a fresh SQLite file. Then change 1 % of the articles (and add
as many new ones), crawl again, and print requests made (from the site's own request log),
seconds and rows for both runs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autocrawl.demosite import DemoServer, build_generated_site  # noqa: E402
from bench.crawl_bench import SETTINGS  # noqa: E402

WORDS = [
    "harbour",
    "council",
    "ferry",
    "storm",
    "quay",
    "school",
    "budget",
    "market",
    "fishermen",
    "pier",
    "bridge",
    "library",
    "theatre",
    "contract",
    "bus",
    "route",
    "tide",
    "lighthouse",
    "wind",
    "farm",
    "road",
    "works",
    "residents",
    "mayor",
    "vote",
    "plan",
    "summer",
    "winter",
    "report",
    "survey",
    "engineers",
    "cost",
    "delay",
    "opening",
    "festival",
    "club",
    "match",
    "season",
    "station",
    "flood",
    "power",
]


def new_story(seed: int) -> list[str]:
    """Three paragraphs of words drawn at random: unlike every other story (no near duplicate)."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(45)).capitalize() + "." for _ in range(3)]


def crawl(base: str, db: Path) -> tuple[dict, float]:
    args = [
        sys.executable,
        "-m",
        "autocrawl.cli",
        "crawl",
        base + "/",
        "--db",
        f"sqlite:///{db}",
        "--revisit-days",
        "0",
    ]
    for setting in SETTINGS:
        args += ["-s", setting]
    started = time.monotonic()
    proc = subprocess.run(
        args, cwd=db.parent, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    return json.loads(proc.stdout.strip().splitlines()[-1]), time.monotonic() - started


def rows(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "article_versions", "comments")
        }
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--changed", type=float, default=0.01)
    args = parser.parse_args()
    site = build_generated_site(n_articles=args.articles, seed=7)
    with DemoServer(site, port=0) as server, tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "incremental.db"
        first, first_s = crawl(server.base, db)
        first_requests = len(server.requests)
        first_rows = rows(db)
        time.sleep(1.1)
        n = max(1, int(args.articles * args.changed))
        for art in site.articles[5 : 5 + n * 7 : 7][:n]:
            site.edit_article(
                art.slug, paragraphs=[*art.paragraphs, "Correction: an earlier version misnamed the council."]
            )
        for i in range(n):
            site.add_article(f"Bench addition number {i} on the harbour works", new_story(i))
        server.clear_requests()
        second, second_s = crawl(server.base, db)
        second_requests = len(server.requests)
        second_rows = rows(db)
    print(
        f"first run : {first_requests} requests, {first_s:.1f} s, rows {json.dumps(first_rows)}, "
        f"new {first['articles_new']}"
    )
    print(
        f"second run: {second_requests} requests, {second_s:.1f} s, rows {json.dumps(second_rows)}, "
        f"new {second['articles_new']}, updated {second['articles_updated']} ({n} changed, {n} added)"
    )
    print(f"second/first requests = {second_requests / first_requests:.3f}, seconds = {second_s / first_s:.3f}")


if __name__ == "__main__":
    main()
