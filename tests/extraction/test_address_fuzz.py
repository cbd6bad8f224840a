"""Real pages with every address made malformed: no field of the article, no comment and no link
extraction may fail on them. urllib raises on some addresses a page can hold (an IPv6 bracket never
closed, a port past 65535); before stop 31, one such address failed the field that met it whole (the
canonical, every image, the published date, the authors, the title).

The pages are read in place from ../shared/corpora (never copied); the test skips without them."""

from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import pytest

from autocrawl.discovery import html_links
from autocrawl.extraction import extract_article, extract_comments

ROOT = Path(__file__).resolve().parents[2]
CORPORA = next((p / "shared" / "corpora" for p in ROOT.parents if (p / "shared" / "corpora").is_dir()), None)
PAGES_PER_CORPUS = 12
MALFORMED = [
    "http://[::1",
    "//[",
    "https://[v1.x/a",
    "http://news.example.com:99999/",
    "https://[::1]:70000/x",
    "http://%zz/",
    "http://a b/",
    "http://\udc80/",
    "http://:80/",
    "https://news.example.com:-1/",
]
_ADDRESS = re.compile(
    rb"""((?:href|src|srcset|data-src|content|action|cite|poster)=)(["'])(?:https?:)?//?[^"']*\2""", re.I
)
_JSON_ADDRESS = re.compile(rb'"(url|@id|mainEntityOfPage|image|sameAs|discussionUrl|contentUrl)"\s*:\s*"[^"]*"')


def _pages() -> list[tuple[str, Path, str]]:
    if CORPORA is None:
        return []
    out = []
    for corpus in ("fundus", "trafilatura-eval", "readability", "postlight", "comments"):
        truth = CORPORA / corpus / "truth.jsonl"
        if not truth.is_file():
            continue
        records = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
        for record in random.Random(31).sample(records, min(PAGES_PER_CORPUS, len(records))):
            out.append((corpus, CORPORA / corpus / record["file"], record.get("url") or ""))
    return out


def _malformed(raw: bytes, address: str) -> bytes:
    value = address.encode("utf-8", "surrogatepass")
    raw = _ADDRESS.sub(lambda m: m.group(1) + m.group(2) + value + m.group(2), raw)
    return _JSON_ADDRESS.sub(lambda m: b'"' + m.group(1) + b'":"' + value + b'"', raw)


def test_pages_whose_every_address_is_malformed_lose_no_field() -> None:
    pages = _pages()
    if not pages:
        pytest.skip("corpora not found beside the checkout")
    failures = []
    for index, (corpus, path, url) in enumerate(pages):
        raw = path.read_bytes()
        raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
        html = _malformed(raw, MALFORMED[index % len(MALFORMED)])
        article = extract_article(html, url)
        failures += [(corpus, path.name, w) for w in article.warnings if w.startswith("extraction-error")]
        comments = extract_comments(html, url)
        if comments.error:
            failures.append((corpus, path.name, f"comments: {comments.error}"))
        html_links(html, url)  # raises on a fault
    assert failures == []
    assert len(pages) >= 40
