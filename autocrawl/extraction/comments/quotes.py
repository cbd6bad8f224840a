"""Replies known by the quote they open with (flat, time-ordered forums).

A comment whose text starts with a quote of an earlier comment answers that comment, and the quote
(attribution line included) is not its own text when it names the quoted author. The quote is the first block of the comment's
text: an element the page marks as a quote (`<blockquote>`, `<q>`, a `cite` attribute), or any
first block that names the quoted comment's author. It quotes an earlier comment when the words
of its longest line are that comment's words, or when it names that comment's author and links
to it (a link or a data-* attribute holding its id).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property

from autocrawl.extraction.comments.dates import parse_date_text
from autocrawl.extraction.comments.dom import BLOCK_TAGS, Element, lined_text, text_size
from autocrawl.extraction.comments.parent import id_key, url_ids
from autocrawl.extraction.common.dom import CJK_CHAR

_WORD = re.compile(r"\w{2,}")
_DIGITS = re.compile(r"\d{2,}")
_MARKED_TAGS = frozenset(["blockquote", "q"])
_LEAD_TAGS = BLOCK_TAGS - {"ul", "ol", "li", "dl", "dd", "dt", "hr", "form", "h1", "h2", "h3", "h4", "h5", "h6"}
_MIN_OVERLAP = 0.7  # share of the quote's longest line's words found in the quoted comment
_MIN_WORDS = 3
_MAX_CHAIN = 6
_COMMON = 300  # a word in more comments than this does not pick candidates (all are still counted)


def words(text: str) -> frozenset[str]:
    """The text's words; in a language written without spaces, its pairs of characters: a Chinese
    clause ("我也遇到过同样的问题") is one \\w run, and a quote of two clauses would be two words."""
    found = _WORD.findall(text.lower())
    if text.isascii() or not CJK_CHAR.search(text):
        return frozenset(found)
    out: set[str] = set()
    for word in found:
        if CJK_CHAR.search(word):
            out.update(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.add(word)
    return frozenset(out)


class Lead:
    """The block a comment's text opens with. Its words, ids and the text left without it are
    read only when a comment is matched against it (most never are)."""

    def __init__(self, block: Element, marked: bool, rest: Callable[[Element], str], skip: Callable[[Element], bool]):
        self.block = block
        self.marked = marked  # the page marks it as a quote
        self._rest = rest
        self._skip = skip

    @cached_property
    def said(self) -> str:
        """Its whole text, lowered: the quoted author's name is looked for here."""
        return " ".join(self.block.itertext()).lower()

    @cached_property
    def words(self) -> frozenset[str]:
        """Words of its longest line: the quoted words, not the attribution (a `cite` is one)."""
        text = lined_text(self.block, lambda e: self._skip(e) or e.tag == "cite")
        return words(max(text.split("\n"), key=_quoted_line_key, default=""))

    @cached_property
    def ids(self) -> frozenset[str]:
        """Ids it points at: its links' ids and the numbers of its data-*/cite attributes."""
        out: list[str] = []
        for sub in self.block.iter():
            if not isinstance(sub.tag, str):
                continue
            for name, value in sub.attrib.items():
                if name == "href":
                    out += url_ids(value)
                elif name.startswith("data-") or name == "cite":
                    out += _DIGITS.findall(value)
        return frozenset(id_key(v) for v in out)

    def rest(self) -> str:
        """The comment's text without it."""
        return self._rest(self.block)


def _quoted_line_key(line: str) -> tuple[bool, int]:
    """The quote's words are its longest line (in Latin-script characters: a Chinese line is dense)
    that is no attribution: a line with a date ("Ann posted on 3 May 2024, 11:21") comes last."""
    return parse_date_text(line) is None if _DIGIT.search(line) else True, text_size(line)


_DIGIT = re.compile(r"\d")


def _has_text(text: str | None) -> bool:
    return bool(text and text.strip())


def _is_marked(el: Element) -> bool:
    return el.tag in _MARKED_TAGS or el.get("cite") is not None


def lead_block(container: Element, skip: Callable[[Element], bool]) -> tuple[Element, bool] | None:
    """The block the text opens with, and whether it is marked as a quote: down the chain of first
    children (nothing written before them), the first marked one, else the first followed by
    more text in its parent. None when the text opens with words."""
    node = container
    unmarked: Element | None = None
    for _ in range(_MAX_CHAIN):
        if _has_text(node.text):
            break
        first = next((c for c in node.iterchildren() if isinstance(c.tag, str) and not skip(c)), None)
        if first is None or first.tag not in _LEAD_TAGS:
            break
        if _is_marked(first):
            return first, True
        if unmarked is None and _followed(first, skip):
            unmarked = first
        node = first
    return (unmarked, False) if unmarked is not None else None


def _followed(el: Element, skip: Callable[[Element], bool]) -> bool:
    """Whether text follows the element inside its parent."""
    if _has_text(el.tail):
        return True
    return any(
        _has_text(s.tail) or (isinstance(s.tag, str) and not skip(s) and _has_text("".join(s.itertext())))
        for s in el.itersiblings()
    )


def find_lead(container: Element, skip: Callable[[Element], bool], rest: Callable[[Element], str]) -> Lead | None:
    """The `Lead` of a comment's text element, None when its text opens with words. `rest(block)`:
    the comment's text read without that block."""
    found = lead_block(container, skip)
    return Lead(found[0], found[1], rest, skip) if found is not None else None


def _names(said: str, author: str | None) -> bool:
    """Whether `said` names the author as a whole word."""
    if not author:
        return False
    name = author.lower()
    at = said.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not said[at - 1].isalnum()) and (end == len(said) or not said[end].isalnum()):
            return True
        at = said.find(name, at + 1)
    return False


class _Thread:
    """The comments read so far: their own words, indexed by word and by their author's first word."""

    def __init__(self, authors: Sequence[str | None], ids: Sequence[str | None]):
        self.authors = authors
        self.ids = [id_key(v) if v else None for v in ids]
        self.words: list[frozenset[str]] = []
        self.by_word: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}

    def add(self, text: str) -> None:
        j = len(self.words)
        self.words.append(words(text))
        for w in self.words[j]:
            self.by_word.setdefault(w, []).append(j)
        first = _WORD.findall((self.authors[j] or "").lower())
        if first:
            self.by_name.setdefault(first[0], []).append(j)

    def named(self, lead: Lead) -> set[int]:
        """Earlier comments whose author the lead names."""
        said_words = set(_WORD.findall(lead.said))
        return {j for w in said_words for j in self.by_name.get(w, ()) if _names(lead.said, self.authors[j])}

    def quoted(self, lead: Lead) -> int | None:
        """The earlier comment the lead quotes: the best word overlap (the named author's on a tie,
        then the earliest), else the latest one it names and links to. An unmarked block must name
        the author it quotes."""
        named = self.named(lead)
        if not lead.marked and not named:
            return None
        q = lead.words
        if len(q) >= _MIN_WORDS:
            pool = named if not lead.marked else self._sharing(q)
            best = self._most_quoted(q, pool, named.__contains__, latest=False)
            if best is not None:
                return best
        linked = [j for j in named if self.ids[j] and self.ids[j] in lead.ids]
        return max(linked) if linked else None

    def quoted_words(self, q: frozenset[str], attribution: str) -> int | None:
        """The earlier comment whose words the quoted words are (`_MIN_OVERLAP` of them), the one whose
        author the attribution names on a tie, then the latest."""
        if len(q) < _MIN_WORDS:
            return None
        return self._most_quoted(q, self._sharing(q), lambda j: _names(attribution, self.authors[j]), latest=True)

    def _sharing(self, q: frozenset[str]) -> set[int]:
        """The comments that hold a word of `q` (words in too many comments pick none)."""
        return {j for w in q for j in self._postings(w)}

    def _most_quoted(
        self, q: frozenset[str], pool: Iterable[int], named: Callable[[int], bool], latest: bool
    ) -> int | None:
        """Of `pool`, the comment holding the largest share of `q` (at least `_MIN_OVERLAP`); on a tie
        the one `named` takes, then the latest or the earliest."""
        best: tuple[float, bool, int] | None = None
        for j in pool:
            share = len(q & self.words[j]) / len(q)
            if share >= _MIN_OVERLAP:
                key = (share, named(j), j if latest else -j)
                if best is None or key > best:
                    best = key
        if best is None:
            return None
        return best[2] if latest else -best[2]

    def _postings(self, word: str) -> list[int]:
        found = self.by_word.get(word, [])
        return found if len(found) <= _COMMON else []


def quote_parents(
    leads: Sequence[Lead | None], texts: Sequence[str], authors: Sequence[str | None], ids: Sequence[str | None]
) -> tuple[list[int | None], list[str]]:
    """The earlier comment each comment's opening quote quotes (None: none), and each comment's
    own text: without the quote when it names the author it quotes (a forum's quote box; an
    excerpt quoted without attribution stays part of the reply's words) and words remain."""
    own = list(texts)
    thread = _Thread(authors, ids)
    parents: list[int | None] = []
    for i, lead in enumerate(leads):
        parent = thread.quoted(lead) if lead is not None and i > 0 else None
        if parent is not None and lead is not None and _names(lead.said, authors[parent]):
            own[i] = lead.rest() or own[i]  # a quote box with its attribution, not the reply's words
        if parent is None and i > 0:
            below = _quoted_below(own[i])
            if below is not None:
                parent = thread.quoted_words(words(below[2]), below[1])
                if parent is not None:
                    own[i] = below[0]
        parents.append(parent)
        thread.add(own[i])
    return parents, own


# The line a mail client writes above the message it quotes: "On Fri, May 3, 2024 at 1:22 PM Ann
# <ann@example.org> wrote:", "Am 03.05.2024 um 13:22 schrieb Ann:", "Le 3 mai 2024, Ann a écrit :".
_WROTE = re.compile(
    r"^(?P<line>.{0,200}?(?:wrote|schrieb|a écrit|escribió|ha scritto|scrisse|escreveu|schreef|skrev|kirjoitti|"
    r"napisał\w*|napsal\w*|написал\w*|írta|yazdı)\s*:)\s*$",
    re.I | re.M,
)


def _quoted_below(text: str) -> tuple[str, str, str] | None:
    """A reply that quotes the message it answers below its own words, as mail clients do: its own
    words, the attribution line, and the quoted message's first line; None without such a quote."""
    for m in _WROTE.finditer(text):
        own = text[: m.start()].strip()
        quoted = [line for line in text[m.end() :].split("\n") if line.strip()]
        if own and quoted and _DIGIT.search(m.group("line")):  # the line dates the message it quotes
            return own, m.group("line").lower(), quoted[0]
    return None
