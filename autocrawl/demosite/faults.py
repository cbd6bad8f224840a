"""Pages a crawler must survive (served with ``faults=True``): malformed or
mis-declared articles, whose truth is ``site.fault_articles``, and a huge page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .content import make_fault_articles
from .templating import fill, join, render, text

if TYPE_CHECKING:  # pragma: no cover
    from .model import NewsSite

FAULT_PATHS = [
    "/faults/server-error",
    "/faults/flaky",
    "/faults/slow",
    "/faults/empty",
    "/faults/report.pdf",
    "/faults/photo.jpg",
    "/faults/huge",
    "/faults/broken",
    "/faults/latin1",
    "/faults/nocharset",
]


def fault_page_bytes(site: NewsSite, name: str) -> tuple[bytes, str]:
    """``broken``: unclosed and misnested tags (UTF-8).  ``latin1``: cp1252 bytes
    under a UTF-8 meta tag.  ``nocharset``: cp1252 bytes with no charset anywhere."""
    art = {a.slug: a for a in (site.fault_articles or make_fault_articles())}[name]
    if name == "broken":
        p = art.paragraphs
        html = render(
            "fault-broken.html",
            title=art.title,
            published=art.published.isoformat(),
            author=art.authors[0],
            site_name=site.name,
            p1=p[0],
            p2=p[1],
            p3=p[2],
        )
        return html.encode("utf-8"), "text/html; charset=utf-8"
    html = render(
        "fault-mislabelled.html",
        meta_charset=fill('<meta charset="utf-8">') if name == "latin1" else "",
        title=art.title,
        published=art.published.isoformat(),
        author=art.authors[0],
        site_name=site.name,
        body=join(fill("<p>$p</p>", p=text(x)) for x in art.paragraphs),
    )
    return html.encode("cp1252"), "text/html"


def huge_page(min_bytes: int) -> bytes:
    """An archive table just over ``min_bytes`` long."""
    row = (
        "<tr><td>{i}</td><td>Harbour board minute {i}: the board noted the tide tables, "
        "the mooring fees and the state of the slipway, and agreed to revisit them.</td></tr>\n"
    )
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour board archive</title>'
        '<meta property="og:type" content="website"></head><body><h1>Harbour board archive (all minutes)</h1>'
        "<table>\n"
    ]
    size = len(parts[0])
    i = 0
    while size <= min_bytes + 1024:
        s = row.format(i=i)
        parts.append(s)
        size += len(s)
        i += 1
    parts.append("</table></body></html>\n")
    return "".join(parts).encode("utf-8")
