"""A site whose robots.txt names its sitemaps on another host of its own domain (a `sitemaps.`
host), as sitemaps.org's cross-submission allows, and one on another domain. Served through a
forward proxy on 127.0.0.1, so that the names need not resolve here. The articles are linked
nowhere else: the crawl finds them only through the other host's sitemaps."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

SITE = "http://www.example.com"
SITEMAPS = "http://sitemaps.example.com"
ELSEWHERE = "http://cdn.example.net"
ARTICLES = [f"{SITE}/2024/05/story-{n}" for n in (1, 2, 3)]
WORDS = [
    "The",
    "harbour",
    "board",
    "met",
    "on",
    "Tuesday",
    "and",
    "agreed",
    "to",
    "repair",
    "the",
    "north",
    "pontoon",
    "before",
    "summer",
]


def article(url: str) -> str:
    n = url.rsplit("-", 1)[1]
    body = "".join(f"<p>{' '.join(WORDS[i:] + WORDS[:i])} (story {n}).</p>" for i in range(6))
    return (
        f'<html lang="en"><head><title>Story {n} - Example News</title><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="2024-05-0{n}T09:00:00Z"></head>'
        f"<body><article><h1>Harbour story number {n}</h1>{body}</article></body></html>"
    )


def urlset(urls: list[str]) -> str:
    entries = "".join(f"<url><loc>{u}</loc></url>" for u in urls)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'


def answer(target: str) -> Answer:
    parts = urlsplit(target)
    here, path = f"{parts.scheme}://{parts.netloc}", parts.path
    xml = {"Content-Type": "application/xml"}
    if here == SITE and path == "/robots.txt":
        text = f"User-agent: *\nAllow: /\nSitemap: {SITEMAPS}/index.xml\nSitemap: {ELSEWHERE}/sitemap.xml\n"
        return 200, text.encode(), {"Content-Type": "text/plain"}
    if here == SITE and path == "/":
        return 200, b"<html><head><title>Example News</title></head><body><h1>Example News</h1></body></html>", {}
    if here == SITE and target in ARTICLES:
        return 200, article(target).encode(), {"Content-Type": "text/html; charset=utf-8"}
    if here == SITEMAPS and path == "/index.xml":
        index = f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{SITEMAPS}/articles.xml</loc></sitemap></sitemapindex>'
        return 200, index.encode(), xml
    if here == SITEMAPS and path == "/articles.xml":
        return 200, urlset([*ARTICLES, f"{ELSEWHERE}/2024/05/not-ours"]).encode(), xml
    return 404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> tuple[TinySite, object]:
    workdir = tmp_path_factory.mktemp("sitemaphost")
    database_url = f"sqlite:///{workdir / 'news.db'}"
    with TinySite(answer) as proxy:
        env = {"http_proxy": proxy.base, "HTTP_PROXY": proxy.base, "no_proxy": "", "NO_PROXY": ""}
        outcome = autocrawl(*crawl_args([SITE + "/"], database_url), cwd=Path(workdir), env=env, timeout=120)
        assert outcome.code == 0, outcome.stderr[-3000:]
        return proxy, outcome


def test_articles_listed_by_a_sitemap_on_a_host_of_the_same_domain_are_stored(crawled) -> None:
    proxy, outcome = crawled
    requested = [path for _, path, _ in proxy.times()]
    assert f"{SITEMAPS}/index.xml" in requested and f"{SITEMAPS}/articles.xml" in requested
    assert all(requested.count(url) == 1 for url in ARTICLES)
    assert outcome.summary["articles_new"] == len(ARTICLES)


def test_a_sitemap_on_another_domain_and_its_foreign_entries_are_not_requested(crawled) -> None:
    proxy, outcome = crawled
    assert not [path for _, path, _ in proxy.times() if path.startswith(ELSEWHERE)]
    assert outcome.summary["skipped"]["offsite_listed"] == 2  # the robots.txt's, and the urlset's
