"""The published date's one rule, and comment parents over several comment pages."""

from __future__ import annotations

from autocrawl.extraction.article.published import published_date


def test_the_page_date_wins_and_the_listed_date_fills_in() -> None:
    assert published_date("2024-03-01T10:00:00+01:00", "2024-03-02") == "2024-03-01T10:00:00+01:00"
    assert published_date(None, "2024-03-02") == "2024-03-02"
    assert published_date(None, None) is None


def test_a_listed_date_is_read_as_the_pages_own_are() -> None:
    # a sitemap's or feed's date: machine forms only, a year from 1995 to next year
    assert published_date(None, "Tue, 05 Mar 2024 09:00:00 GMT") == "2024-03-05T09:00:00+00:00"
    for hostile in ("9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2999-01-01", "1e308", "yesterday"):
        assert published_date(None, hostile) is None, hostile
