from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autocrawl.urls import (
    LinkResolver,
    absolute_url,
    canonical_too_long,
    canonicalize,
    resolve_canonical,
    same_site,
    site_key,
)

CANON = "https://www.example.com/news/2024/05/council-votes"

VARIANTS = [
    "https://www.example.com/news/2024/05/council-votes",
    "HTTPS://WWW.EXAMPLE.COM/news/2024/05/council-votes",
    "https://www.example.com:443/news/2024/05/council-votes/",
    "https://www.example.com/news/2024/05/council-votes?utm_source=twitter&utm_medium=social&utm_campaign=x",
    "https://www.example.com/news/2024/05/council-votes?fbclid=IwAR123&gclid=abc&mc_cid=1&mc_eid=2&igshid=3",
    "https://www.example.com/news/2024/05/council-votes#comments",
    "https://www.example.com/news/2024/05/council-votes;jsessionid=0123ABCD",
    "https://www.example.com/news/2024/05/council-votes?PHPSESSID=abc&sid=9",
    "https://www.example.com/news/2024/05/council-votes/amp",
    "https://www.example.com/news/2024/05/council-votes/amp/",
    "https://www.example.com/amp/news/2024/05/council-votes",
    "https://www.example.com/news/2024/05/council-votes?amp=1",
    "https://www.example.com/news/2024/05/council-votes?outputType=amp",
    "https://www.example.com/news/2024/05/council-votes?print=1",
    "https://www.example.com/print/news/2024/05/council-votes",
    "https://www.example.com/news/2024/05/council%2Dvotes",
    "  https://www.example.com/news/2024/05/council-votes?ref=homepage  ",
]


@pytest.mark.parametrize("url", VARIANTS)
def test_variants_fold_to_one_canonical(url: str) -> None:
    assert canonicalize(url) == CANON


def test_amp_html_suffix() -> None:
    assert canonicalize("http://a.example/story.amp.html") == "http://a.example/story.html"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a.example/list?b=2&a=1&c=", "http://a.example/list?a=1&b=2&c="),
        ("http://a.example/search?q=caf%c3%a9", "http://a.example/search?q=caf%C3%A9"),
        ("http://a.example/%7Euser/", "http://a.example/~user"),
        ("http://a.example", "http://a.example/"),
        ("http://a.example:80/", "http://a.example/"),
        ("http://a.example:8080/x", "http://a.example:8080/x"),
        ("https://bücher.example/straße", "https://xn--bcher-kva.example/stra%C3%9Fe"),
        ("http://127.0.0.1:8001/a/?id=5&utm_term=x", "http://127.0.0.1:8001/a?id=5"),
        ("http://a.example/amp", "http://a.example/amp"),  # a page named amp is not an AMP variant
        ("mailto:x@example.com", ""),
        ("http://a.example/news\\2024//story", "http://a.example/news/2024/story"),
        ("https://a.example:99999/x", ""),
        ("/relative/path", ""),
    ],
)
def test_canonicalize_table(url: str, expected: str) -> None:
    assert canonicalize(url) == expected


def test_meaningful_query_kept() -> None:
    assert canonicalize("https://a.example/article?id=123") != canonicalize("https://a.example/article?id=124")


def test_site_key() -> None:
    assert site_key("https://WWW.Example.com:443/x") == "www.example.com"
    assert site_key("http://127.0.0.1:8001/a") == "127.0.0.1:8001"
    assert site_key("http://127.0.0.1:80/a") == "127.0.0.1"
    assert site_key("Example.COM:8080") == "example.com:8080"
    assert site_key("https://user:pw@news.example/") == "news.example"


def test_same_site() -> None:
    assert same_site("http://127.0.0.1:8001/a", "http://127.0.0.1:8001/b")
    assert not same_site("http://127.0.0.1:8001/a", "http://127.0.0.1:8002/a")
    assert same_site("https://example.com/a", "https://www.example.com/b")
    assert not same_site("https://example.com/a", "https://evil.example.org/a")


def test_resolve_canonical() -> None:
    page = "http://127.0.0.1:8001/news/1?utm_source=x"
    assert resolve_canonical(page, None) == "http://127.0.0.1:8001/news/1"
    assert resolve_canonical(page, "/articles/one") == "http://127.0.0.1:8001/articles/one"
    # another site (syndication partner, spam) is not trusted
    assert resolve_canonical(page, "http://127.0.0.1:8002/articles/one") == "http://127.0.0.1:8001/news/1"
    assert resolve_canonical(page, "https://other.example/x") == "http://127.0.0.1:8001/news/1"
    # a canonical pointing at the home page from an article is a template error
    assert resolve_canonical(page, "http://127.0.0.1:8001/") == "http://127.0.0.1:8001/news/1"
    assert resolve_canonical(page, "javascript:void(0)") == "http://127.0.0.1:8001/news/1"
    assert resolve_canonical("https://example.com/a", "https://www.example.com/a/amp") == "https://www.example.com/a"


@settings(max_examples=200, deadline=None)
@given(
    path=st.lists(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="?#"), max_size=8), max_size=4),
    query=st.dictionaries(st.text(min_size=1, max_size=6), st.text(max_size=6), max_size=4),
)
def test_canonicalize_idempotent(path: list[str], query: dict[str, str]) -> None:
    from urllib.parse import quote, urlencode

    url = "https://Example.com/" + "/".join(quote(p) for p in path) + ("?" + urlencode(query) if query else "")
    once = canonicalize(url)
    assert canonicalize(once) == once


def test_fetch_key_is_the_same_for_http_and_https_forms() -> None:
    from autocrawl.urls import fetch_key

    a = fetch_key(canonicalize("http://News.example.com/a/story/?utm_source=rss"))
    b = fetch_key(canonicalize("https://news.example.com/a/story"))
    assert a == b == "news.example.com/a/story"
    assert fetch_key(canonicalize("https://news.example.com/a/other")) != a


def test_store_site_key_drops_the_port_unless_two_crawled_sites_differ_only_by_it() -> None:
    from autocrawl.urls import port_free_forms, store_site_key

    assert store_site_key("http://127.0.0.1:8001/a") == "127.0.0.1"
    assert store_site_key("https://WWW.Example.com:8443/x") == "www.example.com"
    assert store_site_key("http://127.0.0.1:8001/a", ["http://127.0.0.1:8001/"]) == "127.0.0.1"
    both = ["http://127.0.0.1:8001/", "http://127.0.0.1:8002/"]
    assert store_site_key("http://127.0.0.1:8001/a", both) == "127.0.0.1:8001"
    assert store_site_key("http://[::1]:8080/") == "[::1]"
    assert port_free_forms(["http://127.0.0.1:8001/news/a", "https://x.org/b"], "127.0.0.1") == [
        "http://127.0.0.1/news/a"
    ]
    assert port_free_forms(["http://127.0.0.1:8001/news/a"], "127.0.0.1:8001") == []


# hrefs whose join needs care: dot-segments, ";params", empty query or fragment, protocol-relative
# forms with and without a host, backslashes, tabs and newlines, relative paths and queries.
JOIN_HREFS = [
    "/a/b",
    "/a/../b",
    "/./x",
    "/a/.",
    "/..",
    "/a;p",
    "/a;",
    "/a?",
    "/a?#f",
    "/a??",
    "/a#",
    "//cdn.example.org/x",
    "//",
    "///x",
    "//?q",
    "/\\evil.example",
    "/a\t/b",
    "/\n/evil.example",
    "?page=2",
    "x/../y",
    "",
    " /a ",
    "https://other.example/x",
    "/%2e%2e/x",
    "/a b",
    "/é",
]
JOIN_BASES = [
    "https://news.example.org/section/story?id=1",
    "https://news.example.org/section/",
    "https://News.Example.org:8443/a/b/",
    "http://news.example.org",
    " https://news.example.org/x ",
    "https://news.example.org /x",
    "mailto:x@example.org",
    "",
    "https://[::1/x",
]


def test_a_backslash_before_the_query_is_a_slash_as_in_browsers() -> None:
    """An IIS-era template writes `\\news\\story`; every browser goes to /news/story. Requested as
    `/%5Cnews%5Cstory` it is a 404 and the story is lost."""
    base = "https://news.example.org/section/"
    assert absolute_url("\\news\\story-1", base) == "https://news.example.org/news/story-1"
    assert absolute_url("story\\2?q=a\\b", base) == "https://news.example.org/section/story/2?q=a\\b"
    assert absolute_url("http:\\\\news.example.org\\x", base) == "http://news.example.org/x"
    assert absolute_url("\\\\other.example\\x", base) == "https://other.example/x"  # another host, as browsers read it


@pytest.mark.parametrize("base", JOIN_BASES)
def test_link_resolver_resolves_as_absolute_url(base: str) -> None:
    resolver = LinkResolver(base)
    assert [resolver.resolve(href) for href in JOIN_HREFS] == [absolute_url(href, base) for href in JOIN_HREFS]


def _same_result_per_key(hrefs: list[str], bases: list[str]) -> None:
    results: dict[object, str] = {}
    for base in bases:
        resolver = LinkResolver(base)
        for href in hrefs:
            key = resolver.key(href)
            if key is not None:
                assert results.setdefault(key, absolute_url(href, base)) == absolute_url(href, base), (href, base)


def test_link_resolver_key_holds_all_a_result_depends_on() -> None:
    _same_result_per_key(JOIN_HREFS, JOIN_BASES)
    story, section = LinkResolver(JOIN_BASES[0]), LinkResolver(JOIN_BASES[1])
    assert story.key("/a/b") == section.key("/a/b") != LinkResolver("https://other.example/").key("/a/b")
    assert story.key("?page=2") is None and story.key("//") is None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="/.?#;:@\\ \t%2aé", max_size=8), min_size=1, max_size=5))
def test_link_resolver_matches_absolute_url_on_any_href(hrefs: list[str]) -> None:
    for base in JOIN_BASES:
        resolver = LinkResolver(base)
        assert [resolver.resolve(href) for href in hrefs] == [absolute_url(href, base) for href in hrefs]
    _same_result_per_key(hrefs, JOIN_BASES)


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("http://editor:pw@news.example/a", "http://news.example/a"),
        ("https://user@news.example:8443/a?b=1", "https://news.example:8443/a?b=1"),
        ("//x:y@news.example/a", "https://news.example/a"),
        ("http://news.example/a@b", "http://news.example/a@b"),  # an @ in the path is no credential
    ],
)
def test_credentials_in_a_link_are_dropped(href: str, expected: str) -> None:
    assert absolute_url(href, "https://base.example/") == expected


def test_a_canonical_url_too_long_to_be_a_key_is_not_taken() -> None:
    page = "https://news.example.org/a/story-1"
    ascii_path = "/a/" + "x1y2z3" * 400  # 2,403 characters
    cyrillic_path = "/новости/" + "статья" * 60  # 369 characters, 2,214 once percent-encoded
    assert not canonical_too_long(page, "/a/story-1?x=" + "1" * 1000)
    assert resolve_canonical(page, "/a/story-1?x=" + "1" * 1000).startswith("https://news.example.org/a/story-1?x=")
    for path in (ascii_path, cyrillic_path):
        assert canonical_too_long(page, path)
        assert resolve_canonical(page, path) == page
    assert not canonical_too_long(page, "https://elsewhere.example.com" + ascii_path)  # another site's: not ours


def test_a_port_of_no_ascii_digits_is_no_port() -> None:
    # "²" is a digit to str.isdigit: int() refused it, and taking a site's key raised
    assert site_key("http://news.example.org:²/a") == "news.example.org"


def test_a_url_with_a_lone_surrogate_is_unusable() -> None:
    # JSON can write "\ud800"; no URL encoding holds it, and building its request raised
    assert absolute_url("https://news.example.org/a\ud800b") == ""
    assert absolute_url("/a?q=\udc80", "https://news.example.org/") == ""
    assert absolute_url("https://news.example.org/caf\u00e9") == "https://news.example.org/caf\u00e9"
