"""The `Refresh` declaration as browsers read it (WHATWG HTML, shared declarative refresh steps)."""

from __future__ import annotations

import pytest

from autocrawl.middlewares.redirects import parse_refresh


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0; url=/news/a", (0.0, "/news/a")),
        ("0;URL='/news/a'", (0.0, "/news/a")),
        ('  3 ;  url = "https://x.example/y" ', (3.0, "https://x.example/y")),
        ("0, /next", (0.0, "/next")),
        ("0 /next", (0.0, "/next")),
        ("0.5;url=/z", (0.5, "/z")),
        ("5", None),  # a page that reloads itself
        ("0; url=", None),
        ("5abc", None),  # no separator after the delay: no refresh at all
        ("soon; url=/a", None),
    ],
)
def test_refresh_declarations(value: str, expected: tuple[float, str] | None) -> None:
    assert parse_refresh(value) == expected
