"""One comment's fields from its element: author, date, text, ids.

`own` is a predicate telling which subtrees belong to other comments (nested replies), so that
a comment's fields never come from its answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias

from autocrawl.extraction.comments.checks import clean_author
from autocrawl.extraction.comments.dates import (
    DAY_WORDS,
    find_age,
    is_age_only,
    parse_date_text,
    parse_iso,
    parse_relative,
    parse_yearless,
    shows_age,
)
from autocrawl.extraction.comments.dom import (
    BLOCK_TAGS,
    PARENT_ID_ATTRS,
    SKIP_TAGS,
    Element,
    ancestors,
    class_test,
    clean_text,
    lined_text,
    short_text,
    text_size,
    tokens,
    walk,
)
from autocrawl.extraction.comments.mentions import REPLY_LABELS
from autocrawl.extraction.comments.quotes import Lead, find_lead
from autocrawl.extraction.common.dom import case_sensitive
from autocrawl.extraction.common.months import WRITTEN_NAMES, alternation

_AUTHOR_TOKEN = re.compile(
    r"^(?:fn|n|name|user|nick|by|byline)$|author|autor|auteur|verfasser|username|user[-_]?name|user[-_]{1,2}(?:link|login)|"
    r"^user$|[-_]user$|hnuser|nickname|commenter|commentator|poster|benutzer|nutzer|screen-?name|display-?name|"
    r"(?:comment|post|c|message|account|profile)[-_]{0,2}(?:user|username|name|nick)$"
)
_AUTHOR_NOT = re.compile(
    r"avatar|img|image|pic|photo|gravatar|label|says|meta|date|time|title|bio|desc|tooltip|bypost|comment-author-[a-z0-9]"
)
_AUTHOR_BLOCK = re.compile(r"(?:^|[-_])(?:author|vcard|byline|user|poster|commenter)(?:$|[-_])")
_PROFILE_HREF = re.compile(
    r"(?:^|/|\?)(?:user|users|member|members|profile|profil|people|benutzer|nutzer|autor|author|u)(?:/|\?|=|\.php|$)"
    r"|[?&](?:user|u|id)=[^&]*$|/[~@][\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?/?$|[?&;](?:action|mode|do)=(?:view)?profile(?:$|[;&])"
    r"|[?&]uid=\d|(?:^|/)space-uid-\d",  # a user id: "?mod=space&uid=50", "space-uid-50.html"
    re.I,
)
_SAYS_RE = re.compile(
    r"(?:\s*(?:says|said|wrote|sagt|schreibt|schrieb|meint|dijo|escribió|dit|a écrit|écrit|disse|scrive|"
    r"ha scritto|zegt|schreef|napisał|napisala|napísal|kommentiert|antwortet|replied|replies)|"
    r"\s+(?:さん|様))\s*:?\s*$",  # a Japanese honorific set apart after the name
    re.I,
)
_DATE_TOKEN = re.compile(
    r"date|time|datum|zeit|fecha|posted|published|submitted|(?:^|[-_])age(?:$|[-_])|(?:^|[-_])ago$|meta|when"
)
_DATE_NOT = re.compile(r"update|timeline|runtime|validat|accommodat")
_TEXT_TOKEN = re.compile(
    r"^(?:comment|text|content|body|message|md|usertext-body|entry-content|bodytext|description|copy)$|"
    r"(?:^|[-_]|comment|kommentar|post|message|entry|reply)(?:text|content|body|message|txt|inhalt)"
    r"(?:$|[-_]{1,2}(?:wrap|wrapper|inner|container|holder|box|main|full|text|content|area|block)$)"
)
_NOISE_TOKEN = re.compile(
    r"(?:^|[-_])(?:reply|report|vote|votes|voting|like|likes|dislike|rating|score|avatar|toolbar|actions?|"
    r"buttons?|links|share|sharing|flag|permalink|edit|navs|userattrs|says|meta|metadata|commentmetadata|"
    r"date|time|timestamp|author|vcard|byline|tagline|comhead|header|footer|signature|ellipsis|trigger|"
    r"collapse|more-link|screen-reader-text|sr-only|visually-hidden|element-invisible|numchildren|arrow|"
    r"midcol|badge|count|number|reactions|toggle|quote-link|translate|moderation|login|parent|expand)(?:$|[-_])"
)
_ACTION_WORDS = frozenset(
    [
        "reply",
        "replies",
        "report",
        "permalink",
        "link",
        "parent",
        "prev",
        "next",
        "flag",
        "share",
        "edit",
        "delete",
        "quote",
        "like",
        "dislike",
        "antworten",
        "antwort",
        "melden",
        "zitieren",
        "teilen",
        "bearbeiten",
        "löschen",
        "responder",
        "denunciar",
        "répondre",
        "signaler",
        "citer",
        "rispondi",
        "segnala",
        "odpowiedz",
        "odpovědět",
        "odpovedať",
        "antwoord",
        "upvote",
        "downvote",
        "vote",
        "aufklappen",
        "zuklappen",
        "more",
        "less",
        "weniger",
        "mehr",
        "responder",
        "reagieren",
        "empfehlen",
        "recommend",
    ]
) | frozenset(
    [
        "zum antworten anmelden",
        "log in to reply",
        "login to reply",
        "sign in to reply",
        "reply to this comment",
        "auf diesen beitrag antworten",
        "permanenter link",
        "report comment",
        "kommentar melden",
        "read more",
        "weiterlesen",
        "show more",
        "mehr anzeigen",
        "trvalý odkaz",
    ]
)
_ID_PREFIX = re.compile(
    r"^(?:li-|div-|comment-body-)?(?:comment|kommentar|cmt|thing_|reply|message|msg|c|post|entry)[-_]?"
)
_EPOCH_HREF = re.compile(r"[?&]showComment=(\d{13})\b")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


_author_class = class_test(lambda t: _AUTHOR_TOKEN.search(t) and not _AUTHOR_NOT.search(t))
_date_class = class_test(lambda t: _DATE_TOKEN.search(t) and not _DATE_NOT.search(t))
_text_class = class_test(_TEXT_TOKEN.search)
_noise_class = class_test(_NOISE_TOKEN.search)


@dataclass
class Fields:
    author: str | None
    published: str | None
    text: str
    external_id: str | None
    parent_external_id: str | None
    lead: Lead | None = None  # the block its text opens with (a quote, perhaps)
    aged: bool = False  # undated, but its header shows an age ("27 minutes ago") no date of the page anchors


def _author_marked(el: Element) -> bool:
    if el.get("itemprop") in ("author", "creator", "name"):
        return True
    return _author_class(el)


def _clean_author(text: str) -> str:
    text = clean_text(text).strip(" \n:–-|,")
    says = _says(text)  # (at most one: it runs to the end)
    if says:
        text = text[: says.start()] + text[says.end() :]
    text = text.strip(" :–-|,")
    text = re.sub(r"^(?:von|by|de|par|di|door|od)\s+", "", text, flags=re.I)
    age = find_age(text) if any(c.isdigit() for c in text) else None
    if age is not None and age.start > 0 and not text[age.end :].strip():
        text = text[: age.start].rstrip(" ,|·•-–—")  # "Ann 2 hours ago" in the name's own element
    clock = _TRAILING_CLOCK.search(text)
    if clock is not None and clock.start() > 0 and not _DATE_LINE.search(text[: clock.start()]):
        text = text[: clock.start()]  # "Ann 08:35": a chat's name line with the message's time
    return text


# A name line that goes on into a date ("ann — Yesterday at 5:33"): no bare name and its time.
_DATE_LINE = re.compile(r"[|·•—–]|\s-\s|" + DAY_WORDS.pattern, re.I)


_TRAILING_CLOCK = re.compile(r"[\s,|·•\-–—]+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)


def _says(text: str) -> re.Match[str] | None:
    """`_SAYS_RE` in text; ASCII text is searched lowered, without re.I (`case_sensitive`): the same
    places, several times sooner."""
    return case_sensitive(_SAYS_RE).search(text.lower()) if text.isascii() else _SAYS_RE.search(text)


def is_action(el: Element, text: str | None = None) -> bool:
    """Whether the element is a control ("Reply", "Report"...). `text`: its `short_text`, when known."""
    t = (short_text(el) if text is None else text).lower().strip(" |·•-–—/()[]#")
    return bool(t) and (t in _ACTION_WORDS or len(t) <= 2 and not t.isalnum())


def find_author(
    item: Element, skip: Callable[[Element], bool], own: list[Element] | None = None
) -> Element | str | None:
    """The element (or attribute value) naming the comment's author: the first candidate, in order of
    how clearly the markup says so, whose text can be a name. `own`: `walk(item, skip)`, when known."""
    for found in _author_candidates(item, own if own is not None else list(walk(item, skip))):
        text = found if isinstance(found, str) else short_text(found)
        if clean_author(_clean_author(text)) and (isinstance(found, str) or not _names_parent(found)):
            return found
    return None


# A reply label just before a name: the name is the one the reply answers, not its writer's.
_REPLY_LABEL_END = re.compile("(?:" + "|".join(REPLY_LABELS) + r")\W{0,3}$", re.I)


def _names_parent(el: Element) -> bool:
    """Whether the element's name follows a reply label: the commenter answered, not the comment's author."""
    prev = el.getprevious()
    before = (prev.tail if prev is not None else (el.getparent().text if el.getparent() is not None else None)) or ""
    return bool(before.strip()) and _REPLY_LABEL_END.search(before[-40:]) is not None


_USER_ATTRS = ("data-username", "data-user", "data-author", "data-user-id", "data-userid")


def _in_quote(el: Element, item: Element) -> bool:
    """Inside a quote of the item: a `<cite>` there names who is quoted, not who writes."""
    return any(node.tag in ("blockquote", "q") for node in ancestors(el, item))


def _author_candidates(item: Element, own: list[Element]) -> Iterator[Element | str]:
    for el in own:  # schema.org microdata
        if el.get("itemprop") in ("author", "creator"):
            for sub in el.iter():
                if sub.get("itemprop") == "name" and short_text(sub):
                    yield sub
            if 0 < len(short_text(el)) <= 80:
                yield el
    candidates = [el for el in own if _author_marked(el)]
    for el in candidates:
        text = short_text(el)
        if not text or len(text) > 80:
            continue
        # descend into a more specific candidate (div.comment-author > cite.fn), the innermost first:
        # a display name and a handle each marked inside one marked name block
        inner = [sub for sub in candidates if sub is not el and _inside(sub, el) and short_text(sub)]
        yield from sorted(inner, key=lambda sub: any(_inside(o, sub) for o in inner))
        dated = _holds_date(el)
        for sub in el.iter("cite", "a", "b", "strong"):
            if sub is not el and short_text(sub) and len(short_text(sub)) <= 60 and not is_action(sub):
                if sub.tag != "a" or _PROFILE_HREF.search(sub.get("href") or ""):
                    yield sub
                elif dated and not _holds_date(sub, True):
                    yield sub  # the name's link beside the time's ("ann_1 2 days ago")
                else:
                    yield el
        yield el
    for attr in ("data-author", "data-username", "data-user", "author"):
        value = item.get(attr)
        if value and len(value) <= 80:
            yield value
    for el in own:  # the name's own element, tied to the user by a data attribute (Disqus's username link)
        if el is not item and any(el.get(attr) for attr in _USER_ATTRS) and 0 < len(short_text(el)) <= 60:
            yield el
    for el in own:
        if el.tag == "cite" and 0 < len(short_text(el)) <= 80 and not _in_quote(el, item):
            for sub in el.iter("b", "strong", "a"):
                if sub is not el and short_text(sub):
                    yield sub
            yield el
    for el in own:
        href = el.get("href") or ""
        if (
            el.tag == "a"
            and (_PROFILE_HREF.search(href) or _mail_name(el, href))
            and 0 < len(link_text := short_text(el)) <= 60
        ):
            # the display name set in bold beside the handle ("<strong>Ann Lee</strong> @ann@host")
            yield from (sub for sub in el.iter("strong", "b") if short_text(sub) not in ("", link_text))
            yield from _display_names(el, link_text)
            yield el
    for el in own[:40]:
        heading = el.tag in ("strong", "b", "h3", "h4", "h5", "h6")
        if heading and 0 < len(short_text(el)) <= 50 and not is_action(el):
            yield el


def _mail_name(link: Element, href: str) -> bool:
    """A name linking to its poster's address, as old boards and mail archives write it ("from
    <a href="mailto:…">Ann</a> on 03.05.2024"): not an address written out, not a "by e-mail" in a
    sentence (a contact line)."""
    return href[:7].lower() == "mailto:" and "@" not in short_text(link) and not _in_prose(link)


def _display_names(link: Element, link_text: str) -> Iterator[Element]:
    """In a profile link that shows a display name and a handle in elements of their own
    ("<span>Ann Lee</span> <span>@ann</span>"), the display name's."""
    parts = [
        sub for sub in link.iter("span", "strong", "b") if sub is not link and short_text(sub) not in ("", link_text)
    ]
    handles = [sub for sub in parts if short_text(sub).startswith("@")]
    if handles:
        yield from (
            sub
            for sub in parts
            if not short_text(sub).startswith("@") and not any(_inside(h, sub) or _inside(sub, h) for h in handles)
        )


def weak_author(found: Element | str, item: Element) -> bool:
    """Whether the author was found only as a bold or heading line of the item, nothing marking
    it a name (no author class or microdata on it or around it, no profile link, no <cite>)."""
    if isinstance(found, str) or found.tag not in ("strong", "b", "h3", "h4", "h5", "h6"):
        return False
    return not any(_author_marked(el) or el.tag == "cite" for el in (found, *ancestors(found, item))) and not any(
        a.tag == "a" and _PROFILE_HREF.search(a.get("href") or "") for a in found.iter("a")
    )


def _holds_date(el: Element, itself: bool = False) -> bool:
    """Whether an author element also holds the comment's time (a <time>, or a date-marked part),
    so that its whole text is more than a name. With `itself`, the element may be that time."""
    return any((sub is not el or itself) and (sub.tag == "time" or _date_class(sub)) for sub in el.iter())


def _inside(el: Element, outer: Element) -> bool:
    node = el.getparent()
    while node is not None:
        if node is outer:
            return True
        node = node.getparent()
    return False


# The date relative ages ("3 hours ago") count back from, or a function that reads it on first use:
# most comments carry a machine-readable date, and their pages never need it.
Anchor: TypeAlias = datetime | None | Callable[[], datetime | None]


def _anchor_of(anchor: Anchor) -> datetime | None:
    return anchor() if callable(anchor) else anchor


_DATE_ATTRS = ("datetime", "content", "title", "data-time", "data-timestamp", "data-date", "data-utime", "data-ts")


def _attr_date(el: Element, written_title: bool = False) -> str | None:
    """The first date in the element's date attributes, as ISO 8601; with `written_title`, a
    `title` may also hold it as written ("May 3, 2024 8:05 AM")."""
    for attr in _DATE_ATTRS:
        raw = el.get(attr)
        value = raw and (parse_iso(raw) or (parse_date_text(raw) if written_title and attr == "title" else None))
        if value:
            return value
    return None


def _date_from_element(el: Element, anchor: Anchor) -> str | None:
    value = _attr_date(el) or _stamp(el, any_data=True)
    if value:
        return value
    text = short_text(el)
    value = parse_date_text(text)
    title = el.get("title") or el.get("aria-label") or el.get("data-tooltip")
    if value:
        return _to_the_minute(value, el, title)
    return (
        parse_date_text(title)
        or _absolute_inside(el)
        or parse_relative(text, _anchor_of(anchor))
        or parse_yearless(text, _anchor_of(anchor))
    )


def _to_the_minute(day: str, el: Element, title: str | None) -> str:
    """A date shown as a day only ("2 de maig de 2024") made exact by the time its title, or a
    title inside it, gives for that day ("Permalink – Thursday, 2 May 2024, 02:40")."""
    if len(day) != len("2024-05-02"):
        return day
    for written in (parse_date_text(title) if title else None, _absolute_inside(el)):
        if written and written.startswith(day) and len(written) > len(day):
            return written
    return day


def _absolute_inside(el: Element) -> str | None:
    """A full date in an attribute of an element inside the date area (a link's `title` under a
    wrapper showing "11 hours ago"): it wins over the age, which counts back from a guessed time."""
    for sub in el.iterdescendants():
        value = _attr_date(sub, written_title=True) if isinstance(sub.tag, str) else None
        if value:
            return value
    return None


def find_date(
    item: Element,
    skip: Callable[[Element], bool],
    text_el: Element | None,
    anchor: Anchor,
    everything: list[Element] | None = None,
) -> tuple[str | None, Element | None, str]:
    """The comment's date, the element it was read from, and the header text it read when no element
    dated it ("" otherwise). `everything`: `walk(item, skip)`, when known."""
    if everything is None:
        everything = list(walk(item, skip))
    own = [el for el in everything if text_el is None or not _inside(el, text_el) and el is not text_el]
    found = _find_date_in(own, anchor)
    if (found[0] is None or _naive(found[0])) and (stamp := _stamp(item)) is not None:
        found = stamp, item  # the item's own stamp (a chat message's data-ts): an instant, where a naive time is not
    if found[0] is None and text_el is not None:
        found = _find_date_in([el for el in everything if el is not text_el], anchor)
    if found[0] is not None:
        return (*found, "")
    for el in everything:  # Blogger permalinks carry the time in epoch milliseconds
        if el.tag == "a":
            m = _EPOCH_HREF.search(el.get("href") or "")
            if m:
                return parse_iso(m.group(1)), None, ""
    found = _date_link(own)
    if found[0] is not None:
        return (*found, "")
    # a bare date in the comment's header text
    header = lined_text(item, lambda e: skip(e) or (text_el is not None and e is text_el))
    if text_el is None and len(header) > _HEADER_CHARS:
        parts = [header[:_HEADER_CHARS], header[-_HEADER_CHARS:]]  # no marked text: the date is before or after it
    else:
        parts = [header] if header and len(header) < 600 else []
    for part in parts:
        value = parse_date_text(part) or parse_relative(part, _anchor_of(anchor))
        if value:
            return value, None, header
    # an age on a line of its own in a longer header ("Ann 5 hours ago" above the words)
    lines = [line for line in header.split("\n") if line.strip()] if header else []
    for line in [*lines[:3], *lines[-3:]]:
        value = parse_relative(line, _anchor_of(anchor)) if len(line) <= 80 else None
        if value:
            return value, None, header
    return None, None, header


_HEADER_CHARS = 300  # of an item without marked text, where its header or footer may date it


_STAMP_ATTRS = ("data-ts", "data-time", "data-timestamp", "data-utime")
_EPOCH_STAMP = re.compile(r"\d{10}(?:\d{3}|\.\d{1,6})?")


def _naive(value: str) -> bool:
    """Whether an ISO 8601 date holds a time of day without an offset."""
    return len(value) > 10 and not (value.endswith("Z") or re.search(r"[+-]\d\d:?\d\d$", value))


def _stamp(el: Element, any_data: bool = False) -> str | None:
    """The instant an epoch stamp attribute of the element gives, as ISO 8601; with `any_data`, any
    data attribute (of an element that shows a date: `<span data-ctime="1714569780">21小时前</span>`)."""
    names = [a for a in el.attrib if a.startswith("data-")] if any_data else _STAMP_ATTRS
    for attr in names:
        stamp = el.get(attr)
        if stamp and _EPOCH_STAMP.fullmatch(stamp) and (value := parse_iso(stamp)):
            return value
    return None


def _find_date_in(own: list[Element], anchor: Anchor) -> tuple[str | None, Element | None]:
    for el in own:  # <time>, or a custom element holding its instant alike (<relative-time datetime=...>)
        if (
            el.tag == "time"
            or el.get("itemprop") in ("dateCreated", "datePublished", "commentTime")
            or el.get("datetime")
            and "-" in el.tag
        ):
            value = _date_from_element(el, anchor)
            if value:
                return value, el
    for el in own:  # a machine stamp in epoch seconds or milliseconds (chat exports, widgets)
        if (value := _stamp(el)) is not None:
            return value, el
    for el in own:
        prop = el.get("property") or ""
        if "date" in prop.lower() and parse_iso(el.get("content")):
            return parse_iso(el.get("content")), el
    for el in own:
        if _date_class(el):
            value = _date_from_element(el, anchor)
            if value:
                return value, el
    for el in own:
        title = el.get("title")
        if title and parse_iso(title):
            return parse_iso(title), el
    for el in own:  # the full date in a tooltip or a label for screen readers
        title = el.get("title") or el.get("aria-label") or el.get("data-tooltip")
        if title and len(title) <= _MAX_DATE_LINK and _shortened_date(short_text(el), title):
            return parse_date_text(title), el
    for el in own:  # an element of its own whose words are a date and nothing more: its class unread
        if el.tag in _PLAIN_INLINE and not len(el):
            text = short_text(el)
            if _MIN_DATE_LINK <= len(text) <= _MAX_DATE_LINK and _only_date(text):
                return parse_date_text(text), el
    for el in own:  # or an age and nothing more ("3h", "2 days ago"), counted back from the page's time
        if el.tag in _PLAIN_INLINE and not len(el):
            text = short_text(el)
            if 0 < len(text) <= _MAX_DATE_LINK and any(map(str.isdigit, text)) and is_age_only(text):
                value = _stamp(el, any_data=True) or parse_relative(text, _anchor_of(anchor))
                if value:
                    return value, el
    return None, None


def _shortened_date(shown: str, title: str) -> bool:
    """Whether a title is the full date of an element that shows a part of it or an age ("May 3"
    titled "May 3, 2024, 7:15 AM"; "2 days ago"): a date written out and nothing more, the shown
    words with a digit in them."""
    return any(map(str.isdigit, shown)) and len(shown) <= _MAX_DATE_LINK and _only_date(title)


def _date_link(own: list[Element]) -> tuple[str | None, Element | None]:
    """A link whose words are a date and nothing else (the comment's permalink, under its text),
    written in it or in one plain inline element in it (`<a><span title=...>date</span></a>`)."""
    for el in own:
        if el.tag == "a" and (not len(el) or len(el) == 1 and el[0].tag in _PLAIN_INLINE and not len(el[0])):
            text = short_text(el)
            if _MIN_DATE_LINK <= len(text) <= _MAX_DATE_LINK and _only_date(text):
                return parse_date_text(text), el
    return None, None


_MIN_DATE_LINK, _MAX_DATE_LINK = 6, 60
_PLAIN_INLINE = frozenset(["span", "b", "strong", "small", "em", "i"])


def _only_date(text: str) -> bool:
    """Whether the text is a date written out and nothing more (no word of four letters or more
    beside its month's and day's names and the words joining a date to its time)."""
    if not any(map(str.isdigit, text)) or parse_date_text(text) is None:
        return False
    return _no_words_beside_date(text)


def _no_words_beside_date(text: str) -> bool:
    """No word of four letters or more in a date's text beside its weekday, month and joining words."""
    return not re.search(r"[^\W\d_]{4,}", _DATE_WORDS.sub("", _DAY_NAME.sub("", text)))


def find_text_element(
    item: Element, skip: Callable[[Element], bool], author_el: Element | None, own: list[Element] | None = None
) -> Element | None:
    """The element marked as the comment's text (the longest; one around the author only if no other).
    `own`: `walk(item, skip)`, when known."""
    best: Element | None = None
    best_key: tuple[int, int] = (-1, -1)
    marked: list[tuple[Element, int]] = []
    for el in own if own is not None else walk(item, skip):
        if (
            el.get("itemprop") in ("text", "commentText", "reviewBody")
            or ("content:encoded" in (el.get("property") or ""))
            or _text_class(el)
        ):
            has_author = author_el is not None and _inside(author_el, el)
            length = len(lined_text(el, skip))
            if length == 0:
                continue
            marked.append((el, length))
            key = (0 if has_author else 1, length)
            if key > best_key:
                best, best_key = el, key
    if best is not None:
        # a post body around the one message it holds, with its heading and signature: the message
        inner = [(el, length) for el, length in marked if el is not best and _inside(el, best)]
        if len(inner) == 1 and (inner[0][1] >= _MESSAGE_SHARE * best_key[1] or _titled_apart(best, inner[0][0])):
            return inner[0][0]
    return best


def _titled_apart(outer: Element, message: Element) -> bool:
    """Whether the outer element holds a heading outside the message: a post's subject line."""
    return any(not _inside(h, message) for h in outer.iter("h2", "h3", "h4", "h5", "h6"))


_MESSAGE_SHARE = 0.6


# Inline children whose words are the block's own prose; a link, a bold line or a cell is not.
_NOT_PROSE = BLOCK_TAGS | SKIP_TAGS | {"a", "b", "strong", "td", "th", "tbody", "thead", "tfoot", "br", "span"}
_PARAGRAPH_TAGS = frozenset(["p", "pre"])
_MIN_PROSE = 20


_DIGIT = re.compile(r"\d")


def _prose(el: Element, skip: Callable[[Element], bool] | None = None) -> int:
    """Characters written in the element itself: its text, its children's tails, its inline
    children's words (emphasis, not links or bold titles). A child `skip` leaves out is none of
    them: a reply nested as a custom element (`<x-comment>`) is no inline word of its parent's."""
    # (a Chinese character weighs as much as three Latin ones)
    return sum(text_size(piece) for piece in _prose_pieces(el, skip))


def _prose_pieces(el: Element, skip: Callable[[Element], bool] | None = None) -> Iterator[str]:
    """The pieces of text `_prose` counts."""
    yield (el.text or "").strip()
    for c in el:
        if isinstance(c.tag, str) and c.tag not in _NOT_PROSE and not (skip is not None and skip(c)):
            words = short_text(c)
            if not (_DIGIT.search(words) and _only_date(words)):  # a date set in <em> is no prose
                yield words
        yield (c.tail or "").strip()


def _prose_score(el: Element, skip: Callable[[Element], bool]) -> int:
    return _prose(el, skip) + sum(_prose(c, skip) for c in el if c.tag in _PARAGRAPH_TAGS)


def find_prose_block(item: Element, skip: Callable[[Element], bool], author_el: Element | None) -> Element | None:
    """Without a marked text element: the block holding most of the item's prose (its own words and
    its paragraphs'), widened to the highest block around it with words of its own and while its
    siblings hold prose too, so that a poster-info cell or a bold title line stays out. None when the
    item itself holds the most, the block holds the author, or it is mostly links. Where the block
    holds the author, a block inside it scoring as much (the paragraph that gave the wrapper its
    score) is tried: a message under a header of "From:" and "Date:" fields."""
    best, best_score = item, _prose_score(item, skip)
    tied: list[Element] = []
    for el in walk(item, lambda e: skip(e) or _furniture(e)):
        if el.tag in BLOCK_TAGS or el.tag == "td":
            score = _prose_score(el, skip)
            if score > best_score:
                best, best_score, tied = el, score, []
            elif score == best_score and best is not item:
                tied.append(el)
    if best is item or (best_score < _MIN_PROSE and text_size(short_text(best)) < _MIN_PROSE):
        return None
    block = _widened(best, item, skip)
    if author_el is not None and _inside(author_el, block):
        inner = [el for el in tied if _inside(el, best) and not _inside(author_el, el)]
        block = _widened(inner[0], item, skip) if inner else item
    if block is item or (author_el is not None and _inside(author_el, block)):
        return None
    text = short_text(block)
    links = sum(len(short_text(a)) for a in block.iter("a"))
    return block if links * 2 < len(text) else None


def _widened(best: Element, item: Element, skip: Callable[[Element], bool]) -> Element:
    """The prose block widened to the highest block around it with words of its own, then while its
    siblings hold prose too (paragraphs written as divs)."""
    for up in ancestors(best, item):  # a quote inside the message holds more prose than the message
        if _own_words(up):
            best = up
    parent = best.getparent()
    while parent is not None and parent is not item and _siblings_prose(best, skip):
        best, parent = parent, parent.getparent()
    return best


_FURNITURE_TAGS = frozenset(["form", "nav", "header", "footer", "aside", "button"])


_SIGNATURE_RULE = re.compile(r"^\s*(?:[_=~]{4,}|-{4,}|-- ?)\s*$")


def _furniture(el: Element) -> bool:
    """A hidden element, a form, a navigation, a noise-marked block or a signature (a block that
    opens with a rule line, "__________" or "-- "): never a comment's prose."""
    if el.tag in _FURNITURE_TAGS or el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return not _text_form(el)
    if _signature_block(el):
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style)) or _noise_class(el) and not _text_class(el)


def _signature_block(el: Element) -> bool:
    """A block that opens with a rule line ("-- ", "__________") before a line break: a signature."""
    return bool(el.text and _SIGNATURE_RULE.match(el.text) and len(el) and el[0].tag == "br")


def _in_prose(el: Element) -> bool:
    """A link written inside a sentence (words of its paragraph on both sides): a word of the
    comment, whatever it says ("next", "share"), not a control."""
    if el.tag != "a":
        return False
    up = el.getparent()
    if up is None or up.tag not in _PARAGRAPH_TAGS:
        return False
    before = el.getprevious()
    said = (before.tail if before is not None else up.text) or ""
    return any(map(str.isalnum, said)) and any(map(str.isalnum, el.tail or ""))


def _own_words(el: Element) -> bool:
    """Whether words are written in the element itself (not in its children)."""
    return any(t and any(map(str.isalnum, t)) for t in (el.text, *(c.tail for c in el)))


def _siblings_prose(el: Element, skip: Callable[[Element], bool]) -> bool:
    """Whether a sibling block of the element holds prose of its own (paragraphs written as divs)."""
    for s in (*el.itersiblings(preceding=True), *el.itersiblings()):
        if not isinstance(s.tag, str) or skip(s) or _furniture(s) or s.tag in SKIP_TAGS:
            continue
        if _worded(s) and not _label_table(s):
            return True
    return False


def _worded(el: Element) -> bool:
    """Whether the element's own prose holds a word: the dots between a row of links ("Permalink ·
    Reply · Raw") are none."""
    return any(any(map(str.isalnum, piece)) for piece in _prose_pieces(el))


def _label_table(el: Element) -> bool:
    """A table each of whose rows opens with a header cell ("From:", "Date:", "Subject:" beside their
    values): a message's header fields, not its words."""
    if el.tag != "table":
        return False
    rows = list(el.iter("tr"))
    return bool(rows) and all(next((c.tag for c in row if isinstance(c.tag, str)), None) == "th" for row in rows)


def _author_block(author_el: Element, item: Element) -> Element:
    """The author element widened to the wrapper that holds only it and words like "says:"."""
    name = short_text(author_el)
    block = author_el
    node = author_el.getparent()
    while node is not None and node is not item:
        rest = short_text(node).replace(name, "", 1)
        if rest.strip(" :–-|,") and not _SAYS_RE.fullmatch(" " + rest.strip()):
            break
        block = node
        node = node.getparent()
    return block


_MIN_HEADER_WORDS = 3
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _words(text: str) -> int:
    return len(_LETTER_WORD.findall(text))


def _header_only(text: str, author: str | None) -> bool:
    """Whether an item's text holds no word of its own: only its name, date, number ("3. 5. 2024 v
    07:20 #1"). A short comment ("Super!", "+1 lol") has words, and keeps them."""
    return all(_is_meta_line(line, author) or not _words(line) for line in text.split("\n"))


def _pair_body(item: Element, skip: Callable[[Element], bool]) -> Element | None:
    """The sibling right after an item that holds no words but its header's (name, date, number):
    an element of another tag, no comment itself, with words of its own: the body of a comment
    written as a pair (a <dt> header and its <dd>, a header row and its text row)."""
    nxt = item.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or nxt.tag == item.tag or skip(nxt) or nxt.tag in SKIP_TAGS:
        return None
    return (
        nxt
        if _words(lined_text(nxt, lambda e: skip(e) or _partner_of_other(e, item, skip))) >= _MIN_HEADER_WORDS
        else None
    )


def _partner_of_other(el: Element, item: Element, skip: Callable[[Element], bool]) -> bool:
    """The body of another item written as a pair: the element right after a member of the item's tag."""
    prev = el.getprevious()
    return prev is not None and prev is not item and prev.tag == item.tag and skip(prev)


_MAX_BYLINE_REST = 40  # characters of a byline beside its name and date ("posted by … at … [3 favorites]")


def _byline(author_el: Element, date_el: Element, item: Element, text_el: Element | None) -> Element | None:
    """The inline element that holds both the author's name and the date and little more (a
    "posted by X at T" line under the text): the comment's signature line, none of its words. None
    when the nearest element around both is a block, the item itself or holds its text."""
    node = author_el.getparent()
    while node is not None and node is not item and not _inside(date_el, node):
        node = node.getparent()
    if node is None or node is item or node is text_el or node.tag in BLOCK_TAGS:
        return None
    if text_el is not None and _inside(text_el, node):
        return None
    rest = len(short_text(node)) - len(short_text(author_el)) - len(short_text(date_el))
    return node if rest <= _MAX_BYLINE_REST else None


_MAX_HEADER_LINE = 150


def _dated_header(author_el: Element, item: Element, text_el: Element | None, published: str) -> Element | None:
    """The block holding the author's name whose words date the comment ("<b>Ann</b> wrote on
    21/05/2024 at 08:49:"): the comment's header, read as plain text, none of its words. Where the
    item itself is that block, the nearest inline element around the name that dates it."""
    node = author_el
    line: Element | None = None  # the nearest inline element around the name that dates the comment
    while node is not item and node.tag not in BLOCK_TAGS:
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
        if line is None and node is not item and node.tag not in BLOCK_TAGS and _dates_line(node, text_el, published):
            line = node
    if node is item:
        return line  # an item of inline elements (an old board's <font> lines in a table cell)
    return node if _dates_line(node, text_el, published) else None


def _dates_line(node: Element, text_el: Element | None, published: str) -> bool:
    """Whether the element is a short line whose words give the comment's date, apart from its text."""
    if node is text_el or (text_el is not None and _inside(text_el, node)):
        return False
    words = short_text(node)
    return len(words) <= _MAX_HEADER_LINE and parse_date_text(words) == published


def extract_fields(
    item: Element,
    skip: Callable[[Element], bool],
    anchor: Anchor,
    authors: dict[int, Element | str | None] | None = None,
) -> Fields | None:
    """The comment's fields, or None without text. `authors`: `find_author` with this `skip` of
    items already looked at, by id."""
    own = list(walk(item, skip))
    known = authors or {}
    author_found = known[id(item)] if id(item) in known else find_author(item, skip, own)
    author_el = None if author_found is None or isinstance(author_found, str) else author_found
    author = _clean_author(short_text(author_el) if author_el is not None else (author_found or "")) or None
    text_el = find_text_element(item, skip, author_el, own)
    if text_el is None:
        text_el = find_prose_block(item, skip, author_el)
    published, date_el, header = find_date(item, skip, text_el, anchor, own)
    signed = _first_signature(own, anchor)
    if signed is not None:
        published, date_el, author_el = signed
        author = _clean_author(short_text(author_el)) or None
    removed: set[Element] = set()
    if author_el is not None:
        removed.add(_author_block(author_el, item))
    if date_el is not None:
        removed.add(date_el)
    if author_el is not None and date_el is not None:
        line = _byline(author_el, date_el, item, text_el)
        if line is not None:
            removed.add(line)
    elif author_el is not None and published is not None:
        line = _dated_header(author_el, item, text_el, published)
        if line is not None:
            removed.add(line)

    body: Element | None = None  # the item's words in the sibling after it (<dt> name, <dd> words)

    def text_skip(el: Element) -> bool:
        if skip(el) or el in removed:
            return True
        if body is not None and el is not body and _partner_of_other(el, item, skip):
            return True  # the words of a reply whose header is a member too
        if _noise_class(el) and not _text_class(el) and not _holds_paragraph(el):
            return True  # (an "author" or "meta" block with paragraphs holds the words in some themes)
        style = el.get("style")
        if style and _HIDDEN_STYLE.search(style) and "expand" not in " ".join(tokens(el)):
            return True
        if el.tag in ("a", "span", "li", "u", "font", "p", "small", "div") and len(el) <= 3 and is_action(el):
            return not _in_prose(el)
        if _signature_block(el):
            return True
        if _text_form(el):
            return False
        return el.tag in ("form", "nav", "header", "footer", "time", "aside") and not _holds_text(el)

    container = text_el if text_el is not None else item
    text = lined_text(container, text_skip)
    if text_el is None and _header_only(text, author):
        body = _pair_body(item, skip)
        if body is not None:
            text_el = container = body
            text = lined_text(container, text_skip)
    if author and text.startswith(author) and text_el is None:
        text = text[len(author) :].lstrip(" :\n")
    if container.tag == "pre" or any(True for _ in container.iter("pre")) and _plain_share(container):
        text = plain_written(text)
    text = _without_signature(_trim_meta_lines(text, author))
    if not text:
        return None
    lead = None
    if text_el is not None:
        lead = find_lead(
            text_el, text_skip, lambda block: _trim_meta_lines(lined_text(text_el, _without(text_skip, block)), author)
        )
    own_id = external_id(item)
    parent_id = named_parent_id(item)
    aged = published is None and _shows_age(header)
    return Fields(author, published, text, own_id, parent_id if parent_id != own_id else None, lead, aged)


def _shows_age(header: str) -> bool:
    """Whether a line of the item's header (its words outside its text, as `find_date` read them)
    shows an age ("27 minutes ago |")."""
    lines = header.split("\n")
    return any(shows_age(line) for line in [*lines[:3], *lines[-3:]] if len(line) <= 80)


_QUOTED_LINE = re.compile(r"^\s*>")
_SIGNATURE_LINE = re.compile(r"^(?:-- ?|[_=~]{4,}|-{4,})$")


def _plain_share(container: Element) -> bool:
    """Whether preformatted text holds most of the container's words (a mail body in <pre>)."""
    inside = sum(len(short_text(p)) for p in container.iter("pre"))
    return inside * 2 > len(short_text(container))


def plain_written(text: str) -> str:
    """A plain-text message's own words, by the conventions of plain-text mail: quoted lines
    ("> ...") and the line introducing them ("On ..., Ann wrote:", any line ending in a colon
    just before the quote) go, and so do the signature and footers below a rule ("-- ", "____")."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _SIGNATURE_LINE.match(line.rstrip()) and any(map(str.isalnum, "".join(lines[:i]))):
            lines = lines[:i]
            break
    kept: list[str] = []
    for i, line in enumerate(lines):
        if _QUOTED_LINE.match(line):
            continue
        after = next((n for n in lines[i + 1 :] if n.strip()), "")
        if line.rstrip().endswith(":") and _QUOTED_LINE.match(after):
            continue  # the attribution of the quote below
        kept.append(line)
    return "\n".join(kept).strip()


_MAX_SIGNATURE_CLIMB = 3


def _first_signature(own: list[Element], anchor: Anchor) -> tuple[str, Element, Element] | None:
    """Of several dated author blocks (microdata) in one post, the earliest one's date, date element
    and name: a post is written before it is edited, and its editors sign it as its writer does."""
    signers = [el for el in own if el.get("itemprop") in ("author", "creator")]
    if len(signers) < 2:
        return None
    found: list[tuple[str, Element, Element]] = []
    for signer in signers:
        block = signer.getparent()
        for _ in range(_MAX_SIGNATURE_CLIMB):
            if block is None:
                break
            published, date_el = _find_date_in(list(block.iter()), anchor)
            if published is not None and date_el is not None:
                name = next((sub for sub in signer.iter() if sub.get("itemprop") == "name" and short_text(sub)), signer)
                found.append((published, date_el, name))
                break
            block = block.getparent()
    dates = {f[0] for f in found}
    if len(found) < 2 or len(dates) < 2 or len({len(d) for d in dates}) > 1:
        return None  # one date for all (a block holding both), or dates not written alike
    return min(found, key=lambda f: f[0])


def _without(skip: Callable[[Element], bool], block: Element) -> Callable[[Element], bool]:
    return lambda el: el is block or skip(el)


_META_LINE = re.compile(
    r"^(?:(?:kommentar|comment|antwort|reply)\s+(?:von|by|de|par)|(?:says|sagt|schrieb|wrote|said|dijo)(?:,?\s+on)?)"
    r"\W*$",
    re.I,
)


def _is_meta_line(line: str, author: str | None) -> bool:
    line = line.strip()
    if not line:
        return True
    if author and line.strip(" :,") == author:
        return True
    line = _BY_PHRASE.sub("", line).strip()
    if not line or _META_LINE.match(line) or re.fullmatch(r"[\d\W]{1,6}", line) or _TIME_LINE.match(line):
        return True
    if _STATE_LABEL.match(line):
        return True
    if len(line) <= 60 and parse_date_text(line):
        return _no_words_beside_date(line)
    return len(line) <= 40 and is_age_only(line)


# A word or two in brackets on a line of its own beside the header: the comment's state ("(edited)",
# "[bearbeitet]", "(modifié)"), not its words.
_STATE_LABEL = re.compile(r"^[(\[]\s*[^\W\d_]{2,12}(?:\s[^\W\d_]{2,12})?\s*[)\]]$")
_BY_PHRASE = re.compile(
    r"^(?:kommentar|comment|antwort|reply|posted|geschrieben|written|publié|publicado)\s+(?:von|by|de|par|am|on)\b",
    re.I,
)
_DAY_NAME = re.compile(r"^[^\W\d_]{2,12},\s*(?=\d)")  # "Jumat, 03 Mei 2024": a weekday before the date
_TIME_LINE = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?|uhr|h)?$", re.I)
# Month names as written (the table's names and abbreviations, not its derived three-letter forms).
_DATE_WORDS = re.compile(
    rf"(?<!\w)(?:um|at|on|a las|alle|às|à|om|uhr|o'clock|[ap]\.?m\.?|de|del|{alternation(WRITTEN_NAMES)}|said|says|sagt|wrote|"
    r"schrieb|dijo|am|le|el|il|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\.?(?!\w)",
    re.I,
)


_SIG_DASHES = re.compile(r"^--\s?$")  # the mail and Usenet signature separator, "-- " on a line of its own
_MAX_SIGNATURE_LINES, _MAX_SIGNATURE_CHARS = 4, 300


def _without_signature(text: str) -> str:
    """The text without a signature written in the comment's own lines ("...<br>--<br>Sent from my
    phone"): the separator line and the few short lines after it."""
    lines = text.split("\n")
    for k in range(len(lines) - 1, 0, -1):
        if _SIG_DASHES.match(lines[k].strip()) and any(line.strip() for line in lines[:k]):
            after = lines[k + 1 :]
            if len(after) <= _MAX_SIGNATURE_LINES and sum(len(line) for line in after) <= _MAX_SIGNATURE_CHARS:
                return "\n".join(lines[:k]).strip()
            break
    return text


def _trim_meta_lines(text: str, author: str | None) -> str:
    """Drop leading and trailing lines that only repeat the author, a date, a number or "Kommentar von"."""
    lines = text.split("\n")
    while lines and _is_meta_line(lines[0], author):
        lines.pop(0)
    while lines and _is_meta_line(lines[-1], author):
        lines.pop()
    return "\n".join(lines).strip() or text


def _text_form(el: Element) -> bool:
    """The comment's text in a form with no field to fill (old Reddit's "usertext"): no furniture."""
    return el.tag == "form" and _holds_paragraph(el) and not _fillable(el)


def _fillable(form: Element) -> bool:
    """Whether a form has a field a reader fills in (a reply box, a rating): not only hidden inputs."""
    for field in form.iter("input", "textarea", "select"):
        if field.tag != "input" or (field.get("type") or "text").lower() != "hidden":
            return True
    return False


def _holds_paragraph(el: Element) -> bool:
    return any(p is not el and (p.text or len(p)) for p in el.iter("p", "blockquote"))


def _holds_text(el: Element) -> bool:
    return any(_text_class(sub) for sub in el.iter() if sub is not el)


_IN_REPLY_TO = re.compile(r"^\s*(?:in reply to|replying to|als antwort auf|antwort auf|en réponse à)\b", re.I)


def named_parent_id(item: Element) -> str | None:
    """The id of the comment this one answers, when the markup names it (an attribute, or an
    "in reply to" link to #comment-N): the only tie to a parent shown on another page."""
    value = next((item.get(a, "").strip() for a in PARENT_ID_ATTRS if item.get(a, "").strip()), "")
    if not value:
        for a in item.iter("a"):
            href = a.get("href") or ""
            if _in_nested_item(a, item):
                continue  # a reply's own "in reply to" link, naming this comment
            if "#" in href and (a.get("rel") == "in-reply-to" or _IN_REPLY_TO.match(_owner_text(a))):
                value = href.rsplit("#", 1)[1]
                break
    if not value or not re.search(r"\d", value) or value in ("0", "null"):
        return None
    return _ID_PREFIX.sub("", value) or value


def _in_nested_item(el: Element, item: Element) -> bool:
    """Whether `el` lies in another comment nested in `item`: an element between them with a
    comment's id attribute, or of the item's tag with a numbered id."""
    node = el.getparent()
    while node is not None and node is not item:
        if any(node.get(a) for a in _ID_ATTRS) or (node.tag == item.tag and re.search(r"\d", node.get("id") or "")):
            return True
        node = node.getparent()
    return False


def _owner_text(a: Element) -> str:
    owner = a.getparent()
    return "".join(owner.itertext()) if owner is not None else ""


_ID_ATTRS = ("data-comment-id", "data-commentid", "data-id", "data-fullname", "data-cid", "thingid", "comment-id")
# a forum post's number, read only where the item has no id of its own (an id is what anchors name)
_POST_ID_ATTRS = ("data-pid", "data-post-id", "data-postid", "data-message-id")


def external_id(item: Element) -> str | None:
    for attr in _ID_ATTRS:
        value = item.get(attr)
        if value:
            return value.strip()
    value = item.get("id") or next((v for a in _POST_ID_ATTRS if (v := item.get(a))), None)
    if not value:
        for sub in item.iter():
            if sub is item:
                continue
            if sub.get("id") and re.search(r"\d{2,}", sub.get("id") or ""):
                value = sub.get("id")
            break
        prev = item.getprevious()
        if not value and prev is not None and prev.tag == "a" and prev.get("id"):
            value = prev.get("id")  # Drupal: <a id="comment-123"></a><article class="comment">
    if not value:
        value = _reply_link_id(item)
    if not value or not re.search(r"\d", value):
        return None
    stripped = _ID_PREFIX.sub("", value)
    return stripped or value


_REPLYTOCOM = re.compile(r"[?&](?:replytocom|reply_to|replyto|parent_id)=(\d+)")


def _reply_link_id(item: Element) -> str | None:
    """The comment's own id from its "reply" link (WordPress: ?replytocom=ID answers this comment)."""
    for a in item.iter("a"):
        m = _REPLYTOCOM.search(a.get("href") or "")
        if m:
            return m.group(1)
    return None
