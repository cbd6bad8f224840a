"""Small HTML pages for the article extractor tests."""

from __future__ import annotations

import json
from typing import Any

from autocrawl.extraction.article.extract import extract_article
from autocrawl.extraction.types import Article

PARAGRAPHS = [
    "The city council voted on Tuesday to expand the tram network by twelve kilometres, a decision "
    "that had been debated for almost three years before it finally won a majority.",
    "Supporters said the new lines would connect the northern districts with the university and cut "
    "commuting times in half, while critics pointed to the rising cost of construction materials.",
    "The first section is expected to open in the spring of 2027, according to the transport "
    "department, which will publish a detailed timetable for the works next month.",
    "Residents along the planned route will be invited to a series of public meetings, where engineers "
    "will present the designs and answer questions about noise, parking and the future of local trees.",
]


def jsonld(obj: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def page(body: str, head: str = "", title: str = "Council approves tram expansion", lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | City Times</title>'
        f"{head}</head><body>{body}</body></html>"
    ).encode()


def article_markup(extra_inside: str = "", extra_after: str = "", byline: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        '<header class="site-header"><nav><a href="/">Home</a> <a href="/politics">Politics</a> '
        '<a href="/sport">Sport</a></nav></header>'
        f"<main><article><h1>Council approves tram expansion</h1>{byline}"
        f'<div class="article-body">{paragraphs}{extra_inside}</div></article>{extra_after}</main>'
        "<footer><p>© 2024 City Times. All rights reserved.</p></footer>"
    )


def extract(html: bytes, url: str = "https://news.example.com/2024/05/03/council-tram-expansion") -> Article:
    return extract_article(html, url)


def story_page(after: str, paragraph_class: str = "") -> bytes:
    """The tram story (headline and PARAGRAPHS, in a wrapper) with `after` below its last paragraph:
    what a rule about furniture after the text reads. `paragraph_class`: a class for each <p> (a hashed
    one, as CSS-in-JS sites write)."""
    attr = f' class="{paragraph_class}"' if paragraph_class else ""
    story = "".join(f"<p{attr}>{p}</p>" for p in PARAGRAPHS)
    return page(f"<div><h1>Council approves tram expansion</h1>{story}{after}</div>")


def assert_story_only(article: Article, left_out: list[str]) -> None:
    """Every paragraph of the story is in the body, and none of `left_out`."""
    assert all(p in article.body for p in PARAGRAPHS)
    assert not any(text in article.body for text in left_out)
