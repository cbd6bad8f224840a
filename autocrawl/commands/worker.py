"""`autocrawl worker URL... --redis URL`: one of several processes sharing a crawl through Redis.

Every worker runs the same command; scrapy-redis shares the request queue and the seen-requests
filter, the database is shared through DATABASE_URL (PostgreSQL). Workers do not take the
per-site crawl lock, which exists to keep separate cron runs apart. An unreachable or
out-of-date database, or an unreachable Redis, is one sentence and exit 1 before the worker
takes any work.
"""

from __future__ import annotations

import argparse
import json
import sys

from autocrawl.commands.crawl import add_crawl_options, check_start, spider_arguments
from autocrawl.runner import run_crawl


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL")
    parser.add_argument("--redis", required=True, help="Redis URL, e.g. redis://127.0.0.1:6379/0")
    parser.add_argument("--redis-prefix", default="autocrawl", help="prefix of the crawl's Redis keys")
    add_crawl_options(parser)


def run(args: argparse.Namespace) -> int:
    from autocrawl.preflight import StartupError, check_redis

    checked = check_start("worker", args.urls, args)
    if isinstance(checked, int):
        return checked  # one sentence printed: nothing taken from the queue
    settings, engine = checked
    engine.dispose()
    try:
        check_redis(args.redis)
    except StartupError as exc:
        print(f"autocrawl worker: {exc}", file=sys.stderr)
        return exc.exit_code
    for name, value in {
        "AUTOCRAWL_REDIS_URL": args.redis,
        "AUTOCRAWL_REDIS_PREFIX": args.redis_prefix,
        "AUTOCRAWL_LOCK_HELD": True,
    }.items():
        settings.set(name, value, priority="cmdline")
    result = run_crawl(args.urls, settings, spider_arguments(args))
    print(json.dumps(result.summary(), ensure_ascii=False), flush=True)
    return result.exit_code
