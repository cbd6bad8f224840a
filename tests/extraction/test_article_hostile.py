"""Hostile pages: whatever a page holds, the stored fields are valid plain text and http(s) URLs,
and a failing field leaves the others (issue 10, cases 3, 11 and 12)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from autocrawl.extraction.article.extract import extract_article
from autocrawl.extraction.types import Article
from tests.extraction.article_helpers import PARAGRAPHS, article_markup, jsonld, page

URL = "https://news.example.com/2024/05/03/council-tram-expansion"
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def strings(article: Article) -> Iterator[tuple[str, str]]:
    """Every stored string of an article, with the field it is in."""
    for name in ("canonical_url", "title", "published", "modified", "language", "lead", "body", "site_name"):
        value = getattr(article, name)
        if value is not None:
            yield name, value
    yield from (("authors", a) for a in article.authors)
    yield from (("tags", t) for t in article.tags)
    for image in article.images:
        yield from (("images", v) for v in (image.url, image.caption) if v is not None)


def assert_storable(article: Article) -> None:
    for name, value in strings(article):
        value.encode("utf-8")  # raises on a lone surrogate, as the database drivers do
        assert not _BAD_CONTROL.search(value), (name, value)
        assert not re.search(r"</?(?:img|p|div|script|a)\b[^>]*>", value, re.I), (name, value)


def no_errors(article: Article) -> bool:
    return not [w for w in article.warnings if w.startswith("extraction-error")]


def test_lone_surrogate_in_json_ld_is_dropped_and_a_pair_joined() -> None:
    # json.dumps would escape the characters itself: write the JSON text as a page would.
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram vote \\ud83d",'
        ' "author": {"@type": "Person", "name": "Ann \\ud83d\\ude00 Lee"}, "keywords": "trams,\\udc00city",'
        ' "datePublished": "2024-05-03T10:00:00Z"}</script>'
    )
    art = extract_article(page(article_markup(), ld), URL)
    assert_storable(art)
    assert no_errors(art)
    assert art.authors == ["Ann \U0001f600 Lee"]
    assert "city" in art.tags and PARAGRAPHS[0] in art.body


def test_nul_and_control_characters_never_stored() -> None:
    ld = jsonld({"@type": "NewsArticle", "headline": "Tram\x00 vote\x1b", "author": {"name": "Ann\x07 Lee"}})
    art = extract_article(page(article_markup(), ld), URL)
    assert_storable(art)
    assert art.authors == ["Ann Lee"]


def test_ten_thousand_levels_nested_article_keeps_its_paragraphs() -> None:
    html = page("<div>" * 10_000 + article_markup() + "</div>" * 10_000)
    art = extract_article(html, URL)
    assert no_errors(art)
    assert art.title == "Council approves tram expansion"
    for paragraph in PARAGRAPHS:
        assert paragraph in art.body


BLOB = "A" * (11 * 1024 * 1024)  # under the crawl's 16 MB download limit, over what is parsed


@pytest.mark.parametrize(
    "before",
    [
        f'<script>var state="{BLOB}";</script>',
        f"<style>.a{{content:'{BLOB}'}}</style>",
        f"<!--{BLOB}-->",
        f'<div data-state="{BLOB}"></div>',
    ],
    ids=["script", "style", "comment", "attribute"],
)
def test_a_huge_blob_before_the_article_leaves_the_article(before: str) -> None:
    # The page was cut at the parser's bound inside the blob: no article, remembered as 'other'.
    ld = jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion", "datePublished": "2024-05-03"})
    html = page(article_markup().replace("<main>", "<main>" + before), ld)
    art = extract_article(html, URL)
    assert no_errors(art) and art.is_article
    assert art.title == "Council approves tram expansion"
    assert art.body == "\n\n".join(PARAGRAPHS)


def test_deeply_nested_blockquotes_keep_their_text() -> None:
    html = page("<blockquote>" * 5000 + article_markup() + "</blockquote>" * 5000)
    art = extract_article(html, URL)
    assert no_errors(art) and PARAGRAPHS[3] in art.body


@pytest.mark.parametrize(
    "hidden",
    [
        '<script>alert("record year")</script>',
        "<style>h1 { color: red }</style>",
        '<noscript><img src="/pixel.gif"></noscript>',
        "<template><span>template text</span></template>",
    ],
)
def test_script_style_noscript_template_never_reach_a_field(hidden: str) -> None:
    markup = (
        f"<main><article><h1>Record {hidden}year for trams</h1>"
        f'<p class="byline">By <a rel="author" href="/authors/ann">Ann{hidden} Lee</a></p>'
        f'<figure><img src="/tram.jpg"><figcaption>A tram{hidden} at dawn</figcaption></figure>'
        f"{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[:2])}<p>Third {hidden}paragraph of the story, long enough "
        f"to count as prose in the text of this page, with a clause or two more.</p>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS[2:])}"
        "</article></main>"
    )
    art = extract_article(page(markup, title="Record year for trams"), URL)
    assert no_errors(art)
    assert art.title == "Record year for trams"
    for name, value in strings(art):
        for leaked in ("alert", "color", "pixel", "template text"):
            assert leaked not in value, (name, value)
    assert "Third paragraph of the story" in art.body
    assert [i.caption for i in art.images] == ["A tram at dawn"]


@pytest.mark.parametrize(
    "src", ["javascript:alert(1)", "JavaScript:void(0)", "vbscript:msgbox", "data:image/gif;base64,R0lGOD"]
)
def test_only_http_image_urls_are_stored(src: str) -> None:
    figures = f'<figure><img src="{src}" width="600"><figcaption>Bad</figcaption></figure>'
    figures += '<figure><img src="/good.jpg" width="600"><figcaption>Good</figcaption></figure>'
    ld = '<link rel="canonical" href="javascript:alert(1)">'
    art = extract_article(page(article_markup(extra_inside=figures), ld), URL)
    assert [i.url for i in art.images] == ["https://news.example.com/good.jpg"]
    assert art.canonical_url is None


def test_escaped_markup_in_a_noscript_fallback_is_not_stored_as_text() -> None:
    fallback = '<noscript>&lt;img src="https://cdn.example.com/a.jpg" alt="tram"&gt;</noscript>'
    art = extract_article(page(article_markup(extra_inside=f"<p>{fallback}</p>" + fallback)), URL)
    assert_storable(art)
    assert "cdn.example.com" not in art.body and PARAGRAPHS[3] in art.body


def test_tag_strings_in_text_are_stripped_and_counted() -> None:
    leaked = "<p>The plan &lt;img src=&quot;/x.jpg&quot;&gt; was approved by a wide margin on Tuesday evening.</p>"
    ld = jsonld({"@type": "NewsArticle", "headline": "Council &lt;b&gt;approves&lt;/b&gt; trams"})
    art = extract_article(page(article_markup(extra_inside=leaked), ld), URL)
    assert_storable(art)
    assert "The plan was approved by a wide margin" in art.body
    assert "markup-in-text" in art.warnings


@pytest.mark.parametrize(
    ("escaped", "kept"),
    [
        ("If costs &lt;a million and fares &gt; 2 euros", "If costs <a million and fares > 2 euros"),
        ("A page names an image with the &lt;img&gt; element of HTML", "with the <img> element of HTML"),
    ],
)
def test_prose_about_comparisons_and_elements_is_not_markup(escaped: str, kept: str) -> None:
    text = f"<p>{escaped}, the text goes on for a while so that it counts as a paragraph of prose.</p>"
    art = extract_article(page(article_markup(extra_inside=text)), URL)
    assert kept in art.body
    assert "markup-in-text" not in art.warnings


FIELD_FUNCTIONS = [
    ("title", "autocrawl.extraction.article.meta.pick_title"),
    ("authors", "autocrawl.extraction.article.meta.pick_authors"),
    ("published", "autocrawl.extraction.article.meta.pick_dates"),
    ("tags", "autocrawl.extraction.article.meta._tags"),
    ("body", "autocrawl.extraction.article.extract.extract_body"),
    ("images", "autocrawl.extraction.article.body._image_records"),
    ("is_article", "autocrawl.extraction.article.extract.decide_is_article"),
]


@pytest.mark.parametrize(("field", "function"), FIELD_FUNCTIONS)
def test_a_failing_field_leaves_the_others(field: str, function: str, monkeypatch: pytest.MonkeyPatch) -> None:
    ld = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "Council approves tram expansion",
            "author": {"@type": "Person", "name": "Ann Lee"},
            "datePublished": "2024-05-03T10:00:00+02:00",
            "keywords": "trams, council",
        }
    )
    figure = '<figure><img src="/tram.jpg" width="600"><figcaption>A tram at dawn</figcaption></figure>'
    html = page(article_markup(extra_inside=figure), ld)
    whole = extract_article(html, URL)
    assert no_errors(whole)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(function, broken)
    art = extract_article(html, URL)
    assert art.warnings.count(f"extraction-error:{field}") == 1
    assert [w for w in art.warnings if w.startswith("extraction-error")] == [f"extraction-error:{field}"]
    expected = {
        "title": whole.title,
        "authors": whole.authors,
        "published": whole.published,
        "tags": whole.tags,
        "body": whole.body,
        "images": whole.images,
    }
    lost = {"body": ("body", "images"), "is_article": ()}.get(field, (field,))
    for name, value in expected.items():
        if name not in lost:
            assert getattr(art, name) == value, name
        else:
            assert not getattr(art, name), name


def test_a_headline_and_a_gallery_beyond_any_real_page_are_bounded_and_counted() -> None:
    """A <title> and <h1> of 240,000 characters and 1,500 images: the stored title is cut at a
    word within 1,000 characters, 1,000 images are kept, and both cuts are warnings."""
    huge = "Harbour " * 30_000
    gallery = "".join(f'<figure><img src="/i/{n}.jpg"><figcaption>Quay {n}</figcaption></figure>' for n in range(1_500))
    html = page(f"<article><h1>{huge}</h1>{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}{gallery}</article>", title=huge)
    article = extract_article(html, URL)
    assert article.title is not None and 500 < len(article.title) <= 1_000
    assert article.title.endswith("Harbour…")
    assert len(article.images) == 1_000
    assert {"title-too-long", "images-over-limit"} <= set(article.warnings)
    assert PARAGRAPHS[0] in article.body


@pytest.mark.parametrize("depth", [990, 5000])
def test_json_nested_deeper_than_the_stack_costs_that_block_only(depth: int) -> None:
    """A JSON-LD block (or a framework's state) nested deeper than Python's stack: json.loads raises
    RecursionError, which no reader caught. All the page's structured data was lost with it, and the
    comment extractor failed: the page's comments were lost."""
    from autocrawl.extraction import extract_comments

    nested = '{"@type":"Comment","text":"hi","comment":' * depth + "{}" + "}" * depth
    declared = jsonld(
        {"@type": "NewsArticle", "headline": "Council approves tram expansion", "datePublished": "2024-05-03T09:30:00Z"}
    )
    state = f'<script id="__NEXT_DATA__" type="application/json">{{"props":{nested}}}</script>'
    thread = "<ol class='comment-list'>" + "".join(
        f"<li class='comment' id='comment-{n}'><b class='fn'>{name}</b><time datetime='2024-05-03T1{n}:00:00Z'>"
        f"May 3</time><div class='comment-content'><p>{name} agrees with the council on this.</p></div></li>"
        for n, name in enumerate(["Ann", "Bo"], start=1)
    )
    data = page(
        article_markup(extra_after=f"<section id='comments'>{thread}</ol></section>"),
        head=declared + f'<script type="application/ld+json">{nested}</script>' + state,
    )
    article = extract_article(data, URL)
    assert no_errors(article) and article.published == "2024-05-03T09:30:00+00:00"
    comments = extract_comments(data, URL)
    assert comments.error is None and [c.author for c in comments.comments] == ["Ann", "Bo"]


@pytest.mark.parametrize("bad", ["http://[::1", "//[", "http://[v1.x", "http://news.example.com:99999/"])
def test_addresses_that_do_not_parse_cost_no_field(bad: str) -> None:
    """urllib raises on such an address (an IPv6 bracket never closed, a port past 65535). Before, one in a canonical link,
    an image, a date's link or a logo's link failed the whole field: the canonical, every image, the
    published date, the title. Now such an address is no address, and each field is read as ever."""
    head = f'<link rel="canonical" href="{bad}"><meta property="og:url" content="{bad}">'
    body = article_markup(
        extra_inside=f'<figure><img src="{bad}" alt="broken"><img src="/img/tram.jpg" alt="The new tram line"></figure>',
        byline=f'<p class="byline">By Jane Doe · <a href="{bad}"><time>3 May 2024</time></a></p>',
    )
    logo = f'<h2 class="logo"><a href="{bad}">City Times</a></h2>'
    article = extract_article(page(logo + body, head=head), "https://news.example.com/politics/council-tram-expansion")
    assert no_errors(article), article.warnings
    assert article.title == "Council approves tram expansion"
    assert article.published is not None and article.published.startswith("2024-05-03")
    assert article.authors == ["Jane Doe"]
    assert [image.url for image in article.images] == ["https://news.example.com/img/tram.jpg"]
    assert article.canonical_url in (None, "https://news.example.com/politics/council-tram-expansion")
    assert all(p in article.body for p in PARAGRAPHS)
    assert_storable(article)
