from __future__ import annotations

import random

import numpy as np
import pytest

from autocrawl.dedupe.hashing import body_hash, normalize_text
from autocrawl.dedupe.minhash import (
    MinHasher,
    band_hashes,
    jaccard_estimate,
    optimal_lsh_params,
    signature_from_bytes,
    signature_to_bytes,
)


def test_body_hash_normalises() -> None:
    a = "Caf\u00e9  au lait.\n\nSecond   paragraph."
    b = "CAFE\u0301 au lait. second paragraph."  # decomposed é, other case and spacing
    assert normalize_text(a) == "café au lait. second paragraph."
    assert body_hash(a) == body_hash(b)
    assert body_hash(a) != body_hash(a + " more")
    assert len(body_hash("")) == 64


def _text(rng: random.Random, n: int) -> list[str]:
    vocab = [f"w{i}" for i in range(5000)]
    return [rng.choice(vocab) for _ in range(n)]


def test_signature_deterministic_and_estimates() -> None:
    rng = random.Random(7)
    words = _text(rng, 400)
    a = " ".join(words)
    edited = words[:]
    for i in range(0, 400, 40):
        edited[i] = "changed"
    b = " ".join(edited)
    c = " ".join(_text(rng, 400))
    h1, h2 = MinHasher(), MinHasher()
    assert np.array_equal(h1.signature(a), h2.signature(a))  # same across instances/processes
    assert jaccard_estimate(h1.signature(a), h1.signature(a)) == 1.0
    assert 0.6 < jaccard_estimate(h1.signature(a), h1.signature(b)) < 0.85  # true J ~= 0.67-0.7
    assert jaccard_estimate(h1.signature(a), h1.signature(c)) < 0.1
    sig = h1.signature(a)
    assert np.array_equal(signature_from_bytes(signature_to_bytes(sig)), sig)


def test_lsh_params_and_bands() -> None:
    params = optimal_lsh_params(0.8, 128)
    assert params.bands * params.rows <= 128
    sig = MinHasher().signature("one two three four five six seven")
    bands = band_hashes(sig, params)
    assert len(bands) == params.bands
    assert all(-(2**63) <= b < 2**63 for b in bands)
    with pytest.raises(ValueError):
        optimal_lsh_params(1.5, 128)


def test_short_text() -> None:
    h = MinHasher()
    assert h.signature("").size == 128
    assert h.shingle_hashes("just three words").size == 1
