"""Small lxml helpers for the comment extractor: class tokens, own subtrees, plain text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, TypeAlias

from lxml import etree

from autocrawl.extraction.common.dom import CJK_CHAR

# Attributes in which comment markup names the comment a reply answers.
PARENT_ID_ATTRS = (
    "data-parent-id",
    "data-parentid",
    "data-parent",
    "data-reply-to",
    "data-replyto",
    "data-parent-comment-id",
    "data-in-reply-to",
    "data-in-reply-to-id",
    "parentid",
    "parent-id",
    "data-parent-comment",
    "data-reply-to-id",
    "in-reply-to",
)

Element: TypeAlias = Any  # lxml.html.HtmlElement (lxml ships no type stubs)

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "dd",
        "dt",
        "dl",
        "figure",
        "figcaption",
        "form",
        "aside",
        "address",
        "hr",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "textarea",
        "select",
        "option",
        "button",
        "input",
        "svg",
        "img",
        "picture",
        "video",
        "audio",
        "iframe",
        "object",
        "embed",
        "canvas",
        "head",
        "title",
        "meta",
        "link",
        "label",
    ]
)
_WS_RE = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_NL_RE = re.compile(r"\s*\n\s*")
_ODD_SPACE = re.compile(r"[\t\r\f\v\u00a0\u200b]")  # the spaces of `_WS_RE` other than " "


def tokens(el: Element) -> list[str]:
    cls = el.get("class")
    return cls.lower().split() if cls else []


def class_test(test: Callable[[str], object]) -> Callable[[Element], bool]:
    """Whether any of an element's class tokens passes `test`, remembered per class attribute:
    the same few class strings repeat on every comment of a page."""

    @lru_cache(maxsize=4096)
    def passes(cls: str) -> bool:
        return any(test(t) for t in cls.lower().split())

    def of(el: Element) -> bool:
        cls = el.get("class")
        return bool(cls) and passes(cls)

    return of


def is_element(node: object) -> bool:
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


def walk(el: Element, skip: Callable[[Element], bool]) -> Iterator[Element]:
    """Descendants of el (not el) in document order, not entering those for which skip is true."""
    # iterchildren(etree.Element): the children that are elements (not comments), filtered by lxml
    stack = list(el.iterchildren(etree.Element, reversed=True))
    while stack:
        node = stack.pop()
        if skip(node):
            continue
        yield node
        stack.extend(node.iterchildren(etree.Element, reversed=True))


def lined_text(el: Element, skip: Callable[[Element], bool] | None = None) -> str:
    """Plain text of el: block elements and <br> become line breaks, skipped subtrees vanish.
    Walked with a stack, not by recursion: a comment may nest deeper than Python's stack."""
    parts: list[str] = []
    # (node, None) enters a node; (node, closing) adds what follows its subtree: the line break of
    # a block (closing is "\n") and the node's tail
    stack: list[tuple[Element, str | None]] = [(child, None) for child in reversed(el)]
    if el.text and el.tag not in SKIP_TAGS:
        parts.append(el.text)
    while stack:
        node, closing = stack.pop()
        if closing is not None:
            parts.append(closing)
            if node.tail:
                parts.append(node.tail)
            continue
        tag = node.tag
        if not isinstance(tag, str):  # comments, processing instructions
            if node.tail:
                parts.append(node.tail)
            continue
        tag = tag.lower()
        if tag in SKIP_TAGS or (skip is not None and skip(node)):
            if node.tail:
                parts.append(node.tail)
            continue
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if tag == "br":
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        stack.append((node, "\n" if block else ""))
        stack.extend((child, None) for child in reversed(node))
    return clean_text("".join(parts))


def clean_text(text: str) -> str:
    """Runs of spaces become one space, line breaks with the spaces around them one line break."""
    if "  " in text or _ODD_SPACE.search(text):  # else every run of spaces is one plain space already
        text = _WS_RE.sub(" ", text)
    if "\n" in text:
        text = _NL_RE.sub("\n", text)
    return text.strip()


def text_size(text: str) -> int:
    """A text's length in Latin-script characters: a character of a language written without
    spaces (Chinese, Japanese; Korean syllables) says about as much as three, so length tests made
    for Latin text hold for those too."""
    return len(text) + 2 * len(CJK_CHAR.findall(text))


def short_text(el: Element) -> str:
    return clean_text(" ".join(el.itertext())) if el is not None else ""


def ancestors(el: Element, stop: Element | None = None) -> Iterator[Element]:
    node = el.getparent()
    while node is not None and node is not stop:
        yield node
        node = node.getparent()


def contains(outer: Element, inner: Element) -> bool:
    node: Element | None = inner
    while node is not None:
        if node is outer:
            return True
        node = node.getparent()
    return False


def prev_element(el: Element) -> Element | None:
    node = el.getprevious()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious()
    return node
