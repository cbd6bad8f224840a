"""The waits a site asks for (autocrawl.pace): Retry-After in both forms, caps, expiry."""

from __future__ import annotations

from email.utils import formatdate
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import Response

from autocrawl.extensions.pace import HonourSitePace
from autocrawl.pace import SitePace, retry_after_seconds

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        (b" 5 ", 5.0),
        ("0", 0.0),
        (formatdate(NOW + 30, usegmt=True), 30.0),
        (formatdate(NOW - 30, usegmt=True), 0.0),  # a date gone by: no wait
        ("-5", None),
        ("1.5", None),  # RFC 9110 delay-seconds are whole
        ("soon", None),
        ("", None),
        (None, None),
        ("Wed, 21 Oct 2015 07:28:00", None),  # no zone: not an HTTP-date
        (b"\xb2", None),  # "²" in Latin-1: a digit to str.isdigit, no number (it raised in the signal handler)
    ],
)
def test_retry_after_forms(header: str | bytes | None, expected: float | None) -> None:
    assert retry_after_seconds(header, NOW) == expected


def test_crawl_delay_is_a_floor_for_the_run_and_capped() -> None:
    pace = SitePace(max_crawl_delay=10, max_retry_after=60)
    assert pace.set_crawl_delay("a.example", 2.5) == 2.5
    assert pace.set_crawl_delay("b.example", 86400) == 10  # a hostile robots.txt cannot stall the crawl
    assert pace.set_crawl_delay("c.example", float("nan")) == 10
    assert pace.set_crawl_delay("d.example", -1) == 0
    assert pace.floor("a.example", 0) == 2.5 and pace.floor("a.example", 1e9) == 2.5
    assert pace.floor("b.example", 5) == 10
    assert not pace.paced("d.example") and pace.floor("d.example", 0) == 0
    assert pace.floor("elsewhere", 0) == 0


def test_retry_after_holds_the_site_until_it_passes() -> None:
    pace = SitePace(max_crawl_delay=10, max_retry_after=60)
    pace.set_crawl_delay("a.example", 1)
    held = pace.hold("a.example", 30, now=100)
    assert (held.seconds, held.until) == (30, 130)
    assert pace.floor("a.example", 110) == 30
    assert pace.floor("a.example", 131) == 1  # back to the Crawl-delay
    assert not pace.holds
    capped = pace.hold("b.example", 3600, now=0)
    assert (capped.seconds, capped.asked) == (60, 3600)
    # a shorter wait asked later does not cut a longer one short
    pace.hold("b.example", 5, now=10)
    assert pace.floor("b.example", 20) == 60


class _Downloader:
    """The part of Scrapy's downloader the extension reads: one slot per site."""

    def __init__(self, delay: float) -> None:
        self.slots = {"a.example": SimpleNamespace(delay=delay, jitter=0.5, lastseen=0.0, latercall=None)}
        self.queue_looks: list[float] = []  # the slot delay at each look at the queue

    def get_slot_key(self, request: Request) -> str:
        return "a.example"

    def _process_queue(self, slot: Any) -> None:
        self.queue_looks.append(slot.delay)


def _answer(status: int, headers: dict[str, str] | None = None) -> tuple[Response, Request]:
    request = Request("http://a.example/news/1")
    return Response(request.url, status=status, headers=headers, request=request), request


@pytest.mark.parametrize("autothrottle", [True, False], ids=["autothrottle", "fixed-delay"])
def test_one_retry_after_holds_one_request_then_the_pace_returns(
    monkeypatch: pytest.MonkeyPatch, autothrottle: bool
) -> None:
    """The request after the hold waits it out; the ones after it go at the slot's pace from
    before the 429, however far AutoThrottle had come down from the hold (it halves a delay per
    answer: 20, 10, 5 s gaps where one 20 s hold was asked)."""
    downloader = _Downloader(delay=1.0)
    crawler = SimpleNamespace(engine=SimpleNamespace(downloader=downloader), stats=None)
    pace = HonourSitePace(crawler, SitePace(30, 20), "bot", autothrottle, download_delay=0.0)  # type: ignore[arg-type]
    slot = downloader.slots["a.example"]
    monkeypatch.setattr("autocrawl.extensions.pace.time.monotonic", lambda: 100.0)
    pace.response_downloaded(*_answer(429, {"Retry-After": "999"}))
    assert (slot.delay, slot.lastseen) == (20, 100.0)
    monkeypatch.setattr("autocrawl.extensions.pace.time.monotonic", lambda: 120.1)
    if autothrottle:
        slot.delay = 10.0  # what AutoThrottle made of 20 s at this fast answer, before this handler
    # the downloader sent the request after the hold and timed its next look at the queue by it
    slot.latercall = later = SimpleNamespace(cancelled=False)
    later.cancel = lambda: setattr(later, "cancelled", True)
    pace.response_downloaded(*_answer(200))
    assert slot.delay == 1.0
    assert later.cancelled and downloader.queue_looks == [1.0], "the queue is looked at again at the old pace"
