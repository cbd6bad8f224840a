"""Why fetches failed, read from Scrapy's own stats: `httperror/response_ignored_status_count/N`
(a final HTTP error answer) and `downloader/exception_type_count/X` less `retry/reason_count/X`
(an exception that was not retried again: the request failed with it). The run summary names
them as `http_404`, `timeout`, `dns`, `connection_lost`, …; the spider logs each failure with
the same name.

Exceptions that are no failure of the fetch (requests dropped by a middleware, which counts
them under `autocrawl/`) are left out: Scrapy's IgnoreRequest and its subclasses. So are those a
middleware turned into a failure of its own, counted by it (`ACCOUNTED`, e.g. a response whose
headers passed their bound: Twisted reports a lost connection, the middleware `errors/too_large`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object

__all__ = ["failure_reason", "fetch_failures"]

HTTP_ERRORS = "httperror/response_ignored_status_count/"
EXCEPTIONS = "downloader/exception_type_count/"
RETRIED = "retry/reason_count/"
ACCOUNTED = "autocrawl/exception_accounted/"

# exception class name -> reason
REASONS = {
    "TimeoutError": "timeout",
    "DownloadTimeoutError": "timeout",
    "TCPTimedOutError": "timeout",
    "DownloadCancelledError": "too_large",
    "DNSLookupError": "dns",
    "CannotResolveHostError": "dns",
    "ConnectionRefusedError": "connection_refused",
    "DownloadConnectionRefusedError": "connection_refused",
    "ResponseNeverReceived": "connection_lost",
    "ConnectionLost": "connection_lost",
    "ConnectionDone": "connection_lost",
    "ResponseFailed": "connection_lost",
    "DownloadFailedError": "connection_lost",
    "ResponseDataLossError": "truncated",
    "CancelledError": "cancelled",
    "IgnoreRequest": "ignored",
}


def failure_reason(exception: BaseException) -> str:
    """The name of a failed fetch's reason, as the run summary counts it."""
    if isinstance(exception, HttpError) and exception.response is not None:
        return f"http_{exception.response.status}"
    if isinstance(exception, IgnoreRequest) and "DOWNLOAD_MAXSIZE" in str(exception):
        return "too_large"  # a compressed body that unpacks past the cap (HttpCompressionMiddleware)
    name = type(exception).__name__
    return REASONS.get(name, name)


def _dropped_by_middleware(dotted: str) -> bool:
    try:
        cls = load_object(dotted)
    except (ImportError, AttributeError, ValueError, NameError):
        return False
    return isinstance(cls, type) and issubclass(cls, IgnoreRequest)


def fetch_failures(stats: Mapping[str, Any]) -> dict[str, int]:
    """Failed fetches by reason, from Scrapy's stats."""
    failures: dict[str, int] = {}
    for key, value in stats.items():
        if key.startswith(HTTP_ERRORS):
            reason, count = f"http_{key.removeprefix(HTTP_ERRORS)}", int(value or 0)
        elif key.startswith(EXCEPTIONS):
            dotted = key.removeprefix(EXCEPTIONS)
            if _dropped_by_middleware(dotted):
                continue
            name = dotted.rsplit(".", 1)[-1]
            settled = int(stats.get(RETRIED + dotted, 0) or 0) + int(stats.get(ACCOUNTED + dotted, 0) or 0)
            reason, count = REASONS.get(name, name), int(value or 0) - settled
        else:
            continue
        if count > 0:
            failures[reason] = failures.get(reason, 0) + count
    return failures
