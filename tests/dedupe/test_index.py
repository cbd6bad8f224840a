# ruff: noqa: E501  (prose fixtures)
from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from autocrawl.db.engine import make_engine
from autocrawl.db.schema import upgrade
from autocrawl.dedupe.index import (
    DatabaseNearDupIndex,
    MemoryNearDupIndex,
    NearDupIndex,
    RedisNearDupIndex,
)

STORY = (
    "Firefighters battled a large blaze at a warehouse on the industrial estate for most of the night, "
    "the fire service said on Sunday. Nobody was hurt, but residents of nearby streets were advised to keep "
    "windows and doors closed because of the thick smoke. Twelve engines and an aerial ladder platform were "
    "sent to the scene shortly after midnight, and crews were expected to remain there for much of the day to "
    "damp down hot spots. The cause of the fire is not yet known and an investigation has begun. The owner of "
    "the building, a logistics company, said it was cooperating fully with the authorities and thanked the "
    "emergency services for their quick response. Several roads around the estate were closed and drivers were "
    "asked to avoid the area. A spokesperson for the council said environmental health officers would monitor "
    "air quality and that a nearby primary school would open as normal on Monday."
)
SYNDICATED = (
    "By Staff Reporter. " + STORY.replace("on Sunday", "early on Sunday") + " This story was provided by a news agency."
)


def unrelated(seed: int) -> str:
    rng = random.Random(seed)
    vocab = [f"term{i}" for i in range(4000)]
    return " ".join(rng.choice(vocab) for _ in range(150))


def exercise(index: NearDupIndex) -> None:
    assert index.add("https://a.example/fire", STORY)
    for i in range(20):
        index.add(f"https://a.example/other/{i}", unrelated(i))
    match = index.query(SYNDICATED)
    assert match is not None and match.key == "https://a.example/fire" and match.similarity >= 0.8
    assert index.query(unrelated(999)) is None
    # a later near copy does not replace the earliest as the answer
    index.add("https://c.example/fire-copy", STORY + " Update.")
    match = index.query(SYNDICATED)
    assert match is not None and match.key == "https://a.example/fire"
    # the key itself is excluded (a re-crawl of the same URL is not a duplicate)
    assert index.query(STORY, exclude="https://a.example/fire") is not None  # the copy
    index.remove("https://c.example/fire-copy")
    assert index.query(STORY, exclude="https://a.example/fire") is None
    # re-adding a key replaces its signature (and keeps its place)
    index.add("https://a.example/fire", unrelated(5000))
    assert index.query(SYNDICATED) is None
    assert len(index) == 21
    # too short to judge
    assert not index.add("https://a.example/brief", "Road closed.")
    assert index.query("Road closed.") is None


def test_memory_index() -> None:
    exercise(MemoryNearDupIndex(threshold=0.8))


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    eng = make_engine(database_url)
    upgrade(eng)
    yield eng
    eng.dispose()


def test_database_index(engine: Engine) -> None:
    exercise(DatabaseNearDupIndex(engine, threshold=0.8))
    # persistent: a new instance (another run/process) sees the same index
    again = DatabaseNearDupIndex(engine, threshold=0.8)
    assert len(again) == 21


def test_redis_index(redis_url: str, redis_prefix: str) -> None:
    index = RedisNearDupIndex.from_url(redis_url, redis_prefix, threshold=0.8)
    try:
        exercise(index)
        other = RedisNearDupIndex.from_url(redis_url, redis_prefix, threshold=0.8)
        assert len(other) == 21
        other.close()
        assert all(k.decode().startswith(redis_prefix) for k in index.redis.scan_iter(match=f"{redis_prefix}*"))
    finally:
        index.close()


def test_threshold_configurable() -> None:
    strict = MemoryNearDupIndex(threshold=0.99)
    strict.add("k", STORY)
    assert strict.query(SYNDICATED) is None
    with pytest.raises(ValueError):
        MemoryNearDupIndex(threshold=0)
