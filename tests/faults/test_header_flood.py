"""A server that sends response headers without end, or one header line without end: Scrapy's size
limits count body bytes only, and Twisted kept every header line until the blank line that never
came (9.5 GB of the crawl's memory in one 30-second timeout in the probe). The header block is
bounded now: such a download fails at once, counted `errors/too_large`, not retried; a long but
real header line (a Content-Security-Policy of 40 kB, past Twisted's own 16 kB) is read."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args

from .server import _article, article_html
from .small_site import stored_articles

CSP = _article("/news/csp", "a story with a long security policy")
PLAIN = _article("/news/plain", "a story with ordinary headers")
FLOOD = "/news/flood"  # header lines without end
ENDLESS_LINE = "/news/endless-line"  # one header line without end
FLOOD_BYTES = 64 * 1024 * 1024  # the server stops there: enough to fill memory for good before the bound


def _response(status: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers), f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\nConnection: close\r\n\r\n").encode() + body


def _answer(connection: socket.socket, path: str) -> None:
    html = [("Content-Type", "text/html; charset=utf-8")]
    if path == "/":
        links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in (CSP.path, PLAIN.path, FLOOD, ENDLESS_LINE))
        page = f"<html><body><h1>Loud Headers Ledger</h1><ul>{links}</ul></body></html>".encode()
        connection.sendall(_response("200 OK", html, page))
    elif path == CSP.path:
        policy = "default-src 'self'; " + " ".join(f"https://cdn{i}.example.net" for i in range(1800))
        connection.sendall(_response("200 OK", [*html, ("Content-Security-Policy", policy)], article_html(CSP)))
    elif path == PLAIN.path:
        connection.sendall(_response("200 OK", html, article_html(PLAIN)))
    elif path in (FLOOD, ENDLESS_LINE):
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n")
        chunk = (b"X-Flood: " + b"a" * 1000 + b"\r\n") * 64 if path == FLOOD else b"X-Long: " + b"a" * 65536
        sent = 0
        while sent < FLOOD_BYTES:
            connection.sendall(chunk)
            sent += len(chunk)
    else:
        connection.sendall(_response("404 Not Found", [("Content-Type", "text/plain")], b"not here"))


@pytest.fixture
def loud_site() -> Iterator[str]:
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve_one(connection: socket.socket) -> None:
        with connection:
            try:
                request = connection.recv(65536)
                path = request.split(b" ", 2)[1].decode() if request.count(b" ") >= 2 else "/"
                _answer(connection, path)
            except OSError:
                pass  # the crawler hung up: what the bound is for

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve_one, args=(connection,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


@pytest.mark.xdist_group("header-flood")
def test_headers_without_end_fail_at_once_and_a_long_real_header_is_read(loud_site: str, tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    args = crawl_args([loud_site + "/"], database_url, "-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8")
    outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
    assert outcome.code == 0, outcome.stderr[-3000:]
    stored = {path: row.title for path, row in stored_articles(database_url, loud_site).items()}
    assert stored == {CSP.path: CSP.title, PLAIN.path: PLAIN.title}
    summary = outcome.summary
    assert summary["errors"].get("too_large") == 2, summary
    assert "connection_lost" not in summary["errors"], summary  # counted once, under its reason
    assert f"refused (response headers over 2097152 bytes): {loud_site}{FLOOD}" in outcome.stderr
    assert f"refused (a response header line over 65536 bytes): {loud_site}{ENDLESS_LINE}" in outcome.stderr
    assert f"Retrying <GET {loud_site}{FLOOD}>" not in outcome.stderr  # the server would send the same
    assert summary["seconds"] < 20  # not held until the download timeout
