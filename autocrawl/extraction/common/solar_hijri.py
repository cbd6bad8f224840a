"""Dates of the Solar Hijri calendar, as Iranian and Afghan sites print them ("۱۴ اردیبهشت ۱۴۰۳ - ۱۰:۰۸"):
the day, the month's Persian name and the year (1300-1499), in Persian, Arabic-Indic or Latin digits,
read as the Gregorian day they name.

The calendar's years here follow the arithmetic 33-year cycle (leap when the year's remainder by 33
is one of `_LEAP_REMAINDERS`), which agrees with the astronomical calendar for the years news sites
print; the first months have 31 days, the next five 30, the last 29 (30 in a leap year).
"""

from __future__ import annotations

import re
from datetime import date

# The months' names as written in Iran (Dari names of Afghanistan differ and are left out).
_MONTHS = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
)  # fmt: skip
_MONTH_NUMBER = {name: number for number, name in enumerate(_MONTHS, start=1)}
_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
# 1 Farvardin 1403 was 20 March 2024: the count of days from there places every other day.
_KNOWN_YEAR, _KNOWN_NEW_YEAR = 1403, date(2024, 3, 20).toordinal()

# Persian and Arabic-Indic digits as Latin ones, one character for one (the places found stay true).
_LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_DATE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<mon>" + "|".join(_MONTHS) + r")\s*(?:ماه\s*)?(?P<y>1[34]\d\d)(?!\d)"
    r"(?:\D{0,12}?(?P<h>\d{1,2}):(?P<mi>\d{2}))?"
)


def _leap(year: int) -> bool:
    return year % 33 in _LEAP_REMAINDERS


def _days_in_year(year: int) -> int:
    return 366 if _leap(year) else 365


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of a Solar Hijri date, None for a day the month does not have."""
    length = 31 if month <= 6 else 30 if month <= 11 or _leap(year) else 29
    if not (1 <= month <= 12 and 1 <= day <= length):
        return None
    new_year = _KNOWN_NEW_YEAR
    for y in range(_KNOWN_YEAR, year):
        new_year += _days_in_year(y)
    for y in range(year, _KNOWN_YEAR):
        new_year -= _days_in_year(y)
    before_month = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return date.fromordinal(new_year + before_month + day - 1)


def find_solar_hijri(text: str) -> tuple[str, int, int] | None:
    """The first Solar Hijri date in the text as ISO 8601 (with its time of day when written right
    after it), with where it starts and ends; None without one."""
    m = _DATE.search(text.translate(_LATIN_DIGITS))
    if m is None:
        return None
    day = to_gregorian(int(m["y"]), _MONTH_NUMBER[m["mon"]], int(m["d"]))
    if day is None:
        return None
    if m["h"] is not None and int(m["h"]) < 24 and int(m["mi"]) < 60:
        return f"{day.isoformat()}T{int(m['h']):02d}:{int(m['mi']):02d}:00", m.start(), m.end()
    return day.isoformat(), m.start(), m.start("y") + len(m["y"])
