"""Distributed mode: a site's concurrency and delay hold across all workers, not per worker.

Scrapy enforces CONCURRENT_REQUESTS_PER_DOMAIN and DOWNLOAD_DELAY inside one process, so N
workers would hit a site N times as hard. With AUTOCRAWL_REDIS_URL set, each request first takes
a lease on its host in Redis: at most CONCURRENT_REQUESTS_PER_DOMAIN leases at a time, and
request starts at least DOWNLOAD_DELAY apart, by the Redis server's clock (one clock for all
machines). A lease is returned with the response or the failure, and the next start is then at least
DOWNLOAD_DELAY after that too: the lease is taken before Scrapy's own slot may hold the request a
little longer, so only a delay counted from the release bounds the gap between two starts. A
lease lapses by itself after DOWNLOAD_TIMEOUT plus a margin if its worker dies. A worker waits for a lease without blocking
its reactor; each attempt is one Redis round trip (a Lua script, atomic).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

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
MAX_WAIT_STEP = 1.0  # seconds between attempts at most, so a freed lease is seen soon


class SharedPoliteness:
    def __init__(self, client: Any, prefix: str, per_site: int, delay: float, lease_seconds: float) -> None:
        self.client = client
        self.prefix = prefix
        self.per_site = max(1, per_site)
        self.delay_ms = int(delay * 1000)
        self.lease_ms = int(lease_seconds * 1000)
        self.acquire = client.register_script(_ACQUIRE)
        self.release = client.register_script(_RELEASE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPoliteness:
        settings = crawler.settings
        redis_url = settings.get("AUTOCRAWL_REDIS_URL")
        if not redis_url:
            raise NotConfigured
        import redis

        prefix = (settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        return cls(
            redis.Redis.from_url(redis_url),
            prefix,
            settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
            settings.getfloat("DOWNLOAD_DELAY"),
            settings.getfloat("DOWNLOAD_TIMEOUT") + 30.0,
        )

    def _keys(self, host: str) -> list[str]:
        return [f"{self.prefix}:polite:{host}:leases", f"{self.prefix}:polite:{host}:next"]

    async def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        if not host or LEASE_META in request.meta:
            return None
        token = uuid.uuid4().hex
        keys = self._keys(host)
        while True:
            try:
                wait_ms = int(self.acquire(keys=keys, args=[self.lease_ms, self.per_site, self.delay_ms, token]))
            except Exception as exc:  # Redis away: fall back to this worker's own politeness
                logger.warning("shared politeness unavailable (%s); this worker's own limits apply", exc)
                return None
            if wait_ms <= 0:
                request.meta[LEASE_META] = (host, token)
                return None
            await asyncio.sleep(min(wait_ms / 1000.0, MAX_WAIT_STEP))

    def _release(self, request: Request) -> None:
        lease = request.meta.pop(LEASE_META, None)
        if lease is None:
            return
        host, token = lease
        try:
            self.release(keys=self._keys(host), args=[self.delay_ms, token])
        except Exception as exc:  # the lease lapses by itself
            logger.debug("could not return a lease on %s: %s", host, exc)

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self._release(request)
        return None
