"""The cookie jar bounded as a browser's: what a site may keep, what is refused, and what updates."""

from __future__ import annotations

from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from autocrawl.middlewares.cookies import MAX_COOKIES_PER_SITE, SiteCookies


def _middleware() -> SiteCookies:
    return SiteCookies.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": True}))


def _answer(middleware: SiteCookies, url: str, *cookies: str) -> None:
    request = Request(url)
    response = Response(url, headers={"Set-Cookie": list(cookies)}, request=request)
    middleware.process_response(request, response)


def _sent(middleware: SiteCookies, url: str) -> str:
    request = Request(url)
    middleware.process_request(request)
    return (request.headers.get("Cookie") or b"").decode()


def test_a_full_site_refuses_new_cookies_keeps_the_first_and_takes_updates() -> None:
    middleware = _middleware()
    _answer(middleware, "https://www.example.com/", *(f"c{n}=v{n}; Path=/" for n in range(MAX_COOKIES_PER_SITE)))
    _answer(middleware, "https://news.example.com/story", "late=1; Domain=example.com; Path=/")
    _answer(middleware, "https://www.example.com/story", "c0=updated; Path=/")
    sent = _sent(middleware, "https://www.example.com/next")
    assert "late=1" not in sent, "a new cookie past the bound is refused"
    assert "c0=updated" in sent, "an update of a kept cookie is taken"
    assert sent.count("=") == MAX_COOKIES_PER_SITE
    assert middleware.stats.get_value("autocrawl/warnings/cookies_refused") == 1


def test_a_cookie_over_4096_bytes_is_refused_and_another_site_is_not_bounded_by_this_one() -> None:
    middleware = _middleware()
    _answer(middleware, "https://a.example/", f"big={'x' * 5000}; Path=/", "small=1; Path=/")
    _answer(middleware, "https://b.example/", *(f"b{n}=1; Path=/" for n in range(10)))
    assert _sent(middleware, "https://a.example/x") == "small=1"
    assert _sent(middleware, "https://b.example/x").count("=") == 10
