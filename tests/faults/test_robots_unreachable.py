"""A site whose robots.txt resets the connection: nothing is fetched from it, and the log says so in
autocrawl's one WARNING line, without Scrapy's ERROR lines and traceback for the same failure."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

from tests.e2e.conftest import autocrawl, crawl_args

HOME = b"<html><body><h1>Herald</h1><a href='/news/1'>Story</a></body></html>"


def _serve(listener: socket.socket) -> None:
    """Reset every connection that asks for robots.txt; answer anything else with the home page."""
    while True:
        try:
            conn, _ = listener.accept()
        except OSError:
            return  # closed: the test is over
        with conn:
            request = conn.recv(65536)
            if b" /robots.txt " in request.split(b"\r\n", 1)[0]:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST on close
                continue
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(HOME)}\r\n\r\n"
            with contextlib.suppress(OSError):
                conn.sendall(head.encode() + HOME)


@contextlib.contextmanager
def resetting_site() -> Iterator[str]:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    threading.Thread(target=_serve, args=(listener,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def test_a_robots_txt_that_resets_is_one_warning_line(tmp_path: Path) -> None:
    with resetting_site() as base:
        args = crawl_args([base + "/"], f"sqlite:///{tmp_path / 'crawl.db'}", "-s", "RETRY_TIMES=1")
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
    log = outcome.stderr
    assert outcome.summary["skipped"].get("robots_unavailable", 0) >= 1, outcome.summary
    assert "Traceback" not in log, log[-3000:]
    assert not [line for line in log.splitlines() if " ERROR: " in line and "robots.txt" in line], log[-3000:]
    assert not [line for line in log.splitlines() if "scrapy.downloadermiddlewares.robotstxt" in line], log[-3000:]
    warnings = [line for line in log.splitlines() if "robots.txt of" in line and " WARNING: " in line]
    assert len(warnings) == 1 and "could not be fetched" in warnings[0], warnings
