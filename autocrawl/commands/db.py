"""`autocrawl db`: manage the store's schema.

  autocrawl db upgrade [REV]      upgrade to REV (default: head)
  autocrawl db downgrade [REV]    downgrade to REV (default: one step, -1; "base" empties it)
  autocrawl db current            print the database's revision and the code's head
  autocrawl db check              exit 0 when the database is at head, 1 when it needs an upgrade

--db URL (default: $DATABASE_URL, else sqlite:///data/autocrawl.db).
"""

from __future__ import annotations

import argparse
import sys

from autocrawl.db.engine import default_database_url, display_url, make_engine
from autocrawl.db.schema import current_revision, downgrade, head_revision, upgrade


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = __doc__
    parser.add_argument("action", choices=["upgrade", "downgrade", "current", "check"])
    parser.add_argument("revision", nargs="?", default=None, help="target revision (upgrade: head, downgrade: -1)")
    parser.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="SQLAlchemy database URL (default: $DATABASE_URL or sqlite:///data/autocrawl.db)",
    )


def run(args: argparse.Namespace) -> int:
    url = args.db or default_database_url()
    engine = make_engine(url)
    shown = display_url(url)
    try:
        head = head_revision()
        if args.action == "upgrade":
            target = args.revision or "head"
            before = current_revision(engine)
            upgrade(engine, target)
            after = current_revision(engine)
            print(f"{shown}: {before or '<empty>'} -> {after or '<empty>'}")
            return 0
        if args.action == "downgrade":
            target = args.revision or "-1"
            before = current_revision(engine)
            if before is None:
                print(f"{shown}: already empty (no schema)")
                return 0
            downgrade(engine, target)
            after = current_revision(engine)
            print(f"{shown}: {before} -> {after or '<empty>'}")
            return 0
        current = current_revision(engine)
        if args.action == "current":
            state = "up to date" if current == head else "needs upgrade"
            print(f"{shown}: revision {current or '<empty>'} (head {head}, {state})")
            return 0
        # check
        if current == head:
            print(f"{shown}: at head {head}")
            return 0
        print(
            f"{shown}: at {current or '<empty>'}, head is {head}: run `autocrawl db upgrade --db {shown}`",
            file=sys.stderr,
        )
        return 1
    except Exception as exc:
        print(f"autocrawl db {args.action}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
