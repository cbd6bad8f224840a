"""The headline as the page shows it: declared titles (JSON-LD, Open Graph, Twitter,
<title>) weighed against the visible h1, site names, kickers and typesetting resolved."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from autocrawl.extraction.common.dom import CJK_CHAR, UNSEEN_TAGS, attr_tokens, links_home, norm_space, text_of
from autocrawl.extraction.common.plaintext import strip_markup
from autocrawl.extraction.common.structured import Structured, json_str

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|\-–—·•»:/]|::|\\)\s+|\s*[｜：]\s*")


def _domain_words(url: str) -> set[str]:
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "com", "org", "net", "co", "uk", "de")]
    return {p.lower() for p in parts}


_SEGMENT_STRIP = " |-–—·•»:/\\｜："  # what is left of a separator once the site name is cut off


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
        return title[:idx].rstrip(_SEGMENT_STRIP).strip() or title
    if is_site(parts[0]):
        idx = title.find(parts[0]) + len(parts[0])
        return title[idx:].lstrip(_SEGMENT_STRIP).strip() or title
    return title


_GLUED_SEPARATOR = "-–—|ㅣ｜_·"


_GLUED_SECTION = re.compile(r"[-–—|ㅣ｜_·][^\W\x00-\x7f]{1,6}$")  # a short non-Latin section name


def _strip_glued_site(title: str, site: str | None) -> str:
    """ "Headline-SectionㅣSite" -> "Headline": CJK titles often glue the site and section names
    on without spaces, so the spaced-separator split misses them."""
    if not site or len(title) <= len(site) + 1 or not title.endswith(site):
        return title
    head = title[: -len(site)]
    if head[-1] not in _GLUED_SEPARATOR or head[-2].isspace():
        return title
    head = _GLUED_SECTION.sub("", head[:-1])
    return head.strip() or title


def _shown_text(el: Any, leave_out: Callable[[Any], bool] | None = None, joiner: str = "") -> str:
    """The text readers see in a heading: without script, style, noscript and template content,
    without the parts hidden from view (a screen-reader label, a display:none copy) and without
    the elements `leave_out` names."""
    if leave_out is None and not any(_hides(d) for d in el.iterdescendants()):
        return text_of(el)
    parts: list[str] = []
    # a stack, not recursion (a heading may nest deeper than Python's stack): an element to enter,
    # or a piece of text (a tail, or the space a hidden element leaves) to add
    stack: list[Any] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
            continue
        if node.text:
            parts.append(node.text)
        for child in reversed(node):
            if child.tail:
                stack.append(child.tail)
            if not isinstance(child.tag, str):
                continue
            if _hides(child) or (leave_out is not None and leave_out(child)):
                stack.append(" ")  # a hidden separator ("Kicker<span hidden>: </span>Headline")
            else:
                stack.append(child)
    return norm_space(joiner.join(parts))


def _headings(heads: list[Any], without_logo: bool = False) -> list[str]:
    """h1 texts; `without_logo` leaves out the site's logo heading (an h1 whose links all lead home)."""
    out = []
    for h in heads:
        if without_logo and links_home(h):
            continue
        text = _shown_text(h)
        if 3 <= len(text) <= 300:
            out.append(text)
    return out


def document_title(root: Any) -> str | None:
    """The page's <title>: the first one with text outside SVG graphics (an icon's <title> names
    the icon; a template may leave an empty <title> before the real one)."""
    for el in root.iter("title"):
        if any(anc.tag in ("svg", "symbol") for anc in el.iterancestors()):
            continue
        text = text_of(el)
        if text:
            return text
    return None


_SEGMENT_EDGE = "|-–—·•»:/_ㅣ｜："


def _site_from_headings(heads: list[Any], doc_title: str) -> str | None:
    """The site name where the page declares none: a logo or hidden h1 (its links lead home, or
    readers never see it) that the document <title> carries as a segment of its own
    ("Headline | Site", "Headline_Section_Site", "Headline : Site | Tagline")."""
    title = _title_key(_plain(doc_title))
    for h in heads:
        if not (links_home(h) or _hidden(h)):
            continue
        name = text_of(h)
        key = _title_key(name)
        if not 2 <= len(key) <= 40 or len(key) >= 0.6 * len(title):
            continue
        at = title.find(key)
        while at >= 0:
            before, after = title[:at].rstrip(), title[at + len(key) :].lstrip()
            if (not before or before[-1] in _SEGMENT_EDGE) and (not after or after[0] in _SEGMENT_EDGE):
                return name
            at = title.find(key, at + 1)
    return None


def _site_after_declared(doc_title: str | None, sd: Structured) -> str | None:
    """The site name where the page declares none: what the document <title> adds after a
    separator to the title the page declares for sharing ("Headline | Site" beside og:title
    "Headline")."""
    if not doc_title:
        return None
    title = _plain(doc_title)
    for declared in (sd.first_meta("og:title"), sd.first_meta("twitter:title")):
        head = _plain(declared) if declared else ""
        if len(head) < 8 or not title.startswith(head):
            continue
        rest = title[len(head) :]
        parts = _TITLE_SEPARATORS.split(rest, maxsplit=1)
        if len(parts) == 2 and not parts[0] and 2 <= len(parts[1].strip()) <= 40:
            return parts[1].strip()
    return None


# "Headline -" / "見出し：" where a template left the site name out
_DANGLING_SEPARATOR = re.compile(r"\s+[|\-–—·•/]$|\s*[｜：]$")
_SEPARATOR_CHARS = frozenset("|-–—·•/｜：")


def _plain(declared: str) -> str:
    """A declared title as plain text: entities decoded, tags a CMS left in ("<em>New</em> plan") out."""
    text = norm_space(strip_markup(html.unescape(declared)))
    # The pattern ends at the end: only a text that ends in a separator is searched (a search tries every place).
    return _DANGLING_SEPARATOR.sub("", text) if text[-1:] in _SEPARATOR_CHARS else text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def pick_title(root: Any, sd: Structured, site: str | None, url: str) -> str | None:
    doc_title = document_title(root)
    heads = list(root.iter("h1"))
    site = site or _site_from_headings(heads, doc_title or "") or _site_after_declared(doc_title, sd)
    title, candidates = _pick_title(heads, sd, site, url, doc_title)
    if not title:
        return title
    if doc_title and _only_from(title, doc_title, candidates, heads):
        title = strip_site_name(_main_segment(title), site, url)
    title = _drop_kicker(title, candidates)
    art = sd.article or {}
    declared_raw = [json_str(art.get("headline")), sd.first_meta("og:title"), sd.first_meta("twitter:title")]
    declared = {_title_key(strip_site_name(_plain(c), site, url)) for c in declared_raw if c}
    if _title_key(title) not in declared:
        # The page's own declarations name the headline with a kicker only when the
        # publisher means it as part of the title; an undeclared h1 kicker is a label.
        title = _drop_kicker(title, _kickerless_headings(heads), marked=True)
    headline = _plain(json_str(art.get("headline")) or "")
    if norm_space(headline) == norm_space(title) and strip_site_name(headline, site, url) == headline:
        return title  # the headline exactly as the publisher typed it into its article data
    variants = [strip_site_name(_plain(c), site, url) for c in candidates] + _headings(heads)
    return _typeset(title, variants)


_PLAIN_PUNCTUATION = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-"}
)


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


def _kickerless_headings(heads: list[Any]) -> list[str]:
    """h1 texts without their marked kicker ("<span class=kicker>Topic</span> Headline" ->
    "Headline"): the page shows the kicker as a separate line above its headline, so a
    declared "Topic: Headline" carries the kicker, not the headline."""
    out = []
    for h in heads:
        if not any(_marked_kicker(el) for el in h.iterdescendants()):
            continue
        text = _shown_text(h, _marked_kicker, joiner=" ")
        if len(text) >= 3:
            out.append(text)
    return out


def _marked_kicker(el: Any) -> bool:
    return isinstance(el.tag, str) and bool(_KICKER_CLASS.search(attr_tokens(el)))


_PAGE_TITLE_SEPARATORS = re.compile(r"\s+[|›»•]\s+")


def _only_from(title: str, doc_title: str, candidates: list[str], heads: list[Any]) -> bool:
    """True when the chosen title is the document <title> and no other source says the same."""
    key, doc_key = _title_key(title), _title_key(_plain(doc_title))
    if not (doc_key.startswith(key) or doc_key.endswith(key)):
        return False
    others = [c for c in candidates if _title_key(c) != doc_key] + _headings(heads)
    return not any(_title_key(o) == key for o in others)


def _main_segment(title: str) -> str:
    """The longest part of a page title split at "|", "›", "»", "•" (site and section names
    are the shorter parts: "Blog Archive » Headline", "Headline | Forum | Site")."""
    parts = [p.strip() for p in _PAGE_TITLE_SEPARATORS.split(title) if p.strip()]
    return max(parts, key=len) if len(parts) > 1 else title


def _pick_title(
    heads: list[Any], sd: Structured, site: str | None, url: str, doc_title: str | None
) -> tuple[str | None, list[str]]:
    """The headline as the page shows it, and the declared titles as written.

    An h1 that equals a declared title (JSON-LD headline, og:title, twitter:title, <title>,
    site name removed) wins; else a title declared the same way by three sources; else the
    h1 that best overlaps the declared titles; else the first declared title.
    """
    art = sd.article or {}
    declared = [
        json_str(art.get("headline")),
        sd.first_meta("og:title"),
        sd.first_meta("twitter:title"),
        doc_title,
        sd.first_meta("itemprop:headline"),
    ]
    raw = [plain for plain in (_plain(t) for t in declared if t) if plain]
    metas = [strip_site_name(t, site, url) for t in raw]
    h1s = _headings(heads)
    if declared[0] and not is_site_name(metas[0], site, url):
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
    for h1 in _headings(heads, without_logo=True):
        for meta in metas:
            if _headline_then_site(h1, meta, h1s):
                return h1, raw
    if not (declared[0] or declared[4]):  # no article data: og/twitter/<title> are one SEO line
        shown = _shown_headline(heads, site, url)
        if shown:
            # "Headline | Site" in the h1 where a declared title is the headline alone
            return next((m for m in metas if _headline_then_site(m, shown, [])), shown), raw
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
        uncut = _uncut(first_seen[top], metas)
        if uncut:
            return uncut, raw
    if h1s and metas:
        best = max(h1s, key=lambda h: max(_overlap(h, m) for m in metas))
        if max(_overlap(best, m) for m in metas) >= 0.3:
            return best, raw
    if metas and not any(declared[i] for i in (0, 1, 2, 4)):  # nothing declared but the <title>
        shown = _shown_headline(heads, site, url)
        if shown:
            return shown, raw
    if metas:
        return metas[0], raw
    return (h1s[0] if h1s else None), raw


_HIDDEN_CLASS = frozenset(["hidden", "d-none", "is-hidden", "hide", "invisible", "sr-only", "visually-hidden"])
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden")


def _hides(node: Any) -> bool:
    """Whether an element is hidden from view (hidden attribute, display:none, a hiding class)."""
    if not isinstance(node.tag, str):
        return node.tag is not None  # comments and processing instructions show nothing
    if node.tag in UNSEEN_TAGS or node.get("hidden") is not None:
        return True
    return bool(
        _HIDDEN_STYLE.search(node.get("style") or "") or _HIDDEN_CLASS.intersection((node.get("class") or "").split())
    )


def _hidden(el: Any) -> bool:
    """Whether an element or an ancestor is hidden from readers: an SEO copy of the site name,
    not the headline shown."""
    return any(_hides(node) for node in (el, *el.iterancestors()))


def _headline_like(text: str) -> bool:
    """A sentence rather than a label: "Menu", "Business Monday", "ニュースリリース" name a page part."""
    cjk = len(CJK_CHAR.findall(text))
    return len(_words(text)) >= 4 or cjk >= 12


def _shown_headline(heads: list[Any], site: str | None, url: str, sole: bool = False) -> str | None:
    """The first visible headline-like h1, for a page that declares no headline of its own: the
    document title is often an SEO line written apart from the headline readers see. `sole`
    asks for the only one (a page of several such h1s lists teasers, not its headline)."""
    shown = []
    for h in heads:
        text = _shown_text(h)
        if len(text) > 300 or links_home(h) or _hidden(h) or _in_page_frame(h) or not _headline_like(text):
            continue
        if not is_site_name(text, site, url):
            shown.append(text)
    if not shown or (sole and len(shown) > 1):
        return None
    return shown[0]


def _in_page_frame(el: Any) -> bool:
    """Whether an element sits in the page's footer, navigation or sidebar, not in its content."""
    return any(anc.tag in ("footer", "nav", "aside") for anc in el.iterancestors())


_CONTINUATION = re.compile(r"\s*[\w\"'«»„“”‘’(]")


_SECTION_TAIL = re.compile(r"\s+[|·•»/]\s+\S")


_KICKER_END = re.compile(r"(?:[:|/\-–—·•»]|::)\s*$")


def _uncut(title: str, metas: list[str]) -> str | None:
    """The whole title where the most declared one was cut at a quote: `content="Biden de
    "incapacitado""` ends the attribute early; the <title> element keeps the quoted words."""
    key = _title_key(title)
    for meta in metas:
        rest = _title_key(meta)[len(key) :]
        if _title_key(meta).startswith(key) and rest[:2].strip()[:1] in ('"', "“", "„"):
            return meta
    return None


_SEGMENT_START = re.compile(r"\s+[|\-–—·•»/]\s|:\s")


def _headline_then_site(h1: str, declared: str, h1s: list[str]) -> bool:
    """Whether a declared title is the h1 followed by the site's own words ("Headline - Site -
    Tagline", "Headline: Section | Site") that the site-name split could not take off."""
    h1_key, key = _title_key(h1), _title_key(declared)
    if len(h1_key) < 8 or len(key) <= len(h1_key) or not key.startswith(h1_key):
        return False
    rest = key[len(h1_key) :]
    if not _SEGMENT_START.match(rest):
        return False
    others = [_title_key(other) for other in h1s if other != h1]
    return not any(len(other) >= 8 and other in rest for other in others)  # "Section - Headline" h1s


def _drop_kicker(title: str, candidates: list[str], marked: bool = False) -> str:
    """ "Kicker: Headline" -> "Headline" when a declared title (as written) is just the headline;
    `marked` candidates come from markup that sets the kicker apart, so no separator is needed."""
    key = _title_key(title)
    for cand in candidates:
        cand_key = _title_key(cand)
        if len(cand_key) >= 0.4 * len(key) and cand_key != key and key.endswith(cand_key):
            head = key[: len(key) - len(cand_key)]
            if (marked or _KICKER_END.search(head.rstrip())) and head.endswith(" "):
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


def is_site_name(name: str, site: str | None, url: str) -> bool:
    """True for a "name" that is the publication itself (og:site_name, the domain)."""
    squashed = re.sub(r"[^\w]", "", name.lower())
    if site and squashed == re.sub(r"[^\w]", "", site.lower()):
        return True
    host = re.sub(r"[^\w]", "", (urlsplit(url).hostname or "").lower().removeprefix("www."))
    return bool(squashed) and (squashed in host or any(w and w in squashed for w in _domain_words(url) if len(w) > 3))
