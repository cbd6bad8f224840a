"""schema.org comments in JSON-LD (`"@type": "Comment"`, nested `comment` arrays give threading)."""

from __future__ import annotations

import json
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


def _walk(node: Any, parent: int | None, out: list[Comment], depth: int) -> None:
    if depth > 60 or len(out) >= _MAX_COMMENTS:
        return
    if isinstance(node, list):
        for item in node:
            _walk(item, parent, out, depth + 1)
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
            _walk(value, here if key in ("comment", "comments") else parent, out, depth + 1)


def jsonld_comments(root: Element, scripts: list[Element] | None = None) -> list[Comment]:
    """Comments of the page's JSON-LD. `scripts`: its <script> elements, when a
    walk of the page found them already (`candidates.scan`)."""
    out: list[Comment] = []
    for script in root.iter("script") if scripts is None else scripts:
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        if "Comment" not in script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        _walk(data, None, out, 0)
    return out
