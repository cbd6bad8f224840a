"""Fuzzing: URL canonicalisation and every discovery parser never raise, and give only usable
absolute http(s) URLs, on arbitrary bytes and on random structured XML and HTML."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy import Request

from autocrawl.discovery import (
    LinkList,
    feed_links,
    html_links,
    is_action_link,
    is_sitemap_url,
    looks_like_calendar_trap,
    robots_sitemaps,
    sitemap_body,
    sitemap_links,
    sniff_document,
)
from autocrawl.urls import (
    MAX_URL_LENGTH,
    absolute_url,
    canonicalize,
    fetch_key,
    resolve_canonical,
    same_site,
    site_key,
)

BASE = "https://news.example.org/section/page"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that URL parsers trip on: ports, brackets, controls, IDNA, percent-encoding, dots.
_URL_PIECES = st.sampled_from(
    [
        "a",
        "Z",
        "0",
        "9",
        "-",
        ".",
        "_",
        "~",
        ":",
        "/",
        "//",
        "?",
        "#",
        "&",
        "=",
        "@",
        "[",
        "]",
        "%",
        "%2F",
        "%zz",
        "%00",
        " ",
        "\t",
        "\n",
        "\x00",
        "\x7f",
        "\u3002",
        "é",
        "ß",
        "\u0130",
        "xn--",
        "..",
        ":99999",
        ":0",
        ":80",
        "[::1]",
        "[::1",
        "www.",
        "amp",
        "print",
        "utm_source=x",
        ";jsessionid=1",
        "\\",
        "\ufeff",
    ]
)
_URL_TEXT = st.lists(_URL_PIECES, max_size=12).map("".join)
URLS = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda scheme, host, rest: f"{scheme}{host}{rest}",
        st.sampled_from(["http://", "https://", "HTTP://", "ftp://", "//", "", "javascript:", "mailto:"]),
        _URL_TEXT,
        _URL_TEXT,
    ),
)


def _assert_usable(links: LinkList) -> None:
    assert isinstance(links, LinkList)
    assert links.bad_urls >= 0 and links.action_links >= 0 and links.truncated >= 0
    for link in links:
        parts = urlsplit(link.url)
        assert parts.scheme in ("http", "https") and parts.hostname
        assert parts.port is None or 0 < parts.port < 65536
        assert len(link.url) <= MAX_URL_LENGTH and "#" not in link.url
        assert absolute_url(link.url) == link.url
        Request(link.url)  # the spider can request it as it is


@FUZZ
@given(URLS)
def test_canonicalize_never_raises_and_is_idempotent(url: str) -> None:
    canonical = canonicalize(url)
    assert canonical == "" or urlsplit(canonical).scheme in ("http", "https")
    assert canonicalize(canonical) == canonical
    if canonical:
        assert absolute_url(canonical) == canonical


@FUZZ
@given(URLS, URLS)
def test_url_helpers_never_raise(url: str, other: str) -> None:
    resolved = absolute_url(url, other)
    assert resolved == "" or urlsplit(resolved).scheme.lower() in ("http", "https")
    site_key(url)
    same_site(url, other)
    fetch_key(canonicalize(url))
    resolved_canonical = resolve_canonical(url, other)
    assert resolved_canonical == "" or canonicalize(resolved_canonical) == resolved_canonical
    is_action_link(url, other)
    looks_like_calendar_trap(url)
    is_sitemap_url(url)


@FUZZ
@given(st.binary(max_size=600))
def test_parsers_never_raise_on_arbitrary_bytes(data: bytes) -> None:
    for parse in (sitemap_links, feed_links, robots_sitemaps):
        _assert_usable(parse(data, BASE))
    _assert_usable(html_links(data, BASE))
    _assert_usable(html_links(data.decode("latin-1"), BASE))
    sniff_document(data, None, BASE)
    body = sitemap_body(b"\x1f\x8b" + data, BASE, None, max_size=4096)
    assert body is None or len(body) <= 4096


def _element(name: st.SearchStrategy[str], inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda tag, body: f"<{tag}>{body}</{tag}>", name, inner)


_TEXT = st.one_of(
    URLS, st.sampled_from(["&amp;", "&lt;", "&bogus;", "&#1;", "&#x110000;", "<![CDATA[x]]>", "2024-05-01"])
)
_SITEMAP_ENTRY = _element(
    st.sampled_from(["url", "sitemap", "URL", "news:news", "x"]),
    st.lists(_element(st.sampled_from(["loc", "lastmod", "publication_date", "title", "loc"]), _TEXT), max_size=4).map(
        "".join
    ),
)
SITEMAPS = st.builds(
    lambda root, entries, prolog: (
        f'{prolog}<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(entries) + f"</{root}>"
    ),
    st.sampled_from(["urlset", "sitemapindex", "rss"]),
    st.lists(_SITEMAP_ENTRY, max_size=6),
    st.sampled_from(["", '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e "&e;">]>', "\ufeff", "<?xml"]),
)
_FEED_ITEM = st.one_of(
    _element(
        st.sampled_from(["item", "entry"]),
        st.lists(_element(st.sampled_from(["link", "guid", "title", "pubDate", "updated"]), _TEXT), max_size=4).map(
            "".join
        ),
    ),
    st.builds(
        lambda href, rel: f'<entry><link href="{href}" rel="{rel}"/></entry>',
        URLS.map(lambda s: s.replace('"', "")),
        st.sampled_from(["alternate", "replies", ""]),
    ),
    st.builds(  # relative links under an xml:base of any kind (Atom, RFC 4287 §2)
        lambda base, href: f'<entry xml:base="{base}"><link href="{href}"/></entry>',
        URLS.map(lambda s: s.replace('"', "&quot;")),
        st.sampled_from(["story", "/news/story", "../up", "?p=1", ""]),
    ),
)
FEEDS = st.one_of(
    st.builds(lambda items: "<rss><channel>" + "".join(items) + "</channel></rss>", st.lists(_FEED_ITEM, max_size=6)),
    st.builds(
        lambda base, items: (
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}">' + "".join(items) + "</feed>"
        ),
        URLS.map(lambda s: s.replace('"', "&quot;")),
        st.lists(_FEED_ITEM, max_size=6),
    ),
)
JSON_FEEDS = st.builds(
    lambda items: '{"version": "https://jsonfeed.org/version/1.1", "items": [' + ",".join(items) + "]}",
    st.lists(
        st.one_of(
            st.builds(
                lambda url, date: f'{{"url": "{url}", "date_published": "{date}"}}',
                URLS.map(lambda s: s.replace('"', "").replace("\\", "")),
                _TEXT.map(lambda s: s.replace('"', "").replace("\\", "")),
            ),
            st.sampled_from(["1", "null", "[]", '{"url": 5}', '{"id": "https://news.example.org/x"}']),
        ),
        max_size=5,
    ),
)
_ATTR = URLS.map(lambda s: s.replace('"', "&quot;"))
_HTML_NODE = st.one_of(
    st.builds(
        lambda href, text: f'<a href="{href}">{text}</a>', _ATTR, st.sampled_from(["", "next", "reply", "x", "»"])
    ),
    st.builds(
        lambda href, rel, kind: f'<link rel="{rel}" type="{kind}" href="{href}">',
        _ATTR,
        st.sampled_from(["alternate", "next", "sitemap", "amphtml"]),
        st.sampled_from(["application/rss+xml", "application/feed+json", "text/html"]),
    ),
    st.builds(lambda href: f'<base href="{href}">', _ATTR),
    st.sampled_from(["<div>", "</div>", "<a>", "<p>text", "&#0;", "<!--", "<script>", "<svg><a href='/x'>"]),
)
PAGES = st.lists(_HTML_NODE, max_size=10).map(lambda nodes: "<html><body>" + "".join(nodes) + "</body></html>")


@FUZZ
@given(SITEMAPS)
def test_sitemap_links_on_random_sitemaps(document: str) -> None:
    _assert_usable(sitemap_links(document.encode("utf-8", "surrogatepass"), BASE))
    _assert_usable(sitemap_links(document, BASE))


@FUZZ
@given(st.one_of(FEEDS, JSON_FEEDS))
def test_feed_links_on_random_feeds(document: str) -> None:
    _assert_usable(feed_links(document.encode("utf-8", "surrogatepass"), BASE))


@FUZZ
@given(
    st.lists(
        st.builds(
            lambda key, value: f"{key}:{value}", st.sampled_from(["Sitemap", "sitemap", "User-agent", "#"]), URLS
        ),
        max_size=6,
    )
)
def test_robots_sitemaps_on_random_robots(lines: list[str]) -> None:
    _assert_usable(robots_sitemaps("\n".join(lines), BASE))


@FUZZ
@given(PAGES)
def test_html_links_on_random_pages(page: str) -> None:
    links = html_links(page, BASE)
    _assert_usable(links)
    assert not any(is_action_link(link.url) for link in links)
