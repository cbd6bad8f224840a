"""The store as a product, end to end on the demo site: one site across ports, provenance of
each row, and a feed consumer that reads every change exactly once across three crawls."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from autocrawl.demosite import DemoServer, build_demo_site

from .conftest import REPO, Store, autocrawl, crawl_args


def test_demo_served_on_two_ports_is_one_site_without_duplicates(database_url: str, tmp_path: Path) -> None:
    site = build_demo_site()
    outcomes = []
    for _ in range(2):
        with DemoServer(site, port=0) as server:
            outcomes.append(autocrawl(*crawl_args([server.base + "/"], database_url), cwd=tmp_path))
    first, second = outcomes
    assert first.code == 0 and second.code == 0, second.stderr[-3000:]
    assert first.summary["articles_new"] == len(site.articles)
    assert second.summary.get("articles_new", 0) == 0 and second.summary.get("comments_new", 0) == 0
    store = Store(database_url)
    try:
        assert store.scalar("SELECT count(*) FROM sites") == 1
        assert store.scalar("SELECT key FROM sites") == "127.0.0.1"
        assert store.scalar("SELECT count(*) FROM articles") == len(site.articles), "no duplicate links"
        assert store.scalar("SELECT count(*) FROM comments") == sum(len(a.comments) for a in site.articles)
        runs = [r.id for r in store.rows("SELECT id FROM crawl_runs ORDER BY id")]
        rows = store.rows(
            "SELECT first_run_id, last_run_id, discovered_via, http_status, fetched_at, language, "
            "language_declared FROM articles"
        )
        comment_runs = {r.first_run_id for r in store.rows("SELECT first_run_id FROM comments")}
    finally:
        store.engine.dispose()
    assert len(runs) == 2
    for row in rows:
        # the second run may change a row: its image URLs name the new port
        assert row.first_run_id == runs[0] and row.last_run_id in runs
        assert row.discovered_via in {"start", "sitemap", "news_sitemap", "feed", "listing", "link"}
        assert row.http_status == 200 and row.fetched_at is not None
        assert row.language == "en" and row.language_declared
    assert comment_runs == {runs[0]}


def test_feed_consumer_reads_every_change_exactly_once(sqlite_url: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "docs" / "feed_consumer.py"), "--db", sqlite_url],
        capture_output=True, text=True, timeout=240, cwd=tmp_path, check=False,
        env={**__import__("os").environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    summary = json.loads(done.stdout.splitlines()[-1])
    first, second, third = summary["polls"]
    site = build_demo_site()
    assert len(first["applied"]) == len(site.articles) + sum(len(a.comments) for a in site.articles)
    assert second["applied"] == [], "an unchanged re-crawl is not a change"
    changed = {(r["type"], r.get("title") or r.get("text")) for r in summary["third_poll_rows"]}
    assert ("article", summary["edits"]["article_title"]) in changed
    assert ("comment", summary["edits"]["comment"]) in changed
    assert ("comment", "A comment posted between the second and third crawl.") in changed
    assert len(third["applied"]) == len(set(map(tuple, third["applied"]))) <= 4
    assert summary["state"]["comments"] == len(first["applied"]) - len(site.articles) + 1, "the edit kept its key"
    assert summary["replay_from_0"]["applied"] == 0, "a replay from 0 is all redelivery"
