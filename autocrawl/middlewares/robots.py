"""Scrapy's RobotsTxtMiddleware, with robots.txt fetched once per site per run and an unavailable
robots.txt read as RFC 9309 §2.3.1.4 says.

- The spider's own request for a robots.txt (it reads the `Sitemap:` lines) is answered from the
  copy this middleware fetched, not fetched a second time.
- A robots.txt answering 5xx or 429 (Too Many Requests), or not answering at all, means
  "disallow all" for that site for this run (a 429 is the server refusing for now, not a robots.txt
  that is missing; Google reads it as a server error too): one WARNING line, and every request to
  the site refused and counted `autocrawl/skipped/robots_unavailable`. Nothing is remembered: the
  next run asks again.
- Any other 4xx means "allow all", as in Scrapy.
- A robots.txt that fails (a reset, a stall past the retries) is told in that one WARNING line:
  Scrapy's "Gave up retrying" ERROR for it and its robots.txt middleware's "Error downloading"
  ERROR with a traceback are lowered to DEBUG (`_RobotsFailureLines`, a logging filter).
- Only the first 500 KiB of a robots.txt are read (RFC 9309 §2.5 sets that as the least a crawler
  must parse; Google reads no more): a robots.txt of megabytes is a mistake or a trap, and a rule
  past that point does not count. One WARNING line, `autocrawl/warnings/robots_too_large`.
"""

from __future__ import annotations

import logging

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached

from autocrawl.middlewares.counted import CountedIgnore

logger = logging.getLogger(__name__)

STAT = "autocrawl/skipped/robots_unavailable"
MAX_ROBOTS_BYTES = 500 * 1024


class _RobotsFailureLines(logging.Filter):
    """Lowers to DEBUG the ERROR lines Scrapy writes for a robots.txt that could not be fetched
    (its retry middleware's "Gave up retrying <GET …/robots.txt>", its robots.txt middleware's
    "Error downloading" with a traceback): `RobotsTxtOnce` tells that failure in one WARNING."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.ERROR and _about_robots(record):
            record.levelno, record.levelname = logging.DEBUG, "DEBUG"
            record.exc_info = record.exc_text = None
        return True


def _about_robots(record: logging.LogRecord) -> bool:
    if record.name == "scrapy.downloadermiddlewares.robotstxt":
        return str(record.msg).startswith("Error downloading")
    request = record.args.get("request") if isinstance(record.args, dict) else None
    return str(record.msg).startswith("Gave up retrying") and str(getattr(request, "url", "")).endswith("/robots.txt")


_FAILURE_LINES = _RobotsFailureLines()
_LOGGERS_TOLD = ("scrapy.downloadermiddlewares.robotstxt", "scrapy.downloadermiddlewares.retry")


class RobotsTxtOnce(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        for name in _LOGGERS_TOLD:
            told = logging.getLogger(name)
            if _FAILURE_LINES not in told.filters:
                told.addFilter(_FAILURE_LINES)
        self._responses: dict[str, Response] = {}  # netloc -> its robots.txt response
        self._unavailable: set[str] = set()  # netlocs whose robots.txt answered 5xx, 429 or nothing

    # A downloader middleware may answer with a Response; the base class never does.
    async def process_request(  # type: ignore[override]
        self, request: Request, spider: Spider | None = None
    ) -> Response | None:
        if request.meta.get("dont_obey_robotstxt") or urlparse_cached(request).path != "/robots.txt":
            await super().process_request(request)
            return None
        netloc = urlparse_cached(request).netloc
        await self.robot_parser(request)
        if netloc in self._unavailable:
            raise CountedIgnore(request.url, "skipped/robots_unavailable")
        response = self._responses.get(netloc)
        if response is None:
            return None  # robots.txt was refused before the network (e.g. by a guard): ask as usual
        return response.replace(request=request)

    def process_request_2(self, rp: RobotParser | None, request: Request) -> None:
        if urlparse_cached(request).netloc in self._unavailable:
            self._stats.inc_value(STAT)
            raise CountedIgnore(request.url, "skipped/robots_unavailable")
        super().process_request_2(rp, request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if len(response.body) > MAX_ROBOTS_BYTES:
            response = self._cut(response, netloc)
        self._responses[netloc] = response
        if response.status >= 500 or response.status == 429:
            self._disallow_all(netloc, f"answered {response.status}")
        await super()._parse_robots(response, netloc, request)

    def _cut(self, response: Response, netloc: str) -> Response:
        """The response with its body cut to the first MAX_ROBOTS_BYTES, at the end of a line."""
        head = response.body[:MAX_ROBOTS_BYTES]
        head = head[: head.rfind(b"\n") + 1] or head
        logger.warning(
            "robots.txt of %s is %d bytes: only its first %d KiB are read (RFC 9309 §2.5)",
            netloc,
            len(response.body),
            MAX_ROBOTS_BYTES // 1024,
        )
        self._stats.inc_value("autocrawl/warnings/robots_too_large")
        return response.replace(body=head)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        if not isinstance(exc, IgnoreRequest):
            self._disallow_all(netloc, f"could not be fetched ({type(exc).__name__})")
        super()._robots_error(exc, netloc)

    def _disallow_all(self, netloc: str, why: str) -> None:
        self._unavailable.add(netloc)
        logger.warning(
            "robots.txt of %s %s: nothing is fetched from that site this run (RFC 9309 §2.3.1.4)", netloc, why
        )
