"""What a page declares about itself in machine-readable form: JSON-LD, `<meta>` tags, microdata."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from autocrawl.extraction.common.dom import norm_space, spaced_text, text_of, with_itemprop

ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
        "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting", "Review", "Recipe",
        "AskPublicNewsArticle", "SatiricalArticle", "MedicalScholarlyArticle", "HowTo", "Blog",
        "DiscussionForumPosting", "PressRelease",
    )
)  # fmt: skip
NON_ARTICLE_TYPES = frozenset(
    t.lower()
    for t in (
        "CollectionPage", "ProfilePage", "SearchResultsPage", "AboutPage", "ContactPage",
        "ItemList", "VideoObject", "ImageGallery", "MediaGallery", "Product", "Event", "Person",
    )
)  # fmt: skip

# A page that declares one of these is a discussion (a forum topic, a post and its replies, a
# question and its answers), whatever else it declares.
DISCUSSION_TYPES = frozenset({"discussionforumposting", "socialmediaposting", "qapage", "question"})
# og:type values of a page that declares itself an article.
ARTICLE_OG_TYPES = ("article", "news", "blog", "newsarticle")

_TRAILING_COMMA = re.compile(r",\s*([}\]])")


@dataclass
class Structured:
    jsonld: list[dict[str, Any]] = field(default_factory=list)  # every typed object, flattened
    meta: dict[str, list[str]] = field(default_factory=dict)  # name/property/itemprop -> contents
    article: dict[str, Any] | None = None  # the JSON-LD object describing this page's article

    def first_meta(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, ()):
                value = norm_space(value)
                if value:
                    return value
        return None


def types_of(obj: dict[str, Any]) -> list[str]:
    value = obj.get("@type")
    if isinstance(value, str):
        return [value.lower()]
    if isinstance(value, list):
        return [v.lower() for v in value if isinstance(v, str)]
    return []


_CDATA_OPEN = re.compile(r"^(?://|/\*)?\s*<!\[CDATA\[\s*(?:\*/)?")
_CDATA_CLOSE = re.compile(r"(?://|/\*)?\s*\]\]>\s*(?:\*/)?$")


def _load_json(text: str) -> Any:
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:]
    if text.endswith("-->"):
        text = text[:-3]
    # A CDATA wrapper, commented out for old parsers ("//<![CDATA[", "/*<![CDATA[*/") or bare.
    text = _CDATA_OPEN.sub("", text.strip(), count=1)
    if "]]>" in text:  # what every match holds: the search, at each place of the text, is far dearer
        text = _CDATA_CLOSE.sub("", text)
    text = text.strip()
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    except RecursionError:  # nested deeper than Python's stack: a hostile page, not data
        return None
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
        return None


def _walk(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk(graph, depth + 1)
        main = value.get("mainEntity") or value.get("mainEntityOfPage")
        if isinstance(main, dict | list):
            yield from _walk(main, depth + 1)


def _pick_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    best: tuple[int, dict[str, Any]] | None = None
    for obj in objects:
        kinds = types_of(obj)
        if any(k in ARTICLE_TYPES for k in kinds):
            rank = 3 if any("newsarticle" in k for k in kinds) else 2
        elif any(k in ("webpage", "itempage") for k in kinds) and ("headline" in obj or "datePublished" in obj):
            rank = 1
        else:
            continue
        if "headline" in obj or "articleBody" in obj:
            rank += 2
        if best is None or rank > best[0]:
            best = (rank, obj)
    return best[1] if best else None


def _declaring(root: Any) -> dict[str, list[Any]]:
    """The page's script, meta and link elements, each kind in document order, from one walk."""
    found: dict[str, list[Any]] = {"script": [], "meta": [], "link": []}
    for el in root.iter("script", "meta", "link"):
        found[el.tag].append(el)
    return found


def collect(root: Any) -> Structured:
    out = Structured()
    declaring = _declaring(root)
    for script in declaring["script"]:
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        data = _load_json(script.text)
        if data is not None:
            out.jsonld.extend(_walk(data))
    meta = out.meta
    for el in declaring["meta"]:
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = el.get("content") or el.get("value")
        if key and content:
            meta.setdefault(key.strip().lower(), []).append(content)
    for el in declaring["link"]:
        rel = (el.get("rel") or "").lower()
        href = el.get("href")
        if href and rel in ("canonical", "author"):
            meta.setdefault(f"link:{rel}", []).append(href)
    # Microdata: itemprop values on ordinary elements (not <meta>, which is handled above).
    author_scope: Any = _UNSEEN
    for el in with_itemprop(root):
        if el.tag == "meta":
            continue
        prop = (el.get("itemprop") or "").strip().lower()
        if prop not in ("headline", "name", "author", "datepublished", "datemodified", "articlebody"):
            continue
        if prop == "name" and not _in_author_scope(el):
            continue
        if prop in ("name", "author"):
            scope = _work_scope(el)
            if scope is _FOREIGN:
                continue  # a review's or a comment's author
            if author_scope is _UNSEEN:
                author_scope = scope
            elif scope is not author_scope:
                continue  # the byline of another post listed on the page (related, more from)
            value = el.get("content") or spaced_text(el)
        else:
            value = el.get("content") or el.get("datetime") or (text_of(el) if prop != "articlebody" else "")
        if value:
            meta.setdefault(f"itemprop:{prop if prop != 'name' else 'author'}", []).append(value)
    out.article = _pick_article(out.jsonld)
    return out


_UNSEEN = object()
_FOREIGN = object()
_WORK_TYPE = re.compile(r"article|posting|report|creativework|webpage|review|comment|product|question|answer", re.I)
_FOREIGN_TYPE = re.compile(r"review|comment|product|question|answer", re.I)


def _work_scope(el: Any) -> Any:
    """The item (itemscope with a creative work's itemtype) an author element belongs to: None when
    it belongs to none, `_FOREIGN` for a review, comment, product or Q&A post."""
    parent = el.getparent()
    while parent is not None:
        kind = parent.get("itemtype")
        if kind and parent.get("itemscope") is not None and _WORK_TYPE.search(kind):
            return _FOREIGN if _FOREIGN_TYPE.search(kind) else parent
        if (parent.get("itemprop") or "").lower() in ("review", "comment", "reviews", "comments"):
            return _FOREIGN
        parent = parent.getparent()
    return None


def _in_author_scope(el: Any) -> bool:
    parent = el.getparent()
    for _ in range(3):
        if parent is None:
            return False
        if (parent.get("itemprop") or "").lower() == "author":
            return True
        parent = parent.getparent()
    return False


def json_str(value: Any) -> str | None:
    """A JSON-LD value as one string: the first of a list, the name (or @value) of an object
    (followed a few levels down: a value nested deeper is none)."""
    for _ in range(32):
        if isinstance(value, str):
            return norm_space(value) or None
        if isinstance(value, list) and value:
            value = value[0]
        elif isinstance(value, dict):
            value = value.get("name") or value.get("@value")
        else:
            return None
    return None
