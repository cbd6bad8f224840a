"""The last step of `extract_article()`: every field as it is stored.

Text fields are repaired and normalised plain text (`plaintext`), tag-like strings are taken out
(and counted as the `markup-in-text` warning), URLs are http(s) only, and the body loses the
furniture that survived the walk (`furniture`): a caption printed twice in the body becomes the
caption of an image record, once. Nothing after extraction changes these fields, so the figures
of `autocrawl extract` are those of the stored rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from autocrawl.extraction.article.furniture import clean_body
from autocrawl.extraction.common.plaintext import (
    has_markup,
    normalize_line,
    normalize_text,
    repair,
    strip_markup,
    web_url,
)
from autocrawl.extraction.types import Article, Image

MARKUP_WARNING = "markup-in-text"
# Bounds of what one page may store: no headline, byline or caption runs longer, and a page with
# more is hostile or broken (its text as the <title>, a gallery of thousands of images).
MAX_LINE_CHARS = {"title": 1_000, "author": 200, "caption": 2_000, "site_name": 300}
MAX_IMAGES = 1_000


def finish_article(article: Article) -> Article:
    """`article` with every field as it is stored (a new Article; the argument is not changed)."""
    warnings = [normalize_line(w) for w in article.warnings]
    marked = False

    def line(value: str | None) -> str | None:
        nonlocal marked
        if value and has_markup(value):
            marked = True
            value = strip_markup(value)
        return normalize_line(value) or None

    title = _bounded(line(article.title), "title", warnings)
    authors = _unique(_bounded(line(a), "author", warnings) for a in article.authors)
    lead = normalize_text(strip_markup(article.lead)) if article.lead else ""
    marked = marked or has_markup(article.lead)
    body_text = article.body
    if has_markup(body_text):
        marked = True
        body_text = strip_markup(body_text)
    images: list[Image] = []
    captions_seen: set[str] = set()
    loose_captions: list[str] = []  # captions found without their image (printed twice in the text)
    for image in article.images:
        url = web_url(image.url)
        caption = _bounded(line(image.caption), "caption", warnings)
        if image.url is None and caption:
            loose_captions.append(caption)
        if url is None:
            continue
        if caption and caption.casefold() in captions_seen:
            caption = None  # a caption belongs to one image
        if caption:
            captions_seen.add(caption.casefold())
        images.append(Image(url=url, caption=caption))
    cleaned = clean_body(body_text, [i.caption for i in images if i.caption], title=title, authors=authors)
    images = _with_captions(images, [*loose_captions, *cleaned.captions])
    if marked:
        warnings.append(MARKUP_WARNING)
    if len(images) > MAX_IMAGES:
        images = images[:MAX_IMAGES]
        warnings.append("images-over-limit")
    return replace(
        article,
        canonical_url=web_url(article.canonical_url),
        title=title,
        authors=authors,
        published=line(article.published),
        modified=line(article.modified),
        language=line(article.language),
        lead=lead or None,
        body=cleaned.body,
        images=images,
        tags=_unique(line(t) for t in article.tags),
        site_name=_bounded(line(article.site_name), "site_name", warnings),
        page_type=line(article.page_type),
        discusses_url=web_url(article.discusses_url),
        warnings=list(dict.fromkeys(w for w in warnings if w)),
        url=repair(article.url),
    )


def _bounded(value: str | None, field: str, warnings: list[str]) -> str | None:
    """`value` cut at the last word boundary within its field's bound (`MAX_LINE_CHARS`), with a
    warning (`<field>-too-long`), when it is longer."""
    limit = MAX_LINE_CHARS[field]
    if value is None or len(value) <= limit:
        return value
    warnings.append(f"{field}-too-long")
    cut = value[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def _unique(values: Iterable[str | None]) -> list[str]:
    """The non-empty values, each once (case-insensitively), in order."""
    seen: set[str] = set()
    result: list[str] = []
    for value in values:
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            result.append(value)
    return result


def _with_captions(images: list[Image], captions: list[str]) -> list[Image]:
    """Captions found printed twice in the body, each given to the next image (in page order)
    that has none; a caption with no image left is a record of its own (no URL)."""
    known = {i.caption.casefold() for i in images if i.caption}
    result = list(images)
    free = [n for n, image in enumerate(result) if not image.caption]
    for caption in captions:
        if caption.casefold() in known:
            continue
        known.add(caption.casefold())
        if free:
            n = free.pop(0)
            result[n] = Image(url=result[n].url, caption=caption)
        else:
            result.append(Image(url=None, caption=caption))
    return result
