"""Make a page's class names and ids opaque, as CSS-in-JS sites ship them (`css-1k2jcpe`, `sc-bdVaJa`).

Every class token and every id becomes `c-` + 6 hex digits of a hash of the original, the same token
everywhere, and every reference to an id on the page (`href="#id"` or `href="...#id"`, `for`,
`aria-*` and `data-*` values naming an id, `<a name>` anchors) is renamed with it, so page-internal
links still resolve. Everything else keeps its bytes: tag names, text, other attributes, microdata,
scripts (JSON-LD included), styles and HTML comments. The page is handled as Latin-1 text, which
round-trips any byte, so encodings need not be known.
"""

from __future__ import annotations

import hashlib
import re

# Regions left as they are: HTML comments, and the content of script, style and textarea elements.
_SKIP = re.compile(r"<!--.*?-->|<(script|style|textarea)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?|\s*/)*)\s*>")
_ATTR = re.compile(r"(\s+)([^\s=>/]+)(?:(\s*=\s*)(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_REFERRING = {"for", "headers", "list", "form", "itemref"}


def opaque_token(token: str) -> str:
    """The stable hash-like stand-in for one class token or id."""
    return "c-" + hashlib.sha1(token.encode("latin-1")).hexdigest()[:6]


def _tags(text: str) -> list[tuple[int, int]]:
    """(start, end) of every start tag outside the skipped regions, script/style open tags included."""
    spans = []
    pos = 0
    for skip in [*_SKIP.finditer(text), None]:
        stop = skip.start() if skip else len(text)
        spans += [(m.start(), m.end()) for m in _TAG.finditer(text, pos, stop)]
        if skip:
            opener = _TAG.match(text, skip.start())
            if opener and skip.group(1):
                spans.append((opener.start(), opener.end()))
            pos = skip.end()
    return spans


def _attrs(tag: str) -> list[tuple[str, str, str | None]]:
    """(name, raw text before the value, value without quotes or None) per attribute of one tag."""
    return [
        (m.group(2).lower(), m.group(1) + m.group(2) + (m.group(3) or ""), _unquote(m.group(4)))
        for m in _ATTR.finditer(tag)
    ]


def _unquote(value: str | None) -> str | None:
    if value is None:
        return None
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] and len(value) > 1 else value


def _ids(text: str, spans: list[tuple[int, int]]) -> set[str]:
    found = set()
    for start, end in spans:
        tag = text[start:end]
        name = _TAG.match(tag)
        element = name.group(1).lower() if name else ""
        for attr, _, value in _attrs(tag[len(element) + 1 :]):
            if value and (attr == "id" or (attr == "name" and element == "a")):
                found.add(value.strip())
    return found


def _rename(attr: str, element: str, value: str, ids: set[str]) -> str:
    if attr == "class":
        return " ".join(opaque_token(t) for t in value.split())
    if attr == "id" or (attr == "name" and element == "a"):
        return opaque_token(value.strip())
    if attr == "href":
        base, hash_, fragment = value.partition("#")
        if hash_ and fragment and (not base or fragment in ids):
            return f"{base}#{opaque_token(fragment)}"
        return value
    if attr in _REFERRING or attr.startswith(("aria-", "data-")):
        tokens = value.split()
        if tokens and all(t in ids or t.lstrip("#") in ids for t in tokens):
            return " ".join(("#" if t.startswith("#") else "") + opaque_token(t.lstrip("#")) for t in tokens)
    return value


def _rewrite(tag: str, ids: set[str]) -> str:
    head = _TAG.match(tag)
    if not head:
        return tag
    element = head.group(1)
    out = ["<", element]
    rest = tag[len(element) + 1 :]
    pos = 0
    for m in _ATTR.finditer(rest):
        out.append(rest[pos : m.start()])
        raw = m.group(4)
        value = _unquote(raw)
        if raw is None or value is None:
            out.append(m.group(0))
        else:
            renamed = _rename(m.group(2).lower(), element.lower(), value, ids)
            quote = raw[0] if raw[0] in "\"'" else '"'
            new = raw if renamed == value else quote + renamed + quote
            out.append(m.group(1) + m.group(2) + (m.group(3) or "") + new)
        pos = m.end()
    out.append(rest[pos:])
    return "".join(out)


def opaque_html(page: bytes) -> bytes:
    """The page with class names and ids (and references to them) replaced by hash-like tokens."""
    text = page.decode("latin-1")
    spans = _tags(text)
    ids = _ids(text, spans)
    out = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(_rewrite(text[start:end], ids))
        pos = end
    out.append(text[pos:])
    return "".join(out).encode("latin-1")
