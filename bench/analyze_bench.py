"""CPU time per page of what the crawl does with each HTML page: `analyze_page` (article, comments, links).

    python bench/analyze_bench.py [--corpora DIR] [--corpus fundus --corpus trafilatura-eval] [--rounds N]

Pages are decompressed into memory before the clock starts; the fastest of N rounds is kept (other
load on a shared machine only ever adds time). CPU time, not wall time: the steadier figure there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autocrawl.analysis import analyze_page  # noqa: E402

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"


def _pages(corpora: Path, names: list[str]) -> list[tuple[bytes, str]]:
    out: list[tuple[bytes, str]] = []
    for name in names:
        folder = corpora / name
        for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                raw = (folder / record["file"]).read_bytes()
                out.append((gzip.decompress(raw) if record["file"].endswith(".gz") else raw, record.get("url") or ""))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--corpus", action="append", help="default: fundus and trafilatura-eval")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = _pages(args.corpora, args.corpus or ["fundus", "trafilatura-eval"])
    analyze_page(pages[0][0], pages[0][1], None)  # warm-up: lazy imports
    best = float("inf")
    for _ in range(max(1, args.rounds)):
        start = time.process_time()
        for body, url in pages:
            analyze_page(body, url, None)
        best = min(best, time.process_time() - start)
    print(f"analyze_page: {len(pages)} pages, CPU {best:.2f} s, {1000 * best / len(pages):.1f} ms/page")


if __name__ == "__main__":
    main()
