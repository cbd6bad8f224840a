"""The clean pipeline on items as the spider yields them."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from autocrawl.items import ArticleItem, CommentItem
from pipelines.clean import CleanPipeline


def make_item(**fields: object) -> ArticleItem:
    base: dict[str, object] = {
        "url": "https://x.example/a",
        "canonical_url": "https://x.example/a",
        "site": "x.example",
    }
    base.update(fields)
    return ArticleItem(**base)  # type: ignore[arg-type]


def test_placeholder_page_stores_zero_comments_and_leaves_article_fields_as_extracted() -> None:
    crawler = get_crawler(settings_dict={})
    pipeline = CleanPipeline.from_crawler(crawler)
    fields: dict[str, object] = {
        "title": "Ampere gets two investors",
        "authors": ["Max McDee"],
        "body": "Story paragraph one.\n\nStory paragraph two.",
        "images": [{"url": "https://x.example/i.jpg", "caption": "A photo caption here"}],
    }
    item = make_item(**fields, comments=[CommentItem(author=None, text="Nothing yet. Be the first to comment.")])
    out = pipeline.process_item(item)
    assert out.comments == []
    assert crawler.stats.get_value("autocrawl/clean/comment_placeholders") == 1
    for name, value in fields.items():  # extraction decides these: stored is what is measured
        assert getattr(out, name) == value, name


def test_comment_parents_follow_dropped_placeholders() -> None:
    pipeline = CleanPipeline.from_crawler(get_crawler(settings_dict={}))
    comments = [
        CommentItem(author="System", text="No comments yet"),
        CommentItem(author="Ann", text="First real comment"),
        CommentItem(author="Bob", text="  A reply\u200b to Ann ", parent=1),
    ]
    out = pipeline.process_item(make_item(body="Text.", comments=comments))
    assert [c.text for c in out.comments] == ["First real comment", "A reply to Ann"]
    assert out.comments[1].parent == 0
