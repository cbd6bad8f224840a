"""A site that sends every first visitor back to the same URL with a cookie (a consent or bot check)
and serves the page to a visitor who has it: each article is stored, as a browser would show it;
a redirect to the same URL that sets no cookie is still a loop, counted."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import autocrawl, crawl_args

GATED = ["/news/harbour-dredging", "/news/ferry-fares"]
LOOP = "/news/always-elsewhere"
TEXT = (
    "The harbour board voted on Tuesday to dredge the north channel before the summer season, "
    "after pilots warned that the largest ferries could no longer turn at low tide. "
)


def _article(path: str) -> bytes:
    title = path.rsplit("/", 1)[1].replace("-", " ").capitalize()
    body = "".join(f"<p>{TEXT}({title}, part {n}.)</p>" for n in range(6))
    return f'<html lang="en"><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>'.encode()


class _Handler(BaseHTTPRequestHandler):
    visits: list[tuple[str, bool]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802
        has_cookie = "gate=passed" in (self.headers.get("Cookie") or "")
        self.visits.append((self.path, has_cookie))
        if self.path in GATED and not has_cookie:
            self._send(302, b"", {"Location": self.path, "Set-Cookie": "gate=passed; Path=/"})
        elif self.path in GATED:
            self._send(200, _article(self.path), {"Content-Type": "text/html; charset=utf-8"})
        elif self.path == LOOP:
            self._send(302, b"", {"Location": LOOP})
        elif self.path == "/":
            links = "".join(f'<a href="{p}">{p}</a> ' for p in [*GATED, LOOP])
            self._send(200, f"<html><body><h1>Harbour News</h1>{links}</body></html>".encode(), {})
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_pages_behind_a_cookie_redirect_are_stored(site: str, tmp_path: Path) -> None:
    outcome = autocrawl(*crawl_args([site + "/"], f"sqlite:///{tmp_path / 'news.db'}"), cwd=tmp_path, timeout=120)
    assert outcome.code == 0, outcome.stderr[-3000:]
    with sqlite3.connect(tmp_path / "news.db") as db:
        stored = {url.removeprefix(site) for (url,) in db.execute("SELECT url FROM articles")}
    assert stored == set(GATED)
    assert outcome.summary["errors"].get("redirect_loop") == 1  # the redirect that sets no cookie
    assert "tldextract" not in outcome.stderr  # the public-suffix list is never fetched
