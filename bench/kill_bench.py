"""Kill and rerun, as an operator would: two workers on Redis + PostgreSQL crawl a generated site,
one is SIGKILLed mid-crawl, then the same two workers are started again on the same prefix (as
cron would), then once more after the crawl is complete.

    python bench/kill_bench.py [--articles 2000] [--kill-at 0.3]
                               [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
                               [--redis redis://127.0.0.1:6379/0]

Reports per round: pages the server answered, articles stored (rows and distinct canonical URLs),
articles missing against the site, comments stored, each worker's exit code and status, and the
processes left behind by the killed worker (its extraction processes must die with it). Uses the
site and server of bench/scale_bench.py (seeded, the same site every run), a fresh PostgreSQL
database and Redis prefix, removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.scale_bench import SiteServer, Store, _children, _crawl_args, fresh_store, site_server  # noqa: E402


def _stored(store: Store) -> dict[str, int]:
    from sqlalchemy import create_engine, text

    engine = create_engine(store.db)
    with engine.connect() as conn:
        rows = {
            "articles": conn.execute(text("SELECT count(*) FROM articles")).scalar_one(),
            "distinct": conn.execute(text("SELECT count(DISTINCT canonical_url) FROM articles")).scalar_one(),
            "comments": conn.execute(text("SELECT count(*) FROM comments")).scalar_one(),
        }
    engine.dispose()
    return rows


def _start(server: SiteServer, store: Store, redis_url: str, logs: Path, tag: str) -> list[subprocess.Popen[str]]:
    cmd = _crawl_args("worker", server.base, store.db, "--redis", redis_url, "--redis-prefix", store.prefix)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = []
    for i in range(2):
        out = (logs / f"{tag}-{i}.out").open("w")
        err = (logs / f"{tag}-{i}.err").open("w")
        procs.append(subprocess.Popen(cmd, stdout=out, stderr=err, text=True, env=env, start_new_session=True))
    return procs


def _status(logs: Path, tag: str, i: int) -> str:
    lines = (logs / f"{tag}-{i}.out").read_text().strip().splitlines()
    try:
        return str(json.loads(lines[-1]).get("status"))
    except (IndexError, ValueError):
        return "(no summary)"


def _round(
    name: str, server: SiteServer, store: Store, args: argparse.Namespace, logs: Path, kill: bool
) -> dict[str, Any]:
    server.ask("reset")
    procs = _start(server, store, args.redis, logs, name)
    left_behind = 0
    if kill:
        while _stored(store)["articles"] < args.kill_at * args.articles and procs[0].poll() is None:
            time.sleep(0.2)
        children = _children(procs[0].pid)
        procs[0].send_signal(signal.SIGKILL)
        procs[0].wait()
        time.sleep(3.0)
        left_behind = sum(1 for pid in children if Path(f"/proc/{pid}").exists())
    for proc in procs:
        proc.wait()
    stats = server.ask("stats")
    stored = _stored(store)
    return {
        "round": name,
        "pages": stats["requests"],
        **stored,
        "missing": args.articles - stored["distinct"],
        "exit": [p.returncode for p in procs],
        "status": ["killed" if kill and i == 0 else _status(logs, name, i) for i in range(2)],
        "left_behind": left_behind,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--kill-at", type=float, default=0.3, help="share of articles stored when one worker is killed")
    parser.add_argument("--page-kb", default="20-150")
    parser.add_argument("--comment-share", type=float, default=0.33)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    rounds = (("crawl, one worker killed", True), ("rerun", False), ("rerun after complete", False))
    with (
        site_server(args.articles, args) as server,
        fresh_store(args.pg, args.redis) as store,
        tempfile.TemporaryDirectory() as tmp,
    ):
        for name, kill in rounds:
            print(json.dumps(_round(name, server, store, args, Path(tmp), kill)), flush=True)


if __name__ == "__main__":
    main()
