"""The text readers of the comment extractor never raise on any text (the extractor would turn an
exception into a page without comments): ages, dates, names, pointers, quotes and signatures."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from autocrawl.extraction.comments.ages import read_age
from autocrawl.extraction.comments.checks import without_shared_controls
from autocrawl.extraction.comments.dates import find_age, is_age_only, parse_date_text, parse_relative
from autocrawl.extraction.comments.mentions import mention_parents
from autocrawl.extraction.comments.quotes import quote_parents
from autocrawl.extraction.comments.slots import name_before_date, name_like
from autocrawl.extraction.comments.unmarked import may_hold_unmarked_thread

# Pieces that the readers look for, mixed with any text: digits, "ago" words, separators, labels.
_PIECES = st.sampled_from(
    ["3", "12", "h", "d", "mo", " ", "·", "|", "@", "ago", "назад", "전", "前", "fa", "lalu", "wrote:", "On ",
     "In reply to ", "--", "\n", "(edited)", "(Fri)", "2024", "/", ".", "05", "오후", "मई", "Ann", "Hill", "<", ">"]
)  # fmt: skip
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30).map("".join)
_ANCHOR = datetime(2024, 5, 10, 12, tzinfo=UTC)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_age_and_date_readers_never_raise(text: str) -> None:
    read_age(text)
    find_age(text)
    is_age_only(text)
    parse_relative(text, _ANCHOR)
    parse_date_text(text)
    may_hold_unmarked_thread(f"<html lang='ko'><body>{text}</body></html>")


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_name_readers_never_raise(text: str) -> None:
    element = etree.fromstring("<span>x</span>")
    name_like(text, element)
    name_before_date(text, element)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.one_of(st.none(), _TEXT)), min_size=1, max_size=8))
def test_thread_readers_never_raise_and_name_only_earlier_comments(comments: list[tuple[str, str | None]]) -> None:
    texts = [text for text, _author in comments]
    authors = [author for _text, author in comments]
    parents, own = mention_parents(texts, authors)
    assert len(parents) == len(own) == len(texts)
    assert all(p is None or p < i for i, p in enumerate(parents))
    quoted, own = quote_parents([None] * len(texts), texts, authors, [None] * len(texts))
    assert all(p is None or p < i for i, p in enumerate(quoted))
    assert len(without_shared_controls(texts)) == len(texts)


def test_a_blank_author_is_no_name() -> None:
    assert mention_parents(["first", "@x hi"], ["\n", "Ann"]) == ([None, None], ["first", "@x hi"])
