"""A bad URL anywhere in a discovery document is skipped and counted; the rest is read."""

from __future__ import annotations

import pytest

from autocrawl.discovery import LinkKind, feed_links, html_links, robots_sitemaps, sitemap_links
from autocrawl.urls import MAX_URL_LENGTH, absolute_url

BASE = "https://news.example.org/"
GOOD_A = "https://news.example.org/2024/05/first-story"
GOOD_B = "https://news.example.org/2024/05/second-story"

BAD_URLS = [
    "https://news.example.org:99999/2024/05/bad-port",
    "http://[::1/2024/05/broken-ipv6",
    "http://[not-an-address]/x",
    "http://0[::]/host-before-brackets",
    "http://[::]0/text-after-brackets",
    "http://[::]@0/brackets-in-user-info",
    "https://news.example.org/2024/05/\x00nul",
    "https://news\x7f.example.org/x",
    "ftp://news.example.org/file",
    "data:text/html,<p>x</p>",
    "https://exa mple.org/space-in-host",
    "https:///no-host",
    "https://news.example.org:0/zero-port",
    "https://news.example.org/" + "a" * MAX_URL_LENGTH,
]


@pytest.mark.parametrize("bad", BAD_URLS)
def test_absolute_url_refuses_unusable_urls(bad: str) -> None:
    assert absolute_url(bad, BASE) == ""


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/a/b?x=1#frag", "https://news.example.org/a/b?x=1"),
        ("  https://News.Example.org:8443/x  ", "https://News.Example.org:8443/x"),
        ("//cdn.example.org/x", "https://cdn.example.org/x"),
        ("/a\n/b\t", "https://news.example.org/a/b"),  # browsers drop tabs and newlines
        ("http://[2001:db8::1]:8080/x", "http://[2001:db8::1]:8080/x"),
        ("https://bücher.example/x", "https://bücher.example/x"),
    ],
)
def test_absolute_url_resolves_usable_urls(href: str, expected: str) -> None:
    assert absolute_url(href, BASE) == expected


def _urlset(*locs: str) -> bytes:
    entries = "".join(f"<url><loc>{loc}</loc></url>" for loc in locs)
    return (
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'.encode()
    )


def _xml_escape(url: str) -> str:
    escaped = url.replace("&", "&amp;").replace("<", "&lt;")
    return "".join(f"&#{ord(c)};" if ord(c) < 32 or ord(c) == 127 else c for c in escaped)


# A NUL is no XML character: the parser drops it, so that URL is not bad inside a sitemap.
XML_BAD_URLS = [url for url in BAD_URLS if "\x00" not in url]


@pytest.mark.parametrize("bad", XML_BAD_URLS)
def test_bad_loc_in_sitemap_is_counted_and_the_rest_read(bad: str) -> None:
    links = sitemap_links(_urlset(GOOD_A, _xml_escape(bad), GOOD_B), BASE + "sitemap.xml")
    assert [link.url for link in links] == [GOOD_A, GOOD_B]
    assert links.bad_urls == 1


def test_bad_port_inside_a_sitemap_index() -> None:
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example.org/s1.xml</loc></sitemap>
<sitemap><loc>https://news.example.org:99999/s2.xml</loc></sitemap>
<sitemap><loc>https://news.example.org/s3.xml</loc></sitemap></sitemapindex>"""
    links = sitemap_links(index, BASE + "sitemap_index.xml")
    assert [link.url for link in links] == ["https://news.example.org/s1.xml", "https://news.example.org/s3.xml"]
    assert {link.kind for link in links} == {LinkKind.SITEMAP}
    assert links.bad_urls == 1


def test_bad_port_in_feed_links() -> None:
    rss = f"""<rss version="2.0"><channel>
<item><title>A</title><link>{GOOD_A}</link></item>
<item><title>Bad</title><link>https://news.example.org:99999/bad</link></item>
<item><title>Bad guid</title><guid>http://[::1/x</guid></item>
<item><title>B</title><link>{GOOD_B}</link></item></channel></rss>""".encode()
    links = feed_links(rss, BASE + "feed")
    assert [link.title for link in links] == ["A", "B"]
    assert links.bad_urls == 2
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom">
<entry><title>A</title><link href="https://news.example.org:99999/a"/></entry>
<entry><title>B</title><link href="/b"/></entry></feed>"""
    links = feed_links(atom, BASE + "atom")
    assert [link.url for link in links] == ["https://news.example.org/b"]
    assert links.bad_urls == 1


def test_bad_hrefs_in_html_are_counted_and_the_rest_read() -> None:
    page = """<html><head><base href="http://[::1"></head><body>
<a href="/2024/05/first-story">A</a>
<a href="https://news.example.org:99999/x">bad port</a>
<a href="http://[::1/y">bad ipv6</a>
<a href="https://news.example.org/&#1;ctl">control</a>
<a href="ftp://news.example.org/file">ftp</a>
<a href="/2024/05/second-story">B</a></body></html>"""
    links = html_links(page, BASE)
    assert [link.url for link in links] == [GOOD_A, GOOD_B]
    assert links.bad_urls == 4
    assert links.action_links == 0


def test_robots_bad_sitemap_lines() -> None:
    robots = b"""User-agent: *
Sitemap: https://news.example.org:99999/bad.xml
Sitemap: ftp://news.example.org/ftp.xml
Sitemap: /sitemap.xml # the main one
Sitemap: http://[::1/broken.xml
"""
    links = robots_sitemaps(robots, BASE + "robots.txt")
    assert [link.url for link in links] == ["https://news.example.org/sitemap.xml"]
    assert links.bad_urls == 3


def test_str_input_is_read_like_bytes() -> None:
    assert [link.url for link in sitemap_links(_urlset(GOOD_A).decode(), BASE)] == [GOOD_A]
    assert [link.url for link in robots_sitemaps("Sitemap: /s.xml", BASE)] == [BASE + "s.xml"]
    page = '<?xml version="1.0" encoding="utf-8"?><html><body><a href="/2024/05/first-story">A</a></body></html>'
    assert [link.url for link in html_links(page, BASE)] == [GOOD_A]
