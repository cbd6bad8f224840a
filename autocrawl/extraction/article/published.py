"""The one place that decides an article's published (and modified) date: declarations (JSON-LD,
<meta>, <time>, URL) weighed against the dateline the page shows by its headline; htmldate as the
last resort; and, for a page that gives none, the date its news sitemap or feed entry lists
(`published_date`): real sites publish the same date there, and a listed date is better than none."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from collections.abc import Callable, Iterable, Iterator
from copy import deepcopy
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from autocrawl.extraction.common.dates import date_from_url, find_text_date, find_text_date_span, localise, parse_date
from autocrawl.extraction.common.dom import (
    any_case,
    attr_tokens,
    following,
    link_path,
    links_home,
    may_match,
    norm_space,
    resolve_href,
    text_of,
    walk,
)
from autocrawl.extraction.common.structured import Structured, json_str, types_of

PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time", "itemprop:datepublished",
    "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "pubdate",
    "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date", "article_date_original",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "citation_publication_date",
    "citation_date", "article:published", "og:pubdate", "page.date", "date.release", "created", "datecreated",
)  # fmt: skip


MODIFIED_META = (
    "article:modified_time", "og:updated_time", "itemprop:datemodified", "datemodified",
    "last-modified", "dcterms.modified", "article.updated", "lastmod",
)  # fmt: skip


def _in_site_header(el: Any) -> bool:
    """Whether an element stands in the site's navigation or its header bar (a <header> that
    holds a <nav>) outside any article: a date there is today's, not the article's."""
    for anc in el.iterancestors():
        if anc.tag == "article":
            return False
        if anc.tag == "nav" or (anc.tag == "header" and anc.find(".//nav") is not None):
            return True
    return False


def _elsewhere(el: Any, depth: int = 4) -> bool:
    """Whether a date element stands in a teaser, a comment, a sidebar or the like (another text's
    date): its nearest few containers, up to the article or main part, say so."""
    for anc in el.iterancestors():
        if anc.tag in _PAGE_PARTS or depth == 0:
            return False
        if any_case(_NOT_DATELINE_CLASS, attr_tokens(anc)):
            return True
        depth -= 1
    return False


_PAGE_PARTS = frozenset(["article", "main", "body", "html"])
_COMMENTS = re.compile(r"comment|kommentar|commentaire|comentario|reactie|discussion|disqus|replies")
_MAX_COMMENT_CLIMB = 16


def _comment_block(el: Any) -> bool:
    """Whether an element is a block named for the reader comments (not a page part, not a link
    or span such as "3 comments")."""
    return el.tag not in _PAGE_PARTS and el.tag not in ("a", "span") and any_case(_COMMENTS, attr_tokens(el))


def _in_comments(el: Any) -> bool:
    """Whether an element stands in the reader comments (a block named for them, up to the page's
    main parts): their times are the readers', never the article's."""
    for depth, anc in enumerate(el.iterancestors()):
        if anc.tag in _PAGE_PARTS or depth == _MAX_COMMENT_CLIMB:
            return False
        if _comment_block(anc):
            return True
    return False


def _without_comments(root: Any, text: str) -> str:
    """The page's markup without its reader comments (blocks named for them), for a search of the
    whole page's dates: the text as it is when there are none."""
    named = [el for el in root.iter() if isinstance(el.tag, str) and _comment_block(el)]
    if not named:
        return text
    copy = deepcopy(root)
    doomed = {id(el) for el in named}
    twins = [twin for el, twin in zip(root.iter(), copy.iter(), strict=True) if id(el) in doomed]
    for twin in twins:
        parent = twin.getparent()
        if parent is not None:
            parent.remove(twin)
    return lxml.html.tostring(copy, encoding="unicode")


def _time_elements(root: Any) -> str | None:
    """A <time datetime> the page marks as the publication time, else the first one."""
    first = None
    for el in root.iter("time"):
        if _in_site_header(el) or _in_comments(el):
            continue
        value = el.get("datetime") or ""
        parsed = parse_date(value, text_forms=False) if value else parse_date(text_of(el))
        if not parsed:
            continue
        marks = " ".join([el.get("pubdate") or "", el.get("itemprop") or "", attr_tokens(el)]).lower()
        if el.get("pubdate") is not None or "publish" in marks or "pub" in marks:
            return parsed
        if first is None and "modif" not in marks and "update" not in marks:
            first = parsed
    return first


_DATE_CLASS = re.compile(r"date|time|datum|publish|posted|meta|byline|fecha|data")
_DATE_CLASS_ANY_CASE = re.compile(_DATE_CLASS.pattern, re.I)
_DATE_CLASS_WORDS = ("dat", "time", "meta", "publish", "posted", "byline", "fecha")  # one in each match
_NOT_DATE_CLASS = re.compile(r"update|modif|comment")


def _date_marked(el: Any) -> bool:
    """Whether an element's class or id says it holds a (publication) date."""
    cls, ident = el.get("class"), el.get("id")
    if not (cls or ident):
        return False
    # A quick test of the raw values first: matching them case-insensitively finds all that
    # matching the lower-cased tokens finds (and, with rare non-ASCII letters, a little more).
    # Both values are tested at once: no word of the pattern spans the space between them.
    if not may_match(f"{cls or ''} {ident or ''}", _DATE_CLASS_WORDS, _DATE_CLASS_ANY_CASE):
        return False
    if el.tag in ("html", "body"):
        return False
    tokens = attr_tokens(el)
    return bool(_DATE_CLASS.search(tokens)) and not _NOT_DATE_CLASS.search(tokens)


def _date_elements(root: Any, lang: str | None = None) -> str | None:
    """A visible date in an element whose class/id says it is a date (e.g. class="article-date")."""
    for el in walk(root):
        if not _date_marked(el) or _in_site_header(el) or _elsewhere(el):
            continue
        text = text_of(el)
        if 6 <= len(text) <= 120:
            found = find_text_date(text, lang=lang)
            if found:
                return found
    return None


def _after_headline(root: Any) -> Iterator[Any]:
    """The elements that follow the first h1, in document order, without scripts and styles."""
    h1 = root.find(".//h1")
    if h1 is None:
        return
    for el in following(root, h1):
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript", "template"):
            yield el


_TEXT_BEFORE_COMMENTS = 200  # characters of paragraphs: the article's text came first


def _date_after_headline(root: Any, window: int = 1500, lang: str | None = None) -> str | None:
    """The first written-out date in the text that follows the h1 (a visible dateline), before
    the reader comments that follow a text (their dates are theirs; a forum's opening post, right
    under the headline, dates the page)."""
    seen = prose = 0
    for el in _after_headline(root):
        if prose > _TEXT_BEFORE_COMMENTS and _in_comments(el):
            return None
        if el.tag == "p" and el.text:
            prose += len(el.text)
        for text in (el.text, el.tail):
            if text and text.strip():
                found = find_text_date(text, lang=lang)
                if found:
                    return found
                seen += len(text.strip())
        seen += 5  # empty elements count too: the walk stays short
        if seen > window:
            return None
    return None


# A date the page shows next to its headline: the text around it says whether it is the
# publication date or a later revision ("Updated", "Aktualisiert", "Mis à jour").
_UPDATE_LABEL = re.compile(
    r"updat|aktualisiert|geändert|bearbeitet|mis à jour|mise à jour|actualiza|aggiornat|bijgewerkt|"
    r"zaktualizowan|päivitetty|modifi|last edited|revised|überarbeitet|"
    # Portuguese, Scandinavian, Polish, Czech/Slovak, Hungarian, Turkish, Russian/Ukrainian, Greek
    r"atualizad|uppdaterad|opdateret|oppdatert|aktualizacja|aktualizov|frissítve|güncelle|обновлен|оновлен|"
    r"ενημερώθηκε",
    re.I,
)


# Where a date is not the page's own: image captions and credits, the site's "today" in the
# header, the weather, comments, teasers of other articles, links (archives, event lists).
_NOT_DATELINE_CLASS = re.compile(
    r"caption|(?<![a-z])credit|legend|bildunterschrift|current|today|heute|weather|wetter|comment|related|teaser|"
    r"sidebar|widget|footer|breadcrumb|calendar|event|termin",
    re.I,
)


_NOT_DATELINE_TAGS = frozenset(["figcaption", "figure", "option", "select", "button", "blockquote"])


_PUBLISHED_CLASS = re.compile(r"publish|entry-date|pubdate|created|post-date", re.I)


_DIGIT = re.compile(r"\d")


_DATELINE_DASH = re.compile(r"\s*(?:\(\w+\)\s*)?[–—-]\s")


_MAX_DATELINE_WORDS = 30  # letters besides the date: a label, a weekday, a place, not a sentence


@dataclass
class _Shown:
    """A date shown near the headline, whether it is labelled as an update, how far down it is."""

    iso: str
    updated: bool
    distance: int
    above: bool = False  # found above the headline: a print issue's date as often as the article's
    other: str | None = None  # the month-first reading of an ambiguous numeric date ("11/08/23")
    more: bool = False  # its text holds another date after it
    sole: bool = False  # an update with no other dateline after it: the only date the page shows


def _headline(root: Any, titled: bool = False) -> Any | None:
    """The article's h1: the first one that is not the site's logo (class "logo", a lone link home);
    with `titled`, on a page with none, a lower heading that repeats the <title>."""
    for h1 in root.iter("h1"):
        marks = " ".join(attr_tokens(el) for el in h1.iter() if isinstance(el.tag, str))
        if "logo" in marks or "brand" in marks:
            continue
        if links_home(h1):
            continue
        return h1
    return _titled_heading(root) if titled else None


def _titled_heading(root: Any) -> Any | None:
    """On a page without an h1, the first h2-h4 that repeats the document's <title>: that is
    where the headline stands (older CMSs and press-release portals set it in a lower heading)."""
    title = root.find(".//title")
    doc_title = norm_space(title.text).casefold() if title is not None and title.text else ""
    if not doc_title:
        return None
    segments = {part.strip() for part in _TITLE_SEPARATORS.split(doc_title)}
    for heading in root.iter("h2", "h3", "h4"):
        text = text_of(heading).casefold()
        # The whole title or one of its parts ("maudlin" in "A.Word.A.Day --maudlin"); a short
        # heading that merely occurs in it ("News") is a section's.
        if len(text) >= 4 and (text in segments or (text in doc_title and len(text) >= len(doc_title) / 2)):
            return heading
    return None


_TITLE_SEPARATORS = re.compile(r"\s[|:–—·-]+\s|\s?--|\s\|")


def _shown_date(
    root: Any, window: int = 1200, titled: bool = False, url: str = "", lang: str | None = None
) -> _Shown | None:
    """The first date after the headline that stands on its own (a dateline, not a date in a
    sentence, caption, link or list), with whether its label calls it an update. Failing that,
    one in the headline's own block above it ("Politik | 14. Februar 2012" over the h1)."""
    h1 = _headline(root, titled)
    if h1 is None:
        return None
    shown = _scan_datelines(following(root, h1), h1, window, url, lang)
    if shown is not None and shown.sole:
        # An update below the headline is not the only date if the publication stands above it.
        above = _scan_datelines(_just_before(h1), h1, 100, url, lang)
        shown.sole = above is None or above.updated
    if shown is None:
        block = _headline_block(h1)
        if block is not None:
            shown = _scan_datelines(block.iter(), h1, window, url, lang)
    if shown is None:
        shown = _scan_datelines(_just_before(h1), h1, 100, url, lang)
        if shown is not None:
            shown.above = True
    return shown


def _just_before(h1: Any, count: int = 3) -> Iterator[Any]:
    """The few short elements right above the headline (a date over the h1), nearest first."""
    el = h1
    for _ in range(2):
        siblings = [sib for sib in el.itersiblings(preceding=True) if isinstance(sib.tag, str)][:count]
        if siblings:
            for sib in siblings:
                if len(text_of(sib)) <= 80:
                    yield from sib.iter()
            return
        el = el.getparent()
        if el is None:
            return


def _headline_block(h1: Any, max_chars: int = 600) -> Any | None:
    """The largest of the h1's nearest ancestors that still holds only a short text (the header
    with kicker, headline, dateline and byline), or None."""
    block = None
    parent = h1.getparent()
    for _ in range(3):
        if parent is None or parent.tag in ("body", "html") or _longer_than(parent, max_chars):
            break
        block = parent
        parent = parent.getparent()
    return block


def _longer_than(el: Any, limit: int) -> bool:
    """Whether an element holds more than `limit` characters of text, reading no further."""
    total = 0
    for piece in el.itertext():
        total += len(piece.strip())
        if total > limit:
            return True
    return False


_SOLE_LOOKAHEAD = 1000  # how far past an "Updated" date the page may still show the first publication


def _permalink(link: Any, url: str) -> bool:
    """Whether a link is the post's own: marked rel="bookmark", holding a <time>, or leading to
    the page itself (a date linked to the article's address, as blog platforms print it)."""
    if "bookmark" in (link.get("rel") or "") or link.find(".//time") is not None:
        return True
    href = link.get("href")
    if not href or not url or href.startswith("#"):
        return False
    own = (link_path(url) or "").rstrip("/")
    target = resolve_href(url, href)
    return bool(own) and target is not None and (link_path(target) or "").rstrip("/") == own


def _scan_datelines(
    elements: Iterable[Any], h1: Any, window: int, url: str = "", lang: str | None = None
) -> _Shown | None:
    """The first dateline; if its label calls it an update, whether another date follows it."""
    found = _datelines(elements, h1, window, url, lang)
    first = next(found, None)
    if first is not None and first.updated:
        first.sole = not first.more and next(found, None) is None
    return first


def _datelines(
    elements: Iterable[Any], h1: Any, window: int, url: str = "", lang: str | None = None
) -> Iterator[_Shown]:
    """Each date that stands on its own after the headline, within `window` characters of text
    (widened after the first, to see whether a publication date follows an update)."""
    excluded: set[Any] = {h1}
    seen = 0
    before = ""
    for el in elements:
        if el is h1 or not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if parent in excluded or el.tag in ("script", "style", "noscript", "template", *_NOT_DATELINE_TAGS):
            excluded.add(el)
        elif el.tag == "a" and not _permalink(el, url):
            excluded.add(el)  # a link leads elsewhere (archive, event); a permalink holds the post's date
        elif any_case(_NOT_DATELINE_CLASS, attr_tokens(el)):
            excluded.add(el)
        for text, owner in ((el.text, el), (el.tail, parent)):
            if not text or not text.strip():
                continue
            text = norm_space(text)
            found = None if owner in excluded or not _DIGIT.search(text) else find_text_date_span(text, lang=lang)
            if found:
                iso, start, end = found
                rest = re.sub(r"[\W\d_]+", "", text[:start] + text[end:])
                # A dateline stands alone, or opens the first paragraph: "BERLIN, 29.11.2022 – Der ..."
                if len(rest) <= _MAX_DATELINE_WORDS or (start <= 30 and _DATELINE_DASH.match(text, end)):
                    # class, id and microdata: itemprop="dateModified" names a revision as plainly
                    marks = f"{attr_tokens(owner)} {owner.get('itemprop') or ''}" if owner is not None else ""
                    updated = bool(_UPDATE_LABEL.search(before[-30:] + " " + text[:start])) or (
                        # hAtom marks one date "published updated": only a lone "updated" is a revision
                        bool(_UPDATE_LABEL.search(marks)) and not _PUBLISHED_CLASS.search(marks)
                    )
                    # Only slashes are read month-first (11/08/23); dotted dates are day-first everywhere.
                    other = find_text_date_span(text, dayfirst=False, lang=lang) if "/" in text[start:end] else None
                    shown = _Shown(iso, updated, seen, other=other[0] if other and other[0] != iso else None)
                    # "Updated 5 May 2024, first published 3 May 2024" in one text
                    shown.more = updated and find_text_date_span(text[end:], lang=lang) is not None
                    yield shown
                    window = max(window, seen + _SOLE_LOOKAHEAD)
                    continue
            seen += len(text)
            before = (before + " " + text)[-60:]
        seen += 5  # empty elements count too: the walk stays short
        if seen > window:
            return


# A label that says "published" in words, then (past tags, a colon, "on"/"am"/"le") the date:
# "Erschienen am: 01.11.2023", "Mise en ligne</p><p>23 mai 2019", "Published on May 3, 2024".
# Matched in the lower-cased page in two steps (the words, then what follows): one
# case-insensitive pattern with a look-behind was several times slower over a whole page.
_PUBLISHED_WORD = (
    "published", "veröffentlicht", "erschienen", "mise en ligne", "publié", "publicado", "pubblicato", "opublikowano",
    "julkaistu", "publikováno", "publikované", "gepubliceerd", "publiceret", "publicerad", "publisert", "publicat",
    "megjelent", "közzétéve", "yayınlanma", "objavljeno", "опубликовано", "опубліковано", "δημοσιεύθηκε",
)  # fmt: skip
_LABEL_TAIL = re.compile(r"(?:\s+(?:on|am|le|el|il|em|op|den|the))?\s*:?\s*(?:<[^<>]{0,300}>\s*){0,6}")
_NOT_LABEL_BEFORE = re.compile(r"[\w\"'/.=_-]")  # part of a word, a key, a path or an attribute
_TAG = re.compile(r"<[^<>]*>")


# The same for a revision ("Aktualisiert am 17.01.2021"), for a page that declares and shows no other date.
_UPDATED_WORD = (
    "last updated", "updated", "aktualisiert", "letzte änderung", "zuletzt geändert", "mis à jour", "mise à jour",
    "actualizado", "aggiornato", "bijgewerkt", "zaktualizowano", "päivitetty", "atualizado", "uppdaterad", "opdateret",
    "oppdatert", "aktualizováno", "frissítve",
)  # fmt: skip


def _word_spans(lowered: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Where the words stand, as `re.finditer` of their alternation finds them (leftmost first, at
    one place the first word listed, no overlaps), by substring searches: a regex alternation
    scans a whole page several times slower."""
    found: list[tuple[int, int, int]] = []
    for order, word in enumerate(words):
        start = lowered.find(word)
        while start != -1:
            found.append((start, order, start + len(word)))
            start = lowered.find(word, start + 1)
    found.sort()
    end = 0
    for start, _order, stop in found:
        if start >= end:
            yield start, stop
            end = stop


def _labelled_date(
    text: str, words: tuple[str, ...] = _PUBLISHED_WORD, lang: str | None = None, lowered: str | None = None
) -> str | None:
    """The first date the page's markup gives right after a "published" label, wherever it
    stands (a footer's "Erschienen am", a credits list's "Mise en ligne"). `lowered`: the text
    lower-cased, when the caller has it (lower-casing a whole page is dear)."""
    if lowered is None:
        lowered = text.lower()
    for start, stop in _word_spans(lowered, words):
        if start and _NOT_LABEL_BEFORE.match(lowered, start - 1):
            continue
        if lowered.rfind("<!--", 0, start) > lowered.rfind("-->", 0, start):
            continue  # a comment in the markup: a template's or a plugin's note, not the page's
        tail = _LABEL_TAIL.match(lowered, stop)
        end = tail.end() if tail else stop
        after = norm_space(html_lib.unescape(_TAG.sub(" ", lowered[end : end + 120])))
        found = find_text_date_span(after, lang=lang) if _DIGIT.search(after[:40]) else None
        if found and found[1] <= 3:
            return found[0]
    return None


def _htmldate(root: Any, text: str, url: str) -> str | None:
    """Last resort for pages without a declared date: htmldate's search of the visible page,
    its reader comments left out."""
    try:
        from htmldate import find_date

        found = find_date(_without_comments(root, text), url=url or None, extensive_search=False, original_date=True)
    except Exception:  # a helper library must not take the page down
        return None
    return parse_date(found, text_forms=False) if found else None


def _declared_published(sd: Structured) -> str | None:
    """The publication date the page declares: JSON-LD first, then <meta>/microdata."""
    return _declaration(sd)[0]


def _declaration(sd: Structured) -> tuple[str | None, str]:
    """The declared publication date and where it was found (a JSON-LD key or a <meta> name)."""
    art = sd.article or {}
    for key in ("datePublished", "dateCreated", "uploadDate"):
        published = parse_date(json_str(art.get(key)))
        if published:
            return published, key
    for obj in sd.jsonld:
        published = parse_date(json_str(obj.get("datePublished")))
        if published:
            return published, "datePublished"
    for key in PUBLISHED_META:
        published = parse_date(sd.first_meta(key))
        if published:
            return published, key
    return None, ""


def _declared_unreadable(sd: Structured) -> bool:
    """Whether the page declares a publication date that is no date ("2024-02-30", "9999-12-31"):
    a guess from the rest of the page would put a date where the publisher's own is broken."""
    art = sd.article or {}
    declared = [json_str(art.get("datePublished")), *(sd.first_meta(key) for key in PUBLISHED_META)]
    return any(value and _YEAR.search(value) for value in declared)  # a time alone ("10:52") is no date


_YEAR = re.compile(r"\d{4}")


# Dublin Core's plain "date" is any date of the resource's life: CMSs (TYPO3, Drupal, journals)
# fill it with the last edit or an issue date. Alone, it yields to a date the page shows.
_GENERIC_META = frozenset(["dc.date", "dcterms.date", "date"])


def _shown_over_generic(root: Any, text: str, lang: str | None = None) -> str | None:
    """A visible date to prefer to a generic declared date: the dateline by the headline (also
    above it), else a "published" label's date, else a <time> element."""
    shown = _shown_date(root, lang=lang)
    return shown.iso if shown else (_labelled_date(text, lang=lang) if text else None) or _time_elements(root)


def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None


def _same_instant_shown(declared: str, shown: str) -> str | None:
    """The declared timestamp in the offset the page shows it in, when the shown local time is
    the same instant (a UTC stamp shown as the evening before in America, the morning after in Asia)."""
    try:
        stamp = dt.datetime.fromisoformat(declared)
        local = dt.datetime.fromisoformat(shown)
    except ValueError:
        return None
    if stamp.tzinfo is None or local.tzinfo is not None or len(shown) <= 10:
        return None
    offset = local - stamp.replace(tzinfo=None, second=0, microsecond=0) + (stamp.utcoffset() or dt.timedelta())
    minutes = round(offset.total_seconds() / 60)
    if abs(minutes) > 14 * 60 or minutes % 15:
        return None
    return stamp.astimezone(dt.timezone(dt.timedelta(minutes=minutes))).isoformat()


# A revision within a day is a news story still unfolding (a live blog): its first publication
# stands even where the page shows only "Updated". Later, the page was re-issued under that date.
_SAME_STORY_DAYS = 1


def _days_between(earlier: str, later: str) -> int:
    """Whole days from one ISO date to a later one (negative if it is not later; 0 if unreadable)."""
    try:
        return (dt.date.fromisoformat(later[:10]) - dt.date.fromisoformat(earlier[:10])).days
    except ValueError:
        return 0


def _prefer_shown(chosen: str, shown: _Shown, support: Callable[[], list[str | None]]) -> str:
    """Choose between the date a page declares (or one found in its markup) and a different
    one it shows by its headline.

    Readers and most labels go by the date the page shows; declarations are often a first
    draft, a re-import or UTC. A shown date labelled as an update never replaces a
    publication date. A shown date one day off is the same moment in the site's time zone;
    otherwise the one more other sources (time element, URL, date elements, modified) agree
    with wins, the declaration on a tie.
    """
    if _day(chosen) in (_day(shown.iso), _day(shown.other)):
        return chosen
    if shown.updated and shown.sole and not shown.above and _days_between(chosen, shown.iso) > _SAME_STORY_DAYS:
        return shown.iso  # a re-issued page shows only its revision: that is the date readers see
    if shown.updated or shown.above:
        return chosen
    moved = _same_instant_shown(chosen, shown.iso)
    if moved:
        return moved
    try:
        gap = abs((dt.date.fromisoformat(chosen[:10]) - dt.date.fromisoformat(shown.iso[:10])).days)
    except ValueError:
        return chosen
    # One day off is the time zone, unless the declaration is a bare day at local midnight
    # (then the page shows it converted to UTC: the evening before).
    if gap == 1 and len(chosen) > 10 and chosen[11:19] != "00:00:00":
        return shown.iso
    days = [_day(d) for d in support() if d]  # other sources are only read on a real conflict
    if days.count(_day(shown.iso)) + 1 >= days.count(_day(chosen)):
        return shown.iso
    return chosen


# A URL's date is set when the article is first published and stays when the page is edited
# or re-imported; a declaration months later is that re-issue, not the publication.
_URL_DATE_STANDS_DAYS = 31


def _before_from_url(published: str, url: str) -> str:
    """The URL's date where the page dates itself long after it."""
    in_url = date_from_url(url)
    if in_url and _days_between(in_url, published) > _URL_DATE_STANDS_DAYS:
        return in_url
    return published


# Kinds of page that are not dated writings: a recipe's or an FAQ's declared date is when the
# database entry was made, and such pages show none.
_UNDATED_TYPES = frozenset(["recipe", "faqpage"])


def _undated_kind(sd: Structured, root: Any, text: str, lang: str | None = None) -> bool:
    """Whether the page is a recipe or FAQ that shows no date at all (by its headline, in a
    <time>, a date element or after a "published" label)."""
    kinds = set(types_of(sd.article or {}))
    kinds.update(k for obj in sd.jsonld if obj.get("datePublished") for k in types_of(obj))
    if not kinds & _UNDATED_TYPES:
        return False
    visible = _shown_date(root, titled=True, lang=lang) or _time_elements(root) or _date_elements(root, lang)
    return not (visible or (text and _labelled_date(text, lang=lang)) or _date_after_headline(root, lang=lang))


def pick_dates(root: Any, sd: Structured, url: str, text: str = "") -> tuple[str | None, str | None]:
    art = sd.article or {}
    modified = parse_date(json_str(art.get("dateModified"))) or next(
        (parse_date(sd.first_meta(k)) for k in MODIFIED_META if sd.first_meta(k)), None
    )
    host = urlsplit(url).hostname or "" if url else ""
    art_lang = json_str(art.get("inLanguage"))
    lang = root.get("lang") or root.get("xml:lang") or art_lang or sd.first_meta("og:locale")
    declared, source = _declaration(sd)
    published = localise(declared, host, lang)
    if published and source in _GENERIC_META:
        visible = _shown_over_generic(root, text, lang)
        if visible and _day(visible) != _day(published):
            published = visible
    if published and _undated_kind(sd, root, text, lang):
        return None, modified
    if not published:
        published = _time_elements(root) or date_from_url(url) or _date_elements(root, lang)
    shown: _Shown | None = None
    shown_asked = False
    if not published and text:
        # A page that says when it was last changed is dated by that rather than by a date guessed from its text.
        lowered = text.lower()
        published = _labelled_date(text, lang=lang, lowered=lowered) or _labelled_date(
            text, _UPDATED_WORD, lang, lowered
        )
        if not published:
            # A date the page shows by its headline comes before htmldate's search of the whole page
            # (which then only confirmed or lost to it, and gave the day without its time).
            shown, shown_asked = _shown_date(root, url=url, lang=lang), True
            published = shown.iso if shown else None if _declared_unreadable(sd) else _htmldate(root, text, url)
    if published and not shown_asked:
        shown = _shown_date(root, url=url, lang=lang)
    if published and shown:

        def support() -> list[str | None]:
            return [
                parse_date(json_str(art.get("datePublished"))),
                next((parse_date(sd.first_meta(k)) for k in PUBLISHED_META if sd.first_meta(k)), None),
                _time_elements(root),
                date_from_url(url),
                _date_elements(root, lang),
                modified,
            ]

        published = _prefer_shown(published, shown, support)
    if published:
        published = _before_from_url(published, url)
    if not published:
        # Nothing else dates the page: a headline set in a lower heading is trusted for its dateline.
        found = shown or _shown_date(root, titled=True, url=url, lang=lang)
        published = found.iso if found else _date_after_headline(root, lang=lang)
    return localise(published, host, lang), modified


def published_date(extracted: str | None, listed: str | None) -> str | None:
    """The stored published date (ISO 8601): the page's own, else the listed one (a sitemap's or
    feed's, read as the page's own dates are: a year from 1995 to next year), else None."""
    return extracted or (parse_date(listed, text_forms=False) if listed else None)
