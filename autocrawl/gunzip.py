"""Gzip streams unpacked within a bound: a sitemap saved as `.xml.gz`, a page a server compressed twice.

A bomb is stopped after `max_size + 1` bytes, never held in memory whole. A stream of several members
(RFC 1952 §2.2) is read to its end; one cut short gives what it held."""

from __future__ import annotations

import zlib

GZIP_MAGIC = b"\x1f\x8b"  # the first two bytes of every gzip member


class TooLarge(ValueError):
    """A gzip stream that unpacks past the size allowed."""


def is_gzip(data: bytes) -> bool:
    return isinstance(data, bytes) and data.startswith(GZIP_MAGIC)


def gunzip_within(data: bytes, max_size: int) -> bytes:
    """What the gzip stream `data` holds, at most `max_size` bytes of it (0 or less: no bound, as
    DOWNLOAD_MAXSIZE=0 means). Raises `TooLarge` past the bound and `zlib.error` on a stream that is
    no gzip or is corrupt; gives b"" for bytes that do not start as gzip."""
    out = bytearray()
    pending = data
    while pending.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out += inflater.decompress(pending, max_size + 1 - len(out) if max_size > 0 else 0)
        if max_size > 0 and (len(out) > max_size or inflater.unconsumed_tail):
            raise TooLarge(f"over {max_size} bytes once unpacked")
        if not inflater.eof:
            break  # cut short: what came through
        pending = inflater.unused_data
    return bytes(out)
