"""A comment's depth in its thread as its markup shows it: a depth attribute, a depth class, an
indentation (spacer image or cell width, a left margin or padding), or how many reply lists
hold it. Used when the comments stand flat, one after another, and only this tells the threading.
"""

from __future__ import annotations

import re

from autocrawl.extraction.comments.dom import Element, tokens

_DEPTH_ATTRS = (
    "depth",
    "level",
    "data-depth",
    "data-level",
    "aria-level",
    "data-indent",
    "data-nesting-level",
    "data-comment-depth",
    "data-thread-level",
    "indent",
)
_DEPTH_TOKEN = re.compile(
    r"^(?:[a-z]+[-_])?(?:depth|level|lvl|indent|nest|nesting)[-_]?(\d{1,2})$|"
    r"^(?:ml|pl|ms|ps)-(\d{1,2})$"
)
_MARGIN = re.compile(r"(?:margin|padding)-(?:left|inline-start)\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem|%|ch)?", re.I)
_CSS_VAR = re.compile(r"--[\w-]*(?:depth|level|indent)[\w-]*\s*:\s*(\d+)", re.I)
_UNIT_PX = {"px": 1.0, "em": 16.0, "rem": 16.0, "ch": 8.0, "%": 10.0, "": 1.0}


def depth_of(el: Element) -> float | None:
    """Depth or indentation of one comment element (any monotone scale), or None when its markup shows none."""
    for attr in _DEPTH_ATTRS:
        value = (el.get(attr) or "").strip()
        if value.isdecimal():
            return float(value)
    spacer = _spacer_width(el)
    if spacer is not None:
        return spacer
    for node in (el, el[0] if len(el) and isinstance(el[0].tag, str) else el):
        style = node.get("style") or ""
        m = _MARGIN.search(style)
        if m:
            return float(m.group(1)) * _UNIT_PX[(m.group(2) or "").lower()]
        m = _CSS_VAR.search(style)
        if m:
            return float(m.group(1))
    for t in tokens(el):
        m = _DEPTH_TOKEN.match(t)
        if m:
            return float(next(g for g in m.groups() if g is not None))
    return None


def _spacer_width(el: Element) -> float | None:
    """Hacker News style: the row (or the item's own first cell) starts with a cell whose width, or
    the width of the blank image in it, is the indentation; or with several blank cells of a width
    each, whose widths add up to it."""
    row = el
    for _ in range(4):
        if row.tag == "tr":
            break
        up = row.getparent()
        if up is None:
            break
        row = up
    if row.tag != "tr":
        row = next(el.iter("tr"), None) if el.tag in ("table", "tbody") else None
        if row is None:
            return None
    blank = 0.0  # the widths of the blank cells before the item's own (an old board indents by several)
    for td in row.iter("td"):
        value = (td.get("indent") or "").strip()
        if value.isdecimal() and not blank:
            return float(value)
        if not blank:
            for img in td.iter("img"):
                width = (img.get("width") or "").strip()
                if width.isdecimal() and (img.get("height") in ("1", "0") or not _has_words(td)):
                    return float(width)
        width = (td.get("width") or "").strip()
        if width.isdecimal() and not _has_words(td):
            blank += float(width)
            continue
        break  # the item's own cell: the blank ones before it were the spacer, if any
    return blank or None


def _has_words(el: Element) -> bool:
    return any(t.strip() for t in el.itertext())


def parents_from_depths(depths: list[float]) -> list[int | None]:
    """Each comment answers the nearest comment before it that stands one level less deep."""
    levels = sorted(set(depths))
    rank = {d: k for k, d in enumerate(levels)}
    stack: list[tuple[int, int]] = []  # (level, index)
    parents: list[int | None] = []
    for i, d in enumerate(depths):
        level = rank[d]
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents.append(stack[-1][1] if stack else None)
        stack.append((level, i))
    return parents
