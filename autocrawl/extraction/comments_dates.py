"""Comment dates: machine-readable values, dates as pages print them, and relative ages.

Everything returns an ISO 8601 string (keeping an offset only where the page gives one) or None.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan januar jänner jaenner janvier enero gennaio janeiro januari stycznia leden ledna",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego únor února",
        "march mar märz maerz mars marzo março marco maart marca březen března",
        "april apr avril abril aprile kwietnia duben dubna",
        "may mai mayo maggio maio mei maja květen května",
        "june jun juni juin junio giugno junho czerwca červen června",
        "july jul juli juillet julio luglio julho lipca červenec července",
        "august aug août aout agosto augustus sierpnia srpen srpna",
        "september sep sept septembre septiembre settembre setembro septembre września září",
        "october oct okt oktober octobre octubre ottobre outubro października říjen října",
        "november nov novembre noviembre novembro listopada listopad listopadu",
        "december dec dez dezember décembre decembre diciembre dicembre dezembro grudnia prosinec prosince",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
MONTH_RE = _MONTH_RE
_TIME = r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
_SEP = r"[\s,\-–—|@]*(?:um|at|a las|à|alle|às|om|o|,|-|kl\.?)?[\s,\-–—|@]*"

_ISO_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T ](?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?\s?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_NUMERIC_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s?[./]\s?(?P<mo>\d{1,2})\s?[./]\s?(?P<y>(?:19|20)?\d{2})(?!\d)" + f"(?:{_SEP}{_TIME})?",
    re.I,
)
_YMD_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[./](?P<mo>\d{1,2})[./](?P<d>\d{1,2})(?!\d)" + f"(?:{_SEP}{_TIME})?",
    re.I,
)
_DAY_MONTH_RE = re.compile(
    rf"(?<!\w)(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th|er|º)?\s*(?:de\s+)?(?P<mon>{_MONTH_RE})\.?,?\s*(?:de\s+)?"
    rf"(?P<y>(?:19|20)\d{{2}})(?:{_SEP}{_TIME})?",
    re.I,
)
_MONTH_DAY_RE = re.compile(
    rf"(?<!\w)(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})"
    rf"(?:{_SEP}{_TIME})?",
    re.I,
)

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
    r"(?:(?:vor|il y a|hace|pred|há|fa)\s+)?(?P<n>\d+|an?|one|einer?|einem)\s+(?P<unit>[a-zà-žñ]+?)s?\.?"
    r"(?:\s+(?:ago|fa|atrás))?\b",
    re.I,
)
_RELATIVE_HINT = re.compile(r"\b(ago|vor|il y a|hace|pred|há|fa|atrás)\b", re.I)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


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


def _build(y: int, mo: int, d: int, hms: tuple[int, int, int] | None, tz: str | None = None) -> str | None:
    try:
        if hms is None:
            return datetime(y, mo, d).date().isoformat()
        value = datetime(y, mo, d, *hms).isoformat()
    except ValueError:
        return None
    if tz:
        value += "+00:00" if tz == "Z" else (tz if ":" in tz else tz[:3] + ":" + tz[3:])
    return value


def parse_iso(text: str | None) -> str | None:
    """An ISO 8601 value as written in an attribute (`datetime`, `content`, `title`), normalised."""
    if not text:
        return None
    text = text.strip()
    m = _ISO_RE.match(text)
    if not m:
        if text.isdigit() and len(text) in (10, 13):  # epoch seconds or milliseconds
            try:
                from datetime import UTC

                seconds = int(text) / (1000 if len(text) == 13 else 1)
                return datetime.fromtimestamp(seconds, UTC).replace(microsecond=0).isoformat()
            except (ValueError, OverflowError, OSError):
                return None
        return None
    hms = (int(m["h"]), int(m["mi"]), int(m["s"] or 0)) if m["h"] else None
    if hms and (hms[0] > 23 or hms[1] > 59 or hms[2] > 59):
        hms = None
    return _build(int(m["y"]), int(m["mo"]), int(m["d"]), hms, m["tz"] if hms else None)


def parse_date_text(text: str | None) -> str | None:
    """A date as a page prints it ("18. Oktober 2023 - 13:11", "February 20, 2019 at 3:42 pm",
    "14.01.2020, 13:47", "2019-02-20 15:42"); the first date found in the text."""
    if not text or len(text) > 400:
        return None
    best: tuple[int, str] | None = None
    for regex in (_ISO_RE, _YMD_RE, _NUMERIC_RE, _DAY_MONTH_RE, _MONTH_DAY_RE):
        m = regex.search(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("mon"):
            mo = _MONTHS.get(groups["mon"].lower().rstrip("."))
            if mo is None:
                continue
        else:
            mo = int(groups["mo"])
        day = int(groups["d"])
        if regex is _NUMERIC_RE and mo > 12 and day <= 12 and "/" in m.group(0):
            mo, day = day, mo  # 10/18/2019: month first, as US pages write it
        iso = regex is _ISO_RE
        value = parse_iso(m.group(0)) if iso else _build(_year(groups["y"]), mo, day, _hour(m))
        if value and (best is None or m.start() < best[0]):
            best = (m.start(), value)
    return best[1] if best else None


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
}
_DAY_WORD_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in _DAY_WORDS) + r")(?!\w)", re.I)


def parse_relative(text: str | None, anchor: datetime | None) -> str | None:
    """ "3 hours ago", "vor 2 Tagen", "pred 2 hodiny", "hace 5 minutos", "gestern, 14:20" counted back
    from anchor (a date the page itself gives); None without an anchor."""
    if not text or anchor is None or len(text) > 80:
        return None
    day_word = _DAY_WORD_RE.search(text)
    if day_word:
        day = (anchor - timedelta(days=_DAY_WORDS[day_word.group(1).lower()])).date()
        clock = re.search(r"(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)", text[day_word.end() :])
        if clock and int(clock.group(1)) < 24 and int(clock.group(2)) < 60:
            hour, minute = int(clock.group(1)), int(clock.group(2))
            return datetime(day.year, day.month, day.day, hour, minute).isoformat()
        return day.isoformat()
    if not _RELATIVE_HINT.search(text):
        return None
    m = _RELATIVE_RE.search(text)
    if not m:
        return None
    unit = m["unit"].lower()
    seconds = _UNITS.get(unit) or _UNITS.get(unit.rstrip("ns")) or _UNITS.get(unit.rstrip("e"))
    if seconds is None:
        for name, value in _UNITS.items():
            if len(name) >= 3 and unit.startswith(name):
                seconds = value
                break
    if seconds is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else 1
    when = anchor - timedelta(seconds=n * seconds)
    if seconds >= 86400:
        return when.date().isoformat()
    return when.replace(second=0, microsecond=0).isoformat()


def to_datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


_YEARLESS_RE = re.compile(
    rf"(?<!\w)(?:(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})\.?\s*(?P<mon2>{_MONTH_RE})\.?)"
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
    mon = _MONTHS.get((m["mon"] or m["mon2"] or "").lower().rstrip("."))
    day = int(m["d"] or m["d2"])
    if mon is None:
        return None
    year = anchor.year
    if (mon, day) > (anchor.month, anchor.day):
        year -= 1
    return _build(year, mon, day, _hour(m))
