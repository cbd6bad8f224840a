"""`autocrawl changes --since N [--limit L] [--db URL]`: the change feed as JSON lines.

One line per article or comment changed after cursor N (`{"type", "key", "change_seq", ...
fields}`), in change_seq order, then `{"next_since": M}`: pass M as --since next time.
At-least-once: a row may come again; consumers dedupe on (type, key). docs/schema.md.
"""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.exc import SQLAlchemyError

from autocrawl.db.engine import default_database_url, display_url, make_engine
from autocrawl.db.feed import read_changes
from autocrawl.runner import EXIT_FAILED, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=int, default=0, help="cursor: the next_since of the last read (default 0)")
    parser.add_argument("--limit", type=int, default=1000, help="at most this many changes (default 1000)")
    parser.add_argument(
        "--db", help="SQLAlchemy URL of the store (default: $DATABASE_URL or sqlite:///data/autocrawl.db)"
    )


def run(args: argparse.Namespace) -> int:
    url = args.db or default_database_url()
    engine = make_engine(url)
    try:
        changes, next_since = read_changes(engine, args.since, args.limit)
    except SQLAlchemyError as exc:
        print(f"autocrawl changes: cannot read the feed from {display_url(url)}: {type(exc).__name__}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        engine.dispose()
    out = sys.stdout
    for change in changes:
        out.write(json.dumps(change.as_json(), ensure_ascii=False) + "\n")
    out.write(json.dumps({"next_since": next_since}) + "\n")
    return EXIT_OK
