"""Text the database accepts: valid Unicode without NUL characters.

A lone surrogate (half of a cut emoji, e.g. "\\ud83d" from JSON-LD) cannot be encoded to UTF-8,
so both SQLite and PostgreSQL refuse the row; PostgreSQL also refuses NUL in text. Each lone
surrogate becomes U+FFFD (the replacement character) and each NUL is dropped, so the rest of
the article is kept. Works on nested dicts, lists and dataclass items alike.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

__all__ = ["repair_text", "field_names", "REPLACEMENT"]

REPLACEMENT = "\ufffd"
_INVALID = re.compile("[\ud800-\udfff\x00]")


def _repair_str(text: str) -> tuple[str, int]:
    if not _INVALID.search(text):
        return text, 0
    count = 0
    try:  # a surrogate *pair* given as two code points is one character: join it
        joined = text.encode("utf-16", "surrogatepass").decode("utf-16")
        count, text = len(text) - len(joined), joined
    except UnicodeDecodeError:
        pass

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "" if match.group() == "\x00" else REPLACEMENT

    return _INVALID.sub(replace, text), count


# Values with no text in them: returned as they are without further questions.
_NO_TEXT = frozenset({int, float, bool, type(None), bytes})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # dataclass -> its field names; () for other classes


def field_names(cls: type) -> tuple[str, ...]:
    """The field names of a dataclass (`dataclasses.fields`, asked once per class); () otherwise."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()
        _FIELD_NAMES[cls] = names
    return names


def repair_text(value: Any) -> tuple[Any, int]:
    """(value with every string repaired, number of characters replaced or dropped).
    Dicts and lists are copied when something changed; dataclass instances are changed in place."""
    cls = type(value)
    if isinstance(value, str):
        return _repair_str(value)
    if cls in _NO_TEXT:
        return value, 0
    if isinstance(value, dict):  # keys too: a JSON column's keys are text as well
        total = 0
        out: dict[Any, Any] = {}
        for key, item in value.items():
            new_key, k = _repair_str(key) if isinstance(key, str) else (key, 0)
            out[new_key], n = repair_text(item)
            total += n + k
        return (out, total) if total else (value, 0)
    if isinstance(value, list | tuple):
        repaired = [repair_text(item) for item in value]
        total = sum(n for _, n in repaired)
        return (type(value)(v for v, _ in repaired), total) if total else (value, 0)
    total = 0
    for name in field_names(cls):  # a dataclass instance (a class itself has no fields here)
        new, n = repair_text(getattr(value, name))
        if n:
            setattr(value, name, new)
            total += n
    return value, total
