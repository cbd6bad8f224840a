"""Clean pipeline: what needs the crawl, after extraction.

Article fields are final when extraction returns them (`autocrawl.extraction.article.finish`), so the
stored rows are what `autocrawl extract` measures. Comments are gathered across the article's
comment pages: placeholders ("Be the first to comment") and empty comments are dropped here, so
a placeholder page stores zero comments, and the kept comments' parents are re-pointed.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from autocrawl.cleaning import is_comment_placeholder, normalize_line, normalize_text
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
        ItemAdapter(item)["comments"] = self._clean_comments(item.comments)
        return item

    def _clean_comments(self, comments: list[CommentItem]) -> list[CommentItem]:
        """Drop placeholders and empty comments, re-pointing parents to the kept list."""
        kept: list[CommentItem] = []
        new_index: dict[int, int] = {}
        for index, comment in enumerate(comments):
            text = normalize_text(comment.text, invisible=False)
            if not text or is_comment_placeholder(text):
                self._inc("clean/comment_placeholders")
                continue
            new_index[index] = len(kept)
            comment.text = text
            comment.author = normalize_line(comment.author) or None
            comment.parent = new_index.get(comment.parent) if comment.parent is not None else None
            kept.append(comment)
        if len(kept) < len(comments):
            logger.debug("dropped %d comment placeholders", len(comments) - len(kept))
        return kept

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"autocrawl/{key}", count)
