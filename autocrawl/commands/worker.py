"""`autocrawl worker URL... --redis URL`: one of several processes sharing a crawl through Redis.

Every worker runs the same command; scrapy-redis shares the request queue and the seen-requests
filter, the database is shared through DATABASE_URL (PostgreSQL). Workers do not take the
per-site crawl lock, which exists to keep separate cron runs apart.
"""

from __future__ import annotations

import argparse
import json
import sys

from autocrawl.commands.crawl import add_crawl_options, settings_overrides, spider_arguments
from autocrawl.runner import EXIT_FAILED, EXIT_OK, EXIT_USAGE, project_settings, run_crawl


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL")
    parser.add_argument("--redis", required=True, help="Redis URL, e.g. redis://127.0.0.1:6379/0")
    parser.add_argument("--redis-prefix", default="autocrawl", help="prefix of the crawl's Redis keys")
    add_crawl_options(parser)


def run(args: argparse.Namespace) -> int:
    try:
        overrides = settings_overrides(args)
    except ValueError as exc:
        print(f"autocrawl worker: {exc}", file=sys.stderr)
        return EXIT_USAGE
    overrides.update(AUTOCRAWL_REDIS_URL=args.redis, AUTOCRAWL_REDIS_PREFIX=args.redis_prefix, AUTOCRAWL_LOCK_HELD=True)
    result = run_crawl(args.urls, project_settings(overrides), spider_arguments(args))
    print(json.dumps(result.summary(), ensure_ascii=False), flush=True)
    return EXIT_OK if result.ok else EXIT_FAILED
