"""How long a site asks a crawler to wait: robots.txt `Crawl-delay` (seconds between requests)
and `Retry-After` on a 429 or 503 answer (RFC 9110 §10.2.3: delay-seconds or an HTTP-date).

`SitePace` keeps, per download slot (a site), the smallest gap between two requests that the site
asked for: its Crawl-delay for the whole run, and a Retry-After until that time has passed. Both
are capped, so that a hostile or mistaken site cannot stall a crawl for hours. Pure: no Scrapy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

__all__ = ["retry_after_seconds", "SitePace", "Hold"]


def retry_after_seconds(value: str | bytes | None, now: float) -> float | None:
    """Seconds to wait from a Retry-After header at Unix time `now`: "120" -> 120.0, an HTTP-date
    -> the seconds until it (0.0 when it has passed); None when there is no usable value."""
    if value is None:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if not text:
        return None
    if text.isdecimal():  # "²" is a digit to str.isdigit, and no number
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or when.tzinfo is None:  # RFC 9110 dates are GMT; a date without a zone is not one
        return None
    wait = when.timestamp() - now
    return max(0.0, wait) if math.isfinite(wait) else None


@dataclass(frozen=True)
class Hold:
    """A wait a site asked for: `seconds` as granted (after the cap), `asked` as sent."""

    seconds: float
    asked: float
    until: float  # monotonic time it ends


@dataclass
class SitePace:
    """Per site (download slot key): the Crawl-delay and the Retry-After hold in force."""

    max_crawl_delay: float
    max_retry_after: float
    crawl_delays: dict[str, float] = field(default_factory=dict)
    holds: dict[str, Hold] = field(default_factory=dict)

    def set_crawl_delay(self, site: str, asked: float) -> float:
        """Record a robots.txt Crawl-delay; returns the delay granted (capped, never negative)."""
        granted = min(max(0.0, asked), self.max_crawl_delay) if math.isfinite(asked) else self.max_crawl_delay
        if granted > 0:
            self.crawl_delays[site] = granted
        return granted

    def hold(self, site: str, asked: float, now: float) -> Hold:
        """Record a Retry-After of `asked` seconds received at monotonic time `now`."""
        seconds = min(max(0.0, asked), self.max_retry_after)
        held = Hold(seconds, asked, now + seconds)
        current = self.holds.get(site)
        if current is None or held.until > current.until:
            self.holds[site] = held
        return self.holds[site]

    def floor(self, site: str, now: float) -> float:
        """The least gap between two requests to `site` at monotonic time `now`."""
        gap = self.crawl_delays.get(site, 0.0)
        held = self.holds.get(site)
        if held is not None:
            if now < held.until:
                gap = max(gap, held.seconds)
            else:
                del self.holds[site]
        return gap

    def paced(self, site: str) -> bool:
        """Whether the site asked for any wait this run (its requests keep an even gap)."""
        return site in self.crawl_delays or site in self.holds
