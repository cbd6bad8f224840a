"""py3langid's feature counting, done by numpy instead of a Python loop over every byte.

py3langid finds its byte n-gram features with a DFA (an Aho-Corasick automaton) walked one byte
at a time in Python: about 0.8 ms for the 1,000 characters an article is judged on, the largest
single cost of extracting a page. The state of such an automaton after a byte is the longest
suffix of the text read so far that is a node of its trie, so it never depends on more than the
last `depth` bytes (`depth`: the deepest state, 6 in py3langid's model). Walking every position's
last `depth` bytes from the start state, all positions at once, gives the same states in `depth`
vectorised steps. The counts are handed back in py3langid's own order, so its scoring runs on
exactly what its loop would give; `fast_identifier` checks that on a probe text and otherwise
leaves the library as it is.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import LanguageIdentifier, visit_counts

logger = logging.getLogger(__name__)

__all__ = ["fast_identifier", "FastIdentifier", "FeatureWalk"]

_PROBE = (
    "Der Stadtrat hat am Dienstag über den Haushalt beraten. Le conseil a voté. El consejo votó. "
    "Рада проголосувала. 市議会は予算を可決した。 The council voted on Tuesday; ça suffit! 12,5 %"
)


class FeatureWalk:
    """The automaton of one py3langid identifier, as numpy arrays."""

    def __init__(self, nextmove: Any, rowbase: list[int], output: list[int]) -> None:
        self.nextmove = np.asarray(nextmove, dtype=np.uint32)  # py3langid's own array, not copied
        self.rowbase = np.asarray(rowbase, dtype=np.int64)
        self.output = np.asarray(output, dtype=np.int32)
        self.depth = self._depth()

    def _depth(self) -> int:
        """The length of the longest string a state stands for: the last level of a breadth-first
        walk from the start state (states share rows of the transition table: each row is read
        once per level)."""
        table = self.nextmove.reshape(-1, 256)
        row_of = self.rowbase >> 8
        seen = np.zeros(len(self.rowbase), dtype=bool)
        seen[0] = True
        frontier, depth = np.array([0]), 0
        while True:
            reached = np.zeros(len(self.rowbase), dtype=bool)
            reached[table[np.unique(row_of[frontier])]] = True
            frontier = np.flatnonzero(reached & ~seen)
            if not len(frontier):
                return depth
            seen[frontier] = True
            depth += 1

    def counts(self, text: bytes) -> Counter[int] | None:
        """{feature index: occurrences}, counted in text order as py3langid counts them (its
        scoring sums in that order); None when the text holds no feature."""
        data = np.frombuffer(text, dtype=np.uint8)
        size = len(data)
        if not size:
            return None
        states = np.zeros(size, dtype=np.uint32)
        for step in range(self.depth):
            # position i reads byte i - (depth - 1) + step, if the text has it
            first = self.depth - 1 - step
            if first >= size:
                continue
            states[first:] = self.nextmove[self.rowbase[states[first:]] + data[: size - first]]
        features = self.output[states]
        found = features[features >= 0].tolist()
        return Counter(found) if found else None


class FastIdentifier(LanguageIdentifier):
    """A py3langid identifier whose features are counted by a checked `FeatureWalk`."""

    walk: FeatureWalk | None = None

    def _raw_score(self, text: bytes) -> Any:
        if self.walk is not None:
            visits = self.walk.counts(text)
            if visits is not None:
                return self._sparse_score(visits, self.nb_ptc)
        return super()._raw_score(text)  # the library's own walk (and its answer for no feature)


def fast_identifier(model_path: Path) -> FastIdentifier:
    """py3langid's identifier for `model_path` (probabilities normalised), counting its features
    with `FeatureWalk` once the walk has given the library's own counts on a probe text."""
    identifier = FastIdentifier.from_modelpath(model_path, norm_probs=True)
    try:
        walk = FeatureWalk(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output)
        probe = identifier._encode(_PROBE)
        expected = visit_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, probe)
        got = walk.counts(probe)
        if expected is None or got is None or list(expected.items()) != list(got.items()):
            raise ValueError("the vectorised walk disagrees with py3langid's")
    except Exception as exc:  # another py3langid: its own walk, slower but right
        logger.warning("language detection keeps py3langid's own feature walk: %s", exc)
        return identifier
    identifier.walk = walk
    return identifier
