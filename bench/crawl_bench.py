"""Crawl throughput: autocrawl against a bare-download Scrapy spider, on the same local sites.

    python bench/crawl_bench.py [--articles 1000] [--fixture]

Serves the demo fixture site and a generated site of N articles on 127.0.0.1, crawls each with
`autocrawl crawl` into a fresh SQLite file and with bench/bare_spider.py, and prints pages,
stored rows, seconds and pages per second of both, and their ratio. Same settings for both
(no AutoThrottle, 16 requests per site), one process each.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autocrawl.demosite import DemoServer, build_demo_site, build_generated_site  # noqa: E402

SETTINGS = [
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=16",
    "CONCURRENT_REQUESTS=16",
    "AUTOCRAWL_PROGRESS_INTERVAL=0",
    "LOG_LEVEL=WARNING",
    "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8",  # the bench site is on this machine
]


def run_autocrawl(base: str, workdir: Path) -> dict[str, float]:
    db = workdir / "bench.db"
    args = [sys.executable, "-m", "autocrawl.cli", "crawl", base + "/", "--db", f"sqlite:///{db}"]
    for setting in SETTINGS:
        args += ["-s", setting]
    started = time.monotonic()
    proc = subprocess.run(
        args, cwd=workdir, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}
    )
    seconds = time.monotonic() - started
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    con = sqlite3.connect(db)
    rows = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "comments")}
    con.close()
    return {
        "pages": summary["pages_fetched"],
        "articles": rows["articles"],
        "comments": rows["comments"],
        "seconds": round(seconds, 2),
        "pages_per_s": round(summary["pages_fetched"] / seconds, 1),
    }


def bare_command(base: str, stats_file: Path) -> list[str]:
    """The bare-download spider on `base` with the same crawl settings, its integer stats to `stats_file`."""
    settings = {s.split("=")[0]: s.split("=")[1] for s in SETTINGS if "AUTOCRAWL" not in s}
    settings.update(ROBOTSTXT_OBEY="True", TELNETCONSOLE_ENABLED="False")
    code = (
        f"import json, sys; sys.path.insert(0, {str(REPO)!r});"
        "from scrapy.crawler import CrawlerProcess; from bench.bare_spider import BareSpider;"
        f"p = CrawlerProcess({settings!r}); c = p.create_crawler(BareSpider); p.crawl(c, url={base + '/'!r});"
        "p.start();"
        f"json.dump({{k: v for k, v in c.stats.get_stats().items() if isinstance(v, int)}}, open({str(stats_file)!r}, 'w'))"
    )
    return [sys.executable, "-c", code]


def run_bare(base: str, workdir: Path) -> dict[str, float]:
    stats_file = workdir / "bare-stats.json"
    started = time.monotonic()
    subprocess.run(bare_command(base, stats_file), cwd=workdir, check=True, capture_output=True)
    seconds = time.monotonic() - started
    stats = json.loads(stats_file.read_text())
    pages = stats.get("response_received_count", 0)
    return {"pages": pages, "seconds": round(seconds, 2), "pages_per_s": round(pages / seconds, 1)}


def bench_site(label: str, site: object) -> None:
    with DemoServer(site, port=0) as server, tempfile.TemporaryDirectory() as tmp:  # type: ignore[arg-type]
        ours = run_autocrawl(server.base, Path(tmp))
    with DemoServer(site, port=0) as server, tempfile.TemporaryDirectory() as tmp:  # type: ignore[arg-type]
        bare = run_bare(server.base, Path(tmp))
    ratio = ours["pages_per_s"] / bare["pages_per_s"] if bare["pages_per_s"] else 0.0
    print(f"{label}: autocrawl {json.dumps(ours)}")
    print(f"{label}: bare-download scrapy {json.dumps(bare)}")
    print(f"{label}: autocrawl throughput = {ratio:.2f} x bare download (pages/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--skip-fixture", action="store_true")
    args = parser.parse_args()
    if not args.skip_fixture:
        bench_site("fixture site", build_demo_site())
    bench_site(f"generated site ({args.articles} articles)", build_generated_site(n_articles=args.articles, seed=1))


if __name__ == "__main__":
    main()
