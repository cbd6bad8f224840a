"""Clean pipeline: what needs the crawl, after extraction.

Article fields are final when extraction returns them (`autocrawl.extraction.article.finish`), so the
stored rows are what `autocrawl extract` measures. Comments are gathered across the article's
comment pages: placeholders ("Be the first to comment") and empty comments are dropped here, so
a placeholder page stores zero comments, and the kept comments' parents are re-pointed. Replies
that make a loop (a comment answering itself, a answering b answering a) have one link of each
loop cut (`autocrawl.replytree`), counted `warnings/comment_reply_loop` with one line per article:
no thread could show them, and readers who start threads at a comment without a parent lost them.
"""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from autocrawl.cleaning import is_comment_placeholder, normalize_line, normalize_text
from autocrawl.items import ArticleItem, CommentItem
from autocrawl.replytree import cut_reply_loops, reply_targets

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
        comments = self._clean_comments(item.comments)
        self._cut_reply_loops(comments, item.url)
        ItemAdapter(item)["comments"] = comments
        return item

    def _cut_reply_loops(self, comments: list[CommentItem], url: str) -> None:
        targets = reply_targets(
            [c.parent for c in comments],
            [c.external_id for c in comments],
            [c.parent_external_id for c in comments],
        )
        cut = cut_reply_loops(targets)
        if not cut:
            return
        for position in cut:
            comments[position].parent = None
            comments[position].parent_external_id = None
        self._inc("warnings/comment_reply_loop", len(cut))
        logger.warning("%d comment reply loop(s) cut, each loop's first comment starts a thread: %s", len(cut), url)

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
