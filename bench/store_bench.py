"""Store throughput: rows written per second by `Repository.save_articles`, on SQLite and PostgreSQL.

    python bench/store_bench.py [--articles 500] [--comments 40] [--batch 50] [--backend sqlite|postgresql|both]

Three passes over the same generated articles, in batches of STORE_BATCH_SIZE as the store
pipeline sends them:
- `new`: every article new, with its comments (threaded, half with site ids) and URL forms;
- `recrawl`: the same articles again, each with one comment edited, one gone and one new, and one
  article in ten retitled (a new version);
- `url_forms`: one more URL form per article, through `add_url_forms`.
Rows written: rows inserted plus rows updated (a re-crawl touches every comment it sees again).
SQLite: a file in a temporary folder; PostgreSQL: a temporary database on 127.0.0.1:5432
(AUTOCRAWL_BENCH_PG: a libpq DSN of a maintenance database), dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import Engine, func, select  # noqa: E402

from autocrawl.db.engine import make_engine  # noqa: E402
from autocrawl.db.models import Article, ArticleUrl, ArticleVersion, Comment  # noqa: E402
from autocrawl.db.repository import Repository  # noqa: E402
from autocrawl.db.schema import upgrade  # noqa: E402

PG_ADMIN = os.environ.get("AUTOCRAWL_BENCH_PG", "host=127.0.0.1 port=5432 user=postgres dbname=postgres")
TABLES = {"articles": Article, "article_urls": ArticleUrl, "article_versions": ArticleVersion, "comments": Comment}


def comments(n: int, count: int, recrawl: bool) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(count):
        if recrawl and i == 1:
            continue  # gone from the site
        text = f"Comment {i} on story {n}: " + " ".join(f"w{(n * 7 + i * 3 + k) % 97}" for k in range(25))
        if recrawl and i == 2:
            text += " (edited)"
        comment: dict[str, Any] = {
            "author": f"reader{i % 13}",
            "text": text,
            "published_at": f"2024-05-01T{10 + i % 12:02d}:{i % 60:02d}:00Z",
        }
        if i % 2:
            comment["external_id"] = f"s{n}-c{i}"
        if i % 4 == 3:
            comment["parent"] = i - 1
        out.append(comment)
    if recrawl:
        out.append({"author": "late", "text": f"A new comment on story {n}", "external_id": f"s{n}-new"})
    return out


def article(n: int, comment_count: int, recrawl: bool = False) -> dict[str, Any]:
    url = f"https://news{n % 5}.example.com/2024/05/story-{n}"
    retitled = recrawl and n % 10 == 0
    return {
        "url": url + "?utm_source=feed",
        "canonical_url": url,
        "site": f"news{n % 5}.example.com",
        "title": f"Story {n}" + (", updated" if retitled else ""),
        "authors": ["Ann Writer"],
        "published_at": "2024-05-01T10:00:00+02:00",
        "body": " ".join(f"Paragraph {i} of story {n} says what happened." for i in range(30)),
        "lead": f"Lead of story {n}.",
        "tags": ["news"],
        "images": [{"url": url + "/a.jpg", "caption": None}],
        "site_name": f"News {n % 5}",
        "urls": [url + "/amp", url + "?output=print"],
        "comments": comments(n, comment_count, recrawl),
        "comments_complete": True,
        "etag": f'"{n}"',
    }


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: int(conn.execute(select(func.count()).select_from(model)).scalar_one())
            for name, model in TABLES.items()
        }


def timed_batches(repo: Repository, items: list[dict[str, Any]], batch: int) -> float:
    started = time.perf_counter()
    for i in range(0, len(items), batch):
        for result in repo.save_articles(items[i : i + batch]):
            if isinstance(result, Exception):
                raise result
    return time.perf_counter() - started


def run(engine: Engine, articles: int, comment_count: int, batch: int) -> dict[str, Any]:
    upgrade(engine)
    repo = Repository(engine)
    result: dict[str, Any] = {}

    before = counts(engine)
    seconds = timed_batches(repo, [article(n, comment_count) for n in range(articles)], batch)
    after = counts(engine)
    written = sum(after.values()) - sum(before.values())
    result["new"] = {"rows": written, "seconds": round(seconds, 2), "rows_per_s": round(written / seconds)}

    items = [article(n, comment_count, recrawl=True) for n in range(articles)]
    before = counts(engine)
    seconds = timed_batches(repo, items, batch)
    after = counts(engine)
    # every article and every comment it lists is written (last_seen), plus the deleted ones marked
    inserted = sum(after.values()) - sum(before.values())
    updated = articles + sum(len(a["comments"]) for a in items) - (after["comments"] - before["comments"]) + articles
    written = inserted + updated
    result["recrawl"] = {"rows": written, "seconds": round(seconds, 2), "rows_per_s": round(written / seconds)}

    pairs = [(article(n, 0)["canonical_url"], article(n, 0)["canonical_url"] + "/comments") for n in range(articles)]
    started = time.perf_counter()
    for i in range(0, len(pairs), batch):
        repo.add_url_forms(pairs[i : i + batch])
    seconds = time.perf_counter() - started
    written = counts(engine)["article_urls"] - after["article_urls"]
    result["url_forms"] = {"rows": written, "seconds": round(seconds, 3), "rows_per_s": round(written / seconds)}
    return result


@contextmanager
def sqlite_engine() -> Iterator[Engine]:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        try:
            yield engine
        finally:
            engine.dispose()


@contextmanager
def postgresql_engine() -> Iterator[Engine]:
    import psycopg
    from psycopg import sql

    name = f"autocrawl_bench_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    parts = dict(p.split("=", 1) for p in PG_ADMIN.split())
    engine = make_engine(f"postgresql+psycopg://{parts['user']}@{parts['host']}:{parts.get('port', '5432')}/{name}")
    try:
        yield engine
    finally:
        engine.dispose()
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--comments", type=int, default=40, help="comments per article")
    parser.add_argument("--batch", type=int, default=50, help="articles per save_articles call")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    for backend in backends:
        opener = sqlite_engine if backend == "sqlite" else postgresql_engine
        with opener() as engine:
            figures = run(engine, args.articles, args.comments, args.batch)
        print(json.dumps({"backend": backend, "articles": args.articles, "comments": args.comments, **figures}))


if __name__ == "__main__":
    main()
