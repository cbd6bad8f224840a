"""A robots.txt that names one sitemap index of many full sitemaps: every entry of every sitemap
became a request in the scheduler (30 sitemaps of 50,000 URLs: 5 GB, a reactor busy for minutes,
a SIGTERM not honoured). The pages requested from sitemap entries are bounded per site and run
(AUTOCRAWL_MAX_LISTED_URLS_PER_SITE); the rest are counted, with one line for the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tiny_site import Answer

from .server import _article, article_html
from .small_site import HTML, crawl_small_site, plain_answer

SITEMAPS = 6
ENTRIES = 30
BOUND = 40


def _answer(path: str) -> Answer:
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\nSitemap: /index.xml\n", {"Content-Type": "text/plain"}
    xml = {"Content-Type": "application/xml"}
    if path == "/index.xml":
        named = "".join(f"<sitemap><loc>/sm-{k}.xml</loc></sitemap>" for k in range(SITEMAPS))
        return (
            200,
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{named}</sitemapindex>'.encode(),
            xml,
        )
    if path.startswith("/sm-"):
        k = path.removeprefix("/sm-").removesuffix(".xml")
        urls = "".join(f"<url><loc>/news/w{k}-{i}</loc></url>" for i in range(ENTRIES))
        return 200, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(), xml
    if path.startswith("/news/w"):
        return 200, article_html(_article(path, f"wide sitemap story {path[7:]}")), HTML
    return plain_answer(path, [])


@pytest.mark.xdist_group("wide-sitemap-index")
def test_pages_from_sitemap_entries_are_bounded_per_site(tmp_path: Path) -> None:
    crawl = crawl_small_site(_answer, tmp_path, f"AUTOCRAWL_MAX_LISTED_URLS_PER_SITE={BOUND}")
    summary = crawl.outcome.summary
    assert summary["requests"] <= BOUND + SITEMAPS + 4  # start page, robots.txt, index
    assert summary["articles_new"] == BOUND
    skipped = summary["skipped"]
    assert skipped.get("listed_over_limit", 0) + ENTRIES * skipped.get("listings_over_limit", 0) == (
        SITEMAPS * ENTRIES - BOUND
    )
    assert crawl.outcome.stderr.count("AUTOCRAWL_MAX_LISTED_URLS_PER_SITE") == 1
