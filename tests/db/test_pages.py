"""The `pages` table takes what a hostile server sends in its validator headers."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, text

from autocrawl.db.pages import PageVisit, save_visits


def test_a_nul_in_a_validator_header_loses_no_page(engine: Engine) -> None:
    # an ETag with a NUL: PostgreSQL refuses NUL in text, and with it the whole batch of visits
    now = datetime.now(UTC)
    visits = [
        PageVisit("x.example/a", "http://x.example/a", "x.example", "article", 200, now, '"ab\x00cd"', "Tue\x00"),
        PageVisit("x.example/b", "http://x.example/b", "x.example", "listing", 200, now, '"v1"'),
    ]
    assert save_visits(engine, visits) == 2
    with engine.connect() as conn:
        rows = {row.url: row.etag for row in conn.execute(text("SELECT url, etag FROM pages"))}
    assert rows == {"http://x.example/a": '"abcd"', "http://x.example/b": '"v1"'}
