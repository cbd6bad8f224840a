"""Every URL form of an article is sent once: with its item, or after it."""

from __future__ import annotations

from autocrawl.urlforms import UrlForms

CANONICAL = "https://news.example/2024/05/tram"


def test_the_item_carries_every_form_seen_before_it() -> None:
    forms = UrlForms()
    forms.saw(CANONICAL, ["https://news.example/2024/05/tram?utm_source=rss", "https://news.example/2024/05/tram/amp"])
    sent = forms.for_item(CANONICAL, "http://news.example/2024/05/tram", ["https://news.example/2024/05/tram"])
    assert sent == sorted(
        {
            CANONICAL,
            "http://news.example/2024/05/tram",
            "https://news.example/2024/05/tram?utm_source=rss",
            "https://news.example/2024/05/tram/amp",
        }
    )
    assert forms.unsent(CANONICAL, ["https://news.example/2024/05/tram/amp"]) == []
    assert forms.unsent(CANONICAL, ["https://news.example/2024/05/tram#comments"] * 2) == [
        "https://news.example/2024/05/tram#comments"
    ]


def test_an_article_is_emitted_once() -> None:
    forms = UrlForms()
    assert forms.first_emit(CANONICAL)
    assert not forms.first_emit(CANONICAL)


def test_forms_found_after_the_fetch_wait_for_the_item_unless_it_is_out_or_stored() -> None:
    forms = UrlForms()
    redirect = ["https://news.example/t/123", CANONICAL]
    assert forms.found_after_fetch(redirect, stored=False) == (CANONICAL, [])
    assert "https://news.example/t/123" in forms.for_item(CANONICAL, CANONICAL, [])
    later = UrlForms()
    assert later.found_after_fetch(redirect, stored=True) == (CANONICAL, redirect)
