"""Main text and images of a page, by text density.

The page is cut into text blocks (paragraph-like runs between block-level tags). Each block
is worth its non-link characters when it reads like prose and costs its link characters
(and a little for short fragments) when it does not. The element whose subtree has the best
net worth is the article container: going up the tree pays only while the extra prose
outweighs the extra navigation, teasers and link lists it brings along. Its blocks, minus
furniture (captions, share bars, "read more", comment sections) are the body.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lxml import etree

from autocrawl.extraction.article import blockmodel
from autocrawl.extraction.article.reply_items import comment_items
from autocrawl.extraction.common.boilerplate import (
    is_author_bio,
    is_blog_pointer,
    is_boilerplate_text,
    is_byline,
    is_comment_mark,
    is_credit_line,
    is_dateline,
    is_doubled,
    is_side_box_mark,
    is_stop_heading,
    marked_as_boilerplate,
    weak_mark,
)
from autocrawl.extraction.common.discussion_heading import opens_discussion
from autocrawl.extraction.common.dom import (
    CJK_CHAR,
    any_case,
    attr_tokens,
    class_id_tokens,
    may_match,
    norm_space,
    release,
    resolve_href,
    tag_of,
    text_of,
    walk,
    with_itemprop,
)
from autocrawl.extraction.common.guard import guarded
from autocrawl.extraction.types import Image

DROP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "button",
        "select",
        "input",
        "textarea",
        "option",
        "nav",
        "aside",
        "footer",
        "dialog",
        "head",
        "video",
        "audio",
        "map",
        "source",
        "track",
        "figcaption",
    ]
)
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "main",
        "figure",
        "address",
        "hr",
        "center",
        "details",
        "summary",
        "fieldset",
        "form",
        "body",
        "html",
    ]
)
HEADINGS = frozenset(["h2", "h3", "h4", "h5", "h6"])
_DROP_ROLES = frozenset(
    ("navigation", "complementary", "contentinfo", "search", "dialog", "alertdialog", "menu", "menubar", "button")
    # ARIA's widget roles: controls a reader operates (a carousel's listbox of cards, a tab strip, a
    # tooltip), never the text they read
    + ("listbox", "option", "toolbar", "menuitem", "combobox", "slider", "tooltip", "switch")
)
_CONTENT_CLASS = re.compile(
    r"(?:^|\s)(?:entry-content|post-body|post-content|article-body|articlebody|article__body|article-content|"
    r"story-body|story-content|story__body|content-body|article-text|articletext|post-entry|news-text|"
    r"td-post-content|single-content|text-content|rich-text|richtext|body-text|bodytext)(?:$|\s)",
    re.I,
)
# What a sentence (a quote, a label) ends with, before trailing white space: its last character is
# looked up rather than the text searched for "[…]\s*$" (a search tries every such character in it).
_SENTENCE_END = frozenset('.!?:;…»«"“”)。！？')
_FULL_STOP = re.compile(r"[.!?…。！？][\"'“”»«’)]*\s*$")  # not "Tags:", not "(Quelle: dpa)"
SHORT_FRAGMENT = 18
TEASER_MAX = 300
_TEASER_MARK = re.compile(r"(?:^|[\s_-])teaser(?=$|[\s_-])", re.I)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.I)  # characters of a teaser item in a repeated list
_CREDIT_SIGNS = re.compile(r"[/©|•]|\b(image|foto|photo|bild|getty|imago|reuters|afp|dpa|apa)\b", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")
MIN_PROSE = 40  # characters for a block to count as prose
MIN_PROSE_CJK = 15
TIGHTEN = 0.7  # a child with this share of its parent's worth replaces the parent


@dataclass
class Block:
    text: str
    link_chars: int
    owner: Any  # nearest block-level element
    kind: str  # owner's tag
    link_count: int = 0  # <a> elements opened in the block
    prose: bool | None = field(default=None, repr=False, compare=False)  # _is_prose, once known

    @property
    def density(self) -> float:
        return self.link_chars / max(len(self.text), 1)


@dataclass
class BodyResult:
    text: str = ""
    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    doubled_captions: list[str] = field(default_factory=list)  # captions the text printed twice, once each
    prose_chars: int = 0  # characters of prose blocks in the chosen container
    link_ratio: float = 0.0  # share of link text in the chosen container
    container: Any = None


class _Walker:
    """Cuts the tree into blocks in document order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._links = 0
        self._link_count = 0
        self._owner: Any = None

    def flush(self) -> None:
        if not self._parts:  # most calls: a block tag right after another (no text, so no link text)
            self._link_count = 0
            return
        text = norm_space("".join(self._parts))
        if "&" in text and _ENTITY.search(text):
            text = html.unescape(text)  # double-escaped markup ("&amp;oacute;") shows as text
        if text:
            links = min(self._links, len(text))
            self.blocks.append(Block(text, links, self._owner, tag_of(self._owner), self._link_count))
        self._parts.clear()  # (the same list: `walk` holds it)
        self._links = 0
        self._link_count = 0

    def walk(self, root: Any, owner: Any, in_link: bool = False) -> None:
        """Depth-first in document order, by lxml's `iterwalk` (pages nest deeper than Python's
        recursion limit). It passes over comments and processing instructions, and their tails:
        `clean_tree` has removed them (keeping their tails) before the walk. Tags are read inline
        (not through `tag_of`): this loop visits every node of the page."""
        contexts = [(owner, in_link)]  # (owner, in_link) for the children of each open element
        tags: list[str] = []  # the tag of each open element, read once at its start
        # Each piece of text is added inline (this loop visits every node): the block's owner is that
        # of its first piece, and a piece inside a link counts for the block's link characters.
        parts, flush = self._parts, self.flush
        for event, el in etree.iterwalk(root, events=("start", "end")):
            if event == "start":
                tag = el.tag.lower()
                tags.append(tag)
                owner, in_link = contexts[-1]
                if tag in BLOCK_TAGS:
                    flush()
                    owner = el
                elif tag == "br":
                    if parts:
                        parts.append("\n")
                elif tag == "a":
                    in_link = True
                    self._link_count += 1
                text = el.text  # (lxml builds each property's string anew: read once)
                if text:
                    if not parts:
                        self._owner = owner
                    parts.append(text)
                    if in_link:
                        self._links += len(text.strip())
                contexts.append((owner, in_link))
                continue
            contexts.pop()
            tag = tags.pop()
            if tag in BLOCK_TAGS:
                flush()
            if el is root:
                break
            tail = el.tail
            if tail:
                owner, in_link = contexts[-1]
                if not parts:
                    self._owner = owner
                parts.append(tail)
                if in_link:
                    self._links += len(tail.strip())


_ARTICLE_TAGS = ("article", "main")
_CONTENT_WORDS = ("content", "body", "text", "entry")  # one in each name `_CONTENT_CLASS` knows


def _content_class(cls: str) -> bool:
    return may_match(cls, _CONTENT_WORDS, _CONTENT_CLASS) and _content_class_search(cls)


@lru_cache(maxsize=8192)
def _content_class_search(cls: str) -> bool:
    return any_case(_CONTENT_CLASS, cls)


def _ancestors_of(elements: list[Any]) -> set[Any]:
    keep: set[Any] = set()
    for el in elements:
        while el is not None and el not in keep:
            keep.add(el)
            el = el.getparent()
    return keep


def _protected(root: Any, title: str | None = None) -> tuple[set[Any], set[Any], list[Any]]:
    """Elements never dropped as boilerplate (ancestors of the headline and of a declared
    article body), and elements kept unless they are marked as comments (ancestors of
    <article>, <main> and of elements with a content class such as "entry-content").
    Also the elements that name themselves the article body (itemprop="articleBody", a content
    class), in document order, for `_declared_container`: one walk less over the page.
    One pass over the tree reads the classes (libxml2's XPath unions of `//` steps are several times
    slower); the tags wanted are found by lxml's own search for them, which reads no tag in Python
    (the parser writes tag names in lower case). The itemprop elements are the structured data's
    (`with_itemprop`), not a `get` of every element."""
    bodies = {el for el in with_itemprop(root) if el.get("itemprop") == "articleBody"}
    declared = []
    soft_roots = []
    named: set[Any] = set()  # elements with a content class
    for el in walk(root):
        cls = el.get("class")
        if cls is None:
            content = False
        elif cls.isascii():  # `may_match`'s substring test for `_CONTENT_CLASS`, written out
            low = cls.lower()
            content = ("content" in low or "body" in low or "text" in low or "entry" in low) and _content_class_search(
                cls
            )
        else:
            content = _content_class(cls)
        if content and not isinstance(el.tag, str):
            content = False  # a processing instruction's pseudo-attribute (`parse` leaves none)
        if content:
            declared.append(el)
            named.add(el)
            if _may_hold_article(el):
                soft_roots.append(el)
        elif bodies and el in bodies:
            declared.append(el)
    hard_roots = list(bodies)
    subheads = []  # h2/h3: the headline where the h1 is the site's logo or missing
    for el in root.iter("h1", "h2", "h3", *_ARTICLE_TAGS):
        tag = el.tag
        if tag == "h1":
            hard_roots.append(el)
        elif tag in _ARTICLE_TAGS:
            if el not in named and _may_hold_article(el):
                soft_roots.append(el)
        elif title and el not in bodies:
            subheads.append(el)
    if title and not any(el.tag == "h1" and text_of(el) == title for el in hard_roots):
        headline = next((el for el in subheads if text_of(el) == title), None)
        if headline is not None:
            hard_roots.append(headline)
    return _ancestors_of(hard_roots), _ancestors_of(soft_roots), declared


def _may_hold_article(el: Any) -> bool:
    """An <article> named as furniture ("login-modal", "teaser-list") is not an article,
    unless it holds real paragraphs; a comment never is."""
    tokens = attr_tokens(el)
    if not tokens:
        return True
    if is_comment_mark(tokens):
        return False
    return not marked_as_boilerplate(tokens) or _holds_prose(el)


# The tags `_doomed` may drop an element without attributes for.
_DOOMED_BARE = DROP_TAGS | {"form", "header"}


def _doomed(el: Any, tag: str, hard: set[Any], soft: set[Any]) -> bool:
    if el in hard:
        return False
    # The names first: lxml's `get` costs as much for an attribute the element lacks as for one it
    # has, its list of names less than one `get`, and most of the attributes read here are missing.
    # (The HTML parser gives no attribute defaults: `get` finds exactly the attributes named.)
    names = el.keys()
    if not names and tag not in _DOOMED_BARE:
        return False  # a bare element (a quarter of them): no test below finds anything in it
    cls = el.get("class") if "class" in names else None
    ident = el.get("id") if "id" in names else None
    tokens = class_id_tokens(cls, ident)
    if el in soft:
        return bool(tokens) and is_comment_mark(tokens)
    if tag in DROP_TAGS:
        if tag == "noscript":
            # The text itself when a script renders the article: the fallback holds the paragraphs.
            return not _holds_prose(el)
        return not (tag == "footer" and _inside_article(el))
    if tag == "form" and not _holds_prose(el):
        return True  # a sign-up, search, login or poll form; ASP.NET wraps whole pages in one
    if "hidden" in names or ("role" in names and (el.get("role") or "").lower() in _DROP_ROLES):
        return True
    if "aria-modal" in names and (el.get("aria-modal") or "").lower() == "true":
        return True  # a modal overlay (a consent dialog, a sign-up box), whatever role it claims
    if tag == "header" and _is_banner(el):
        return True
    style = el.get("style") if "style" in names else None
    if style and _HIDDEN_STYLE.search(style):
        return True
    if tokens and "paywall" in tokens and _PAYWALL_MARK.search(tokens) and _paywalled_text(el, tokens):
        return False
    if tag not in ("span", "i") and "aria-hidden" in names and el.get("aria-hidden") == "true":
        return True
    if tokens and _teaser_mark(tokens) and (el.find(".//a") is not None or tag == "a"):
        return not _holds_prose(el)  # a teaser linking elsewhere; "teaser-text" leads stay
    if tokens and marked_as_boilerplate(tokens):
        # A wrapper named after its sidebar or header that holds the article is not furniture.
        return not (weak_mark(tokens) and _holds_prose(el))
    return False


def _teaser_mark(tokens: str) -> bool:
    """`_TEASER_MARK` in lower-cased class/id tokens; a substring test first (an ASCII token can only
    match as "teaser"), since nearly every element is tested and few are teasers."""
    if tokens.isascii() and "teaser" not in tokens:
        return False
    return _TEASER_MARK.search(tokens) is not None


_PAYWALL_MARK = re.compile(r"(?:^|[\s_-])paywall(?:ed)?(?=$|[\s_-])")


def _paywalled_text(el: Any, tokens: str) -> bool:
    """Article paragraphs a site marks "paywall" (hidden from non-subscribers, but in the page), unlike
    the paywall's own offer: a paragraph of prose that is no subscription pitch, and no other mark."""
    if marked_as_boilerplate(_PAYWALL_MARK.sub(" ", tokens)):
        return False
    for p in el.iter("p"):
        text = text_of(p)
        if len(text) >= 150 and not is_boilerplate_text(text):
            return True
    return False


def clean_tree(root: Any, title: str | None = None) -> list[Any]:
    """Drop scripts, navigation and elements whose class/id/role mark them as furniture. Gives back
    the elements that named themselves the article body before (some may be gone now)."""
    hard, soft, declared = _protected(root, title)
    comments = comment_items(root)
    release(root)  # the walks of the tree as read are done: it changes below
    doomed = []
    stack = [root]
    while stack:
        el = stack.pop()
        for child in el:
            tag = child.tag
            if (
                not isinstance(tag, str)
                or not tag
                or (child in comments and child not in hard)
                or _doomed(child, tag.lower(), hard, soft)
            ):
                doomed.append(child)  # its subtree goes with it: no need to look inside
            else:
                stack.append(child)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        parent.remove(el)
        if tail and tail.strip():
            _reattach_tail(parent, tail, None)
    return declared


def _holds_prose(el: Any) -> bool:
    """Three real paragraphs or 2000 characters: article text, whatever the wrapper is called."""
    long_paragraphs = 0
    for p in el.iter("p"):
        if len(text_of(p)) >= 80:
            long_paragraphs += 1
            if long_paragraphs >= 3:
                return True
    total = len(text_of(el))
    if total <= 2000:
        return False
    links = 0
    for a in el.iter("a"):  # a menu of hundreds of links is decided once half its text is links
        links += len(text_of(a))
        if links >= 0.5 * total:
            return False
    return True


# A <header> inside one of these heads that part; one outside them is the page's banner (HTML-AAM).
_SECTIONING = frozenset(("article", "aside", "main", "nav", "section"))


def _is_banner(el: Any) -> bool:
    """The site's banner (logo, tagline, menu): a <header> that heads the page rather than a part
    of it. One that holds the headline, or a paragraph of prose, is the article's own header on a
    page without an <article> element: kept. (A role="banner" block is left to the density walk:
    on forum pages it wraps the thread's own navigation, and dropping it moves the pick.)"""
    parent = el.getparent()
    while parent is not None:
        if tag_of(parent) in _SECTIONING:
            return False
        parent = parent.getparent()
    if next(el.iter("h1"), None) is not None:
        return False
    return not any(len(text_of(p)) >= 150 for p in el.iter("p"))


def _inside_article(el: Any) -> bool:
    parent = el.getparent()
    while parent is not None:
        if tag_of(parent) == "article":
            return True
        parent = parent.getparent()
    return False


def _reattach_tail(parent: Any, tail: str, _prev: Any) -> None:
    # The removed element's tail belongs to its parent: keep it at the end of the parent's text.
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail


def _is_prose(block: Block) -> bool:
    """Asked of each block many times over (container choice, tightening, filtering): kept on the block."""
    prose = block.prose
    if prose is None:
        limit = MIN_PROSE_CJK if CJK_CHAR.search(block.text[:50]) else MIN_PROSE
        prose = block.prose = len(block.text) >= limit and block.density < 0.35 and block.kind not in ("h1",)
    return prose


def _worth(block: Block) -> float:
    if _is_prose(block):
        return len(block.text) - block.link_chars
    penalty = block.link_chars * 1.0
    if block.kind not in HEADINGS and block.link_chars == 0:
        penalty += 0.15 * len(block.text)
    return -penalty


def _choose_container(blocks: list[Block]) -> Any:
    scores: dict[Any, float] = {}
    first_block: dict[Any, int] = {}
    for index, block in enumerate(blocks):
        worth = _worth(block)
        el = block.owner
        while el is not None:
            scores[el] = scores.get(el, 0.0) + worth
            first_block.setdefault(el, index)
            el = el.getparent()
    if not scores:
        return None
    best, best_score = max(scores.items(), key=lambda kv: kv[1])
    return _widen_lone_block(_tighten(best, best_score, blocks, scores, first_block), blocks)


def _tighten(
    best: Any, best_score: float, blocks: list[Block], scores: dict[Any, float], first_block: dict[Any, int]
) -> Any:
    # Step down while one child holds nearly all of the worth and the rest comes after it:
    # the parent then only adds stray prose (a consent text, a push-notification box) from
    # further down the page. Prose before the child (a lead, an intro) keeps the parent.
    while True:
        children = [c for c in best if isinstance(c.tag, str) and c in scores]
        if not children:
            return best
        child = max(children, key=lambda c: scores[c])
        if scores[child] < TIGHTEN * best_score:
            return best
        start = first_block[child]
        if any(_is_prose(b) for b in blocks[first_block[best] : start]):
            return best
        if _text_continues_after(child, best, blocks, start):
            return best
        best = child


def _signature(block: Block) -> tuple[str, str]:
    return block.kind, block.owner.get("class") or ""


def _text_continues_after(child: Any, parent: Any, blocks: list[Block], start: int) -> bool:
    """The first prose after the child, inside the parent, is a paragraph styled like the child's own
    (same tag and class): the article goes on past a break (an ad, an embed, a column split)."""
    own: set[tuple[str, str]] = set()
    index = start
    while index < len(blocks) and _within(blocks[index].owner, child):
        if _is_prose(blocks[index]):
            own.add(_signature(blocks[index]))
        index += 1
    while index < len(blocks) and _within(blocks[index].owner, parent):
        block = blocks[index]
        if _is_prose(block):  # the first prose after the child decides
            return len(block.text) >= 200 and bool(block.owner.get("class")) and _signature(block) in own
        index += 1
    return False


def _widen_lone_block(best: Any, blocks: list[Block]) -> Any:
    """A single paragraph is not an article: when the pick holds one block only (its short
    neighbours cost it their fragment penalty: dialogue lines, a list, a signature), take the
    nearest ancestor holding more, unless what that adds is mostly links (a teaser, a menu)."""
    inside = [b for b in blocks if _within(b.owner, best)]
    if len(inside) != 1:
        return best
    parent = best.getparent()
    while parent is not None:
        around = [b for b in blocks if _within(b.owner, parent)]
        if len(around) > 1:
            break
        parent = parent.getparent()
    if parent is None:
        return best
    lone = inside[0]
    added = [b for b in around if b is not lone and b.kind not in HEADINGS]
    text = sum(len(b.text) for b in added)
    if sum(b.link_chars for b in added if not _term_links(b)) <= 0.3 * text:
        return parent
    # Mostly links, yet the story goes on around the block in paragraphs styled like it: the
    # links are a list inside the story's element (related articles), and the filter drops them.
    own = _signature(lone)
    alike = sum(len(b.text) for b in added if _signature(b) == own and _is_prose(b))
    return parent if alike >= len(lone.text) else best


def _declared_container(start: Any, container: Any, blocks: list[Block], declared: list[Any]) -> Any:
    """The element the markup names as the article body, when the density pick lies inside it
    (the body is split into short pieces) or found almost no prose. `declared`: the elements that
    named themselves the body before `clean_tree` (in document order); those still below `start` count."""
    marked = [el for el in declared if el is not start and _within(el, start)]
    if not marked:
        return container
    text_within = _text_within(blocks)
    sizes = {el: text_within.get(el, 0) for el in marked}
    best = max(marked, key=lambda el: sizes[el])
    if sizes[best] == 0 or best is container:
        return container
    if _within(container, best):
        return best
    own = sum(len(b.text) for b in blocks if _within(b.owner, container) and _is_prose(b))
    return best if own < 300 and sizes[best] > own else container


def _text_within(blocks: list[Block]) -> dict[Any, int]:
    """Characters of block text inside each element holding any: one walk up from each block,
    instead of a walk up from every block for every element asked about."""
    totals: dict[Any, int] = {}
    for block in blocks:
        size = len(block.text)
        el = block.owner
        while el is not None:
            totals[el] = totals.get(el, 0) + size
            el = el.getparent()
    return totals


_NOT_TEASER_TAGS = frozenset(
    [
        "p",
        "br",
        "span",
        "a",
        "em",
        "strong",
        "b",
        "i",
        "tr",
        "td",
        "th",
        "dt",
        "dd",
        "option",
        "source",
        "img",
    ]
)


def _teaser_items(container: Any) -> tuple[set[Any], set[Any]]:
    """Repeated look-alike siblings (three or more of the same tag and class, or of the same tag and
    inner structure), each a teaser: a list of links to other pages, not part of the text. Also the
    fact boxes met on the way."""
    items: set[Any] = set()
    side_boxes: set[Any] = set()
    for parent in container.iter():
        cls = parent.get("class")
        if cls and parent is not container and _side_box(parent, cls):
            side_boxes.add(parent)
        if len(parent) < 3:
            continue
        groups: dict[tuple[str, str], list[Any]] = {}
        shapes: dict[tuple[str, str], list[Any]] = {}
        per_tag: dict[str, int] = {}
        for child in parent:
            tag = tag_of(child)
            if tag and tag not in _NOT_TEASER_TAGS:
                groups.setdefault((tag, child.get("class") or ""), []).append(child)
                per_tag[tag] = per_tag.get(tag, 0) + 1
                shape = _card_shape(child)
                if shape:
                    shapes.setdefault((tag, shape), []).append(child)
        for members in groups.values():
            if len(members) >= 3 and all(_teaser(m) for m in members):
                items.update(members)
        for (tag, _), members in shapes.items():
            # Cards built alike (classes may differ by a spacing class): the whole run, not the
            # linked items picked out of a list of plain ones.
            if len(members) >= 3 and len(members) >= 0.8 * per_tag[tag] and all(_teaser(m) for m in members):
                items.update(members)
    return items, side_boxes


TEASER_CARD_MAX = 1000  # a teaser card: a linked headline and a summary of a few sentences
TEASER_LINK_SHARE = 0.5  # a teaser is mostly its link; a list item with a linked word in a sentence is text


_CARD_PARTS = frozenset(("h2", "h3", "h4", "h5", "h6", "img", "picture", "time", "figure"))


def _card_shape(el: Any) -> str:
    """The inner structure of a card (the tags below it in document order, the first 40) when it
    holds a headline, a picture or a date, else "": list items of plain text are no cards."""
    tags = []
    for node in el.iterdescendants():
        tag = node.tag
        if isinstance(tag, str):
            tags.append(tag)
            if len(tags) >= 40:
                break
    return " ".join(tags) if _CARD_PARTS.intersection(tags) else ""


def _teaser(el: Any) -> bool:
    """Short and mostly its link elsewhere, or a card (a headline, a picture or a date beside the
    link; a longer summary under a linked headline). A like button, a "#comments" anchor or a
    script link leads nowhere else."""
    if not any(_leads_elsewhere(a) for a in el.iter("a")):
        return False
    size = len(text_of(el))
    if size < TEASER_MAX and (_card(el) or sum(len(text_of(a)) for a in el.iter("a")) >= TEASER_LINK_SHARE * size):
        return True
    return size < TEASER_CARD_MAX and _linked_headline(el)


def _card(el: Any) -> bool:
    """A headline, a picture or a date beside the link: a card for another page, not a line of text."""
    return any(isinstance(node.tag, str) and node.tag in _CARD_PARTS for node in el.iterdescendants())


def _leads_elsewhere(a: Any) -> bool:
    href = (a.get("href") or "").strip().lower()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _linked_headline(el: Any) -> bool:
    """A heading that is a link (or sits in one): the title of another page."""
    for heading in el.iter(*HEADINGS):
        if heading.find(".//a") is not None or any(tag_of(a) == "a" for a in heading.iterancestors()):
            return True
    return False


SIDE_BOX_MIN_TEXT = 500  # prose characters the text must have outside its fact boxes to do without them


def _without_side_boxes(chosen: list[Block], container: Any, boxes: set[Any]) -> list[Block]:
    """Fact boxes and info boxes inside the text ("The King's Speech: full transcript") are set beside it:
    dropped when the article has prose of its own outside them; a box that is the whole text stays."""
    if not boxes:
        return chosen
    inside = [_inside_any(b.owner, boxes, container) for b in chosen]
    outside = sum(len(b.text) for b, boxed in zip(chosen, inside, strict=True) if not boxed and _is_prose(b))
    if outside < SIDE_BOX_MIN_TEXT:
        return chosen
    return [b for b, boxed in zip(chosen, inside, strict=True) if not boxed]


def _side_box(el: Any, cls: str) -> bool:
    """Whether an element with the class `cls` is a fact box (`is_side_box_mark` of its class and id,
    asked only when they hold a word of its pattern: most elements of the text are classed)."""
    if not isinstance(el.tag, str):
        return False
    tokens = class_id_tokens(cls, el.get("id"))
    return ("box" in tokens or "infokasten" in tokens) and is_side_box_mark(tokens)


def _inside_any(el: Any, items: set[Any], stop: Any) -> bool:
    if not items:
        return False
    while el is not None and el is not stop:
        if el in items:
            return True
        el = el.getparent()
    return False


def _within(el: Any, container: Any) -> bool:
    while el is not None:
        if el is container:
            return True
        el = el.getparent()
    return False


CAPTION_MAX = 300
_PICTURES = ("img", "picture")


def _picture_caption(block: Block, container: Any, sizes: dict[Any, int], pictured: dict[Any, bool]) -> bool:
    """A caption outside <figcaption>: the only text of a small box that also holds a picture, one
    not in the caption's own run of text (as an emoji or an icon is). `sizes` and `pictured` keep the
    text length of each element measured and whether it holds a picture: the blocks of a page ask
    about the same few ancestors."""
    text = block.text
    if len(text) >= CAPTION_MAX or block.kind in HEADINGS or block.link_chars:
        return False
    own = block.owner
    top = own  # the highest box looked at below: without a picture in it, none below has one
    for _ in range(2):
        if top is container or top.getparent() is None:
            break
        top = top.getparent()
    has_picture = pictured.get(top)
    if has_picture is None:
        has_picture = pictured[top] = next(top.iter(*_PICTURES), None) is not None
    if not has_picture:
        return False
    el = own
    for _ in range(3):
        size = sizes.get(el)
        if size is None:
            size = sizes[el] = len(text_of(el))
        if size > len(text) + 2:
            return False
        if any(_block_of(pic) is not own for pic in el.iter(*_PICTURES)):
            return True
        if el is container or el.getparent() is None:
            return False
        el = el.getparent()
    return False


def _block_of(el: Any) -> Any:
    """The nearest block-level element around `el`."""
    el = el.getparent()
    while el is not None and tag_of(el) not in BLOCK_TAGS:
        el = el.getparent()
    return el


def _figure_captions(start: Any) -> dict[Any, str]:
    """Each <img> inside a <figure> with a <figcaption>, and that caption's text."""
    out: dict[Any, str] = {}
    for fig in start.iter("figure"):
        cap = fig.find(".//figcaption")
        text = text_of(cap) if cap is not None else ""
        if text:
            for img in fig.iter("img"):
                out[img] = text
    return out


def _image_records(container: Any, base_url: str, figure_captions: dict[Any, str]) -> list[Image]:
    images: list[Image] = []
    seen: set[str] = set()
    for img in container.iter("img"):
        src = img.get("data-src") or img.get("data-lazy-src") or img.get("data-original") or img.get("src")
        if not src and img.get("srcset"):
            src = img.get("srcset", "").split(",")[0].split()[0] if img.get("srcset", "").strip() else None
        if not src or src.startswith("data:"):
            continue
        if (img.get("width") or "").strip() in ("0", "1", "2") or (img.get("height") or "") in ("0", "1"):
            continue
        url = resolve_href(base_url, src.strip()) if base_url else src.strip()
        if url is None or url in seen:  # (a source that does not parse is no image to keep)
            continue
        seen.add(url)
        caption = figure_captions.get(img) or norm_space(img.get("alt")) or None
        if caption:
            half = is_doubled(caption)
            caption = half or caption
        images.append(Image(url=url, caption=caption))
    return images


def _captions(root: Any) -> set[str]:
    out = set()
    for cap in root.iter("figcaption"):
        text = text_of(cap)
        if text:
            out.add(text)
    for img in root.iter("img"):
        alt = norm_space(img.get("alt"))
        if len(alt) > 15:
            out.add(alt)
    return out


def extract_body(
    root: Any, base_url: str, title: str | None, lead: str | None = None, warnings: list[str] | None = None
) -> BodyResult:
    """Body text and images; `root` is modified (furniture removed). The images are a field of
    their own: when they fail, `warnings` says so and the text stays."""
    body_el = root.find(".//body")
    start = body_el if body_el is not None else root
    captions = _captions(start)
    figure_captions = _figure_captions(start)  # before clean_tree drops the figcaptions
    declared = clean_tree(root, title)
    walker = _Walker()
    walker.walk(start, start)
    walker.flush()
    blocks = walker.blocks
    container = _choose_container(blocks)
    if container is None:
        return BodyResult()
    container = _declared_container(start, container, blocks, declared)
    teasers, side_boxes = _teaser_items(container)
    chosen = [b for b in blocks if _within(b.owner, container) and not _inside_any(b.owner, teasers, container)]
    chosen = _without_side_boxes(chosen, container, side_boxes)
    sizes: dict[Any, int] = {}
    pictured: dict[Any, bool] = {}
    chosen = [b for b in chosen if not _picture_caption(b, container, sizes, pictured)]
    doubled: list[str] = []
    paragraphs = _filter(chosen, title, captions, doubled)
    paragraphs = blockmodel.refine(paragraphs, chosen, container, title)  # a learned second opinion
    standfirst = _standfirst(blocks, chosen, lead)
    if standfirst and paragraphs and standfirst not in paragraphs:
        paragraphs.insert(0, standfirst)
    prose = [b for b in chosen if _is_prose(b)]
    total = sum(len(b.text) for b in chosen) or 1
    links = sum(b.link_chars for b in chosen)
    no_images: list[Image] = []
    images = guarded(
        warnings if warnings is not None else [],
        "images",
        lambda: _image_records(container, base_url, figure_captions),
        no_images,
    )
    return BodyResult(
        text="\n\n".join(paragraphs),
        paragraphs=paragraphs,
        images=images,
        doubled_captions=doubled,
        prose_chars=sum(len(b.text) for b in prose),
        link_ratio=links / total,
        container=container,
    )


_LEAD_CLASS = re.compile(
    r"(?:^|[\s_-])(lead|leadtext|lede|intro|introduction|standfirst|summary|teaser-?text|excerpt|dek|deck|"
    r"subtitle|sub-?headline|abstract|article-?description|description)(?=$|[\s_-])",
    re.I,
)


def _class_chain(el: Any, depth: int = 3) -> str:
    parts = []
    while el is not None and depth > 0:
        parts.append(attr_tokens(el))
        el = el.getparent()
        depth -= 1
    return " ".join(parts)


def _standfirst(blocks: list[Block], chosen: list[Block], lead: str | None) -> str | None:
    """The lead paragraph when it sits above the article container: a block before the
    container whose text is the page's declared description."""
    if not chosen:
        return None
    first = blocks.index(chosen[0])
    for block in reversed(blocks[max(0, first - 3) : first]):  # right above the container
        if _is_prose(block) and _LEAD_CLASS.search(_class_chain(block.owner)):
            return block.text
    if not lead or len(lead) < 40:
        return None
    key = _title_key(lead)
    for block in blocks[:first]:
        text = block.text
        if block.density < 0.3 and len(text) >= 40:
            block_key = _title_key(text)
            if block_key == key or (len(block_key) >= 0.8 * len(key) and key.startswith(block_key[:-3])):
                return text
    return None


BOX_MAX = 800  # characters of text a box set inside the article (a "Read more" teaser) holds at most
BOX_PARAGRAPH = 250  # a paragraph this long is the article's own, never part of such a box


class _Boxes:
    """What `_box_of` reads of a page's blocks, measured once: the text within each element and the
    elements that hold a paragraph of the article's length. (Measured per question, a page of many
    "Read more" headings cost time growing with the square of its length: a minute for 1 MB.)"""

    def __init__(self, blocks: list[Block]) -> None:
        self.sizes = _text_within(blocks)
        self.holding_paragraph: set[Any] = set()
        for block in blocks:
            if _is_prose(block) and len(block.text) >= BOX_PARAGRAPH:
                el = block.owner
                while el is not None and el not in self.holding_paragraph:  # (its ancestors are in already)
                    self.holding_paragraph.add(el)
                    el = el.getparent()


def _box_of(boxes: _Boxes, block: Block) -> Any:
    """The largest element around the block holding at most BOX_MAX characters of text and no
    paragraph of the article's length."""
    box = None
    el = block.owner
    while el is not None:
        if boxes.sizes.get(el, 0) > BOX_MAX or el in boxes.holding_paragraph:
            break
        box = el
        el = el.getparent()
    return box


def _prose_after(blocks: list[Block]) -> list[int]:
    """Per block, the characters of the prose blocks after it."""
    after = [0] * len(blocks)
    total = 0
    for index in range(len(blocks) - 1, -1, -1):
        after[index] = total
        if _is_prose(blocks[index]):
            total += len(blocks[index].text)
    return after


def _heading_like(block: Block) -> bool:
    """A real heading, a paragraph that is all bold, or a short line in capitals."""
    if block.kind in HEADINGS:
        return True
    text = block.text
    if len(text) <= 80 and text.upper() == text and sum(c.isalpha() for c in text) >= 4:
        return True
    owner = block.owner
    if owner is None or (owner.text and owner.text.strip()) or len(owner) != 1:
        return False
    child = owner[0]
    if tag_of(child) not in ("strong", "b") or (child.tail and child.tail.strip()):
        return False
    return text_of(child) == text


_ITEM_TAGS = frozenset(("li", "td", "th"))


def _list_item(block: Block) -> bool:
    """An unlinked list item or table cell: "350 g Zucker", "0.091 GB/s". Short, but the content
    of ingredient lists, fact tables and specifications, unlike a stray label or a credit."""
    return block.kind in _ITEM_TAGS and block.link_chars == 0


_TERM_LINK_CHARS = 16
# Separators of menus and meta lines ("News · 31 Jan · 0 Comments", "A • B • C"), labels of tag lists.
_MENU_SEPARATOR = re.compile(r"[|•·/]")
_LIST_COMMA = re.compile(r"[,、，;；]")
_TAG_LABEL = re.compile(
    r"^\W*(tags?|schlagw\w*|stichw\w*|themen|topics?|categor\w*|kategor\w*|filed under|posted in|in|by|von)\b",
    re.I,
)


def _term_links(block: Block) -> bool:
    """A paragraph listing linked terms with commas between them (places, people, topics the site
    links to its topic pages: "Präfektur: Stadt A, Stadt B, Stadt C"): a list in the text, not links
    elsewhere. A teaser or a "read also" line links a whole title, a menu has one link per item or
    separators between them, a tag list says what it is."""
    return (
        block.kind in ("p", "li", "dd", "td")
        and block.link_count >= 2
        and block.link_chars <= _TERM_LINK_CHARS * block.link_count
        and block.density <= 0.8
        and len(_LIST_COMMA.findall(block.text)) >= block.link_count - 1
        and not _MENU_SEPARATOR.search(block.text)
        and not _TAG_LABEL.search(block.text)
    )


TITLE_ECHO = 0.65  # share of a heading's words found in the title for the heading to be a form of it


def _echoes(text: str, title: str | None) -> bool:
    """A heading above the text made mostly of the title's words: the headline as the page shows it
    (without the kicker, with another kicker), not a sub-heading of the text."""
    if not title:
        return False
    words = set(re.findall(r"\w+", text.casefold()))
    return bool(words) and len(words & set(re.findall(r"\w+", title.casefold()))) >= TITLE_ECHO * len(words)


def _without_headline_echoes(kept: list[Block], title: str | None) -> list[Block]:
    """The headings above the first paragraph of text, less those that are forms of the title."""
    start = next((i for i, b in enumerate(kept) if b.kind not in HEADINGS and _is_prose(b)), len(kept))
    return [b for i, b in enumerate(kept) if i >= start or b.kind not in HEADINGS or not _echoes(b.text, title)]


def _self_anchored(block: Block) -> bool:
    """A heading whose link points at the heading itself (`<h3 id="x"><a href="#x">`): a permalink
    to the section, not a link to another page."""
    if block.kind not in HEADINGS:
        return False
    ids = {f"#{el.get('id')}" for el in block.owner.iter() if el.get("id")}
    return bool(ids) and all((a.get("href") or "").strip() in ids for a in block.owner.iter("a"))


PRE_HEADLINE_MAX = 300  # characters above the headline that can be furniture, not a lead set first


def _from_headline(kept: list[Block], headline_at: int | None) -> list[Block]:
    """The kept blocks from the headline on, where a few short lines stand above it (a breadcrumb, an
    edition or cookie banner, a kicker, a hero picture's caption): the story starts at its headline.
    More text above it is kept: a lead or a whole post a template sets before its title."""
    if not headline_at or sum(len(b.text) for b in kept[:headline_at]) >= PRE_HEADLINE_MAX:
        return kept
    return kept[headline_at:] if any(_is_prose(b) for b in kept[headline_at:]) else kept


def _title_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.replace("\u00ad", "").casefold()))


def _filter(blocks: list[Block], title: str | None, captions: set[str], doubled: list[str]) -> list[str]:
    """The paragraphs of the chosen blocks; a caption printed twice goes to `doubled`, once."""
    title_norm = _title_key(title) if title else None
    kept: list[Block] = []
    kept_prose = 0  # characters of the prose blocks kept so far
    boxes: _Boxes | None = None  # measured when a heading first asks (most pages have none)
    prose_after: list[int] = []  # per block, characters of the prose blocks after it (likewise)
    skip_box: Any = None
    headline_at: int | None = None
    for index, block in enumerate(blocks):
        text = block.text
        if skip_box is not None and _within(block.owner, skip_box):
            continue
        if block.kind == "h1" or (
            title_norm and len(text) < len(title_norm) + 40 and _title_key(text).startswith(title_norm)
        ):
            if headline_at is None and title_norm and _title_key(text).startswith(title_norm):
                headline_at = len(kept)  # the blocks kept so far stand above the headline
            continue
        if (
            block.density > 0.5
            and not (len(text) > 300 and block.density < 0.7)
            and not _term_links(block)
            and not _self_anchored(block)
        ):
            continue
        half = is_doubled(text)
        if half and half not in doubled:
            doubled.append(half)
        if text in captions or half:
            continue
        if opens_discussion(text) and kept_prose:
            break  # "25 thoughts on “…”", "Leave a Reply": the readers' comments follow the story
        if (block.kind in HEADINGS or len(text) < 60) and is_stop_heading(text):
            boxes = boxes or _Boxes(blocks)
            box = _box_of(boxes, block)
            if box is not None and box is not block.owner:
                skip_box = box  # a "Read more" box inside the article: skip the box only
                continue
            prose_after = prose_after or _prose_after(blocks)
            if kept and prose_after[index] < kept_prose:
                break  # related links, comments: the article has ended
            continue
        if is_blog_pointer(text):
            boxes = boxes or _Boxes(blocks)
            box = _box_of(boxes, block)
            if box is not None and box is not block.owner:
                skip_box = box  # the pointer and the teaser it introduces
            continue
        if (
            is_boilerplate_text(text)
            or (len(text) < 90 and (is_byline(text) or is_dateline(text)))
            or is_credit_line(text)
        ):
            continue
        if kept and kept[-1].text == text:
            continue
        if (
            not _heading_like(block)
            and text.rstrip()[-1:] not in _SENTENCE_END  # (rstrip() strips what regex \s matches)
            and (
                (len(text) < SHORT_FRAGMENT and not _list_item(block))
                or (len(text) < 50 and any_case(_CREDIT_SIGNS, text))
            )
        ):
            continue  # "3 Min.", "Ralf Euler", "Imago/Blaulicht": labels and credits, not text
        kept.append(block)
        if _is_prose(block):
            kept_prose += len(text)
    kept = _from_headline(kept, headline_at)
    kept = _without_headline_echoes(kept, title)
    # Leading and trailing fragments (bylines, dates, tag lists) around the prose are not text.
    # A fragment that ends like a sentence ("– „Ok.“", "Fuji X-TRA 400.") is text all the same.
    first = next((i for i, b in enumerate(kept) if _is_prose(b)), None)
    if first is None:
        return [b.text for b in kept if len(b.text) > 20 or b.kind in HEADINGS or _FULL_STOP.search(b.text)]
    # A heading opens what follows it: one that nothing follows ("You might also like") is no text,
    # unless it is a sentence (a pull quote set as a heading).
    last = max(
        (i for i, b in enumerate(kept) if _is_prose(b) and (b.kind not in HEADINGS or _FULL_STOP.search(b.text))),
        default=max(i for i, b in enumerate(kept) if _is_prose(b)),
    )
    head = [b for b in kept[:first] if b.kind in HEADINGS and len(b.text) > 15]
    tail = [
        b
        for b in kept[last + 1 :]
        if b.kind not in HEADINGS
        and (len(b.text) > 25 or _FULL_STOP.search(b.text))
        and (b.density < 0.2 or _term_links(b))
    ]
    body = _without_off_style_tail(head + kept[first : last + 1] + tail)
    return _without_closing_bios([b.text for b in body])


OFF_STYLE_MAX = 400  # characters of a closing block in another markup: a note, an appeal, a notice
OFF_CLASS_MAX = 200  # characters of a closing paragraph only classed apart (longer: the text, classed as hidden)
OFF_STYLE_REACH = 3  # closing blocks looked at
OFF_STYLE_SHARE = 0.5  # share of the prose the text's own style must hold to be its measure


def _style(block: Block) -> tuple[str, str]:
    """Tag and class, less numbers ("line867": a line counter, not a style)."""
    return block.kind, _DIGITS.sub("", block.owner.get("class") or "").strip()


_DIGITS = re.compile(r"\d+")


def _off_style(block: Block, own: tuple[str, str]) -> bool:
    """Another tag, or a class of its own: a plain paragraph among classed ones is not styled apart,
    nor one that adds a modifier to the text's class ("graf--p graf--last"); code, lists and tables
    are text."""
    kind, cls = _style(block)
    if kind == own[0]:
        apart = bool(cls) and not (own[1] and set(own[1].split()) <= set(cls.split()))
        return apart and len(block.text) <= OFF_CLASS_MAX
    return kind not in HEADINGS and kind != "pre" and kind not in _ITEM_TAGS and len(block.text) <= OFF_STYLE_MAX


def _without_off_style_tail(kept: list[Block]) -> list[Block]:
    """The story's paragraphs share one markup (a <p> of one class); short blocks closing the text
    in another (a note boxed below the text, an appeal or a "follow us" line in a <div> of its own,
    a paragraph styled apart) are furniture set after the story."""
    chars: dict[tuple[str, str], int] = {}
    for block in kept:
        if _is_prose(block):
            chars[_style(block)] = chars.get(_style(block), 0) + len(block.text)
    if not chars:
        return kept
    own, size = max(chars.items(), key=lambda kv: kv[1])
    if own[0] != "p" or size < OFF_STYLE_SHARE * sum(chars.values()):
        return kept
    end = len(kept)
    while end > 0 and len(kept) - end < OFF_STYLE_REACH and _off_style(kept[end - 1], own):
        end -= 1
    return kept[:end]


_BIO_REACH = 4  # paragraphs from the end where a note on the author may stand


def _without_closing_bios(paragraphs: list[str]) -> list[str]:
    """Notes on the author close an article (in its second half, among the last few paragraphs);
    earlier, "X is a professor" introduces a source."""
    start = max(len(paragraphs) // 2 + 1, len(paragraphs) - _BIO_REACH)
    return paragraphs[:start] + [p for p in paragraphs[start:] if not is_author_bio(p)]


DECLARED_AGREEMENT = 0.7  # share of the markup text the declared articleBody must hold to be its measure


def _squashed(text: str) -> str:
    return "".join(re.findall(r"\w+", text.casefold()))


def agree_with_declared(body: BodyResult, declared: str) -> None:
    """Trim what follows the story, when the page's declared articleBody (JSON-LD) vouches for the
    markup text: paragraphs after the last one the declaration holds (related links, the author's
    note, a sign-off) are not in the story the page declares. Only when the declaration holds most
    of the text: a short or stale declaration is no measure of it."""
    paragraphs = body.paragraphs
    if len(paragraphs) < 2:
        return
    squashed = _squashed(declared)
    found = [bool(key) and key in squashed for key in map(_squashed, paragraphs)]
    size = sum(len(p) for p in paragraphs) or 1
    if sum(len(p) for p, hit in zip(paragraphs, found, strict=True) if hit) < DECLARED_AGREEMENT * size:
        return
    last = max(i for i, hit in enumerate(found) if hit)
    if last == len(paragraphs) - 1:
        return
    body.paragraphs = paragraphs[: last + 1]
    body.text = "\n\n".join(body.paragraphs)
