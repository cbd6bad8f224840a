"""The template set and the data files behind the demo site."""

from __future__ import annotations

import html
import json
import random
import re
from importlib.resources import files
from pathlib import Path

import pytest

from autocrawl.demosite import DemoServer, build_demo_site, build_generated_site
from autocrawl.demosite.content import load_json
from autocrawl.demosite.generated import Writer
from autocrawl.demosite.templating import Html, fill, join, text

PACKAGE = Path(str(files("autocrawl.demosite")))


def test_text_is_escaped_and_markup_is_not():
    out = fill('<a href="$href">$label</a>$extra', href='/x?a=1&b="2"', label="<Fish & Chips>", extra=Html("<br>"))
    assert out == '<a href="/x?a=1&amp;b=&quot;2&quot;">&lt;Fish &amp; Chips&gt;</a><br>'
    assert text('it\'s "here" & <now>') == 'it\'s "here" &amp; &lt;now&gt;'
    assert join([Html("<p>a</p>"), Html("<p>b</p>")], "\n") == "<p>a</p>\n<p>b</p>"


def test_a_missing_slot_is_an_error():
    with pytest.raises(KeyError):
        fill("<p>$missing</p>", other="x")


def test_every_template_file_is_used():
    code = "".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    names = sorted(p.name for p in (PACKAGE / "templates").iterdir())
    assert names
    unused = [n for n in names if f'"{n}"' not in code]
    assert unused == []


def test_every_data_file_is_valid_json_and_used():
    code = "".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    for path in (PACKAGE / "data").iterdir():
        json.loads(path.read_text(encoding="utf-8"))
        assert path.name in code, path.name


def test_comment_replies_in_data_point_to_earlier_comments():
    for name in ("herald.json", "valley.json"):
        for story in load_json(name)["stories"]:
            seen: set[str] = set()
            for c in story.get("comments", []):
                assert c.get("reply_to") is None or c["reply_to"] in seen, (story["title"], c["id"])
                seen.add(c["id"])


def test_markup_in_content_is_escaped_on_every_page():
    site = build_demo_site()
    art = site.add_article(
        'Fish & <Chips> "tonight"',
        ["A <b>bold</b> claim & a 'quote'.", "Second paragraph."],
        authors=["Ann <O'Neil>"],
        tags=["food & drink"],
    )
    site.add_comment(art.slug, "Rob & <Co>", "Nice <script>alert(1)</script>")
    with DemoServer(site, port=0) as server:
        for path in (art.path, art.path + "amp/", art.path + "?print=1", "/", "/latest/", "/rss.xml", "/atom.xml"):
            body = server.respond(path, server.base).body.decode("utf-8")
            body = re.sub(r"<script[^>]*>.*?</script>", "", body, flags=re.S)  # JSON-LD holds raw text
            assert "<Chips>" not in body and "<script>alert" not in body and "<O'Neil>" not in body, path
        page = server.respond(art.path, server.base).body.decode("utf-8")
    assert html.escape(art.title) in page
    assert html.escape("A <b>bold</b> claim & a 'quote'.") in page
    assert html.escape("Nice <script>alert(1)</script>") in page
    titles = [html.unescape(t) for t in re.findall(r"<h1[^>]*>([^<]*)</h1>", page)]
    assert art.title in titles


def test_generator_is_deterministic_and_fills_every_slot():
    a = build_generated_site(n_articles=30, seed=5)
    b = build_generated_site(n_articles=30, seed=5)
    assert [x.title for x in a.articles] == [x.title for x in b.articles]
    assert [x.paragraphs for x in a.articles] == [x.paragraphs for x in b.articles]
    words = "\n".join(x.title + "\n" + "\n".join(x.paragraphs) + x.lead for x in a.articles)
    assert "{" not in words and "}" not in words
    writer = Writer(random.Random(0))
    for pattern in writer.words["sentences"]:
        filled = writer.fill(pattern, "harbour", "Wrenmouth")
        assert "{" not in filled and "}" not in filled, pattern
