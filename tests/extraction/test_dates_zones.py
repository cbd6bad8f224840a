"""A UTC timestamp takes the local day of the site's country, with its real offset and summer time."""

from __future__ import annotations

from autocrawl.extraction.common.dates import localise


def test_india_is_five_and_a_half_hours_ahead() -> None:
    assert localise("2024-03-10T19:00:00Z", "www.example.in") == "2024-03-11T00:30:00+05:30"


def test_mexico_city_is_six_hours_behind_all_year() -> None:
    assert localise("2024-07-10T03:00:00Z", "www.example.mx") == "2024-07-09T21:00:00-06:00"


def test_israel_keeps_summer_time() -> None:
    assert localise("2024-07-10T21:30:00Z", "www.example.co.il") == "2024-07-11T00:30:00+03:00"
    assert localise("2024-01-10T21:30:00Z", "www.example.co.il") == "2024-01-10T23:30:00+02:00"


def test_central_europe_summer_and_winter() -> None:
    assert localise("2024-06-30T22:30:00+00:00", "www.example.de") == "2024-07-01T00:30:00+02:00"
    assert localise("2024-01-31T23:30:00+00:00", "www.example.de") == "2024-02-01T00:30:00+01:00"


def test_utc_sites_and_unknown_domains_are_left_alone() -> None:
    assert localise("2024-06-30T22:30:00Z", "www.example.is") == "2024-06-30T22:30:00Z"
    assert localise("2024-06-30T22:30:00Z", "www.example.com") == "2024-06-30T22:30:00Z"
    assert localise("2024-06-30T22:30:00Z", "www.example.com", "de-DE") == "2024-07-01T00:30:00+02:00"
