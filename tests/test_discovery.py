"""Discovery files: robots.txt, sitemaps (index, news, lastmod), feeds (RSS, Atom, RDF), HTML links."""

from __future__ import annotations

from autocrawl.discovery import (
    DocumentKind,
    LinkKind,
    feed_links,
    html_links,
    robots_sitemaps,
    sitemap_links,
    sniff_document,
)

BASE = "https://news.example.org/"


def test_robots_sitemap_lines_any_case_and_relative() -> None:
    robots = (
        b"User-agent: *\nDisallow: /private/\nSitemap: https://news.example.org/sitemap_index.xml\nsitemap: /news.xml\n"
    )
    urls = [link.url for link in robots_sitemaps(robots, BASE + "robots.txt")]
    assert urls == ["https://news.example.org/sitemap_index.xml", "https://news.example.org/news.xml"]


def test_sitemap_index_and_news_sitemap() -> None:
    index = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example.org/sitemap-news.xml</loc><lastmod>2024-05-01T10:00:00+02:00</lastmod></sitemap>
  <sitemap><loc>https://news.example.org/sitemap-2.xml</loc></sitemap>
</sitemapindex>"""
    links = sitemap_links(index, BASE)
    assert [link.kind for link in links] == [LinkKind.SITEMAP, LinkKind.SITEMAP]
    assert links[0].lastmod == "2024-05-01T10:00:00+02:00"
    assert sniff_document(index, "application/xml", BASE + "sitemap.xml") is DocumentKind.SITEMAP_INDEX

    news = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>https://news.example.org/a/one</loc>
  <news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>
  <news:publication_date>2024-05-03</news:publication_date><news:title>One &amp; only</news:title></news:news>
 </url>
 <url><loc>https://news.example.org/a/two</loc><lastmod>2024-05-04T08:00:00Z</lastmod></url>
</urlset>"""
    links = sitemap_links(news, BASE)
    assert [link.url for link in links] == ["https://news.example.org/a/one", "https://news.example.org/a/two"]
    assert links[0].published == "2024-05-03T00:00:00" and links[0].title == "One & only"
    assert links[1].lastmod == "2024-05-04T08:00:00+00:00"


def test_rss_atom_and_rdf_feeds() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>A</title><link>https://news.example.org/a?utm_source=rss</link><guid>https://news.example.org/a</guid>
<pubDate>Thu, 07 Dec 2023 10:00:00 +0100</pubDate></item>
<item><title>B</title><guid isPermaLink="true">https://news.example.org/b</guid></item>
</channel></rss>"""
    links = feed_links(rss, BASE)
    assert [link.url for link in links] == ["https://news.example.org/a?utm_source=rss", "https://news.example.org/b"]
    assert links[0].published == "2023-12-07T10:00:00+01:00"

    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>C</title><link rel="alternate" href="/c"/><link rel="replies" href="/c/comments"/>
<published>2024-01-02T03:04:05Z</published><updated>2024-01-03T00:00:00Z</updated></entry></feed>"""
    links = feed_links(atom, BASE)
    assert [link.url for link in links] == ["https://news.example.org/c"]
    assert links[0].lastmod == "2024-01-03T00:00:00+00:00"
    assert sniff_document(atom, "text/xml", BASE + "feed") is DocumentKind.FEED


def test_html_links_feeds_pagination_and_filters() -> None:
    page = """<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">
<link rel="next" href="/latest/?page=2"></head><body>
<a href="/news/2024/05/story/#comments">Story</a><a href="/news/2024/05/story/">Story again</a>
<a href="/latest/?page=3">3</a><a href="/archive/">Older posts</a>
<a href="/login">Log in</a><a href="/files/report.pdf">PDF</a><a href="mailto:x@y.z">mail</a>
<a href="https://other.example.com/x">elsewhere</a></body></html>"""
    links = {link.url: link.kind for link in html_links(page, BASE)}
    assert links["https://news.example.org/rss.xml"] is LinkKind.FEED
    assert links["https://news.example.org/latest/?page=2"] is LinkKind.PAGINATION
    assert links["https://news.example.org/latest/?page=3"] is LinkKind.PAGINATION
    assert links["https://news.example.org/archive/"] is LinkKind.PAGINATION
    assert links["https://news.example.org/news/2024/05/story/"] is LinkKind.PAGE
    assert "https://news.example.org/login" not in links
    assert "https://news.example.org/files/report.pdf" not in links
    assert "https://other.example.com/x" in links  # staying on site is the spider's call


def test_html_links_resolve_shared_hrefs_against_each_page() -> None:
    nav = '<a href="/section/news/">News</a><a href="more/">More</a><a href="//">Here</a><a href="?page=2">2</a>'
    pages = ["https://a.example/x/one", "https://b.example:8080/y/two?q=1", "http://a.example/z/"]
    for url in pages + pages:  # the second round reads what the first one remembered
        links = [link.url for link in html_links(f"<html><body>{nav}</body></html>", url)]
        site, _, path = url.partition("//")[2].partition("/")
        folder = url.rsplit("/", 1)[0]
        scheme = url.partition(":")[0]
        assert links == [
            f"{scheme}://{site}/section/news/",
            f"{folder}/more/",
            url,
            f"{url.partition('?')[0]}?page=2",
        ], (url, path)


def test_html_links_link_text_decides_on_every_page() -> None:
    for text, actions in [("reply", 1), ("Item nine", 0), ("Reply", 1), ("Item nine", 0)]:
        links = html_links(f"<a href='/item?id=9'>{text}</a>", BASE)
        assert links.action_links == actions
        assert len(links) == 1 - actions


def test_broken_and_empty_inputs_give_no_links() -> None:
    assert sitemap_links(b"", BASE) == []
    assert sitemap_links(b"<urlset><url><loc>https://news.example.org/x</loc>", BASE)[0].url.endswith("/x")
    assert feed_links(b"\x00\xff garbage", BASE) == []
    assert html_links("", BASE) == []
    assert sniff_document(b"%PDF-1.4 ...", "application/pdf", BASE + "x.pdf") is DocumentKind.OTHER


def test_discovery_dates_that_overflow_are_no_dates() -> None:
    from autocrawl.dates import parse_datetime

    assert parse_datetime("Mon, 99999999999999999 Jan 2024 00:00:00 GMT") is None
