"""Title, authors, dates, language, canonical URL, site name and tags of a page.

Each field is read from the most explicit source first (JSON-LD, then `<meta>`/microdata,
then the visible DOM), so that a page's own declaration wins over guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from autocrawl.extraction.article.authors import dedupe
from autocrawl.extraction.article.bylines import pick_authors
from autocrawl.extraction.article.published import pick_dates
from autocrawl.extraction.article.title import pick_title
from autocrawl.extraction.common.dom import norm_space, resolve_href
from autocrawl.extraction.common.guard import guarded
from autocrawl.extraction.common.structured import Structured, json_str, types_of


@dataclass
class Meta:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)
    page_type: str | None = None
    og_type: str | None = None


def _site_name(sd: Structured, url: str) -> str | None:
    name = sd.first_meta("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher")
    if name:
        return name
    art = sd.article or {}
    pub = art.get("publisher")
    name = json_str(pub.get("name")) if isinstance(pub, dict) else None
    if name:
        return name
    for obj in sd.jsonld:
        if "website" in types_of(obj) and json_str(obj.get("name")):
            return json_str(obj.get("name"))
    return None


def _tags(sd: Structured) -> list[str]:
    art = sd.article or {}
    tags: list[str] = []
    keywords = art.get("keywords")
    if isinstance(keywords, str):
        tags.extend(k.strip() for k in keywords.split(","))
    elif isinstance(keywords, list):
        tags.extend(k.strip() for k in keywords if isinstance(k, str))
    tags.extend(sd.meta.get("article:tag", []))
    if not tags:
        for value in sd.meta.get("keywords", [])[:1] + sd.meta.get("news_keywords", [])[:1]:
            tags.extend(k.strip() for k in value.split(","))
    return dedupe([t for t in tags if t and len(t) < 80])[:30]


def extract_meta(root: Any, sd: Structured, url: str, text: str = "", warnings: list[str] | None = None) -> Meta:
    """Each field on its own: one that fails is left empty and named in `warnings`."""
    errors: list[str] = warnings if warnings is not None else []
    site = guarded(errors, "site_name", lambda: _site_name(sd, url), None)
    no_dates: tuple[str | None, str | None] = (None, None)
    published, modified = guarded(errors, "published", lambda: pick_dates(root, sd, url, text), no_dates)
    og_type = guarded(errors, "page_type", lambda: sd.first_meta("og:type"), None)
    return Meta(
        title=guarded(errors, "title", lambda: pick_title(root, sd, site, url), None),
        authors=guarded(errors, "authors", lambda: pick_authors(root, sd, site, url, text), []),
        published=published,
        modified=modified,
        language=guarded(errors, "language", lambda: _language(root, sd), None),
        canonical_url=guarded(errors, "canonical_url", lambda: _canonical(sd, url), None),
        site_name=site,
        description=guarded(
            errors, "lead", lambda: sd.first_meta("og:description", "description", "twitter:description"), None
        ),
        tags=guarded(errors, "tags", lambda: _tags(sd), []),
        page_type=guarded(errors, "page_type", lambda: _page_type(sd) or og_type, None),
        og_type=og_type.lower() if og_type else None,
    )


def _canonical(sd: Structured, url: str) -> str | None:
    canonical = sd.first_meta("link:canonical", "og:url")
    if canonical and url:
        return resolve_href(url, canonical)  # an address that does not parse is no canonical
    return canonical


def _language(root: Any, sd: Structured) -> str | None:
    art = sd.article or {}
    lang = root.get("lang") or root.get("xml:lang") or json_str(art.get("inLanguage"))
    lang = lang or sd.first_meta("og:locale", "content-language", "language", "dc.language")
    return norm_space(lang).replace("_", "-")[:20] if lang else None


def _page_type(sd: Structured) -> str | None:
    page_type = None
    if sd.article is not None:
        page_type = next((t for t in (sd.article.get("@type"),) if isinstance(t, str)), None)
        if page_type is None and isinstance(sd.article.get("@type"), list):
            page_type = str(sd.article["@type"][0])
    if page_type is None:
        for obj in sd.jsonld:
            kinds = obj.get("@type")
            if isinstance(kinds, str) and kinds.lower() not in ("organization", "website", "breadcrumblist"):
                page_type = kinds
                break
    return page_type
