"""Byline strings to clean person names: no "By", no dates, no job titles, one name per entry."""

from __future__ import annotations

import html
import re
from typing import Any

from autocrawl.extraction.common.dates import month_number

_PREFIX = re.compile(
    r"^(?:(?:written|posted|published|reported|text|story|words|photos?|video|interview|edited|"
    r"compiled|updated|geschrieben|verfasst|ein (?:beitrag|artikel|kommentar|gastbeitrag|essay|interview)|"
    r"eine (?:analyse|kolumne|glosse|reportage|rezension|kritik)|gastbeitrag|kommentar|analyse|kolumne|glosse|reportage|"
    r"(?:an? )?(?:column|essay|review|commentary|analysis|opinion)|"
    # CMS byline phrases: "Post author By", "Erstellt von", "View all posts by", "Zeige alle Beiträge von"
    r"post|erstellt|eingestellt|gespeichert|(?:blog ?)?beitrag|ein interview|artikel|article|pressemitteilung|publié|publicado|escrito|scritto|"
    r"geplaatst|(?:view |see |zeige )?(?:all|alle|more|mehr|weitere) (?:posts|articles|stories|beiträge|artikel))\s+)?"
    # An author box's heading: "About the author", "Über die Autorin", "À propos de l'auteur", "Sobre el autor"
    r"(?:(?:about the|über (?:den|die)|sobre (?:el|la)|à propos de)\s+(?:l['’])?)?"
    r"(?:by|von|vom|par|door|por|per|di|da|av|af|de|from|autor(?:in|[:*_]?innen)?|author|auteur|autore|redaktion|"
    r"text|reporter|fotos?|photos?|bild|quelle|source|texte|written by|interview(?=\s*:))\b\s*[:.]?\s*",
    re.I,
)
# Word conjunctions only between spaces: "e.V." must not split at the Italian "e" (→ a name "V").
_SPLIT = re.compile(r"\s*(?:[,;|•·、，]|\s&\s)\s*|\s+(?:(?i:and|und)|et|y|e|og|och|en|i|oraz|a)\s+")
_JOB = re.compile(
    r"\b(?:reporter|redakteur(?:in)?|korrespondent(?:in)?|correspondent|journalist(?:in)?|editor|writer|"
    r"columnist|kolumnist(?:in)?|contributor|chefredakteur(?:in)?|ressortleiter(?:in)?|staff|senior|"
    r"chief|head of|\w*leiter(?:in)?|\w*referent(?:in)?|\w*sprecher(?:in)?|redaktorin|redaktor|redacteur|rédacteur|rédactrice|envoyé|envoyée|"
    r"special|spezial|professor|prof\.|director|analyst|producer|photographer|fotograf(?:in)?|"
    r"freie? (?:autor|mitarbeiter)|mitarbeiter(?:in)?|volontär(?:in)?|moderator(?:in)?|"
    r"for the|für die|for|aus|in|at|mit|with|@)\b.*$",
    re.I,
)
_DATEISH = re.compile(
    r"\b(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}|updated|aktualisiert|published|veröffentlicht|"
    r"uhr|am \d|on \w+ \d|\d+ (?:min|minutes?|hours?|stunden?|tagen?|days?) ago|\d+\s*(?:min|minutes?) read)\b.*$",
    re.I,
)
_JUNK = re.compile(
    r"https?://|www\.|\.(?:com|html?)\b|@|\bcopyright\b|©|\bfollow\b|\bshare\b|\bemail\b|"
    r"^(?:image|images|foto|fotos|photo|photos|bild|picture)\b|getty images|"
    r"\b(?:anzeigen|ansehen|afficher|profil|profile|archiv|archive|view|show)\b|"  # profile/archive links
    r"\b(?:designed|powered|theme)\b|wordpress|\[at\]|\(at\)",  # theme credits, obfuscated e-mail addresses
    re.I,
)
# A profile link's tail after the name: "Johanna Kropfitsch Alle Artikel", "Jane Doe All posts".
_SUFFIX = re.compile(r"\s+(?:alle (?:artikel|beiträge)|all (?:posts|articles|stories)|more posts|mehr)$", re.I)
_NOT_NAME = frozenset(
    [
        # Labels and placeholders that stand where a name would ("Publiziert am", "Datum:", "No Author").
        "publiziert",
        "alle beiträge",
        "alle artikel",
        "all posts",
        "datum",
        "no author",
        "artikel",
        "beitrag",
        "unbenannt",
        "publisher",
        "herausgeber",
        "super user",
        "anónimo",
        "anonym",
        "anonyme",
        "red",
        "zvg",
        "admin",
        "administrator",
        "editorial",
        "staff",
        "team",
        "unknown",
        "anonymous",
        "guest",
        "user",
        "newsroom",
        "desk",
        "the",
        "more",
        "mehr",
        "weitere",
        "autoren",
        "authors",
        "author",
        "autor",
        "posted",
        "geschrieben",
        "publié",
        "publicado",
        "veröffentlicht",
    ]
)
_CJK_ROLE = re.compile(r"\s*(?:기자|특파원|논설위원|선임기자|记者|記者|特派員|編集委員|通讯员|報導)$")
_TRAILING_WORD = re.compile(r"\s+(am|um|on|at|le|el|il|den|der|the|vom|from|in)$", re.I)
# Words a date leaves behind after a name: "Tomas Spahn Fr, 18. Oktober", "X am Samstag", "X 07 Dezember".
_WEEKDAY_WORDS = (
    "mo di mi do fr sa so mon tue wed thu fri sat sun montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche lunes martes miércoles jueves viernes sábado domingo"
)
_WEEKDAYS = frozenset(_WEEKDAY_WORDS.split())
# Degrees and post-nominals split off at a comma ("Grant Tinsley, PhD"): not names of their own.
_DEGREE = re.compile(
    r"(?:ph\.?\s?d|m\.?d|d\.?o|msc?|m\.?a|b\.?a|bsc|mba|mph|rdn?|ld|rn|cscs|cpt|llm|ll\.?m|dr|prof|jr|sr|"
    r"esq|dipl\.?[-\w]*|mag|fache|facp|fnp|np|pa-c|cfp|cfa|cpa)\.?",
    re.I,
)
# A labelled field inside a longer line: "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet".
_LABELLED = re.compile(
    r"\b(?:autor(?:in|en|[:*_]?innen)?|author|auteur|autore|verfasser(?:in)?|written by)\s*:\s*(.+?)(?=\s+[^\W\d]+\s*:|$)",
    re.I,
)
# "Posted on September 21, 2020 by Adi Tzlil": the name follows a "by" that comes after a date.
_INNER_BY = re.compile(r"^(.*?\d.*?)\s(?:by|von|par|por|door|av|af)\s+(\S.*)$", re.I)
_FOOTNOTE = re.compile(r"(?<=[^\W\d_]{2})\d{1,2}[*†]?$")  # "Marwan H. Adwan1": an affiliation mark
_NEWSROOM = frozenset(["redaktion", "die redaktion", "redacción", "rédaction", "redazione", "redactie"])
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")  # soft hyphens, zero-width marks
# An outlet or agency in capitals after a name in mixed case: "Meg Wagner NEW YORK DAILY NEWS",
# "Saibal Dasgupta / TNN". One word in capitals alone stays: "Jean DUPONT" writes the surname so.
_CAPS_TAIL = re.compile(r"(?<=[^\W\d_A-Z])(?:\s*/\s*[A-Z][A-Z.&-]+|(?:\s+[A-Z][A-Z.&-]+){2,})$")
_HANDLE = re.compile(r"(?<=\w)\s+@\w+$")
_PAREN_TAIL = re.compile(r"(?<=\w)\s*\([^()]*\)?$")
_EDGE_MARKS = " \t\n-–—:|,.;()[]\"'“”„»«›‹→←*/"
MAX_NAME_WORDS = 6


def clean_name(raw: str) -> str | None:
    """One cleaned name, or None when what is left is not a plausible name."""
    name = " ".join(_INVISIBLE.sub("", raw).split()).strip(_EDGE_MARKS)
    if name.lower() in _NEWSROOM:
        return name  # "Redaktion" alone is the credit the page gives (the desk), not a "Redaktion: X" label
    for _ in range(2):
        name = _PREFIX.sub("", name).strip(" -–—:|,.")
    paren = _PAREN_TAIL.search(name)  # "Jane Doe (Sponsored Post)", "Jane Doe (Pressesprecherin)": a role
    if paren and _JUNK.search(paren.group(0)):
        return None  # "Deutsche Welle (www.dw.com)": a site credit
    name = name[: paren.start()] if paren else name
    name = _DATEISH.sub("", name).strip(" -–—:|,.(")
    name = _TRAILING_WORD.sub("", name)
    name = _CAPS_TAIL.sub("", name)
    name = _HANDLE.sub("", name)  # "Williams Perdomo @wperdomod": the social handle after the name
    name = _CJK_ROLE.sub("", name).strip()  # "신현주 기자": the role follows the name
    if sum(c.isdigit() for c in name) > 2:  # a date or a count, not a name
        return None
    words = name.split()
    while len(words) > 1 and (
        words[-1].lower().strip(".,") in _WEEKDAYS or month_number(words[-1]) or not any(c.isalpha() for c in words[-1])
    ):
        words.pop()
    name = _TRAILING_WORD.sub("", " ".join(words))
    name = _CAPS_TAIL.sub("", name)  # the outlet before a date that is gone now: "X NEW YORK DAILY NEWS Dec 16"
    words = name.split()
    if len(words) > 1:
        name = _FOOTNOTE.sub("", name)
    name = _SUFFIX.sub("", name).strip(_EDGE_MARKS)
    if (name.lower() in _WEEKDAYS or month_number(name)) and any(c.isdigit() for c in raw):
        return None  # what is left of a date split off at a comma ("..., November 3, 2019"), not "Jan"
    if len(name) < 2 or name.isdigit() or _JUNK.search(name):
        return None
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half > 1 and words[:half] == words[half:]:  # ("Li Li" is a name)
        words = words[:half]  # "Jane Doe Jane Doe": a screen-reader copy beside the visible one
        name = " ".join(words)
    if len(words) > MAX_NAME_WORDS or len(name) > 60 or name.lower() in _NOT_NAME:
        return None
    return name


def split_byline(raw: str) -> list[str]:
    """'By Jane Doe and John Roe, Staff Writers' -> ['Jane Doe', 'John Roe']."""
    text = " ".join(html.unescape(raw or "").split())  # "Redacci&oacute;n" is one name
    if not text or len(text) > 300:
        return []
    labelled = _LABELLED.search(text)
    if labelled:
        text = labelled.group(1)
    inner = _INNER_BY.match(text)
    if inner and len(inner.group(1)) < 60:
        text = inner.group(2)
    text = _DATEISH.sub("", text)
    names: list[str] = []
    parts = _SPLIT.split(text)
    for i, part in enumerate(parts):
        part = part.strip() if part.strip().lower() in _NEWSROOM else _PREFIX.sub("", part.strip()).strip()
        if not part:
            continue
        if i > 0 and (_JOB.match(part) or _DEGREE.fullmatch(part)):  # "..., Senior Reporter", "..., PhD"
            continue
        stripped = _JOB.sub("", part).strip() if len(part.split()) > 2 else part
        name = clean_name(stripped or part)
        if name and name.lower() not in (n.lower() for n in names):
            names.append(name)
    return names


def names_from_jsonld(value: Any, depth: int = 0) -> tuple[list[str], list[str]]:
    """(people, organisations) named by a JSON-LD author value."""
    people: list[str] = []
    orgs: list[str] = []
    if depth > 4 or value is None:
        return people, orgs
    if isinstance(value, str):
        if not value.startswith("http"):
            people.extend(split_byline(value))
    elif isinstance(value, list):
        for item in value:
            p, o = names_from_jsonld(item, depth + 1)
            people.extend(p)
            orgs.extend(o)
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            name = " ".join(str(n) for n in name)
        if not isinstance(name, str) or not name.strip():
            given, family = value.get("givenName"), value.get("familyName")
            name = f"{given} {family}" if isinstance(given, str) and isinstance(family, str) else None
        if isinstance(name, str):
            kind = str(value.get("@type", "")).lower()
            if "organization" in kind or "organisation" in kind or "newsmedia" in kind:
                cleaned = clean_name(name)
                if cleaned:
                    orgs.append(cleaned)
            else:
                people.extend(split_byline(name))
    return people, orgs


def dedupe(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        key = " ".join(name.casefold().split())
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
