"""Comments a page holds only in its embedded application state: the JSON a JavaScript framework
renders the thread from (`<script type="application/json">`, `window.__STATE__ = {…}`), when the
HTML shows a placeholder instead of the comments.

A list counts as a thread when it sits under a key that names comments or replies and most of its
objects carry both a text and an author; replies are nested lists under such a key, or objects
naming their parent's id. The keys are those of the data APIs comment systems use, not a page's
markup. Read only when the page's markup gave no comments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import html as lxml_html

from autocrawl.extraction.comments.dates import parse_iso
from autocrawl.extraction.comments.dom import Element, clean_text
from autocrawl.extraction.types import Comment

_MAX_COMMENTS = 5000
_MAX_SCRIPT_CHARS = 5_000_000
_MAX_DEPTH = 40

_THREAD_KEY = re.compile(r"comment|repl|discussion|respons|kommentar|comentario|commentaire", re.I)
# What a thread's key holds in the data APIs of comment systems ("comments", "commentList",
# "Kommentare", "commentaires"), found by one `find`: a state script is read only when it holds it.
# Each search costs about 1 µs per KB of state, and pages carry tens of KB of it.
_THREAD_WORD = "omment"
_TEXT_KEYS = ("content", "body", "text", "message", "comment", "commentText", "html", "bodyHtml", "contentHtml",
              "rawText", "plainText", "markdown")  # fmt: skip
_AUTHOR_KEYS = ("author", "user", "authorName", "author_name", "userName", "username", "displayName", "display_name",
                "nickname", "nick", "poster", "creator", "owner", "name")  # fmt: skip
_NAME_KEYS = ("name", "displayName", "display_name", "username", "userName", "nickname", "nick", "screenName", "login")
_DATE_KEYS = ("createdAt", "created_at", "created", "dateCreated", "datePublished", "publishedAt", "published_at",
              "postedAt", "posted_at", "date", "time", "timestamp", "createdTime", "created_time")  # fmt: skip
_ID_KEYS = ("id", "commentId", "comment_id", "uuid", "_id", "key")
_PARENT_KEYS = ("parentId", "parent_id", "parentCommentId", "parent_comment_id", "inReplyTo", "in_reply_to",
                "replyTo", "reply_to", "replyToId", "parent")  # fmt: skip
_LIST_WRAPPERS = ("items", "nodes", "edges", "data", "list", "results", "entries", "comments", "replies", "node")
_ASSIGNED_STATE = re.compile(r"^\s*(?:window\.|self\.|var\s+|let\s+|const\s+)?[\w$.]+\s*=\s*")


def state_comments(root: Element, scripts: list[Element] | None = None) -> list[Comment]:
    """The comments of the page's embedded application state, in thread order; [] when it holds
    no thread. `scripts`: the page's <script> elements, when a walk of the page found them already."""
    best: list[Comment] = []
    for data in _state_documents(root.iter("script") if scripts is None else scripts):
        for items in _thread_lists(data, 0):
            out: list[Comment] = []
            _read(items, None, out, 0)
            if len(out) > len(best):
                best = out
    return _link_flat_replies(best)


def _state_documents(scripts: Iterable[Element]) -> Iterator[Any]:
    """The JSON documents of the state scripts among `scripts` that name a thread key somewhere.
    Pages carry many state scripts, most without comments: they are tested before any copy."""
    for script in scripts:
        kind = (script.get("type") or "").lower()
        if kind in ("application/json", "application/x-json") or (kind == "" and script.get("id") == "__NEXT_DATA__"):
            assigned = False
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            assigned = True
        else:
            continue
        body = script.text or ""
        if not body or len(body) > _MAX_SCRIPT_CHARS:
            continue
        start = 0
        if assigned:
            found = _ASSIGNED_STATE.match(body)
            if (
                found is None
                or body[found.end() : found.end() + 1] != "{"
                or not body[-8:].rstrip(" ;\n\r\t").endswith("}")
            ):
                continue  # code, not one object assigned
            start = found.end()
        if body.find(_THREAD_WORD, start) < 0:
            continue
        try:
            yield json.loads(body[start:].rstrip().rstrip(";") if assigned else body)
        except (ValueError, RecursionError):  # nested deeper than Python's stack: no state
            continue


def _thread_lists(node: Any, depth: int) -> Iterator[list[dict[str, Any]]]:
    """Lists of comment-like objects under a key that names comments, outermost first."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and _THREAD_KEY.search(key):
                items = _unwrap(value)
                if items is not None and _comment_like(items):
                    yield items
                    continue
            yield from _thread_lists(value, depth + 1)
    elif isinstance(node, list):
        for value in node[:200]:
            yield from _thread_lists(value, depth + 1)


def _unwrap(value: Any) -> list[dict[str, Any]] | None:
    """The list of objects `value` is, or holds under a wrapper key (`items`, GraphQL `edges`)."""
    for _ in range(3):
        if isinstance(value, list):
            objects = [
                v.get("node", v) if isinstance(v, dict) and isinstance(v.get("node"), dict) else v for v in value
            ]
            return [v for v in objects if isinstance(v, dict)] if objects else None
        if not isinstance(value, dict):
            return None
        value = next((value[k] for k in _LIST_WRAPPERS if isinstance(value.get(k), (list, dict))), None)
    return None


def _comment_like(items: list[dict[str, Any]]) -> bool:
    if not items:
        return False
    shaped = sum(1 for item in items if _text(item) and _author(item))
    return shaped * 10 >= len(items) * 6


def _text(item: dict[str, Any]) -> str | None:
    for key in _TEXT_KEYS:
        value = item.get(key)
        if isinstance(value, dict):  # {"body": {"html": "..."}}
            value = next((value[k] for k in ("html", "text", "raw", "plain") if isinstance(value.get(k), str)), None)
        if isinstance(value, str) and value.strip():
            return _plain(value)
    return None


def _plain(value: str) -> str:
    """Text of a comment body that may be HTML: paragraphs and line breaks kept as line breaks."""
    if "<" not in value or ">" not in value:
        return clean_text(value)
    try:
        fragment = lxml_html.fragment_fromstring(value, create_parent="div")
    except (ValueError, lxml_html.etree.ParserError):
        return clean_text(value)
    for br in fragment.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in fragment.iter("p", "div", "li", "blockquote"):
        if block is not fragment:
            block.tail = "\n\n" + (block.tail or "")
    return clean_text(fragment.text_content())


def _author(item: dict[str, Any]) -> str | None:
    for key in _AUTHOR_KEYS:
        value = item.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str) and value[k].strip()), None)
        if isinstance(value, str) and value.strip() and len(value) <= 100:
            return clean_text(value)
    return None


def _scalar(item: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = item.get(key)
        if isinstance(value, dict):
            value = next((value[k] for k in _ID_KEYS if isinstance(value.get(k), (str, int))), None)
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, (str, int)) and str(value).strip():
            return str(value).strip()
    return None


def _read(items: list[dict[str, Any]], parent: int | None, out: list[Comment], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    for item in items:
        if len(out) >= _MAX_COMMENTS:
            return
        text = _text(item)
        here = parent
        if text:
            out.append(
                Comment(
                    author=_author(item),
                    text=text,
                    published=parse_iso(_scalar(item, _DATE_KEYS)),
                    parent=parent,
                    external_id=_scalar(item, _ID_KEYS),
                    parent_external_id=out[parent].external_id if parent is not None else _scalar(item, _PARENT_KEYS),
                )
            )
            here = len(out) - 1
        for key, value in item.items():
            if isinstance(key, str) and _THREAD_KEY.search(key) and key not in _TEXT_KEYS:
                replies = _unwrap(value)
                if replies:
                    _read(replies, here, out, depth + 1)


def _link_flat_replies(comments: list[Comment]) -> list[Comment]:
    """A flat list whose objects name their parent's id: those ids made into parent indexes."""
    position = {c.external_id: i for i, c in enumerate(comments) if c.external_id}
    linked: list[Comment] = []
    for i, c in enumerate(comments):
        target = position.get(c.parent_external_id) if c.parent is None and c.parent_external_id else None
        if target is not None and target != i:
            c = Comment(c.author, c.text, c.published, target, c.external_id, c.parent_external_id)
        linked.append(c)
    return linked
