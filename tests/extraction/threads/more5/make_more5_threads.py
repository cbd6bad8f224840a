"""Writes the fifth thread set's templates that the extractor reads in full (bench/heldout_threads5.py,
set 5) into this folder as fixtures: the pages and truth.jsonl that `bench.heldout_threads.write` makes
from fixed seeds (the templates stay in that bench; nothing of them is copied here). The extractor was
developed on set 5 in branch threads24; the templates it does not yet read in full stay out.

    python tests/extraction/threads/more5/make_more5_threads.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from bench.heldout_threads import write  # noqa: E402
from bench.heldout_threads5 import TEMPLATES  # noqa: E402

READ_IN_FULL = (
    "arrow-links-nl",
    "blockquote-nest-es",
    "dt-dd-pairs-cs",
    "inline-name-vi",
    "named-replies-it",
    "newest-first-id",
    "outline-forum-de",
    "posted-by-flat-en",
    "quote-forum-tr",
    "wrapped-indent-pl",
)

if __name__ == "__main__":
    write(HERE, {name: TEMPLATES[name] for name in READ_IN_FULL})
