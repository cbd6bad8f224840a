"""Hand-over: what it costs to extract a page in an extraction process rather than in the crawl
process, for `autocrawl.pipepool` (pipes on the asyncio loop, what the crawl uses) and for
`concurrent.futures.ProcessPoolExecutor` (what it used before stop 21).

    python bench/handover_bench.py [--articles 300] [--page-kb 20-150] [--concurrency 16] [--rounds 3]

Article pages of the scale bench's generated site (same padding, same seed) are fetched once;
then each mode runs `analyze_page` over all of them from an asyncio loop with --concurrency calls
in flight, as the spider does. CPU is read from /proc for this process and its extraction
processes, after a warm-up call (their start-up is not counted). Columns: CPU ms per page in
this process, in the extraction processes, both, and wall seconds; the best of --rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import urllib.request
from collections.abc import Awaitable, Callable, Coroutine
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autocrawl.analysis import PageAnalysis, analyze_page  # noqa: E402
from autocrawl.demosite import build_generated_site  # noqa: E402
from autocrawl.pipepool import PipePool  # noqa: E402
from bench.scale_bench import SEED, PaddedServer, _stat  # noqa: E402

Page = tuple[str, bytes]
Figures = tuple[float, float, float]  # crawl process CPU s, extraction processes CPU s, wall s


def cpu_seconds(pid: int) -> float:
    return _stat(pid)[0]


def fetch_pages(articles: int, page_kb: str) -> list[Page]:
    site = build_generated_site(n_articles=articles, seed=SEED, comment_share=0.33, keep_content=False)
    low, high = (1024 * int(k) for k in page_kb.split("-"))
    with PaddedServer(site, port=0, sizes=(low, high)) as server:
        pages = []
        for article in site.articles:
            url = server.base + article.path
            with urllib.request.urlopen(url) as answer:
                pages.append((url, answer.read()))
    return pages


async def measure(
    analyze: Callable[[bytes, str], Awaitable[PageAnalysis]], children: list[int], pages: list[Page], concurrency: int
) -> Figures:
    await analyze(pages[0][1], pages[0][0])  # warm: imports and the language model are loaded
    parent0 = cpu_seconds(os.getpid())
    child0 = sum(cpu_seconds(pid) for pid in children)
    started = time.monotonic()
    slots = asyncio.Semaphore(concurrency)

    async def one(url: str, body: bytes) -> None:
        async with slots:
            await analyze(body, url)

    await asyncio.gather(*(one(url, body) for url, body in pages))
    wall = time.monotonic() - started
    return cpu_seconds(os.getpid()) - parent0, sum(cpu_seconds(pid) for pid in children) - child0, wall


async def inline(pages: list[Page], concurrency: int) -> Figures:
    async def analyze(body: bytes, url: str) -> PageAnalysis:
        return analyze_page(body, url, "text/html; charset=utf-8")

    return await measure(analyze, [], pages, concurrency)


async def pipe_pool(pages: list[Page], concurrency: int) -> Figures:
    pool = PipePool(1, preload="autocrawl.analysis")

    async def analyze(body: bytes, url: str) -> PageAnalysis:
        return await pool.call(analyze_page, body, url, "text/html; charset=utf-8")

    try:
        return await measure(analyze, [c.proc.pid for c in pool.children], pages, concurrency)
    finally:
        pool.close()


async def executor_pool(pages: list[Page], concurrency: int) -> Figures:
    executor = ProcessPoolExecutor(1, mp_context=get_context("spawn"))

    async def analyze(body: bytes, url: str) -> PageAnalysis:
        future = executor.submit(analyze_page, body, url, "text/html; charset=utf-8")
        return await asyncio.wrap_future(future)

    try:
        await analyze(pages[0][1], pages[0][0])  # the executor starts its process on demand
        children = list(executor._processes)  # private, but the only way to its process ids
        return await measure(analyze, children, pages, concurrency)
    finally:
        executor.shutdown(wait=True)


MODES: dict[str, Callable[[list[Page], int], Coroutine[Any, Any, Figures]]] = {
    "in the crawl process": inline,
    "ProcessPoolExecutor (before)": executor_pool,
    "PipePool (autocrawl.pipepool)": pipe_pool,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--page-kb", default="20-150")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pages = fetch_pages(args.articles, args.page_kb)
    kb = sum(len(body) for _, body in pages) / len(pages) / 1024
    print(f"{len(pages)} article pages, {kb:.0f} KB on average, {args.concurrency} calls in flight")
    best: dict[str, Figures] = {}
    for _ in range(args.rounds):  # modes interleaved, so that a slow minute of the machine hits all
        for name, mode in MODES.items():
            figures: Figures = asyncio.run(mode(pages, args.concurrency))
            if name not in best or sum(figures[:2]) < sum(best[name][:2]):
                best[name] = figures
    n = len(pages)
    print("| mode | crawl process CPU ms/page | extraction processes CPU ms/page | both | wall s |")
    print("|---|---|---|---|---|")
    for name, (parent, child, wall) in best.items():
        row = [f"{1000 * parent / n:.2f}", f"{1000 * child / n:.2f}", f"{1000 * (parent + child) / n:.2f}"]
        print(f"| {name} | {' | '.join(row)} | {wall:.1f} |")


if __name__ == "__main__":
    main()
