"""The `autocrawl` command: crawl, demo, worker, db, extract, report, changes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from importlib import import_module

# subcommand -> (module under autocrawl.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "crawl": ("crawl", "crawl news sites into the database (safe from cron: locked, incremental)"),
    "demo": ("demo", "serve the bundled demo news site on 127.0.0.1 and crawl it into the database"),
    "worker": ("worker", "one of several crawl processes sharing a queue in Redis (scrapy-redis)"),
    "db": ("db", "database schema: upgrade, downgrade, current, check"),
    "extract": ("extract", "run the extractors on saved pages (one file, or a JSON-lines batch)"),
    "changes": ("changes", "the change feed: articles and comments changed after a cursor, as JSON lines"),
    "report": ("report", "each site's extraction health over time, as text or an HTML report with charts"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="autocrawl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in COMMANDS.items():
        module = import_module(f"autocrawl.commands.{module_name}")
        sub_parser = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(sub_parser)
        sub_parser.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
