"""Clean pipeline: normalise text and drop the boilerplate that survives extraction.

Captions found doubled in the body move to the item's image records (once each); comment
placeholders ("Be the first to comment") and empty comments are dropped, so a placeholder
page stores zero comments.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from autocrawl.cleaning import clean_authors, clean_body, is_comment_placeholder, normalize_line, normalize_text
from autocrawl.items import ArticleItem, CommentItem

logger = logging.getLogger(__name__)


class CleanPipeline:
    def __init__(self, stats: StatsCollector | None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler.stats)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, ArticleItem):
            return item
        adapter = ItemAdapter(item)
        adapter["title"] = normalize_line(item.title) or None
        adapter["authors"] = clean_authors(item.authors)
        adapter["lead"] = normalize_text(item.lead) or None
        adapter["tags"] = list(dict.fromkeys(t for t in (normalize_line(t) for t in item.tags) if t))
        images = [
            {"url": image.get("url"), "caption": normalize_line(image.get("caption")) or None} for image in item.images
        ]
        cleaned = clean_body(
            item.body, [i["caption"] for i in images if i["caption"]], title=item.title, authors=item.authors
        )
        for caption in cleaned.captions:
            images.append({"url": None, "caption": caption})
        adapter["images"] = _unique_images(images)
        adapter["body"] = cleaned.body
        if cleaned.removed:
            self._inc("clean/paragraphs_removed", len(cleaned.removed))
            logger.debug("removed %d furniture paragraphs from %s", len(cleaned.removed), item.url)
        adapter["comments"] = self._clean_comments(item.comments)
        return item

    def _clean_comments(self, comments: list[CommentItem]) -> list[CommentItem]:
        """Drop placeholders and empty comments, re-pointing parents to the kept list."""
        kept: list[CommentItem] = []
        new_index: dict[int, int] = {}
        for index, comment in enumerate(comments):
            text = normalize_text(comment.text)
            if not text or is_comment_placeholder(text):
                self._inc("clean/comment_placeholders")
                continue
            new_index[index] = len(kept)
            comment.text = text
            comment.author = normalize_line(comment.author) or None
            comment.parent = new_index.get(comment.parent) if comment.parent is not None else None
            kept.append(comment)
        return kept

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{key}", count)


def _unique_images(images: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One record per image URL and per caption: a caption belongs to one image, once."""
    seen_urls: set[str] = set()
    seen_captions: set[str] = set()
    result = []
    for image in images:
        url, caption = image.get("url"), image.get("caption")
        if url and url in seen_urls:
            continue
        if not url and (not caption or caption.casefold() in seen_captions):
            continue
        if caption and caption.casefold() in seen_captions:
            image = {"url": url, "caption": None}
        if url:
            seen_urls.add(url)
        if caption:
            seen_captions.add(caption.casefold())
        result.append(image)
    return result
