"""Scrapy's HttpCompressionMiddleware, with a body that does not decode as its Content-Encoding
says (not gzip at all, a cut deflate stream) logged once and counted `autocrawl/errors/bad_encoding`.

Scrapy raises the decoder's own error from `process_response`, where neither its retry nor its
downloader stats see it: the fetch failed with no count. A browser refuses such a page too
(ERR_CONTENT_DECODING_FAILED), so it is not stored; it is only no longer a silent loss.

A page whose body is still a gzip stream once its Content-Encoding is undone (a server that
compresses twice, or serves a stored `.gz` file as `text/html` without saying so) is unpacked, within
DOWNLOAD_MAXSIZE, as trafilatura's fetcher unpacks a body by its magic number: the story is in it.
One INFO line, `autocrawl/warnings/gzip_wrapped_body`. A body that says it is a file
(`application/gzip`, `application/octet-stream`) stays a file, and sitemaps are the spider's to unpack.
"""

from __future__ import annotations

import logging
import re
import zlib

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.responsetypes import responsetypes

from autocrawl.gunzip import TooLarge, gunzip_within, is_gzip
from autocrawl.middlewares.counted import give_up

logger = logging.getLogger(__name__)


class CountedDecompression(HttpCompressionMiddleware):
    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        _drop_identity(response)
        try:
            result = super().process_response(request, response)
        except IgnoreRequest:
            raise  # past DOWNLOAD_MAXSIZE once unpacked: counted as too_large
        except Exception as exc:  # the decoder's own error: OSError, zlib.error, EOFError, brotli.error...
            encoding = b", ".join(response.headers.getlist("Content-Encoding")).decode("latin-1")
            message = f"fetch failed (bad_encoding: the body is not {encoding}, {type(exc).__name__})"
            raise give_up(request.url, "errors/bad_encoding", message, self.stats, logger, logging.WARNING) from exc
        if isinstance(result, Response) and is_gzip(result.body) and _wrapped_page(request, result):
            return self._unwrap(request, result)
        return result

    def _unwrap(self, request: Request, response: Response) -> Response:
        max_size = int(request.meta.get("download_maxsize", self._max_size))
        try:
            body = gunzip_within(response.body, max_size)
        except zlib.error:
            return response  # no gzip stream after all: the spider tells it as a file
        except TooLarge as exc:
            message = f"fetch failed: its gzip-wrapped body exceeded DOWNLOAD_MAXSIZE ({max_size} B) once unpacked"
            raise give_up(request.url, "errors/too_large", message, self.stats, logger, logging.WARNING) from exc
        if not body:
            return response
        logger.info(
            "page body was gzip-wrapped (compressed twice, or a .gz served as a page), unpacked: %s", request.url
        )
        if self.stats is not None:
            self.stats.inc_value("autocrawl/warnings/gzip_wrapped_body")
        cls = responsetypes.from_args(headers=response.headers, url=response.url, body=body)
        if issubclass(cls, TextResponse):  # the charset is read again, from the page's own bytes too
            return response.replace(cls=cls, body=body, encoding=None)
        return response.replace(cls=cls, body=body)


# Types a page, feed or document of text is served as; none also counts (the bytes decide then).
_TEXT_TYPE = re.compile(rb"^\s*(?:$|text/|application/(?:xhtml\+xml|xml|rss\+xml|atom\+xml|json|feed\+json)\b)", re.I)


def _wrapped_page(request: Request, response: Response) -> bool:
    """A page or feed whose body is a gzip stream: its type is one of text, and it is no sitemap (the
    spider unpacks `.xml.gz` sitemaps itself, whatever their type says)."""
    if request.method == "HEAD" or request.meta.get("kind") == "sitemap":
        return False
    return _TEXT_TYPE.match(response.headers.get("Content-Type") or b"") is not None


def _drop_identity(response: Response) -> None:
    """`Content-Encoding: identity` is no encoding at all (RFC 9110 §12.5.3 names "identity" as
    "no encoding"); Scrapy would log such a page as one it cannot decode."""
    codings = response.headers.getlist("Content-Encoding")
    if codings and all(c.strip().lower() in (b"identity", b"") for c in b",".join(codings).split(b",")):
        del response.headers["Content-Encoding"]
