"""The one table of month names: every language's names, and which month a name means.

A few names mean different months in different languages: Croatian "listopad(a)" is October,
Polish and Czech "listopad(a)" November. With the page's language known, its own reading wins
(`month_number(word, lang)`); otherwise the reading of the language listed first in `_NAMES`
(the languages are listed from the more to the less common on the web, so Polish before Croatian).

Besides the names, a month's name and its first variant in a language (further variants are ASCII
stand-ins, "jaenner") give their first three letters as a short form when longer ("Okt.", "Dez",
"févr." are written so); a short form shared by two months is read by the language listed first.
"marco" (Portuguese "março" without its cedilla) and "marc" (Catalan "març" so) are left out: they
are given names and surnames, and author cleanup asks this table whether a byline's last word is a
month.
"""

from __future__ import annotations

import re

# Per language, twelve entries (January first); each entry lists the names of that month as
# dates write them: nominative and genitive, with and without accents, and written abbreviations.
_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
        "august aug", "september sep sept", "october oct", "november nov", "december dec",
    ),
    "de": (
        "januar jänner jaenner", "februar feber", "märz maerz mrz", "april", "mai", "juni", "juli",
        "august", "september", "oktober okt", "november", "dezember dez",
    ),
    "fr": (
        "janvier janv", "février fevrier févr", "mars", "avril avr", "mai", "juin", "juillet juil",
        "août aout", "septembre", "octobre", "novembre", "décembre decembre déc",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
        "ottobre", "novembre", "dicembre",
    ),
    "pt": (
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
        "outubro", "novembro", "dezembro",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december",
    ),
    # Russian: genitive, as dates write it, and nominative.
    "ru": (
        "января январь", "февраля февраль", "марта март", "апреля апрель", "мая май", "июня июнь",
        "июля июль", "августа август", "сентября сентябрь", "октября октябрь", "ноября ноябрь",
        "декабря декабрь",
    ),
    # Polish: genitive and nominative.
    "pl": (
        "stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj",
        "czerwca czerwiec", "lipca lipiec", "sierpnia sierpień", "września wrzesień",
        "października październik", "listopada listopad", "grudnia grudzień",
    ),
    # Turkish; upper case lower-cases to a dotted i ("KASIM" -> "kasim"), and many sites drop the marks.
    "tr": (
        "ocak", "şubat subat", "mart", "nisan", "mayıs mayis", "haziran", "temmuz", "ağustos agustos",
        "eylül eylul", "ekim", "kasım kasim", "aralık aralik",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
        "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    "id": (
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
        "oktober", "november", "desember",
    ),
    "ms": ("", "", "", "", "", "", "", "ogos", "", "", "", "disember"),
    "cs": (
        "ledna leden", "února únor", "března březen", "dubna duben", "května květen", "června červen",
        "července červenec", "srpna srpen", "září", "října říjen", "listopadu listopad",
        "prosince prosinec",
    ),
    "sk": (
        "januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra",
        "októbra", "novembra", "decembra",
    ),
    "hu": (
        "január januári", "február februári", "március márciusa", "április áprilisa", "május májusa",
        "június júniusa", "július júliusa", "augusztus", "szeptember", "október", "november",
        "december",
    ),
    "ro": (
        "ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
        "octombrie", "noiembrie", "decembrie",
    ),
    "el": (
        "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου μαίου", "ιουνίου", "ιουλίου",
        "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου",
    ),
    "uk": (
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
        "жовтня", "листопада", "грудня",
    ),
    "bg": (
        "януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври",
        "ноември", "декември",
    ),
    "fi": (
        "tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
        "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta",
    ),
    "lt": (
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
        "rugsėjo", "spalio", "lapkričio", "gruodžio",
    ),
    # Croatian: genitive, as dates write it; "listopad" (October) is the nominative that clashes.
    "hr": (
        "siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna",
        "listopada listopad", "studenoga", "prosinca",
    ),
    "ca": (
        "gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
        "octubre", "novembre", "desembre",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
        "oktober", "november", "december",
    ),
    "da": (
        "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
        "oktober", "november", "december",
    ),
    "nb": (
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember",
    ),
    # Slovenian: nominative and genitive.
    "sl": (
        "januar januarja", "februar februarja", "marec marca", "april aprila", "maj maja",
        "junij junija", "julij julija", "avgust avgusta", "september septembra", "oktober oktobra",
        "november novembra", "december decembra",
    ),
    "hi": (
        "जनवरी", "फ़रवरी फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर सितम्बर", "अक्टूबर",
        "नवंबर नवम्बर", "दिसंबर दिसम्बर",
    ),
}  # fmt: skip
# Languages whose dates do not shorten a month's name to its first letters.
_NO_SHORT_FORMS = frozenset({"hi"})


_SHORT_FROM = 2


def _build() -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    default: dict[str, int] = {}
    by_lang: dict[str, dict[str, int]] = {}
    for lang, months in _NAMES.items():
        own = by_lang.setdefault(lang, {})
        for number, names in enumerate(months, start=1):
            for name in names.split():
                own[name] = number
                default.setdefault(name, number)
    for lang, months in _NAMES.items():  # short forms, after every written name: a name wins
        if lang in _NO_SHORT_FORMS:
            continue
        for number, names in enumerate(months, start=1):
            for name in names.split()[:_SHORT_FROM]:
                if len(name) > 3:
                    default.setdefault(name[:3], number)
    return default, by_lang


MONTHS, _BY_LANG = _build()
# The names as written (no derived short forms), for patterns that strip month words from text.
WRITTEN_NAMES: frozenset[str] = frozenset(name for own in _BY_LANG.values() for name in own)


def month_number(word: str, lang: str | None = None) -> int | None:
    """The month a name means (1-12), read in the page's language when given ("de", "hr-HR")."""
    word = word.lower().rstrip(".")
    if lang:
        own = _BY_LANG.get(lang.lower().replace("_", "-").split("-")[0])
        if own and word in own:
            return own[word]
    return MONTHS.get(word)


def alternation(names: frozenset[str] | dict[str, int]) -> str:
    """A regex alternation of the names, longest first (so "marzo" is tried before "mar")."""
    return "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True))


MONTH_RE = alternation(MONTHS)
