"""Near-duplicate index: MinHash signatures + LSH band hashes, keyed by canonical URL.

`NearDupIndex` holds the algorithm (signature, bands, candidate verification by estimated
Jaccard, earliest match wins); three storages implement it:

- `MemoryNearDupIndex`: a dict, for tests and one-off use;
- `DatabaseNearDupIndex`: tables `neardup_signatures` / `neardup_bands`, so it works across
  runs and processes sharing the store;
- `RedisNearDupIndex`: keys under a prefix, for distributed crawls (scrapy-redis).

Only originals are added: duplicates point at the earliest original, so there are no chains.
"""

from __future__ import annotations

import contextlib
import itertools
from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from autocrawl.db.models import NeardupBand, NeardupSignature, utcnow
from autocrawl.dedupe.minhash import (
    LSHParams,
    MinHasher,
    Signature,
    band_hashes,
    jaccard_estimate,
    optimal_lsh_params,
    signature_from_bytes,
    signature_to_bytes,
)

__all__ = [
    "NearMatch",
    "NearDupIndex",
    "MemoryNearDupIndex",
    "DatabaseNearDupIndex",
    "RedisNearDupIndex",
    "DEFAULT_MIN_WORDS",
]

DEFAULT_MIN_WORDS = 30  # shorter texts (teasers, briefs) are not compared: too few shingles to judge


@dataclass(frozen=True)
class NearMatch:
    key: str
    similarity: float


class NearDupIndex(ABC):
    def __init__(
        self,
        threshold: float = 0.8,
        num_perm: int = 128,
        shingle_size: int = 5,
        min_words: int = DEFAULT_MIN_WORDS,
        hasher: MinHasher | None = None,
    ) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError("threshold must be in (0, 1)")
        self.threshold = threshold
        self.hasher = hasher or MinHasher(num_perm=num_perm, shingle_size=shingle_size)
        self.params: LSHParams = optimal_lsh_params(threshold, self.hasher.num_perm)
        self.min_words = min_words

    # storage ---------------------------------------------------------------
    @abstractmethod
    def _candidates(self, bands: list[int]) -> set[str]: ...

    @abstractmethod
    def _load(self, keys: Iterable[str]) -> dict[str, tuple[int, Signature]]:
        """key -> (insertion order, signature)."""

    @abstractmethod
    def _store(self, key: str, sig: Signature, bands: list[int]) -> None:
        """Add or replace the signature of `key`."""

    @abstractmethod
    def remove(self, key: str) -> None: ...

    @abstractmethod
    def __len__(self) -> int: ...

    # algorithm -------------------------------------------------------------
    def signature(self, text: str) -> Signature | None:
        """The text's signature, or None when it is too short to compare."""
        return self.hasher.signature_if_long(text, self.min_words)

    def query_signature(self, sig: Signature, exclude: str | None = None) -> NearMatch | None:
        candidates = self._candidates(band_hashes(sig, self.params))
        candidates.discard(exclude or "")
        if not candidates:
            return None
        best: tuple[int, NearMatch] | None = None
        for key, (order, other) in self._load(candidates).items():
            sim = jaccard_estimate(sig, other)
            if sim >= self.threshold and (best is None or order < best[0]):
                best = (order, NearMatch(key, sim))
        return best[1] if best else None

    def query(self, text: str, exclude: str | None = None) -> NearMatch | None:
        """The earliest indexed text whose estimated Jaccard with `text` is >= threshold."""
        sig = self.signature(text)
        return None if sig is None else self.query_signature(sig, exclude)

    def add_signature(self, key: str, sig: Signature) -> None:
        self._store(key, sig, band_hashes(sig, self.params))

    def add(self, key: str, text: str) -> bool:
        """Index `text` under `key` (replacing an older one); False when too short to index."""
        sig = self.signature(text)
        if sig is None:
            return False
        self.add_signature(key, sig)
        return True

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


class MemoryNearDupIndex(NearDupIndex):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sigs: dict[str, tuple[int, Signature, list[int]]] = {}
        self._bands: dict[int, set[str]] = defaultdict(set)
        self._counter = itertools.count()

    def _candidates(self, bands: list[int]) -> set[str]:
        out: set[str] = set()
        for b in bands:
            hit = self._bands.get(b)
            if hit:
                out |= hit
        return out

    def _load(self, keys: Iterable[str]) -> dict[str, tuple[int, Signature]]:
        return {k: (self._sigs[k][0], self._sigs[k][1]) for k in keys if k in self._sigs}

    def _store(self, key: str, sig: Signature, bands: list[int]) -> None:
        order = self._sigs[key][0] if key in self._sigs else next(self._counter)
        self.remove(key)
        self._sigs[key] = (order, sig, bands)
        for b in bands:
            self._bands[b].add(key)

    def remove(self, key: str) -> None:
        old = self._sigs.pop(key, None)
        if old:
            for b in old[2]:
                self._bands[b].discard(key)

    def __len__(self) -> int:
        return len(self._sigs)


class DatabaseNearDupIndex(NearDupIndex):
    """Signatures and band hashes in the store's database (tables of migration 0001)."""

    def __init__(self, engine: Engine, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.engine = engine

    def _candidates(self, bands: list[int]) -> set[str]:
        stmt = (
            select(NeardupSignature.key)
            .join(NeardupBand, NeardupBand.signature_id == NeardupSignature.id)
            .where(NeardupBand.band_hash.in_(bands))
        )
        with self.engine.connect() as conn:
            return set(conn.execute(stmt).scalars())

    def _load(self, keys: Iterable[str]) -> dict[str, tuple[int, Signature]]:
        keys = list(keys)
        out: dict[str, tuple[int, Signature]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(keys), 500):
                rows = conn.execute(
                    select(NeardupSignature.key, NeardupSignature.id, NeardupSignature.signature).where(
                        NeardupSignature.key.in_(keys[i : i + 500])
                    )
                )
                for key, sid, blob in rows:
                    out[key] = (sid, signature_from_bytes(bytes(blob)))
        return out

    def _store(self, key: str, sig: Signature, bands: list[int]) -> None:
        blob = signature_to_bytes(sig)
        try:
            with self.engine.begin() as conn:
                sid = conn.execute(
                    select(NeardupSignature.id).where(NeardupSignature.key == key)
                ).scalar_one_or_none()
                if sid is None:
                    sid = conn.execute(
                        insert(NeardupSignature)
                        .values(key=key, signature=blob, added_at=utcnow())
                        .returning(NeardupSignature.id)
                    ).scalar_one()
                else:
                    conn.execute(
                        update(NeardupSignature).where(NeardupSignature.id == sid).values(signature=blob)
                    )
                    conn.execute(delete(NeardupBand).where(NeardupBand.signature_id == sid))
                unique_bands = list(dict.fromkeys(bands))
                conn.execute(
                    insert(NeardupBand), [{"band_hash": b, "signature_id": sid} for b in unique_bands]
                )
        except IntegrityError:
            # another process indexed the same key at the same moment: theirs stands
            pass

    def add_many(self, items: Iterable[tuple[str, Signature]]) -> None:
        """Bulk load of new keys (bench, backfill): one transaction."""
        with self.engine.begin() as conn:
            for key, sig in items:
                sid = conn.execute(
                    insert(NeardupSignature)
                    .values(key=key, signature=signature_to_bytes(sig), added_at=utcnow())
                    .returning(NeardupSignature.id)
                ).scalar_one()
                conn.execute(
                    insert(NeardupBand),
                    [
                        {"band_hash": b, "signature_id": sid}
                        for b in dict.fromkeys(band_hashes(sig, self.params))
                    ],
                )

    def remove(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(NeardupSignature).where(NeardupSignature.key == key))

    def __len__(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(NeardupSignature)).scalar_one())


class RedisNearDupIndex(NearDupIndex):
    """Keys: `{prefix}sig` (hash key -> signature bytes), `{prefix}order` (hash key -> insertion
    number), `{prefix}seq` (counter), `{prefix}b:{band_hash}` (set of keys)."""

    def __init__(self, client: Any, prefix: str = "autocrawl:neardup:", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.redis = client
        self.prefix = prefix

    @classmethod
    def from_url(cls, url: str, prefix: str = "autocrawl:neardup:", **kwargs: Any) -> RedisNearDupIndex:
        import redis

        return cls(redis.Redis.from_url(url), prefix, **kwargs)

    def _band_key(self, band: int) -> str:
        return f"{self.prefix}b:{band}"

    def _candidates(self, bands: list[int]) -> set[str]:
        pipe = self.redis.pipeline(transaction=False)
        for b in bands:
            pipe.smembers(self._band_key(b))
        out: set[str] = set()
        for members in pipe.execute():
            out.update(m.decode("utf-8") if isinstance(m, bytes) else m for m in members)
        return out

    def _load(self, keys: Iterable[str]) -> dict[str, tuple[int, Signature]]:
        keys = list(keys)
        if not keys:
            return {}
        pipe = self.redis.pipeline(transaction=False)
        pipe.hmget(f"{self.prefix}sig", keys)
        pipe.hmget(f"{self.prefix}order", keys)
        sigs, orders = pipe.execute()
        out: dict[str, tuple[int, Signature]] = {}
        for key, blob, order in zip(keys, sigs, orders, strict=True):
            if blob is not None:
                out[key] = (int(order or 0), signature_from_bytes(bytes(blob)))
        return out

    def _store(self, key: str, sig: Signature, bands: list[int]) -> None:
        old = self.redis.hget(f"{self.prefix}sig", key)
        pipe = self.redis.pipeline(transaction=True)
        if old is not None:
            for b in band_hashes(signature_from_bytes(bytes(old)), self.params):
                pipe.srem(self._band_key(b), key)
        if old is None:
            pipe.hsetnx(f"{self.prefix}order", key, int(self.redis.incr(f"{self.prefix}seq")))
        pipe.hset(f"{self.prefix}sig", key, signature_to_bytes(sig))
        for b in bands:
            pipe.sadd(self._band_key(b), key)
        pipe.execute()

    def remove(self, key: str) -> None:
        old = self.redis.hget(f"{self.prefix}sig", key)
        if old is None:
            return
        pipe = self.redis.pipeline(transaction=True)
        for b in band_hashes(signature_from_bytes(bytes(old)), self.params):
            pipe.srem(self._band_key(b), key)
        pipe.hdel(f"{self.prefix}sig", key)
        pipe.hdel(f"{self.prefix}order", key)
        pipe.execute()

    def __len__(self) -> int:
        return int(self.redis.hlen(f"{self.prefix}sig"))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.redis.close()
