"""A reply shown on a later comment page names its parent on an earlier page by id."""

from __future__ import annotations

from autocrawl.extraction import extract_comments

PAGE_2 = b"""<html><body><article><h1>Story</h1><p>Text of the story.</p></article>
<section id="comments"><h2>Comments</h2><ol class="commentlist">
<li id="comment-31" class="comment" data-parent-id="comment-12"><div class="comment-author">Ann</div>
<div class="comment-content"><p>Answering the question from the first page: yes, it opens in May.</p></div></li>
<li id="comment-32" class="comment"><div class="comment-author">Bo</div>
<div class="comment-metadata"><span class="in-reply-to">in reply to <a href="/story/#comment-7">Cy</a></span></div>
<div class="comment-content"><p>The second answer, tied by an in-reply-to link this time.</p></div></li>
<li id="comment-33" class="comment"><div class="comment-author">Di</div>
<div class="comment-content"><p>A new thread started on page two, answering nobody at all.</p></div></li>
</ol></section></body></html>"""


def test_parent_ids_named_for_parents_on_other_pages() -> None:
    page = extract_comments(PAGE_2, "https://news.example/story/comments/?page=2")
    by_author = {c.author: c for c in page.comments}
    assert set(by_author) == {"Ann", "Bo", "Di"}
    assert by_author["Ann"].parent is None and by_author["Ann"].parent_external_id == "12"
    assert by_author["Bo"].parent is None and by_author["Bo"].parent_external_id == "7"
    assert by_author["Di"].parent_external_id is None
    assert page.error is None
