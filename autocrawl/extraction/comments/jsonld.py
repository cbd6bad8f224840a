"""schema.org comments in JSON-LD (`"@type": "Comment"`, nested `comment` arrays give threading)."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from autocrawl.extraction.comments.dates import parse_iso
from autocrawl.extraction.comments.dom import Element, clean_text
from autocrawl.extraction.types import Comment

_MAX_COMMENTS = 5000


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("alternateName")
    return clean_text(value) if isinstance(value, str) and value.strip() else None


def _types(node: dict[str, Any]) -> list[str]:
    value = node.get("@type")
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _walk(node: Any, parent: int | None, out: list[Comment], depth: int, refs: list[str | None]) -> None:
    if depth > 60 or len(out) >= _MAX_COMMENTS:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, parent, out, depth + 1, refs)
        return
    if not isinstance(node, dict):
        return
    here = parent
    if "Comment" in _types(node):
        text = node.get("text") or node.get("commentText") or node.get("description")
        if isinstance(text, str) and text.strip():
            ident = node.get("@id") or node.get("identifier") or node.get("url")
            out.append(
                Comment(
                    author=_name(node.get("author") or node.get("creator")),
                    text=clean_text(text),
                    published=parse_iso(str(node.get("dateCreated") or node.get("datePublished") or "")),
                    parent=parent,
                    external_id=str(ident) if isinstance(ident, (str, int)) else None,
                    parent_external_id=out[parent].external_id if parent is not None else None,
                )
            )
            refs.append(_reference(node.get("parentItem")) if parent is None else None)
            here = len(out) - 1
    for key, value in node.items():
        if key in (
            "comment",
            "comments",
            "hasPart",
            "@graph",
            "mainEntity",
            "suggestedAnswer",
            "acceptedAnswer",
        ):
            _walk(value, here if key in ("comment", "comments") else parent, out, depth + 1, refs)


def jsonld_comments(root: Element, scripts: list[Element] | None = None) -> list[Comment]:
    """Comments of the page's JSON-LD. `scripts`: its <script> elements, when a
    walk of the page found them already (`candidates.scan`)."""
    out: list[Comment] = []
    refs: list[str | None] = []  # per comment, the item its `parentItem` names
    for script in root.iter("script") if scripts is None else scripts:
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        if "Comment" not in script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        _walk(data, None, out, 0, refs)
    return _with_parent_items(out, refs)


def _reference(value: Any) -> str | None:
    """The @id or url a `parentItem` names (an object or the identifier itself)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("identifier")
    return str(value) if isinstance(value, (str, int)) and str(value).strip() else None


def _with_parent_items(comments: list[Comment], refs: list[str | None]) -> list[Comment]:
    """Flat comments listed side by side, each naming the one it answers by `parentItem` (schema.org's
    property for "the parent of a question, answer or item"): their parents, where the named item is
    an earlier comment of the list (an article named so is no parent)."""
    by_id: dict[str, int] = {}
    for i, c in enumerate(comments):
        if c.external_id:  # the whole id, and its fragment: "https://…/t/1#c1" is named "#c1" too
            by_id.setdefault(c.external_id, i)
            if fragment := _fragment(c.external_id):
                by_id.setdefault(fragment, i)
    out = []
    for i, (comment, ref) in enumerate(zip(comments, refs, strict=True)):
        parent = (by_id.get(ref) if ref in by_id else by_id.get(_fragment(ref) or "")) if ref else None
        if parent is not None and parent < i:
            comment = replace(comment, parent=parent, parent_external_id=comments[parent].external_id)
        out.append(comment)
    return out


def _fragment(ident: str) -> str | None:
    """The "#fragment" of an id that has one."""
    return "#" + ident.rsplit("#", 1)[1] if "#" in ident else None


_MIN_ALIGNED = 0.8  # share of the markup's comments the declared ones must match for their tree to count
_KEY_CHARS = 40


def declared_parents(texts: list[str], authors: list[str | None], declared: list[Comment]) -> list[int | None] | None:
    """Parents of the markup's comments from the page's own declaration of them (JSON-LD comments
    nested by reply) where the markup shows them flat: each markup comment matched to the declared
    one of the same author whose words open alike. None unless most of them match, one to one, and
    the declaration nests some."""
    if not declared or all(c.parent is None for c in declared):
        return None
    by_key: dict[tuple[str, str], list[int]] = {}
    for k, c in enumerate(declared):
        by_key.setdefault(_key(c.text, c.author), []).append(k)
    matched: list[int | None] = []  # per markup comment, the declared one it is
    taken: set[int] = set()
    for text, author in zip(texts, authors, strict=True):
        same = next((k for k in by_key.get(_key(text, author), ()) if k not in taken), None)
        if same is not None:
            taken.add(same)
        matched.append(same)
    if sum(k is not None for k in matched) < _MIN_ALIGNED * len(texts):
        return None
    at = {k: i for i, k in enumerate(matched) if k is not None}
    parents: list[int | None] = []
    for i, same in enumerate(matched):
        declared_parent = declared[same].parent if same is not None else None
        p = at.get(declared_parent) if declared_parent is not None else None
        parents.append(p if p is not None and p < i else None)
    return parents


def _key(text: str, author: str | None) -> tuple[str, str]:
    words = " ".join("".join(ch for ch in w if ch.isalnum()) for w in text.casefold().split())
    return " ".join((author or "").casefold().split()), words[:_KEY_CHARS]
