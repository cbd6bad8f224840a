"""`autocrawl report [--site KEY] [--html FILE] [--db URL]`: each site's extraction health over
time (the `site_health` rows every crawl writes), as a text table, or as one self-contained HTML
file with a chart per site and figure in which a run that raised an alert shows in red.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from autocrawl.db.engine import default_database_url, display_url, make_engine
from autocrawl.db.health import health_rows
from autocrawl.report import html_report, text_report
from autocrawl.runner import EXIT_FAILED, EXIT_OK


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--site", help="one site's key (host), e.g. www.example-news.com")
    parser.add_argument("--html", metavar="FILE", help="write an HTML report with charts here")
    parser.add_argument(
        "--db", help="SQLAlchemy URL of the store (default: $DATABASE_URL or sqlite:///data/autocrawl.db)"
    )


def run(args: argparse.Namespace) -> int:
    url = args.db or default_database_url()
    engine = make_engine(url)
    try:
        rows = health_rows(engine, args.site)
    except SQLAlchemyError as exc:
        print(
            f"autocrawl report: cannot read site health from {display_url(url)}: {type(exc).__name__}", file=sys.stderr
        )
        return EXIT_FAILED
    finally:
        engine.dispose()
    if args.html:
        Path(args.html).write_text(html_report(rows), encoding="utf-8")
        print(f"wrote {args.html}: {len({r['site_key'] for r in rows})} site(s), {len(rows)} measurement(s)")
    else:
        sys.stdout.write(text_report(rows))
    return EXIT_OK
