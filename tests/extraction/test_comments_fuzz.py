"""The comment extractor never raises, whatever the bytes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from autocrawl.extraction.comments.extract import extract_comments
from autocrawl.extraction.types import CommentPage

_TAGS = [
    "div",
    "li",
    "ol",
    "ul",
    "article",
    "span",
    "p",
    "time",
    "cite",
    "table",
    "tr",
    "td",
    "a",
    "b",
    "form",
]
_ATTRS = [
    "class='comment'",
    "class='comment-body'",
    "class='children'",
    "id='comment-12'",
    "class='fn'",
    "class='author'",
    "datetime='2020-13-45T99:99'",
    "itemprop='comment'",
    "itemtype='https://schema.org/Comment'",
    "class='comment-content'",
    "href='?page=2'",
    "rel='next'",
    "class='ind' indent='x'",
    "data-comment-id=''",
    "class='comtr'",
    "style='margin-left: 40px'",
    "class='depth-2'",
]

_fragment = st.recursive(
    st.text(max_size=30),
    lambda inner: st.builds(
        lambda tag, attr, kids: f"<{tag} {attr}>{''.join(kids)}</{tag}>",
        st.sampled_from(_TAGS),
        st.sampled_from(_ATTRS),
        st.lists(inner, max_size=4),
    ),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data: bytes) -> None:
    assert isinstance(extract_comments(b"<div class='comment'>" + data, "https://x.example/"), CommentPage)


@settings(max_examples=150, deadline=None)
@given(st.lists(_fragment, max_size=6), st.text(max_size=40))
def test_random_comment_markup_never_raises(parts: list[str], url: str) -> None:
    page = extract_comments(("<html><body>" + "".join(parts)).encode("utf-8", "surrogatepass"), url)
    assert isinstance(page, CommentPage)
    for c in page.comments:
        assert c.parent is None or 0 <= c.parent < len(page.comments)


@settings(max_examples=100, deadline=None)
@given(st.lists(_fragment, max_size=6))
def test_inner_pipeline_raises_nothing_to_swallow(parts: list[str]) -> None:
    """The public entry point swallows errors; the pipeline itself should not need it to."""
    from autocrawl.extraction.comments.extract import page_comments
    from autocrawl.extraction.common.page import load_page

    html = ("<html><body><div id='comments'>" + "".join(parts) + "</div>").encode("utf-8", "surrogatepass")
    page_comments(load_page(html, "https://x.example/a/b"))
