"""The learned block filter: its features, its tree evaluator and how it refines the rules' pick."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from autocrawl.extraction.article import blockmodel
from autocrawl.extraction.article.blockmodel import FEATURES, TreeModel, block_features, kept_positions, refine

LONG = "The council voted on Tuesday to expand the tram network by twelve kilometres, after three years of debate. " * 3


@dataclass
class FakeBlock:
    text: str
    link_chars: int
    owner: Any
    kind: str
    link_count: int = 0


def _page(markup: str) -> tuple[Any, list[FakeBlock]]:
    """The container and one block per element with an id, in document order."""
    root = lxml_html.fromstring(markup)
    blocks = []
    for el in root.iter():
        if el.get("id"):
            linked = sum(len(a.text_content()) for a in el.iter("a"))
            blocks.append(FakeBlock(el.text_content().strip(), linked, el, el.tag, len(el.findall(".//a"))))
    return root, blocks


def _feature(row: list[float] | None, name: str) -> float:
    assert row is not None
    return row[FEATURES.index(name)]


def _spec(trees: list[list[list[float]]], base: float = 0.0, threshold: float = 0.0) -> dict[str, Any]:
    return {"features": list(FEATURES), "base": base, "threshold": threshold, "trees": trees}


def _split(feature: str, at: float, left: float, right: float) -> list[list[float]]:
    """A stump: `left` when the feature is at most `at`, else `right`."""
    return [[FEATURES.index(feature), at, 1, 2, 0.0], [-1, 0.0, 0, 0, left], [-1, 0.0, 0, 0, right]]


def test_long_paragraphs_are_left_to_the_rules_and_short_blocks_get_a_row() -> None:
    root, blocks = _page(f'<div><p id="a">{LONG}</p><p id="b">Share this article</p></div>')
    rows = block_features(blocks, [0, 1], root, "Council votes on trams")
    assert rows[0] is None
    assert rows[1] is not None and len(rows[1]) == len(FEATURES)
    assert _feature(rows[1], "after_last_long") == 1.0
    assert _feature(rows[1], "log_len") == pytest.approx(math.log1p(len("Share this article")))


def test_a_block_kept_despite_its_links_is_left_to_the_rules() -> None:
    terms = '<p id="t">North: <a href="/a">Alton</a>, <a href="/b">Brisk</a>, <a href="/c">Carrow</a></p>'
    root, blocks = _page(f'<div><p id="a">{LONG}</p>{terms}<p id="b">Share this article</p></div>')
    rows = block_features(blocks, [0, 1, 2], root, None)
    assert rows[1] is None
    assert rows[2] is not None


def test_rows_of_a_list_count_their_look_alike_siblings() -> None:
    items = "".join(f'<div class="row" id="r{i}">Other story number {i} 12.03.2024</div>' for i in range(4))
    root, blocks = _page(f'<div><p id="a">{LONG}</p><div>{items}</div></div>')
    rows = block_features(blocks, list(range(len(blocks))), root, None)
    assert [_feature(row, "owner_repeats") for row in rows[1:]] == [4.0, 4.0, 4.0, 4.0]
    assert _feature(rows[1], "style_run") == 4.0
    assert _feature(rows[1], "digit_share") > 0.2


def test_blocks_the_rules_dropped_around_a_kept_one_are_counted() -> None:
    links = "".join(f'<p id="l{i}"><a href="/s{i}">Linked headline {i}</a></p>' for i in range(3))
    root, blocks = _page(f'<div><p id="a">{LONG}</p>{links}<p id="z">Newsletter sign-up</p></div>')
    rows = block_features(blocks, [0, 4], root, None)
    assert _feature(rows[1], "dropped_before") == 3.0
    assert _feature(rows[1], "linked_near") == 3.0


def test_title_overlap_is_the_share_of_the_block_words_in_the_title() -> None:
    root, blocks = _page(f'<div><p id="a">{LONG}</p><h2 id="h">Tram expansion approved</h2></div>')
    rows = block_features(blocks, [0, 1], root, "Council: tram expansion approved")
    assert _feature(rows[1], "title_overlap") == 1.0
    assert _feature(rows[1], "is_heading") == 1.0


def test_trees_add_their_leaves_to_the_base_score() -> None:
    model = TreeModel(_spec([_split("log_len", 3.0, -2.0, 1.0), _split("density", 0.5, 0.5, -1.5)], base=0.25))
    row = [0.0] * len(FEATURES)
    row[FEATURES.index("log_len")] = 2.0  # short: -2.0
    row[FEATURES.index("density")] = 0.9  # linked: -1.5
    assert model.score(row) == pytest.approx(0.25 - 2.0 - 1.5)
    assert not model.keeps(row)
    row[FEATURES.index("log_len")] = 5.0
    row[FEATURES.index("density")] = 0.0
    assert model.score(row) == pytest.approx(0.25 + 1.0 + 0.5)
    assert model.keeps(row)


def test_a_model_for_other_features_is_refused() -> None:
    spec = _spec([])
    spec["features"] = ["log_len", "density"]
    with pytest.raises(ValueError):
        TreeModel(spec)


def test_refine_drops_what_the_model_rejects_and_never_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    root, blocks = _page(f'<div><p id="a">{LONG}</p><p id="b">Read next</p><p id="c">Follow us</p></div>')
    paragraphs = [b.text for b in blocks]
    drop_short = TreeModel(_spec([_split("log_len", 4.0, -5.0, 5.0)]))
    monkeypatch.setattr(blockmodel, "load_model", lambda: drop_short)
    assert refine(paragraphs, blocks, root, None) == [LONG.strip()]
    drop_all = TreeModel(_spec([_split("log_len", 100.0, -5.0, -5.0)]))
    monkeypatch.setattr(blockmodel, "load_model", lambda: drop_all)
    assert refine(paragraphs[1:], blocks, root, None) == paragraphs[1:]


def test_kept_positions_follow_the_page_order() -> None:
    _, blocks = _page('<div><p id="a">One</p><p id="b">Two</p><p id="c">One</p></div>')
    assert kept_positions(["One", "One"], blocks) == [0, 2]
    assert kept_positions(["Two", "Three"], blocks) is None


def test_the_shipped_model_loads_and_matches_the_features() -> None:
    model = blockmodel.load_model()
    assert model is not None
    assert len(model.trees) > 0
    row = [0.0] * len(FEATURES)
    assert isinstance(model.score(row), float)


def test_an_unreadable_model_leaves_the_rules_alone(tmp_path: Path) -> None:
    broken = tmp_path / "blocks.json"
    broken.write_text('{"features": [], "trees": ', encoding="utf-8")
    assert blockmodel.load_model.__wrapped__(broken) is None
    assert blockmodel.load_model.__wrapped__(tmp_path / "missing.json") is None
