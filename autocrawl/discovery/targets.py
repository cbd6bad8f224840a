"""Where the hrefs of an HTML page lead, remembered per process: the pages of a site repeat the
same navigation, section and footer links, so each is resolved and judged once, not on every page."""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import NamedTuple
from urllib.parse import urlsplit

from autocrawl.linkrules import UrlAction, url_action
from autocrawl.urls import LinkResolver

_SKIP_EXTENSIONS = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|pdf|zip|gz|tgz|rar|7z|mp3|mp4|m4a|wav|avi|mov|webm|mkv|"
    r"docx?|xlsx?|pptx?|odt|ods|css|js|json|woff2?|ttf|eot|exe|dmg|apk|ics)$",
    re.I,
)
# Path segments of pages that are neither news nor a way to it (site search, CDN helpers).
_SKIP_SEGMENTS = frozenset({"search", "cdn-cgi"})

# Enough for the links a site's pages share; when full, the cache starts over.
_MAX_TARGETS = 16384
# Longer hrefs are rare (and may be huge data: URIs): resolved, not kept.
_CACHED_HREF_LENGTH = 1024


class Target(NamedTuple):
    url: str  # the absolute URL (`autocrawl.urls.absolute_url`); "" when unusable
    action: UrlAction  # what the URL alone says of an action link (`autocrawl.linkrules`)
    page: bool  # may lead to an HTML page worth a request: not a file, not site search


_UNUSABLE = Target("", UrlAction.NEVER, False)
_targets: dict[Hashable, Target] = {}


def is_page(url: str) -> bool:
    """A link that may lead to an HTML page worth a request (not a file, not site search)."""
    path = urlsplit(url).path
    segments = {s.lower() for s in path.split("/")}
    return not _SKIP_EXTENSIONS.search(path) and not segments & _SKIP_SEGMENTS


class PageTargets:
    """The targets of the hrefs of one page, resolved against its base URL."""

    __slots__ = ("_resolver",)

    def __init__(self, base_url: str) -> None:
        self._resolver = LinkResolver(base_url)

    def __call__(self, href: str) -> Target:
        key = self._resolver.key(href) if len(href) <= _CACHED_HREF_LENGTH else None
        if key is None:  # a path relative to the page: only its own page has it
            return self._target(href)
        target = _targets.get(key)
        if target is None:
            if len(_targets) >= _MAX_TARGETS:
                _targets.clear()
            target = _targets[key] = self._target(href)
        return target

    def _target(self, href: str) -> Target:
        url = self._resolver.resolve(href)
        return Target(url, url_action(url), is_page(url)) if url else _UNUSABLE
