"""A fault-injecting news site on 127.0.0.1: the demo site (with its own fault pages) behind a
handler that adds one path per hostile case. Deterministic and fast: no randomness, no sleep
longer than the stall case needs. One thread per connection; `stop()` leaves nothing running.

The cases, all reachable from the site's robots.txt, sitemaps, feed or home page:

    /f/gone-404 /f/gone-410        dead links                /f/unavailable   503 + Retry-After, always
    /f/flaky                       503 + Retry-After once, then an article
    /faults/slow                   a stall (the demo's)      /f/reset         connection reset
    /f/truncated                   body shorter than its Content-Length
    /f/cut                         a page that stops inside a tag (Content-Length matching)
    /faults/empty                  empty 200 (the demo's)    /f/binary        bytes served as text/html
    /faults/huge                   oversize (the demo's)     /f/bomb          gzip bomb (Content-Encoding)
    /faults/latin1 /faults/nocharset   wrong and missing charset (the demo's, truth in fault_articles)
    /f/laughs.xml                  billion-laughs sitemap    /f/big.xml       50,000-link sitemap
    /f/dup-a /f/dup-b              one article under two URLs
    /f/loop-a <-> /f/loop-b        redirect loop             /f/offsite       redirect to another host
    /f/refresh                     meta refresh to /f/refreshed, linked nowhere else
    /f/header-refresh              an empty page with a `Refresh: 0; url=` header to /f/header-refreshed
    /f/listed.xml.gz               gzipped sitemap           /f/bomb.xml.gz   gzipped sitemap bomb
    /f/badport.xml /f/feed.xml, home page    links with port 99999, then a good one
    /f/calendar/YYYY/MM            an endless calendar       /f/html-sitemap.xml  HTML error page as sitemap
    /f/utf16                       an article in UTF-16 (BOM)   /f/stray-nul   an article with NUL bytes in it
    /f/utf16-nobom /f/utf16be-nobom   articles in UTF-16 LE and BE without a BOM (BE labelled charset=utf-16)
    /f/wrong-bom                   a UTF-16 LE BOM before big-endian bytes: no text can be read from it
    /f/huge-script                 an article after a 7 MB inline script (under the size cap, over what is parsed)
    /f/credentials                 listed as http://user:secret@host/...: fetched without them
    /f/not-gzip                    Content-Encoding: gzip on a plain body
    /f/endless-comments[?page=N]   an article whose comment pages each link a next one, forever
    /f/other-port                  links to another port of 127.0.0.1 (`internal`), directly, protocol-
                                   relative, with user info, and through <base href>
    /f/redirect-other-port /f/sitemap-moved.xml   a page's and a sitemap's redirect there
    /f/canonical-elsewhere         an article whose rel=canonical names a page of that other server
    /f/redirect-file /f/redirect-data   redirects to file: and data:   /f/redirect-nowhere  302, no Location
    /f/chain/N.xml                 a sitemap index naming /f/chain/N+1.xml, forever
    /f/json-as-html                a JSON answer served as text/html
    /f/partial                     206 Partial Content (a third of an article) to a request for it all
    /f/unasked-304                 304 Not Modified to a request that sent no validator
    /f/utf16-label                 an article in UTF-8 whose Content-Type says charset=utf-16
    /f/identity                    an article sent with Content-Encoding: identity (no encoding)
    /f/repeating-comments[?page=N] an article whose every comment page shows the same comments
    /f/list.txt                    a text sitemap (one URL per line), named in robots.txt: /f/from-text-sitemap

`internal` (the constructor's argument) is the base URL of a server the crawl must never reach;
/f/sitemap.xml lists a page of it, and one of the cloud metadata address, among its own.

`FaultServer(robots_status=500)` is a second site whose robots.txt answers 500.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import random
import socket
import struct
import threading
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlencode, urlsplit

from autocrawl.demosite import DemoServer, NewsSite, build_demo_site

HTML = "text/html; charset=utf-8"
UTF16 = "text/html; charset=utf-16"
BAD_PORT = "http://127.0.0.1:99999"
MAX_SIZE = 8 * 1024 * 1024  # the DOWNLOAD_MAXSIZE the tests crawl with
BIG_SITEMAP_LINKS = 50_000


@dataclass(frozen=True)
class FaultArticle:
    path: str
    title: str
    paragraphs: list[str]


def _article(path: str, topic: str) -> FaultArticle:
    """An article with text of its own: sentences of words drawn (seeded by the path) from the demo
    site's stories, so that no two fault articles look like near-duplicates of each other."""
    words = [w for a in _DEMO_SITE.articles for p in a.paragraphs for w in p.split() if w.isalpha()]
    rng = random.Random(path)
    paragraphs = [
        f"{topic.capitalize()}: " + ". ".join(" ".join(rng.choices(words, k=14)) for _ in range(3)) + "."
        for _ in range(4)
    ]
    return FaultArticle(path, f"Harbour board agrees {topic}", paragraphs)


_DEMO_SITE = build_demo_site()
ARTICLES = {
    a.path: a
    for a in (
        _article("/f/flaky", "a new slipway for the lifeboat"),
        _article("/f/refreshed", "longer opening hours for the ferry office"),
        _article("/f/header-refreshed", "a new tide gauge at the harbour mouth"),
        _article("/f/gz-article", "a study of the silted channel"),
        _article("/f/after-badport-sitemap", "new moorings on the north quay"),
        _article("/f/after-badport-feed", "a fish market on Saturdays"),
        _article("/f/after-badport-html", "solar panels on the harbour office"),
        _article("/f/dup-a", "a second pontoon for visiting yachts"),
        _article("/f/cut", "a pilot boat for the estuary"),
        _article("/f/utf16", "a tide table printed in UTF-16"),
        _article("/f/stray-nul", "a harbour page with stray NUL bytes"),
        _article("/f/utf16-nobom", "a tide table in UTF-16 without a byte order mark"),
        _article("/f/utf16be-nobom", "a ferry timetable in big-endian UTF-16"),
        _article("/f/huge-script", "a page that ships its whole app inline"),
        _article("/f/credentials", "a link that carries a user name and password"),
        _article("/f/endless-comments", "a debate whose comment pages never end"),
        _article("/f/canonical-elsewhere", "a page that names another server's page as its own"),
        _article("/f/utf16-label", "a page in UTF-8 labelled UTF-16"),
        _article("/f/identity", "a page sent with the identity encoding"),
        _article("/f/from-text-sitemap", "a page listed only by a text sitemap"),
        _article("/f/repeating-comments", "a debate whose every comment page is the first"),
    )
}
# the only story of a small site crawled with the fault site (tests/faults/test_fault_cases.py)
SMALL_SITE_ARTICLE = _article("/story", "a small site's only story")
COMMENTS_PER_PAGE = 3
CUT_AFTER_PARAGRAPHS = 2  # a cut page stops inside the tag of its third paragraph
DUPLICATE_PATH = "/f/dup-b"  # the same bytes as /f/dup-a


def article_html(article: FaultArticle) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(article.title)}</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00+00:00">'
        '<meta name="author" content="Mara Quill"></head><body>'
        '<header><a href="/">The Harbour Herald</a></header>'
        f'<article><h1>{escape(article.title)}</h1><p class="byline">By Mara Quill</p>'
        f'<div class="article-body">{body}</div></article><footer>&copy; The newsroom</footer></body></html>'
    ).encode()


def _without_meta_charset(article: FaultArticle) -> str:
    """The article's markup with nothing in it naming its encoding."""
    return article_html(article).decode().replace('<meta charset="utf-8">', "")


def endless_comments(article: FaultArticle, page: int, shown: int | None = None) -> bytes:
    """The article with page `page` of its comments and a link to the next page, whatever `page` is;
    with `shown`, the comments of that page whatever page is asked for."""
    number = page if shown is None else shown
    items = "".join(
        f'<li class="comment" id="c{number}-{i}"><span class="author">Reader {number}-{i}</span> '
        f'<time datetime="2024-03-05T1{i}:00:00Z">5 March</time><p>Comment {number}-{i}: the pontoon '
        "was never finished and the harbour board knows it, says this reader.</p></li>"
        for i in range(COMMENTS_PER_PAGE)
    )
    thread = (
        f'<section id="comments"><h2>Comments</h2><ol class="comments">{items}</ol>'
        f'<a rel="next" href="{article.path}?page={page + 1}">Older comments</a></section>'
    )
    return article_html(article).replace(b"</article>", b"</article>" + thread.encode())


def cut_mid_tag(page: bytes) -> bytes:
    """The page as an upstream that died mid-write leaves it: it stops inside the opening tag of
    the paragraph after the first CUT_AFTER_PARAGRAPHS."""
    at = -1
    for _ in range(CUT_AFTER_PARAGRAPHS + 1):
        at = page.index(b"<p>", at + 1)
    return page[: at + 2]


def _sitemap_file(root: str, entry: str, locs: list[str]) -> bytes:
    entries = "".join(f"<{entry}><loc>{escape(loc)}</loc></{entry}>" for loc in locs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{root}>\n'
    ).encode()


def _urlset(locs: list[str]) -> bytes:
    return _sitemap_file("urlset", "url", locs)


def _sitemap_index(locs: list[str]) -> bytes:
    return _sitemap_file("sitemapindex", "sitemap", locs)


def _other_port_page(internal: str) -> bytes:
    """A page whose links all lead to `internal`, another port of the same host: directly, without
    a scheme, with user info, and relative to a <base href> there."""
    netloc = internal.removeprefix("http://")
    hrefs = [
        f"{internal}/f/linked",
        f"//{netloc}/f/protocol-relative",
        f"http://editor@{netloc}/f/user-info",
        "f/via-base",
    ]
    anchors = "".join(f'<li><a href="{escape(h)}">Partner {i}</a></li>' for i, h in enumerate(hrefs))
    return (
        f'<!DOCTYPE html><html><head><title>Partners</title><base href="{escape(internal)}/"></head>'
        f"<body><h1>Our partners</h1><ul>{anchors}</ul></body></html>"
    ).encode()


def _calendar(path: str) -> bytes:
    """A month page linking the months around it and a few days: endless in both directions."""
    parts = path.strip("/").split("/")
    year, month = int(parts[2]), int(parts[3]) if len(parts) > 3 else 1
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    after = (year + 1, 1) if month == 12 else (year, month + 1)
    links = [f"/f/calendar/{y}/{m:02d}" for y, m in (before, after)]
    links += [f"/f/calendar/{year}/{month:02d}/{d:02d}" for d in (1, 8, 15)]
    anchors = "".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (
        f"<!DOCTYPE html><html><head><title>Events {year}-{month:02d}</title></head>"
        f"<body><h1>What's on</h1><ul>{anchors}</ul></body></html>"
    ).encode()


@functools.cache
def _bomb(head: bytes) -> bytes:
    """`head` and then twice the crawl's size cap of blanks, gzipped to a few kB."""
    return gzip.compress(head + b" " * (2 * MAX_SIZE), compresslevel=6)


@dataclass
class Answer:
    status: int
    body: bytes = b""
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)


class FaultServer:
    """The fault site; `requests` lists (path, status) as served."""

    def __init__(self, robots_status: int | None = None, internal: str = "http://127.0.0.1:9") -> None:
        self.robots_status = robots_status
        self.internal = internal
        self.site: NewsSite = build_demo_site()
        self.demo = DemoServer(self.site, faults=True, slow_seconds=5, huge_bytes=MAX_SIZE + MAX_SIZE // 2)
        self.requests: list[tuple[str, int]] = []
        self.authorized: list[str] = []  # paths asked for with credentials
        self.base = ""
        self._lock = threading.Lock()
        self._hits: dict[str, int] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> FaultServer:
        server = self

        class Handler(_Handler):
            faults = server

        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.demo._stopping.set()  # ends a stalled answer at once
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def hits(self, prefix: str) -> list[str]:
        with self._lock:
            return [path for path, _ in self.requests if path.startswith(prefix)]

    def _first_hit(self, path: str) -> bool:
        with self._lock:
            self._hits[path] = self._hits.get(path, 0) + 1
            return self._hits[path] == 1

    def answer(self, path: str, query: dict[str, str] | None = None) -> Answer:  # noqa: C901 - a table of cases
        query = query or {}
        base = self.base
        if path == "/robots.txt":
            if self.robots_status:
                return Answer(self.robots_status, b"<html><body>Internal error</body></html>")
            robots = self.demo.respond(path, base).body.decode()
            extra = ["laughs.xml", "big.xml", "listed.xml.gz", "bomb.xml.gz", "html-sitemap.xml", "badport.xml"]
            extra += ["chain/1.xml", "sitemap-moved.xml", "list.txt"]
            robots += "".join(f"Sitemap: {base}/f/{name}\n" for name in ["sitemap.xml", *extra])
            return Answer(200, robots.encode(), "text/plain")
        if path == "/":
            home = self.demo.respond(path, base).body
            links = (
                '<a href="/f/refresh">Live</a> <a href="/f/header-refresh">Tides</a> '
                '<a href="/f/calendar/2024/03">Events</a> '
                '<a type="application/rss+xml" href="/f/feed.xml">Harbour feed</a> '
                f'<a href="{BAD_PORT}/nowhere">Broken</a> <a href="/f/after-badport-html">Solar panels</a>'
                ' <a href="/f/other-port">Partners</a>'
            )
            return Answer(200, home.replace(b"</body>", links.encode() + b"</body>", 1))
        if path == "/f/endless-comments":
            return Answer(200, endless_comments(ARTICLES[path], int(query.get("page", "1"))))
        if path == "/f/repeating-comments":
            return Answer(200, endless_comments(ARTICLES[path], int(query.get("page", "1")), shown=1))
        if path == "/f/utf16":
            return Answer(200, b"\xff\xfe" + article_html(ARTICLES[path]).decode().encode("utf-16-le"), UTF16)
        if path == "/f/utf16-nobom":
            return Answer(200, _without_meta_charset(ARTICLES[path]).encode("utf-16-le"), "text/html")
        if path == "/f/utf16be-nobom":
            return Answer(200, _without_meta_charset(ARTICLES[path]).encode("utf-16-be"), UTF16)
        if path == "/f/wrong-bom":
            return Answer(
                200, b"\xff\xfe" + _without_meta_charset(ARTICLES["/f/utf16"]).encode("utf-16-be"), "text/html"
            )
        if path == "/f/huge-script":
            script = b'<body><script>var state="' + b"A" * (7 * 1024 * 1024) + b'";</script>'
            return Answer(200, article_html(ARTICLES[path]).replace(b"<body>", script, 1))
        if path == "/f/list.txt":
            return Answer(200, f"{base}/f/from-text-sitemap\n".encode(), "text/plain")
        if path == "/f/utf16-label":
            return Answer(200, article_html(ARTICLES[path]), UTF16)
        if path == "/f/identity":
            return Answer(200, article_html(ARTICLES[path]), headers={"Content-Encoding": "identity"})
        if path == "/f/stray-nul":
            return Answer(200, article_html(ARTICLES[path]).replace(b"<p>", b"<p>\x00\x01", 3))
        if path == "/f/cut":
            validators = {"ETag": '"v1"', "Last-Modified": "Tue, 05 Mar 2024 09:00:00 GMT"}
            return Answer(200, cut_mid_tag(article_html(ARTICLES[path])), headers=validators)
        if path == "/f/canonical-elsewhere":
            canonical = f'<link rel="canonical" href="{self.internal}/f/stored-elsewhere">'
            return Answer(200, article_html(ARTICLES[path]).replace(b"</head>", canonical.encode() + b"</head>"))
        if path == "/f/other-port":
            return Answer(200, _other_port_page(self.internal))
        if path.startswith("/f/chain/"):
            number = int(path.removeprefix("/f/chain/").removesuffix(".xml"))
            return Answer(200, _sitemap_index([f"{base}/f/chain/{number + 1}.xml"]), "application/xml")
        if path in ARTICLES and path != "/f/flaky":
            return Answer(200, article_html(ARTICLES[path]))
        if path == DUPLICATE_PATH:
            return Answer(200, article_html(ARTICLES["/f/dup-a"]))
        if path.startswith("/f/calendar/"):
            return Answer(200, _calendar(path))
        simple: dict[str, Answer] = {
            "/f/gone-404": Answer(404, b"<html><body>Not found</body></html>"),
            "/f/gone-410": Answer(410, b"<html><body>Gone</body></html>"),
            "/f/unavailable": Answer(503, b"<html><body>Busy</body></html>", headers={"Retry-After": "1"}),
            "/f/binary": Answer(200, bytes(range(256)) * 64),
            "/f/bomb": Answer(200, _bomb(b"<p>"), headers={"Content-Encoding": "gzip"}),
            "/f/not-gzip": Answer(200, b"<html><body><p>plain</p></body></html>", headers={"Content-Encoding": "gzip"}),
            "/f/loop-a": Answer(302, headers={"Location": "/f/loop-b"}),
            "/f/loop-b": Answer(302, headers={"Location": "/f/loop-a"}),
            "/f/offsite": Answer(301, headers={"Location": "http://elsewhere.invalid/landing"}),
            "/f/refresh": Answer(
                200,
                b'<html><head><meta http-equiv="refresh" content="0; url=/f/refreshed"></head>'
                b"<body>Moved.</body></html>",
            ),
            "/f/header-refresh": Answer(200, b"", headers={"Refresh": "0; url=/f/header-refreshed"}),
            "/f/html-sitemap.xml": Answer(200, b"<!DOCTYPE html><html><body><h1>Oops</h1></body></html>"),
            "/f/redirect-other-port": Answer(302, headers={"Location": f"{self.internal}/f/redirected-here"}),
            "/f/sitemap-moved.xml": Answer(302, headers={"Location": f"{self.internal}/sitemap.xml"}),
            "/f/redirect-file": Answer(302, headers={"Location": "file:///etc/passwd"}),
            "/f/redirect-data": Answer(302, headers={"Location": "data:text/html,<h1>in the URL</h1>"}),
            "/f/redirect-nowhere": Answer(302),
            "/f/unasked-304": Answer(304, content_type=None, headers={"ETag": '"v9"'}),
            "/f/json-as-html": Answer(200, b'{"title": "Harbour", "body": "<p>an API answer, not a page</p>"}'),
        }
        if path in simple:
            return simple[path]
        if path == "/f/partial":
            page = article_html(_article(path, "a page sent in part"))
            third = len(page) // 3
            return Answer(206, page[:third], headers={"Content-Range": f"bytes 0-{third - 1}/{len(page)}"})
        if path == "/f/flaky":
            if self._first_hit(path):
                return Answer(503, b"<html><body>Busy</body></html>", headers={"Retry-After": "1"})
            return Answer(200, article_html(ARTICLES[path]))
        if path == "/f/sitemap.xml":
            paths = [
                "/f/gone-404",
                "/f/gone-410",
                "/f/unavailable",
                "/f/flaky",
                "/f/reset",
                "/f/truncated",
                "/f/binary",
                "/f/bomb",
                "/f/loop-a",
                "/f/offsite",
                "/f/dup-a",
                DUPLICATE_PATH,
                "/f/cut",
                "/f/utf16",
                "/f/utf16-nobom",
                "/f/utf16be-nobom",
                "/f/wrong-bom",
                "/f/huge-script",
                "/f/stray-nul",
                "/f/not-gzip",
                "/f/endless-comments",
                "/f/repeating-comments",
                "/f/redirect-other-port",
                "/f/canonical-elsewhere",
                "/f/redirect-file",
                "/f/redirect-data",
                "/f/redirect-nowhere",
                "/f/json-as-html",
                "/f/partial",
                "/f/unasked-304",
                "/f/utf16-label",
                "/f/identity",
            ]
            with_credentials = base.replace("http://", "http://editor:s3cret@") + "/f/credentials"
            elsewhere = [f"{self.internal}/f/listed-elsewhere", "http://169.254.169.254/latest/meta-data/"]
            return Answer(200, _urlset([base + p for p in paths] + [with_credentials, *elsewhere]), "application/xml")
        if path == "/f/badport.xml":
            return Answer(200, _urlset([f"{BAD_PORT}/lost", base + "/f/after-badport-sitemap"]), "application/xml")
        if path == "/f/feed.xml":
            items = "".join(
                f"<item><title>{t}</title><link>{u}</link></item>"
                for t, u in (("Lost", f"{BAD_PORT}/lost-item"), ("Fish market", base + "/f/after-badport-feed"))
            )
            rss = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>{items}</channel></rss>'
            return Answer(200, rss.encode(), "application/rss+xml")
        if path == "/f/listed.xml.gz":
            return Answer(200, gzip.compress(_urlset([base + "/f/gz-article"])), "application/x-gzip")
        if path == "/f/bomb.xml.gz":
            return Answer(200, _bomb(b'<?xml version="1.0"?>'), "application/x-gzip")
        if path == "/f/laughs.xml":
            laughs = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
            doc = (
                f'<?xml version="1.0"?><!DOCTYPE urlset [{"".join(laughs)}]>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{base}/f/laughs-&lol9;</loc></url></urlset>"
            )
            return Answer(200, doc.encode(), "application/xml")
        if path == "/f/big.xml":
            articles = [a.path for a in self.site.articles]
            locs = [f"{base}{articles[i % len(articles)]}#entry-{i}" for i in range(BIG_SITEMAP_LINKS)]
            return Answer(200, _urlset(locs), "application/xml")
        demo = self.demo.respond(path + (f"?{urlencode(query)}" if query else ""), base)
        return Answer(demo.status, demo.body, demo.content_type, dict(demo.headers or {}))


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up (timeouts, cancelled downloads) is part of the game


class _Handler(BaseHTTPRequestHandler):
    faults: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - silence
        pass

    def finish(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            super().finish()

    def do_GET(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path
        if path == "/f/reset":
            self._record(path, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if path == "/f/truncated":
            self._record(path, 200)
            page = article_html(_article(path, "a truncated page"))
            self.send_response(200)
            self.send_header("Content-Type", HTML)
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page[: len(page) // 3])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        answer = self.faults.answer(path, dict(parse_qsl(urlsplit(self.path).query)))
        self._record(path, answer.status)
        self.send_response(answer.status)
        if answer.content_type:
            self.send_header("Content-Type", answer.content_type)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(answer.body)

    def _record(self, path: str, status: int) -> None:
        with self.faults._lock:
            self.faults.requests.append((path, status))
            if self.headers.get("Authorization"):
                self.faults.authorized.append(path)
