"""Every URL an article is known by in one run: the forms its links use (tracking parameters,
AMP and print versions, `#comments`), the URLs its request was redirected through, and its
canonical URL. The spider sends them with the article's item, and each form found later once,
so the store can map every form to one article. Pure bookkeeping: no Scrapy."""

from __future__ import annotations

from collections.abc import Iterable

from autocrawl.urls import canonicalize

__all__ = ["UrlForms"]


class UrlForms:
    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {}  # canonical URL -> every form seen in links
        self.emitted: set[str] = set()  # canonical URLs of articles yielded this run
        self.sent: dict[str, set[str]] = {}  # canonical URL -> forms sent with the item or after it

    def saw(self, canonical: str, forms: Iterable[str]) -> None:
        """Links (or redirects) showed these forms of the page with this canonical URL."""
        self.seen.setdefault(canonical, set()).update(forms)

    def first_emit(self, canonical: str) -> bool:
        """True the first time an article with this canonical URL is yielded this run."""
        if canonical in self.emitted:
            return False
        self.emitted.add(canonical)
        return True

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
