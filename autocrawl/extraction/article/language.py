"""The language of an article: ISO 639-1 (`de`, not `de-DE`), from what the page declares
(`<html lang>`, `og:locale`, `content-language`) checked against detection on its text.

Detection is py3langid (the langid.py model, shipped inside the package, offline). A page
declares its language in its template, and a template default is sometimes wrong (an English
`lang="en"` on every page of a multilingual site); detection on a few hundred characters of
body is reliable. So: the declaration wins when detection agrees or is unsure, detection wins
when it is confident and the body is long enough, and detection alone is used when nothing is
declared. Measured on the corpora by bench/language_bench.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["normalize_language", "detect_language", "checked_language", "LanguageVerdict"]

# Detection reads this much text (1,000 characters decide as well as 3,000 on the corpora, at a
# third of the CPU: bench/language_bench.py), and overrides a declaration only when confident.
MIN_DETECT_CHARS = 200
MAX_DETECT_CHARS = 1000
OVERRIDE_CONFIDENCE = 0.99
UNDECLARED_CONFIDENCE = 0.9

# ISO 639-2/B and /T codes and names seen in declarations, for the languages news is written in.
_THREE_LETTER = {
    "ger": "de", "deu": "de", "eng": "en", "fre": "fr", "fra": "fr", "spa": "es", "ita": "it", "por": "pt",
    "dut": "nl", "nld": "nl", "pol": "pl", "cze": "cs", "ces": "cs", "rus": "ru", "chi": "zh", "zho": "zh",
    "jpn": "ja", "swe": "sv", "dan": "da", "nor": "no", "fin": "fi", "tur": "tr", "ara": "ar", "gre": "el",
    "ell": "el", "hun": "hu", "rum": "ro", "ron": "ro", "ukr": "uk", "kor": "ko", "heb": "he",
}  # fmt: skip
_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "nb": "no", "nn": "no"}
_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$")


def normalize_language(tag: str | None) -> str | None:
    """'de-DE' -> 'de', 'en_US' -> 'en', 'ger' -> 'de', 'iw' -> 'he'; None for junk ('x', 'undefined')."""
    match = _TAG.match(tag or "")
    if not match:
        return None
    code = match.group(1).lower()
    if len(code) == 3:
        return _THREE_LETTER.get(code)
    return _ALIASES.get(code, code)


@cache
def _identifier() -> Any:
    from py3langid import langid

    from autocrawl.extraction.article.langid_walk import fast_identifier

    return fast_identifier(langid.MODEL_DIR / langid.MODEL_FILE)


def detect_language(text: str | None) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability) detected on the first MAX_DETECT_CHARS of `text`;
    (None, 0.0) for a text shorter than MIN_DETECT_CHARS."""
    sample = (text or "").strip()[:MAX_DETECT_CHARS]
    if len(sample) < MIN_DETECT_CHARS:
        return None, 0.0
    code, probability = _identifier().classify(sample)
    return normalize_language(code), float(probability)


@dataclass(frozen=True)
class LanguageVerdict:
    language: str | None  # what to store
    declared: str | None  # the normalised declaration
    detected: str | None
    confidence: float
    source: str  # "declared", "detected", "declared+detected", "none"


def checked_language(declared: str | None, text: str | None) -> LanguageVerdict:
    """The language to store for a page that declares `declared` and whose body is `text`."""
    norm = normalize_language(declared)
    detected, confidence = detect_language(text)
    if norm and detected == norm:
        return LanguageVerdict(norm, norm, detected, confidence, "declared+detected")
    if detected and confidence >= (OVERRIDE_CONFIDENCE if norm else UNDECLARED_CONFIDENCE):
        return LanguageVerdict(detected, norm, detected, confidence, "detected")
    if norm:
        return LanguageVerdict(norm, norm, detected, confidence, "declared")
    return LanguageVerdict(None, None, detected, confidence, "none")
