"""Article markup that a page ships inside its scripts instead of its DOM.

Next.js App Router pages stream their server-rendered content as a "flight" payload:
`self.__next_f.push([1, "..."])` calls whose strings, joined, hold rows `ID:T<hex>,<text>`
where a `T` row is a raw text chunk (often the article's HTML, referenced as `"$ID"` from
the component tree). When the DOM itself holds no article text, that chunk is the article.
"""

from __future__ import annotations

import json
import re

_PUSH = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)')
_TEXT_ROW = re.compile(r"(?:^|\n)[0-9a-f]+:T([0-9a-f]+),")
_MAX_PAYLOAD = 5_000_000
_PLACEHOLDER = re.compile(r"\$\$[A-Z0-9_]+\$\$")  # "$$ARTICLEAD$$": ad slots the client fills in


def flight_payload(page_text: str) -> str:
    """The joined strings of a Next.js flight payload ("" when the page has none)."""
    if "__next_f" not in page_text:
        return ""
    parts: list[str] = []
    size = 0
    for match in _PUSH.finditer(page_text):
        try:
            chunk = json.loads(match.group(1))
        except (ValueError, RecursionError):
            continue
        if isinstance(chunk, str):
            parts.append(chunk)
            size += len(chunk)
            if size > _MAX_PAYLOAD:
                break
    return "".join(parts)


def flight_html(page_text: str) -> str | None:
    """The longest HTML text chunk of a Next.js flight payload holding paragraphs, or None."""
    payload = flight_payload(page_text)
    best: str | None = None
    for row in _TEXT_ROW.finditer(payload):
        length = int(row.group(1), 16)
        start = row.end()
        # The length counts UTF-8 bytes; cut by bytes, then back to text.
        chunk = payload[start : start + length].encode("utf-8")[:length].decode("utf-8", "ignore")
        if "<p" in chunk and (best is None or len(chunk) > len(best)):
            best = chunk
    return _PLACEHOLDER.sub("", best) if best else None
