"""Date strings in the forms pages use, to ISO 8601 (keeping the page's offset when it gives one)."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from autocrawl.extraction.common.months import MONTH_RE, MONTHS, month_number
from autocrawl.extraction.common.solar_hijri import find_solar_hijri

__all__ = ["date_from_url", "find_text_date", "find_text_date_span", "localise", "month_number", "parse_date"]

# A time after a date: hours and minutes, seconds when given.
_HM = r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?"
# After a written-out year: no digit, unless a time follows at once ("4 de mayo de 202207:59", two
# elements printed with nothing between them).
_YEAR_END = r"(?:(?!\d)|(?=\d{1,2}[:.h]\d{2}(?!\d)))"
_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$")
_NUMERIC = re.compile(
    rf"(?<![\d.])(?P<a>\d{{1,2}})[./](?P<b>\d{{1,2}})[./](?P<y>\d{{4}}|\d{{2}})(?![\d])(?:\D{{0,12}}?{_HM})?"
)
# The same with dashes, only as a whole value (a declaration's "12-15-2016"): in running text,
# dashes join ranges and numbers of other kinds.
_DASHED = re.compile(
    r"^(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?$"
)
# Day and month each followed by a dot and a space, as German (DIN 5008), Czech, Slovak and
# Hungarian-style typography writes them: "4. 2. 2022". The year is written out in full.
_SPACED = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\.\s{{1,2}}(?P<mo>\d{{1,2}})\.\s{{1,2}}(?P<y>\d{{4}})(?!\d)(?:\D{{0,12}}?{_HM})?"
)
# Morning and afternoon as Korean, Japanese and Chinese write them before a 12-hour time ("오후 2:22").
_EAST_ASIAN_HALF = "오전|오후|午前|午後|上午|下午"
_EAST_ASIAN_PM = ("오후", "午後", "下午")
# Year first: "2023/11/07", "2023.11.07", Korean "2024.05.03." and "2024. 5. 3." and, as many sites print it, ISO "2023-11-07 15:03"
# (with seconds and an offset when a machine wrote it: "2023-11-07T15:03:09+01:00"); the time
# after a space, or a word or sign between ("2019-01-01 @ 00:45", "2019/10/18 um 13:00").
_YMD = re.compile(
    r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[/.-]|\.\s)(?P<mo>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?:\.(?=\s|$))?(?![\d/.-])"
    r"(?:\s?[(（][^()（）\d]{1,10}[)）])?"  # a weekday in brackets: "2024/05/03(金) 14:22"
    r"(?:(?:(?P<T>T)|,?\s{0,3}(?:(?:[@|\-–—]|um|at|a las|à|às|alle|om|kl\.?)\s{1,3}|(?:"
    + _EAST_ASIAN_HALF
    + r")\s{0,3})?)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d+)?)?"
    r"(?:\s?(?P<tz>Z|[+-]\d{2}:?\d{2}(?![\d:])))?)?"
)
# What every month name is: 3 to 12 characters, none of them (nor any character they match
# case-insensitively) a space or a digit. A look-ahead for that before the names, several hundred
# tried one by one wherever a name may start, turns most places away at once: several times faster.
_NAME_MIN, _NAME_MAX = min(map(len, MONTHS)), max(map(len, MONTHS))
_DAY_MONTH = re.compile(
    rf"(?<![\w])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?(?:\s*|-)(?:de\s+|of\s+)?(?=[^\s\d]{{{_NAME_MIN}}})(?P<mon>{MONTH_RE})\.?,?(?:\s*|-)"
    rf"(?:de\s+)?(?P<y>\d{{4}}){_YEAR_END}(?:\D{{0,15}}?{_HM})?",
    re.I,
)
_MONTH_DAY = re.compile(
    # (here the name, or the name and a dot, then a space and the day)
    rf"(?<![\w])(?=[^\s\d]{{{_NAME_MIN},{_NAME_MAX + 1}}}\s+\d)(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_YEAR_END}"
    r"(?:\D{0,15}?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?)?",
    re.I,
)
# Year first with the month written out: Hungarian "2024. május 3.", Lithuanian "2024 m. gegužės 3 d.".
# The dot or "m." after the year is required: "in 2019 May 5 people" is no date.
_YEAR_MONTH_DAY = re.compile(
    rf"(?<![\w.])(?P<y>\d{{4}})(?:\.|\s+m\.)\s*(?P<mon>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?!\d)\.?"
    rf"(?:\D{{0,15}}?{_HM})?",
    re.I,
)
_CJK = re.compile(
    r"(?P<y>\d{4})\s*[年년]\s*(?P<mo>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?"
    r"(?:\D{0,4}(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
)
# Written-out forms, in the order that breaks a tie between two found at the same place.
_TEXT_FORMS = (_DAY_MONTH, _MONTH_DAY, _YEAR_MONTH_DAY, _CJK, _YMD, _NUMERIC, _SPACED)
_SHORT_YEAR_FORMS = (_NUMERIC,)  # the forms whose year may have two digits
_TWO_DIGITS = re.compile(r"\d\d")  # what every text form holds at least (its year)
_FOUR_DIGITS = re.compile(r"\d{4}")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")  # where a Persian month's name may be

MIN_YEAR = 1995


def _valid(y: int, m: int, d: int) -> bool:
    if not (MIN_YEAR <= y <= dt.date.today().year + 1):
        return False
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _fmt(y: int, m: int, d: int, hh: str | None = None, mm: str | None = None, ss: str | None = None,
         tz: str | None = None) -> str:  # fmt: skip
    day = f"{y:04d}-{m:02d}-{d:02d}"
    if hh is None or mm is None or int(hh) > 23 or int(mm) > 59:
        return day
    out = f"{day}T{int(hh):02d}:{int(mm):02d}:{int(ss or 0):02d}"
    if tz:
        tz = tz.upper()
        if tz in ("Z", "UTC", "GMT"):
            out += "+00:00"
        else:
            digits = tz[1:].replace(":", "")
            out += f"{tz[0]}{digits[:2]}:{digits[2:4]}"
    return out


# C's asctime ("Fri Feb 18 10:27:24 2022") and Java's Date.toString() ("Fri Apr 28 19:20:36 CEST
# 2023"): machine forms some CMSs write into datePublished and article:published_time as they are.
_ASCTIME = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(\d{1,2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:([a-z]{1,5})\s+)?(\d{4})",
    re.I,
)
# Zone abbreviations with one meaning; others (IST, the Indian or the Irish) leave the time local.
_ZONE_ABBREVIATIONS = {
    "utc": "+00:00", "gmt": "+00:00", "z": "+00:00", "wet": "+00:00", "west": "+01:00", "bst": "+01:00",
    "cet": "+01:00", "cest": "+02:00", "met": "+01:00", "mest": "+02:00", "eet": "+02:00", "eest": "+03:00",
    "msk": "+03:00", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00", "mst": "-07:00",
    "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00", "jst": "+09:00", "kst": "+09:00",
}  # fmt: skip


def _asctime(value: str) -> str | None:
    m = _ASCTIME.fullmatch(value)
    if m is None:
        return None
    y, mo, d = int(m[7]), month_number(m[1], "en"), int(m[2])
    if mo is None or not _valid(y, mo, d):
        return None
    # no zone, or one of many meanings: the time as the page gives it
    offset = _ZONE_ABBREVIATIONS.get(m[6].lower()) if m[6] else None
    return _fmt(y, mo, d, m[3], m[4], m[5], offset)


def parse_date(
    value: str | None, text_forms: bool = True, dayfirst: bool = True, lang: str | None = None
) -> str | None:
    """ISO 8601 for one date string, or None. Machine forms first, then written-out ones
    (month names read in `lang`, the page's language, when given)."""
    if not value:
        return None
    value = value.strip()[:200]
    if not value:
        return None
    m = _ISO.search(value)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            return _fmt(y, mo, d, m[4], m[5], m[6], m[7])
        if _valid(y, d, mo):  # 2022-29-11: day and month swapped
            return _fmt(y, d, mo)
    m = _COMPACT.match(value)
    if m and _valid(int(m[1]), int(m[2]), int(m[3])):
        return _fmt(int(m[1]), int(m[2]), int(m[3]), m[4], m[5], m[6], m[7])
    if value[:1].isalpha() and "," in value[:5]:
        try:
            stamp = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            stamp = None
        if stamp is not None and _valid(stamp.year, stamp.month, stamp.day):
            return stamp.isoformat()
    if value[:1].isalpha():
        found = _asctime(value)
        if found is not None:
            return found
    if value.isdigit() and len(value) in (10, 13):  # Unix timestamp
        seconds = int(value) // (1000 if len(value) == 13 else 1)
        try:
            stamp = dt.datetime.fromtimestamp(seconds, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return stamp.isoformat() if _valid(stamp.year, stamp.month, stamp.day) else None
    m = _DASHED.match(value)
    if m:  # a whole value "12-15-2016": the numeric form, with dashes
        return _from_match(m, dayfirst, lang)
    return find_text_date(value, dayfirst, lang) if text_forms else None


def find_text_date(text: str, dayfirst: bool = True, lang: str | None = None) -> str | None:
    """The first written-out date in a piece of visible text ("3. Mai 2024, 14:05", "May 3, 2024")."""
    found = find_text_date_span(text, dayfirst, lang)
    return found[0] if found else None


def find_text_date_span(text: str, dayfirst: bool = True, lang: str | None = None) -> tuple[str, int, int] | None:
    """The first written-out date in a text, with where it starts and ends."""
    # Every form has a year of four digits but the numeric one (two will do): a scan or two spare
    # the seven searches of most texts.
    if not _TWO_DIGITS.search(text):
        return None
    best: tuple[str, int, int] | None = None
    if not text.isascii() and _ARABIC_SCRIPT.search(text):
        best = find_solar_hijri(text)  # a Persian month's name: the Solar Hijri calendar
    for pattern in _TEXT_FORMS if _FOUR_DIGITS.search(text) else _SHORT_YEAR_FORMS:
        m = pattern.search(text)
        if not m:
            continue
        found = _from_match(m, dayfirst, lang)
        if found and (best is None or m.start() < best[1]):
            best = (found, m.start(), m.end())
    return best


def _from_match(m: re.Match[str], dayfirst: bool, lang: str | None) -> str | None:
    """The date a text form's match names: its groups are y, and mo or mon (a name) and d, or a
    and b (day and month in either order); then h, mi, s, and an am/pm or an offset when given."""
    g = m.groupdict()
    y = int(g["y"])
    if g.get("a"):
        a, b = int(g["a"]), int(g["b"])
        if y < 100:
            y += 2000
        d, mo = (a, b) if dayfirst or b > 12 else (b, a)
        if not _valid(y, mo, d):
            d, mo = mo, d
        elif a != b and a <= 12 and b <= 12:
            d, mo = _by_weekday(m, y, d, mo)
    else:
        d = int(g["d"])
        mo = (month_number(g["mon"], lang) or 0) if g.get("mon") else int(g["mo"])
    if not mo or not _valid(y, mo, d):
        return None
    hh = g.get("h")
    if hh:
        half = (
            g.get("ampm")
            or (suffix[1] if (suffix := _AM_PM.match(m.string, m.end())) else None)
            or _east_asian_half(m.string[max(m.start(), m.start("h") - 4) : m.start("h")])
        )
        hh = _twelve_hour(hh, half[0]) if half else hh
    # an offset only where a machine wrote the time ("T15:03+01:00", "15:03:09Z"), not "10:00-12:00"
    tz = g.get("tz") if g.get("T") or g.get("s") else None
    return _fmt(y, mo, d, hh, g.get("mi"), g.get("s"), tz)


# A 12-hour clock after the time: "11/08/23 5:19pm", "8 November 2023, 8:30 p.m."
_AM_PM = re.compile(r"\s?([ap])\.?\s?m\b\.?", re.I)


# A weekday written beside a date: English, German, French and Spanish names and their short forms,
# and the Japanese and Chinese day characters in brackets ("24/05/03(金)").
_WEEKDAYS = {
    word: number
    for number, words in enumerate(
        [
            "monday mon montag mo lundi lun lunes",
            "tuesday tue tues dienstag di mardi mar martes",
            "wednesday wed mittwoch mi mercredi mer miércoles miercoles",
            "thursday thu thur thurs donnerstag do jeudi jeu jueves",
            "friday fri freitag fr vendredi ven viernes vie",
            "saturday sat samstag sa samedi sam sábado sabado",
            "sunday sun sonntag so dimanche dim domingo dom",
        ]
    )
    for word in words.split()
}
# (two-letter forms only as abbreviations: "Mo, 06.05.2024", "Fr. 3.5."; "do", "so" and "mi" are words too)
_WEEKDAY_NAMES = (
    "(?:"
    + "|".join(sorted((w for w in _WEEKDAYS if len(w) > 2), key=len, reverse=True))
    + r")\.?(?![^\W\d_])|(?:"
    + "|".join(w for w in _WEEKDAYS if len(w) == 2)
    + r")[.,]"
)
_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])(" + _WEEKDAY_NAMES + r")[\s,]*$", re.I)
_WEEKDAY_AFTER = re.compile(r"[\s,]*[(（]?(" + _WEEKDAY_NAMES + r"|[月火水木金土日](?=[)）]))", re.I)
_WEEKDAY_SIGNS = {sign: number for number, sign in enumerate("月火水木金土日")}


def _by_weekday(m: re.Match[str], y: int, d: int, mo: int) -> tuple[int, int]:
    """Day and month of a numeric date that reads both ways ("05/03/24"), as a weekday written right
    beside it says ("05/03/24(Fri)" is Friday 3 May, not Tuesday 5 March); as given when none does."""
    text, start, end = m.string, m.start(), m.end("y")
    found = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start) or _WEEKDAY_AFTER.match(text, end)
    if found is None or not _valid(y, d, mo):
        return d, mo
    name = found.group(1).rstrip(".,").lower()
    weekday = _WEEKDAY_SIGNS.get(name, _WEEKDAYS.get(name))
    if weekday is not None and dt.date(y, mo, d).weekday() != weekday and dt.date(y, d, mo).weekday() == weekday:
        return mo, d
    return d, mo


def _east_asian_half(before_hour: str) -> str | None:
    """ "p" or "a" when the words just before a time are Korean, Japanese or Chinese for afternoon or
    morning ("2024년 5월 3일 오후 2:22"), else None."""
    if before_hour.isascii() or not any(half in before_hour for half in _EAST_ASIAN_HALVES):
        return None
    return "p" if any(pm in before_hour for pm in _EAST_ASIAN_PM) else "a"


_EAST_ASIAN_HALVES = tuple(_EAST_ASIAN_HALF.split("|"))


def _twelve_hour(hh: str, half: str) -> str:
    """The hour on a 24-hour clock: 12 am is midnight, 1-11 pm add twelve."""
    hour = int(hh)
    if not 1 <= hour <= 12:
        return hh
    if half.lower() == "p":
        return str(hour % 12 + 12)
    return str(hour % 12)


_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})(?:[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])|"
    # /2017/7/12/: month and day without a leading zero, only between slashes
    r"/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])(?=/))(?:/|[^\d])"
)


# Day first, as European sites name news items in the path: "/meldungen/29-10-2021",
# "/newsroom/23-01-2022-dorothea-...", "bericht_vom_22.04.2020".
_URL_DMY = re.compile(r"(?<![\d])([12]\d|3[01]|0[1-9])([-._])(0[1-9]|1[0-2])\2((?:19|20)\d{2})(?![\d])")


def date_from_url(url: str) -> str | None:
    """The date in a URL's path: year first (/2024/05/03/, /2024-05-03-), else day first (/03-05-2024)."""
    m = _URL_DATE.search(url or "")
    if m:
        y, mo, d = int(m[1]), int(m[2] or m[4]), int(m[3] or m[5])
        return _fmt(y, mo, d) if _valid(y, mo, d) else None
    m = _URL_DMY.search(urlsplit(url).path) if url else None
    if m:
        y, mo, d = int(m[4]), int(m[3]), int(m[1])
        return _fmt(y, mo, d) if _valid(y, mo, d) else None
    return None


# The time zone of country-code domains whose pages often give UTC timestamps while showing local
# dates: the capital's zone (IANA names; zoneinfo knows their offsets and summer time for any year).
def _each(names: str, zone: str) -> dict[str, str]:
    return dict.fromkeys(names.split(), zone)


_TLD_ZONE = {
    **_each("de at ch it fr es pl nl be lu cz sk hu si hr rs dk se no ba mk al me", "Europe/Berlin"),
    **_each("fi ee lv lt ua ro bg gr cy", "Europe/Helsinki"),
    **_each("uk ie pt", "Europe/London"), "is": "Atlantic/Reykjavik",
    "ar": "America/Argentina/Buenos_Aires", "br": "America/Sao_Paulo", "uy": "America/Montevideo",
    "cl": "America/Santiago", "py": "America/Asuncion", "bo": "America/La_Paz", "ve": "America/Caracas",
    "do": "America/Santo_Domingo", "pr": "America/Puerto_Rico", "co": "America/Bogota", "pe": "America/Lima",
    "ec": "America/Guayaquil", "pa": "America/Panama", "mx": "America/Mexico_City",
    "gt": "America/Guatemala", "hn": "America/Tegucigalpa", "sv": "America/El_Salvador",
    "ni": "America/Managua", "cr": "America/Costa_Rica",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei", "hk": "Asia/Hong_Kong",
    "sg": "Asia/Singapore", "in": "Asia/Kolkata", "tr": "Europe/Istanbul", "ru": "Europe/Moscow",
    "il": "Asia/Jerusalem",
}  # fmt: skip
# Languages spoken (almost) only in one time zone: a page in that language on a generic domain
# (.com, .org, .net, ...) shows that zone's day. "xx-YY" language tags name the country itself.
_LANG_ZONE = {
    "de": "de", "fr": "fr", "it": "it", "nl": "nl", "pl": "pl", "cs": "cz", "sk": "sk", "hu": "hu",
    "sv": "se", "da": "dk", "nb": "no", "nn": "no", "no": "no", "fi": "fi", "el": "gr", "ro": "ro",
    "bg": "bg", "hr": "hr", "sl": "si", "et": "ee", "lv": "lv", "lt": "lt", "ja": "jp", "ko": "kr",
}  # fmt: skip
_REGION_ALIAS = {"gb": "uk"}


def _zone_of(host: str, lang: str | None) -> str | None:
    tld = host.rsplit(".", 1)[-1].lower()
    if tld in _TLD_ZONE:
        return tld
    if not lang:
        return None
    parts = lang.lower().replace("_", "-").split("-")
    if len(parts) > 1 and len(parts[1]) == 2:
        region = _REGION_ALIAS.get(parts[1], parts[1])
        return region if region in _TLD_ZONE else None
    return _LANG_ZONE.get(parts[0])


_UTC_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?(?:\+00:00|Z)$")


def localise(stamp: str | None, host: str, lang: str | None = None) -> str | None:
    """A UTC timestamp in the site's local time, guessed from its country domain or, on a
    generic domain, from the page's language tag.

    Same instant, so nothing is lost; but the calendar day becomes the one the page shows.
    """
    if not stamp or not host:
        return stamp
    m = _UTC_STAMP.match(stamp)
    if not m:
        return stamp
    zone = _zone_of(host, lang)
    if zone is None:
        return stamp
    utc = dt.datetime.fromisoformat(m[1]).replace(tzinfo=dt.UTC)
    local = utc.astimezone(ZoneInfo(_TLD_ZONE[zone]))
    offset = local.utcoffset()
    if not offset:
        return stamp
    return utc.astimezone(dt.timezone(offset)).isoformat()
