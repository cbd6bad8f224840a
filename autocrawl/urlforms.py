"""Every URL an article is known by in one run: the forms its links use (tracking parameters,
AMP and print versions, `#comments`), the URLs its request was redirected through, and its
canonical URL. The spider sends them with the article's item, and each form found later once,
so the store can map every form to one article. Pure bookkeeping: no Scrapy."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from autocrawl.urls import canonicalize

__all__ = ["UrlForms"]

_STORY_CHARS = 2000  # of the text compared: the start of a story tells it apart from another
_SAME_STORY = 0.5  # share of the smaller text's word triples two forms of one story have in common
_SAMPLE = 8  # a long text keeps one word triple in this many (by hash): kept for every article of a run
_FULL_BELOW = 64  # triples: a shorter text keeps them all
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Story:
    sampled: bool
    hashes: array[int]  # sorted 32-bit hashes of the word triples kept


def _story(text: str) -> _Story:
    """The word triples of the start of a text, hashed (two stories on one topic share words, not
    runs of them); a long text keeps a fixed sample of them, one in `_SAMPLE` by hash value, so
    that a run of a million articles holds a few hundred bytes for each."""
    words = _WORD.findall(text[:_STORY_CHARS].casefold())
    hashes = {hash(tuple(words[i : i + 3])) & 0xFFFFFFFF for i in range(max(1, len(words) - 2))}
    sampled = len(hashes) >= _FULL_BELOW
    if sampled:
        hashes = {h for h in hashes if h % _SAMPLE == 0}
    return _Story(sampled, array("L", sorted(hashes)))


def _overlap(a: _Story, b: _Story) -> tuple[set[int], set[int]]:
    """Both stories' hashes, cut to the same sample when either was sampled."""
    first, second = set(a.hashes), set(b.hashes)
    if a.sampled or b.sampled:
        first = {h for h in first if h % _SAMPLE == 0}
        second = {h for h in second if h % _SAMPLE == 0}
    return first, second


class UrlForms:
    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {}  # canonical URL -> every form seen in links
        self.emitted: set[str] = set()  # canonical URLs of articles yielded this run
        self.sent: dict[str, set[str]] = {}  # canonical URL -> forms sent with the item or after it
        self.stories: dict[str, _Story] = {}  # canonical URL -> words of the story yielded under it

    def saw(self, canonical: str, forms: Iterable[str]) -> None:
        """Links (or redirects) showed these forms of the page with this canonical URL."""
        self.seen.setdefault(canonical, set()).update(forms)

    def first_emit(self, canonical: str, story: str = "") -> bool:
        """True the first time an article with this canonical URL is yielded this run; `story`,
        its text, is kept to tell a second page under that URL apart (`same_story`)."""
        if canonical in self.emitted:
            return False
        self.emitted.add(canonical)
        self.stories[canonical] = _story(story)
        return True

    def same_story(self, canonical: str, story: str) -> bool:
        """Whether a page that names this canonical URL tells the story yielded under it: most word
        triples of the smaller text in common. A template that names one URL (its section, a standing
        page) as every page's canonical makes different stories share it; each is its own."""
        known = self.stories.get(canonical)
        if known is None:
            return True
        first, second = _overlap(known, _story(story))
        if not first or not second:
            return True  # nothing to compare: the declaration stands
        return len(first & second) >= _SAME_STORY * min(len(first), len(second))

    def for_item(self, canonical: str, request_url: str, fetched: Iterable[str]) -> list[str]:
        """Every form of the article to send with its item: the URLs it was fetched through and
        every form its links showed, under its own canonical URL or its request's."""
        forms = {canonical, request_url, *fetched}
        forms |= self.seen.get(canonicalize(request_url), set())
        forms |= self.seen.get(canonical, set())
        self.sent[canonical] = set(forms)
        return sorted(forms)

    def unsent(self, canonical: str, urls: Iterable[str]) -> list[str]:
        """The forms among `urls` not sent yet for the article, each marked sent."""
        sent = self.sent.setdefault(canonical, set())
        fresh = [url for url in dict.fromkeys(urls) if url not in sent]
        sent.update(fresh)
        return fresh

    def found_after_fetch(self, forms: list[str], stored: bool) -> tuple[str, list[str]]:
        """Forms of one page found after its fetch (a redirect to a page fetched already; the last
        form is the page's own): kept for its item, or to send now when the article was yielded
        this run or is `stored` from an earlier run."""
        canonical = canonicalize(forms[-1])
        self.saw(canonical, forms)
        if canonical in self.emitted or stored:
            return canonical, self.unsent(canonical, forms)
        return canonical, []
