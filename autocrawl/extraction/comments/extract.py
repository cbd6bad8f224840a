"""Reader comments of a page as records: author, date, text, which comment each one answers.

Pipeline: a cheap byte pre-check (most pages have no comment markup at all), the page's tree
(`page`, shared with the article and links), candidate comment elements grouped by their marker
(`candidates`), the best group's fields (`fields`; `slots` for authors no marker names), the
comment a permalink page is about when it stands apart (`permalink`), threading (`parent`, with
`depth`), then links and counts (`links`).
schema.org JSON-LD comments are the fallback when the markup gives none (`jsonld`), then comments
known only by their signatures (`signed`: a wiki talk page).
Whether a page is a discussion rather than an article is `discussion`'s question.
At most MAX_COMMENTS_PER_PAGE comments are kept; what is cut is counted, never dropped silently.
Never raises: any failure yields an empty CommentPage.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import NamedTuple

from autocrawl.extraction.comments.candidates import (
    Scan,
    in_area,
    member_skip,
    scan,
    structural_groups,
    with_lead_comments,
    with_nested_replies,
    with_reply_peers,
)
from autocrawl.extraction.comments.checks import (
    clean_author,
    is_placeholder,
    looks_like_article,
    without_shared_controls,
)
from autocrawl.extraction.comments.dates import parse_iso, to_datetime
from autocrawl.extraction.comments.dom import Element, short_text
from autocrawl.extraction.comments.fields import Anchor, Fields, extract_fields, find_author, is_action, weak_author
from autocrawl.extraction.comments.flatreplies import named_in_threads
from autocrawl.extraction.comments.jsonld import declared_parents, jsonld_comments
from autocrawl.extraction.comments.links import comment_links
from autocrawl.extraction.comments.mentions import mention_parents
from autocrawl.extraction.comments.numbered import numbered_thread, without_pointer
from autocrawl.extraction.comments.parent import assign_parents
from autocrawl.extraction.comments.permalink import focus_comment
from autocrawl.extraction.comments.quotes import quote_parents
from autocrawl.extraction.comments.signed import signed_comments
from autocrawl.extraction.comments.slots import slot_authors
from autocrawl.extraction.comments.statejson import state_comments
from autocrawl.extraction.comments.subject import is_named_apart, is_subject
from autocrawl.extraction.comments.unmarked import (
    may_hold_unmarked_thread,
    named_items,
    sibling_runs,
    teaser_rows,
    thread_like,
    unmarked_runs,
)
from autocrawl.extraction.common.decode import utf16_byte_order
from autocrawl.extraction.common.page import Page, load_page
from autocrawl.extraction.types import Comment, CommentPage

_PRECHECK_WORDS = (b"omment", b"omentar", b"reactie", b"comtr", b"leserbrief", b"reply", b"antwort", b"discussion",
                   b"diskussion")  # fmt: skip
_ANCHOR_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:modified_time|og:updated_time|dateModified|"
    r"article:published_time|datePublished|date|dc\.date)[\"'][^>]*content=[\"']([^\"']+)",
    re.I,
)
_MAX_BYTES = 8_000_000
# The most comments kept from one page (the setting AUTOCRAWL_MAX_COMMENTS_PER_PAGE); what it cuts
# is counted in CommentPage.comments_cut and named in its warnings.
MAX_COMMENTS_PER_PAGE = 20_000


def extract_comments(
    html: bytes | Page, url: str, content_type: str | None = None, max_comments: int = MAX_COMMENTS_PER_PAGE
) -> CommentPage:
    """The comments of a page: its bytes, or the `Page` the article and links share."""
    try:
        if not isinstance(html, Page):
            data = bytes(html)
            verdict = _precheck(data) if data else None
            if verdict is None:
                return CommentPage()  # nothing to decode or parse
            return page_comments(load_page(data, url, content_type), max(1, max_comments), prechecked=verdict)
        return page_comments(html, max(1, max_comments))
    except Exception as exc:  # noqa: BLE001 - extraction must never break a crawl
        return CommentPage(error=f"{type(exc).__name__}: {exc}")


def page_comments(
    page: Page, max_comments: int = MAX_COMMENTS_PER_PAGE, prechecked: str | None = None, links: bool = True
) -> CommentPage:
    """The comments of a loaded page, extracted once per limit (the article's discussion test asks
    too). The tree must be the page's original: read it before the body extractor takes it. The
    CommentPage returned is shared: do not change it. `prechecked`: the byte pre-check's verdict on
    the page, when it was asked already (it reads the whole page: once is enough). Without `links`, only the
    comments are read (no next page, count or comment pages), and that partial result is not kept."""
    known = page.comments.get(max_comments)
    if known is None:
        verdict = prechecked or ("marked" if not page.data else _precheck(page.data))
        root = page.root if page.data and verdict is not None else None
        # Unmarked items are searched on a page that dates things as a thread does, or that names
        # comments in its markup (a "comment" attribute) where no marked group is then found.
        dated = True if verdict in ("dated", "marked") else None
        known = (
            comments_of(root, page.text, page.url, max_comments, links, dated) if root is not None else CommentPage()
        )
        if links:
            page.comments[max_comments] = known
    return known


def comments_of(
    root: Element,
    text: str,
    url: str,
    max_comments: int = MAX_COMMENTS_PER_PAGE,
    links: bool = True,
    dated: bool | None = None,
) -> CommentPage:
    """The comments of a parsed page (with `links`, also its next page, count and comment pages).
    `dated`: True when the byte pre-check found the page's items dated as a thread's are."""
    anchor: Anchor = cache(lambda: _anchor(text))  # read only for a date written as an age ("3 hours ago")
    found = scan(root)
    items, fields, cut = _best_items(found, anchor, max_comments, root, text, url, dated)
    # a topic's opening post is what the page is about: threaded with the rest (replies quote it),
    # then left out, its replies top-level
    subject = len(items) > 1 and (
        is_subject(items[0], fields[0].author, fields[0].published, text, items[1])
        or is_named_apart(items, fields[0].external_id, url)
    )
    focus = None if subject else focus_comment(root, items, fields, url, anchor)
    if focus is not None:
        items, fields = [focus[0], *items], [focus[1], *fields]
    comments: list[Comment] = []
    shift = int(subject)
    opening = items[0] if subject else None  # the topic's post: its thread's, not the article's
    if items:
        ids = [f.external_id for f in fields]
        authors = [f.author for f in fields]
        quoted, texts = quote_parents([f.lead for f in fields], [f.text for f in fields], authors, ids)
        texts = without_shared_controls(texts)
        numbered = numbered_thread(items)
        parents = assign_parents(items, ids, authors, url, quoted, numbered)
        if numbered is not None:
            texts = [without_pointer(t, pointer) for t, pointer in zip(texts, numbered.pointers, strict=True)]
        if all(p is None for p in parents):
            from_declaration = declared_parents(texts, authors, jsonld_comments(root, found.scripts))
            if from_declaration is not None:
                parents = from_declaration
            else:
                parents, texts = mention_parents(texts, authors)
        else:
            parents, texts = named_in_threads(items, parents, texts, authors)
        for f, p, text in zip(fields, parents, texts, strict=True):
            comments.append(
                Comment(
                    author=f.author,
                    text=text,
                    published=f.published,
                    parent=p - shift if p is not None and p >= shift else None,
                    external_id=f.external_id,
                    parent_external_id=ids[p] if p is not None else f.parent_external_id,
                )
            )
        items, comments = items[shift:], comments[shift:]
    else:
        comments = jsonld_comments(root, found.scripts) or state_comments(root, found.scripts) or signed_comments(root)
    next_url, declared, pages = comment_links(root, url, items, found, opening) if links else (None, None, [])
    return CommentPage(
        comments=comments,
        next_page_url=next_url,
        declared_count=declared,
        comment_page_urls=pages,
        comments_cut=cut,
        warnings=["comments-over-limit"] if cut else [],
    )


def _precheck(html: bytes) -> str | None:
    """Cheap test on the raw bytes: "marked" for a comment word inside a tag (class, id, itemtype,
    href...) or a JSON "comment" key, "dated" for items dated as a thread's are
    (`may_hold_unmarked_thread`), None for neither. Pages without one have no comment markup to
    find; a third of pages stop here. The words come first: they settle most pages that have
    comments, and the dated test reads the whole page."""
    if html.startswith((b"\xff\xfe", b"\xfe\xff")) or utf16_byte_order(html):
        return "marked"  # UTF-16: the byte test does not apply
    if len(html) > _MAX_BYTES:
        return "marked"  # the words may come after what the test reads (an inline app of megabytes first)
    low = html[:_MAX_BYTES].lower()
    if b'"comment' in low:
        return "marked"
    # Every place of every word, found by bytes.find (many times faster than one regex of them all).
    # A word inside a tag: the last "<" of the 150 bytes before it comes after the last ">".
    for word in _PRECHECK_WORDS:
        at = low.find(word)
        while at >= 0:
            before = low[max(0, at - 150) : at]
            if before.rfind(b"<") > before.rfind(b">"):
                return "marked"
            at = low.find(word, at + 1)
    if may_hold_unmarked_thread(low.decode("latin-1")):
        return "dated"  # dated items: a thread whose markup may name nothing (`unmarked`)
    return None


_ANCHOR_JSON = re.compile(r'"(?:dateModified|datePublished)"\s*:\s*"([^"]{8,40})"')


def _anchor(text: str) -> datetime | None:
    """The date relative ages ("3 hours ago") count back from: the page's own modified or published
    time (meta tags, then JSON-LD). Without one, relative ages stay unresolved."""
    head = text[:60000]
    found = [to_datetime(parse_iso(m.group(1))) for m in _ANCHOR_META.finditer(head)]
    found += [to_datetime(parse_iso(m.group(1))) for m in _ANCHOR_JSON.finditer(text[:400000])]
    dates = [d for d in found if d is not None]
    if not dates:
        return None
    aware = [d for d in dates if d.tzinfo is not None]
    naive = [d for d in dates if d.tzinfo is None]
    return max(aware) if aware else max(naive)  # the latest: modified rather than first published


Authors = dict[int, "Element | str | None"]  # member id -> what find_author gave for it


def _grow(members: list[Element], authors: Authors) -> list[Element]:
    """Members without an author widen to the nearest ancestor holding one (text-only markers).
    Groups whose first members name an author are taken as they are. `authors` receives the
    author of each member looked at (by id), with these members' skip."""
    skip = member_skip(members)

    def author_of(m: Element) -> Element | str | None:
        if id(m) not in authors:
            authors[id(m)] = find_author(m, skip)
        return authors[id(m)]

    if all(author_of(m) is not None for m in members[:3]):
        return members
    out: list[Element] = []
    member_set = {id(m) for m in members}
    run = len(members) >= 3  # boxes of several members, each bounded by the next one's
    weak = 0  # members kept on a bold word or heading of their own, no named poster around it
    for m in members:
        own = author_of(m)
        if own is not None and not (run and weak_author(own, m)):
            out.append(m)
            continue
        if own is None:
            text = short_text(m)
            if not text or is_action(m, text):
                continue  # only a marker that holds the comment's words may widen (not "Reply" links)
        widened, named = _widen(m, member_set, skip, run)
        if own is not None:  # a bold word of its own text: only a named poster around it replaces it
            weak += widened is None or not named
            out.append(widened if widened is not None and named else m)
        elif widened is not None:
            out.append(widened)
    if len(out) == len(members) or (len(out) * 2 >= len(members) and not weak):
        return out
    # Some members kept on a bold word only ("in reply to <b>Ann</b>" names whom a reply answers),
    # others left out: the name slot the members agree on may hold every poster.
    slotted = _by_slot(members, skip, authors, more_than=len(out) if len(out) * 2 >= len(members) else 0)
    return slotted or out


def _widen(m: Element, member_set: set[int], skip: Callable[[Element], bool], run: bool) -> tuple[Element | None, bool]:
    """The nearest ancestor of a member that holds an author and no other member (at most four
    levels up), and whether that author is named as such (`weak_author`: not a mere bold or heading
    line). In a run of members, a subject line above the text is no name: the climb goes on to the
    poster's column, when a box that holds this comment alone has one."""
    node, widened = m, None
    for _ in range(4):
        up = node.getparent()
        if up is None or up.tag in ("body", "html"):
            break
        if any(id(d) in member_set and d is not m for d in up.iter()):
            break
        node = up
        found = find_author(node, skip)
        if found is None:
            continue
        named = not weak_author(found, node)
        if named or not run:
            return node, named
        if widened is None:
            widened = node
    return widened, False


def _by_slot(
    members: list[Element], skip: Callable[[Element], bool], authors: Authors, more_than: int = 0
) -> list[Element] | None:
    """The members with the author their name slot gives (`slots`), when the finders and widening
    found one for fewer than half of them (or the slot names more than `more_than` of them); None
    when the members agree on no slot."""
    found = slot_authors(members, skip)
    if found is None or len(found) * 2 < len(members) or len(found) <= more_than:
        return None
    for m in members:
        authors[id(m)] = found.get(id(m))
    return members


class _Group:
    """One candidate group as scored: its members and, by member id, what was found for them, so
    that a group scored on a sample and then in full (or in both rounds of a page) is read once.
    Holding the members keeps their element proxies, and so their ids, alive."""

    def __init__(self, members: list[Element], authors: Authors | None = None):
        self.members = members
        self.skip = member_skip(members)
        self.authors: Authors = authors if authors is not None else {}
        self.checked: dict[int, Fields | None] = {}  # member id -> its fields, None: not a comment

    def fields(self, m: Element, anchor: Anchor) -> Fields | None:
        """The member's fields with a cleaned author, or None when it is no valid comment."""
        key = id(m)
        if key not in self.checked:
            self.checked[key] = self._check(m, anchor)
        return self.checked[key]

    def _check(self, m: Element, anchor: Anchor) -> Fields | None:
        f = extract_fields(m, self.skip, anchor, self.authors)
        if f is None:
            return None
        f.author = clean_author(f.author)
        dated = f.published is not None or f.aged
        if not f.author or is_placeholder(f.text, dated) or looks_like_article(m, f.text):
            return None
        return f


def _score(
    group: _Group, anchor: Anchor, sample: int | None = None, strict: bool = False
) -> tuple[list[Element], list[Fields], float]:
    """Members that yield a valid comment, their fields, and a score (valid ones, dates count half).
    With `sample`, only the first members are extracted and the score is scaled to the group."""
    members = group.members
    todo = members[:sample] if sample else members
    kept: list[Element] = []
    fields: list[Fields] = []
    dated = aged = 0
    for m in todo:
        f = group.fields(m, anchor)
        if f is None:
            continue
        kept.append(m)
        fields.append(f)
        dated += f.published is not None
        aged += f.aged
    if strict and (len(kept) < 2 or (dated + aged) * 2 < len(kept)):
        return [], [], 0.0  # unmarked siblings must look like comments: several, most of them dated
    score = (len(kept) + 0.5 * dated) * len(members) / max(1, len(todo))
    lone = len(members) == 1 and len(kept) == 1
    if lone and (not (dated or in_area(kept[0])) or not 10 <= len(fields[0].text) <= 3000):
        return [], [], 0.0  # a lone element needs the evidence of a date or of a comment area around it
    return kept, fields, score


def _depth(el: Element) -> int:
    n = 0
    node = el.getparent()
    while node is not None:
        n += 1
        node = node.getparent()
    return n


_SAMPLE = 6
_FULL = 3
_FULL_SAMPLE = 400  # groups larger than this are compared on their first members


def _best_items(
    found: Scan,
    anchor: Anchor,
    limit: int = MAX_COMMENTS_PER_PAGE,
    root: Element | None = None,
    text: str = "",
    url: str = "",
    dated: bool | None = None,
) -> tuple[list[Element], list[Fields], int]:
    """The group of candidates that looks most like the page's comments (at most `limit` of them, and
    how many more it had). Groups marked as comments come first; unmarked same-shaped items inside a
    comment area are looked at only when those give no clear answer (few or undated comments); runs
    of unmarked items anywhere in the page (`unmarked`) only when neither gives any, those whose
    names only their place tells last."""
    marked, areas = with_nested_replies(with_reply_peers(with_lead_comments(found.groups))), found.areas
    groups = _Groups(limit)
    kept, fields, cut = _choose(marked, anchor, groups)
    if areas and not (len(kept) >= 3 and sum(f.published is not None for f in fields) * 2 >= len(fields)):
        more = _choose({**marked, **structural_groups(areas)}, anchor, groups)
        if len(more[0]) > len(kept):
            kept, fields, cut = more
    # groups known only by nesting or by their own permalinks give way to a larger unmarked thread
    weakly_marked = bool(kept) and all(key[0] in ("nested", "anchored") for key in marked)
    if (kept and not weakly_marked) or root is None or not (dated or may_hold_unmarked_thread(text)):
        return kept, fields, cut
    siblings = sibling_runs(root)
    runs = _choose(unmarked_runs(siblings), anchor, groups)
    if thread_like(runs[0], runs[1]) and len(runs[0]) > len(kept):
        return (*named_items(runs[0], runs[1]), runs[2])
    if weakly_marked:
        return kept, fields, cut
    # names known only by their place in each item: a weaker reading, which a thread of more
    # signed comments (a talk page, whose signatures the items' slots may catch in part) overrules
    runs = _choose(unmarked_runs(siblings, by_place=True), anchor, groups)
    if thread_like(runs[0], runs[1]) and not teaser_rows(runs[0], url) and len(signed_comments(root)) <= len(runs[0]):
        return (*named_items(runs[0], runs[1]), runs[2])
    return kept, fields, cut


class _Groups:
    """The groups of one page as `_choose` scores them, by the ids of their members: each candidate
    list is grown and read once, though both rounds of choice see the marked ones."""

    def __init__(self, limit: int):
        self.limit = limit
        self.grown: dict[tuple[int, ...], tuple[list[Element], Authors]] = {}
        self.scored: dict[tuple[int, ...], _Group] = {}
        self.alive: list[list[Element]] = []  # keeps element proxies (and so their id()) alive

    def grow(self, members: list[Element], raw_signature: tuple[int, ...]) -> tuple[list[Element], Authors]:
        """`_grow` of a candidate list, and the authors it found with that list's skip."""
        if raw_signature not in self.grown:
            self.alive.append(members)
            authors: Authors = {}
            self.grown[raw_signature] = (_grow(members, authors), authors)
        return self.grown[raw_signature]

    def group(self, members: list[Element], authors: Authors | None) -> _Group:
        """The group of these members (at most `limit` of them; the authors found with their skip)."""
        if len(members) > self.limit:
            members, authors = members[: self.limit], None  # another skip: the authors do not apply
        signature = tuple(id(m) for m in members)
        if signature not in self.scored:
            self.scored[signature] = _Group(members, authors)
        return self.scored[signature]


class _Candidate(NamedTuple):
    """A group `_choose` may score: its members beyond the limit (`extra`), its place on the page's
    list of groups (`order`, the tie-break), and the most its score can be (`bound`)."""

    group: _Group
    strict: bool
    penalty: float  # what a group found by structure alone loses on a tie with a marked one
    extra: int
    order: int
    bound: float


def _candidates(groups: dict[tuple[str, str], list[Element]], found: _Groups) -> list[_Candidate]:
    """The distinct groups, grown (`_grow`), in page order. A score counts at most 1.5 a member
    (valid and dated), a sample's scaled to the group alike: that is each one's `bound`."""
    seen: set[tuple[int, ...]] = set()
    out: list[_Candidate] = []
    for key, members in groups.items():
        strict = key[0] in ("area", "nested", "anchored")
        penalty = 0.25 if key[0] in ("area", "linked", "nested", "anchored") else 0.0
        if not members:
            continue
        raw_signature = tuple(id(m) for m in members)
        if raw_signature in seen:
            continue
        seen.add(raw_signature)
        grown, authors = found.grow(members, raw_signature)
        signature = raw_signature if grown is members else tuple(id(m) for m in grown)
        if not grown or (signature != raw_signature and signature in seen):
            continue
        seen.add(signature)
        group = found.group(grown, authors if grown is members else None)
        extra = max(0, len(grown) - found.limit)  # members beyond the limit
        out.append(_Candidate(group, strict, penalty, extra, len(out), 1.5 * len(group.members) - penalty))
    return out


Ranked = tuple[float, float, int, _Candidate]  # estimate, -depth (of the sample's valid members), order


def _estimate(c: _Candidate, anchor: Anchor) -> Ranked | None:
    """The candidate's score on a sample of its first members, None when none of them is valid."""
    kept, _fields, estimate = _score(c.group, anchor, _SAMPLE, c.strict)
    if not kept:
        return None
    depth = sum(_depth(m) for m in kept) / len(kept)
    return (estimate - c.penalty, -depth, c.order, c)


def _full_depth(c: _Candidate) -> float:
    """-depth of a candidate whose sampled members are all valid: the only way to reach its bound."""
    sample = c.group.members[:_SAMPLE]
    return -(sum(_depth(m) for m in sample) / len(sample))


def _choose(
    groups: dict[tuple[str, str], list[Element]], anchor: Anchor, found: _Groups
) -> tuple[list[Element], list[Fields], int]:
    """Every group is scored on a sample of its members, the best few (by that estimate) are then
    scored in full; the best full score wins, the shallower group on a tie, then the better ranked.
    Groups are read only as far as that answer needs: one whose bound cannot beat the best full
    score found is never read, nor one whose bound keeps it out of the best few."""
    candidates = _candidates(groups, found)
    best: tuple[float, float] = (0.0, 0.0)
    scored: dict[int, tuple[list[Element], list[Fields], float]] = {}  # by order: the full scores

    def full(c: _Candidate, neg_depth: float) -> None:
        nonlocal best
        sample = _FULL_SAMPLE if len(c.group.members) > _FULL_SAMPLE else None
        kept, fields, score = _score(c.group, anchor, sample, c.strict)
        score -= c.penalty  # a marked group wins a tie
        scored[c.order] = (kept, fields, score)
        if kept and (score, neg_depth) > best:
            best = (score, neg_depth)

    ranked: list[Ranked] = []
    if len(candidates) <= _FULL:  # all of them are scored in full: the best one so far bounds the rest
        for c in sorted(candidates, key=lambda c: (-c.bound, -_full_depth(c))):
            if (c.bound, _full_depth(c)) < best:
                continue  # even all valid and dated, it loses (a lower score, or deeper on a tie)
            rank = _estimate(c, anchor)
            if rank is not None:
                ranked.append(rank)
                full(c, rank[1])
    else:
        for c in sorted(candidates, key=lambda c: -c.bound):
            if len(ranked) >= _FULL and sorted(r[0] for r in ranked)[-_FULL] > c.bound:
                break  # this one and all after it rank below the best few
            rank = _estimate(c, anchor)
            if rank is not None:
                ranked.append(rank)
    ranked.sort(key=lambda r: r[:3], reverse=True)
    chosen: tuple[list[Element], list[Fields], int] = ([], [], 0)
    sampled: _Candidate | None = None  # a big winner, compared on its first members
    top: tuple[float, float] = (0.0, 0.0)
    for _est, neg_depth, order, c in ranked[:_FULL]:
        if order not in scored:
            if (c.bound, neg_depth) < best:
                continue  # cannot beat the best full score found
            full(c, neg_depth)
        kept, fields, score = scored[order]
        if kept and (score, neg_depth) > top:
            top, chosen = (score, neg_depth), (kept, fields, c.extra)
            sampled = c if len(c.group.members) > _FULL_SAMPLE else None
    if sampled is not None:  # big threads: only the winner is extracted in full
        kept, fields, _ = _score(sampled.group, anchor, strict=sampled.strict)
        chosen = (kept, fields, chosen[2])
    return chosen
