"""One safe way to parse discovery XML: no entity expansion (billion laughs), no network, no
huge_tree (libxml2's depth and text-size limits stay on), recovering from broken markup.

The document type declaration is dropped before parsing. Sitemaps and feeds need none, and
libxml2 stops at the first reference to an entity it judges an amplification attack, which would
lose every entry after it; an undeclared entity is only skipped.
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


def parse_xml(data: bytes | str) -> etree._Element | None:
    """The root element, or None when nothing of the document can be read."""
    raw = as_bytes(data).lstrip()
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:].lstrip()
    if not raw:
        return None
    doctype = raw.find(b"<!DOCTYPE", 0, _PROLOG_BYTES)
    if doctype >= 0:
        declaration = _DOCTYPE.match(raw, doctype)
        raw = raw[:doctype] + raw[declaration.end() if declaration else doctype + 9 :]
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
