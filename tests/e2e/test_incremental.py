"""Issue 5: incremental runs, duplicates across URL forms and sites, locks, and resume after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from autocrawl.demosite import DemoServer, NewsSite, build_demo_site

from .conftest import REPO, Store, autocrawl, crawl_args


def article_paths(site: NewsSite) -> set[str]:
    return {a.path for a in site.articles}


def requested_article_paths(server: DemoServer, site: NewsSite) -> set[str]:
    paths = article_paths(site)
    hits = set()
    for record in server.requests:
        path = record.path.split("?")[0].split("#")[0]
        for article_path in paths:
            if path == article_path or path.rstrip("/") == article_path.rstrip("/"):
                hits.add(article_path)
    return hits


def test_second_run_fetches_only_discovery_then_only_what_changed(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    first = run_crawl([base + "/"], "--revisit-days", "0")
    assert first.code == 0, first.stderr[-3000:]
    counts = store.counts()
    requests_first = len(server.requests)

    server.clear_requests()
    second = run_crawl([base + "/"], "--revisit-days", "0")
    assert second.code == 0, second.stderr[-3000:]
    assert store.counts() == counts, "an unchanged site adds no row"
    assert requested_article_paths(server, site) == set(), "no article page is fetched again"
    assert len(server.requests) <= requests_first - len(site.articles), (len(server.requests), requests_first)

    time.sleep(1.1)  # HTTP dates have second resolution
    changed = site.articles[3]
    site.edit_article(changed.slug, paragraphs=[*changed.paragraphs, "Update: the council has since replied."])
    added = site.add_article(
        "Harbour lights switched on for the winter season",
        [
            "The harbour's new lights went on at dusk on Friday, a week earlier than planned, after the "
            "contractor finished the wiring on the north quay ahead of the storm season.",
            "Engineers said the LED fittings use a third of the power of the old sodium lamps and should "
            "last fifteen years, which the council expects to save it forty thousand pounds.",
            "Fishermen had asked for brighter lighting on the slipway for years; the new lamps are angled "
            "so that they do not shine into the windows of the cottages on Quay Row.",
        ],
        authors=["Ruth Ames"],
    )
    server.clear_requests()
    third = run_crawl([base + "/"], "--revisit-days", "0")
    assert third.code == 0, third.stderr[-3000:]
    assert requested_article_paths(server, site) == {changed.path, added.path}
    after = store.counts()
    assert after["articles"] == counts["articles"] + 1
    assert after["article_versions"] == counts["article_versions"] + 1
    assert third.summary["articles_new"] == 1 and third.summary["articles_updated"] == 1
    body = store.scalar("SELECT body FROM articles WHERE canonical_url LIKE :u", u=f"%{changed.slug}%")
    assert "the council has since replied" in body


def test_url_variants_give_one_article_with_every_url(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    assert site.variant_urls, "the fixture links one article under several URL forms"
    slug, variants = next(iter(site.variant_urls.items()))
    assert run_crawl([base + "/"]).code == 0
    rows = store.rows("SELECT id FROM articles WHERE canonical_url LIKE :u AND duplicate_of IS NULL", u=f"%{slug}%")
    assert len(rows) == 1
    urls = {r.url for r in store.rows("SELECT url FROM article_urls WHERE article_id = :a", a=rows[0].id)}
    assert len(urls) >= 5, urls


def test_syndicated_story_is_one_article_and_one_duplicate_link(database_url: str, tmp_path: Path) -> None:
    herald, wire = build_demo_site(), build_demo_site(name="Valley Wire", variant="syndication")
    with DemoServer(herald, port=0) as one, DemoServer(wire, port=0) as two:
        outcome = autocrawl(*crawl_args([one.base + "/", two.base + "/"], database_url), cwd=tmp_path)
    assert outcome.code == 0, outcome.stderr[-3000:]
    store = Store(database_url)
    try:
        links = store.rows("SELECT id, duplicate_of, duplicate_kind FROM articles WHERE duplicate_of IS NOT NULL")
        assert len(links) == 1, links
        assert links[0].duplicate_kind == "near"
        assert store.scalar("SELECT count(*) FROM sites") == 2
        originals = store.rows(
            "SELECT id FROM articles WHERE id = :i AND duplicate_of IS NULL", i=links[0].duplicate_of
        )
        assert len(originals) == 1
    finally:
        store.engine.dispose()


def test_overlapping_runs_one_exits_75(database_url: str, tmp_path: Path) -> None:
    site = build_demo_site()
    with DemoServer(site, port=0) as server:
        slow = [
            *crawl_args([server.base + "/"], database_url),
            "-s",
            "DOWNLOAD_DELAY=0.25",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        ]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        first = subprocess.Popen(
            [sys.executable, "-m", "autocrawl.cli", *slow],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        store = Store(database_url)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if _table_rows(store, "crawl_locks") > 0:
                    break
                time.sleep(0.2)
            second = autocrawl(*crawl_args([server.base + "/"], database_url), cwd=tmp_path)
            assert second.code == 75, second.stderr[-2000:]
            assert "exiting with code 75" in second.stderr
            assert store.scalar("SELECT count(*) FROM crawl_runs WHERE status = 'locked'") == 1
            out, err = first.communicate(timeout=240)
            assert first.returncode == 0, err[-3000:]
            dupes = store.rows(
                "SELECT canonical_url, count(*) AS n FROM articles GROUP BY canonical_url HAVING count(*) > 1"
            )
            assert dupes == []
            assert len(store.articles()) == len(site.articles)
        finally:
            if first.poll() is None:
                first.kill()
            store.engine.dispose()


def _table_rows(store: Store, table: str) -> int:
    try:
        return int(store.scalar(f"SELECT count(*) FROM {table}"))
    except Exception:
        return 0


def test_killed_run_resumes_and_stores_every_article_once(database_url: str, tmp_path: Path) -> None:
    site = build_demo_site()
    with DemoServer(site, port=0) as server:
        slow = [
            *crawl_args([server.base + "/"], database_url),
            "-s",
            "DOWNLOAD_DELAY=0.3",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            "-s",
            "STORE_BATCH_SIZE=1",
        ]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "autocrawl.cli", *slow],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        store = Store(database_url)
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline and proc.poll() is None:
                if _table_rows(store, "articles") >= 3:
                    break
                time.sleep(0.1)
            assert proc.poll() is None, "the crawl ended before it could be killed"
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
            partial = _table_rows(store, "articles")
            assert 0 < partial < len(site.articles)

            again = autocrawl(*crawl_args([server.base + "/"], database_url), cwd=tmp_path)
            assert again.code == 0, again.stderr[-3000:]
            stored = store.articles()
            assert len(stored) == len(site.articles)
            dupes = store.rows("SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1")
            assert dupes == []
            statuses = [r.status for r in store.rows("SELECT status FROM crawl_runs ORDER BY id")]
            assert statuses[0] == "killed" and statuses[-1] == "ok", statuses
        finally:
            if proc.poll() is None:
                proc.kill()
            store.engine.dispose()


def test_revisit_answered_304_moves_last_seen_and_is_no_error(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    assert run_crawl([base + "/"]).code == 0
    counts = store.counts()
    seen_before = {r.canonical_url: r.last_seen for r in store.rows("SELECT canonical_url, last_seen FROM articles")}
    time.sleep(1.1)  # last_seen has second resolution in some stores

    server.clear_requests()
    again = run_crawl([base + "/"], "--revisit-days", "3650")  # every article is young: revisit all
    assert again.code == 0, again.stderr[-3000:]
    conditional = [r for r in server.requests if r.if_none_match and r.status == 304]
    assert len(conditional) >= len(site.articles), "unchanged articles are revisited with a conditional GET"
    assert "http_304" not in again.summary["errors"], again.summary["errors"]
    assert again.summary["articles_unchanged"] >= len(site.articles)
    stats = store.scalar("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")
    stats = json.loads(stats) if isinstance(stats, str) else stats
    assert stats["autocrawl/incremental/not_modified"] >= len(site.articles), "each 304 counted"
    assert store.counts() == counts
    seen_after = {r.canonical_url: r.last_seen for r in store.rows("SELECT canonical_url, last_seen FROM articles")}
    assert all(str(seen_after[url]) > str(seen_before[url]) for url in seen_before), "last_seen moved"


def test_second_run_over_an_unchanged_site_asks_only_discovery_pages(demo_site, run_crawl, store: Store) -> None:
    site, server, base = demo_site
    first = run_crawl([base + "/"], "--revisit-days", "0")
    assert first.code == 0, first.stderr[-3000:]
    counts = store.counts()
    kinds = {r.url.removeprefix(base): r.kind for r in store.rows("SELECT url, kind FROM pages")}

    server.clear_requests()
    second = run_crawl([base + "/"], "--revisit-days", "0")
    assert second.code == 0, second.stderr[-3000:]
    assert store.counts() == counts, "an unchanged site adds no row"
    answered = [(r.path, r.status) for r in server.requests if r.method == "GET"]
    assert answered, "the second run asks the discovery pages"
    fetched_whole = [(path, kinds.get(path)) for path, status in answered if status != 304]
    assert all(kind in ("robots", "sitemap", "feed", "listing") for _, kind in fetched_whole), fetched_whole
    assert any(status == 304 for _, status in answered), "unchanged discovery pages answer 304"
    assert second.summary["articles_new"] == 0
    assert "http_304" not in second.summary["errors"], second.summary["errors"]


def test_discovery_pages_are_fetched_whole_after_an_incomplete_run(demo_site, run_crawl, store: Store) -> None:
    """A run stopped by a page limit left links unfollowed: a 304 would hide them next time."""
    site, server, base = demo_site
    first = run_crawl([base + "/"], "--max-pages", "5")
    assert first.code == 0, first.stderr[-3000:]
    server.clear_requests()
    second = run_crawl([base + "/"], "--revisit-days", "0")
    assert second.code == 0, second.stderr[-3000:]
    assert not [r.path for r in server.requests if r.if_none_match and r.path in ("/", "/robots.txt")]
    assert len(store.articles()) == len(site.articles), "every article is stored after the second run"
