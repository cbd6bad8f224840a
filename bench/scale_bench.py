"""Scale: pages/s and CPU per stored page of autocrawl, single process and distributed, against a
bare-download Scrapy spider, on one generated site with realistic page sizes.

    python bench/scale_bench.py [--articles 20000] [--only single,worker1,worker2,bare]
                                [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
                                [--redis redis://127.0.0.1:6379/0]

The site (autocrawl.demosite's generator) is served on 127.0.0.1 by this process, with every
HTML page padded to 20-150 KB of the furniture real pages carry (inline script and style,
navigation, footer); about a third of the articles have comments. The server's own CPU time is
reported so that it can be seen not to be the bottleneck. Each configuration crawls the whole
site from scratch:

- single: `autocrawl crawl` into a fresh SQLite file (the default);
- worker1 / worker2: one or two `autocrawl worker` processes on Redis + a fresh PostgreSQL database;
- bare: bench/bare_spider.py, which downloads and follows links and does nothing else.

For each: pages, stored articles and comments, seconds, pages/s, CPU ms per stored page (crawl
processes and their extraction workers, from /proc while they run), peak RSS per process, and
for the distributed runs Redis bytes per article at the end and PostgreSQL rows written per
second. Same crawl settings for all: no AutoThrottle, 16 requests per site.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autocrawl.demosite import DemoServer, build_generated_site  # noqa: E402
from bench.crawl_bench import SETTINGS, bare_command  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def _furniture(size: int, seed: str) -> bytes:
    """About `size` bytes of what real pages carry besides the story."""
    rng = random.Random(seed)
    parts = [
        "<nav><ul>" + "".join(f'<li><a href="/section/s{i}/">Section {i}</a></li>' for i in range(40)) + "</ul></nav>"
    ]
    words = ["market", "council", "weather", "league", "theatre", "harbour", "school", "budget", "election", "festival"]
    while sum(map(len, parts)) < size:
        kind = rng.random()
        if kind < 0.5:
            blob = json.dumps(
                {"config": [{"k": rng.getrandbits(64), "v": " ".join(rng.choices(words, k=12))} for _ in range(20)]}
            )
            parts.append(f"<script>window.__STATE__ = {blob};</script>")
        elif kind < 0.8:
            parts.append(
                "<style>"
                + "".join(f".c{rng.getrandbits(20)}{{margin:{rng.randint(0, 9)}px}}" for _ in range(60))
                + "</style>"
            )
        else:
            parts.append("<footer><p>" + " ".join(rng.choices(words, k=80)) + "</p></footer>")
    return "".join(parts).encode()


class PaddedServer(DemoServer):
    """The demo server with HTML pages padded to a size drawn per URL from 20-150 KB."""

    def respond(self, path_qs: str, base: str) -> Any:
        response = super().respond(path_qs, base)
        if response.status == 200 and response.content_type.startswith("text/html") and b"</body>" in response.body:
            target = random.Random(path_qs).randint(20_000, 150_000)
            pad = _furniture(max(0, target - len(response.body)), path_qs)
            response.body = response.body.replace(b"</body>", pad + b"</body>", 1)
        return response


@dataclass
class ProcessWatch:
    """CPU seconds and peak RSS of a process tree, sampled from /proc while it runs."""

    root: int
    cpu: dict[int, float]
    rss: dict[int, int]

    def sample(self) -> None:
        todo = [self.root]
        while todo:
            pid = todo.pop()
            try:
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                self.cpu[pid] = (int(stat[11]) + int(stat[12])) / CLK_TCK
                self.rss[pid] = max(self.rss.get(pid, 0), int(stat[21]) * PAGE_SIZE)
                for task in Path(f"/proc/{pid}/task").glob("*"):
                    todo.extend(int(k) for k in (task / "children").read_text().split())
            except (OSError, IndexError, ValueError):
                continue


def _watch(procs: list[subprocess.Popen[str]]) -> list[ProcessWatch]:
    watches = [ProcessWatch(p.pid, {}, {}) for p in procs]
    while any(p.poll() is None for p in procs):
        for watch in watches:
            watch.sample()
        time.sleep(0.2)
    return watches


def _run(cmds: list[list[str]], workdir: Path) -> tuple[float, list[ProcessWatch], list[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    procs = [
        subprocess.Popen(c, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for c in cmds
    ]
    outputs: list[str] = [""] * len(procs)

    def read(i: int) -> None:
        stream = procs[i].stdout
        outputs[i] = stream.read() if stream is not None else ""

    readers = [threading.Thread(target=read, args=(i,)) for i in range(len(procs))]
    for reader in readers:
        reader.start()
    watches = _watch(procs)
    for reader in readers:
        reader.join()
    return time.monotonic() - started, watches, outputs


def _crawl_args(command: str, base: str, db: str, *extra: str) -> list[str]:
    args = [sys.executable, "-m", "autocrawl.cli", command, base + "/", "--db", db, *extra]
    for setting in SETTINGS:
        args += ["-s", setting]
    return args


def _figures(
    label: str, seconds: float, watches: list[ProcessWatch], pages: int, articles: int, comments: int
) -> dict[str, Any]:
    cpu = sum(sum(w.cpu.values()) for w in watches)
    return {
        "config": label,
        "pages": pages,
        "articles": articles,
        "comments": comments,
        "seconds": round(seconds, 1),
        "pages_per_s": round(pages / seconds, 1) if seconds else 0.0,
        "cpu_ms_per_page": round(1000 * cpu / pages, 1) if pages else None,
        "pages_per_cpu_s": round(pages / cpu, 1) if cpu else None,
        "peak_rss_mb": round(max((max(w.rss.values(), default=0) for w in watches), default=0) / 2**20),
    }


def bench_single(base: str, tmp: Path) -> dict[str, Any]:
    db = tmp / "single.db"
    seconds, watches, outputs = _run([_crawl_args("crawl", base, f"sqlite:///{db}")], tmp)
    summary = json.loads(outputs[0].strip().splitlines()[-1])
    con = sqlite3.connect(db)
    articles, comments = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "comments"))
    con.close()
    return _figures("single process, SQLite", seconds, watches, summary["pages_fetched"], articles, comments)


def bench_workers(base: str, tmp: Path, n: int, pg_admin: str, redis_url: str) -> dict[str, Any]:
    import psycopg
    import redis
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import upgrade

    name = f"autocrawl_scale_{uuid.uuid4().hex[:8]}"
    admin = make_url(pg_admin)
    dsn = f"host={admin.host} port={admin.port or 5432} user={admin.username} dbname={admin.database}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    db = admin.set(database=name).render_as_string(hide_password=False)
    prefix = f"scale-{uuid.uuid4().hex[:8]}"
    client = redis.Redis.from_url(redis_url)
    try:
        engine = make_engine(db)
        upgrade(engine)
        engine.dispose()
        cmds = [_crawl_args("worker", base, db, "--redis", redis_url, "--redis-prefix", prefix) for _ in range(n)]
        seconds, watches, outputs = _run(cmds, tmp)
        pages = sum(json.loads(o.strip().splitlines()[-1])["pages_fetched"] for o in outputs if o.strip())
        engine = create_engine(db)
        with engine.connect() as conn:
            counts = {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("articles", "comments", "article_urls", "article_versions")
            }
        engine.dispose()
        redis_bytes = sum(client.memory_usage(k) or 0 for k in client.scan_iter(match=f"{prefix}*"))
        figures = _figures(
            f"{n} worker(s), Redis + PostgreSQL", seconds, watches, pages, counts["articles"], counts["comments"]
        )
        figures["redis_bytes_per_article"] = round(redis_bytes / max(1, counts["articles"]), 1)
        figures["pg_rows_per_s"] = round(sum(counts.values()) / seconds, 1)
        return figures
    finally:
        for key in client.scan_iter(match=f"{prefix}*"):
            client.delete(key)
        client.close()
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def bench_bare(base: str, tmp: Path) -> dict[str, Any]:
    stats_file = tmp / "bare-stats.json"
    seconds, watches, _ = _run([bare_command(base, stats_file)], tmp)
    pages = json.loads(stats_file.read_text()).get("response_received_count", 0)
    return _figures("bare-download Scrapy spider", seconds, watches, pages, 0, 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--only", default="bare,single,worker1,worker2")
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    built = time.monotonic()
    site = build_generated_site(n_articles=args.articles, seed=7)
    with_comments = sum(1 for a in site.articles if a.comments)
    print(
        f"site: {len(site.articles)} articles ({with_comments} with comments), built in {time.monotonic() - built:.1f} s"
    )
    rows = []
    for config in args.only.split(","):
        with PaddedServer(site, port=0) as server, tempfile.TemporaryDirectory() as tmpdir:
            server_cpu = resource.getrusage(resource.RUSAGE_SELF)
            tmp = Path(tmpdir)
            if config == "single":
                row = bench_single(server.base, tmp)
            elif config == "bare":
                row = bench_bare(server.base, tmp)
            elif config.startswith("worker"):
                row = bench_workers(server.base, tmp, int(config.removeprefix("worker")), args.pg, args.redis)
            else:
                raise SystemExit(f"unknown config {config!r}")
            used = resource.getrusage(resource.RUSAGE_SELF)
            cpu = used.ru_utime + used.ru_stime - server_cpu.ru_utime - server_cpu.ru_stime
            row["server_cpu_share"] = round(cpu / row["seconds"], 2)  # cores the server used on average
            page_sizes = [len(server.respond(a.path, server.base).body) for a in site.articles[:200]]
            row["article_kb_median"] = sorted(page_sizes)[len(page_sizes) // 2] // 1024
        print(json.dumps(row), flush=True)
        rows.append(row)
    bare = next((r for r in rows if r["config"].startswith("bare")), None)
    if bare and bare["pages_per_s"]:
        for row in rows:
            print(
                f"{row['config']}: {row['pages_per_s'] / bare['pages_per_s']:.2f}x bare pages/s, {row['cpu_ms_per_page']} ms CPU/page"
            )
    one = next((r for r in rows if r["config"].startswith("1 worker")), None)
    two = next((r for r in rows if r["config"].startswith("2 worker")), None)
    if one and two and one["pages_per_cpu_s"]:
        print(f"2 workers: {two['pages_per_cpu_s'] / one['pages_per_cpu_s']:.2f}x the pages per CPU-second of 1 worker")


if __name__ == "__main__":
    main()
