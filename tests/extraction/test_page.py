"""One page, decoded and parsed once: the article, its comments and its links from the same tree."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from autocrawl.analysis import analyze_page
from autocrawl.extraction import extract_article, extract_comments
from autocrawl.extraction.common import page as page_module
from autocrawl.extraction.common.page import load_page
from tests.extraction.article_helpers import article_markup, jsonld, page

URL = "https://news.example.com/2024/05/03/council-tram-expansion"


def _comment(cid: int, author: str, text: str) -> str:
    return (
        f"<li id='comment-{cid}' class='comment'><article class='comment-body'>"
        f"<b class='fn'>{author}</b> <time datetime='2024-05-0{cid}T10:00:00+02:00'>May {cid}</time>"
        f"<div class='comment-content'><p>{text}</p></div></article></li>"
    )


COMMENTS = (
    "<section id='comments' class='comments-area'><h2>2 comments</h2><ol class='comment-list'>"
    + _comment(1, "Anna", "The northern line cannot come soon enough for us.")
    + _comment(2, "Ben", "Who pays for the trees along the route?")
    + "</ol></section>"
)
HTML = page(
    article_markup(extra_after=COMMENTS),
    jsonld({"@type": "NewsArticle", "headline": "Council approves tram expansion", "author": {"name": "Ann Lee"}}),
)


def test_article_comments_and_links_of_one_page() -> None:
    done = analyze_page(HTML, URL, "text/html; charset=utf-8")
    assert done.article is not None and done.article.is_article
    assert done.article.title == "Council approves tram expansion"
    assert done.article.body.startswith("The city council voted on Tuesday")
    assert "northern line" not in done.article.body
    assert [c.author for c in done.comments.comments] == ["Anna", "Ben"]
    assert "https://news.example.com/politics" in [link.url for link in done.links]
    # The same as each extractor on its own bytes.
    assert done.article == extract_article(HTML, URL, "text/html; charset=utf-8")
    assert done.comments == extract_comments(HTML, URL, "text/html; charset=utf-8")


def test_the_page_is_decoded_and_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"decode": 0, "parse": 0}
    decode, parse = page_module.decode_html, page_module.parse

    def counted_decode(*args: object, **kwargs: object) -> object:
        calls["decode"] += 1
        return decode(*args, **kwargs)  # type: ignore[arg-type]

    def counted_parse(*args: object, **kwargs: object) -> object:
        calls["parse"] += 1
        return parse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(page_module, "decode_html", counted_decode)
    monkeypatch.setattr(page_module, "parse", counted_parse)
    done = analyze_page(HTML, URL, "text/html; charset=utf-8")
    assert done.article is not None and done.article.title == "Council approves tram expansion"
    assert [c.author for c in done.comments.comments] == ["Anna", "Ben"] and done.links
    assert calls == {"decode": 1, "parse": 1}


@pytest.mark.parametrize(
    ("field", "function"),
    [
        ("title", "autocrawl.extraction.article.meta.pick_title"),
        ("authors", "autocrawl.extraction.article.meta.pick_authors"),
        ("body", "autocrawl.extraction.article.extract.extract_body"),
        ("structured_data", "autocrawl.extraction.common.page.collect"),
    ],
)
def test_a_failing_field_of_the_shared_page_leaves_the_others(
    field: str, function: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = analyze_page(HTML, URL, None)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr(function, broken)
    done = analyze_page(HTML, URL, None)
    assert whole.article is not None and done.article is not None
    assert [w for w in done.article.warnings if w.startswith("extraction-error")] == [f"extraction-error:{field}"]
    assert done.links == whole.links
    assert done.article.body == ("" if field == "body" else whole.article.body)
    if field != "title":
        assert done.article.title == whole.article.title
    if field not in ("authors", "structured_data"):
        assert done.article.authors == whole.article.authors == ["Ann Lee"]
    if done.article.is_article:  # comments are kept for an article only
        assert done.comments == whole.comments


def test_a_page_that_cannot_be_parsed_has_no_tree_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(page_module, "parse", broken)
    loaded = load_page(HTML, URL)
    assert loaded.root is None
    assert "extraction-error:parse" in loaded.warnings
    done = analyze_page(HTML, URL, None)
    assert done.article is not None and not done.article.is_article
    assert "extraction-error:parse" in done.article.warnings
    assert (done.comments.comments, done.links) == ([], [])


def test_a_stage_after_the_body_extractor_reads_the_whole_page() -> None:
    loaded = load_page(HTML, URL)
    assert extract_article(loaded, URL).is_article  # its body extractor takes (and prunes) the tree
    again = extract_comments(loaded, URL, max_comments=1)  # another limit: extracted anew
    assert [c.author for c in again.comments] == ["Anna"] and again.comments_cut == 1
    assert loaded.root is not None and loaded.root.find(".//nav") is not None  # parsed again, whole


@pytest.mark.parametrize("body", [b"", b"   \n", b"%PDF-1.7 binary"])
def test_load_page_never_raises_on_pages_without_text(body: bytes) -> None:
    loaded = load_page(body, URL)
    assert loaded.warnings and loaded.warnings[-1] in ("empty-page", "not-html")
    done = analyze_page(body, URL, None)
    assert done.article is not None and not done.article.is_article
    assert (done.comments.comments, done.links) == ([], [])


@pytest.mark.parametrize(
    ("tail", "cut"),
    [
        (b"<p>The end.</p></body></html>", False),
        (b"<p>The end.</p>", False),  # no </html>: many whole pages end so
        (b"<p>Prices fell 3 < 4 percent.", False),
        (b"<p>The end.</p><div cla", True),
        (b"<p>The end.</p></bo", True),
        (b"<p>The end.</p><!-- tracking", True),
    ],
)
def test_a_page_that_stops_inside_a_tag_says_it_was_cut_short(tail: bytes, cut: bool) -> None:
    article = extract_article(b"<html><body><h1>Story</h1>" + tail, "https://news.example/story")
    assert ("truncated-html" in article.warnings) is cut


def _sample_page() -> bytes:
    return (
        "<!DOCTYPE html><html><head><title>Tides</title></head><body><p>"
        + "High water at six. " * 40
        + "</p></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("body", "binary"),
    [
        (_sample_page(), False),
        (_sample_page().replace(b"<p>", b"<p>\x00\x01"), False),  # a stray NUL or two is still text
        (b"\xff\xfe" + _sample_page().decode().encode("utf-16-le"), False),
        (_sample_page().decode().encode("utf-16-le"), False),  # no BOM: NULs beside every character
        (_sample_page().decode().encode("utf-16-be"), False),
        (bytes(range(256)) * 16, True),
        (bytes((i * 7919) % 251 for i in range(4096)), True),  # noise without magic bytes
        (b"%PDF-1.7\n" + b"x" * 100, True),
    ],
    ids=["html", "stray-nul", "utf16-bom", "utf16le", "utf16be", "all-bytes", "noise", "pdf"],
)
def test_looks_binary(body: bytes, binary: bool) -> None:
    assert page_module.looks_binary(body) is binary


@pytest.mark.parametrize(
    ("data", "content_type", "binary"),
    [
        (b"<!DOCTYPE html><html><body><p>A story.</p></body></html>", "application/octet-stream", False),
        (b"\xef\xbb\xbf\n  <html lang='en'><p>A story.</p></html>", "application/pdf", False),
        (b"%PDF-1.7 <html><p>not a page</p></html>", "text/html", True),  # magic bytes first
        (b"<p>A fragment with no document tag.</p>", "application/octet-stream", True),
        (b'{"a": "<html>"}', "application/json", True),
    ],
)
def test_the_bytes_of_an_html_document_outweigh_a_file_type_label(data: bytes, content_type: str, binary: bool) -> None:
    assert page_module.looks_binary(data, content_type) is binary
    loaded = load_page(data, "https://news.example.org/a", content_type)
    assert ("not-html" in loaded.warnings) is binary
    assert ("html-served-as-other-type" in loaded.warnings) is (not binary)


def test_pages_loaded_together_give_the_articles_each_gives_alone() -> None:
    """The readers walk a held list of the last parsed page's nodes (`dom.hold`); a page parsed
    before another, or extracted on another thread at the same time, reads its own tree."""
    pages = [page(article_markup(byline=f"<p class='byline'>By {name}</p>")) for name in ("Jane Doe", "John Roe")]
    alone = [extract_article(html, URL).to_dict() for html in pages]
    assert [a["authors"] for a in alone] == [["Jane Doe"], ["John Roe"]]
    loaded = [load_page(html, URL, None) for html in pages]  # the last one is held
    assert [extract_article(p, URL).to_dict() for p in loaded] == alone
    with ThreadPoolExecutor(max_workers=3) as pool:
        assert list(pool.map(lambda html: extract_article(html, URL).to_dict(), pages * 6)) == alone * 6


@pytest.mark.parametrize(
    ("codec", "content_type"),
    [
        ("utf-16-le", "text/html"),
        ("utf-16-le", "text/html; charset=utf-16le"),
        ("utf-16-be", "text/html; charset=utf-16"),
    ],
)
def test_a_page_in_utf16_without_a_bom_gives_the_article_and_comments_of_its_utf8_twin(
    codec: str, content_type: str
) -> None:
    # Unlabelled, the page was stored as "< ! D O C T Y P E ..."; labelled, its comments were lost
    # (the comment pre-check read the bytes for words that UTF-16 spells with NULs between letters).
    wide = HTML.decode().replace('<meta charset="utf-8">', "").encode(codec)
    expected = analyze_page(HTML, URL, "text/html; charset=utf-8")
    done = analyze_page(wide, URL, content_type)
    assert done.article is not None and expected.article is not None
    assert done.article.to_dict() == expected.article.to_dict()
    assert [c.text for c in done.comments.comments] == [c.text for c in expected.comments.comments]
    assert len(done.comments.comments) == 2
    assert len(extract_comments(wide, URL, content_type).comments) == 2


def test_a_page_whose_decoding_loses_its_markup_is_undecodable_not_stored_as_garbage() -> None:
    # A little-endian BOM before big-endian bytes: browsers trust the BOM and show CJK mojibake.
    data = b"\xff\xfe" + HTML.decode().encode("utf-16-be")
    loaded = load_page(data, URL, "text/html")
    assert "undecodable" in loaded.warnings and loaded.root is None
    article = extract_article(data, URL, "text/html")
    assert not article.is_article and not article.body and not article.title
    assert "undecodable" in article.warnings


def test_a_huge_script_before_the_article_leaves_its_article_and_comments() -> None:
    # The comment pre-check read the first 8 MB of the bytes for comment words: none, no comments.
    blob = '<main><script>var state="' + "A" * (11 * 1024 * 1024) + '";</script>'
    huge = HTML.replace(b"<main>", blob.encode(), 1)
    expected = analyze_page(HTML, URL, "text/html; charset=utf-8")
    done = analyze_page(huge, URL, "text/html; charset=utf-8")
    assert done.article is not None and expected.article is not None
    assert done.article.body == expected.article.body and done.article.is_article
    assert [c.text for c in done.comments.comments] == [c.text for c in expected.comments.comments]
    assert len(done.comments.comments) == 2
