"""Shared politeness against the real Redis: a site's lease limit holds, and one worker's
waiting requests queue behind each other instead of each polling Redis."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import redis
from scrapy import Request
from scrapy.http import HtmlResponse

from autocrawl.middlewares.shared_politeness import SharedPoliteness


class _CountedScript:
    """A registered Lua script that counts its calls."""

    def __init__(self, script: Any) -> None:
        self.script = script
        self.calls = 0

    def __call__(self, **kwargs: Any) -> Any:
        self.calls += 1
        return self.script(**kwargs)


def _crawl(polite: SharedPoliteness, requests: int, hold_s: float) -> tuple[list[int], int]:
    """Send `requests` requests to one site through `polite`, each holding its lease `hold_s`;
    returns the order in which leases were granted and the most leases held at once."""
    granted: list[int] = []
    holding = 0
    most = 0

    async def one(i: int) -> None:
        nonlocal holding, most
        request = Request(f"http://news.example/{i}")
        await polite.process_request(request)
        granted.append(i)
        holding += 1
        most = max(most, holding)
        await asyncio.sleep(hold_s)
        holding -= 1
        polite.process_response(request, HtmlResponse(request.url, body=b"", request=request))

    async def main() -> None:
        tasks = []
        for i in range(requests):
            tasks.append(asyncio.create_task(one(i)))
            await asyncio.sleep(0)  # requests arrive in order
        await asyncio.gather(*tasks)

    asyncio.run(main())
    return granted, most


def test_waiting_requests_of_one_worker_poll_redis_once_not_each(redis_url: str, redis_prefix: str) -> None:
    client = redis.Redis.from_url(redis_url)
    polite = SharedPoliteness(client, redis_prefix.rstrip(":"), per_site=2, delay=0.0, lease_seconds=30.0)
    counted = _CountedScript(polite.acquire)
    polite.acquire = counted

    started = time.monotonic()
    granted, most = _crawl(polite, requests=12, hold_s=0.05)

    assert sorted(granted) == list(range(12)), "every request got its lease"
    assert most <= 2, f"{most} requests held a lease at once; the site allows 2"
    assert granted == list(range(12)), f"waiting requests were served out of order: {granted}"
    # Each request asks once when it arrives or is woken by the lease its predecessor returns
    # (2 x 12 at most); besides, only the first waiter asks again, once per 25 ms retry step of
    # the run. Every waiting request polling each step would have asked about 10 times as often
    # (72 times on an idle machine, against at most 24 here); a loaded machine stretches the run,
    # and with it the first waiter's polls, not the others'.
    elapsed = time.monotonic() - started
    one_poller = 2 * 12 + int(elapsed / 0.025)
    assert counted.calls <= one_poller, f"{counted.calls} lease attempts for 12 requests in {elapsed:.2f} s"
    assert elapsed < 2.0
    assert client.zcard(f"{redis_prefix}polite:news.example:leases") == 0, "every lease was returned"


def test_two_workers_share_the_limit_and_the_waiters_take_turns(redis_url: str, redis_prefix: str) -> None:
    client = redis.Redis.from_url(redis_url)
    prefix = redis_prefix.rstrip(":")
    workers = [SharedPoliteness(client, prefix, per_site=3, delay=0.0, lease_seconds=30.0) for _ in range(2)]
    holding = 0
    most = 0
    done = 0

    async def one(polite: SharedPoliteness, i: int) -> None:
        nonlocal holding, most, done
        request = Request(f"http://news.example/{i}")
        await polite.process_request(request)
        holding += 1
        most = max(most, holding)
        await asyncio.sleep(0.03)
        holding -= 1
        polite.process_response(request, HtmlResponse(request.url, body=b"", request=request))
        done += 1

    async def main() -> None:
        await asyncio.gather(*(one(workers[i % 2], i) for i in range(16)))

    asyncio.run(main())
    assert done == 16
    assert most <= 3, f"{most} requests of two workers held a lease at once; the site allows 3"


def test_a_site_nobody_waits_for_keeps_no_queue(redis_url: str, redis_prefix: str) -> None:
    """A broad crawl meets many sites: the worker keeps a waiting line only while requests wait."""
    client = redis.Redis.from_url(redis_url)
    polite = SharedPoliteness(client, redis_prefix.rstrip(":"), per_site=1, delay=0.0, lease_seconds=30.0)
    granted, most = _crawl(polite, requests=5, hold_s=0.02)
    assert sorted(granted) == list(range(5)) and most == 1
    assert polite.queues == {}
