"""Distributed mode: two `autocrawl worker` processes share one crawl through Redis (scrapy-redis)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from autocrawl.demosite import DemoServer, build_demo_site

from .conftest import REPO, TEST_SETTINGS, Store


def test_two_workers_share_the_queue_and_store_each_article_once(
    database_url: str, redis_prefix: str, tmp_path: Path
) -> None:
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
        # fetches now, and a crawl long enough (~15 s alone) for both workers to be up.
        for setting in [
            *TEST_SETTINGS,
            "DOWNLOAD_DELAY=0.2",
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
