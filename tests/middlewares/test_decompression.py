"""The bounded gunzip that unpacks a page body still wrapped in gzip, and which bodies count as one."""

from __future__ import annotations

import gzip
import random

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from autocrawl.middlewares.decompression import BodyTooLarge, CountedDecompression, gunzip_within

_WORDS = random.Random(7).choices(["harbour", "board", "tide", "ferry", "council", "vote", "quay", "storm"], k=600)
PAGE = f"<html><body><h1>A story</h1><p>{' '.join(_WORDS)}</p></body></html>".encode()


def test_one_member_several_members_and_a_cut_stream() -> None:
    assert gunzip_within(gzip.compress(PAGE), 0) == PAGE
    assert gunzip_within(gzip.compress(PAGE[:100]) + gzip.compress(PAGE[100:]), 0) == PAGE
    cut = gzip.compress(PAGE)[:-100]  # the stream stops before its end: what it held so far
    held = gunzip_within(cut, 0)
    assert PAGE.startswith(held) and 1000 < len(held) < len(PAGE)


def test_a_stream_that_unpacks_past_the_bound_is_refused() -> None:
    assert gunzip_within(gzip.compress(PAGE), len(PAGE)) == PAGE  # exactly at the bound
    with pytest.raises(BodyTooLarge):
        gunzip_within(gzip.compress(PAGE), len(PAGE) - 1)
    with pytest.raises(BodyTooLarge):
        gunzip_within(gzip.compress(b"x" * 5_000_000), 1_000_000)


def test_bytes_that_only_look_like_gzip_give_nothing() -> None:
    assert gunzip_within(b"\x1f\x8b\x08" + bytes(range(256)), 0) == b""
    assert gunzip_within(PAGE, 0) == b""


def _middleware() -> CountedDecompression:
    crawler = get_crawler(settings_dict={"DOWNLOAD_MAXSIZE": 1_000_000})
    crawler.stats = MemoryStatsCollector(crawler)
    return CountedDecompression.from_crawler(crawler)


def _answer(body: bytes, content_type: str | None, meta: dict | None = None) -> tuple[Request, Response]:
    request = Request("https://news.example/story", meta=meta or {})
    headers = {"Content-Type": content_type} if content_type else {}
    return request, Response(request.url, body=body, headers=headers, request=request)


@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "application/xhtml+xml", None])
def test_a_page_or_untyped_body_is_unpacked(content_type: str | None) -> None:
    middleware = _middleware()
    request, response = _answer(gzip.compress(PAGE), content_type)
    unpacked = middleware.process_response(request, response)
    assert isinstance(unpacked, HtmlResponse) and unpacked.body == PAGE
    assert middleware.stats.get_value("autocrawl/warnings/gzip_wrapped_body") == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("content_type", "meta"),
    [("application/gzip", None), ("application/octet-stream", None), ("application/xml", {"kind": "sitemap"})],
)
def test_a_file_said_to_be_one_and_a_sitemap_are_left_as_they_are(content_type: str, meta: dict | None) -> None:
    middleware = _middleware()
    request, response = _answer(gzip.compress(PAGE), content_type, meta)
    assert middleware.process_response(request, response).body[:2] == b"\x1f\x8b"
    assert middleware.stats.get_value("autocrawl/warnings/gzip_wrapped_body") is None  # type: ignore[union-attr]
