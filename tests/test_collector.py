"""The crawl's garbage-collection settings: start-up objects frozen, thresholds set for the
crawl and restored after it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from autocrawl.extensions.collector import CrawlGarbageCollection, parse_thresholds


@pytest.fixture(autouse=True)
def _restore_gc() -> Iterator[None]:
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)
    gc.unfreeze()


def test_thresholds_are_read_from_a_string_or_a_list() -> None:
    assert parse_thresholds("50000,20,10") == (50000, 20, 10)
    assert parse_thresholds("1000 5 5") == (1000, 5, 5)
    assert parse_thresholds([700, 10, 10]) == (700, 10, 10)
    assert parse_thresholds("") is None
    with pytest.raises(ValueError):
        parse_thresholds("700,10")
    with pytest.raises(ValueError):
        parse_thresholds("0,10,10")


def test_the_crawl_runs_with_its_thresholds_and_frozen_start_up_objects() -> None:
    gc.set_threshold(700, 10, 10)
    crawler = get_crawler(settings_dict={"AUTOCRAWL_GC_FREEZE": True, "AUTOCRAWL_GC_THRESHOLDS": "40000,15,10"})
    extension = CrawlGarbageCollection.from_crawler(crawler)  # signals hold their receivers weakly
    crawler.signals.send_catch_log(signal=signals.engine_started)
    assert gc.get_threshold() == (40000, 15, 10)
    assert gc.get_freeze_count() > 0
    crawler.signals.send_catch_log(signal=signals.engine_stopped)
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == 0
    del extension


def test_off_when_neither_is_asked() -> None:
    crawler = get_crawler(settings_dict={"AUTOCRAWL_GC_FREEZE": False, "AUTOCRAWL_GC_THRESHOLDS": ""})
    with pytest.raises(NotConfigured):
        CrawlGarbageCollection.from_crawler(crawler)


def test_a_bad_threshold_setting_is_logged_and_the_crawl_keeps_pythons(caplog: pytest.LogCaptureFixture) -> None:
    gc.set_threshold(700, 10, 10)
    crawler = get_crawler(settings_dict={"AUTOCRAWL_GC_FREEZE": True, "AUTOCRAWL_GC_THRESHOLDS": "lots"})
    extension = CrawlGarbageCollection.from_crawler(crawler)
    crawler.signals.send_catch_log(signal=signals.engine_started)
    assert gc.get_threshold() == (700, 10, 10)
    assert "AUTOCRAWL_GC_THRESHOLDS" in caplog.text
    crawler.signals.send_catch_log(signal=signals.engine_stopped)
    del extension
