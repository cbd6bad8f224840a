"""Discussion pages: a page whose main content is a comment thread (an aggregator item, a Reddit-style
thread, a forum topic, a comment permalink) rather than an article with comments under it.

The test is the share of the page's text: the thread holds most of it and the page has little prose
of its own (the body extractor's paragraphs that are not comment text). A page that declares itself a
discussion (schema.org DiscussionForumPosting, SocialMediaPosting, QAPage) needs only a thread. The
story discussed is the item's outbound link: an off-site link that is the title, or that sits with
the title above the thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from autocrawl.extraction.article.body import BodyResult
from autocrawl.extraction.comments.dom import Element, short_text
from autocrawl.extraction.comments.extract import page_comments
from autocrawl.extraction.common.page import Page
from autocrawl.extraction.common.structured import ARTICLE_OG_TYPES, DISCUSSION_TYPES, Structured
from autocrawl.extraction.types import Comment

# Own prose a discussion may have (a self post, an "Ask" question) and still be mostly its thread.
MAX_OWN_CHARS = 2000
# The thread's text must be at least this many times the page's own prose.
MIN_THREAD_SHARE = 3.0
_MIN_PROSE_PARAGRAPH = 80  # shorter body lines around a thread are its furniture (names, dates, "reply")
_TITLE_BOX_CHARS = 1500
_QUOTE_SHARE = 0.7
_DATED_PATH = re.compile(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/")  # /2011/07/: a news or blog post
_MIN_TITLE_WORDS = 3  # the title's container, holding its outbound link, is small
_SHARE_HOSTS = re.compile(r"(?:^|\.)(?:twitter|x|facebook|linkedin|reddit|pinterest|whatsapp|t)\.\w+$")


_TITLE_TAGS = frozenset({"h1", "h2", "h3", "a"})
_TITLE_MARK = re.compile(r"title", re.I)


def _names(el: Element) -> str:
    return " ".join((el.get("class") or "", el.get("id") or "", el.get("slot") or ""))


@dataclass
class Discussion:
    comments: int
    own_text: str  # the page's own paragraphs (a self post), comment text left out
    discusses_url: str | None


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value] if value else []


@dataclass
class Thread:
    """What a discussion test needs of the page's tree, read before the body extractor changes it."""

    comments: list[Comment]
    declared_types: list[str]
    declared_article: bool


def discussion_thread(page: Page, sd: Structured, og_type: str | None) -> Thread | None:
    """The page's comments when it may be a discussion (it does not declare itself an article, or
    declares a discussion), None otherwise. Asked before the body extractor takes the tree."""
    types = [str(t).lower() for obj in sd.jsonld for t in _as_list(obj.get("@type"))]
    declared_article = bool(sd.article) or (og_type or "").lower() in ARTICLE_OG_TYPES
    if not DISCUSSION_TYPES & set(types) and (declared_article or _DATED_PATH.search(urlsplit(page.url).path)):
        return None  # an article that says so (or a post dated in its URL) keeps its kind
    comments = page_comments(page, links=False).comments  # the thread only: its links are the crawl's concern
    return Thread(comments, types, declared_article) if comments else None


def page_discussion(page: Page, thread: Thread, body: BodyResult, title: str | None) -> Discussion | None:
    """The discussion a page is, or None when it is something else (an article with comments, a page
    without a thread): its `thread`, what the article extractor found of its body and title."""
    comments = thread.comments
    own = own_paragraphs(body.text, comments)
    own_chars = sum(len(p) for p in own)
    thread_chars = sum(len(c.text) for c in comments)
    if not DISCUSSION_TYPES & {t.lower() for t in thread.declared_types}:
        if thread.declared_article or _DATED_PATH.search(urlsplit(page.url).path):
            return None  # an article that says so (or a post dated in its URL) keeps its kind
        if len(comments) < 2 or own_chars > MAX_OWN_CHARS or thread_chars < MIN_THREAD_SHARE * own_chars:
            return None
    root = page.root  # parsed again: the body extractor took the tree (rare: discussions only)
    link = outbound_link(root, page.url, title) if root is not None else None
    return Discussion(len(comments), "\n\n".join(own), link)


def _squash(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def own_paragraphs(body_text: str, comments: list[Comment]) -> list[str]:
    """Body paragraphs of prose that are not (part of) a comment."""
    thread = "\n".join(_squash(c.text) for c in comments)
    vocabularies = [set(_squash(c.text).split()) for c in comments]
    out = []
    for paragraph in body_text.split("\n\n"):
        paragraph = paragraph.strip()
        if len(paragraph) < _MIN_PROSE_PARAGRAPH:
            continue
        squashed = _squash(paragraph)
        quoted = _quotes_one(set(squashed.split()), vocabularies)
        if squashed and squashed not in thread and not _mostly_in(squashed, thread) and not quoted:
            out.append(paragraph)
    return out


def _quotes_one(words: set[str], vocabularies: list[set[str]]) -> bool:
    """A paragraph whose words are mostly one comment's: a reply quoting it ("Ann wrote: ..."),
    whose quote the reply's own text leaves out."""
    return len(words) >= 5 and any(len(words & v) >= _QUOTE_SHARE * len(words) for v in vocabularies)


def _mostly_in(squashed: str, thread: str) -> bool:
    """A paragraph that strings a comment's words together with its furniture (names, dates)."""
    lines = [line for line in thread.split("\n") if len(line) >= 20]
    covered = sum(len(line) for line in lines if line in squashed)
    return covered >= 0.6 * len(squashed)


def _base_domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    labels = [x for x in host.split(".") if x]
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
        return ".".join(labels[-3:])  # news.bbc.co.uk -> bbc.co.uk
    return ".".join(labels[-2:])


def _offsite(href: str | None, url: str) -> str | None:
    """The absolute http(s) URL of a link to another site, without its fragment, or None."""
    if not href or href.strip().startswith(("#", "javascript:", "mailto:")):
        return None
    try:
        target = urljoin(url, href.strip()).split("#", 1)[0]
        parts = urlsplit(target)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    base = _base_domain(target)
    if base == _base_domain(url) or _SHARE_HOSTS.search(parts.hostname) and url in target:
        return None
    page_host = urlsplit(url).hostname or ""
    if page_host and page_host in parts.query:
        return None  # a share or login link carrying this page's URL
    return target


def outbound_link(root: Element, url: str, title: str | None) -> str | None:
    """The story the item discusses: an off-site link whose text is the title, else the first
    off-site link in the small container that holds the title (before the thread)."""
    wanted = _squash(title or "")
    if len(wanted.split()) < _MIN_TITLE_WORDS:
        return None  # a title of a word or two ("science") names a section, not the item
    title_el: Element | None = None
    for el in root.iter():
        if not isinstance(el.tag, str) or not (el.tag in _TITLE_TAGS or _TITLE_MARK.search(_names(el))):
            continue
        text = _squash(short_text(el)) if len(el) < 8 else ""
        if not text or not (text == wanted or (len(text) >= 20 and (text in wanted or wanted in text))):
            continue
        if el.tag == "a":
            target = _offsite(el.get("href"), url)
            if target:
                return target
        if title_el is None and len(text) <= 2 * len(wanted) and el.tag in ("h1", "h2", "h3", "a", "span", "div"):
            title_el = el
    if title_el is None:
        return None
    box = title_el
    for _ in range(3):
        up = box.getparent()
        if up is None or len(short_text(up)) > _TITLE_BOX_CHARS:
            break
        box = up
    for a in box.iter("a"):
        target = _offsite(a.get("href"), url)
        if target and wanted not in _squash(unquote(urlsplit(target).query)):
            return target  # (not a search for the title elsewhere: "past discussions")
    return None
