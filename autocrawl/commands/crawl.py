"""`autocrawl crawl URL...`: one crawl of the given sites into the database, safe from cron.

Exit codes: 0 ok (or idle), 1 failed (also: a bad start URL, folder, database or schema found at start), 2 usage
(also: a malformed start or database URL), 75 another run of the same sites holds the lock.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autocrawl.dates import parse_datetime
from autocrawl.runner import EXIT_LOCKED, EXIT_USAGE, lock_names, project_settings, run_crawl
from autocrawl.urls import site_key

if TYPE_CHECKING:
    from scrapy.settings import Settings
    from sqlalchemy import Engine


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL", help="home page, section, robots.txt, sitemap or feed")
    add_crawl_options(parser)


def add_crawl_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", help="SQLAlchemy URL of the store (default: $DATABASE_URL or sqlite:///data/autocrawl.db)"
    )
    parser.add_argument("--max-pages", type=int, default=0, help="stop after this many responses (0: no limit)")
    parser.add_argument("--max-depth", type=int, default=0, help="link hops from a listing page (0: setting)")
    parser.add_argument("--since", help="skip articles published before this ISO date")
    parser.add_argument("--revisit-days", type=float, help="revisit stored articles younger than this for comments")
    parser.add_argument("--wait", action="store_true", help="wait for a running crawl of the same sites to end")
    parser.add_argument(
        "--fail-on-alert", action="store_true", help="a site-health alert fails the run (exit 1, status failed)"
    )
    parser.add_argument("--log-file", help="write the log here instead of stderr")
    parser.add_argument("--log-level", default=None, help="DEBUG, INFO (default), WARNING, ERROR")
    parser.add_argument("-O", "--output", help="also write the items to this feed file (e.g. items.jsonl)")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting")


def settings_overrides(args: argparse.Namespace) -> dict[str, Any]:
    overrides: dict[str, Any] = {}
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"-s takes NAME=VALUE, not {pair!r}")
        overrides[name] = value
    if args.db:
        overrides["DATABASE_URL"] = args.db
    if args.log_file:
        overrides["LOG_FILE"] = args.log_file
    if args.log_level:
        overrides["LOG_LEVEL"] = args.log_level.upper()
    if args.output:
        overrides["FEEDS"] = {args.output: {"format": "jsonlines", "overwrite": True}}
    if getattr(args, "fail_on_alert", False):
        overrides["AUTOCRAWL_FAIL_ON_ALERT"] = True
    return overrides


def spider_arguments(args: argparse.Namespace) -> dict[str, Any]:
    spider_args: dict[str, Any] = {}
    if args.max_pages:
        spider_args["max_pages"] = args.max_pages
    if args.max_depth:
        spider_args["max_depth"] = args.max_depth
    if args.since:
        spider_args["since"] = args.since
    if args.revisit_days is not None:
        spider_args["revisit_days"] = args.revisit_days
    return spider_args


def check_start(command: str, urls: list[str], args: argparse.Namespace) -> tuple[Settings, Engine] | int:
    """The settings and a checked database engine, or the exit code after one sentence on stderr
    (autocrawl.preflight): nothing is crawled on a bad URL, folder or database."""
    from autocrawl.preflight import StartupError, check_folder_writable, check_start_urls, open_checked_engine

    try:
        settings = project_settings(settings_overrides(args))
        check_start_urls(urls)
        if args.since and parse_datetime(args.since) is None:
            raise ValueError(f"--since {args.since!r} is not a date: give an ISO 8601 date such as 2024-01-31")
        if settings.get("LOG_FILE"):
            check_folder_writable(Path(settings.get("LOG_FILE")), "the log file")
        engine = open_checked_engine(
            settings.get("DATABASE_URL"),
            settings.getbool("DATABASE_AUTO_UPGRADE_SQLITE"),
            settings.getfloat("DATABASE_ANSWER_TIMEOUT"),
        )
    except ValueError as exc:
        print(f"autocrawl {command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except StartupError as exc:
        print(f"autocrawl {command}: {exc}", file=sys.stderr)
        return exc.exit_code
    return settings, engine


def crawl(urls: list[str], args: argparse.Namespace) -> int:
    """Check the start, take the lock, crawl, print the JSON summary; return the exit code."""
    from autocrawl.db.lock import LockHeld, crawl_lock
    from autocrawl.db.runs import record_locked_run

    checked = check_start("crawl", urls, args)
    if isinstance(checked, int):
        return checked
    settings, engine = checked
    try:
        with crawl_lock(engine, lock_names({site_key(u) for u in urls}), wait=args.wait):
            settings.set("AUTOCRAWL_LOCK_HELD", True, priority="cmdline")
            result = run_crawl(urls, settings, spider_arguments(args))
    except LockHeld as exc:
        record_locked_run(engine, "news", {"urls": urls}, str(exc))
        print(
            f"autocrawl crawl: another crawl of these sites is running ({exc}); exiting with code 75. "
            "Use --wait to wait for it.",
            file=sys.stderr,
        )
        return EXIT_LOCKED
    finally:
        engine.dispose()
    summary = result.summary()
    print(json.dumps(summary, ensure_ascii=False, sort_keys=False), flush=True)
    logging.getLogger("autocrawl").info("run %s in %.1fs", summary["status"], result.seconds)
    return result.exit_code


def run(args: argparse.Namespace) -> int:
    return crawl(args.urls, args)
