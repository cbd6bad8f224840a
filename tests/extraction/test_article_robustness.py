"""extract_article never raises, whatever it is given, and no field's code fails on it: a
failing field would only show as an `extraction-error:<field>` warning, so each test checks
that there is none."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autocrawl.extraction.article.extract import extract_article
from autocrawl.extraction.types import Article
from tests.extraction.article_helpers import article_markup, page


def errors(art: Article) -> list[str]:
    return [w for w in art.warnings if w.startswith("extraction-error")]


PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256))


@pytest.mark.parametrize(
    ("data", "warning"),
    [(b"", "empty-page"), (b"   \n\t ", "empty-page"), (PNG, "not-html"), (PDF, "not-html")],
)
def test_empty_and_binary(data: bytes, warning: str) -> None:
    art = extract_article(data, "https://x.example/")
    assert warning in art.warnings
    assert art.body == "" and not art.is_article


def test_content_type_says_image() -> None:
    assert "not-html" in extract_article(b"\xff\xd8\xff\xe0 a JPEG", "u", "image/jpeg").warnings
    # an HTML document served with an image's type is read as the page it is, and says so
    warnings = extract_article(b"<html>hi</html>", "u", "image/jpeg").warnings
    assert "not-html" not in warnings and "html-served-as-other-type" in warnings


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body><p>unclosed <div><span>",
        b"</p></div></body>",
        b"<<<>>><!-- <script>",
        b"\x00\x01\x02<p>control\x0b\x0c\x1b chars</p>",
        b"<p>\x1d\x1e Rzeczpospolita \x08 kontrolne znaki</p>",
        b'<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>caf\xe9</p></body></html>',
        b"<html>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</html>",
        b"\xff\xfe<\x00p\x00>\x00h\x00i\x00",
        b"plain text without any markup at all",
    ],
)
def test_broken_input_does_not_raise(data: bytes) -> None:
    art = extract_article(data, "")
    assert errors(art) == []
    assert isinstance(art.body, str)


def test_control_characters_inside_article_kept_out() -> None:
    html = page(article_markup().replace("tram network", "tram\x0b network\x1b"))
    art = extract_article(html, "https://x.example/2024/01/02/a")
    assert "network" in art.body and "\x0b" not in art.body


def test_huge_page() -> None:
    html = page(article_markup() + "<p>" + "filler words " * 200_000 + "</p>")
    art = extract_article(html, "https://x.example/a")
    assert art.body


def test_str_input_tolerated() -> None:
    art = extract_article(page(article_markup()).decode(), "u")  # type: ignore[arg-type]
    assert errors(art) == []
    assert "tram network" in art.body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_fuzz_bytes(data: bytes) -> None:
    assert errors(extract_article(data, "https://x.example/")) == []


_TAGS = st.sampled_from(["p", "div", "h1", "h2", "article", "script", "figure", "figcaption", "a", "li", "time"])
_ATTRS = st.sampled_from(["", ' class="comments"', ' class="article-body"', ' itemprop="author"', " hidden"])
_fragment = st.recursive(
    st.text(max_size=40),
    lambda inner: st.builds(
        lambda t, a, xs: f"<{t}{a}>{''.join(xs)}</{t}>", _TAGS, _ATTRS, st.lists(inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    _fragment,
    st.sampled_from(
        ["", '<script type="application/ld+json">{"@type":"NewsArticle","author":[1,{"name":null}]}</script>']
    ),
)
def test_fuzz_html(fragment: str, head: str) -> None:
    art = extract_article(
        f"<html><head>{head}</head><body>{fragment}</body></html>".encode("utf-8", "surrogatepass"), ""
    )
    assert errors(art) == []
    assert isinstance(art.title, str | None)


def test_deep_nesting_is_walked_without_recursion_error() -> None:
    html = page("<div>" * 1500 + article_markup() + "</div>" * 1500)
    art = extract_article(html, "https://x.example/a")
    assert not any(w.startswith("extraction-error") for w in art.warnings)
    assert "tram network" in art.body
