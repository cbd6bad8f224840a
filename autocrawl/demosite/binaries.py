"""Small binary fixtures: a one-page PDF and JPEG-looking bytes (seeded, any size)."""

from __future__ import annotations

import hashlib


def pdf_bytes() -> bytes:
    lines = [
        b"%PDF-1.4",
        b"%\xe2\xe3\xcf\xd3",
        b"1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
        b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
        b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj",
        b"4 0 obj << /Length 60 >> stream",
        b"BT /F1 12 Tf 72 720 Td (Annual report of the harbour board) Tj ET",
        b"endstream endobj",
    ]
    filler = b"\n".join(b"%% padding line %04d ................................................" % i for i in range(60))
    return b"\n".join(lines) + b"\n" + filler + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def jpeg_bytes(seed: int | str = 0, size: int = 2048) -> bytes:
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00\x43\x00" + bytes(
        range(1, 65)
    )
    h = hashlib.sha256(str(seed).encode()).digest()
    payload = (h * (size // len(h) + 1))[:size]
    return head + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + payload.replace(b"\xff", b"\xfe") + b"\xff\xd9"


PDF = pdf_bytes()
JPEG = jpeg_bytes()
