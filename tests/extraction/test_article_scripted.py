"""Article markup shipped in a Next.js flight payload instead of the DOM."""

from __future__ import annotations

import json

from autocrawl.extraction.article.scripted import flight_html
from tests.extraction.article_helpers import PARAGRAPHS, extract, page


def _flight_page(markup: str) -> bytes:
    row = f"24:T{len(markup.encode('utf-8')):x},{markup}"
    pushes = [f"self.__next_f.push([1,{json.dumps(part)}])" for part in ('0:["$","div",null,{}]\n', row[:40], row[40:])]
    scripts = "".join(f"<script>{p}</script>" for p in pushes)
    return page('<div id="root"><h1>Tram</h1><p>Loading…</p></div>' + scripts)


def test_article_text_in_a_flight_payload_becomes_the_body() -> None:
    markup = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "$$ARTICLEAD$$"
    art = extract(_flight_page(markup))
    assert art.is_article
    assert art.body.split("\n\n") == PARAGRAPHS
    assert "body-from-script" in art.warnings


def test_multibyte_text_chunk_is_cut_at_its_byte_length() -> None:
    markup = "<p>서울시 트램 확장안이 통과됐다.</p>"
    text = f"self.__next_f.push([1,{json.dumps(f'24:T{len(markup.encode()):x},{markup}')}])"
    text += 'self.__next_f.push([1,"25:[\\"$\\",\\"p\\"]"])'
    assert flight_html(text) == markup


def test_page_without_payload_is_left_alone() -> None:
    assert flight_html("<html><body><p>nothing here</p></body></html>") is None


def test_short_cjk_news_story_is_an_article_while_as_short_latin_text_is_not() -> None:
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "地震"}</script>'
    story = "気象庁は13日、日向灘で震度5弱の地震があったと発表した。震源の深さは約30キロと推定される。" * 3
    assert len(story) < 300
    assert extract(page(f"<article><h1>地震</h1><p>{story}</p></article>", ld, lang="ja")).is_article
    latin = PARAGRAPHS[0][: len(story)]
    assert not extract(page(f"<article><h1>Tram</h1><p>{latin}</p></article>", ld)).is_article
