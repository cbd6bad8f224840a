"""Comment dates: what is comment-specific (relative ages, "gestern", dates without a year) on top of
the one date parser (autocrawl.extraction.common.dates) and the one month table (months).

Everything returns an ISO 8601 string (keeping an offset only where the page gives one) or None.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from autocrawl.extraction.comments.ages import Age, read_age
from autocrawl.extraction.common.dates import find_text_date, parse_date
from autocrawl.extraction.common.months import MONTH_RE, month_number

_TIME = r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
_SEP = r"[\s,\-–—|@]*(?:um|at|a las|à|alle|às|om|o|,|-|kl\.?)?[\s,\-–—|@]*"

_UNITS = {
    "second": 1,
    "sec": 1,
    "sekunde": 1,
    "sekunden": 1,
    "seconde": 1,
    "segundo": 1,
    "sekúnd": 1,
    "sekundy": 1,
    "minute": 60,
    "min": 60,
    "minuten": 60,
    "minuto": 60,
    "minút": 60,
    "minúty": 60,
    "minutu": 60,
    "hour": 3600,
    "hr": 3600,
    "h": 3600,
    "std": 3600,
    "stunde": 3600,
    "stunden": 3600,
    "heure": 3600,
    "hora": 3600,
    "ora": 3600,
    "hodiny": 3600,
    "hodín": 3600,
    "hodinu": 3600,
    "hodina": 3600,
    "uur": 3600,
    "day": 86400,
    "tag": 86400,
    "tagen": 86400,
    "jour": 86400,
    "j": 86400,
    "día": 86400,
    "dia": 86400,
    "giorno": 86400,
    "giorni": 86400,
    "dni": 86400,
    "dňami": 86400,
    "deň": 86400,
    "dag": 86400,
    "dagen": 86400,
    "week": 604800,
    "woche": 604800,
    "wochen": 604800,
    "semaine": 604800,
    "semana": 604800,
    "month": 2592000,
    "monat": 2592000,
    "monaten": 2592000,
    "mois": 2592000,
    "mes": 2592000,
    "meses": 2592000,
    "year": 31536000,
    "jahr": 31536000,
    "jahren": 31536000,
    "an": 31536000,
    "ans": 31536000,
    "año": 31536000,
}
_RELATIVE_RE = re.compile(
    r"(?:(?:vor|il y a|hace|pred|há|fa)\s+)?(?<!\w)(?P<n>\d+|an?|one|einer?|einem|une?|una|uno)\s+(?P<unit>[a-zà-žñ]+?)s?\.?"
    r"(?:\s+(?:ago|fa|atrás))?\b",
    re.I,
)
_RELATIVE_HINT = re.compile(r"\b(ago|vor|il y a|hace|pred|há|fa|atrás)\b", re.I)


def _hour(m: re.Match[str]) -> tuple[int, int, int] | None:
    if not m.groupdict().get("h"):
        return None
    h, mi = int(m["h"]), int(m["mi"])
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        return None
    return h, mi, int(m["s"] or 0)


def _build(y: int, mo: int, d: int, hms: tuple[int, int, int] | None) -> str | None:
    try:
        return datetime(y, mo, d, *hms).isoformat() if hms else datetime(y, mo, d).date().isoformat()
    except ValueError:
        return None


_MACHINE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{10}$|\d{13}$")


def parse_iso(text: str | None) -> str | None:
    """A machine-written date as an attribute (`datetime`, `content`, `title`) or JSON-LD gives it:
    ISO 8601 from its start or epoch seconds/milliseconds; written-out dates are not read here."""
    text = (text or "").strip()
    if _EPOCH_FRACTION.fullmatch(text):
        text = text.split(".", 1)[0]  # epoch seconds to the microsecond, as chat exports stamp messages
    return _machine_date(text, date.today().year) if _MACHINE.match(text) else None


_EPOCH_FRACTION = re.compile(r"\d{9,10}\.\d{1,6}")


@lru_cache(maxsize=1024)
def _machine_date(text: str, this_year: int) -> str | None:
    """`parse_date` of a machine-written date, remembered: a comment's date attribute is read again
    for each group the comment is a candidate of. The year is part of the key: parse_date takes
    no date after the next year."""
    return parse_date(text, text_forms=False)


def parse_date_text(text: str | None, lang: str | None = None) -> str | None:
    """A date as a page prints it ("18. Oktober 2023 - 13:11", "February 20, 2019 at 3:42 pm",
    "14.01.2020, 13:47", "2019-02-20 15:42"); the first date found in the text."""
    if not text or len(text) > 400:
        return None
    # a header's lines are one run of words here: "01.09.2004\n      3.20" is a date and its time
    flat = " ".join(text.split())
    value = find_text_date(flat, lang=lang) or _dashed_stamp(flat)
    if value and len(value) == _DAY:
        return _time_before(value, flat, lang)
    return _with_offset(value, flat) if value and len(value) == _NAIVE_TIME else value


_DAY = len("2024-05-03")
_TIME_BEFORE = re.compile(r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>\d{2})(?:\s*(?P<ampm>[ap]\.?\s?m\.?)(?!\w))?,?\s+", re.I)
_ZONE_AFTER = re.compile(r"^\s*\(?(?:(?P<utc>UTC|GMT)|(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2}))\)?(?![\w+-])", re.I)


def _time_before(day: str, text: str, lang: str | None) -> str:
    """A bare day with the time written just before it ("21:30, 28 April 2024 (UTC)", as wikis
    sign), and the zone stated right after it; the day alone otherwise."""
    m = _TIME_BEFORE.search(text)
    if m is None or not (int(m["h"]) < 24 and int(m["mi"]) < 60):
        return day
    hour = int(m["h"])
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm and hour > 12:
        return day
    if ampm:  # "1:06 PM on May 3, 2024": a 12-hour clock before the day
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    rest = text[m.end() :]
    date = find_text_date(rest, lang=lang)
    if date != day:
        return day
    value = f"{day}T{hour:02d}:{int(m['mi']):02d}:00"
    year = rest.find(day[:4])
    zone = _ZONE_AFTER.match(rest[year + 4 :]) if year >= 0 else None
    if zone is None:
        return value
    return value + ("+00:00" if zone["utc"] else f"{zone['sign']}{zone['oh']}:{zone['om']}")


_NAIVE_TIME = len("2024-05-03T06:47:00")
_STATED_OFFSET = re.compile(
    r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?(?:\s+|\s*\()"
    r"(?:(?:UTC|GMT)?(?P<sign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})|(?P<utc>UTC|GMT|Z)(?![+-])|"
    r"(?P<abbr>WIB|WITA|WIT|JST|KST|CET|CEST|EET|EEST|MSK))(?![\w:])",
    re.I,
)
# zone abbreviations that name one fixed offset wherever they are written (not "IST", "CST": several)
_ZONE_ABBR = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00", "JST": "+09:00", "KST": "+09:00",
              "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00"}  # fmt: skip


def _with_offset(value: str, text: str) -> str:
    """The naive date with the offset the text states right after its time ("06:47:00 +0200",
    "14:31 (UTC)"), when it states exactly one."""
    found = list(_STATED_OFFSET.finditer(text))
    if len(found) != 1:
        return value
    m = found[0]
    if int(m["mi"]) != int(value[14:16]) or int(m["h"]) % 12 != int(value[11:13]) % 12:
        return value  # the offset of another time than the date's
    if m["utc"]:
        return value + "+00:00"
    if m["abbr"]:
        return value + _ZONE_ABBR[m["abbr"].upper()]
    return f"{value}{m['sign']}{m['oh']}:{m['om']}"


_DASHED_STAMP = re.compile(
    r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4}),?\s{1,3}(?P<h>\d{1,2}):(?P<mi>\d{2})"
    r"(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?![\d-])",
    re.I,
)


def _dashed_stamp(text: str) -> str | None:
    """A forum's "05-03-2024, 08:27 AM": dashes with a time are no range. Day and month in the order
    a number over 12 shows, else month first beside a 12-hour clock (as such forums print it)."""
    m = _DASHED_STAMP.search(text)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    month_first = b > 12 or (a <= 12 and m["ampm"] is not None)
    month, day = (a, b) if month_first else (b, a)
    if month > 12:
        return None
    return _build(int(m["y"]), month, day, _hour(m))


_DAY_WORDS = {
    "today": 0,
    "heute": 0,
    "aujourd'hui": 0,
    "hoy": 0,
    "oggi": 0,
    "vandaag": 0,
    "dzisiaj": 0,
    "dnes": 0,
    "yesterday": 1,
    "gestern": 1,
    "ayer": 1,
    "ieri": 1,
    "gisteren": 1,
    "wczoraj": 1,
    "včera": 1,
    "hier": 1,
    "ontem": 1,
    "hoje": 0,
    "сегодня": 0,
    "вчера": 1,
    "bugün": 0,
    "dün": 1,
    "今天": 0,
    "昨天": 1,
    "今日": 0,
    "昨日": 1,
    "오늘": 0,
    "어제": 1,
}
DAY_WORDS = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in _DAY_WORDS) + r")(?!\w)", re.I)


_AGE_PROBE = datetime(2000, 1, 1)


def shows_age(text: str | None) -> bool:
    """Whether a short text gives an age ("27 minutes ago", "vor 2 Tagen", "gestern") that
    `parse_relative` reads: a date shown, even where no date of the page's own anchors it."""
    return parse_relative(text, _AGE_PROBE) is not None


_MAX_AGE_CHARS = 80  # a longer text is a comment's words, not its age line


def is_age_only(text: str) -> bool:
    """Whether a short text is an age and nothing worded beside it ("27 minutes ago |")."""
    age = find_age(text)
    return age is not None and not re.search(r"\w", text[: age.start] + text[age.end :])


def parse_relative(text: str | None, anchor: datetime | None) -> str | None:
    """ "3 hours ago", "vor 2 Tagen", "pred 2 hodiny", "hace 5 minutos", "gestern, 14:20" counted back
    from anchor (a date the page itself gives); None without an anchor."""
    if not text or anchor is None or len(text) > _MAX_AGE_CHARS:
        return None
    day_word = DAY_WORDS.search(text)
    if day_word:
        day = (anchor - timedelta(days=_DAY_WORDS[day_word.group(1).lower()])).date()
        clock = re.search(r"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)", text[day_word.end() :])
        if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
            hour, minute = int(clock.group(1)), int(clock.group(2))
            return datetime(day.year, day.month, day.day, hour, minute).isoformat()
        return day.isoformat()
    age = _age(text)
    if age is None:
        return None
    seconds = age.unit
    try:
        when = anchor - timedelta(seconds=age.number * seconds)
    except OverflowError:  # "9999999 years ago": before any date there is
        return None
    if seconds >= 86400:
        return when.date().isoformat()
    return when.replace(second=0, microsecond=0).isoformat()


def find_age(text: str) -> Age | None:
    """The age a short text shows ("3 hours ago", "3시간 전") and where, or None."""
    return _age(text) if text and len(text) <= _MAX_AGE_CHARS else None


def _age(text: str) -> Age | None:
    """The age a short text shows: the Latin pattern's ages ("3 hours ago", "vor 2
    Tagen", "an hour ago"), then those of `ages.AGE_FORMS` ("3 часа назад", "3시간 전"). Each
    Latin match is tried in turn: "Anna Lee 5 hours ago" holds "a Lee" before its age."""
    if _RELATIVE_HINT.search(text):
        for m in _RELATIVE_RE.finditer(text):
            unit = m["unit"].lower()
            seconds = _UNITS.get(unit) or _UNITS.get(unit.rstrip("ns")) or _UNITS.get(unit.rstrip("e"))
            if seconds is None:
                seconds = next(
                    (value for name, value in _UNITS.items() if len(name) >= 3 and unit.startswith(name)), None
                )
            if seconds is not None:
                return Age(int(m["n"]) if m["n"].isdigit() else 1, seconds, m.start(), m.end())
    compact = _COMPACT_AGE.fullmatch(text)
    if compact is not None:  # "3h", "2d", "5 min" standing alone, as modern widgets print an age
        return Age(int(compact["n"]), _COMPACT_UNITS[compact["unit"].lower()], compact.start("n"), compact.end("unit"))
    if _JUST_NOW.fullmatch(text):
        return Age(0, 1, 0, len(text))
    return read_age(text)


# An age written in short, alone: a number and a unit's letter or two ("3h", "2d", "1w", "3mo", "5 min").
_COMPACT_AGE = re.compile(
    r"[\s·|•(]*(?P<n>\d{1,3})\s?(?P<unit>s|sec|m|min|mins|h|hr|hrs|d|w|wk|mo|y|yr)\.?[\s·|•)]*", re.I
)
_COMPACT_UNITS = {
    "s": 1, "sec": 1, "m": 60, "min": 60, "mins": 60, "h": 3600, "hr": 3600, "hrs": 3600, "d": 86400, "w": 604800,
    "wk": 604800, "mo": 2592000, "y": 31536000, "yr": 31536000,
}  # fmt: skip
# The age of a comment written a moment ago, alone on its line.
_JUST_NOW = re.compile(
    r"\W*(?:just now|a moment ago|gerade eben|soeben|à l'instant|ahora mismo|adesso|agora mesmo|"
    r"przed chwilą|только что|щойно)\W*",
    re.I,
)


def to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


_YEARLESS_RE = re.compile(
    rf"(?<!\w)(?:(?P<mon>{MONTH_RE})(?!\w)\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|"
    rf"(?P<d2>\d{{1,2}})\.?\s*(?P<mon2>{MONTH_RE})(?!\w)\.?)"
    rf"(?!\s*\d{{4}})(?:{_SEP}{_TIME})?",
    re.I,
)


def parse_yearless(text: str | None, anchor: datetime | None) -> str | None:
    """ "Jun 20th at 2:41 am", "3. März, 14:20": the year is the anchor's (the year before when that
    would put the comment after the anchor). None without an anchor."""
    if not text or anchor is None or len(text) > 60:
        return None
    m = _YEARLESS_RE.search(text)
    if not m:
        return None
    mon = month_number(m["mon"] or m["mon2"] or "")
    day = int(m["d"] or m["d2"])
    if mon is None:
        return None
    year = anchor.year
    if (mon, day) > (anchor.month, anchor.day):
        year -= 1
    return _build(year, mon, day, _hour(m))
