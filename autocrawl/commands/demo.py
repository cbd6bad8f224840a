"""`autocrawl demo`: serve the bundled demo news site on 127.0.0.1, crawl it into the database
(default: the embedded SQLite file data/autocrawl.db), then show what was stored. No internet needed."""

from __future__ import annotations

import argparse
import sys
from ipaddress import ip_network
from urllib.parse import urlsplit

from sqlalchemy import create_engine, text

from autocrawl.commands.crawl import add_crawl_options, crawl


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_crawl_options(parser)
    parser.add_argument("--port", type=int, default=0, help="port for the demo site (0: any free port)")


def show_store(database_url: str, limit: int = 20) -> None:
    """Print what the database now holds: counts, then the newest articles with their comments."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            counts = {
                table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                for table in ("sites", "articles", "comments", "crawl_runs")
            }
            print(f"\nStored in {database_url}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
            rows = conn.execute(
                text(
                    "SELECT a.title, a.published_at, "
                    "(SELECT count(*) FROM comments c WHERE c.article_id = a.id AND c.deleted_at IS NULL) "
                    "FROM articles a WHERE a.duplicate_of IS NULL ORDER BY a.published_at DESC LIMIT :n"
                ),
                {"n": limit},
            )
            for title, published, n_comments in rows:
                day = str(published)[:10] if published else "undated   "
                print(f"  {day}  {title}  [{n_comments} comment{'' if n_comments == 1 else 's'}]")
    finally:
        engine.dispose()


def allow_own_server(args: argparse.Namespace, base: str) -> argparse.Namespace:
    """The crawl's arguments with the demo server's address added to AUTOCRAWL_ALLOWED_NETWORKS (the
    SSRF guard refuses loopback otherwise), and to the networks the user allowed with -s, if any."""
    address = urlsplit(base).hostname or "127.0.0.1"
    settings = [s for s in args.set if not s.startswith("AUTOCRAWL_ALLOWED_NETWORKS=")]
    allowed = [s.partition("=")[2] for s in args.set if s.startswith("AUTOCRAWL_ALLOWED_NETWORKS=")]
    networks = " ".join(filter(None, [*allowed, str(ip_network(address))]))
    return argparse.Namespace(**{**vars(args), "set": [*settings, f"AUTOCRAWL_ALLOWED_NETWORKS={networks}"]})


def run(args: argparse.Namespace) -> int:
    from autocrawl.demosite import DemoServer, build_demo_site
    from autocrawl.runner import project_settings

    site = build_demo_site()
    with DemoServer(site, port=args.port) as server:
        base = server.base
        print(f"demo news site serving at {base}", file=sys.stderr)
        code = crawl([base + "/"], allow_own_server(args, base))
    database_url = args.db or project_settings().get("DATABASE_URL")
    show_store(database_url)
    return code
