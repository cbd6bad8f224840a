"""Whether a page is an article: what the page declares about itself first (og:type, JSON-LD
@type), its prose and link density second, its URL only as a hint."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from autocrawl.extraction.article.body import BodyResult
from autocrawl.extraction.article.meta import Meta
from autocrawl.extraction.common.dom import CJK_CHAR
from autocrawl.extraction.common.structured import ARTICLE_OG_TYPES, NON_ARTICLE_TYPES, Structured
from autocrawl.urls import canonicalize

__all__ = ["MIN_ARTICLE_CHARS", "decide_is_article", "types_of"]

_NOT_ARTICLE_PATH = re.compile(
    r"/(tag|tags|topic|topics|thema|themen|category|categories|kategorie|rubrik|author|authors|autor|"
    r"autoren|about|about-us|impressum|imprint|contact|kontakt|login|signin|register|search|suche|"
    r"archive|archiv|page|seite|user|users|profile|video|videos|gallery|galerie|bildergalerie|"
    r"fotostrecke|newsletter|abo|shop)(/|$)",
    re.I,
)
MIN_ARTICLE_CHARS = 500
# A page that declares itself an article (og:type, JSON-LD), or whose URL carries its date
# (/2019/10/21/), needs less text: news briefs and short blog posts are two or three sentences.
MIN_DECLARED_ARTICLE_CHARS = 150
# A declared article with this much prose stays one beside more link text than its own (a long
# "related articles" list or a shop box inside the post's element).
DECLARED_ARTICLE_OVER_LINKS = 1000
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/")


def decide_is_article(meta: Meta, sd: Structured, body: BodyResult, url: str) -> bool:
    """What the page says about itself first; text density second; the URL only as a hint."""
    kinds = [str(k).lower() for k in ([sd.article.get("@type")] if sd.article else []) if k]
    declared_article = bool(sd.article) or (meta.og_type or "") in ARTICLE_OG_TYPES
    declared_other = (
        any(t in NON_ARTICLE_TYPES for obj in sd.jsonld[:6] for t in types_of(obj)) and not declared_article
    )
    path = urlsplit(url).path if url else ""
    prose = _latin_equivalent(body.prose_chars, body.text)
    home = _is_home(url, meta.language)
    if home and not (declared_article and prose > 1500):
        return False
    if meta.og_type in ("profile", "video.other", "video.movie", "product") and not kinds and prose < 1500:
        return False
    if meta.og_type == "website" and not kinds and prose < 1500 and (prose < 800 or body.link_ratio > 0.2):
        return False  # many CMSs declare every page a "website": only a short or link-heavy one is a front
    if declared_other and prose < 2000:
        return False
    if body.link_ratio > 0.5 and not (declared_article and prose >= DECLARED_ARTICLE_OVER_LINKS):
        return False  # mostly links: a listing, unless an article says so and has a story's worth of prose
    if declared_article:
        return prose >= MIN_DECLARED_ARTICLE_CHARS or "liveblogposting" in kinds
    if _NOT_ARTICLE_PATH.search(path) and prose < 2500:
        return False
    least = MIN_DECLARED_ARTICLE_CHARS if _DATED_PATH.search(path) else MIN_ARTICLE_CHARS
    return prose >= least and body.link_ratio < 0.35


def _is_home(url: str, language: str | None = None) -> bool:
    """The site's front page: the root path (or /index.html, /home) with no query but tracking, or
    a language's front page (/en, /pt-br) when the page declares that language: a path of two
    letters is otherwise just a short path ("/cl-te", "/gz"), and an article may live there.
    "/?p=5031" is a post in WordPress's default permalinks, not the front page."""
    if not url:
        return False
    parts = urlsplit(canonicalize(url))
    if parts.query:
        return False
    if parts.path in ("", "/") or re.fullmatch(r"/(index\.\w+|home)/?", parts.path) is not None:
        return True
    localised = re.fullmatch(r"/([a-z]{2})(?:[-_][a-z]{2})?/?", parts.path, re.I)
    declared = (language or "").strip().lower().replace("_", "-").split("-")[0]
    return localised is not None and localised.group(1).lower() == declared


def _latin_equivalent(chars: int, text: str) -> int:
    """Prose length as if written in a Latin script: a Chinese, Japanese or Korean character
    carries about three times what a Latin one does, so the same story is a third as long."""
    sample = text[:2000]
    if not sample:
        return chars
    share = len(CJK_CHAR.findall(sample)) / len(sample)
    return int(chars * (1 + 2 * share))


def types_of(obj: dict) -> list[str]:
    """A JSON-LD object's @type values, lower case."""
    value = obj.get("@type")
    if isinstance(value, str):
        return [value.lower()]
    if isinstance(value, list):
        return [str(v).lower() for v in value]
    return []
