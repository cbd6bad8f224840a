"""One safe way to parse discovery XML: no entity expansion (billion laughs), no network, no
huge_tree (libxml2's depth and text-size limits stay on), recovering from broken markup.

The document type declaration is dropped before parsing. Sitemaps and feeds need none, and
libxml2 stops at the first reference to an entity it judges an amplification attack, which would
lose every entry after it; an undeclared entity is only skipped.

A raw `&` that starts no entity or character reference (`?x=1&y=2` in a <loc>, common) is
escaped before parsing, so that it is read literally, as HTML parsers and browsers read it:
libxml2's recovery took `&y` for a reference and dropped it (`?x=1=2`) (`escape_ampersands`).
"""

from __future__ import annotations

import re

from lxml import etree

_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.DOTALL)
_PROLOG_BYTES = 65536
_XML_PARSER = etree.XMLParser(
    recover=True, resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
)


def as_bytes(data: bytes | str) -> bytes:
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        return data.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
    return b""


# A CDATA section (kept as it is: its `&` is literal already), a reference to one of XML's own
# five entities (its name in group 2), or a `&` that starts no reference.
_AMPERSAND = re.compile(
    rb"(<!\[CDATA\[.*?(?:\]\]>|\Z))"
    rb"|&(?:(amp|lt|gt|quot|apos);|(?!#[0-9]{1,10};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z_:][-A-Za-z0-9._:]{0,63};))",
    re.DOTALL,
)
_PREDEFINED = {b"amp": b"&#38;", b"lt": b"&#60;", b"gt": b"&#62;", b"quot": b"&#34;", b"apos": b"&#39;"}


def _character_reference(match: re.Match[bytes]) -> bytes:
    cdata, name = match.group(1, 2)
    return cdata or _PREDEFINED.get(name, b"&#38;")


def escape_ampersands(raw: bytes) -> bytes:
    """`raw` with each `&` that starts no entity or character reference, and each reference to
    `&amp;`, `&lt;`, `&gt;`, `&quot;` or `&apos;`, written as a character reference (`&#38;`).
    libxml2's recovery drops every predefined entity reference after the first undeclared one
    (an HTML `&nbsp;` in a title), so that `?a=1&amp;b=2` became `?a=1b=2`; character references
    it keeps."""
    if b"&" not in raw:
        return raw
    return _AMPERSAND.sub(_character_reference, raw)


_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 (and UTF-32 LE, which starts the same)
_ENCODING_DECLARATION = re.compile(rb"^(<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']")


def utf8_xml(data: bytes | str) -> bytes:
    """The document in UTF-8: a sitemap or feed saved as UTF-16 or UTF-32 (with its byte order
    mark) is decoded, its encoding declaration dropped; other bytes are returned as they are."""
    raw = as_bytes(data)
    if not raw.startswith(_WIDE_BOMS) and not raw.startswith(b"\x00\x00\xfe\xff"):
        return raw
    for codec in ("utf-32", "utf-16"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        text = text.lstrip("\ufeff \t\r\n")
        if text.startswith("<"):
            return _ENCODING_DECLARATION.sub(rb"\1", text.encode("utf-8", "replace"), count=1)
    return raw


def parse_xml(data: bytes | str) -> etree._Element | None:
    """The root element, or None when nothing of the document can be read."""
    raw = utf8_xml(data).lstrip()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:].lstrip()
    if not raw:
        return None
    doctype = raw.find(b"<!DOCTYPE", 0, _PROLOG_BYTES)
    if doctype >= 0:
        declaration = _DOCTYPE.match(raw, doctype)
        raw = raw[:doctype] + raw[declaration.end() if declaration else doctype + 9 :]
    raw = escape_ampersands(raw)
    try:
        return etree.fromstring(raw, _XML_PARSER)
    except (etree.LxmlError, ValueError, RecursionError):
        return None


def local_name(tag: object) -> str:
    """The tag without namespace, lower-cased; "" for comments and processing instructions."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2].lower()


def child_text(node: etree._Element, *names: str) -> str | None:
    """The first non-blank text of a descendant named one of `names` (namespace ignored)."""
    for child in node.iter():
        if local_name(child.tag) in names and child.text and child.text.strip():
            return child.text.strip()
    return None
