"""One-level threads: every reply sits in one list under the comment that opens its thread, and
names the reply it answers, by a second profile link in its header ("A 回复 B") or by an "@B"
opening its words. The answered reply is B's latest before it in that thread."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

URL = "https://video.example.com/watch/8812"
STORY = "<p>" + "The ferry timetable changes next month, and the harbour board explained why today. " * 6 + "</p>"


def _comment(name: str, said: str, answered: str = "", day: int = 1) -> str:
    to = f"<span>replied to</span><a class='pl' href='/u/{answered.lower()}'>{answered}</a>" if answered else ""
    return (
        f"<li class='cm'><div class='hd'><a class='pl' href='/u/{name.lower()}'>{name}</a>{to}"
        f"<time datetime='2024-05-{day:02d}T10:00:00Z'>May {day}, 2024</time></div>"
        f"<p class='tx'>{said}</p><button>Reply</button></li>"
    )


def _page(threads: str) -> bytes:
    return (
        "<html><head><title>Ferry timetable</title></head><body><main><article><h1>Ferry timetable</h1>"
        f"{STORY}</article><section id='comments'><h2>Comments</h2><ol class='cl'>{threads}</ol></section>"
        "</main></body></html>"
    ).encode()


def _thread(first: str, replies: list[str]) -> str:
    return first.replace("</li>", f"<ol class='rl'>{''.join(replies)}</ol></li>") if replies else first


def test_a_reply_naming_another_reply_in_its_header_answers_that_reply() -> None:
    page = extract_comments(
        _page(
            _thread(
                _comment("Ann", "The early boat is always late in winter anyway.", day=1),
                [
                    _comment("Bob", "Not since they changed the engines last spring.", day=2),
                    _comment("Cy", "Which engines do you mean, the new diesel ones?", "Bob", day=3),
                    _comment("Ann", "Yes, late every single day in January for me.", "Bob", day=4),
                    _comment("Bob", "Fair enough, January was a bad month for everyone.", "Ann", day=5),
                ],
            )
            + _thread(_comment("Dee", "Good to see the evening crossing kept at last.", day=6), [])
        ),
        URL,
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy", "Ann", "Bob", "Dee"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 1, 3, None]


def test_a_reply_opening_with_an_at_name_answers_that_reply_in_its_thread() -> None:
    page = extract_comments(
        _page(
            _thread(
                _comment("Ann", "The early boat is always late in winter anyway.", day=1),
                [
                    _comment("Bob", "Not since they changed the engines last spring.", day=2),
                    _comment("Cy", "@Bob which engines do you mean, the new diesel ones?", day=3),
                    _comment("Dee", "I agree with the first comment here, it is late.", day=4),
                ],
            )
            + _thread(_comment("Eve", "Good to see the evening crossing kept at last.", day=5), [])
        ),
        URL,
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy", "Dee", "Eve"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]


def test_a_thread_nested_by_its_markup_keeps_its_nesting() -> None:
    """Where replies already nest in replies, the markup says who answers whom: an "@name" that
    points elsewhere is the reader's words, not a pointer."""
    bob = _comment("Bob", "Not since they changed the engines last spring.", day=2)
    bob = _thread(bob, [_comment("Cy", "Which engines do you mean, the diesel ones?", day=3)])
    page = extract_comments(
        _page(
            _thread(
                _comment("Ann", "The early boat is always late in winter anyway.", day=1),
                [bob, _comment("Dee", "@Bob the engines are fine, the crew is short.", day=4)],
            )
            + _thread(_comment("Eve", "Good to see the evening crossing kept at last.", day=5), [])
        ),
        URL,
    )
    assert [c.author for c in page.comments] == ["Ann", "Bob", "Cy", "Dee", "Eve"]
    assert [c.parent for c in page.comments] == [None, 0, 1, 0, None]
