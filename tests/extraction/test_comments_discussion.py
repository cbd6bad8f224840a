"""Discussion pages: a page whose main content is a comment thread is kept as kind "discussion", with
the story it discusses; an article with comments under it stays an article."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from autocrawl.extraction import extract_article
from autocrawl.items import article_item

THREADS = Path(__file__).resolve().parent / "threads"
REPO = Path(__file__).resolve().parents[2]
SHARED = next((p / "shared" for p in REPO.parents if (p / "shared" / "corpora").is_dir()), REPO.parent / "shared")
CORPORA = SHARED / "corpora"


def _fixture(name: str) -> tuple[bytes, str]:
    truth = next(json.loads(line) for line in (THREADS / "truth.jsonl").open() if json.loads(line)["id"] == name)
    return (THREADS / truth["file"]).read_bytes(), truth["url"]


@pytest.mark.parametrize(
    ("name", "title", "discusses"),
    [
        (
            "reddit-new-thread",
            "City council approves new bridge budget",
            "https://www.rivertown-herald.example/2024/05/03/council-approves-bridge-budget/",
        ),
        (
            "table-indent-item",
            "Rivers are moving their beds faster than expected",
            "https://science.example.org/articles/rivers-moving-beds",
        ),
        ("flat-reply-to-forum", "Watering tomatoes in a dry summer", None),
        ("nested-list-forum", "Cheap repair for old bikes", None),
        ("permalink-replies", None, None),
    ],
)
def test_thread_pages_are_discussions(name: str, title: str | None, discusses: str | None) -> None:
    html, url = _fixture(name)
    article = extract_article(html, url)
    assert article.is_article and article.kind == "discussion"
    assert "no-body" not in article.warnings  # a thread has no body to miss
    if title:
        assert article.title == title
    assert article.discusses_url == discusses
    item = article_item(
        article,
        url=url,
        canonical_url=url,
        site="x",
        urls=[url],
        listed_published=None,
        etag=None,
        last_modified=None,
        fetched_at="2024-05-03T12:00:00+00:00",
        http_status=200,
    )
    assert (item.kind, item.discusses_url) == ("discussion", discusses)


def test_blog_post_with_many_comments_stays_an_article() -> None:
    html, url = _fixture("depth-classes-blog")
    article = extract_article(html, url)
    assert article.is_article and article.kind == "article" and article.discusses_url is None


def _undeclared_page(body_chars: int, url_path: str) -> tuple[bytes, str]:
    sentence = "The council met on Tuesday and talked about point {} of the bridge budget for a long time. "
    paragraphs = range(body_chars // (3 * len(sentence)) + 1)
    body = "".join(f"<p>{''.join(sentence.format(3 * k + j) for j in range(3))}</p>" for k in paragraphs)
    comments = "".join(
        f'<li class="comment" id="comment-{n}"><span class="comment-author">reader{n}</span>'
        f'<time datetime="2024-05-0{1 + n % 8}T10:00:00Z">May</time><div class="comment-text"><p>'
        + "I think this is a long and careful reply about the budget and the bridge. " * 4
        + "</p></div></li>"
        for n in range(12)
    )
    html = (
        f"<html><head><title>Bridge budget debated</title></head><body><main><h1>Bridge budget debated</h1>"
        f"<div class='story'>{body}</div><ol id='comments' class='comment-list'>{comments}</ol></main></body></html>"
    )
    return html.encode(), "https://paper.example" + url_path


def test_article_with_its_own_text_stays_an_article_under_a_long_thread() -> None:
    article = extract_article(*_undeclared_page(3000, "/news/bridge-budget-debated"))
    assert article.is_article and article.kind == "article"


def test_thread_with_a_line_of_own_text_is_a_discussion_unless_dated() -> None:
    assert extract_article(*_undeclared_page(100, "/talk/bridge-budget-debated")).kind == "discussion"
    assert extract_article(*_undeclared_page(100, "/2024/05/bridge-budget-debated")).kind == "article"


def _corpus(name: str) -> list[tuple[str, bytes, str]]:
    folder = CORPORA / name
    if not (folder / "truth.jsonl").exists():
        pytest.skip(f"corpus {folder} missing")
    out = []
    for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out.append((rec["id"], gzip.decompress((folder / rec["file"]).read_bytes()), rec["url"]))
    return out


def test_comment_corpus_aggregator_threads_are_discussions_and_the_rest_articles() -> None:
    kinds = {page_id: extract_article(html, url).kind for page_id, html, url in _corpus("comments")}
    discussions = {page_id for page_id, kind in kinds.items() if kind == "discussion"}
    assert discussions == {page_id for page_id in kinds if page_id.startswith(("hn", "reddit"))}


@pytest.mark.parametrize("name", ["fundus", "readability"])
def test_news_articles_never_become_discussions(name: str) -> None:
    pages = _corpus(name)[::3]  # every third page keeps the test fast
    assert [page_id for page_id, html, url in pages if extract_article(html, url).kind != "article"] == []
