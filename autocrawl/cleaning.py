"""Comment text cleaning that needs the crawl: a comment placeholder ("Be the first to comment")
is no comment, whichever page of the thread it is found on. Article fields are finished inside
the extraction package (`autocrawl.extraction.article.finish`), so what `autocrawl extract` measures is
what the store keeps.
"""

from __future__ import annotations

import re

from autocrawl.extraction.common.plaintext import normalize_line, normalize_text

__all__ = ["is_comment_placeholder", "normalize_line", "normalize_text"]

_COMMENT_PLACEHOLDER = re.compile(
    r"^(?:nothing (?:here )?yet[.!]?\s*)?(?:"
    r"be the first to (?:comment|reply|review)(?: on this (?:article|story|post))?[.!]?"
    r"|no comments?(?: yet)?[.!]?(?: be the first to comment[.!]?)?|there are no comments(?: yet)?[.!]?"
    r"|0 comments?|comments are closed[.!]?|(?:noch )?keine kommentare(?: vorhanden)?[.!]?"
    r"|sei der erste,? der (?:kommentiert|einen kommentar schreibt)[.!]?"
    r"|(?:log ?in|sign in|register) to (?:comment|reply|post a comment)[.!]?"
    r")$",
    re.I,
)


def is_comment_placeholder(text: str) -> bool:
    """ "Nothing yet. Be the first to comment." and its kin are not comments."""
    return bool(_COMMENT_PLACEHOLDER.match(" ".join(text.split())))
