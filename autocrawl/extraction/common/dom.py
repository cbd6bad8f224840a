"""Parsing and small DOM helpers shared by the metadata and body extractors.

lxml's libxml2 HTML parser is used: it is fast in C, forgiving with broken markup, and its
element/tail model makes one-pass text walking cheap. Text is re-encoded to UTF-8 bytes
before parsing so that a stale `<meta charset>` or an XML declaration cannot mislead it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from autocrawl.urls import absolute_url, site_key

# A Chinese, Japanese (kana) or Korean character: such text says in one character what Latin
# script says in about three.
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Nothing to parse: only whitespace and the control characters the parser is spared.
_BLANK = re.compile(r"[\s\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]*")
# Those control characters in UTF-8: the ASCII ones are single bytes, U+FFFE and U+FFFF
# three-byte sequences that stand for nothing else. Replacing bytes is far faster than a regex.
_CONTROL_BYTES = bytes.maketrans(bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]), b" " * 30)
_MAX_CHARS = 6_000_000

_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=True,
    collect_ids=False,  # nothing looks elements up by id: building the id table is a tenth of the parse
)


def parse(text: str, utf8: bytes | None = None) -> Any | None:
    """The document root, or None when nothing parseable is left. `utf8`, the bytes `text` was
    decoded from when they are valid UTF-8, spares encoding the text again."""
    if len(text) > _MAX_CHARS:
        text, utf8 = without_blobs(text), None
    if len(text) > _MAX_CHARS or utf8 is None:
        text = text[:_MAX_CHARS]
        utf8 = text.encode("utf-8", "replace")
    if _BLANK.fullmatch(text):
        return None
    data = utf8.translate(_CONTROL_BYTES)
    # Asked of the text, not its bytes: a page of Latin-1 characters holds no U+FFFE by its kind
    # alone, and another page is read in 16-bit units rather than bytes.
    if "\ufffe" in text or "\uffff" in text:
        data = data.replace(b"\xef\xbf\xbe", b" ").replace(b"\xef\xbf\xbf", b" ")
    try:
        root = etree.fromstring(data, _PARSER)
        if _too_deep():
            # libxml2 stops at 2048 levels and drops the rest of the page: parse again with only
            # the elements that make paragraphs and the page's metadata, so that the text stays.
            root = etree.fromstring(_NESTING_TAG.sub(b" ", data), _PARSER)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    if root is not None and b"shadowroot" in data:
        _render_shadow_roots(root)
    return root


# What a reader never sees and a page may hold megabytes of: a script's or a style's content, a
# comment, a long attribute value (a state blob in a data- attribute).
_BLOB = re.compile(
    r"<(script|style)\b[^>]*>(?P<code>.*?)</\1\s*>|<!--(?P<note>.*?)-->"
    r"|=\s*\"(?P<double>[^\"<]{10000,})\"|=\s*'(?P<single>[^'<]{10000,})'",  # no "<": a value, not markup
    re.I | re.S,
)


def without_blobs(text: str) -> str:
    """A page over the parser's bound (`_MAX_CHARS`) with the content of its largest scripts,
    styles, comments and attribute values emptied, largest first, until it fits (or none is
    left): an 11 MB inline script before the article no longer pushes the article past the cut."""
    blobs = sorted((_content_span(m) for m in _BLOB.finditer(text)), key=lambda span: span[0] - span[1])
    excess = len(text) - _MAX_CHARS
    emptied: list[tuple[int, int]] = []
    for start, end in blobs:
        if excess <= 0:
            break
        emptied.append((start, end))
        excess -= end - start
    parts: list[str] = []
    at = 0
    for start, end in sorted(emptied):
        parts.append(text[at:start])
        at = end
    parts.append(text[at:])
    return "".join(parts)


def _content_span(match: re.Match[str]) -> tuple[int, int]:
    name = next(name for name in ("code", "note", "double", "single") if match.group(name) is not None)
    return match.span(name)


def _render_shadow_roots(root: Any) -> None:
    """A declarative shadow root (`<template shadowrootmode="open">`, or the older `shadowroot`
    attribute) is what a browser shows inside its host element, as server-rendered web components
    ship their markup: its content becomes part of the page, in place. Any other `<template>` is
    inert markup for scripts and stays out of the text."""
    for template in root.iter("template"):
        if template.get("shadowrootmode") is not None or template.get("shadowroot") is not None:
            template.tag = "div"


# Every tag but those of paragraphs, headings and the page's metadata: a flat page keeps the text.
_NESTING_TAG = re.compile(
    rb"<(?!/?(?:p|br|h[1-6]|li|html|head|body|title|meta|link|script|style|template|noscript)\b)/?[a-z][^<>]*>",
    re.I,
)


def _too_deep() -> bool:
    """Whether the last parse hit libxml2's depth limit."""
    return any(
        error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT or "Excessive depth" in error.message
        for error in _PARSER.error_log.filter_from_errors()
    )


def norm_space(text: str | None) -> str:
    """Collapse whitespace (incl. no-break spaces) to single spaces and strip."""
    return " ".join(text.split()) if text else ""  # split() knows the same whitespace as regex \s


# Elements whose content a reader never sees as text: code, styles, script fallbacks, templates.
UNSEEN_TAGS = ("script", "style", "noscript", "template")


def visible_strings(el: Any) -> list[str]:
    """The text pieces inside an element in document order, without the content of
    `UNSEEN_TAGS` elements (their tails, the text after them, stay)."""
    unseen = list(el.iter(*UNSEEN_TAGS))
    if not unseen:
        return list(el.itertext())
    # Only the elements above an unseen one are walked here; the subtrees beside that path give
    # their pieces from lxml's own text iterator (which also skips comments' text, keeps their tails).
    above = _above(unseen, el)
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(el, False)]  # (node, its tail is due now)
    while stack:
        node, tail = stack.pop()
        if tail:
            if node.tail:
                parts.append(node.tail)
            continue
        if node is not el:
            stack.append((node, True))
        if not isinstance(node.tag, str) or node.tag in UNSEEN_TAGS:
            continue
        if node not in above:
            parts.extend(node.itertext())
            continue
        if node.text:
            parts.append(node.text)
        stack.extend((child, False) for child in reversed(node))
    return parts


def _above(elements: list[Any], top: Any) -> set[Any]:
    """The ancestors of `elements` up to `top` (included), `top` when one of them is `top` itself."""
    found: set[Any] = {top}
    for el in elements:
        parent = el.getparent() if el is not top else None
        while parent is not None and parent not in found:
            found.add(parent)
            parent = parent.getparent()
    return found


def text_of(el: Any) -> str:
    """The text a reader sees inside an element, whitespace collapsed.
    Sooner for the elements most asked about than joining `visible_strings`: one without children
    is its own text; for another, libxml2's text serialisation, which (as lxml's text iterator) skips
    comments and processing instructions and keeps the text after them, is three times faster than
    joining the iterator's pieces (each one an event of a Python-level walk). Only an entity reference
    node reads otherwise, and `parse`'s HTML parser makes none. Without a word in it there is none to
    see (the visible text is a selection of its pieces): the search for `UNSEEN_TAGS` is spared."""
    try:
        tag = el.tag
        if not isinstance(tag, str):  # a comment or processing instruction: its own content is not text
            return norm_space("".join(visible_strings(el)))
        if tag in UNSEEN_TAGS:
            return ""
        if not len(el):
            return norm_space(el.text)
        words = etree.tostring(el, method="text", encoding="unicode", with_tail=False).split()
        if not words:
            return ""
        if next(el.iter(*UNSEEN_TAGS), None) is not None:
            return norm_space("".join(visible_strings(el)))
        return " ".join(words)  # norm_space's own steps
    except (ValueError, TypeError):
        return ""


def spaced_text(el: Any) -> str:
    """Text with a space between child elements ("<b>Paddy</b><span>Patrick</span>" is two words)."""
    return norm_space(" ".join(visible_strings(el)))


def links_home(el: Any) -> bool:
    """Whether an element holds links and all of them lead to the home page (a site logo heading)."""
    links = el.findall(".//a")
    return bool(links) and all(link_path(a.get("href") or "") in ("", "/") for a in links)


def link_path(href: str) -> str | None:
    """The path of a link's address, None when the address does not parse (`http://[::1`: urllib
    raises on it, and a page may hold any string)."""
    try:
        return urlsplit(href.strip()).path
    except ValueError:
        return None


def resolve_href(base: str, href: str) -> str | None:
    """`href` made absolute against `base`, None when it does not parse as a URL."""
    try:
        joined = urljoin(base, href)
        urlsplit(joined)  # urljoin passes some malformed addresses through whole ("http://[::1")
    except ValueError:
        return None
    return joined


def document_base(root: Any, page_url: str, own_host_only: bool = False) -> str:
    """The URL a page's relative links resolve against, as a browser takes it: the first
    `<base href>` of the document resolved against the page URL, or the page URL when there is
    none or it gives no URL a request can go to (`javascript:`, `http://[::1`). With
    `own_host_only`, a base on another host or port than the page's is passed over too (the scheme
    may differ), so that a base element cannot send a link off-site."""
    base = root.find(".//base[@href]") if root is not None else None
    if base is None:
        return page_url
    resolved = absolute_url(base.get("href") or "", page_url)
    if not resolved or (own_host_only and site_key(resolved) != site_key(page_url)):
        return page_url
    return resolved


def tag_of(el: Any) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def any_case(pattern: re.Pattern[str], value: str | None) -> bool:
    """Whether a case-insensitive `pattern` written in lower case finds something in `value`.
    The same, much sooner: on ASCII text, a case-sensitive search of the lower-cased text (Python's
    re.I alternations go character by character)."""
    if value is None:
        return False
    if not value.isascii():
        return pattern.search(value) is not None
    return case_sensitive(pattern).search(value.lower()) is not None


def may_match(value: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether the case-insensitive `pattern` may find something in `value`: a pre-test for values
    read off nearly every element (class, id), where a search costs more than the answer is worth.
    On ASCII text, one of `words` (substrings, lower case, that every match of the pattern holds)
    in the lower-cased value, several times faster than the search; on other text, the search."""
    if not value.isascii():
        return pattern.search(value) is not None
    low = value.lower()
    for word in words:  # noqa: SIM110 - any() over a generator costs more than the tests themselves
        if word in low:
            return True
    return False


def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` without re.I: for a pattern written in lower case, the same answers as `pattern`
    on lower-cased ASCII text (no non-ASCII letter folds to an ASCII one there)."""
    known = _CASE_SENSITIVE.get(id(pattern))
    if known is None:
        known = _CASE_SENSITIVE[id(pattern)] = (pattern, re.compile(pattern.pattern, pattern.flags & ~re.I))
    return known[1]


# Keyed by identity: hashing a compiled pattern hashes its whole compiled code, which made this look-up
# cost more than the search itself. The pattern is kept in the value so that its id is never reused.
_CASE_SENSITIVE: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def attr_tokens(el: Any) -> str:
    """class and id of an element, lower-cased, for pattern tests."""
    return class_id_tokens(el.get("class"), el.get("id"))


def class_id_tokens(cls: str | None, ident: str | None) -> str:
    """`attr_tokens` of an element whose class and id were read already."""
    return f"{cls or ''} {ident or ''}".lower() if (cls or ident) else ""


class _HeldTree:
    """A tree its readers walk (`hold`): its nodes in `root.iter()` order, and its elements that
    carry an itemprop, found on the first request."""

    __slots__ = ("root", "nodes", "_itemprops")

    def __init__(self, root: Any, nodes: list[Any]) -> None:
        self.root = root
        self.nodes = nodes
        self._itemprops: list[Any] | None = None

    def itemprops(self) -> list[Any]:
        if self._itemprops is None:
            self._itemprops = _ITEMPROP(self.root)
        return self._itemprops


# The tree the page's readers walk (`hold`), until a stage that changes it lets go of it (`release`).
# Python's walk of a list of its nodes costs less than one of libxml2's tree through lxml's iterator,
# which builds or finds each node's proxy on the way.
_held: _HeldTree | None = None
_ITEMPROP = etree.XPath("//@itemprop/..")  # elements with an itemprop, faster than //*[@itemprop]


def hold(root: Any, nodes: list[Any]) -> None:
    """Let `walk` read `root`'s tree from `nodes`, all of its nodes in `root.iter()` order, until
    `release`: the tree must not change before."""
    global _held
    _held = _HeldTree(root, nodes)


def release(root: Any) -> None:
    """Before changing the tree of `root`: its held nodes no longer stand for it."""
    global _held
    if _held is not None and _held.root is root:
        _held = None


def walk(root: Any) -> Iterator[Any]:
    """`root.iter()`: from the held nodes when `root` is the root of the held tree."""
    held = _held
    return iter(held.nodes) if held is not None and held.root is root else root.iter()


def with_itemprop(root: Any) -> list[Any]:
    """The elements of `root.iter()` that carry an itemprop, in document order: for the held tree,
    found once (the structured data and the body extractor both ask; each `get` of an attribute an
    element lacks costs nearly as much as the search of the whole tree for it)."""
    held = _held
    if held is not None and held.root is root:
        return held.itemprops()
    if root.getparent() is None:  # a tree's root: the search from the document's top finds the same
        return _ITEMPROP(root)
    return [el for el in root.iter() if isinstance(el.tag, str) and el.get("itemprop") is not None]


def following(root: Any, el: Any) -> Iterator[Any]:
    """The nodes after `el` in `root.iter()` order (its descendants, then what comes after it),
    without walking the part of the tree before it."""
    nodes = el.iter()
    next(nodes)  # el itself
    yield from nodes
    while el is not root and el is not None:
        for sibling in el.itersiblings():
            yield from sibling.iter()
        el = el.getparent()
