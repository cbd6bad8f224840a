"""Pages per second of comment extraction over the comments corpus and trafilatura-eval, and peak memory.

    python bench/comments_bench.py [--repeat N]

Pages are read and decompressed before the clock starts; only extract_comments is timed.
Also counts pages of trafilatura-eval whose truth says "no comments" but that returned some.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from autocrawl.extraction.comments.extract import extract_comments  # noqa: E402

CORPORA = REPO.parent / "shared" / "corpora"


def _load(name: str) -> list[tuple[dict, bytes]]:
    folder = CORPORA / name
    truth = folder / "truth.jsonl"
    if not truth.exists():
        print(f"{name}: missing ({folder})")
        return []
    pages = []
    for line in truth.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        pages.append((record, gzip.decompress((folder / record["file"]).read_bytes())))
    return pages


def _run(name: str, pages: list[tuple[dict, bytes]], repeat: int) -> None:
    if not pages:
        return
    found = false_pos = no_comment_pages = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(repeat):
        for record, html in pages:
            page = extract_comments(html, record.get("url") or "")
            found += len(page.comments)
            if record.get("comments") == [] and "comments" in record.get("labelled", ["comments"]):
                no_comment_pages += 1
                false_pos += bool(page.comments)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    n = len(pages) * repeat
    line = f"{name}: {len(pages)} pages x{repeat}, {n / elapsed:.1f} pages/s wall, "
    line += f"{n / cpu:.1f} pages/s CPU ({cpu / n * 1000:.2f} ms/page), "
    line += f"{found // repeat} comments"
    if no_comment_pages:
        line += f", false-positive pages {false_pos // repeat}/{no_comment_pages // repeat} (truth: no comments)"
    print(line)
    tracemalloc.start()
    for record, html in pages:
        extract_comments(html, record.get("url") or "")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{name}: peak traced memory during one pass {peak / 1e6:.1f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    for name in ("comments", "trafilatura-eval"):
        _run(name, _load(name), args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
