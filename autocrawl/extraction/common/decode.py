"""Bytes to text, the way a browser does it: BOM, then UTF-16 told by its NUL bytes (the byte
order too, whatever the label says), then the HTTP charset, then `<meta charset>`, then detection
for pages that declare nothing or declare wrongly.

A declared UTF-8 that does not decode strictly is a lie (common on old CMS pages), so the
bytes go to detection; a declared single-byte charset is trusted as browsers do, except
that ISO-8859-1 and US-ASCII mean windows-1252 (WHATWG Encoding Standard).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

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
    # The page's bytes when `text` is exactly their UTF-8 decoding (spares parsing re-encoding it).
    utf8: bytes | None = field(default=None, repr=False, compare=False)


# Python codecs that are no encoding of the web (none is in the WHATWG Encoding Standard): a label
# naming one is no declaration. "undefined" raises on any byte; the escape codecs read the page's
# backslashes as escapes; browsers refuse UTF-7 (a page could hide markup in it).
_NOT_WEB_ENCODINGS = frozenset(
    ["undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7", "mbcs", "oem"]
)


def _normalise(encoding: str | None) -> str | None:
    if not encoding:
        return None
    resolved = resolve_encoding(encoding)
    if not resolved:
        return None
    codec = codecs.lookup(resolved)
    if codec.name in _NOT_WEB_ENCODINGS or not getattr(codec, "_is_text_encoding", True):
        return None
    return _WHATWG_ALIASES.get(codec.name, codec.name)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


# Encodings a detector may propose that are rare on the web; single-byte European text
# that "looks like" one of them is nearly always windows-125x.
_IMPLAUSIBLE = re.compile(
    r"^(mac|iso8859_(10|13|14|16|3|4)|cp(037|437|500|85\d|86\d|1006|1026|1140|1125)|kz|ptcp|hp|tis)"
)
_EUROPEAN = ("cp1252", "cp1250", "cp1251", "cp1257", "iso8859-15", "iso8859-2")
# Bytes 0x80-0xFF whose cp1250 letter differs from cp1252 and is typical of Central European text.
_CP1250_MARKERS = frozenset(
    b"\x8a\x8c\x8d\x8e\x8f\x9a\x9c\x9d\x9e\x9f\xa5\xb9\xb3\xa3\xe6\xea\xe8\xf8\xf9\xec\xf2\xc8\xd8"
)


def _single_byte_guess(data: bytes) -> str:
    """cp1252 or cp1250 for undeclared non-UTF-8 European bytes, by which fits the letters."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return "cp1252"
    western = sum(
        1 for b in high if b in b"\xe4\xf6\xfc\xdf\xc4\xd6\xdc\xe9\xe8\xe0\xe7\xf1\xe1\xed\xf3\xfa\xea\xe2\xee\xf4\xfb"
    )
    central = sum(1 for b in high if b in _CP1250_MARKERS and b not in b"\xe8\xea")
    return "cp1250" if central > western else "cp1252"


_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 text with a few stray single-byte characters (pasted-in Latin-1): keep it UTF-8."""
    multi = _UTF8_MULTI.findall(data)
    if not multi:
        return False
    stray = len(_HIGH.findall(data)) - sum(len(m) for m in multi)
    return stray <= len(multi)


def _utf8_with_fallback(data: bytes) -> str:
    """Decode UTF-8, reading bytes that are not valid UTF-8 as windows-1252."""
    return data.decode("utf-8", "autocrawl-cp1252")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return bytes(bad).decode("cp1252", "replace"), err.end


codecs.register_error("autocrawl-cp1252", _cp1252_fallback)


def _detect(data: bytes) -> str | None:
    """The encoding of bytes that are not valid UTF-8 (the caller has tried that)."""
    if _mostly_utf8(data[:500_000]):
        return "utf-8-mixed"
    sample = data[:200_000]
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return _single_byte_guess(sample)
    try:
        results = list(from_bytes(sample))
    except Exception:  # the detector must not take the page down
        results = []
    for match in results:
        name = _normalise(match.encoding)
        if not name or _IMPLAUSIBLE.match(name.replace("-", "_")):
            continue
        if name in ("utf-8", "utf_8") or name.startswith(("cp125", "iso8859-15", "iso8859-2", "iso8859-5")):
            break  # a European guess: settle the 1252/1250 question ourselves below
        return name  # e.g. a CJK or Cyrillic multi-byte encoding
    else:
        if not results:
            return _single_byte_guess(sample)
    name = _normalise(results[0].encoding) if results else None
    if name in ("cp1251", "iso8859-5", "koi8-r"):
        return name
    return _single_byte_guess(sample)


def decode_html(data: bytes, content_type: str | None = None) -> Decoded:
    """Decode an HTML page. Never raises: undecodable bytes become U+FFFD."""
    if not data:
        return Decoded("", "utf-8", "fallback")
    bom_encoding, bom = read_bom(data)
    if bom_encoding and bom:
        encoding = _normalise(bom_encoding) or "utf-8"
        return Decoded(data[len(bom) :].decode(encoding, "replace"), encoding, "bom")

    http_enc = _normalise(http_content_type_encoding(content_type)) if content_type else None
    wide = utf16_byte_order(data)
    if wide:  # the bytes say UTF-16 and its byte order; a label may agree or not, a <meta> is unreadable
        agrees = http_enc in (None, "utf-16", wide)
        return Decoded(data.decode(wide, "replace"), wide, "http" if http_enc and agrees else "detected", not agrees)

    declared: list[tuple[str, str]] = []
    if http_enc:
        declared.append((http_enc, "http"))
    meta_enc = _normalise(html_body_declared_encoding(data[:_SNIFF_BYTES])) if _META_RE.search(data) else None
    if meta_enc:
        declared.append((meta_enc, "meta"))

    mismatch = False
    utf8_tried = False
    for encoding, source in declared:
        if encoding in ("utf-8", "utf_8"):
            text = _try(data, "utf-8")
            if text is not None:
                return Decoded(text, "utf-8", source, mismatch, utf8=data)
            utf8_tried = mismatch = True  # claims UTF-8 but is not: detect instead
            continue
        if encoding.startswith(("utf-16", "utf_16", "utf-32", "utf_32")) and not _wide_markup(data):
            mismatch = True  # 8-bit bytes labelled UTF-16: decoded so, every two letters would make one
            continue
        text = _try(data, encoding)
        if text is not None and markup_lost(data, text):
            text = None  # a label naming a codec that reads "<html>" as other letters (EBCDIC...)
        if text is not None:
            # A single-byte declaration that contradicts valid multi-byte UTF-8 text is wrong.
            if encoding in ("cp1252", "iso8859-15", "cp1250") and _looks_like_utf8(data):
                return Decoded(data.decode("utf-8"), "utf-8", "detected", True, utf8=data)
            return Decoded(text, encoding, source, mismatch)
        mismatch = True

    text = None if utf8_tried else _try(data, "utf-8")  # valid UTF-8 is UTF-8: decoded once
    if text is not None:
        return Decoded(text, "utf-8", "detected", mismatch, utf8=data)
    detected = _detect(data) or "cp1252"
    if detected == "utf-8-mixed":
        return Decoded(_utf8_with_fallback(data), "utf-8", "detected", mismatch)
    return Decoded(data.decode(detected, "replace"), detected, "detected", mismatch)


def _looks_like_utf8(data: bytes) -> bool:
    """True when the bytes hold non-ASCII and are valid UTF-8 (unlikely for real cp1252 text)."""
    if data.isascii():
        return False
    return _try(data, "utf-8") is not None


def _wide_markup(data: bytes) -> bool:
    """Whether the bytes can be markup in UTF-16 or UTF-32: its ASCII tags put a NUL beside most
    characters. A page without them is 8-bit text whatever its label says."""
    head = data[:2048]
    return head.count(0) > 0.3 * len(head)


def utf16_byte_order(data: bytes) -> str | None:
    """The codec ("utf-16-le", "utf-16-be") of markup in UTF-16 without a BOM: a NUL beside most
    of the first ASCII characters, always on the same side (after them: little-endian); None for
    other bytes."""
    head = data[:2048]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = max(1, len(head) // 2)
    if max(even, odd) <= 0.3 * half or min(even, odd) >= 0.02 * half:
        return None
    return "utf-16-be" if even > odd else "utf-16-le"


_TAG_START = re.compile(rb"<\x00?[!/?A-Za-z]")  # in 8-bit or 16-bit bytes


def markup_lost(data: bytes, text: str) -> bool:
    """Whether a decoding turned the page's markup into other letters: its first bytes hold a tag
    but the text they gave holds no "<", or the text is full of NULs (16-bit text read as 8-bit)."""
    head = text[:1024]
    if head.count("\x00") > 0.1 * len(head):
        return True
    return "<" not in head and _TAG_START.search(data[:1024]) is not None
