"""The one month table: names by language, clashes read by the page's language, one parser for
article and comment dates."""

from __future__ import annotations

from autocrawl.extraction.comments.dates import parse_date_text, parse_iso
from autocrawl.extraction.common.dates import find_text_date, parse_date
from autocrawl.extraction.common.months import month_number


def test_a_name_two_languages_read_differently_follows_the_page_language() -> None:
    # Polish (and Czech) "listopad(a)" is November, Croatian October.
    assert month_number("listopada") == 11
    assert month_number("Listopada", "hr") == 10
    assert month_number("listopada", "pl-PL") == 11
    assert parse_date("5. listopada 2023.", lang="hr") == "2023-10-05"
    assert parse_date("5 listopada 2023") == "2023-11-05"
    # a language that does not write the name leaves the common reading
    assert month_number("listopada", "de") == 11


def test_romanian_june_is_june() -> None:
    assert find_text_date("3 iunie 2021") == "2021-06-03"
    assert find_text_date("12 mai 2021") == "2021-05-12"


def test_a_given_name_is_no_month() -> None:
    # author cleanup asks the table whether a byline's last word is a month: "Di Marco" stays whole
    assert month_number("Marco") is None
    assert month_number("Marc") is None
    assert month_number("Jae") is None


def test_article_and_comment_dates_read_the_same_names() -> None:
    for text, iso in [
        ("14. lokakuuta 2022 klo 9.15", "2022-10-14T09:15:00"),
        ("3 марта 2021, 10:20", "2021-03-03T10:20:00"),
        ("12 Kasım 2020 14:05", "2020-11-12T14:05:00"),
        ("Mrz 25 2019, 19:02", "2019-03-25T19:02:00"),
    ]:
        assert find_text_date(text) == iso
        assert parse_date_text(text) == iso


def test_comment_dates_keep_seconds_and_offset_as_written() -> None:
    assert parse_date_text("2026-01-06 14:02:09 +01:00") == "2026-01-06T14:02:09+01:00"
    assert parse_date_text("posted 2019-02-20T15:42:10Z") == "2019-02-20T15:42:10+00:00"
    # a time range is no offset
    assert parse_date_text("2023-11-07 10:00-12:00") == "2023-11-07T10:00:00"
    # a header's date and time on two lines
    assert parse_date_text("01.09.2004\n                3.20") == "2004-09-01T03:20:00"


def test_machine_values_are_read_from_their_start_only() -> None:
    assert parse_iso("2021-03-04T05:06:07.123Z") == "2021-03-04T05:06:07+00:00"
    assert parse_iso("1615000000123") == "2021-03-06T03:06:40+00:00"
    # a title with a date in its words is a written-out date: read by parse_date_text, time and all
    assert parse_iso("Kommentar von jancak — 2019-01-01 @ 00:45") is None
    assert parse_date_text("Kommentar von jancak — 2019-01-01 @ 00:45") == "2019-01-01T00:45:00"
    assert parse_date_text("2019/10/18 um 13:05") == "2019-10-18T13:05:00"


def test_catalan_nordic_and_slovenian_months_are_read() -> None:
    for text, iso in [
        ("dijous, 2 de maig de 2024, 02:40", "2024-05-02T02:40:00"),
        ("15 de juliol de 2023", "2023-07-15"),
        ("3 augusti 2022", "2022-08-03"),
        ("7. marts 2021", "2021-03-07"),
        ("3. desember 2020 kl. 10.14", "2020-12-03T10:14:00"),
        ("12. marca 2024", "2024-03-12"),
    ]:
        assert parse_date_text(text) == iso
        assert find_text_date(text) == iso


def test_solar_hijri_dates_read_as_the_gregorian_day_they_name() -> None:
    # Nowruz of several years (1399 and 1403 leap years), the Revolution's day, a day in a leap Esfand
    for hijri, gregorian in [
        ("۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("1 فروردین 1402", "2023-03-21"),
        ("۲۲ بهمن ۱۳۵۷", "1979-02-11"),
        ("۳۰ اسفند ۱۳۹۹", "2021-03-20"),
        ("۱۴ اردیبهشت ۱۴۰۳ - ۱۰:۰۸", "2024-05-03T10:08:00"),
    ]:
        assert parse_date_text(hijri) == gregorian
    assert parse_date_text("۳۰ اسفند ۱۴۰۲") is None  # 1402 is no leap year: Esfand has 29 days
