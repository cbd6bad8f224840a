"""A learned second opinion on the blocks the body rules keep: gradient-boosted trees over per-block
features (size, links, markup, place in the text, repetition of look-alike siblings), trained on the
dev corpora by `bench/train_blocks.py` and shipped as plain JSON, evaluated here without any
machine-learning library. A block the trees are confident is not article text is dropped.

Features are mechanisms, not phrases: nothing here reads class names or words of a language.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from autocrawl.extraction.common.dom import CJK_CHAR

logger = logging.getLogger(__name__)

MODEL_FILE = Path(__file__).with_name("data") / "blocks.json"

_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# A full stop, then closing quotes or brackets, then white space to the end: the last character
# before them looked up, rather than the text searched for the pattern (that tries every full stop).
_FULL_STOP = frozenset(".!?…。！？")
_CLOSING = "\"'“”»«’)"
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_PUNCT = re.compile(r"[^\w\s]")
LONG_PROSE = 200  # characters (Latin script) of a block that is surely a paragraph of the text
LINKED = 0.5  # link share above which a block the rules kept is one they meant to keep
CJK_WEIGHT = 2.5  # one CJK character carries about as much as this many Latin ones


class BlockLike(Protocol):
    text: str
    link_chars: int
    owner: Any
    kind: str


FEATURES = (
    "log_len",  # the block's size (CJK characters count more)
    "density",  # share of link text
    "is_heading",
    "is_div",
    "position",  # index among the kept blocks, 0 to 1
    "share_before",  # share of the kept text before the block
    "share_after",
    "after_last_long",  # blocks after the last long paragraph (negative: before it)
    "before_first_long",
    "full_stop",  # ends like a sentence
    "digit_share",
    "punct_share",
    "capital_words",  # share of words starting with a capital: headlines, names
    "mean_word_len",
    "depth",  # elements between the block and the container
    "owner_repeats",  # siblings of its element with the same tag and class: rows of a list
    "parent_repeats",  # the same for its parent: cards
    "style_share",  # share of the kept text in the block's tag and class
    "prev_log_len",
    "next_log_len",
    "prev_density",
    "next_density",
    "blocks",  # kept blocks on the page
    "log_total",  # kept text on the page
    "title_overlap",  # share of its words in the title
    "dropped_before",  # container blocks the rules dropped right before it
    "dropped_after",
    "linked_near",  # link-heavy container blocks within three places of it
    "style_run",  # length of the run of kept blocks in its tag and class
    "short_run",  # length of the run of short blocks it stands in
    "prose_after",  # share of the long paragraphs' text after it
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


def _depth(el: Any, container: Any) -> float:
    depth = 0
    while el is not None and el is not container:
        depth += 1
        el = el.getparent()
    return float(depth)


def _runs(values: Sequence[Any]) -> list[float]:
    """For each position, the length of the run of equal values it stands in (at most 20)."""
    out: list[float] = []
    start = 0
    for end in range(1, len(values) + 1):
        if end == len(values) or values[end] != values[start]:
            out.extend([float(min(end - start, 20))] * (end - start))
            start = end
    return out


def block_features(
    chosen: Sequence[BlockLike], positions: Sequence[int], container: Any, title: str | None
) -> list[list[float] | None]:
    """One row of `FEATURES` per kept block (`chosen[j]` for j in `positions`: the blocks the rules
    keep out of the container's, in page order); None for a block the model does not judge: a long
    paragraph of prose (the rules are sure of those) or one kept despite its links."""
    kept = [chosen[j] for j in positions]
    n = len(kept)
    linked = [b.link_chars > LINKED * len(b.text) for b in chosen]
    sizes = [_size(b.text) for b in kept]
    total = sum(sizes) or 1.0
    densities = [b.link_chars / max(len(b.text), 1) for b in kept]
    is_long = [size >= LONG_PROSE and density < 0.2 for size, density in zip(sizes, densities, strict=True)]
    # Mostly links, and kept all the same: the rules' deliberate exceptions (lists of linked terms in
    # the text, long linked passages), not the model's to overrule.
    judged = [not long and density <= LINKED for long, density in zip(is_long, densities, strict=True)]
    long_ones = [i for i in range(n) if is_long[i]]
    first_long = long_ones[0] if long_ones else n
    last_long = long_ones[-1] if long_ones else -1
    styles = [_style(b) for b in kept]
    style_chars: dict[tuple[str, str], float] = {}
    for style, size, density in zip(styles, sizes, densities, strict=True):
        if density < 0.35:
            style_chars[style] = style_chars.get(style, 0.0) + size
    long_total = sum(sizes[i] for i in long_ones) or 1.0
    long_before = 0.0
    style_runs = _runs(styles)
    short_runs = _runs(is_long)
    title_words = set(_WORD.findall(title.casefold())) if title else set()
    cache: dict[Any, dict[tuple[Any, str], int]] = {}
    rows: list[list[float] | None] = []
    before = 0.0
    for i, block in enumerate(kept):
        text = block.text
        size = sizes[i]
        if not judged[i]:
            rows.append(None)
            before += size
            long_before += size if is_long[i] else 0.0
            continue
        j = positions[i]
        previous = positions[i - 1] if i > 0 else -1
        following = positions[i + 1] if i + 1 < n else len(chosen)
        words = _WORD.findall(text)
        n_words = max(len(words), 1)
        chars = max(len(text), 1)
        owner = block.owner
        word_set = set(_WORD.findall(text.casefold())) if title_words else set()
        rows.append(
            [
                math.log1p(size),
                densities[i],
                float(block.kind in _HEADINGS),
                float(block.kind == "div"),
                i / max(n - 1, 1),
                before / total,
                (total - before - size) / total,
                float(max(min(i - last_long, 10), -10)),
                float(max(min(first_long - i, 10), -10)),
                float(text.rstrip().rstrip(_CLOSING)[-1:] in _FULL_STOP),
                sum(map(text.count, "0123456789")) / chars,
                len(_PUNCT.findall(text)) / chars,
                sum(map(str.isupper, [w[0] for w in words])) / n_words,
                sum(map(len, words)) / n_words,
                _depth(owner, container),
                _repeats(owner, cache),
                _repeats(owner.getparent(), cache),
                style_chars.get(styles[i], 0.0) / total,
                math.log1p(sizes[i - 1]) if i > 0 else 0.0,
                math.log1p(sizes[i + 1]) if i + 1 < n else 0.0,
                densities[i - 1] if i > 0 else 0.0,
                densities[i + 1] if i + 1 < n else 0.0,
                float(n),
                math.log1p(total),
                len(word_set & title_words) / max(len(word_set), 1),
                float(min(j - previous - 1, 10)),
                float(min(following - j - 1, 10)),
                float(sum(linked[max(0, j - 3) : j + 4])),
                style_runs[i],
                short_runs[i],
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
        numbers = [self.base, self.threshold, *(x for tree in self.trees for node in tree for x in node)]
        if not all(map(math.isfinite, numbers)):
            raise ValueError("model holds a number that is not finite")
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
    exec(compile("\n".join(lines), "<blockmodel>", "exec"), namespace)  # only numbers and indices went in
    return namespace["score"]


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_FILE) -> TreeModel | None:
    """The shipped model, read once; None (the rules alone) when it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        return TreeModel(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:  # a damaged file
        logger.warning("block model %s not used: %s", path, exc)
        return None


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
