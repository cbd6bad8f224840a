"""Writes the third held-out thread set (bench/heldout_threads.py, set 3: twelve templates) into this
folder as fixtures: the pages and truth.jsonl that `bench.heldout_threads.write` makes from fixed seeds
(the templates stay in that bench; nothing of them is copied here). The extractor was developed on
them in branch threads5 until it read all twelve.

    python tests/extraction/threads/more3/make_more3_threads.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from bench.heldout_threads import write  # noqa: E402

if __name__ == "__main__":
    write(HERE)
