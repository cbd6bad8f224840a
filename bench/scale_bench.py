"""Scale: pages/s, CPU per page and memory of autocrawl, single process and distributed, against
a bare-download Scrapy spider, on one generated site with realistic page sizes. One table.

    python bench/scale_bench.py [--articles 20000] [--page-kb 20-150] [--comment-share 0.33]
                                [--frontier 50000] [--frontier-seconds 180]
                                [--only server,bare,single,worker1,worker2,frontier]
                                [--pg postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
                                [--redis redis://127.0.0.1:6379/0] [--json rows.json]
                                [--set NAME=VALUE ...]

The site (autocrawl.demosite's generator, seeded: the same site every run) is served on
127.0.0.1 by a separate server process that makes each page when asked, so that 20,000 or
50,000 articles cost little memory: only headlines are held, bodies and comments are remade
from their seed. Every HTML page is padded to a size drawn per URL from --page-kb with the
furniture real pages carry (inline script and style, navigation, footer); --comment-share of
the articles have 1-8 comments. The server's own CPU time per page is reported for every row,
and the `server` row measures the pages/s it serves alone (to a client in this process), so it
can be seen not to be the bottleneck.

Rows, each a crawl of the whole site from scratch:

- server: the server alone, fetching article pages with 8 client threads (a floor of its ceiling);
- bare: bench/bare_spider.py, which downloads and follows links and does nothing else;
- single: `autocrawl crawl` into a fresh SQLite file (the default);
- worker1 / worker2: one or two `autocrawl worker` processes on Redis + PostgreSQL;
- frontier: one worker on a second site of --frontier articles, whose sitemaps put all of them
  in the Redis queue in the first seconds; stopped (SIGINT) --frontier-seconds after the queue
  peaked: the worker's memory with that frontier.

Columns: pages fetched, articles and comments stored, seconds, pages/s and its ratio to bare,
CPU ms per fetched page and per stored article and pages per CPU-second (the crawl processes,
their extraction processes and every worker; not the server, Redis or PostgreSQL; from wait4
and /proc), memory of each crawl or worker process (RSS at 10 % of the run, peak, at the end;
the largest over workers) and the peak PSS of it with its extraction processes, the server's
CPU ms per page, the Redis queue's peak length, Redis bytes under the run's prefix (peak and
per stored article after the crawl), PostgreSQL rows written per second (pg_stat_database:
inserted + updated + deleted). Each distributed row has a fresh Redis prefix and a fresh
PostgreSQL database, removed afterwards; every process is started in its own session and
any left after its crawl is counted as an orphan and killed.

Same crawl settings for all: no AutoThrottle, 16 requests per site (bench/crawl_bench.py).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autocrawl.demosite import DemoServer, build_generated_site  # noqa: E402
from autocrawl.demosite.server import Response  # noqa: E402
from bench.crawl_bench import SETTINGS, bare_command  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
SEED = 7
MB = 2**20


# ------------------------------------------------------------------ the site and its server


def furniture_pool(seed: int = SEED, blocks: int = 256) -> list[bytes]:
    """Blocks of 1-8 KB of what real pages carry besides the story, made once."""
    rng = random.Random(seed)
    words = ["market", "council", "weather", "league", "theatre", "harbour", "school", "budget", "election"]
    pool = []
    for _ in range(blocks):
        kind = rng.random()
        if kind < 0.5:
            state = [
                {"k": rng.getrandbits(64), "v": " ".join(rng.choices(words, k=12))} for _ in range(rng.randint(8, 60))
            ]
            pool.append(f"<script>window.__STATE__ = {json.dumps({'config': state})};</script>".encode())
        elif kind < 0.8:
            rules = "".join(
                f".c{rng.getrandbits(20)}{{margin:{rng.randint(0, 9)}px}}" for _ in range(rng.randint(40, 300))
            )
            pool.append(f"<style>{rules}</style>".encode())
        else:
            pool.append(f"<footer><p>{' '.join(rng.choices(words, k=rng.randint(100, 900)))}</p></footer>".encode())
    return pool


class PaddedServer(DemoServer):
    """The demo server with every HTML page padded to a size drawn per URL from `sizes`."""

    def __init__(self, *args: Any, sizes: tuple[int, int], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.sizes = sizes
        self.pool = furniture_pool()

    def _route(self, path: str, query: dict[str, list[str]], base: str) -> Response:
        response = super()._route(path, query, base)  # the server caches what this returns
        if response.status == 200 and response.content_type.startswith("text/html") and b"</body>" in response.body:
            rng = random.Random(f"{path}?{sorted(query.items())}")
            missing = rng.randint(*self.sizes) - len(response.body)
            pad = []
            while missing > 0:
                block = self.pool[rng.randrange(len(self.pool))]
                pad.append(block)
                missing -= len(block)
            response.body = response.body.replace(b"</body>", b"".join(pad) + b"</body>", 1)
        return response


def serve(args: argparse.Namespace) -> None:
    """The server process: one JSON line when ready; then on stdin `stats` answers a JSON line of
    requests and CPU seconds since the last `reset`; EOF stops it."""
    built = time.monotonic()
    site = build_generated_site(
        n_articles=args.articles, seed=SEED, comment_share=args.comment_share, keep_content=False
    )
    counts = [a.comment_count for a in site.articles]  # type: ignore[attr-defined]
    sizes = tuple(1024 * int(k) for k in args.page_kb.split("-"))
    with PaddedServer(site, port=0, sizes=(sizes[0], sizes[1])) as server:
        ready = {
            "base": server.base,
            "articles": len(site.articles),
            "with_comments": sum(1 for c in counts if c),
            "comments": sum(counts),
            "paths": [a.path for a in site.articles[:: max(1, len(site.articles) // 1000)]],
            "build_s": round(time.monotonic() - built, 1),
        }
        print(json.dumps(ready), flush=True)
        since = os.times()
        for line in sys.stdin:
            now = os.times()
            if line.strip() == "reset":
                server.clear_requests()
                since = now
                print("{}", flush=True)
            elif line.strip() == "stats":
                statuses = Counter(r.status for r in server.requests)
                html = [r for r in server.requests if r.status == 200]
                cpu = now.user + now.system - since.user - since.system
                print(
                    json.dumps({"requests": len(server.requests), "ok": len(html), "statuses": statuses, "cpu_s": cpu}),
                    flush=True,
                )


@dataclass
class SiteServer:
    """The server process, seen from the bench."""

    proc: subprocess.Popen[str]
    info: dict[str, Any]

    @property
    def base(self) -> str:
        return str(self.info["base"])

    def ask(self, command: str) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return dict(json.loads(self.proc.stdout.readline()))

    def rss_mb(self) -> float:
        return _stat(self.proc.pid)[1] / MB


@contextmanager
def site_server(articles: int, args: argparse.Namespace) -> Iterator[SiteServer]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--serve", "--articles", str(articles)]
    cmd += ["--page-kb", args.page_kb, "--comment-share", str(args.comment_share)]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("the site server did not start")
        yield SiteServer(proc, json.loads(line))
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


# ------------------------------------------------------------------ watching processes


def _stat(pid: int) -> tuple[float, int]:
    """CPU seconds and RSS bytes of one process."""
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(stat[11]) + int(stat[12])) / CLK_TCK, int(stat[21]) * PAGE_SIZE


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out.extend(int(k) for k in (task / "children").read_text().split())
        except OSError:
            continue
    return out


def _pss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


@dataclass
class Watched:
    """One crawl or worker process and its descendants: CPU and memory over time."""

    proc: subprocess.Popen[str]
    started: float
    cpu: dict[int, float] = field(default_factory=dict)  # last seen CPU seconds per pid
    rss: list[tuple[float, int]] = field(default_factory=list)  # (seconds, RSS of the process itself)
    tree_pss: int = 0  # peak, the process and its descendants
    rusage_cpu: float = 0.0  # from wait4: the process and the descendants it reaped
    output: str = ""

    def sample(self) -> None:
        todo, pss = [self.proc.pid], 0
        while todo:
            pid = todo.pop()
            try:
                cpu, rss = _stat(pid)
                pss += _pss(pid)
                todo.extend(_children(pid))
            except (OSError, IndexError, ValueError):
                continue
            self.cpu[pid] = cpu
            if pid == self.proc.pid:
                self.rss.append((time.monotonic() - self.started, rss))
        self.tree_pss = max(self.tree_pss, pss)

    def reap(self) -> bool:
        """Whether the process has exited (recording its rusage)."""
        if self.proc.returncode is not None:
            return True
        pid, status, usage = os.wait4(self.proc.pid, os.WNOHANG)
        if pid == 0:
            return False
        self.proc.returncode = os.waitstatus_to_exitcode(status)
        self.rusage_cpu = usage.ru_utime + usage.ru_stime
        return True

    @property
    def cpu_s(self) -> float:
        return max(self.rusage_cpu, sum(self.cpu.values()))

    def rss_mb(self) -> tuple[float, float, float]:
        """RSS at 10 % of the run, peak, and at the end, in MB."""
        if not self.rss:
            return (0.0, 0.0, 0.0)
        end = self.rss[-1][0]
        start = next(r for t, r in self.rss if t >= 0.1 * end)
        return (start / MB, max(r for _, r in self.rss) / MB, self.rss[-1][1] / MB)

    def orphans(self) -> int:
        """Processes of its session still alive after it exited; killed."""
        left = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[3]) == self.proc.pid and fields[0] != "Z":  # process group = the session we made
                left.append(int(stat.parent.name))
        if left:
            os.killpg(self.proc.pid, signal.SIGKILL)
        return len(left)


def run_watched(
    cmds: list[list[str]], workdir: Path, tick: Callable[[float, list[Watched]], None] | None = None
) -> tuple[float, list[Watched]]:
    """Run the commands side by side, sampling every 0.5 s; `tick` is called once a second."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.monotonic()
    watched: list[Watched] = []
    try:
        for i, cmd in enumerate(cmds):
            log = open(workdir / f"stderr-{i}.log", "w")  # noqa: SIM115 - closed with the process
            proc = subprocess.Popen(
                cmd, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=log, text=True, start_new_session=True
            )
            log.close()
            watched.append(Watched(proc, started))
        readers = [threading.Thread(target=_read_all, args=(w,), daemon=True) for w in watched]
        for reader in readers:
            reader.start()
        last_tick = 0.0
        while not all(w.reap() for w in watched):
            for w in watched:
                if w.proc.returncode is None:
                    w.sample()
            elapsed = time.monotonic() - started
            if tick is not None and elapsed - last_tick >= 1.0:
                tick(elapsed, watched)
                last_tick = elapsed
            time.sleep(0.5)
        seconds = time.monotonic() - started
        for reader in readers:
            reader.join()
        return seconds, watched
    finally:
        for w in watched:
            if w.proc.returncode is None:
                os.killpg(w.proc.pid, signal.SIGKILL)
                w.proc.wait()


def _read_all(w: Watched) -> None:
    stream: IO[str] | None = w.proc.stdout
    w.output = stream.read() if stream is not None else ""


def _summary(w: Watched, workdir: Path, i: int) -> dict[str, Any]:
    lines = w.output.strip().splitlines()
    try:
        return dict(json.loads(lines[-1]))
    except (IndexError, ValueError):
        err = (workdir / f"stderr-{i}.log").read_text()[-2000:]
        raise SystemExit(f"no summary from {w.proc.args!r} (exit {w.proc.returncode}):\n{err}") from None


# ------------------------------------------------------------------ rows


EXTRA_SETTINGS: list[str] = []  # --set: more Scrapy settings for the autocrawl rows


def _crawl_args(command: str, base: str, db: str, *extra: str) -> list[str]:
    args = [sys.executable, "-m", "autocrawl.cli", command, base + "/", "--db", db, *extra]
    for setting in [*SETTINGS, *EXTRA_SETTINGS]:
        args += ["-s", setting]
    return args


def _row(
    config: str, seconds: float, watched: list[Watched], pages: int, articles: int, comments: int
) -> dict[str, Any]:
    cpu = sum(w.cpu_s for w in watched)
    rss = [w.rss_mb() for w in watched]
    return {
        "config": config,
        "pages": pages,
        "articles": articles,
        "comments": comments,
        "seconds": round(seconds, 1),
        "pages_per_s": round(pages / seconds, 1) if seconds else 0.0,
        "cpu_ms_per_page": round(1000 * cpu / pages, 1) if pages else None,
        "cpu_ms_per_article": round(1000 * cpu / articles, 1) if articles else None,
        "pages_per_cpu_s": round(pages / cpu, 1) if cpu else None,
        "rss_mb": [round(max(r[k] for r in rss)) for k in range(3)],
        "tree_pss_mb": round(max(w.tree_pss for w in watched) / MB),
        "orphans": sum(w.orphans() for w in watched),
    }


def bench_server(server: SiteServer) -> dict[str, Any]:
    """The server alone: every listed article path once, by 8 keep-alive client threads."""
    host, port = server.base.removeprefix("http://").split(":")
    paths: list[str] = server.info["paths"]
    local = threading.local()

    def get(path: str) -> int:
        if not hasattr(local, "conn"):
            local.conn = http.client.HTTPConnection(host, int(port), timeout=30)
        local.conn.request("GET", path)
        response = local.conn.getresponse()
        response.read()
        return response.status

    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(get, paths))
    seconds = time.monotonic() - started
    ok = statuses.count(200)
    return {
        "config": "server alone (8 client threads)",
        "pages": ok,
        "seconds": round(seconds, 1),
        "pages_per_s": round(ok / seconds, 1),
    }


def bench_bare(server: SiteServer, tmp: Path) -> dict[str, Any]:
    stats_file = tmp / "bare-stats.json"
    seconds, watched = run_watched([bare_command(server.base, stats_file)], tmp)
    pages = json.loads(stats_file.read_text()).get("response_received_count", 0)
    return _row("bare-download Scrapy spider", seconds, watched, pages, 0, 0)


def bench_single(server: SiteServer, tmp: Path) -> dict[str, Any]:
    db = tmp / "single.db"
    seconds, watched = run_watched([_crawl_args("crawl", server.base, f"sqlite:///{db}")], tmp)
    pages = _summary(watched[0], tmp, 0)["pages_fetched"]
    con = sqlite3.connect(db)
    articles, comments = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "comments"))
    con.close()
    return _row("single process, SQLite", seconds, watched, pages, articles, comments)


@dataclass
class Store:
    """A fresh PostgreSQL database and Redis prefix for one row, removed afterwards."""

    db: str
    dsn: str
    name: str
    prefix: str
    redis: Any
    peak_bytes: int = 0
    peak_queue: int = 0
    samples: list[tuple[float, int, int]] = field(default_factory=list)  # (s, queue, bytes)

    def redis_bytes(self) -> int:
        return sum(self.redis.memory_usage(k, samples=0) or 0 for k in self.redis.scan_iter(match=f"{self.prefix}:*"))

    def sample(self, elapsed: float) -> None:
        queue = int(self.redis.zcard(f"{self.prefix}:news:requests"))
        used = self.redis_bytes()
        self.samples.append((elapsed, queue, used))
        self.peak_queue = max(self.peak_queue, queue)
        self.peak_bytes = max(self.peak_bytes, used)

    def counts(self) -> dict[str, int]:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.db)
        with engine.connect() as conn:
            counts = {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in ("articles", "comments")}
        engine.dispose()
        return counts


@contextmanager
def fresh_store(pg_admin: str, redis_url: str) -> Iterator[Store]:
    import psycopg
    import redis
    from sqlalchemy.engine import make_url

    from autocrawl.db.engine import make_engine
    from autocrawl.db.schema import upgrade

    name = f"autocrawl_scale_{uuid.uuid4().hex[:8]}"
    admin = make_url(pg_admin)
    dsn = f"host={admin.host} port={admin.port or 5432} user={admin.username} dbname={admin.database}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    client = redis.Redis.from_url(redis_url)
    store = Store(
        admin.set(database=name).render_as_string(hide_password=False),
        dsn,
        name,
        f"scale-{uuid.uuid4().hex[:8]}",
        client,
    )
    try:
        engine = make_engine(store.db)
        upgrade(engine)
        engine.dispose()
        yield store
    finally:
        for key in client.scan_iter(match=f"{store.prefix}:*"):
            client.delete(key)
        client.close()
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_writes(dsn: str, name: str) -> int:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = %s", (name,)
        ).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def bench_workers(server: SiteServer, tmp: Path, n: int, args: argparse.Namespace) -> dict[str, Any]:
    with fresh_store(args.pg, args.redis) as store:
        cmds = [
            _crawl_args("worker", server.base, store.db, "--redis", args.redis, "--redis-prefix", store.prefix)
            for _ in range(n)
        ]
        writes_before = _pg_writes(store.dsn, store.name)
        seconds, watched = run_watched(cmds, tmp, tick=lambda elapsed, _: store.sample(elapsed))
        summaries = [_summary(w, tmp, i) for i, w in enumerate(watched)]
        time.sleep(1.0)  # backends flush their statistics when they end
        writes = _pg_writes(store.dsn, store.name) - writes_before
        counts = store.counts()
        after = store.redis_bytes()
    pages = sum(s["pages_fetched"] for s in summaries)
    row = _row(
        f"{n} worker{'s' if n > 1 else ''}, Redis + PostgreSQL",
        seconds,
        watched,
        pages,
        counts["articles"],
        counts["comments"],
    )
    row.update(_redis_figures(store, after, counts["articles"]))
    row["pg_rows_per_s"] = round(writes / seconds)
    return row


def _redis_figures(store: Store, after: int, articles: int) -> dict[str, Any]:
    return {
        "queue_peak": store.peak_queue,
        "redis_peak_mb": round(store.peak_bytes / MB, 1),
        "redis_bytes_per_article_after": round(after / max(1, articles), 1),
    }


def bench_frontier(server: SiteServer, tmp: Path, args: argparse.Namespace) -> dict[str, Any]:
    """One worker with (nearly) the whole site in its queue, stopped a while after the queue peaked."""
    with fresh_store(args.pg, args.redis) as store:
        cmd = _crawl_args("worker", server.base, store.db, "--redis", args.redis, "--redis-prefix", store.prefix)
        peaked_at: list[float] = []
        stopping: list[float] = []

        def tick(elapsed: float, watched: list[Watched]) -> None:
            store.sample(elapsed)
            full = store.peak_queue >= 0.9 * server.info["articles"]
            if full and not peaked_at:
                peaked_at.append(elapsed)
            due = (
                peaked_at and elapsed - peaked_at[0] >= args.frontier_seconds
            ) or elapsed >= 3 * args.frontier_seconds
            if due and not stopping:
                stopping.append(elapsed)
                os.kill(watched[0].proc.pid, signal.SIGINT)  # a graceful stop, as an operator's Ctrl-C
            elif stopping and elapsed - stopping[0] > 60:
                os.killpg(watched[0].proc.pid, signal.SIGKILL)

        seconds, watched = run_watched([cmd], tmp, tick=tick)
        summary = _summary(watched[0], tmp, 0)
        counts = store.counts()
        after = store.redis_bytes()
    row = _row(
        f"1 worker, {store.peak_queue:,}-URL frontier (stopped)",
        seconds,
        watched,
        summary["pages_fetched"],
        counts["articles"],
        counts["comments"],
    )
    row.update(_redis_figures(store, after, counts["articles"]))
    del row["redis_bytes_per_article_after"]  # the stopped crawl's queue is left for the next run
    return row


# ------------------------------------------------------------------ the table

COLUMNS = [
    ("config", "config"),
    ("pages", "pages"),
    ("articles", "articles"),
    ("comments", "comments"),
    ("seconds", "s"),
    ("pages_per_s", "pages/s"),
    ("x_bare", "× bare"),
    ("cpu_ms_per_page", "CPU ms/page"),
    ("cpu_ms_per_article", "CPU ms/article"),
    ("pages_per_cpu_s", "pages/CPU-s"),
    ("rss_mb", "RSS MB 10%/peak/end"),
    ("tree_pss_mb", "+extraction PSS MB"),
    ("server_cpu_ms_per_page", "server CPU ms/page"),
    ("queue_peak", "queue peak"),
    ("redis_peak_mb", "Redis peak MB"),
    ("redis_bytes_per_article_after", "Redis B/article after"),
    ("pg_rows_per_s", "PG rows/s"),
    ("orphans", "orphans"),
]


def print_table(rows: list[dict[str, Any]]) -> None:
    bare = next((r for r in rows if r["config"].startswith("bare")), None)
    for row in rows:
        if bare and bare["pages_per_s"] and "cpu_ms_per_page" in row:
            row["x_bare"] = round(row["pages_per_s"] / bare["pages_per_s"], 2)

    def cell(value: Any) -> str:
        if value is None:
            return "–"
        if isinstance(value, list):
            return "/".join(str(v) for v in value)
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    print("| " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|" + "---|" * len(COLUMNS))
    for row in rows:
        print("| " + " | ".join(cell(row.get(key)) for key, _ in COLUMNS) + " |")
    one = next((r for r in rows if r["config"].startswith("1 worker,")), None)
    two = next((r for r in rows if r["config"].startswith("2 workers")), None)
    if one and two and one["pages_per_cpu_s"]:
        print(
            f"\n2 workers: {two['pages_per_cpu_s'] / one['pages_per_cpu_s']:.2f}× the pages per CPU-second of 1 worker"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--page-kb", default="20-150", help="range of HTML page sizes, KB")
    parser.add_argument("--comment-share", type=float, default=0.33, help="share of articles with comments")
    parser.add_argument("--frontier", type=int, default=50000, help="articles of the frontier row's site")
    parser.add_argument("--frontier-seconds", type=float, default=180, help="how long the frontier row runs full")
    parser.add_argument("--only", default="server,bare,single,worker1,worker2,frontier")
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="a setting for the autocrawl rows (repeatable)"
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    EXTRA_SETTINGS.extend(args.set)
    if args.serve:
        serve(args)
        return
    configs = args.only.split(",")
    unknown = set(configs) - {"server", "bare", "single", "worker1", "worker2", "frontier"}
    if unknown:
        raise SystemExit(f"unknown rows: {', '.join(sorted(unknown))}")
    rows: list[dict[str, Any]] = []
    main_rows = [c for c in configs if c != "frontier"]
    if main_rows:
        with site_server(args.articles, args) as server:
            info = server.info
            print(
                f"site: {info['articles']:,} articles, {info['with_comments']:,} with comments, {info['comments']:,} comments, "
                f"pages {args.page_kb} KB, built in {info['build_s']} s; server RSS {server.rss_mb():.0f} MB",
                file=sys.stderr,
            )
            for config in main_rows:
                rows.append(_bench_one(config, server, args))
            print(f"server RSS after the runs: {server.rss_mb():.0f} MB", file=sys.stderr)
    if "frontier" in configs:
        with site_server(args.frontier, args) as server:
            rows.append(_bench_one("frontier", server, args))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    print_table(rows)


def _bench_one(config: str, server: SiteServer, args: argparse.Namespace) -> dict[str, Any]:
    server.ask("reset")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if config == "server":
            row = bench_server(server)
        elif config == "bare":
            row = bench_bare(server, tmp)
        elif config == "single":
            row = bench_single(server, tmp)
        elif config == "frontier":
            row = bench_frontier(server, tmp, args)
        else:
            row = bench_workers(server, tmp, int(config.removeprefix("worker")), args)
    served = server.ask("stats")
    row["server_cpu_ms_per_page"] = round(1000 * served["cpu_s"] / max(1, served["requests"]), 2)
    row["server_requests"] = served["requests"]
    print(json.dumps(row), file=sys.stderr, flush=True)
    return row


if __name__ == "__main__":
    main()
