"""Distributed mode: one shared *run* per Redis prefix, so that workers started again by cron
repeat a crawl instead of finding every URL already "seen".

scrapy-redis keeps the request queue and a seen-request filter in Redis. Its filter key lives as
long as the prefix, so a second crawl on the same prefix found even its start URLs seen and made
no request, and a worker killed mid-crawl took its in-flight requests with it for good: they
were in the filter, not in the queue, and no worker fetched them again.

Here the filter belongs to one run:

- the first worker of a prefix opens a run (`SET <prefix>:run <id> NX`); workers started while
  it is open join it and share its filter `<prefix>:run:<id>:seen`; start and discovery requests
  of the joiners are filtered by it, so every page is fetched once per run in total;
- every live worker renews the run's TTL (RUN_TTL_SECONDS) with its heartbeat; the last worker
  to leave an idle crawl ends the run and deletes its filter; a run whose workers all died
  expires by itself;
- the next run starts with an empty filter: discovery pages are fetched again and the incremental
  rules (the database is the frontier) decide the rest, so a page fetched but never stored in an
  earlier run is fetched again.

Redis thus holds the queue, the current run's filter (with a TTL) and a few short-lived keys,
nothing that grows from run to run.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

logger = logging.getLogger(__name__)

# KEYS: the run's seen-filter, the queue. ARGV: fingerprint, score, request.
# 1 when the request was new and is queued, 0 when it was seen already.
_QUEUE_IF_UNSEEN = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then
  return 0
end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

RUN_TTL_SECONDS = 60  # a run whose workers all died (no heartbeat) ends this long after the last beat
SEEN_TTL_SECONDS = 24 * 3600  # the filter of a run that never ended cleanly is dropped after a day


@dataclass(frozen=True)
class RunKeys:
    """The Redis keys of a prefix's runs."""

    prefix: str

    @property
    def current(self) -> str:
        return f"{self.prefix}:run"

    def seen(self, run_id: str) -> str:
        return f"{self.prefix}:run:{run_id}:seen"


def join_or_open_run(client: Any, keys: RunKeys) -> tuple[str, bool]:
    """The id of the prefix's open run and whether this call opened it."""
    for _ in range(5):
        new_id = time.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
        if client.set(keys.current, new_id, nx=True, ex=RUN_TTL_SECONDS):
            return new_id, True
        current = client.get(keys.current)
        if current is not None:
            client.expire(keys.current, RUN_TTL_SECONDS)
            return current.decode() if isinstance(current, bytes) else str(current), False
    raise RuntimeError(f"could not open or join a run under Redis key {keys.current!r}")


def renew_run(client: Any, keys: RunKeys, run_id: str) -> None:
    """Keep the run (and its filter) alive while this worker lives; re-open it if it lapsed."""
    if client.set(keys.current, run_id, nx=True, ex=RUN_TTL_SECONDS):
        logger.warning("distributed run %s had lapsed in Redis; re-opened it", run_id)
    elif (client.get(keys.current) or b"").decode() == run_id:
        client.expire(keys.current, RUN_TTL_SECONDS)
    client.expire(keys.seen(run_id), SEEN_TTL_SECONDS)


def end_run(client: Any, keys: RunKeys, run_id: str) -> bool:
    """End the run if it is still the open one: delete its pointer and its filter."""
    current = client.get(keys.current)
    if current is not None and current.decode() != run_id:
        return False
    client.delete(keys.current, keys.seen(run_id))
    return True


class RunScheduler(Scheduler):
    """scrapy-redis's scheduler with the seen-request filter of the prefix's current run."""

    run_id: str = ""
    opened_run: bool = False
    run_keys: RunKeys | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunScheduler:
        scheduler: RunScheduler = super().from_crawler(crawler)
        prefix = (crawler.settings.get("AUTOCRAWL_REDIS_PREFIX") or "autocrawl").rstrip(":")
        scheduler.run_keys = RunKeys(prefix)
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider: Any) -> None:
        assert self.run_keys is not None
        self.run_id, self.opened_run = join_or_open_run(self.server, self.run_keys)
        self.df = RFPDupeFilter(self.server, key=self.run_keys.seen(self.run_id))
        self.server.expire(self.run_keys.seen(self.run_id), SEEN_TTL_SECONDS)
        stats = getattr(self, "stats", None)
        if stats is not None:
            stats.set_value("autocrawl/distributed/run", self.run_id)
        logger.info(
            "distributed run %s: %s (filter %s)",
            self.run_id,
            "opened" if self.opened_run else "joined",
            self.run_keys.seen(self.run_id),
        )
        super().open(spider)
        self.queue_if_unseen = self.server.register_script(_QUEUE_IF_UNSEEN)

    def enqueue_request(self, request: Any) -> bool:
        """scrapy-redis's enqueue in one round trip instead of two (SADD, then ZADD), and atomic:
        a request is never in the seen-filter without being queued (a worker killed between
        the two used to lose it for the run)."""
        if request.dont_filter or not isinstance(self.queue, RunQueue):
            return bool(super().enqueue_request(request))
        fingerprint = self.df.request_fingerprint(request)
        encoded = self.queue._encode_request(request)
        keys = [self.df.key, self.queue.key]
        if not self.queue_if_unseen(keys=keys, args=[fingerprint, -request.priority, encoded]):
            self.df.log(request, self.spider)
            return False
        stats = getattr(self, "stats", None)
        if stats is not None:
            stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True


_UNKNOWN = "\0unknown"  # a callable that is no method of the spider


class RunQueue(PriorityQueue):
    """scrapy-redis's priority queue, cheaper per request: a callback's name is looked up once per
    function, not by listing the spider's members for every request (scrapy's `Request.to_dict`
    does, twice a request), and a request is taken with one ZPOPMIN instead of a MULTI/EXEC of
    ZRANGE and ZREMRANGEBYRANK (the same request: the lowest score, ties in member order)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.method_names: dict[Any, str] = {}  # spider function -> its name, or _UNKNOWN

    def _encode_request(self, request: Any) -> Any:
        callback, errback = self._method_name(request.callback), self._method_name(request.errback)
        if callback is _UNKNOWN or errback is _UNKNOWN:
            return super()._encode_request(request)  # not a method of the spider: scrapy says so
        fields = request.replace(callback=None, errback=None).to_dict()
        fields["callback"], fields["errback"] = callback, errback
        return self.serializer.dumps(fields)

    def _method_name(self, func: Any) -> str | None:
        """The name of the spider method `func` is (None for none), or _UNKNOWN."""
        if func is None:
            return None
        inner = getattr(func, "__func__", None)
        if inner is None or getattr(func, "__self__", None) is not self.spider:
            return _UNKNOWN
        if inner not in self.method_names:
            name = getattr(inner, "__name__", "")
            found = getattr(getattr(self.spider, name, None), "__func__", None) is inner
            self.method_names[inner] = name if found else _UNKNOWN
        return self.method_names[inner]

    def pop(self, timeout: int = 0) -> Any:
        popped = self.server.zpopmin(self.key)
        if popped:
            return self._decode_request(popped[0][0])
        return None
