"""Stored text is plain text and stored URLs are web addresses: the last checks on every field.

- `repair`: valid, encodable Unicode (surrogate pairs joined, lone surrogates dropped), NFC,
  no NUL or other control characters but newline and tab; one-line fields lose invisible format characters.
- `normalize_text` / `normalize_line`: single spaces, single blank lines between paragraphs.
- `strip_markup`: a tag-like string ("<img src=…>", "</p>") left in the text is removed.
- `web_url`: an http(s) URL, or None (no `javascript:`, `data:`, `vbscript:`…).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

# Invisible format characters that carry no text: soft hyphen, zero-width space, word joiner,
# BOM, bidi marks. ZWJ/ZWNJ (U+200C/D) stay: scripts such as Persian and Devanagari need them.
_INVISIBLE = dict.fromkeys(
    map(ord, "\u00ad\u200b\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2061\u2062\u2063")
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")

# An HTML tag as it would be written in markup: a known element name, then at least one
# "name=value" (an opening tag), or a closing tag. "<a million and fares >" is prose.
_TAG_NAME = (
    "a|abbr|address|area|article|aside|audio|b|base|bdi|bdo|blockquote|body|br|button|canvas|caption|cite|"
    "code|col|colgroup|data|datalist|dd|del|details|dfn|dialog|div|dl|dt|em|embed|fieldset|figcaption|figure|"
    "font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|kbd|label|legend|li|link|main|map|mark|"
    "meta|meter|nav|noscript|object|ol|optgroup|option|output|p|param|picture|pre|progress|q|s|samp|script|"
    "section|select|small|source|span|strong|style|sub|summary|sup|svg|table|tbody|td|template|textarea|tfoot|"
    "th|thead|time|title|tr|track|u|ul|var|video|wbr"
)
_MARKUP_TAG = re.compile(rf"<(?:{_TAG_NAME})\s[^<>]*=[^<>]*>|</(?:{_TAG_NAME})\s*>", re.I)
# A bare opening tag ("<p>", "<br/>") is markup only beside other markup: alone, "an <img> tag"
# is how a text about HTML names an element.
_BARE_TAG = re.compile(rf"<(?:{_TAG_NAME})\s*/?>", re.I)


def repair(text: str) -> str:
    """Encodable Unicode: surrogate pairs (as JSON's "\\ud83d\\ude00" decodes) become the
    character they stand for, a lone surrogate (a cut emoji) is dropped; NFC; no control
    characters except newline and tab."""
    if _SURROGATE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")
        text = _SURROGATE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def normalize_text(text: str | None, invisible: bool = True) -> str:
    """`repair`, single spaces, single blank lines between paragraphs, stripped. With
    `invisible=False` format characters such as soft hyphens go too (a name, a caption); a body
    keeps them as the publisher wrote them (they break words where the text wraps)."""
    if not text:
        return ""
    text = repair(text.replace("\t", " "))
    if not invisible and not text.isascii():
        text = text.translate(_INVISIBLE)
    if "\u2028" in text or "\u2029" in text:  # whitespace to str.split(), not a space here
        lines = [line.strip() for line in _SPACES.sub(" ", text).split("\n")]  # no space run spans a line break
    else:
        # The same, several times sooner: once `repair` is done, the only whitespace left in a line
        # is that of `_SPACES`, which str.split() knows too.
        lines = [" ".join(line.split()) for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def normalize_line(text: str | None) -> str:
    """Like `normalize_text`, on one line (titles, names, captions)."""
    return " ".join(normalize_text(text, invisible=False).split())


def has_markup(text: str | None) -> bool:
    """Whether `text` holds a tag-like string."""
    return text is not None and "<" in text and _MARKUP_TAG.search(text) is not None


def strip_markup(text: str) -> str:
    """The text without tag-like strings."""
    if not has_markup(text):
        return text
    return _BARE_TAG.sub(" ", _MARKUP_TAG.sub(" ", text))


def web_url(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) URL with a host, else None."""
    if not url:
        return None
    url = repair(url).strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port out of range or not a number
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url
