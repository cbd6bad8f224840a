"""A learned second opinion on the blocks the body rules keep: gradient-boosted trees over per-block
features (size, links, markup, place in the text, repetition of look-alike siblings), trained on the
dev corpora by `bench/train_blocks.py` and shipped as plain JSON, evaluated here without any
machine-learning library. A block the trees are confident is not article text is dropped.

Features are mechanisms, not phrases: nothing here reads class names or words of a language.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from autocrawl.extraction.common.dom import CJK_CHAR, tag_of

MODEL_FILE = Path(__file__).with_name("data") / "blocks.json"

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_CELLS = frozenset(("td", "th", "dt", "dd"))
_FULL_STOP = re.compile(r"[.!?…。！？][\"'“”»«’)]*\s*$")
_DATE_LIKE = re.compile(r"\b\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?\b|\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")
_SEPARATORS = re.compile(r"[|•·/›»]")
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_PUNCT = re.compile(r"[^\w\s]")
_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
LONG_PROSE = 200  # characters (Latin script) of a block that is surely a paragraph of the text
CJK_WEIGHT = 2.5  # one CJK character carries about as much as this many Latin ones


class BlockLike(Protocol):
    text: str
    link_chars: int
    owner: Any
    kind: str
    link_count: int


FEATURES = (
    "log_len",
    "density",
    "link_count",
    "is_p",
    "is_heading",
    "is_li",
    "is_div",
    "is_cell",
    "is_quote",
    "position",
    "share_before",
    "share_after",
    "after_last_long",
    "before_first_long",
    "full_stop",
    "colon_end",
    "digit_share",
    "date_tokens",
    "punct_share",
    "capital_words",
    "mean_word_len",
    "depth",
    "owner_repeats",
    "parent_repeats",
    "main_style",
    "style_share",
    "prev_log_len",
    "next_log_len",
    "prev_density",
    "next_density",
    "blocks",
    "log_total",
    "separators",
    "in_list",
    "in_table",
    "has_class",
    "sentences",
    "cjk",
    "title_overlap",
    "line_breaks",
    "dropped_before",
    "dropped_after",
    "linked_near",
    "style_run",
    "short_run",
    "prose_after",
)


def _size(text: str) -> float:
    return len(text) * (CJK_WEIGHT if CJK_CHAR.search(text[:50]) else 1.0)


def _style(block: BlockLike) -> tuple[str, str]:
    return block.kind, _DIGITS.sub("", block.owner.get("class") or "").strip()


def _repeats(el: Any, cache: dict[Any, dict[tuple[Any, str], int]]) -> float:
    """How many siblings of `el` (itself included) share its tag and class: rows of a teaser list."""
    if el is None:
        return 0.0
    parent = el.getparent()
    if parent is None:
        return 1.0
    counts = cache.get(parent)
    if counts is None:
        counts = cache[parent] = {}
        for sib in parent:
            key = (sib.tag, sib.get("class") or "")
            counts[key] = counts.get(key, 0) + 1
    return float(counts.get((el.tag, el.get("class") or ""), 1))


def _depth_and_places(el: Any, container: Any) -> tuple[float, bool, bool]:
    depth, in_list, in_table = 0, False, False
    while el is not None and el is not container:
        tag = tag_of(el)
        in_list = in_list or tag in ("li", "ul", "ol")
        in_table = in_table or tag in ("table", "tr", "td")
        depth += 1
        el = el.getparent()
    return float(depth), in_list, in_table


def _run(flags: Sequence[Any], i: int) -> float:
    """Length of the run of equal values around position i."""
    start, end = i, i + 1
    while start > 0 and flags[start - 1] == flags[i]:
        start -= 1
    while end < len(flags) and flags[end] == flags[i]:
        end += 1
    return float(min(end - start, 20))


def block_features(
    chosen: Sequence[BlockLike], positions: Sequence[int], container: Any, title: str | None
) -> list[list[float] | None]:
    """One row of `FEATURES` per kept block (`chosen[j]` for j in `positions`: the blocks the rules
    keep out of the container's, in page order); None for a long paragraph of prose, which the model
    does not judge (the rules are sure of those)."""
    kept = [chosen[j] for j in positions]
    n = len(kept)
    linked = [b.link_chars > 0.5 * len(b.text) for b in chosen]
    sizes = [_size(b.text) for b in kept]
    total = sum(sizes) or 1.0
    densities = [b.link_chars / max(len(b.text), 1) for b in kept]
    long_ones = [i for i in range(n) if sizes[i] >= LONG_PROSE and densities[i] < 0.2]
    first_long = long_ones[0] if long_ones else n
    last_long = long_ones[-1] if long_ones else -1
    styles = [_style(b) for b in kept]
    style_chars: dict[tuple[str, str], float] = {}
    for style, size, density in zip(styles, sizes, densities, strict=True):
        if density < 0.35:
            style_chars[style] = style_chars.get(style, 0.0) + size
    main = max(style_chars.items(), key=lambda kv: kv[1])[0] if style_chars else None
    is_long = [i in long_ones for i in range(n)]
    long_total = sum(sizes[i] for i in long_ones) or 1.0
    long_before = 0.0
    title_words = set(_WORD.findall(title.casefold())) if title else set()
    cache: dict[Any, dict[tuple[Any, str], int]] = {}
    rows: list[list[float] | None] = []
    before = 0.0
    for i, block in enumerate(kept):
        text = block.text
        size = sizes[i]
        if is_long[i]:
            rows.append(None)
            before += size
            long_before += size
            continue
        j = positions[i]
        previous = positions[i - 1] if i > 0 else -1
        following = positions[i + 1] if i + 1 < n else len(chosen)
        words = _WORD.findall(text)
        n_words = max(len(words), 1)
        chars = max(len(text), 1)
        kind = block.kind
        owner = block.owner
        depth, in_list, in_table = _depth_and_places(owner, container)
        word_set = {w.casefold() for w in words}
        rows.append(
            [
                math.log1p(size),
                densities[i],
                float(block.link_count),
                float(kind == "p"),
                float(kind in _HEADINGS),
                float(kind == "li"),
                float(kind == "div"),
                float(kind in _CELLS),
                float(kind == "blockquote"),
                i / max(n - 1, 1),
                before / total,
                (total - before - size) / total,
                float(max(min(i - last_long, 10), -10)),
                float(max(min(first_long - i, 10), -10)),
                float(_FULL_STOP.search(text) is not None),
                float(text.rstrip().endswith(":")),
                sum(map(text.count, "0123456789")) / chars,
                float(len(_DATE_LIKE.findall(text))),
                len(_PUNCT.findall(text)) / chars,
                sum(1 for w in words if w[:1].isupper()) / n_words,
                sum(map(len, words)) / n_words,
                depth,
                _repeats(owner, cache),
                _repeats(owner.getparent() if owner is not None else None, cache),
                float(styles[i] == main),
                style_chars.get(styles[i], 0.0) / total,
                math.log1p(sizes[i - 1]) if i > 0 else 0.0,
                math.log1p(sizes[i + 1]) if i + 1 < n else 0.0,
                densities[i - 1] if i > 0 else 0.0,
                densities[i + 1] if i + 1 < n else 0.0,
                float(n),
                math.log1p(total),
                float(len(_SEPARATORS.findall(text))),
                float(in_list),
                float(in_table),
                float(bool(owner is not None and owner.get("class"))),
                float(len(_SENTENCE.findall(text))),
                float(size != len(text)),
                len(word_set & title_words) / max(len(word_set), 1),
                float(text.count("\n")),
                float(min(j - previous - 1, 10)),
                float(min(following - j - 1, 10)),
                float(sum(linked[max(0, j - 3) : j + 4])),
                _run(styles, i),
                _run(is_long, i),
                (long_total - long_before) / long_total,
            ]
        )
        before += size
    return rows


class TreeModel:
    """Boosted trees as flat node lists: [feature, threshold, left, right, leaf value]; a node with
    feature -1 is a leaf. The score is the log-odds that a block is article text."""

    def __init__(self, spec: dict[str, Any]) -> None:
        if list(spec["features"]) != list(FEATURES):
            raise ValueError("model features differ from the extractor's")
        self.base = float(spec["base"])
        self.threshold = float(spec["threshold"])
        self.trees: list[list[tuple[int, float, int, int, float]]] = [
            [(int(f), float(t), int(left), int(right), float(v)) for f, t, left, right, v in tree]
            for tree in spec["trees"]
        ]
        self._score = _compile(self.trees, self.base)

    def score(self, row: Sequence[float]) -> float:
        return self._score(row)

    def keeps(self, row: Sequence[float]) -> bool:
        return self._score(row) >= self.threshold


def _compile(trees: list[list[tuple[int, float, int, int, float]]], base: float) -> Callable[[Sequence[float]], float]:
    """The trees as one Python function of nested comparisons: several times faster than walking
    node lists, and no library needed."""
    lines = ["def score(x):", f"    s = {base!r}"]

    def emit(tree: list[tuple[int, float, int, int, float]], node: int, indent: str) -> None:
        feature, threshold, left, right, value = tree[node]
        if feature < 0:
            lines.append(f"{indent}s += {value!r}")
            return
        lines.append(f"{indent}if x[{feature}] <= {threshold!r}:")
        emit(tree, left, indent + "    ")
        lines.append(f"{indent}else:")
        emit(tree, right, indent + "    ")

    for tree in trees:
        emit(tree, 0, "    ")
    lines.append("    return s")
    namespace: dict[str, Any] = {}
    exec(compile("\n".join(lines), "<blockmodel>", "exec"), namespace)  # noqa: S102 - our own generated code
    return namespace["score"]  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> TreeModel | None:
    if not path.is_file():
        return None
    return TreeModel(json.loads(path.read_text(encoding="utf-8")))


def refine(paragraphs: list[str], chosen: Sequence[BlockLike], container: Any, title: str | None) -> list[str]:
    """`paragraphs` (the rules' pick, texts of `chosen` blocks) less those the model is confident are
    not article text. Never drops every paragraph: the model refines the rules, it does not veto them."""
    model = load_model()
    if model is None or len(paragraphs) < 2:
        return paragraphs
    positions = kept_positions(paragraphs, chosen)
    if positions is None:
        return paragraphs
    rows = block_features(chosen, positions, container, title)
    out = [p for p, row in zip(paragraphs, rows, strict=True) if row is None or model.keeps(row)]
    return out or paragraphs


def kept_positions(paragraphs: list[str], chosen: Sequence[BlockLike]) -> list[int] | None:
    """Where each paragraph's block stands among `chosen` (in order); None if one is not found."""
    positions = []
    start = 0
    for text in paragraphs:
        j = start
        while j < len(chosen) and chosen[j].text != text:
            j += 1
        if j == len(chosen):
            return None
        positions.append(j)
        start = j + 1
    return positions
