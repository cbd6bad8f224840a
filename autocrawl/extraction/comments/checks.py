"""Sanity checks that keep placeholders, forms, login prompts and article text out of the comments."""

from __future__ import annotations

import re
from collections import Counter

from autocrawl.extraction.comments.dom import Element
from autocrawl.extraction.common.dom import any_case

# A form's label ("Name *": a required field) ends in one asterisk; a portal's masked user id
# ("abcd****") in several, and names its poster.
_BAD_AUTHOR = re.compile(
    r"comment|kommentar|comentar|commentaire|login|log in|anmelden|angemeldet|sign in|registr|teilen|share|"
    r"richtlinie|guideline|neueste|artikel|article|interview|foto|photo|antworten|reply|abbrechen|cancel|"
    r"discussion|diskussion|diskutieren|exclusiv|suscri|subscri|newsletter|^[^\w@]|^\d+$|https?://|\?$|(?<!\*)\*$|"
    r"^(?:name|e-?mail|website|webseite|url|pseudonym)\b",
    re.I,
)
_PLACEHOLDER = re.compile(
    r"be the first|first to comment|no comments|noch keine kommentare|keine kommentare|sei der erste|"
    r"schreibe den ersten|noch nicht kommentiert|aucun commentaire|soyez le premier|sin comentarios|"
    r"sé el primero|nessun commento|must be logged in|musst angemeldet|müssen angemeldet|angemeldet sein|"
    r"log in to comment|sign in to comment|iniciar sesión|inicia sesión|debes registrarte|debés|"
    r"para comentar|"
    r"registrieren|to post a comment|um zu kommentieren|kommentar schreiben|leave a reply|leave a comment|"
    r"hinterlasse einen kommentar|schreibe einen kommentar|comments are closed|kommentare sind geschlossen|"
    r"kommentarfunktion|comment policy|netiquette|nicht gespeichert|cookies?|javascript|newest first|"
    r"oldest first|sortierung|ihre e-mail-adresse|your email address|required fields|auch interessieren|"
    r"you might also like|you may also like|lesen sie auch|mehr zum thema|empfohlene artikel|"
    r"related articles|ihre meinung ist uns wichtig|datenschutz|privacy policy|data protection|"
    r"(?:kommentare|comments|commentaires|"
    r"comentarios)\s*\(0\)|(?<!\d)0\s+(?:kommentare|comments|commentaires|comentarios)",
    re.I,
)
_ARTICLE_TAGS = ("h1", "h2", "figure", "video", "nav")
_NAV_TEXT = 200  # a shorter <nav> is a comment's own controls (reply, like, share)


def clean_author(author: str | None) -> str | None:
    if not author:
        return None
    first = author.split("\n", 1)[0].strip(" :|–-")
    parts = re.split(r"\s+[-–—|•·]\s+", first, maxsplit=1)
    if len(parts) == 2 and re.search(r"\d", parts[1]):
        first = parts[0]  # "Muriel - Le 22/01/2020 à 12:01" names Muriel
    if not first or len(first) > 60 or len(first.split()) > 6 or any_case(_BAD_AUTHOR, first):
        return None
    if not re.search(r"[^\W\d_]", first) or re.match(r"^\d{1,2}[:.]\d{2}", first):
        return None  # a time or a number is not a name
    return first


_BUTTON_ONLY = re.compile(
    r"^\W*(?:comentar|comment|kommentieren|antworten|reply|responder|répondre|rispondi|odpowiedz|like|share|"
    r"teilen|melden|report|gefällt mir|me gusta|j'aime)\W*$",
    re.I,
)


_TEASER_HEAD = re.compile(
    r"^\W*(?:das könnte sie auch interessieren|auch interessant|you might also like|you may also like|"
    r"related (?:articles|posts|stories)|more from|mehr zum thema|lesen sie auch|empfohlen|recommended|"
    r"weitere artikel|ähnliche beiträge|ähnliche artikel|popular posts|beliebte beiträge)",
    re.I,
)


_ZERO = re.compile(
    r"(?:kommentare|comments|commentaires|comentarios|reactions)\s*\(0\)|^\W*0\s+(?:kommentare|comments|"
    r"commentaires|comentarios|reactions)\b",
    re.I,
)


def is_placeholder(text: str, dated: bool = False) -> bool:
    """Whether the text is a notice, not a reader's words: empty, a button, a teaser heading, a zero
    count; or, for an item no date signs (`dated`), a short text holding a notice's words ("be the
    first", "enable JavaScript", "privacy policy"). A dated item by a named reader is a comment,
    whatever words it holds: readers write about cookies and JavaScript too."""
    if not text.strip() or _BUTTON_ONLY.match(text) or _TEASER_HEAD.match(text) or any_case(_ZERO, text[:120]):
        return True
    return not dated and len(text) < 400 and any_case(_PLACEHOLDER, text)


MAX_COMMENT_CHARS = 30000


def looks_like_article(item: Element, text: str) -> bool:
    """A comment element that holds headings, figures or a whole article is a page region, not a comment.
    A long comment is still one: only text past MAX_COMMENT_CHARS (some 5,000 words) is taken for a
    region by its length alone (at 8,000, a reader's long comment was dropped without a word)."""
    if len(text) > MAX_COMMENT_CHARS:
        return True
    return any(
        el is not item and (el.tag != "nav" or len(" ".join(el.itertext()).strip()) > _NAV_TEXT)
        for el in item.iter(*_ARTICLE_TAGS)
    )


_MIN_SHARED = 3  # comments that must end (or start) with the same line for it to be the widget's
_SHARED_SHARE = 0.6
_MAX_CONTROL_CHARS = 30


def without_shared_controls(texts: list[str]) -> list[str]:
    """The texts without a short first or last line that most comments of the thread carry word for
    word: the widget's controls ("Reply", "답글", "जवाब दें", "Like · Reply") in whatever language, which
    no reader writes at the edge of most comments."""
    if len(texts) < _MIN_SHARED:
        return texts
    counts: Counter[str] = Counter()
    for text in texts:
        lines = text.split("\n")
        if len(lines) > 1:
            counts.update({lines[0].strip(), lines[-1].strip()})
    needed = max(_MIN_SHARED, _SHARED_SHARE * len(texts))
    shared = {line for line, n in counts.items() if n >= needed and 0 < len(line) <= _MAX_CONTROL_CHARS}
    if not shared:
        return texts
    out = []
    for text in texts:
        lines = text.split("\n")
        while len(lines) > 1 and lines[-1].strip() in shared:
            lines.pop()
        while len(lines) > 1 and lines[0].strip() in shared:
            lines.pop(0)
        out.append("\n".join(lines).strip())
    return out
