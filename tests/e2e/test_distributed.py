"""Distributed mode: two `autocrawl worker` processes share one crawl through Redis (scrapy-redis)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from autocrawl.demosite import DemoServer, build_demo_site

from .conftest import REPO, TEST_SETTINGS, Store
from .test_processes import alive, descendants


def _upgraded(postgresql_url: str) -> str:
    """The test's own PostgreSQL database, upgraded as an operator would before starting workers."""
    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import upgrade

    engine = make_engine(postgresql_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return postgresql_url


def test_two_workers_share_the_queue_and_store_each_article_once(
    postgresql_url: str, redis_prefix: str, tmp_path: Path
) -> None:
    """Distributed mode runs on PostgreSQL, the store that several machines share."""
    database_url = _upgraded(postgresql_url)
    site = build_demo_site()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with DemoServer(site, port=0) as server:
        args = [
            sys.executable,
            "-m",
            "autocrawl.cli",
            "worker",
            server.base + "/",
            "--db",
            database_url,
            "--redis",
            "redis://127.0.0.1:6379/0",
            "--redis-prefix",
            redis_prefix,
        ]
        # One request at a time per worker, so that a worker takes from the shared queue only what it
        # fetches now, and a crawl long enough for both workers to be up.
        for setting in [
            *TEST_SETTINGS,
            "DOWNLOAD_DELAY=0.1",
            "CONCURRENT_REQUESTS=1",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        ]:
            args += ["-s", setting]
        workers = [
            subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        outputs = [w.communicate(timeout=240) for w in workers]
    summaries = []
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode in (0, 1), err[-3000:]
        assert "Traceback" not in err, err[-3000:]
        summaries.append(json.loads(out.strip().splitlines()[-1]))
    store = Store(database_url)
    try:
        stored = store.articles()
        assert len(stored) == len(site.articles), "every article once, whichever worker fetched it"
        dupes = store.rows("SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1")
        assert dupes == []
    finally:
        store.engine.dispose()
    assert sum(s["articles_new"] for s in summaries) == len(site.articles)
    assert all(s["pages_fetched"] > 0 for s in summaries), summaries
    # the site's politeness holds across the two workers: one request at a time, 0.1 s apart
    starts = sorted(r.started for r in server.requests)
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    close = [
        (round(g, 3), r.path)
        for g, r in zip(gaps, sorted(server.requests, key=lambda r: r.started)[1:], strict=True)
        if g < 0.08
    ]
    assert min(gaps) >= 0.08, f"two workers hit the site {min(gaps):.3f} s apart: {close}"


def _worker_args(base: str, database_url: str, redis_prefix: str, *settings: str) -> list[str]:
    args = [sys.executable, "-m", "autocrawl.cli", "worker", base + "/", "--db", database_url]
    args += ["--redis", "redis://127.0.0.1:6379/0", "--redis-prefix", redis_prefix]
    for setting in [*TEST_SETTINGS, *settings]:
        args += ["-s", setting]
    return args


def _article_hits(server: DemoServer, site: object) -> list[str]:
    paths = {a.path.rstrip("/") for a in site.articles}  # type: ignore[attr-defined]
    return [r.path for r in server.requests if r.path.split("?")[0].rstrip("/") in paths]


def test_a_worker_killed_mid_crawl_loses_nothing_and_reruns_repeat_the_crawl(
    postgresql_url: str, redis_prefix: str, tmp_path: Path
) -> None:
    import redis

    database_url = _upgraded(postgresql_url)

    site = build_demo_site()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    slow = ("DOWNLOAD_DELAY=0.2", "CONCURRENT_REQUESTS=1", "CONCURRENT_REQUESTS_PER_DOMAIN=1")
    with DemoServer(site, port=0) as server:
        args = _worker_args(server.base, database_url, redis_prefix, *slow, "AUTOCRAWL_EXTRACT_PROCESSES=1")
        workers = [
            subprocess.Popen(args, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)
        ]
        deadline = time.monotonic() + 60
        while len(_article_hits(server, site)) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(_article_hits(server, site)) >= 4, "the crawl did not get under way"
        victim = workers[0]
        helpers = descendants(victim.pid)
        assert helpers, "the worker runs its extraction in a child process"
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        out, err = workers[1].communicate(timeout=240)
        assert workers[1].returncode == 0, err[-3000:]
        deadline = time.monotonic() + 10
        while any(alive(p) for p in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in helpers if alive(p)], "the killed worker's processes outlived it"

        # cron starts the workers again on the same prefix: a new run, and what was lost is fetched
        rerun = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        assert "Traceback" not in rerun.stderr, rerun.stderr[-3000:]
        store = Store(database_url)
        try:
            stored = store.articles()
            assert len(stored) == len(site.articles), "every article stored, none missing\n" + rerun.stderr[-3000:]
            dupes = store.rows("SELECT canonical_url FROM articles GROUP BY canonical_url HAVING count(*) > 1")
            assert dupes == []
        finally:
            store.engine.dispose()

        # after a complete crawl, a rerun fetches the discovery pages again and no stored article
        server.clear_requests()
        again = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240)
        assert again.returncode == 0, again.stderr[-3000:]
        summary = json.loads(again.stdout.strip().splitlines()[-1])
        assert summary["pages_fetched"] > 0, summary
        assert any(r.path.endswith("robots.txt") for r in server.requests), "discovery starts again"
        assert _article_hits(server, site) == [], "stored, unchanged articles are not fetched again"

    client = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    try:
        left = {k.decode(): client.pttl(k) for k in client.scan_iter(match=f"{redis_prefix}*")}
    finally:
        client.close()
    # what a finished run leaves is a site's next-start time, gone within seconds; no run, no filter
    lasting = {key: ttl for key, ttl in left.items() if ttl < 0 or ttl > 5000}
    assert lasting == {}, f"a finished run leaves nothing lasting in Redis: {left}"
