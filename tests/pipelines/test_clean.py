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


def test_placeholder_page_stores_zero_comments_and_clean_body() -> None:
    crawler = get_crawler(settings_dict={})
    pipeline = CleanPipeline.from_crawler(crawler)
    item = make_item(
        title="  Ampere  gets\u00a0two investors ",
        authors=["Max McDee", "max mcdee", ""],
        body="Story paragraph one.\n\nA photo caption here A photo caption here\n\nStory paragraph two.\n\n"
        "This article contains localized units and prices. Change settings.\n\nReader comments\n\n"
        "Nothing yet. Be the first to comment.\n\nPopular models",
        images=[{"url": "https://x.example/i.jpg", "caption": None}],
        comments=[CommentItem(author=None, text="Nothing yet. Be the first to comment.")],
    )
    out = pipeline.process_item(item)
    assert out.title == "Ampere gets two investors"
    assert out.authors == ["Max McDee"]
    assert out.body == "Story paragraph one.\n\nStory paragraph two."
    assert out.comments == []
    assert [i["caption"] for i in out.images if i["caption"]] == ["A photo caption here"]
    assert crawler.stats.get_value("autocrawl/clean/comment_placeholders") == 1


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
