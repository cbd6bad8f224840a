"""The line that opens a page's reader discussion: "25 thoughts on “Title”", "Eine Antwort auf „Title“",
"Leave a Reply", "Hinterlasse einen Kommentar".

Comment sections are usually found by their class names ("comments", "commentlist"); on a page whose
classes say nothing (hashed CSS-in-JS names) this line, written for the reader, still says where the
story ends and the readers' text begins.
"""

from __future__ import annotations

import re

_COUNT = r"(?:\d+|one|a|an|ein|eine|einen|un|une|uno|una|jeden|jedna|jedno)"
_NOUN = (
    r"(?:comments?|responses?|repl(?:y|ies)|thoughts?|reactions?|kommentare?n?|antworten|antwort|gedanken|"
    r"reaktionen|commentaires?|réponses?|comentarios?|respuestas?|commenti|commento|risposte?|"
    r"komentarz[ey]?|komentarzy|odpowiedzi|odpowiedź|reacties|reactie)"
)
_ON = r"(?:on|to|for|zu|auf|über|zum|zur|à|sur|pour|a|en|sobre|su|do|na|op|bij|de)"
_QUOTE = "[\"'“”„«»‘’‚‹›「『《]"
# The count and the noun, then nothing or the page's title in quotes.
_COUNTED = re.compile(rf"^{_COUNT}\s+{_NOUN}(?:\s+{_ON}\s+{_QUOTE}.*)?[:.]?$", re.I | re.S)
_INVITATION = re.compile(
    r"^(?:(?:leave|post|add|write|submit) (?:a|an|your) (?:reply|comment|response)|"
    r"(?:hinterlasse|schreibe|schreib)(?:n sie)? (?:einen|deinen|ihren) kommentar|"
    r"kommentar (?:schreiben|verfassen|hinterlassen|abgeben)|"
    r"laisse[rz]? un commentaire|deja (?:un|tu) comentario|lascia un commento|dodaj komentarz|"
    r"join the (?:discussion|conversation))(?:\s+\S.{0,40})?[:.!]?$",
    re.I,
)
# The noun, then its count in brackets or after a colon: "Comments (35)", "Kommentare: 12".
_NOUN_COUNTED = re.compile(rf"^{_NOUN}\s*(?:\(\s*\d+\s*\)|\[\s*\d+\s*\]|:\s*\d+)$", re.I)
# Marks a heading may end with that say nothing: a link arrow to the form ("35 Comments »"), a count's "#".
_TRAILING_MARKS = " »›→↓#"
_MAX_CHARS = 300


def opens_discussion(text: str) -> bool:
    """A line that heads the readers' comments (a count of them, or an invitation to add one)."""
    text = " ".join(text.split()).rstrip(_TRAILING_MARKS)
    if len(text) > _MAX_CHARS:
        return False
    return bool(_COUNTED.match(text) or _NOUN_COUNTED.match(text) or (len(text) < 80 and _INVITATION.match(text)))
