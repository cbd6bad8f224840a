"""Ages as comment widgets print them in languages whose words the Latin age pattern of `dates` does
not read: "3 часа назад", "2 घंटे पहले", "3시간 전", "3小时前", "منذ 3 ساعات", "3 jam yang lalu".

Each language is a number, a unit word and a word that says "ago", before the number or after the
unit. The words are language data, like the month table: no site's wording. `read_age` gives the
age a short text shows; `AGE_MARKERS` the "ago" words, for the cheap tests that look for them first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

_MINUTE, _HOUR, _DAY, _WEEK, _MONTH, _YEAR = 60, 3600, 86400, 604800, 2592000, 31536000


@dataclass(frozen=True)
class AgeForm:
    """One language's way of writing an age: its "ago" words before the number or after the unit,
    and its unit words (every inflection a count takes) in seconds."""

    before: tuple[str, ...]
    after: tuple[str, ...]
    units: dict[str, int]


class Age(NamedTuple):
    """An age found in a text: `number` units of `unit` seconds, written at text[start:end]."""

    number: int
    unit: int
    start: int
    end: int


def _units(seconds_by_words: dict[int, str]) -> dict[str, int]:
    return {word: seconds for seconds, words in seconds_by_words.items() for word in words.split()}


# Languages by their ISO 639-1 code (a form may serve several).
AGE_FORMS: dict[str, AgeForm] = {
    "ru": AgeForm((), ("назад",), _units({
        1: "секунду секунды секунд", _MINUTE: "минуту минуты минут", _HOUR: "час часа часов",
        _DAY: "день дня дней", _WEEK: "неделю недели недель", _MONTH: "месяц месяца месяцев", _YEAR: "год года лет",
    })),
    "uk": AgeForm((), ("тому",), _units({
        1: "секунду секунди секунд", _MINUTE: "хвилину хвилини хвилин", _HOUR: "годину години годин",
        _DAY: "день дні днів", _WEEK: "тиждень тижні тижнів", _MONTH: "місяць місяці місяців", _YEAR: "рік роки років",
    })),
    "pl": AgeForm((), ("temu",), _units({
        1: "sekundę sekundy sekund", _MINUTE: "minutę minuty minut", _HOUR: "godzinę godziny godzin",
        _DAY: "dzień dni", _WEEK: "tydzień tygodnie tygodni", _MONTH: "miesiąc miesiące miesięcy", _YEAR: "rok lata lat",
    })),
    "cs": AgeForm(("před",), (), _units({
        1: "sekundou sekundami", _MINUTE: "minutou minutami", _HOUR: "hodinou hodinami", _DAY: "dnem dny",
        _WEEK: "týdnem týdny", _MONTH: "měsícem měsíci", _YEAR: "rokem lety",
    })),
    "tr": AgeForm((), ("önce",), _units({
        1: "saniye", _MINUTE: "dakika dk", _HOUR: "saat sa", _DAY: "gün", _WEEK: "hafta", _MONTH: "ay", _YEAR: "yıl sene",
    })),
    "nl": AgeForm((), ("geleden",), _units({
        1: "seconde seconden", _MINUTE: "minuut minuten min", _HOUR: "uur", _DAY: "dag dagen", _WEEK: "week weken",
        _MONTH: "maand maanden", _YEAR: "jaar",
    })),
    "sv": AgeForm((), ("sedan", "siden"), _units({
        1: "sekund sekunder", _MINUTE: "minut minuter minutter min", _HOUR: "timme timmar time timer",
        _DAY: "dag dagar dage døgn", _WEEK: "vecka veckor uke uker uge uger", _MONTH: "månad månader måned måneder",
        _YEAR: "år",
    })),
    "fi": AgeForm((), ("sitten",), _units({
        1: "sekunti sekuntia", _MINUTE: "minuutti minuuttia", _HOUR: "tunti tuntia", _DAY: "päivä päivää",
        _WEEK: "viikko viikkoa", _MONTH: "kuukausi kuukautta", _YEAR: "vuosi vuotta",
    })),
    "hu": AgeForm((), ("ezelőtt",), _units({
        1: "másodperccel", _MINUTE: "perccel", _HOUR: "órával", _DAY: "nappal", _WEEK: "héttel", _MONTH: "hónappal",
        _YEAR: "évvel",
    })),
    "ro": AgeForm(("acum",), (), _units({
        1: "secundă secunde", _MINUTE: "minut minute", _HOUR: "oră ore", _DAY: "zi zile", _WEEK: "săptămână săptămâni",
        _MONTH: "lună luni", _YEAR: "an ani",
    })),
    "it": AgeForm((), ("fa",), _units({
        1: "secondo secondi", _MINUTE: "minuto minuti", _HOUR: "ora ore", _DAY: "giorno giorni",
        _WEEK: "settimana settimane", _MONTH: "mese mesi", _YEAR: "anno anni",
    })),
    "el": AgeForm(("πριν από", "πριν"), (), _units({
        1: "δευτερόλεπτο δευτερόλεπτα", _MINUTE: "λεπτό λεπτά", _HOUR: "ώρα ώρες", _DAY: "μέρα μέρες ημέρα ημέρες",
        _WEEK: "εβδομάδα εβδομάδες", _MONTH: "μήνα μήνες", _YEAR: "χρόνο χρόνια",
    })),
    "id": AgeForm((), ("yang lalu", "lalu"), _units({
        1: "detik", _MINUTE: "menit minit", _HOUR: "jam", _DAY: "hari", _WEEK: "minggu", _MONTH: "bulan",
        _YEAR: "tahun",
    })),
    "vi": AgeForm((), ("trước",), _units({
        1: "giây", _MINUTE: "phút", _HOUR: "giờ tiếng", _DAY: "ngày", _WEEK: "tuần", _MONTH: "tháng", _YEAR: "năm",
    })),
    "hi": AgeForm((), ("पहले", "पूर्व"), _units({
        1: "सेकंड", _MINUTE: "मिनट", _HOUR: "घंटा घंटे घंटों", _DAY: "दिन", _WEEK: "हफ्ता हफ्ते हफ़्ता हफ़्ते सप्ताह",
        _MONTH: "महीना महीने", _YEAR: "साल वर्ष",
    })),
    "th": AgeForm((), ("ที่แล้ว", "ก่อน"), _units({
        1: "วินาที", _MINUTE: "นาที", _HOUR: "ชั่วโมง", _DAY: "วัน", _WEEK: "สัปดาห์ อาทิตย์", _MONTH: "เดือน", _YEAR: "ปี",
    })),
    "ar": AgeForm(("منذ", "قبل"), (), _units({
        1: "ثانية ثوان ثواني", _MINUTE: "دقيقة دقائق", _HOUR: "ساعة ساعات", _DAY: "يوم أيام ايام",
        _WEEK: "أسبوع أسابيع اسبوع", _MONTH: "شهر أشهر شهور", _YEAR: "سنة سنوات عام أعوام",
    })),
    "he": AgeForm(("לפני",), (), _units({
        1: "שנייה שניות", _MINUTE: "דקה דקות", _HOUR: "שעה שעות", _DAY: "יום ימים", _WEEK: "שבוע שבועות",
        _MONTH: "חודש חודשים", _YEAR: "שנה שנים",
    })),
    "ko": AgeForm((), ("전",), _units({
        1: "초", _MINUTE: "분", _HOUR: "시간", _DAY: "일", _WEEK: "주 주일", _MONTH: "개월 달", _YEAR: "년",
    })),
    # Japanese and Chinese share the characters: "3時間前", "3小时前", "5分鐘前"
    "ja": AgeForm((), ("以前", "前"), _units({
        1: "秒 秒钟 秒鐘", _MINUTE: "分 分钟 分鐘", _HOUR: "時間 小时 小時 个小时 個小時", _DAY: "日 天",
        _WEEK: "週 週間 周 星期", _MONTH: "か月 ヶ月 カ月 ケ月 个月 個月", _YEAR: "年",
    })),
}  # fmt: skip
AGE_FORMS["zh"] = AGE_FORMS["ja"]
AGE_FORMS["sk"] = AGE_FORMS["cs"]
AGE_FORMS["no"] = AGE_FORMS["nb"] = AGE_FORMS["nn"] = AGE_FORMS["da"] = AGE_FORMS["sv"]
AGE_FORMS["ms"] = AGE_FORMS["id"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _compile(form: AgeForm) -> re.Pattern[str]:
    """The form's age: "<before> N <unit>" or "N <unit> <after>". The number stands apart from other
    digits; a unit after the number is a whole word (`(?!\\w)`) unless the "ago" word follows at once."""
    units = _alternation(list(form.units))
    branches = []
    if form.before:
        branches.append(rf"(?<!\w)(?:{_alternation(list(form.before))})\s*(?P<n1>\d+)\s*(?P<u1>{units})(?!\w)")
    if form.after:
        branches.append(rf"(?<![\d.,])(?P<n2>\d+)\s*(?P<u2>{units})\s*(?:{_alternation(list(form.after))})")
    return re.compile("|".join(branches), re.I)


_PATTERNS: dict[int, re.Pattern[str]] = {}
_FORM_OF_MARKER: dict[str, list[AgeForm]] = {}
for _form in AGE_FORMS.values():
    if id(_form) not in _PATTERNS:
        _PATTERNS[id(_form)] = _compile(_form)
        for _marker in (*_form.before, *_form.after):
            _FORM_OF_MARKER.setdefault(_marker, []).append(_form)

# Every "ago" word, longest first: one search tells whether any form may apply.
AGE_MARKERS: tuple[str, ...] = tuple(sorted(_FORM_OF_MARKER, key=len, reverse=True))
_MARKER = re.compile(_alternation(list(AGE_MARKERS)), re.I)


def read_age(text: str) -> Age | None:
    """The age a short text shows in one of `AGE_FORMS`."""
    tried: set[int] = set()
    for marker in _MARKER.finditer(text):
        for form in _FORM_OF_MARKER.get(marker.group(0).lower(), ()):
            if id(form) in tried:
                continue
            tried.add(id(form))
            for m in _PATTERNS[id(form)].finditer(text):
                found = m.groupdict()
                number, unit = (found["n1"], found["u1"]) if found.get("n1") else (found["n2"], found["u2"])
                seconds = form.units.get(unit.lower()) or form.units.get(unit)
                if seconds is not None:
                    return Age(int(number), seconds, m.start(), m.end())
    return None
