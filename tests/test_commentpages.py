"""An article's comments gathered over its comment pages: repeats of earlier pages are not new
comments, and replies keep their parents across pages."""

from __future__ import annotations

from autocrawl.commentpages import new_on_page
from autocrawl.extraction.types import Comment
from autocrawl.items import CommentItem


def _item(c: Comment, parent: int | None = None) -> CommentItem:
    return CommentItem(c.author, c.text, c.published, parent, c.external_id, c.parent_external_id)


FIRST = [
    Comment("Ann", "The pontoon was never finished.", "2024-03-05T10:00", external_id="c1"),
    Comment("Bo", "It was, in 2019.", "2024-03-05T10:05", parent=0, external_id="c2"),
]


def test_a_page_that_repeats_an_earlier_one_brings_nothing_new() -> None:
    earlier = [_item(FIRST[0]), _item(FIRST[1], 0)]
    assert new_on_page(earlier, FIRST) == []


def test_an_overlapping_page_adds_only_its_new_comments_with_their_parents() -> None:
    earlier = [_item(FIRST[0]), _item(FIRST[1], 0)]
    page = [
        FIRST[1],  # the last comment of page one again, as context
        Comment("Cy", "Bo is right, I was there.", "2024-03-05T11:00", parent=0, external_id="c3"),
        Comment("Di", "Ann asked first.", "2024-03-05T11:30", parent_external_id="c1", external_id="c4"),
        Comment("Ed", "A new thread.", "2024-03-05T12:00", external_id="c5"),
    ]
    fresh = new_on_page(earlier, page)
    assert [n.comment.external_id for n in fresh] == ["c3", "c4", "c5"]
    # c3 answers the page's first comment, which is c2 gathered earlier (index 1); c4 names c1
    assert [n.parent for n in fresh] == [1, 0, None]


def test_comments_without_ids_repeat_by_author_time_and_text() -> None:
    plain = [Comment("Ann", "Same words.", "2024-03-05T10:00"), Comment("Ann", "Same words.", "2024-03-06T10:00")]
    earlier = [_item(plain[0])]
    fresh = new_on_page(earlier, plain)
    assert [n.comment.published for n in fresh] == ["2024-03-06T10:00"]  # another day: another comment
    # on the first page, nothing is earlier: every comment counts, repeats within it included
    assert len(new_on_page([], [plain[0], plain[0]])) == 2


def test_another_readers_comment_reusing_an_id_of_an_earlier_page_is_new() -> None:
    """A template that numbers its comments per page gives page two's first comment the id of page
    one's: another author, another comment, kept."""
    earlier = [_item(FIRST[0]), _item(FIRST[1], 0)]
    page = [Comment("Flo", "Different words, same number.", "2024-03-06T09:00", external_id="c1")]
    assert [n.comment.author for n in new_on_page(earlier, page)] == ["Flo"]
