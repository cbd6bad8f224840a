"""The article's authors: declared names (JSON-LD, <meta>) checked against what the page
shows, then the visible byline (author-marked elements, "By …" lines, "Autor:" labels)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from autocrawl.extraction.article.author_links import author_link_names
from autocrawl.extraction.article.authors import dedupe, names_from_jsonld, split_byline
from autocrawl.extraction.article.title import is_site_name
from autocrawl.extraction.common.boilerplate import is_byline
from autocrawl.extraction.common.dom import (
    any_case,
    class_id_tokens,
    following,
    norm_space,
    spaced_text,
    text_of,
    walk,
)
from autocrawl.extraction.common.structured import Structured

_BYLINE_ATTR = re.compile(r"byline|author|autor|verfasser|writer|reporter|redakteur|journalist", re.I)


_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() collapses


_BYLINE_SKIP = re.compile(r"author-?(?:bio|box|info|description|about|image|avatar|img|photo|pic)|comment", re.I)


AUTHOR_META = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "citation_author", "twitter:creator:name", "cxenseparse:author", "article.author", "og:article:author",
)  # fmt: skip


def _line_text(el: Any, limit: int) -> str:
    """`spaced_text(el)` if it is shorter than `limit`, else a start of it at least that long: all
    a test for a short line needs, without joining a whole article's text."""
    pieces: list[str] = []
    size = 0
    check = limit
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size >= check:  # what is joined so far only grows with more pieces
            text = norm_space(" ".join(pieces))
            if len(text) >= limit:
                return text
            check = 2 * size
    return norm_space(" ".join(pieces))


def _author_elements(root: Any) -> list[str]:
    """Byline texts from the visible DOM: rel=author links, then author/byline-marked elements."""
    found: list[str] = []
    for a in root.iter("a"):
        rel = a.get("rel")
        if rel and "author" in _XML_SPACE.split(rel):
            text = spaced_text(a)
            if text and not _in_footer(a):
                found.append(text)
    if found:
        return found
    for el in walk(root):
        if not _byline_marked(el):
            continue
        text = _line_text(el, 150)
        if 2 < len(text) < 150 and not _in_footer(el) and not _in_teaser(el, text) and not _hidden(el):
            found.append(text)
            if len(found) >= 3:
                break
    return found


_HIDDEN_CLASS = frozenset(["hidden", "d-none", "is-hidden", "hide", "invisible"])
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def _hidden(el: Any) -> bool:
    """Whether an element or one of its ancestors is hidden from readers (hidden attribute,
    display:none, a "hidden" class): markup kept for scripts or feeds, not the byline shown."""
    for node in (el, *el.iterancestors()):
        if node.get("hidden") is not None or _HIDDEN_STYLE.search(node.get("style") or ""):
            return True
        if _HIDDEN_CLASS.intersection((node.get("class") or "").split()):
            return True
    return False


def _in_footer(el: Any) -> bool:
    """Whether an author credit sits in a <footer>: the post's footer names the account that uploaded
    it, the page's footer the site's team or its designer; the byline readers see is above the text.
    A <nav> menu's "Autoren" / "Journalisten" entry is no byline either."""
    return any(anc.tag in ("footer", "nav") for anc in el.iterancestors())


_RELATED = re.compile(r"related|verwandt|similar|lesen-?sie-?auch|read-?more|mehr-?zum", re.I)


_HEADINGS = ("h1", "h2", "h3", "h4")


def _under_linked_headline(el: Any, depth: int = 4) -> bool:
    """Whether the nearest block around `el` that holds a heading is one of a row of such blocks
    (a sibling of the same tag and class holds a heading too) and its heading is a link: the
    teasers of other articles, each headline leading to its article."""
    for anc in itertools.islice(el.iterancestors(), depth):
        heading = next(anc.iter(*_HEADINGS), None)
        if heading is None:
            continue
        link = heading.find(".//a")
        if link is None or len(text_of(link)) < 0.8 * len(text_of(heading)):
            return False
        return _in_row(anc, heading)
    return False


def _in_row(block: Any, heading: Any) -> bool:
    """Whether `block`, or a wrapper around it that starts with the same heading, has a sibling of
    the same tag and class that holds a heading too."""
    for _ in range(3):
        if any(_same_kind(block, sib) for sib in (block.getprevious(), block.getnext()) if sib is not None):
            return True
        block = block.getparent()
        if block is None or next(block.iter(*_HEADINGS), None) is not heading:
            return False
    return False


def _same_kind(block: Any, sibling: Any) -> bool:
    return (
        sibling.tag == block.tag
        and sibling.get("class") == block.get("class")
        and next(sibling.iter(*_HEADINGS), None) is not None
    )


def _in_teaser(el: Any, text: str) -> bool:
    """Whether a byline belongs to a teaser of another article: it sits inside a link that holds more
    than it (the teaser's headline and byline in one <a>; a profile link holds the name alone), or
    in a block marked as related articles, or in one of a row of teasers."""
    if _under_linked_headline(el):
        return True
    for anc in el.iterancestors():
        if anc.tag == "a" and len(_line_text(anc, len(text) + 40)) >= len(text) + 40:
            return True
        if any_case(_RELATED, anc.get("class")) or any_case(_RELATED, anc.get("id")):
            return True
    return False


def _may_be_byline_mark(value: str) -> bool:
    """`may_match` of `_BYLINE_ATTR` written out (this is asked of every element of the page with a
    class, id or itemprop), with a word that each of its matches holds: false only where the pattern
    finds nothing."""
    if not value.isascii():
        return _BYLINE_ATTR.search(value) is not None
    low = value.lower()
    return (
        "aut" in low
        or "byline" in low
        or "writer" in low
        or "reporter" in low
        or "verfasser" in low
        or "redakteur" in low
        or "journalist" in low
    )


def _byline_marked(el: Any) -> bool:
    """Whether an element's class, id or itemprop marks it as a byline (and not an author's bio)."""
    # The names first: lxml's `get` costs as much for an attribute the element lacks as for one it
    # has, its list of names less than one `get` (this is asked of every element of the page).
    names = el.keys()
    cls = el.get("class") if "class" in names else None
    ident = el.get("id") if "id" in names else None
    prop = el.get("itemprop") if "itemprop" in names else None
    if not (cls or ident or prop):
        return False
    # A quick test of the raw values first: matching them case-insensitively finds all that
    # matching the lower-cased tokens finds (and, with rare non-ASCII letters, a little more).
    # The three values are tested at once: no word of the pattern spans the space between two.
    if not _may_be_byline_mark(f"{cls or ''} {ident or ''} {prop or ''}"):
        return False
    if el.tag in ("meta", "link"):
        return False
    tokens = class_id_tokens(cls, ident) + " " + (prop or "").lower()  # `attr_tokens(el)`, read already
    return bool(_BYLINE_ATTR.search(tokens)) and not _BYLINE_SKIP.search(tokens)


def _words_of(text: str) -> list[str]:
    return text.split()


_INVISIBLE_TAGS = frozenset(["script", "style", "noscript", "template", "title", "head"])


class _VisibleText:
    """The page's text as a reader sees it (no scripts, styles, head), case-folded, for look-ups:
    read only as far as they need (a name the page shows stands most often in its first part).
    Read in runs of nodes, each run's text normalised on its own: the text read so far is always a
    start of the whole page's (no word spans two runs, whose pieces are joined by a space)."""

    FIRST_RUN = 128  # nodes; each run reads twice as many as the one before

    def __init__(self, root: Any) -> None:
        self._nodes = walk(root)
        self._run = self.FIRST_RUN
        self._text = ""
        self._complete = False

    def shows(self, key: str) -> bool:
        """Whether the whole page's text holds `key`."""
        start = 0
        while self._text.find(key, start) < 0:
            if self._complete:
                return False
            start = max(0, len(self._text) - len(key) + 1)  # a place not searched yet ends past the text
            self._read_run()
        return True

    def _read_run(self) -> None:
        nodes = list(itertools.islice(self._nodes, self._run))
        self._complete = len(nodes) < self._run
        self._run *= 2
        parts = []
        for el in nodes:  # each property is read once (lxml builds it anew)
            text = el.text
            if text:
                tag = el.tag
                if isinstance(tag, str) and tag not in _INVISIBLE_TAGS:
                    parts.append(text)
            tail = el.tail
            if tail:
                parts.append(tail)
        read = " ".join(" ".join(parts).split()).casefold()
        if read:
            self._text = f"{self._text} {read}" if self._text else read


def _names_shown(
    names: list[str], visible: _VisibleText, root: Any, sd: Structured, page: str, cache: dict[str, str]
) -> list[str]:
    """The declared names the page also shows. An author declared only in <meta> tags or JSON-LD and
    found nowhere else (not in the text, not in the markup outside those declarations) is a
    site-wide default: the web agency, the company, the site owner ("wegewerk GmbH"), not the
    article's writer. Script-rendered pages keep their byline in the markup, so they still count."""
    shown = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if visible.shows(key) or _in_markup(key, root, sd, page, cache):
            shown.append(name)
    return shown


def _in_markup(key: str, root: Any, sd: Structured, page: str, cache: dict[str, str]) -> bool:
    """Whether the page's markup names `key` more often than its declarations do. Case-folding
    the whole page is dear, so it is done once, and only for a name the text does not show."""
    if "page" not in cache:
        cache["page"] = page.casefold()
        scripts = (el.text or "" for el in root.iter("script") if "ld+json" in (el.get("type") or ""))
        declared = [v for values in sd.meta.values() for v in values]
        cache["declared"] = " ".join([*declared, *scripts]).casefold()
    return cache["page"].count(key) > cache["declared"].count(key)


_WRITTEN_BY_LABEL = re.compile(r"written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|autor|author")


def _author_sources(root: Any, sd: Structured, page: str = "") -> Iterator[tuple[bool, list[str], bool]]:
    """(declared, names, weak) per source, most explicit first; the DOM is only searched on demand.
    Weak names (declared, never shown) are kept only if no later source names anyone."""
    art = sd.article or {}
    people, orgs = names_from_jsonld(art.get("author") or art.get("creator"))
    visible = _VisibleText(root)  # read on demand
    cache: dict[str, str] = {}
    weak = bool(people and page and not _names_shown(people, visible, root, sd, page, cache))
    # An agency listed beside the writer ("Paula Steiger", "SDA") is a co-credit; the publication
    # itself among them is dropped later, like any name that is the site's.
    yield True, (people + orgs if people and not weak else people), weak
    for key in ("itemprop:author", *AUTHOR_META):
        values = [v for v in sd.meta.get(key, ()) if not v.strip().startswith("http")]
        names = [n for v in values for n in split_byline(v)]
        if names and page and not key.startswith("itemprop:"):  # itemprop marks visible markup itself
            names = _names_shown(names, visible, root, sd, page, cache)
        yield True, names, False
    # Yoast-style reading labels: twitter:label1="Written by"/"Verfasst von", twitter:data1=the name.
    for i in ("1", "2"):
        label = " ".join(sd.meta.get(f"twitter:label{i}", ())).lower()
        if _WRITTEN_BY_LABEL.search(label):
            names = [n for v in sd.meta.get(f"twitter:data{i}", ()) for n in split_byline(v)]
            yield True, (_names_shown(names, visible, root, sd, page, cache) if names and page else names), False
    yield True, orgs, False
    for text in _author_elements(root):
        yield False, split_byline(text), False
    byline = _byline_after_headline(root)
    if byline:
        yield False, split_byline(byline), False
    labelled = _labelled_byline(root)
    if labelled:
        yield False, split_byline(labelled), False
    anchor = _headline_anchor(root)
    if anchor is not None:
        yield False, author_link_names(root, anchor, _person_like, _link_set_apart), False


def _link_set_apart(el: Any, text: str) -> bool:
    return _in_footer(el) or _in_teaser(el, text) or _hidden(el)


def pick_authors(root: Any, sd: Structured, site: str | None = None, url: str = "", page: str = "") -> list[str]:
    """People named by the page, most explicit source first. A source that only names the
    publication itself gives way to a later one naming people; organisations come last."""
    fallback: list[str] = []
    sources = _author_sources(root, sd, page)
    for position, (declared, names, weak) in enumerate(sources):
        names = [n for n in names if not is_company(n)]
        if not names:
            continue
        if weak:
            fallback = fallback or names
            continue
        if fallback and not declared and not all(_person_like(n) for n in names):
            continue  # only a clear person name from the page overrides the publication
        if all(is_site_name(n, site, url) for n in names):
            fallback = fallback or names
            continue
        people = [n for n in names if not is_site_name(n, site, url)]
        chosen = dedupe(people if people and all(_person_like(n) for n in people) else names)
        long_shown = not declared and any(len(n.split()) > 2 for n in chosen)
        if len(chosen) > 1 or long_shown or (declared and any(len(n.split()) == 1 for n in chosen)):
            rest = list(sources)  # the later sources, only read when the choice needs them
            if declared and any(len(n.split()) == 1 for n in chosen):
                chosen = _fuller_names(chosen, rest)
            if long_shown:
                chosen = _shorter_names(chosen, rest)
            if position > 0:  # JSON-LD lists its co-authors one by one; a flat list mixes in other credits
                chosen = _confirmed(chosen, rest)
        return dedupe(chosen)
    # Declared as the publication only, or not at all: a name set apart in bold as the first or
    # last paragraph of the text is the reporter's byline (common on WordPress-style sites).
    bold = _bold_byline(root, closing_only=not fallback)
    if bold:
        return [bold]
    return dedupe(fallback)


# A company's or association's legal form closing a name: "wegewerk GmbH", "Nordex SE", "Acme Ltd.",
# "Deutsches Rotes Kreuz e.V", "Grupo Prisa S.A." (the short capitals only as a word of their own).
_LEGAL_FORM = re.compile(
    r"\s(?:g?gmbh|mbh|kgaa|ohg|gbr|e\.\s?v|ag|se|kg|eg|ug|inc|ltd|llc|llp|plc|corp|s\.\s?a|s\.\s?l|sarl|s\.\s?r\.\s?l|srl|"
    r"s\.\s?p\.\s?a|spa|b\.\s?v|n\.\s?v|bv|nv|oyj?|ab|asa|a/s|aps|pty)\.?(?:\s?\(haftungsbeschränkt\))?$",
    re.I,
)


def is_company(name: str) -> bool:
    """Whether a name is a firm's or a registered association's (its legal form closes it). Such a
    name is the site's operator, its web agency or the issuer of a press release, not a writer."""
    match = _LEGAL_FORM.search(name)
    if not match:
        return False
    form = match.group(0).strip(" .")
    # "AG", "SE", "AB": a legal form only in capitals ("Jane Ab" is a name); "GmbH", "Inc" as written.
    return len(form) > 3 or "." in form or form.isupper() or form in ("eG", "Inc", "Ltd", "Corp", "Srl", "SpA", "plc")


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _confirmed(names: list[str], rest: list[tuple[bool, list[str], bool]]) -> list[str]:
    """Of several names, the ones a later source names too, when that is some of them but not all:
    a credits list in <meta> ("Jane Doe, John Roe at Models Inc") or the bylines of the teasers
    below the article beside the one the byline shows."""
    if len(names) < 2:
        return names
    other = {_key(n) for _, found, weak in rest if not weak for n in found}
    kept = [n for n in names if _key(n) in other]
    return kept if kept and len(kept) < len(names) else names


def _shorter_names(names: list[str], rest: list[tuple[bool, list[str], bool]]) -> list[str]:
    """A byline name that runs on ("Jane Doe 2 hours ago", "Jane Doe Games Editor") gives way to
    its start where an element of its own shows just that (the name link inside the byline)."""
    shown = [n for declared, found, _ in rest if not declared for n in found if _person_like(n)]
    out = []
    for name in names:
        words = _key(name).split()
        starts = [n for n in shown if len(n.split()) < len(words) and _key(n).split() == words[: len(n.split())]]
        out.append(max(starts, key=len) if starts else name)
    return out


def _fuller_names(names: list[str], sources: Iterable[tuple[bool, list[str], bool]]) -> list[str]:
    """A declared first name or handle ("Todd") gives way to the full name the page's byline shows
    for it ("By Todd Bates"): same first word, more words, and a person's name."""
    for declared, found, _ in sources:
        if declared:
            continue
        full = {n.split()[0].casefold(): n for n in found if len(n.split()) > 1 and _person_like(n)}
        if full:
            # An acronym ("SID", "AFP") is an agency, its spelled-out form no person's name.
            return [full.get(n.casefold(), n) if len(n.split()) == 1 and not n.isupper() else n for n in names]
    return names


_AUTHOR_LABEL = re.compile(
    r"(?:autor(?:in|en|[:*_]?innen)?|author|auteur|autore|autores|verfasser(?:in|[:*_]?innen)?|written by|texte?)"
    r"(?:\(s\))?\s*:?|von\s*:",
    re.I,
)


_LABEL_START = frozenset("aAvVwWtT")


# The other fields of a book's or a game's record: "Seiten: 400", "ISBN", "Illustrator: X", "Genre: Fantasy".
_BOOK_FIELD = re.compile(
    r"\b(?:isbn|seiten(?:zahl)?\b|pages\b|illustrat|ilustrat|übersetz|translat|traduct|genre\b|erscheinungs)", re.I
)


def _book_record(el: Any) -> bool:
    """Whether an "Autor:" line belongs to the record of a reviewed book, game or record, beside its
    page count, ISBN or illustrator: it names the work's author, not the article's."""
    block = el
    for _ in range(2):
        block = block.getparent()
        if block is None:
            return False
        if _BOOK_FIELD.search(_line_text(block, 600)):
            return True
    return False


# A Chinese credit line: "作者：" (author), "责任编辑：" / "责编：" / "编辑：" (the responsible editor, whom
# Chinese news sites name under every article, often as its only credit): "(责编：牛镛、岳弘彬)".
_CJK_CREDIT = re.compile(
    r"(?:作者|责任编辑|责编|编辑)\s*[：:]\s*([\u4e00-\u9fff]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff]{2,4}){0,3})"
)


def _labelled_byline(root: Any) -> str | None:
    """A name set after an "Autor:" / "Author" / "Auteur :" label anywhere on the page: in the same
    short element ("Auteur : Jane Doe"), or right after a label element ("<h5>Autor:</h5>Jane Doe",
    "<h4>Autor</h4><p><a>Jane Doe</a></p>"). Many CMS templates show the author only this way."""
    for el in walk(root):
        head = (el.text or "").strip()
        for text in (head, el.tail):
            if text and ("编" in text or "作者" in text):  # a quick test before the CJK label's pattern
                credit = _CJK_CREDIT.search(text)
                if credit and isinstance(el.tag, str) and el.tag not in ("script", "style", "title"):
                    return credit.group(1)
        if not head or head[0] not in _LABEL_START or len(head) > 80 or not isinstance(el.tag, str):
            continue
        label = _AUTHOR_LABEL.match(head)
        if not label or (head[label.end() : label.end() + 1].isalpha() and head[label.end() - 1] != ":"):
            continue  # "Autorenteam", "Textilien": the word goes on, it is no label
        if label.group(0).lower().startswith("text") and ":" not in label.group(0):
            continue  # "Text" alone is a heading like any other; only "Text:" credits a writer
        if el.tag in ("script", "style", "title", "option", "button") or _book_record(el):
            continue
        own = spaced_text(el) if len(el) <= 3 else head
        if len(own) > len(label.group(0)) + 2:
            if len(own) < 90 and ":" in label.group(0) + own[label.end() : label.end() + 2]:
                return own  # "Auteur : Jane Doe" in one element
            continue
        follow = (el.tail or "").strip()
        nxt = el.getnext()
        for _ in range(3):  # "<b>Von:</b><br><br>Jane Doe": skip the line breaks between label and name
            if follow or nxt is None or not isinstance(nxt.tag, str):
                break
            follow = spaced_text(nxt) or (nxt.tail or "").strip()
            nxt = nxt.getnext()
        if 2 < len(follow) < 90 and follow[0].isalpha() and (":" in label.group(0) or head[0].isupper()):
            return f"Author: {follow}"  # not "the author, release date" in prose
    return None


def _bold_byline(root: Any, closing_only: bool = False) -> str | None:
    for p in root.iter("p"):
        children = [c for c in p if isinstance(c.tag, str)]
        if len(children) != 1 or children[0].tag not in ("strong", "b") or (p.text or "").strip():
            continue
        name = text_of(p)
        if not _person_like(name) or name != text_of(children[0]) or re.search(r"[^\w .'’-]", name):
            continue
        siblings = [s for s in p.itersiblings(preceding=True) if s.tag == "p" and text_of(s)]
        following = [s for s in p.itersiblings() if s.tag == "p" and text_of(s)]
        if not siblings and len(following) >= 2 and not closing_only:
            return name
        if not following and len(siblings) >= 2 and not (closing_only and _text_follows(p)):
            return name
    return None


def _text_follows(el: Any) -> bool:
    """Whether any element after `el` in its container holds text (a table, a list, a heading)."""
    return any(isinstance(s.tag, str) and text_of(s) for s in el.itersiblings())


_PARTICLES = frozenset(_words_of("de da di del della van von der den du le la bin al el ibn zu ten ter dos das y"))


_CJK_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4}")  # Korean and Chinese/Japanese names


def _person_like(name: str) -> bool:
    """'Jane Doe', 'Pieter de Vries': two to four capitalised words and nothing else."""
    words = name.split()
    if _CJK_NAME.fullmatch(name):
        return True
    if not 2 <= len(words) <= 4 or any(c.isdigit() or c in "/|@" for c in name):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


# A byline line that goes on after the name: "Text von X", "Ein Interview von X mit Y",
# "Gespeichert von X am 24. Juli", "By X | 12/10/2020". Up to two byline words before the "by".
_BYLINE_LINE = re.compile(
    r"^(?:(?:text|texte|eine?|blog|beitrag|artikel|interview|kolumne|glosse|kommentar|reportage|analyse|"
    r"gastbeitrag|gespeichert|erstellt|geschrieben|verfasst|eingestellt|posted|written|published|publié|escrito|"
    r"publicado|scritto|(?:an?\s+)?(?:column|essay|review|commentary|analysis|opinion))\s+){0,2}"
    r"(?:von|by|par|por|door)\s*:?\s+[^\W\d_][\w.'’-]*(?:\s+(?!(?:bis|to|hasta|jusqu)\b)[\w.'’-]+){0,3}"
    r"(?:\s*$|\s*[|,(•·–—-]|\s+(?:am|on|le|el|mit|with|und|and|&)\s)",
    re.I,
)


def _by_word(text: str) -> bool:
    """Whether `_BYLINE_LINE` may match: the text has one of its "by" words (substrings first: the
    walk after the headline asks of every line, and these letters fold to no other in re.I)."""
    low = text.lower()
    return "by" in low or "von" in low or "par" in low or "por" in low or "door" in low


# A dateline that ends in the writer's name: "11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe".
_DATE_THEN_NAME = re.compile(
    r"^\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*[|,]?\s*\d{1,2}:\d{2}(?:\s*uhr)?)?\s*[|–—-]\s*"
    r"([^\W\d][\w.'’-]+(?:\s+[^\W\d][\w.'’-]+){1,3})$",
    re.I,
)


def _headline_anchor(root: Any) -> Any | None:
    """The first h1, or the first h2 on pages that have no h1 at all."""
    h1 = root.find(".//h1")
    return h1 if h1 is not None else root.find(".//h2")


def _byline_after_headline(root: Any, window: int = 3000) -> str | None:
    """A visible "By Jane Doe" / "Von Max Mustermann" line in the text that follows the headline."""
    anchor = _headline_anchor(root)
    if anchor is None:
        return None
    seen = 0
    for el in following(root, anchor):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template"):
            continue
        text = _line_text(el, 90) if len(el) <= 3 else norm_space(el.text)
        if 4 < len(text) < 90:
            if is_byline(text) and not _book_record(el):
                return text
            line = _BYLINE_LINE.match(text) if _by_word(text) else None
            if line:
                return line.group(0)  # the byline up to where the line goes on (a date, a co-author)
            dated = _DATE_THEN_NAME.match(text) if text[0].isdigit() else None
            if dated and _person_like(dated.group(1)):
                return dated.group(1)
        seen += len((el.text or "").strip()) + 5  # +5: empty elements count too, the walk stays short
        if seen > window:
            return None
    return None
