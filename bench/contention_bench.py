"""What running two crawls side by side costs the machine itself, with nothing coordinated.

    python bench/contention_bench.py [--articles 2000] [--rounds 2]

Runs bench/bare_spider.py once alone and twice side by side (each on the whole generated site
of bench/scale_bench.py), in turn `--rounds` times, and prints pages per CPU-second for each.
The ratio of "two" to "one" is the floor for `scale_bench`'s 2-worker efficiency: on a 2-core
machine two busy processes slow each other down (shared caches, the server and the kernel on
the same cores) even when they share no queue, lease or database.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import scale_bench  # noqa: E402
from bench.crawl_bench import bare_command  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--page-kb", default="20-150")
    parser.add_argument("--comment-share", type=float, default=0.33)
    args = parser.parse_args()
    best: dict[int, float] = {}
    with scale_bench.site_server(args.articles, args) as server, tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for _ in range(args.rounds):
            for spiders in (1, 2):
                stats = [workdir / f"bare-{spiders}-{i}.json" for i in range(spiders)]
                seconds, watched = scale_bench.run_watched([bare_command(server.base, f) for f in stats], workdir)
                pages = sum(json.loads(f.read_text()).get("response_received_count", 0) for f in stats)
                cpu = sum(w.cpu_s for w in watched)
                rate = pages / cpu if cpu else 0.0
                best[spiders] = max(best.get(spiders, 0.0), rate)
                print(
                    f"{spiders} bare spider(s): {pages} pages, {cpu:.1f} CPU s, {rate:.1f} pages/CPU-s, {seconds:.1f} s"
                )
    print(f"two side by side: {best[2] / best[1]:.2f}x the pages per CPU-second of one (best of {args.rounds})")


if __name__ == "__main__":
    main()
