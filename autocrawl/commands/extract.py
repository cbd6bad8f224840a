"""`autocrawl extract`: run the pure extractors on files, one page or a JSON-lines batch."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any

from autocrawl.extraction import extract_article, extract_comments


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", help="an HTML file (omit with --jsonl)")
    parser.add_argument("--url", default="", help="the URL the page was fetched from")
    parser.add_argument("--content-type", default=None, help="the HTTP Content-Type, when known")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='batch mode: read {"id","path","url"} lines on stdin, write one JSON line per page',
    )
    parser.add_argument("--comments", action="store_true", help="extract reader comments instead of the article")


def _article_record(html: bytes, url: str, content_type: str | None) -> dict[str, Any]:
    return extract_article(html, url, content_type).to_dict()


def _comments_record(html: bytes, url: str, content_type: str | None) -> dict[str, Any]:
    page = extract_comments(html, url, content_type)
    return {
        "comments": [
            {
                "author": c.author,
                "published": c.published,
                "text": c.text,
                "parent": c.parent,
                "external_id": c.external_id,
            }
            for c in page.comments
        ],
        "next_page_url": page.next_page_url,
        "declared_count": page.declared_count,
    }


def run_batch(stdin: IO[str], stdout: IO[str], comments: bool) -> int:
    """One JSON line out per line in; a failing page gives `{"id", "error"}` and the batch goes on."""
    extract = _comments_record if comments else _article_record
    for line in stdin:
        line = line.strip()
        if not line:
            continue
        page_id: Any = None
        try:
            request = json.loads(line)
            page_id = request.get("id")
            html = Path(request["path"]).read_bytes()
            record = {"id": page_id, **extract(html, request.get("url") or "", request.get("content_type"))}
        except Exception as exc:  # one bad page must not end the batch
            record = {"id": page_id, "error": f"{type(exc).__name__}: {exc}"}
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def run(args: argparse.Namespace) -> int:
    if args.jsonl:
        return run_batch(sys.stdin, sys.stdout, args.comments)
    if not args.file:
        print("autocrawl extract: give a FILE, or --jsonl", file=sys.stderr)
        return 2
    try:
        html = Path(args.file).read_bytes()
    except OSError as exc:  # a missing or unreadable file is the user's to fix: one line, no traceback
        print(f"autocrawl extract: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    extract = _comments_record if args.comments else _article_record
    print(json.dumps(extract(html, args.url, args.content_type), ensure_ascii=False, indent=2))
    return 0
