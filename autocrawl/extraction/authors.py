"""Byline strings to clean person names: no "By", no dates, no job titles, one name per entry."""

from __future__ import annotations

import html
import re
from typing import Any

_PREFIX = re.compile(
    r"^(?:(?:written|posted|published|reported|text|story|words|photos?|video|interview|edited|"
    r"compiled|updated|geschrieben|verfasst|ein (?:beitrag|artikel|kommentar)|eine analyse|"
    r"ein gastbeitrag|gastbeitrag|kommentar|analyse)\s+)?"
    r"(?:by|von|vom|par|door|por|per|di|da|av|af|de|from|autor(?:in)?|author|auteur|autore|redaktion|"
    r"text|reporter|fotos?|photos?|bild|quelle|source|texte|written by)\b\s*[:.]?\s*",
    re.I,
)
_SPLIT = re.compile(
    r"\s*(?:[,;|•·]|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\bi\b|\boraz\b|\ba\b)\s*"
)
_JOB = re.compile(
    r"\b(?:reporter|redakteur(?:in)?|korrespondent(?:in)?|correspondent|journalist(?:in)?|editor|writer|"
    r"columnist|kolumnist(?:in)?|contributor|chefredakteur(?:in)?|ressortleiter(?:in)?|staff|senior|"
    r"chief|head of|leiter(?:in)?|redaktorin|redaktor|redacteur|rédacteur|rédactrice|envoyé|envoyée|"
    r"special|spezial|professor|prof\.|director|analyst|producer|photographer|fotograf(?:in)?|"
    r"freie? (?:autor|mitarbeiter)|mitarbeiter(?:in)?|volontär(?:in)?|moderator(?:in)?|"
    r"for the|für die|for|aus|in|at|@)\b.*$",
    re.I,
)
_DATEISH = re.compile(
    r"\b(\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}|updated|aktualisiert|published|veröffentlicht|"
    r"uhr|am \d|on \w+ \d|\d+ (?:min|minutes?|hours?|stunden?|tagen?|days?) ago)\b.*$",
    re.I,
)
_JUNK = re.compile(
    r"https?://|www\.|\.(?:com|html?)\b|@|\bcopyright\b|©|\bfollow\b|\bshare\b|\bemail\b|"
    r"^(?:image|images|foto|fotos|photo|photos|bild|picture)\b|getty images",
    re.I,
)
_NOT_NAME = frozenset(
    [
        "admin",
        "administrator",
        "redaktion",
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
MAX_NAME_WORDS = 6


def clean_name(raw: str) -> str | None:
    """One cleaned name, or None when what is left is not a plausible name."""
    name = re.sub(r"\s+", " ", raw).strip(" \t\n-–—:|,.;()[]\"'“”„")
    for _ in range(2):
        name = _PREFIX.sub("", name).strip(" -–—:|,.")
    name = _DATEISH.sub("", name).strip(" -–—:|,.(")
    name = _TRAILING_WORD.sub("", name)
    name = _CJK_ROLE.sub("", name).strip()  # "신현주 기자": the role follows the name
    if not name or _JUNK.search(name):
        return None
    words = name.split()
    if len(words) > MAX_NAME_WORDS or len(name) > 60 or name.lower() in _NOT_NAME:
        return None
    if sum(c.isdigit() for c in name) > 2:
        return None
    return name


def split_byline(raw: str) -> list[str]:
    """'By Jane Doe and John Roe, Staff Writers' -> ['Jane Doe', 'John Roe']."""
    text = re.sub(r"\s+", " ", html.unescape(raw or "")).strip()  # "Redacci&oacute;n" is one name
    if not text or len(text) > 300:
        return []
    text = _DATEISH.sub("", text)
    names: list[str] = []
    parts = _SPLIT.split(text)
    for i, part in enumerate(parts):
        part = _PREFIX.sub("", part.strip()).strip()
        if not part:
            continue
        if i > 0 and _JOB.match(part):  # "..., Senior Reporter" after a name
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
