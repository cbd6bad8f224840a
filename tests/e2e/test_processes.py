"""A crawl killed with SIGKILL leaves no process behind: its extraction workers die with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from autocrawl.demosite import DemoServer, build_demo_site

from .conftest import REPO, crawl_args


def descendants(pid: int) -> set[int]:
    """Every descendant process of `pid` (Linux /proc)."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = {int(k) for k in (task / "children").read_text().split()}
            except OSError:
                continue
            todo.extend(kids - found)
            found |= kids
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigkill_of_a_crawl_leaves_no_orphan(tmp_path: Path) -> None:
    site = build_demo_site()
    with DemoServer(site, port=0) as server:
        args = crawl_args([server.base + "/"], f"sqlite:///{tmp_path / 'kill.db'}")
        args += ["-s", "AUTOCRAWL_EXTRACT_PROCESSES=2", "-s", "DOWNLOAD_DELAY=0.2", "-s", "CONCURRENT_REQUESTS=1"]
        crawl = subprocess.Popen(
            [sys.executable, "-m", "autocrawl.cli", *args],
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            helpers: set[int] = set()
            # the crawl starts its two extraction processes as it starts
            while len(helpers) < 2 and time.monotonic() < deadline and crawl.poll() is None:
                time.sleep(0.05)
                helpers |= descendants(crawl.pid)
            if crawl.poll() is not None:
                raise AssertionError(f"the crawl ended early ({crawl.returncode}): {crawl.communicate()[1][-2000:]}")
            assert len(helpers) >= 2, f"expected two extraction processes, saw {helpers}"
            crawl.send_signal(signal.SIGKILL)
            crawl.wait(timeout=10)
        finally:
            if crawl.poll() is None:
                crawl.kill()
        deadline = time.monotonic() + 10
        while any(alive(p) for p in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [p for p in helpers if alive(p)]
        for pid in left:  # do not leave them to the next test either
            os.kill(pid, signal.SIGKILL)
        assert left == [], f"processes of the killed crawl still alive: {left}"
