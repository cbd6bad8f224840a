"""Bytes to text, the way a browser does it: BOM, then the HTTP charset, then `<meta charset>`,
then detection for pages that declare nothing or declare wrongly.

A declared UTF-8 that does not decode strictly is a lie (common on old CMS pages), so the
bytes go to detection; a declared single-byte charset is trusted as browsers do, except
that ISO-8859-1 and US-ASCII mean windows-1252 (WHATWG Encoding Standard).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

_WHATWG_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}
_SNIFF_BYTES = 4096
_META_RE = re.compile(rb"<meta[^>]+charset", re.I)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    source: str  # "bom", "http", "meta", "detected" or "fallback"
    mismatch: bool = False  # a declaration was present but did not fit the bytes


def _normalise(encoding: str | None) -> str | None:
    if not encoding:
        return None
    resolved = resolve_encoding(encoding)
    if not resolved:
        return None
    name = codecs.lookup(resolved).name
    return _WHATWG_ALIASES.get(name, name)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    if _try(data, "utf-8") is not None:
        return "utf-8"
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return "cp1252"
    best = from_bytes(data[:200_000]).best()
    return _normalise(best.encoding) if best else None


def decode_html(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML page. Never raises: undecodable bytes become U+FFFD."""
    if not data:
        return Decoded("", "utf-8", "fallback")
    bom_encoding, bom = read_bom(data)
    if bom_encoding:
        encoding = _normalise(bom_encoding) or "utf-8"
        return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding, "bom")

    declared: list[tuple[str, str]] = []
    http_enc = _normalise(http_content_type_encoding(content_type)) if content_type else None
    if http_enc:
        declared.append((http_enc, "http"))
    meta_enc = _normalise(html_body_declared_encoding(data[:_SNIFF_BYTES])) if _META_RE.search(data) else None
    if meta_enc:
        declared.append((meta_enc, "meta"))

    mismatch = False
    for encoding, source in declared:
        if encoding in ("utf-8", "utf_8"):
            text = _try(data, "utf-8")
            if text is not None:
                return Decoded(text, "utf-8", source, mismatch)
            mismatch = True  # claims UTF-8 but is not: detect instead
            continue
        text = _try(data, encoding)
        if text is not None:
            # A single-byte declaration that contradicts valid multi-byte UTF-8 text is wrong.
            if encoding in ("cp1252", "iso8859-15", "cp1250") and _looks_like_utf8(data):
                return Decoded(data.decode("utf-8"), "utf-8", "detected", True)
            return Decoded(text, encoding, source, mismatch)
        mismatch = True

    detected = _detect(data) or "cp1252"
    return Decoded(data.decode(detected, "replace"), detected, "detected", mismatch)


def _looks_like_utf8(data: bytes) -> bool:
    """True when the bytes hold non-ASCII and are valid UTF-8 (chance of that for real cp1252 text is tiny)."""
    if data.isascii():
        return False
    return _try(data, "utf-8") is not None
