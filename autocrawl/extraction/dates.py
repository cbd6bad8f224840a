"""Date strings in the forms pages use, to ISO 8601 (keeping the page's offset when it gives one)."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "january jan januar jänner janvier enero gennaio janeiro januari januar stycznia styczeń ledna leden "
        "januára januári tammikuuta január ianuarie siječnja sausio",
        "february feb februar feber février fevrier febrero febbraio fevereiro februari lutego luty února "
        "únor februára februári helmikuuta február februarie veljače vasario",
        "march mar märz maerz mars marzo março maart marca marzec března březen marca márciusa maaliskuuta "
        "március martie ožujka kovo",
        "april apr avril abril aprile abril april kwietnia kwiecień dubna duben apríla áprilisa huhtikuuta "
        "április aprilie travnja balandžio",
        "may mai mayo maggio maio mei maja maj května květen mája májusa toukokuuta május iunie svibnja gegužės",
        "june jun juni juin junio giugno junho czerwca czerwiec června červen júna júniusa kesäkuuta június "
        "lipnja birželio",
        "july jul juli juillet julio luglio julho lipca lipiec července červenec júla júliusa heinäkuuta "
        "július iulie srpnja liepos",
        "august aug août aout agosto augustus sierpnia sierpień srpna srpen augusta augusztus elokuuta "
        "kolovoza rugpjūčio",
        "september sep sept septembre septiembre settembre setembro wrzesień września září septembra "
        "szeptember syyskuuta septembrie rujna rugsėjo",
        "october oct oktober octobre octubre ottobre outubro października październik října říjen októbra "
        "október lokakuuta octombrie listopada spalio",
        "november nov novembre noviembre novembro listopad listopadu novembra november marraskuuta noiembrie "
        "studenoga lapkričio",
        "december dec dezember décembre decembre diciembre dicembre dezembro grudnia grudzień prosince "
        "prosinec decembra december joulukuuta decembrie prosinca gruodžio",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _num)
# Cyrillic: Russian (genitive, as dates write it, and nominative), Ukrainian, Bulgarian;
# Turkish; Indonesian and Malay; Greek (genitive); Arabic (the Egyptian/Gulf names).
for _num, _names in enumerate(
    (
        "января январь січня януари ocak januari ιανουαρίου يناير",
        "февраля февраль лютого февруари şubat februari φεβρουαρίου فبراير",
        "марта март березня mart maret μαρτίου مارس",
        "апреля апрель квітня април nisan απριλίου أبريل ابريل",
        "мая май травня mayıs mei μαΐου μαίου مايو",
        "июня июнь червня юни haziran juni ιουνίου يونيو",
        "июля июль липня юли temmuz juli ιουλίου يوليو",
        "августа август серпня ağustos agustus ogos αυγούστου أغسطس",
        "сентября сентябрь вересня септември eylül september σεπτεμβρίου سبتمبر",
        "октября октябрь жовтня октомври ekim oktober οκτωβρίου أكتوبر",
        "ноября ноябрь листопада ноември kasım november νοεμβρίου نوفمبر",
        "декабря декабрь грудня декември aralık desember disember δεκεμβρίου ديسمبر",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _num)
# Upper-case Turkish lower-cases to a dotted i ("KASIM" -> "kasim"), and many sites drop the marks.
_MONTHS.update({"subat": 2, "mayis": 5, "agustos": 8, "eylul": 9, "kasim": 11, "aralik": 12})
# Short forms people write with a dot or in upper case ("Okt.", "Dez", "févr.").
for _name, _num in list(_MONTHS.items()):
    if len(_name) > 3:
        _MONTHS.setdefault(_name[:3], _num)
_MONTHS.update({"sept": 9, "févr": 2, "janv": 1, "avr": 4, "juil": 7, "déc": 12, "okt": 10, "dez": 12, "mrz": 3})

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$")
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d])(?:\D{0,12}?(\d{1,2})[:.h](\d{2}))?")
# The same with dashes, only as a whole value (a declaration's "12-15-2016"): in running text,
# dashes join ranges and numbers of other kinds.
_DASHED = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})(?:[T ](\d{1,2}):(\d{2})(?::\d{2})?)?$")
# Day and month each followed by a dot and a space, as German (DIN 5008), Czech, Slovak and
# Hungarian-style typography writes them: "4. 2. 2022". The year is written out in full.
_SPACED = re.compile(r"(?<![\d.])(\d{1,2})\.\s{1,2}(\d{1,2})\.\s{1,2}(\d{4})(?!\d)(?:\D{0,12}?(\d{1,2})[:.h](\d{2}))?")
# Year first: "2023/11/07", "2023.11.07" and, as many sites print it, ISO "2023-11-07 15:03".
_YMD = re.compile(r"(?<![\d/.-])(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?![\d/.-])(?:(?:T|,?\s{1,3})(\d{1,2}):(\d{2}))?")
_DAY_MONTH = re.compile(
    rf"(?<![\w])(\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?(?:\s*|-)(?:de\s+|of\s+)?({_MONTH_RE})\.?,?(?:\s*|-)(?:de\s+)?(\d{{4}})(?!\d)"
    r"(?:\D{0,15}?(\d{1,2})[:.h](\d{2}))?",
    re.I,
)
_MONTH_DAY = re.compile(
    rf"(?<![\w])({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)(?:\D{{0,15}}?(\d{{1,2}}):(\d{{2}})\s*([ap]\.?m\.?)?)?",
    re.I,
)
# Year first with the month written out: Hungarian "2024. május 3.", Lithuanian "2024 m. gegužės 3 d.".
# The dot or "m." after the year is required: "in 2019 May 5 people" is no date.
_YEAR_MONTH_DAY = re.compile(
    rf"(?<![\w.])(\d{{4}})(?:\.|\s+m\.)\s*({_MONTH_RE})\.?\s+(\d{{1,2}})(?!\d)\.?(?:\D{{0,15}}?(\d{{1,2}}):(\d{{2}}))?",
    re.I,
)
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\D{0,4}(\d{1,2}):(\d{2}))?")

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


def parse_date(value: str | None, text_forms: bool = True, dayfirst: bool = True) -> str | None:
    """ISO 8601 for one date string, or None. Machine forms first, then written-out ones."""
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
    if value.isdigit() and len(value) in (10, 13):  # Unix timestamp
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        try:
            stamp = dt.datetime.fromtimestamp(seconds, dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return stamp.isoformat() if _valid(stamp.year, stamp.month, stamp.day) else None
    m = _DASHED.match(value)
    if m:  # a whole value "12-15-2016": the numeric form, with dashes
        return _from_match(_NUMERIC, m, dayfirst)
    return find_text_date(value, dayfirst) if text_forms else None


def find_text_date(text: str, dayfirst: bool = True) -> str | None:
    """The first written-out date in a piece of visible text ("3. Mai 2024, 14:05", "May 3, 2024")."""
    found = find_text_date_span(text, dayfirst)
    return found[0] if found else None


def find_text_date_span(text: str, dayfirst: bool = True) -> tuple[str, int, int] | None:
    """The first written-out date in a text, with where it starts and ends."""
    best: tuple[str, int, int] | None = None
    for pattern in (_DAY_MONTH, _MONTH_DAY, _YEAR_MONTH_DAY, _CJK, _YMD, _NUMERIC, _SPACED):
        m = pattern.search(text)
        if not m:
            continue
        found = _from_match(pattern, m, dayfirst)
        if found and (best is None or m.start() < best[1]):
            best = (found, m.start(), m.end())
    return best


def _from_match(pattern: re.Pattern[str], m: re.Match[str], dayfirst: bool) -> str | None:
    if pattern is _DAY_MONTH:
        d, mo, y = int(m[1]), _MONTHS.get(m[2].lower().rstrip(".")), int(m[3])
        hh, mm = m[4], m[5]
    elif pattern is _MONTH_DAY:
        mo, d, y = _MONTHS.get(m[1].lower().rstrip(".")), int(m[2]), int(m[3])
        hh, mm = m[4], m[5]
        if hh and m[6]:
            hh = _twelve_hour(hh, m[6][0])
    elif pattern is _YEAR_MONTH_DAY:
        y, mo, d, hh, mm = int(m[1]), _MONTHS.get(m[2].lower().rstrip(".")), int(m[3]), m[4], m[5]
    elif pattern is _CJK:
        y, mo, d, hh, mm = int(m[1]), int(m[2]), int(m[3]), m[4], m[5]
    elif pattern is _SPACED:
        d, mo, y, hh, mm = int(m[1]), int(m[2]), int(m[3]), m[4], m[5]
    elif pattern is _YMD:
        y, mo, d, hh, mm = int(m[1]), int(m[3]), int(m[4]), m[5], m[6]
    else:
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if y < 100:
            y += 2000
        d, mo = (a, b) if dayfirst or b > 12 else (b, a)
        if not _valid(y, mo, d):
            d, mo = mo, d
        hh, mm = m[4], m[5]
    if not mo or not _valid(y, mo, d):
        return None
    if hh and pattern is not _MONTH_DAY:
        suffix = _AM_PM.match(m.string, m.end())
        hh = _twelve_hour(hh, suffix[1]) if suffix else hh
    return _fmt(y, mo, d, hh, mm)


# A 12-hour clock after the time: "11/08/23 5:19pm", "8 November 2023, 8:30 p.m."
_AM_PM = re.compile(r"\s?([ap])\.?\s?m\b\.?", re.I)


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


def month_number(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


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
