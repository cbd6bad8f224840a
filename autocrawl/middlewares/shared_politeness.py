"""Distributed mode: a site's concurrency and delay hold across all workers, not per worker.

Scrapy enforces CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY inside one process, so N
workers would hit a site N times as hard. With AUTOCRAWL_REDIS_URL set, each request first takes
a lease on its host in Redis: at most CONCURRENT_REQUESTS_PER_DOMAIN leases at a time, and
request starts at least DOWNLOAD_DELAY apart, by the Redis server's clock (one clock for all
machines). A lease is returned with the response or the failure, and the next start is then at least
DOWNLOAD_DELAY after that too: the lease is taken before Scrapy's own slot may hold the request a
little longer, so only a delay counted from the release bounds the gap between two starts. A
lease lapses by itself after DOWNLOAD_TIMEOUT plus a margin if its worker dies. A site's own
Crawl-delay or Retry-After (autocrawl.extensions.pace) widens the gap for that site. A worker waits for a lease without blocking
its reactor; each attempt is one Redis round trip (a Lua script, atomic).

Within one worker, the requests that wait for the same site queue up behind one another and only
the first of them asks Redis: N workers with 16 waiting requests each poll a site's leases N
times per retry step, not 16 N times. A lease this worker returns wakes its first waiter at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from autocrawl.extensions.pace import HonourSitePace

logger = logging.getLogger(__name__)

# KEYS: leases (sorted set token -> expiry ms), next start allowed (ms)
# ARGV: lease ms, limit, delay ms, token.  Returns 0 when the lease is taken, else ms to wait.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
  return 25
end
local allowed = tonumber(redis.call('GET', KEYS[2]) or '0')
if allowed > now then
  return allowed - now
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
if tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], now + tonumber(ARGV[3]), 'PX', tonumber(ARGV[3]) + 1000)
end
return 0
"""

# KEYS: leases, next start allowed. ARGV: delay ms, token.
_RELEASE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREM', KEYS[1], ARGV[2])
local delay = tonumber(ARGV[1])
if delay > 0 and tonumber(redis.call('GET', KEYS[2]) or '0') < now + delay then
  redis.call('SET', KEYS[2], now + delay, 'PX', delay + 1000)
end
return 0
"""

LEASE_META = "autocrawl_lease"


class _HostQueue:
    """One worker's requests waiting for a site's lease: `turn` lines them up (the holder asks
    Redis), `freed` is set when this worker returns a lease on the site."""

    def __init__(self) -> None:
        self.turn = asyncio.Lock()
        self.freed = asyncio.Event()
        self.waiting = 0  # requests queued or asking


MAX_WAIT_STEP = 1.0  # seconds between attempts at most, so a freed lease is seen soon


class SharedPoliteness:
    def __init__(
        self,
        client: Any,
        prefix: str,
        per_site: int,
        delay: float,
        lease_seconds: float,
        site_floor: Callable[[str], float] | None = None,
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.per_site = max(1, per_site)
        self.delay_ms = int(delay * 1000)
        self.lease_ms = int(lease_seconds * 1000)
        self.acquire = client.register_script(_ACQUIRE)
        self.release = client.register_script(_RELEASE)
        self.queues: dict[str, _HostQueue] = {}  # host -> this worker's requests waiting for it (if any)
        # a site's own Crawl-delay or Retry-After (autocrawl.extensions.pace), in seconds
        self.site_floor = site_floor

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPoliteness:
        settings = crawler.settings
        redis_url = settings.get("AUTOCRAWL_REDIS_URL")
        if not redis_url:
            raise NotConfigured
        import redis

        prefix = (settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        pace = crawler.get_extension(HonourSitePace)  # built before the downloader's middlewares
        return cls(
            redis.Redis.from_url(redis_url),
            prefix,
            settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
            settings.getfloat("DOWNLOAD_DELAY"),
            settings.getfloat("DOWNLOAD_TIMEOUT") + 30.0,
            pace.floor if pace is not None else None,
        )

    def _delay_ms(self, host: str) -> int:
        """The gap between two starts on `host`: DOWNLOAD_DELAY, or the site's own if longer."""
        if self.site_floor is None:
            return self.delay_ms
        return max(self.delay_ms, int(self.site_floor(host) * 1000))

    def _keys(self, host: str) -> list[str]:
        return [f"{self.prefix}:polite:{host}:leases", f"{self.prefix}:polite:{host}:next"]

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        if not host or LEASE_META in request.meta:
            return None
        token = uuid.uuid4().hex
        keys = self._keys(host)
        queue = self.queues.get(host)
        asked, retry_s = queue is None or not queue.turn.locked(), 0.0
        if asked:  # nobody here waits for this site: ask at once
            wait_ms = self._try(keys, token, host)
            if wait_ms is None or wait_ms <= 0:
                return self._granted(request, host, token, wait_ms)
            retry_s = wait_ms / 1000.0
        if queue is None:
            queue = self.queues[host] = _HostQueue()
        queue.waiting += 1
        try:
            # behind this worker's earlier waiters, in order (a lock nobody holds is taken at
            # once: no other request ran since the answer above, which stands)
            async with queue.turn:
                while True:
                    if not asked:
                        wait_ms = self._try(keys, token, host)
                        if wait_ms is None or wait_ms <= 0:
                            return self._granted(request, host, token, wait_ms)
                        retry_s = wait_ms / 1000.0
                    asked = False
                    queue.freed.clear()
                    # until the retry step passes or a lease of this worker comes back
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(queue.freed.wait(), min(retry_s, MAX_WAIT_STEP))
        finally:
            queue.waiting -= 1
            if not queue.waiting:  # a site nobody waits for keeps no queue (a broad crawl has many)
                self.queues.pop(host, None)

    def _try(self, keys: list[str], token: str, host: str) -> int | None:
        """0 when the lease is taken, else milliseconds to wait; None when Redis is away."""
        try:
            return int(self.acquire(keys=keys, args=[self.lease_ms, self.per_site, self._delay_ms(host), token]))
        except Exception as exc:  # Redis away: fall back to this worker's own politeness
            logger.warning("shared politeness unavailable (%s); this worker's own limits apply", exc)
            return None

    @staticmethod
    def _granted(request: Request, host: str, token: str, wait_ms: int | None) -> None:
        if wait_ms is not None:
            request.meta[LEASE_META] = (host, token)
        return None

    def _release(self, request: Request) -> None:
        lease = request.meta.pop(LEASE_META, None)
        if lease is None:
            return
        host, token = lease
        try:
            self.release(keys=self._keys(host), args=[self._delay_ms(host), token])
        except Exception as exc:  # the lease lapses by itself
            logger.debug("could not return a lease on %s: %s", host, exc)
            return
        queue = self.queues.get(host)
        if queue is not None:
            queue.freed.set()

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)
        return None
