"""The extraction processes' pool: answers as in this process, errors carried over, a dead
worker's pages handed back, nothing left running once closed."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time

import pytest

from autocrawl.analysis import PageAnalyzer, analyze_page
from autocrawl.demosite import build_demo_site
from autocrawl.demosite.article_html import render_article
from autocrawl.pipepool import CallTimedOut, ChildGone, PipePool


def test_concurrent_calls_get_their_own_answers_and_errors() -> None:
    async def run() -> None:
        pool = PipePool(2)
        threads = threading.active_count()
        try:
            answers = await asyncio.gather(*(pool.call(divmod, n, 7) for n in range(200)))
            assert answers == [divmod(n, 7) for n in range(200)]
            with pytest.raises(ValueError, match="invalid literal"):
                await pool.call(int, "not a number")
            await pool.call(print, "a stray print goes to stderr")
            assert await pool.call(pow, 2, 10) == 1024  # the stray print did not garble the answers
            # the pool added no thread to this process
            assert threading.active_count() == threads
        finally:
            pool.close()

    asyncio.run(run())


def test_a_worker_that_dies_fails_its_calls_and_the_others_go_on() -> None:
    async def run() -> None:
        pool = PipePool(2)
        try:
            await asyncio.gather(pool.call(abs, -1), pool.call(abs, -2))  # both connected
            doomed = pool.children[0]
            calls = [asyncio.ensure_future(pool.call(time.sleep, 0.3)) for _ in range(4)]
            await asyncio.sleep(0.1)
            os.kill(doomed.proc.pid, signal.SIGKILL)
            outcomes = await asyncio.gather(*calls, return_exceptions=True)
            assert any(isinstance(o, ChildGone) for o in outcomes)
            assert any(o is None for o in outcomes)  # the living worker's calls were answered
            assert pool.alive
            assert await pool.call(abs, -3) == 3  # later calls go to the living worker
        finally:
            pool.close()

    asyncio.run(run())


def test_closing_ends_and_reaps_every_worker() -> None:
    async def run() -> list[int | None]:
        pool = PipePool(2)
        children = list(pool.children)
        await pool.call(abs, -1)  # one connected, one never used
        pool.close()
        return [child.proc.poll() for child in children]

    assert asyncio.run(run()) == [0, 0]


def test_pages_of_a_killed_extraction_process_are_extracted_here() -> None:
    site = build_demo_site()
    base = "http://news.example"
    pages = [(base + a.path, render_article(site, a, base).encode()) for a in site.articles[:8]]

    async def run() -> list[object]:
        analyzer = PageAnalyzer(1)
        try:
            assert analyzer.pool is not None
            first = await analyzer.analyze(pages[0][1], pages[0][0], "text/html")
            pid = analyzer.pool.children[0].proc.pid
            calls = [asyncio.ensure_future(analyzer.analyze(body, url, "text/html")) for url, body in pages]
            await asyncio.sleep(0)
            os.kill(pid, signal.SIGKILL)
            results = [first, *await asyncio.gather(*calls)]
            assert analyzer.pool is None  # its only worker is gone: extraction stays here from now on
            return results
        finally:
            analyzer.close()

    results = asyncio.run(run())
    expected = [analyze_page(body, url, "text/html") for url, body in [pages[0], *pages]]
    assert results == expected
    assert all(r.article is not None and r.article.is_article for r in results)  # type: ignore[attr-defined]


def test_a_call_over_the_time_limit_is_given_up_and_its_worker_replaced() -> None:
    async def run() -> None:
        pool = PipePool(1, call_timeout=0.6)
        try:
            # queued calls are timed from when the worker takes them up, not from when they were sent
            assert await asyncio.gather(*(pool.call(time.sleep, 0.3) for _ in range(4))) == [None] * 4
            stuck = pool.children[0].proc
            started = time.monotonic()
            with pytest.raises(CallTimedOut):
                await pool.call(time.sleep, 30)
            assert time.monotonic() - started < 5
            assert stuck.poll() is not None, "the stuck worker was killed and reaped"
            assert pool.children[0].proc.pid != stuck.pid
            assert await pool.call(pow, 3, 3) == 27  # the new worker answers
        finally:
            pool.close()

    asyncio.run(run())


def test_a_page_over_the_time_limit_comes_back_as_no_article() -> None:
    # 80,000 paragraphs: over fifteen seconds of extraction, over the three allowed here
    paragraphs = "".join(f"<p>Paragraph {i} has a few more words in it.</p>" for i in range(80000))
    heavy = f"<html><body><article>{paragraphs}</article></body></html>".encode()
    site = build_demo_site()
    normal = render_article(site, site.articles[0]).encode()

    async def run() -> None:
        analyzer = PageAnalyzer(1, page_timeout=3.0)
        try:
            started = time.monotonic()
            analysis = await analyzer.analyze(heavy, "http://x.test/heavy", "text/html")
            assert time.monotonic() - started < 15  # its extraction alone takes longer than that
            assert analysis.article is not None and not analysis.article.is_article
            assert analysis.article.warnings == ["extraction-timeout"]
            after = await analyzer.analyze(normal, "http://x.test/normal", "text/html")
            assert after.article is not None and after.article.is_article  # by the new worker
        finally:
            analyzer.close()

    asyncio.run(run())
