"""Parsing and small DOM helpers shared by the metadata and body extractors.

lxml's libxml2 HTML parser is used: it is fast in C, forgiving with broken markup, and its
element/tail model makes one-pass text walking cheap. Text is re-encoded to UTF-8 bytes
before parsing so that a stale `<meta charset>` or an XML declaration cannot mislead it.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

# A Chinese, Japanese (kana) or Korean character: such text says in one character what Latin
# script says in about three.
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_WS = re.compile(r"\s+")
_MAX_CHARS = 6_000_000

_PARSER = etree.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, recover=True, huge_tree=True
)


def parse(text: str) -> Any | None:
    """The document root, or None when nothing parseable is left."""
    text = _CONTROL.sub(" ", text[:_MAX_CHARS])
    if not text.strip():
        return None
    try:
        root = etree.fromstring(text.encode("utf-8", "replace"), _PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    return root


def norm_space(text: str | None) -> str:
    """Collapse whitespace (incl. no-break spaces) to single spaces and strip."""
    return _WS.sub(" ", text or "").strip()


def text_of(el: Any) -> str:
    """All text inside an element, whitespace collapsed."""
    try:
        return norm_space("".join(el.itertext()))
    except (ValueError, TypeError):
        return ""


def tag_of(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def attr_tokens(el: Any) -> str:
    """class and id of an element, lower-cased, for pattern tests."""
    cls = el.get("class") or ""
    ident = el.get("id") or ""
    return f"{cls} {ident}".lower() if (cls or ident) else ""
