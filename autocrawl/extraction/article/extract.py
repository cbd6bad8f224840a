"""`extract_article()`: page bytes (or a loaded `Page`) in, an `Article` out. Pure (no Scrapy), never raises."""

from __future__ import annotations

import html as html_lib
import logging
import re
from typing import Any

from autocrawl.extraction.article.body import BodyResult, agree_with_declared, extract_body
from autocrawl.extraction.article.finish import finish_article
from autocrawl.extraction.article.is_article import MIN_ARTICLE_CHARS, decide_is_article, types_of
from autocrawl.extraction.article.meta import Meta, extract_meta
from autocrawl.extraction.article.scripted import flight_html
from autocrawl.extraction.comments.discussion import discussion_thread, page_discussion
from autocrawl.extraction.common.dom import parse
from autocrawl.extraction.common.guard import guarded
from autocrawl.extraction.common.page import Page, load_page
from autocrawl.extraction.common.structured import Structured
from autocrawl.extraction.types import Article, Image

logger = logging.getLogger(__name__)

# A markup text this long is the story itself: a declared articleBody much longer than it also
# holds what the page sets apart (transcripts, fact boxes, captions, video players, sign-offs).
MAX_MARKUP_CHARS_FOR_DECLARED = 3000


def _declared_body(sd: Structured) -> str | None:
    """JSON-LD articleBody (or a HowTo's or Recipe's description and steps) as paragraphs,
    HTML tags and entities removed."""
    art = sd.article or {}
    value = art.get("articleBody")
    if not isinstance(value, str):
        value = _declared_steps(art)
    if not isinstance(value, str) or len(value) < 200:
        return None
    if "<" in value:
        value = re.sub(r"</?(p|div|br|h\d|li|blockquote)\b[^>]*>", "\n", value, flags=re.I)
        value = re.sub(r"<[^>]+>", "", value)
    value = html_lib.unescape(value)
    paragraphs = [" ".join(line.split()) for line in value.splitlines()]
    return "\n\n".join(p for p in paragraphs if p)


_STEP_KEYS = ("step", "recipeInstructions", "itemListElement")


def _declared_steps(obj: dict) -> str | None:
    """A schema.org HowTo or Recipe as text: its description, then each step's text in order
    (steps may be nested in sections and directions). Pages rendered by script carry them."""
    if not {"howto", "recipe"} & set(types_of(obj)):
        return None
    parts: list[str] = []
    description = obj.get("description")
    if isinstance(description, str):
        parts.append(description)

    def walk(value: object, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, dict):
            text = value.get("text")
            if isinstance(text, str):
                parts.append(text)
            for key in _STEP_KEYS:
                walk(value.get(key), depth + 1)

    for key in _STEP_KEYS[:2]:
        walk(obj.get(key))
    return "\n".join(parts) if parts else None


def _scripted_body(page_text: str, url: str, meta: Meta) -> BodyResult | None:
    """The body of article markup shipped in a script payload (Next.js flight data)."""
    markup = flight_html(page_text)
    if not markup:
        return None
    root = parse(f"<html><body><article>{markup}</article></body></html>")
    return extract_body(root, url, meta.title, meta.description) if root is not None else None


def _squash(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def extract_article(html: bytes | Page, url: str, content_type: str | None = None) -> Article:
    """Extract one page's article fields, from its bytes or from the `Page` the comments and links
    share (the body extractor takes its tree: read the others first). Never raises: problems
    become `warnings`, a failing field `extraction-error:<field>`."""
    try:
        return _extract(html if isinstance(html, Page) else load_page(html, url, content_type))
    except Exception as exc:  # the last line of defence: a page must never take the crawl down
        logger.warning("extraction of %s failed: %s: %s", url, type(exc).__name__, exc)
        return Article(url=url, warnings=["extraction-error:page"])


def _extract(page: Page) -> Article:
    url = page.url
    warnings = list(page.warnings)
    root = page.root
    if root is None:
        return Article(url=url, warnings=warnings)
    sd = guarded(warnings, "structured_data", page.structured, Structured())
    meta = extract_meta(root, sd, url, page.text, warnings)
    # The discussion test reads the comments before the body extractor takes the tree.
    kind_warnings: list[str] = []
    thread = guarded(kind_warnings, "kind", lambda: discussion_thread(page, sd, meta.og_type), None)
    body = guarded(warnings, "body", lambda: _body(page.take_tree(), sd, url, meta, page.text, warnings), BodyResult())
    discussion = (
        guarded(kind_warnings, "kind", lambda: page_discussion(page, thread, body, meta.title), None)
        if thread is not None
        else None
    )
    warnings += kind_warnings
    if not body.text and discussion is None:  # a thread has no body
        warnings.append("no-body")
    raw = Article(
        url=url,
        canonical_url=meta.canonical_url,
        title=meta.title,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        language=meta.language,
        lead=meta.description,
        body=discussion.own_text if discussion else body.text,
        images=[*body.images, *(Image(url=None, caption=c) for c in body.doubled_captions)],
        tags=meta.tags,
        site_name=meta.site_name,
        is_article=discussion is not None
        or guarded(warnings, "is_article", lambda: decide_is_article(meta, sd, body, url), False),
        kind="discussion" if discussion else "article",
        discusses_url=discussion.discusses_url if discussion else None,
        page_type=meta.page_type,
        warnings=warnings,
    )
    return guarded(warnings, "finish", lambda: finish_article(raw), raw)


def _body(root: Any, sd: Structured, url: str, meta: Meta, page_text: str, warnings: list[str]) -> BodyResult:
    """The body from the markup; from a script payload or the declared articleBody when the
    markup hides the text."""
    body = extract_body(root, url, meta.title, meta.description, warnings)
    if body.prose_chars < MIN_ARTICLE_CHARS:
        scripted = _scripted_body(page_text, url, meta)
        if scripted is not None and scripted.prose_chars > 2 * body.prose_chars + 200:
            body = scripted
            warnings.append("body-from-script")
    declared_body = _declared_body(sd)
    if (
        declared_body
        and len(body.text) < MAX_MARKUP_CHARS_FOR_DECLARED
        and len(declared_body) > 1.5 * len(body.text) + 200
    ):
        # The markup hides the text (rendered by script, split oddly): trust the declaration.
        # The declaration often leaves out the standfirst the page shows above the text: keep it.
        first = body.paragraphs[0] if body.paragraphs else ""
        if len(first) >= 80 and _squash(first) not in _squash(declared_body):
            declared_body = f"{first}\n\n{declared_body}"
        body.text = declared_body
        body.prose_chars = max(body.prose_chars, len(declared_body))
        body.link_ratio = 0.0  # the declared text has no links; the markup's ratio says nothing of it
        warnings.append("body-from-jsonld")
    elif declared_body:
        agree_with_declared(body, declared_body)
    return body
