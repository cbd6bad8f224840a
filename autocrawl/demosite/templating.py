"""A tiny template renderer over :class:`string.Template`, escaping in one place.

Templates are files in ``templates/`` with ``$name`` / ``${name}`` slots.  A
value is HTML-escaped when filled in unless it is :class:`Html` (markup made by
another template, or JSON that is already safe), so every piece of text reaches
the page through :func:`escape_value`.

File conventions, so templates can be read and still give exact bytes:

- the newline that ends the file is not part of the template (a template whose
  output ends with a line break ends with an empty line);
- a backslash at the end of a line joins it to the next line, whose leading
  whitespace is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from html import escape
from importlib.resources import files
from string import Template

_CONTINUATION = re.compile(r"\\\n[ \t]*")


class Html(str):
    """Markup that is already safe: filled in as it is."""

    __slots__ = ()


EMPTY = Html("")


def escape_value(value: object) -> str:
    if isinstance(value, Html):
        return value
    return escape(str(value), quote=True)


def text(value: str) -> Html:
    """Escape for element content only: quotes stay as they are."""
    return Html(escape(value, quote=False))


@cache
def _file_template(name: str) -> Template:
    text = files(__package__).joinpath("templates", name).read_text(encoding="utf-8")
    text = text.removesuffix("\n")
    return Template(_CONTINUATION.sub("", text))


@cache
def _inline_template(pattern: str) -> Template:
    return Template(pattern)


def render(name: str, **values: object) -> Html:
    """Fill the template file ``templates/<name>``."""
    return Html(_file_template(name).substitute({k: escape_value(v) for k, v in values.items()}))


def fill(pattern: str, **values: object) -> Html:
    """Fill a one-line pattern given in code (list items, links, small boxes)."""
    return Html(_inline_template(pattern).substitute({k: escape_value(v) for k, v in values.items()}))


def join(parts: Iterable[Html], sep: str = "") -> Html:
    """Concatenate rendered fragments (``sep`` is markup too)."""
    return Html(sep.join(parts))
