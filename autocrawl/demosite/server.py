"""HTTP server for a :class:`NewsSite` (stdlib http.server, 127.0.0.1 only)."""

from __future__ import annotations

import contextlib
import hashlib
import re
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from . import article_html, feeds, pages_html
from .binaries import JPEG, PDF, jpeg_bytes
from .chrome import page
from .comments_html import render_comments_page
from .faults import fault_page_bytes, huge_page
from .model import NewsSite, slugify
from .templating import Html, render

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"


@dataclass
class RequestRecord:
    method: str
    path: str  # path with query
    status: int
    if_none_match: str | None
    if_modified_since: str | None
    user_agent: str | None
    time: float  # when the answer was sent
    started: float = 0.0  # when the request arrived


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = HTML
    last_modified: datetime | None = None
    headers: dict[str, str] | None = None
    conditional: bool = True  # may answer 304


def http_date(d: datetime) -> str:
    return format_datetime(d.astimezone(UTC), usegmt=True)


# ------------------------------------------------------------------ server


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (a crawl killed or stopped mid-request) is no server error."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class DemoServer:
    """Serve ``site`` on 127.0.0.1.  ``start()`` returns the base URL."""

    def __init__(
        self,
        site: NewsSite,
        port: int = 0,
        faults: bool = False,
        *,
        slow_seconds: float = 5.0,
        huge_bytes: int = 3 * 1024 * 1024,
        cache_size: int = 256,
    ):
        self.site = site
        self.port = port
        self.faults = faults
        self.slow_seconds = slow_seconds
        self.huge_bytes = huge_bytes
        self.requests: list[RequestRecord] = []
        self._req_lock = threading.Lock()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._flaky_hits = 0
        self._cache: OrderedDict = OrderedDict()
        self._cache_lock = threading.Lock()
        self._cache_size = cache_size
        self._huge: bytes | None = None
        self.base = ""

    # ---------------------------------------------------------- lifecycle
    def start(self) -> str:
        if self._httpd is not None:
            return self.base
        server = self

        class Handler(_Handler):
            demo = server

        self._httpd = _HTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"demosite-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self.base

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> DemoServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return self.base

    def clear_requests(self) -> None:
        with self._req_lock:
            self.requests.clear()

    def reset_faults(self) -> None:
        self._flaky_hits = 0

    def _record(self, rec: RequestRecord) -> None:
        with self._req_lock:
            self.requests.append(rec)

    # ---------------------------------------------------------- routing
    def respond(self, path_qs: str, base: str) -> Response:
        parts = urlsplit(path_qs)
        path = unquote(parts.path) or "/"
        query = parse_qs(parts.query)
        if path.startswith("/faults/") and self.faults:
            return self._fault(path)
        site = self.site
        key = (path, parts.query, base, site.version)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        with site.lock:
            resp = self._route(path, query, base)
        if resp.status in (200, 404) and len(resp.body) < 300_000:
            with self._cache_lock:
                self._cache[key] = resp
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        return resp

    def _page_no(self, query: dict) -> int | None:
        raw = query.get("page", ["1"])[0]
        try:
            n = int(raw)
        except ValueError:
            return None
        return n if n >= 1 else None

    def _html(self, text: str | None, lm: datetime | None = None) -> Response:
        if text is None:
            return self._not_found("")
        return Response(200, text.encode("utf-8"), HTML, lm or self.site.last_change)

    def _not_found(self, path: str) -> Response:
        return Response(404, pages_html.render_404(self.site, path).encode("utf-8"), HTML, None, conditional=False)

    def _route(self, path: str, query: dict, base: str) -> Response:
        site = self.site
        lm = site.last_change
        if path == "/":
            return self._html(pages_html.render_home(site, faults=self.faults, base=base))
        if path == "/robots.txt":
            return Response(200, feeds.render_robots(base).encode(), "text/plain; charset=utf-8", site.created)
        if path == "/sitemap_index.xml":
            return Response(200, feeds.render_sitemap_index(site, base).encode(), XML, lm)
        if path == "/sitemap-news.xml":
            return Response(200, feeds.render_news_sitemap(site, base).encode(), XML, lm)
        m = re.match(r"^/(sitemap-articles(?:-\d+)?\.xml)$", path)
        if m:
            text = feeds.render_article_sitemap(site, base, m.group(1), self.faults)
            if text is None:
                return self._not_found(path)
            return Response(200, text.encode(), XML, lm)
        if path == "/rss.xml":
            return Response(200, feeds.render_rss(site, base).encode(), "application/rss+xml; charset=utf-8", lm)
        if path == "/atom.xml":
            return Response(200, feeds.render_atom(site, base).encode(), "application/atom+xml; charset=utf-8", lm)
        if path == "/static/site.css":
            return Response(200, render("site.css").encode(), "text/css; charset=utf-8", site.created)
        if path.startswith("/static/img/") and path.endswith(".jpg"):
            return Response(200, jpeg_bytes(path, 1024), "image/jpeg", site.created)
        if path == "/about":
            return self._html(pages_html.render_about(site, base), site.created if not site.variant_urls else lm)
        if path == "/share":
            return self._html(pages_html.render_share(site, query.get("network", [""])[0], base), site.created)
        if path == "/login":
            return self._html(pages_html.render_login(site, base))
        if path.startswith("/private/"):
            return self._html(pages_html.render_private(site, base))
        if path in ("/latest", "/latest/"):
            page_no = self._page_no(query)
            if page_no is None:
                return self._not_found(path)
            return self._html(
                pages_html.render_listing(
                    site,
                    title="Latest news",
                    path="/latest/",
                    items=site.articles,
                    page_no=page_no,
                    base=base,
                )
            )
        m = re.match(r"^/(section|tag|author|models)/([^/]+)/?$", path)
        if m:
            kind, slug = m.groups()
            page_no = self._page_no(query)
            if page_no is None:
                return self._not_found(path)
            if kind == "section":
                sec = next((s for s in site.sections if slugify(s) == slug), None)
                text = (
                    None
                    if sec is None
                    else pages_html.render_listing(
                        site,
                        title=sec,
                        path=f"/section/{slug}/",
                        items=site.in_section(sec),
                        page_no=page_no,
                        base=base,
                    )
                )
            elif kind == "tag":
                tag = next((t for t in site.tags() if slugify(t) == slug), None)
                text = (
                    None
                    if tag is None
                    else pages_html.render_listing(
                        site,
                        title=f"Stories tagged \u201c{tag}\u201d",
                        path=f"/tag/{slug}/",
                        items=site.with_tag(tag),
                        page_no=page_no,
                        base=base,
                    )
                )
            elif kind == "author":
                text = pages_html.render_author(site, slug, page_no, base)
            else:
                text = article_html.render_model_page(site, slug)
            return self._html(text) if text else self._not_found(path)
        if path.startswith("/old/"):
            target = site.old_redirects.get(path.rstrip("/")) or site.old_redirects.get(path)
            if target:
                body = f'<html><body><a href="{target}">Moved</a></body></html>'.encode()
                return Response(301, body, HTML, None, {"Location": target}, conditional=False)
            return self._not_found(path)
        m = re.match(r"^/news/(\d{4})/(\d{2})/([^/]+)(?:/(amp/?|comments/?)?)?$", path)
        if m:
            art = site._by_slug.get(m.group(3))
            if art is None or not art.path.startswith(f"/news/{m.group(1)}/{m.group(2)}/"):
                return self._not_found(path)
            sub = (m.group(4) or "").strip("/")
            if sub == "amp":
                return self._html(article_html.render_amp(site, art, base), art.last_changed)
            if sub == "comments":
                page_no = self._page_no(query)
                text = None if page_no is None else render_comments_page(site, art, page_no, base)
                return self._html(text, art.last_changed) if text else self._not_found(path)
            if query.get("print", [""])[0] == "1":
                return self._html(article_html.render_print(site, art, base), art.last_changed)
            return self._html(article_html.render_article(site, art, base), art.last_changed)
        return self._not_found(path)

    # ---------------------------------------------------------- faults
    def _fault(self, path: str) -> Response:
        site = self.site
        t = site.created
        name = path[len("/faults/") :]
        if name == "server-error":
            return Response(
                500,
                b"<html><body><h1>Internal Server Error</h1></body></html>",
                HTML,
                None,
                conditional=False,
            )
        if name == "flaky":
            with self._req_lock:
                self._flaky_hits += 1
                first = self._flaky_hits == 1
            if first:
                return Response(
                    503,
                    b"<html><body><h1>Service Unavailable</h1><p>Try again soon.</p></body></html>",
                    HTML,
                    None,
                    {"Retry-After": "1"},
                    conditional=False,
                )
            return self._html(
                page(
                    site,
                    title="Back online",
                    canonical="/faults/flaky",
                    body=Html("<h1>Back online</h1><p>The flaky page works now.</p>"),
                ),
                t,
            )
        if name == "slow":
            self._stopping.wait(self.slow_seconds)
            return self._html(
                page(
                    site,
                    title="Slow page",
                    canonical="/faults/slow",
                    body=Html("<h1>Slow page</h1><p>Thanks for waiting.</p>"),
                ),
                t,
            )
        if name == "empty":
            return Response(200, b"", HTML, t)
        if name == "report.pdf":
            return Response(200, PDF, "application/pdf", t)
        if name == "photo.jpg":
            return Response(200, JPEG, "image/jpeg", t)
        if name == "huge":
            if self._huge is None or len(self._huge) <= self.huge_bytes:
                self._huge = huge_page(self.huge_bytes)
            return Response(200, self._huge, HTML, t)
        if name in ("broken", "latin1", "nocharset"):
            body, ctype = fault_page_bytes(site, name)
            return Response(200, body, ctype, t)
        return self._not_found(path)


class _Handler(BaseHTTPRequestHandler):
    demo: DemoServer
    protocol_version = "HTTP/1.1"
    server_version = "DemoNews/1.0"
    timeout = 30

    def log_message(self, format, *args):  # noqa: A002 - silence
        pass

    started = 0.0

    def do_GET(self):  # noqa: N802
        self.started = time.time()
        self._serve(head=False)

    def do_HEAD(self):  # noqa: N802
        self.started = time.time()
        self._serve(head=True)

    def _other(self):
        self.started = time.time()
        body = b"Method not allowed"
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(body)
        self._log(405)

    do_POST = do_PUT = do_DELETE = _other  # noqa: N815

    def _log(self, status: int) -> None:
        self.demo._record(
            RequestRecord(
                method=self.command,
                path=self.path,
                status=status,
                if_none_match=self.headers.get("If-None-Match"),
                if_modified_since=self.headers.get("If-Modified-Since"),
                user_agent=self.headers.get("User-Agent"),
                time=time.time(),
                started=self.started,
            )
        )

    def _serve(self, head: bool) -> None:
        demo = self.demo
        host = self.headers.get("Host") or f"127.0.0.1:{demo.port}"
        base = f"http://{host}"
        try:
            resp = demo.respond(self.path, base)
        except Exception as exc:  # pragma: no cover - debugging aid
            import traceback

            traceback.print_exc()
            resp = Response(500, f"internal error: {exc!r}".encode(), "text/plain", None, conditional=False)
        status = resp.status
        etag = None
        if status == 200:
            etag = '"' + hashlib.sha1(resp.body).hexdigest()[:20] + '"'
        not_modified = False
        if etag is not None and resp.conditional:
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if inm is not None:
                tags = [t.strip() for t in inm.split(",")]
                not_modified = "*" in tags or etag in tags or ("W/" + etag) in tags
            elif ims and resp.last_modified is not None:
                try:
                    since = parsedate_to_datetime(ims)
                    if since.tzinfo is None:
                        since = since.replace(tzinfo=UTC)
                    not_modified = resp.last_modified.replace(microsecond=0) <= since
                except (TypeError, ValueError):
                    not_modified = False
        if not_modified:
            status = 304
        self.send_response(status)
        if etag:
            self.send_header("ETag", etag)
        if resp.last_modified is not None and resp.status == 200:
            self.send_header("Last-Modified", http_date(resp.last_modified))
        for k, v in (resp.headers or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(len(resp.body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if not head and status != 304:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(resp.body)
        self._log(status)
