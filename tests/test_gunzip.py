"""The bounded gunzip shared by sitemaps (`.xml.gz`) and pages a server compressed twice."""

from __future__ import annotations

import gzip
import random
import zlib

import pytest

from autocrawl.gunzip import TooLarge, gunzip_within

_WORDS = random.Random(7).choices(["harbour", "board", "tide", "ferry", "council", "vote", "quay", "storm"], k=600)
PAGE = f"<html><body><h1>A story</h1><p>{' '.join(_WORDS)}</p></body></html>".encode()


def test_one_member_several_members_and_a_cut_stream() -> None:
    assert gunzip_within(gzip.compress(PAGE), 0) == PAGE
    assert gunzip_within(gzip.compress(PAGE[:100]) + gzip.compress(PAGE[100:]), 0) == PAGE
    cut = gzip.compress(PAGE)[:-100]  # the stream stops before its end: what it held so far
    held = gunzip_within(cut, 0)
    assert PAGE.startswith(held) and 1000 < len(held) < len(PAGE)


def test_a_stream_that_unpacks_past_the_bound_is_refused() -> None:
    assert gunzip_within(gzip.compress(PAGE), len(PAGE)) == PAGE  # exactly at the bound
    with pytest.raises(TooLarge):
        gunzip_within(gzip.compress(PAGE), len(PAGE) - 1)
    with pytest.raises(TooLarge):
        gunzip_within(gzip.compress(b"x" * 5_000_000), 1_000_000)


def test_bytes_that_only_look_like_gzip_are_refused_and_others_give_nothing() -> None:
    with pytest.raises(zlib.error):
        gunzip_within(b"\x1f\x8b\x08" + bytes(range(256)), 0)
    assert gunzip_within(PAGE, 0) == b""


def test_no_bound_at_zero_as_download_maxsize_means() -> None:
    assert gunzip_within(gzip.compress(PAGE * 50), 0) == PAGE * 50
    assert gunzip_within(gzip.compress(PAGE * 50), -1) == PAGE * 50
