"""A mailing-list conversation (Google-Groups-like, hashed classes): each reply quotes the message it
answers below its own words, under the line a mail client writes ("On Fri, May 3, 2024 at 1:22 PM
Ann <ann...@example.org> wrote:"). The quoted message is the parent; the quote is not the reply's text."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

NAMES = ["Ann Hill", "Bob Kerr", "Cara Diaz", "Dev Patel", "Eli Stone", "Fay Ruiz"]
MAILS = ["ann...@example.org", "bk...@mail.example", "cara...@example.net", "dev...@example.com", "eli...@example.org", "fay...@example.net"]  # fmt: skip
SAID = [
    "Has anyone tried the new parser with large files? It runs out of memory for me.",
    "Yes, set the chunk size option, it streams the input instead.",
    "Which version added that option? I cannot find it in the docs.",
    "It came in 2.3, the docs were updated last week.",
    "Thanks, that fixed it for me as well.",
    "Could we add this to the FAQ? It comes up every month.",
]
PARENT = [None, 0, 1, 2, 1, 0]


def _message(i: int) -> str:
    quoted = ""
    p = PARENT[i]
    if p is not None:
        quoted = (
            f"<div class='gq'>On Fri, May 3, 2024 at {1 + p}:22 PM {NAMES[p]} &lt;{MAILS[p]}&gt; wrote:<br>"
            f"<blockquote>{SAID[p]}</blockquote></div>"
        )
    return (
        f"<section class='k9m2' role='listitem'><div class='a1s7'><span class='z0p3'>{NAMES[i]}</span>"
        f"<span class='q8r1'>{MAILS[i]}</span><span class='t4h6' title='Friday, May 3, 2024 at {2 + i}:22:10 PM UTC'>"
        f"May 3, 2024, {2 + i}:22:10 PM</span></div><div class='c7d1'>to Parser users</div>"
        f"<div class='b2n8'><div dir='ltr'>{SAID[i]}</div>{quoted}</div><div class='r3v5'>"
        "<span role='button'>Reply all</span><span role='button'>Reply to author</span></div></section>"
    )


PAGE = (
    "<html lang='en'><head><title>Parser runs out of memory - Parser users</title></head><body><div role='main'>"
    "<h2>Parser runs out of memory</h2><div role='list'>" + "".join(_message(i) for i in range(len(NAMES))) + "</div>"
    "</div></body></html>"
).encode()


def test_a_reply_quoting_its_parent_below_its_own_words_is_threaded_and_the_quote_left_out() -> None:
    comments = extract_comments(PAGE, "https://groups.example.com/g/parser-users/c/AbCdEf123").comments
    assert [c.author for c in comments] == NAMES
    assert [c.text for c in comments] == SAID
    assert [c.parent for c in comments] == PARENT
    assert comments[3].published == "2024-05-03T17:22:10+00:00"


def test_a_wrote_line_without_a_date_is_kept_as_words() -> None:
    """ "Ann wrote:" in running text is a reader's words, not a mail client's attribution line."""
    from autocrawl.extraction.comments.quotes import quote_parents

    texts = [
        "The plan is fine by me and I will vote for it.",
        "As Ann wrote:\nThe plan is fine by me and I will vote for it.",
    ]
    parents, own = quote_parents([None, None], texts, ["Bob", "Cy"], [None, None])
    assert parents == [None, None] and own == texts
