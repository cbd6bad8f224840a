"""Links and counts around the comments: next page of comments, separate comment pages, the count shown."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from lxml import etree

from autocrawl.extraction.comments.candidates import Scan
from autocrawl.extraction.comments.dom import Element, contains, short_text, tokens, walk
from autocrawl.extraction.common.dom import document_base
from autocrawl.extraction.common.structured import ARTICLE_OG_TYPES, DISCUSSION_TYPES, collect, types_of
from autocrawl.urls import site_key

_AREA = re.compile(r"comment|kommentar|commentaire|comentario|discussion|diskussion|replies|responses|thread")
_NEXT_TEXT = re.compile(
    r"^[\W_]*(?:next|next page|next comments|older comments|older|ältere kommentare|ältere|"
    r"weitere kommentare|"
    r"nächste|nächste seite|weiter|mehr kommentare|more|more comments|load more comments|show more comments|"
    r"suivant|page suivante|commentaires suivants|siguiente|siguientes|successivo|successiva|volgende|"
    r"następna|"
    r"»|›|>|>>|→)[\W_]*$",
    re.I,
)
_NEWER_TEXT = re.compile(
    r"^[\W_]*(?:newer comments|newer|neuere kommentare|neuere|commentaires plus récents|"
    r"comentarios más recientes)"
    r"[\W_]*$",
    re.I,
)
_NEXT_CLASS = re.compile(r"(?:^|[-_])(?:next|older|morelink|more-comments|load-more)(?:$|[-_])")
_PAGE_HREF = re.compile(
    r"comment-page-\d+|/comments?/page/\d+|[?&](?:cpage|comment_?page|commentpage|comments_page|page|p|pg|seite|"
    r"start|offset)=\d+|/page/\d+|/seite/\d+",
    re.I,
)
_COUNT_PATTERNS = (
    re.compile(
        r"(?<![\d.,])(\d{1,6})\s+(?:comments?|kommentare?|ergänzungen|leserkommentare|antworten|responses|replies|"
        r"reactions|comentarios?|commentaires?|reacties|commenti|komentarz\w*|reader comments)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:comments?|kommentare?|leserkommentare|comentarios|commentaires|reader comments|reacties|"
        r"commenti)"
        r"\s*[(\[:]\s*(\d{1,6})\s*[)\]]?",
        re.I,
    ),
)
_CWORD = r"(?:comments?|kommentare?n?|leserkommentare|commentaires?|comentarios?|commenti|reacties|reactions|replies)"
_COMMENT_PAGE_TEXT = re.compile(
    rf"(?:read|view|show|see|all|alle|lesen|zu den|zeige|voir|ver|leggi|tous les|todos los)\b.{{0,25}}\b"
    rf"{_CWORD}"
    rf"|{_CWORD}\s+(?:lesen|anzeigen|ansehen|zeigen)"
    rf"|^\W*\d{{1,6}}\s+{_CWORD}\W*$"
    rf"|^\W*(?:reader comments|leserkommentare|user comments|{_CWORD})\s*[(\[]\s*\d{{1,6}}\s*[)\]]\W*$"
    r"|^\W*(?:reader comments|leserkommentare|user comments|leserbriefe)\W*$",
    re.I,
)
_NOT_COMMENT_PAGE = re.compile(
    r"/feeds?(?:[/?]|$)|[/.](?:rss|atom|xml)(?:$|[/?])|replytocom|/reply/|melden|report|/comment/reply|"
    r"(?:replyto|parentid)=",
    re.I,
)
_MAX_COUNT_DIGITS = 7  # a count beyond millions is no page's real count (and overflows a stored integer)
_JSON_COUNT = re.compile(r'"commentCount"\s*:\s*"?(\d{1,7})(?!\d)')
_COUNT_PROP_XPATH = etree.XPath("//*[@itemprop='commentCount']")
_JSONLD = "application/ld+json"
_JSONLD_XPATH = etree.XPath(f"//script[@type='{_JSONLD}']")
# Every text node; the short ones outside scripts and styles are picked in Python, three times
# faster than by an XPath predicate ("[string-length(.) < 160 and not(parent::script)...]").
_TEXT_XPATH = etree.XPath("//text()")
_WORDS = (
    "omment",
    "omentar",
    "ergänzung",
    "reacties",
    "respons",
    "repl",
    "antworten",
    "reaction",
    "discussion",
    "diskussion",
    "forum",
)
_WORD = re.compile("|".join(map(re.escape, _WORDS)))  # one search instead of a substring test per word


def _norm(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="", path=parts.path.rstrip("/")))


def _resolve(href: str | None, base: str) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        resolved = urljoin(base, href)
    except ValueError:
        return None
    if not resolved.startswith(("http://", "https://")):
        return None
    return resolved.split("#", 1)[0]


def _area(items: list[Element]) -> Element | None:
    if not items:
        return None
    lca: Element | None = items[0].getparent()
    others = items[1:]
    while lca is not None and not all(contains(lca, o) for o in others):
        lca = lca.getparent()
    if lca is None:
        return None
    node: Element | None = lca
    best = lca
    for _ in range(4):  # widen to the outermost element near by that names itself the comment area
        if node is None or node.tag in ("body", "html", "main"):
            break
        ident = ((node.get("id") or "") + " " + (node.get("class") or "")).lower()
        if _AREA.search(ident):
            best = node
        node = node.getparent()
    return best


def _next_page(area: Element, url: str, items: list[Element], base: str) -> str | None:
    item_ids = {id(i) for i in items}
    page = _norm(url) if url else ""
    newer: str | None = None
    for a in walk(area, lambda e: id(e) in item_ids):
        if a.tag != "a":
            continue
        target = _resolve(a.get("href"), base)
        if target is None or (page and _norm(target) == page):
            continue
        rel = (a.get("rel") or "").lower().split()
        text = short_text(a)
        cls = tokens(a) + tokens(a.getparent()) if a.getparent() is not None else tokens(a)
        nextish = "next" in rel or bool(_NEXT_TEXT.match(text)) or any(_NEXT_CLASS.search(t) for t in cls)
        if nextish and _paginates(target, url, text):
            return target
        if newer is None and _NEWER_TEXT.match(text) and _paginates(target, url, text):
            newer = target  # the only other page when the first page of comments is shown
    return newer


_COMMENT_WORD = re.compile(r"comment|kommentar|commentaire|comentario|commenti|reactie|leserbrief|replies", re.I)


def _link_part(target: str, url: str) -> str:
    """What a link adds to the page it is on: the target without the path segments it shares with
    the page's URL. An article whose slug says "report" or "melden" has comment pages all the same."""
    if not url:
        return target
    here, there = urlsplit(url), urlsplit(target)
    shared = {s for s in here.path.split("/") if s}
    own = "/".join(s for s in there.path.split("/") if s and s not in shared)
    return f"/{own}?{there.query}" if there.query else f"/{own}"


def _action_link(target: str, url: str) -> bool:
    """A feed, a reply form or a "report this comment" link rather than a page of comments."""
    return bool(_NOT_COMMENT_PAGE.search(_link_part(target, url)))


def _paginates(target: str, url: str, text: str) -> bool:
    """A link to another page of the same discussion (not to the next article): a page parameter or
    segment, the page's own path extended, or a text that speaks of comments."""
    if _action_link(target, url):
        return False
    if _PAGE_HREF.search(target) or _COMMENT_WORD.search(text):
        return True
    if not url:
        return False
    here, there = urlsplit(url), urlsplit(target)
    if here.netloc != there.netloc:
        return False
    base = here.path.rstrip("/")
    return there.path.rstrip("/") == base or (bool(base) and there.path.startswith(base + "/"))


def _word_nodes(root: Element) -> list[Element]:
    out = []
    for t in _TEXT_XPATH(root):
        if len(t) < 160 and _WORD.search(t.lower()) and _parent_tag(t) not in ("script", "style"):
            out.append(t)
    return out


def _parent_tag(text: Element) -> str | None:
    """The tag of the element a text node (an XPath string result) sits in; for a tail, that is
    the parent of the element it follows."""
    el = text.getparent()
    if el is not None and text.is_tail:
        el = el.getparent()
    return el.tag if el is not None else None


def _count_in(text: str) -> int | None:
    if not text or len(text) > 80:
        return None
    for regex in _COUNT_PATTERNS:
        m = regex.search(text)
        if m:
            return int(m.group(1))
    return None


def _declared_count(
    root: Element, area: Element | None, word_nodes: list[Element], found: Scan | None = None
) -> int | None:
    """The comment count the page shows. `found`: the elements with itemprop="commentCount" and the
    scripts, when a walk of the page found them already (`candidates.scan`)."""
    for el in _COUNT_PROP_XPATH(root) if found is None else found.counts:
        value = (el.get("content") or short_text(el)).strip()
        if value.isdecimal() and len(value) <= _MAX_COUNT_DIGITS:  # "²" is a digit int() refuses
            return int(value)
    scripts = _JSONLD_XPATH(root) if found is None else [s for s in found.scripts if s.get("type") == _JSONLD]
    for script in scripts:
        if script.text and "commentCount" in script.text:
            m = _JSON_COUNT.search(script.text)
            if m:
                return int(m.group(1))
    nodes = word_nodes
    if area is not None:  # the count shown by the comment area first
        nodes = [n for n in nodes if contains(area, n.getparent())] + nodes
    for node in nodes:
        if len(node) > 80:
            continue
        el = node.getparent()
        if el is not None and getattr(node, "is_tail", False):
            el = el.getparent()
        for _ in range(3):
            if el is None:
                break
            text = short_text(el)
            value = _count_in(text)
            if value is not None:
                return value
            if len(text) > 80:
                break
            el = el.getparent()
    return None


_TOKEN_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}|\d{4,}", re.I)


def _related(target: str, url: str, href: str) -> bool:
    """Whether a link leads to this page's own discussion: not another article's #comments anchor, and
    a URL that shares the page's path, slug or numeric id."""
    if not url:
        return True
    here, there = urlsplit(url), urlsplit(target)
    if "#" in href and there.path.rstrip("/") != here.path.rstrip("/"):
        return False  # "3 comments" under a teaser: the comment section of another page
    base = here.path.rstrip("/")
    if base and (there.path.startswith(base) or (there.path.rstrip("/") == base)):
        return True
    page_tokens = {t.lower() for t in _TOKEN_RE.findall(here.path + "?" + here.query) if len(t) >= 6}
    return any(t.lower() in page_tokens for t in _TOKEN_RE.findall(there.path + "?" + there.query))


def _comment_pages(root: Element, url: str, word_nodes: list[Element], base: str) -> list[str]:
    page = _norm(url) if url else ""
    host = urlsplit(url).netloc if url else ""
    out: list[str] = []
    anchors: list[Element] = []
    for node in word_nodes:
        el = node.getparent()
        for _ in range(3):
            if el is None:
                break
            if el.tag == "a":
                if el not in anchors:
                    anchors.append(el)
                break
            el = el.getparent()
    for a in anchors:
        target = _resolve(a.get("href"), base)
        if target is None or (page and _norm(target) == page):
            continue
        if host and urlsplit(target).netloc not in (host, ""):
            continue
        text = short_text(a)
        if len(text) > 60 or _action_link(target, url):
            continue
        related = _related(target, url, a.get("href") or "")
        if related and _COMMENT_PAGE_TEXT.search(text) and target not in out:
            out.append(target)
        if len(out) >= 5:
            break
    return out


def comment_links(
    root: Element, url: str, items: list[Element], found: Scan | None = None, opening: Element | None = None
) -> tuple[str | None, int | None, list[str]]:
    """The next page of comments, the comment count shown and the separate comment pages.
    `found`: see `_declared_count`. `opening`: a topic's opening post, left out of `items`.
    Links resolve against the page's `<base href>` when that is on the page's own site, as a
    browser resolves them; a base elsewhere is passed over (a page cannot send the crawler off-site)."""
    base = document_base(root, url, own_host_only=True) if url else url
    area = _area(items)
    next_url = _next_page(area, url, items, base) if area is not None else None
    if next_url is None and items:
        for a in root.iter("a"):
            if any(t in ("morelink", "more-comments", "load-more-comments") for t in tokens(a)):
                next_url = _resolve(a.get("href"), base)
                if next_url and _paginates(next_url, url, short_text(a)):
                    break
                next_url = None
    if next_url is None and items and url:
        next_url = _thread_next(root, url, base, [opening, *items] if opening is not None else items)
    word_nodes = _word_nodes(root)
    return next_url, _declared_count(root, area, word_nodes, found), _comment_pages(root, url, word_nodes, base)


# The page number of a page bar: a query parameter (not "p", a post's id on many sites: a blog's
# next post, a forum's post permalink) or the last path segment ("/page-2", "/page/2", "/seite-3",
# "/comment-page-2").
_PAGE_PARAMS = frozenset(
    {"page", "pg", "paged", "seite", "pagina", "cpage", "comment_page", "commentpage", "comments_page", "start",
     "offset"}
)  # fmt: skip
_PAGE_SEGMENT = re.compile(
    r"/(?:(?:comments?-)?(?:page|seite|pagina|strona)[-_]?|(?:page|seite|pagina|strona)/)\d{1,6}/*$", re.I
)
_MIN_THREAD_POSTS = 2
# A thread is the page's main content when its posts hold this many times the prose of the rest.
_THREAD_SHARE = 3.0
_PROSE_XPATH = etree.XPath(
    ".//text()[not(ancestor::a or ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)


def _thread_next(root: Element, url: str, base: str, posts: list[Element]) -> str | None:
    """The next page of a thread that is the page (a forum topic), named by rel="next" wherever it
    sits: a page bar above and below the posts, outside the element that holds them, or a
    `<link rel="next">` in the head. Such a link is the page's own next page, so it is taken only
    where the page is its thread (`_is_thread`) and the link leads to another page of this very
    URL (`_other_page_of`): not a blog's next post, an article's page 2 or a listing's next page."""
    outer = _outermost(posts)
    if len(outer) < _MIN_THREAD_POSTS:
        return None
    inside = {id(p) for p in outer}
    page = _norm(url)
    targets: list[str] = []
    for el in root.iter("a", "link"):
        if "next" not in (el.get("rel") or "").lower().split():
            continue
        if any(id(up) in inside for up in el.iterancestors()):
            continue  # a link a reader wrote into a post
        target = _resolve(el.get("href"), base)
        if target is None or _norm(target) == page or target in targets:
            continue
        if _other_page_of(target, url) and not _action_link(target, url):
            targets.append(target)
    if not targets or not _is_thread(root, outer):
        return None
    return targets[0]


def _outermost(items: list[Element]) -> list[Element]:
    """The items not inside another item (a reply nested in its parent is counted with it)."""
    ids = {id(i) for i in items}
    return [i for i in items if not any(id(up) in ids for up in i.iterancestors())]


def _page_less(url: str) -> tuple[str, tuple[tuple[str, str], ...], bool]:
    """A URL's path and query without its page number, and whether it had one."""
    parts = urlsplit(url)
    m = _PAGE_SEGMENT.search(parts.path)
    path = parts.path[: m.start()] if m else parts.path
    query = []
    numbered = m is not None
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in _PAGE_PARAMS and value.isdecimal():
            numbered = True
        else:
            query.append((key, value))
    return path.rstrip("/"), tuple(sorted(query)), numbered


def _other_page_of(target: str, url: str) -> bool:
    """Whether `target` is a numbered page of the document at `url`: on the same host, with the
    same path and query once the page number is taken out of both. The site's home page is no
    thread's document: its numbered pages are a listing's."""
    try:
        path, query, numbered = _page_less(target)
        here = _page_less(url)
    except ValueError:
        return False
    return numbered and (path, query) == here[:2] and bool(path or query) and site_key(target) == site_key(url)


def _is_thread(root: Element, posts: list[Element]) -> bool:
    """Whether the page is its thread: it declares a discussion (a forum posting, a Q&A page), or
    it declares no article and the posts hold most of its prose (`_THREAD_SHARE` times the rest:
    text outside links, which make up a listing's rows and the site's menus)."""
    declared = collect(root)
    if DISCUSSION_TYPES.intersection(t for obj in declared.jsonld for t in types_of(obj)):
        return True
    if declared.article is not None or (declared.first_meta("og:type") or "").lower() in ARTICLE_OG_TYPES:
        return False  # an article's next page is the article's
    body = root.find("body")
    thread = sum(_prose(p) for p in posts)
    rest = _prose(body if body is not None else root) - thread
    return thread > 0 and thread >= _THREAD_SHARE * rest


def _prose(el: Element) -> int:
    return sum(len(t.strip()) for t in _PROSE_XPATH(el))
