"""The distributed queue (autocrawl.distributed.RunQueue, RunScheduler.enqueue_request) against a
real Redis: requests encoded as scrapy-redis encodes them, taken in priority order, each queued
once per run and never marked seen without being queued."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import pytest
from scrapy.utils.test import get_crawler
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter

from autocrawl.discovery import Link, LinkKind
from autocrawl.distributed import _QUEUE_IF_UNSEEN, RunQueue, RunScheduler
from spiders.news import NewsSpider


@pytest.fixture
def spider() -> Iterator[NewsSpider]:
    crawler = get_crawler(NewsSpider, {"TWISTED_REACTOR": None, "AUTOCRAWL_EXTRACT_PROCESSES": 0})
    news: NewsSpider = NewsSpider.from_crawler(crawler, url="http://127.0.0.1:1/")
    yield news
    news.analyzer.close()


@pytest.fixture
def client(redis_url: str) -> Iterator[Any]:
    import redis

    redis_client = redis.Redis.from_url(redis_url)
    yield redis_client
    redis_client.close()


def _requests(spider: NewsSpider) -> list[Any]:
    link = Link("http://127.0.0.1:1/news/a/", LinkKind.ARTICLE, published="2024-01-02")
    page = spider._request(link.url, spider.parse, 20, kind="page", hops=0, listed=link)
    robots = spider._request("http://127.0.0.1:1/robots.txt", spider.parse, 30, kind="robots")
    comments = page.replace(url="http://127.0.0.1:1/c/", callback=spider.parse_comments, cb_kwargs={"item": None})
    return [page, robots.replace(dont_filter=True, flags=["x"]), robots.replace(callback=None, errback=None), comments]


def test_requests_are_encoded_as_scrapy_encodes_them(spider: NewsSpider) -> None:
    queue = RunQueue(None, spider, "test:%(spider)s", picklecompat)
    for request in _requests(spider):
        assert pickle.loads(queue._encode_request(request)) == request.to_dict(spider=spider)
        decoded = queue._decode_request(queue._encode_request(request))
        assert (decoded.callback, decoded.errback) == (request.callback, request.errback)


def test_a_callback_that_is_no_spider_method_is_refused_as_scrapy_refuses_it(spider: NewsSpider) -> None:
    queue = RunQueue(None, spider, "test:%(spider)s", picklecompat)
    with pytest.raises(ValueError):
        queue._encode_request(spider._request("http://127.0.0.1:1/x/", lambda response: None, 0, kind="page"))


def test_pop_takes_the_highest_priority_first(spider: NewsSpider, client: Any, redis_prefix: str) -> None:
    queue = RunQueue(client, spider, f"{redis_prefix}:%(spider)s:requests", picklecompat)
    page, robots, *_ = _requests(spider)
    queue.push(page)
    queue.push(robots)
    assert [queue.pop().url, queue.pop().url, queue.pop()] == [robots.url, page.url, None]


def test_enqueue_queues_each_request_once_and_marks_it_seen(spider: NewsSpider, client: Any, redis_prefix: str) -> None:
    scheduler = RunScheduler(client, persist=True, queue_key=f"{redis_prefix}:%(spider)s:requests")
    scheduler.queue = RunQueue(client, spider, f"{redis_prefix}:%(spider)s:requests", picklecompat)
    scheduler.df = RFPDupeFilter(client, key=f"{redis_prefix}:seen")
    scheduler.spider = spider
    scheduler.queue_if_unseen = client.register_script(_QUEUE_IF_UNSEEN)
    page, robots, *_ = _requests(spider)
    assert scheduler.enqueue_request(page) is True
    assert scheduler.enqueue_request(page) is False  # seen this run
    assert scheduler.enqueue_request(robots) is True  # dont_filter: queued whatever the filter says
    assert scheduler.enqueue_request(robots.replace(priority=5)) is True
    assert len(scheduler.queue) == 3
    assert client.sismember(scheduler.df.key, scheduler.df.request_fingerprint(page))
