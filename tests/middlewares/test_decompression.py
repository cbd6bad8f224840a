"""Which answers the downloader unpacks when their body is still gzip once Content-Encoding is undone."""

from __future__ import annotations

import gzip
import random

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from autocrawl.middlewares.decompression import CountedDecompression

_WORDS = random.Random(7).choices(["harbour", "board", "tide", "ferry", "council", "vote", "quay", "storm"], k=600)
PAGE = f"<html><body><h1>A story</h1><p>{' '.join(_WORDS)}</p></body></html>".encode()


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
