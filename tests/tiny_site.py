"""A small site on 127.0.0.1 for end-to-end tests: each GET is answered by a function of its path,
and the server notes when each request arrived. `stop` (or leaving the `with`) leaves nothing running."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

# status, body, headers (as pairs when a name comes more than once, as Set-Cookie does)
Answer = tuple[int, bytes, dict[str, str] | list[tuple[str, str]]]


class TinySite:
    def __init__(self, answer: Callable[[str], Answer], max_header_field: int | None = None) -> None:
        """`max_header_field`: a request with a header longer than this many bytes is answered 431
        Request Header Fields Too Large, as servers answer one past their limit (Apache: 8,190)."""
        self.answer = answer
        self.max_header_field = max_header_field
        self.arrivals: list[tuple[float, str, int]] = []  # (monotonic time, path, status)
        self.cookies_sent: list[tuple[str, str]] = []  # (path, the request's Cookie header or "")
        self.base = ""
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    def __enter__(self) -> Self:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                limit = site.max_header_field
                answer: Answer
                if limit is not None and any(len(f"{k}: {v}") > limit for k, v in self.headers.items()):
                    answer = 431, b"header field too large", {"Content-Type": "text/plain"}
                else:
                    answer = site.answer(self.path)
                status, body, headers = answer
                with site._lock:
                    site.arrivals.append((time.monotonic(), self.path, status))
                    site.cookies_sent.append((self.path, self.headers.get("Cookie") or ""))
                pairs = list(headers.items()) if isinstance(headers, dict) else headers
                with contextlib.suppress(OSError):  # the client gave up (a timeout): nobody to answer
                    self.send_response(status)
                    for name, value in [("Content-Length", str(len(body))), *pairs]:
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(body)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def times(self, path: str | None = None) -> list[tuple[float, str, int]]:
        """The requests that arrived (for `path` only, if given), in order."""
        with self._lock:
            return [a for a in self.arrivals if path is None or a[1] == path]
