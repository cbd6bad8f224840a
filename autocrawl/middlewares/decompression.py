"""Scrapy's HttpCompressionMiddleware, with a body that does not decode as its Content-Encoding
says (not gzip at all, a cut deflate stream) logged once and counted `autocrawl/errors/bad_encoding`.

Scrapy raises the decoder's own error from `process_response`, where neither its retry nor its
downloader stats see it: the fetch failed with no count. A browser refuses such a page too
(ERR_CONTENT_DECODING_FAILED), so it is not stored; it is only no longer a silent loss.
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from autocrawl.middlewares.counted import give_up

logger = logging.getLogger(__name__)


class CountedDecompression(HttpCompressionMiddleware):
    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        _drop_identity(response)
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            raise  # past DOWNLOAD_MAXSIZE once unpacked: counted as too_large
        except Exception as exc:  # the decoder's own error: OSError, zlib.error, EOFError, brotli.error...
            encoding = b", ".join(response.headers.getlist("Content-Encoding")).decode("latin-1")
            message = f"fetch failed (bad_encoding: the body is not {encoding}, {type(exc).__name__})"
            raise give_up(request.url, "errors/bad_encoding", message, self.stats, logger, logging.WARNING) from exc


def _drop_identity(response: Response) -> None:
    """`Content-Encoding: identity` is no encoding at all (RFC 9110 §12.5.3 names "identity" as
    "no encoding"); Scrapy would log such a page as one it cannot decode."""
    codings = response.headers.getlist("Content-Encoding")
    if codings and all(c.strip().lower() in (b"identity", b"") for c in b",".join(codings).split(b",")):
        del response.headers["Content-Encoding"]
