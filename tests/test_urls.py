from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autocrawl.urls import canonicalize, resolve_canonical, same_site, site_key

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
