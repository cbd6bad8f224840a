"""Bounds on a response's header block, which Scrapy's size limits do not cover.

`DOWNLOAD_MAXSIZE` counts body bytes. Twisted's HTTP client, which Scrapy's HTTP/1.1 handler
uses, keeps every header line it is sent until the blank line that ends them; only one line
is bounded (16 KiB, past which it drops the connection without a word: "Connection was closed
cleanly", retried, counted `connection_lost`). A server that sends header lines without end
filled 9.5 GB of the crawl's memory in one 30-second download timeout in our probe.

Here the header block as a whole is bounded (`AUTOCRAWL_MAX_HEADER_BYTES`, 2 MiB by default: 8
times what Chromium accepts, 256 KiB, so that no page a reader can open is refused, while a
cookie flood of 800 kB that a test of ours serves is still read) and one line may be longer
(`AUTOCRAWL_MAX_HEADER_LINE`, 64 KiB by default, the line bound of Python's http.client: long
Content-Security-Policy or Link headers pass 16 KiB). Past either, the download fails at once
with one WARNING and `errors/too_large`, and is not retried: the server would send the same.

The bound is set on Twisted's parser class (`twisted.web._newclient.HTTPClientParser`, whose
`dataReceived` every response byte passes through before the body is handed on); it applies to
every download of the process.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.statscollectors import StatsCollector
from scrapy.utils.python import global_object_name
from twisted.web import _newclient

from autocrawl.failures import ACCOUNTED
from autocrawl.middlewares.counted import give_up

logger = logging.getLogger(__name__)

DEFAULT_MAX_LINE = 64 * 1024
DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class ResponseHeadersTooLarge(Exception):
    """A response whose header block (or one of its lines) passed the bound."""


class _Limits:
    max_line = DEFAULT_MAX_LINE
    max_bytes = DEFAULT_MAX_BYTES


_original_data_received = _newclient.HTTPClientParser.dataReceived


def _data_received(parser: Any, data: bytes) -> None:
    """Feed the parser, then count what it kept of the header block: a chunk after which the
    block is still open was all header bytes (status, header and continuation lines, a line not
    yet ended). Counted here, not per line, because Scrapy's lenient parser drops some lines and
    keeps continuation lines apart; the overshoot is one chunk."""
    _original_data_received(parser, data)
    if parser.state in (_newclient.STATUS, _newclient.HEADER):
        seen = getattr(parser, "_autocrawl_header_bytes", 0) + len(data)
        parser._autocrawl_header_bytes = seen
        if seen > _Limits.max_bytes:
            raise ResponseHeadersTooLarge(f"response headers over {_Limits.max_bytes} bytes")


def _line_length_exceeded(parser: Any, line: bytes) -> None:
    raise ResponseHeadersTooLarge(f"a response header line over {_Limits.max_line} bytes")


def bound_response_headers(max_line: int, max_bytes: int) -> None:
    """Bound the header block of every response Twisted's HTTP client reads from now on (Scrapy's
    `_LenientHTTPClientParser` inherits all three from `HTTPClientParser`)."""
    _Limits.max_line = max_line
    _Limits.max_bytes = max_bytes
    parser: Any = _newclient.HTTPClientParser
    parser.MAX_LENGTH = max_line
    parser.dataReceived = _data_received
    parser.lineLengthExceeded = _line_length_exceeded


def headers_too_large(exception: BaseException) -> ResponseHeadersTooLarge | None:
    """The header bound's error inside a failed download (Twisted wraps it in ResponseFailed,
    which Scrapy wraps in DownloadFailedError), or None."""
    seen: set[int] = set()
    pending: list[BaseException] = [exception]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ResponseHeadersTooLarge):
            return current
        for reason in getattr(current, "reasons", None) or []:  # ResponseFailed: a list of Failures
            value = getattr(reason, "value", None)
            if isinstance(value, BaseException):
                pending.append(value)
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
    return None


class ResponseHeaderLimit:
    """Downloader middleware: sets the bound, and turns a download that passed it into one
    counted failure instead of a retried, unexplained lost connection."""

    def __init__(self, max_line: int, max_bytes: int, stats: StatsCollector | None = None) -> None:
        self.stats = stats
        bound_response_headers(max_line, max_bytes)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResponseHeaderLimit:
        settings = crawler.settings
        return cls(
            max_line=max(1024, settings.getint("AUTOCRAWL_MAX_HEADER_LINE", DEFAULT_MAX_LINE)),
            max_bytes=max(4096, settings.getint("AUTOCRAWL_MAX_HEADER_BYTES", DEFAULT_MAX_BYTES)),
            stats=crawler.stats,
        )

    def process_exception(self, request: Request, exception: Exception) -> None:
        found = headers_too_large(exception)
        if found is not None:
            if self.stats is not None:  # counted here as too_large, not as the lost connection Scrapy saw
                self.stats.inc_value(ACCOUNTED + global_object_name(type(exception)))
            raise give_up(request.url, "errors/too_large", f"refused ({found})", self.stats, logger, logging.WARNING)
