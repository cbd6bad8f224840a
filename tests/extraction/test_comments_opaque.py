"""Comments and their reply parents survive opaque class names: fixture threads with every class
token and id replaced by a hash-like token (bench/opaque.py, as CSS-in-JS sites ship them), so no
rule keyed on "comment", "reply" or "depth" in markup can find them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from autocrawl.extraction import extract_comments
from bench.opaque import opaque_html, opaque_token

THREADS = Path(__file__).resolve().parent / "threads"
# nested lists, nested replies under a list item, flat items nested by <ul>, indentation by a spacer,
# Blogger's reply lists, and permalink pages (found before opaque names were handled)
CASES = [
    ("", "nested-list-forum"),
    ("", "table-indent-item"),
    ("", "permalink-replies"),
    ("more2", "07-de-leserkommentare"),
    ("more3", "city-news-ru"),
    ("more3", "blogger-threaded-en"),
]


def _truth(folder: Path, page_id: str) -> dict:
    lines = (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines()
    return next(t for t in map(json.loads, lines) if t["id"] == page_id)


@pytest.mark.parametrize(("sub", "page_id"), CASES, ids=[c[1] for c in CASES])
def test_opaque_thread_keeps_comments_and_parents(sub: str, page_id: str) -> None:
    folder = THREADS / sub if sub else THREADS
    truth = _truth(folder, page_id)
    page = extract_comments(opaque_html((folder / truth["file"]).read_bytes()), truth["url"])
    assert len(page.comments) == len(truth["comments"])
    assert [c.author for c in page.comments] == [c["author"] for c in truth["comments"]]
    assert [c.parent for c in page.comments] == [c["parent"] for c in truth["comments"]]


def test_opaque_renames_classes_ids_and_their_references_only() -> None:
    page = (
        b'<div class="comment depth-2" id="comment-5" itemprop="comment" data-parent="comment-4">'
        b'<a href="#comment-4">x</a><label for="comment-5">y</label><a name="comment-4"></a>'
        b'<script type="application/ld+json">{"@type": "Comment"}</script></div>'
    )
    out = opaque_html(page).decode()
    c5, c4 = opaque_token("comment-5"), opaque_token("comment-4")
    assert f'class="{opaque_token("comment")} {opaque_token("depth-2")}"' in out
    assert f'id="{c5}"' in out and f'for="{c5}"' in out
    assert f'href="#{c4}"' in out and f'name="{c4}"' in out and f'data-parent="{c4}"' in out
    assert 'itemprop="comment"' in out and '{"@type": "Comment"}' in out
