"""Title, authors, dates, language, canonical URL, site name and tags of a page.

Each field is read from the most explicit source first (JSON-LD, then `<meta>`/microdata,
then the visible DOM), so that a page's own declaration wins over guessing.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from autocrawl.extraction.authors import dedupe, names_from_jsonld, split_byline
from autocrawl.extraction.boilerplate import is_byline
from autocrawl.extraction.dates import date_from_url, find_text_date, find_text_date_span, localise, parse_date
from autocrawl.extraction.dom import attr_tokens, norm_space, text_of
from autocrawl.extraction.structured import Structured, types_of

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»:/]|::|\\)\s+|\s*[｜：]\s*")
_BYLINE_ATTR = re.compile(r"byline|author|autor|verfasser|writer|reporter|redakteur|journalist", re.I)
_BYLINE_SKIP = re.compile(
    r"author-?(?:bio|box|info|description|about|image|avatar|img|photo|pic)|comment", re.I
)

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
AUTHOR_META = (
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
    "byl", "citation_author", "twitter:creator:name", "cxenseparse:author", "article.author",
)  # fmt: skip


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


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return norm_space(value) or None
    if isinstance(value, list) and value:
        return _str(value[0])
    if isinstance(value, dict):
        return _str(value.get("name") or value.get("@value"))
    return None


def _site_name(sd: Structured, url: str) -> str | None:
    name = sd.first_meta("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher")
    if name:
        return name
    art = sd.article or {}
    pub = art.get("publisher")
    name = _str(pub.get("name")) if isinstance(pub, dict) else None
    if name:
        return name
    for obj in sd.jsonld:
        if "website" in types_of(obj) and _str(obj.get("name")):
            return _str(obj.get("name"))
    return None


def _domain_words(url: str) -> set[str]:
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "com", "org", "net", "co", "uk", "de")]
    return {p.lower() for p in parts}


def strip_site_name(title: str, site: str | None, url: str) -> str:
    """Remove a leading/trailing "| Site Name" segment from a document title."""
    title = _strip_glued_site(title, site)
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_l = (site or "").lower()
    domain = _domain_words(url)

    def is_site(seg: str) -> bool:
        s = seg.lower().strip()
        squashed = re.sub(r"[^\w]", "", s)
        return bool(
            (site_l and (s == site_l or s in site_l or site_l in s))
            or squashed in domain
            or any(d and d in squashed and len(squashed) < len(d) + 12 for d in domain)
        )

    if is_site(parts[-1]):
        idx = title.rfind(parts[-1])
        return title[:idx].rstrip(" |-–—·•»:/\\").strip() or title
    if is_site(parts[0]):
        idx = title.find(parts[0]) + len(parts[0])
        return title[idx:].lstrip(" |-–—·•»:/\\").strip() or title
    return title


_GLUED_SEPARATOR = "-–—|ㅣ｜_·"
_GLUED_SECTION = re.compile(r"[-–—|ㅣ｜_·][^\W\x00-\x7f]{1,6}$")  # a short non-Latin section name


def _strip_glued_site(title: str, site: str | None) -> str:
    """"Headline-SectionㅣSite" -> "Headline": CJK titles often glue the site and section names
    on without spaces, so the spaced-separator split misses them."""
    if not site or len(title) <= len(site) + 1 or not title.endswith(site):
        return title
    head = title[: -len(site)]
    if head[-1] not in _GLUED_SEPARATOR or head[-2].isspace():
        return title
    head = _GLUED_SECTION.sub("", head[:-1])
    return head.strip() or title


def _headings(root: Any) -> list[str]:
    out = []
    for h in root.iter("h1"):
        text = text_of(h)
        if 3 <= len(text) <= 300:
            out.append(text)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def pick_title(root: Any, sd: Structured, site: str | None, url: str) -> str | None:
    title, candidates = _pick_title(root, sd, site, url)
    if not title:
        return title
    doc_title = root.find(".//title")
    if doc_title is not None and _only_from(title, text_of(doc_title), candidates, root):
        title = _main_segment(title)
    title = _drop_kicker(title, candidates)
    art = sd.article or {}
    declared_raw = [_str(art.get("headline")), sd.first_meta("og:title"), sd.first_meta("twitter:title")]
    declared = {_title_key(strip_site_name(html.unescape(c), site, url)) for c in declared_raw if c}
    if _title_key(title) not in declared:
        # The page's own declarations name the headline with a kicker only when the
        # publisher means it as part of the title; an undeclared h1 kicker is a label.
        title = _drop_kicker(title, _kickerless_headings(root))
    variants = [strip_site_name(html.unescape(c), site, url) for c in candidates] + _headings(root)
    return _typeset(title, variants)


_PLAIN_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-"})
_TYPESET_MARKS = frozenset("’‘“”„«»–—")


def _typeset(title: str, variants: list[str]) -> str:
    """The same headline as the publisher typeset it: where sources differ only in quotes and
    dashes, the copy with typographic ones is the original and the plain one a SEO transcription."""
    key = norm_space(title).translate(_PLAIN_PUNCTUATION)
    best, marks = title, sum(c in _TYPESET_MARKS for c in title)
    for variant in variants:
        variant = norm_space(variant)
        count = sum(c in _TYPESET_MARKS for c in variant)
        if count > marks and variant.translate(_PLAIN_PUNCTUATION) == key:
            best, marks = variant, count
    return best


_KICKER_CLASS = re.compile(
    r"kicker|overline|eyebrow|dachzeile|topline|roofline|supertitle|pretitle|subtitle|spitzmarke"
    r"|visually-hidden|sr-only|screen-reader|offscreen",
    re.I,
)


def _kickerless_headings(root: Any) -> list[str]:
    """h1 texts without their marked kicker ("<span class=kicker>Topic</span> Headline" ->
    "Headline"): the page shows the kicker as a separate line above its headline, so a
    declared "Topic: Headline" carries the kicker, not the headline."""
    out = []
    for h in root.iter("h1"):
        marked = [el for el in h.iterdescendants() if isinstance(el.tag, str) and _KICKER_CLASS.search(attr_tokens(el))]
        if not marked:
            continue
        parts: list[str] = []
        skip = {id(el) for m in marked for el in m.iter()}
        if h.text:
            parts.append(h.text)
        for el in h.iterdescendants():
            if id(el) not in skip and el.text:
                parts.append(el.text)
            if el.tail and id(el.getparent()) not in skip:
                parts.append(el.tail)
        text = norm_space(" ".join(parts))
        if len(text) >= 3:
            out.append(text)
    return out


_PAGE_TITLE_SEPARATORS = re.compile(r"\s+[|›»•]\s+")


def _only_from(title: str, doc_title: str, candidates: list[str], root: Any) -> bool:
    """True when the chosen title is the document <title> and no other source says the same."""
    key, doc_key = _title_key(title), _title_key(html.unescape(doc_title))
    if not (doc_key.startswith(key) or doc_key.endswith(key)):
        return False
    others = [c for c in candidates if _title_key(c) != doc_key] + _headings(root)
    return not any(_title_key(o) == key for o in others)


def _main_segment(title: str) -> str:
    """The longest part of a page title split at "|", "›", "»", "•" (site and section names
    are the shorter parts: "Blog Archive » Headline", "Headline | Forum | Site")."""
    parts = [p.strip() for p in _PAGE_TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


def _pick_title(root: Any, sd: Structured, site: str | None, url: str) -> tuple[str | None, list[str]]:
    """The headline as the page shows it, and the declared titles as written.

    An h1 that equals a declared title (JSON-LD headline, og:title, twitter:title, <title>,
    site name removed) wins; else a title declared the same way by three sources; else the
    h1 that best overlaps the declared titles; else the first declared title.
    """
    art = sd.article or {}
    doc_title_el = root.find(".//title")
    declared = [
        _str(art.get("headline")),
        sd.first_meta("og:title"),
        sd.first_meta("twitter:title"),
        text_of(doc_title_el) if doc_title_el is not None else None,
        sd.first_meta("itemprop:headline"),
    ]
    raw = [html.unescape(t) for t in declared if t]
    metas = [strip_site_name(t, site, url) for t in raw]
    h1s = _headings(root)
    if declared[0] and not _is_site(metas[0], site, url):
        headline = _trusted_headline(metas[0], metas[1:], h1s)
        if headline:
            return headline, raw
    keys = {_title_key(m) for m in metas}
    for h1 in h1s:
        if _title_key(h1) in keys:
            return h1, raw
    for h1 in h1s:  # "Kicker Headline" in the h1 where a declared title is just the headline
        h1_key = _title_key(h1)
        for meta in metas:
            key = _title_key(meta)
            if len(key) >= 0.5 * len(h1_key) and h1_key.endswith(key):
                return meta, raw
    votes: dict[str, int] = {}
    first_seen: dict[str, str] = {}
    for meta in metas:
        key = _title_key(meta)
        votes[key] = votes.get(key, 0) + 1
        first_seen.setdefault(key, meta)
    if votes:
        top = max(first_seen, key=lambda k: votes[k])
        if votes[top] >= 3:
            return first_seen[top], raw
    if h1s and metas:
        best = max(h1s, key=lambda h: max(_overlap(h, m) for m in metas))
        if max(_overlap(best, m) for m in metas) >= 0.3:
            return best, raw
    if metas:
        return metas[0], raw
    return (h1s[0] if h1s else None), raw


_CONTINUATION = re.compile(r"\s*[\w\"'«»„“”‘’(]")
_SECTION_TAIL = re.compile(r"\s+[|·•»/]\s+\S")
_KICKER_END = re.compile(r"(?:[:|/\-–—·•»]|::)\s*$")


def _drop_kicker(title: str, candidates: list[str]) -> str:
    """"Kicker: Headline" -> "Headline" when a declared title (as written) is just the headline."""
    key = _title_key(title)
    for cand in candidates:
        cand_key = _title_key(cand)
        if len(cand_key) >= 0.4 * len(key) and cand_key != key and key.endswith(cand_key):
            head = key[: len(key) - len(cand_key)]
            if _KICKER_END.search(head.rstrip()) and head.endswith(" "):
                return cand
    return title


def _trusted_headline(headline: str, metas: list[str], h1s: list[str]) -> str | None:
    """The JSON-LD headline, the page's most deliberate declaration of its headline, unless it
    looks cut short (another source starts with it and goes on with more words) or carries a
    kicker in front of an h1 ("Kicker - Headline" where the h1 is "Headline")."""
    key = _title_key(headline)
    stem = key.rstrip(".\u2026 ")
    for other in [_title_key(t) for t in metas + h1s]:
        rest = other[len(stem) :]
        if not other:
            continue
        if other.startswith(stem) and _CONTINUATION.match(rest.rstrip(" .\u2026")):
            return None  # cut short: the other source goes on with more words
        if other != key and key.startswith(other) and _SECTION_TAIL.match(key[len(other) :]):
            return None  # "Headline | Section" where another source has just the headline
    for h1 in h1s:
        h1_key = _title_key(h1)
        if h1_key != key and len(h1_key) >= 0.5 * len(key) and key.endswith(h1_key):
            return None
    return headline


def _title_key(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").casefold().split())


def _spaced_text(el: Any) -> str:
    """Text with a space between child elements ("<b>Paddy</b><span>Patrick</span>" is two words)."""
    return norm_space(" ".join(el.itertext()))


def _author_elements(root: Any) -> list[str]:
    """Byline texts from the visible DOM: rel=author links, then author/byline-marked elements."""
    found: list[str] = []
    for a in root.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"):
        text = _spaced_text(a)
        if text:
            found.append(text)
    if found:
        return found
    for el in root.xpath("//*[@class or @id or @itemprop or @rel][not(self::meta)][not(self::link)]"):
        tokens = attr_tokens(el) + " " + (el.get("itemprop") or "").lower()
        if not _BYLINE_ATTR.search(tokens) or _BYLINE_SKIP.search(tokens):
            continue
        text = _spaced_text(el)
        if 2 < len(text) < 150:
            found.append(text)
            if len(found) >= 3:
                break
    return found


def _words_of(text: str) -> list[str]:
    return text.split()


def _is_site(name: str, site: str | None, url: str) -> bool:
    """True for a "name" that is the publication itself (og:site_name, the domain)."""
    squashed = re.sub(r"[^\w]", "", name.lower())
    if site and squashed == re.sub(r"[^\w]", "", site.lower()):
        return True
    host = re.sub(r"[^\w]", "", (urlsplit(url).hostname or "").lower().removeprefix("www."))
    return bool(squashed) and (
        squashed in host or any(w and w in squashed for w in _domain_words(url) if len(w) > 3)
    )


_INVISIBLE_TAGS = frozenset(["script", "style", "noscript", "template", "title", "head"])


def _visible_text(root: Any) -> str:
    """The page's text as a reader sees it (no scripts, styles, head), case-folded, for look-ups."""
    parts = []
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag not in _INVISIBLE_TAGS and el.text:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    return " ".join(" ".join(parts).split()).casefold()


def _names_shown(names: list[str], root: Any, sd: Structured, page: str, cache: dict[str, str]) -> list[str]:
    """The declared names the page also shows. An author declared only in <meta> tags or JSON-LD and
    found nowhere else (not in the text, not in the markup outside those declarations) is a
    site-wide default: the web agency, the company, the site owner ("wegewerk GmbH"), not the
    article's writer. Script-rendered pages keep their byline in the markup, so they still count."""
    if "visible" not in cache:
        cache["visible"] = _visible_text(root)
        cache["page"] = page.casefold()
        scripts = (el.text or "" for el in root.iter("script") if "ld+json" in (el.get("type") or ""))
        declared = [v for values in sd.meta.values() for v in values]
        cache["declared"] = " ".join([*declared, *scripts]).casefold()
    shown = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key in cache["visible"] or cache["page"].count(key) > cache["declared"].count(key):
            shown.append(name)
    return shown


_WRITTEN_BY_LABEL = re.compile(r"written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|autor|author")


def _author_sources(root: Any, sd: Structured, page: str = "") -> Iterator[tuple[bool, list[str], bool]]:
    """(declared, names, weak) per source, most explicit first; the DOM is only searched on demand.
    Weak names (declared, never shown) are kept only if no later source names anyone."""
    art = sd.article or {}
    people, orgs = names_from_jsonld(art.get("author") or art.get("creator"))
    cache: dict[str, str] = {}
    weak = bool(people and page and not _names_shown(people, root, sd, page, cache))
    yield True, people, weak
    for key in ("itemprop:author", *AUTHOR_META):
        values = [v for v in sd.meta.get(key, ()) if not v.strip().startswith("http")]
        names = [n for v in values for n in split_byline(v)]
        if names and page and not key.startswith("itemprop:"):  # itemprop marks visible markup itself
            names = _names_shown(names, root, sd, page, cache)
        yield True, names, False
    # Yoast-style reading labels: twitter:label1="Written by"/"Verfasst von", twitter:data1=the name.
    for i in ("1", "2"):
        label = " ".join(sd.meta.get(f"twitter:label{i}", ())).lower()
        if _WRITTEN_BY_LABEL.search(label):
            names = [n for v in sd.meta.get(f"twitter:data{i}", ()) for n in split_byline(v)]
            yield True, (_names_shown(names, root, sd, page, cache) if names and page else names), False
    yield True, orgs, False
    for text in _author_elements(root):
        yield False, split_byline(text), False
    byline = _byline_after_headline(root)
    if byline:
        yield False, split_byline(byline), False
    labelled = _labelled_byline(root)
    if labelled:
        yield False, split_byline(labelled), False


def pick_authors(root: Any, sd: Structured, site: str | None = None, url: str = "", page: str = "") -> list[str]:
    """People named by the page, most explicit source first. A source that only names the
    publication itself gives way to a later one naming people; organisations come last."""
    fallback: list[str] = []
    sources = _author_sources(root, sd, page)
    for declared, names, weak in sources:
        if not names:
            continue
        if weak:
            fallback = fallback or names
            continue
        if fallback and not declared and not all(_person_like(n) for n in names):
            continue  # only a clear person name from the page overrides the publication
        if all(_is_site(n, site, url) for n in names):
            fallback = fallback or names
            continue
        people = [n for n in names if not _is_site(n, site, url)]
        chosen = people if people and all(_person_like(n) for n in people) else names
        if declared and any(len(n.split()) == 1 for n in chosen):
            chosen = _fuller_names(chosen, sources)
        return dedupe(chosen)
    if fallback:
        # Declared as the publication only: a name set apart in bold as the first or last
        # paragraph of the text is the reporter's byline (common on WordPress-style sites).
        bold = _bold_byline(root)
        if bold:
            return [bold]
    return dedupe(fallback)


def _fuller_names(names: list[str], sources: Iterator[tuple[bool, list[str], bool]]) -> list[str]:
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
    r"(?:autor(?:in|en)?|author|auteur|autore|autores|verfasser(?:in)?|written by|texte?)(?:\(s\))?\s*:?|von\s*:",
    re.I,
)
_LABEL_START = frozenset("aAvVwWtT")


def _labelled_byline(root: Any) -> str | None:
    """A name set after an "Autor:" / "Author" / "Auteur :" label anywhere on the page: in the same
    short element ("Auteur : Jane Doe"), or right after a label element ("<h5>Autor:</h5>Jane Doe",
    "<h4>Autor</h4><p><a>Jane Doe</a></p>"). Many CMS templates show the author only this way."""
    for el in root.iter():
        head = (el.text or "").strip()
        if not head or head[0] not in _LABEL_START or len(head) > 80 or not isinstance(el.tag, str):
            continue
        label = _AUTHOR_LABEL.match(head)
        if not label or (head[label.end() : label.end() + 1].isalpha() and head[label.end() - 1] != ":"):
            continue  # "Autorenteam", "Textilien": the word goes on, it is no label
        if label.group(0).lower().startswith("text") and ":" not in label.group(0):
            continue  # "Text" alone is a heading like any other; only "Text:" credits a writer
        if el.tag in ("script", "style", "title", "option", "button"):
            continue
        own = _spaced_text(el) if len(el) <= 3 else head
        if len(own) > len(label.group(0)) + 2:
            if len(own) < 90 and ":" in label.group(0) + own[label.end() : label.end() + 2]:
                return own  # "Auteur : Jane Doe" in one element
            continue
        follow = (el.tail or "").strip()
        nxt = el.getnext()
        for _ in range(3):  # "<b>Von:</b><br><br>Jane Doe": skip the line breaks between label and name
            if follow or nxt is None or not isinstance(nxt.tag, str):
                break
            follow = _spaced_text(nxt) or (nxt.tail or "").strip()
            nxt = nxt.getnext()
        if 2 < len(follow) < 90 and follow[0].isalpha() and (":" in label.group(0) or head[0].isupper()):
            return f"Author: {follow}"  # not "the author, release date" in prose
    return None


def _bold_byline(root: Any) -> str | None:
    for p in root.iter("p"):
        children = [c for c in p if isinstance(c.tag, str)]
        if len(children) != 1 or children[0].tag not in ("strong", "b") or (p.text or "").strip():
            continue
        name = text_of(p)
        if not _person_like(name) or name != text_of(children[0]) or re.search(r"[^\w .'’-]", name):
            continue
        siblings = [s for s in p.itersiblings(preceding=True) if s.tag == "p" and text_of(s)]
        following = [s for s in p.itersiblings() if s.tag == "p" and text_of(s)]
        if (not siblings and len(following) >= 2) or (not following and len(siblings) >= 2):
            return name
    return None


_PARTICLES = frozenset(
    _words_of("de da di del della van von der den du le la bin al el ibn zu ten ter dos das y")
)


_CJK_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}|[\u4e00-\u9fff]{2,4}")  # Korean and Chinese/Japanese names


def _person_like(name: str) -> bool:
    """'Jane Doe', 'Pieter de Vries': two to four capitalised words and nothing else."""
    words = name.split()
    if _CJK_NAME.fullmatch(name):
        return True
    if not 2 <= len(words) <= 4 or any(c.isdigit() or c in "/|@" for c in name):
        return False
    return all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _time_elements(root: Any) -> str | None:
    """A <time datetime> the page marks as the publication time, else the first one."""
    first = None
    for el in root.iter("time"):
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


def _date_elements(root: Any) -> str | None:
    """A visible date in an element whose class/id says it is a date (e.g. class="article-date")."""
    for el in root.xpath("//*[@class or @id][not(self::html)][not(self::body)]"):
        tokens = attr_tokens(el)
        if not re.search(r"date|time|datum|publish|posted|meta|byline|fecha|data", tokens):
            continue
        if re.search(r"update|modif|comment", tokens):
            continue
        text = text_of(el)
        if 6 <= len(text) <= 120:
            found = find_text_date(text)
            if found:
                return found
    return None


def _after_headline(root: Any) -> Iterator[Any]:
    """The elements that follow the first h1, in document order, without scripts and styles."""
    h1 = root.find(".//h1")
    if h1 is None:
        return
    started = False
    for el in root.iter():
        if el is h1:
            started = True
        elif started and isinstance(el.tag, str) and el.tag not in ("script", "style", "noscript", "template"):
            yield el


# A byline line that goes on after the name: "Text von X", "Ein Interview von X mit Y",
# "Gespeichert von X am 24. Juli", "By X | 12/10/2020". Up to two byline words before the "by".
_BYLINE_LINE = re.compile(
    r"^(?:(?:text|texte|fotos?|bilder?|ein|blog|beitrag|artikel|interview|gespeichert|erstellt|geschrieben|verfasst|"
    r"eingestellt|posted|written|published|publié|escrito|publicado|scritto)\s+){0,2}"
    r"(?:von|by|par|por|door)\s+[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,3}"
    r"(?:\s*$|\s*[|,(•·–—-]|\s+(?:am|on|le|el|mit|with|und|and|&)\s)",
    re.I,
)


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


def _byline_after_headline(root: Any, window: int = 1500) -> str | None:
    """A visible "By Jane Doe" / "Von Max Mustermann" line in the text that follows the headline."""
    anchor = _headline_anchor(root)
    if anchor is None:
        return None
    seen = 0
    started = False
    for el in root.iter():
        if el is anchor:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript", "template"):
            continue
        text = _spaced_text(el) if len(el) <= 3 else norm_space(el.text)
        if 4 < len(text) < 90:
            if is_byline(text):
                return text
            line = _BYLINE_LINE.match(text)
            if line:
                return line.group(0)  # the byline up to where the line goes on (a date, a co-author)
            dated = _DATE_THEN_NAME.match(text)
            if dated and _person_like(dated.group(1)):
                return dated.group(1)
        seen += len((el.text or "").strip()) + 5  # +5: empty elements count too, the walk stays short
        if seen > window:
            return None
    return None


def _date_after_headline(root: Any, window: int = 1500) -> str | None:
    """The first written-out date in the text that follows the h1 (a visible dateline)."""
    seen = 0
    for el in _after_headline(root):
        for text in (el.text, el.tail):
            if text and text.strip():
                found = find_text_date(text)
                if found:
                    return found
                seen += len(text.strip())
        seen += 5  # empty elements count too: the walk stays short
        if seen > window:
            return None
    return None
    return None


# A date the page shows next to its headline: the text around it says whether it is the
# publication date or a later revision ("Updated", "Aktualisiert", "Mis à jour").
_UPDATE_LABEL = re.compile(
    r"updat|aktualisiert|geändert|bearbeitet|mis à jour|mise à jour|actualiza|aggiornat|bijgewerkt|"
    r"zaktualizowan|päivitetty|modifi|last edited|revised|überarbeitet",
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


def _headline(root: Any) -> Any | None:
    """The article's h1: the first one that is not the site's logo (class "logo", a lone link home)."""
    for h1 in root.iter("h1"):
        marks = " ".join(attr_tokens(el) for el in h1.iter() if isinstance(el.tag, str))
        if "logo" in marks or "brand" in marks:
            continue
        links = h1.findall(".//a")
        if links and all(urlsplit(a.get("href") or "").path in ("", "/") for a in links):
            continue
        return h1
    return None


def _shown_date(root: Any, window: int = 1200) -> _Shown | None:
    """The first date after the headline that stands on its own (a dateline, not a date in a
    sentence, caption, link or list), with whether its label calls it an update. Failing that,
    one in the headline's own block above it ("Politik | 14. Februar 2012" over the h1)."""
    h1 = _headline(root)
    if h1 is None:
        return None
    shown = _scan_datelines(_following(root, h1), h1, window)
    if shown is None:
        block = _headline_block(h1)
        if block is not None:
            shown = _scan_datelines(block.iter(), h1, window)
    if shown is None:
        shown = _scan_datelines(_just_before(h1), h1, 100)
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


def _following(root: Any, h1: Any) -> Iterator[Any]:
    started = False
    for el in root.iter():
        if el is h1:
            started = True
        elif started:
            yield el


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


def _scan_datelines(elements: Iterable[Any], h1: Any, window: int) -> _Shown | None:
    excluded: set[Any] = {h1}
    seen = 0
    before = ""
    for el in elements:
        if el is h1 or not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if parent in excluded or el.tag in ("script", "style", "noscript", "template", *_NOT_DATELINE_TAGS):
            excluded.add(el)
        elif el.tag == "a" and "bookmark" not in (el.get("rel") or "") and el.find(".//time") is None:
            excluded.add(el)  # a link leads elsewhere (archive, event); a permalink holds the post's date
        elif _NOT_DATELINE_CLASS.search(attr_tokens(el)):
            excluded.add(el)
        for text, owner in ((el.text, el), (el.tail, parent)):
            if not text or not text.strip():
                continue
            text = norm_space(text)
            found = None if owner in excluded or not _DIGIT.search(text) else find_text_date_span(text)
            if found:
                iso, start, end = found
                rest = re.sub(r"[\W\d_]+", "", text[:start] + text[end:])
                # A dateline stands alone, or opens the first paragraph: "BERLIN, 29.11.2022 – Der ..."
                if len(rest) <= _MAX_DATELINE_WORDS or (start <= 30 and _DATELINE_DASH.match(text, end)):
                    marks = attr_tokens(owner) if owner is not None else ""
                    updated = bool(_UPDATE_LABEL.search(before[-30:] + " " + text[:start])) or (
                        # hAtom marks one date "published updated": only a lone "updated" is a revision
                        bool(_UPDATE_LABEL.search(marks)) and not _PUBLISHED_CLASS.search(marks)
                    )
                    # Only slashes are read month-first (11/08/23); dotted dates are day-first everywhere.
                    other = find_text_date_span(text, dayfirst=False) if "/" in text[start:end] else None
                    return _Shown(iso, updated, seen, other=other[0] if other and other[0] != iso else None)
            seen += len(text)
            before = (before + " " + text)[-60:]
        seen += 5  # empty elements count too: the walk stays short
        if seen > window:
            return None
    return None


def _htmldate(text: str, url: str) -> str | None:
    """Last resort for pages without a declared date: htmldate's search of the visible page."""
    try:
        from htmldate import find_date

        found = find_date(text, url=url or None, extensive_search=False, original_date=True)
    except Exception:  # a helper library must not take the page down
        return None
    return parse_date(found, text_forms=False) if found else None


def _declared_published(sd: Structured) -> str | None:
    """The publication date the page declares: JSON-LD first, then <meta>/microdata."""
    art = sd.article or {}
    for key in ("datePublished", "dateCreated", "uploadDate"):
        published = parse_date(_str(art.get(key)))
        if published:
            return published
    for obj in sd.jsonld:
        published = parse_date(_str(obj.get("datePublished")))
        if published:
            return published
    for key in PUBLISHED_META:
        published = parse_date(sd.first_meta(key))
        if published:
            return published
    return None


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


def _prefer_shown(chosen: str, shown: _Shown, support: Callable[[], list[str | None]]) -> str:
    """Choose between the date a page declares (or one found in its markup) and a different
    one it shows by its headline.

    Readers and most labels go by the date the page shows; declarations are often a first
    draft, a re-import or UTC. A shown date labelled as an update never replaces a
    publication date. A shown date one day off is the same moment in the site's time zone;
    otherwise the one more other sources (time element, URL, date elements, modified) agree
    with wins, the declaration on a tie.
    """
    if shown.updated or shown.above or _day(chosen) in (_day(shown.iso), _day(shown.other)):
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


def pick_dates(root: Any, sd: Structured, url: str, text: str = "") -> tuple[str | None, str | None]:
    art = sd.article or {}
    modified = parse_date(_str(art.get("dateModified"))) or next(
        (parse_date(sd.first_meta(k)) for k in MODIFIED_META if sd.first_meta(k)), None
    )
    host = urlsplit(url).hostname or "" if url else ""
    art_lang = _str(art.get("inLanguage"))
    lang = root.get("lang") or root.get("xml:lang") or art_lang or sd.first_meta("og:locale")
    published = localise(_declared_published(sd), host, lang)
    if not published:
        published = _time_elements(root) or date_from_url(url) or _date_elements(root)
    if not published and text:
        published = _htmldate(text, url)
    shown = _shown_date(root) if published else None
    if published and shown:
        def support() -> list[str | None]:
            return [
                parse_date(_str(art.get("datePublished"))),
                next((parse_date(sd.first_meta(k)) for k in PUBLISHED_META if sd.first_meta(k)), None),
                _time_elements(root),
                date_from_url(url),
                _date_elements(root),
                modified,
            ]

        published = _prefer_shown(published, shown, support)
    if not published:
        found = shown or _shown_date(root)
        published = found.iso if found else _date_after_headline(root)
    return localise(published, host, lang), modified


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


def extract_meta(root: Any, sd: Structured, url: str, text: str = "") -> Meta:
    site = _site_name(sd, url)
    canonical = sd.first_meta("link:canonical", "og:url")
    if canonical:
        canonical = urljoin(url, canonical) if url else canonical
    art = sd.article or {}
    lang = root.get("lang") or root.get("xml:lang") or _str(art.get("inLanguage"))
    lang = lang or sd.first_meta("og:locale", "content-language", "language", "dc.language")
    published, modified = pick_dates(root, sd, url, text)
    page_type = None
    if sd.article is not None:
        page_type = next((t for t in (sd.article.get("@type"),) if isinstance(t, str)), None)
        if page_type is None and isinstance(sd.article.get("@type"), list):
            page_type = str(sd.article["@type"][0])
    og_type = sd.first_meta("og:type")
    if page_type is None:
        for obj in sd.jsonld:
            kinds = obj.get("@type")
            if isinstance(kinds, str) and kinds.lower() not in ("organization", "website", "breadcrumblist"):
                page_type = kinds
                break
    return Meta(
        title=pick_title(root, sd, site, url),
        authors=pick_authors(root, sd, site, url, text),
        published=published,
        modified=modified,
        language=norm_space(lang).replace("_", "-")[:20] if lang else None,
        canonical_url=canonical,
        site_name=site,
        description=sd.first_meta("og:description", "description", "twitter:description"),
        tags=_tags(sd),
        page_type=page_type or og_type,
        og_type=og_type.lower() if og_type else None,
    )
