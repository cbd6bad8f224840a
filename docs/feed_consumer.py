"""A consumer of autocrawl's change feed, as another service would write one (docs/schema.md,
"Change feed"): it follows `autocrawl changes --since N` and keeps, per (type, key), the
highest change_seq it has applied, so the feed's at-least-once delivery becomes exactly-once.

Run as a demonstration, it serves the bundled demo site, crawls it three times into one
database (the site edits an article, edits a comment and adds one before the third crawl),
follows the feed after each crawl, replays the feed from 0 at the end, and prints a JSON
summary of what it applied:

    python docs/feed_consumer.py --db sqlite:////tmp/feed.db
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CRAWL_SETTINGS = [
    "AUTOTHROTTLE_ENABLED=False",
    "AUTOCRAWL_PROGRESS_INTERVAL=0",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8",  # the demo site is on this machine
]


def autocrawl(*args: str) -> str:
    """Run the `autocrawl` command; its standard output."""
    done = subprocess.run(
        [sys.executable, "-m", "autocrawl.cli", *args], capture_output=True, text=True, timeout=300, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"autocrawl {args[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


@dataclass
class FeedFollower:
    """Applies each change once: a change whose change_seq is not above the one applied for its
    (type, key) is a redelivery and is dropped."""

    database_url: str
    page_size: int = 50
    cursor: int = 0
    applied_seq: dict[tuple[str, str], int] = field(default_factory=dict)
    rows: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def poll(self) -> dict[str, Any]:
        """Read the feed from the cursor to its end; what was applied and what was dropped."""
        applied: list[tuple[str, str]] = []
        redelivered = 0
        while True:
            out = autocrawl(
                "changes", "--since", str(self.cursor), "--limit", str(self.page_size), "--db", self.database_url
            )
            lines = [json.loads(line) for line in out.splitlines() if line.strip()]
            changes, last = lines[:-1], lines[-1]
            for change in changes:
                key = (change["type"], change["key"])
                if change["change_seq"] <= self.applied_seq.get(key, 0):
                    redelivered += 1
                    continue
                self.applied_seq[key] = change["change_seq"]
                self.rows[key] = change
                applied.append(key)
            self.cursor = last["next_since"]
            if len(changes) < self.page_size:
                break
        return {"applied": applied, "redelivered": redelivered, "cursor": self.cursor}


def demonstrate(database_url: str) -> dict[str, Any]:
    from autocrawl.demosite import DemoServer, build_demo_site

    site = build_demo_site()
    follower = FeedFollower(database_url)
    polls: list[dict[str, Any]] = []
    edits: dict[str, str] = {}
    with DemoServer(site, port=0) as server:
        crawl = ["crawl", server.base + "/", "--db", database_url, "--revisit-days", "100000"]
        for setting in CRAWL_SETTINGS:
            crawl += ["-s", setting]
        for run in (1, 2, 3):
            if run == 3:
                story = next(a for a in site.articles if a.comments)
                other = next(a for a in site.articles if a is not story)
                edits = {"article_title": other.title + " (updated)", "comment": story.comments[0].text + " [edited]"}
                site.edit_article(other.slug, title=edits["article_title"])
                site.edit_comment(story.slug, story.comments[0].id, edits["comment"])
                site.add_comment(story.slug, "Late Reader", "A comment posted between the second and third crawl.")
            autocrawl(*crawl)
            poll = follower.poll()
            polls.append({"run": run, **poll, "applied": [list(k) for k in poll["applied"]]})
    replay = FeedFollower(database_url, cursor=0, applied_seq=dict(follower.applied_seq)).poll()
    return {
        "polls": polls,
        "replay_from_0": {"applied": len(replay["applied"]), "redelivered": replay["redelivered"]},
        "edits": edits,
        "state": {
            "articles": sum(1 for t, _ in follower.rows if t == "article"),
            "comments": sum(1 for t, _ in follower.rows if t == "comment"),
        },
        "third_poll_rows": [follower.rows[tuple(k)] for k in polls[2]["applied"]],  # type: ignore[index]
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLAlchemy URL of an empty store (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        database_url = args.db or f"sqlite:///{Path(tmp) / 'feed.db'}"
        os.environ.setdefault("PYTHONUNBUFFERED", "1")
        summary = demonstrate(database_url)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
