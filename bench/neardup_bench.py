"""Near-duplicate check cost per article with N articles already indexed.

    python bench/neardup_bench.py [--n 100000] [--queries 2000] [--words 400] [--db sqlite:///...]

Synthetic articles: words drawn from a Zipf-like vocabulary of 50k words, length around
--words. Queries: half are near copies of indexed articles (new headline-ish intro, a changed
sentence, an agency footer), half are new articles. A "check" is what DedupePipeline does per
article: signature + LSH candidate lookup + verification by estimated Jaccard.

Also compares signature cost with datasketch (MinHash.update_batch over the same shingles)
and the in-memory LSH footprint with datasketch.MinHashLSH holding the same signatures.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from autocrawl.dedupe.index import DatabaseNearDupIndex, MemoryNearDupIndex  # noqa: E402
from autocrawl.dedupe.minhash import MinHasher  # noqa: E402

VOCAB_SIZE = 50_000


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Corpus:
    def __init__(self, words: int, seed: int = 42) -> None:
        self.rng = np.random.default_rng(seed)
        self.words = words
        ranks = np.arange(1, VOCAB_SIZE + 1, dtype=np.float64)
        p = 1.0 / ranks**1.05
        self.cdf = np.cumsum(p / p.sum())
        self.vocab = np.array([f"w{i:x}" for i in range(VOCAB_SIZE)], dtype=object)

    def ids(self, i: int) -> np.ndarray:
        rng = np.random.default_rng(1_000_003 * i + 7)
        n = max(60, int(rng.normal(self.words, self.words / 4)))
        return np.minimum(np.searchsorted(self.cdf, rng.random(n)), VOCAB_SIZE - 1)

    def text(self, ids: np.ndarray) -> str:
        return " ".join(self.vocab[ids])

    def near_copy(self, ids: np.ndarray, seed: int) -> str:
        rng = np.random.default_rng(seed)
        ids = ids.copy()
        # replace one sentence-sized run in the middle
        start = int(rng.integers(len(ids) // 3, 2 * len(ids) // 3))
        ids[start : start + 8] = rng.choice(VOCAB_SIZE, size=min(8, len(ids) - start))
        intro = "By Agency Staff Reporter London"
        footer = "Copyright Wire Agency All rights reserved"
        return f"{intro} {self.text(ids)} {footer}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="articles in the index")
    ap.add_argument("--queries", type=int, default=2000)
    ap.add_argument("--words", type=int, default=400, help="mean article length in words")
    ap.add_argument("--threshold", type=float, default=0.7)  # the NEARDUP_THRESHOLD default
    ap.add_argument("--db", default="", help="also bench the database index at this URL (emptied first)")
    ap.add_argument("--skip-datasketch", action="store_true")
    args = ap.parse_args()

    corpus = Corpus(args.words)
    hasher = MinHasher()
    print(f"python {sys.version.split()[0]}, numpy {np.__version__}, pid {os.getpid()}")

    # ---- 1. signature cost: own vs datasketch
    sample = [corpus.text(corpus.ids(i)) for i in range(500)]
    for text in sample[:50]:  # warm-up
        hasher.signature(text)
    t = time.perf_counter()
    for text in sample:
        hasher.signature(text)
    own_sig = (time.perf_counter() - t) / len(sample) * 1e3
    print(f"signature (own numpy MinHash, 128 perm, 5-word shingles): {own_sig:.3f} ms/article")
    if not args.skip_datasketch:
        from datasketch import MinHash

        word = re.compile(r"\w+")
        t = time.perf_counter()
        for text in sample:
            w = word.findall(text.casefold())
            shingles = {" ".join(w[i : i + 5]).encode() for i in range(max(1, len(w) - 4))}
            m = MinHash(num_perm=128)
            m.update_batch(list(shingles))
        ds_sig = (time.perf_counter() - t) / len(sample) * 1e3
        print(f"signature (datasketch MinHash.update_batch, same shingles): {ds_sig:.3f} ms/article")

    # ---- 2. fill the index
    gc.collect()
    rss0 = rss_mb()
    index = MemoryNearDupIndex(threshold=args.threshold, hasher=hasher)
    t = time.perf_counter()
    for i in range(args.n):
        sig = hasher.signature(corpus.text(corpus.ids(i)))
        index.add_signature(f"https://site{i % 50}.example/article/{i}", sig)
    fill = time.perf_counter() - t
    gc.collect()
    rss1 = rss_mb()
    print(
        f"index filled: {len(index)} articles in {fill:.1f} s; "
        f"LSH {index.params.bands} bands x {index.params.rows} rows; "
        f"memory index RSS +{rss1 - rss0:.0f} MB ({(rss1 - rss0) * 1024 / max(1, args.n):.2f} KB/article), "
        f"process RSS {rss1:.0f} MB"
    )

    # ---- 3. checks at N
    queries: list[tuple[str, bool]] = []
    for q in range(args.queries):
        if q % 2 == 0:
            src = int(np.random.default_rng(q).integers(0, args.n))
            queries.append((corpus.near_copy(corpus.ids(src), q), True))
        else:
            queries.append((corpus.text(corpus.ids(args.n + q)), False))

    def run_checks(idx: object, label: str) -> None:
        times = []
        hits = false_hits = 0
        for text, is_copy in queries:
            t0 = time.perf_counter()
            match = idx.query(text)  # type: ignore[attr-defined]
            times.append(time.perf_counter() - t0)
            if match is not None:
                hits += is_copy
                false_hits += not is_copy
        copies = sum(1 for _, c in queries if c)
        ms = [x * 1e3 for x in times]
        print(
            f"check ({label}, {args.n} indexed): mean {statistics.mean(ms):.3f} ms, "
            f"median {statistics.median(ms):.3f} ms, "
            f"p99 {sorted(ms)[int(len(ms) * 0.99) - 1]:.3f} ms per article; "
            f"near copies found {hits}/{copies}, false matches {false_hits}/{len(queries) - copies}"
        )

    run_checks(index, "memory index")

    if not args.skip_datasketch:
        from datasketch import MinHash, MinHashLSH

        gc.collect()
        r0 = rss_mb()
        lsh = MinHashLSH(threshold=args.threshold, num_perm=128)
        with lsh.insertion_session() as session:
            for key, slot in index._slot.items():
                values = index._matrix[slot].astype(np.uint64)
                session.insert(key, MinHash(num_perm=128, hashvalues=values, scheme="affine32"))
        gc.collect()
        print(f"datasketch MinHashLSH with the same {args.n} signatures: RSS +{rss_mb() - r0:.0f} MB")
        del lsh

    if args.db:
        from autocrawl.db.engine import make_engine
        from autocrawl.db.schema import downgrade, upgrade

        engine = make_engine(args.db)
        downgrade(engine, "base")
        upgrade(engine)
        db_index = DatabaseNearDupIndex(engine, threshold=args.threshold, hasher=hasher)
        t = time.perf_counter()
        batch = 5000
        keys = list(index._slot)
        for s in range(0, len(keys), batch):
            db_index.add_many(
                (keys[i], index._matrix[index._slot[keys[i]]]) for i in range(s, min(s + batch, len(keys)))
            )
        print(f"database index ({engine.dialect.name}) filled in {time.perf_counter() - t:.1f} s")
        # check in a process state like the crawler's: no in-memory index around
        del index, keys
        gc.collect()
        run_checks(db_index, f"database index, {engine.dialect.name}")
        engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
