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
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from autocrawl.db.engine import KeptLookups, reader
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

DEFAULT_MIN_WORDS = 30
_PENDING_ORDER = (
    1 << 62
)  # insertion order of signatures not yet written: after every stored one  # shorter texts (teasers, briefs) are not compared: too few shingles to judge


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
        self._last_bands: tuple[Signature, list[int]] | None = None

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

    def bands(self, sig: Signature) -> list[int]:
        """The signature's LSH band hashes; those of the last signature are kept, as an article
        is queried and then added with the same one."""
        last = self._last_bands
        if last is not None and last[0] is sig:
            return last[1]
        bands = band_hashes(sig, self.params)
        self._last_bands = (sig, bands)
        return bands

    def query_signature(self, sig: Signature, exclude: str | None = None) -> NearMatch | None:
        candidates = self._candidates(self.bands(sig))
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
        self._store(key, sig, self.bands(sig))

    def add(self, key: str, text: str) -> bool:
        """Index `text` under `key` (replacing an older one); False when too short to index."""
        sig = self.signature(text)
        if sig is None:
            return False
        self.add_signature(key, sig)
        return True

    def flush(self) -> None:  # noqa: B027 - optional hook
        """Write what the index holds back (DatabaseNearDupIndex with write_batch > 1)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        pass


class MemoryNearDupIndex(NearDupIndex):
    """In-process index, compact: signatures in one growing uint32 matrix, band hash -> slot
    (an int, or a list of ints for the rare shared band), keys in a list. ~1.5 KB per article."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._slot: dict[str, int] = {}
        self._keys: list[str | None] = []
        self._matrix = np.zeros((1024, self.hasher.num_perm), dtype=np.uint32)
        self._bands: dict[int, int | list[int]] = {}

    def _candidates(self, bands: list[int]) -> set[str]:
        out: set[str] = set()
        for b in bands:
            hit = self._bands.get(b)
            if hit is None:
                continue
            for slot in (hit,) if isinstance(hit, int) else hit:
                key = self._keys[slot]
                if key is not None:
                    out.add(key)
        return out

    def _load(self, keys: Iterable[str]) -> dict[str, tuple[int, Signature]]:
        return {k: (self._slot[k], self._matrix[self._slot[k]]) for k in keys if k in self._slot}

    def _band_add(self, band: int, slot: int) -> None:
        hit = self._bands.get(band)
        if hit is None:
            self._bands[band] = slot
        elif isinstance(hit, int):
            if hit != slot:
                self._bands[band] = [hit, slot]
        elif slot not in hit:
            hit.append(slot)

    def _band_remove(self, band: int, slot: int) -> None:
        hit = self._bands.get(band)
        if hit is None:
            return
        if isinstance(hit, int):
            if hit == slot:
                del self._bands[band]
            return
        if slot in hit:
            hit.remove(slot)
        if len(hit) == 1:
            self._bands[band] = hit[0]

    def _store(self, key: str, sig: Signature, bands: list[int]) -> None:
        slot = self._slot.get(key)
        if slot is not None:  # replace in place: keeps its insertion order
            for b in band_hashes(self._matrix[slot], self.params):
                self._band_remove(b, slot)
        else:
            slot = len(self._keys)
            if slot >= self._matrix.shape[0]:
                grown = np.zeros((self._matrix.shape[0] * 2, self._matrix.shape[1]), dtype=np.uint32)
                grown[:slot] = self._matrix[:slot]
                self._matrix = grown
            self._keys.append(key)
            self._slot[key] = slot
        self._matrix[slot] = sig
        for b in bands:
            self._band_add(b, slot)

    def remove(self, key: str) -> None:
        slot = self._slot.pop(key, None)
        if slot is None:
            return
        for b in band_hashes(self._matrix[slot], self.params):
            self._band_remove(b, slot)
        self._keys[slot] = None

    def __len__(self) -> int:
        return len(self._slot)


class DatabaseNearDupIndex(NearDupIndex):
    """Signatures and band hashes in the store's database (tables of migration 0001).

    `write_batch` > 1: added signatures are kept in memory (and answer queries from there) and
    written `write_batch` at a time in one transaction, by `flush()` (also called by `close()`
    and by every other method that reads or changes the table). 1 (the default): each
    `add` writes at once."""

    def __init__(self, engine: Engine, *args: Any, write_batch: int = 1, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.engine = engine
        self.read_engine = reader(engine)
        self._lookups = KeptLookups(engine)  # for _candidate_rows
        self.write_batch = max(1, write_batch)
        # key -> (signature, its band hashes), in insertion order, not yet written
        self._pending: dict[str, tuple[Signature, frozenset[int]]] = {}

    def flush(self) -> None:
        """Write the pending signatures (one transaction; per key on a conflict)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        now = utcnow()
        try:
            with self.engine.begin() as conn:
                keys = list(pending)
                old: dict[str, int] = {}
                for i in range(0, len(keys), 500):
                    rows = conn.execute(
                        select(NeardupSignature.key, NeardupSignature.id).where(
                            NeardupSignature.key.in_(keys[i : i + 500])
                        )
                    )
                    old.update((key, sid) for key, sid in rows)
                new = [k for k in keys if k not in old]
                ids: dict[str, int] = dict(old)
                if new:
                    new_ids = (
                        conn.execute(
                            insert(NeardupSignature).returning(NeardupSignature.id, sort_by_parameter_order=True),
                            [{"key": k, "signature": signature_to_bytes(pending[k][0]), "added_at": now} for k in new],
                        )
                        .scalars()
                        .all()
                    )
                    ids.update(zip(new, new_ids, strict=True))
                for key, sid in old.items():
                    conn.execute(
                        update(NeardupSignature)
                        .where(NeardupSignature.id == sid)
                        .values(signature=signature_to_bytes(pending[key][0]))
                    )
                    conn.execute(delete(NeardupBand).where(NeardupBand.signature_id == sid))
                conn.execute(
                    insert(NeardupBand),
                    [{"band_hash": b, "signature_id": ids[k]} for k in keys for b in pending[k][1]],
                )
        except IntegrityError:
            # another process indexed one of these keys meanwhile: one by one, theirs stands
            for key, (sig, _) in pending.items():
                self._write(key, sig, band_hashes(sig, self.params))
        except Exception:
            # nothing was written (e.g. the connection was lost): keep them for the next flush
            self._pending = {**pending, **self._pending}
            raise

    def _pending_matches(self, bands: list[int]) -> list[tuple[str, int, Signature]]:
        if not self._pending:
            return []
        wanted = set(bands)
        return [
            (key, _PENDING_ORDER + n, sig)
            for n, (key, (sig, own)) in enumerate(self._pending.items())
            if not own.isdisjoint(wanted)
        ]

    def _candidates(self, bands: list[int]) -> set[str]:
        self.flush()
        stmt = (
            select(NeardupSignature.key)
            .join(NeardupBand, NeardupBand.signature_id == NeardupSignature.id)
            .where(NeardupBand.band_hash.in_(bands))
        )
        with self.read_engine.connect() as conn:
            return set(conn.execute(stmt).scalars())

    def _candidate_rows(self, bands: list[int]) -> list[Any]:
        """(key, id, signature) of the articles sharing a band, on a kept connection with plain
        SQL (the per-article hot path; Core costs ~3x more here). Two indexed lookups rather
        than a join, so the plan never depends on table statistics (a join planned on stale
        statistics after a bulk load hash-joins the whole signature table)."""
        style = self.engine.dialect.paramstyle
        if style not in ("qmark", "format", "pyformat"):
            with self.read_engine.connect() as conn:
                ids = list(
                    conn.execute(
                        select(NeardupBand.signature_id).where(NeardupBand.band_hash.in_(bands)).distinct()
                    ).scalars()
                )
                if not ids:
                    return []
                stmt = select(NeardupSignature.key, NeardupSignature.id, NeardupSignature.signature).where(
                    NeardupSignature.id.in_(ids)
                )
                return list(conn.execute(stmt).all())
        mark = "?" if style == "qmark" else "%s"

        def marks(n: int) -> str:
            return ", ".join([mark] * n)

        def lookup(conn: Connection) -> list[Any]:
            ids = list(
                dict.fromkeys(
                    r[0]
                    for r in conn.exec_driver_sql(
                        f"SELECT signature_id FROM neardup_bands WHERE band_hash IN ({marks(len(bands))})",
                        tuple(bands),
                    )
                )
            )
            if not ids:
                return []
            return list(
                conn.exec_driver_sql(
                    f"SELECT key, id, signature FROM neardup_signatures WHERE id IN ({marks(len(ids))})",
                    tuple(ids),
                ).all()
            )

        return self._lookups.read(lookup)

    def query_signature(self, sig: Signature, exclude: str | None = None) -> NearMatch | None:
        best: tuple[int, NearMatch] | None = None
        bands = self.bands(sig)
        stored: set[str] = set()
        for key, sid, blob in self._candidate_rows(bands):
            stored.add(key)
            if key == exclude:
                continue
            replaced = self._pending.get(key)  # re-added, not written yet: the new signature
            other = replaced[0] if replaced is not None else signature_from_bytes(bytes(blob))
            sim = jaccard_estimate(sig, other)
            if sim >= self.threshold and (best is None or sid < best[0]):
                best = (sid, NearMatch(key, sim))
        if best is None:  # pending ones were added after every stored one
            for key, order, other in self._pending_matches(bands):
                if key == exclude or key in stored:
                    continue
                sim = jaccard_estimate(sig, other)
                if sim >= self.threshold and (best is None or order < best[0]):
                    best = (order, NearMatch(key, sim))
        return best[1] if best else None

    def close(self) -> None:
        self.flush()
        self._lookups.close()

    def _load(self, keys: Iterable[str]) -> dict[str, tuple[int, Signature]]:
        self.flush()
        keys = list(keys)
        out: dict[str, tuple[int, Signature]] = {}
        with self.read_engine.connect() as conn:
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
        if self.write_batch <= 1:
            self._write(key, sig, bands)
            return
        self._pending[key] = (sig, frozenset(bands))
        if len(self._pending) >= self.write_batch:
            self.flush()

    def _write(self, key: str, sig: Signature, bands: list[int]) -> None:
        blob = signature_to_bytes(sig)
        try:
            with self.engine.begin() as conn:
                sid = conn.execute(select(NeardupSignature.id).where(NeardupSignature.key == key)).scalar_one_or_none()
                if sid is None:
                    sid = conn.execute(
                        insert(NeardupSignature)
                        .values(key=key, signature=blob, added_at=utcnow())
                        .returning(NeardupSignature.id)
                    ).scalar_one()
                else:
                    conn.execute(update(NeardupSignature).where(NeardupSignature.id == sid).values(signature=blob))
                    conn.execute(delete(NeardupBand).where(NeardupBand.signature_id == sid))
                unique_bands = list(dict.fromkeys(bands))
                conn.execute(insert(NeardupBand), [{"band_hash": b, "signature_id": sid} for b in unique_bands])
        except IntegrityError:
            # another process indexed the same key at the same moment: theirs stands
            pass

    def add_many(self, items: Iterable[tuple[str, Signature]]) -> None:
        """Bulk load of new keys (bench, backfill): one transaction, batched statements."""
        self.flush()
        pairs = list(items)
        if not pairs:
            return
        now = utcnow()
        with self.engine.begin() as conn:
            ids = (
                conn.execute(
                    insert(NeardupSignature).returning(NeardupSignature.id, sort_by_parameter_order=True),
                    [{"key": k, "signature": signature_to_bytes(sig), "added_at": now} for k, sig in pairs],
                )
                .scalars()
                .all()
            )
            conn.execute(
                insert(NeardupBand),
                [
                    {"band_hash": b, "signature_id": sid}
                    for sid, (_, sig) in zip(ids, pairs, strict=True)
                    for b in dict.fromkeys(band_hashes(sig, self.params))
                ],
            )
            if conn.dialect.name == "postgresql":  # fresh statistics after a bulk load
                conn.exec_driver_sql("ANALYZE neardup_signatures")
                conn.exec_driver_sql("ANALYZE neardup_bands")

    def remove(self, key: str) -> None:
        self.flush()
        with self.engine.begin() as conn:
            conn.execute(delete(NeardupSignature).where(NeardupSignature.key == key))

    def __len__(self) -> int:
        self.flush()
        with self.read_engine.connect() as conn:
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
